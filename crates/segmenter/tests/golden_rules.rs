//! The 48 English "Golden Rules" of pragmatic_segmenter / pySBD, read from
//! `fixtures/segment/golden_rules_en.json`. Every failing rule is reported at once.

use claimsheet_core::Document;
use claimsheet_segmenter::{Segmenter, SegmenterConfig};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Rule {
    id: u32,
    name: String,
    input: String,
    expected: Vec<String>,
}

#[test]
fn golden_rules_en() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/segment/golden_rules_en.json");
    let json = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let rules: Vec<Rule> = serde_json::from_str(&json).unwrap_or_else(|e| panic!("parsing {path}: {e}"));
    assert_eq!(rules.len(), 48, "the English golden rules number 48");

    let segmenter = Segmenter::new(&SegmenterConfig::default()).expect("default config is valid");
    let mut failures = Vec::new();
    for rule in &rules {
        let doc = Document::new(rule.id.to_string(), rule.input.as_str());
        let got: Vec<String> = segmenter
            .run(&doc)
            .sentences
            .iter()
            .map(|s| doc.slice(s.span).trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        if got != rule.expected {
            failures.push(format!(
                "#{} {}\n    expected: {:?}\n    got:      {:?}",
                rule.id, rule.name, rule.expected, got
            ));
        }
    }
    println!("golden rules: {} passed, {} failed", rules.len() - failures.len(), failures.len());
    assert!(failures.is_empty(), "{} golden rules failed:\n{}", failures.len(), failures.join("\n"));
}
