//! Runs the whole pipeline over a folder of `.txt` articles, for profilers.
//!
//! `cargo run --release -p claimsheet-pipeline --example profile -- [FOLDER] [ROUNDS]`
//! (defaults: `fixtures/articles`, 1 round). Under `valgrind --tool=callgrind` the
//! instruction count is a measure of the work done that other processes on the
//! machine do not disturb, unlike wall time; prints the claim count, so a change in
//! output shows.

use claimsheet_pipeline::{Pipeline, PipelineConfig};
use std::path::PathBuf;

#[path = "../support/corpus.rs"]
mod corpus;

/// The allocator the `claimsheet` binary uses, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "fixtures/articles".to_string()));
    let rounds: usize = args.next().map_or(Ok(1), |r| r.parse())?;
    let docs = corpus::load(&dir);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let pipeline = Pipeline::new(&PipelineConfig::default())?;
    let start = std::time::Instant::now();
    let mut claims = 0;
    for _ in 0..rounds {
        claims += docs.iter().map(|d| pipeline.analyze(d).claims.len()).sum::<usize>();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} documents, {} bytes, {} rounds: {} claims, {:.3} s, {:.1} MiB/s",
        docs.len(),
        bytes,
        rounds,
        claims,
        secs,
        (bytes * rounds) as f64 / secs / (1024.0 * 1024.0)
    );
    Ok(())
}
