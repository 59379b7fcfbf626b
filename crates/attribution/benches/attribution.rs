//! Attribution throughput over the fixture articles (the resolver alone; the
//! earlier stages run once, outside the measurement).

// criterion_main! generates an undocumented `main`.
#![allow(missing_docs)]

use claimsheet_attribution::{AttributionConfig, AttributionResolver};
use claimsheet_core::{Document, NumberMention, Paragraph, Quote, Sentence};
use claimsheet_numeric::{NumericConfig, NumericDetector};
use claimsheet_quotes::{QuoteConfig, QuoteExtractor};
use claimsheet_segmenter::{Segmenter, SegmenterConfig};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

type Layers = (Document, Vec<Paragraph>, Vec<Sentence>, Vec<Quote>, Vec<NumberMention>);

fn articles() -> Vec<Layers> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let mut paths = Vec::new();
    for dir in ["seed", "wikinews"] {
        if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
            paths.extend(
                entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")),
            );
        }
    }
    paths.sort();
    let seg = Segmenter::new(&SegmenterConfig::default()).expect("segmenter builds");
    let ex = QuoteExtractor::new(&QuoteConfig::default()).expect("extractor builds");
    let num = NumericDetector::new(&NumericConfig::default()).expect("detector builds");
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|text| {
            let doc = Document::new("bench", text);
            let s = seg.run(&doc);
            let quotes = ex.run(&doc, &s.paragraphs, &s.sentences);
            let numbers = num.run(&doc, &s.sentences);
            (doc, s.paragraphs, s.sentences, quotes, numbers)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = articles();
    let bytes: usize = docs.iter().map(|d| d.0.text.len()).sum();
    let resolver = AttributionResolver::new(&AttributionConfig::default()).expect("resolver builds");
    let mut group = c.benchmark_group("attribution");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("fixture_articles", |b| {
        b.iter(|| {
            let mut n = 0;
            for (doc, paras, sents, quotes, numbers) in &docs {
                n += resolver.run(doc, paras, sents, quotes, numbers).len();
                n += resolver.transcript_turns(doc, paras).len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
