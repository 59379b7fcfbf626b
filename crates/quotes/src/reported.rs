//! Reported (indirect) speech: a speaker and a reporting cue introducing a
//! content clause, with no quotation marks.

use crate::grammar::{Cue, Grammar};
use crate::text::{is_sentence_end, Tok};
use claimsheet_core::{Quote, QuoteKind, Span};

/// Fewest words a reported clause must have.
const MIN_CONTENT_WORDS: usize = 2;
/// How far a content clause is searched for an inner boundary, in tokens.
const CONTENT_SCAN: usize = 80;

/// What the quotes in marks tell the reported-speech scan.
pub(crate) struct Marked<'a> {
    /// Whether a byte lies inside a quotation in marks.
    pub inside_quote: &'a dyn Fn(usize) -> bool,
    /// For a cue (by start byte) that a quote in marks uses: its speaker mention.
    pub cue_used: &'a dyn Fn(usize) -> Option<Option<Span>>,
    /// Whether a term quote ends at a byte.
    pub term_ends_at: &'a dyn Fn(usize) -> bool,
}

/// Finds reported speech in the sentence whose tokens are `[lo, hi)` of the paragraph.
pub(crate) fn sentence(g: &Grammar<'_>, lo: usize, hi: usize, marked: &Marked<'_>, out: &mut Vec<Quote>) {
    let inside_quote = marked.inside_quote;
    let toks = g.toks;
    // Drop the final full stop from the sentence's reach.
    let mut end = hi;
    while end > lo && toks[end - 1].punct().is_some_and(|c| matches!(c, '.' | '!' | '?' | '…')) {
        end -= 1;
    }
    let mut last_mention: Option<Span> = None;
    let mut i = lo;
    while i < end {
        let t = &toks[i];
        if !t.is_word() || inside_quote(t.start) {
            i += 1;
            continue;
        }
        let Some(cue) = g.cue_at(i, lo, end) else {
            i += 1;
            continue;
        };
        let next = cue.lead_end.max(i + 1);
        if let Some(mention) = (marked.cue_used)(t.start) {
            last_mention = mention.or(last_mention);
            i = next;
            continue;
        }
        if g.cue_is_not_verb(&cue, lo) {
            i = next;
            continue;
        }
        if let Some(q) = reported(g, &cue, lo, end, last_mention, marked) {
            last_mention = q.speaker_mention.or(last_mention);
            out.push(q);
        }
        i = next;
    }
}

fn words_in(toks: &[Tok], a: usize, b: usize) -> usize {
    toks[a..b].iter().filter(|t| t.is_word()).count()
}

fn span_of(g: &Grammar<'_>, a: usize, b: usize) -> Option<Span> {
    // Trim punctuation at both ends (but keep closing marks that end a quote inside).
    let (mut a, mut b) = (a, b);
    while a < b && g.toks[a].punct().is_some_and(|c| matches!(c, ',' | ':' | ';' | '—' | '–' | '-')) {
        a += 1;
    }
    while b > a && g.toks[b - 1].punct().is_some_and(|c| matches!(c, ',' | ':' | ';' | '—' | '–' | '-' | '.'))
    {
        b -= 1;
    }
    (a < b && words_in(g.toks, a, b) >= MIN_CONTENT_WORDS)
        .then(|| Span::new(g.toks[a].start, g.toks[b - 1].end))
}

fn quote(content: Vec<Span>, cue: Span, mention: Option<Span>) -> Quote {
    let span = content[0].cover(*content.last().unwrap_or(&content[0]));
    Quote {
        span,
        parts: content,
        kind: QuoteKind::Indirect,
        paragraphs: 1,
        cue: Some(cue),
        speaker_mention: mention,
    }
}

