//! Claim assembly: turns the stage layers of one document into claim-sheet rows.

use crate::claim_id::{ClaimKey, TextHash};
use claimsheet_core::{
    count_chars, Attribution, AttributionTarget, ClaimKind, ClaimRow, Document, NumberMention, OffsetCursor,
    Quote, QuoteKind, SentenceKind, Span,
};
use claimsheet_segmenter::Segmentation;
use rustc_hash::FxHashMap;

/// The `sentence` column holds at most this many characters.
const SENTENCE_CONTEXT_CHARS: usize = 600;

/// Every layer the pipeline found in one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Paragraphs and sentences.
    pub segmentation: Segmentation,
    /// Quotes and reported statements, sorted by span start.
    pub quotes: Vec<Quote>,
    /// Number mentions, checkable or not, sorted by span start.
    pub numbers: Vec<NumberMention>,
    /// One attribution per quote and per checkable number.
    pub attributions: Vec<Attribution>,
    /// The claim-sheet rows.
    pub claims: Vec<ClaimRow>,
}

/// A row before its id and offsets are filled.
struct Draft<'a> {
    kind: ClaimKind,
    span: Span,
    claim_text: String,
    /// `claim_text` has single spaces only, between words.
    collapsed: bool,
    /// The sentence(s) around the claim, for the `sentence` column.
    context: Span,
    attribution: Option<&'a Attribution>,
    number: Option<&'a NumberMention>,
    /// The hedge of the number a quote row carries ("a list of 400 children
    /// allegedly abducted"), shown when the quote itself has none.
    number_hedge: Option<&'a str>,
}

