//! Kinds, cues and speakers of quotations in marks; split quotes and
//! same-speaker continuations.

use crate::grammar::{Cue, Grammar, Np};
use crate::lexicon::Classes;
use crate::marks::RawQuote;
use crate::text::{tok_at, tok_text, Tok};
use claimsheet_core::{Quote, QuoteKind, Span};

/// How far back a cue may stand before the opening mark, in tokens.
const CUE_WINDOW: usize = 12;

/// One paragraph's tokens and whether it is a headline.
pub(crate) struct ParaToks<'a> {
    pub span: Span,
    pub toks: &'a [Tok<'a>],
    pub headline: bool,
}

/// An attribution found next to a quote.
#[derive(Debug, Clone, Copy)]
struct Attr {
    cue: Option<Span>,
    mention: Option<Span>,
    /// Token range of the attribution in the quote's last paragraph (after-attributions).
    after_range: Option<(usize, usize)>,
}

struct Analysed {
    raw: RawQuote,
    kind: QuoteKind,
    attr: Option<Attr>,
    /// Token index of the opening mark in its paragraph, and of the closing one.
    open_tok: usize,
    close_tok: Option<usize>,
    starts_sentence: bool,
    /// The content ends in a comma (inside or right after the marks).
    comma_end: bool,
}

/// Turns paired marks into quotes; pushes the byte start of every cue they use,
/// with its speaker mention, onto `used_cues`.
pub(crate) fn analyse(
    text: &str,
    lex: &crate::lexicon::Lexicon,
    paras: &[ParaToks],
    raws: Vec<RawQuote>,
    used_cues: &mut Vec<(usize, Option<Span>)>,
) -> Vec<Quote> {
    let mut done: Vec<Analysed> = Vec::with_capacity(raws.len());
    for raw in raws {
        let (Some(fp), Some(lp)) = (paras.get(raw.first_para), paras.get(raw.last_para)) else { continue };
        let gf = Grammar { text, lex, toks: fp.toks };
        let gl = Grammar { text, lex, toks: lp.toks };
        let open_tok = tok_at(fp.toks, raw.open.start);
        let close_tok = raw.close.map(|c| tok_at(lp.toks, c.start));
        let a = classify(text, &gf, &gl, fp, &raw, open_tok, close_tok);
        done.push(a);
    }
    // Split quotes: “We don’t want war,” he said, “but we will fight.”
    let mut merged: Vec<Analysed> = Vec::with_capacity(done.len());
    for q in done {
        if let Some(p) = merged.last_mut() {
            if is_split(paras, p, &q) {
                p.raw.parts.extend(q.raw.parts.iter().copied());
                p.raw.end = q.raw.end;
                p.raw.close = q.raw.close;
                p.raw.last_para = q.raw.last_para;
                p.close_tok = q.close_tok;
                p.kind = QuoteKind::Direct;
                continue;
            }
        }
        merged.push(q);
    }
    // A direct quote right after another one's attribution continues its speaker.
    for i in 1..merged.len() {
        let (before, rest) = merged.split_at_mut(i);
        let p = &before[i - 1];
        let q = &mut rest[0];
        if q.kind == QuoteKind::Direct && q.attr.is_none() && continues(paras, p, q) {
            q.attr = p.attr.map(|a| Attr { after_range: None, ..a });
        }
    }
    merged
        .into_iter()
        .map(|a| {
            let (cue, mention) = match (a.kind, a.attr) {
                (QuoteKind::Term, _) | (_, None) => (None, None),
                (_, Some(at)) => (at.cue, at.mention),
            };
            if let Some(c) = cue {
                used_cues.push((c.start, mention));
            }
            Quote {
                span: a.raw.span(),
                parts: a.raw.parts.clone(),
                kind: a.kind,
                paragraphs: a.raw.last_para - a.raw.first_para + 1,
                cue,
                speaker_mention: mention,
            }
        })
        .collect()
}

fn is_split(paras: &[ParaToks], p: &Analysed, q: &Analysed) -> bool {
    let Some(at) = p.attr else { return false };
    let Some((_, end)) = at.after_range else { return false };
    p.raw.last_para == q.raw.first_para
        && p.comma_end
        && p.kind == QuoteKind::Direct
        && q.kind != QuoteKind::Term
        && end < q.open_tok
        && q.open_tok == end + 1
        && paras[q.raw.first_para].toks[end].punct() == Some(',')
        && q.attr.map_or(true, |qa| qa.cue == at.cue)
}

