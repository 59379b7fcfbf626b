//! Hedging words: "reportedly", "allegedly", "is said to", "claiming".

use crate::lexicon::{flag, Lexicon};
use crate::tokens::Tok;
use claimsheet_core::Span;

fn matches_at(toks: &[Tok], i: usize, phrase: &[String], skip: &dyn Fn(usize) -> bool) -> Option<usize> {
    let mut j = i;
    for w in phrase {
        let t = toks.get(j)?;
        if !t.word || skip(j) || t.lower != *w || t.possessive {
            return None;
        }
        j += 1;
    }
    Some(j - 1)
}

/// The first hedge in `toks` (flags set by the tokenizer) outside the tokens `skip` rejects, as written.
/// Sentence-wide hedges ("reportedly") count anywhere; hedging verbs
/// ("claiming") only before byte `forward_from` when given (they weaken what follows them).
pub(crate) fn find_hedge(
    lex: &Lexicon,
    text: &str,
    toks: &[Tok],
    skip: &dyn Fn(usize) -> bool,
    forward_from: Option<usize>,
) -> Option<String> {
    for (i, t) in toks.iter().enumerate() {
        // The flag says whether a hedge can start here without a lookup.
        if !t.word || !t.has(flag::HEDGE_FIRST) || skip(i) {
            continue;
        }
        let Some(candidates) = lex.hedge_index.get(t.lower.as_str()) else { continue };
        for (h, verb) in candidates {
            if let Some(end) = matches_at(toks, i, h, skip) {
                if !verb || forward_from.map_or(true, |pos| toks[end].span.end <= pos) {
                    return text.get(t.span.start..toks[end].span.end).map(str::to_string);
                }
            }
        }
    }
    None
}

/// A hedge [`hedges_in`] found: where it is written and whether it is a hedging verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct HedgeAt {
    pub span: Span,
    pub verb: bool,
}

/// Every hedge match in `toks`, in the order [`find_hedge`] (with no tokens
/// skipped) tries them: by first token, then by the word list's order. The
/// first one a caller accepts is what [`find_hedge`] returns, so several
/// numbers in one unit search the unit once.
pub(crate) fn hedges_in(lex: &Lexicon, toks: &[Tok], out: &mut Vec<HedgeAt>) {
    out.clear();
    for (i, t) in toks.iter().enumerate() {
        if !t.word || !t.has(flag::HEDGE_FIRST) {
            continue;
        }
        let Some(candidates) = lex.hedge_index.get(t.lower.as_str()) else { continue };
        for (h, verb) in candidates {
            if let Some(end) = matches_at(toks, i, h, &|_| false) {
                out.push(HedgeAt { span: Span::new(t.span.start, toks[end].span.end), verb: *verb });
            }
        }
    }
}

/// [`find_hedge`] with no tokens skipped, from the unit's [`hedges_in`]:
/// the first hedge that is no verb or ends by `forward_from`, as written.
pub(crate) fn pick_hedge(text: &str, hedges: &[HedgeAt], forward_from: usize) -> Option<String> {
    let h = hedges.iter().find(|h| !h.verb || h.span.end <= forward_from)?;
    text.get(h.span.start..h.span.end).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn hedges_in_sentences() {
        let lex = Lexicon::load().expect("lists load");
        let cases: &[(&str, Option<usize>, Option<&str>)] = &[
            ("117 drones hit airfields, reportedly causing significant damage.", Some(0), Some("reportedly")),
            ("a list of 400 children allegedly abducted", Some(10), Some("allegedly")),
            ("Moscow agreed to return only 10, claiming the children were relocated.", Some(30), None),
            ("Officials claimed that 10 people died.", Some(25), Some("claimed")),
            ("The man is said to have fled.", None, Some("is said to")),
            (
                "According to unconfirmed reports, 12 died.",
                Some(35),
                Some("According to unconfirmed reports"),
            ),
            ("Twelve people died.", Some(0), None),
        ];
        for (text, fwd, want) in cases {
            let mut toks = tokenize(text, Span::new(0, text.len()));
            lex.mark(&mut toks);
            let got = find_hedge(&lex, text, &toks, &|_| false, *fwd);
            assert_eq!(got.as_deref(), *want, "{text}");
            if let Some(pos) = fwd {
                let mut all = Vec::new();
                hedges_in(&lex, &toks, &mut all);
                assert_eq!(pick_hedge(text, &all, *pos), got, "{text}");
            }
        }
    }
}
