//! Every fixture article runs through the whole chain without panicking and
//! gives one attribution per quote and checkable number. With
//! `ATTRIBUTION_DUMP=1` it prints every attribution, one line each.

mod common;

use claimsheet_core::{Document, QuoteKind};

#[test]
fn fixture_articles_attribute_every_target() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let chain = common::Chain::new();
    let dump = std::env::var_os("ATTRIBUTION_DUMP").is_some();
    for dir in ["seed", "wikinews"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("fixture dir")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).expect("fixture reads");
            let doc = Document::new(path.display().to_string(), text.as_str());
            let out = chain.run(&doc);
            let wanted = out.quotes.iter().filter(|q| q.kind != QuoteKind::Term).count()
                + out.numbers.iter().filter(|n| n.checkable).count();
            assert_eq!(out.attributions.len(), wanted, "{}", path.display());
            if dump {
                println!("== {}", path.display());
                for line in common::render(&text, &out) {
                    println!("{line}");
                }
            }
        }
    }
}
