//! The word lists under `data/`, compiled once into integer ids and phrase indexes.

use claimsheet_core::Bound;

use crate::token::{tokenize, Tok, TokKind, Triggers, Vocab, UNKNOWN};
use crate::Error;

/// How a scale word may attach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScaleUse {
    /// After digits or number words, spaced or glued ("1.2 million", "twelve thousand").
    Any,
    /// Only glued to digits ("20m").
    Glued,
    /// Only after digits ("1.5 bn").
    Digits,
    /// Multiplies the current group ("three hundred", "two dozen").
    Small,
}

/// Percent-like suffix kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PctKind {
    Percent,
    Points,
    Basis,
}

pub(crate) const F_STOP: u32 = 1;
pub(crate) const F_DROP: u32 = 1 << 1;
pub(crate) const F_IDENT: u32 = 1 << 2;
pub(crate) const F_PERSON: u32 = 1 << 3;
pub(crate) const F_AGE_CUE: u32 = 1 << 4;
pub(crate) const F_SCORE: u32 = 1 << 5;
pub(crate) const F_DATE_PREP: u32 = 1 << 6;
pub(crate) const F_PLURAL: u32 = 1 << 7;
pub(crate) const F_NOT_PLURAL: u32 = 1 << 8;
pub(crate) const F_RANK_BEFORE: u32 = 1 << 9;
pub(crate) const F_RANK_AFTER: u32 = 1 << 10;
pub(crate) const F_LY_NOUN: u32 = 1 << 11;
pub(crate) const F_DETERMINER: u32 = 1 << 12;
pub(crate) const F_ANAPHORIC: u32 = 1 << 13;
pub(crate) const F_DAY: u32 = 1 << 14;
/// The word can begin a number (cardinal, ordinal, fraction, month, vague, "a").
pub(crate) const F_STARTER: u32 = 1 << 15;
pub(crate) const F_CHANGE: u32 = 1 << 16;
pub(crate) const F_OVER_CUE: u32 = 1 << 17;
pub(crate) const F_TIME_MOD: u32 = 1 << 18;
pub(crate) const F_COMPOUND_ADJ: u32 = 1 << 19;
/// A verb whose bare count object is people ("killed at least 40").
pub(crate) const F_CASUALTY: u32 = 1 << 20;
/// A noun numbering the parts of a sequence ("day five of the trial").
pub(crate) const F_SEQUENCE: u32 = 1 << 21;

/// What the lexicon knows about one lower-cased word or symbol.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordInfo {
    pub cardinal: Option<u32>,
    pub scale: Option<(u128, ScaleUse)>,
    pub ordinal: Option<u32>,
    /// Denominator, and whether the form is plural ("thirds").
    pub fraction: Option<(u32, bool)>,
    pub month: Option<u8>,
    pub time_unit: Option<&'static str>,
    pub multiplicative: Option<(u32, u32)>,
    pub flags: u32,
}

/// A phrase as lexicon ids; `gap` says whether the source had a space before the token.
#[derive(Debug, Clone)]
pub(crate) struct Phrase {
    pub ids: Vec<(u32, bool)>,
    /// The phrase as written in the data file (for case-sensitive entries).
    pub text: &'static str,
}

/// Phrases indexed by first and last token id.
///
/// The indexes are vectors indexed by id (ids are dense, a few thousand):
/// the detector asks them at most tokens around a number, and a vector
/// lookup is cheaper than hashing.
#[derive(Debug, Clone)]
pub(crate) struct PhraseSet<T> {
    entries: Vec<(Phrase, T)>,
    by_first: Vec<Vec<usize>>,
    by_last: Vec<Vec<usize>>,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet { entries: Vec::new(), by_first: Vec::new(), by_last: Vec::new() }
    }
}

/// Adds `idx` to the list of `id`, growing the index as needed.
fn index_push(index: &mut Vec<Vec<usize>>, id: u32, idx: usize) {
    let id = id as usize;
    if index.len() <= id {
        index.resize_with(id + 1, Vec::new);
    }
    index[id].push(idx);
}

