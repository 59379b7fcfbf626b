//! The detector: one left-to-right pass over each sentence's tokens.
//!
//! At every token that can begin a number (a numeral, a number word, a month,
//! a vague quantity), the parser reads the number core, then a bounded number
//! of tokens to the right (scale, percent, currency, range, unit, noun) and to
//! the left (currency prefix, sign, bound words), never behind the end of the
//! previous mention. Each token is looked at a bounded number of times, so the
//! pass is linear in the sentence.

use std::borrow::Cow;
use std::sync::Arc;

use claimsheet_core::{Bound, Document, NumberMention, QuantityKind, Sentence, SentenceKind, Span};

use crate::lexicon::*;
use crate::token::{tokenize, Tok, TokKind, DECIMAL, GROUPED, LEADING_ZERO, MULTIDOT, UNKNOWN};
use crate::value::Value;
use crate::Error;

/// Options for [`NumericDetector`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumericConfig {
    /// Process headline sentences as well as body sentences (default true).
    pub headlines: bool,
    /// Give a bare count ("return only 10") the unit of the nearest counted
    /// noun in its sentence or the sentence before in the same paragraph
    /// (default true).
    pub context_units: bool,
}

impl Default for NumericConfig {
    fn default() -> Self {
        NumericConfig { headlines: true, context_units: true }
    }
}

/// Finds number mentions in sentences. Build once, run on many documents;
/// cheap to clone, `Send + Sync`.
#[derive(Debug, Clone)]
pub struct NumericDetector {
    lex: Arc<Lexicon>,
    config: NumericConfig,
}

/// How the number core was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Digits,
    Words,
    Fraction,
    Vague { weak: bool },
    Ordinal,
    Ratio,
}

/// A number core: tokens `first..=last` and their value.
#[derive(Debug, Clone, Copy)]
struct Core {
    first: usize,
    last: usize,
    value: Option<Value>,
    form: Form,
}

/// A mention before units from context are filled in.
#[derive(Debug, Clone)]
struct Found {
    first: usize,
    last: usize,
    value: Option<Value>,
    value_high: Option<Value>,
    bound: Bound,
    /// Borrowed for fixed units ("percent", ISO codes, time units), owned for
    /// counted nouns: fixed units are copied only into the final mention.
    unit: Option<Cow<'static, str>>,
    kind: QuantityKind,
    checkable: bool,
    /// A bare count that may take its unit from context.
    wants_unit: bool,
    /// A bare number after a comparison word ("from", "to", "than") or with a
    /// scale suffix ("38m"): it may take money or percent from the sentence.
    linked: bool,
    /// A bare number with a scale suffix ("38m").
    scaled: bool,
    /// The unit comes from a hyphen compound ("131-page"): not carried on.
    compound: bool,
}

enum Step {
    Mention(Found),
    /// Tokens up to (exclusive) this index are not a quantity (identifier, phone, time).
    Skip(usize),
    Nothing,
}

/// Suffixes read after a core.
#[derive(Debug, Clone, Copy, Default)]
struct Suffix {
    scale: Option<u128>,
    pct: Option<PctKind>,
    currency: Option<(&'static str, bool)>,
    end: usize,
}

impl Suffix {
    fn any(&self) -> bool {
        self.scale.is_some() || self.pct.is_some() || self.currency.is_some()
    }
}

fn year_shaped(t: &Tok, v: Option<Value>) -> bool {
    t.kind == TokKind::Num
        && t.flags & (GROUPED | DECIMAL | MULTIDOT | LEADING_ZERO) == 0
        && t.int_digits == 4
        && v.and_then(|v| v.as_u64()).is_some_and(|y| (1500..=2100).contains(&y))
}

fn vulgar_fraction(s: &str) -> Option<(u128, u128)> {
    Some(match s {
        "½" => (1, 2),
        "¼" => (1, 4),
        "¾" => (3, 4),
        "⅓" => (1, 3),
        "⅔" => (2, 3),
        "⅛" => (1, 8),
        _ => return None,
    })
}

impl NumericDetector {
    /// Compiles the word lists. Fails only if a data file is malformed.
    pub fn new(config: &NumericConfig) -> Result<NumericDetector, Error> {
        Ok(NumericDetector { lex: Arc::new(Lexicon::build()?), config: config.clone() })
    }

    /// Number mentions in the body and headline sentences of `doc`, sorted by
    /// span start, non-overlapping. Boilerplate sentences are skipped.
    pub fn run(&self, doc: &Document, sentences: &[Sentence]) -> Vec<NumberMention> {
        // Most sentences hold no number; few hold more than two: room for
        // one mention every other sentence saves most regrowth.
        let mut out = Vec::with_capacity(sentences.len() / 2);
        let mut toks = Vec::new();
        let mut buf = String::new();
        // The mentions of one sentence, reused across sentences (most hold one or two).
        let mut found = Vec::new();
        let mut carried: Option<(usize, String)> = None;
        for s in sentences {
            let headline = match s.kind {
                SentenceKind::Boilerplate => continue,
                SentenceKind::Headline if !self.config.headlines => continue,
                SentenceKind::Headline => true,
                SentenceKind::Body => false,
            };
            let Some(text) = doc.text.get(s.span.start..s.span.end) else { continue };
            if !self.lex.triggers.may_match(text) {
                // No number can start here: as if the sentence found none.
                if carried.as_ref().is_some_and(|c| c.0 != s.paragraph) {
                    carried = None;
                }
                continue;
            }
            let context = carried.as_ref().filter(|c| c.0 == s.paragraph).map(|c| c.1.as_str());
            tokenize(text, &self.lex.vocab, &mut toks, &mut buf);
            let sent = Sent { lex: &self.lex, text, toks: &toks, headline, config: &self.config };
            let last_unit = sent.run(s.span.start, context, &mut found, &mut out);
            match last_unit {
                Some(u) => carried = Some((s.paragraph, u)),
                None => {
                    if carried.as_ref().is_some_and(|c| c.0 != s.paragraph) {
                        carried = None;
                    }
                }
            }
        }
        out.sort_by_key(|m| (m.span.start, m.span.end));
        let mut end = 0;
        out.retain(|m| {
            let keep = m.span.start >= end;
            if keep {
                end = m.span.end;
            }
            keep
        });
        out
    }

    /// Runs on `text` as if it were one body sentence: for tests, case tables
    /// and callers without a segmenter.
    pub fn run_text(&self, text: &str) -> Vec<NumberMention> {
        let doc = Document::new("text", text);
        let sentence = Sentence { span: Span::new(0, text.len()), kind: SentenceKind::Body, paragraph: 0 };
        self.run(&doc, &[sentence])
    }
}

/// Token before a bound phrase that ends at `start` (for change words).
fn start_bound_prev(s: &Sent<'_>, start: usize, floor: usize) -> Option<usize> {
    let (b, _, _) = s.lex.bounds_before.longest_before(s.toks, start, floor)?;
    b.checked_sub(1)
}

trait OptTok {
    fn is_none_or_sym(&self) -> bool;
}

impl OptTok for Option<&Tok> {
    fn is_none_or_sym(&self) -> bool {
        self.map_or(true, |t| t.gap || t.kind == TokKind::Sym)
    }
}

struct Sent<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    toks: &'a [Tok],
    headline: bool,
    config: &'a NumericConfig,
}

impl<'a> Sent<'a> {
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn id(&self, i: usize) -> u32 {
        self.toks.get(i).map_or(UNKNOWN, |t| t.id)
    }

    fn str(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn info(&self, i: usize) -> &'a WordInfo {
        self.lex.info(self.id(i))
    }