/// Builds the claim rows of `doc` from its layers (SPEC section 3).
///
/// - every direct, partial or indirect quote gives one row; its first checkable
///   number fills the quantity columns;
/// - every other checkable number gives a `numeric` row whose claim text is its
///   sentence, with the speaker of the quote that holds it, if any;
/// - rows are ordered by `char_start`, quotes before numbers at the same place.
pub fn assemble_claims(doc: &Document, analysis: &Analysis) -> Vec<ClaimRow> {
    let text = doc.text.as_str();
    // The attribution of each quote and each number, by index (a later one wins, as
    // in a map built from the list).
    let mut quote_attr: Vec<Option<&Attribution>> = vec![None; analysis.quotes.len()];
    let mut number_attr: Vec<Option<&Attribution>> = vec![None; analysis.numbers.len()];
    for a in &analysis.attributions {
        let slot = match a.target {
            AttributionTarget::Quote(i) => quote_attr.get_mut(i),
            AttributionTarget::Number(i) => number_attr.get_mut(i),
        };
        if let Some(slot) = slot {
            *slot = Some(a);
        }
    }
    let checkable: Vec<(usize, &NumberMention)> =
        analysis.numbers.iter().enumerate().filter(|(_, n)| n.checkable).collect();

    let mut drafts: Vec<Draft<'_>> = Vec::new();
    let mut used_by_quote = vec![false; analysis.numbers.len()];
    let mut quote_of_number: Vec<Option<usize>> = vec![None; analysis.numbers.len()];

    for (qi, quote) in analysis.quotes.iter().enumerate() {
        let kind = match quote.kind {
            QuoteKind::Direct => ClaimKind::DirectQuote,
            QuoteKind::Partial => ClaimKind::PartialQuote,
            QuoteKind::Indirect => ClaimKind::IndirectQuote,
            QuoteKind::Term => continue,
        };
        let inside = numbers_inside(&checkable, &quote.parts);
        for &i in &inside {
            quote_of_number[i].get_or_insert(qi);
        }
        let first = inside.first().copied();
        if let Some(i) = first {
            used_by_quote[i] = true;
        }
        let parts: Vec<String> = quote.parts.iter().map(|p| collapse_whitespace(doc.slice(*p))).collect();
        // Collapsed parts joined by " … " stay collapsed unless a part is empty.
        let collapsed = parts.iter().all(|p| !p.is_empty());
        let claim_text = parts.join(" … ");
        let span = match (quote.parts.first(), quote.parts.last()) {
            (Some(a), Some(b)) => a.cover(*b),
            _ => quote.span,
        };
        drafts.push(Draft {
            kind,
            span,
            claim_text,
            collapsed,
            context: sentence_span(analysis, span).unwrap_or(span),
            attribution: quote_attr[qi],
            number: first.map(|i| &analysis.numbers[i]),
            number_hedge: first.and_then(|i| number_attr[i]).and_then(|a| a.hedge.as_deref()),
        });
    }

    // The numbers of one sentence come together and share its text.
    let mut last_sentence: Option<(Span, String)> = None;
    for &(i, number) in &checkable {
        if used_by_quote[i] {
            continue;
        }
        let sentence = sentence_span(analysis, number.span).unwrap_or(number.span);
        let attribution = number_attr[i].or_else(|| quote_of_number[i].and_then(|qi| quote_attr[qi]));
        let claim_text = match &last_sentence {
            Some((s, text)) if *s == sentence => text.clone(),
            _ => {
                let text = collapse_whitespace(doc.slice(sentence));
                last_sentence = Some((sentence, text.clone()));
                text
            }
        };
        drafts.push(Draft {
            kind: ClaimKind::Numeric,
            span: number.span,
            claim_text,
            collapsed: true,
            context: sentence,
            attribution,
            number: Some(number),
            number_hedge: None,
        });
    }

    // Quotes sort before numbers at the same start.
    drafts.sort_by_key(|d| (d.span.start, d.kind == ClaimKind::Numeric));

    // Rows come in order of their start: one forward pass converts the offsets.
    let mut offsets = OffsetCursor::new(text);
    let source_title = doc.title.clone().or_else(|| headline_title(doc, analysis)).unwrap_or_default();
    let mut occurrences: FxHashMap<ClaimKey, usize> = FxHashMap::default();
    let mut last_context: Option<(Span, String)> = None;
    // A numeric claim's text is its sentence: hashed once per sentence.
    let mut last_hash: Option<(Span, TextHash)> = None;

    drafts
        .into_iter()
        .map(|d| {
            let quantity = d.number.map(|n| collapse_whitespace(doc.slice(n.span))).unwrap_or_default();
            let text_hash = match last_hash {
                Some((s, h)) if d.kind == ClaimKind::Numeric && s == d.context => h,
                _ => {
                    let h = TextHash::hash(&doc.id, d.kind.as_str(), &d.claim_text, d.collapsed);
                    last_hash = (d.kind == ClaimKind::Numeric).then_some((d.context, h));
                    h
                }
            };
            let key = text_hash.key(&quantity);
            let sentence = context(doc, d.context, &mut last_context, d.kind == ClaimKind::Numeric)
                .unwrap_or_else(|| cut(d.claim_text.clone()));
            let occurrence = occurrences.entry(key).or_insert(0);
            let id = key.id(*occurrence);
            *occurrence += 1;
            let attribution = d.attribution;
            let number = d.number;
            let (char_start, line) = offsets.at(d.span.start);
            ClaimRow {
                claim_id: id,
                doc_id: doc.id.clone(),
                kind: d.kind,
                claim_text: d.claim_text,
                speaker: attribution.and_then(|a| a.speaker.clone()).unwrap_or_default(),
                speaker_mention: attribution
                    .and_then(|a| a.mention)
                    .map(|s| collapse_whitespace(doc.slice(s)))
                    .unwrap_or_default(),
                speaker_title: attribution.and_then(|a| a.title.clone()).unwrap_or_default(),
                cue: attribution
                    .and_then(|a| a.cue)
                    .map(|s| collapse_whitespace(doc.slice(s)))
                    .unwrap_or_default(),
                hedge: attribution
                    .and_then(|a| a.hedge.as_deref())
                    .or(d.number_hedge)
                    .map(str::to_string)
                    .unwrap_or_default(),
                quantity,
                value: number.and_then(|n| n.value.clone()).unwrap_or_default(),
                bound: number.map(|n| n.bound.as_str().to_string()).unwrap_or_default(),
                unit: number.and_then(|n| n.unit.clone()).unwrap_or_default(),
                quantity_kind: number.map(|n| n.quantity_kind.as_str().to_string()).unwrap_or_default(),
                sentence,
                status: "to_check".to_string(),
                verdict: String::new(),
                checker: String::new(),
                evidence_url: String::new(),
                notes: String::new(),
                source_url: doc.url.clone().unwrap_or_default(),
                source_title: source_title.clone(),
                published: doc.published.clone().unwrap_or_default(),
                char_start,
                char_end: char_start + count_chars(clamped(text, d.span)),
                line,
            }
        })
        .collect()
}

/// Indexes (into the document's numbers) of the checkable numbers inside any of
/// `parts`, in text order. `checkable` is sorted by span start, so each part is a
/// binary search plus its own numbers: no rescan of the document per quote.
fn numbers_inside(checkable: &[(usize, &NumberMention)], parts: &[Span]) -> Vec<usize> {
    let mut out = Vec::new();
    for part in parts {
        let first = checkable.partition_point(|(_, n)| n.span.start < part.start);
        for &(i, n) in &checkable[first..] {
            if n.span.start >= part.end {
                break;
            }
            if part.contains(n.span) {
                out.push(i);
            }
        }
    }
    out.sort_unstable();
    out
}

/// The bytes of `span`, cut to the text.
fn clamped(text: &str, span: Span) -> &[u8] {
    let len = text.len();
    text.as_bytes().get(span.start.min(len)..span.end.min(len)).unwrap_or_default()
}

