//! Noun phrases that can name a speaker: names with titles, pronouns,
//! definite descriptions ("the minister") and groups ("Western analysts").

use crate::lexicon::{flag, Gender, Lexicon, PronounInfo};
use crate::tokens::Tok;
use claimsheet_core::Span;

/// A person's, organisation's or place's name with the title before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NameParts {
    /// "Turkish President" in "Turkish President Tayyip Erdogan"; plurals made singular.
    pub title: Option<String>,
    /// The title was plural ("Presidents X and Y"): it also covers a coordinated name.
    pub plural_title: bool,
    /// The name words joined by one space, without honorific or possessive
    /// ([`NameParts::name`]).
    pub words: NameWords,
    /// Gender fixed by an honorific ("Mr.", "Mrs.").
    pub gender: Option<Gender>,
    /// An honorific or a title marks a person.
    pub person_marked: bool,
    /// Contains an organisation word ("Ministry", "Police", "Kremlin").
    pub org: bool,
    /// A country, capital or region from the place list.
    pub place: bool,
}

/// Where a name's text and its lower case are.
///
/// Most names are ASCII words one space apart, as written: a span of the
/// text (and of its ASCII-lowered copy, which has the same offsets) says it
/// all, so no string is made until the memory stores a new entity. Names are
/// parsed far more often than entities are created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NameWords {
    /// `text[span]` is the name, ASCII only; the lowered text over the span is its lower case.
    Span(Span),
    /// The name and its lower case, joined from the words.
    Owned { name: String, lower: String },
}

impl NameParts {
    /// The name, read from `text` (the text the name was parsed from).
    pub(crate) fn name<'s>(&'s self, text: &'s str) -> &'s str {
        match &self.words {
            NameWords::Span(s) => text.get(s.start..s.end).unwrap_or(""),
            NameWords::Owned { name, .. } => name,
        }
    }
}

/// What a speaker phrase is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NpKind {
    /// "he", "she", "they", "it".
    Pronoun(PronounInfo),
    /// "who", "which", "that": the antecedent stands before a comma.
    Relative,
    /// A proper name.
    Name(NameParts),
    /// "the minister", "the company": needs an antecedent; `head` is the lower-case head word.
    /// `modified` is the phrase without its determiner when words stand between
    /// them ("health ministry" in "the health ministry"): specific enough to
    /// name an organisation when no antecedent fits.
    Definite { head: String, modified: Option<String> },
    /// "The statement", "the proposal": the words of whoever issued it.
    Document,
    /// The anonymous transcript labels `Q` and `A`.
    Anonymous,
    /// A speaker named as written: groups ("officials"), indefinites ("a senior US official"),
    /// roles of a possessor ("Kyiv’s delegation").
    Literal,
}

/// A speaker phrase over tokens `first..last` (inclusive indices into the token list).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Np {
    pub span: Span,
    pub first: usize,
    pub last: usize,
    pub kind: NpKind,
}

const DETERMINERS: [&str; 3] = ["the", "a", "an"];
const INDEFINITE: [&str; 10] =
    ["a", "an", "one", "another", "two", "three", "some", "several", "many", "other"];
const POSSESSIVE_DET: [&str; 4] = ["his", "her", "its", "their"];
const RELATIVES: [&str; 3] = ["who", "which", "that"];

/// Words skipped between a subject and its cue ("he also said", "officials have confirmed").
pub(crate) fn is_skippable_before_cue(t: &Tok) -> bool {
    t.word
        && !t.cap
        && (matches!(
            t.lower.as_str(),
            "also"
                | "later"
                | "then"
                | "again"
                | "has"
                | "have"
                | "had"
                | "was"
                | "were"
                | "is"
                | "are"
                | "would"
                | "will"
                | "once"
                | "previously"
                | "earlier"
                | "still"
                | "further"
                | "himself"
                | "herself"
                | "themselves"
                | "itself"
                | "did"
                | "does"
                | "do"
                | "not"
                | "never"
                | "even"
                | "first"
                | "since"
                | "subsequently"
                | "separately"
                | "just"
                | "already"
        ) || (t.lower.ends_with("ly") && t.lower.len() > 3))
}

