//! Word lists from `data/*.txt`, loaded once into sets.

use crate::Error;
use claimsheet_core::WordTable;
use rustc_hash::FxBuildHasher;
use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};

/// A hash map with the rustc "Fx" hash: word lookups hash short, trusted keys.
pub(crate) type HashMap<K, V> = StdHashMap<K, V, FxBuildHasher>;
/// A hash set with the rustc "Fx" hash.
pub(crate) type HashSet<K> = StdHashSet<K, FxBuildHasher>;

/// Bits of [`Tok::flags`](crate::tokens::Tok): the word lists a token's
/// lower-case form belongs to, looked up once per token instead of once per test.
pub(crate) mod flag {
    pub const TITLE: u32 = 1 << 0;
    pub const TITLE_MODIFIER: u32 = 1 << 1;
    pub const HONORIFIC: u32 = 1 << 2;
    pub const PARTICLE: u32 = 1 << 3;
    pub const ORG: u32 = 1 << 4;
    pub const GROUP: u32 = 1 << 5;
    pub const GROUP_SINGULAR: u32 = 1 << 6;
    pub const DOCUMENT: u32 = 1 << 7;
    pub const CUE_FIRST: u32 = 1 << 8;
    pub const STOPWORD: u32 = 1 << 9;
    pub const PLACE: u32 = 1 << 10;
    pub const NATIONALITY: u32 = 1 << 11;
    pub const MODIFIER: u32 = 1 << 12;
    pub const PRONOUN: u32 = 1 << 13;
    /// In `nationalities.txt` only (NATIONALITY also holds places).
    pub const NATION: u32 = 1 << 14;
    /// The first word of a hedge or hedging verb ([`super::Lexicon::hedge_index`]).
    pub const HEDGE_FIRST: u32 = 1 << 15;
    /// The first word of a place or organisation word of several words
    /// ("south" of "south korea"): only a name starting with one can be such a
    /// phrase, so other names skip the phrase look-ups.
    pub const PHRASE_START: u32 = 1 << 16;
    /// An issuing verb ("published", "released"): `issuing_verbs.txt`.
    pub const ISSUING: u32 = 1 << 17;
    /// Inside quotation marks (set by the resolver, not from a word list).
    pub const MARKED: u32 = 1 << 31;
}

/// Gender fixed by a pronoun or an honorific.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// What a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PronounInfo {
    pub gender: Option<Gender>,
    pub plural: bool,
    /// "it": organisations and countries, never persons.
    pub thing: bool,
    /// "they": persons in groups, organisations, countries.
    pub any: bool,
}

/// Every word list, lower case.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    pub titles: HashSet<String>,
    pub title_modifiers: HashSet<String>,
    pub honorifics: HashMap<String, Option<Gender>>,
    pub particles: HashSet<String>,
    pub pronouns: HashMap<String, PronounInfo>,
    pub org_words: HashSet<String>,
    /// Organisation words of public bodies ("ministry", "police", "court"):
    /// "the company" does not refer back to a name holding one.
    pub public_bodies: HashSet<String>,
    pub group_nouns: HashSet<String>,
    pub group_singulars: HashSet<String>,
    pub document_nouns: HashSet<String>,
    pub issuing_verbs: HashSet<String>,
    /// Cue words; phrases are stored as word sequences.
    pub cues: Vec<Vec<String>>,
    pub cue_first_words: HashSet<String>,
    /// Indices into `cues` by first word, ascending: the cues a word can
    /// start, in list order, without comparing it to every cue.
    pub cue_index: HashMap<String, Vec<usize>>,
    pub disputing_verbs: HashSet<String>,
    /// Hedges and hedging verbs by first word, as (words, is a verb): hedges
    /// first (longest first), then verbs, the order [`crate::hedge`] tries them.
    pub hedge_index: HashMap<String, Vec<(Vec<String>, bool)>>,
    pub stopwords: HashSet<String>,
    pub places: HashSet<String>,
    pub nationalities: HashSet<String>,
    pub modifiers: HashSet<String>,
    /// Every listed word with its [`flag`] bits.
    pub word_flags: HashMap<String, u32>,
    /// The entries of `word_flags` that fit a [`WordTable`] key: nearly every
    /// token is looked up once, and an integer key needs no string hash or compare.
    table: WordTable<u32>,
    /// The longest word in `word_flags`, in bytes: longer words need no look-up.
    longest: usize,
}

/// The entries of a data file: trimmed, non-empty lines not starting with `#`.
pub(crate) fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(text: &str) -> HashSet<String> {
    entries(text).map(str::to_lowercase).collect()
}

