//! A plain-text stand-in for the segmenter, for tests and quick use.

use crate::lexicon::Lexicon;
use claimsheet_core::{Paragraph, Sentence, SentenceKind, Span};

/// Paragraphs from blank lines; sentences split after `.`, `?`, `!` (and any
/// closing marks) before an upper-case letter, digit or opening mark, except
/// after abbreviations ("Mr.", "U.S.") and initials. A one-line paragraph
/// without final punctuation is a headline.
pub(crate) fn segment(text: &str, lex: &Lexicon) -> (Vec<Paragraph>, Vec<Sentence>) {
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    let mut block: Option<(usize, usize, usize)> = None; // start, end, lines
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        if line.trim().is_empty() {
            if let Some(b) = block.take() {
                push_paragraph(text, lex, b, &mut paragraphs, &mut sentences);
            }
        } else {
            block = Some(match block {
                Some((s, _, n)) => (s, pos, n + 1),
                None => (start, pos, 1),
            });
        }
    }
    if let Some(b) = block {
        push_paragraph(text, lex, b, &mut paragraphs, &mut sentences);
    }
    (paragraphs, sentences)
}

fn push_paragraph(
    text: &str,
    lex: &Lexicon,
    (start, end, lines): (usize, usize, usize),
    paragraphs: &mut Vec<Paragraph>,
    sentences: &mut Vec<Sentence>,
) {
    let span = Span::new(start, end).trim(text);
    if span.is_empty() {
        return;
    }
    let index = paragraphs.len();
    paragraphs.push(Paragraph { span });
    let body = &text[span.start..span.end];
    let last = body.chars().next_back().unwrap_or('.');
    if lines == 1 && !matches!(last, '.' | '!' | '?' | '…' | '”' | '"' | '’' | '\'' | ')' | ':' | '»')
    {
        sentences.push(Sentence { span, kind: SentenceKind::Headline, paragraph: index });
        return;
    }
    let mut s_start = span.start;
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') && !(c == '.' && abbreviation_before(body, at, lex)) {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '”' | '’' | '"' | '\'' | ')' | '»') {
                j += 1;
            }
            let end = chars.get(j).map_or(body.len(), |&(b, _)| b);
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            if k > j && k < chars.len() {
                let n = chars[k].1;
                if n.is_uppercase() || n.is_ascii_digit() || matches!(n, '“' | '‘' | '"' | '\'' | '«' | '(')
                {
                    let s = Span::new(s_start, span.start + end).trim(text);
                    if !s.is_empty() {
                        sentences.push(Sentence { span: s, kind: SentenceKind::Body, paragraph: index });
                    }
                    s_start = span.start + chars[k].0;
                }
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    let s = Span::new(s_start, span.end).trim(text);
    if !s.is_empty() {
        sentences.push(Sentence { span: s, kind: SentenceKind::Body, paragraph: index });
    }
}

/// True when the full stop at `at` closes an abbreviation or initial.
fn abbreviation_before(body: &str, at: usize, lex: &Lexicon) -> bool {
    let word_start = body[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &body[word_start..at];
    if word.is_empty() {
        return false;
    }
    word.contains('.')
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || lex.abbreviations.contains(&*crate::text::to_lower(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::QuoteConfig;

    #[test]
    fn splits_paragraphs_and_sentences() {
        let lex = Lexicon::new(&QuoteConfig::default()).expect("lists");
        let text =
            "Headline Here\n\nThe U.S. President spoke. “We will win,” he said. “Not now.” Mr. Smith left.\n";
        let (p, s) = segment(text, &lex);
        assert_eq!(p.len(), 2);
        let got: Vec<&str> = s.iter().map(|s| &text[s.span.start..s.span.end]).collect();
        assert_eq!(
            got,
            [
                "Headline Here",
                "The U.S. President spoke.",
                "“We will win,” he said.",
                "“Not now.”",
                "Mr. Smith left."
            ]
        );
        assert_eq!(s[0].kind, SentenceKind::Headline);
    }
}
