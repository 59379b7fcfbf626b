//! Reported (indirect) speech: a speaker and a reporting cue introducing a
//! content clause, with no quotation marks.

use crate::grammar::{Cue, Grammar};
use crate::lexicon::Classes;
use crate::text::{is_ly_adverb, is_possessive, is_sentence_end, tok_at, Tok};
use claimsheet_core::{Quote, QuoteKind, Span};

/// Fewest words a reported clause must have.
const MIN_CONTENT_WORDS: usize = 2;
/// How far a content clause is searched for an inner boundary, in tokens.
const CONTENT_SCAN: usize = 80;

/// What the quotes in marks tell the reported-speech scan.
pub(crate) struct Marked<'a> {
    /// Whether a byte lies inside a quotation in marks.
    pub inside_quote: &'a dyn Fn(usize) -> bool,
    /// For a cue (by start byte) that a quote in marks uses: its speaker mention.
    pub cue_used: &'a dyn Fn(usize) -> Option<Option<Span>>,
    /// Whether a term quote ends at a byte.
    pub term_ends_at: &'a dyn Fn(usize) -> bool,
}

/// Finds reported speech in the sentence whose tokens are `[lo, hi)` of the paragraph.
pub(crate) fn sentence(g: &Grammar<'_>, lo: usize, hi: usize, marked: &Marked<'_>, out: &mut Vec<Quote>) {
    let inside_quote = marked.inside_quote;
    let toks = g.toks;
    // Drop the final full stop from the sentence's reach.
    let mut end = hi;
    while end > lo && toks[end - 1].punct().is_some_and(|c| matches!(c, '.' | '!' | '?' | '…')) {
        end -= 1;
    }
    let mut last_mention: Option<Span> = None;
    let first_new = out.len();
    let mut i = lo;
    while i < end {
        // Most words can start no cue: a tight scan of one bit per token
        // skips them before the dearer tests (`cue_at` would say None).
        match toks.get(i..end).and_then(|rest| rest.iter().position(Tok::is_cue)) {
            Some(k) => i += k,
            None => break,
        }
        let t = &toks[i];
        if inside_quote(t.start) {
            i += 1;
            continue;
        }
        let Some(cue) = g.cue_at(i, lo, end) else {
            i += 1;
            continue;
        };
        let next = cue.lead_end.max(i + 1);
        if let Some(mention) = (marked.cue_used)(t.start) {
            last_mention = mention.or(last_mention);
            i = next;
            continue;
        }
        if g.cue_is_not_verb(&cue, lo) {
            i = next;
            continue;
        }
        if let Some(q) = reported(g, &cue, lo, end, last_mention, marked) {
            last_mention = q.speaker_mention.or(last_mention);
            out.push(q);
        }
        i = next;
    }
    split_coordinated_reports(g, out, first_new);
    drop_outer_reports(out, first_new);
}

/// The fewest words the first of two coordinated reports keeps ("Police said
/// more than 300 people were arrested, and ..."); fewer are most often an object
/// of the verb, not a reported clause.
const MIN_SPLIT_WORDS: usize = 4;

/// "Police said X, and officials said Y": a report's content runs to the end of
/// the sentence, so it holds the next report. When that report's speaker comes
/// right after ", and" / ", but" / ", while" / ";", the first report ends
/// before the coordination, and both are kept.
fn split_coordinated_reports(g: &Grammar<'_>, out: &mut [Quote], first: usize) {
    let toks = g.toks;
    let starts: Vec<(Span, Span)> = out
        .get(first..)
        .unwrap_or_default()
        .iter()
        .filter_map(|q| Some((q.cue?, q.speaker_mention?)))
        .collect();
    for q in out.get_mut(first..).unwrap_or_default() {
        let Some(own) = q.cue else { continue };
        let Some(last) = q.parts.last().copied() else { continue };
        // An inner report whose cue and speaker lie inside this report's last part.
        let inner = starts.iter().find(|(cue, mention)| {
            *cue != own && last.start < mention.start && mention.start < cue.start && cue.end <= last.end
        });
        let Some(&(_, mention)) = inner else { continue };
        let k = tok_at(toks, mention.start);
        let conj = |i: usize| toks.get(i).is_some_and(|t| t.is("and") || t.is("but") || t.is("while"));
        let comma = |i: usize| toks.get(i).and_then(Tok::punct) == Some(',');
        let cut = match k.checked_sub(1) {
            Some(i) if toks.get(i).and_then(Tok::punct) == Some(';') => Some(i),
            Some(i) if conj(i) && i > 0 && comma(i - 1) => Some(i - 1),
            _ => None,
        };
        let Some(cut) = cut else { continue };
        let Some(content_end) = cut.checked_sub(1).and_then(|i| toks.get(i)).map(|t| t.end) else { continue };
        let first_tok = tok_at(toks, last.start);
        // A clause, not an object: "She called her service provider, and they
        // told her ..." is no report of hers.
        if content_end <= last.start || words_in(toks, first_tok, cut) < MIN_SPLIT_WORDS {
            continue;
        }
        if let Some(p) = q.parts.last_mut() {
            p.end = content_end;
        }
        q.span = Span::new(q.parts.first().map_or(q.span.start, |f| f.start), content_end);
    }
}

