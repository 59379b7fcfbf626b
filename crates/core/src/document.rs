use crate::Span;

/// One article: its id and original text, plus whatever metadata the input carried.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// The input id (JSONL `id`) or the path as given.
    pub id: String,
    /// The original text, never rewritten.
    pub text: String,
    /// Source URL, from JSONL input.
    pub url: Option<String>,
    /// Title, from JSONL input.
    pub title: Option<String>,
    /// Publication date as given, from JSONL input.
    pub published: Option<String>,
}

impl Document {
    /// A document with an id and text and no metadata.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document { id: id.into(), text: text.into(), ..Document::default() }
    }

    /// The text under `span`; empty when the span is out of bounds or splits a char.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }
}
