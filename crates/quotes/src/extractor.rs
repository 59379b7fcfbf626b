//! The quote extractor stage.

use crate::grammar::Grammar;
use crate::lexicon::Lexicon;
use crate::marked::{self, ParaToks};
use crate::marks::Pairer;
use crate::text::{attach_lowers, tok_at, tokenize_into};
use claimsheet_core::OwnedLowers;
use claimsheet_core::{Document, Paragraph, Quote, Sentence, SentenceKind, Span};
use std::fmt;
use std::sync::Arc;

/// Options for the quote extractor.
#[derive(Debug, Clone, Default)]
pub struct QuoteConfig {
    /// Reporting verbs or phrases to add to `data/cue_verbs.txt`, in its format
    /// (`"briefed"`, `"hit out [at]"`).
    pub extra_cue_verbs: Vec<String>,
    /// Term cues to add to `data/term_cues.txt` (`"the motto"`).
    pub extra_term_cues: Vec<String>,
}

/// Why a quote extractor could not be built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A word-list entry is malformed.
    BadEntry {
        /// The data file or config field holding it.
        file: String,
        /// The entry as written.
        entry: String,
        /// What is wrong with it.
        why: &'static str,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::BadEntry { file, entry, why } => write!(f, "{file}: bad entry {entry:?}: {why}"),
        }
    }
}

impl std::error::Error for Error {}

/// Finds quotations and reported speech. Build once, run on many documents;
/// cheap to clone, `Send + Sync`.
#[derive(Debug, Clone)]
pub struct QuoteExtractor {
    lex: Arc<Lexicon>,
}

impl QuoteExtractor {
    /// Builds an extractor: reads the word lists.
    pub fn new(config: &QuoteConfig) -> Result<QuoteExtractor, Error> {
        Ok(QuoteExtractor { lex: Arc::new(Lexicon::new(config)?) })
    }

    /// The quotes of `doc`, sorted by span start. `paragraphs` and `sentences`
    /// come from the segmenter; boilerplate sentences are skipped. Never fails:
    /// spans that are out of bounds are ignored, and when `paragraphs` is empty
    /// the plain-text segmentation of [`QuoteExtractor::segment_plain`] is used.
    pub fn run(&self, doc: &Document, paragraphs: &[Paragraph], sentences: &[Sentence]) -> Vec<Quote> {
        let text = doc.text.as_str();
        if paragraphs.is_empty() {
            let (p, s) = self.segment_plain(text);
            let s = if sentences.is_empty() { s } else { sentences.to_vec() };
            return self.run_segmented(text, &p, &s);
        }
        self.run_segmented(text, paragraphs, sentences)
    }

    /// Convenience and test helper: runs on plain text, taking paragraphs from
    /// blank lines and sentences from a naive full-stop rule
    /// ([`QuoteExtractor::segment_plain`]) instead of the real segmenter.
    pub fn run_text(&self, text: &str) -> Vec<Quote> {
        let (p, s) = self.segment_plain(text);
        self.run_segmented(text, &p, &s)
    }

    /// The plain-text segmentation used by [`QuoteExtractor::run_text`]:
    /// paragraphs are blank-line separated blocks; sentences end after `.`, `?`
    /// or `!` (and closing marks) before a capital, digit or opening mark,
    /// except after abbreviations; a one-line paragraph without final
    /// punctuation is a headline. A test and convenience helper, not a segmenter.
    pub fn segment_plain(&self, text: &str) -> (Vec<Paragraph>, Vec<Sentence>) {
        crate::plain::segment(text, &self.lex)
    }

