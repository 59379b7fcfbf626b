//! Paragraphs, headlines, boilerplate and sentences for English news text.
//!
//! Build a [`Segmenter`] once from a [`SegmenterConfig`] (that reads the word
//! lists), then call [`Segmenter::run`] on each [`Document`]. The result is a
//! [`Segmentation`]: paragraphs, and sentence-level units of three kinds. Every
//! span is trimmed, on char boundaries, and points into the original text.
//!
//! ```
//! use claimsheet_core::{Document, SentenceKind};
//! use claimsheet_segmenter::{Segmenter, SegmenterConfig};
//!
//! let segmenter = Segmenter::new(&SegmenterConfig::default())?;
//! let doc = Document::new(
//!     "seed",
//!     "No Ceasefire Progress\n\n“We will not go. We will fight,” he said in the U.S. capital.\n\nShare this article",
//! );
//! let seg = segmenter.run(&doc);
//! let units: Vec<(SentenceKind, &str)> =
//!     seg.sentences.iter().map(|s| (s.kind, doc.slice(s.span))).collect();
//! assert_eq!(
//!     units,
//!     [
//!         (SentenceKind::Headline, "No Ceasefire Progress"),
//!         (SentenceKind::Body, "“We will not go."),
//!         (SentenceKind::Body, "We will fight,” he said in the U.S. capital."),
//!         (SentenceKind::Boilerplate, "Share this article"),
//!     ]
//! );
//! assert_eq!(seg.paragraphs.len(), 3);
//! # Ok::<(), claimsheet_segmenter::Error>(())
//! ```
//!
//! # Rules
//!
//! **Paragraphs.** Lines end with LF, CRLF or a lone CR. Paragraphs are blocks
//! of lines separated by blank lines (lines holding only whitespace). Text with
//! no blank line between paragraphs (as scraped articles often come, one
//! paragraph a line) has one paragraph per line. Inside a block, lines are one
//! running text (hard-wrapped lines join), except for the lines below.
//!
//! **Boilerplate.** A line whose whole trimmed text matches a pattern of
//! `data/boilerplate.txt` ("Read more: ...", "Comments are closed ...",
//! "Advertisement") is one [`SentenceKind::Boilerplate`] unit.
//!
//! **Headlines.** A line is one [`SentenceKind::Headline`] unit when it
//! (a) comes before any body text of its paragraph; (b) has no final
//! punctuation (`.`, `?`, `!`, `…`, also before closing quotes or brackets) and
//! does not end in a comma, semicolon, colon or dash, which announce more text;
//! (c) has at most [`SegmenterConfig::headline_max_words`] words; (d) is the
//! last line of its paragraph or is followed by a line that opens like a
//! sentence (not lower case, which would be a hard-wrapped continuation); and
//! (e) is one unit for the sentence rules, so `1. The first item 2. The second
//! item` is two body items. Titles, section heads and datelines ("Tuesday,
//! September 22, 2015") are headlines; so is a pull quote without final
//! punctuation, and so is a transcript line cut short without punctuation
//! ("Wikinews: How did you come to be involved with this discovery").
//!
//! **Sentences.** Boundaries fall only at whitespace, after `.`, `?`, `!` or
//! `…` and any closing quotes or brackets (`ultimatums.” He` splits after
//! `”`), when the next word opens a sentence: a capital, a bullet or a symbol,
//! never a lower-case word, a digit or a dash. A quotation holding several
//! sentences is split into them. Then:
//! - an abbreviation of `data/abbreviations.txt` in the `[title]` section
//!   (`Mr.`, `Dr.`, `Gen.`, `v.`) never ends a sentence; a `[time]` one
//!   (`a.m.`, `p.m.`) ends it before any capital but a time zone; the rest
//!   (`Inc.`, `etc.`, `Jan.`), acronyms with stops (`U.S.`, `D.C.`) and single
//!   letters end it only before a word of `data/sentence_starters.txt`
//!   ("in the U.S. He said" splits, "the U.S. Government" does not);
//! - a single capital letter is an initial ("writer L. Ron Hubbard"), except
//!   "I" after a lower-case word, which is the pronoun: "you and I. Did you"
//!   splits, "Albert I. Jones" does not;
//! - a short prepositional phrase has no verb and cannot be a sentence, so
//!   "At 5 a.m. Mr. Smith went" stays whole (`data/prepositions.txt`);
//! - a quoted question or exclamation followed by a capitalised speech tag
//!   stays whole: `“Why?” Smith asked.` (`data/speech_verbs.txt`);
//! - three stops (`...`, `. . .`, `…`) mark an omission and never end a
//!   sentence; four end it; a stop on a word followed by a spaced ellipsis
//!   and a capital ends the sentence and the ellipsis opens the next one;
//! - list labels (`1.`, `2)`, `3.)`, `a.`, bullets) start items, and a label
//!   continuing the list (`2.` after `1.`) starts a new unit even without a
//!   stop before it.
//!
//! Each token is examined a bounded number of times, so segmenting is linear
//! in the length of the text, whatever it holds.

mod chars;
mod config;
mod error;
mod lexicon;
mod segmenter;
mod sentences;

pub use config::SegmenterConfig;
pub use error::Error;
pub use segmenter::{Segmentation, Segmenter};
