//! The word lists, read from the data files under `data/` at build time.

use crate::{Error, QuoteConfig};
use std::collections::{HashMap, HashSet};

/// The rustc "Fx" hash: word lookups hash short, trusted keys millions of times.
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
}

impl CuePhrase {
    /// A participle ("saying"): reports only after a comma.
    pub fn is_participle(&self) -> bool {
        self.cue_len == 1 && self.words[0].ends_with("ing")
    }
}

/// Every word list the extractor uses.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    /// Cue phrases by first word, longest first.
    pub cues: WordMap<Vec<CuePhrase>>,
    /// Term cues, as word sequences.
    pub term_cues: Vec<Vec<String>>,
    pub name_cues: WordSet,
    pub pronouns: WordSet,
    pub determiners: WordSet,
    pub auxiliaries: WordSet,
    pub passive: WordSet,
    pub function_words: WordSet,
    pub clause_openers: WordSet,
    pub titles: WordSet,
    pub elisions: WordSet,
    pub abbreviations: WordSet,
    pub trailing: WordSet,
    pub tell_verbs: WordSet,
    pub minor_title_words: WordSet,
    pub prepositions: WordSet,
    pub question_words: WordSet,
    pub object_pronouns: WordSet,
    pub request_cues: WordSet,
    pub object_cues: WordSet,
    pub finite_verbs: WordSet,
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
    Ok(CuePhrase { words, cue_len })
}

impl Lexicon {
    pub fn new(config: &QuoteConfig) -> Result<Lexicon, Error> {
        let mut cues: WordMap<Vec<CuePhrase>> = WordMap::default();
        let builtin = entries(include_str!("../data/cue_verbs.txt")).map(|e| (e, "cue_verbs.txt"));
        let extra =
            config.extra_cue_verbs.iter().map(|e| (e.trim().to_lowercase(), "QuoteConfig::extra_cue_verbs"));
        for (entry, file) in builtin.chain(extra) {
            if entry.is_empty() {
                return Err(Error::BadEntry { file: file.to_string(), entry, why: "empty entry" });
            }
            let phrase = parse_cue(&entry, file)?;
            cues.entry(phrase.words[0].clone()).or_default().push(phrase);
        }
        for list in cues.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
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
            cues,
            term_cues,
            name_cues: set(include_str!("../data/name_cues.txt")),
            pronouns: set(include_str!("../data/pronouns.txt")),
            determiners: set(include_str!("../data/determiners.txt")),
            auxiliaries: set(include_str!("../data/auxiliaries.txt")),
            passive: set(include_str!("../data/passive_markers.txt")),
            function_words: set(include_str!("../data/function_words.txt")),
            clause_openers: set(include_str!("../data/clause_openers.txt")),
            titles: set(include_str!("../data/speaker_titles.txt")),
            elisions: set(include_str!("../data/elisions.txt")),
            abbreviations: set(include_str!("../data/abbreviations.txt")),
            trailing: set(include_str!("../data/trailing_adverbials.txt")),
            tell_verbs: set(include_str!("../data/tell_verbs.txt")),
            minor_title_words: set(include_str!("../data/minor_title_words.txt")),
            prepositions: set(include_str!("../data/prepositions.txt")),
            question_words: set(include_str!("../data/question_words.txt")),
            object_pronouns: set(include_str!("../data/object_pronouns.txt")),
            request_cues: set(include_str!("../data/request_cues.txt")),
            object_cues: set(include_str!("../data/object_cues.txt")),
            finite_verbs: set(include_str!("../data/finite_verbs.txt")),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lists_parse() {
        let lex = Lexicon::new(&QuoteConfig::default()).expect("built-in lists are valid");
        let called = &lex.cues["called"];
        assert_eq!(called[0].words, ["called", "for"]);
        assert_eq!(called[0].cue_len, 1);
        assert!(lex.cues["according"].iter().any(|p| p.cue_len == 2));
        assert!(lex.pronouns.contains("he"));
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
