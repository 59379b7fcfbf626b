//! The whole pipeline on arbitrary bytes (decoded lossily, as `--lossy` does): it must not
//! panic, and every span it reports must be in bounds and on char boundaries.
#![no_main]

use claimsheet_core::{Document, Span};
use claimsheet_pipeline::{Pipeline, PipelineConfig};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static PIPELINE: OnceLock<Pipeline> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let pipeline = PIPELINE.get_or_init(|| Pipeline::new(&PipelineConfig::default()).expect("default config builds"));
    let text = String::from_utf8_lossy(data).into_owned();
    let doc = Document::new("fuzz", text);
    let analysis = pipeline.analyze(&doc);
    let check = |s: Span| assert!(s.is_valid_in(&doc.text), "span {s:?} invalid");
    analysis.segmentation.sentences.iter().for_each(|s| check(s.span));
    for q in &analysis.quotes {
        check(q.span);
        q.parts.iter().copied().for_each(check);
        q.cue.into_iter().chain(q.speaker_mention).for_each(check);
    }
    analysis.numbers.iter().for_each(|n| check(n.span));
    for a in &analysis.attributions {
        a.mention.into_iter().chain(a.cue).for_each(check);
    }
});
