//! A developer's view of how numcheck reads a text: every figure with its kind, unit,
//! noun, hedge and frame (role and direction), every stated change, then the findings.
//!
//! `cargo run --example explain -- FILE` (or `-` for standard input).

use std::io::Read;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "-".into());
    let mut text = String::new();
    if path == "-" {
        std::io::stdin().read_to_string(&mut text).expect("standard input");
    } else {
        text = std::fs::read_to_string(&path).expect("a readable file");
    }
    let options = numcheck::Options::default();
    let segments = numcheck::text::Segments::new(&text);
    let mentions = numcheck::mention::extract(&text, &segments);
    let article = numcheck::article::Article::new(&text, &segments, &mentions, &options, text.len());
    for (i, (m, f)) in mentions.iter().zip(article.frames()).enumerate() {
        println!(
            "#{i:<3} s{:<3} {:<22} {:?} {:?} noun={:?} hedge={:?} role={:?} dir={:?}",
            m.sentence,
            format!("{:?}", &text[m.span.start..m.span.end]),
            m.kind,
            m.unit,
            m.noun,
            m.qualifier.as_ref().map(|q| q.bound),
            f.role,
            f.direction
        );
    }
    for s in article.statements() {
        println!(
            "change: from {:?} to {} by {:?} percent {:?} multiple {:?} direction {:?} tie {:?}",
            s.from,
            s.to,
            s.by,
            s.percent,
            s.multiple.as_ref().map(|m| m.factor),
            s.direction,
            s.tie
        );
    }
    for b in article.breakdowns() {
        println!(
            "breakdown: total {} parts {:?} exhaustive {} exclusive {} partial {} far {}",
            b.total, b.parts, b.exhaustive, b.exclusive, b.partial, b.far
        );
    }
    let report = numcheck::check(&text, &numcheck::Options::default()).expect("a report");
    for f in &report.findings {
        println!("{} {} {:?}: {}", f.severity.as_str(), f.check, f.mentions, f.message);
    }
}
