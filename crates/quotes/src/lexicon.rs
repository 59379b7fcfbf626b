//! The word lists, read from the data files under `data/` at build time.

use crate::{Error, QuoteConfig};
use claimsheet_core::WordTable;
use std::collections::{HashMap, HashSet};

/// The rustc "Fx" hash: the keys are short, trusted words.
type Fx = rustc_hash::FxBuildHasher;
/// A set of lower-case words.
pub(crate) type WordSet = HashSet<String, Fx>;
/// Lower-case words to values.
pub(crate) type WordMap<V> = HashMap<String, V, Fx>;

/// A reporting verb or phrase from `cue_verbs.txt`.
#[derive(Debug, Clone)]
pub(crate) struct CuePhrase {
    /// Lower-case words, cue words first, then lead-in words.
    pub words: Vec<String>,
    /// How many leading words are the cue itself; the rest are a lead-in
    /// ("called [for]") skipped before the content.
    pub cue_len: usize,
    /// A participle ("saying"): reports only after a comma.
    pub participle: bool,
    /// "according to": the speaker follows.
    pub according: bool,
    /// The first word is a verb that takes a listener (`tell_verbs.txt`).
    pub tell: bool,
}

/// The word lists a word is on, as a bit set. Tokens look their word up once,
/// when they are made, so the many list tests of the scans are bit tests
/// rather than hash look-ups.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Classes(u32);

impl Classes {
    pub const PRONOUN: Classes = Classes(1 << 0);
    pub const DETERMINER: Classes = Classes(1 << 1);
    pub const AUXILIARY: Classes = Classes(1 << 2);
    pub const PASSIVE: Classes = Classes(1 << 3);
    pub const FUNCTION_WORD: Classes = Classes(1 << 4);
    pub const CLAUSE_OPENER: Classes = Classes(1 << 5);
    pub const ABBREVIATION: Classes = Classes(1 << 6);
    pub const TRAILING: Classes = Classes(1 << 7);
    pub const MINOR_TITLE_WORD: Classes = Classes(1 << 8);
    pub const PREPOSITION: Classes = Classes(1 << 9);
    pub const QUESTION_WORD: Classes = Classes(1 << 10);
    pub const OBJECT_PRONOUN: Classes = Classes(1 << 11);
    pub const REQUEST_CUE: Classes = Classes(1 << 12);
    pub const OBJECT_CUE: Classes = Classes(1 << 13);
    pub const FINITE_VERB: Classes = Classes(1 << 14);
    pub const NAME_CUE: Classes = Classes(1 << 15);
    /// The first word of a cue phrase (`cue_verbs.txt`).
    pub const CUE: Classes = Classes(1 << 16);

    /// True when the word is on the list `class`.
    pub fn has(self, class: Classes) -> bool {
        self.0 & class.0 != 0
    }
}

/// What the lexicon knows of one lower-case word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordInfo {
    /// The lists it is on.
    pub classes: Classes,
    /// With [`Classes::CUE`]: index of its phrases in [`Lexicon::cue_phrases`].
    pub cue: u32,
}

/// Every word list the extractor uses.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    /// Every listed word, with its lists and cue phrases.
    words: WordMap<WordInfo>,
    /// The words of `words` that fit a packed key, for fast look-ups.
    table: WordTable<WordInfo>,
    /// The longest word in `words`, in bytes: longer words need no look-up.
    longest: usize,
    /// Cue phrases sharing a first word, longest first; indexed by [`WordInfo::cue`].
    cue_phrases: Vec<Vec<CuePhrase>>,
    /// Term cues, as word sequences.
    pub term_cues: Vec<Vec<String>>,
    /// Titles, looked up by string as their plural and hyphenated forms are too.
    pub titles: WordSet,
    pub elisions: WordSet,
    pub abbreviations: WordSet,
}

/// The entries of a data file: trimmed, lower-cased, without blanks and `#` comments.
fn entries(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.to_lowercase())
}

fn set(text: &str) -> WordSet {
    entries(text).collect()
}

fn parse_cue(entry: &str, file: &str) -> Result<CuePhrase, Error> {
    let mut words = Vec::new();
    let mut cue_len = 0;
    for w in entry.split_whitespace() {
        if let Some(inner) = w.strip_prefix('[') {
            let inner = inner.strip_suffix(']').ok_or_else(|| Error::BadEntry {
                file: file.to_string(),
                entry: entry.to_string(),
                why: "unclosed `[`",
            })?;
            words.push(inner.to_string());
        } else {
            if words.len() != cue_len {
                return Err(Error::BadEntry {
                    file: file.to_string(),
                    entry: entry.to_string(),
                    why: "a cue word after a bracketed lead-in word",
                });
            }
            if w.contains(['[', ']']) {
                return Err(Error::BadEntry {
                    file: file.to_string(),
                    entry: entry.to_string(),
                    why: "stray bracket",
                });
            }
            words.push(w.to_string());
            cue_len += 1;
        }
    }
    if cue_len == 0 {
        return Err(Error::BadEntry { file: file.to_string(), entry: entry.to_string(), why: "no cue word" });
    }
    Ok(CuePhrase { words, cue_len, participle: false, according: false, tell: false })
}

