//! The entity memory of one article: who has been named so far, under which
//! fullest name and title, and who was mentioned most recently.

use crate::lexicon::{Gender, PronounInfo};
use crate::lexicon::{HashMap, HashSet};
use crate::np::{NameParts, NameWords};
use std::borrow::Cow;

/// What sort of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EntityKind {
    /// Named with two or more words, a title or an honorific, or referred to as "he"/"she".
    Person,
    /// A single capitalised word not known to be anything else ("Zelenskiy").
    Unknown,
    /// Ministry, company, police, Kremlin...
    Org,
    /// A country or capital standing for its government.
    Place,
    /// "officials", "Western analysts": plural, named as written.
    Group,
}

/// One entity. Its name borrows the article text (`'t`) when written as
/// single-spaced ASCII words, so storing it copies nothing.
#[derive(Debug, Clone)]
pub(crate) struct Entity<'t> {
    pub name: Cow<'t, str>,
    pub title: Option<String>,
    pub kind: EntityKind,
    pub gender: Option<Gender>,
    /// Named as the speaker of a quote or number ("Netcraft said"), not only mentioned.
    pub spoke: bool,
}

/// How a speaker phrase resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Resolved {
    /// An entity in memory; its final name is read at the end of the article.
    Entity(usize),
    /// Not resolvable: the mention stays, the speaker is empty.
    Unresolved,
    /// No entity, but the phrase itself names the speaker well enough ("the army"
    /// with no army named before): the speaker is this text. It enters no memory,
    /// so later phrases never refer back to it.
    Described(String),
}

/// Entities and a bounded list of recent mentions (most recent last).
///
/// The lookup keys are lower-case names and last words; most borrow the
/// ASCII-lowered text of the article (`'t`), so listing a name copies no
/// string. The rest (names with non-ASCII words, groups) are owned.
#[derive(Debug, Default)]
pub(crate) struct Memory<'t> {
    pub entities: Vec<Entity<'t>>,
    by_name: HashMap<Cow<'t, str>, usize>,
    by_last_word: HashMap<Cow<'t, str>, usize>,
    /// (entity, unit index, was the unit's subject)
    recent: Vec<(usize, usize, bool)>,
    /// The last organisation named only by a description ([`Resolved::Described`])
    /// and its unit: "The ministry said ... It added" takes "it" to it.
    described: Option<(String, usize)>,
}

/// How many recent mentions a pronoun or description looks back over.
const RECENT: usize = 48;

