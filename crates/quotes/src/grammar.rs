//! Small, bounded scans over the tokens of a paragraph: reporting cues and the
//! noun phrase naming a speaker. Every scan looks at a fixed number of tokens,
//! so the extractor stays linear in the text.

use crate::lexicon::{Classes, Lexicon};
use crate::text::{is_ly_adverb, is_possessive, is_sentence_end, Tok};
use claimsheet_core::Span;

/// Longest speaker phrase, in words.
const MAX_NP: usize = 8;

/// A reporting cue found at a token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cue {
    /// First token of the cue.
    pub first: usize,
    /// One past the last cue token.
    pub end: usize,
    /// One past the lead-in words ("called [for]"), `>= end`.
    pub lead_end: usize,
    pub participle: bool,
    /// "according to": the speaker follows.
    pub according: bool,
    /// A verb that takes a listener ("told reporters").
    pub tell: bool,
}

/// The tokens of one paragraph, with the document text and word lists.
pub(crate) struct Grammar<'a> {
    pub text: &'a str,
    pub lex: &'a Lexicon,
    pub toks: &'a [Tok<'a>],
}

/// A speaker phrase as token range `[a, b)`.
pub(crate) type Np = (usize, usize);

impl<'a> Grammar<'a> {
    pub fn span(&self, (a, b): Np) -> Span {
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }

    fn word(&self, i: usize) -> Option<&'a Tok<'a>> {
        self.toks.get(i).filter(|t| t.is_word())
    }

    /// A title word, plural or hyphen-prefixed ("spokesmen", "co-founder", "vice-president").
    pub fn is_title(&self, lower: &str) -> bool {
        let titles = &self.lex.titles;
        let last = lower.rsplit(['-', '‑']).next().unwrap_or(lower);
        titles.contains(lower)
            || titles.contains(lower.trim_end_matches('s'))
            || titles.contains(last)
            || titles.contains(last.trim_end_matches('s'))
    }

    fn is_cap(&self, i: usize) -> bool {
        self.toks[i].is_cap()
    }

    /// True when token `i` starts a sentence within `[lo, ..)`.
    pub fn sentence_start(&self, i: usize, lo: usize) -> bool {
        let mut j = i;
        // Skip quotation marks and brackets either way: `.” “We` starts a sentence.
        let stop = i.saturating_sub(8).max(lo); // bounded: a wall of marks stays linear
        while j > stop
            && self.toks[j - 1].punct().is_some_and(|c| crate::text::is_quote_char(c) || c == '(' || c == ')')
        {
            j -= 1;
        }
        j == lo || is_sentence_end(self.toks, j - 1, self.text)
    }

