//! Human output: one rustc-style snippet per finding, every figure it uses underlined and
//! labelled (annotate-snippets style: the figure it is about with `^`, the others with `-`,
//! several labels on one line), tabs expanded so that the carets stand under their figures.
//!
//! ```text
//! error[arithmetic]: 1,137 − 755 = 382, but the text says 455 (455 → 382, or 1,137 → 1,210).
//!  --> article.txt:3:37
//!   |
//! 1 | The mission has 1,137 personnel.
//!   |                 ----- figure (personnel)
//! 2 | President Putin said 755 diplomats must leave,
//!   |                      --- removed (diplomats)
//! 3 | and that staff must be reduced to 455 people.
//!   |                                   ^^^ remainder (people), expected 382
//! ```

use std::io::{self, Write};

use numcheck::report::Mention;
use numcheck::{Finding, Report, Severity, Verdict};

/// Columns a tab takes in a snippet (rustc's choice).
const TAB: usize = 4;
/// A line longer than this is shown around its figures only.
const WIDE: usize = 120;
/// Characters kept on each side of the figures of a cut line.
const CONTEXT: usize = 30;

pub struct Paint {
    pub on: bool,
}

impl Paint {
    pub fn wrap(&self, code: &str, s: &str) -> String {
        if self.on && !s.is_empty() {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

pub fn colour(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Note => "1;36",
        Severity::Ok => "1;32",
    }
}

const BLUE: &str = "1;34";

/// "1 error", "2 errors".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A line of the text: its number (1-based), where it starts, and its text.
struct Line<'a> {
    number: usize,
    start: usize,
    text: &'a str,
}

fn line_at(text: &str, byte: usize) -> Line<'_> {
    let start = text[..byte].rfind('\n').map_or(0, |p| p + 1);
    let end = text[byte..].find('\n').map_or(text.len(), |p| byte + p);
    let number = text[..byte].matches('\n').count() + 1;
    Line { number, start, text: text[start..end].trim_end_matches('\r') }
}

/// The width of `s` on a terminal, tabs expanded.
fn width(s: &str) -> usize {
    s.chars().map(|c| if c == '\t' { TAB } else { 1 }).sum()
}

fn expand(s: &str) -> String {
    s.replace('\t', &" ".repeat(TAB))
}

/// One underlined figure: display columns on its line, and its label.
struct Label {
    col: usize,
    width: usize,
    primary: bool,
    text: String,
}

