//! The articles of a folder for the pipeline bench and the profile example
//! (included by path: neither target can import the other).

use claimsheet_core::Document;
use std::path::{Path, PathBuf};

/// Every `.txt` file under `dir`, recursively, in sorted path order.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
}

/// The `.txt` articles under `dir` that read as UTF-8, each with its path as id.
pub fn load(dir: &Path) -> Vec<Document> {
    let mut paths = Vec::new();
    collect(dir, &mut paths);
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok().map(|t| Document::new(p.display().to_string(), t)))
        .collect()
}
