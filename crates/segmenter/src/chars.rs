//! Character classes shared by the line and sentence rules.

/// Closing quotation marks and brackets that may follow a sentence's final stop.
/// A function rather than a `&[char]` pattern: a `match` tests a char in a
/// few comparisons, where a slice pattern searches the slice for every char.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}')
}

/// Opening quotation marks and brackets that may precede a sentence's first word.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '„' | '‚' | '«' | '‹' | '(' | '[' | '{')
}

/// Quotation marks among the closers.
pub(crate) fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›')
}

/// Marks that can end a sentence.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '‽')
}

/// List bullets.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '‣' | '◦' | '▪' | '▫' | '●' | '■' | '□' | '➢' | '►')
}

/// Hyphens and dashes.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−')
}

/// What a token begins with, after any opening quotes or brackets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Start {
    /// No token: the end of the text run.
    End,
    /// A capital letter, or a letter of a script without case.
    Upper,
    /// A lower-case letter.
    Lower,
    /// A digit.
    Digit,
    /// A hyphen or dash: the sentence goes on ("game." - Matthew Ingram).
    Dash,
    /// A list bullet.
    Bullet,
    /// Anything else: a symbol, a lone quotation mark.
    Other,
}

impl Start {
    /// Classifies the first character of `token` after opening marks.
    pub(crate) fn of(token: &str) -> Start {
        // Fast path: an ASCII letter, digit or dash first (no opening mark to skip).
        match token.as_bytes().first() {
            Some(b'a'..=b'z') => return Start::Lower,
            Some(b'A'..=b'Z') => return Start::Upper,
            Some(b'0'..=b'9') => return Start::Digit,
            Some(b'-') => return Start::Dash,
            _ => {}
        }
        let Some(c) = token.trim_start_matches(is_opener).chars().next() else {
            return Start::Other;
        };
        if c.is_lowercase() {
            Start::Lower
        } else if c.is_uppercase() {
            Start::Upper
        } else if c.is_numeric() {
            Start::Digit
        } else if is_dash(c) {
            Start::Dash
        } else if is_bullet(c) {
            Start::Bullet
        } else if c.is_alphabetic() {
            Start::Upper
        } else {
            Start::Other
        }
    }

    /// True when a new sentence may begin here: a capital, a bullet, a symbol.
    pub(crate) fn may_open_sentence(self) -> bool {
        matches!(self, Start::Upper | Start::Bullet | Start::Other)
    }
}

/// The letters at the start of `token` after opening marks ("He's" -> "He"),
/// at most 32 bytes.
pub(crate) fn leading_word(token: &str) -> &str {
    let t = token.trim_start_matches(is_opener);
    let mut end = 0;
    for (i, c) in t.char_indices() {
        if !c.is_alphabetic() || i >= 32 {
            break;
        }
        end = i + c.len_utf8();
    }
    &t[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_are_classified_after_opening_marks() {
        let table = [
            ("He", Start::Upper),
            ("“We", Start::Upper),
            ("(he", Start::Lower),
            ("55.", Start::Digit),
            ("-", Start::Dash),
            ("—", Start::Dash),
            ("•", Start::Bullet),
            ("$5", Start::Other),
            ("\"", Start::Other),
            ("東京", Start::Upper),
        ];
        for (token, start) in table {
            assert_eq!(Start::of(token), start, "{token}");
        }
    }

    #[test]
    fn leading_word_stops_at_non_letters() {
        assert_eq!(leading_word("“He's"), "He");
        assert_eq!(leading_word("It,"), "It");
        assert_eq!(leading_word("5th"), "");
        assert_eq!(leading_word(&"a".repeat(100)).len(), 32);
    }
}
