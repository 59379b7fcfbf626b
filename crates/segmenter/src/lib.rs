//! Paragraphs, headlines, boilerplate and sentences for English news text.
//!
//! (Interface fixed; the implementation is being written.)

use claimsheet_core::{Document, Paragraph, Sentence};

/// Options for the segmenter.
#[derive(Debug, Clone, Default)]
pub struct SegmenterConfig {}

/// Error building a segmenter.
#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Error {}

/// The segmenter's result for one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences, headlines and boilerplate lines in text order, non-overlapping.
    pub sentences: Vec<Sentence>,
}

/// Splits documents into paragraphs and sentences. Cheap to share across threads.
#[derive(Debug, Clone)]
pub struct Segmenter {}

impl Segmenter {
    /// Builds a segmenter.
    pub fn new(_config: &SegmenterConfig) -> Result<Segmenter, Error> {
        Ok(Segmenter {})
    }

    /// Segments one document.
    pub fn run(&self, _doc: &Document) -> Segmentation {
        Segmentation::default()
    }
}
