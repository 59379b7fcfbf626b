//! The crate's one error type.

use std::fmt;

/// Building an [`AttributionResolver`](crate::AttributionResolver) failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A word list could not be read: its name and what was wrong.
    WordList {
        /// The data file's name.
        list: &'static str,
        /// What was wrong with it.
        reason: String,
    },
    /// A matcher could not be built from the word lists.
    Matcher(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::WordList { list, reason } => write!(f, "attribution word list {list}: {reason}"),
            Error::Matcher(reason) => write!(f, "attribution matcher could not be built: {reason}"),
        }
    }
}

impl std::error::Error for Error {}
