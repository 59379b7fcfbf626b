//! A small word tokenizer over a span of the original text.
//!
//! Words keep their internal hyphens, apostrophes and abbreviation dots
//! ("al-Assad", "Kyiv’s", "U.S."); a trailing possessive `'s` is marked,
//! not split. Every other non-space char is a one-char punctuation token.

use crate::lexicon::Lexicon;
use claimsheet_core::{alnum_prefix, alnum_run, lower_is_itself, OwnedLowers, Span};

/// One token. Plain data (no heap string), so a token vector drops in one free.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    /// The whole token.
    pub span: Span,
    /// The base ([`Tok::base`]), lower case.
    pub lower: Lower<'a>,
    /// The word lists holding `lower` ([`crate::lexicon::flag`]), looked up
    /// by the tokenizer; the resolver adds [`crate::lexicon::flag::MARKED`].
    pub flags: u32,
    /// Bytes of the possessive `'s` at the end of `span` (0 without one).
    cut: u8,
    /// Letters or digits (a word), not punctuation.
    pub word: bool,
    /// First char is upper case.
    pub cap: bool,
    /// Ends in a possessive `'s` / `’s`.
    pub possessive: bool,
}

impl Tok<'_> {
    /// In any of the word lists of `bits` ([`crate::lexicon::flag`]).
    #[inline]
    pub fn has(&self, bits: u32) -> bool {
        self.flags & bits != 0
    }

    /// The token without a possessive `'s`.
    #[inline]
    pub fn base(&self) -> Span {
        Span::new(self.span.start, self.span.end - usize::from(self.cut))
    }

    /// The token's first char, for punctuation tests.
    pub fn ch(&self, text: &str) -> char {
        text.get(self.span.start..).and_then(|s| s.chars().next()).unwrap_or(' ')
    }
}

/// A token's lower-case form: a slice of the ASCII-lowered copy of the text
/// (same byte offsets), of the text itself (punctuation), or, for the rare
/// word with a non-ASCII letter whose lower case differs ("Éric"), of the
/// [`OwnedLowers`] arena. A heap string per token was once the resolver's
/// largest cost.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Lower<'a>(&'a str);

impl Lower<'_> {
    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        self.0
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

/// Tokenizes `text[span]` with flags from `lex`. Spans outside the text or off
/// char boundaries give no tokens. The lower-cased copy and the arena live for
/// the rest of the test run (tests only).
#[cfg(test)]
pub(crate) fn tokenize_with<'a>(text: &'a str, lex: &Lexicon, span: Span) -> Vec<Tok<'a>> {
    let lowered: &'a str = Box::leak(ascii_lowered(text).into_boxed_str());
    let mut out = Vec::new();
    let mut owned = OwnedLowers::default();
    tokenize_into(text, lowered, lex, span, &mut out, &mut owned);
    let arena: &'a mut String = Box::leak(Box::default());
    attach_lowers(&owned, &mut out, arena);
    out
}

/// [`tokenize_with`] the bundled word lists.
#[cfg(test)]
pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Tok<'_>> {
    static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    let lex = LEX.get_or_init(|| Lexicon::load().expect("bundled word lists load"));
    tokenize_with(text, lex, span)
}

/// `text` with ASCII letters lower-cased: the same length and char boundaries, so a
/// word's lower-case form is nearly always a slice of it, not a new string.
pub(crate) fn ascii_lowered(text: &str) -> String {
    text.to_ascii_lowercase()
}

/// Points the tokens with an owned lower-case form ([`OwnedLowers`]) at its
/// copy in `arena`. Until then their lower-case form is empty.
pub(crate) fn attach_lowers<'a>(owned: &OwnedLowers, toks: &mut [Tok<'a>], arena: &'a mut String) {
    owned.attach(arena, |i, l| {
        if let Some(t) = toks.get_mut(i) {
            t.lower = Lower(l);
        }
    });
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

