//! The attribution resolver: one forward pass over an article's sentences
//! with a small entity memory.

use crate::hedge::{find_hedge, hedges_in, pick_hedge, HedgeAt};
use crate::lexicon::HashMap;
use crate::lexicon::{flag, Lexicon};
use crate::memory::{EntityKind, Memory, Resolved};
use crate::np::{NameWords, Np, NpKind};
use crate::tokens::{ascii_lowered, attach_lowers, tokenize_into, Tok};
use crate::transcript;
use crate::units::{build_units, unit_at, Unit};
use crate::Error;
use claimsheet_core::OwnedLowers;
use claimsheet_core::{
    Attribution, AttributionTarget, Document, NumberMention, Paragraph, Quote, QuoteKind, Sentence,
    SentenceKind, Span,
};
use std::sync::Arc;

/// Options for the [`AttributionResolver`].
#[derive(Debug, Clone)]
pub struct AttributionConfig {
    /// A number outside every quote takes the speaker of a reporting clause in
    /// its own sentence ("20 people died, police said"; "according to the UN").
    /// Default `true`; with `false` such numbers are the publication's.
    pub numbers_follow_sentence_cue: bool,
    /// How many units after a quote may hold its speaker when the quote has
    /// none of its own (`“...” That was the message from Zelenskiy.`). Default 1.
    pub next_sentence_lookahead: usize,
}

impl Default for AttributionConfig {
    fn default() -> AttributionConfig {
        AttributionConfig { numbers_follow_sentence_cue: true, next_sentence_lookahead: 1 }
    }
}

/// Resolves who asserts each quote and number. Built once; cheap to clone;
/// `Send + Sync`.
#[derive(Debug, Clone)]
pub struct AttributionResolver {
    lex: Arc<Lexicon>,
    config: AttributionConfig,
}

/// How a target's speaker is to be found once the memory has seen the text.
#[derive(Debug, Clone)]
enum Plan {
    /// A speaker phrase, with the cue and a title from an apposition.
    Np { np: Np, cue: Option<Span>, appos_title: Option<String>, camel: bool },
    /// A cue but no speaker phrase.
    CueOnly(Span),
    /// The previous quote's speaker in the same paragraph, if any.
    Inherit { cue: Option<Span> },
    /// A partial quote without a cue in unit `u`: the issuer of a document the
    /// sentence is about, or the sentence's subject.
    PartialNoCue(usize),
    /// The publication.
    Publication,
}

/// A speaker phrase seen by the first pass, resolved in the second: borrowed
/// from its target's plan (a phrase and its title hold strings).
#[derive(Debug, Clone, Copy)]
struct Extra<'p> {
    np: &'p Np,
    unit: usize,
    appos_title: Option<&'p str>,
    camel: bool,
}

impl Extra<'_> {
    /// The speaker phrase a plan names, in unit `unit`, if any.
    fn of_plan(plan: &Plan, unit: usize) -> Option<Extra<'_>> {
        let Plan::Np { np, appos_title, camel, .. } = plan else { return None };
        Some(Extra { np, unit, appos_title: appos_title.as_deref(), camel: *camel })
    }
}

/// Which target's plan holds a speaker phrase for the second pass.
#[derive(Debug, Clone, Copy)]
enum PlanOf {
    Quote(usize),
    Number(usize),
}

/// What the second pass learnt about a unit.
#[derive(Debug, Clone, Default)]
struct UnitFacts {
    subject: Option<usize>,
    doc_owner: Option<usize>,
}

/// How far (in bytes) before and after a quote its cue and speaker are looked for.
const REGION_BYTES: usize = 600;

const PREPOSITIONS: [&str; 22] = [
    "in",
    "at",
    "by",
    "for",
    "from",
    "with",
    "to",
    "of",
    "between",
    "on",
    "during",
    "against",
    "including",
    "about",
    "over",
    "under",
    "into",
    "among",
    "after",
    "before",
    "than",
    "like",
];

impl AttributionResolver {
    /// Builds a resolver from the bundled word lists.
    pub fn new(config: &AttributionConfig) -> Result<AttributionResolver, Error> {
        Ok(AttributionResolver { lex: Arc::new(Lexicon::load()?), config: config.clone() })
    }

    /// One [`Attribution`] for every direct, partial and indirect quote and for
    /// every checkable number, quotes first, each group in input order.
    ///
    /// Never panics; spans that are out of bounds or off char boundaries are ignored.
    pub fn run(
        &self,
        doc: &Document,
        paragraphs: &[Paragraph],
        sentences: &[Sentence],
        quotes: &[Quote],
        numbers: &[NumberMention],
    ) -> Vec<Attribution> {
        let turns = self.transcript_turns(doc, paragraphs);
        self.run_with_turns(doc, paragraphs, sentences, quotes, numbers, &turns)
    }

