//! Finding inputs, reading and decoding them into documents.
//!
//! Every failure is reported per input (`claimsheet: PATH: reason`) and never
//! stops the other inputs.

use super::args::InputFormat;
use claimsheet_core::Document;
use serde::Deserialize;
use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// File endings read when walking a folder.
const TEXT_EXTENSIONS: [&str; 5] = ["txt", "md", "html", "htm", "text"];
/// File endings read as JSON Lines (in folders and under `--input-format auto`).
const JSONL_EXTENSIONS: [&str; 3] = ["jsonl", "ndjson", "jl"];

/// One input named on the command line or found in a folder.
#[derive(Debug, Clone)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Stdin => f.write_str("-"),
            Source::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// Why an input or part of one gave no document.
#[derive(Debug, Clone)]
pub struct InputError {
    /// The path (and line, for JSON Lines) as given.
    pub place: String,
    /// What went wrong, in one line.
    pub reason: String,
    /// Skipped on purpose (a binary file), as opposed to failed.
    pub skipped: bool,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.reason)
    }
}

/// An item in input order: a document, or an error naming its input.
pub type Item = Result<Document, InputError>;

/// Expands the command-line inputs: folders are walked recursively in name order.
/// Folder entries that cannot be read become errors in place.
pub fn expand(inputs: &[PathBuf]) -> Vec<Result<Source, InputError>> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Ok(Source::Stdin));
        } else if input.is_dir() {
            walk(input, &mut out);
        } else {
            out.push(Ok(Source::File(input.clone())));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Result<Source, InputError>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.push(Err(fail(dir.display(), io_reason(&e))));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(e) => out.push(Err(fail(dir.display(), io_reason(&e)))),
        }
    }
    paths.sort();
    for path in paths {
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, out),
            Ok(_) => {
                if wanted(&path) {
                    out.push(Ok(Source::File(path)));
                }
            }
            Err(e) => {
                // A broken symlink or an entry we may not stat: name it when it looks like an input.
                if wanted(&path) || std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink())
                {
                    out.push(Err(fail(path.display(), io_reason(&e))));
                }
            }
        }
    }
}

fn extension(path: &Path) -> String {
    path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase()
}

fn wanted(path: &Path) -> bool {
    let ext = extension(path);
    TEXT_EXTENSIONS.contains(&ext.as_str()) || JSONL_EXTENSIONS.contains(&ext.as_str())
}

fn fail(place: impl fmt::Display, reason: impl Into<String>) -> InputError {
    InputError { place: place.to_string(), reason: reason.into(), skipped: false }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder (or a broken link)".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// How inputs are read.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// Text or JSON Lines, or decide per input.
    pub format: InputFormat,
    /// Replace invalid UTF-8 instead of failing.
    pub lossy: bool,
    /// Largest article accepted, in bytes.
    pub max_bytes: u64,
}

/// Reads one source and hands each document or error to `sink`, in order.
pub fn read_source(source: &Source, options: ReadOptions, sink: &mut dyn FnMut(Item)) {
    let name = source.to_string();
    let format = options.format;
    let jsonl = match (format, source) {
        (InputFormat::Jsonl, _) => true,
        (InputFormat::Text, _) => false,
        (InputFormat::Auto, Source::File(p)) => JSONL_EXTENSIONS.contains(&extension(p).as_str()),
        (InputFormat::Auto, Source::Stdin) => false,
    };
    let mut reader = match open(source) {
        Ok(r) => r,
        Err(e) => return sink(Err(e)),
    };
    let sniff_jsonl =
        format == InputFormat::Auto && matches!(source, Source::Stdin) && starts_with_brace(&mut reader);
    if jsonl || sniff_jsonl {
        read_jsonl(&name, reader, options, sink);
    } else {
        let mut bytes = Vec::new();
        if let Err(e) = (&mut reader).take(options.max_bytes.saturating_add(1)).read_to_end(&mut bytes) {
            return sink(Err(fail(&name, io_reason(&e))));
        }
        if bytes.len() as u64 > options.max_bytes {
            return sink(Err(too_large(&name, options.max_bytes)));
        }
        let id = match source {
            Source::Stdin => "stdin".to_string(),
            Source::File(_) => name.clone(),
        };
        sink(decode(&name, bytes, options.lossy).map(|text| Document::new(id, text)));
    }
}