    fn has(&self, i: usize, flag: u32) -> bool {
        self.lex.has(self.id(i), flag)
    }

    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    fn is_num(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokKind::Num)
    }

    /// True when token `i` is an opening quotation mark or bracket: a curly or angle
    /// opening mark, or a straight one with a space (or the start) before it.
    fn opens_quote(&self, i: usize) -> bool {
        match self.str(i) {
            "“" | "‘" | "«" | "„" | "[" => true,
            "\"" | "'" => i == 0 || self.toks[i].gap,
            _ => false,
        }
    }

    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.gap)
    }

    /// True when token `k` does not continue the word before it (absent,
    /// spaced, or a symbol): "20m for" but not "20mph".
    fn word_ends(&self, k: usize) -> bool {
        self.tok(k).is_none_or_sym()
    }

    /// A word of two or more capitals in running text ("FIRST Global") is a
    /// name, not a number word.
    fn acronym(&self, i: usize) -> bool {
        let w = self.str(i);
        !self.headline && w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
    }

    fn capitalized(&self, i: usize) -> bool {
        self.str(i).chars().next().is_some_and(char::is_uppercase)
    }

    fn is_dash(&self, i: usize) -> bool {
        let id = self.id(i);
        id == self.lex.ids.hyphen || id == self.lex.ids.en_dash
    }

    fn num_value(&self, i: usize) -> Option<Value> {
        Value::parse_digits(self.str(i))
    }

    /// Runs the sentence; appends mentions with document offsets; returns the
    /// last counted-noun unit (for the next sentence's bare counts).
    /// `found` is scratch space (cleared first).
    fn run(
        &self,
        base: usize,
        context: Option<&str>,
        found: &mut Vec<Found>,
        out: &mut Vec<NumberMention>,
    ) -> Option<String> {
        found.clear();
        let mut i = 0;
        let mut floor = 0;
        loop {
            // Most tokens can begin no number: skip to the next that can
            // (a numeral or a starter word) before any parsing.
            let lex = self.lex;
            let Some(skip) = self.toks.get(i..).and_then(|rest| {
                rest.iter().position(|t| match t.kind {
                    TokKind::Num => true,
                    TokKind::Word => lex.has(t.id, F_STARTER),
                    TokKind::Sym => false,
                })
            }) else {
                break;
            };
            i += skip;
            match self.at(i, floor) {
                Step::Mention(f) => {
                    floor = f.last + 1;
                    i = floor;
                    found.push(f);
                }
                Step::Skip(next) => {
                    floor = next.max(i + 1);
                    i = floor;
                }
                Step::Nothing => i += 1,
            }
        }
        // "two or three goals", "from 9 to 10 seats": a bare count joined to
        // the next count takes its noun.
        for n in (1..found.len()).rev() {
            let (a, b) = found.split_at_mut(n);
            let (f, g) = (&mut a[n - 1], &b[0]);
            let joined = g.first == f.last + 2 && {
                let c = self.id(f.last + 1);
                c == self.lex.ids.or
                    || c == self.lex.ids.to
                    || c == self.lex.ids.and
                    || self.is_dash(f.last + 1)
            };
            if f.wants_unit && joined && g.kind == QuantityKind::Count && g.unit.is_some() {
                f.unit.clone_from(&g.unit);
                f.wants_unit = false;
            }
        }
        // "up from 38m", "down to 6.9": a bare number compared with money or
        // a percentage earlier in the sentence is the same kind of quantity.
        // Earlier mentions are remembered by index, so no unit is copied
        // unless a later number takes it.
        let mut money_or_pct: Option<usize> = None;
        let mut money: Option<usize> = None;
        let mut prev_last = usize::MAX;
        for n in 0..found.len() {
            let f = &found[n];
            // "from 7.3% to 6.9": the second of a pair joined by "to" or "or".
            let c = self.id(f.first.wrapping_sub(1));
            let paired = prev_last.wrapping_add(2) == f.first
                && (c == self.lex.ids.to || c == self.lex.ids.or || c == self.lex.ids.and);
            prev_last = f.last;
            // Conversions in brackets ("77m euros (£53m; $100m)") are skipped.
            let bracketed = f.first > 0 && matches!(self.str(f.first - 1), "(" | ";");
            if matches!(f.kind, QuantityKind::Money | QuantityKind::Percent) && !bracketed {
                money_or_pct = Some(n);
                if f.kind == QuantityKind::Money {
                    money = Some(n);
                }
            } else if f.wants_unit && (f.linked || paired) {
                if let Some(m) = money_or_pct {
                    let (kind, unit) = (found[m].kind, found[m].unit.clone());
                    let f = &mut found[n];
                    f.kind = kind;
                    f.unit = unit;
                    f.wants_unit = false;
                }
            } else if f.wants_unit && f.scaled && money.is_some_and(|m| found[m].unit.is_some()) {
                // "earnings of 3m": a scaled number is money, never a percentage.
                let unit = money.and_then(|m| found[m].unit.clone());
                let f = &mut found[n];
                f.kind = QuantityKind::Money;
                f.unit = unit;
                f.wants_unit = false;
            }
        }
        // A bare count takes the unit of the last count before it (by index),
        // else of the previous sentence, else a noun near it.
        let mut last_count: Option<usize> = None;
        for n in 0..found.len() {
            let f = &found[n];
            if f.kind == QuantityKind::Count && f.unit.is_some() && !f.compound {
                last_count = Some(n);
            } else if f.wants_unit && self.age_clause_before(f.first) {
                // "when she was six": an age.
                found[n].kind = QuantityKind::Age;
                found[n].unit = Some(Cow::Borrowed("years"));
            } else if f.wants_unit && f.first > 0 && self.has(f.first - 1, F_CASUALTY) {
                // "The attack, which killed at least 40, ...": people.
                found[n].unit = Some(Cow::Borrowed("people"));
            } else if f.wants_unit && self.config.context_units {
                let (first, last) = (f.first, f.last);
                let unit = match last_count {
                    Some(m) => found[m].unit.clone(),
                    None => context.map(|c| Cow::Owned(c.to_string())),
                };
                found[n].unit = unit
                    .or_else(|| self.later_the_noun(last + 1).map(Cow::Owned))
                    .or_else(|| self.earlier_number_of(first).map(Cow::Owned));
            }
        }
        let sentence_unit = last_count.and_then(|m| found[m].unit.as_deref().map(str::to_string));
        for f in found.drain(..) {
            let (s, e) = (self.toks[f.first].start, self.toks[f.last].end);
            out.push(NumberMention {
                span: Span::new(base + s, base + e),
                value: f.value.map(|v| v.to_plain()),
                value_high: f.value_high.map(|v| v.to_plain()),
                bound: f.bound,
                unit: f.unit.map(Cow::into_owned),
                quantity_kind: f.kind,
                checkable: f.checkable,
            });
        }
        sentence_unit
    }

    /// "when she was six", "until they were 12": a bare count after a time
    /// conjunction, a personal pronoun and "was"/"were" is the person's age.
    fn age_clause_before(&self, first: usize) -> bool {
        let word = |back: usize| first.checked_sub(back).map_or("", |i| self.str(i));
        let is_any = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
        first >= 3
            && is_any(word(1), &["was", "were"])
            && is_any(word(2), &["i", "he", "she", "we", "they", "you"])
            && is_any(word(3), &["when", "until", "since", "before", "after", "till"])
    }

    /// "... claiming the children were relocated": a plural noun after "the"
    /// within a few tokens.
    fn later_the_noun(&self, from: usize) -> Option<String> {
        let end = (from + 12).min(self.toks.len());
        (from..end)
            .filter(|&k| self.id(k) == self.lex.ids.the)
            .filter(|&k| !self.capitalized(k + 1))
            .find_map(|k| self.noun_phrase(k + 1).filter(|np| np.plural).map(|np| np.text(self.text)))
    }

    /// "The number of international students fell by 15,000": the noun after
    /// "number of" a few tokens back.
    fn earlier_number_of(&self, before: usize) -> Option<String> {
        let ids = &self.lex.ids;
        (before.saturating_sub(12)..before)
            .rev()
            .filter(|&k| self.id(k) == ids.number && self.id(k + 1) == ids.of)
            .find_map(|k| self.noun_phrase(k + 2).filter(|np| np.plural).map(|np| np.text(self.text)))
    }

    fn at(&self, i: usize, floor: usize) -> Step {
        let t = &self.toks[i];
        match t.kind {
            TokKind::Num => self.num_at(i, floor),
            TokKind::Word if self.lex.has(t.id, F_STARTER) && !self.acronym(i) => self.word_at(i, floor),
            _ => Step::Nothing,
        }
    }

    /// End (exclusive) of a run of digit groups joined by spaces, hyphens,
    /// dots or parentheses starting at `i`: phone numbers and codes.
    fn digit_chain(&self, mut i: usize) -> usize {
        let ids = &self.lex.ids;
        loop {
            let next = i + 1;
            if self.is_num(next) && self.tok(next).is_some_and(|t| t.gap) {
                i = next;
                continue;
            }
            let sep = self.id(next);
            if (sep == ids.hyphen || sep == ids.rparen || sep == ids.period || sep == ids.slash)
                && self.is_num(next + 1)
            {
                i = next + 1;
                continue;
            }
            if sep == ids.rparen {
                i = next;
                continue;
            }
            return i + 1;
        }
    }

    fn num_at(&self, i: usize, floor: usize) -> Step {
        let ids = &self.lex.ids;
        let t = self.toks[i];
        if t.flags & MULTIDOT != 0 {
            return Step::Skip(i + 1);
        }
        // The second number of "Sweden 1 – 0" or "1-0" when the pair was not
        // read as a range: a score or a code.
        if i >= 2 && self.is_dash(i - 1) && self.is_num(i - 2) {
            return Step::Skip(self.glued_end(i));
        }
        // Glued to a word before: "A320", "G7", "MH17" (unless a currency: "Rs500").
        if i > 0 && !t.gap {
            let prev = self.toks[i - 1];
            if prev.kind == TokKind::Word
                && self.lex.currency_prefix.longest_before(self.toks, i, 0).is_none()
            {
                return Step::Skip(self.glued_end(i));
            }
            if prev.id == ids.hash {
                return Step::Skip(i + 1);
            }
            if prev.id == ids.plus && self.tok(i - 1).is_some_and(|p| p.gap || i == 1) {
                return Step::Skip(self.digit_chain(i));
            }
            // "COVID-19", "F-16", "Su-34" (but "mid-2022" is a date).
            if self.is_dash(i - 1) && i >= 2 && self.is_word(i - 2) && !self.toks[i - 1].gap {
                if self.has(i - 2, F_DATE_PREP) {
                    return self.year_date(i, i - 2);
                }
                if self.info(i - 2).cardinal.is_none() {
                    return Step::Skip(self.glued_end(i));
                }
            }
        }
        // Glued to an unknown word after: "4chan", "5G", "3D".
        if self.tok(i + 1).is_some_and(|n| !n.gap && n.kind == TokKind::Word && n.id == UNKNOWN) {
            return Step::Skip(self.glued_end(i));
        }
        // Phone numbers and codes: "0800 123 4567", "(020) 7946 0958", "1-800-555-0199".
        if t.flags & LEADING_ZERO != 0 && t.flags & DECIMAL == 0 {
            return Step::Skip(self.digit_chain(i));
        }
        if t.int_digits >= 3 && t.flags & (GROUPED | DECIMAL) == 0 {
            let next = self.tok(i + 1);
            if next.is_some_and(|n| {
                n.kind == TokKind::Num && n.gap && n.int_digits >= 3 && n.flags & (GROUPED | DECIMAL) == 0
            }) {
                return Step::Skip(self.digit_chain(i));
            }
        }
        if self.is_dash(i + 1) && self.is_num(i + 2) && self.is_dash(i + 3) && self.is_num(i + 4) {
            return Step::Skip(self.digit_chain(i));
        }
        // "24/7", "9/11", "14/06/2025".
        if self.id(i + 1) == ids.slash && self.glued(i + 1) && self.is_num(i + 2) && self.glued(i + 2) {
            return Step::Skip(self.digit_chain(i));
        }
        // "14:30" is a time; "3:1" a ratio.
        if self.id(i + 1) == ids.colon && self.glued(i + 1) && self.is_num(i + 2) && self.glued(i + 2) {
            let (a, b) = (self.num_value(i), self.num_value(i + 2));
            let t2 = self.toks[i + 2];
            // "1:48.32", "3:45.87": a race time, not a ratio.
            if t2.int_digits == 2 && t2.flags & DECIMAL != 0 {
                return Step::Skip(i + 3);
            }
            let two = t2.int_digits == 2 && t2.flags & !LEADING_ZERO == 0;
            if two && a.and_then(|a| a.as_u64()).is_some_and(|a| a <= 24) {
                let mut end = i + 3;
                if let Some((e, _, _)) = self.lex.times_of_day.longest_at(self.toks, end) {
                    end = e;
                }
                return Step::Skip(end);
            }
            if let (Some(a), Some(b)) = (a, b) {
                let core = Core { first: i, last: i + 2, value: a.div(b), form: Form::Ratio };
                return self.finish(core, floor);
            }
            return Step::Skip(i + 3);
        }
        // Times of day: "3 p.m.", "10am", "9.30pm", "1400 GMT".
        if let Some((end, _, _)) = self.lex.times_of_day.longest_at(self.toks, i + 1) {
            return Step::Skip(end);
        }
        // List numbering at the start of a sentence: "1. ...", "2) ...".
        if i == 0
            && (self.id(1) == ids.period || self.id(1) == ids.rparen)
            && self.glued(1)
            && self.tok(2).is_some_and(|t| t.gap)
        {
            return Step::Skip(2);
        }
        if i == 1 && self.id(0) == ids.lparen && self.id(2) == ids.rparen {
            return Step::Skip(3);
        }
        // Names and references: "Resolution 2334", "page 12", "Boeing 737", "No. 10".
        if i > 0 && t.gap && self.is_word(i - 1) {
            let w = i - 1;
            if self.has(w, F_IDENT) {
                return Step::Skip(self.glued_end(i));
            }
            let known = self.id(w) != UNKNOWN;
            let possessive = self.str(w).ends_with("'s") || self.str(w).ends_with("\u{2019}s");
            if !self.headline && !known && !possessive && self.capitalized(w) {
                return Step::Skip(self.glued_end(i));
            }
        }
        if i > 1 && self.id(i - 1) == ids.period && self.has(i - 2, F_IDENT) && self.glued(i - 1) {
            return Step::Skip(self.glued_end(i));
        }
        // Dates: "14 September 2025", "14th of June".
        if let Some(step) = self.day_month(i) {
            return step;
        }
        let mut value = self.num_value(i);
        let mut last = i;
        if let Some((n, d)) =
            self.tok(i + 1).filter(|t| !t.gap).and_then(|_| vulgar_fraction(self.str(i + 1)))
        {
            value = value.and_then(|v| v.add(Value::ratio(n, d)?));
            last = i + 1;
        }
        if let Some(e) = self.and_a_half(last + 1) {
            value = value.and_then(|v| v.add(Value::ratio(1, 2)?));
            last = e;
        }
        self.finish(Core { first: i, last, value, form: Form::Digits }, floor)
    }

    /// End (exclusive) of tokens glued to the number at `i` ("737-800", "19s").
    fn glued_end(&self, mut i: usize) -> usize {
        while self.tok(i + 1).is_some_and(|t| !t.gap && t.kind != TokKind::Sym) || {
            self.tok(i + 1).is_some_and(|t| !t.gap && (t.id == self.lex.ids.hyphen))
                && self.tok(i + 2).is_some_and(|t| !t.gap && t.kind != TokKind::Sym)
        } {
            i += if self.tok(i + 1).is_some_and(|t| t.kind == TokKind::Sym) { 2 } else { 1 };
        }
        i + 1
    }

    /// "and a half" at `k`: returns the index of "half".
    fn and_a_half(&self, k: usize) -> Option<usize> {
        let ids = &self.lex.ids;
        (self.id(k) == ids.and && self.id(k + 1) == ids.a && self.id(k + 2) == ids.half).then_some(k + 2)
    }

    fn month_at(&self, i: usize) -> bool {
        self.is_word(i) && self.info(i).month.is_some() && self.capitalized(i)
    }

    /// "14 September 2025", "14th of June": a day number before a month.
    fn day_month(&self, i: usize) -> Option<Step> {
        let t = self.toks[i];
        if t.int_digits > 2
            || t.flags != 0
            || !self.num_value(i).and_then(|v| v.as_u64()).is_some_and(|d| (1..=31).contains(&d))
        {
            return None;
        }
        let mut k = i + 1;
        let ids = &self.lex.ids;
        let sfx = self.id(k);
        if self.glued(k) && (sfx == ids.st || sfx == ids.nd || sfx == ids.rd || sfx == ids.th) {
            k += 1;
        }
        if self.id(k) == ids.of {
            k += 1;
        }
        if !self.month_at(k) {
            return None;
        }
        let (last, year) = self.year_after(k);
        Some(Step::Mention(self.date(i, last, year)))
    }

    /// After a month at `k`: an optional ", 2025" or " 2025". Returns (last token, year).
    fn year_after(&self, k: usize) -> (usize, Option<Value>) {
        let mut y = k + 1;
        if self.id(y) == self.lex.ids.comma && self.is_num(y + 1) {
            y += 1;
        }
        let v = self.num_value(y);
        match self.tok(y) {
            Some(t) if year_shaped(t, v) => (y, v),
            _ => (k, None),
        }
    }

    fn date(&self, first: usize, last: usize, year: Option<Value>) -> Found {
        Found {
            first,
            last,
            value: year,
            value_high: None,
            bound: Bound::Exact,
            unit: None,
            kind: QuantityKind::Date,
            checkable: false,
            wants_unit: false,
            linked: false,
            scaled: false,
            compound: false,
        }
    }

    /// "mid-2022": a year after a date prefix word at `w`.
    fn year_date(&self, i: usize, w: usize) -> Step {
        let v = self.num_value(i);
        if year_shaped(&self.toks[i], v) {
            let mut last = i;
            if self.id(i + 1) == self.lex.ids.s && self.glued(i + 1) {
                last = i + 1;
            }
            return Step::Mention(self.date(w, last, v));
        }
        Step::Skip(i + 1)
    }

    fn word_at(&self, i: usize, floor: usize) -> Step {
        let ids = &self.lex.ids;
        let info = self.info(i);
        let id = self.id(i);
        if info.cardinal.is_some() || info.ordinal.is_some() {
            // "no-one", "high-five", "the last-eight match": part of a word.
            if i >= 2
                && self.is_dash(i - 1)
                && self.glued(i - 1)
                && self.glued(i)
                && self.is_word(i - 2)
                && self.info(i - 2).cardinal.is_none()
            {
                return Step::Skip(i + 1);
            }
            // "the Guildford Four", "Henk Ten Cate": a capitalised number word
            // in running text next to a name is part of the name.
            let name = |k: usize| self.is_word(k) && self.capitalized(k) && self.id(k) == UNKNOWN;
            if !self.headline
                && i >= 1
                && self.capitalized(i)
                && self.is_word(i - 1)
                && (name(i - 1) || name(i + 1))
            {
                return Step::Skip(i + 1);
            }
        }
        // Months: "September 14", "June 2025", "September 14, 2015".
        if info.month.is_some() && self.capitalized(i) {
            let k = i + 1;
            let v = self.num_value(k);
            if let Some(t) = self.tok(k).filter(|t| t.kind == TokKind::Num && t.gap) {
                if year_shaped(t, v) {
                    return Step::Mention(self.date(i, k, v));
                }
                if t.int_digits <= 2
                    && t.flags == 0
                    && v.and_then(|v| v.as_u64()).is_some_and(|d| (1..=31).contains(&d))
                {
                    let mut last = k;
                    let sfx = self.id(k + 1);
                    if self.glued(k + 1) && (sfx == ids.st || sfx == ids.nd || sfx == ids.rd || sfx == ids.th)
                    {
                        last += 1;
                    }
                    let (l2, year) = self.year_after(last);
                    return Step::Mention(self.date(i, l2, year));
                }
            }
            return Step::Nothing;
        }
        // Vague quantities: "tens of thousands", "hundreds of", "several", "a few".
        if let Some((end, phrase, &weak)) = self.lex.vague.longest_at(self.toks, i) {
            let next_of = self.id(end) == ids.of;
            let ok = if phrase.ids.len() >= 3 {
                true
            } else if weak {
                next_of || (self.is_word(end) && !self.has(end, F_STOP))
            } else {
                next_of
            };
            if ok {
                let core = Core { first: i, last: end - 1, value: None, form: Form::Vague { weak } };
                return self.finish(core, floor);
            }
        }
        if let Some((n, d)) = info.multiplicative {
            let core = Core { first: i, last: i, value: Value::ratio(n.into(), d.into()), form: Form::Ratio };
            return self.finish_multiplicative(core);
        }
        // Fractions: "two-thirds", "a quarter of", "one-third", "half of".
        if let Some(core) = self.fraction_at(i) {
            return self.finish(core, floor);
        }
        if id == ids.half {
            return Step::Nothing;
        }
        if info.ordinal.is_some() && info.cardinal.is_none() {
            let core = Core {
                first: i,
                last: i,
                value: info.ordinal.map(|v| Value::int(v.into())),
                form: Form::Ordinal,
            };
            return self.finish(core, floor);
        }
        // "twenty-first"
        if info.cardinal.is_some_and(|c| c >= 20 && c % 10 == 0)
            && self.id(i + 1) == ids.hyphen
            && self.glued(i + 1)
            && self.glued(i + 2)
        {
            if let Some(o) = self.info(i + 2).ordinal.filter(|&o| o < 10) {
                let v = info.cardinal.map(|c| Value::int(u128::from(c + o)));
                return self.finish(Core { first: i, last: i + 2, value: v, form: Form::Ordinal }, floor);
            }
        }
        let Some((last, mut value)) = self.spelled(i) else { return Step::Nothing };
        let mut last = last;
        if let Some(e) = self.and_a_half(last + 1) {
            value = value.and_then(|v| v.add(Value::ratio(1, 2)?));
            last = e;
        }
        self.finish(Core { first: i, last, value, form: Form::Words }, floor)
    }

    /// Spelled-out cardinals: "twelve thousand five hundred", "a dozen",
    /// "three hundred and fifty", "twenty-five". Returns (last token, value).
    fn spelled(&self, i: usize) -> Option<(usize, Option<Value>)> {
        #[derive(PartialEq, Clone, Copy)]
        enum St {
            Start,
            A,
            Unit,
            Teen,
            Tens,
            Hundred,
            Scale,
            And,
        }
        let ids = &self.lex.ids;
        let mut total: Option<u128> = Some(0);
        let mut cur: Option<u128> = Some(0);
        let mut st = St::Start;
        let mut last = None;
        let mut k = i;
        if self.id(i) == ids.a || self.id(i) == ids.an {
            let s = self.info(i + 1).scale;
            if !matches!(s, Some((_, ScaleUse::Any | ScaleUse::Small))) {
                return None;
            }
            st = St::A;
            cur = Some(1);
            k = i + 1;
        }
        while let Some(t) = self.tok(k) {
            if t.id == ids.hyphen && !t.gap && st == St::Tens && self.glued(k + 1) {
                if self.info(k + 1).cardinal.is_some_and(|c| c < 10) {
                    k += 1;
                    continue;
                }
                break;
            }
            if t.kind != TokKind::Word {
                break;
            }
            let info = self.lex.info(t.id);
            if let Some(v) = info.cardinal {
                let ok = match st {
                    St::Start => true,
                    St::Hundred | St::Scale | St::And => v < 100,
                    St::Tens => (1..10).contains(&v),
                    _ => false,
                };
                if !ok {
                    break;
                }
                cur = cur.and_then(|c| c.checked_add(v.into()));
                st = if v >= 20 && v % 10 == 0 {
                    St::Tens
                } else if v >= 10 {
                    St::Teen
                } else {
                    St::Unit
                };
                last = Some(k);
                k += 1;
                continue;
            }
            if let Some((mult, use_)) = info.scale {
                match use_ {
                    ScaleUse::Glued | ScaleUse::Digits => break,
                    ScaleUse::Small => {
                        if !matches!(st, St::Unit | St::Teen | St::Tens | St::A) {
                            break;
                        }
                        cur = cur.and_then(|c| c.max(1).checked_mul(mult));
                        st = St::Hundred;
                    }
                    ScaleUse::Any => {
                        if !matches!(st, St::Unit | St::Teen | St::Tens | St::Hundred | St::A) {
                            break;
                        }
                        let add = cur.and_then(|c| c.checked_mul(mult));
                        total = total.and_then(|t| t.checked_add(add?));
                        cur = Some(0);
                        st = St::Scale;
                    }
                }
                last = Some(k);
                k += 1;
                continue;
            }
            if t.id == ids.and && matches!(st, St::Hundred | St::Scale) && self.info(k + 1).cardinal.is_some()
            {
                st = St::And;
                k += 1;
                continue;
            }
            break;
        }
        let last = last?;
        let v = total.and_then(|t| t.checked_add(cur?)).map(Value::int);
        Some((last, v))
    }

    /// Fractions starting at word `i`.
    fn fraction_at(&self, i: usize) -> Option<Core> {
        let ids = &self.lex.ids;
        let id = self.id(i);
        let info = self.info(i);
        let frac = |k: usize| self.is_word(k).then(|| self.info(k).fraction).flatten();
        let mut core = None;
        if let Some(c) = info.cardinal.filter(|c| (1..=20).contains(c)) {
            let hyphen = self.id(i + 1) == ids.hyphen && self.glued(i + 1) && self.glued(i + 2);
            let k = if hyphen { i + 2 } else { i + 1 };
            if let Some((d, plural)) = frac(k) {
                let gap_ok = hyphen || self.tok(k).is_some_and(|t| t.gap);
                let singular_ok = c == 1 && (hyphen || self.id(k + 1) == ids.of);
                if gap_ok && ((plural && c >= 2) || (!plural && singular_ok)) {
                    core = Some(Core {
                        first: i,
                        last: k,
                        value: Value::ratio(c.into(), d.into()),
                        form: Form::Fraction,
                    });
                }
            }
        } else if id == ids.a || id == ids.an {
            if let Some((d, false)) = frac(i + 1) {
                let quarter_century = self.info(i + 2).time_unit.is_some();
                if self.id(i + 2) == ids.of || (d == 2 && !quarter_century) {
                    core = Some(Core {
                        first: i,
                        last: i + 1,
                        value: Value::ratio(1, d.into()),
                        form: Form::Fraction,
                    });
                }
            }
        } else if id == ids.half {
            let prev = i.checked_sub(1).map_or(UNKNOWN, |p| self.id(p));
            let blocked = prev == ids.the
                || prev == ids.a
                || self.lex.info(prev).ordinal.is_some()
                || self.lex.has(prev, F_DROP);
            let next = self.id(i + 1);
            let next_ok = self.tok(i + 1).is_some_and(|t| t.gap)
                && (next == ids.of || next == ids.a || next == ids.an || self.lex.has(next, F_DETERMINER));
            if !blocked && next_ok {
                core = Some(Core { first: i, last: i, value: Value::ratio(1, 2), form: Form::Fraction });
            }
        }
        let mut core = core?;
        // "a quarter of a million", "half a million": a fraction of a scale.
        let mut k = core.last + 1;
        if self.id(k) == ids.of {
            k += 1;
        }
        if self.id(k) == ids.a {
            if let Some((mult, ScaleUse::Any)) = self.info(k + 1).scale {
                core.value = core.value.and_then(|v| v.mul(Value::int(mult)));
                core.last = k + 1;
                core.form = Form::Words;
            }
        }
        Some(core)
    }

    /// After a fraction, the token past the article that joins it to its unit
    /// ("half an hour", "a quarter of a per cent"): `k` holds "a"/"an", or
    /// "of" and then "a"/"an".
    fn after_article(&self, k: usize) -> Option<usize> {
        let ids = &self.lex.ids;
        let article = |k: usize| self.id(k) == ids.a || self.id(k) == ids.an;
        if article(k) {
            Some(k + 1)
        } else if self.id(k) == ids.of && article(k + 1) {
            Some(k + 2)
        } else {
            None
        }
    }

    /// Reads scale, percent and currency suffixes after token `last`.
    fn suffix(&self, core: &Core) -> Suffix {
        let mut s = Suffix { end: core.last + 1, ..Suffix::default() };
        let k = s.end;
        if let Some(t) = self.tok(k) {
            if t.kind == TokKind::Word && matches!(core.form, Form::Digits) {
                if let Some((mult, use_)) = self.info(k).scale {
                    let ok = match use_ {
                        ScaleUse::Glued => !t.gap && self.word_ends(k + 1),
                        ScaleUse::Digits | ScaleUse::Any | ScaleUse::Small => true,
                    };
                    if ok {
                        s.scale = Some(mult);
                        s.end = k + 1;
                    }
                }
            }
        }
        let k = s.end;
        if let Some((end, _, &(kind, glued))) = self.lex.percent.longest_at(self.toks, k) {
            if !glued || self.glued(k) {
                s.pct = Some(kind);
                s.end = end;
                return s;
            }
        }
        // A fraction of one percentage unit takes an article: "half a percentage
        // point", "a quarter of a per cent", "half a basis point".
        if core.form == Form::Fraction {
            if let Some((end, _, &(kind, false))) =
                self.after_article(k).and_then(|u| self.lex.percent.longest_at(self.toks, u))
            {
                s.pct = Some(kind);
                s.end = end;
                return s;
            }
        }
        if let Some((end, _, &(iso, minor, glued))) = self.lex.currency_suffix.longest_at(self.toks, k) {
            let glued_ok = !glued || (self.glued(k) && self.word_ends(end));
            // "10 pounds of cocaine" is a weight.
            let pounds_of = iso == "GBP" && self.id(end) == self.lex.ids.of;
            if glued_ok && !pounds_of && !matches!(core.form, Form::Ordinal | Form::Ratio) {
                s.currency = Some((iso, minor));
                s.end = end;
            }
        }
        s
    }

    fn apply_suffix(v: Option<Value>, s: &Suffix) -> Option<Value> {
        let mut v = v?;
        if let Some(m) = s.scale {
            v = v.mul(Value::int(m))?;
        }
        if let Some((_, true)) = s.currency {
            v = v.div(Value::int(100))?;
        }
        Some(v)
    }

    /// A plain core (digits or spelled) at `k`, for range ends and ratios.
    fn plain_core(&self, k: usize) -> Option<Core> {
        let t = self.tok(k)?;
        match t.kind {
            TokKind::Num if t.flags & (MULTIDOT | LEADING_ZERO) == 0 => {
                Some(Core { first: k, last: k, value: self.num_value(k), form: Form::Digits })
            }
            TokKind::Word if self.info(k).cardinal.is_some() => {
                let (last, value) = self.spelled(k)?;
                Some(Core { first: k, last, value, form: Form::Words })
            }
            _ => None,
        }
    }

    fn finish_multiplicative(&self, core: Core) -> Step {
        Step::Mention(Found {
            first: core.first,
            last: core.last,
            value: core.value,
            value_high: None,
            bound: Bound::Exact,
            unit: None,
            kind: QuantityKind::Ratio,
            checkable: true,
            wants_unit: false,
            linked: false,
            scaled: false,
            compound: false,
        })
    }

    /// Everything after the core: suffixes, ranges, units, bounds, kind.
    fn finish(&self, core: Core, floor: usize) -> Step {
        let ids = &self.lex.ids;
        let lex = self.lex;
        let mut form = core.form;
        let mut value = core.value;
        let mut kind: Option<QuantityKind> = None;
        let mut unit: Option<Cow<'static, str>> = None;
        let mut ordinal = matches!(form, Form::Ordinal);
        let mut last = core.last;

        // Ordinal suffixes and decades: "21st", "1990s".
        if form == Form::Digits && self.glued(last + 1) {
            let sfx = self.id(last + 1);
            if sfx == ids.st || sfx == ids.nd || sfx == ids.rd || sfx == ids.th {
                ordinal = true;
                form = Form::Ordinal;
                last += 1;
            } else if sfx == ids.s {
                if year_shaped(&self.toks[core.first], value) {
                    return Step::Mention(self.date(core.first, last + 1, value));
                }
                return Step::Skip(last + 2);
            }
        }
        // Ratios: "one in five", "1 in 4", "three out of four".
        if matches!(form, Form::Digits | Form::Words) && value.is_some_and(|v| v.is_integer()) {
            let mut k = last + 1;
            let mut ok = false;
            if self.id(k) == ids.in_ {
                k += 1;
                if self.id(k) == ids.every {
                    k += 1;
                }
                ok = true;
            } else if self.id(k) == ids.out && self.id(k + 1) == ids.of {
                k += 2;
                ok = true;
            }
            if ok {
                if let Some(c2) = self.plain_core(k) {
                    let year = year_shaped(&self.toks[c2.first], c2.value);
                    let after_unit = self.info(c2.last + 1).time_unit.is_some()
                        || self.info(c2.last + 1).scale.is_some()
                        || lex.percent.longest_at(self.toks, c2.last + 1).is_some();
                    if let (Some(a), Some(b)) = (value, c2.value) {
                        if !year && !after_unit && b.is_integer() && !b.less_than(&a) {
                            value = a.div(b);
                            form = Form::Ratio;
                            last = c2.last;
                        }
                    }
                }
            }
        }

        // "eight times higher", "three times as many": a multiplier.
        let mut fold = false;
        if matches!(form, Form::Digits | Form::Words) && self.id(last + 1) == ids.times {
            let k = last + 2;
            let w = self.str(k);
            let comparative = [ids.as_, ids.more, ids.less, ids.the].contains(&self.id(k))
                || (self.is_word(k) && w.len() > 4 && w.ends_with("er") && !self.capitalized(k));
            if comparative {
                form = Form::Ratio;
                last += 1;
                fold = true;
            }
        }
        let core_adj = Core { last, form, value, ..core };
        let s1 = if ordinal || form == Form::Ratio {
            Suffix { end: last + 1, ..Suffix::default() }
        } else {
            self.suffix(&core_adj)
        };
        let mut end = s1.end; // next unread token
        let mut value_high: Option<Value> = None;
        let mut suffix = s1;
        let mut range = false;
        let mut is_date = false;

        // Where the quantity begins on the left: currency prefix, sign.
        let mut start = core.first;
        let mut currency_prefix: Option<&'static str> = None;
        // Spaced or glued: "$200", "$ 200", "US$ 20,000", "Rs 500".
        if let Some((s, _, &iso)) = lex.currency_prefix.longest_before(self.toks, start, floor) {
            currency_prefix = Some(iso);
            start = s;
        }
        let mut negative = false;
        if start > floor {
            let p = start - 1;
            let sign = self.id(p);
            let sign_ok = (sign == ids.hyphen || sign == ids.minus_sign)
                && !self.toks[start].gap
                && (p == 0 || self.toks[p].gap || self.id(p - 1) == ids.lparen || self.opens_quote(p - 1));
            let word_sign = (sign == ids.minus || sign == ids.negative) && self.toks[start].gap;
            if sign_ok || word_sign {
                negative = true;
                start = p;
            }
        }
        let before_core = start; // first token of the quantity proper
        let prev_word = before_core.checked_sub(1).map_or(UNKNOWN, |p| self.id(p));
        let between = prev_word == ids.between && before_core > floor;
        let from = prev_word == ids.from;

        // Ranges: "10-15%", "10 to 15", "between 10 and 15", "$1bn-$2bn".
        if matches!(form, Form::Digits | Form::Words) && value.is_some() {
            let c = end;
            let conn = self.id(c);
            let dash = self.is_dash(c);
            let change = before_core.checked_sub(1).is_some_and(|p| self.has(p, F_CHANGE))
                || (start_bound_prev(self, before_core, floor)).is_some_and(|p| self.has(p, F_CHANGE));
            let to = conn == ids.to && !from && !change;
            let and = conn == ids.and && between;
            if dash || to || and {
                let mut k = c + 1;
                let mut prefix2 = None;
                if let Some((e, _, &iso)) = lex.currency_prefix.longest_at(self.toks, k) {
                    prefix2 = Some(iso);
                    k = e;
                }
                if let Some(c2) = self.plain_core(k).filter(|c2| {
                    !dash
                        || (form == Form::Digits && c2.form == Form::Digits)
                        || (form == Form::Words && c2.form == Form::Words)
                }) {
                    let s2 = self.suffix(&c2);
                    let v1 = if suffix.any() {
                        Self::apply_suffix(value, &suffix)
                    } else {
                        Self::apply_suffix(value, &s2)
                    };
                    let v2 = Self::apply_suffix(c2.value, &s2);
                    let ints =
                        value.is_some_and(|v| v.is_integer()) && c2.value.is_some_and(|v| v.is_integer());
                    let plain = !suffix.any() && !s2.any() && currency_prefix.is_none() && prefix2.is_none();
                    // "Tunisia 1 – 2 England": a name on either side.
                    let names = core.first > 0
                        && self.is_word(core.first - 1)
                        && self.capitalized(core.first - 1)
                        && self.is_word(s2.end)
                        && self.capitalized(s2.end);
                    let score_near = (core.first.saturating_sub(3)..core.first).any(|p| self.has(p, F_SCORE))
                        || self.has(s2.end, F_SCORE)
                        || names;
                    let y1 = year_shaped(&self.toks[core.first], value);
                    let c2_tok = self.toks[c2.first];
                    if dash && c2_tok.flags & LEADING_ZERO != 0 {
                        return Step::Skip(c2.last + 1);
                    }
                    if dash && y1 && plain && (c2_tok.int_digits == 2 || year_shaped(&c2_tok, c2.value)) {
                        // "2022-23", "1914-1918"
                        let hi = if c2_tok.int_digits == 2 {
                            value.and_then(|v| v.as_u64()).and_then(|y| {
                                let h = (y / 100) * 100 + c2.value?.as_u64()?;
                                Some(Value::int(h.into()))
                            })
                        } else {
                            c2.value
                        };
                        let mut f = self.date(core.first, c2.last, value);
                        f.value_high = hi;
                        f.bound = Bound::Range;
                        return Step::Mention(f);
                    }
                    let ascending = matches!((v1, v2), (Some(a), Some(b)) if a.less_than(&b));
                    if dash && ints && plain && form == Form::Digits && (score_near || !ascending) {
                        // A score: "won 3-1", "a 1-1 draw".
                        return Step::Skip(c2.last + 1);
                    }
                    let y2 = year_shaped(&c2_tok, c2.value);
                    if ascending && (y1 == y2 || !plain) {
                        range = true;
                        value = v1;
                        value_high = v2;
                        if !suffix.any() {
                            suffix = s2;
                        }
                        suffix.scale = None; // already applied
                        if let Some(iso) = prefix2 {
                            currency_prefix.get_or_insert(iso);
                        }
                        if y1 && y2 {
                            is_date = true;
                        }
                        end = s2.end;
                    }
                }
            }
        }
        // "17.30m", "the 400m title": a glued "m" with no money in sight is metres.
        let mut metres = false;
        if suffix.scale.is_some()
            && suffix.currency.is_none()
            && currency_prefix.is_none()
            && !range
            && self.id(core_adj.last + 1) == ids.m
            && self.glued(core_adj.last + 1)
        {
            let counted =
                self.noun_phrase(suffix.end).is_some_and(|np| np.plural) || self.id(suffix.end) == ids.of;
            if !counted && !self.sentence_has_money() {
                suffix.scale = None;
                metres = true;
            }
        }
        if !range {
            value = Self::apply_suffix(value, &suffix);
        }

        // Negative values.
        if negative {
            value = value.map(Value::negated);
            value_high = value_high.map(Value::negated);
        }

        let mut age = false;
        // Percent, money.
        if let Some(p) = suffix.pct {
            kind = Some(match p {
                PctKind::Percent => QuantityKind::Percent,
                PctKind::Points | PctKind::Basis => QuantityKind::PercentagePoints,
            });
            unit = Some(Cow::Borrowed(match p {
                PctKind::Percent => "percent",
                PctKind::Points => "percentage points",
                PctKind::Basis => "basis points",
            }));
        } else if let Some(iso) = suffix.currency.map(|c| c.0).or(currency_prefix) {
            kind = Some(QuantityKind::Money);
            unit = Some(Cow::Borrowed(iso));
        } else if self.id(end) == ids.hyphen && self.glued(end) && self.glued(end + 1) && !ordinal {
            // "a 4bn-euro hole", "a 10-dollar bill"
            if let Some((e, _, &(iso, minor, false))) = lex.currency_suffix.longest_at(self.toks, end + 1) {
                kind = Some(QuantityKind::Money);
                unit = Some(Cow::Borrowed(iso));
                if minor {
                    value = value.and_then(|v| v.div(Value::int(100)));
                }
                end = e;
            }
        }
        // Durations and ages: "18 months", "one-hour", "45-year-old", "half an hour".
        if kind.is_none() && !ordinal && form != Form::Ratio {
            let mut k = end;
            let hyphen = self.id(k) == ids.hyphen && self.glued(k) && self.glued(k + 1);
            if hyphen {
                k += 1;
            } else if let Some(after) = self.after_article(k).filter(|_| form == Form::Fraction) {
                k = after;
            }
            // "twenty working days", "three consecutive years".
            if !hyphen
                && self.has(k, F_TIME_MOD)
                && self.tok(k).is_some_and(|t| t.gap)
                && self.info(k + 1).time_unit.is_some()
            {
                k += 1;
            }
            let tu = self.is_word(k).then(|| self.info(k).time_unit).flatten();
            // "World Cup 2018 day five": a year before a singular unit; but "a 2000
            // year old tradition" is an age.
            let year_day = form == Form::Digits
                && !hyphen
                && year_shaped(&self.toks[core.first], core.value)
                && !self.str(k).ends_with('s')
                && self.id(k + 1) != ids.old;
            if let Some(tu) = tu.filter(|_| !year_day) {
                // "8.47secs", "90mins": glued abbreviations after digits.
                let glued_ok = form == Form::Digits && self.str(k).len() > 1 && self.word_ends(k + 1);
                let gap_ok = hyphen || glued_ok || self.tok(k).is_some_and(|t| t.gap);
                if gap_ok {
                    end = k + 1;
                    kind = Some(QuantityKind::Duration);
                    unit = Some(Cow::Borrowed(tu));
                    // "-year-old", "years old"
                    if hyphen && self.id(end) == ids.hyphen && self.id(end + 1) == ids.old && self.glued(end)
                    {
                        end += 2;
                        age = true;
                    } else if !hyphen && self.id(end) == ids.old {
                        end += 1;
                        age = true;
                    }
                }
            }
        }
        if metres {
            kind = Some(QuantityKind::Measure);
            unit = Some(Cow::Borrowed("metres"));
        }
        // Measures: "20 km", "100-mile", "minus 12 degrees", "40C".
        if kind.is_none() && !ordinal && matches!(form, Form::Digits | Form::Words) {
            let mut k = end;
            let hyphen = self.id(k) == ids.hyphen && self.glued(k) && self.glued(k + 1);
            if hyphen {
                k += 1;
            }
            if let Some((e, _, &(u, glued))) = lex.measure.longest_at(self.toks, k) {
                if !glued || (self.glued(k) && self.word_ends(e)) {
                    end = e;
                    kind = Some(QuantityKind::Measure);
                    unit = Some(Cow::Borrowed(u));
                }
            }
        }
        // "magnitude 7.8"
        if kind.is_none() && prev_word == ids.magnitude && form == Form::Digits {
            kind = Some(QuantityKind::Measure);
            unit = Some(Cow::Borrowed("magnitude"));
        }
        // "tenfold", "10-fold"
        if kind.is_none() && self.id(end) == ids.hyphen && self.id(end + 1) == ids.fold && self.glued(end) {
            end += 2;
            kind = Some(QuantityKind::Ratio);
            form = Form::Ratio;
            fold = true;
        }
        // Trailing bounds: "or more", "10,000+", "or so".
        let mut bound = if range { Bound::Range } else { Bound::Exact };
        if let Some((e, _, &(b, glued))) = lex.bounds_after.longest_at(self.toks, end) {
            if !range && (!glued || self.glued(end)) && !matches!(form, Form::Vague { .. }) {
                bound = b;
                end = e;
            }
        }
        // Bound words before: "over", "more than", "an estimated".
        if between && range {
            start = before_core - 1;
        } else if let Some((s, phrase, &b)) = lex.bounds_before.longest_before(self.toks, start, floor) {
            let across = kind == Some(QuantityKind::Duration)
                && phrase.ids.len() == 1
                && self.id(s) == ids.over
                && !s.checked_sub(1).is_some_and(|p| self.has(p, F_OVER_CUE));
            if !range && !across && !matches!(form, Form::Vague { .. } | Form::Ordinal) {
                bound = b;
                start = s;
            }
        }
        if matches!(form, Form::Vague { .. }) {
            bound = Bound::Vague;
            value = None;
        }
        let last_tok = end - 1;

        // Age cues: "aged 45", "a boy, 7,".
        let age_cue = before_core.checked_sub(1).is_some_and(|p| self.has(p, F_AGE_CUE))
            || (between && before_core >= 2 && self.has(before_core - 2, F_AGE_CUE))
            || (start < before_core && start.checked_sub(1).is_some_and(|p| self.has(p, F_AGE_CUE)));
        if kind.is_none() && matches!(form, Form::Digits | Form::Words) && !ordinal {
            let comma_age = self.comma_age(core.first, last_tok, value);
            if age_cue || comma_age {
                age = true;
                kind = Some(QuantityKind::Age);
                unit = Some(Cow::Borrowed("years"));
            }
        }
        if age {
            kind = Some(QuantityKind::Age);
            if unit.is_none() {
                unit = Some(Cow::Borrowed("years"));
            }
        }

        // Years: "in 2022", "the 2024 election", but "around 2000 people".
        let mut checkable = true;
        let mut wants_unit = false;
        let mut skip_of = matches!(form, Form::Vague { .. } | Form::Fraction);
        if kind.is_none()
            && !ordinal
            && form == Form::Digits
            && (is_date || year_shaped(&self.toks[core.first], core.value))
        {
            // "its 2005 forecasts", "the firm's 2004 profits", "2005 offers ...".
            let possessive = before_core.checked_sub(1).is_some_and(|p| {
                let w = self.str(p);
                (lex.has(prev_word, F_DETERMINER) && prev_word != ids.all)
                    || w.ends_with("'s")
                    || w.ends_with("\u{2019}s")
            });
            let date_prep =
                (lex.has(prev_word, F_DATE_PREP) || prev_word == ids.the || possessive || before_core == 0)
                    && bound == Bound::Exact;
            let plural_follows = self.noun_phrase(end).is_some_and(|np| np.plural);
            if is_date || date_prep || !plural_follows {
                kind = Some(QuantityKind::Date);
                checkable = false;
            }
        }
        if ordinal {
            let rank = lex.has(prev_word, F_RANK_BEFORE) || {
                let n = end;
                let after = if self.id(n) == ids.hyphen && self.glued(n) { n + 1 } else { n };
                self.has(after, F_RANK_AFTER)
                    || (self.is_word(after) && self.str(after).ends_with("est") && self.str(after).len() > 4)
            };
            kind = Some(if rank { QuantityKind::Rank } else { QuantityKind::Ordinal });
            checkable = rank;
            // "the fourth quarter", "the first half of 2005": a period of time.
            let n = if self.id(end) == ids.hyphen && self.glued(end) { end + 1 } else { end };
            if !rank && (self.id(n) == ids.quarter || self.id(n) == ids.half) {
                kind = Some(QuantityKind::Date);
            }
        }
        if form == Form::Ratio {
            kind = Some(QuantityKind::Ratio);
        }
        if kind.is_none() && form == Form::Fraction {
            kind = Some(QuantityKind::Ratio);
            skip_of = true;
        }
        // Money in vague quantities: "millions of dollars".
        if kind.is_none() && matches!(form, Form::Vague { .. }) && self.id(end) == ids.of {
            if let Some((e, _, &(iso, _, false))) = lex.currency_suffix.longest_at(self.toks, end + 1) {
                kind = Some(QuantityKind::Money);
                unit = Some(Cow::Borrowed(iso));
                end = e;
            }
        }
        let mut last_tok = end - 1;
        let kind = kind.unwrap_or(QuantityKind::Count);

        // The counted noun.
        let mut compound = false;
        let wants_noun = unit.is_none()
            && !fold
            && (kind == QuantityKind::Count || (kind == QuantityKind::Ratio && core.form != Form::Ratio));
        if wants_noun {
            let mut k = end;
            if skip_of || form == Form::Ratio {
                if self.id(k) == ids.of {
                    k += 1;
                }
                while lex.has(self.id(k), F_DETERMINER) && self.is_word(k + 1) {
                    k += 1;
                }
                // "thousands of the city's residents"
                if self.str(k).ends_with("'s") || self.str(k).ends_with("\u{2019}s") {
                    k += 1;
                }
            }
            // A hyphen compound: "a 131-page document" counts pages.
            if self.id(k) == ids.hyphen && self.glued(k) && self.glued(k + 1) {
                if let Some(noun) = self.compound_noun(k + 1) {
                    unit = Some(Cow::Owned(noun));
                    compound = true;
                    last_tok = k + 1;
                } else if self.has(k + 1, F_COMPOUND_ADJ) {
                    k += 2;
                } else {
                    k += 1;
                }
            }
            if unit.is_none() {
                unit = self.noun_phrase(k).map(|np| Cow::Owned(np.text(self.text)));
            }
            // Partitives: "38 of the 45 drones", "Ten of the country's 16 states".
            if unit.is_none() && kind == QuantityKind::Count && self.id(k) == ids.of {
                let mut p = k + 1;
                while lex.has(self.id(p), F_DETERMINER) {
                    p += 1;
                }
                if self.str(p).ends_with("'s") || self.str(p).ends_with("\u{2019}s") {
                    p += 1;
                }
                if p > k + 1 && self.is_num(p) {
                    let mut q = p + 1;
                    // "of the 80-odd resorts"
                    if self.id(q) == ids.hyphen && self.has(q + 1, F_COMPOUND_ADJ) {
                        q += 2;
                    }
                    unit = self.noun_phrase(q).map(|np| Cow::Owned(np.text(self.text)));
                }
            }
        }

        if matches!(form, Form::Vague { weak: true }) {
            checkable = false;
        }
        if kind == QuantityKind::Count && unit.is_none() {
            if form == Form::Words && value == Some(Value::int(1)) && bound == Bound::Exact {
                // "one requiring ...": a pronoun.
                checkable = false;
            } else if matches!(form, Form::Digits | Form::Words) {
                wants_unit = true;
            }
        }
        // "the two sides", "the three men": a group already counted.
        if kind == QuantityKind::Count
            && form == Form::Words
            && bound == Bound::Exact
            && value.and_then(|v| v.as_u64()).is_some_and(|v| (2..=10).contains(&v))
            && before_core > 0
            && lex.has(self.id(before_core - 1), F_ANAPHORIC)
        {
            checkable = false;
        }
        // "day five of the trial", "in round two.": a part of a sequence.
        if kind == QuantityKind::Count
            && unit.is_none()
            && bound == Bound::Exact
            && before_core > 0
            && self.has(before_core - 1, F_SEQUENCE)
            && (self.id(end) == ids.of || self.tok(end).map_or(true, |t| t.kind == TokKind::Sym))
        {
            checkable = false;
        }
        if checkable && self.in_non_claim(core.first, core.last) {
            checkable = false;
            wants_unit = false;
        }
        if !checkable {
            wants_unit = false;
        }
        let scaled = wants_unit && suffix.scale.is_some();
        let linked = wants_unit
            && ((lex.has(prev_word, F_CHANGE) && prev_word != ids.from)
                || ([ids.from, ids.to, ids.than].contains(&prev_word)
                    && before_core >= 2
                    && lex.has(self.id(before_core - 2), F_CHANGE)));
        Step::Mention(Found {
            first: start,
            last: last_tok,
            value,
            value_high,
            bound,
            unit,
            kind,
            checkable,
            wants_unit,
            linked,
            scaled,
            compound,
        })
    }

    /// "a boy, 7,", "Smith, 45, said": a small whole number between commas after a person.
    fn comma_age(&self, first: usize, last: usize, value: Option<Value>) -> bool {
        let ids = &self.lex.ids;
        if first < 2 || self.id(first - 1) != ids.comma || self.id(last + 1) != ids.comma {
            return false;
        }
        if !value.and_then(|v| v.as_u64()).is_some_and(|v| (1..=120).contains(&v)) {
            return false;
        }
        let w = first - 2;
        self.is_word(w) && (self.has(w, F_PERSON) || (self.capitalized(w) && self.id(w) == UNKNOWN))
    }

    /// The counted noun of a hyphen compound at `k` ("131-page" -> "pages"),
    /// in the plural; none for adjectives ("40-strong") and other words.
    fn compound_noun(&self, k: usize) -> Option<String> {
        let t = self.tok(k)?;
        let info = self.lex.info(t.id);
        let w = self.str(k);
        let adjective = ends_with_ci(w, "ed") || ends_with_ci(w, "ing") || ends_with_ci(w, "ly");
        if t.kind != TokKind::Word
            || info.flags & (F_STOP | F_COMPOUND_ADJ) != 0
            || info.cardinal.is_some()
            || info.ordinal.is_some()
            || info.fraction.is_some()
            || adjective
            || self.capitalized(k)
            || (self.id(k + 1) == self.lex.ids.hyphen && self.glued(k + 1))
        {
            return None;
        }
        if self.plural(k, w) {
            return Some(w.to_string());
        }
        let b = w.as_bytes();
        let consonant_y = b.len() >= 2
            && b[b.len() - 1].eq_ignore_ascii_case(&b'y')
            && !b"aeiou".contains(&b[b.len() - 2].to_ascii_lowercase());
        let plural = if ends_with_ci(w, "man") {
            format!("{}men", &w[..w.len() - 3])
        } else if ends_with_ci(w, "s")
            || ends_with_ci(w, "x")
            || ends_with_ci(w, "z")
            || ends_with_ci(w, "ch")
            || ends_with_ci(w, "sh")
        {
            format!("{w}es")
        } else if consonant_y {
            format!("{}ies", &w[..w.len() - 1])
        } else {
            format!("{w}s")
        };
        Some(plural)
    }

    /// True when the sentence has money ("$", "20bn euros"): a glued "m"
    /// is then millions, not metres. Currency words count only after a
    /// number or scale ("she won" is no currency).
    fn sentence_has_money(&self) -> bool {
        (0..self.toks.len()).any(|k| {
            let after_number = k > 0 && (self.is_num(k - 1) || self.info(k - 1).scale.is_some());
            self.lex.currency_prefix.longest_at(self.toks, k).is_some()
                || (after_number
                    && self
                        .lex
                        .currency_suffix
                        .longest_at(self.toks, k)
                        .is_some_and(|(_, _, &(_, _, glued))| !glued))
        })
    }

    /// True when a fixed expression ("one of", "the two sides") covers the core.
    fn in_non_claim(&self, first: usize, last: usize) -> bool {
        let from = first.saturating_sub(3);
        (from..=last).any(|s| {
            self.lex.non_claims.longest_at(self.toks, s).is_some_and(|(end, phrase, &case)| {
                end > first && (!case || self.str(s).starts_with(|c: char| phrase.text.starts_with(c)))
            })
        })
    }

    /// The noun phrase a number quantifies, starting at token `k`. Only
    /// offsets: callers that ask whether a plural noun follows build no text.
    fn noun_phrase(&self, mut k: usize) -> Option<NounPhrase> {
        let lex = self.lex;
        let mut np = NounPhrase { spans: [(0, 0); 4], len: 0, plural: false };
        while np.len < np.spans.len() {
            let Some(t) = self.tok(k) else { break };
            // A model designation inside the counted noun: "14 Leopard 2 tanks",
            // "three Boeing 737 jets": a short plain number after a capitalised
            // name word, with a plural noun after it, is part of the noun.
            if t.kind == TokKind::Num && np.len > 0 && t.gap && self.is_model_number(k) {
                if let Some(span) = np.spans.get_mut(np.len) {
                    *span = (t.start, t.end);
                }
                np.len += 1;
                k += 1;
                continue;
            }
            // A model name written as letters joined to a number: "24 F-16 jets",
            // "30 T-72 tanks", "40 A320 jets", "10 MiG-29 fighters".
            if t.kind == TokKind::Word && (np.len == 0 || t.gap) {
                if let Some(last) = self.model_name_end(k) {
                    let end = self.tok(last).map_or(t.end, |l| l.end);
                    if let Some(span) = np.spans.get_mut(np.len) {
                        *span = (t.start, end);
                    }
                    np.len += 1;
                    k = last + 1;
                    continue;
                }
            }
            if t.kind != TokKind::Word || (!t.gap && np.len > 0) {
                break;
            }
            // Hyphen compounds: "long-range", "self-propelled".
            let mut lk = k;
            while self.id(lk + 1) == lex.ids.hyphen
                && self.glued(lk + 1)
                && self.is_word(lk + 2)
                && self.glued(lk + 2)
            {
                lk += 2;
            }
            let info = lex.info(t.id);
            let compound = lk > k;
            // "two-thirds", "one-third" begin a quantity, not a noun.
            if compound && (info.cardinal.is_some() || info.fraction.is_some()) {
                break;
            }
            if !compound
                && (info.flags & F_STOP != 0
                    || info.cardinal.is_some()
                    || info.scale.is_some()
                    || info.time_unit.is_some()
                    || info.month.is_some()
                    || info.flags & F_DAY != 0)
            {
                break;
            }
            if np.len == 0 && !compound && info.flags & F_DROP != 0 {
                k += 1;
                continue;
            }
            let head = self.str(lk);
            if ends_with_ci(head, "'s") || ends_with_ci(head, "\u{2019}s") {
                break;
            }
            if head.len() > 4 && ends_with_ci(head, "ly") && !lex.has(self.id(lk), F_LY_NOUN) {
                break;
            }
            // A participle after the noun is a verb ("5 people living in ..."), but
            // an -ing word before the head noun is part of it: "40 Marder infantry
            // fighting vehicles", "20 Chinese fishing boats".
            let modifier_ing = ends_with_ci(head, "ing")
                && !compound
                && !np.plural
                && self.tok(lk + 1).is_some_and(|n| n.kind == TokKind::Word && n.gap)
                && self.plural(lk + 1, self.str(lk + 1));
            if np.len > 0 && (ends_with_ci(head, "ed") || ends_with_ci(head, "ing")) && !modifier_ing {
                break;
            }
            let is_plural = self.plural(lk, head);
            if np.plural && !is_plural {
                break;
            }
            let (Some(a), Some(b)) = (self.tok(k), self.tok(lk)) else { break };
            if let Some(span) = np.spans.get_mut(np.len) {
                *span = (a.start, b.end);
            }
            np.len += 1;
            k = lk + 1;
            np.plural = is_plural;
        }
        // "20 wounded": a lone participle is a verb or a noun-less adjective.
        let w = np.word(self.text, np.len.checked_sub(1)?);
        if !np.plural && (w.ends_with("ed") || w.ends_with("en")) && !w.contains('-') {
            np.len -= 1;
        }
        // "one requiring ...": a leading -ing word without a plural head is a verb.
        let first = np.word(self.text, 0);
        if np.len == 0 || (!np.plural && first.ends_with("ing") && !first.contains('-')) {
            return None;
        }
        Some(np)
    }

    /// True for the number of a model name at token `k` ("Leopard 2", "Boeing
    /// 737"): one to four plain digits, right after a capitalised word that is
    /// no unit or number word, and followed by a plural noun.
    fn is_model_number(&self, k: usize) -> bool {
        let plain = self.model_digits(k);
        let after_name = k.checked_sub(1).is_some_and(|p| {
            self.is_word(p)
                && self.capitalized(p)
                && self.info(p).cardinal.is_none()
                && self.info(p).scale.is_none()
        });
        let head = self.tok(k + 1).is_some_and(|n| n.kind == TokKind::Word && n.gap)
            && self.plural(k + 1, self.str(k + 1));
        plain && after_name && head
    }

    /// True when token `k` is one to four plain digits, as a model number has
    /// ("2" of "Leopard 2", "16" of "F-16").
    fn model_digits(&self, k: usize) -> bool {
        let digits = self.str(k);
        self.tok(k).is_some_and(|t| t.kind == TokKind::Num && t.flags & (MULTIDOT | LEADING_ZERO) == 0)
            && (1..=4).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
    }

    /// The last token of a model name of letters joined to a number starting at
    /// token `k` ("F-16", "MiG-29", "A320", "M1"): one to four ASCII letters,
    /// the first upper case, then, right after or after a hyphen, one to four
    /// digits that nothing else is glued to; a noun must follow it.
    fn model_name_end(&self, k: usize) -> Option<usize> {
        let letters = self.str(k);
        let shaped = (1..=4).contains(&letters.len())
            && letters.bytes().all(|b| b.is_ascii_alphabetic())
            && letters.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
        if !shaped {
            return None;
        }
        let num = if self.id(k + 1) == self.lex.ids.hyphen && self.glued(k + 1) { k + 2 } else { k + 1 };
        self.tok(num).filter(|t| t.kind == TokKind::Num && !t.gap)?;
        let plain = self.model_digits(num);
        let noun_follows = self.tok(num + 1).is_some_and(|n| n.kind == TokKind::Word && n.gap);
        (plain && noun_follows).then_some(num)
    }

    /// True when the word at token `k` (written `word`) is a plural noun.
    fn plural(&self, k: usize, word: &str) -> bool {
        let id = self.id(k);
        if self.lex.has(id, F_PLURAL) {
            return true;
        }
        if self.lex.has(id, F_NOT_PLURAL) {
            return false;
        }
        word.len() >= 3
            && ends_with_ci(word, "s")
            && !ends_with_ci(word, "ss")
            && !ends_with_ci(word, "us")
            && !ends_with_ci(word, "is")
    }
}