/// Appends the tokens of `text[span]` to `out` (spans relative to the whole
/// text). Words keep their internal joiners; a trailing possessive `'s` is
/// marked, not split. `lowered` is [`ascii_lowered`] of `text`: a word's
/// lower-case form is a slice of it, and the word is looked up in `lex` once,
/// here, its key read straight from `lowered`. A lower-case form that is no
/// slice of `lowered` goes to `owned`, for [`OwnedLowers::attach`].
///
/// Works on bytes: ASCII is classified by table (letters eight at a time)
/// without decoding. The loop here only takes the common tokens (spaces,
/// ASCII punctuation, ASCII words that no joiner or non-ASCII char
/// follows); every other token goes to [`general_token`], so that this
/// loop stays small enough to keep its state in registers.
pub(crate) fn tokenize_into<'a>(
    text: &'a str,
    lowered: &'a str,
    lex: &Lexicon,
    span: Span,
    out: &mut Vec<Tok<'a>>,
    owned: &mut OwnedLowers,
) {
    let Some(slice) = text.get(span.start..span.end) else {
        return;
    };
    let bytes = slice.as_bytes();
    // The lowered copy is only used when it has the text's byte offsets.
    let same_length = lowered.len() == text.len();
    let lowered_slice = lowered.get(span.start..span.end).filter(|_| same_length);
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        let cls = class_of(b);
        if cls & class::SPACE != 0 {
            pos += 1;
            continue;
        }
        let start = span.start + pos;
        if b < 0x80 && cls & class::ALNUM == 0 {
            out.push(Tok {
                span: Span::new(start, start + 1),
                lower: Lower(slice.get(pos..pos + 1).unwrap_or_default()),
                flags: 0,
                cut: 0,
                word: false,
                cap: false,
                possessive: false,
            });
            // A comma or full stop is mostly followed by a space: step over it too.
            pos = if bytes.get(pos + 1) == Some(&b' ') { pos + 2 } else { pos + 1 };
            continue;
        }
        if cls & class::ALNUM != 0 {
            // A run of ASCII letters and digits that no non-ASCII char and no
            // joiner with a letter or digit after it continues ("said." ends
            // at the dot) is a whole word without a possessive: its lower
            // case is the lowered copy's, its flags one look-up.
            // A word of fewer than eight bytes (most) is found by one
            // eight-byte read, which also gives its word-table key: ASCII
            // letters and digits lower-case by setting bit 5 (digits have it).
            let chunk =
                bytes.get(pos..pos + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()).map(u64::from_le_bytes);
            let (end, short) = match chunk.map(|x| (x, alnum_prefix(x))) {
                Some((x, n)) if n < 8 => {
                    (pos + n, Some((x | 0x2020_2020_2020_2020) & ((1u64 << (8 * n)) - 1)))
                }
                _ => (pos + 1 + alnum_run(bytes, pos + 1), None),
            };
            let plain = match bytes.get(end) {
                None => true,
                Some(&nb) if nb >= 0x80 => false,
                Some(&b'-' | b'.' | b'&' | b'\'') => {
                    !matches!(bytes.get(end + 1), Some(&a) if a >= 0x80 || class_of(a) & class::ALNUM != 0)
                }
                Some(_) => true,
            };
            if let Some(lower) = lowered_slice.filter(|_| plain).and_then(|l| l.get(pos..end)) {
                out.push(Tok {
                    span: Span::new(start, span.start + end),
                    lower: Lower(lower),
                    flags: match short {
                        Some(lower) => lex.flags_short(lower, end - pos),
                        None => lex.flags_in(lowered, start, end - pos),
                    },
                    cut: 0,
                    word: true,
                    cap: cls & class::UPPER != 0,
                    possessive: false,
                });
                // Most words end at a space: step over it here rather than
                // in another turn of the loop.
                pos = if bytes.get(end) == Some(&b' ') { end + 1 } else { end };
                continue;
            }
        }
        pos = general_token(slice, lowered, same_length, lex, span.start, pos, out, owned);
    }
}