/// Of reports that nest ("According to ABC, Basya believes X", "He tweeted to
/// her and said X"), keeps the inner one: a report whose content holds
/// another report's cue is dropped. Quadratic only in the reports of one
/// sentence, which are few.
fn drop_outer_reports(out: &mut Vec<Quote>, first: usize) {
    if out.len() - first < 2 {
        return;
    }
    let cues: Vec<Span> = out[first..].iter().filter_map(|q| q.cue).collect();
    let mut k = first;
    out.retain(|q| {
        let i = k;
        k += 1;
        if i < first {
            return true;
        }
        let own = q.cue;
        !cues.iter().any(|c| Some(*c) != own && q.parts.iter().any(|p| p.start <= c.start && c.end <= p.end))
    });
}

fn words_in(toks: &[Tok], a: usize, b: usize) -> usize {
    toks[a..b].iter().filter(|t| t.is_word()).count()
}

fn span_of(g: &Grammar<'_>, a: usize, b: usize) -> Option<Span> {
    // Trim punctuation at both ends (but keep closing marks that end a quote inside).
    let (mut a, mut b) = (a, b);
    while a < b && g.toks[a].punct().is_some_and(|c| matches!(c, ',' | ':' | ';' | '—' | '–' | '-')) {
        a += 1;
    }
    while b > a && g.toks[b - 1].punct().is_some_and(|c| matches!(c, ',' | ':' | ';' | '—' | '–' | '-' | '.'))
    {
        b -= 1;
    }
    (a < b && words_in(g.toks, a, b) >= MIN_CONTENT_WORDS)
        .then(|| Span::new(g.toks[a].start, g.toks[b - 1].end))
}

fn quote(content: Vec<Span>, cue: Span, mention: Option<Span>) -> Quote {
    let span = content[0].cover(*content.last().unwrap_or(&content[0]));
    Quote {
        span,
        parts: content,
        kind: QuoteKind::Indirect,
        paragraphs: 1,
        cue: Some(cue),
        speaker_mention: mention,
    }
}

