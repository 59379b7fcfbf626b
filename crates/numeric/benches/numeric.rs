//! Throughput of the numeric detector over every fixture article, each
//! paragraph run as one body sentence.

// criterion_group! generates an undocumented public fn.
#![allow(missing_docs)]

use std::path::Path;

use claimsheet_core::{Document, Sentence, SentenceKind, Span};
use claimsheet_numeric::{NumericConfig, NumericDetector};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            if let Ok(text) = std::fs::read_to_string(&p) {
                out.push(text);
            }
        }
    }
}

/// One sentence per paragraph (blank-line separated), trimmed.
fn paragraphs(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut pos = 0;
    for (n, para) in text.split("\n\n").enumerate() {
        let span = Span::new(pos, pos + para.len()).trim(text);
        if !span.is_empty() {
            out.push(Sentence { span, kind: SentenceKind::Body, paragraph: n });
        }
        pos += para.len() + 2;
    }
    out
}

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let mut texts = Vec::new();
    collect(&root, &mut texts);
    let text = texts.join("\n\n");
    let doc = Document::new("all", text);
    let sentences = paragraphs(&doc.text);
    let detector = NumericDetector::new(&NumericConfig::default()).expect("word lists parse");

    let mut group = c.benchmark_group("numeric");
    group.throughput(Throughput::Bytes(doc.text.len() as u64));
    group.bench_function("fixture_articles", |b| b.iter(|| detector.run(&doc, &sentences)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