impl Lexicon {
    pub fn new(config: &QuoteConfig) -> Result<Lexicon, Error> {
        let tell_verbs = set(include_str!("../data/tell_verbs.txt"));
        let mut cues: WordMap<Vec<CuePhrase>> = WordMap::default();
        let builtin = entries(include_str!("../data/cue_verbs.txt")).map(|e| (e, "cue_verbs.txt"));
        let extra =
            config.extra_cue_verbs.iter().map(|e| (e.trim().to_lowercase(), "QuoteConfig::extra_cue_verbs"));
        for (entry, file) in builtin.chain(extra) {
            if entry.is_empty() {
                return Err(Error::BadEntry { file: file.to_string(), entry, why: "empty entry" });
            }
            let mut phrase = parse_cue(&entry, file)?;
            phrase.participle = phrase.cue_len == 1 && phrase.words[0].ends_with("ing");
            phrase.according = phrase.cue_len == 2 && phrase.words[0] == "according";
            phrase.tell = tell_verbs.contains(&phrase.words[0]);
            cues.entry(phrase.words[0].clone()).or_default().push(phrase);
        }
        let mut words: WordMap<WordInfo> = WordMap::default();
        let mut cue_phrases = Vec::with_capacity(cues.len());
        for (word, mut list) in cues {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
            let info = words.entry(word).or_default();
            info.classes.0 |= Classes::CUE.0;
            info.cue = u32::try_from(cue_phrases.len()).unwrap_or(u32::MAX);
            cue_phrases.push(list);
        }
        let lists = [
            (Classes::PRONOUN, include_str!("../data/pronouns.txt")),
            (Classes::DETERMINER, include_str!("../data/determiners.txt")),
            (Classes::AUXILIARY, include_str!("../data/auxiliaries.txt")),
            (Classes::PASSIVE, include_str!("../data/passive_markers.txt")),
            (Classes::FUNCTION_WORD, include_str!("../data/function_words.txt")),
            (Classes::CLAUSE_OPENER, include_str!("../data/clause_openers.txt")),
            (Classes::ABBREVIATION, include_str!("../data/abbreviations.txt")),
            (Classes::TRAILING, include_str!("../data/trailing_adverbials.txt")),
            (Classes::MINOR_TITLE_WORD, include_str!("../data/minor_title_words.txt")),
            (Classes::PREPOSITION, include_str!("../data/prepositions.txt")),
            (Classes::QUESTION_WORD, include_str!("../data/question_words.txt")),
            (Classes::OBJECT_PRONOUN, include_str!("../data/object_pronouns.txt")),
            (Classes::REQUEST_CUE, include_str!("../data/request_cues.txt")),
            (Classes::OBJECT_CUE, include_str!("../data/object_cues.txt")),
            (Classes::FINITE_VERB, include_str!("../data/finite_verbs.txt")),
            (Classes::NAME_CUE, include_str!("../data/name_cues.txt")),
        ];
        for (class, list) in lists {
            for word in entries(list) {
                words.entry(word).or_default().classes.0 |= class.0;
            }
        }
        let longest = words.keys().map(String::len).max().unwrap_or(0);
        let mut term_cues: Vec<Vec<String>> = entries(include_str!("../data/term_cues.txt"))
            .map(|e| e.split_whitespace().map(str::to_string).collect())
            .collect();
        for e in &config.extra_term_cues {
            let words: Vec<String> = e.split_whitespace().map(str::to_lowercase).collect();
            if words.is_empty() {
                return Err(Error::BadEntry {
                    file: "QuoteConfig::extra_term_cues".to_string(),
                    entry: e.clone(),
                    why: "empty entry",
                });
            }
            term_cues.push(words);
        }
        term_cues.sort_by_key(|p| std::cmp::Reverse(p.len()));
        Ok(Lexicon {
            table: WordTable::new(words.iter().map(|(w, &info)| (w.as_str(), info))),
            words,
            longest,
            cue_phrases,
            term_cues,
            titles: set(include_str!("../data/speaker_titles.txt")),
            elisions: set(include_str!("../data/elisions.txt")),
            abbreviations: set(include_str!("../data/abbreviations.txt")),
        })
    }

