//! The word lists, read once from the data files under `crates/segmenter/data/`.

use std::collections::{HashMap, HashSet};

use regex::Regex;

use crate::{Error, SegmenterConfig};

const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");
const SENTENCE_STARTERS: &str = include_str!("../data/sentence_starters.txt");
const TIME_ZONES: &str = include_str!("../data/time_zones.txt");
const PREPOSITIONS: &str = include_str!("../data/prepositions.txt");
const SPEECH_VERBS: &str = include_str!("../data/speech_verbs.txt");
const BOILERPLATE: &str = include_str!("../data/boilerplate.txt");

/// Abbreviations longer than this (in bytes) are not looked up.
pub(crate) const MAX_ABBREVIATION_LEN: usize = 16;

/// How an abbreviation behaves before a capitalised word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbreviationKind {
    /// Comes before a name: never ends a sentence.
    Title,
    /// "a.m.": ends a sentence before any capitalised word but a time zone.
    Time,
    /// Ends a sentence only before a common sentence starter.
    Other,
}

/// Everything the segmenter looks words up in.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Lower-cased abbreviations with their final stop, packed by [`pack`], with
    /// their kinds; sorted by key for a binary search (no hashing of a string).
    abbreviations: Vec<(u128, AbbreviationKind)>,
    sentence_starters: HashSet<String>,
    time_zones: HashSet<String>,
    /// Lower case.
    prepositions: HashSet<String>,
    /// Lower case.
    speech_verbs: HashSet<String>,
    /// Whole-line boilerplate patterns, one alternation, anchored, case-insensitive.
    boilerplate: Regex,
}

