//! Hedging words: "reportedly", "allegedly", "is said to", "claiming".

use crate::lexicon::{flag, Lexicon};
use crate::tokens::Tok;

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
    for i in 0..toks.len() {
        // The flag says whether a hedge can start here without a lookup.
        if !toks[i].word || !toks[i].has(flag::HEDGE_FIRST) || skip(i) {
            continue;
        }
        let Some(candidates) = lex.hedge_index.get(toks[i].lower.as_str()) else { continue };
        for (h, verb) in candidates {
            if let Some(end) = matches_at(toks, i, h, skip) {
                if !verb || forward_from.map_or(true, |pos| toks[end].span.end <= pos) {
                    return text.get(toks[i].span.start..toks[end].span.end).map(str::to_string);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;
    use claimsheet_core::Span;

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
        }
    }
}
