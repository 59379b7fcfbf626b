//! Runs the case table `fixtures/numeric/cases.toml`.
//!
//! A case passes when every expected mention is found (same quantity text,
//! value, value_high, bound, unit, kind and checkable) and no other checkable
//! mention appears. Cases marked `known_failure = "reason"` are reported
//! separately; the run fails if one of them starts passing, so the list stays
//! honest.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use claimsheet_numeric::{NumericConfig, NumericDetector};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    mentions: Vec<Expected>,
    known_failure: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    quantity: String,
    value: Option<String>,
    value_high: Option<String>,
    #[serde(default = "exact")]
    bound: String,
    unit: Option<String>,
    #[serde(default = "count")]
    kind: String,
    #[serde(default = "yes")]
    checkable: bool,
}

fn exact() -> String {
    "exact".into()
}
fn count() -> String {
    "count".into()
}
fn yes() -> bool {
    true
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:?} value={} {}{} unit={} {}{}",
            self.quantity,
            self.value.as_deref().unwrap_or("-"),
            self.bound,
            self.value_high.as_deref().map(|h| format!(" high={h}")).unwrap_or_default(),
            self.unit.as_deref().unwrap_or("-"),
            self.kind,
            if self.checkable { "" } else { " (not checkable)" },
        )
    }
}

struct Outcome {
    passed: bool,
    report: String,
    true_pos: usize,
    got_checkable: usize,
    want_checkable: usize,
}

fn judge(detector: &NumericDetector, case: &Case) -> Outcome {
    let got: Vec<Expected> = detector
        .run_text(&case.text)
        .into_iter()
        .map(|m| Expected {
            quantity: case.text[m.span.start..m.span.end].to_string(),
            value: m.value,
            value_high: m.value_high,
            bound: m.bound.as_str().to_string(),
            unit: m.unit,
            kind: m.quantity_kind.as_str().to_string(),
            checkable: m.checkable,
        })
        .collect();
    let mut report = String::new();
    let mut passed = true;
    let mut true_pos = 0;
    for want in &case.mentions {
        if got.contains(want) {
            if want.checkable {
                true_pos += 1;
            }
        } else {
            passed = false;
            let _ = writeln!(report, "    missing  {want}");
        }
    }
    for g in &got {
        if g.checkable && !case.mentions.contains(g) {
            passed = false;
            let _ = writeln!(report, "    extra    {g}");
        }
    }
    if !passed {
        let _ = writeln!(report, "    got:");
        for g in &got {
            let _ = writeln!(report, "      {g}");
        }
    }
    Outcome {
        passed,
        report,
        true_pos,
        got_checkable: got.iter().filter(|g| g.checkable).count(),
        want_checkable: case.mentions.iter().filter(|m| m.checkable).count(),
    }
}

#[test]
fn numeric_cases() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/numeric/cases.toml");
    let src = std::fs::read_to_string(path).expect("cases.toml is readable");
    let file: File = toml::from_str(&src).expect("cases.toml parses");
    let detector = NumericDetector::new(&NumericConfig::default()).expect("word lists parse");

    let mut names = BTreeMap::new();
    let (mut passed, mut failed, mut known, mut fixed) = (0, 0, 0, 0);
    let (mut tp, mut got_c, mut want_c) = (0, 0, 0);
    let mut failures = String::new();
    for case in &file.case {
        assert!(names.insert(case.name.as_str(), ()).is_none(), "duplicate case name {}", case.name);
        let o = judge(&detector, case);
        tp += o.true_pos;
        got_c += o.got_checkable;
        want_c += o.want_checkable;
        match (&case.known_failure, o.passed) {
            (None, true) => passed += 1,
            (None, false) => {
                failed += 1;
                let _ = write!(failures, "FAIL {}: {}\n{}", case.name, case.text, o.report);
            }
            (Some(reason), false) => {
                known += 1;
                println!("known failure {}: {reason}", case.name);
            }
            (Some(_), true) => {
                fixed += 1;
                let _ = writeln!(failures, "NOW PASSES {} (remove known_failure)", case.name);
            }
        }
    }
    let precision = if got_c == 0 { 1.0 } else { tp as f64 / got_c as f64 };
    let recall = if want_c == 0 { 1.0 } else { tp as f64 / want_c as f64 };
    print!("{failures}");
    println!(
        "numeric cases: {passed} passed, {failed} failed, {known} known failures (mentions: precision {precision:.3}, recall {recall:.3})"
    );
    assert!(file.case.len() >= 150, "the table needs at least 150 cases, has {}", file.case.len());
    assert!(failed == 0 && fixed == 0, "{failed} cases failed, {fixed} known failures now pass");
}
