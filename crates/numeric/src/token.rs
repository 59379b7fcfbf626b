//! Splits a sentence into numerals, words and single symbols, one pass.
//!
//! Every token knows whether whitespace preceded it (`gap`), so "50p" (glued)
//! and "50 p" differ, and carries the lexicon id of its lower-cased text, so
//! the detector compares integers instead of strings.

use crate::hash::{FastMap, PackedMap};

/// Lower-cased words and symbols of the lexicon, by id. ASCII symbols are
/// looked up in a table; words of up to 16 bytes by their bytes packed into
/// one integer (no string compare), longer ones by their bytes. For keys
/// given as strings (non-ASCII words), a table of (first byte, length) pairs
/// present in the lexicon turns most unknown words away before hashing.
#[derive(Debug, Clone)]
pub(crate) struct Vocab {
    short: PackedMap,
    long: FastMap<Box<[u8]>, u32>,
    ascii: [u32; 128],
    /// Bit `len` of `lens[first byte]` is set when some key of that length
    /// starts with that byte (lengths 1..=31; longer keys always look up).
    lens: [u32; 256],
    max_len: usize,
}

impl Default for Vocab {
    fn default() -> Self {
        Vocab {
            short: PackedMap::default(),
            long: FastMap::default(),
            ascii: [UNKNOWN; 128],
            lens: [0; 256],
            max_len: 0,
        }
    }
}

/// Packs up to 16 bytes into an integer, little-endian, zero-padded (bytes
/// past the 16th are ignored). Built from fixed-size loads that may overlap
/// (the overlapping bytes are the same), not a variable-length copy: this
/// runs for most words of every sentence.
#[inline]
fn pack(key: &[u8]) -> u128 {
    fn load8(b: &[u8]) -> u64 {
        let mut w = [0u8; 8];
        w.copy_from_slice(b.get(..8).unwrap_or(&[0; 8]));
        u64::from_le_bytes(w)
    }
    fn load4(b: &[u8]) -> u64 {
        let mut w = [0u8; 4];
        w.copy_from_slice(b.get(..4).unwrap_or(&[0; 4]));
        u64::from(u32::from_le_bytes(w))
    }
    let key = key.get(..16).unwrap_or(key);
    let n = key.len();
    let byte = |i: usize| u64::from(key.get(i).copied().unwrap_or(0));
    let (lo, hi) = match n {
        0 => (0, 0),
        1..=3 => (byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1)), 0),
        4..=7 => (load4(key) | load4(key.get(n - 4..).unwrap_or(&[])) << (8 * (n - 4)), 0),
        8 => (load8(key), 0),
        _ => (load8(key), load8(key.get(n - 8..).unwrap_or(&[])) >> (8 * (16 - n))),
    };
    u128::from(lo) | u128::from(hi) << 64
}

/// The packed key of an ASCII word of 1 to 16 letters and apostrophes,
/// lower-cased: setting bit 5 of each byte lower-cases a letter and leaves an
/// apostrophe (0x27) as it is, so the whole word is lower-cased at once.
#[inline]
fn pack_lower(word: &[u8]) -> u128 {
    const CASE_BITS: u128 = u128::from_le_bytes([0x20; 16]);
    let len = word.len().clamp(1, 16);
    pack(word) | (CASE_BITS >> (8 * (16 - len)))
}

/// Eight copies of a byte.
const ONES: u64 = 0x0101_0101_0101_0101;
/// Bit 5 of every byte: the ASCII case bit.
const CASE8: u64 = 0x20 * ONES;
/// Bit 7 of every byte.
const TOP8: u64 = 0x80 * ONES;
/// Bits 0 to 6 of every byte.
const LOW8: u64 = 0x7F * ONES;

/// The eight bytes at `at`, little-endian, when eight remain.
#[inline]
fn load8_at(bytes: &[u8], at: usize) -> Option<u64> {
    bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()).map(|w| u64::from_le_bytes(*w))
}

/// How many of the eight bytes in `w` (first byte lowest) are ASCII letters
/// before the first one that is not: eight bytes are classified in a dozen
/// instructions instead of one loop turn each. Setting bit 5 folds upper case
/// onto lower case; with bit 7 cleared no sum carries into the next byte, so
/// adding 0x1F sets bit 7 exactly at bytes >= b'a' and adding 0x05 at bytes
/// > b'z'; bytes that had bit 7 set (UTF-8) are no letters.
#[inline]
fn leading_letters(w: u64) -> usize {
    let low = (w | CASE8) & LOW8;
    let letters = (low + 0x1F * ONES) & !(low + 0x05 * ONES) & !w & TOP8;
    (!letters & TOP8).trailing_zeros() as usize / 8
}

