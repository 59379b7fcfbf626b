//! Prints every number mention the detector finds, with some context, for
//! reviewing it on real articles:
//!
//! ```text
//! cargo run --release -p claimsheet-numeric --example show -- FILE...
//! ```
//!
//! Each non-empty line (or stdin, without arguments) is run as one sentence.
//! Mentions that are not checkable are marked `NC`.
use std::io::Read;

use claimsheet_numeric::{NumericConfig, NumericDetector};

fn context(line: &str, start: usize, end: usize) -> String {
    let mut a = start.saturating_sub(50);
    while !line.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + 50).min(line.len());
    while !line.is_char_boundary(b) {
        b += 1;
    }
    format!("{}[{}]{}", &line[a..start], &line[start..end], &line[end..b])
}

fn main() {
    let detector = NumericDetector::new(&NumericConfig::default()).expect("word lists parse");
    let mut inputs: Vec<(String, String)> = Vec::new();
    for path in std::env::args().skip(1) {
        match std::fs::read_to_string(&path) {
            Ok(text) => inputs.push((path, text)),
            Err(e) => eprintln!("show: {path}: {e}"),
        }
    }
    if inputs.is_empty() {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("show: stdin: {e}");
        }
        inputs.push(("-".into(), text));
    }
    for (path, text) in &inputs {
        println!("== {path}");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            for m in detector.run_text(line) {
                let value = match (&m.value, &m.value_high) {
                    (Some(v), Some(h)) => format!("{v}..{h}"),
                    (Some(v), None) => v.clone(),
                    _ => "-".into(),
                };
                println!(
                    "{:<22} {:<12} {:<8} {:<20} {:<9} {:<2} | {}",
                    format!("{:?}", &line[m.span.start..m.span.end]),
                    value,
                    m.bound.as_str(),
                    format!("{:?}", m.unit.as_deref().unwrap_or("")),
                    m.quantity_kind.as_str(),
                    if m.checkable { "" } else { "NC" },
                    context(line, m.span.start, m.span.end).replace('\n', " "),
                );
            }
        }
    }
}
