//! The command-line front end: arguments, inputs, the run loop and exit codes.

mod annotate;
mod args;
mod input;
mod output;
mod sheet;

use anyhow::{Context, Result};
use args::{Cli, Command, CommonArgs, Format, LineEnding, Progress, RenderArgs, SheetArgs, Switch};
use claimsheet_core::Document;
use claimsheet_pipeline::{Analysis, Pipeline, PipelineConfig};
use clap::Parser;
use input::{InputError, Item, ReadOptions};
use output::Output;
use sheet::{RowFormat, SheetOptions, SheetWriter};
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

/// Documents analysed together; bounds memory while keeping every core busy.
const BATCH_DOCS: usize = 256;
/// Bytes of text analysed together.
const BATCH_BYTES: usize = 32 << 20;

/// Parses the arguments, runs, and maps the outcome to SPEC exit codes:
/// 0 done, 1 some inputs failed, 2 usage or fatal output error.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimsheet: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe))
}

/// What a run writes per document.
enum Sink {
    Sheet(SheetWriter<Output>),
    Annotate(Output),
}

/// How a document's output is rendered: `Copy` and `Sync`, for the workers.
#[derive(Clone, Copy)]
enum Render {
    Rows(RowFormat),
    Annotate,
}

impl Render {
    /// The bytes `doc` adds to the output.
    fn render(self, doc: &Document, analysis: &Analysis) -> io::Result<Vec<u8>> {
        match self {
            Render::Rows(format) => format.render(&analysis.claims),
            Render::Annotate => {
                let mut line = annotate::render(doc, analysis).map_err(io::Error::other)?.into_bytes();
                line.push(b'\n');
                Ok(line)
            }
        }
    }
}

impl Sink {
    fn render(&self) -> Render {
        match self {
            Sink::Sheet(w) => Render::Rows(w.row_format()),
            Sink::Annotate(_) => Render::Annotate,
        }
    }

    /// Writes bytes from [`Render::render`] of this sink's [`Sink::render`].
    fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self {
            Sink::Sheet(w) => w.write_rendered(bytes),
            Sink::Annotate(out) => out.write_all(bytes),
        }
    }

    fn finish(self) -> io::Result<Output> {
        match self {
            Sink::Sheet(w) => w.finish(),
            Sink::Annotate(mut out) => {
                out.flush()?;
                Ok(out)
            }
        }
    }
}

/// Counts for the closing summary line.
#[derive(Default)]
struct Tally {
    read: usize,
    skipped: usize,
    failed: usize,
    claims: usize,
}

impl Tally {
    /// Counts an input error and names it on stderr.
    fn report(&mut self, e: &InputError) {
        eprintln!("claimsheet: {e}");
        if e.skipped {
            self.skipped += 1;
        } else {
            self.failed += 1;
        }
    }