impl<T> PhraseSet<T> {
    fn push(&mut self, phrase: Phrase, value: T) {
        let idx = self.entries.len();
        if let (Some(first), Some(last)) = (phrase.ids.first(), phrase.ids.last()) {
            index_push(&mut self.by_first, first.0, idx);
            index_push(&mut self.by_last, last.0, idx);
        }
        self.entries.push((phrase, value));
    }

    /// True when some phrase starts with `id`.
    fn starts_with(&self, id: u32) -> bool {
        self.by_first.get(id as usize).is_some_and(|list| !list.is_empty())
    }

    fn matches_at(phrase: &Phrase, toks: &[Tok], at: usize) -> bool {
        phrase
            .ids
            .iter()
            .enumerate()
            .all(|(m, &(id, gap))| toks.get(at + m).is_some_and(|t| t.id == id && (m == 0 || gap || !t.gap)))
    }

    /// Longest phrase starting at token `at`: (end token index, exclusive; phrase; value).
    pub(crate) fn longest_at(&self, toks: &[Tok], at: usize) -> Option<(usize, &Phrase, &T)> {
        let first = toks.get(at)?.id;
        if first == UNKNOWN {
            return None;
        }
        let mut best: Option<(usize, &Phrase, &T)> = None;
        for &idx in self.by_first.get(first as usize)? {
            let (phrase, value) = &self.entries[idx];
            if Self::matches_at(phrase, toks, at) {
                let end = at + phrase.ids.len();
                if best.map_or(true, |b| end > b.0) {
                    best = Some((end, phrase, value));
                }
            }
        }
        best
    }

    /// Longest phrase ending just before token `end` (exclusive), starting at or
    /// after `floor`: (start token index; phrase; value).
    pub(crate) fn longest_before(
        &self,
        toks: &[Tok],
        end: usize,
        floor: usize,
    ) -> Option<(usize, &Phrase, &T)> {
        if end == 0 || end <= floor {
            return None;
        }
        let last = toks.get(end - 1)?.id;
        if last == UNKNOWN {
            return None;
        }
        let mut best: Option<(usize, &Phrase, &T)> = None;
        for &idx in self.by_last.get(last as usize)? {
            let (phrase, value) = &self.entries[idx];
            let len = phrase.ids.len();
            if len > end - floor {
                continue;
            }
            let start = end - len;
            if Self::matches_at(phrase, toks, start) && best.map_or(true, |b| start < b.0) {
                best = Some((start, phrase, value));
            }
        }
        best
    }
}