impl<'t> Memory<'t> {
    /// An empty memory with room for a typical article's entities, so its
    /// maps rarely grow (each growth re-hashes every name).
    pub(crate) fn with_capacity(entities: usize) -> Memory<'t> {
        Memory {
            entities: Vec::with_capacity(entities),
            by_name: HashMap::with_capacity_and_hasher(entities, Default::default()),
            by_last_word: HashMap::with_capacity_and_hasher(entities, Default::default()),
            recent: Vec::with_capacity(RECENT * 2 + 1),
            described: None,
        }
    }

    /// Notes that a speaker phrase in `unit` resolved to the description `written`,
    /// for a following "it".
    pub(crate) fn described(&mut self, written: String, unit: usize) -> Resolved {
        self.described = Some((written.clone(), unit));
        Resolved::Described(written)
    }

    /// Notes that entity `id` was named as the speaker of a quote or number.
    pub(crate) fn spoke(&mut self, id: usize) {
        if let Some(e) = self.entities.get_mut(id) {
            e.spoke = true;
        }
    }

    /// Finds or creates the entity a name refers to, joining short names to fuller ones.
    /// `text` is the text the name was parsed from and `lowered` its ASCII-lowered
    /// copy ([`crate::tokens::ascii_lowered`]). Takes the parts by value: owned
    /// strings move into the memory; a name given as a span is copied only when stored.
    pub(crate) fn name(&mut self, parts: NameParts, text: &'t str, lowered: &'t str) -> usize {
        let NameParts { title, words, gender, person_marked, org, place, .. } = parts;
        let (name, lower): (Cow<'t, str>, Cow<'t, str>) = match words {
            NameWords::Span(s) => (
                Cow::Borrowed(text.get(s.start..s.end).unwrap_or("")),
                Cow::Borrowed(lowered.get(s.start..s.end).unwrap_or("")),
            ),
            NameWords::Owned { name, lower } => (Cow::Owned(name), Cow::Owned(lower)),
        };
        // The last word, and whether it is the only one, from one short scan
        // back to the last space (names are a few words).
        let last_space = lower.as_bytes().iter().rposition(|&b| b == b' ');
        let one_word = last_space.is_none();
        let last = match last_space {
            Some(sp) => lower.get(sp + 1..).unwrap_or(""),
            None => lower.as_ref(),
        };
        let kind = if place {
            EntityKind::Place
        } else if org {
            EntityKind::Org
        } else if person_marked || !one_word {
            EntityKind::Person
        } else {
            EntityKind::Unknown
        };
        let person_like = matches!(kind, EntityKind::Person | EntityKind::Unknown);
        let by_name = self.by_name.get(lower.as_ref()).copied();
        // The last word's entity, looked up once: the map does not change
        // until the end of this call. Not needed for a known non-person name.
        let by_last =
            if person_like || by_name.is_none() { self.by_last_word.get(last).copied() } else { None };
        let mut id = by_name;
        // A one-word mention of a known person's surname is that person, even
        // when the word is also a place ("Valeska Paris" ... "Paris claims").
        if id.is_none() && one_word && !person_like {
            id = by_last.filter(|&c| self.entities[c].kind == EntityKind::Person);
        }
        if id.is_none() && person_like {
            if let Some(cand) = by_last {
                let e = &self.entities[cand];
                let compatible = matches!(e.kind, EntityKind::Person | EntityKind::Unknown)
                    && (one_word || !e.name.contains(' ') || e.name.to_lowercase().ends_with(lower.as_ref()));
                if compatible {
                    id = Some(cand);
                }
            }
        }
        let id = match id {
            Some(id) => {
                let e = &mut self.entities[id];
                if name.len() > e.name.len() && person_like {
                    e.name = name;
                }
                if e.title.is_none() {
                    e.title = title;
                }
                if e.gender.is_none() {
                    e.gender = gender;
                }
                if e.kind == EntityKind::Unknown && kind == EntityKind::Person {
                    e.kind = EntityKind::Person;
                }
                id
            }
            None => {
                self.entities.push(Entity { name, title, kind, gender, spoke: false });
                self.entities.len() - 1
            }
        };
        if person_like && by_last != Some(id) {
            // The last word of a borrowed name is borrowed too.
            let key = match &lower {
                Cow::Borrowed(l) => Cow::Borrowed(l.get(l.len() - last.len()..).unwrap_or("")),
                Cow::Owned(_) => Cow::Owned(last.to_string()),
            };
            self.by_last_word.insert(key, id);
        }
        // A name already listed keeps its first entity.
        if by_name.is_none() {
            self.by_name.insert(lower, id);
        }
        id
    }

    /// A group named as written ("officials"), so "they" can refer back to it.
    pub(crate) fn group(&mut self, written: &str) -> usize {
        self.literal(written, EntityKind::Group)
    }

    /// An organisation named by a description ("health ministry", "Israeli military").
    pub(crate) fn org_literal(&mut self, written: &str) -> usize {
        self.literal(written, EntityKind::Org)
    }

    /// The entity named exactly `written` (case aside), added with `kind` if new.
    fn literal(&mut self, written: &str, kind: EntityKind) -> usize {
        let lower = written.to_lowercase();
        if let Some(&id) = self.by_name.get(lower.as_str()) {
            return id;
        }
        self.entities.push(Entity {
            name: Cow::Owned(written.to_string()),
            title: None,
            kind,
            gender: None,
            spoke: false,
        });
        let id = self.entities.len() - 1;
        self.by_name.insert(Cow::Owned(lower), id);
        id
    }

    /// Records that `id` was mentioned in unit `unit`.
    pub(crate) fn mentioned(&mut self, id: usize, unit: usize, subject: bool) {
        self.recent.push((id, unit, subject));
        if self.recent.len() > RECENT * 2 {
            self.recent.drain(..RECENT);
        }
    }

    /// The most recent entity a pronoun can refer to; a person's gender is learnt from it.
    pub(crate) fn pronoun(&mut self, p: PronounInfo, unit: usize) -> Resolved {
        let fits = |e: &Entity<'t>| -> bool {
            if p.thing {
                matches!(e.kind, EntityKind::Org | EntityKind::Place)
            } else if p.any {
                matches!(e.kind, EntityKind::Org | EntityKind::Place | EntityKind::Group)
            } else {
                matches!(e.kind, EntityKind::Person | EntityKind::Unknown)
                    && (e.gender.is_none() || e.gender == p.gender)
            }
        };
        // Prefer a subject of this or the previous unit, then any mention, persons before unknowns.
        // The recent mentions, latest first (walked without copying them).
        let window = || self.recent.iter().rev().take(RECENT);
        let gendered = p.gender.is_some();
        let pick = window()
            .find(|(id, u, _)| {
                gendered
                    && unit.saturating_sub(*u) <= 2
                    && fits(&self.entities[*id])
                    && self.entities[*id].gender == p.gender
            })
            .or_else(|| {
                window()
                    .find(|(id, u, subj)| *subj && unit.saturating_sub(*u) <= 1 && fits(&self.entities[*id]))
            })
            .or_else(|| {
                window().find(|(id, _, _)| {
                    fits(&self.entities[*id]) && self.entities[*id].kind != EntityKind::Unknown
                })
            })
            .or_else(|| window().find(|(id, _, _)| fits(&self.entities[*id])))
            // "it" for a single unknown name that no pronoun has made a person ("Boeing").
            .or_else(|| {
                window().find(|(id, _, _)| {
                    let e = &self.entities[*id];
                    p.thing && e.kind == EntityKind::Unknown && e.gender.is_none()
                })
            })
            .map(|&(id, u, _)| (id, u));
        // "The ministry said ... It added": an organisation named only by a
        // description, in this unit or the one before, and no earlier than any
        // entity found, is what "it" refers to.
        if p.thing {
            if let Some((written, at)) = &self.described {
                if unit.saturating_sub(*at) <= 1 && pick.map_or(true, |(_, u)| *at >= u) {
                    return Resolved::Described(written.clone());
                }
            }
        }
        match pick.map(|(id, _)| id) {
            Some(id) => {
                let e = &mut self.entities[id];
                if p.thing && e.kind == EntityKind::Unknown {
                    e.kind = EntityKind::Org;
                }
                if !p.thing && !p.any {
                    if e.gender.is_none() {
                        e.gender = p.gender;
                    }
                    e.kind = EntityKind::Person;
                }
                Resolved::Entity(id)
            }
            None => Resolved::Unresolved,
        }
    }

    /// The most recent entity a definite description ("the minister", "the company") fits.
    /// `public_bodies`: organisation words of public bodies; a business ("the
    /// company", "the firm") is none of the organisations named with one.
    pub(crate) fn description(
        &self,
        head: &str,
        is_org_word: bool,
        public_bodies: &HashSet<String>,
    ) -> Resolved {
        let window = self.recent.iter().rev().take(RECENT);
        for &(id, _, _) in window {
            let e = &self.entities[id];
            let title_fits = e.title.as_deref().is_some_and(|t| has_word_lowered(t, head));
            let name_fits = has_word_lowered(&e.name, head);
            if title_fits || name_fits {
                return Resolved::Entity(id);
            }
            if is_org_word
                && e.kind == EntityKind::Org
                && matches!(head, "company" | "firm" | "group" | "organisation" | "organization" | "agency")
            {
                let business = matches!(head, "company" | "firm");
                if business && e.name.split(' ').any(|w| public_bodies.contains(&w.to_lowercase())) {
                    continue;
                }
                return Resolved::Entity(id);
            }
            if head == "government" && e.kind == EntityKind::Place {
                return Resolved::Entity(id);
            }
            // "Netcraft said ... The company said": a one-word name that has spoken and
            // that no title, gender or pronoun has made a person names a business (a
            // person's first mention in news carries a first name or a title). A
            // capitalised word that only opened a sentence ("Shares fell") never spoke.
            if matches!(head, "company" | "firm")
                && e.spoke
                && e.kind == EntityKind::Unknown
                && e.gender.is_none()
                && e.title.is_none()
                && !e.name.contains(' ')
            {
                return Resolved::Entity(id);
            }
        }
        Resolved::Unresolved
    }
}