/// Common nouns ending like agent nouns that name no one ("the letter said").
const NOT_AGENTS: [&str; 30] = [
    "number",
    "letter",
    "paper",
    "order",
    "matter",
    "other",
    "water",
    "power",
    "computer",
    "chamber",
    "answer",
    "register",
    "poster",
    "flyer",
    "cover",
    "banner",
    "counter",
    "border",
    "error",
    "floor",
    "mirror",
    "sector",
    "factor",
    "motor",
    "vector",
    "color",
    "indicator",
    "sensor",
    "detector",
    "corridor",
];

impl Lexicon {
    /// "the auditor", "the organiser", "the economist": a lower-case agent or
    /// role noun the title list does not hold. Only a phrase's head, after a
    /// determiner, counts as one.
    pub(crate) fn agent_noun(&self, t: &Tok) -> bool {
        let w = t.lower.as_str();
        t.word
            && !t.cap
            && !t.possessive
            && !t.has(flag::STOPWORD | flag::DOCUMENT | flag::CUE_FIRST | flag::PRONOUN)
            && w.len() >= 5
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && ["or", "er", "ist", "ian", "eer"].iter().any(|s| w.ends_with(s))
            && !NOT_AGENTS.contains(&w)
    }

    /// A determiner or possessive determiner opens the phrase ending at `i`,
    /// with only lower-case modifiers in between ("the chief auditor").
    fn determiner_before(&self, toks: &[Tok], i: usize, floor: usize) -> bool {
        let mut k = i;
        while k > floor {
            let t = &toks[k - 1];
            let l = t.lower.as_str();
            if t.word && (DETERMINERS.contains(&l) || POSSESSIVE_DET.contains(&l)) {
                return true;
            }
            if !(t.word && !t.cap && t.has(flag::TITLE_MODIFIER | flag::MODIFIER | flag::TITLE)) {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// A word that may stand inside a speaker phrase.
    fn np_word(&self, t: &Tok) -> bool {
        if !t.word {
            return false;
        }
        if t.cap {
            return !t.has(flag::STOPWORD)
                || DETERMINERS.contains(&t.lower.as_str())
                || t.has(flag::NATIONALITY);
        }
        t.has(
            flag::PARTICLE
                | flag::TITLE
                | flag::GROUP
                | flag::GROUP_SINGULAR
                | flag::ORG
                | flag::MODIFIER
                | flag::NATION
                | flag::DOCUMENT,
        ) || t.lower.as_bytes().first().is_some_and(u8::is_ascii_digit)
    }

    fn title_ish(&self, t: &Tok) -> bool {
        t.word && t.has(flag::TITLE | flag::TITLE_MODIFIER | flag::NATIONALITY | flag::ORG)
    }

    /// The speaker phrase ending just before token `end` (exclusive), not reaching before `floor`.
    pub(crate) fn np_before(&self, text: &str, toks: &[Tok], end: usize, floor: usize) -> Option<Np> {
        let mut e = end;
        while e > floor && is_skippable_before_cue(&toks[e - 1]) {
            e -= 1;
        }
        if e <= floor {
            return None;
        }
        if let Some(np) = self.single_pronoun(toks, e - 1) {
            return Some(np);
        }
        let mut a = e;
        while a > floor {
            let t = &toks[a - 1];
            if self.np_word(t) || a == e && self.agent_noun(t) && self.determiner_before(toks, a - 1, floor) {
                a -= 1;
                if DETERMINERS.contains(&t.lower.as_str()) || POSSESSIVE_DET.contains(&t.lower.as_str()) {
                    let of_role =
                        a >= 2 && a > floor + 1 && matches!(toks[a - 1].lower.as_str(), "for" | "of") && {
                            let p = toks[a - 2].lower.as_str();
                            self.is_title(p)
                                || self.group_nouns.contains(p)
                                || self.group_singulars.contains(p)
                        };
                    if !of_role {
                        break;
                    }
                }
                continue;
            }
            // "Mr." : the dot after an honorific.
            if !t.word && t.ch(text) == '.' && a >= 2 && toks[a - 2].has(flag::HONORIFIC) {
                a -= 1;
                continue;
            }
            // "a spokesman for the ministry": of/for after a role noun.
            if t.word && matches!(t.lower.as_str(), "for" | "of") && a >= 2 && a < e && {
                let p = toks[a - 2].lower.as_str();
                self.is_title(p) || self.group_nouns.contains(p) || self.group_singulars.contains(p)
            } {
                a -= 1;
                continue;
            }
            if POSSESSIVE_DET.contains(&t.lower.as_str()) {
                a -= 1;
            }
            break;
        }
        if a >= e {
            return None;
        }
        self.classify(text, toks, a, e - 1)
    }

    /// The speaker phrase starting at token `start`, not reaching `ceil` (exclusive).
    pub(crate) fn np_after(&self, text: &str, toks: &[Tok], start: usize, ceil: usize) -> Option<Np> {
        if start >= ceil {
            return None;
        }
        if let Some(np) = self.single_pronoun(toks, start) {
            return Some(np);
        }
        let mut b = start;
        while b < ceil {
            let t = &toks[b];
            if b > start && self.agent_noun(t) && self.determiner_before(toks, b, start) {
                // "said the organiser": an agent noun ends the phrase.
                b += 1;
                break;
            }
            if self.np_word(t) {
                b += 1;
                if t.possessive && b < ceil && !toks[b].cap {
                    // "Kyiv’s delegation": the possessed noun follows.
                    continue;
                }
                continue;
            }
            if !t.word && t.ch(text) == '.' && b > start && toks[b - 1].has(flag::HONORIFIC) {
                b += 1;
                continue;
            }
            if t.word && matches!(t.lower.as_str(), "for" | "of") && b > start && {
                let p = toks[b - 1].lower.as_str();
                self.is_title(p) || self.group_nouns.contains(p) || self.group_singulars.contains(p)
            } {
                b += 1;
                continue;
            }
            break;
        }
        // Do not end on a determiner or a particle.
        while b > start && {
            let l = toks[b - 1].lower.as_str();
            DETERMINERS.contains(&l) || self.particles.contains(l) || matches!(l, "for" | "of")
        } {
            b -= 1;
        }
        if b == start {
            return None;
        }
        self.classify(text, toks, start, b - 1)
    }

    fn single_pronoun(&self, toks: &[Tok], i: usize) -> Option<Np> {
        let t = toks.get(i)?;
        if !t.word {
            return None;
        }
        let kind = if let Some(p) = self.pronouns.get(t.lower.as_str()) {
            NpKind::Pronoun(*p)
        } else if RELATIVES.contains(&t.lower.as_str()) {
            NpKind::Relative
        } else {
            return None;
        };
        Some(Np { span: t.span, first: i, last: i, kind })
    }

    /// Classifies tokens `a..=b` as a speaker phrase.
    pub(crate) fn classify(&self, text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Np> {
        if a > b || b >= toks.len() {
            return None;
        }
        let span = Span::new(toks[a].span.start, toks[b].base().end);
        let np = |kind| Some(Np { span, first: a, last: b, kind });
        if a == b {
            if let Some(p) = self.single_pronoun(toks, a) {
                return Some(p);
            }
        }
        let lasttok = &toks[b];
        let first_l = toks[a].lower.as_str();
        // "Kyiv’s delegation", "Erdogan's spokesman": a role of a possessor.
        if let Some(k) = (a..b).find(|&k| toks[k].possessive) {
            if (k + 1..=b).any(|j| self.is_name_word(&toks[j])) {
                return self.classify(text, toks, k + 1, b);
            }
            return np(NpKind::Literal);
        }
        let has_name = (a..=b).any(|j| self.is_name_word(&toks[j]));
        // "the mayor of Tunis", "its head of Europe": a definite role noun with
        // of/for and a place or organisation describes a person; the place or
        // organisation is not the speaker. Two name words after it ("the mayor
        // of London Sadiq Khan") still name the person.
        if has_name && (first_l == "the" || POSSESSIVE_DET.contains(&first_l)) {
            if let Some(j) = (a + 2..b).find(|&j| {
                matches!(toks[j].lower.as_str(), "of" | "for")
                    && toks[j - 1].word
                    && self.is_title(toks[j - 1].lower.as_str())
            }) {
                let s = if toks[j + 1].lower == "the" { j + 2 } else { j + 1 };
                let role_first = !(a..j).any(|k| self.is_name_word(&toks[k]));
                if role_first && self.parse_name(text, toks, s, b).is_some_and(|p| !p.person_marked) {
                    return np(NpKind::Definite { head: toks[j - 1].lower.to_string(), modified: None });
                }
            }
        }
        if has_name && (lasttok.cap || !lasttok.word || lasttok.has(flag::PARTICLE)) {
            let start = if DETERMINERS.contains(&first_l) { a + 1 } else { a };
            let parts = self.parse_name(text, toks, start, b)?;
            return np(NpKind::Name(parts));
        }
        // The head's word lists are read from its flags (the same lists,
        // looked up by the tokenizer); TITLE also holds the plurals `is_title` allows.
        let head = lasttok.lower.as_str();
        let head_singular_title = lasttok.has(flag::TITLE);
        let definite = first_l == "the" || POSSESSIVE_DET.contains(&first_l);
        // "the air force", "the coast guard": an organisation named by two words, the
        // last of which is on no list alone. Then the two words are the head.
        let two_word_org = (b > a && toks[b - 1].has(flag::PHRASE_START))
            .then(|| format!("{} {}", toks[b - 1].lower.as_str(), head))
            .filter(|phrase| self.org_words.contains(phrase));
        let head_words = if two_word_org.is_some() { 2 } else { 1 };
        let head = two_word_org.as_deref().unwrap_or(head);
        if lasttok.has(flag::GROUP) {
            if first_l == "the" && a < b {
                return Some(Np {
                    span: Span::new(toks[a + 1].span.start, span.end),
                    first: a + 1,
                    last: b,
                    kind: NpKind::Literal,
                });
            }
            return np(NpKind::Literal);
        }
        // "a spokesman for the ministry": the role noun heads the phrase.
        let role_head = (a..=b)
            .find(|&j| matches!(toks[j].lower.as_str(), "for" | "of") && j > a)
            .map(|j| toks[j - 1].lower.as_str())
            .unwrap_or(head);
        if head_singular_title
            || definite && self.agent_noun(lasttok)
            || lasttok.has(flag::GROUP_SINGULAR | flag::ORG)
            || two_word_org.is_some()
            || role_head != head
        {
            if INDEFINITE.contains(&first_l) || role_head != head && !definite {
                return np(NpKind::Literal);
            }
            if definite {
                let modified = (b > a + head_words && role_head == head)
                    .then(|| text.get(toks[a + 1].span.start..toks[b].base().end).unwrap_or("").to_string());
                return np(NpKind::Definite { head: role_head.to_string(), modified });
            }
            if lasttok.has(flag::ORG) || two_word_org.is_some() || lasttok.has(flag::GROUP_SINGULAR) && a < b
            {
                return np(NpKind::Literal);
            }
            return None;
        }
        if definite && lasttok.has(flag::DOCUMENT) {
            return np(NpKind::Document);
        }
        None
    }

    /// A capitalised word that can be part of a name (not a title, nationality or function word).
    pub(crate) fn is_name_word(&self, t: &Tok) -> bool {
        if !(t.word && t.cap) {
            return false;
        }
        if t.has(flag::PLACE) || t.has(flag::ORG) && !t.has(flag::TITLE) {
            return true;
        }
        !t.has(flag::STOPWORD | flag::TITLE | flag::TITLE_MODIFIER | flag::HONORIFIC | flag::NATION)
    }

    /// Where the person's name starts inside a capitalised run `i..=b`: the
    /// index of the last token before it, and whether what precedes it is an
    /// organisation or affiliation (rather than a place).
    fn affiliation_split(&self, toks: &[Tok], i: usize, b: usize) -> Option<(usize, bool)> {
        let person_word = |t: &Tok| {
            t.word && t.cap && self.is_name_word(t) && !t.has(flag::ORG | flag::PLACE) && !t.possessive
        };
        let tail_is_person =
            |k: usize, min: usize| b >= k + min && (k + 1..=b).all(|n| person_word(&toks[n]));
        // An honorific inside the run.
        if let Some(h) = (i + 1..b).find(|&k| toks[k].word && toks[k].has(flag::HONORIFIC)) {
            let after = if toks.get(h + 1).is_some_and(|t| !t.word) { h + 1 } else { h };
            if tail_is_person(after, 1) {
                return Some((h - 1, true));
            }
        }
        // The last organisation word or place with two or more name words after it.
        let mut place_end = None;
        let end = b.min(i + 3);
        if let Some(first) = toks.get(i).filter(|t| i < end && t.word) {
            // One word: its flags say; two or three words ("south korea") are
            // joined and looked up only after the first word of such a place.
            if first.has(flag::PLACE) {
                place_end = Some(i);
            }
            if first.has(flag::PHRASE_START) {
                let mut joined = first.lower.to_string();
                for (k, t) in toks.iter().enumerate().take(end).skip(i + 1) {
                    if !t.word {
                        break;
                    }
                    joined.push(' ');
                    joined.push_str(&t.lower);
                    if self.places.contains(joined.as_str()) {
                        place_end = Some(k);
                    }
                }
            }
        }
        let org_end = (i..b)
            .rev()
            .find(|&k| toks[k].word && toks[k].cap && toks[k].has(flag::ORG) && !toks[k].has(flag::TITLE));
        match (org_end, place_end) {
            (Some(k), _) if tail_is_person(k, 2) => Some((k, true)),
            (_, Some(k)) if tail_is_person(k, 2) => Some((k, false)),
            _ => None,
        }
    }

    /// Splits tokens `a..=b` into title, honorific and name.
    pub(crate) fn parse_name(&self, text: &str, toks: &[Tok], a: usize, b: usize) -> Option<NameParts> {
        if a > b || b >= toks.len() {
            return None;
        }
        // The title: everything up to the last title word that still leaves a name
        // ("Crown Prince", "European Commission President", "Syrian Foreign Minister"),
        // plus modifiers right after it ("Secretary of State").
        let leaves_name =
            |k: usize| (k + 1..=b).any(|n| self.is_name_word(&toks[n]) || toks[n].has(flag::HONORIFIC));
        let mut title_end = (a..b)
            .rev()
            .find(|&k| toks[k].word && toks[k].has(flag::TITLE) && !toks[k].possessive && leaves_name(k))
            .filter(|&lt| {
                (a..lt).all(|k| {
                    toks[k].word && (toks[k].cap || self.title_ish(&toks[k]) || toks[k].lower == "of")
                })
            });
        if let Some(mut te) = title_end {
            loop {
                let next_mod = |k: usize| {
                    toks.get(k)
                        .is_some_and(|t| t.word && t.has(flag::TITLE_MODIFIER) && !self.is_name_word(t))
                };
                if te + 1 < b && next_mod(te + 1) && leaves_name(te + 1) {
                    te += 1;
                } else if te + 2 < b && toks[te + 1].lower == "of" && next_mod(te + 2) && leaves_name(te + 2)
                {
                    te += 2;
                } else {
                    break;
                }
            }
            title_end = Some(te);
        }
        let mut title = None;
        let mut plural_title = false;
        let mut i = a;
        if let Some(te) = title_end {
            let last_word = text.get(toks[te].span.start..toks[te].span.end).unwrap_or("");
            let singular = self.singular_title(last_word);
            plural_title = singular.len() != last_word.len();
            let head = text.get(toks[a].span.start..toks[te].span.start).unwrap_or("");
            let mut t = String::with_capacity(head.len() + singular.len());
            t.push_str(head);
            t.push_str(singular);
            title = Some(t);
            i = te + 1;
        }
        let mut gender = None;
        let mut person_marked = title.is_some();
        // The flag first: most names have no honorific, and it saves a string hash.
        if let Some(g) = toks
            .get(i)
            .and_then(|t| t.has(flag::HONORIFIC).then(|| self.honorifics.get(t.lower.as_str())).flatten())
        {
            if i < b {
                gender = *g;
                person_marked = true;
                i += 1;
                if toks.get(i).is_some_and(|t| !t.word) {
                    i += 1;
                }
            }
        }
        // "Refugee Council Enver Solomon", "United States Hamdullah Mohib",
        // "Education Mr Toccafondi": a name does not swallow the organisation,
        // place or affiliation written before it. Two or more name words after
        // an organisation word or a place, or any after an honorific, are the
        // person; an organisation before them is their affiliation (the title).
        if let Some((k, org_split)) = self.affiliation_split(toks, i, b) {
            if org_split {
                title = text.get(toks[a].span.start..toks[k].base().end).map(str::to_string);
            }
            person_marked = true;
            i = k + 1;
            if let Some(g) = toks
                .get(i)
                .and_then(|t| t.has(flag::HONORIFIC).then(|| self.honorifics.get(t.lower.as_str())).flatten())
            {
                if i < b {
                    gender = *g;
                    i += 1;
                    if toks.get(i).is_some_and(|t| !t.word) {
                        i += 1;
                    }
                }
            }
        }
        // The name's words: leading function words ("The Kremlin") are not
        // part of it; an organisation word among them still makes it an organisation.
        let all_words = || toks.get(i..=b).unwrap_or_default().iter().filter(|t| t.word);
        let words = || all_words().skip_while(|t| t.has(flag::STOPWORD));
        let mut org = all_words().any(|t| t.has(flag::ORG));
        // Whether the words stand one space apart in the text (nothing
        // skipped between them, no possessive cut but maybe the last's).
        let mut count = 0;
        let mut first: Option<&Tok> = None;
        let mut end = 0;
        let mut contiguous = true;
        for t in words() {
            if count > 0 {
                contiguous &= t.span.start == end + 1 && text.as_bytes().get(end) == Some(&b' ');
            }
            end = t.base().end;
            count += 1;
            first = first.or(Some(t));
        }
        let first = first?;
        let span = Span::new(first.span.start, end);
        let words = match text.get(span.start..span.end) {
            Some(written) if contiguous && written.is_ascii() => NameWords::Span(span),
            _ => {
                // The name is at most as long as the run it comes from.
                let run_len = toks[b].span.end.saturating_sub(toks[i.min(b)].span.start);
                let (mut name, mut lower) = (String::with_capacity(run_len), String::with_capacity(run_len));
                for (k, t) in words().enumerate() {
                    if k > 0 {
                        name.push(' ');
                        lower.push(' ');
                    }
                    name.push_str(text.get(t.base().start..t.base().end).unwrap_or(""));
                    // A token's lower case is its base's, so the words' lower cases
                    // joined are the name's.
                    lower.push_str(&t.lower);
                }
                NameWords::Owned { name, lower }
            }
        };
        // One word: the word lists' flags already say; several: look the name
        // up, if its first word can start a listed phrase at all.
        let (place, org_name) = if count == 1 {
            (first.has(flag::PLACE), first.has(flag::ORG))
        } else if first.has(flag::PHRASE_START) {
            let lower = match &words {
                NameWords::Span(_) => {
                    std::borrow::Cow::Owned(text.get(span.start..span.end).unwrap_or("").to_ascii_lowercase())
                }
                NameWords::Owned { lower, .. } => std::borrow::Cow::Borrowed(lower.as_str()),
            };
            (self.places.contains(lower.as_ref()), self.org_words.contains(lower.as_ref()))
        } else {
            (false, false)
        };
        org |= org_name;
        Some(NameParts { title, plural_title, words, gender, person_marked, org, place })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn lex() -> Lexicon {
        Lexicon::load().expect("bundled word lists load")
    }

    /// (phrase, name, title)
    const NAMES: &[(&str, &str, &str)] = &[
        ("Turkish President Tayyip Erdogan", "Tayyip Erdogan", "Turkish President"),
        ("Defence Minister Rustem Umerov", "Rustem Umerov", "Defence Minister"),
        ("U.S. President Donald Trump", "Donald Trump", "U.S. President"),
        ("Presidents Volodymyr Zelenskiy", "Volodymyr Zelenskiy", "President"),
        ("Mr. Trump", "Trump", ""),
        ("Osama bin Laden", "Osama bin Laden", ""),
        ("Ursula von der Leyen", "Ursula von der Leyen", ""),
        ("Foreign Minister Hakan Fidan", "Hakan Fidan", "Foreign Minister"),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Kremlin spokesman"),
        ("former Prime Minister Boris Johnson", "Boris Johnson", "former Prime Minister"),
        ("Bashar al-Assad", "Bashar al-Assad", ""),
        ("Jean-Claude Juncker", "Jean-Claude Juncker", ""),
        ("Russia", "Russia", ""),
        ("The Kremlin", "Kremlin", ""),
        ("Secretary of State Marco Rubio", "Marco Rubio", "Secretary of State"),
    ];

    #[test]
    fn names_and_titles() {
        let lex = lex();
        for (phrase, name, title) in NAMES {
            let mut toks = tokenize(phrase, Span::new(0, phrase.len()));
            lex.mark(&mut toks);
            let parts = lex.parse_name(phrase, &toks, 0, toks.len() - 1).expect(phrase);
            assert_eq!(parts.name(phrase), *name, "{phrase}");
            assert_eq!(parts.title.as_deref().unwrap_or(""), *title, "{phrase}");
        }
    }

    /// (text before a cue, expected phrase, kind name)
    const BEFORE: &[(&str, &str, &str)] = &[
        ("“We will win,” he", "he", "pronoun"),
        ("Neither was notified, officials", "officials", "literal"),
        ("Western analysts", "Western analysts", "literal"),
        ("a senior US official", "a senior US official", "literal"),
        ("the minister", "the minister", "definite"),
        ("Trump, who", "who", "relative"),
        ("In a statement, the Defence Ministry", "the Defence Ministry", "name"),
        ("Kyiv’s delegation", "Kyiv’s delegation", "literal"),
        ("a spokesman for the ministry", "a spokesman for the ministry", "literal"),
        ("a charge Ukraine flatly", "Ukraine", "name"),
        ("Police", "Police", "name"),
        ("the company", "the company", "definite"),
        ("the officials", "officials", "literal"),
        ("Mr. Trump", "Mr. Trump", "name"),
    ];

    fn kind_name(k: &NpKind) -> &'static str {
        match k {
            NpKind::Pronoun(_) => "pronoun",
            NpKind::Relative => "relative",
            NpKind::Name(_) => "name",
            NpKind::Definite { .. } => "definite",
            NpKind::Literal => "literal",
            NpKind::Document => "document",
            NpKind::Anonymous => "anonymous",
        }
    }

    #[test]
    fn phrases_before_a_cue() {
        let lex = lex();
        for (text, want, kind) in BEFORE {
            let mut toks = tokenize(text, Span::new(0, text.len()));
            lex.mark(&mut toks);
            let np = lex.np_before(text, &toks, toks.len(), 0).expect(text);
            assert_eq!(&text[np.span.start..np.span.end], *want, "{text}");
            assert_eq!(kind_name(&np.kind), *kind, "{text}");
        }
    }

    #[test]
    fn phrases_after_a_cue() {
        let lex = lex();
        for (text, want) in [
            ("Zelenskiy on Monday", "Zelenskiy"),
            ("the Kremlin.", "the Kremlin"),
            ("Defence Minister Rustem Umerov, adding", "Defence Minister Rustem Umerov"),
            ("police in the city", "police"),
        ] {
            let mut toks = tokenize(text, Span::new(0, text.len()));
            lex.mark(&mut toks);
            let np = lex.np_after(text, &toks, 0, toks.len()).expect(text);
            assert_eq!(&text[np.span.start..np.span.end], want, "{text}");
        }
    }
}
