//! Command-line arguments (SPEC section 2).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Turns news articles into a fact-checker's claim sheet.
#[derive(Debug, Parser)]
#[command(name = "claimsheet", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the claim sheet (CSV by default) for files, folders or - (stdin).
    Extract(ExtractArgs),
    /// Write every layer (sentences, quotes, numbers, attributions, claims) as JSON Lines.
    Annotate(CommonArgs),
    /// Turn claim JSON Lines (from `extract -f jsonl`, e.g. a Spark job's output) into the sheet.
    Render(RenderArgs),
}

/// Options shared by every subcommand.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Files, folders (read recursively: *.txt, *.md, *.html, *.htm, *.jsonl) or - for stdin.
    #[arg(value_name = "INPUT", default_value = "-")]
    pub inputs: Vec<PathBuf>,
    /// Write here instead of stdout (via a temporary file, renamed on success).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// How to read the inputs: auto takes *.jsonl/*.ndjson files and stdin starting with `{` as JSON Lines.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    pub input_format: InputFormat,
    /// Worker threads (default: all cores).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Progress bar on stderr: auto shows it only when stderr is a terminal.
    #[arg(long, value_enum, default_value_t = Progress::Auto)]
    pub progress: Progress,
    /// Replace invalid UTF-8 with U+FFFD instead of failing the input.
    #[arg(long)]
    pub lossy: bool,
    /// Refuse an article (a file, or a JSON Lines record) larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
}

/// The default `--max-bytes`: 64 MiB, hundreds of times the longest news article.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// Options of `extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Inputs, output, threads, progress.
    #[command(flatten)]
    pub common: CommonArgs,
    /// Sheet format.
    #[command(flatten)]
    pub sheet: SheetArgs,
}

/// Options of `render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Claim JSON Lines files, or - for stdin.
    #[arg(value_name = "INPUT", default_value = "-")]
    pub inputs: Vec<PathBuf>,
    /// Write here instead of stdout (via a temporary file, renamed on success).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Sheet format.
    #[command(flatten)]
    pub sheet: SheetArgs,
}

/// How the sheet is written.
#[derive(Debug, Args)]
pub struct SheetArgs {
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
    /// CSV field delimiter (one ASCII character).
    #[arg(long, default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,
    /// Leave out the UTF-8 byte order mark that Excel needs to read UTF-8.
    #[arg(long)]
    pub no_bom: bool,
    /// Line ends of CSV and TSV output.
    #[arg(long, value_enum, default_value_t = LineEnding::Crlf)]
    pub line_ending: LineEnding,
    /// Prefix cells that a spreadsheet would run as a formula with `'`.
    #[arg(long, value_enum, default_value_t = Switch::On)]
    pub formula_guard: Switch,
}

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Decide per input.
    Auto,
    /// Each input is one article.
    Text,
    /// One article a line: {"id","text","url"?,"title"?,"published"?}.
    Jsonl,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Comma-separated, spreadsheet-safe.
    Csv,
    /// Tab-separated, spreadsheet-safe.
    Tsv,
    /// One claim object a line, raw values.
    Jsonl,
}

/// Progress bar policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Progress {
    /// Only when stderr is a terminal.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Line endings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LineEnding {
    /// CR LF, as RFC 4180 and Excel expect.
    Crlf,
    /// LF.
    Lf,
}

/// On or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Switch {
    /// Enabled.
    On,
    /// Disabled.
    Off,
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s.as_bytes() {
        [b] if b.is_ascii() && *b != b'"' && *b != b'\r' && *b != b'\n' => Ok(*b),
        _ if s == "\\t" => Ok(b'\t'),
        _ => Err(format!(
            "the delimiter must be one ASCII character other than a quote or line end, not {s:?}"
        )),
    }
}
