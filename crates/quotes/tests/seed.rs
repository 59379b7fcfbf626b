//! The seed article, through the plain-text helper.

mod common;

use claimsheet_quotes::{QuoteConfig, QuoteExtractor};
use common::{found, Found};

const SEED: &str = include_str!("../../../fixtures/articles/seed/istanbul-talks-drone-strike.txt");

fn seed() -> Vec<Found> {
    let ex = QuoteExtractor::new(&QuoteConfig::default()).expect("built-in lists are valid");
    ex.run_text(SEED).iter().map(|q| found(SEED, q)).collect()
}

fn has(all: &[Found], kind: &str, content_start: &str, cue: Option<&str>, mention: Option<&str>) {
    let hit = all.iter().find(|f| f.kind == kind && f.content.starts_with(content_start));
    let Some(f) = hit else {
        let listing: Vec<String> = all.iter().map(ToString::to_string).collect();
        panic!("no {kind} quote starting {content_start:?} in:\n{}", listing.join("\n"));
    };
    assert_eq!(f.cue.as_deref(), cue, "cue of {f}");
    assert_eq!(f.mention.as_deref(), mention, "mention of {f}");
}

#[test]
fn seed_direct_quotes_share_the_stated_cue() {
    let all = seed();
    has(&all, "direct", "We are not going to surrender or accept ultimatums", Some("stated"), Some("he"));
    has(
        &all,
        "direct",
        "We don’t want war, but we will fight if the enemy does not stop.",
        Some("stated"),
        Some("he"),
    );
}

#[test]
fn seed_partial_quotes_and_term() {
    let all = seed();
    has(&all, "partial", "bloodbath", Some("called"), Some("Trump"));
    has(&all, "partial", "glorification of Nazism", None, None);
    has(&all, "term", "Spider’s Web", None, None);
    assert!(!all.iter().any(|f| f.content.contains("Spider’s Web") && f.kind != "term"));
}

#[test]
fn seed_reported_speech() {
    let all = seed();
    has(
        &all,
        "indirect",
        "Ukraine had presented Russia with a list of 400 children",
        Some("confirmed"),
        Some("Zelenskiy"),
    );
    has(&all, "indirect", "it was necessary to show Ukraine’s resilience", Some("saying"), Some("Zelenskiy"));
    has(&all, "indirect", "Neither the U.S. nor the UK were notified", Some("confirmed"), Some("officials"));
    has(
        &all,
        "indirect",
        "the assault one of Kyiv’s boldest moves",
        Some("called"),
        Some("Western analysts"),
    );
    has(&all, "indirect", "it seeks a long-term resolution", Some("reiterated"), Some("Russia"));
    has(&all, "indirect", "a direct meeting between Presidents", Some("insists"), Some("Ukraine"));
    has(&all, "indirect", "Ukraine successfully struck", Some("suggests"), Some("Satellite imagery"));
    has(&all, "indirect", "sweeping demands … as tantamount to surrender", Some("rejected"), Some("Kyiv"));
}

#[test]
fn seed_has_no_duplicate_for_direct_quotes() {
    let all = seed();
    // “...,” he stated. is a direct quote, not also reported speech.
    assert!(!all.iter().any(|f| f.kind == "indirect" && f.cue.as_deref() == Some("stated")));
    // The headline "Kyiv Calls for ..." is not reported speech.
    assert!(!all.iter().any(|f| f.content.contains("Zelenskiy-Putin Meeting")));
}
