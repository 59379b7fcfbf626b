//! Properties on arbitrary text: no panic; spans in bounds, on char
//! boundaries, sorted and non-overlapping; values are plain decimals.

use claimsheet_core::{Document, Sentence, SentenceKind, Span};
use claimsheet_numeric::{NumericConfig, NumericDetector};
use proptest::prelude::*;

fn detector() -> &'static NumericDetector {
    use std::sync::OnceLock;
    static D: OnceLock<NumericDetector> = OnceLock::new();
    D.get_or_init(|| NumericDetector::new(&NumericConfig::default()).expect("word lists parse"))
}

fn check(text: &str) {
    let found = detector().run_text(text);
    let plain = regex::Regex::new(r"^-?\d+(\.\d+)?$").expect("constant pattern");
    let mut end = 0;
    for m in &found {
        assert!(m.span.is_valid_in(text), "span {:?} invalid in {text:?}", m.span);
        assert!(!m.span.is_empty());
        assert!(m.span.start >= end, "overlap or unsorted at {:?} in {text:?}", m.span);
        end = m.span.end;
        for v in m.value.iter().chain(m.value_high.iter()) {
            assert!(plain.is_match(v), "value {v:?} in {text:?}");
        }
    }
}

/// Text built from number-ish pieces, so the interesting paths are reached.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "12,000",
        "1.5",
        "$",
        "€",
        "£",
        "bn",
        "m",
        "k",
        "p",
        "%",
        " per cent",
        "-",
        "–",
        "−",
        " to ",
        " and ",
        "between ",
        "over ",
        "more than ",
        "about ",
        "two",
        "-thirds",
        "half",
        " of ",
        "a ",
        "quarter",
        "million",
        "thousand",
        "hundred",
        "twelve",
        " in ",
        "five",
        "year",
        "-old",
        "-year",
        ", ",
        "7",
        "2022",
        "June ",
        "September 14",
        " 3 p.m.",
        "0800 123 4567",
        "Resolution ",
        "A320",
        "COVID-19",
        "won 3-1",
        "one of",
        "the two sides",
        "1990s",
        "mid-",
        "21st",
        "hundreds",
        "tens of thousands",
        "drones",
        "people",
        " ",
        "\u{a0}",
        "\u{2009}",
        "é",
        "😀",
        ".",
        "2.3.1",
        "14:30",
        "9/11",
        "(",
        ")",
        "+",
        "or more",
        "aged ",
        "°C",
        "40C",
        "½",
        "Rs",
        "US$",
        "A$",
        "no one",
        "doubled",
        "10-fold",
        "first",
        "ranked ",
        "'s",
        "’",
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_text_is_safe(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn newsy_text_is_safe(text in newsy()) {
        check(&text);
    }

    #[test]
    fn arbitrary_sentences_are_safe(text in newsy(), cuts in prop::collection::vec(any::<usize>(), 0..6)) {
        // Sentences at arbitrary (char-boundary) places, some boilerplate.
        let mut bounds: Vec<usize> = cuts.iter().map(|c| c % (text.len() + 1)).filter(|&c| text.is_char_boundary(c)).collect();
        bounds.push(0);
        bounds.push(text.len());
        bounds.sort_unstable();
        bounds.dedup();
        let sentences: Vec<Sentence> = bounds
            .windows(2)
            .enumerate()
            .map(|(n, w)| Sentence {
                span: Span::new(w[0], w[1]),
                kind: if n % 3 == 2 { SentenceKind::Boilerplate } else if n % 3 == 1 { SentenceKind::Headline } else { SentenceKind::Body },
                paragraph: n / 2,
            })
            .collect();
        let doc = Document::new("p", text.clone());
        let found = detector().run(&doc, &sentences);
        let mut end = 0;
        for m in &found {
            prop_assert!(m.span.is_valid_in(&text));
            prop_assert!(m.span.start >= end);
            end = m.span.end;
        }
    }
}

#[test]
fn fixture_articles_are_safe() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/articles");
    for dir in std::fs::read_dir(root).expect("fixtures") {
        let dir = dir.expect("entry").path();
        if !dir.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&dir).expect("dir") {
            let p = f.expect("entry").path();
            if let Ok(text) = std::fs::read_to_string(&p) {
                check(&text);
            }
        }
    }
}