    /// What the lists say of a lower-case word.
    pub fn word(&self, lower: &str) -> WordInfo {
        if lower.len() > self.longest {
            return WordInfo::default();
        }
        // A word with a key is in the table if listed at all: every listed
        // word that fits a key was put there.
        match WordTable::<WordInfo>::key(lower.as_bytes()) {
            Some(key) => self.table.get(key).unwrap_or_default(),
            None => self.words.get(lower).copied().unwrap_or_default(),
        }
    }

    /// [`Lexicon::word`] of `text[start..end]`, with the key read straight
    /// from `text`: the tokenizer's look-up.
    #[inline]
    pub fn word_in(&self, text: &str, start: usize, end: usize) -> WordInfo {
        // Too long a word has no key and takes the slow path, which knows
        // the longest listed word.
        let len = end.saturating_sub(start);
        match WordTable::<WordInfo>::key_at(text.as_bytes(), start, len) {
            Some(key) => self.table.get(key).unwrap_or_default(),
            None => text.get(start..end).map(|w| self.word(w)).unwrap_or_default(),
        }
    }

    /// [`Lexicon::word`] of a word of `len` bytes, 1 to 15, given as its
    /// lower-case bytes in two little-endian integers, zero-padded (bytes
    /// 0..8 in `lo`, 8.. in `hi`): the key the tokenizer reads with the
    /// word (see `text::alnum_run_key`).
    #[inline]
    pub fn word_of_key(&self, lo: u64, hi: u64, len: usize) -> WordInfo {
        // Longer or empty words have no key of this shape (the empty key
        // marks free slots).
        if len == 0 || len > WordTable::<WordInfo>::KEY_BYTES {
            return WordInfo::default();
        }
        self.table.get(WordTable::<WordInfo>::pack(lo, hi, len)).unwrap_or_default()
    }

    /// The cue phrases starting with a word, longest first.
    pub fn cue_phrases(&self, info: WordInfo) -> Option<&[CuePhrase]> {
        if !info.classes.has(Classes::CUE) {
            return None;
        }
        self.cue_phrases.get(usize::try_from(info.cue).ok()?).map(Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimsheet_core::load_le;

    #[test]
    fn builtin_lists_parse() {
        let lex = Lexicon::new(&QuoteConfig::default()).expect("built-in lists are valid");
        let called = lex.cue_phrases(lex.word("called")).expect("a cue");
        assert_eq!(called[0].words, ["called", "for"]);
        assert_eq!(called[0].cue_len, 1);
        assert!(lex.cue_phrases(lex.word("according")).expect("a cue").iter().any(|p| p.according));
        assert!(lex.word("saying").classes.has(Classes::CUE));
        assert!(lex.cue_phrases(lex.word("saying")).expect("a cue")[0].participle);
        assert!(lex.word("he").classes.has(Classes::PRONOUN));
        assert!(lex.word("that").classes.has(Classes::DETERMINER));
        assert_eq!(lex.word("zelenskiy"), WordInfo::default());
        // Keys read from running text match keys of the word alone.
        let text = "said antidisestablishment a according unto";
        for (start, w) in
            [(0, "said"), (5, "antidisestablishment"), (26, "a"), (28, "according"), (38, "unto")]
        {
            assert_eq!(lex.word_in(text, start, start + w.len()), lex.word(w), "{w}");
            assert_eq!(
                WordTable::<WordInfo>::key_at(text.as_bytes(), start, w.len()),
                WordTable::<WordInfo>::key(w.as_bytes()),
                "{w}"
            );
        }
        assert!(lex.word_in(text, 0, 4).classes.has(Classes::CUE));
        for w in [
            "said",
            "he",
            "a",
            "unto",
            "that",
            "zelensk",
            "told",
            "according",
            "nevertheless",
            "zelenskiyyyyyy",
        ] {
            let (lo, hi) = w.as_bytes().split_at(w.len().min(8));
            assert_eq!(lex.word_of_key(load_le(lo), load_le(hi), w.len()), lex.word(w), "{w}");
        }
        assert_ne!(WordTable::<WordInfo>::key(b"ab"), WordTable::<WordInfo>::key(b"ab\0"));
    }

    #[test]
    fn bad_entries_are_errors() {
        let config = QuoteConfig { extra_cue_verbs: vec!["[for] called".into()], ..QuoteConfig::default() };
        let err = Lexicon::new(&config).expect_err("lead-in first is invalid");
        assert!(err.to_string().contains("[for] called"));
        let config = QuoteConfig { extra_cue_verbs: vec!["  ".into()], ..QuoteConfig::default() };
        assert!(Lexicon::new(&config).is_err());
    }
}
