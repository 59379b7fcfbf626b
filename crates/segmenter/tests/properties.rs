//! Properties on arbitrary text: no panic, spans in bounds and on char
//! boundaries, sorted and non-overlapping, and every non-whitespace char covered.

use claimsheet_core::Document;
use claimsheet_segmenter::{Segmenter, SegmenterConfig};
use proptest::prelude::*;

fn check(segmenter: &Segmenter, text: &str) -> Result<(), TestCaseError> {
    let doc = Document::new("p", text);
    let seg = segmenter.run(&doc);
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    for s in &seg.sentences {
        prop_assert!(s.span.is_valid_in(text), "{:?} invalid in {:?}", s.span, text);
        prop_assert!(!s.span.is_empty(), "empty span {:?}", s.span);
        prop_assert!(s.span.start >= last_end, "{:?} overlaps or is out of order", s.span);
        let slice = doc.slice(s.span);
        prop_assert_eq!(slice.trim(), slice, "span not trimmed");
        prop_assert!(s.paragraph < seg.paragraphs.len());
        prop_assert!(seg.paragraphs[s.paragraph].span.contains(s.span), "sentence outside its paragraph");
        covered[s.span.start..s.span.end].fill(true);
        last_end = s.span.end;
    }
    for (i, c) in text.char_indices() {
        prop_assert!(c.is_whitespace() || covered[i], "char {:?} at {} not covered in {:?}", c, i, text);
    }
    let mut last_end = 0;
    for p in &seg.paragraphs {
        prop_assert!(p.span.is_valid_in(text) && p.span.start >= last_end && !p.span.is_empty());
        last_end = p.span.end;
    }
    Ok(())
}

fn segmenter() -> Segmenter {
    Segmenter::new(&SegmenterConfig::default()).expect("default config is valid")
}

/// Text built from the characters that matter to the rules.
fn punctuation_heavy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        ".",
        "!",
        "?",
        "\"",
        "“",
        "”",
        "'",
        "’",
        "«",
        "»",
        "(",
        ")",
        "…",
        "\n",
        "\r",
        "\r\n",
        " ",
        " ",
        " ",
        "a",
        "b",
        "I",
        "He",
        "the",
        "U.S.",
        "Mr.",
        "p.m.",
        "1.",
        "2.",
        "a.",
        "b)",
        "•",
        "-",
        "—",
        "é",
        "\u{a0}",
        "Read more: x",
        "3.5",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn arbitrary_unicode(text in any::<String>()) {
        check(&segmenter(), &text)?;
    }

    #[test]
    fn small_alphabet(text in punctuation_heavy()) {
        check(&segmenter(), &text)?;
    }

    #[test]
    fn no_spaces(text in "[a-zA-Z.!?\"“”']{0,80}") {
        check(&segmenter(), &text)?;
    }
}

#[test]
fn hundred_thousand_stops() {
    let segmenter = segmenter();
    for text in [".".repeat(100_000), ". ".repeat(100_000), "a.".repeat(100_000), "A. ".repeat(100_000)] {
        check(&segmenter, &text).expect("properties hold");
    }
}

#[test]
fn lone_quotes_and_marks() {
    let segmenter = segmenter();
    for text in ["\"", "“", "”", "'", "( ", " )", "\n\"\n", "…", "•", "1.", "\r", "\r\n\r\n", "?\u{a0}!"]
    {
        check(&segmenter, text).expect("properties hold");
    }
}
