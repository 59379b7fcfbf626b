//! End-to-end tests of the `claimsheet` binary: exit codes, stderr lines, output bytes.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const SEED: &str = "fixtures/articles/seed/istanbul-talks-drone-strike.txt";

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimsheet"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn run(args: &[&str]) -> Output {
    bin().args(args).stdin(Stdio::null()).output().expect("the binary runs")
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    // Feed stdin from another thread: the child may fill its stdout pipe before reading all input.
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("the binary runs");
    feeder.join().expect("stdin feeder");
    out
}

fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr).lines().map(String::from).collect()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimsheet-cli-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<csv::StringRecord>) {
    let body = bytes.strip_prefix("\u{FEFF}".as_bytes()).expect("CSV starts with a BOM");
    let mut reader = csv::Reader::from_reader(body);
    let header = reader.headers().expect("header").iter().map(String::from).collect();
    let rows = reader.records().collect::<Result<_, _>>().expect("rows parse");
    (header, rows)
}

#[test]
fn extract_seed_writes_a_csv_with_the_fixed_header() {
    let out = run(&["extract", SEED]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let (header, rows) = read_csv(&out.stdout);
    assert_eq!(header, claimsheet_columns());
    for row in &rows {
        assert_eq!(row.len(), header.len());
        assert_eq!(&row[1], SEED);
        assert_eq!(&row[15], "to_check");
    }
    let text = String::from_utf8(out.stdout.clone()).expect("utf-8");
    assert!(text.ends_with("\r\n"));
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count(), "every line ends in CRLF");
    assert_eq!(
        stderr_lines(&out),
        ["claimsheet: 1 documents read, 0 skipped, 0 failed; ".to_string()
            + &format!("{} claims", rows.len())]
    );
}