    /// The reporting cue starting at token `i`, if any.
    pub fn cue_at(&self, i: usize, lo: usize, hi: usize) -> Option<Cue> {
        let t = self.word(i)?;
        let phrases = self.lex.cue_phrases(t.word)?;
        if self.is_cap(i) && !self.sentence_start(i, lo) {
            return None; // "the United States", "Says" in a headline
        }
        'phrases: for p in phrases {
            for (k, w) in p.words[..p.cue_len].iter().enumerate() {
                match self.word(i + k) {
                    Some(t) if i + k < hi && t.is(w) => {}
                    _ => continue 'phrases,
                }
            }
            let end = i + p.cue_len;
            let mut lead_end = end;
            let lead_ok = p.words[p.cue_len..]
                .iter()
                .enumerate()
                .all(|(k, w)| end + k < hi && self.word(end + k).is_some_and(|t| t.is(w)));
            if lead_ok {
                lead_end = end + p.words.len() - p.cue_len;
            }
            return Some(Cue {
                first: i,
                end,
                lead_end,
                participle: p.participle,
                according: p.according,
                tell: p.tell,
            });
        }
        None
    }

    /// Noun use or passive: "a claim", "its call for", "was told to leave",
    /// "has been confirmed", "claims of", "reports were".
    pub fn cue_is_not_verb(&self, cue: &Cue, lo: usize) -> bool {
        let mut j = cue.first;
        while j > lo && self.word(j - 1).is_some_and(is_ly_adverb) {
            j -= 1;
        }
        // "did not say", "never confirmed": no statement is reported.
        if j > lo
            && self.word(j - 1).is_some_and(|t| {
                t.is("not") || t.is("never") || t.lower().ends_with("n’t") || t.lower().ends_with("n't")
            })
        {
            return true;
        }
        if j > lo {
            if let Some(prev) = self.word(j - 1) {
                if prev.has(Classes::DETERMINER) && !prev.has(Classes::PRONOUN) {
                    return true;
                }
                if !cue.participle && prev.has(Classes::PASSIVE) {
                    return true;
                }
                if is_possessive(prev) {
                    return true;
                }
                if matches!(prev.lower(), "to" | "of" | "by" | "in" | "for" | "with" | "on") && !cue.according
                {
                    return true;
                }
            }
        }
        if let Some(next) = self.word(cue.end) {
            let to_follows =
                next.is("to") || (next.is("not") && self.word(cue.end + 1).is_some_and(|t| t.is("to")));
            if cue.tell && to_follows {
                return true;
            }
            if !cue.participle
                && !cue.according
                && cue.lead_end == cue.end
                && (matches!(next.lower(), "or" | "and" | "were" | "was" | "are" | "is" | "by" | "have" | "had")
                    // "claims of", "reports of" are nouns; "said of the plan" is not.
                    || (next.is("of") && t_ends_in_s(&self.toks[cue.first])))
            {
                return true;
            }
        }
        false
    }

    /// The speaker phrase ending right before token `end` (exclusive), scanning
    /// back no further than `lo`. `subject` demands a clause boundary before it.
    pub fn np_before(&self, end: usize, lo: usize, subject: bool) -> Option<Np> {
        let mut a = end;
        let mut words = 0;
        let mut seen_cap = false;
        let mut fallback: Option<usize> = None;
        while a > lo && words < MAX_NP {
            let t = &self.toks[a - 1];
            if !t.is_word() {
                // "the workers’ union": a plural possessive apostrophe.
                if a < end && self.plural_possessive_mark(a - 1) {
                    a -= 1;
                    continue;
                }
                break;
            }
            let l = t.lower();
            if l == "and"
                && seen_cap
                && a < end
                && self.is_cap(a)
                && a - 1 > lo
                && self.word(a - 2).is_some()
                && self.is_cap(a - 2)
            {
                // "Biden and Macron said"
                a -= 1;
                continue;
            }
            if matches!(l, "in" | "at" | "from")
                && subject
                && seen_cap
                && a < end
                && self.is_cap(a)
                && a - 1 > lo
                && self.word(a - 2).is_some_and(|p| !p.has(Classes::FUNCTION_WORD))
            {
                // "officials in Kyiv", "analysts at Capital Economics"
                fallback = Some(a);
                a -= 1;
                seen_cap = false;
                continue;
            }
            if t.has(Classes::PRONOUN) {
                if a == end {
                    a -= 1;
                }
                break;
            }
            if t.has(Classes::DETERMINER) {
                // "demands that Kyiv rejected": "that" is a conjunction there.
                if a < end && l != "that" {
                    a -= 1;
                }
                break;
            }
            if l == "of" || l == "for" {
                // "the head of the agency": only inside a phrase.
                if a == end
                    || a - 1 == lo
                    || !self.word(a - 2).is_some_and(|p| !p.has(Classes::FUNCTION_WORD))
                {
                    break;
                }
                a -= 1;
                continue;
            }
            if t.has(Classes::FUNCTION_WORD) || is_ly_adverb(t) {
                break;
            }
            if t.is_cue() && !self.is_cap(a - 1) {
                break;
            }
            let cap = self.is_cap(a - 1);
            if !cap && seen_cap && !self.is_title(l) {
                break; // "a charge Ukraine denies": the phrase is "Ukraine"
            }
            seen_cap |= cap;
            a -= 1;
            words += 1;
        }
        // Never start on "of"/"for".
        while a < end && self.word(a).is_some_and(|t| t.is("of") || t.is("for")) {
            a += 1;
        }
        if a == end {
            return None;
        }
        if is_possessive(&self.toks[end - 1]) {
            return None;
        }
        if subject && !self.clause_boundary_before(a, lo) {
            // "pressure from Trump, who ..." is not "officials in Kyiv".
            let f = fallback.filter(|&f| self.clause_boundary_before(f, lo))?;
            return Some((f, end));
        }
        Some((a, end))
    }

    /// An apostrophe glued to a word ending in "s" and followed by a word ("workers’ union").
    fn plural_possessive_mark(&self, i: usize) -> bool {
        matches!(self.toks[i].punct(), Some('’' | '\''))
            && i > 0
            && self.toks[i - 1].end == self.toks[i].start
            && self.word(i - 1).is_some_and(|t| t.lower().ends_with('s'))
            && self.word(i + 1).is_some()
            && self.toks[i].end < self.toks[i + 1].start
    }

    /// True when a new clause can start at token `a`.
    fn clause_boundary_before(&self, a: usize, lo: usize) -> bool {
        if a == lo || self.sentence_start(a, lo) {
            return true;
        }
        let prev = &self.toks[a - 1];
        match prev.punct() {
            Some(c) => matches!(c, ',' | ';' | ':' | '(' | '—' | '–' | '-' | '”' | '"' | '’' | '\'' | '»'),
            None => {
                prev.has(Classes::CLAUSE_OPENER)
                    // A contact relative clause: "a charge Ukraine flatly denies".
                    || (self.is_cap(a) && !prev.has(Classes::FUNCTION_WORD) && !self.is_cap(a - 1))
            }
        }
    }

    /// The speaker phrase starting at token `i` and ending before `hi`, for
    /// "said the minister", "according to the UN" and "“...,” he said".
    /// With `subject_mode` a lower-case word cannot follow a plain name
    /// ("Russia appears"), but may follow a demonym or possessive ("Western analysts").
    pub fn np_after(&self, i: usize, hi: usize, subject_mode: bool) -> Option<Np> {
        let mut b = i;
        let mut words = 0;
        let mut last_cap_plain = false;
        while b < hi && words < MAX_NP {
            if b > i && self.plural_possessive_mark(b) {
                b += 1;
                continue;
            }
            let Some(t) = self.word(b) else { break };
            let l = t.lower();
            if t.has(Classes::PRONOUN) {
                if b == i {
                    b += 1;
                }
                break;
            }
            if t.has(Classes::DETERMINER) {
                if b != i {
                    break;
                }
                b += 1;
                words += 1;
                continue;
            }
            if (l == "of" || l == "for") && b > i {
                if self.word(b + 1).is_some_and(|n| !n.has(Classes::FUNCTION_WORD) || n.is("the"))
                    && b + 1 < hi
                {
                    b += 1;
                    continue;
                }
                break;
            }
            if t.has(Classes::FUNCTION_WORD) || is_ly_adverb(t) {
                break;
            }
            let cap = self.is_cap(b);
            if t.is_cue() && !cap {
                break;
            }
            if !cap && subject_mode {
                // "Facebook co-founder Mark Zuckerberg": a title may follow a name.
                if last_cap_plain && !self.is_title(l) {
                    break;
                }
                if l.ends_with("ed") {
                    break; // "Zelenskiy defended"
                }
            }
            if cap && b > i && !is_demonym(l) {
                let p = &self.toks[b - 1];
                if p.is_word()
                    && !p.is_cap()
                    && !p.has(Classes::DETERMINER)
                    && !self.is_title(p.lower())
                    && p.lower() != "of"
                    && p.lower() != "for"
                {
                    break; // "a charge Ukraine denies": the phrase is "a charge"
                }
            }
            last_cap_plain = cap && !is_possessive(t) && !is_demonym(t.lower());
            b += 1;
            words += 1;
        }
        // Trailing "of"/determiners are not part of the phrase.
        while b > i
            && self.word(b - 1).is_some_and(|t| t.is("of") || t.is("for") || t.has(Classes::DETERMINER))
        {
            b -= 1;
        }
        (b > i).then_some((i, b))
    }

    /// The subject at the start of the sentence beginning at `lo`: for
    /// participles ("..., saying") and coordinated verbs ("... but insists").
    pub fn sentence_subject(&self, lo: usize, hi: usize) -> Option<Np> {
        let mut i = lo;
        while i < hi && !self.toks[i].is_word() {
            i += 1;
        }
        // Skip an introductory phrase: "On Monday, ...", "In a statement, ...".
        if self.word(i).is_some_and(|t| t.has(Classes::FUNCTION_WORD) && !t.has(Classes::DETERMINER)) {
            let limit = (i + 14).min(hi);
            let comma = (i..limit).find(|&k| self.toks[k].punct() == Some(','))?;
            i = comma + 1;
        }
        self.np_after(i, hi, true)
    }

    /// After a cue ending at `j`: the end of the clause (sentence end, comma,
    /// or a short adverbial like "on Monday" / "in a statement" / a listener
    /// after "told") — returns the token index where the attribution ends.
    pub fn trailing_end(&self, j: usize, hi: usize, tell: bool) -> Option<usize> {
        let is_stop = |k: usize| k >= hi || self.toks[k].punct().is_some_and(|c| c != '-' && c != '(');
        if is_stop(j) {
            return Some(j);
        }
        let first = self.word(j)?;
        if !(first.has(Classes::TRAILING) || tell || is_ly_adverb(first)) {
            return None;
        }
        let limit = (j + 7).min(hi);
        let mut k = j;
        while k < limit && self.toks[k].is_word() {
            if k > j && (self.toks[k].is("that") || (self.toks[k].is_cue() && !self.is_cap(k))) {
                return None;
            }
            k += 1;
        }
        if is_stop(k) {
            Some(k)
        } else {
            None
        }
    }

    /// The cue nearest before token `end`, scanning back at most `max` tokens
    /// and stopping at a sentence end, ';' or a quotation mark.
    pub fn cue_before(&self, end: usize, lo: usize, max: usize) -> Option<Cue> {
        let stop = end.saturating_sub(max).max(lo);
        let mut k = end;
        while k > stop {
            k -= 1;
            let t = &self.toks[k];
            if let Some(c) = t.punct() {
                if matches!(c, ';')
                    || crate::text::is_quote_char(c)
                    || is_sentence_end(self.toks, k, self.text)
                {
                    return None;
                }
                continue;
            }
            // A cue ending here ("according to") or starting here.
            let start = if t.is("to") && k > lo && self.toks[k - 1].is("according") { k - 1 } else { k };
            if let Some(cue) = self.cue_at(start, lo, end) {
                if !self.cue_is_not_verb(&cue, lo) {
                    return Some(cue);
                }
            }
        }
        None
    }

    /// The speaker for a forward cue (subject before it): the phrase before,
    /// skipping auxiliaries, adverbs and a relative "who"; for participles and
    /// coordinated verbs the subject of the sentence.
    pub fn speaker_for(&self, cue: &Cue, lo: usize, hi: usize) -> Option<Np> {
        if cue.according {
            return self.np_after(cue.end, hi, false);
        }
        let mut j = cue.first;
        while j > lo && self.word(j - 1).is_some_and(|t| t.has(Classes::AUXILIARY) || is_ly_adverb(t)) {
            j -= 1;
        }
        if cue.participle {
            if j > lo && self.toks[j - 1].punct() == Some(',') {
                return self.sentence_subject(lo, hi);
            }
            return None;
        }
        if j > lo && self.word(j - 1).is_some_and(|t| t.is("and") || t.is("but")) {
            return self.sentence_subject(lo, hi);
        }
        if j > lo && self.word(j - 1).is_some_and(|t| t.is("who") || t.is("which")) {
            let mut k = j - 1;
            if k > lo && self.toks[k - 1].punct() == Some(',') {
                k -= 1;
            }
            return self.np_before(k, lo, false);
        }
        if j > lo && self.toks[j - 1].punct() == Some(',') {
            // "The report, published on Thursday, estimated ...": the subject
            // stands before the parenthetical.
            let stop = j.saturating_sub(14).max(lo);
            let mut k = j - 1;
            while k > stop {
                k -= 1;
                match self.toks[k].punct() {
                    Some(',') => return self.np_before(k, lo, true),
                    Some(c) if c != '-' && c != '’' && c != '\'' => return None,
                    _ => {}
                }
            }
            return None;
        }
        self.np_before(j, lo, true)
    }
}