/// True when one of the space-separated words of `s`, lower-cased, is `head`:
/// `s.to_lowercase().split(' ').any(|w| w == head)` without a new string per
/// entity looked at. Lower-casing neither makes nor removes spaces, and a
/// space is no cased char for the final-sigma rule, so lower-casing word by
/// word gives the same words; an ASCII word (nearly all) needs no new string.
fn has_word_lowered(s: &str, head: &str) -> bool {
    s.split(' ').any(|w| {
        if w.is_ascii() {
            // `head` must itself be lower case: an ASCII word lower-cases to ASCII.
            w.len() == head.len()
                && w.eq_ignore_ascii_case(head)
                && !head.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            w.to_lowercase() == head
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(name: &str, title: Option<&str>) -> NameParts {
        NameParts {
            title: title.map(str::to_string),
            plural_title: false,
            words: NameWords::Owned { name: name.to_string(), lower: name.to_lowercase() },
            gender: None,
            person_marked: title.is_some(),
            org: false,
            place: false,
        }
    }

    #[test]
    fn short_names_join_the_fullest() {
        let mut m = Memory::default();
        let a = m.name(parts("Tayyip Erdogan", Some("Turkish President")), "", "");
        let b = m.name(parts("Erdogan", None), "", "");
        assert_eq!(a, b);
        let z = m.name(parts("Zelenskiy", None), "", "");
        let z2 = m.name(parts("Volodymyr Zelenskiy", Some("President")), "", "");
        assert_eq!(z, z2);
        assert_eq!(m.entities[z].name, "Volodymyr Zelenskiy");
        assert_eq!(m.entities[a].title.as_deref(), Some("Turkish President"));
    }

    #[test]
    fn pronouns_follow_gender_and_number() {
        let he = PronounInfo { gender: Some(Gender::Male), plural: false, thing: false, any: false };
        let she = PronounInfo { gender: Some(Gender::Female), plural: false, thing: false, any: false };
        let they = PronounInfo { gender: None, plural: true, thing: false, any: true };
        let mut m = Memory::default();
        let mut w = parts("Jane Smith", None);
        w.gender = Some(Gender::Female);
        let jane = m.name(w, "", "");
        m.mentioned(jane, 0, true);
        let john = m.name(parts("John Brown", None), "", "");
        m.mentioned(john, 1, true);
        let officials = m.group("officials");
        m.mentioned(officials, 1, false);
        assert_eq!(m.pronoun(she, 2), Resolved::Entity(jane));
        assert_eq!(m.pronoun(he, 2), Resolved::Entity(john));
        assert_eq!(m.pronoun(they, 2), Resolved::Entity(officials));
        // "he" has now fixed John's gender; a new unknown-gender person is still a candidate.
        assert_eq!(m.entities[john].gender, Some(Gender::Male));
    }

    #[test]
    fn word_test_matches_lowering_the_whole_string() {
        let cases =
            ["Defence Minister", "the MINISTER", "Σ ΟΔΟΣ", "\u{212A}ing", "İstanbul  Mayor", "", " a "];
        for s in cases {
            for head in ["minister", "Minister", "king", "οδος", "οδοσ", "σ", "", "a", "mayor", "i̇stanbul"]
            {
                let reference = s.to_lowercase().split(' ').any(|w| w == head);
                assert_eq!(has_word_lowered(s, head), reference, "{s:?} {head:?}");
            }
        }
    }

    #[test]
    fn a_business_is_no_public_body() {
        let lex = crate::lexicon::Lexicon::load().expect("lists load");
        let org = |name: &str| NameParts { org: true, ..parts(name, None) };
        let mut m = Memory::default();
        let ministry = m.name(org("Ministry of Health"), "", "");
        m.mentioned(ministry, 0, true);
        assert_eq!(m.description("company", true, &lex.public_bodies), Resolved::Unresolved);
        assert_eq!(m.description("firm", true, &lex.public_bodies), Resolved::Unresolved);
        assert_eq!(m.description("ministry", true, &lex.public_bodies), Resolved::Entity(ministry));
        let acme = m.name(org("Acme Holdings"), "", "");
        m.mentioned(acme, 1, true);
        assert_eq!(m.description("company", true, &lex.public_bodies), Resolved::Entity(acme));
    }

    #[test]
    fn descriptions_need_a_fitting_antecedent() {
        let mut m = Memory::default();
        let public: HashSet<String> = ["ministry".to_string()].into_iter().collect();
        assert_eq!(m.description("minister", false, &public), Resolved::Unresolved);
        let u = m.name(parts("Rustem Umerov", Some("Defence Minister")), "", "");
        m.mentioned(u, 0, true);
        assert_eq!(m.description("minister", false, &public), Resolved::Entity(u));
        assert_eq!(m.description("company", true, &public), Resolved::Unresolved);
    }
}