fn claimsheet_columns() -> Vec<String> {
    let out = run(&["extract", "--no-bom", "-f", "csv", "/dev/null"]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let first = text.lines().next().expect("a header line");
    let cols: Vec<String> = first.split(',').map(String::from).collect();
    assert_eq!(cols.len(), 26);
    assert_eq!(cols[0], "claim_id");
    assert_eq!(cols[25], "line");
    cols
}

#[test]
fn same_input_gives_the_same_bytes() {
    // Any number of worker threads: the same bytes, for every output kind.
    for args in [&["extract"][..], &["extract", "-f", "jsonl"], &["annotate"]] {
        let with = |jobs: &[&str]| run(&[args, jobs, &["fixtures/articles"]].concat());
        let a = with(&[]);
        assert_eq!(a.status.code(), Some(0));
        assert!(!a.stdout.is_empty());
        for jobs in ["1", "3"] {
            assert_eq!(a.stdout, with(&["-j", jobs]).stdout, "{args:?} -j {jobs}");
        }
    }
}

#[test]
fn bad_inputs_are_named_and_the_rest_is_written() {
    let dir = scratch("bad");
    fs::write(dir.join("a-good.txt"), "Officials said 117 drones hit airfields.\n").expect("write");
    fs::write(dir.join("b-invalid.txt"), b"Caf\xE9 au lait.\n").expect("write");
    fs::write(dir.join("c-empty.txt"), "").expect("write");
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("d-broken.txt")).expect("symlink");
    fs::write(dir.join("e-good.txt"), "A second article.\n").expect("write");
    fs::write(dir.join("ignored.bin"), b"\0\0").expect("write");
    let out = run(&["annotate", dir.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_lines(&out);
    let d = dir.display();
    assert!(
        err.contains(&format!(
            "claimsheet: {d}/b-invalid.txt: invalid UTF-8 at byte offset 3 (--lossy replaces it)"
        )),
        "{err:?}"
    );
    assert!(err.contains(&format!("claimsheet: {d}/c-empty.txt: empty input, no claims")), "{err:?}");
    assert!(err.iter().any(|l| l.starts_with(&format!("claimsheet: {d}/d-broken.txt: "))), "{err:?}");
    let summary = err.last().expect("summary line");
    assert!(summary.starts_with("claimsheet: 3 documents read, 0 skipped, 2 failed;"), "{summary}");
    let docs: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str().expect("doc_id")).collect();
    assert_eq!(ids, [format!("{d}/a-good.txt"), format!("{d}/c-empty.txt"), format!("{d}/e-good.txt")]);
}

#[test]
fn jsonl_input_names_bad_lines_and_keeps_going() {
    let input = concat!(
        r#"{"id":"a","text":"The talks resumed.","url":"https://example.org/a","title":"Talks"}"#,
        "\n",
        "{not json\n",
        "\n",
        r#"{"id":7,"text":"Second article."}"#,
        "\n"
    );
    let out = run_with_stdin(&["annotate", "--input-format", "jsonl", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_lines(&out);
    assert!(err[0].starts_with("claimsheet: -:2: invalid JSON Lines record: "), "{err:?}");
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json")["doc_id"].to_string())
        .collect();
    assert_eq!(ids, ["\"a\"", "\"7\""]);
}

#[test]
fn output_file_is_written_whole_and_no_temp_file_remains() {
    let dir = scratch("out");
    let target = dir.join("claims.csv");
    let out = run(&["extract", SEED, "-o", target.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let bytes = fs::read(&target).expect("output written");
    assert!(bytes.starts_with("\u{FEFF}claim_id,".as_bytes()));
    let names: Vec<_> = fs::read_dir(&dir).expect("dir").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["extract", "--format", "xlsx", SEED]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    let unwritable = run(&["extract", SEED, "-o", "/nonexistent-dir/x.csv"]);
    assert_eq!(unwritable.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unwritable.stderr).starts_with("claimsheet: /nonexistent-dir/x.csv: "));
}

#[test]
fn tsv_and_jsonl_formats() {
    let tsv = run(&["extract", "-f", "tsv", "--no-bom", SEED]);
    let text = String::from_utf8(tsv.stdout).expect("utf-8");
    assert!(text.starts_with("claim_id\tdoc_id\tkind\t"));
    let jsonl = run(&["extract", "-f", "jsonl", SEED]);
    assert!(!jsonl.stdout.starts_with("\u{FEFF}".as_bytes()));
    for line in String::from_utf8(jsonl.stdout).expect("utf-8").lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json row");
        assert_eq!(v["doc_id"], SEED);
    }
}

#[test]
fn stdin_text_is_one_document() {
    let out = run_with_stdin(&["annotate", "-"], "Title line\n\nBody text here.".as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one json line");
    assert_eq!(v["doc_id"], "stdin");
    assert_eq!(v["len_bytes"], 27);
}

#[test]
fn lossy_and_max_bytes() {
    let dir = scratch("lossy");
    let bad = dir.join("bad.txt");
    fs::write(&bad, b"Caf\xE9 said 12 words.\n").expect("write");
    let bad = bad.to_str().expect("utf-8 path");
    let out = run(&["annotate", "--lossy", bad]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["len_bytes"], 22, "the bad byte became U+FFFD (3 bytes)");
    let out = run(&["annotate", "--max-bytes", "10", bad]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr_lines(&out)[0], format!("claimsheet: {bad}: larger than --max-bytes 10, skipped"));
    let input = "{\"id\":\"a\",\"text\":\"short\"}\n{\"id\":\"b\",\"text\":\"a much longer article text\"}\n";
    let out = run_with_stdin(&["annotate", "--max-bytes", "30", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr_lines(&out)[0], "claimsheet: -:2: larger than --max-bytes 30, skipped");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

#[test]
fn render_turns_claim_jsonl_into_the_same_sheet() {
    let jsonl = run(&["extract", "-f", "jsonl", "fixtures/articles"]);
    assert_eq!(jsonl.status.code(), Some(0));
    let direct = run(&["extract", "fixtures/articles"]);
    let rendered = run_with_stdin(&["render", "-"], &jsonl.stdout);
    assert_eq!(rendered.status.code(), Some(0), "{}", String::from_utf8_lossy(&rendered.stderr));
    assert_eq!(rendered.stdout, direct.stdout);
    let broken = run_with_stdin(&["render", "-"], b"{\"claim_id\": 1}\n");
    assert_eq!(broken.status.code(), Some(1));
    assert!(stderr_lines(&broken)[0].starts_with("claimsheet: -:1: invalid claim record: "));
}

/// Regression: `-o /dev/null` renamed a temporary file onto /dev/null and replaced the device
/// with a regular file. Devices, pipes and symlinks are written in place.
#[test]
fn output_to_a_device_or_symlink_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let out = run(&["extract", SEED, "-o", "/dev/null"]);
    assert_eq!(out.status.code(), Some(0));
    let meta = fs::symlink_metadata("/dev/null").expect("/dev/null exists");
    assert!(meta.file_type().is_char_device(), "/dev/null is still a device");

    let dir = scratch("symlink");
    let real = dir.join("real.csv");
    fs::write(&real, "old").expect("write");
    let link = dir.join("link.csv");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let out = run(&["extract", SEED, "-o", link.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(0));
    assert!(fs::symlink_metadata(&link).expect("link").file_type().is_symlink());
    assert!(fs::read(&real).expect("target").starts_with("\u{FEFF}claim_id,".as_bytes()));
}

/// The rows a fact-checker expects from the seed article (the brief), read from
/// the JSON Lines sheet the binary writes.
#[test]
fn seed_article_gives_the_expected_rows() {
    let out = run(&["extract", "fixtures/articles/seed/istanbul-talks-drone-strike.txt", "-f", "jsonl"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON row"))
        .collect();
    let field = |r: &serde_json::Value, k: &str| r[k].as_str().unwrap_or_default().to_string();
    let with_quantity = |q: &str| {
        rows.iter().find(|r| field(r, "quantity") == q).unwrap_or_else(|| panic!("no row for {q:?}"))
    };
    let drones = with_quantity("117");
    assert_eq!((field(drones, "unit"), field(drones, "hedge")), ("drones".into(), "reportedly".into()));
    let soldiers = with_quantity("over 12,000");
    assert_eq!(
        (field(soldiers, "unit"), field(soldiers, "bound")),
        ("fallen soldiers".into(), "over".into())
    );
    let children = with_quantity("400");
    assert_eq!(field(children, "speaker"), "Volodymyr Zelenskiy");
    assert_eq!(field(children, "hedge"), "allegedly");
    assert_eq!(field(with_quantity("10"), "unit"), "children");
    let quote = rows
        .iter()
        .find(|r| field(r, "claim_text") == "We are not going to surrender or accept ultimatums")
        .expect("the direct quote");
    assert_eq!(
        (field(quote, "kind"), field(quote, "speaker")),
        ("direct_quote".into(), "Volodymyr Zelenskiy".into())
    );
    assert!(rows
        .iter()
        .all(|r| !field(r, "claim_text").contains("Spider’s Web") || field(r, "kind") == "numeric"));
}

#[test]
fn a_full_output_device_is_a_fatal_error_and_a_closed_pipe_is_not() {
    // More documents than a batch holds, so the reader is still at work when the
    // first write fails: it must stop, and the run must end, not hang.
    let inputs = vec![SEED; 600];
    for args in [&["extract", "-o", "/dev/full"][..], &["annotate", "-j", "1", "-o", "/dev/full"]] {
        let out = run(&[args, &inputs].concat());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr_lines(&out);
        assert!(err.iter().any(|l| l.starts_with("claimsheet: writing the output: ")), "{err:?}");
    }
    let mut child = bin()
        .arg("extract")
        .args(&inputs)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("the binary runs");
    assert_eq!(out.status.code(), Some(0), "{:?}", stderr_lines(&out));
}