fn t_ends_in_s(t: &Tok) -> bool {
    t.lower().ends_with('s')
}

/// "Western", "Russian", "Ukrainian", "Chinese", "British", "Israeli":
/// capitalised words that modify a following noun.
fn is_demonym(lower: &str) -> bool {
    ["an", "ern", "ese", "ish", "ic", "i", "ch"].iter().any(|s| lower.ends_with(s)) && lower.len() > 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;
    use crate::QuoteConfig;

    fn speaker(text: &str, cue_word: &str) -> Option<String> {
        let lex = Lexicon::new(&QuoteConfig::default()).expect("lists");
        let lowered = text.to_ascii_lowercase();
        let mut arena = String::new();
        let toks = tokenize(text, &lowered, &mut arena, &lex, 0, text.len());
        let g = Grammar { text, lex: &lex, toks: &toks };
        let i = toks.iter().position(|t| t.lower() == cue_word)?;
        let cue = g.cue_at(i, 0, toks.len())?;
        g.speaker_for(&cue, 0, toks.len()).map(|np| text[g.span(np).start..g.span(np).end].to_string())
    }

    #[test]
    fn speakers() {
        assert_eq!(
            speaker("Western analysts called the assault bold.", "called").as_deref(),
            Some("Western analysts")
        );
        assert_eq!(
            speaker("Kremlin spokesman Dmitry Peskov told reporters.", "told").as_deref(),
            Some("Kremlin spokesman Dmitry Peskov")
        );
        assert_eq!(speaker("Russia has repeatedly said it wants peace.", "said").as_deref(), Some("Russia"));
        assert_eq!(speaker("from Trump, who called for an end", "called").as_deref(), Some("Trump"));
        assert_eq!(
            speaker("Kyiv’s delegation, led by him, refrained, saying it would", "saying").as_deref(),
            Some("Kyiv’s delegation")
        );
        assert_eq!(
            speaker("a charge Ukraine flatly denies as motivated", "denies").as_deref(),
            Some("Ukraine")
        );
        assert_eq!(speaker("compromise on its territorial claims or", "claims"), None);
    }
}
