//! `claimsheet`: turns news articles into a fact-checker's claim sheet.
//!
//! See README.md for the quick start and SPEC.md in the shared folder for the contract.

mod cli;

use std::process::ExitCode;

/// mimalloc: the stages allocate many short strings and vectors per article, and
/// the system allocator took about a tenth of the pipeline's instructions
/// (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}
