/// Options for the [`Segmenter`](crate::Segmenter).
///
/// The built-in word lists under `crates/segmenter/data/` always apply; the
/// fields here add to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmenterConfig {
    /// The longest line, in words, that can be a headline. Longer lines without
    /// final punctuation are body text (a transcript line cut off mid-sentence,
    /// a verse). Default 20.
    pub headline_max_words: usize,
    /// Extra abbreviations of the `[other]` kind, written with their final stop
    /// (`"Dept."`): they end a sentence only before a common sentence starter.
    pub extra_abbreviations: Vec<String>,
    /// Extra boilerplate patterns (regular expressions matched against a whole
    /// trimmed line, ignoring case).
    pub extra_boilerplate: Vec<String>,
}

impl Default for SegmenterConfig {
    fn default() -> SegmenterConfig {
        SegmenterConfig {
            headline_max_words: 20,
            extra_abbreviations: Vec::new(),
            extra_boilerplate: Vec::new(),
        }
    }
}