fn too_large(place: &str, max: u64) -> InputError {
    InputError {
        place: place.to_string(),
        reason: format!("larger than --max-bytes {max}, skipped"),
        skipped: true,
    }
}

/// True when the first non-whitespace byte of the stream is `{` (peeks without consuming).
fn starts_with_brace(reader: &mut BufReader<Box<dyn Read>>) -> bool {
    match reader.fill_buf() {
        Ok(buf) => buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
        Err(_) => false,
    }
}

/// Decodes the bytes of a text input: a UTF-8 BOM is skipped, UTF-16 with a BOM is
/// decoded, NUL bytes mark a binary file, invalid UTF-8 is an error naming the offset
/// (or, when `lossy`, replaced with U+FFFD).
pub fn decode(name: &str, mut bytes: Vec<u8>, lossy: bool) -> Result<String, InputError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return decode_utf16(name, &bytes, lossy);
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(InputError {
            place: name.to_string(),
            reason: format!("binary file (NUL byte at offset {pos}), skipped"),
            skipped: true,
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            Err(fail(name, format!("invalid UTF-8 at byte offset {offset} (--lossy replaces it)")))
        }
    }
}

fn decode_utf16(name: &str, bytes: &[u8], lossy: bool) -> Result<String, InputError> {
    let little = bytes.starts_with(&[0xFF, 0xFE]);
    let body = &bytes[2..];
    if body.len() % 2 != 0 && !lossy {
        return Err(fail(name, "UTF-16 input with an odd number of bytes"));
    }
    let units = body.chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut out = String::with_capacity(body.len() / 2);
    for (i, unit) in char::decode_utf16(units).enumerate() {
        match unit {
            Ok(ch) => out.push(ch),
            Err(_) if lossy => out.push(char::REPLACEMENT_CHARACTER),
            Err(_) => return Err(fail(name, format!("invalid UTF-16 at code unit {i}"))),
        }
    }
    Ok(out)
}

/// One JSON Lines article.
#[derive(Debug, Deserialize)]
struct JsonArticle {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: String,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    published: Option<String>,
}

fn read_jsonl(
    name: &str,
    reader: BufReader<Box<dyn Read>>,
    options: ReadOptions,
    sink: &mut dyn FnMut(Item),
) {
    for_each_line(name, reader, options, &mut |line| match line {
        Line::Error(e) => sink(Err(e)),
        Line::Record { place, bytes } => sink(match serde_json::from_slice::<JsonArticle>(bytes) {
            Ok(article) => Ok(Document {
                id: match article.id {
                    Some(serde_json::Value::String(s)) => s,
                    Some(serde_json::Value::Null) | None => place,
                    Some(other) => other.to_string(),
                },
                text: article.text,
                url: article.url,
                title: article.title,
                published: article.published,
            }),
            Err(e) => Err(fail(&place, format!("invalid JSON Lines record: {e}"))),
        }),
    });
}

/// Opens a source for buffered reading.
fn open(source: &Source) -> Result<BufReader<Box<dyn Read>>, InputError> {
    let reader: Box<dyn Read> = match source {
        Source::Stdin => Box::new(std::io::stdin().lock()),
        Source::File(p) => {
            Box::new(std::fs::File::open(p).map_err(|e| fail(source.to_string(), io_reason(&e)))?)
        }
    };
    Ok(BufReader::with_capacity(1 << 16, reader))
}

/// One line of a JSON Lines input.
enum Line<'a> {
    /// A non-blank line within the size limit, named `PATH:LINE`.
    Record { place: String, bytes: &'a [u8] },
    /// A line over the limit, or a read error.
    Error(InputError),
}