impl Lexicon {
    pub(crate) fn load() -> Result<Lexicon, Error> {
        let mut honorifics = HashMap::default();
        for line in entries(include_str!("../data/honorifics.txt")) {
            let mut it = line.split_whitespace();
            let (Some(word), Some(g)) = (it.next(), it.next()) else {
                return Err(Error::WordList {
                    list: "honorifics.txt",
                    reason: format!("line {line:?} needs a word and a gender"),
                });
            };
            honorifics.insert(word.to_lowercase(), parse_gender(g));
        }
        let mut pronouns = HashMap::default();
        for line in entries(include_str!("../data/pronouns.txt")) {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() != 4 {
                return Err(Error::WordList {
                    list: "pronouns.txt",
                    reason: format!("line {line:?} needs word, gender, number and kind"),
                });
            }
            pronouns.insert(
                f[0].to_lowercase(),
                PronounInfo {
                    gender: parse_gender(f[1]),
                    plural: f[2] == "p",
                    thing: f[3] == "thing",
                    any: f[3] == "any",
                },
            );
        }
        let cues: Vec<Vec<String>> = entries(include_str!("../data/cue_verbs.txt"))
            .map(|l| l.split_whitespace().map(str::to_lowercase).collect())
            .collect();
        let cue_first_words = cues.iter().filter_map(|c| c.first().cloned()).collect();
        let mut cue_index: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, c) in cues.iter().enumerate() {
            if let Some(first) = c.first() {
                cue_index.entry(first.clone()).or_default().push(i);
            }
        }
        let mut hedges: Vec<String> =
            entries(include_str!("../data/hedges.txt")).map(str::to_lowercase).collect();
        // Longest first, so "according to unconfirmed reports" wins over "unconfirmed".
        hedges.sort_by_key(|h| std::cmp::Reverse(h.len()));
        let hedge_verbs: Vec<String> =
            entries(include_str!("../data/hedge_verbs.txt")).map(str::to_lowercase).collect();
        let mut hedge_index: HashMap<String, Vec<(Vec<String>, bool)>> = HashMap::default();
        for (h, verb) in hedges.iter().map(|h| (h, false)).chain(hedge_verbs.iter().map(|h| (h, true))) {
            let words: Vec<String> = h.split(' ').map(str::to_string).collect();
            if let Some(first) = words.first() {
                hedge_index.entry(first.clone()).or_default().push((words, verb));
            }
        }
        let places = entries(include_str!("../data/places.txt"))
            .map(|l| l.split('=').next().unwrap_or(l).trim().to_lowercase())
            .collect();
        let mut lex = Lexicon {
            titles: set(include_str!("../data/titles.txt")),
            title_modifiers: set(include_str!("../data/title_modifiers.txt")),
            honorifics,
            particles: set(include_str!("../data/particles.txt")),
            pronouns,
            org_words: set(include_str!("../data/organisation_words.txt")),
            public_bodies: set(include_str!("../data/public_bodies.txt")),
            group_nouns: set(include_str!("../data/group_nouns.txt")),
            group_singulars: set(include_str!("../data/group_singulars.txt")),
            document_nouns: set(include_str!("../data/document_nouns.txt")),
            issuing_verbs: set(include_str!("../data/issuing_verbs.txt")),
            cues,
            cue_index,
            cue_first_words,
            disputing_verbs: set(include_str!("../data/disputing_verbs.txt")),
            hedge_index,
            stopwords: set(include_str!("../data/stopwords.txt")),
            places,
            nationalities: set(include_str!("../data/nationalities.txt")),
            modifiers: set(include_str!("../data/modifiers.txt")),
            word_flags: HashMap::default(),
            table: WordTable::new([]),
            longest: 0,
        };
        let mut flags: HashMap<String, u32> = HashMap::default();
        let lists: [(&HashSet<String>, u32); 10] = [
            (&lex.title_modifiers, flag::TITLE_MODIFIER),
            (&lex.particles, flag::PARTICLE),
            (&lex.org_words, flag::ORG),
            (&lex.group_nouns, flag::GROUP),
            (&lex.group_singulars, flag::GROUP_SINGULAR),
            (&lex.document_nouns, flag::DOCUMENT),
            (&lex.cue_first_words, flag::CUE_FIRST),
            (&lex.stopwords, flag::STOPWORD),
            (&lex.places, flag::PLACE),
            (&lex.modifiers, flag::MODIFIER),
        ];
        for (list, bit) in lists {
            for w in list {
                *flags.entry(w.clone()).or_default() |= bit;
            }
        }
        for w in &lex.titles {
            *flags.entry(w.clone()).or_default() |= flag::TITLE;
            *flags.entry(format!("{w}s")).or_default() |= flag::TITLE;
        }
        for w in &lex.nationalities {
            *flags.entry(w.clone()).or_default() |= flag::NATION;
        }
        for w in lex.nationalities.iter().chain(&lex.places) {
            *flags.entry(w.clone()).or_default() |= flag::NATIONALITY;
        }
        for w in lex.honorifics.keys() {
            *flags.entry(w.clone()).or_default() |= flag::HONORIFIC;
        }
        for w in lex.hedge_index.keys() {
            *flags.entry(w.clone()).or_default() |= flag::HEDGE_FIRST;
        }
        for w in lex.pronouns.keys() {
            *flags.entry(w.clone()).or_default() |= flag::PRONOUN;
        }
        for w in &lex.issuing_verbs {
            *flags.entry(w.clone()).or_default() |= flag::ISSUING;
        }
        for w in lex.places.iter().chain(&lex.org_words) {
            if let Some((first, _)) = w.split_once(' ') {
                *flags.entry(first.to_string()).or_default() |= flag::PHRASE_START;
            }
        }
        lex.table = WordTable::new(flags.iter().map(|(w, &f)| (w.as_str(), f)));
        lex.longest = flags.keys().map(String::len).max().unwrap_or(0);
        lex.word_flags = flags;
        Ok(lex)
    }

    /// The [`flag`] bits of a lower-case word (0 when it is on no list).
    pub(crate) fn flags(&self, lower: &str) -> u32 {
        if lower.len() > self.longest {
            return 0;
        }
        // A word with a key is in the table if listed at all: every listed
        // word that fits a key was put there.
        match WordTable::<u32>::key(lower.as_bytes()) {
            Some(key) => self.table.get(key).unwrap_or(0),
            None => self.word_flags.get(lower).copied().unwrap_or(0),
        }
    }

    /// [`Lexicon::flags`] of `lowered[start..start + len]`, the key read straight
    /// from `lowered`: the tokenizer's look-up.
    // Always inlined: called once per word from the tokenizer's hot loop.
    #[inline(always)]
    pub(crate) fn flags_in(&self, lowered: &str, start: usize, len: usize) -> u32 {
        match WordTable::<u32>::key_at(lowered.as_bytes(), start, len) {
            Some(key) => self.table.get(key).unwrap_or(0),
            None => lowered.get(start..start + len).map_or(0, |w| self.flags(w)),
        }
    }

    /// [`Lexicon::flags`] of a word of `len` bytes, 1 to 7, whose lower-case
    /// bytes are `lower` (little-endian, zero above them): the tokenizer's
    /// look-up for a short ASCII word it has read as one integer.
    #[inline(always)]
    pub(crate) fn flags_short(&self, lower: u64, len: usize) -> u32 {
        if len == 0 || len >= 8 {
            return 0;
        }
        self.table.get(WordTable::<u32>::pack(lower, 0, len)).unwrap_or(0)
    }

    /// Fills [`Tok::flags`](crate::tokens::Tok) of word tokens again (the
    /// tokenizer already does; tests that build tokens by hand use this).
    #[cfg(test)]
    pub(crate) fn mark(&self, toks: &mut [crate::tokens::Tok]) {
        for t in toks.iter_mut().filter(|t| t.word) {
            t.flags = self.flags(t.lower.as_str());
        }
    }

    /// A title word, singular or plural ("president", "presidents").
    pub(crate) fn is_title(&self, lower: &str) -> bool {
        self.titles.contains(lower) || lower.strip_suffix('s').is_some_and(|s| self.titles.contains(s))
    }

    /// The singular of a plural title ("Presidents" -> "President").
    pub(crate) fn singular_title<'a>(&self, word: &'a str) -> &'a str {
        let lower = word.to_lowercase();
        if !self.titles.contains(&lower) {
            if let Some(s) = word.strip_suffix('s') {
                if self.titles.contains(&s.to_lowercase()) {
                    return s;
                }
            }
        }
        word
    }
}

fn parse_gender(g: &str) -> Option<Gender> {
    match g {
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_list_loads() {
        let lex = Lexicon::load().expect("bundled word lists are well formed");
        assert!(lex.is_title("president"));
        assert!(lex.is_title("presidents"));
        assert_eq!(lex.singular_title("Presidents"), "President");
        assert!(lex.pronouns["she"].gender == Some(Gender::Female));
        assert!(lex.pronouns["they"].plural);
        assert!(lex.cues.iter().any(|c| c == &["according", "to"]));
        let according = &lex.hedge_index["according"];
        assert_eq!(
            according.first().map(|h| h.0.join(" ")).as_deref(),
            Some("according to unconfirmed reports")
        );
        assert!(lex.places.contains("moscow"));
    }
}
