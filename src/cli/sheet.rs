//! The one claim-sheet writer (SPEC section 4): CSV and TSV for spreadsheets,
//! JSON Lines for machines.

use claimsheet_core::{ClaimRow, CLAIM_COLUMNS};
use std::borrow::Cow;
use std::io::{self, Write};

/// Excel's cell limit is 32,767 characters; cells are cut below it.
const MAX_CELL_CHARS: usize = 32_000;

/// How CSV and TSV are written.
#[derive(Debug, Clone, Copy)]
pub struct SheetOptions {
    /// Field delimiter.
    pub delimiter: u8,
    /// Write a UTF-8 byte order mark first.
    pub bom: bool,
    /// CR LF line ends (else LF).
    pub crlf: bool,
    /// Prefix formula-like cells with `'`.
    pub formula_guard: bool,
}

impl Default for SheetOptions {
    fn default() -> SheetOptions {
        SheetOptions { delimiter: b',', bom: true, crlf: true, formula_guard: true }
    }
}

/// Where claim rows go.
pub enum SheetWriter<W: Write> {
    /// CSV or TSV.
    Delimited {
        /// Where the rows go, rendered by [`RowFormat::render`].
        out: W,
        /// Cell policy.
        options: SheetOptions,
    },
    /// One JSON object a line, raw values.
    Jsonl(W),
}

/// How rows become bytes, apart from any output: `Copy` and `Sync`, so worker
/// threads render their documents' rows while the main thread writes.
#[derive(Debug, Clone, Copy)]
pub enum RowFormat {
    /// CSV or TSV with this cell policy.
    Delimited(SheetOptions),
    /// One JSON object a line.
    Jsonl,
}

impl RowFormat {
    /// `rows` as the sheet's bytes (no byte order mark, no header): what
    /// [`SheetWriter::write_row`] writes for each of them.
    pub fn render(self, rows: &[ClaimRow]) -> io::Result<Vec<u8>> {
        // Rows average some 400 bytes in CSV.
        let out = Vec::with_capacity(rows.len() * 512);
        match self {
            RowFormat::Delimited(options) => {
                // The csv writer stages fields in its own buffer before the vector.
                let mut writer = csv_builder(options).buffer_capacity(4096).from_writer(out);
                for row in rows {
                    write_delimited(&mut writer, row, options.formula_guard)?;
                }
                writer.into_inner().map_err(|e| io::Error::other(e.to_string()))
            }
            RowFormat::Jsonl => {
                let mut out = out;
                for row in rows {
                    write_jsonl(&mut out, row)?;
                }
                Ok(out)
            }
        }
    }
}

