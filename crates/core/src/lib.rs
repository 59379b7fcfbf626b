//! The document model shared by every claimsheet stage.
//!
//! A [`Document`] holds the original text, which is never rewritten. Every
//! annotation points into it with a [`Span`] of UTF-8 byte offsets
//! (half-open). Offsets become Unicode scalar offsets and line numbers only
//! when a writer asks for them, through [`OffsetMap`].
//!
//! ```
//! use claimsheet_core::{Document, OffsetMap, Span};
//!
//! let doc = Document::new("seed", "Café.\nNext line.");
//! let span = Span::new(7, 11);
//! assert_eq!(doc.slice(span), "Next");
//! let map = OffsetMap::new(&doc.text);
//! assert_eq!(map.char_offset(7), 6);
//! assert_eq!(map.line(7), 2);
//! ```

mod annotation;
mod document;
mod lower;
mod offsets;
mod row;
mod span;
mod word_table;

pub use annotation::{
    Attribution, AttributionTarget, Bound, NumberMention, Paragraph, QuantityKind, Quote, QuoteKind,
    Sentence, SentenceKind,
};
pub use document::Document;
pub use lower::{lower_is_itself, OwnedLowers};
pub use offsets::{count_chars, decimal, OffsetCursor, OffsetMap};
pub use row::{ClaimKind, ClaimRow, CLAIM_COLUMNS};
pub use span::Span;
pub use word_table::{alnum_prefix, alnum_run, alnum_stops_and_lowered, load_le, TakenSlots, WordTable};
