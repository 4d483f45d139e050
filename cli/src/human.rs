//! Human output: one rustc-style snippet per finding.
//!
//! ```text
//! error[arithmetic]: 1,137 − 755 = 382, but the text says 455 (455 → 382, or 1,137 → 1,210).
//!   --> article.txt:3:37
//!    |
//!  3 | Moscow ordered staff to be reduced to 455 people.
//!    |                                       ^^^ 455
//!    = figures: 1,137 (1:21), 755 (2:12), 455 (3:37)
//! ```

use std::io::{self, Write};

use numcheck::{Report, Severity};

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

fn colour(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Note => "1;36",
        Severity::Ok => "1;32",
    }
}

/// Line (1-based), column (1-based, in characters) and the line's text for a byte offset.
fn locate(text: &str, byte: usize) -> (usize, usize, &str) {
    let line_start = text[..byte].rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[byte..].find('\n').map_or(text.len(), |p| byte + p);
    let line_no = text[..byte].matches('\n').count() + 1;
    let column = text[line_start..byte].chars().count() + 1;
    (line_no, column, text[line_start..line_end].trim_end_matches('\r'))
}

pub fn write(out: &mut impl Write, name: &str, text: &str, report: &Report, color: bool) -> io::Result<()> {
    let paint = Paint { on: color };
    for f in &report.findings {
        let (line, column, source) = locate(text, f.span.byte_start);
        let gutter = " ".repeat(line.to_string().len());
        writeln!(
            out,
            "{}: {}",
            paint.wrap(colour(f.severity), &format!("{}[{}]", f.severity.as_str(), f.check)),
            paint.wrap("1", &f.message)
        )?;
        writeln!(out, "{gutter}{} {name}:{line}:{column}", paint.wrap("1;34", "-->"))?;
        writeln!(out, "{gutter} {}", paint.wrap("1;34", "|"))?;
        // Long paragraphs are cut to a window around the figure.
        let chars: Vec<char> = source.chars().collect();
        let from = (column - 1).saturating_sub(60);
        let to = (column - 1 + 60).min(chars.len());
        let shown: String = chars[from..to].iter().collect();
        let lead = if from > 0 { "…" } else { "" };
        writeln!(out, "{} {} {lead}{shown}", paint.wrap("1;34", &line.to_string()), paint.wrap("1;34", "|"))?;
        let width = text[f.span.byte_start..f.span.byte_end].chars().count().max(1);
        let pad = " ".repeat(column - 1 - from + lead.chars().count());
        writeln!(
            out,
            "{gutter} {} {pad}{}",
            paint.wrap("1;34", "|"),
            paint.wrap(colour(f.severity), &"^".repeat(width))
        )?;
        let figures: Vec<String> = f
            .mentions
            .iter()
            .filter_map(|&id| report.mentions.get(id))
            .map(|m| {
                let (l, c, _) = locate(text, m.span.byte_start);
                format!("{} ({l}:{c})", m.text)
            })
            .collect();
        writeln!(out, "{gutter} {} figures: {}", paint.wrap("1;34", "="), figures.join(", "))?;
        writeln!(out)?;
    }
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    writeln!(
        out,
        "{name}: {} figures, {} errors, {} warnings, {} notes, {} verified",
        report.mentions.len(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Note),
        count(Severity::Ok)
    )
}