fn reported(
    g: &Grammar<'_>,
    cue: &Cue,
    lo: usize,
    end: usize,
    last_mention: Option<Span>,
    marked: &Marked<'_>,
) -> Option<Quote> {
    let inside_quote = marked.inside_quote;
    let toks = g.toks;
    let cue_span = g.span((cue.first, cue.end));
    let comma_before = cue.first > lo && toks[cue.first - 1].punct() == Some(',');

    // "According to the UN, ..." / "..., according to the UN." / "X, according to Y, Z."
    if cue.according {
        let np = g.np_after(cue.end, end, false)?;
        let mention = Some(g.span(np));
        let after_np = np.1;
        let before = if comma_before { span_of(g, lo, cue.first - 1) } else { None };
        let after = if after_np < end && toks[after_np].punct() == Some(',') {
            span_of(g, after_np + 1, end)
        } else {
            None
        };
        let parts: Vec<Span> = match (before, after) {
            (Some(b), Some(a)) if cue.first > lo + 1 => vec![b, a],
            (Some(b), None) => vec![b],
            (None, Some(a)) if !comma_before => vec![a],
            (Some(b), Some(_)) => vec![b],
            _ => {
                if cue.first > lo {
                    vec![span_of(g, lo, cue.first)?]
                } else {
                    return None;
                }
            }
        };
        return Some(quote(parts, cue_span, mention));
    }

    // "..., said the minister." (inverted, at the end of a clause)
    if comma_before && !cue.participle {
        if let Some(np) = g.np_after(cue.end, end, false) {
            if g.trailing_end(np.1, end, false).is_some() && !g.lex.pronouns.contains(&toks[np.0].lower) {
                let content = span_of(g, lo, cue.first - 1)?;
                if !inside_quote(content.start) {
                    return Some(quote(vec![content], cue_span, Some(g.span(np))));
                }
            }
        }
    }

    let mention = match g.speaker_for(cue, lo, end) {
        // "“...,” he said, adding that ...": the speaker of the earlier cue.
        Some(_) if cue.participle && comma_before && last_mention.is_some() => last_mention,
        Some(np) => Some(g.span(np)),
        None if cue.participle && comma_before => last_mention,
        None => None,
    };
    let mention = mention?;

    // "..., officials confirmed." / "..., he told reporters on Monday."
    let mention_start_tok = crate::text::tok_at(toks, mention.start);
    if !cue.participle
        && mention_start_tok > lo
        && toks[mention_start_tok - 1].punct() == Some(',')
        && g.trailing_end(cue.lead_end, end, cue.tell).is_some()
    {
        let content = span_of(g, lo, mention_start_tok - 1)?;
        if inside_quote(content.start) {
            return None;
        }
        return Some(quote(vec![content], cue_span, Some(mention)));
    }

    // Forward: the content clause follows the cue.
    let mut start = cue.lead_end;
    if cue.tell {
        start = skip_listener(g, start, end);
    }
    // "said on Monday that ...", "said that ..."
    let limit = (start + 7).min(end);
    if let Some(k) = (start..limit)
        .take_while(|&k| toks[k].is_word() || toks[k].punct() == Some(','))
        .find(|&k| toks[k].is("that"))
    {
        start = k + 1;
    }
    if start < end && toks[start].punct() == Some(':') {
        start += 1;
    }
    if start >= end || is_sentence_end(toks, start, g.text, g.lex) {
        return None;
    }
    let content = span_of(g, start, content_end(g, start, end, mention, lo))?;
    // "Locals call the district “Little Odessa”": naming, not a statement.
    if g.lex.name_cues.contains(&toks[cue.first].lower) && (marked.term_ends_at)(content.end) {
        return None;
    }
    Some(quote(vec![content], cue_span, Some(mention)))
}

/// Where a forward content clause ends: at the sentence end, before a
/// participle that starts another report (", calling the accusations ..."),
/// or, when the cue sits in a fronted subordinate clause ("While Ukraine
/// maintains ..., Russia ..."), at that clause's comma. Looks at most
/// [`CONTENT_SCAN`] tokens, so many cues in one sentence stay linear.
fn content_end(g: &Grammar<'_>, start: usize, end: usize, mention: Span, lo: usize) -> usize {
    let toks = g.toks;
    let m = crate::text::tok_at(toks, mention.start);
    let subordinate = m > lo
        && m - 1 == lo
        && toks[lo].is_word()
        && matches!(
            toks[lo].lower.as_str(),
            "while"
                | "although"
                | "though"
                | "whereas"
                | "as"
                | "because"
                | "if"
                | "when"
                | "since"
                | "after"
                | "before"
        );
    let limit = (start + CONTENT_SCAN).min(end);
    (start..limit)
        .filter(|&k| toks[k].punct() == Some(','))
        .find(|&k| subordinate || g.cue_at(k + 1, lo, end).is_some_and(|c| c.participle))
        .unwrap_or(end)
}

/// "told reporters", "told the BBC", "told Reuters", "assured him".
fn skip_listener(g: &Grammar<'_>, start: usize, end: usize) -> usize {
    let toks = g.toks;
    // If "that" follows within a few words, the listener ends there.
    let limit = (start + 6).min(end);
    if let Some(k) = (start..limit).take_while(|&k| toks[k].is_word()).find(|&k| toks[k].is("that")) {
        return k;
    }
    let mut k = start;
    if k < end && toks[k].is_word() && g.lex.determiners.contains(&toks[k].lower) {
        k += 1;
    }
    if k < end && toks[k].is_word() && !g.lex.function_words.contains(&toks[k].lower) {
        let cap = crate::text::is_capitalised(g.text, &toks[k]);
        k += 1;
        while cap && k < end && crate::text::is_capitalised(g.text, &toks[k]) {
            k += 1;
        }
        return k;
    }
    start
}
