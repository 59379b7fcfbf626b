use std::fmt;

/// Why a [`NumericDetector`](crate::NumericDetector) could not be built.
///
/// Only construction fails: a malformed line in one of the word lists under
/// `data/`. Running the detector never fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A data file line could not be read.
    Data {
        /// The data file name ("scale_words.txt").
        file: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

impl Error {
    pub(crate) fn data(file: &'static str, line: usize, message: String) -> Error {
        Error::Data { file, line, message }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Data { file, line, message } => {
                write!(f, "numeric data file {file}, line {line}: {message}")
            }
        }
    }
}

impl std::error::Error for Error {}
