//! Prints the number mentions of each line of stdin, one per line.
use std::io::Read;

use claimsheet_numeric::{NumericConfig, NumericDetector};

fn main() {
    let detector = NumericDetector::new(&NumericConfig::default()).expect("word lists parse");
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).expect("stdin");
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        println!("{line}");
        for m in detector.run_text(line) {
            println!(
                "  {:?} value={:?} high={:?} {} unit={:?} {} checkable={}",
                &line[m.span.start..m.span.end],
                m.value,
                m.value_high,
                m.bound.as_str(),
                m.unit,
                m.quantity_kind.as_str(),
                m.checkable
            );
        }
    }
}
