//! Interview and press-conference transcripts: turns written `Name: text`.
//!
//! A turn's words are a direct statement by its speaker even without
//! quotation marks, so the quote extractor may not report them. A line is a
//! turn when it starts with a label of one to four capitalised words (or `Q`,
//! `A`) followed by a colon and text, and either the label labels at least two
//! lines of the article, or the line's neighbour paragraph is a turn too. The
//! first paragraph (the headline) is never a turn, nor a line whose text lacks
//! final punctuation (a title like `Frank Messina: An Interview ...`), nor a
//! caption (`... Image: ...`). Paragraphs after a turn with no label of their
//! own continue it, until a headline-like line or a caption.

use crate::lexicon::HashMap;
use crate::lexicon::Lexicon;
use crate::units::blank_line_blocks;
use claimsheet_core::{Document, Paragraph, Quote, QuoteKind, Span};

/// One turn of a transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranscriptTurn {
    /// The speaker label as written ("NickBos", "Wikinews", "Q"); for a
    /// continuation paragraph, the label of the turn it continues.
    pub label: Span,
    /// The speaker's name: the label with joined words split ("NickBos" ->
    /// "Nick Bos"); `None` for the anonymous `Q` and `A`.
    pub speaker: Option<String>,
    /// The turn's text after the colon, trimmed.
    pub text: Span,
    /// The text ends with a question mark (an interviewer's question, usually).
    pub question: bool,
    /// A paragraph with no label of its own, continuing the previous turn.
    pub continuation: bool,
}

impl TranscriptTurn {
    /// The turn as a direct quote whose speaker mention is its label (no cue),
    /// ready to be merged into the quote extractor's quotes before
    /// [`AttributionResolver::run`](crate::AttributionResolver::run).
    pub fn to_quote(&self) -> Quote {
        Quote {
            span: self.text,
            parts: vec![self.text],
            kind: QuoteKind::Direct,
            paragraphs: 1,
            cue: None,
            speaker_mention: Some(self.label),
        }
    }
}

/// "NickBos" -> "Nick Bos", "WilliamSSaturn" -> "William S Saturn", "TinaMcKenzie" -> "Tina McKenzie".
pub fn split_camel(label: &str) -> String {
    let chars: Vec<char> = label.chars().collect();
    let mut out = String::with_capacity(label.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && c.is_uppercase() && !out.ends_with(' ') {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            let after_mc = out.ends_with("Mc") && (out.len() == 2 || out.ends_with(" Mc"))
                || out.ends_with("Mac") && (out.len() == 3 || out.ends_with(" Mac"));
            let boundary = prev.is_lowercase() || prev.is_uppercase() && next_lower;
            if boundary && !after_mc && prev.is_alphabetic() {
                out.push(' ');
            }
        }
        out.push(c);
    }
    out
}

/// The longest speaker label, in bytes.
const MAX_LABEL_BYTES: usize = 40;

/// A label at the start of `line`: its length in bytes (without the colon).
fn label_len(lex: &Lexicon, line: &str) -> Option<usize> {
    // The line's first colon, looked for only where a label may end: a
    // paragraph of prose is one long line, and most hold no label.
    let colon = line.as_bytes().iter().take(MAX_LABEL_BYTES + 1).position(|&b| b == b':')?;
    let label = line.get(..colon)?;
    if label.is_empty() || label.len() > MAX_LABEL_BYTES || label != label.trim() {
        return None;
    }
    let rest = line[colon + 1..].trim_start();
    if rest.is_empty() || !line[colon + 1..].starts_with(char::is_whitespace) {
        return None;
    }
    if matches!(label, "Q" | "A") {
        return Some(colon);
    }
    let words: Vec<&str> = label.split(' ').collect();
    if words.len() > 4 {
        return None;
    }
    for (i, w) in words.iter().enumerate() {
        let first = w.chars().next()?;
        if !first.is_uppercase() {
            return None;
        }
        if !w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.')) {
            return None;
        }
        // Only initials carry a dot ("William S. Saturn").
        if w.contains('.') && !(w.chars().count() == 2 && w.ends_with('.')) {
            return None;
        }
        let lower = w.to_lowercase();
        if i == 0 && lex.stopwords.contains(&lower)
            || matches!(lower.as_str(), "image" | "photo" | "file" | "video" | "source")
        {
            return None;
        }
    }
    Some(colon)
}

fn ends_like_prose(s: &str) -> bool {
    s.trim_end().chars().last().is_some_and(|c| {
        matches!(c, '.' | '?' | '!' | ':' | ';' | ',' | '"' | '”' | '’' | '\'' | ')' | '-' | '—' | '…')
    })
}

