//! Data-driven attribution cases: `fixtures/attribution/cases.toml`, run
//! through segmenter, quote extractor, numeric detector and resolver.

mod common;

use claimsheet_core::{AttributionTarget, Document, Span};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    known_failure: Option<String>,
    expect: Vec<Expect>,
}

/// One target, named by its quoted words (`quote`) or its number as written (`number`).
/// Each field is checked only when given; "" expects none.
#[derive(Debug, Deserialize)]
struct Expect {
    #[serde(default)]
    quote: Option<String>,
    #[serde(default)]
    number: Option<String>,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    mention: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    cue: Option<String>,
    #[serde(default)]
    hedge: Option<String>,
}

fn check(chain: &common::Chain, case: &Case) -> Result<(), String> {
    let text = case.text.as_str();
    let doc = Document::new(case.name.as_str(), text);
    let out = chain.run(&doc);
    let s = |sp: Option<Span>| sp.and_then(|sp| text.get(sp.start..sp.end)).unwrap_or("").to_string();
    let mut problems = Vec::new();
    for e in &case.expect {
        let found = out.attributions.iter().find(|a| match (a.target, &e.quote, &e.number) {
            (AttributionTarget::Quote(i), Some(needle), _) => out.quotes[i]
                .parts
                .iter()
                .any(|p| text.get(p.start..p.end).is_some_and(|w| w.contains(needle.as_str()))),
            (AttributionTarget::Number(i), None, Some(needle)) => text
                .get(out.numbers[i].span.start..out.numbers[i].span.end)
                .is_some_and(|w| w.contains(needle.as_str())),
            _ => false,
        });
        let what = e.quote.as_deref().or(e.number.as_deref()).unwrap_or("?");
        let Some(a) = found else {
            problems.push(format!("  {what:?}: no attribution (quotes/numbers not found)"));
            continue;
        };
        let mut diff = Vec::new();
        let mut cmp = |field: &str, want: Option<&str>, got: String| {
            if let Some(w) = want {
                if w != got {
                    diff.push(format!("{field}: expected {w:?}, got {got:?}"));
                }
            }
        };
        cmp("speaker", e.speaker.as_deref(), a.speaker.clone().unwrap_or_default());
        cmp("mention", e.mention.as_deref(), s(a.mention));
        cmp("title", e.title.as_deref(), a.title.clone().unwrap_or_default());
        cmp("cue", e.cue.as_deref(), s(a.cue));
        cmp("hedge", e.hedge.as_deref(), a.hedge.clone().unwrap_or_default());
        if !diff.is_empty() {
            problems.push(format!("  {what:?}: {}", diff.join("; ")));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        let all = common::render(text, &out)
            .into_iter()
            .map(|l| format!("    | {l}"))
            .collect::<Vec<_>>()
            .join("\n");
        Err(format!("{}\n{all}", problems.join("\n")))
    }
}

#[test]
fn attribution_cases() {
    let raw = include_str!("../../../fixtures/attribution/cases.toml");
    let file: CaseFile = match toml::from_str(raw) {
        Ok(f) => f,
        Err(e) => panic!("cases.toml: {} at {:?}", e.message(), e.span()),
    };
    let chain = common::Chain::new();
    let (mut passed, mut failed, mut known, mut fixed) = (0, 0, 0, Vec::new());
    let mut report = String::new();
    for case in &file.case {
        let result = check(&chain, case);
        match (&case.known_failure, result) {
            (None, Ok(())) => passed += 1,
            (None, Err(why)) => {
                failed += 1;
                report.push_str(&format!("FAIL {}\n{why}\n", case.name));
            }
            (Some(_), Err(_)) => known += 1,
            (Some(reason), Ok(())) => fixed.push(format!("{} (was: {reason})", case.name)),
        }
    }
    eprint!("{report}");
    for (case, reason) in file.case.iter().filter_map(|c| c.known_failure.as_ref().map(|r| (c, r))) {
        eprintln!("known failure: {} — {reason}", case.name);
    }
    eprintln!("attribution cases: {passed} passed, {failed} failed, {} known failures", known);
    assert!(fixed.is_empty(), "known failures now pass, remove their known_failure: {fixed:?}");
    assert_eq!(failed, 0, "{failed} attribution cases failed");
    assert!(file.case.len() >= 120, "the table should hold at least 120 cases");
}
