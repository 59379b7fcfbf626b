//! Snapshots of the segmentation of every fixture article, one unit a line
//! (`kind  text`), plus explicit checks on the seed article.

use std::path::{Path, PathBuf};

use claimsheet_core::{Document, SentenceKind};
use claimsheet_segmenter::{Segmenter, SegmenterConfig};

fn articles_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles")
}

/// Every `.txt` under `dir`, sorted.
fn articles(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
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

fn segmenter() -> Segmenter {
    Segmenter::new(&SegmenterConfig::default()).expect("default config is valid")
}

/// One unit a line: kind, two spaces, text (line breaks inside shown as `⏎`),
/// with a blank line between paragraphs.
fn render(doc: &Document, segmenter: &Segmenter) -> String {
    let seg = segmenter.run(doc);
    let mut out = String::new();
    let mut paragraph = None;
    for s in &seg.sentences {
        if paragraph.is_some() && paragraph != Some(s.paragraph) {
            out.push('\n');
        }
        paragraph = Some(s.paragraph);
        let text = doc.slice(s.span).replace("\r\n", "⏎").replace(['\n', '\r'], "⏎");
        out.push_str(&format!("{:<11}  {text}\n", s.kind.as_str()));
    }
    out
}

#[test]
fn fixture_articles() {
    let segmenter = segmenter();
    let root = articles_dir();
    let paths = articles(&root);
    assert!(paths.len() >= 44, "expected the seed and 43 wikinews articles, found {}", paths.len());
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for path in &paths {
            let text =
                std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            let rel = path.strip_prefix(&root).unwrap_or(path);
            let name = rel.with_extension("").to_string_lossy().replace(['/', '\\'], "__");
            let doc = Document::new(rel.to_string_lossy(), text);
            insta::assert_snapshot!(name, render(&doc, &segmenter));
        }
    });
}

#[test]
fn seed_article_kinds() {
    let path = articles_dir().join("seed/istanbul-talks-drone-strike.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let doc = Document::new("seed", text);
    let seg = segmenter().run(&doc);
    // The article has no-break spaces after "Istanbul" and "Read more:"; compare them as spaces.
    let kind_of = |needle: &str| -> Vec<SentenceKind> {
        seg.sentences
            .iter()
            .filter(|s| doc.slice(s.span).replace('\u{a0}', " ") == needle)
            .map(|s| s.kind)
            .collect()
    };
    for headline in [
        "Russia Presses Hard in Peace Talks as Ukraine Launches Bold Drone Strike",
        "Kyiv Calls for Zelenskiy-Putin Meeting After Talks",
        "No Ceasefire Progress",
        "Ukraine Strikes Back: Drones Target Russian Bomber Fleet",
        "Stalemate Continues",
    ] {
        assert_eq!(kind_of(headline), [SentenceKind::Headline], "{headline}");
    }
    for boilerplate in [
        "Read more: Erdogan Offers to Host Russia-Ukraine-U.S. Summit to End War",
        "Comments are closed, but trackbacks and pingbacks are open.",
    ] {
        assert_eq!(kind_of(boilerplate), [SentenceKind::Boilerplate], "{boilerplate}");
    }
    let istanbul = "Istanbul – Peace talks between Russia and Ukraine resumed in Istanbul on Monday for the \
                    first time in over two years, but hopes for a breakthrough dimmed as Moscow presented \
                    sweeping demands that Kyiv rejected as tantamount to surrender.";
    assert_eq!(kind_of(istanbul), [SentenceKind::Body]);
    let headlines = seg.sentences.iter().filter(|s| s.is_headline()).count();
    assert_eq!(headlines, 5, "only the five title and section lines are headlines");
    let quote = "“We are not going to surrender or accept ultimatums,” he stated.";
    assert_eq!(kind_of(quote), [SentenceKind::Body]);
}