/// What a figure is in the finding: its role, else what it counts, else its kind; for the
/// figure the finding is about, the value the other figures imply.
fn label(m: &Mention, f: &Finding, primary: bool) -> String {
    let what = match (m.role, m.noun.as_deref()) {
        (Some(role), Some(noun)) => format!("{role} ({noun})"),
        (Some(role), None) => role.to_string(),
        (None, Some(noun)) => noun.to_string(),
        (None, None) => {
            serde_json::to_value(m.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
        }
    };
    // The value the figure should have, as the finding sees it (a fall of 30% is stated -30).
    match (primary, f.expected, f.stated, m.value) {
        (true, Some(expected), Some(stated), Some(value))
            if f.verdict == Verdict::Inconsistent && expected != stated =>
        {
            if (value - stated).abs() < 1e-9 {
                format!("{what}, expected {}", number(expected))
            } else if (value + stated).abs() < 1e-9 {
                format!("{what}, expected {}", number(-expected))
            } else {
                what
            }
        }
        _ => what,
    }
}

/// A number as an article prints it: thousands separators, at most two decimals.
fn number(v: f64) -> String {
    let rounded = (v * 100.0).round() / 100.0;
    let int = rounded.abs().trunc() as u128;
    let digits = int.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    let frac = ((rounded.abs() - rounded.abs().trunc()) * 100.0).round() as u32;
    if frac > 0 {
        out.push('.');
        out.push_str(format!("{frac:02}").trim_end_matches('0'));
    }
    if rounded < 0.0 {
        format!("−{out}")
    } else {
        out
    }
}

pub fn write(
    out: &mut impl Write,
    name: &str,
    text: &str,
    report: &Report,
    shown: &[&Finding],
    paint: &Paint,
) -> io::Result<()> {
    for f in shown {
        snippet(out, name, text, report, f, paint)?;
    }
    Ok(())
}

fn snippet(
    out: &mut impl Write,
    name: &str,
    text: &str,
    report: &Report,
    f: &Finding,
    paint: &Paint,
) -> io::Result<()> {
    let severity = colour(f.severity);
    writeln!(
        out,
        "{}: {}",
        paint.wrap(severity, &format!("{}[{}]", f.severity.as_str(), f.check)),
        paint.wrap("1", &f.message)
    )?;
    // Every figure of the finding, by line; the one it is about is primary.
    let mut by_line: Vec<(usize, usize, Vec<Label>)> = Vec::new(); // (number, start, labels)
    let mut seen = Vec::new();
    for &id in &f.mentions {
        let Some(m) = report.mentions.get(id) else { continue };
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let line = line_at(text, m.span.byte_start);
        let end = m.span.byte_end.min(line.start + line.text.len()).max(m.span.byte_start);
        let primary = m.span.byte_start == f.span.byte_start && m.span.byte_end == f.span.byte_end;
        let labelled = Label {
            col: width(&text[line.start..m.span.byte_start]),
            width: width(&text[m.span.byte_start..end]).max(1),
            primary,
            text: label(m, f, primary),
        };
        match by_line.iter_mut().find(|(n, _, _)| *n == line.number) {
            Some((_, _, labels)) => labels.push(labelled),
            None => by_line.push((line.number, line.start, vec![labelled])),
        }
    }
    by_line.sort_by_key(|(n, _, _)| *n);
    let (first_line, first_col) = {
        let line = line_at(text, f.span.byte_start);
        (line.number, text[line.start..f.span.byte_start].chars().count() + 1)
    };
    let gutter =
        by_line.iter().map(|(n, _, _)| n.to_string().len()).max().unwrap_or(1).max(first_line.to_string().len());
    let pad = " ".repeat(gutter);
    let bar = paint.wrap(BLUE, "|");
    writeln!(out, "{pad}{} {name}:{first_line}:{first_col}", paint.wrap(BLUE, "-->"))?;
    writeln!(out, "{pad} {bar}")?;
    let mut previous: Option<usize> = None;
    for (number, start, mut labels) in by_line {
        if previous.is_some_and(|p| number > p + 1) {
            writeln!(out, "{}", paint.wrap(BLUE, "..."))?;
        }
        previous = Some(number);
        labels.sort_by_key(|l| l.col);
        let line = line_at(text, start);
        let chars: Vec<char> = expand(line.text).chars().collect();
        // A long line is shown around its figures: one cut of it per cluster of figures.
        let mut clusters: Vec<Vec<Label>> = Vec::new();
        for l in labels {
            match clusters.last_mut() {
                Some(group)
                    if chars.len() <= WIDE
                        || l.col <= group.iter().map(|g| g.col + g.width).max().unwrap_or(0) + WIDE - 2 * CONTEXT =>
                {
                    group.push(l)
                }
                _ => clusters.push(vec![l]),
            }
        }
        for group in &clusters {
            let (from, to) = if chars.len() <= WIDE {
                (0, chars.len())
            } else {
                let lo = group.iter().map(|l| l.col).min().unwrap_or(0);
                let hi = group.iter().map(|l| l.col + l.width).max().unwrap_or(0);
                (lo.saturating_sub(CONTEXT), (hi + CONTEXT).min(chars.len()))
            };
            cut(out, &number.to_string(), gutter, &chars, from, to, group, severity, paint)?;
        }
    }
    writeln!(out)
}

/// One cut of a line, `chars[from..to]`, with its figures underlined and labelled: the last
/// label beside its underline, the others below, right to left, each under a bar.
#[allow(clippy::too_many_arguments)]
fn cut(
    out: &mut impl Write,
    number: &str,
    gutter: usize,
    chars: &[char],
    from: usize,
    to: usize,
    labels: &[Label],
    severity: &str,
    paint: &Paint,
) -> io::Result<()> {
    let pad = " ".repeat(gutter);
    let bar = paint.wrap(BLUE, "|");
    let lead = if from > 0 { "…" } else { "" };
    let tail = if to < chars.len() { "…" } else { "" };
    let body: String = chars[from..to].iter().collect();
    writeln!(out, "{} {bar} {lead}{body}{tail}", paint.wrap(BLUE, &format!("{number:>gutter$}")))?;
    let shift = |col: usize| col - from + lead.chars().count();
    let tone = |l: &Label| if l.primary { severity } else { BLUE };
    let mut row = String::new();
    let mut at = 0;
    for l in labels {
        let col = shift(l.col);
        if col < at {
            continue; // overlaps the figure before it
        }
        row.push_str(&" ".repeat(col - at));
        row.push_str(&paint.wrap(tone(l), &(if l.primary { "^" } else { "-" }).repeat(l.width)));
        at = col + l.width;
    }
    let Some((last, rest)) = labels.split_last() else { return Ok(()) };
    writeln!(out, "{pad} {bar} {row} {}", paint.wrap(tone(last), &last.text))?;
    if rest.is_empty() {
        return Ok(());
    }
    let bars = |upto: usize| {
        let mut s = String::new();
        let mut at = 0;
        for l in &rest[..upto] {
            let col = shift(l.col);
            if col < at {
                continue;
            }
            s.push_str(&" ".repeat(col - at));
            s.push_str(&paint.wrap(BLUE, "|"));
            at = col + 1;
        }
        (s, at)
    };
    writeln!(out, "{pad} {bar} {}", bars(rest.len()).0)?;
    for i in (0..rest.len()).rev() {
        let (mut s, at) = bars(i);
        s.push_str(&" ".repeat(shift(rest[i].col).saturating_sub(at)));
        s.push_str(&paint.wrap(tone(&rest[i]), &rest[i].text));
        writeln!(out, "{pad} {bar} {s}")?;
    }
    Ok(())
}

/// Findings of each severity in `findings`: [error, warning, note, ok].
pub fn tally<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> [usize; 4] {
    let mut n = [0; 4];
    for f in findings {
        n[match f.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Note => 2,
            Severity::Ok => 3,
        }] += 1;
    }
    n
}

