//! `claimsheet`: turns news articles into a fact-checker's claim sheet.
//!
//! See README.md for the quick start and SPEC.md in the shared folder for the contract.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