/// The entries of a word list: trimmed lines that are neither blank nor `#` comments,
/// with their 1-based line numbers.
fn entries(list: &str) -> impl Iterator<Item = (usize, &str)> {
    list.lines()
        .enumerate()
        .map(|(n, line)| (n + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

/// A list of single words; rejects entries holding whitespace.
fn word_set(name: &'static str, list: &str, lower: bool) -> Result<HashSet<String>, Error> {
    let mut set = HashSet::new();
    for (line, word) in entries(list) {
        if word.contains(char::is_whitespace) {
            return Err(Error::WordList { list: name, line, message: format!("{word:?} is not one word") });
        }
        set.insert(if lower { word.to_lowercase() } else { word.to_string() });
    }
    Ok(set)
}

/// Checks one abbreviation and returns its lower-cased key.
fn abbreviation_key(list: &'static str, line: usize, entry: &str) -> Result<Vec<u8>, Error> {
    let problem = if !entry.ends_with('.') {
        Some("an abbreviation must end with a full stop")
    } else if !entry.is_ascii() || entry.contains(|c: char| c.is_ascii_whitespace()) {
        Some("an abbreviation must be one word of ASCII letters and stops")
    } else if entry.len() > MAX_ABBREVIATION_LEN {
        Some("an abbreviation must be at most 16 bytes long")
    } else {
        None
    };
    match problem {
        Some(message) => Err(Error::WordList { list, line, message: format!("{entry:?}: {message}") }),
        None => Ok(entry.to_ascii_lowercase().into_bytes()),
    }
}

fn abbreviations(config: &SegmenterConfig) -> Result<HashMap<Vec<u8>, AbbreviationKind>, Error> {
    const NAME: &str = "abbreviations.txt";
    let mut map = HashMap::new();
    let mut kind = None;
    for (line, entry) in entries(ABBREVIATIONS) {
        if let Some(section) = entry.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            kind = Some(match section {
                "title" => AbbreviationKind::Title,
                "time" => AbbreviationKind::Time,
                "other" => AbbreviationKind::Other,
                _ => {
                    return Err(Error::WordList {
                        list: NAME,
                        line,
                        message: format!("unknown section [{section}]; use [title], [time] or [other]"),
                    })
                }
            });
            continue;
        }
        let Some(kind) = kind else {
            return Err(Error::WordList {
                list: NAME,
                line,
                message: "entry before the first [section]".to_string(),
            });
        };
        map.insert(abbreviation_key(NAME, line, entry)?, kind);
    }
    for (n, entry) in config.extra_abbreviations.iter().enumerate() {
        let key = abbreviation_key("config", n + 1, entry.trim())?;
        map.entry(key).or_insert(AbbreviationKind::Other);
    }
    Ok(map)
}

fn boilerplate(config: &SegmenterConfig) -> Result<Regex, Error> {
    let mut patterns = Vec::new();
    let builtin = entries(BOILERPLATE).map(|(_, p)| p);
    for pattern in builtin.chain(config.extra_boilerplate.iter().map(|p| p.trim())) {
        // Compile each alone first so an error names the pattern at fault.
        Regex::new(pattern)
            .map_err(|e| Error::Pattern { pattern: pattern.to_string(), message: e.to_string() })?;
        patterns.push(format!("(?:{pattern})"));
    }
    let all = format!("(?i)^(?:{})$", patterns.join("|"));
    Regex::new(&all).map_err(|e| Error::Pattern { pattern: all.clone(), message: e.to_string() })
}

/// Packs a key of at most [`MAX_ABBREVIATION_LEN`] bytes into one integer,
/// zero-padded (every key ends with its stop, so packing is one-to-one).
fn pack(key: &[u8]) -> u128 {
    let mut buf = [0u8; MAX_ABBREVIATION_LEN];
    let n = key.len().min(MAX_ABBREVIATION_LEN);
    buf[..n].copy_from_slice(&key[..n]);
    u128::from_le_bytes(buf)
}

impl Lexicon {
    pub(crate) fn new(config: &SegmenterConfig) -> Result<Lexicon, Error> {
        let mut abbreviations: Vec<(u128, AbbreviationKind)> =
            abbreviations(config)?.into_iter().map(|(key, kind)| (pack(&key), kind)).collect();
        abbreviations.sort_unstable_by_key(|&(key, _)| key);
        Ok(Lexicon {
            abbreviations,
            sentence_starters: word_set("sentence_starters.txt", SENTENCE_STARTERS, false)?,
            time_zones: word_set("time_zones.txt", TIME_ZONES, false)?,
            prepositions: word_set("prepositions.txt", PREPOSITIONS, true)?,
            speech_verbs: word_set("speech_verbs.txt", SPEECH_VERBS, true)?,
            boilerplate: boilerplate(config)?,
        })
    }

    /// The kind of a listed abbreviation; `word` includes its final stop.
    pub(crate) fn abbreviation(&self, word: &str) -> Option<AbbreviationKind> {
        let bytes = word.as_bytes();
        if bytes.len() > MAX_ABBREVIATION_LEN || !word.is_ascii() {
            return None;
        }
        let mut buf = [0u8; MAX_ABBREVIATION_LEN];
        let key = &mut buf[..bytes.len()];
        key.copy_from_slice(bytes);
        key.make_ascii_lowercase();
        let key = pack(key);
        let i = self.abbreviations.binary_search_by_key(&key, |&(k, _)| k).ok()?;
        self.abbreviations.get(i).map(|&(_, kind)| kind)
    }

    /// True for a capitalised word that usually begins a sentence ("He", "The").
    pub(crate) fn is_sentence_starter(&self, word: &str) -> bool {
        self.sentence_starters.contains(word)
    }

    /// True for a word that continues a clock time ("Eastern", "GMT").
    pub(crate) fn is_time_zone(&self, word: &str) -> bool {
        self.time_zones.contains(word)
    }

    /// True for a preposition that can open a sentence; ignores case.
    pub(crate) fn is_preposition(&self, word: &str) -> bool {
        word.len() <= 16 && self.prepositions.contains(&word.to_lowercase())
    }

    /// True for a verb of saying ("said", "asked"); ignores case.
    pub(crate) fn is_speech_verb(&self, word: &str) -> bool {
        word.len() <= 16 && self.speech_verbs.contains(&word.to_lowercase())
    }

    /// True when the whole trimmed line is site furniture.
    pub(crate) fn is_boilerplate(&self, line: &str) -> bool {
        self.boilerplate.is_match(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lists_load() {
        let lexicon = Lexicon::new(&SegmenterConfig::default()).expect("built-in lists are valid");
        assert_eq!(lexicon.abbreviation("Mr."), Some(AbbreviationKind::Title));
        assert_eq!(lexicon.abbreviation("P.M."), Some(AbbreviationKind::Time));
        assert_eq!(lexicon.abbreviation("co."), Some(AbbreviationKind::Other));
        assert_eq!(lexicon.abbreviation("Smith."), None);
        assert!(lexicon.is_sentence_starter("He"));
        assert!(!lexicon.is_sentence_starter("Government"));
        assert!(lexicon.is_time_zone("GMT"));
        assert!(lexicon.is_preposition("At"));
        assert!(lexicon.is_speech_verb("asked"));
    }

    #[test]
    fn boilerplate_patterns_match_whole_lines() {
        let lexicon = Lexicon::new(&SegmenterConfig::default()).expect("built-in lists are valid");
        for line in [
            "Read more: Erdogan Offers to Host Russia-Ukraine-U.S. Summit to End War",
            "Comments are closed, but trackbacks and pingbacks are open.",
            "Share this article",
            "Subscribe to our newsletter",
            "Follow us on Twitter",
            "Click here to read the full report",
            "Sign up for our daily briefing",
            "Related: Drone strikes hit airfields",
            "Advertisement",
            "ADVERTISEMENT",
        ] {
            assert!(lexicon.is_boilerplate(line), "{line}");
        }
        for line in [
            "Advertisement revenue fell 5% last year.",
            "He said comments are closed to the public.",
            "Stalemate Continues",
            "Copyright law was changed in 2019.",
        ] {
            assert!(!lexicon.is_boilerplate(line), "{line}");
        }
    }

    #[test]
    fn config_entries_are_checked() {
        let config = SegmenterConfig { extra_abbreviations: vec!["Dept".into()], ..Default::default() };
        let err = Lexicon::new(&config).expect_err("no final stop");
        assert!(err.to_string().starts_with("config, line 1:"), "{err}");

        let config = SegmenterConfig { extra_boilerplate: vec!["(unclosed".into()], ..Default::default() };
        assert!(matches!(Lexicon::new(&config), Err(Error::Pattern { .. })));

        let config = SegmenterConfig {
            extra_abbreviations: vec!["Dept.".into()],
            extra_boilerplate: vec!["print this page".into()],
            ..Default::default()
        };
        let lexicon = Lexicon::new(&config).expect("valid extras");
        assert_eq!(lexicon.abbreviation("dept."), Some(AbbreviationKind::Other));
        assert!(lexicon.is_boilerplate("Print This Page"));
    }
}
