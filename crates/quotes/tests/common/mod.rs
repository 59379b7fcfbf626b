//! Shared rendering for the integration tests.
#![allow(dead_code)]

use claimsheet_core::{Quote, Span};

/// One quote as a human-readable line: kind, content, cue, mention, paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Kind name.
    pub kind: String,
    /// Parts joined by " … ".
    pub content: String,
    /// Cue text.
    pub cue: Option<String>,
    /// Speaker mention text.
    pub mention: Option<String>,
    /// Paragraph count.
    pub paragraphs: usize,
}

fn slice(text: &str, s: Span) -> String {
    text.get(s.start..s.end).unwrap_or("<bad span>").to_string()
}

/// Renders a quote against its text.
pub fn found(text: &str, q: &Quote) -> Found {
    Found {
        kind: q.kind.as_str().to_string(),
        content: q.parts.iter().map(|p| slice(text, *p)).collect::<Vec<_>>().join(" … "),
        cue: q.cue.map(|c| slice(text, c)),
        mention: q.speaker_mention.map(|m| slice(text, m)),
        paragraphs: q.paragraphs,
    }
}

impl std::fmt::Display for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:<8} {:?}", self.kind, self.content)?;
        if let Some(c) = &self.cue {
            write!(f, "  cue={c:?}")?;
        }
        if let Some(m) = &self.mention {
            write!(f, "  mention={m:?}")?;
        }
        if self.paragraphs != 1 {
            write!(f, "  paragraphs={}", self.paragraphs)?;
        }
        Ok(())
    }
}