/// Everything the detector knows about words, built from the data files.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    pub vocab: Vocab,
    /// Words that can take part in a number, for skipping sentences.
    pub triggers: Triggers,
    pub info: Vec<WordInfo>,
    pub measure: PhraseSet<(&'static str, bool)>,
    pub currency_prefix: PhraseSet<&'static str>,
    /// (ISO code, minor unit, glued only)
    pub currency_suffix: PhraseSet<(&'static str, bool, bool)>,
    pub percent: PhraseSet<(PctKind, bool)>,
    pub bounds_before: PhraseSet<Bound>,
    pub bounds_after: PhraseSet<(Bound, bool)>,
    /// weak?
    pub vague: PhraseSet<bool>,
    pub non_claims: PhraseSet<bool>,
    pub times_of_day: PhraseSet<()>,
    /// Well-known ids.
    pub ids: KnownIds,
}

/// Ids of words the detector tests directly.
#[derive(Debug, Clone, Default)]
pub(crate) struct KnownIds {
    pub a: u32,
    pub an: u32,
    pub and: u32,
    pub of: u32,
    pub in_: u32,
    pub out: u32,
    pub every: u32,
    pub to: u32,
    pub from: u32,
    pub between: u32,
    pub the: u32,
    pub half: u32,
    pub over: u32,
    pub number: u32,
    pub minus: u32,
    pub negative: u32,
    pub old: u32,
    pub hyphen: u32,
    pub en_dash: u32,
    pub minus_sign: u32,
    pub comma: u32,
    pub period: u32,
    pub colon: u32,
    pub slash: u32,
    pub plus: u32,
    pub lparen: u32,
    pub rparen: u32,
    pub hash: u32,
    pub s: u32,
    pub st: u32,
    pub nd: u32,
    pub rd: u32,
    pub th: u32,
    pub fold: u32,
    pub magnitude: u32,
    pub times: u32,
    pub as_: u32,
    pub more: u32,
    pub less: u32,
    pub or: u32,
    pub than: u32,
    pub m: u32,
    pub quarter: u32,
    pub all: u32,
}

/// One data line: fields split on `|`, trimmed; comments and blank lines skipped.
fn lines(src: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    src.lines().enumerate().filter_map(|(n, line)| {
        let line = match line.find(" #") {
            Some(i) => &line[..i],
            None => line,
        };
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        Some((n + 1, line.split('|').map(str::trim).collect()))
    })
}

struct Builder {
    vocab: Vocab,
    info: Vec<WordInfo>,
    scratch: Vec<Tok>,
    buf: String,
}

impl Builder {
    fn intern(&mut self, key: &str) -> u32 {
        if let Some(id) = self.vocab.get(key) {
            return id;
        }
        let id = u32::try_from(self.info.len()).unwrap_or(UNKNOWN - 1);
        self.vocab.insert(key, id);
        self.info.push(WordInfo::default());
        id
    }

    fn word(&mut self, file: &'static str, line: usize, word: &str) -> Result<&mut WordInfo, Error> {
        let key = word.to_lowercase().replace('\u{2019}', "'");
        if key.is_empty() || key.contains(char::is_whitespace) {
            return Err(Error::data(file, line, format!("expected one word, got {word:?}")));
        }
        let id = self.intern(&key);
        Ok(&mut self.info[id as usize])
    }

    fn phrase(&mut self, file: &'static str, line: usize, text: &'static str) -> Result<Phrase, Error> {
        let empty = Vocab::default();
        let mut toks = std::mem::take(&mut self.scratch);
        tokenize(text, &empty, &mut toks, &mut self.buf);
        let mut ids = Vec::with_capacity(toks.len());
        for t in &toks {
            if t.kind == TokKind::Num {
                return Err(Error::data(file, line, format!("digits in phrase {text:?}")));
            }
            let key = text[t.start..t.end].to_lowercase().replace('\u{2019}', "'");
            ids.push((self.intern(&key), t.gap));
        }
        self.scratch = toks;
        if ids.is_empty() {
            return Err(Error::data(file, line, "empty phrase".to_string()));
        }
        Ok(Phrase { ids, text })
    }

    fn flag_words(&mut self, file: &'static str, src: &'static str, flag: u32) -> Result<(), Error> {
        for (n, f) in lines(src) {
            self.word(file, n, f[0])?.flags |= flag;
        }
        Ok(())
    }

    fn known(&mut self, key: &str) -> u32 {
        self.intern(key)
    }
}

fn num<T: std::str::FromStr>(file: &'static str, line: usize, s: Option<&&str>) -> Result<T, Error> {
    let s = s.ok_or_else(|| Error::data(file, line, "missing value".to_string()))?;
    s.parse().map_err(|_| Error::data(file, line, format!("bad number {s:?}")))
}

fn bound_name(file: &'static str, line: usize, s: Option<&&str>) -> Result<Bound, Error> {
    Ok(match s.copied().unwrap_or("") {
        "about" => Bound::About,
        "over" => Bound::Over,
        "at_least" => Bound::AtLeast,
        "under" => Bound::Under,
        "at_most" => Bound::AtMost,
        "exact" => Bound::Exact,
        other => return Err(Error::data(file, line, format!("unknown bound {other:?}"))),
    })
}

fn has_flag(fields: &[&str], idx: usize, flag: &str) -> bool {
    fields.get(idx).is_some_and(|f| f.split_whitespace().any(|w| w == flag))
}

macro_rules! data {
    ($name:literal) => {
        ($name, include_str!(concat!("../data/", $name)))
    };
}

impl Lexicon {
    pub(crate) fn build() -> Result<Lexicon, Error> {
        let mut b =
            Builder { vocab: Vocab::default(), info: Vec::new(), scratch: Vec::new(), buf: String::new() };

        let (f, src) = data!("number_words.txt");
        for (n, x) in lines(src) {
            let v = num(f, n, x.get(1))?;
            b.word(f, n, x[0])?.cardinal = Some(v);
        }
        let (f, src) = data!("scale_words.txt");
        for (n, x) in lines(src) {
            let v: u128 = num(f, n, x.get(1))?;
            let use_ = if has_flag(&x, 2, "glued") {
                ScaleUse::Glued
            } else if has_flag(&x, 2, "digits") {
                ScaleUse::Digits
            } else if has_flag(&x, 2, "small") {
                ScaleUse::Small
            } else {
                ScaleUse::Any
            };
            b.word(f, n, x[0])?.scale = Some((v, use_));
        }
        let (f, src) = data!("ordinals.txt");
        for (n, x) in lines(src) {
            let v = num(f, n, x.get(1))?;
            b.word(f, n, x[0])?.ordinal = Some(v);
        }
        let (f, src) = data!("fractions.txt");
        for (n, x) in lines(src) {
            let v = num(f, n, x.get(1))?;
            let plural = has_flag(&x, 2, "plural");
            b.word(f, n, x[0])?.fraction = Some((v, plural));
        }
        let (f, src) = data!("months.txt");
        for (n, x) in lines(src) {
            let v = num(f, n, x.get(1))?;
            b.word(f, n, x[0])?.month = Some(v);
        }
        let (f, src) = data!("time_units.txt");
        for (n, x) in lines(src) {
            let unit = *x.get(1).ok_or_else(|| Error::data(f, n, "missing unit".to_string()))?;
            b.word(f, n, x[0])?.time_unit = Some(unit);
        }
        let (f, src) = data!("multiplicatives.txt");
        for (n, x) in lines(src) {
            let (a, d) = x
                .get(1)
                .and_then(|r| r.split_once('/'))
                .ok_or_else(|| Error::data(f, n, "expected n/d".to_string()))?;
            let (a, d) = (num(f, n, Some(&a))?, num(f, n, Some(&d))?);
            b.word(f, n, x[0])?.multiplicative = Some((a, d));
        }
        for ((f, src), flag) in [
            (data!("stop_words.txt"), F_STOP),
            (data!("unit_drop_words.txt"), F_DROP),
            (data!("identifier_nouns.txt"), F_IDENT),
            (data!("person_nouns.txt"), F_PERSON),
            (data!("age_cues.txt"), F_AGE_CUE),
            (data!("score_words.txt"), F_SCORE),
            (data!("date_prepositions.txt"), F_DATE_PREP),
            (data!("ly_nouns.txt"), F_LY_NOUN),
            (data!("determiners.txt"), F_DETERMINER),
            (data!("anaphoric.txt"), F_ANAPHORIC),
            (data!("change_words.txt"), F_CHANGE),
            (data!("duration_over_cues.txt"), F_OVER_CUE),
            (data!("time_modifiers.txt"), F_TIME_MOD),
            (data!("compound_adjectives.txt"), F_COMPOUND_ADJ),
            (data!("casualty_verbs.txt"), F_CASUALTY),
            (data!("sequence_nouns.txt"), F_SEQUENCE),
        ] {
            b.flag_words(f, src, flag)?;
        }
        for day in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] {
            let id = b.intern(day);
            b.info[id as usize].flags |= F_DAY;
        }
        let (f, src) = data!("irregular_plurals.txt");
        for (n, x) in lines(src) {
            let flag = if has_flag(&x, 1, "singular") { F_NOT_PLURAL } else { F_PLURAL };
            b.word(f, n, x[0])?.flags |= flag;
        }
        let (f, src) = data!("rank_cues.txt");
        for (n, x) in lines(src) {
            let flag = if has_flag(&x, 1, "after") { F_RANK_AFTER } else { F_RANK_BEFORE };
            b.word(f, n, x[0])?.flags |= flag;
        }

        let mut measure = PhraseSet::default();
        let (f, src) = data!("measure_units.txt");
        for (n, x) in lines(src) {
            let unit = *x.get(1).ok_or_else(|| Error::data(f, n, "missing unit".to_string()))?;
            let p = b.phrase(f, n, x[0])?;
            measure.push(p, (unit, has_flag(&x, 2, "glued")));
        }
        let mut currency_prefix = PhraseSet::default();
        let mut currency_suffix = PhraseSet::default();
        let (f, src) = data!("currencies.txt");
        for (n, x) in lines(src) {
            let iso = *x.get(1).ok_or_else(|| Error::data(f, n, "missing code".to_string()))?;
            if has_flag(&x, 2, "prefix") {
                let p = b.phrase(f, n, x[0])?;
                currency_prefix.push(p, iso);
            }
            if has_flag(&x, 2, "suffix") || has_flag(&x, 2, "glued") {
                let p = b.phrase(f, n, x[0])?;
                currency_suffix.push(p, (iso, has_flag(&x, 2, "minor"), has_flag(&x, 2, "glued")));
            }
        }
        let mut percent = PhraseSet::default();
        let (f, src) = data!("percent_words.txt");
        for (n, x) in lines(src) {
            let kind = match x.get(1).copied() {
                Some("percent") => PctKind::Percent,
                Some("points") => PctKind::Points,
                Some("basis") => PctKind::Basis,
                other => return Err(Error::data(f, n, format!("unknown kind {other:?}"))),
            };
            let p = b.phrase(f, n, x[0])?;
            percent.push(p, (kind, has_flag(&x, 2, "glued")));
        }
        let mut bounds_before = PhraseSet::default();
        let (f, src) = data!("bound_words.txt");
        for (n, x) in lines(src) {
            let bound = bound_name(f, n, x.get(1))?;
            let p = b.phrase(f, n, x[0])?;
            bounds_before.push(p, bound);
        }
        let mut bounds_after = PhraseSet::default();
        let (f, src) = data!("trailing_bounds.txt");
        for (n, x) in lines(src) {
            let bound = bound_name(f, n, x.get(1))?;
            let p = b.phrase(f, n, x[0])?;
            bounds_after.push(p, (bound, has_flag(&x, 2, "glued")));
        }
        let mut vague = PhraseSet::default();
        let (f, src) = data!("vague_quantities.txt");
        for (n, x) in lines(src) {
            let weak = match x.get(1).copied() {
                Some("weak") => true,
                Some("magnitude") => false,
                other => return Err(Error::data(f, n, format!("unknown strength {other:?}"))),
            };
            let p = b.phrase(f, n, x[0])?;
            vague.push(p, weak);
        }
        let mut non_claims = PhraseSet::default();
        let (f, src) = data!("non_claims.txt");
        for (n, x) in lines(src) {
            let case_sensitive = x[0].starts_with(|c: char| c.is_uppercase());
            let p = b.phrase(f, n, x[0])?;
            non_claims.push(p, case_sensitive);
        }
        let mut times_of_day = PhraseSet::default();
        let (f, src) = data!("times_of_day.txt");
        for (n, x) in lines(src) {
            let p = b.phrase(f, n, x[0])?;
            times_of_day.push(p, ());
        }

        for (id, info) in b.info.iter_mut().enumerate() {
            let id = id as u32;
            if info.cardinal.is_some()
                || info.ordinal.is_some()
                || info.fraction.is_some()
                || info.month.is_some()
                || info.multiplicative.is_some()
                || vague.starts_with(id)
            {
                info.flags |= F_STARTER;
            }
        }
        for w in ["a", "an"] {
            let id = b.intern(w);
            b.info[id as usize].flags |= F_STARTER;
        }
        let ids = KnownIds {
            a: b.known("a"),
            an: b.known("an"),
            and: b.known("and"),
            of: b.known("of"),
            in_: b.known("in"),
            out: b.known("out"),
            every: b.known("every"),
            to: b.known("to"),
            from: b.known("from"),
            between: b.known("between"),
            the: b.known("the"),
            half: b.known("half"),
            over: b.known("over"),
            number: b.known("number"),
            minus: b.known("minus"),
            negative: b.known("negative"),
            old: b.known("old"),
            hyphen: b.known("-"),
            en_dash: b.known("\u{2013}"),
            minus_sign: b.known("\u{2212}"),
            comma: b.known(","),
            period: b.known("."),
            colon: b.known(":"),
            slash: b.known("/"),
            plus: b.known("+"),
            lparen: b.known("("),
            rparen: b.known(")"),
            hash: b.known("#"),
            s: b.known("s"),
            st: b.known("st"),
            nd: b.known("nd"),
            rd: b.known("rd"),
            th: b.known("th"),
            fold: b.known("fold"),
            magnitude: b.known("magnitude"),
            times: b.known("times"),
            as_: b.known("as"),
            more: b.known("more"),
            less: b.known("less"),
            or: b.known("or"),
            than: b.known("than"),
            m: b.known("m"),
            quarter: b.known("quarter"),
            all: b.known("all"),
        };
        // A mention starts at a numeral or a starter word (`Sent::at`); "a"
        // and "an" start one only before a scale word that may follow them
        // ("a dozen", "a million"), a fraction ("a quarter") or the rest of a
        // vague phrase ("a few"), and a vague phrase starts at its first word.
        // So a sentence without a digit can hold a number only if it holds a
        // starter other than "a"/"an", such a scale word, a fraction, or the
        // first word after "a"/"an" of a vague phrase. Scale words that attach
        // only to digits ("m", "bn") and the inner words of vague phrases
        // ("of") are no triggers: they are common, and would send sentences
        // that cannot hold a number to the tokenizer. Month names begin a
        // date only when capitalized (`Sent::month_at`), so "may" and "march"
        // in lower case are no triggers either.
        let mut vague_ids: Vec<u32> = vague
            .entries
            .iter()
            .filter_map(|(p, _)| p.ids.iter().map(|x| x.0).find(|&id| id != ids.a && id != ids.an))
            .collect();
        vague_ids.sort_unstable();
        let mut triggers = Triggers::default();
        for (key, id) in b.vocab.keys() {
            let info = &b.info[id as usize];
            let starter = info.flags & F_STARTER != 0 && id != ids.a && id != ids.an;
            if starter
                || matches!(info.scale, Some((_, ScaleUse::Any | ScaleUse::Small)))
                || info.fraction.is_some()
                || vague_ids.binary_search(&id).is_ok()
            {
                let month_only = info.month.is_some()
                    && info.cardinal.is_none()
                    && info.ordinal.is_none()
                    && info.fraction.is_none()
                    && info.multiplicative.is_none()
                    && info.scale.is_none()
                    && vague_ids.binary_search(&id).is_err();
                triggers.insert(&key, month_only);
            }
        }
        Ok(Lexicon {
            vocab: b.vocab,
            triggers,
            info: b.info,
            measure,
            currency_prefix,
            currency_suffix,
            percent,
            bounds_before,
            bounds_after,
            vague,
            non_claims,
            times_of_day,
            ids,
        })
    }

    /// The info for a token id (default for unknown words).
    pub(crate) fn info(&self, id: u32) -> &WordInfo {
        static EMPTY: WordInfo = WordInfo {
            cardinal: None,
            scale: None,
            ordinal: None,
            fraction: None,
            month: None,
            time_unit: None,
            multiplicative: None,
            flags: 0,
        };
        self.info.get(id as usize).unwrap_or(&EMPTY)
    }

    /// True when the token id has `flag`.
    pub(crate) fn has(&self, id: u32, flag: u32) -> bool {
        self.info(id).flags & flag != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_build() {
        let lex = Lexicon::build().expect("data files parse");
        let id = lex.vocab.get("twelve").expect("twelve");
        assert_eq!(lex.info(id).cardinal, Some(12));
        let toks = {
            let mut t = Vec::new();
            tokenize("more than 5", &lex.vocab, &mut t, &mut String::new());
            t
        };
        let (start, _, bound) = lex.bounds_before.longest_before(&toks, 2, 0).expect("more than");
        assert_eq!((start, *bound), (0, Bound::Over));
    }
}