fn reported(
    g: &Grammar<'_>,
    cue: &Cue,
    lo: usize,
    end: usize,
    last_mention: Option<Span>,
    marked: &Marked<'_>,
) -> Option<Quote> {
    let toks = g.toks;
    let cue_span = g.span((cue.first, cue.end));
    let comma_before = cue.first > lo && toks[cue.first - 1].punct() == Some(',');

    // "According to the UN, ..." / "..., according to the UN." / "X, according to Y, Z."
    if cue.according {
        let np = g.np_after(cue.end, end, false)?;
        let mention = Some(g.span(np));
        let after_np = np.1;
        let before = if comma_before { span_of(g, lo, cue.first - 1) } else { None };
        let after = if after_np < end && toks[after_np].punct() == Some(',') {
            span_of(g, after_np + 1, end)
        } else {
            None
        };
        let parts: Vec<Span> = match (before, after) {
            // "X, according to Y, Z": Z only when a clause, not Y's
            // apposition ("according to Wilkins, assistant professor of art").
            (Some(b), Some(a))
                if cue.first > lo + 1 && looks_like_clause_rest(g, after_np + 1, end, true) =>
            {
                vec![b, a]
            }
            (Some(b), None) => vec![b],
            (None, Some(a)) if !comma_before => vec![a],
            (Some(b), Some(_)) => vec![b],
            _ => {
                if cue.first > lo {
                    vec![span_of(g, lo, cue.first)?]
                } else {
                    return None;
                }
            }
        };
        return Some(quote(parts, cue_span, mention));
    }

    // "..., said the minister." (inverted, at the end of a clause)
    if comma_before && !cue.participle {
        if let Some(np) = g.np_after(cue.end, end, false) {
            let speaker_like = !toks[np.0].has(Classes::PRONOUN) && !toks[np.0].is("that");
            if let Some(k) = g.trailing_end(np.1, end, false).filter(|_| speaker_like) {
                if let Some(parts) = fronted(g, lo, cue.first - 1, k, end, marked) {
                    return Some(quote(parts, cue_span, Some(g.span(np))));
                }
            }
        }
    }

    let mention = match g.speaker_for(cue, lo, end) {
        // "“...,” he said, adding that ...": the speaker of the earlier cue.
        Some(_) if cue.participle && comma_before && last_mention.is_some() => last_mention,
        Some(np) => Some(g.span(np)),
        None if cue.participle && comma_before => last_mention,
        None => None,
    };
    let mention = mention?;

    // "..., officials confirmed." / "..., he told reporters on Monday."
    let mention_start_tok = tok_at(toks, mention.start);
    if !cue.participle && mention_start_tok > lo && toks[mention_start_tok - 1].punct() == Some(',') {
        if let Some(k) = g.trailing_end(cue.lead_end, end, cue.tell) {
            let parts = fronted(g, lo, mention_start_tok - 1, k, end, marked)?;
            return Some(quote(parts, cue_span, Some(mention)));
        }
    }
    // "asked the court to ...", "asked how ...": a request or a question.
    if toks[cue.first].has(Classes::REQUEST_CUE) {
        return None;
    }

    // Forward: the content clause follows the cue.
    let mut start = cue.lead_end;
    if cue.tell {
        start = skip_listener(g, start, end);
    }
    // "said that ...", "said on Monday that ...": "that" right after the cue
    // or after a short adverbial; not "wrote my poems, that was ..." nor
    // "announced plans that would ...", where "that" is no conjunction.
    let limit = (start + 7).min(end);
    let a = if start < end && toks[start].punct() == Some(',') { start + 1 } else { start };
    let adverbial =
        a < end && toks[a].is_word() && (toks[a].has(Classes::TRAILING) || is_ly_adverb(&toks[a]));
    let mut has_that = false;
    if let Some(k) = (start..limit)
        .take_while(|&k| toks[k].is_word() || toks[k].punct() == Some(','))
        .find(|&k| toks[k].is("that"))
    {
        // "believe it or not, that ...": "that" after a comma, not followed
        // by a verb ("wrote my poems, that was ..." has a pronoun "that").
        let after_comma = k > start
            && toks[k - 1].punct() == Some(',')
            && toks.get(k + 1).is_some_and(|n| n.is_word() && !n.has(Classes::FINITE_VERB));
        if k == start || adverbial || cue.tell || after_comma {
            start = k + 1;
            has_that = true;
        }
    }
    if start < end && toks[start].punct() == Some(':') {
        start += 1;
    }
    if start >= end || is_sentence_end(toks, start, g.text) {
        return None;
    }
    let content_to = content_end(g, start, end, mention, lo);
    let content = span_of(g, start, content_to)?;
    let first = tok_at(toks, content.start);
    let head = &toks[first];
    // "demands that Kyiv rejected as tantamount to surrender": the rejected
    // thing is the head of the relative clause.
    if !has_that && head.is("as") {
        let m = tok_at(toks, mention.start);
        let (head_end, head_start) = relative_head(g, m, lo)?;
        let head_span = g.span((head_start, head_end));
        return Some(quote(vec![head_span, content], cue_span, Some(mention)));
    }
    // Content is a clause: not a mark or bracket ("He said, “In the first
    // half ..." is a quote the marks could not pair), not a prepositional
    // phrase ("posted to Twitter"), not an indirect question ("explained how
    // ..."), not an object pronoun ("called me The Poet"), not a conjunction.
    // "vowed to fight": "to" before a plain lower-case word is an infinitive.
    let infinitive = head.is("to")
        && toks.get(first + 1).is_some_and(|n| {
            n.is_word()
                && !n.is_cap()
                && !n.has(Classes::FUNCTION_WORD)
                && !n.has(Classes::DETERMINER)
                && !n.lower().ends_with("ing")
        });
    // "suggests at least 12 bombers were destroyed", "said over 300 people died": a
    // preposition that bounds a number opens a noun phrase (the clause's subject).
    let bound_number = toks
        .get(first + 1..content_to.min(first + 3))
        .unwrap_or(&[])
        .iter()
        .take_while(|t| t.is_word() || t.lower().starts_with(|c: char| c.is_ascii_digit()))
        .any(|t| t.lower().starts_with(|c: char| c.is_ascii_digit()))
        || toks.get(first + 1).is_some_and(|n| n.is("least") || n.is("most"));
    if !has_that
        && (!head.is_word()
            || (head.has(Classes::PREPOSITION) && !infinitive && !bound_number)
            || head.has(Classes::QUESTION_WORD)
            || (head.has(Classes::OBJECT_PRONOUN) && !toks.get(first + 1).is_some_and(|n| n.is("as")))
            || matches!(head.lower(), "and" | "but" | "or" | "nor"))
    {
        return None;
    }
    if !has_that && toks[cue.first].has(Classes::OBJECT_CUE) && !looks_like_clause(g, first, content_to) {
        return None; // "tweeted support of the boy", "wrote two novels"
    }
    if toks[cue.first].has(Classes::NAME_CUE) {
        // "Locals call the district “Little Odessa”", "a programme called
        // Joint Jet Pilot Training": naming, not a statement.
        let name_shaped = head.is_cap()
            && (first..content_to)
                .all(|k| !toks[k].is_word() || toks[k].is_cap() || toks[k].has(Classes::MINOR_TITLE_WORD));
        if (marked.term_ends_at)(content.end) || name_shaped {
            return None;
        }
    }
    Some(quote(vec![content], cue_span, Some(mention)))
}