/// End (exclusive) of the run of ASCII letters from `at`.
#[inline]
fn letters_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(w) = load8_at(bytes, at) {
        let n = leading_letters(w);
        at += n;
        if n < 8 {
            return at;
        }
    }
    while bytes.get(at).is_some_and(|&c| is_letter(c)) {
        at += 1;
    }
    at
}

/// End (exclusive) of the ASCII word that starts with the letter at `start`:
/// letters, and apostrophes between letters ("Kyiv's", "o'clock").
#[inline]
fn word_end(bytes: &[u8], start: usize) -> usize {
    let mut j = start;
    loop {
        j = letters_end(bytes, j);
        if bytes.get(j) == Some(&b'\'') && bytes.get(j + 1).is_some_and(|&c| is_letter(c)) {
            j += 2;
        } else {
            return j;
        }
    }
}

/// The packed lower-case key of the ASCII word `bytes[start..end]` (1 to 16
/// letters and apostrophes): when eight bytes can be loaded at `start` and the
/// word fits in them (most words), straight from that load, else by
/// [`pack_lower`].
#[inline]
fn word_key(bytes: &[u8], start: usize, end: usize) -> u128 {
    let len = end - start;
    match load8_at(bytes, start) {
        Some(w) if len <= 8 => {
            let keep = u64::MAX >> (8 * (8 - len.max(1)));
            u128::from((w | CASE8) & keep)
        }
        _ => pack_lower(bytes.get(start..end).unwrap_or_default()),
    }
}

#[inline]
fn len_bit(len: usize) -> u32 {
    if len < 32 {
        1 << len
    } else {
        1
    }
}

impl Vocab {
    /// Adds a lower-cased key.
    pub(crate) fn insert(&mut self, key: &str, id: u32) {
        if let [b] = key.as_bytes() {
            if b.is_ascii() {
                self.ascii[usize::from(*b)] = id;
            }
        }
        self.max_len = self.max_len.max(key.len());
        let bytes = key.as_bytes();
        if let Some(&first) = bytes.first() {
            self.lens[usize::from(first)] |= len_bit(bytes.len());
        }
        if bytes.len() <= 16 {
            self.short.insert(pack(bytes), id);
        } else {
            self.long.insert(bytes.into(), id);
        }
    }

    /// The id of a lower-cased key.
    pub(crate) fn get(&self, key: &str) -> Option<u32> {
        self.get_bytes(key.as_bytes())
    }

    fn get_bytes(&self, key: &[u8]) -> Option<u32> {
        let first = *key.first()?;
        if key.len() > self.max_len || self.lens[usize::from(first)] & len_bit(key.len()) == 0 {
            return None;
        }
        if key.len() <= 16 {
            self.short.get(pack(key))
        } else {
            self.long.get(key).copied()
        }
    }

    /// The id of the ASCII word of 1 to 16 letters and apostrophes at
    /// `bytes[start..start + len]`, lower-cased on the fly. No `lens` filter
    /// first: most words of running text pass it, and a miss in the table
    /// costs about what the filter does.
    #[inline]
    fn get_ascii_short(&self, bytes: &[u8], start: usize, len: usize) -> u32 {
        if len > 16 {
            return UNKNOWN;
        }
        self.short.get(word_key(bytes, start, start + len)).unwrap_or(UNKNOWN)
    }
}

impl Vocab {
    /// Every key with its id (order unspecified).
    pub(crate) fn keys(&self) -> impl Iterator<Item = (Vec<u8>, u32)> + '_ {
        let short = self.short.iter().map(|(k, id)| {
            let mut b = k.to_le_bytes().to_vec();
            while b.last() == Some(&0) {
                b.pop();
            }
            (b, id)
        });
        short.chain(self.long.iter().map(|(k, &id)| (k.to_vec(), id)))
    }
}

