//! The seed article, through the plain-text helper.

mod common;

use claimsheet_quotes::{QuoteConfig, QuoteExtractor};
use common::{found, Found};

const SEED: &str = include_str!("../../../fixtures/articles/seed/istanbul-talks-drone-strike.txt");

fn seed() -> Vec<Found> {
    let ex = QuoteExtractor::new(&QuoteConfig::default()).expect("built-in lists are valid");
    ex.run_text(SEED).iter().map(|q| found(SEED, q)).collect()
}

#[test]
fn print_seed() {
    for f in seed() {
        println!("{f}");
    }
}