fn continues(paras: &[ParaToks], p: &Analysed, q: &Analysed) -> bool {
    let Some(at) = p.attr else { return false };
    if at.cue.is_none()
        || p.kind != QuoteKind::Direct
        || p.raw.last_para != q.raw.first_para
        || !q.starts_sentence
    {
        return false;
    }
    let Some(close) = p.close_tok else { return false };
    let toks = paras[q.raw.first_para].toks;
    let (lo, hi) = at.after_range.unwrap_or((usize::MAX, usize::MAX));
    (close + 1..q.open_tok).all(|k| !toks[k].is_word() || (k >= lo && k < hi))
}

fn classify(
    text: &str,
    gf: &Grammar<'_>,
    gl: &Grammar<'_>,
    fp: &ParaToks,
    raw: &RawQuote,
    open_tok: usize,
    close_tok: Option<usize>,
) -> Analysed {
    let ftoks = gf.toks;
    let prev = open_tok.checked_sub(1).map(|i| &ftoks[i]);
    let colon_before = prev.is_some_and(|t| t.punct() == Some(':'));
    let comma_before = prev.is_some_and(|t| t.punct() == Some(','));
    let starts_sentence = gf.sentence_start(open_tok, 0) || colon_before;
    let first_part = raw.parts.first().copied().unwrap_or_default();
    let content =
        text.get(first_part.start..raw.parts.last().map_or(first_part.end, |p| p.end)).unwrap_or("");
    // Borrowed, not collected: a quote's tokens are one run of the slice.
    let content_toks: &[Tok] = {
        let a = tok_at(ftoks, first_part.start);
        let b = tok_at(ftoks, first_part.end);
        &ftoks[a..b.max(a)]
    };
    let words = content_toks.iter().filter(|t| t.is_word()).count();
    let raw_inner_end = raw.close.map_or(raw.end, |c| c.start);
    let inner = text.get(raw.open.end..raw_inner_end).unwrap_or("").trim_end();
    let comma_inside = inner.ends_with(',');
    let terminal_inside = inner.ends_with(['.', '?', '!', '…']);

    // After the closing mark.
    let mut comma_after = false;
    let mut after: Option<Attr> = None;
    let mut ends_sentence = raw.close.is_none();
    if let Some(ct) = close_tok {
        let ltoks = gl.toks;
        let mut k = ct + 1;
        match ltoks.get(k).and_then(Tok::punct) {
            None if k >= ltoks.len() => ends_sentence = true,
            Some('.' | '!' | '?' | '…') => ends_sentence = true,
            Some(',') => {
                comma_after = true;
                k += 1;
            }
            _ => {}
        }
        if !ends_sentence {
            after = after_attribution(gl, k);
        }
    }
    let comma_end = comma_inside || comma_after;

    // Before the opening mark.
    let mut before: Option<Attr> = None;
    let scan_end = if colon_before || comma_before { open_tok - 1 } else { open_tok };
    let lo = sentence_lo(gf, scan_end);
    if let Some(cue) = gf.cue_before(scan_end, lo, CUE_WINDOW) {
        let mention = gf.speaker_for(&cue, lo, scan_end).map(|np| gf.span(np));
        before = Some(Attr { cue: Some(cue_span(gf, &cue)), mention, after_range: None });
    } else if colon_before && raw.first_para == raw.last_para {
        // "Zelenskiy: “We will not surrender”" (headline style).
        if let Some(np) = gf.np_before(open_tok - 1, lo, true) {
            before = Some(Attr { cue: None, mention: Some(gf.span(np)), after_range: None });
        }
    }
    let cue_directly_before =
        before.is_some() && (colon_before || comma_before || prev.is_some_and(|t| t.is_cue()));

    let shaped = name_shaped(text, content_toks, content);
    let named = prev.is_some_and(|t| t.has(Classes::NAME_CUE)) && shaped;
    let bare_name = !fp.headline && after.is_none() && !cue_directly_before && shaped;
    // A hashtag or handle alone ("#MeToo") names something; a sentence that merely
    // starts with one ("@council was tagged in 300 complaints") is still speech.
    let handle_only = content.starts_with(['#', '@']) && !content.trim().contains(char::is_whitespace);
    let kind = if handle_only || term_cue_before(gf, open_tok) || named || bare_name {
        QuoteKind::Term
    } else if starts_sentence || cue_directly_before && (colon_before || comma_before) {
        if ends_sentence || after.is_some() || terminal_inside || comma_inside || raw.paragraphs_over_one() {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        }
    } else {
        let upper = content.chars().next().is_some_and(char::is_uppercase);
        let prev_is_cue = prev.is_some_and(|t| t.is_cue());
        if upper && words >= 3 && (terminal_inside || prev_is_cue) {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        }
    };
    // Scare quotes: one or two lower-case words nobody is said to have said
    // (the regime’s “elections”, a “routine” check).
    let kind = if kind == QuoteKind::Partial
        && before.is_none()
        && after.is_none()
        && words <= 2
        && !content.starts_with(char::is_uppercase)
        && !starts_sentence
        && prev.is_some_and(|t| t.is_word() && (t.has(Classes::DETERMINER) || crate::text::is_possessive(t)))
    {
        QuoteKind::Term
    } else {
        kind
    };
    // The quote's own attribution: after it for quotes that start a sentence,
    // else the nearest cue before it.
    let attr = match kind {
        QuoteKind::Term => None,
        _ if starts_sentence && after.is_some() && !colon_before => after,
        _ => before.or(after),
    };
    Analysed { raw: raw.clone(), kind, attr, open_tok, close_tok, starts_sentence, comma_end }
}