/// "3 errors, 1 warning, 2 notes" (the verified ones are said apart).
pub fn counts(n: [usize; 4]) -> String {
    [plural(n[0], "error", "errors"), plural(n[1], "warning", "warnings"), plural(n[2], "note", "notes")].join(", ")
}

/// The line under one file's snippets: "article.txt: 16 figures; 1 error, 0 warnings, 1 note; 2 relations verified (not shown: --min-severity ok)".
pub fn file_summary(name: &str, report: &Report, shown_ok: bool) -> String {
    let n = tally(&report.findings);
    let verified = match (n[3], shown_ok) {
        (0, _) => String::new(),
        (v, true) => format!("; {} verified", plural(v, "relation", "relations")),
        (v, false) => format!("; {} verified (shown with --min-severity ok)", plural(v, "relation", "relations")),
    };
    format!("{name}: {}; {}{verified}", plural(report.mentions.len(), "figure", "figures"), counts(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_count_as_four_columns() {
        assert_eq!(width("\tab"), 6);
        assert_eq!(expand("a\tb"), "a    b");
    }

    #[test]
    fn plurals_agree() {
        assert_eq!(counts([1, 0, 2, 5]), "1 error, 0 warnings, 2 notes");
        assert_eq!(plural(1, "file", "files"), "1 file");
    }

    #[test]
    fn numbers_print_as_articles_do() {
        assert_eq!(number(1850.0), "1,850");
        assert_eq!(number(9.656), "9.66");
    }
}
