//! Standard output, or a file written through a temporary file renamed on success.

use anyhow::{Context, Result};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Where output bytes go.
pub enum Output {
    /// Buffered standard output.
    Stdout(BufWriter<io::Stdout>),
    /// A device, pipe or symlink named with `-o`, written in place.
    Direct(BufWriter<File>),
    /// A temporary file beside the target, renamed onto it by [`Output::commit`].
    File {
        /// The temporary file.
        file: BufWriter<File>,
        /// Its path and the target's; removes the temporary file unless committed.
        paths: TempPaths,
    },
}

impl Output {
    /// Opens standard output, or a temporary file beside `path`.
    pub fn open(path: Option<&Path>) -> Result<Output> {
        let Some(target) = path else {
            return Ok(Output::Stdout(BufWriter::with_capacity(1 << 16, io::stdout())));
        };
        // Only a regular file (or a new one) is replaced through a temporary file: renaming
        // onto /dev/null, a FIFO or a symlink would replace the device, pipe or link itself.
        let special = std::fs::symlink_metadata(target).is_ok_and(|m| !m.file_type().is_file());
        if special {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(target)
                .with_context(|| format!("{}: cannot open the output", target.display()))?;
            return Ok(Output::Direct(BufWriter::with_capacity(1 << 16, file)));
        }
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let temp = target.with_file_name(format!(".{name}.claimsheet-{}.tmp", std::process::id()));
        let file =
            File::create(&temp).with_context(|| format!("{}: cannot create the output", target.display()))?;
        Ok(Output::File {
            file: BufWriter::with_capacity(1 << 16, file),
            paths: TempPaths { temp, target: target.to_path_buf(), committed: false },
        })
    }

    /// Flushes, and renames a temporary file onto its target.
    pub fn commit(self) -> Result<()> {
        match self {
            Output::Stdout(mut out) => out.flush().context("writing the output"),
            Output::Direct(mut out) => out.flush().context("writing the output"),
            Output::File { file, mut paths } => {
                let file = file.into_inner().map_err(|e| e.into_error()).context("writing the output")?;
                file.sync_all().ok();
                drop(file);
                std::fs::rename(&paths.temp, &paths.target)
                    .with_context(|| format!("{}: cannot write the output", paths.target.display()))?;
                paths.committed = true;
                Ok(())
            }
        }
    }
}

/// The temporary file's path and the target's.
pub struct TempPaths {
    temp: PathBuf,
    target: PathBuf,
    committed: bool,
}

impl Drop for TempPaths {
    fn drop(&mut self) {
        // Not committed (an error ended the run): leave no temporary file behind.
        if !self.committed {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(o) => o.write(buf),
            Output::Direct(o) => o.write(buf),
            Output::File { file, .. } => file.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(o) => o.flush(),
            Output::Direct(o) => o.flush(),
            Output::File { file, .. } => file.flush(),
        }
    }
}