/// The csv writer settings of `options` (SPEC section 4).
fn csv_builder(options: SheetOptions) -> csv::WriterBuilder {
    let mut builder = csv::WriterBuilder::new();
    builder
        .delimiter(options.delimiter)
        .terminator(if options.crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
        .quote_style(csv::QuoteStyle::Necessary);
    builder
}

/// One row through the cell policy into a csv writer.
fn write_delimited<W: Write>(writer: &mut csv::Writer<W>, row: &ClaimRow, guard: bool) -> io::Result<()> {
    for cell in row.text_cells() {
        writer.write_field(clean_cell(cell, guard).as_bytes()).map_err(csv_to_io)?;
    }
    // The offsets: plain digits, nothing to clean, written from a stack buffer.
    for n in [row.char_start, row.char_end, row.line] {
        let mut buf = [0u8; 20];
        writer.write_field(claimsheet_core::decimal(n, &mut buf)).map_err(csv_to_io)?;
    }
    writer.write_record(None::<&[u8]>).map_err(csv_to_io)
}

/// One row as a JSON line.
fn write_jsonl<W: Write>(out: &mut W, row: &ClaimRow) -> io::Result<()> {
    // io::Error::from keeps the I/O error inside (a closed pipe stays a BrokenPipe).
    serde_json::to_writer(&mut *out, row).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

impl<W: Write> SheetWriter<W> {
    /// A CSV/TSV writer; writes the BOM and the fixed header at once.
    pub fn delimited(mut out: W, options: SheetOptions) -> io::Result<SheetWriter<W>> {
        if options.bom {
            out.write_all("\u{FEFF}".as_bytes())?;
        }
        let mut header = csv_builder(options).from_writer(Vec::new());
        header.write_record(CLAIM_COLUMNS).map_err(csv_to_io)?;
        out.write_all(&header.into_inner().map_err(|e| io::Error::other(e.to_string()))?)?;
        Ok(SheetWriter::Delimited { out, options })
    }

    /// A JSON Lines writer.
    pub fn jsonl(out: W) -> SheetWriter<W> {
        SheetWriter::Jsonl(out)
    }

    /// How this writer turns rows into bytes, for [`SheetWriter::write_rendered`].
    pub fn row_format(&self) -> RowFormat {
        match self {
            SheetWriter::Delimited { options, .. } => RowFormat::Delimited(*options),
            SheetWriter::Jsonl(_) => RowFormat::Jsonl,
        }
    }

    /// Writes one row.
    pub fn write_row(&mut self, row: &ClaimRow) -> io::Result<()> {
        match self {
            SheetWriter::Delimited { out, options } => {
                out.write_all(&RowFormat::Delimited(*options).render(std::slice::from_ref(row))?)
            }
            SheetWriter::Jsonl(out) => write_jsonl(out, row),
        }
    }

    /// Writes rows rendered by this writer's [`SheetWriter::row_format`], after
    /// whatever it has written so far.
    pub fn write_rendered(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self {
            SheetWriter::Delimited { out, .. } | SheetWriter::Jsonl(out) => out.write_all(bytes),
        }
    }

    /// Flushes and hands back the underlying writer.
    pub fn finish(self) -> io::Result<W> {
        match self {
            SheetWriter::Delimited { mut out, .. } | SheetWriter::Jsonl(mut out) => {
                out.flush()?;
                Ok(out)
            }
        }
    }
}

fn csv_to_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Makes one cell safe for spreadsheets: the formula guard (on the raw text, so
/// a leading TAB or CR counts), then CR, LF and TAB runs become one space, other
/// control characters are dropped, and the cell is capped below Excel's limit.
pub fn clean_cell(raw: &str, formula_guard: bool) -> Cow<'_, str> {
    let guard = formula_guard && needs_guard(raw);
    // Most cells need nothing: short (bytes bound chars), no control character.
    if !guard && raw.len() <= MAX_CELL_CHARS && !has_control(raw) {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len() + usize::from(guard));
    if guard {
        out.push('\'');
    }
    let mut in_break = false;
    let mut chars = 0usize;
    for ch in raw.chars() {
        if chars >= MAX_CELL_CHARS {
            out.push('…');
            break;
        }
        if matches!(ch, '\r' | '\n' | '\t') {
            if !in_break {
                out.push(' ');
                chars += 1;
            }
            in_break = true;
            continue;
        }
        in_break = false;
        if ch.is_control() {
            continue;
        }
        out.push(ch);
        chars += 1;
    }
    Cow::Owned(out)
}

/// True when a spreadsheet could read the cell as a formula: its first character
/// other than a space is `=`, `+`, `-`, `@`, TAB or CR, and it is not a plain number.
/// Whether `s` holds a control character (`char::is_control`: C0, DEL, C1). A
/// branch-free pass over the bytes first: C1 controls start with 0xC2, so only
/// text with that byte (also the lead of "£", "°", NBSP) is decoded.
fn has_control(s: &str) -> bool {
    let suspect = s.bytes().fold(false, |acc, b| acc | (b < 0x20) | (b == 0x7f) | (b == 0xc2));
    suspect && s.chars().any(char::is_control)
}

pub fn needs_guard(cell: &str) -> bool {
    let first = cell.chars().find(|&c| c != ' ');
    matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')) && !is_plain_number(cell)
}

/// A plain number: optional sign, digits with optional `,` thousands groups,
/// optional decimals, optional `%`, surrounded by spaces at most (`-5`, `-1,234.56`, `+3.2%`).
pub fn is_plain_number(cell: &str) -> bool {
    let s = cell.trim_matches(' ');
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let s = s.strip_suffix('%').unwrap_or(s);
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    if int.is_empty() {
        return false;
    }
    if int.contains(',') {
        let mut groups = int.split(',');
        let head = groups.next().unwrap_or("");
        (1..=3).contains(&head.len())
            && head.bytes().all(|b| b.is_ascii_digit())
            && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
    } else {
        int.bytes().all(|b| b.is_ascii_digit())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_cases() {
        let cases: &[(&str, &str)] = &[
            ("=SUM(A1)", "'=SUM(A1)"),
            ("@x", "'@x"),
            ("+1+1", "'+1+1"),
            (" =1", "' =1"),
            ("\t=1", "' =1"),
            ("\tplain", "' plain"),
            ("\rx", "' x"),
            ("-5%", "-5%"),
            ("-1,234.56", "-1,234.56"),
            ("+3.2%", "+3.2%"),
            ("-5", "-5"),
            ("-1,23", "'-1,23"),
            ("- bullet", "'- bullet"),
            ("plain = fine", "plain = fine"),
            ("", ""),
        ];
        for (raw, want) in cases {
            assert_eq!(clean_cell(raw, true), *want, "cell {raw:?}");
        }
        assert_eq!(clean_cell("=1", false), "=1");
    }

    #[test]
    fn hygiene_collapses_breaks_and_drops_controls() {
        assert_eq!(clean_cell("a\r\n\r\nb\tc\u{7}d", true), "a b cd");
        let long = "x".repeat(40_000);
        let cut = clean_cell(&long, true);
        assert_eq!(cut.chars().count(), MAX_CELL_CHARS + 1);
        assert!(cut.ends_with('…'));
    }

    fn row(claim_text: &str, quantity: &str) -> ClaimRow {
        ClaimRow {
            claim_id: "c-0123456789ab".into(),
            doc_id: "doc".into(),
            kind: claimsheet_core::ClaimKind::DirectQuote,
            claim_text: claim_text.into(),
            speaker: "Volodymyr Zelenskiy".into(),
            speaker_mention: "he".into(),
            speaker_title: String::new(),
            cue: "stated".into(),
            hedge: String::new(),
            quantity: quantity.into(),
            value: "-5".into(),
            bound: "exact".into(),
            unit: String::new(),
            quantity_kind: String::new(),
            sentence: String::new(),
            status: "to_check".into(),
            verdict: String::new(),
            checker: String::new(),
            evidence_url: String::new(),
            notes: String::new(),
            source_url: String::new(),
            source_title: String::new(),
            published: String::new(),
            char_start: 3,
            char_end: 10,
            line: 2,
        }
    }

    fn write(rows: &[ClaimRow], options: SheetOptions) -> Vec<u8> {
        let mut w = SheetWriter::delimited(Vec::new(), options).expect("header");
        for r in rows {
            w.write_row(r).expect("row");
        }
        w.finish().expect("finish")
    }

    #[test]
    fn csv_bytes_bom_crlf_and_quoting() {
        let bytes = write(&[row("He said \"no\",\nthen left", "=SUM(A1)")], SheetOptions::default());
        assert!(bytes.starts_with(b"\xEF\xBB\xBFclaim_id,doc_id,kind,"));
        let text = String::from_utf8(bytes).expect("utf-8");
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines.len(), 3, "header, one row, empty tail: {text:?}");
        assert_eq!(lines[2], "");
        assert!(!text.replace("\r\n", "").contains('\n'), "no bare LF");
        assert_eq!(
            lines[1],
            "c-0123456789ab,doc,direct_quote,\"He said \"\"no\"\", then left\",Volodymyr Zelenskiy,he,,stated,,\
             '=SUM(A1),-5,exact,,,,to_check,,,,,,,,3,10,2"
        );
    }

    #[test]
    fn header_is_written_with_zero_rows_and_options_apply() {
        let bytes = write(&[], SheetOptions::default());
        let expected = format!("\u{FEFF}{}\r\n", CLAIM_COLUMNS.join(","));
        assert_eq!(String::from_utf8(bytes).expect("utf-8"), expected);
        let plain = SheetOptions { delimiter: b';', bom: false, crlf: false, formula_guard: false };
        let text = String::from_utf8(write(&[row("x", "=1")], plain)).expect("utf-8");
        assert!(text.starts_with("claim_id;doc_id;"));
        assert!(text.contains(";=1;") && !text.contains('\r'));
    }

    #[test]
    fn csv_reads_back_with_csv_reader() {
        let rows = [row("a, \"b\"", "1"), row("line\r\nbreak", "@x")];
        let bytes = write(&rows, SheetOptions::default());
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let header: Vec<String> = reader.headers().expect("header").iter().map(String::from).collect();
        assert_eq!(header, CLAIM_COLUMNS);
        let back: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("records");
        assert_eq!(back.len(), 2);
        assert_eq!(&back[0][3], "a, \"b\"");
        assert_eq!(&back[1][3], "line break");
        assert_eq!(&back[1][9], "'@x");
        assert_eq!(&back[1][25], "2");
    }

    mod read_back {
        use super::super::*;
        use claimsheet_core::Document;
        use claimsheet_pipeline::{Pipeline, PipelineConfig};
        use proptest::prelude::*;

        fn newsy() -> impl Strategy<Value = String> {
            let token = prop_oneof![
                Just("said".to_string()),
                Just("“".to_string()),
                Just("”".to_string()),
                Just("\"".to_string()),
                Just("=SUM(A1)".to_string()),
                Just("+1".to_string()),
                Just("-5%".to_string()),
                Just("@x".to_string()),
                Just("12,000".to_string()),
                Just("reportedly".to_string()),
                Just(". ".to_string()),
                Just("\n\n".to_string()),
                Just("\t".to_string()),
                Just("\r".to_string()),
                "[A-Za-z]{1,8}",
                "[0-9]{1,5}",
                any::<char>().prop_map(String::from),
            ];
            prop::collection::vec(token, 0..60).prop_map(|t| t.join(" "))
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(128))]

            /// The CSV read back with csv::Reader gives the JSONL's rows, cell for cell,
            /// after the documented cell policy (guard, hygiene).
            #[test]
            fn csv_read_back_equals_the_jsonl_rows(text in newsy()) {
                let pipeline = Pipeline::new(&PipelineConfig::default()).expect("pipeline builds");
                let rows = pipeline.analyze(&Document::new("p", text)).claims;
                let mut csv_out = SheetWriter::delimited(Vec::new(), SheetOptions::default()).expect("header");
                let mut json_out = SheetWriter::jsonl(Vec::new());
                for row in &rows {
                    csv_out.write_row(row).expect("csv row");
                    json_out.write_row(row).expect("json row");
                }
                let csv_bytes = csv_out.finish().expect("csv");
                let json_bytes = json_out.finish().expect("json");
                // Rendered all at once (as the CLI's workers do), the same bytes.
                for (mut sheet, want) in [
                    (SheetWriter::delimited(Vec::new(), SheetOptions::default()).expect("header"), &csv_bytes),
                    (SheetWriter::jsonl(Vec::new()), &json_bytes),
                ] {
                    let rendered = sheet.row_format().render(&rows).expect("render");
                    sheet.write_rendered(&rendered).expect("write");
                    prop_assert_eq!(&sheet.finish().expect("finish"), want);
                }
                let mut reader = csv::Reader::from_reader(&csv_bytes[3..]);
                let records: Vec<csv::StringRecord> =
                    reader.records().collect::<Result<_, _>>().expect("csv parses");
                let json_rows: Vec<ClaimRow> = String::from_utf8(json_bytes)
                    .expect("utf-8")
                    .lines()
                    .map(|l| serde_json::from_str(l).expect("json row parses"))
                    .collect();
                prop_assert_eq!(records.len(), json_rows.len());
                for (record, row) in records.iter().zip(&json_rows) {
                    prop_assert_eq!(record.len(), CLAIM_COLUMNS.len());
                    for (cell, raw) in record.iter().zip(row.cells()) {
                        let expected = clean_cell(&raw, true);
                        prop_assert_eq!(cell, expected.as_ref());
                    }
                }
                prop_assert_eq!(&json_rows, &rows);
            }
        }
    }
}
