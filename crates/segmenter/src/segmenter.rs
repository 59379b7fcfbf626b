//! Paragraphs, headline and boilerplate lines, and the runs of body text between them.

use std::sync::Arc;

use claimsheet_core::{Document, Paragraph, Sentence, SentenceKind, Span};

use crate::chars::{is_bullet, is_closer, is_dash, is_terminal, Start};
use crate::lexicon::Lexicon;
use crate::sentences::{tokenize, SentenceSplitter, Token};
use crate::{Error, SegmenterConfig};

/// Lines longer than this (in bytes) are never boilerplate.
const MAX_BOILERPLATE_LEN: usize = 300;

/// The segmenter's result for one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences, headlines and boilerplate lines in text order, non-overlapping.
    pub sentences: Vec<Sentence>,
}

/// Splits documents into paragraphs and sentences. Cheap to clone and share across threads.
#[derive(Debug, Clone)]
pub struct Segmenter {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    lexicon: Lexicon,
    headline_max_words: usize,
}

/// Bytes of a long run split at a time.
const WINDOW_BYTES: usize = 64 << 10;
/// Tokens at the end of a window whose boundaries may need look-ahead past it.
const LOOKAHEAD_MARGIN: usize = 8;

/// The end of a window of about `window` bytes from `pos`: at a whitespace char (so no
/// token is cut), or `end`.
fn window_end(text: &str, pos: usize, end: usize, window: usize) -> usize {
    let mut want = pos.saturating_add(window);
    if want >= end {
        return end;
    }
    while want < end && !text.is_char_boundary(want) {
        want += 1;
    }
    text.get(want..end)
        .and_then(|rest| rest.char_indices().find(|(_, c)| c.is_whitespace()))
        .map_or(end, |(i, _)| want + i)
}

/// Buffers reused across the runs of a document, and across the documents a
/// thread segments (see [`SCRATCH`]).
#[derive(Default)]
struct Scratch {
    tokens: Vec<Token>,
    units: Vec<(usize, usize)>,
}

