//! Snapshots of every fixture article, rendered one line per finding, and the
//! claim sheet (CSV) the binary writes for it: the product's main regression test.
//! A changed snapshot is reviewed line by line, never accepted blindly.

use claimsheet_core::{Attribution, AttributionTarget, Document};
use claimsheet_pipeline::{Analysis, Pipeline, PipelineConfig};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn articles() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles");
    let mut out = Vec::new();
    for dir in ["seed", "wikinews"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("fixture folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        out.extend(files);
    }
    assert_eq!(out.len(), 44, "the seed article and 43 Wikinews articles");
    out
}

fn name(path: &Path) -> String {
    let stem = path.file_stem().expect("file name").to_string_lossy();
    let dir = path.parent().and_then(|p| p.file_name()).expect("folder").to_string_lossy();
    format!("{dir}-{stem}")
}

fn who(doc: &Document, a: Option<&Attribution>) -> String {
    let Some(a) = a else { return "(none)".to_string() };
    let mut s = match (&a.speaker, a.mention) {
        (Some(sp), Some(m)) => format!("{sp} [{}]", doc.slice(m)),
        (Some(sp), None) => sp.clone(),
        (None, Some(m)) => format!("? [{}]", doc.slice(m)),
        (None, None) => "(publication)".to_string(),
    };
    if let Some(t) = &a.title {
        s.push_str(&format!(" title={t:?}"));
    }
    if let Some(c) = a.cue {
        s.push_str(&format!(" cue={:?}", doc.slice(c)));
    }
    if let Some(h) = &a.hedge {
        s.push_str(&format!(" hedge={h:?}"));
    }
    s
}

fn render_findings(doc: &Document, analysis: &Analysis) -> String {
    let by_target: HashMap<AttributionTarget, &Attribution> =
        analysis.attributions.iter().map(|a| (a.target, a)).collect();
    let mut out = String::new();
    for (i, q) in analysis.quotes.iter().enumerate() {
        let content: Vec<&str> = q.parts.iter().map(|p| doc.slice(*p)).collect();
        let paras = if q.paragraphs > 1 { format!(" ({} paragraphs)", q.paragraphs) } else { String::new() };
        out.push_str(&format!(
            "{:<8} {:?}{paras}  <- {}\n",
            q.kind.as_str(),
            content.join(" … "),
            who(doc, by_target.get(&AttributionTarget::Quote(i)).copied())
        ));
    }
    for (i, n) in analysis.numbers.iter().enumerate() {
        let tail = if n.checkable {
            format!("  <- {}", who(doc, by_target.get(&AttributionTarget::Number(i)).copied()))
        } else {
            "  (not checkable)".to_string()
        };
        let value = match (&n.value, &n.value_high) {
            (Some(lo), Some(hi)) => format!("{lo}..{hi}"),
            (Some(v), None) => v.clone(),
            _ => "-".to_string(),
        };
        out.push_str(&format!(
            "number   {:?}  {value} {} {:?} {}{tail}\n",
            doc.slice(n.span),
            n.bound.as_str(),
            n.unit.as_deref().unwrap_or(""),
            n.quantity_kind.as_str(),
        ));
    }
    out
}

#[test]
fn findings_of_every_fixture_article() {
    let pipeline = Pipeline::new(&PipelineConfig::default()).expect("pipeline builds");
    for path in articles() {
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let doc = Document::new(name(&path), text);
        let analysis = pipeline.analyze(&doc);
        insta::assert_snapshot!(format!("findings-{}", name(&path)), render_findings(&doc, &analysis));
    }
}

#[test]
fn claim_sheet_of_every_fixture_article() {
    for path in articles() {
        let rel = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).expect("inside the repo");
        let out = Command::new(env!("CARGO_BIN_EXE_claimsheet"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["extract", "--no-bom", "--line-ending", "lf"])
            .arg(rel)
            .output()
            .expect("binary runs");
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let csv = String::from_utf8(out.stdout).expect("UTF-8 CSV");
        // The sheet parses back with the same number of cells on every row.
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let width = reader.headers().expect("header").len();
        for record in reader.records() {
            assert_eq!(record.expect("row parses").len(), width);
        }
        insta::assert_snapshot!(format!("sheet-{}", name(&path)), csv);
    }
}