/// True when `word` ends with the lower-case `suffix`, ignoring ASCII case
/// (what lower-casing a copy of the word would give, without the copy).
fn ends_with_ci(word: &str, suffix: &str) -> bool {
    let (w, s) = (word.as_bytes(), suffix.as_bytes());
    w.len() >= s.len() && w.get(w.len() - s.len()..).is_some_and(|tail| tail.eq_ignore_ascii_case(s))
}

/// A noun phrase: up to four word spans of the sentence text (byte offsets),
/// and whether its head is plural.
#[derive(Debug, Clone, Copy)]
struct NounPhrase {
    spans: [(usize, usize); 4],
    len: usize,
    plural: bool,
}

impl NounPhrase {
    /// Word `n` of the phrase ("" past the end).
    fn word<'t>(&self, text: &'t str, n: usize) -> &'t str {
        self.spans.get(n).filter(|_| n < self.len).and_then(|&(a, b)| text.get(a..b)).unwrap_or("")
    }

    /// The phrase as written, its words joined by single spaces.
    fn text(&self, text: &str) -> String {
        let len = (0..self.len).map(|n| self.word(text, n).len() + 1).sum();
        let mut s = String::with_capacity(len);
        for n in 0..self.len {
            if n > 0 {
                s.push(' ');
            }
            s.push_str(self.word(text, n));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector() -> NumericDetector {
        NumericDetector::new(&NumericConfig::default()).expect("word lists parse")
    }

    /// (text, quantity as written, value) for the first mention of each text.
    #[test]
    fn values_of_written_numbers() {
        let cases: &[(&str, &str, &str)] = &[
            ("twelve thousand five hundred people", "twelve thousand five hundred", "12500"),
            ("three hundred and fifty jobs", "three hundred and fifty", "350"),
            ("twenty-five pupils", "twenty-five", "25"),
            ("a dozen eggs", "a dozen", "12"),
            ("two dozen eggs", "two dozen", "24"),
            ("a hundred flights", "a hundred", "100"),
            ("one million two hundred thousand voters", "one million two hundred thousand", "1200000"),
            ("a quarter of a million people", "a quarter of a million", "250000"),
            ("half a million homes", "half a million", "500000"),
            ("two-thirds of voters", "two-thirds", "0.6667"),
            ("one in five adults", "one in five", "0.2"),
            ("1 in 4 children", "1 in 4", "0.25"),
            ("1.2 million people", "1.2 million", "1200000"),
            ("$1.5bn", "$1.5bn", "1500000000"),
            ("€20m", "€20m", "20000000"),
            ("£3.4 trillion", "£3.4 trillion", "3400000000000"),
            ("50p", "50p", "0.5"),
            ("5k runners", "5k", "5000"),
            ("2½ years", "2½ years", "2.5"),
            ("12,000 troops", "12,000", "12000"),
            ("12\u{a0}000 troops", "12\u{a0}000", "12000"),
            ("12\u{2009}000 troops", "12\u{2009}000", "12000"),
            ("0.1 per cent", "0.1 per cent", "0.1"),
            ("-0.3%", "-0.3%", "-0.3"),
            ("\u{2212}0.3%", "\u{2212}0.3%", "-0.3"),
            ("minus 12 degrees", "minus 12 degrees", "-12"),
            ("Rs 5 crore", "Rs 5 crore", "50000000"),
            ("two and a half years", "two and a half years", "2.5"),
        ];
        let d = detector();
        for (text, quantity, value) in cases {
            let found = d.run_text(text);
            let m = found.first().unwrap_or_else(|| panic!("nothing in {text:?}"));
            assert_eq!(&text[m.span.start..m.span.end], *quantity, "{text}");
            assert_eq!(m.value.as_deref(), Some(*value), "{text}");
        }
    }

    /// Texts whose numbers are not quantities at all.
    #[test]
    fn not_quantities() {
        let d = detector();
        for text in [
            "call 0800 123 4567 now",
            "version 2.3.1",
            "Resolution 2334",
            "the A320",
            "COVID-19 rules",
            "the G7 summit",
            "won 3-1",
            "at 3 p.m.",
            "at 14:30",
            "see page 12",
            "after 9/11",
            "on 4chan",
        ] {
            assert!(d.run_text(text).is_empty(), "{text}: {:?}", d.run_text(text));
        }
    }

    /// The sentence filter never skips a sentence that holds a number: run
    /// every word of the lexicon and every fixture sentence past it.
    #[test]
    fn skipped_sentences_hold_no_numbers() {
        let d = detector();
        let lex = &d.lex;
        let mut texts: Vec<String> =
            lex.vocab.keys().map(|(k, _)| String::from_utf8_lossy(&k).into_owned()).collect();
        texts.extend(["a few", "A dozen eggs", "a third of", "İ", "Several"].map(String::from));
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles/wikinews");
        for entry in std::fs::read_dir(root).expect("fixture folder").flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            texts.extend(text.split(['.', '\n']).map(String::from));
        }
        let (mut toks, mut buf, mut skipped) = (Vec::new(), String::new(), 0);
        for text in &texts {
            if lex.triggers.may_match(text) {
                continue;
            }
            skipped += 1;
            tokenize(text, &lex.vocab, &mut toks, &mut buf);
            let sent = Sent { lex, text, toks: &toks, headline: false, config: &d.config };
            let mut out = Vec::new();
            sent.run(0, None, &mut Vec::new(), &mut out);
            assert!(out.is_empty(), "{text:?} was skipped but holds {out:?}");
        }
        assert!(skipped > 100, "the filter skips some sentences ({skipped})");
    }

    #[test]
    fn bounds() {
        let d = detector();
        for (text, bound) in [
            ("about 30 people", Bound::About),
            ("an estimated 7,000 migrants", Bound::About),
            ("more than 120 people", Bound::Over),
            ("at least 19 people", Bound::AtLeast),
            ("fewer than 500 refugees", Bound::Under),
            ("up to 4,000 firms", Bound::AtMost),
            ("as many as 60 people", Bound::AtMost),
            ("10-15%", Bound::Range),
            ("between 10 and 15 people", Bound::Range),
            ("hundreds of people", Bound::Vague),
            ("12,000 or more", Bound::AtLeast),
        ] {
            let found = d.run_text(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].bound, bound, "{text}");
            // The bound words are part of the quantity.
            assert_eq!(found[0].span.start, 0, "{text}");
        }
    }
}