thread_local! {
    /// Each thread's [`Scratch`]: the token buffer is the segmenter's largest
    /// allocation, and allocating it afresh for every document costs more than
    /// the rest of a short article's segmenting bookkeeping. It holds at most a
    /// window's tokens.
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// A line without its line break: byte offsets.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

/// The first LF or CR at or after `from`. Eight bytes are tested at a time
/// (a line is usually a whole paragraph of scraped text, hundreds of bytes).
fn next_line_break(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    const LF: u64 = u64::from_le_bytes([b'\n'; 8]);
    const CR: u64 = u64::from_le_bytes([b'\r'; 8]);
    // High bit set in the lowest zero byte of `v` (bits above it may be set
    // wrongly by the borrow, but never below it).
    let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut at = from;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        let hits = zero_byte(v ^ LF) | zero_byte(v ^ CR);
        if hits != 0 {
            return Some(at + (hits.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&b| b == b'\n' || b == b'\r').map(|n| at + n)
}

/// The lines of `text`, ended by LF, CRLF or a lone CR.
fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    // Room for lines of 64 bytes on average, so most texts never grow the vector;
    // capped, so a huge one-line text does not reserve a quarter of its size.
    let mut lines = Vec::with_capacity((bytes.len() / 64 + 2).min(1 << 16));
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the next line break.
        match next_line_break(bytes, i) {
            Some(at) => i = at,
            None => break,
        }
        match bytes[i] {
            b'\n' => {
                lines.push(Line { start, end: i });
                start = i + 1;
            }
            b'\r' => {
                lines.push(Line { start, end: i });
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    lines.push(Line { start, end: bytes.len() });
    lines
}

fn trimmed(text: &str, start: usize, end: usize) -> Span {
    Span::new(start, end).trim(text)
}

/// True when a line's trimmed text begins a list item ("- ", "• ", "1. ").
fn starts_list_item(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or("");
    let bullet = first.chars().all(|c| is_bullet(c) || is_dash(c) || c == '*');
    let numbered = first.len() <= 4
        && first.starts_with(|c: char| c.is_ascii_digit())
        && first.trim_start_matches(|c: char| c.is_ascii_digit()).chars().all(|c| c == '.' || c == ')')
        && first.ends_with(['.', ')']);
    (bullet && words.next().is_some()) || first.starts_with(is_bullet) || numbered
}

impl Segmenter {
    /// Builds a segmenter, reading the word lists once.
    ///
    /// Fails only when an entry of the config (or a built-in list) is malformed.
    pub fn new(config: &SegmenterConfig) -> Result<Segmenter, Error> {
        let lexicon = Lexicon::new(config)?;
        Ok(Segmenter { inner: Arc::new(Inner { lexicon, headline_max_words: config.headline_max_words }) })
    }

    /// Segments one document. Never fails; linear in the length of the text.
    pub fn run(&self, doc: &Document) -> Segmentation {
        let text = doc.text.as_str();
        let lines = lines(text);
        let blank: Vec<bool> =
            lines.iter().map(|l| text.get(l.start..l.end).map_or(true, |s| s.trim().is_empty())).collect();
        // Blocks of non-blank lines. With only one block the text has no blank
        // lines between paragraphs, and each line is a paragraph.
        let mut blocks = Vec::with_capacity(lines.len() / 2 + 1);
        let mut i = 0;
        while i < lines.len() {
            if blank[i] {
                i += 1;
                continue;
            }
            let start = i;
            while i < lines.len() && !blank[i] {
                i += 1;
            }
            blocks.push(start..i);
        }
        if blocks.len() == 1 {
            let only = blocks[0].clone();
            blocks = only.map(|i| i..i + 1).collect();
        }

        // Every block holds at least one unit.
        let mut out = Segmentation {
            paragraphs: Vec::with_capacity(blocks.len()),
            // News prose has a sentence every 100 bytes or more: room for one
            // every 64, so the vector rarely grows (each growth copies it).
            sentences: Vec::with_capacity(2 * blocks.len() + text.len() / 64),
        };
        // The thread's buffers, or fresh ones if those are out of reach (thread teardown).
        let reused = SCRATCH.try_with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => {
                self.blocks(text, &lines, &blocks, &mut out, &mut scratch);
                true
            }
            Err(_) => false,
        });
        if !matches!(reused, Ok(true)) {
            self.blocks(text, &lines, &blocks, &mut out, &mut Scratch::default());
        }
        out
    }

    /// Segments the paragraphs given as blocks of `lines`.
    fn blocks(
        &self,
        text: &str,
        lines: &[Line],
        blocks: &[std::ops::Range<usize>],
        out: &mut Segmentation,
        scratch: &mut Scratch,
    ) {
        for block in blocks {
            let Some(group) = lines.get(block.clone()) else { continue };
            let (Some(first), Some(last)) = (group.first(), group.last()) else {
                continue;
            };
            let paragraph = out.paragraphs.len();
            out.paragraphs.push(Paragraph { span: trimmed(text, first.start, last.end) });
            self.paragraph(text, group, paragraph, &mut out.sentences, scratch);
        }
    }

    /// Classifies the lines of one paragraph and splits its body text.
    fn paragraph(
        &self,
        text: &str,
        lines: &[Line],
        paragraph: usize,
        out: &mut Vec<Sentence>,
        scratch: &mut Scratch,
    ) {
        // The first and last line of the body text gathered so far.
        let mut run: Option<(usize, usize)> = None;
        for (i, line) in lines.iter().enumerate() {
            let span = trimmed(text, line.start, line.end);
            let s = text.get(span.start..span.end).unwrap_or("");
            if s.len() <= MAX_BOILERPLATE_LEN && self.inner.lexicon.is_boilerplate(s) {
                self.flush(text, run.take(), paragraph, out, scratch);
                out.push(Sentence { span, kind: SentenceKind::Boilerplate, paragraph });
                continue;
            }
            if run.is_none() {
                // Leading lines without final punctuation are headlines, when the next
                // line opens like a sentence (not a hard-wrapped continuation).
                let next_opens = match lines.get(i + 1) {
                    None => true,
                    Some(next) => {
                        let next = trimmed(text, next.start, next.end);
                        let start = Start::of(text.get(next.start..next.end).unwrap_or(""));
                        start.may_open_sentence() || start == Start::Digit
                    }
                };
                if next_opens && self.is_headline_shaped(s) && self.is_one_unit(text, span, scratch) {
                    out.push(Sentence { span, kind: SentenceKind::Headline, paragraph });
                    continue;
                }
            } else if starts_list_item(s) {
                self.flush(text, run.take(), paragraph, out, scratch);
            }
            run = Some(match run {
                Some((start, _)) => (start, span.end),
                None => (span.start, span.end),
            });
        }
        self.flush(text, run, paragraph, out, scratch);
    }

    /// A line with no final punctuation, not cut off by a comma, colon or dash,
    /// and short enough to be a title.
    fn is_headline_shaped(&self, line: &str) -> bool {
        let body = line.trim_end_matches(is_closer);
        match body.chars().next_back() {
            None => false,
            Some(c) if is_terminal(c) || is_dash(c) || matches!(c, ',' | ';' | ':') => false,
            Some(_) => {
                line.split_whitespace().take(self.inner.headline_max_words + 1).count()
                    <= self.inner.headline_max_words
            }
        }
    }

    /// True when the sentence rules find a single unit in `span`.
    fn is_one_unit(&self, text: &str, span: Span, scratch: &mut Scratch) -> bool {
        tokenize(text, span.start, span.end, &mut scratch.tokens);
        scratch.units.clear();
        SentenceSplitter { lexicon: &self.inner.lexicon }.split(text, &scratch.tokens, &mut scratch.units);
        scratch.units.len() == 1
    }

    /// Splits the body text `run` (byte offsets) into sentences.
    fn flush(
        &self,
        text: &str,
        run: Option<(usize, usize)>,
        paragraph: usize,
        out: &mut Vec<Sentence>,
        scratch: &mut Scratch,
    ) {
        let Some((start, end)) = run else {
            return;
        };
        // A long run is split a window at a time, so the token buffer stays small and
        // in cache: a 10 MB paragraph costs ten times a 1 MB one. The units of a window
        // are kept up to the last one that ends before its final tokens (whose
        // boundaries were decided without their look-ahead); the next window starts
        // there. A window with no such unit doubles, so the work stays linear.
        let splitter = SentenceSplitter { lexicon: &self.inner.lexicon };
        let mut pos = start;
        let mut window = WINDOW_BYTES;
        while pos < end {
            let stop = window_end(text, pos, end, window);
            tokenize(text, pos, stop, &mut scratch.tokens);
            scratch.units.clear();
            splitter.split(text, &scratch.tokens, &mut scratch.units);
            let emit = |units: &[(usize, usize)], out: &mut Vec<Sentence>| {
                out.extend(units.iter().map(|&(s, e)| Sentence {
                    span: Span::new(s, e),
                    kind: SentenceKind::Body,
                    paragraph,
                }));
            };
            if stop >= end {
                emit(&scratch.units, out);
                return;
            }
            let settled_before = scratch
                .tokens
                .len()
                .checked_sub(LOOKAHEAD_MARGIN)
                .and_then(|i| scratch.tokens.get(i))
                .map_or(pos, |t| t.start);
            let keep = scratch.units.iter().take_while(|&&(_, e)| e <= settled_before).count();
            match scratch.units.get(keep) {
                Some(&(next, _)) if keep > 0 => {
                    emit(&scratch.units[..keep], out);
                    pos = next;
                    window = WINDOW_BYTES;
                }
                _ => window = window.saturating_mul(2),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_are_found_like_a_byte_by_byte_search() {
        let text = "ab\rcdefghijklmnopq\n\n\r\nrstuvwxyz0123456789\u{2028}é\n".repeat(3);
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() + 1 {
            let naive = bytes.get(from..).and_then(|r| r.iter().position(|&b| b == b'\n' || b == b'\r'));
            assert_eq!(next_line_break(bytes, from), naive.map(|n| from + n), "{from}");
        }
    }

    #[test]
    fn windowed_splitting_of_a_long_run_equals_splitting_it_whole() {
        let seed = include_str!("../../../fixtures/articles/seed/istanbul-talks-drone-strike.txt");
        let sample = concat!(
            "Mr. J. K. Smith arrived at 5 p.m. He said “We will not go. We will fight,” and left. ",
            "The U.S. Dept. of State said... nothing. Was it 3.5 per cent? No. ",
            "1. First item 2. Second item. Visit example.com/a.b or mail a.b@c.org today. ",
        );
        let body: String =
            seed.split_whitespace().chain(sample.split_whitespace()).collect::<Vec<_>>().join(" ");
        let text = std::iter::repeat(body.as_str()).take(80).collect::<Vec<_>>().join(" ");
        assert!(text.len() > 4 * WINDOW_BYTES);
        let seg = Segmenter::new(&SegmenterConfig::default()).expect("default config builds");
        let mut scratch = Scratch::default();
        let mut windowed = Vec::new();
        seg.flush(&text, Some((0, text.len())), 0, &mut windowed, &mut scratch);
        let mut tokens = Vec::new();
        tokenize(&text, 0, text.len(), &mut tokens);
        let mut whole = Vec::new();
        SentenceSplitter { lexicon: &seg.inner.lexicon }.split(&text, &tokens, &mut whole);
        let windowed: Vec<(usize, usize)> = windowed.iter().map(|s| (s.span.start, s.span.end)).collect();
        assert!(whole.len() > 1000);
        assert_eq!(windowed, whole);
    }

    #[test]
    fn a_run_without_boundaries_longer_than_a_window_is_one_unit() {
        let text = "word ".repeat(3 * WINDOW_BYTES / 5);
        let seg = Segmenter::new(&SegmenterConfig::default()).expect("default config builds");
        let mut out = Vec::new();
        seg.flush(&text, Some((0, text.len())), 0, &mut out, &mut Scratch::default());
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].span, Span::new(0, text.len() - 1));
    }

    fn segment(text: &str) -> Vec<(&'static str, String)> {
        let segmenter = Segmenter::new(&SegmenterConfig::default()).expect("default config is valid");
        let doc = Document::new("t", text);
        let seg = segmenter.run(&doc);
        seg.sentences.iter().map(|s| (s.kind.as_str(), doc.slice(s.span).to_string())).collect()
    }

    #[test]
    fn kinds_case_table() {
        let table: &[(&str, &[(&str, &str)])] = &[
            (
                "No Ceasefire Progress\n\nTalks failed. Both sides left.",
                &[
                    ("headline", "No Ceasefire Progress"),
                    ("body", "Talks failed."),
                    ("body", "Both sides left."),
                ],
            ),
            (
                "Tuesday, September 22, 2015\n\nText.",
                &[("headline", "Tuesday, September 22, 2015"), ("body", "Text.")],
            ),
            (
                "Ukraine Strikes Back: Drones Target Russian Bomber Fleet\n\nText.",
                &[
                    ("headline", "Ukraine Strikes Back: Drones Target Russian Bomber Fleet"),
                    ("body", "Text."),
                ],
            ),
            (
                "Formica fusca, from file. Image: Mathias Krumbholz.\n\nText.",
                &[
                    ("body", "Formica fusca, from file."),
                    ("body", "Image: Mathias Krumbholz."),
                    ("body", "Text."),
                ],
            ),
            (
                "Read more: Erdogan Offers to Host Summit\n\nComments are closed, but trackbacks are open.",
                &[
                    ("boilerplate", "Read more: Erdogan Offers to Host Summit"),
                    ("boilerplate", "Comments are closed, but trackbacks are open."),
                ],
            ),
            // a line cut off by a comma, colon or dash is not a headline
            ("Rathbun stated,\n\n\"No.\"", &[("body", "Rathbun stated,"), ("body", "\"No.\"")]),
            (
                "Rebecca: Depending on the election year --\n\nBill: Yes.",
                &[("body", "Rebecca: Depending on the election year --"), ("body", "Bill: Yes.")],
            ),
            // a list line without final punctuation is items, not a headline
            (
                "1. The first item 2. The second item",
                &[("body", "1. The first item"), ("body", "2. The second item")],
            ),
            // a title on the line above its text, with no blank line between
            (
                "Stalemate Continues\nThe war goes on.\nIt will not end\nsoon.\n\nNext.",
                &[
                    ("headline", "Stalemate Continues"),
                    ("body", "The war goes on."),
                    ("body", "It will not end\nsoon."),
                    ("body", "Next."),
                ],
            ),
            // a hard-wrapped line is not a headline
            ("It will not end\nsoon.\n\nNext.", &[("body", "It will not end\nsoon."), ("body", "Next.")]),
            // list items on their own lines
            (
                "Key points:\n- one\n- two\n\nEnd.",
                &[("body", "Key points:"), ("body", "- one"), ("body", "- two"), ("body", "End.")],
            ),
            // with no blank lines, each line is a paragraph
            (
                "Title Here\nFirst sentence. Second one.\nAdvertisement\nLast line.",
                &[
                    ("headline", "Title Here"),
                    ("body", "First sentence."),
                    ("body", "Second one."),
                    ("boilerplate", "Advertisement"),
                    ("body", "Last line."),
                ],
            ),
        ];
        for (text, expected) in table {
            let got = segment(text);
            let expected: Vec<(&str, String)> = expected.iter().map(|&(k, s)| (k, s.to_string())).collect();
            assert_eq!(got, expected, "{text:?}");
        }
    }

    #[test]
    fn paragraphs_follow_blank_lines_in_any_line_ending() {
        let segmenter = Segmenter::new(&SegmenterConfig::default()).expect("default config is valid");
        for text in ["A b.\n\nC d.\n \nE f.", "A b.\r\n\r\nC d.\r\n \r\nE f.", "A b.\r\rC d.\r \rE f."] {
            let doc = Document::new("t", text);
            let seg = segmenter.run(&doc);
            let paragraphs: Vec<&str> = seg.paragraphs.iter().map(|p| doc.slice(p.span)).collect();
            assert_eq!(paragraphs, ["A b.", "C d.", "E f."], "{text:?}");
            let indices: Vec<usize> = seg.sentences.iter().map(|s| s.paragraph).collect();
            assert_eq!(indices, [0, 1, 2]);
        }
    }

    #[test]
    fn empty_and_blank_documents_have_nothing() {
        let segmenter = Segmenter::new(&SegmenterConfig::default()).expect("default config is valid");
        for text in ["", " ", "\n\n\r\n", "\u{a0}\u{2028}"] {
            let seg = segmenter.run(&Document::new("t", text));
            assert!(seg.paragraphs.is_empty() && seg.sentences.is_empty(), "{text:?}");
        }
    }

    #[test]
    fn segmenter_is_send_sync_clone() {
        fn assert_traits<T: Send + Sync + Clone>() {}
        assert_traits::<Segmenter>();
    }
}