    /// Prints the closing summary line and gives the exit status: 1 when any input
    /// was skipped or failed.
    fn finish(&self, what: &str) -> ExitCode {
        eprintln!(
            "claimsheet: {} {what} read, {} skipped, {} failed; {} claims",
            self.read, self.skipped, self.failed, self.claims
        );
        if self.failed + self.skipped > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// Opens the sheet writer that `args` ask for.
fn sheet_writer(out: Output, args: &SheetArgs) -> io::Result<SheetWriter<Output>> {
    let options = SheetOptions {
        delimiter: if args.format == Format::Tsv { b'\t' } else { args.delimiter },
        bom: !args.no_bom,
        crlf: args.line_ending == LineEnding::Crlf,
        formula_guard: args.formula_guard == Switch::On,
    };
    match args.format {
        Format::Csv | Format::Tsv => SheetWriter::delimited(out, options),
        Format::Jsonl => Ok(SheetWriter::jsonl(out)),
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let (common, sink_for): (CommonArgs, Box<dyn FnOnce(Output) -> io::Result<Sink>>) = match cli.command {
        Command::Extract(a) => (a.common, Box::new(move |out| sheet_writer(out, &a.sheet).map(Sink::Sheet))),
        Command::Annotate(common) => (common, Box::new(|out| Ok(Sink::Annotate(out)))),
        Command::Render(a) => return render(a),
    };

    if let Some(jobs) = common.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global()
            .context("starting worker threads")?;
    }
    let pipeline = Pipeline::new(&PipelineConfig::default()).context("building the pipeline")?;
    let output = Output::open(common.output.as_deref())?;
    let mut sink = sink_for(output).context("writing the header")?;

    let sources = input::expand(&common.inputs);
    let show_progress = match common.progress {
        Progress::Always => true,
        Progress::Never => false,
        Progress::Auto => io::stderr().is_terminal(),
    };
    let bar = if show_progress {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(sources.len() as u64),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} inputs, {msg} [{elapsed}]")
        {
            bar.set_style(style);
        }
        Some(bar)
    } else {
        None
    };

    let read_options =
        ReadOptions { format: common.input_format, lossy: common.lossy, max_bytes: common.max_bytes };
    // Claims so far, for the progress message the reader shows.
    let claims = AtomicUsize::new(0);
    // Set when the output is gone (a closed pipe, a full disk): the reader stops.
    let stop = AtomicBool::new(false);
    // A reader thread fills a batch while the main thread's workers analyse the
    // one before (the channel holds none: a batch is handed over when taken), so
    // reading overlaps analysis and memory stays bounded by two batches. Each
    // worker analyses a document, renders its output and drops the analysis
    // (freed by the thread that made it); the main thread writes the bytes in
    // input order, so the output is the same for any number of threads.
    let (batches, received) = mpsc::sync_channel::<Vec<Document>>(0);
    let (mut tally, written) = std::thread::scope(|scope| {
        let reader = scope.spawn(|| {
            let mut tally = Tally::default();
            let mut batch: Vec<Document> = Vec::new();
            let mut batch_bytes = 0usize;
            for source in &sources {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let source = match source {
                    Ok(s) => s,
                    Err(e) => {
                        tally.report(e);
                        continue;
                    }
                };
                input::read_source(source, read_options, &mut |item: Item| match item {
                    // Nothing more is queued once the output is gone.
                    Ok(_) if stop.load(Ordering::Relaxed) => {}
                    Ok(doc) => {
                        tally.read += 1;
                        if doc.text.trim().is_empty() {
                            eprintln!("claimsheet: {}: empty input, no claims", doc.id);
                        }
                        batch_bytes += doc.text.len();
                        batch.push(doc);
                        if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                            if batches.send(std::mem::take(&mut batch)).is_err() {
                                stop.store(true, Ordering::Relaxed);
                            }
                            batch_bytes = 0;
                        }
                    }
                    Err(e) => tally.report(&e),
                });
                if let Some(bar) = &bar {
                    bar.inc(1);
                    bar.set_message(format!(
                        "{} documents, {} claims",
                        tally.read,
                        claims.load(Ordering::Relaxed)
                    ));
                }
            }
            if !batch.is_empty() {
                // A send fails only when the writer has already stopped.
                let _ = batches.send(batch);
            }
            drop(batches);
            tally
        });
        let render = sink.render();
        let mut written: io::Result<()> = Ok(());
        for batch in received.iter() {
            let rendered = pipeline.analyze_batch_with(&batch, |doc, analysis| {
                (analysis.claims.len(), render.render(doc, &analysis))
            });
            drop(batch);
            written = rendered.into_iter().try_for_each(|(n, bytes)| {
                claims.fetch_add(n, Ordering::Relaxed);
                sink.write(&bytes?)
            });
            if written.is_err() {
                stop.store(true, Ordering::Relaxed);
                break;
            }
        }
        // Unblocks a reader waiting to hand over a batch.
        drop(received);
        // The reader does not panic; if it ever did, the panic goes on here.
        let tally = reader.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
        (tally, written)
    });
    tally.claims = claims.load(Ordering::Relaxed);
    written.context("writing the output")?;
    let output = sink.finish().context("writing the output")?;
    output.commit()?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }

    Ok(tally.finish("documents"))
}

/// `render`: claim JSON Lines in, the sheet out, through the same writer as `extract`.
fn render(args: RenderArgs) -> Result<ExitCode> {
    let output = Output::open(args.output.as_deref())?;
    let mut sheet = sheet_writer(output, &args.sheet).context("writing the header")?;
    let mut tally = Tally::default();
    let options =
        ReadOptions { format: args::InputFormat::Text, lossy: false, max_bytes: args::DEFAULT_MAX_BYTES };
    for source in input::expand(&args.inputs) {
        let source = match source {
            Ok(s) => s,
            Err(e) => {
                tally.report(&e);
                continue;
            }
        };
        let mut result = Ok(());
        input::read_claim_rows(&source, options, &mut |item| match item {
            Ok(row) if result.is_ok() => {
                tally.claims += 1;
                result = sheet.write_row(&row);
            }
            Ok(_) => {}
            Err(e) => tally.report(&e),
        });
        result.context("writing the output")?;
        tally.read += 1;
    }
    sheet.finish().context("writing the output")?.commit()?;
    Ok(tally.finish("inputs"))
}