/// The transcript turns of `doc`, in text order.
pub(crate) fn turns(lex: &Lexicon, doc: &Document, paragraphs: &[Paragraph]) -> Vec<TranscriptTurn> {
    let text = doc.text.as_str();
    let paras: Vec<Span> = if paragraphs.iter().any(|p| p.span.is_valid_in(text)) {
        paragraphs.iter().map(|p| p.span).filter(|s| s.is_valid_in(text) && !s.is_empty()).collect()
    } else {
        blank_line_blocks(text)
    };
    // Candidate lines: (paragraph index, label span, text span).
    let mut cands: Vec<(usize, Span, Span)> = Vec::new();
    for (pi, p) in paras.iter().enumerate().skip(1) {
        let Some(ptext) = text.get(p.start..p.end) else { continue };
        // Its lines, each with its '\n' (as `split_inclusive`); found with the
        // memchr crate's vector search, since a paragraph of prose is one
        // long line and std's byte search cost more than the rest of this pass.
        let mut off = 0;
        while off < ptext.len() {
            let end = memchr::memchr(b'\n', ptext.as_bytes().get(off..).unwrap_or_default())
                .map_or(ptext.len(), |n| off + n + 1);
            let Some(line) = ptext.get(off..end) else { break };
            let lstart = p.start + off;
            off = end;
            let trimmed = line.trim_end();
            if let Some(n) = label_len(lex, trimmed) {
                let label = Span::new(lstart, lstart + n);
                let body = Span::new(lstart + n + 1, lstart + trimmed.len()).trim(text);
                if !body.is_empty() && !trimmed.contains(" Image:") {
                    cands.push((pi, label, body));
                }
            }
        }
    }
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for (_, l, _) in &cands {
        *counts.entry(text.get(l.start..l.end).unwrap_or("")).or_insert(0) += 1;
    }
    let para_has: Vec<bool> = {
        let mut v = vec![false; paras.len()];
        for (pi, _, _) in &cands {
            v[*pi] = true;
        }
        v
    };
    let accepted: Vec<(usize, Span, Span)> = cands
        .into_iter()
        .filter(|(pi, l, body)| {
            let label = text.get(l.start..l.end).unwrap_or("");
            let repeated = counts.get(label).copied().unwrap_or(0) >= 2 || matches!(label, "Q" | "A");
            let neighbour = para_has.get(pi.wrapping_sub(1)).copied().unwrap_or(false)
                || para_has.get(pi + 1).copied().unwrap_or(false);
            let prose = text.get(body.start..body.end).is_some_and(ends_like_prose);
            prose && (repeated || neighbour)
        })
        .collect();
    let mut out: Vec<TranscriptTurn> = Vec::new();
    let speaker_of =
        |label: &str| -> Option<String> { (!matches!(label, "Q" | "A")).then(|| split_camel(label)) };
    let mut next = 0;
    let mut current: Option<(Span, Option<String>)> = None;
    for (pi, p) in paras.iter().enumerate() {
        let mut had_turn = false;
        while next < accepted.len() && accepted[next].0 == pi {
            let (_, l, body) = accepted[next];
            next += 1;
            let label = text.get(l.start..l.end).unwrap_or("");
            let speaker = speaker_of(label);
            let question = text.get(body.start..body.end).is_some_and(|s| s.trim_end().ends_with('?'));
            out.push(TranscriptTurn {
                label: l,
                speaker: speaker.clone(),
                text: body,
                question,
                continuation: false,
            });
            current = Some((l, speaker));
            had_turn = true;
        }
        // A paragraph without a label only continues a turn under way (and
        // with none under way, there is nothing for its test to end).
        if had_turn || current.is_none() {
            continue;
        }
        let ptext = text.get(p.start..p.end).unwrap_or("");
        if !ends_like_prose(ptext) || ptext.contains("Image:") {
            current = None;
            continue;
        }
        if let Some((l, speaker)) = &current {
            out.push(TranscriptTurn {
                label: *l,
                speaker: speaker.clone(),
                text: *p,
                question: ptext.trim_end().ends_with('?'),
                continuation: true,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_labels_split() {
        for (label, want) in [
            ("NickBos", "Nick Bos"),
            ("WilliamSSaturn", "William S Saturn"),
            ("TinaMcKenzie", "Tina McKenzie"),
            ("Wikinews", "Wikinews"),
            ("David Bos", "David Bos"),
            ("MarymeganDaly", "Marymegan Daly"),
        ] {
            assert_eq!(split_camel(label), want, "{label}");
        }
    }

    #[test]
    fn turns_of_an_interview() {
        let lex = Lexicon::load().expect("lists load");
        let text = "Frank Messina: An Interview with the Poet\n\nThe poet spoke to us.\n\n\
                    Wikinews: What first attracted you to ants?\n\nNickBos: I liked them.\n\n\
                    We kept many animals.\n\nThe headlines\n\nShe continued: \"No.\"\n\n\
                    Wikinews: Why?\n\nNickBos: Because.";
        let doc = Document::new("t", text);
        let got: Vec<(String, &str, bool, bool)> = turns(&lex, &doc, &[])
            .iter()
            .map(|t| {
                (
                    t.speaker.clone().unwrap_or_default(),
                    &text[t.text.start..t.text.end],
                    t.question,
                    t.continuation,
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("Wikinews".to_string(), "What first attracted you to ants?", true, false),
                ("Nick Bos".to_string(), "I liked them.", false, false),
                ("Nick Bos".to_string(), "We kept many animals.", false, true),
                ("Wikinews".to_string(), "Why?", true, false),
                ("Nick Bos".to_string(), "Because.", false, false),
            ]
        );
    }
}
