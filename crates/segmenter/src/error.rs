use std::fmt;

/// Error building a [`Segmenter`](crate::Segmenter): a word list or pattern is malformed.
///
/// Only construction can fail; segmenting never does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A line of a word list could not be read.
    WordList {
        /// The list's name ("abbreviations.txt", or "config" for entries from the config).
        list: &'static str,
        /// 1-based line number in the list (entry number for config entries).
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// A boilerplate pattern is not a valid regular expression.
    Pattern {
        /// The pattern as written.
        pattern: String,
        /// The regex crate's explanation.
        message: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::WordList { list, line, message } => {
                write!(f, "{list}, line {line}: {message}")
            }
            Error::Pattern { pattern, message } => {
                write!(f, "invalid boilerplate pattern {pattern:?}: {message}")
            }
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_the_list_and_line() {
        let err = Error::WordList { list: "abbreviations.txt", line: 3, message: "bad".into() };
        assert_eq!(err.to_string(), "abbreviations.txt, line 3: bad");
        let err = Error::Pattern { pattern: "(".into(), message: "unclosed group".into() };
        assert_eq!(err.to_string(), "invalid boilerplate pattern \"(\": unclosed group");
    }
}
