//! Properties of the whole pipeline on arbitrary text: no panic, every span valid,
//! layers sorted, and a parallel batch equal to a sequential run.

use claimsheet_core::{Document, Span};
use claimsheet_pipeline::{Analysis, Pipeline, PipelineConfig};
use proptest::prelude::*;

fn pipeline() -> Pipeline {
    Pipeline::new(&PipelineConfig::default()).expect("default pipeline builds")
}

/// Text that looks like news often enough to reach every stage: words, numbers,
/// quotation marks of every kind, punctuation, line breaks.
fn newsy() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("said".to_string()),
        Just("he".to_string()),
        Just("according to".to_string()),
        Just("Zelenskiy".to_string()),
        Just("U.S.".to_string()),
        Just("reportedly".to_string()),
        Just("over".to_string()),
        Just("12,000".to_string()),
        Just("$1.5bn".to_string()),
        Just("10%".to_string()),
        Just("two-thirds".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just(":".to_string()),
        "[a-zA-Z]{1,8}",
        "[0-9]{1,6}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(token, 0..80).prop_map(|t| t.join(" "))
}

fn check_spans(text: &str, analysis: &Analysis) {
    let valid = |s: Span| assert!(s.is_valid_in(text), "span {s:?} invalid in {text:?}");
    let mut last = 0;
    for s in &analysis.segmentation.sentences {
        valid(s.span);
        assert!(s.span.start >= last, "sentences sorted and disjoint");
        last = s.span.end;
    }
    let mut last = 0;
    for q in &analysis.quotes {
        valid(q.span);
        q.parts.iter().copied().for_each(valid);
        q.cue.into_iter().chain(q.speaker_mention).for_each(valid);
        assert!(q.span.start >= last, "quotes sorted");
        last = q.span.start;
    }
    let mut last = 0;
    for n in &analysis.numbers {
        valid(n.span);
        assert!(n.span.start >= last, "numbers sorted");
        last = n.span.start;
    }
    for a in &analysis.attributions {
        a.mention.into_iter().chain(a.cue).for_each(valid);
    }
    let chars = text.chars().count();
    for row in &analysis.claims {
        assert!(row.char_start <= row.char_end && row.char_end <= chars);
        assert!(row.claim_id.len() == 14 && row.claim_id.starts_with("c-"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics_and_spans_are_valid(text in any::<String>()) {
        let analysis = pipeline().analyze(&Document::new("p", text.clone()));
        check_spans(&text, &analysis);
    }

    #[test]
    fn newsy_text_never_panics_and_spans_are_valid(text in newsy()) {
        let analysis = pipeline().analyze(&Document::new("p", text.clone()));
        check_spans(&text, &analysis);
    }

    #[test]
    fn parallel_batch_equals_sequential(texts in prop::collection::vec(newsy(), 1..12)) {
        let p = pipeline();
        let docs: Vec<Document> =
            texts.into_iter().enumerate().map(|(i, t)| Document::new(format!("d{i}"), t)).collect();
        let sequential: Vec<Analysis> = docs.iter().map(|d| p.analyze(d)).collect();
        prop_assert_eq!(p.analyze_batch(&docs), sequential);
    }
}