/// The ASCII letter runs of the words that can begin a number ("one",
/// "first", "dozen", "hundreds", "June", ...; see `Lexicon::build`). A
/// sentence with no digit and none of these runs cannot hold a number, so the
/// detector skips it without tokenizing.
#[derive(Debug, Clone)]
pub(crate) struct Triggers {
    /// Each run, packed; the value says whether it counts in any case
    /// ([`ANY_CASE`]) or only capitalized.
    set: PackedMap,
    /// Bit `len` of `ends[end_index(first, last)]` is set when a run of that
    /// length has those first and last letters (in either case): a filter
    /// that turns away most words without hashing.
    ends: [u32; 1024],
    /// False when some trigger run is longer than 16 bytes: no skipping.
    usable: bool,
}

/// Value of a trigger run that counts in any case (else: only capitalized).
const ANY_CASE: u32 = 0;

impl Default for Triggers {
    fn default() -> Self {
        Triggers { set: PackedMap::default(), ends: [0; 1024], usable: true }
    }
}

/// Index of an ASCII letter run in `Triggers::ends` by its first and last
/// letters; the low five bits of a letter are the same in both cases.
#[inline]
fn end_index(first: u8, last: u8) -> usize {
    usize::from(first & 0x1f) << 5 | usize::from(last & 0x1f)
}

impl Triggers {
    /// Adds the letter runs of a lower-cased key; with `capitalized`, a run
    /// counts only when written with a capital first letter (month names:
    /// "May", not "may"). A run added both ways counts in any case.
    pub(crate) fn insert(&mut self, key: &[u8], capitalized: bool) {
        for piece in key.split(|b| !b.is_ascii_alphabetic()) {
            let (Some(&first), Some(&last)) = (piece.first(), piece.last()) else { continue };
            if piece.len() > 16 {
                self.usable = false;
                continue;
            }
            self.ends[end_index(first, last)] |= 1 << piece.len();
            let rule = u32::from(capitalized);
            let rule = self.set.get(pack(piece)).map_or(rule, |old| old.min(rule));
            self.set.insert(pack(piece), rule);
        }
    }

    /// True when the ASCII letter run `bytes[start..end]` is a trigger,
    /// ignoring case, or capitalized if its trigger must be.
    #[inline]
    fn hit(&self, bytes: &[u8], start: usize, end: usize) -> bool {
        let len = end.wrapping_sub(start);
        let (Some(&first), Some(&last)) = (bytes.get(start), bytes.get(end.wrapping_sub(1))) else {
            return false;
        };
        if len > 16 || self.ends[end_index(first, last)] & 1 << len == 0 {
            return false;
        }
        match self.set.get(word_key(bytes, start, end)) {
            Some(ANY_CASE) => true,
            Some(_) => first.is_ascii_uppercase(),
            None => false,
        }
    }

    /// False only when `text` has no ASCII digit, no trigger letter run and
    /// no non-ASCII letter that lower-cases to ASCII (the tokenizer's
    /// Unicode lower-casing could make one).
    pub(crate) fn may_match(&self, text: &str) -> bool {
        if !self.usable {
            return true;
        }
        let bytes = text.as_bytes();
        // Most sentences that can hold a number hold a digit: look for one first,
        // sixteen bytes at a time with no early exit inside a block (the compiler
        // turns that into vector compares), before any word is looked up.
        let mut blocks = bytes.chunks_exact(16);
        for block in &mut blocks {
            if block.iter().fold(false, |any, &b| any | b.is_ascii_digit()) {
                return true;
            }
        }
        if blocks.remainder().iter().any(u8::is_ascii_digit) {
            return true;
        }
        // No digit: look up each ASCII letter run. Digits need no test here.
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if is_letter(b) {
                let start = i;
                i = letters_end(bytes, i + 1);
                if self.hit(bytes, start, i) {
                    return true;
                }
                // Most runs end at a space: step over it now.
                i += usize::from(bytes.get(i) == Some(&b' '));
            } else if b >= 0x80 {
                let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { return true };
                if lowers_to_ascii(c) {
                    return true;
                }
                i += c.len_utf8();
            } else {
                i += 1;
            }
        }
        false
    }
}

/// True for a letter that lower-cases to ASCII ("K" Kelvin sign -> "k").
/// Curly quotes and dashes (General Punctuation, U+2000 to U+206F, where
/// no character is a letter) are most non-ASCII characters of news text and
/// are turned away before the Unicode table lookups.
fn lowers_to_ascii(c: char) -> bool {
    !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphabetic() && c.to_lowercase().any(|l| l.is_ascii())
}

