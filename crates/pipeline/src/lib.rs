//! Runs the claimsheet stages over documents and assembles claim rows.
//!
//! The stages run in order, segmenter -> quote extractor -> numeric-claim
//! detector -> attribution resolver, each receiving the earlier results as
//! arguments. [`Pipeline::analyze`] gives every layer of one document;
//! [`Pipeline::analyze_batch`] runs a batch in parallel and returns the results
//! in input order, identical to a sequential run.
//!
//! ```
//! use claimsheet_core::Document;
//! use claimsheet_pipeline::{Pipeline, PipelineConfig};
//!
//! let pipeline = Pipeline::new(&PipelineConfig::default()).expect("default config builds");
//! let doc = Document::new("d1", "Headline Here\n\nThe talks resumed on Monday. They ended.");
//! let analysis = pipeline.analyze(&doc);
//! assert_eq!(analysis.segmentation.sentences.len(), 3);
//! ```

mod assemble;
mod claim_id;
mod error;

pub use assemble::{assemble_claims, Analysis};
pub use claim_id::{claim_id, ClaimKey};
pub use error::Error;

use claimsheet_attribution::{AttributionConfig, AttributionResolver, TranscriptTurn};
use claimsheet_core::{Document, Quote};
use claimsheet_numeric::{NumericConfig, NumericDetector};
use claimsheet_quotes::{QuoteConfig, QuoteExtractor};
use claimsheet_segmenter::{Segmenter, SegmenterConfig};
use rayon::prelude::*;

/// Options for every stage.
#[derive(Debug, Clone, Default)]
pub struct PipelineConfig {
    /// Segmenter options.
    pub segmenter: SegmenterConfig,
    /// Quote extractor options.
    pub quotes: QuoteConfig,
    /// Numeric-claim detector options.
    pub numeric: NumericConfig,
    /// Attribution resolver options.
    pub attribution: AttributionConfig,
}

/// All stages, built once and shared across threads.
#[derive(Debug, Clone)]
pub struct Pipeline {
    segmenter: Segmenter,
    quotes: QuoteExtractor,
    numeric: NumericDetector,
    attribution: AttributionResolver,
}

impl Pipeline {
    /// Builds every stage.
    pub fn new(config: &PipelineConfig) -> Result<Pipeline, Error> {
        Ok(Pipeline {
            segmenter: Segmenter::new(&config.segmenter).map_err(|e| Error::stage("segmenter", e))?,
            quotes: QuoteExtractor::new(&config.quotes).map_err(|e| Error::stage("quote extractor", e))?,
            numeric: NumericDetector::new(&config.numeric)
                .map_err(|e| Error::stage("numeric-claim detector", e))?,
            attribution: AttributionResolver::new(&config.attribution)
                .map_err(|e| Error::stage("attribution resolver", e))?,
        })
    }

    /// Runs every stage on one document and assembles its claim rows.
    pub fn analyze(&self, doc: &Document) -> Analysis {
        let segmentation = self.segmenter.run(doc);
        let mut quotes = self.quotes.run(doc, &segmentation.paragraphs, &segmentation.sentences);
        let turns = self.attribution.transcript_turns(doc, &segmentation.paragraphs);
        add_transcript_answers(&turns, &mut quotes);
        let numbers = self.numeric.run(doc, &segmentation.sentences);
        let attributions = self.attribution.run_with_turns(
            doc,
            &segmentation.paragraphs,
            &segmentation.sentences,
            &quotes,
            &numbers,
            &turns,
        );
        let mut analysis = Analysis { segmentation, quotes, numbers, attributions, claims: Vec::new() };
        analysis.claims = assemble_claims(doc, &analysis);
        analysis
    }

    /// Runs [`Pipeline::analyze`] over a batch in parallel; results keep input order.
    pub fn analyze_batch(&self, docs: &[Document]) -> Vec<Analysis> {
        self.analyze_batch_with(docs, |_, analysis| analysis)
    }

    /// [`Pipeline::analyze_batch`] with `then` applied to each document and its
    /// analysis on the worker thread that made it (rendering output there, say,
    /// and dropping the analysis where it was allocated); results keep input order.
    pub fn analyze_batch_with<R: Send>(
        &self,
        docs: &[Document],
        then: impl Fn(&Document, Analysis) -> R + Sync,
    ) -> Vec<R> {
        docs.par_iter().map(|doc| then(doc, self.analyze(doc))).collect()
    }
}

/// Interview and press-conference answers (`Name: text` lines) are direct statements
/// by the named speaker even without quotation marks. Questions are left out (they
/// assert nothing), and so is a turn that already holds a quote. Turns and quotes are
/// both in text order, so one sweep finds the overlaps.
fn add_transcript_answers(turns: &[TranscriptTurn], quotes: &mut Vec<Quote>) {
    let before = quotes.len();
    let mut next = 0;
    for turn in turns {
        while next < before && quotes[next].span.end <= turn.text.start {
            next += 1;
        }
        let holds_quote = quotes[next..before]
            .iter()
            .take_while(|q| q.span.start < turn.text.end)
            .any(|q| q.span.overlaps(turn.text));
        if !turn.question && !holds_quote {
            quotes.push(turn.to_quote());
        }
    }
    if quotes.len() > before {
        quotes.sort_by_key(|q| (q.span.start, q.span.end));
    }
}