/// Calls `each` for every non-blank line of `reader` (a UTF-8 BOM on the first line is
/// skipped; invalid UTF-8 is replaced when `lossy`), in order. A line over `max_bytes`
/// is reported without being held in memory; a read error ends the input.
fn for_each_line(
    name: &str,
    mut reader: BufReader<Box<dyn Read>>,
    options: ReadOptions,
    each: &mut dyn FnMut(Line<'_>),
) {
    let mut line = Vec::new();
    let mut number = 0usize;
    loop {
        line.clear();
        let complete = match read_line_bounded(&mut reader, &mut line, options.max_bytes) {
            Ok(None) => return,
            Ok(Some(complete)) => complete,
            Err(e) => return each(Line::Error(fail(name, io_reason(&e)))),
        };
        number += 1;
        let place = format!("{name}:{number}");
        if !complete {
            each(Line::Error(too_large(&place, options.max_bytes)));
            continue;
        }
        if options.lossy && std::str::from_utf8(&line).is_err() {
            line = String::from_utf8_lossy(&line).into_owned().into_bytes();
        }
        let mut bytes: &[u8] = &line;
        if number == 1 && bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
            bytes = &bytes[3..];
        }
        if !bytes.iter().all(u8::is_ascii_whitespace) {
            each(Line::Record { place, bytes });
        }
    }
}

/// Reads claim rows (one JSON object a line, as `extract -f jsonl` writes them).
pub fn read_claim_rows(
    source: &Source,
    options: ReadOptions,
    sink: &mut dyn FnMut(Result<claimsheet_core::ClaimRow, InputError>),
) {
    let reader = match open(source) {
        Ok(r) => r,
        Err(e) => return sink(Err(e)),
    };
    for_each_line(&source.to_string(), reader, options, &mut |line| match line {
        Line::Error(e) => sink(Err(e)),
        Line::Record { place, bytes } => sink(
            serde_json::from_slice(bytes).map_err(|e| fail(&place, format!("invalid claim record: {e}"))),
        ),
    });
}

/// Reads one line into `line`, keeping at most `max` bytes of it. Returns `None` at
/// the end of input, `Some(false)` when the line was longer than `max` (the rest of it
/// is consumed and dropped, so memory stays bounded).
fn read_line_bounded(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    max: u64,
) -> std::io::Result<Option<bool>> {
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let mut seen_any = false;
    let mut complete = true;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(seen_any.then_some(complete));
        }
        seen_any = true;
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let room = max.saturating_sub(line.len());
        if chunk.len() > room {
            complete = false;
        }
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = chunk.len();
        reader.consume(used);
        if done {
            return Ok(Some(complete));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_handles_boms_nul_and_invalid_utf8() {
        assert_eq!(decode("a", b"\xEF\xBB\xBFhi".to_vec(), false).expect("utf-8 bom"), "hi");
        assert_eq!(decode("a", vec![0xFF, 0xFE, b'h', 0, b'i', 0], false).expect("utf-16le"), "hi");
        assert_eq!(decode("a", vec![0xFE, 0xFF, 0, b'h', 0, b'i'], false).expect("utf-16be"), "hi");
        let bin = decode("a", b"ab\0c".to_vec(), false).expect_err("binary");
        assert!(bin.skipped && bin.reason.contains("offset 2"), "{bin}");
        let bad = decode("f.txt", b"abc\xFFdef".to_vec(), false).expect_err("invalid");
        assert_eq!(bad.to_string(), "f.txt: invalid UTF-8 at byte offset 3 (--lossy replaces it)");
        assert_eq!(decode("f.txt", b"abc\xFFdef".to_vec(), true).expect("lossy"), "abc\u{FFFD}def");
    }

    #[test]
    fn bounded_lines_drop_the_excess() {
        let mut input: &[u8] = b"short\nmuch too long a line\nok";
        let mut line = Vec::new();
        assert_eq!(read_line_bounded(&mut input, &mut line, 8).expect("read"), Some(true));
        assert_eq!(line, b"short\n");
        line.clear();
        assert_eq!(read_line_bounded(&mut input, &mut line, 8).expect("read"), Some(false));
        assert_eq!(line.len(), 8);
        line.clear();
        assert_eq!(read_line_bounded(&mut input, &mut line, 8).expect("read"), Some(true));
        assert_eq!(line, b"ok");
        line.clear();
        assert_eq!(read_line_bounded(&mut input, &mut line, 8).expect("read"), None);
    }
}
