//! Throughput of the segmenter: the fixture articles, an optional corpus
//! (`bench-data/bbc/` or `$CLAIMSHEET_BENCH_CORPUS`, a folder of `.txt`), and a
//! linearity check on 1 MB and 10 MB articles with no blank line.

use std::path::{Path, PathBuf};

use claimsheet_core::Document;
use claimsheet_segmenter::{Segmenter, SegmenterConfig};
use criterion::{black_box, criterion_main, BenchmarkId, Criterion, Throughput};

/// Every `.txt` under `dir`, sorted.
fn text_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn read_all(paths: &[PathBuf]) -> Vec<Document> {
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok().map(|t| Document::new(p.to_string_lossy(), t)))
        .collect()
}

fn bench_documents(c: &mut Criterion, name: &str, docs: &[Document], segmenter: &Segmenter) {
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    if bytes == 0 {
        return;
    }
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("{} docs", docs.len()), |b| {
        b.iter(|| {
            for doc in docs {
                black_box(segmenter.run(black_box(doc)));
            }
        })
    });
    group.finish();
}

/// An article of about `size` bytes with no blank line: fixture sentences joined by spaces.
fn one_paragraph(sentences: &[String], size: usize) -> Document {
    let mut text = String::with_capacity(size + 1000);
    for sentence in sentences.iter().cycle() {
        if text.len() >= size {
            break;
        }
        text.push_str(sentence);
        text.push(' ');
    }
    Document::new("synthetic", text)
}

fn segment(c: &mut Criterion) {
    let segmenter = Segmenter::new(&SegmenterConfig::default()).expect("default config is valid");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");

    let fixtures = read_all(&text_files(&root.join("fixtures/articles")));
    bench_documents(c, "fixtures", &fixtures, &segmenter);

    let corpus = std::env::var_os("CLAIMSHEET_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("bench-data/bbc"));
    if corpus.is_dir() {
        let docs = read_all(&text_files(&corpus));
        bench_documents(c, "corpus", &docs, &segmenter);
    }

    // The sentences of the fixtures, to build long paragraphs from.
    let mut sentences = Vec::new();
    for doc in &fixtures {
        for s in segmenter.run(doc).sentences {
            sentences.push(doc.slice(s.span).split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    let mut group = c.benchmark_group("linearity");
    group.sample_size(10);
    // 1 MB fits in this machine's L2 cache and 10 MB does not; 100 MB shows the
    // per-byte cost once neither input is cache-resident.
    for mb in [1usize, 10, 100] {
        let doc = one_paragraph(&sentences, mb << 20);
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        group.bench_with_input(BenchmarkId::new("one paragraph", format!("{mb} MB")), &doc, |b, doc| {
            b.iter(|| black_box(segmenter.run(black_box(doc))))
        });
    }
    group.finish();
}

// criterion_group! defines an undocumented public function.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::segment);
}
criterion_main!(group::benches);
