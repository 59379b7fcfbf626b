//! Throughput of the quote extractor over the fixture articles.
#![allow(missing_docs)] // criterion_group! generates an undocumented function

use claimsheet_core::Document;
use claimsheet_quotes::{QuoteConfig, QuoteExtractor};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

fn corpus() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect::<Vec<_>>().join("\n\n")
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let ex = QuoteExtractor::new(&QuoteConfig::default()).expect("built-in lists are valid");
    let doc = Document::new("corpus", text);
    let (paragraphs, sentences) = ex.segment_plain(&doc.text);
    let mut group = c.benchmark_group("quotes");
    group.throughput(Throughput::Bytes(doc.text.len() as u64));
    group.bench_function("run", |b| b.iter(|| ex.run(&doc, &paragraphs, &sentences)));
    group.bench_function("run_text", |b| b.iter(|| ex.run_text(&doc.text)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