    fn run_segmented(&self, text: &str, paragraphs: &[Paragraph], sentences: &[Sentence]) -> Vec<Quote> {
        let lex = &*self.lex;
        // Valid, ordered, non-overlapping paragraphs.
        // (Vectors filled from filters are sized up front: growing them
        // step by step costs more reallocations than the filtering.)
        let mut paras: Vec<Span> = Vec::with_capacity(paragraphs.len());
        paras.extend(
            paragraphs
                .iter()
                .map(|p| p.span)
                .filter(|s| !s.is_empty() && s.is_valid_in(text))
                .map(|s| s.trim(text))
                .filter(|s| !s.is_empty()),
        );
        paras.sort();
        paras.dedup_by(|b, a| b.start < a.end);
        let mut sents: Vec<Sentence> = Vec::with_capacity(sentences.len());
        sents.extend(sentences.iter().filter(|s| !s.span.is_empty() && s.span.is_valid_in(text)).copied());
        sents.sort_by_key(|s| s.span);
        let mut boiler: Vec<Span> = Vec::with_capacity(sents.len());
        boiler.extend(sents.iter().filter(|s| s.kind == SentenceKind::Boilerplate).map(|s| s.span));

        // Tokens and marks paragraph by paragraph. Tokens borrow their lower
        // case from one ASCII-lowered copy of the text.
        let lowered = text.to_ascii_lowercase();
        // All paragraphs' tokens go into one vector (one allocation, not one
        // per paragraph); each paragraph then borrows its range.
        let mut owned_lowers = OwnedLowers::default();
        let mut lower_arena = String::new();
        let mut all_toks = Vec::with_capacity(text.len() / 3 + 1);
        let mut para_ranges = Vec::with_capacity(paras.len());
        let mut pairer = Pairer::new(text, lex);
        // The quotation marks of one paragraph, found by the tokenizer (it
        // reads every char of the paragraph, so a separate search of the
        // text would only repeat its work), then those in boilerplate
        // dropped. `b` walks `boiler` once: marks come in text order.
        let mut marks = Vec::new();
        let mut b = 0;
        let mut s = 0;
        for (index, &span) in paras.iter().enumerate() {
            while s < sents.len() && sents[s].span.end <= span.start {
                s += 1;
            }
            let mut k = s;
            let mut any = false;
            let mut all_headline = true;
            while k < sents.len() && sents[k].span.start < span.end {
                any = true;
                all_headline &= sents[k].kind == SentenceKind::Headline;
                k += 1;
            }
            let first_tok = all_toks.len();
            marks.clear();
            tokenize_into(
                &mut all_toks,
                &mut owned_lowers,
                &mut marks,
                text,
                &lowered,
                lex,
                span.start,
                span.end,
            );
            marks.retain(|m| {
                while b < boiler.len() && boiler[b].end <= m.start {
                    b += 1;
                }
                !(b < boiler.len() && boiler[b].start <= m.start)
            });
            pairer.paragraph(index, span, &marks);
            para_ranges.push((span, first_tok..all_toks.len(), any && all_headline));
        }
        attach_lowers(&owned_lowers, &mut all_toks, &mut lower_arena);
        let para_toks: Vec<ParaToks> = para_ranges
            .into_iter()
            .map(|(span, range, headline)| ParaToks {
                span,
                toks: all_toks.get(range).unwrap_or(&[]),
                headline,
            })
            .collect();
        pairer.finish();
        let mut raws = std::mem::take(&mut pairer.out);
        raws.sort_by_key(|r| r.open.start);

        let mut used: Vec<(usize, Option<Span>)> = Vec::new();
        let mut quotes = marked::analyse(text, lex, &para_toks, raws, &mut used);
        used.sort_unstable();
        let mut term_ends: Vec<usize> = quotes
            .iter()
            .filter(|q| q.kind == claimsheet_core::QuoteKind::Term)
            .map(|q| q.span.end)
            .collect();
        term_ends.sort_unstable();
        let mut quoted: Vec<Span> = quotes.iter().map(|q| q.span).collect();
        quoted.sort();
        let inside_quote = |byte: usize| {
            let i = quoted.partition_point(|s| s.start <= byte);
            i > 0 && quoted[i - 1].end > byte
        };
        let cue_used = |byte: usize| {
            let i = used.partition_point(|&(b, _)| b < byte);
            used.get(i).filter(|&&(b, _)| b == byte).map(|&(_, m)| m)
        };
        let term_ends_at = |byte: usize| term_ends.binary_search(&byte).is_ok();
        let marked = crate::reported::Marked {
            inside_quote: &inside_quote,
            cue_used: &cue_used,
            term_ends_at: &term_ends_at,
        };

        // Reported speech, sentence by sentence.
        let mut indirect = Vec::new();
        for sent in sents.iter().filter(|s| s.kind == SentenceKind::Body) {
            let p = paras.partition_point(|p| p.start <= sent.span.start);
            let Some(pt) = p.checked_sub(1).and_then(|i| para_toks.get(i)) else { continue };
            if sent.span.end > pt.span.end {
                continue;
            }
            let lo = tok_at(pt.toks, sent.span.start);
            let hi = tok_at(pt.toks, sent.span.end);
            if lo >= hi {
                continue;
            }
            let g = Grammar { text, lex, toks: &pt.toks[..hi] };
            crate::reported::sentence(&g, lo, hi, &marked, &mut indirect);
        }
        quotes.extend(indirect);
        quotes.sort_by_key(|q| (q.span.start, q.span.end));
        quotes
    }
}