/// Content before a trailing attribution ending at token `k` (exclusive):
/// `[lo, to)`, or from just inside a parenthesis the attribution sits in
/// ("(... the discoverer was German, I believe)"). None when the cue
/// introduces a quote instead (`said:`, `said, “...`), or when the content is
/// inside a quotation. A parenthetical attribution (", said Mauer, are
/// required ...") adds the rest of the sentence as a second part.
fn fronted(
    g: &Grammar<'_>,
    lo: usize,
    to: usize,
    k: usize,
    end: usize,
    marked: &Marked<'_>,
) -> Option<Vec<Span>> {
    let toks = g.toks;
    let introduces_quote = |j: usize| j < end && toks[j].punct().is_some_and(crate::text::is_quote_char);
    if k < end && (toks[k].punct() == Some(':') || introduces_quote(k) || introduces_quote(k + 1)) {
        return None;
    }
    // Inside an open parenthesis: the content starts after it.
    let mut from = lo;
    let mut depth = 0usize;
    let mut dash = None;
    for j in (lo..to).rev() {
        match toks[j].punct() {
            Some(')') => depth += 1,
            Some('(') if depth == 0 => {
                // "(pronounced “Vilt-two” — the discoverer was German, I believe)"
                from = dash.unwrap_or(j + 1);
                break;
            }
            Some('(') => depth -= 1,
            Some('—' | '–') if depth == 0 && dash.is_none() => dash = Some(j + 1),
            _ => {}
        }
    }
    let content = span_of(g, from, to)?;
    if (marked.inside_quote)(content.start) {
        return None;
    }
    let mut parts = vec![content];
    if from == lo && k < end && toks[k].punct() == Some(',') && toks.get(k + 1).is_some_and(|t| t.is_word()) {
        let rest_is_new_report = g.cue_at(k + 1, lo, end).is_some()
            || matches!(toks[k + 1].lower(), "and" | "but" | "or" | "who" | "which");
        if !rest_is_new_report && looks_like_clause_rest(g, k + 1, end, true) {
            parts.extend(span_of(g, k + 1, end));
        }
    }
    Some(parts)
}

/// The noun phrase a relative clause hangs on: "sweeping demands [that] Kyiv
/// rejected", "a charge Ukraine denies". `m` is the speaker's first token.
/// Returns `(end, start)` tokens; at most four lower-case words and a
/// determiner or possessive.
fn relative_head(g: &Grammar<'_>, m: usize, lo: usize) -> Option<(usize, usize)> {
    let toks = g.toks;
    let mut end = m;
    if end > lo && toks[end - 1].is_word() && (toks[end - 1].is("that") || toks[end - 1].is("which")) {
        end -= 1;
    }
    let mut a = end;
    while a > lo && end - a < 4 {
        let t = &toks[a - 1];
        let plain = t.is_word()
            && !t.is_cap()
            && !t.has(Classes::FUNCTION_WORD)
            && !t.has(Classes::DETERMINER)
            && !t.lower().ends_with("ed")
            && !t.is_cue();
        if !plain {
            break;
        }
        a -= 1;
    }
    if a == end {
        return None;
    }
    if a > lo
        && toks[a - 1].is_word()
        && (toks[a - 1].has(Classes::DETERMINER) || is_possessive(&toks[a - 1]))
    {
        a -= 1;
    }
    Some((end, a))
}

