use std::fmt;

/// A stage could not be built from its configuration.
#[derive(Debug)]
pub struct Error {
    stage: &'static str,
    message: String,
}

impl Error {
    pub(crate) fn stage(stage: &'static str, err: impl fmt::Display) -> Error {
        Error { stage, message: err.to_string() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "building the {}: {}", self.stage, self.message)
    }
}

impl std::error::Error for Error {}
