//! The seed article end to end (issue 5).

mod common;

use claimsheet_core::{AttributionTarget, Document};

#[test]
fn seed_article_attributions() {
    let text = include_str!("../../../fixtures/articles/seed/istanbul-talks-drone-strike.txt");
    let doc = Document::new("seed", text);
    let chain = common::Chain::new();
    let out = chain.run(&doc);
    for line in common::render(text, &out) {
        println!("{line}");
    }
    let s = |sp: Option<claimsheet_core::Span>| sp.map(|sp| &text[sp.start..sp.end]).unwrap_or("");
    let quote = |needle: &str| {
        out.attributions
            .iter()
            .find(|a| match a.target {
                AttributionTarget::Quote(i) => {
                    out.quotes[i].parts.iter().any(|p| text[p.start..p.end].contains(needle))
                }
                AttributionTarget::Number(_) => false,
            })
            .unwrap_or_else(|| panic!("no attribution for quote {needle:?}"))
    };
    let number = |needle: &str| {
        out.attributions
            .iter()
            .find(|a| match a.target {
                AttributionTarget::Number(i) => {
                    text[out.numbers[i].span.start..out.numbers[i].span.end].contains(needle)
                }
                AttributionTarget::Quote(_) => false,
            })
            .unwrap_or_else(|| panic!("no attribution for number {needle:?}"))
    };
    for needle in ["We are not going to", "We don’t want war"] {
        let a = quote(needle);
        assert_eq!(a.speaker.as_deref(), Some("Volodymyr Zelenskiy"), "{needle}");
        assert_eq!(s(a.mention), "he", "{needle}");
        assert_eq!(s(a.cue), "stated", "{needle}");
    }
    let a = number("400");
    assert_eq!(a.speaker.as_deref(), Some("Volodymyr Zelenskiy"));
    assert_eq!(s(a.cue), "confirmed");
    assert_eq!(a.hedge.as_deref(), Some("allegedly"));
    let a = quote("bloodbath");
    assert_eq!(a.speaker.as_deref(), Some("Donald Trump"));
    assert_eq!(a.title.as_deref(), Some("U.S. President"));
    let a = quote("Neither the U.S. nor the UK");
    assert_eq!(a.speaker.as_deref(), Some("officials"));
    assert_eq!(s(a.cue), "confirmed");
    let a = quote("boldest moves");
    assert_eq!(a.speaker.as_deref(), Some("Western analysts"));
    let a = quote("glorification of Nazism");
    assert_eq!(a.speaker.as_deref(), Some("Russia"));
    let a = number("117");
    assert_eq!(a.hedge.as_deref(), Some("reportedly"));
    assert_eq!(a.speaker, None);
}
