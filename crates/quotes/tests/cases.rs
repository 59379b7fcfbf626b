//! Runs the case table in `fixtures/quotes/cases.toml`: each case is a text
//! and every quote expected in it (kind, content with parts joined by " … ",
//! cue, speaker mention, paragraphs). A case marked `known_failure` must fail;
//! it is reported separately and the run fails if it starts passing.

mod common;

use claimsheet_quotes::{QuoteConfig, QuoteExtractor};
use common::{found, Found};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Table {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    quotes: Vec<Expected>,
    known_failure: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    kind: String,
    content: String,
    cue: Option<String>,
    mention: Option<String>,
    paragraphs: Option<usize>,
}

impl Expected {
    fn to_found(&self) -> Found {
        Found {
            kind: self.kind.clone(),
            content: self.content.clone(),
            cue: self.cue.clone(),
            mention: self.mention.clone(),
            paragraphs: self.paragraphs.unwrap_or(1),
        }
    }
}

fn listing(items: &[Found]) -> String {
    if items.is_empty() {
        return "    (none)".to_string();
    }
    items.iter().map(|f| format!("    {f}")).collect::<Vec<_>>().join("\n")
}

#[test]
fn quote_cases() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/quotes/cases.toml");
    let raw = std::fs::read_to_string(path).expect("fixtures/quotes/cases.toml is readable");
    let table: Table = toml::from_str(&raw).expect("cases.toml parses");
    let ex = QuoteExtractor::new(&QuoteConfig::default()).expect("built-in lists are valid");
    let mut names = std::collections::HashSet::new();
    let (mut passed, mut failed, mut known, mut fixed) = (0, 0, 0, Vec::new());
    let mut report = String::new();
    for case in &table.case {
        assert!(names.insert(case.name.as_str()), "duplicate case name {}", case.name);
        let got: Vec<Found> = ex.run_text(&case.text).iter().map(|q| found(&case.text, q)).collect();
        let want: Vec<Found> = case.quotes.iter().map(Expected::to_found).collect();
        let ok = got == want;
        match (&case.known_failure, ok) {
            (None, true) => passed += 1,
            (None, false) => {
                failed += 1;
                report.push_str(&format!(
                    "FAIL {}\n  text: {}\n  expected:\n{}\n  got:\n{}\n",
                    case.name,
                    case.text.trim(),
                    listing(&want),
                    listing(&got)
                ));
            }
            (Some(_), false) => known += 1,
            (Some(_), true) => fixed.push(case.name.clone()),
        }
    }
    eprint!("{report}");
    for name in &fixed {
        eprintln!("PASSES BUT MARKED known_failure: {name} (remove the mark)");
    }
    eprintln!("quote cases: {passed} passed, {failed} failed, {known} known failures");
    assert!(failed == 0 && fixed.is_empty(), "quote cases: {passed} passed, {failed} failed");
}
