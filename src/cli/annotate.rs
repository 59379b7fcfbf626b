//! The `annotate` JSON Lines record of one document (SPEC section 5).

use claimsheet_core::{AttributionTarget, ClaimRow, Document, Span};
use claimsheet_pipeline::Analysis;
use serde::Serialize;
use serde_json::value::RawValue;

/// A span with its text.
#[derive(Serialize)]
struct JsonSpan<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn span<'a>(doc: &'a Document, s: Span) -> JsonSpan<'a> {
    JsonSpan { start: s.start, end: s.end, text: doc.slice(s) }
}

#[derive(Serialize)]
struct JsonSentence<'a> {
    span: JsonSpan<'a>,
    kind: &'static str,
    is_headline: bool,
    paragraph: usize,
}

#[derive(Serialize)]
struct JsonQuote<'a> {
    span: JsonSpan<'a>,
    content: String,
    parts: Vec<JsonSpan<'a>>,
    kind: &'static str,
    paragraphs: usize,
    cue: Option<JsonSpan<'a>>,
    speaker_mention: Option<JsonSpan<'a>>,
}

#[derive(Serialize)]
struct JsonNumber<'a> {
    span: JsonSpan<'a>,
    value: Option<Box<RawValue>>,
    value_high: Option<Box<RawValue>>,
    bound: &'static str,
    unit: Option<&'a str>,
    quantity_kind: &'static str,
    checkable: bool,
}

#[derive(Serialize)]
struct JsonAttribution<'a> {
    target: AttributionTarget,
    speaker: Option<&'a str>,
    mention: Option<JsonSpan<'a>>,
    title: Option<&'a str>,
    cue: Option<JsonSpan<'a>>,
    hedge: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    doc_id: &'a str,
    len_bytes: usize,
    sentences: Vec<JsonSentence<'a>>,
    quotes: Vec<JsonQuote<'a>>,
    numbers: Vec<JsonNumber<'a>>,
    attributions: Vec<JsonAttribution<'a>>,
    claims: &'a [ClaimRow],
    errors: Vec<String>,
}

/// A decimal string as a raw JSON number, so no float rounding happens.
fn raw_number(value: Option<&String>) -> Option<Box<RawValue>> {
    value.and_then(|v| RawValue::from_string(v.clone()).ok())
}

/// Renders one document's layers as one JSON line (without the newline).
pub fn render(doc: &Document, analysis: &Analysis) -> serde_json::Result<String> {
    let record = JsonDocument {
        doc_id: &doc.id,
        len_bytes: doc.text.len(),
        sentences: analysis
            .segmentation
            .sentences
            .iter()
            .map(|s| JsonSentence {
                span: span(doc, s.span),
                kind: s.kind.as_str(),
                is_headline: s.is_headline(),
                paragraph: s.paragraph,
            })
            .collect(),
        quotes: analysis
            .quotes
            .iter()
            .map(|q| JsonQuote {
                span: span(doc, q.span),
                content: q.parts.iter().map(|p| doc.slice(*p)).collect::<Vec<_>>().join(" … "),
                parts: q.parts.iter().map(|p| span(doc, *p)).collect(),
                kind: q.kind.as_str(),
                paragraphs: q.paragraphs,
                cue: q.cue.map(|s| span(doc, s)),
                speaker_mention: q.speaker_mention.map(|s| span(doc, s)),
            })
            .collect(),
        numbers: analysis
            .numbers
            .iter()
            .map(|n| JsonNumber {
                span: span(doc, n.span),
                value: raw_number(n.value.as_ref()),
                value_high: raw_number(n.value_high.as_ref()),
                bound: n.bound.as_str(),
                unit: n.unit.as_deref(),
                quantity_kind: n.quantity_kind.as_str(),
                checkable: n.checkable,
            })
            .collect(),
        attributions: analysis
            .attributions
            .iter()
            .map(|a| JsonAttribution {
                target: a.target,
                speaker: a.speaker.as_deref(),
                mention: a.mention.map(|s| span(doc, s)),
                title: a.title.as_deref(),
                cue: a.cue.map(|s| span(doc, s)),
                hedge: a.hedge.as_deref(),
            })
            .collect(),
        claims: &analysis.claims,
        errors: Vec::new(),
    };
    serde_json::to_string(&record)
}