/// Whether tokens `[a, b)` read as a clause rather than a noun phrase: a
/// subject pronoun first, or before the first "and"/"but"/"or"/";"/relative
/// pronoun an auxiliary, modal or copula (`finite_verbs.txt`), a "-n't", a
/// lower-case "-ed" word after the first, or an "-s" word right after a
/// capitalised one ("Mohamed wishes").
fn looks_like_clause(g: &Grammar<'_>, a: usize, b: usize) -> bool {
    let toks = g.toks;
    if toks.get(a).is_some_and(|t| t.is_word() && (t.has(Classes::PRONOUN) || t.is("there"))) {
        return true;
    }
    looks_like_clause_rest(g, a, b, false)
}

/// [`looks_like_clause`] without the subject-pronoun test, for the rest of a
/// sentence after a parenthetical attribution (", said Mauer, are required").
/// With `verb_first` the first word may be the verb ("killed at least 14").
fn looks_like_clause_rest(g: &Grammar<'_>, a: usize, b: usize, verb_first: bool) -> bool {
    let toks = g.toks;
    let limit = b.min(a + 16);
    for k in a..limit {
        let t = &toks[k];
        if t.punct() == Some(';') {
            return false;
        }
        if !t.is_word() {
            continue;
        }
        let l = t.lower();
        // In a clause's rest, "and" may join two subjects ("the UN and the US have").
        if k > a
            && (matches!(l, "which" | "who" | "whom" | "that")
                || (!verb_first && matches!(l, "and" | "but" | "or")))
        {
            return false;
        }
        if t.has(Classes::FINITE_VERB) || l.ends_with("n't") || l.ends_with("n’t") {
            return true;
        }
        let cap = t.is_cap();
        // "9/11-related", "long-awaited": hyphenated "-ed" words are adjectives.
        if (k > a || verb_first) && !cap && l.len() > 3 && l.ends_with("ed") && !l.contains(['-', '‑']) {
            return true;
        }
        if k > a
            && !cap
            && l.ends_with('s')
            && !is_possessive(t)
            && toks[k - 1].is_word()
            && toks[k - 1].is_cap()
        {
            return true;
        }
    }
    false
}

/// Where a forward content clause ends: at the sentence end, before a
/// participle that starts another report (", calling the accusations ..."),
/// or, when the cue sits in a fronted subordinate clause ("While Ukraine
/// maintains ..., Russia ..."), at that clause's comma. Looks at most
/// [`CONTENT_SCAN`] tokens, so many cues in one sentence stay linear.
fn content_end(g: &Grammar<'_>, start: usize, end: usize, mention: Span, lo: usize) -> usize {
    let toks = g.toks;
    let m = crate::text::tok_at(toks, mention.start);
    let subordinate = m > lo
        && m - 1 == lo
        && toks[lo].is_word()
        && matches!(
            toks[lo].lower(),
            "while"
                | "although"
                | "though"
                | "whereas"
                | "as"
                | "because"
                | "if"
                | "when"
                | "since"
                | "after"
                | "before"
        );
    let limit = (start + CONTENT_SCAN).min(end);
    (start..limit)
        .filter(|&k| toks[k].punct() == Some(','))
        .find(|&k| subordinate || g.cue_at(k + 1, lo, end).is_some_and(|c| c.participle))
        .unwrap_or(end)
}

/// "told reporters", "told the BBC", "told Reuters", "assured him".
fn skip_listener(g: &Grammar<'_>, start: usize, end: usize) -> usize {
    let toks = g.toks;
    // If "that" follows within a few words, the listener ends there.
    let limit = (start + 6).min(end);
    if let Some(k) = (start..limit).take_while(|&k| toks[k].is_word()).find(|&k| toks[k].is("that")) {
        return k;
    }
    let mut k = start;
    // "told her it would ...": "her" is the listener, not a determiner, when a
    // subject pronoun follows it.
    let subject_next = toks
        .get(k + 1)
        .is_some_and(|t| ["it", "he", "she", "they", "we", "i", "you", "there"].into_iter().any(|w| t.is(w)));
    if k + 1 < end && toks[k].is("her") && subject_next {
        return k + 1;
    }
    if k < end && toks[k].is_word() && toks[k].has(Classes::DETERMINER) {
        k += 1;
    }
    if k < end && toks[k].is_word() && !toks[k].has(Classes::FUNCTION_WORD) {
        let cap = toks[k].is_cap();
        k += 1;
        while cap && k < end && toks[k].is_cap() {
            k += 1;
        }
        return k;
    }
    start
}