    /// [`AttributionResolver::run`] with the document's transcript turns already found
    /// by [`AttributionResolver::transcript_turns`] (a caller that needs them too finds
    /// them once).
    pub fn run_with_turns(
        &self,
        doc: &Document,
        paragraphs: &[Paragraph],
        sentences: &[Sentence],
        quotes: &[Quote],
        numbers: &[NumberMention],
        turns: &[transcript::TranscriptTurn],
    ) -> Vec<Attribution> {
        let text = doc.text.as_str();
        let lex = &*self.lex;
        let units = build_units(text, paragraphs, sentences);
        // One flat token list; a unit's tokens are a slice of it, so a window
        // over consecutive units is a slice too.
        let lowered = ascii_lowered(text);
        // Lower-case forms that are no slice of `lowered` (rare), laid end to end.
        let mut arena = String::new();
        let mut owned = OwnedLowers::default();
        // About one token per four bytes of news text: sized so it rarely grows.
        let mut all_toks: Vec<Tok> = Vec::with_capacity(text.len() / 4 + 16);
        let mut ranges: Vec<std::ops::Range<usize>> = Vec::with_capacity(units.len());
        // Per unit, the word-list flags of its tokens OR-ed together: a pass
        // looking for a class of word (pronoun, group noun, cue, hedge) skips
        // a unit that holds none.
        let mut unit_flags: Vec<u32> = Vec::with_capacity(units.len());
        for u in &units {
            let start = all_toks.len();
            tokenize_into(text, &lowered, lex, u.span, &mut all_toks, &mut owned);
            unit_flags.push(all_toks[start..].iter().fold(0, |m, t| m | t.flags));
            ranges.push(start..all_toks.len());
        }
        attach_lowers(&owned, &mut all_toks, &mut arena);
        let marked = marked_spans(text, quotes);
        {
            // Tokens inside quotation marks. The tokens are in text order and
            // disjoint (so are the units), and so are the merged marked spans:
            // each span's tokens are one run, found by a binary search that
            // starts where the last run ended.
            let mut from = 0;
            for m in &marked {
                from += all_toks.get(from..).unwrap_or_default().partition_point(|t| t.span.start < m.start);
                for t in all_toks
                    .get_mut(from..)
                    .unwrap_or_default()
                    .iter_mut()
                    .take_while(|t| t.span.start < m.end)
                {
                    t.flags |= flag::MARKED;
                }
            }
        }
        let toks: Vec<&[Tok]> = ranges.iter().map(|r| &all_toks[r.clone()]).collect();
        let unit_has_quote: Vec<bool> = {
            let mut has = vec![false; units.len()];
            for q in quotes.iter().filter(|q| q.kind != QuoteKind::Term) {
                let first = units.partition_point(|u| u.span.end <= q.span.start);
                for (u, flag) in units.iter().zip(has.iter_mut()).skip(first) {
                    if u.span.start >= q.span.end {
                        break;
                    }
                    if u.span.overlaps(q.span) {
                        *flag = true;
                    }
                }
            }
            has
        };
        let is_marked = |pos: usize| in_spans(&marked, pos);

        let turn_plan = |t: &transcript::TranscriptTurn, cue: Option<Span>| -> Option<Plan> {
            let mu = unit_at(&units, t.label.start)?;
            let (np, appos_title, camel) = self.np_at(text, toks[mu], t.label)?;
            Some(Plan::Np { np, cue, appos_title, camel })
        };

        // Pass 1: find each target's speaker phrase and cue locally. The
        // phrases the second pass resolves are noted as (plan, unit) and
        // borrowed from the plans once these are all made.
        let mut extra_plans: Vec<(PlanOf, usize)> = Vec::new();
        let mut quote_plans: Vec<Option<Plan>> = Vec::with_capacity(quotes.len());
        for q in quotes {
            if q.kind == QuoteKind::Term || !q.span.is_valid_in(text) || q.span.is_empty() {
                quote_plans.push(None);
                continue;
            }
            let mut plan = self.plan_quote(text, &units, &all_toks, &ranges, q, &is_marked);
            // Inside an interview answer, reported words nobody else is named as
            // saying are the answerer's (a direct quote there is someone else's words).
            if !matches!(plan, Plan::Np { .. }) && q.kind != QuoteKind::Direct {
                let cue = match plan {
                    Plan::CueOnly(c) => Some(c),
                    _ => None,
                };
                if let Some(p) = answer_turn(turns, q.span).and_then(|t| turn_plan(t, cue)) {
                    plan = p;
                }
            }
            if let Plan::Np { np, .. } = &plan {
                if let Some(unit) = unit_at(&units, np.span.start) {
                    extra_plans.push((PlanOf::Quote(quote_plans.len()), unit));
                }
            }
            quote_plans.push(Some(plan));
        }
        let number_quote: Vec<Option<usize>> =
            numbers
                .iter()
                .map(|n| {
                    if n.checkable && n.span.is_valid_in(text) {
                        quote_holding(quotes, n.span)
                    } else {
                        None
                    }
                })
                .collect();
        let mut number_plans: Vec<Option<Plan>> = vec![None; numbers.len()];
        for (i, n) in numbers.iter().enumerate() {
            if !n.checkable || number_quote[i].is_some() || !n.span.is_valid_in(text) {
                continue;
            }
            if let Some(plan) = answer_turn(turns, n.span).and_then(|t| turn_plan(t, None)) {
                if let Plan::Np { np, .. } = &plan {
                    if let Some(unit) = unit_at(&units, np.span.start) {
                        extra_plans.push((PlanOf::Number(i), unit));
                    }
                }
                number_plans[i] = Some(plan);
                continue;
            }
            if !self.config.numbers_follow_sentence_cue {
                continue;
            }
            let Some(u) = unit_at(&units, n.span.start) else { continue };
            if unit_has_quote[u] {
                continue;
            }
            if unit_flags[u] & flag::CUE_FIRST == 0 {
                continue;
            }
            if let Some((np, cue, appos)) =
                self.search_cues(text, toks[u], Span::new(n.span.start, n.span.start), &is_marked, false)
            {
                extra_plans.push((PlanOf::Number(i), u));
                number_plans[i] = Some(Plan::Np { np, cue: Some(cue), appos_title: appos, camel: false });
            }
        }
        let mut extras: Vec<Extra> = extra_plans
            .iter()
            .filter_map(|&(of, unit)| {
                let plan = match of {
                    PlanOf::Quote(i) => quote_plans.get(i)?.as_ref()?,
                    PlanOf::Number(i) => number_plans.get(i)?.as_ref()?,
                };
                Extra::of_plan(plan, unit)
            })
            .collect();
        extras.sort_by_key(|e| e.np.span.start);

        // Pass 2: walk the units in order, naming entities and resolving phrases.
        let mut memory = Memory::with_capacity(32);
        // How the spans that are ever looked up resolved: the targets' speaker
        // phrases. A name, group or pronoun elsewhere is remembered by the
        // memory only; listing it here too cost a hash-map insert per mention.
        let mut wanted: Vec<Span> = quote_plans
            .iter()
            .chain(&number_plans)
            .filter_map(|p| match p {
                Some(Plan::Np { np, .. }) => Some(np.span),
                _ => None,
            })
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        let wanted = |s: Span| wanted.binary_search(&s).is_ok();
        let mut resolved: HashMap<Span, Resolved> =
            HashMap::with_capacity_and_hasher(extras.len(), Default::default());
        let mut facts: Vec<UnitFacts> = vec![UnitFacts::default(); units.len()];
        let mut doc_owner: Option<usize> = None;
        let mut next_extra = 0;
        // Buffers reused across units.
        let mut events: Vec<(usize, Event)> = Vec::new();
        let mut aliases: Vec<(Span, Span)> = Vec::new();
        for (ui, unit) in units.iter().enumerate() {
            let unit_toks = &toks[ui];
            events.clear();
            aliases.clear();
            if unit.kind == SentenceKind::Body {
                self.scan_names(text, unit_toks, &mut events);
                if unit_flags[ui] & (flag::GROUP | flag::ORG) != 0 {
                    self.scan_groups(text, unit_toks, &mut events);
                }
                if unit_flags[ui] & flag::PRONOUN != 0 {
                    for (ti, t) in unit_toks.iter().enumerate() {
                        if t.has(flag::PRONOUN)
                            && matches!(t.lower.as_str(), "he" | "she" | "they")
                            && !t.has(flag::MARKED)
                        {
                            if let Some(p) = lex.pronouns.get(t.lower.as_str()) {
                                events.push((ti, Event::Pronoun(t.span, *p)));
                            }
                        }
                    }
                }
            }
            while next_extra < extras.len() && extras[next_extra].unit < ui {
                next_extra += 1;
            }
            while next_extra < extras.len() && extras[next_extra].unit == ui {
                let e = &extras[next_extra];
                next_extra += 1;
                // The speaker phrase replaces the names the scan found inside it.
                if let Some((_, ev)) = events.iter().find(|(_, ev)| !e.camel && ev.span() == e.np.span) {
                    aliases.push((e.np.span, ev.span()));
                    if let Some(t) = e.appos_title {
                        events.push((e.np.first, Event::Title(ev.span(), t.to_string())));
                    }
                } else {
                    // Names the scan found inside the phrase give way; another
                    // target's phrase overlapping it ("Facebook co-founder Mark
                    // Zuckerberg" and "Mark Zuckerberg") stays.
                    events.retain(|(_, ev)| {
                        matches!(ev, Event::Extra(..))
                            || aliases.iter().any(|(_, to)| *to == ev.span())
                            || !ev.span().overlaps(e.np.span)
                    });
                    let first =
                        unit_toks.iter().position(|t| t.span.overlaps(e.np.span)).unwrap_or(e.np.first);
                    events.push((first, Event::Extra(next_extra - 1, e.np.span)));
                }
            }
            events.sort_by_key(|(i, ev)| (*i, ev.order()));
            let subject_limit = subject_window(unit_toks);
            let mut subject_taken = false;
            let mut prev_plural_title: Option<(usize, String)> = None;
            for (ti, ev) in events.drain(..) {
                let before_ok = ti == 0
                    || !unit_toks
                        .get(ti.wrapping_sub(1))
                        .is_some_and(|t| PREPOSITIONS.contains(&t.lower.as_str()) || t.possessive);
                let is_subject = !subject_taken && before_ok && ti <= subject_limit;
                let res = match ev {
                    Event::Name(span, mut parts) => {
                        // "Presidents X and Y": the plural title covers Y.
                        if parts.title.is_none() {
                            if let Some((end_ti, t)) = &prev_plural_title {
                                if ti == end_ti + 2
                                    && unit_toks.get(end_ti + 1).is_some_and(|t| t.lower == "and")
                                {
                                    parts.title = Some(t.clone());
                                    parts.person_marked = true;
                                }
                            }
                        }
                        let last_ti = unit_toks.iter().rposition(|t| t.span.end <= span.end).unwrap_or(ti);
                        prev_plural_title =
                            if parts.plural_title { parts.title.clone().map(|t| (last_ti, t)) } else { None };
                        let id = memory.name(parts, text, &lowered);
                        if wanted(span) {
                            resolved.insert(span, Resolved::Entity(id));
                            memory.spoke(id);
                        }
                        Some((id, span))
                    }
                    Event::Group(span, written, org) => {
                        let id = if org { memory.org_literal(&written) } else { memory.group(&written) };
                        if wanted(span) {
                            resolved.insert(span, Resolved::Entity(id));
                        }
                        Some((id, span))
                    }
                    Event::Pronoun(span, p) => {
                        let r = memory.pronoun(p, ui);
                        if wanted(span) {
                            resolved.insert(span, r.clone());
                        }
                        match r {
                            Resolved::Entity(id) => Some((id, span)),
                            Resolved::Unresolved | Resolved::Described(_) => None,
                        }
                    }
                    Event::Title(span, title) => {
                        if let Some(Resolved::Entity(id)) = resolved.get(&span) {
                            if let Some(e) = memory.entities.get_mut(*id) {
                                if e.title.is_none() {
                                    e.title = Some(title);
                                }
                            }
                        }
                        continue;
                    }
                    Event::Extra(x, _) => {
                        let Some(extra) = extras.get(x) else { continue };
                        let r = self.resolve_extra(text, &lowered, extra, &mut memory, ui, doc_owner);
                        if let Resolved::Entity(id) = r {
                            memory.spoke(id);
                        }
                        resolved.insert(extra.np.span, r.clone());
                        match r {
                            Resolved::Entity(id) => Some((id, extra.np.span)),
                            Resolved::Unresolved | Resolved::Described(_) => None,
                        }
                    }
                };
                if let Some((id, span)) = res {
                    memory.mentioned(id, ui, is_subject);
                    if is_subject {
                        subject_taken = true;
                        facts[ui].subject = Some(id);
                        if issues_document(unit_toks, span) {
                            doc_owner = Some(id);
                        }
                    }
                }
            }
            for (from, to) in aliases.drain(..) {
                if let Some(r) = resolved.get(&to).cloned() {
                    resolved.entry(from).or_insert(r);
                }
            }
            facts[ui].doc_owner = doc_owner;
        }

        // Pass 3: attributions from plans.
        let speaker_of = |r: Option<&Resolved>| -> (Option<String>, Option<String>) {
            match r {
                Some(Resolved::Entity(id)) => match memory.entities.get(*id) {
                    Some(e) => (Some(e.name.to_string()), e.title.clone()),
                    None => (None, None),
                },
                Some(Resolved::Described(written)) => (Some(written.clone()), None),
                _ => (None, None),
            }
        };
        let entity = |id: Option<usize>| -> (Option<String>, Option<String>) {
            match id.and_then(|id| memory.entities.get(id)) {
                Some(e) if e.kind != EntityKind::Group || !e.name.is_empty() => {
                    (Some(e.name.to_string()), e.title.clone())
                }
                _ => (None, None),
            }
        };
        let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len() + numbers.len());
        // Each quote's attribution and the paragraph's last attributed quote, as
        // indices into `out` (not copies: an attribution holds strings).
        let mut quote_attr: Vec<Option<usize>> = vec![None; quotes.len()];
        let mut last_in_paragraph: Option<(usize, usize)> = None;
        for (qi, q) in quotes.iter().enumerate() {
            let Some(plan) = &quote_plans[qi] else { continue };
            let u0 = unit_at(&units, q.span.start);
            let para = u0.map(|u| units[u].paragraph);
            let mut a = Attribution {
                target: AttributionTarget::Quote(qi),
                speaker: None,
                mention: None,
                title: None,
                cue: None,
                hedge: None,
            };
            match plan {
                Plan::Np { np, cue, appos_title, .. } => {
                    let (s, t) = speaker_of(resolved.get(&np.span));
                    a.speaker = s;
                    a.title = t.or_else(|| appos_title.clone());
                    a.mention = Some(np.span);
                    a.cue = *cue;
                }
                Plan::CueOnly(cue) => a.cue = Some(*cue),
                Plan::Inherit { cue } => {
                    // A paragraph that is nothing but a direct quote, right after a
                    // paragraph whose last quote was attributed, goes on with that
                    // speaker (the news convention for a quotation run over paragraphs).
                    let whole_paragraph = q.kind == QuoteKind::Direct
                        && u0.zip(para).is_some_and(|(u, p)| {
                            // The paragraph's first unit must hold the quote's start.
                            let starts = u == 0 || units[u - 1].paragraph != p;
                            let mut e = u;
                            while e + 1 < units.len()
                                && units[e + 1].paragraph == p
                                && units[e + 1].span.start < q.span.end
                            {
                                e += 1;
                            }
                            let next_same = e + 1 < units.len() && units[e + 1].paragraph == p;
                            let (start, end) = (units[u].span.start, units[e].span.end);
                            starts
                                && !next_same
                                && text.get(start..q.span.start).is_some_and(|s| s.trim().is_empty())
                                && text.get(q.span.end..end).is_some_and(|s| {
                                    s.chars().all(|c| c.is_whitespace() || c.is_ascii_punctuation())
                                })
                        });
                    if let Some((p, prev)) = last_in_paragraph.and_then(|(p, i)| Some((p, out.get(i)?))) {
                        if Some(p) == para || whole_paragraph && para == Some(p + 1) {
                            a.speaker = prev.speaker.clone();
                            a.mention = prev.mention;
                            a.title = prev.title.clone();
                            a.cue = cue.or(prev.cue);
                        }
                    }
                }
                Plan::PartialNoCue(u) => {
                    let starts_with_document = toks.get(*u).is_some_and(|t| starts_with_document_noun(t));
                    if starts_with_document {
                        (a.speaker, a.title) =
                            entity(facts[*u].doc_owner.or(u.checked_sub(1).and_then(|p| facts[p].subject)));
                    } else if let Some(id) = facts[*u].subject {
                        let fragment = toks.get(*u).is_some_and(|t| org_word_heading_noun(t))
                            && memory.entities.get(id).is_some_and(|e| !e.name.contains(' '));
                        if !fragment && memory.entities.get(id).is_some_and(|e| e.kind != EntityKind::Group) {
                            (a.speaker, a.title) = entity(Some(id));
                        }
                    }
                }
                Plan::Publication => {}
            }
            a.hedge = self.quote_hedge(text, &units, &toks, &unit_flags, q, &is_marked);
            if a.speaker.is_some() || a.mention.is_some() {
                if let Some(p) = para {
                    last_in_paragraph = Some((p, out.len()));
                }
            }
            quote_attr[qi] = Some(out.len());
            out.push(a);
        }
        // The hedges of the last unit a number's hedge was looked for in.
        let mut unit_hedges: Vec<HedgeAt> = Vec::new();
        let mut hedges_of: Option<usize> = None;
        for (ni, n) in numbers.iter().enumerate() {
            if !n.checkable {
                continue;
            }
            let held = number_quote[ni].and_then(|qi| quote_attr.get(qi).copied().flatten());
            let mut a = match held.and_then(|i| out.get(i)) {
                Some(qa) => Attribution {
                    target: AttributionTarget::Number(ni),
                    speaker: qa.speaker.clone(),
                    mention: qa.mention,
                    title: qa.title.clone(),
                    cue: qa.cue,
                    hedge: None,
                },
                None => {
                    let mut a = Attribution {
                        target: AttributionTarget::Number(ni),
                        speaker: None,
                        mention: None,
                        title: None,
                        cue: None,
                        hedge: None,
                    };
                    if let Some(Plan::Np { np, cue, appos_title, .. }) = &number_plans[ni] {
                        let (s, t) = speaker_of(resolved.get(&np.span));
                        a.speaker = s;
                        a.title = t.or_else(|| appos_title.clone());
                        a.mention = Some(np.span);
                        a.cue = *cue;
                    }
                    a
                }
            };
            if n.span.is_valid_in(text) {
                if let Some(u) =
                    unit_at(&units, n.span.start).filter(|&u| unit_flags[u] & flag::HEDGE_FIRST != 0)
                {
                    // The unit's hedges, found once for all its numbers.
                    if hedges_of != Some(u) {
                        hedges_in(lex, toks[u], &mut unit_hedges);
                        hedges_of = Some(u);
                    }
                    a.hedge = pick_hedge(text, &unit_hedges, n.span.start);
                }
            }
            out.push(a);
        }
        out
    }

    /// Interview and press-conference turns (`Name: text`, `Q:`/`A:`); see [`transcript`].
    pub fn transcript_turns(
        &self,
        doc: &Document,
        paragraphs: &[Paragraph],
    ) -> Vec<transcript::TranscriptTurn> {
        transcript::turns(&self.lex, doc, paragraphs)
    }

    fn resolve_extra<'t>(
        &self,
        text: &'t str,
        lowered: &'t str,
        e: &Extra,
        memory: &mut Memory<'t>,
        unit: usize,
        doc_owner: Option<usize>,
    ) -> Resolved {
        let lex = &*self.lex;
        match &e.np.kind {
            NpKind::Name(parts) => {
                let mut parts = parts.clone();
                if e.camel {
                    let name = transcript::split_camel(parts.name(text));
                    parts.person_marked = name.contains(' ');
                    parts.words = NameWords::Owned { lower: name.to_lowercase(), name };
                }
                if parts.title.is_none() {
                    parts.title = e.appos_title.map(str::to_string);
                }
                Resolved::Entity(memory.name(parts, text, lowered))
            }
            NpKind::Pronoun(p) => memory.pronoun(*p, unit),
            NpKind::Relative => Resolved::Unresolved,
            NpKind::Definite { head, modified } => {
                let is_org = lex.org_words.contains(head);
                match (memory.description(head, is_org, &lex.public_bodies), modified) {
                    (Resolved::Unresolved, Some(m)) if is_org || lex.group_nouns.contains(head) => {
                        Resolved::Entity(memory.org_literal(&collapse(m)))
                    }
                    // "the army said", "the company said" with no army or company named
                    // before: the description is the most complete name the article
                    // gives (an empty speaker would say the publication asserts it).
                    (Resolved::Unresolved, None) if is_org => {
                        let written = text.get(e.np.span.start..e.np.span.end).unwrap_or("");
                        let head_words = written.split_once(char::is_whitespace).map_or("", |(_, rest)| rest);
                        match collapse(head_words) {
                            w if w.is_empty() => Resolved::Unresolved,
                            w => memory.described(w, unit),
                        }
                    }
                    (r, _) => r,
                }
            }
            NpKind::Document => doc_owner.map_or(Resolved::Unresolved, Resolved::Entity),
            NpKind::Anonymous => Resolved::Unresolved,
            NpKind::Literal => {
                let written = collapse(text.get(e.np.span.start..e.np.span.end).unwrap_or(""));
                if written.is_empty() {
                    Resolved::Unresolved
                } else {
                    Resolved::Entity(memory.group(&written))
                }
            }
        }
    }

    /// Groups and organisations named by descriptions ("U.S. officials",
    /// "the Israeli military"), replacing names found inside them.
    fn scan_groups(&self, text: &str, toks: &[Tok], out: &mut Vec<(usize, Event)>) {
        let lex = &*self.lex;
        for (k, t) in toks.iter().enumerate() {
            if !t.word || t.cap || t.has(flag::MARKED) {
                continue;
            }
            let group = t.has(flag::GROUP);
            let org = t.has(flag::ORG);
            if !group && !org || toks.get(k + 1).is_some_and(|n| n.word && (n.cap || n.has(flag::ORG))) {
                continue;
            }
            let Some(np) = lex.np_before(text, toks, k + 1, 0) else { continue };
            let written = match &np.kind {
                NpKind::Literal if np.first < k || group => text.get(np.span.start..np.span.end),
                NpKind::Definite { modified: Some(m), .. } if org => Some(m.as_str()),
                _ => None,
            };
            let Some(written) = written.map(collapse).filter(|w| !w.is_empty()) else { continue };
            if toks[np.first..=k].iter().any(|t| t.possessive) {
                continue;
            }
            out.retain(|(_, ev)| !ev.span().overlaps(np.span));
            out.push((np.first, Event::Group(np.span, written, org && !group)));
        }
    }

    /// Names in a unit, outside quotation marks, as (token index, event).
    fn scan_names(&self, text: &str, toks: &[Tok], out: &mut Vec<(usize, Event)>) {
        let lex = &*self.lex;
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            let starts = t.word
                && t.cap
                && !t.has(flag::MARKED)
                && (lex.is_name_word(t)
                    || t.has(flag::HONORIFIC)
                    || (t.has(flag::TITLE) || t.has(flag::NATIONALITY) || t.has(flag::TITLE_MODIFIER))
                        && !t.has(flag::STOPWORD));
            if !starts {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < toks.len() {
                let tj = &toks[j];
                if tj.has(flag::MARKED) {
                    break;
                }
                let ok = if tj.word {
                    tj.cap && (!tj.has(flag::STOPWORD) || j == i || tj.has(flag::NATIONALITY))
                        || tj.has(flag::PARTICLE)
                            && toks.get(j + 1).is_some_and(|n| n.word && (n.cap || n.has(flag::PARTICLE)))
                        // "Secretary of State", "Office for National Statistics", "Bank of England".
                        || matches!(tj.lower.as_str(), "of" | "for")
                            && j > i
                            && (toks[j - 1].has(flag::TITLE) || toks[j - 1].has(flag::ORG))
                            && toks.get(j + 1).is_some_and(|n| n.word && n.cap)
                        // "Kremlin spokesman Dmitry Peskov": a lower-case title inside a titled name.
                        || j > i
                            && tj.has(flag::TITLE)
                            && toks.get(j + 1).is_some_and(|n| n.word && n.cap && lex.is_name_word(n))
                } else {
                    tj.ch(text) == '.'
                        && j > i
                        && (toks[j - 1].has(flag::HONORIFIC) || toks[j - 1].lower.chars().count() == 1)
                        && toks.get(j + 1).is_some_and(|n| n.word && n.cap)
                };
                if !ok {
                    break;
                }
                j += 1;
                if tj.possessive {
                    break;
                }
            }
            if j == i {
                i += 1;
                continue;
            }
            let has_name = (i..j).any(|k| lex.is_name_word(&toks[k]));
            if has_name {
                // "a psychology major at University of Texas Arlington Amneh Jafari":
                // after a role and a preposition, a long run ending in two name
                // words is the institution, then the person.
                let role_before = i >= 2
                    && matches!(toks[i - 1].lower.as_str(), "at" | "of" | "for" | "with")
                    && toks[i - 2].word
                    && !toks[i - 2].cap
                    && toks[i - 2].has(flag::TITLE);
                let institution = (i..j).any(|k| toks[k].has(flag::ORG | flag::PLACE));
                let person_tail = j >= i + 4
                    && (j - 2..j).all(|k| {
                        let t = &toks[k];
                        t.word && lex.is_name_word(t) && !t.has(flag::ORG | flag::PLACE) && !t.possessive
                    });
                let start = if role_before && institution && person_tail { j - 2 } else { i };
                if let Some(mut parts) = lex.parse_name(text, toks, start, j - 1) {
                    if start > i {
                        parts.person_marked = true;
                    }
                    // "Psychology major at ...", "Boeing spokesman": one word before a
                    // lower-case title is the role's field or employer, never a person.
                    if j == i + 1
                        && parts.title.is_none()
                        && !parts.person_marked
                        && toks.get(j).is_some_and(|t| t.word && !t.cap && t.has(flag::TITLE))
                    {
                        parts.org = true;
                    }
                    let span = Span::new(toks[start].span.start, toks[j - 1].base().end);
                    out.push((start, Event::Name(span, parts)));
                }
            }
            i = j.max(i + 1);
        }
    }

    fn plan_quote(
        &self,
        text: &str,
        units: &[Unit],
        all_toks: &[Tok],
        ranges: &[std::ops::Range<usize>],
        q: &Quote,
        is_marked: &dyn Fn(usize) -> bool,
    ) -> Plan {
        let lex = &*self.lex;
        let toks = |u: usize| &all_toks[ranges[u].clone()];
        let (Some(u0), Some(u1)) =
            (unit_at(units, q.span.start), unit_at(units, q.span.end.saturating_sub(1)))
        else {
            return Plan::Publication;
        };
        let valid = |s: &Option<Span>| s.filter(|s| s.is_valid_in(text) && !s.is_empty());
        // "“...,” a charge Ukraine denies": the denier of words in marks is not their speaker.
        let cue = valid(&q.cue).filter(|c| {
            let w = text.get(c.start..c.end).unwrap_or("").to_lowercase();
            q.kind == QuoteKind::Indirect || !lex.disputing_verbs.contains(&w)
        });
        let mention = if q.kind != QuoteKind::Indirect && q.cue.is_some() && cue.is_none() {
            None
        } else {
            valid(&q.speaker_mention)
        };
        if let Some(m) = mention {
            if let Some(mu) = unit_at(units, m.start) {
                if let Some((np, appos, camel)) = self.np_at(text, toks(mu), m) {
                    return Plan::Np { np, cue, appos_title: appos, camel };
                }
            }
        }
        // The region: the quote's units, with quotes in marks and the quote itself masked.
        let last = u1.min(u0 + 8);
        // A window around the quote keeps the work per quote bounded in run-on text.
        let lo = q.span.start.saturating_sub(REGION_BYTES);
        let hi = q.span.end.saturating_add(REGION_BYTES);
        let region: &[Tok] = {
            let window = &all_toks[ranges[u0].start..ranges[last].end];
            let a = window.partition_point(|t| t.span.start < lo);
            let b = window.partition_point(|t| t.span.end <= hi);
            &window[a..b.max(a)]
        };
        let own = q.span;
        let masked = |pos: usize| is_marked(pos) || own.contains(Span::new(pos, pos + 1));
        if let Some(c) = cue {
            if let Some(ci) = region.iter().position(|t| t.span.overlaps(c)) {
                let cl = region.iter().rposition(|t| t.span.overlaps(c)).unwrap_or(ci);
                if let Some((np, appos)) = self.subject_for_cue(text, region, ci, cl, own, &masked) {
                    return Plan::Np { np, cue: Some(c), appos_title: appos, camel: false };
                }
            }
            return Plan::CueOnly(c);
        }
        if let Some((np, cue, appos)) = self.search_cues(text, region, own, &masked, true) {
            return Plan::Np { np, cue: Some(cue), appos_title: appos, camel: false };
        }
        // A colon introduction ending the previous unit: "Zelenskiy said:".
        if u0 > 0 {
            let prev = &units[u0 - 1];
            let ends_colon =
                text.get(prev.span.start..prev.span.end).is_some_and(|s| s.trim_end().ends_with(':'));
            let starts_unit =
                toks(u0).first().is_some_and(|t| t.span.start >= q.span.start.saturating_sub(3));
            if ends_colon && starts_unit {
                let end = Span::new(prev.span.end, prev.span.end);
                if let Some((np, cue, appos)) = self.search_cues(text, toks(u0 - 1), end, is_marked, false) {
                    return Plan::Np { np, cue: Some(cue), appos_title: appos, camel: false };
                }
            }
        }
        if q.kind == QuoteKind::Partial {
            return Plan::PartialNoCue(u0);
        }
        // The speaker in the next sentence: “...” That was the message from Zelenskiy.
        for next in u1 + 1..=(u1 + self.config.next_sentence_lookahead).min(units.len().saturating_sub(1)) {
            if next == u1 || units[next].paragraph != units[u1].paragraph {
                break;
            }
            let has_quote = toks(next).iter().any(|t| t.has(flag::MARKED));
            if has_quote {
                break;
            }
            let start = Span::new(units[next].span.start, units[next].span.start);
            if let Some((np, cue, appos)) = self.search_cues(text, toks(next), start, is_marked, false) {
                if !matches!(np.kind, NpKind::Pronoun(_)) {
                    return Plan::Np { np, cue: Some(cue), appos_title: appos, camel: false };
                }
            }
        }
        Plan::Inherit { cue: None }
    }

    /// The phrase at a given mention span: its kind, a title from an
    /// apposition after it, and whether it is a transcript label.
    fn np_at(&self, text: &str, toks: &[Tok], m: Span) -> Option<(Np, Option<String>, bool)> {
        let lex = &*self.lex;
        let mut first = toks.partition_point(|t| t.span.end <= m.start);
        let mut last = toks.partition_point(|t| t.span.start < m.end).checked_sub(1)?;
        if first > last || first >= toks.len() {
            return None;
        }
        let mut span = m;
        // A transcript label at the start of its line: "NickBos:", "Q:".
        // Only the blanks before the mention are looked at, not the whole line: on a
        // long line, scanning back to its start for every mention is quadratic.
        let before = text.get(..m.start).unwrap_or("").trim_end_matches([' ', '\t', '\u{a0}']);
        let camel = (before.is_empty() || before.ends_with(['\n', '\r']))
            && toks.get(last + 1).is_some_and(|t| t.ch(text) == ':');
        if camel && matches!(text.get(m.start..m.end), Some("Q" | "A")) {
            return Some((Np { span: m, first, last, kind: NpKind::Anonymous }, None, true));
        }
        // A name the mention cuts short ("Salman" of "Mohammed bin Salman").
        if toks[first].cap && !camel {
            while first > 0 && {
                let p = &toks[first - 1];
                p.word
                    && !p.possessive
                    && (lex.is_name_word(p) && !p.has(flag::PLACE) && !p.has(flag::ORG)
                        || p.has(flag::PARTICLE))
            } {
                first -= 1;
            }
            if toks[first].has(flag::PARTICLE) {
                first += 1;
            }
            span = Span::new(toks[first].span.start, span.end);
        }
        // "Facebook co-founder Mark Zuckerberg tweeted ... and said": a mention
        // cut before lower-case title words and a name takes them in; the
        // capitalised word is the affiliation in the title, not the speaker.
        if !camel
            && toks[last].cap
            && toks.get(last + 1).is_some_and(|t| t.word && !t.cap && t.has(flag::TITLE))
        {
            let mut e = last + 1;
            while toks
                .get(e + 1)
                .is_some_and(|t| t.word && !t.cap && t.has(flag::TITLE | flag::TITLE_MODIFIER))
            {
                e += 1;
            }
            let mut n = e;
            while toks.get(n + 1).is_some_and(|t| lex.is_name_word(t) || t.has(flag::PARTICLE)) {
                n += 1;
                if toks[n].possessive {
                    break;
                }
            }
            if n > e && lex.is_name_word(&toks[n]) {
                last = n;
                span = Span::new(span.start, toks[n].base().end);
            }
        }
        // A phrase that is not a speaker as a whole may be one without its tail
        // ("two sources familiar"); one that never is ("The storm caused damage") is dropped.
        let mut np = None;
        for l in (first..=last).rev() {
            if let Some(found) = lex.classify(text, toks, first, l) {
                // "Satellite imagery suggests": a sentence's first word is capitalised
                // whatever it is; followed by lower-case nouns it is a common noun
                // phrase, a source named as written, not a name.
                if l < last
                    && l == first
                    && first == 0
                    && matches!(found.kind, NpKind::Name(_))
                    && (l + 1..=last).all(|k| toks[k].word && !toks[k].cap && !toks[k].has(flag::STOPWORD))
                {
                    np = Some(Np { span: m, first, last, kind: NpKind::Literal });
                    break;
                }
                if l < last {
                    span = Span::new(m.start, toks[l].base().end);
                    last = l;
                }
                np = Some(found);
                break;
            }
        }
        let mut np = np?;
        // "A senior US official": determiners and modifiers written before the mention.
        if np.kind == NpKind::Literal {
            let start = first;
            while first > 0 && toks[first - 1].word && {
                let l = toks[first - 1].lower.as_str();
                lex.modifiers.contains(l) || lex.nationalities.contains(l)
            } {
                first -= 1;
            }
            if first < start {
                span = Span::new(toks[first].span.start, span.end);
            }
        }
        if np.kind == NpKind::Relative {
            if let Some((ante, appos)) = self.antecedent(text, toks, first, 0) {
                return Some((ante, appos, false));
            }
        }
        // A title written just before the mention ("Turkish President" + "Tayyip Erdogan").
        if let NpKind::Name(parts) = &np.kind {
            if parts.title.is_none() {
                let mut s = first;
                // Any capitalised words before it may belong to the title ("Crown
                // Prince"), and so may lower-case title words with the
                // capitalised affiliation before them ("Facebook co-founder").
                while s > 0 && toks[s - 1].word && !toks[s - 1].possessive && {
                    let t = &toks[s - 1];
                    t.cap && (!t.has(flag::STOPWORD) || t.has(flag::NATIONALITY))
                        || !t.cap && t.has(flag::TITLE | flag::TITLE_MODIFIER)
                } {
                    s -= 1;
                }
                // A lower-case word cannot open the title ("said co-founder X" has none).
                while s < first && !toks[s].cap {
                    s += 1;
                }
                if s < first {
                    if let Some(p) = lex.parse_name(text, toks, s, last) {
                        if p.title.is_some() {
                            np.kind = NpKind::Name(p);
                        }
                    }
                }
            }
        }
        // "said the organiser, Ana Núñez": the name in apposition to a description speaks.
        if matches!(np.kind, NpKind::Definite { .. } | NpKind::Literal) {
            if let Some((named, title)) = self.appositive_name(text, toks, first, toks.len()) {
                return Some((named, title, false));
            }
        }
        np.span = span;
        let appos = self.apposition_after(text, toks, last);
        Some((np, appos, camel))
    }

    /// "Hugh Hill, a doctor, said": the title in an apposition after token `last`.
    fn apposition_after(&self, text: &str, toks: &[Tok], last: usize) -> Option<String> {
        if !toks.get(last + 1).is_some_and(|t| t.ch(text) == ',') {
            return None;
        }
        let end = (last + 2..toks.len().min(last + 14)).find(|&k| !toks[k].word)?;
        self.apposition_title(text, toks, last + 2, end)
    }

    /// The title inside an apposition `a..end` ("a top adviser", "the country's foreign minister").
    fn apposition_title(&self, text: &str, toks: &[Tok], a: usize, end: usize) -> Option<String> {
        let opener = toks.get(a)?;
        if !matches!(opener.lower.as_str(), "a" | "an" | "the" | "his" | "her" | "its" | "their")
            && !opener.possessive
        {
            return None;
        }
        let t = (a..end).find(|&k| toks[k].word && toks[k].has(flag::TITLE))?;
        let mut s = a;
        for (k, tk) in toks.iter().enumerate().take(t).skip(a) {
            if tk.possessive
                || matches!(tk.lower.as_str(), "a" | "an" | "the" | "his" | "her" | "its" | "their")
            {
                s = k + 1;
            }
        }
        let mut e = t;
        while e + 1 < end && toks[e + 1].word && toks[e + 1].has(flag::TITLE) {
            e += 1;
        }
        text.get(toks[s].span.start..toks[e].span.end).map(str::to_string)
    }

    /// The antecedent of a relative pronoun at `rel`: the phrase before the comma before it.
    fn antecedent(&self, text: &str, toks: &[Tok], rel: usize, floor: usize) -> Option<(Np, Option<String>)> {
        let lex = &*self.lex;
        let end = if rel > floor && toks[rel - 1].ch(text) == ',' { rel - 1 } else { rel };
        let np = lex.np_before(text, toks, end, floor)?;
        (np.kind != NpKind::Relative).then_some((np, None))
    }

    /// The cue nearest to `around` with a speaker, searching tokens not `masked`.
    /// `quote_mode`: the region belongs to a quote, so inverted "said X" is allowed right after it.
    fn search_cues(
        &self,
        text: &str,
        toks: &[Tok],
        around: Span,
        masked: &dyn Fn(usize) -> bool,
        quote_mode: bool,
    ) -> Option<(Np, Span, Option<String>)> {
        let lex = &*self.lex;
        let mut best: Option<(usize, Np, Span, Option<String>)> = None;
        for i in 0..toks.len() {
            let t = &toks[i];
            // The flag first: it is one test, `masked` a search.
            if !t.word || !t.has(flag::CUE_FIRST) || masked(t.span.start) {
                continue;
            }
            // "United States", "Washington State": a capitalised word inside a name is no cue.
            if t.cap && i > 0 && toks[i - 1].word && toks[i - 1].cap && !toks[i - 1].has(flag::STOPWORD) {
                continue;
            }
            let candidates = lex.cue_index.get(t.lower.as_str()).map_or(&[][..], Vec::as_slice);
            for cue in candidates.iter().filter_map(|&c| lex.cues.get(c)) {
                let n = cue.len();
                if i + n > toks.len() || !(0..n).all(|k| toks[i + k].word && toks[i + k].lower == cue[k]) {
                    continue;
                }
                let cue_span = Span::new(toks[i].span.start, toks[i + n - 1].span.end);
                // Only verbs: not after a determiner or possessive ("the report", "his claims").
                if i > 0 && {
                    let p = &toks[i - 1];
                    matches!(p.lower.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their")
                        || p.possessive
                } {
                    continue;
                }
                let dist = if cue_span.start >= around.end {
                    cue_span.start - around.end
                } else {
                    around.start.saturating_sub(cue_span.end)
                };
                if best.as_ref().is_some_and(|b| b.0 <= dist) {
                    continue;
                }
                if let Some((np, appos)) = self.subject_for_cue(text, toks, i, i + n - 1, around, masked) {
                    if !quote_mode && matches!(np.kind, NpKind::Relative) {
                        continue;
                    }
                    best = Some((dist, np, cue_span, appos));
                }
            }
        }
        best.map(|(_, np, cue, appos)| (np, cue, appos))
    }

    /// The speaker of the cue at tokens `c..=cl`.
    fn subject_for_cue(
        &self,
        text: &str,
        toks: &[Tok],
        c: usize,
        cl: usize,
        quote: Span,
        masked: &dyn Fn(usize) -> bool,
    ) -> Option<(Np, Option<String>)> {
        let lex = &*self.lex;
        let floor = (0..c).rev().find(|&k| masked(toks[k].span.start)).map_or(0, |k| k + 1);
        let ceil = (cl + 1..toks.len()).find(|&k| masked(toks[k].span.start)).unwrap_or(toks.len());
        let cue_words: Vec<&str> = toks[c..=cl].iter().map(|t| t.lower.as_str()).collect();
        if cue_words == ["according", "to"] {
            return lex.np_after(text, toks, cl + 1, ceil).map(|np| (np, None));
        }
        // Passive: "it was announced by the ministry".
        if c > 0
            && matches!(toks[c - 1].lower.as_str(), "was" | "were" | "is" | "are" | "been" | "being")
            && toks.get(cl + 1).is_some_and(|t| t.lower == "by")
        {
            return lex.np_after(text, toks, cl + 2, ceil).map(|np| (np, None));
        }
        // A participle after a comma ("..., saying"): the clause's subject speaks.
        if cue_words.len() == 1 && cue_words[0].ends_with("ing") && c > 0 && toks[c - 1].ch(text) == ',' {
            return self.clause_subject(text, toks, floor, c).map(|np| (np, None));
        }
        if let Some(np) = lex.np_before(text, toks, c, floor) {
            if np.kind == NpKind::Relative {
                return self.antecedent(text, toks, np.first, 0);
            }
            let appos = self.apposition_after(text, toks, np.last);
            return Some((np, appos));
        }
        // "X, a top adviser, said" / "X, who ..., said".
        let mut e = c;
        while e > floor && crate::np::is_skippable_before_cue(&toks[e - 1]) {
            e -= 1;
        }
        if e > floor + 1 && toks[e - 1].ch(text) == ',' {
            let lo = floor.max(e.saturating_sub(16));
            if let Some(k) = (lo..e - 1).rev().find(|&k| toks[k].ch(text) == ',') {
                let opener = &toks[k + 1];
                let opens = opener.possessive
                    || matches!(
                        opener.lower.as_str(),
                        "a" | "an"
                            | "the"
                            | "who"
                            | "which"
                            | "whose"
                            | "one"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                            | "of"
                    )
                    || opener.has(flag::TITLE)
                    || opener.has(flag::TITLE_MODIFIER);
                if opens {
                    if let Some(np) = lex.np_before(text, toks, k, floor) {
                        if np.kind != NpKind::Relative {
                            let appos = self.apposition_title(text, toks, k + 1, e - 1);
                            return Some((np, appos));
                        }
                    }
                }
            }
        }
        // Inverted after a quote: "“...,” said Zelenskiy".
        let follows_quote = quote.end <= toks[c].span.start
            && toks[..c].iter().rev().take_while(|t| t.span.start >= quote.end).all(|t| !t.word);
        if follows_quote && !matches!(cue_words[0], "told" | "tell" | "tells") {
            if let Some(found) = self.appositive_name(text, toks, cl + 1, ceil) {
                return Some(found);
            }
            return lex.np_after(text, toks, cl + 1, ceil).map(|np| (np, None));
        }
        None
    }

    /// "said the organiser, Ana Núñez." / "said its chief executive, Jane Doe":
    /// a description opened by a determiner, a comma, then a name that ends
    /// the clause. The name is the speaker; title words in the description
    /// are the title.
    fn appositive_name(
        &self,
        text: &str,
        toks: &[Tok],
        start: usize,
        ceil: usize,
    ) -> Option<(Np, Option<String>)> {
        let lex = &*self.lex;
        let opener = toks.get(start).filter(|_| start < ceil)?;
        if !opener.word
            || !(matches!(opener.lower.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their")
                || opener.possessive)
        {
            return None;
        }
        let comma = (start + 1..ceil.min(start + 9)).find(|&k| !toks[k].word)?;
        if toks[comma].ch(text) != ',' || comma == start + 1 {
            return None;
        }
        // The description is common nouns: a capitalised word after the opener
        // starts a name ("the Interior Ministry, which ..."), not a description.
        if (start + 1..comma).any(|k| toks[k].cap && !toks[k].has(flag::NATIONALITY) && !toks[k].possessive) {
            return None;
        }
        let np = lex.np_after(text, toks, comma + 1, ceil)?;
        if !matches!(np.kind, NpKind::Name(_)) {
            return None;
        }
        let ends = toks.get(np.last + 1).map_or(true, |t| !t.word && matches!(t.ch(text), '.' | ',' | ';'))
            || np.last + 1 >= ceil;
        if !ends {
            return None;
        }
        Some((np, self.apposition_title(text, toks, start, comma)))
    }

    /// The subject of the clause ending at token `end`: its first speaker
    /// phrase outside prepositional phrases (an introductory phrase ending in a comma is skipped).
    fn clause_subject(&self, text: &str, toks: &[Tok], floor: usize, end: usize) -> Option<Np> {
        let lex = &*self.lex;
        let mut i = floor;
        if toks.get(i).is_some_and(|t| {
            PREPOSITIONS.contains(&t.lower.as_str()) || t.has(flag::STOPWORD) && t.lower != "the"
        }) {
            if let Some(k) = (i..end).find(|&k| toks[k].ch(text) == ',') {
                i = k + 1;
            }
        }
        while i < end {
            if i == floor || !PREPOSITIONS.contains(&toks[i - 1].lower.as_str()) {
                if let Some(np) = lex.np_after(text, toks, i, end) {
                    if np.kind != NpKind::Relative {
                        return Some(np);
                    }
                }
            }
            i += 1;
        }
        None
    }

    fn quote_hedge(
        &self,
        text: &str,
        units: &[Unit],
        toks: &[&[Tok]],
        unit_flags: &[u32],
        q: &Quote,
        is_marked: &dyn Fn(usize) -> bool,
    ) -> Option<String> {
        let (u0, u1) = (unit_at(units, q.span.start)?, unit_at(units, q.span.end.saturating_sub(1))?);
        for (t, _) in toks
            .iter()
            .zip(unit_flags)
            .take(u1.min(u0 + 8) + 1)
            .skip(u0)
            .filter(|(_, f)| **f & flag::HEDGE_FIRST != 0)
        {
            let skip = |i: usize| {
                let p = t[i].span.start;
                is_marked(p)
                    || q.span.contains(Span::new(p, p + 1))
                    || q.parts.iter().any(|s| s.contains(Span::new(p, p + 1)))
            };
            if let Some(h) = find_hedge(&self.lex, text, t, &skip, None) {
                return Some(h);
            }
        }
        None
    }
}

/// What the second pass meets in a unit.
#[derive(Debug, Clone)]
enum Event {
    Name(Span, crate::np::NameParts),
    /// A group or organisation named by a description ("U.S. officials", "the Israeli military").
    Group(Span, String, bool),
    Pronoun(Span, crate::lexicon::PronounInfo),
    /// A target's speaker phrase: its index in the sorted `extras` and its span.
    Extra(usize, Span),
    Title(Span, String),
}

impl Event {
    fn span(&self) -> Span {
        match self {
            Event::Name(s, _) | Event::Pronoun(s, _) | Event::Title(s, _) | Event::Group(s, _, _) => *s,
            Event::Extra(_, s) => *s,
        }
    }

    fn order(&self) -> u8 {
        match self {
            Event::Title(..) => 1,
            _ => 0,
        }
    }
}

/// Tokens up to which a phrase counts as the unit's subject: the first three,
/// or the first three after an introductory phrase ending in a comma.
fn subject_window(toks: &[Tok]) -> usize {
    let intro = toks.first().is_some_and(|t| {
        PREPOSITIONS.contains(&t.lower.as_str()) || t.has(flag::STOPWORD) && t.lower != "the"
    });
    if intro {
        if let Some(k) = toks.iter().take(12).position(|t| !t.word && t.lower == ",") {
            return k + 3;
        }
    }
    2
}

/// "University collections across ...", "Hospital records show": a sentence's
/// first word is capitalised whatever it is; an organisation word there,
/// alone and followed by a lower-case noun, heads a common noun phrase and
/// names no organisation ("Police arrested", "Kremlin spokesman" do not count:
/// a verb or a title follows).
fn org_word_heading_noun(toks: &[Tok]) -> bool {
    let (Some(first), Some(next)) = (toks.first(), toks.get(1)) else {
        return false;
    };
    first.word
        && first.cap
        && !first.possessive
        && first.has(flag::ORG)
        && !first.has(flag::PLACE)
        && next.word
        && !next.cap
        && !next.has(flag::TITLE | flag::CUE_FIRST | flag::STOPWORD | flag::GROUP | flag::GROUP_SINGULAR)
        && !crate::np::is_skippable_before_cue(next)
        && !next.lower.ends_with("ed")
}

/// "Russia submitted a memorandum": the subject at `span` issues a document.
fn issues_document(toks: &[Tok], span: Span) -> bool {
    let Some(after) = toks.iter().position(|t| t.span.start >= span.end) else {
        return false;
    };
    // The flag is `issuing_verbs` membership, looked up by the tokenizer.
    let verb = (after..toks.len().min(after + 4)).find(|&k| toks[k].has(flag::ISSUING));
    verb.is_some_and(|v| (v + 1..toks.len().min(v + 5)).any(|k| toks[k].has(flag::DOCUMENT)))
}

/// "The proposal also included ...": the unit opens with a definite document noun.
fn starts_with_document_noun(toks: &[Tok]) -> bool {
    let Some(first) = toks.first() else { return false };
    if !matches!(first.lower.as_str(), "the" | "this" | "that" | "its" | "their" | "his" | "her") {
        return false;
    }
    toks.iter().skip(1).take(3).any(|t| t.has(flag::DOCUMENT))
}

/// Spans inside quotation marks (direct, partial and term quotes), merged and sorted.
fn marked_spans(text: &str, quotes: &[Quote]) -> Vec<Span> {
    let mut spans: Vec<Span> = quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect && q.span.is_valid_in(text))
        .map(|q| q.span)
        .collect();
    spans.sort();
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match merged.last_mut() {
            Some(m) if s.start <= m.end => m.end = m.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

fn in_spans(spans: &[Span], pos: usize) -> bool {
    let i = spans.partition_point(|s| s.start <= pos);
    i > 0 && spans[i - 1].end > pos
}

/// The interview answer (a transcript turn that is not a question) whose text holds `span`.
fn answer_turn(turns: &[transcript::TranscriptTurn], span: Span) -> Option<&transcript::TranscriptTurn> {
    let i = turns.partition_point(|t| t.text.start <= span.start);
    let t = turns.get(i.checked_sub(1)?)?;
    (t.text.contains(span) && !t.question).then_some(t)
}

/// The quote whose words hold `span`: its parts, or an indirect quote's content.
fn quote_holding(quotes: &[Quote], span: Span) -> Option<usize> {
    let upto = quotes.partition_point(|q| q.span.start <= span.start);
    (0..upto).rev().take(16).find(|&qi| {
        let q = &quotes[qi];
        q.kind != QuoteKind::Term
            && (q.parts.iter().any(|p| p.contains(span))
                || q.kind == QuoteKind::Indirect && q.span.contains(span))
    })
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