/// Byte class: an ASCII digit.
const DIGIT: u8 = 1;
/// Byte class: an ASCII letter.
const LETTER: u8 = 2;
/// Byte class: ASCII whitespace (`u8::is_ascii_whitespace`), which only
/// separates tokens.
const SPACE: u8 = 3;
/// Byte class: any other ASCII byte, a one-byte symbol token.
const SYM: u8 = 4;
/// Byte class: a byte of a multi-byte UTF-8 character.
const HIGH: u8 = 0;

/// The class of every byte: the tokenizer and the sentence filter look at
/// every byte of a sentence, and one table load is cheaper than the range
/// compares of `is_ascii_digit`, `is_ascii_alphabetic` and friends in turn.
static CLASS: [u8; 256] = {
    let mut t = [HIGH; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_whitespace() {
            SPACE
        } else {
            SYM
        };
        b += 1;
    }
    t
};

#[inline]
fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

#[inline]
fn is_letter(b: u8) -> bool {
    class(b) == LETTER
}

/// Id of a token whose text is not in the lexicon.
pub(crate) const UNKNOWN: u32 = u32::MAX;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// ASCII digits with optional grouping and decimals.
    Num,
    /// Letters, with inner apostrophes ("Kyiv's", "o'clock").
    Word,
    /// Any other single non-space character.
    Sym,
}

/// Numeral flag: grouping separators inside ("12,000").
pub(crate) const GROUPED: u8 = 1;
/// Numeral flag: a decimal point ("1.5").
pub(crate) const DECIMAL: u8 = 2;
/// Numeral flag: more than one point ("2.3.1"), a version or a date.
pub(crate) const MULTIDOT: u8 = 4;
/// Numeral flag: a leading zero on a multi-digit integer part ("0800").
pub(crate) const LEADING_ZERO: u8 = 8;

/// One token, with byte offsets relative to the tokenized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Whitespace between the previous token and this one (or start of text).
    pub gap: bool,
    /// Lexicon id of the lower-cased text, or [`UNKNOWN`].
    pub id: u32,
    /// Numeral flags ([`GROUPED`], ...); 0 for other kinds.
    pub flags: u8,
    /// Digits before the decimal point (numerals only).
    pub int_digits: u8,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Width in bytes of a digit-group separator starting at `i`, if any.
fn group_sep(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i..) {
        Some([b',', ..]) | Some([b' ', ..]) => 1,
        Some([0xC2, 0xA0, ..]) => 2,
        // U+2009 thin space, U+202F narrow no-break space, U+2008 punctuation space.
        Some([0xE2, 0x80, 0x89, ..]) | Some([0xE2, 0x80, 0xAF, ..]) | Some([0xE2, 0x80, 0x88, ..]) => 3,
        _ => 0,
    }
}