/// Collapses every run of whitespace to one space and trims the ends.
pub(crate) fn collapse_whitespace(s: &str) -> String {
    if is_collapsed(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether `s` has no whitespace but single spaces between words: most
/// sentences, which then need no rebuilding.
pub(crate) fn is_collapsed(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    // Branch-free over all bytes, so the compiler checks 16 or more at a time:
    // two spaces in a row; ASCII whitespace but the space (TAB to CR); the lead
    // bytes of the non-ASCII spaces (U+0085, U+00A0: 0xC2; U+1680,
    // U+2000-U+205F, U+3000: 0xE1-0xE3). Most text has none of them.
    let double_space = bytes
        .iter()
        .zip(bytes.get(1..).unwrap_or_default())
        .fold(0u8, |acc, (&x, &y)| acc | u8::from((x == b' ') & (y == b' ')));
    if double_space != 0 {
        return false;
    }
    let suspect = bytes.iter().fold(0u8, |acc, &b| {
        acc | u8::from(b.wrapping_sub(0x09) < 5) | u8::from(b == 0xc2) | u8::from(b.wrapping_sub(0xe1) < 3)
    }) != 0;
    if !suspect {
        return true;
    }
    // Those lead bytes also start quotation marks and dashes: decode to tell.
    s.chars().all(|c| c == ' ' || !c.is_whitespace())
}

/// The span of the sentence(s) overlapping `span`.
fn sentence_span(analysis: &Analysis, span: Span) -> Option<Span> {
    let sentences = &analysis.segmentation.sentences;
    let first = sentences.partition_point(|s| s.span.end <= span.start);
    let mut cover: Option<Span> = None;
    for s in &sentences[first..] {
        if s.span.start >= span.end.max(span.start + 1) {
            break;
        }
        cover = Some(cover.map_or(s.span, |c| c.cover(s.span)));
    }
    cover
}

/// The text of `around` (a claim's sentences), whitespace collapsed, cut to 600
/// characters with "…". Claims of one sentence come together, so the last context is
/// kept for reuse. A numeric claim's text already is its collapsed sentence: for it
/// (`is_numeric`) a context not yet cached gives `None`, and the caller cuts the claim text.
fn context(
    doc: &Document,
    around: Span,
    last: &mut Option<(Span, String)>,
    is_numeric: bool,
) -> Option<String> {
    if let Some((s, cached)) = last.as_ref() {
        if *s == around {
            return Some(cached.clone());
        }
    }
    if is_numeric {
        return None;
    }
    let collapsed = cut(collapse_whitespace(doc.slice(around)));
    *last = Some((around, collapsed.clone()));
    Some(collapsed)
}

/// `text` cut to 600 characters, the last one "…".
fn cut(mut text: String) -> String {
    if text.len() > SENTENCE_CONTEXT_CHARS && count_chars(text.as_bytes()) > SENTENCE_CONTEXT_CHARS {
        text = text.chars().take(SENTENCE_CONTEXT_CHARS - 1).collect();
        text.push('…');
    }
    text
}

/// The article's headline: its first unit, when that is a headline.
fn headline_title(doc: &Document, analysis: &Analysis) -> Option<String> {
    let first = analysis.segmentation.sentences.first()?;
    (first.kind == SentenceKind::Headline).then(|| collapse_whitespace(doc.slice(first.span)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rebuilt(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn collapse_handles_every_kind_of_space() {
        for s in [
            "",
            " ",
            "a",
            "a b",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a\nb",
            "a\r\nb",
            "a\u{a0}b",
            "a\u{2009}b",
            "a\u{3000}b",
            "a\u{85}b",
            "Müller said: “é”",
            "x\u{1680}y",
            "€ 5",
            "a\u{2028}b",
        ] {
            assert_eq!(collapse_whitespace(s), rebuilt(s), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn collapse_equals_split_and_join(s in "[ a\\t\\n\u{a0}\u{2003}é€\u{3000}]{0,24}") {
            prop_assert_eq!(collapse_whitespace(&s), rebuilt(&s));
        }

        /// Clean text of words and single spaces, with at most one defect put
        /// anywhere (chunk edges included): a second space, a TAB or newline, a
        /// non-ASCII space, or a harmless non-ASCII char.
        #[test]
        fn collapsed_means_unchanged(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "a", "ab", "abc", "abcdefg", "é", "’s", "“x”", "£5", "€",
            ]), 0..12),
            defect in proptest::option::of((0usize..64, proptest::sample::select(vec![
                " ", "\t", "\n", "\u{1}", "\u{a0}", "\u{85}", "\u{2003}", "\u{3000}", "\u{1680}", "\u{2019}",
            ]))),
        ) {
            let mut s = words.join(" ");
            if let Some((at, d)) = defect {
                let mut at = at.min(s.len());
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                s.insert_str(at, d);
            }
            prop_assert_eq!(is_collapsed(&s), rebuilt(&s) == s);
        }
    }
}
