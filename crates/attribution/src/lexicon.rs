//! Word lists from `data/*.txt`, loaded once into sets.

use crate::Error;
use std::collections::{HashMap, HashSet};

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
    pub group_nouns: HashSet<String>,
    pub group_singulars: HashSet<String>,
    pub document_nouns: HashSet<String>,
    pub issuing_verbs: HashSet<String>,
    /// Cue words; phrases are stored as word sequences.
    pub cues: Vec<Vec<String>>,
    pub cue_first_words: HashSet<String>,
    pub disputing_verbs: HashSet<String>,
    pub hedges: Vec<String>,
    pub hedge_verbs: Vec<String>,
    pub stopwords: HashSet<String>,
    pub places: HashSet<String>,
    pub nationalities: HashSet<String>,
    pub modifiers: HashSet<String>,
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
        let mut honorifics = HashMap::new();
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
        let mut pronouns = HashMap::new();
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
        let mut hedges: Vec<String> =
            entries(include_str!("../data/hedges.txt")).map(str::to_lowercase).collect();
        // Longest first, so "according to unconfirmed reports" wins over "unconfirmed".
        hedges.sort_by_key(|h| std::cmp::Reverse(h.len()));
        let hedge_verbs = entries(include_str!("../data/hedge_verbs.txt")).map(str::to_lowercase).collect();
        let places = entries(include_str!("../data/places.txt"))
            .map(|l| l.split('=').next().unwrap_or(l).trim().to_lowercase())
            .collect();
        Ok(Lexicon {
            titles: set(include_str!("../data/titles.txt")),
            title_modifiers: set(include_str!("../data/title_modifiers.txt")),
            honorifics,
            particles: set(include_str!("../data/particles.txt")),
            pronouns,
            org_words: set(include_str!("../data/organisation_words.txt")),
            group_nouns: set(include_str!("../data/group_nouns.txt")),
            group_singulars: set(include_str!("../data/group_singulars.txt")),
            document_nouns: set(include_str!("../data/document_nouns.txt")),
            issuing_verbs: set(include_str!("../data/issuing_verbs.txt")),
            cues,
            cue_first_words,
            disputing_verbs: set(include_str!("../data/disputing_verbs.txt")),
            hedges,
            hedge_verbs,
            stopwords: set(include_str!("../data/stopwords.txt")),
            places,
            nationalities: set(include_str!("../data/nationalities.txt")),
            modifiers: set(include_str!("../data/modifiers.txt")),
        })
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

    pub(crate) fn is_nationality(&self, lower: &str) -> bool {
        self.nationalities.contains(lower) || self.places.contains(lower)
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
        assert_eq!(lex.hedges.first().map(String::as_str), Some("according to unconfirmed reports"));
        assert!(lex.places.contains("moscow"));
    }
}