fn digit_run(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// Tokenizes `text` into `out` (cleared first). `buf` is scratch space.
pub(crate) fn tokenize(text: &str, vocab: &Vocab, out: &mut Vec<Tok>, buf: &mut String) {
    out.clear();
    let bytes = text.as_bytes();
    // Room for a token every four bytes, so the buffer (reused across a
    // document's sentences) seldom grows token by token. A fresh allocation
    // rather than `reserve`: growing would copy the old (cleared) buffer.
    let room = bytes.len() / 4;
    if out.capacity() < room {
        *out = Vec::with_capacity(room.max(2 * out.capacity()));
    }
    let mut i = 0;
    let mut gap = true;
    while let Some(&b) = bytes.get(i) {
        let class = class(b);
        if class == SPACE {
            gap = true;
            i += 1;
            continue;
        }
        if class == LETTER {
            // ASCII word fast path; falls back to the general path on non-ASCII.
            let start = i;
            let j = word_end(bytes, i);
            if bytes.get(j).map_or(true, |c| c.is_ascii()) {
                let len = j - start;
                let id = if len <= 16 {
                    vocab.get_ascii_short(bytes, start, len)
                } else if len <= 24 {
                    let mut low = [0u8; 24];
                    for (d, s) in low.iter_mut().zip(bytes.get(start..j).unwrap_or_default()) {
                        *d = s.to_ascii_lowercase();
                    }
                    vocab.get_bytes(low.get(..len).unwrap_or_default()).unwrap_or(UNKNOWN)
                } else {
                    UNKNOWN
                };
                out.push(Tok { start, end: j, kind: TokKind::Word, gap, id, flags: 0, int_digits: 0 });
                // Most words are followed by one space: take it now rather
                // than in another turn of the loop.
                gap = bytes.get(j) == Some(&b' ');
                i = j + usize::from(gap);
                continue;
            }
        }
        if class == DIGIT {
            let start = i;
            let mut j = digit_run(bytes, i);
            let first_len = j - i;
            let mut flags = 0u8;
            if b == b'0' && first_len >= 2 {
                flags |= LEADING_ZERO;
            }
            let mut int_digits = first_len;
            if first_len <= 3 {
                // Thousands groups: a separator, exactly three digits, then no digit.
                let mut sep_kind: Option<u8> = None;
                loop {
                    let w = group_sep(bytes, j);
                    if w == 0 || sep_kind.is_some_and(|k| k != bytes[j]) {
                        break;
                    }
                    let end = digit_run(bytes, j + w);
                    if end - (j + w) != 3 {
                        break;
                    }
                    sep_kind = Some(bytes[j]);
                    flags |= GROUPED;
                    int_digits += 3;
                    j = end;
                }
            }
            if bytes.get(j) == Some(&b'.') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit) {
                flags |= DECIMAL;
                j = digit_run(bytes, j + 1);
                while bytes.get(j) == Some(&b'.') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit) {
                    flags |= MULTIDOT;
                    j = digit_run(bytes, j + 1);
                }
            }
            out.push(Tok {
                start,
                end: j,
                kind: TokKind::Num,
                gap,
                id: UNKNOWN,
                flags,
                int_digits: u8::try_from(int_digits).unwrap_or(u8::MAX),
            });
            gap = false;
            i = j;
            continue;
        }
        if class == SYM {
            let id = vocab.ascii[usize::from(b)];
            out.push(Tok { start: i, end: i + 1, kind: TokKind::Sym, gap, id, flags: 0, int_digits: 0 });
            // "word, word": take the space after a symbol now, as after a word.
            gap = bytes.get(i + 1) == Some(&b' ');
            i += 1 + usize::from(gap);
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        if c.is_whitespace() {
            gap = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind = if c.is_alphabetic() {
            let mut j = i + c.len_utf8();
            while let Some(d) = text[j..].chars().next() {
                let inner_apostrophe = is_apostrophe(d)
                    && text[j + d.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
                if !(d.is_alphabetic() || inner_apostrophe) {
                    break;
                }
                j += d.len_utf8();
            }
            i = j;
            TokKind::Word
        } else {
            i += c.len_utf8();
            TokKind::Sym
        };
        buf.clear();
        for ch in text[start..i].chars() {
            if is_apostrophe(ch) {
                buf.push('\'');
            } else {
                buf.extend(ch.to_lowercase());
            }
        }
        let id = vocab.get(buf.as_str()).unwrap_or(UNKNOWN);
        out.push(Tok { start, end: i, kind, gap, id, flags: 0, int_digits: 0 });
        gap = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(String, TokKind, bool, u8)> {
        let vocab = Vocab::default();
        let mut out = Vec::new();
        tokenize(text, &vocab, &mut out, &mut String::new());
        out.iter().map(|t| (text[t.start..t.end].to_string(), t.kind, t.gap, t.flags)).collect()
    }

    #[test]
    fn packing_equals_a_zero_padded_copy() {
        let text = b"abcdefghijklmnopqrstuvwxyz";
        for n in 0..=16 {
            let mut w = [0u8; 16];
            w[..n].copy_from_slice(&text[..n]);
            assert_eq!(pack(&text[..n]), u128::from_le_bytes(w), "{n}");
            let mut w = [0u8; 16];
            w[..n].copy_from_slice(&text[3..3 + n]);
            assert_eq!(pack(&text[3..3 + n]), u128::from_le_bytes(w), "{n}");
        }
        assert_eq!(pack_lower(b"Kyiv's"), pack(b"kyiv's"));
        let text = b"Kyiv's MILLION o'clock abc";
        for (start, end) in [(0, 6), (7, 14), (15, 22), (23, 26), (0, 1), (15, 16)] {
            let want = pack_lower(&text[start..end]);
            assert_eq!(word_key(text, start, end), want, "{start}..{end}");
        }
    }

    #[test]
    fn letter_runs_equal_a_byte_loop() {
        let text = "ab'cdEFGHijklm n@[`{Z\u{e9}zz1aZ'x'".as_bytes();
        for start in 0..text.len() {
            let mut want = 0;
            while text.get(start + want).is_some_and(u8::is_ascii_alphabetic) {
                want += 1;
            }
            if let Some(w) = load8_at(text, start) {
                assert_eq!(leading_letters(w), want.min(8), "at {start}");
            }
            if want > 0 {
                // The word: letters, and apostrophes between letters.
                let mut end = start + want;
                while text.get(end) == Some(&b'\'') && text.get(end + 1).is_some_and(u8::is_ascii_alphabetic)
                {
                    end += 2;
                    while text.get(end).is_some_and(u8::is_ascii_alphabetic) {
                        end += 1;
                    }
                }
                assert_eq!(word_end(text, start), end, "at {start}");
            }
        }
        for b in 0..=255u8 {
            let w = u64::from(b) | (u64::from(b'a') << 8);
            assert_eq!(leading_letters(w), if b.is_ascii_alphabetic() { 2 } else { 0 }, "byte {b}");
        }
        assert_eq!(pack_lower(b"MILLION"), pack(b"million"));
    }

    /// The sentence filter says what splitting into ASCII letter runs and
    /// looking each up says.
    #[test]
    fn trigger_filter_equals_run_lookup() {
        let mut t = Triggers::default();
        let keys: &[(&str, bool)] = &[
            ("one", false),
            ("once", false),
            ("o", false),
            ("may", true),
            ("march", true),
            ("o'clock", false),
        ];
        for (key, cap) in keys {
            t.insert(key.as_bytes(), *cap);
        }
        t.insert(b"march", false);
        let reference = |text: &str| {
            if text.bytes().any(|b| b.is_ascii_digit()) {
                return true;
            }
            let runs = text.split(|c: char| !c.is_ascii_alphabetic()).filter(|r| !r.is_empty());
            let hit = runs.into_iter().any(|r| {
                let low = r.to_ascii_lowercase();
                let any = ["one", "once", "o", "clock", "march"].contains(&low.as_str());
                any || (low == "may" && r.starts_with(|c: char| c.is_ascii_uppercase()))
            });
            hit || text
                .chars()
                .any(|c| !c.is_ascii() && c.is_alphabetic() && c.to_lowercase().any(|l| l.is_ascii()))
        };
        for text in [
            "",
            "one",
            "One",
            "ONE",
            "oneself",
            "someone",
            "on",
            "o",
            "no o",
            "may",
            "May",
            "MAY",
            "dismay",
            "in may.",
            "in May.",
            "march",
            "Marches",
            "clock",
            "o'clock",
            "one’s",
            "é one",
            "éone",
            "oneé",
            "caf\u{e9} au lait",
            "\u{212a}",
            "x\u{130}",
            "once upon",
            "two",
            "a b c",
            "x 9",
            "Mayo",
            "–May–",
        ] {
            assert_eq!(t.may_match(text), reference(text), "{text:?}");
        }
    }

    #[test]
    fn general_punctuation_holds_no_letters() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn numerals_with_grouping_and_decimals() {
        let cases: &[(&str, &[&str])] = &[
            ("over 12,000 fallen", &["over", "12,000", "fallen"]),
            ("12\u{a0}000 people", &["12\u{a0}000", "people"]),
            ("12\u{2009}000", &["12\u{2009}000"]),
            ("in 2019, 150 people", &["in", "2019", ",", "150", "people"]),
            ("0800 123 4567", &["0800", "123", "4567"]),
            ("$1.5bn", &["$", "1.5", "bn"]),
            ("version 2.3.1.", &["version", "2.3.1", "."]),
            ("Kyiv’s 117", &["Kyiv’s", "117"]),
            ("in 2022.", &["in", "2022", "."]),
            ("1,234,567.89", &["1,234,567.89"]),
            ("10 000 troops", &["10 000", "troops"]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = toks(text).into_iter().map(|t| t.0).collect();
            assert_eq!(&got, want, "{text}");
        }
        let t = toks("50p and 0800");
        assert!(!t[1].2, "p is glued");
        assert_eq!(t[3].3 & LEADING_ZERO, LEADING_ZERO);
    }
}
