//! Paragraphs, headline and boilerplate lines, and the runs of body text between them.

use std::sync::Arc;

use claimsheet_core::{Document, Paragraph, Sentence, SentenceKind, Span};

use crate::chars::{is_bullet, is_dash, is_terminal, Start, CLOSERS};
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

/// Buffers reused across the runs of one document.
#[derive(Default)]
struct Scratch {
    tokens: Vec<Token>,
    units: Vec<(usize, usize)>,
}

/// A line without its line break: byte offsets.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

/// The lines of `text`, ended by LF, CRLF or a lone CR.
fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the next line break.
        match bytes[i..].iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(n) => i += n,
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
        let mut blocks = Vec::new();
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

        let mut out = Segmentation::default();
        let mut scratch = Scratch::default();
        for block in blocks {
            let group = &lines[block];
            let (Some(first), Some(last)) = (group.first(), group.last()) else {
                continue;
            };
            let paragraph = out.paragraphs.len();
            out.paragraphs.push(Paragraph { span: trimmed(text, first.start, last.end) });
            self.paragraph(text, group, paragraph, &mut out.sentences, &mut scratch);
        }
        out
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
        let body = line.trim_end_matches(CLOSERS);
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
        tokenize(text, start, end, &mut scratch.tokens);
        scratch.units.clear();
        SentenceSplitter { lexicon: &self.inner.lexicon }.split(text, &scratch.tokens, &mut scratch.units);
        out.extend(scratch.units.iter().map(|&(s, e)| Sentence {
            span: Span::new(s, e),
            kind: SentenceKind::Body,
            paragraph,
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
