//! The whole chain for the integration tests: segmenter, quotes, numbers, attribution.

#![allow(dead_code)]

use claimsheet_attribution::{AttributionConfig, AttributionResolver};
use claimsheet_core::{Attribution, AttributionTarget, Document, NumberMention, Quote};
use claimsheet_numeric::{NumericConfig, NumericDetector};
use claimsheet_quotes::{QuoteConfig, QuoteExtractor};
use claimsheet_segmenter::{Segmenter, SegmenterConfig};

pub struct Chain {
    pub segmenter: Segmenter,
    pub quotes: QuoteExtractor,
    pub numbers: NumericDetector,
    pub resolver: AttributionResolver,
}

pub struct Output {
    pub quotes: Vec<Quote>,
    pub numbers: Vec<NumberMention>,
    pub attributions: Vec<Attribution>,
}

impl Chain {
    pub fn new() -> Chain {
        Chain {
            segmenter: Segmenter::new(&SegmenterConfig::default()).expect("segmenter builds"),
            quotes: QuoteExtractor::new(&QuoteConfig::default()).expect("extractor builds"),
            numbers: NumericDetector::new(&NumericConfig::default()).expect("detector builds"),
            resolver: AttributionResolver::new(&AttributionConfig::default()).expect("resolver builds"),
        }
    }

    pub fn run(&self, doc: &Document) -> Output {
        let seg = self.segmenter.run(doc);
        let mut quotes = self.quotes.run(doc, &seg.paragraphs, &seg.sentences);
        // As the pipeline should: every transcript turn not already quoted is a direct statement.
        for turn in self.resolver.transcript_turns(doc, &seg.paragraphs) {
            if turn.question || quotes.iter().any(|q| q.span.overlaps(turn.text)) {
                continue;
            }
            quotes.push(turn.to_quote());
        }
        quotes.sort_by_key(|q| (q.span.start, q.span.end));
        let numbers = self.numbers.run(doc, &seg.sentences);
        let attributions = self.resolver.run(doc, &seg.paragraphs, &seg.sentences, &quotes, &numbers);
        Output { quotes, numbers, attributions }
    }
}

/// One line per attribution: `quote "text" -> speaker [title] mention= cue= hedge=`.
pub fn render(text: &str, out: &Output) -> Vec<String> {
    let s = |sp: Option<claimsheet_core::Span>| {
        sp.and_then(|sp| text.get(sp.start..sp.end)).unwrap_or("").to_string()
    };
    out.attributions
        .iter()
        .map(|a| {
            let what = match a.target {
                AttributionTarget::Quote(i) => {
                    let q = &out.quotes[i];
                    let words: Vec<&str> =
                        q.parts.iter().map(|p| text.get(p.start..p.end).unwrap_or("")).collect();
                    format!("{} {:?}", q.kind.as_str(), words.join(" … "))
                }
                AttributionTarget::Number(i) => format!(
                    "number {:?}",
                    text.get(out.numbers[i].span.start..out.numbers[i].span.end).unwrap_or("")
                ),
            };
            format!(
                "{what} -> {:?} title={:?} mention={:?} cue={:?} hedge={:?}",
                a.speaker.as_deref().unwrap_or(""),
                a.title.as_deref().unwrap_or(""),
                s(a.mention),
                s(a.cue),
                a.hedge.as_deref().unwrap_or("")
            )
        })
        .collect()
}
