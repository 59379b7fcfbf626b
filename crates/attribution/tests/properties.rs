//! Arbitrary text and arbitrary quote/number spans never panic, and every
//! span the resolver returns is valid in the text.

use claimsheet_attribution::{AttributionConfig, AttributionResolver};
use claimsheet_core::{
    Bound, Document, NumberMention, Paragraph, QuantityKind, Quote, QuoteKind, Sentence, SentenceKind, Span,
};
use proptest::prelude::*;

fn span(len: usize, a: usize, b: usize) -> Span {
    let (a, b) = (a % (len + 2), b % (len + 2));
    Span::new(a.min(b), a.max(b))
}

fn text_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(
            prop_oneof![
                Just("Zelenskiy said".to_string()),
                Just("“We will,” he said.".to_string()),
                Just(" according to officials".to_string()),
                Just("\n\nNickBos: yes.".to_string()),
                Just("Mr. Trump".to_string()),
                Just(", a doctor,".to_string()),
                Just(" the minister told Reuters: ".to_string()),
                Just("é€😀".to_string()),
                Just("reportedly 12 drones".to_string()),
                "[a-zA-Z ,.:’\"“”-]{0,12}",
            ],
            0..24,
        )
        .prop_map(|v| v.concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_spans_are_valid(
        text in text_strategy(),
        raw_quotes in proptest::collection::vec((any::<usize>(), any::<usize>(), any::<usize>(), any::<usize>(), 0u8..4), 0..6),
        raw_numbers in proptest::collection::vec((any::<usize>(), any::<usize>(), any::<bool>()), 0..4),
        raw_sentences in proptest::collection::vec((any::<usize>(), any::<usize>()), 0..4),
    ) {
        let resolver = AttributionResolver::new(&AttributionConfig::default()).expect("bundled lists");
        let len = text.len();
        let doc = Document::new("p", text.clone());
        let quotes: Vec<Quote> = raw_quotes
            .iter()
            .map(|&(a, b, c, d, k)| Quote {
                span: span(len, a, b),
                parts: vec![span(len, a, b), span(len, c, d)],
                kind: [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect, QuoteKind::Term][k as usize],
                paragraphs: 1,
                cue: Some(span(len, c, d)),
                speaker_mention: Some(span(len, d, a)),
            })
            .collect();
        let numbers: Vec<NumberMention> = raw_numbers
            .iter()
            .map(|&(a, b, checkable)| NumberMention {
                span: span(len, a, b),
                value: None,
                value_high: None,
                bound: Bound::Exact,
                unit: None,
                quantity_kind: QuantityKind::Count,
                checkable,
            })
            .collect();
        let sentences: Vec<Sentence> = raw_sentences
            .iter()
            .map(|&(a, b)| Sentence { span: span(len, a, b), kind: SentenceKind::Body, paragraph: 0 })
            .collect();
        let paragraphs = [Paragraph { span: Span::new(0, len) }];
        for paras in [&paragraphs[..], &[][..]] {
            let out = resolver.run(&doc, paras, &sentences, &quotes, &numbers);
            let wanted = quotes.iter().filter(|q| q.kind != QuoteKind::Term && q.span.is_valid_in(&text) && !q.span.is_empty()).count()
                + numbers.iter().filter(|n| n.checkable).count();
            prop_assert_eq!(out.len(), wanted);
            for a in &out {
                for s in [a.mention, a.cue].into_iter().flatten() {
                    prop_assert!(s.is_valid_in(&text), "span {:?} invalid in {:?}", s, text);
                }
            }
            for t in resolver.transcript_turns(&doc, paras) {
                prop_assert!(t.label.is_valid_in(&text) && t.text.is_valid_in(&text));
            }
        }
    }
}
