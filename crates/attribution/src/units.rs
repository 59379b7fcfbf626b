//! Sentence units the resolver walks over: the segmenter's sentences, or a
//! simple split of the text when none were given.

use claimsheet_core::{Paragraph, Sentence, SentenceKind, Span};

/// One sentence-like unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    pub span: Span,
    pub paragraph: usize,
    pub kind: SentenceKind,
}

/// Units in text order. Given sentences are used as they are (invalid spans
/// dropped, sorted); with none, paragraphs (or blank-line blocks) are split
/// after `.`, `?`, `!` (and closing marks) followed by space and a capital or
/// an opening mark; a line with no final punctuation is a headline.
pub(crate) fn build_units(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence]) -> Vec<Unit> {
    let mut units: Vec<Unit> = sentences
        .iter()
        .filter(|s| s.span.is_valid_in(text) && !s.span.is_empty())
        .map(|s| Unit { span: s.span, paragraph: s.paragraph, kind: s.kind })
        .collect();
    if !units.is_empty() {
        units.sort_by_key(|u| (u.span.start, u.span.end));
        keep_disjoint(&mut units);
        return units;
    }
    let paras: Vec<Span> = if paragraphs.iter().any(|p| p.span.is_valid_in(text)) {
        paragraphs.iter().map(|p| p.span).filter(|s| s.is_valid_in(text)).collect()
    } else {
        blank_line_blocks(text)
    };
    for (pi, p) in paras.iter().enumerate() {
        split_sentences(text, *p, pi, &mut units);
    }
    units.sort_by_key(|u| u.span.start);
    keep_disjoint(&mut units);
    units
}

/// Drops every unit that overlaps the one kept before it, so a position has one unit.
fn keep_disjoint(units: &mut Vec<Unit>) {
    let mut last_end = 0;
    units.retain(|u| {
        let keep = u.span.start >= last_end;
        if keep {
            last_end = u.span.end;
        }
        keep
    });
}

/// Blocks of text separated by blank lines, trimmed.
pub(crate) fn blank_line_blocks(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    let mut blank_run = false;
    for line in text.split_inclusive('\n') {
        let is_blank = line.trim().is_empty();
        if is_blank && !blank_run {
            let s = Span::new(start, pos).trim(text);
            if !s.is_empty() {
                out.push(s);
            }
            blank_run = true;
        }
        if !is_blank && blank_run {
            start = pos;
            blank_run = false;
        }
        pos += line.len();
    }
    let s = Span::new(start, text.len()).trim(text);
    if !s.is_empty() && !blank_run {
        out.push(s);
    }
    out
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | '»' | ')')
}

fn split_sentences(text: &str, para: Span, pi: usize, out: &mut Vec<Unit>) {
    let Some(s) = text.get(para.start..para.end) else {
        return;
    };
    // Lines inside a paragraph that lack final punctuation are headlines of their own.
    let mut line_start = 0;
    for line in s.split_inclusive('\n') {
        let lspan = Span::new(para.start + line_start, para.start + line_start + line.len()).trim(text);
        line_start += line.len();
        if lspan.is_empty() {
            continue;
        }
        let ltext = &text[lspan.start..lspan.end];
        let last = ltext.chars().last().unwrap_or('.');
        let ends = matches!(last, '.' | '?' | '!' | ':' | ';' | ',') || is_closing(last);
        if !ends {
            out.push(Unit { span: lspan, paragraph: pi, kind: SentenceKind::Headline });
            continue;
        }
        let chars: Vec<(usize, char)> = ltext.char_indices().collect();
        let mut sent_start = 0;
        let mut i = 0;
        while i < chars.len() {
            let (off, c) = chars[i];
            if matches!(c, '.' | '?' | '!') {
                let mut j = i + 1;
                while j < chars.len() && is_closing(chars[j].1) {
                    j += 1;
                }
                let next_is_space = chars.get(j).is_some_and(|c| c.1.is_whitespace());
                let mut k = j;
                while k < chars.len() && chars[k].1.is_whitespace() {
                    k += 1;
                }
                let next_starts =
                    chars.get(k).is_some_and(|c| c.1.is_uppercase() || matches!(c.1, '"' | '“' | '‘'));
                let word_before: String =
                    ltext[..off].chars().rev().take_while(|c| c.is_alphabetic()).collect();
                let abbrev = c == '.'
                    && (word_before.chars().count() == 1
                        || matches!(
                            word_before.chars().rev().collect::<String>().as_str(),
                            "Mr" | "Mrs"
                                | "Ms"
                                | "Dr"
                                | "Prof"
                                | "St"
                                | "Gen"
                                | "Sen"
                                | "Rep"
                                | "Gov"
                                | "Lt"
                                | "Col"
                                | "Jr"
                                | "Sr"
                        ));
                if next_is_space && next_starts && !abbrev {
                    let end = chars.get(j).map_or(ltext.len(), |c| c.0);
                    let sp = Span::new(lspan.start + sent_start, lspan.start + end).trim(text);
                    if !sp.is_empty() {
                        out.push(Unit { span: sp, paragraph: pi, kind: SentenceKind::Body });
                    }
                    sent_start = chars.get(k).map_or(ltext.len(), |c| c.0);
                    i = k;
                    continue;
                }
            }
            i += 1;
        }
        let sp = Span::new(lspan.start + sent_start, lspan.end).trim(text);
        if !sp.is_empty() {
            out.push(Unit { span: sp, paragraph: pi, kind: SentenceKind::Body });
        }
    }
}

/// Index of the unit holding byte `pos` (the last unit starting at or before it).
pub(crate) fn unit_at(units: &[Unit], pos: usize) -> Option<usize> {
    let i = units.partition_point(|u| u.span.start <= pos);
    i.checked_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallback_split() {
        let text =
            "Headline Here\n\nMr. Trump said it. “We will,” he said. U.S. officials agreed.\n\nNext one.";
        let units = build_units(text, &[], &[]);
        let got: Vec<&str> = units.iter().map(|u| &text[u.span.start..u.span.end]).collect();
        assert_eq!(
            got,
            [
                "Headline Here",
                "Mr. Trump said it.",
                "“We will,” he said.",
                "U.S. officials agreed.",
                "Next one."
            ]
        );
        assert_eq!(units[0].kind, SentenceKind::Headline);
        assert_eq!(units[4].paragraph, 2);
    }
}