impl RawQuote {
    fn paragraphs_over_one(&self) -> bool {
        self.last_para > self.first_para
    }
}

/// Where the sentence holding token `i` starts, looking back a bounded distance.
fn sentence_lo(g: &Grammar<'_>, i: usize) -> usize {
    let stop = i.saturating_sub(48);
    let mut k = i;
    while k > stop {
        if crate::text::is_sentence_end(g.toks, k - 1, g.text) {
            return k;
        }
        k -= 1;
    }
    stop
}

fn cue_span(g: &Grammar<'_>, cue: &Cue) -> Span {
    g.span((cue.first, cue.end))
}

/// “...,” he said / “...,” said the minister / “...,” Peskov told reporters.
fn after_attribution(g: &Grammar<'_>, k: usize) -> Option<Attr> {
    let hi = g.toks.len();
    // Cue first: said the minister.
    if let Some(cue) = g.cue_at(k, 0, hi) {
        if cue.participle || cue.according {
            return None;
        }
        let np: Np = g.np_after(cue.end, hi, false)?;
        // Right after a quote, "said the minister" needs no clause end: "said a
        // Turkish official who asked not to be named".
        let end = g.trailing_end(np.1, hi, false).unwrap_or(np.1);
        return Some(Attr {
            cue: Some(cue_span(g, &cue)),
            mention: Some(g.span(np)),
            after_range: Some((k, end)),
        });
    }
    // Speaker first: he said / the Kremlin spokesman told reporters.
    let np = g.np_after(k, hi, false)?;
    let mut j = np.1;
    while j < hi
        && g.toks[j].is_word()
        && (g.toks[j].has(Classes::AUXILIARY) || crate::text::is_ly_adverb(&g.toks[j]))
    {
        j += 1;
    }
    let cue = g.cue_at(j, 0, hi)?;
    if cue.participle || cue.according || g.cue_is_not_verb(&cue, k) {
        return None;
    }
    let end = g.trailing_end(cue.lead_end, hi, cue.tell)?;
    Some(Attr { cue: Some(cue_span(g, &cue)), mention: Some(g.span(np)), after_range: Some((k, end)) })
}

/// dubbed “...”, the so-called “...”, known as “...”, the word “...”.
fn term_cue_before(g: &Grammar<'_>, open_tok: usize) -> bool {
    g.lex.term_cues.iter().any(|phrase| {
        let n = phrase.len();
        open_tok >= n && phrase.iter().enumerate().all(|(k, w)| g.toks[open_tok - n + k].is(w))
    })
}

/// A name or title: capitalised words (minor words allowed), no final
/// sentence punctuation, at most eight words ("Spider’s Web", "Operation
/// Barbarossa", "The Lord of the Rings", "#IStandWithAhmed").
fn name_shaped(text: &str, toks: &[Tok], content: &str) -> bool {
    let words: Vec<&Tok> = toks.iter().filter(|t| t.is_word()).collect();
    if words.is_empty() || words.len() > 8 || content.trim_end().ends_with(['.', '?', '!', '…']) {
        return false;
    }
    if toks.iter().any(|t| matches!(t.punct(), Some(',' | ';' | ':' | '.' | '?' | '!'))) {
        return false;
    }
    if !words[0].is_cap() && !tok_text(text, words[0]).starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // A lone pronoun or function word is not a name ("I", "We").
    if words.len() == 1 && (words[0].has(Classes::PRONOUN) || words[0].has(Classes::FUNCTION_WORD)) {
        return false;
    }
    words.iter().all(|t| {
        t.is_cap()
            || t.has(Classes::MINOR_TITLE_WORD)
            || tok_text(text, t).starts_with(|c: char| c.is_ascii_digit())
    }) && !words.iter().skip(1).any(|t| t.has(Classes::PRONOUN) && t.is_cap() && t.lower() != "i")
}