/// Appends the token starting at byte `pos` of `slice` (the text from byte
/// `base` on) to `out`, any token [`tokenize_into`] may meet; returns where
/// the next one may start. Non-ASCII chars are decoded and tested with the
/// Unicode tables. `same_length`: `lowered` has the text's byte offsets.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn general_token<'a>(
    slice: &'a str,
    lowered: &'a str,
    same_length: bool,
    lex: &Lexicon,
    base: usize,
    pos: usize,
    out: &mut Vec<Tok<'a>>,
    owned: &mut OwnedLowers,
) -> usize {
    let bytes = slice.as_bytes();
    let Some(&b) = bytes.get(pos) else { return bytes.len() };
    let cls = class_of(b);
    let (c, clen) = if b < 0x80 {
        if cls & class::SPACE != 0 {
            return pos + 1;
        }
        (char::from(b), 1)
    } else {
        match char_at(slice, pos) {
            Some((c, _)) if c.is_whitespace() => return pos + c.len_utf8(),
            Some(cl) => cl,
            None => return bytes.len(),
        }
    };
    let off = pos;
    let start = base + off;
    if cls & class::ALNUM == 0 && (b < 0x80 || !c.is_alphanumeric()) {
        out.push(Tok {
            span: Span::new(start, start + clen),
            lower: Lower(slice.get(off..off + clen).unwrap_or_default()),
            flags: 0,
            cut: 0,
            word: false,
            cap: false,
            possessive: false,
        });
        return pos + clen;
    }
    let mut ascii = clen == 1;
    let (mut hyphen, mut dot) = (false, false);
    let mut j = pos + clen;
    loop {
        // Runs of ASCII letters and digits, the common case.
        j += alnum_run(bytes, j);
        // An ASCII byte that cannot join ends the word without decoding.
        match bytes.get(j) {
            None => break,
            Some(&nb) if nb < 0x80 && !matches!(nb, b'-' | b'.' | b'&' | b'\'') => break,
            _ => {}
        }
        let Some((cj, jlen)) = char_at(slice, j) else { break };
        if cj.is_alphanumeric() {
            ascii = false;
            j += jlen;
        } else if is_joiner(cj) {
            match char_at(slice, j + jlen) {
                Some((n, nlen)) if n.is_alphanumeric() => {
                    hyphen |= cj == '-';
                    dot |= cj == '.';
                    ascii &= jlen == 1 && nlen == 1;
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
    // The word as text only for the rare tests that need it.
    let word = || slice.get(off..end_off).unwrap_or_default();
    let cut = possessive_cut(bytes.get(off..end_off).unwrap_or_default());
    let base_len = end_off - off - cut;
    // The lowered copy has the text's char boundaries, so for an ASCII word,
    // or one whose other chars are their own lower case, it holds the
    // lower-case form; only the rest lower-case into a new string.
    let lowered_slice = lowered.get(start..start + base_len).filter(|_| same_length);
    let (lower, flags) = match lowered_slice {
        Some(l) if ascii || lower_is_itself(word().get(..base_len).unwrap_or_default()) => {
            (l, lex.flags_in(lowered, start, base_len))
        }
        _ => {
            let l = word().get(..base_len).unwrap_or_default().to_lowercase();
            let flags = lex.flags(&l);
            owned.push(out.len(), l);
            ("", flags)
        }
    };
    out.push(Tok {
        span: Span::new(start, base + end_off),
        lower: Lower(lower),
        flags,
        cut: u8::try_from(cut).unwrap_or(0),
        word: true,
        cap: if b < 0x80 { cls & class::UPPER != 0 } else { c.is_uppercase() }
            || (hyphen && particle_prefixed(word())),
        possessive: cut > 0,
    });
    j
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

/// Bytes of the possessive `'s` / `’s` / `'S` / `’S` / `ʼs` ending `word`, with
/// some word before it; 0 when there is none.
fn possessive_cut(word: &[u8]) -> usize {
    let n = word.len();
    if n < 3 || !matches!(word[n - 1], b's' | b'S') {
        return 0;
    }
    match word[n - 2] {
        b'\'' => 2,
        // ’ is E2 80 99.
        0x99 if n >= 5 && word[n - 4..n - 1] == [0xe2, 0x80, 0x99] => 4,
        // ʼ is CA BC; only a lower-case "s" follows it.
        0xbc if n >= 4 && word[n - 3] == 0xca && word[n - 1] == b's' => 3,
        _ => 0,
    }
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

    /// The tokenizer as it was before it worked on bytes eight at a time,
    /// char by char: the reference the fast one must agree with. Gives
    /// (span, base, word, cap, possessive, lower case) per token.
    fn reference(text: &str) -> Vec<(Span, Span, bool, bool, bool, String)> {
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some((c, clen)) = char_at(text, pos) {
            if c.is_whitespace() {
                pos += clen;
                continue;
            }
            if !c.is_alphanumeric() {
                let s = Span::new(pos, pos + clen);
                out.push((s, s, false, false, false, text[pos..pos + clen].to_string()));
                pos += clen;
                continue;
            }
            let (mut hyphen, mut dot) = (false, false);
            let mut j = pos + clen;
            while let Some((cj, jlen)) = char_at(text, j) {
                if cj.is_alphanumeric() {
                    j += jlen;
                } else if is_joiner(cj) {
                    match char_at(text, j + jlen) {
                        Some((n, nlen)) if n.is_alphanumeric() => {
                            hyphen |= cj == '-';
                            dot |= cj == '.';
                            j += jlen + nlen;
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            if dot && text.as_bytes().get(j) == Some(&b'.') && is_initialism(&text[pos..j]) {
                j += 1;
            }
            let word = &text[pos..j];
            let mut base_len = word.len();
            for suffix in ["'s", "’s", "'S", "’S", "ʼs"] {
                if let Some(base) = word.strip_suffix(suffix).filter(|b| !b.is_empty()) {
                    base_len = base.len();
                    break;
                }
            }
            let possessive = base_len < word.len();
            let cap = c.is_uppercase() || (hyphen && particle_prefixed(word));
            let lower = word[..base_len].to_lowercase();
            out.push((Span::new(pos, j), Span::new(pos, pos + base_len), true, cap, possessive, lower));
            pos = j;
        }
        out
    }

    proptest::proptest! {
        /// The tokenizer agrees with the char-by-char reference: spans, bases,
        /// classes and lower-case forms (the base's `to_lowercase`).
        #[test]
        fn agrees_with_the_reference(text in "[ aZé.'’ʼsS\\-‐&É1İΣ,\n\u{a0}]{0,40}") {
            let got: Vec<_> = tokenize(&text, Span::new(0, text.len()))
                .iter()
                .map(|t| (t.span, t.base(), t.word, t.cap, t.possessive, t.lower.as_str().to_string()))
                .collect();
            proptest::prop_assert_eq!(got, reference(&text));
        }

        /// Long ASCII words (read eight bytes at a time) and their flags.
        #[test]
        fn long_ascii_words(text in "[ a-zA-Z0-9.'\\-]{0,60}") {
            let toks = tokenize(&text, Span::new(0, text.len()));
            let got: Vec<_> = toks
                .iter()
                .map(|t| (t.span, t.base(), t.word, t.cap, t.possessive, t.lower.as_str().to_string()))
                .collect();
            proptest::prop_assert_eq!(got, reference(&text));
            let lex = Lexicon::load().expect("lists load");
            for t in toks.iter().filter(|t| t.word) {
                proptest::prop_assert_eq!(t.flags, lex.word_flags.get(t.lower.as_str()).copied().unwrap_or(0));
            }
        }
    }

    #[test]
    fn listed_words_get_their_flags() {
        let lex = Lexicon::load().expect("lists load");
        let text = "The President said Moscow’s officials, according to spokespeople and U.S. organisations";
        for t in tokenize(text, Span::new(0, text.len())).iter().filter(|t| t.word) {
            assert_eq!(t.flags, lex.word_flags.get(t.lower.as_str()).copied().unwrap_or(0), "{:?}", t.lower);
        }
    }

    #[test]
    fn out_of_bounds_span_gives_nothing() {
        assert!(tokenize("abc", Span::new(2, 9)).is_empty());
        assert!(tokenize("é", Span::new(0, 1)).is_empty());
    }
}
