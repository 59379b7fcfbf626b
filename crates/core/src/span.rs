use serde::{Deserialize, Serialize};

/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Stages only ever create spans on char boundaries; [`Span::is_valid_in`]
/// checks that, and the property tests assert it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets, half-open).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies entirely inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when the span is in bounds of `text` and both ends fall on char boundaries.
    pub fn is_valid_in(&self, text: &str) -> bool {
        self.start <= self.end
            && self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
    }

    /// The span with leading and trailing whitespace of `text` removed.
    pub fn trim(&self, text: &str) -> Span {
        let s = &text[self.start..self.end];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_and_cover() {
        let text = "  ab c  ";
        assert_eq!(Span::new(0, text.len()).trim(text), Span::new(2, 6));
        assert_eq!(Span::new(0, 2).trim(text), Span::new(0, 0));
        assert_eq!(Span::new(1, 3).cover(Span::new(5, 6)), Span::new(1, 6));
    }

    #[test]
    fn validity_checks_char_boundaries() {
        let text = "é";
        assert!(Span::new(0, 2).is_valid_in(text));
        assert!(!Span::new(0, 1).is_valid_in(text));
        assert!(!Span::new(0, 3).is_valid_in(text));
    }
}
