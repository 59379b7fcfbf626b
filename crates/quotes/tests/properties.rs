//! Properties on arbitrary text: no panic, valid sorted spans, and a lone
//! quotation mark never reaches past its own paragraph (except a run-on into a
//! paragraph that itself opens with a mark, the multi-paragraph convention).

use claimsheet_core::{Document, Quote, Span};
use claimsheet_quotes::{QuoteConfig, QuoteExtractor};
use proptest::prelude::*;

fn extractor() -> QuoteExtractor {
    QuoteExtractor::new(&QuoteConfig::default()).expect("built-in lists are valid")
}

const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "‹",
    "›",
    "„",
    "‚",
    "「",
    "」",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "said",
    "he",
    "told",
    "according to",
    "the",
    "Zelenskiy",
    "officials",
    "confirmed",
    "saying",
    "dubbed",
    "Spider’s Web",
    "5",
    "11",
    "don’t",
    "é",
    "😀",
    "—",
    "called",
    "for",
    "war",
    "We",
    "so-called",
    "?",
    "!",
    "\r\n",
];

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![prop::sample::select(PIECES).prop_map(str::to_string), "\\PC{0,6}"],
        0..120,
    )
    .prop_map(|v| v.concat())
}

fn check_spans(text: &str, quotes: &[Quote]) -> Result<(), TestCaseError> {
    let mut last = 0;
    for q in quotes {
        prop_assert!(q.span.is_valid_in(text), "span {:?} invalid", q.span);
        prop_assert!(q.span.start >= last, "not sorted");
        last = q.span.start;
        prop_assert!(!q.parts.is_empty());
        for p in &q.parts {
            prop_assert!(p.is_valid_in(text), "part {:?} invalid", p);
            prop_assert!(q.span.contains(*p), "part {:?} outside {:?}", p, q.span);
        }
        for s in q.cue.iter().chain(q.speaker_mention.iter()) {
            prop_assert!(s.is_valid_in(text), "cue/mention {:?} invalid", s);
        }
        prop_assert!(q.paragraphs >= 1);
    }
    Ok(())
}

const WORDS: &[&str] = &[
    "the",
    "minister",
    "said",
    "talks",
    "would",
    "resume",
    "on",
    "Monday",
    "officials",
    "confirmed",
    "Kyiv",
    "rejected",
    "demands",
    "we",
    "will",
    "fight",
    "peace",
    "“We want peace,”",
    "he said.",
    "“No.”",
    "dubbed",
    "“Spider’s Web”",
    "Jones’",
    "rock ’n’ roll",
    "5' 11\"",
    "it’s",
    "according to",
    "the UN,",
    "war.",
];

/// Paragraphs of words; some open with a quotation mark.
fn paragraphs() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        (any::<bool>(), prop::collection::vec(prop::sample::select(WORDS), 1..25)).prop_map(
            |(open, words)| {
                let body = words.join(" ");
                if open {
                    format!("“{body}")
                } else {
                    body
                }
            },
        ),
        2..6,
    )
}

fn para_spans(paras: &[String]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut pos = 0;
    for p in paras {
        spans.push(Span::new(pos, pos + p.len()));
        pos += p.len() + 2;
    }
    spans
}

fn opens_with_mark(p: &str) -> bool {
    p.starts_with(['“', '"', '‘', '\'', '«', '‹', '„', '‚', '「'])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_gives_valid_sorted_spans(text in arbitrary_text()) {
        let ex = extractor();
        let quotes = ex.run_text(&text);
        check_spans(&text, &quotes)?;
        // The segmenter may hand over nothing: the extractor falls back.
        let doc = Document::new("p", text.clone());
        check_spans(&text, &ex.run(&doc, &[], &[]))?;
    }

    #[test]
    fn a_lone_mark_stays_in_its_paragraph(
        paras in paragraphs(),
        which in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        mark in prop::sample::select(&["“", "\"", "‘", "'", "«", "”"][..]),
    ) {
        let ex = extractor();
        let before_text = paras.join("\n\n");
        let before = ex.run_text(&before_text);

        // Insert a lone mark before a word of one paragraph.
        let p = which.index(paras.len());
        let mut changed = paras.clone();
        let word_starts: Vec<usize> = std::iter::once(0)
            .chain(changed[p].match_indices(' ').map(|(i, _)| i + 1))
            .collect();
        let pos = word_starts[at.index(word_starts.len())];
        changed[p].insert_str(pos, mark);
        let text = changed.join("\n\n");
        let after = ex.run_text(&text);
        check_spans(&text, &after)?;

        // No quote crosses into a later paragraph unless that paragraph opens with a mark.
        let spans = para_spans(&changed);
        for q in &after {
            for (k, s) in spans.iter().enumerate().skip(1) {
                if q.span.start < s.start && q.span.end > s.start {
                    prop_assert!(opens_with_mark(&changed[k]), "quote {:?} runs into paragraph {} of {:?}", q.span, k, text);
                }
            }
        }
        // Quotes wholly in earlier paragraphs are untouched, except a run-on
        // chain reaching paragraph p through paragraphs that open with a mark.
        let mut chain = p;
        while chain > 0 && (opens_with_mark(&paras[chain]) || opens_with_mark(&changed[chain])) {
            chain -= 1;
        }
        let limit = para_spans(&paras)[chain].start;
        let old: Vec<&Quote> = before.iter().filter(|q| q.span.end <= limit).collect();
        let new: Vec<&Quote> = after.iter().filter(|q| q.span.end <= limit).collect();
        prop_assert_eq!(old, new);
        // Quotes starting after the changed paragraph (and the one after it,
        // which a run-on may reach) only shift by the inserted bytes.
        let from = if p + 2 < paras.len() { para_spans(&paras)[p + 2].start } else { usize::MAX };
        let shift = |s: Span| Span::new(s.start + mark.len(), s.end + mark.len());
        let old: Vec<Span> = before.iter().filter(|q| q.span.start >= from).map(|q| shift(q.span)).collect();
        let new: Vec<Span> = after.iter().filter(|q| q.span.start >= from.saturating_add(mark.len())).map(|q| q.span).collect();
        prop_assert_eq!(old, new);
    }
}

/// Pathological inputs stay fast (linear): long runs of cues, marks and
/// one-paragraph walls of text.
#[test]
fn pathological_inputs_are_linear() {
    let ex = extractor();
    let inputs = [
        "he said ".repeat(40_000),
        "“".repeat(50_000),
        "“a,” he said, ".repeat(10_000),
        "' ".repeat(50_000),
        "According to the UN, officials said, saying that ".repeat(5_000),
        "“We”\n\n".repeat(20_000),
    ];
    for text in &inputs {
        let started = std::time::Instant::now();
        let quotes = ex.run_text(text);
        let took = started.elapsed();
        for q in &quotes {
            assert!(q.span.is_valid_in(text));
        }
        assert!(took.as_secs_f64() < 10.0, "{} bytes took {took:?}", text.len());
    }
}
