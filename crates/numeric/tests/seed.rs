//! The seed article, run sentence by sentence (split naively on ". ").

use claimsheet_core::{Bound, Document, NumberMention, QuantityKind, Sentence, SentenceKind, Span};
use claimsheet_numeric::{NumericConfig, NumericDetector};

const SEED: &str = include_str!("../../../fixtures/articles/seed/istanbul-talks-drone-strike.txt");

/// Sentences split on ". " and blank lines; paragraphs numbered by blank lines.
fn naive_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut pos = 0;
    for (p, para) in text.split("\n\n").enumerate() {
        let mut start = pos;
        let para_end = pos + para.len();
        let mut rest = para;
        while let Some(i) = rest.find(". ") {
            out.push(Sentence {
                span: Span::new(start, start + i + 1).trim(text),
                kind: SentenceKind::Body,
                paragraph: p,
            });
            start += i + 2;
            rest = &rest[i + 2..];
        }
        let span = Span::new(start, para_end).trim(text);
        if !span.is_empty() {
            let kind = if text[span.start..span.end].starts_with("Read more:") {
                SentenceKind::Boilerplate
            } else {
                SentenceKind::Body
            };
            out.push(Sentence { span, kind, paragraph: p });
        }
        pos = para_end + 2;
    }
    out
}

fn find<'a>(doc: &Document, found: &'a [NumberMention], quantity: &str, context: &str) -> &'a NumberMention {
    let at = doc.text.find(context).expect("context in seed")
        + context.find(quantity).expect("quantity in context");
    found
        .iter()
        .find(|m| m.span.start == at && doc.slice(m.span) == quantity)
        .unwrap_or_else(|| panic!("no mention {quantity:?} in {context:?}: {found:#?}"))
}

#[test]
fn seed_article_numbers() {
    let doc = Document::new("seed", SEED);
    let detector = NumericDetector::new(&NumericConfig::default()).expect("word lists parse");
    let found = detector.run(&doc, &naive_sentences(SEED));

    let check = |q: &str, ctx: &str, value: &str, bound: Bound, unit: &str, kind: QuantityKind| {
        let m = find(&doc, &found, q, ctx);
        assert_eq!(m.value.as_deref(), Some(value), "{q}");
        assert_eq!(m.bound, bound, "{q}");
        assert_eq!(m.unit.as_deref(), Some(unit), "{q}");
        assert_eq!(m.quantity_kind, kind, "{q}");
        assert!(m.checkable, "{q} is checkable");
    };
    check("117", "117 drones", "117", Bound::Exact, "drones", QuantityKind::Count);
    check("over 12,000", "over 12,000 fallen", "12000", Bound::Over, "fallen soldiers", QuantityKind::Count);
    check("400", "400 children", "400", Bound::Exact, "children", QuantityKind::Count);
    check("10", "only 10,", "10", Bound::Exact, "children", QuantityKind::Count);
    check("four", "four additional regions", "4", Bound::Exact, "regions", QuantityKind::Count);
    check("over two years", "in over two years", "2", Bound::Over, "years", QuantityKind::Duration);
    check("one-hour", "one-hour meeting", "1", Bound::Exact, "hours", QuantityKind::Duration);
    check("Two", "Two ceasefire options", "2", Bound::Exact, "ceasefire options", QuantityKind::Count);

    for (q, ctx) in [
        ("two", "The two sides"),
        ("one", "one requiring"),
        ("one", "one of Kyiv"),
        ("first", "the first time"),
    ] {
        assert!(!find(&doc, &found, q, ctx).checkable, "{ctx} is not checkable");
    }
    // Nothing from the boilerplate line, and exactly these checkable numbers.
    let checkable: Vec<&str> = found.iter().filter(|m| m.checkable).map(|m| doc.slice(m.span)).collect();
    assert_eq!(checkable, ["over two years", "one-hour", "four", "over 12,000", "Two", "400", "10", "117"],);
}
