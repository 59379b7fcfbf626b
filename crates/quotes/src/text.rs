//! Word and punctuation tokens of one paragraph, with the word tests the
//! other modules share.

use crate::lexicon::{Classes, Lexicon, WordInfo};
use crate::marks::MarkAt;
use claimsheet_core::{alnum_run, alnum_stops_and_lowered, lower_is_itself, OwnedLowers};
use std::borrow::Cow;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters and digits, with inner apostrophes, hyphens and dots ("Spider’s",
    /// "so-called", "U.S.", "12,000").
    Word,
    /// Any other visible character; quotation marks included.
    Punct(char),
}

/// One token: byte span in the document and, for words, the lower-case form.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// The lower-case form of a word (empty for punctuation). With
    /// `sliced`, the whole ASCII-lowered copy of the document, which has the
    /// same byte offsets: the form is its `start..end`, sliced when read
    /// ([`Tok::lower`]), so the tokenizer checks no char boundaries for the
    /// many words whose form is never read. Otherwise the form itself: ""
    /// or, for the rare word with a non-ASCII letter whose lower case
    /// differs ("Éric"), a slice of the [`OwnedLowers`] arena. Tokens need
    /// no drop.
    lower: &'a str,
    /// `lower` is the whole lowered document, to slice at `start..end`.
    sliced: bool,
    /// The word starts with an upper-case letter.
    cap: bool,
    /// The word lists the word is on (none for punctuation).
    pub word: WordInfo,
}

impl<'a> Tok<'a> {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub fn punct(&self) -> Option<char> {
        match self.kind {
            TokKind::Punct(c) => Some(c),
            TokKind::Word => None,
        }
    }
    /// The lower-case form of a word; empty for punctuation.
    #[inline]
    pub fn lower(&self) -> &'a str {
        if self.sliced {
            self.lower.get(self.start..self.end).unwrap_or("")
        } else {
            self.lower
        }
    }
    /// True when the token is the lower-case word `word`.
    pub fn is(&self, word: &str) -> bool {
        // A sliced form is as long as the token: most words fail on length,
        // before any slicing.
        self.kind == TokKind::Word
            && (!self.sliced || self.end.saturating_sub(self.start) == word.len())
            && self.lower() == word
    }
    /// A word starting with an upper-case letter (not '#', '@' or a digit).
    pub fn is_cap(&self) -> bool {
        self.cap
    }
    /// True when the word is on the word list `class`.
    pub fn has(&self, class: Classes) -> bool {
        self.word.classes.has(class)
    }
    /// True when the word can start a reporting cue.
    pub fn is_cue(&self) -> bool {
        self.has(Classes::CUE)
    }
}

/// The lower-case form of `word` ([`str::to_lowercase`]), borrowed when the
/// word has no upper-case ASCII letter and no other letter that changes.
pub(crate) fn to_lower(word: &str) -> Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() && !lower_is_itself(word) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Characters that join two word pieces into one word when between them.
fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '-' | '‑' | '.' | ',' | '&' | '/')
}

/// The char starting at byte `i` of `s`, if `i` is in bounds and on a char
/// boundary. ASCII, nearly all of the text, is read without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some(char::from(b));
    }
    s.get(i..)?.chars().next()
}

/// [`char::is_alphanumeric`], with the ASCII test first.
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Byte classes for the tokenizer's ASCII fast path (bits).
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const UPPER: u8 = 4;
/// A byte a word may go on through: a [`joins`] char, or the lead byte of a
/// non-ASCII char (a letter, or `’` or `‑`). A word followed by any other
/// byte ends there.
const MAY_JOIN: u8 = 8;

/// The classes of every byte: [`SPACE`] for ASCII whitespace as
/// [`char::is_whitespace`] has it (unlike [`u8::is_ascii_whitespace`], with
/// the vertical tab), [`ALNUM`] for ASCII letters and digits, [`UPPER`] also
/// for upper-case ones, [`MAY_JOIN`]. One table load per byte instead of a
/// chain of range tests.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if matches!(c, b'\t'..=b'\r' | b' ') {
            SPACE
        } else if c.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if !c.is_ascii() || matches!(c, b'\'' | b'-' | b'.' | b',' | b'&' | b'/') {
            MAY_JOIN
        } else {
            0
        };
        b += 1;
    }
    t
};

#[inline]
fn class(b: u8) -> u8 {
    BYTE_CLASS[usize::from(b)]
}

/// Splits `text[start..end]` into tokens (spans relative to the whole text);
/// `arena` keeps the lower-case forms that are not slices of `lowered`.
#[cfg(test)]
pub(crate) fn tokenize<'a>(
    text: &'a str,
    lowered: &'a str,
    arena: &'a mut String,
    lex: &Lexicon,
    start: usize,
    end: usize,
) -> Vec<Tok<'a>> {
    let mut toks = Vec::new();
    let mut owned = OwnedLowers::default();
    tokenize_into(&mut toks, &mut owned, &mut Vec::new(), text, lowered, lex, start, end);
    attach_lowers(&owned, &mut toks, arena);
    toks
}

/// Points the tokens with an owned lower-case form ([`OwnedLowers`]) at its
/// copy in `arena`. Until then their lower-case form is empty.
pub(crate) fn attach_lowers<'a>(owned: &OwnedLowers, toks: &mut [Tok<'a>], arena: &'a mut String) {
    owned.attach(arena, |i, l| {
        if let Some(t) = toks.get_mut(i) {
            t.lower = l;
            t.sliced = false;
        }
    });
}

/// Appends the tokens of `text[start..end]` to `toks` (spans relative to the
/// whole text). `lowered` is `text` with ASCII letters lower-cased (same
/// length, same char boundaries); word tokens borrow their lower-case form
/// from it, and look it up in `lex` once. A lower-case form that is no slice
/// of `lowered` goes to `owned`, for [`OwnedLowers::attach`]. Every
/// quotation mark of the range goes to `marks`, in order: the marks that
/// are punctuation tokens and the apostrophes inside words ("Kyiv’s").
///
/// Works on bytes: ASCII is classified by table without decoding, and only a
/// non-ASCII char is decoded (to test it with the Unicode tables). Most words
/// are a run of ASCII letters and digits ended by a space or by punctuation
/// that joins nothing; they take a fast path that scans the run once and
/// never decodes a char.
#[allow(clippy::too_many_arguments)]
pub(crate) fn tokenize_into<'a>(
    toks: &mut Vec<Tok<'a>>,
    owned: &mut OwnedLowers,
    marks: &mut Vec<MarkAt>,
    text: &'a str,
    lowered: &'a str,
    lex: &Lexicon,
    start: usize,
    end: usize,
) {
    // `region` is the text up to `end`, so offsets into it are offsets into
    // `text`, and no scan runs past the paragraph. Checking `start..end`
    // once puts both ends on char boundaries.
    if text.get(start..end).is_none() {
        return;
    }
    let Some(region) = text.get(..end) else { return };
    let bytes = region.as_bytes();
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        let cls = class(b);
        if cls & SPACE != 0 {
            i += 1;
            continue;
        }
        if cls & ALNUM != 0 {
            // An ASCII word start: the run of letters and digits from here is
            // the whole word unless a byte that may join follows it.
            let (run, key) = alnum_run_key(bytes, i);
            let run_end = i + run;
            let cap = cls & UPPER != 0;
            if may_go_on(bytes, run_end) {
                let (last, ascii) = word_end(region, marks, i, run_end, char::from(bytes[run_end - 1]), true);
                push_word(toks, owned, region, lowered, lex, i, last, ascii, cap);
                i = last;
            } else {
                // All ASCII: the lower-case form is a slice of `lowered`. Done
                // here rather than in `push_word`, whose call costs as much.
                let word = match key {
                    Some((lo, hi)) => lex.word_of_key(lo, hi, run),
                    None => lex.word_in(lowered, i, run_end),
                };
                toks.push(Tok {
                    start: i,
                    end: run_end,
                    kind: TokKind::Word,
                    lower: lowered,
                    sliced: true,
                    cap,
                    word,
                });
                i = run_end;
                // Most such words are followed by one space: skip it here
                // rather than with a trip round the loop.
                if bytes.get(i) == Some(&b' ') {
                    i += 1;
                }
            }
            continue;
        }
        if b.is_ascii() && b != b'#' && b != b'@' {
            // ASCII punctuation (the ASCII whitespace, letters and digits
            // are taken above; '#' and '@' may start a word): one token,
            // without decoding or the Unicode tests below.
            let c = char::from(b);
            if let Some(m) = MarkAt::of(i, c) {
                marks.push(m);
            }
            toks.push(Tok {
                start: i,
                end: i + 1,
                kind: TokKind::Punct(c),
                lower: "",
                sliced: false,
                cap: false,
                word: WordInfo::default(),
            });
            i += 1;
            continue;
        }
        // Not ASCII, or '#' or '@': decode the char.
        let Some(c) = char_at(region, i) else { break };
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        let next_alnum = || char_at(region, i + len).is_some_and(is_alnum);
        if !(is_alnum(c) || (matches!(c, '#' | '@') && next_alnum())) {
            if let Some(m) = MarkAt::of(i, c) {
                marks.push(m);
            }
            toks.push(Tok {
                start: i,
                end: i + len,
                kind: TokKind::Punct(c),
                lower: "",
                sliced: false,
                cap: false,
                word: WordInfo::default(),
            });
            i += len;
            continue;
        }
        let (last, ascii) = word_end(region, marks, i, i + len, c, c.is_ascii());
        // '#' and '@' are ASCII and not upper case.
        push_word(toks, owned, region, lowered, lex, i, last, ascii, c.is_uppercase());
        i = last;
    }
}

/// Whether a word that is a run of ASCII letters and digits ending at byte
/// `at` may go on past it ([`word_end`] decides). It may not when the byte
/// at `at` joins nothing, nor when it is an ASCII joining mark ("deal,",
/// "said.") that is not followed by a letter or digit: a mark joins only
/// two pieces, and a dotted abbreviation's final dot needs a dot in the
/// word already. A non-ASCII byte after the mark may start a letter, so it
/// is left to [`word_end`].
#[inline]
fn may_go_on(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        Some(&b) if class(b) & MAY_JOIN != 0 => {
            !b.is_ascii() || bytes.get(at + 1).is_some_and(|&n| !n.is_ascii() || class(n) & ALNUM != 0)
        }
        _ => false,
    }
}

/// Pushes the word `region[a..z]`, with its lower-case form and word lists.
/// `ascii`: the word is all ASCII, so its lower case is `lowered[a..z]`.
#[allow(clippy::too_many_arguments)]
fn push_word<'a>(
    toks: &mut Vec<Tok<'a>>,
    owned: &mut OwnedLowers,
    region: &str,
    lowered: &'a str,
    lex: &Lexicon,
    a: usize,
    z: usize,
    ascii: bool,
    cap: bool,
) {
    let (sliced, word) = match lowered.get(a..z) {
        Some(_) if ascii || lower_is_itself(region.get(a..z).unwrap_or("")) => {
            (true, lex.word_in(lowered, a, z))
        }
        _ => {
            let l = region.get(a..z).unwrap_or("").to_lowercase();
            let word = lex.word(&l);
            owned.push(toks.len(), l);
            (false, word)
        }
    };
    let lower = if sliced { lowered } else { "" };
    toks.push(Tok { start: a, end: z, kind: TokKind::Word, lower, sliced, cap, word });
}

/// The end of the word starting at byte `i` of `region`, and whether the
/// word is all ASCII. A word is letters and digits, joined by [`joins`]
/// characters between two pieces (a comma only between digits); a dotted
/// abbreviation keeps its final dot. The scan resumes at `last`, one past the
/// word so far, whose last char is `prev`; `ascii` says whether it is ASCII.
/// An apostrophe the word takes in is a quotation mark: it goes to `marks`.
#[inline]
fn word_end(
    region: &str,
    marks: &mut Vec<MarkAt>,
    i: usize,
    mut last: usize,
    mut prev: char,
    mut ascii: bool,
) -> (usize, bool) {
    let bytes = region.as_bytes();
    loop {
        // The common case: a run of ASCII letters and digits, then a byte
        // that ends the word (a space, most punctuation) or the end.
        let run_start = last;
        last += alnum_run(bytes, last);
        if !bytes.get(last).is_some_and(|&b| class(b) & MAY_JOIN != 0) {
            break;
        }
        if last > run_start {
            prev = char::from(bytes[last - 1]);
        }
        let Some(d) = char_at(region, last) else { break };
        let d_len = d.len_utf8();
        if !d.is_ascii() && d.is_alphanumeric() {
            ascii = false;
            last += d_len;
            prev = d;
            continue;
        }
        if joins(d) && is_alnum(prev) {
            let after = char_at(region, last + d_len);
            let ok = match d {
                ',' => prev.is_ascii_digit() && after.is_some_and(|a| a.is_ascii_digit()),
                _ => after.is_some_and(is_alnum),
            };
            if ok {
                if let Some(m) = MarkAt::of(last, d) {
                    marks.push(m);
                }
                ascii &= d.is_ascii();
                last += d_len;
                prev = d;
                continue;
            }
            // "U.S." keeps its final dot: a dotted abbreviation.
            if d == '.' && is_dotted(region.get(i..last).unwrap_or("")) {
                last += 1;
            }
        }
        break;
    }
    (last, ascii)
}

/// [`alnum_run`] at a word start, with the run's word-table key when the
/// eight-byte reads that find its end hold the whole run and more (a run
/// of up to fifteen bytes): the run's bytes lower-cased and zero-padded, as
/// two little-endian integers (for [`Lexicon::word_of_key`]), taken from
/// the same reads, so most words need neither a second read of the text
/// nor [`Lexicon::word_in`]'s length checks and masking.
#[inline]
fn alnum_run_key(bytes: &[u8], at: usize) -> (usize, Option<(u64, u64)>) {
    let chunk = |at: usize| bytes.get(at..at + 8).and_then(|c| <[u8; 8]>::try_from(c).ok());
    // `(1 << 8n) - 1` keeps the low `n` bytes, for `n < 8`.
    let keep = |folded: u64, stop: u64| {
        let n = (stop.trailing_zeros() / 8) as usize;
        (n, folded & ((1u64 << (8 * n)) - 1))
    };
    let Some(x) = chunk(at) else { return (alnum_run(bytes, at), None) };
    let (stop, lo) = alnum_stops_and_lowered(u64::from_le_bytes(x));
    if stop != 0 {
        let (n, lo) = keep(lo, stop);
        return (n, Some((lo, 0)));
    }
    let Some(x) = chunk(at + 8) else { return (8 + alnum_run(bytes, at + 8), None) };
    let (stop, hi) = alnum_stops_and_lowered(u64::from_le_bytes(x));
    if stop != 0 {
        let (n, hi) = keep(hi, stop);
        return (8 + n, Some((lo, hi)));
    }
    (16 + alnum_run(bytes, at + 16), None)
}

/// "U.S", "U.N", "e.g": single letters joined by dots.
fn is_dotted(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// Text of a token.
pub(crate) fn tok_text<'a>(text: &'a str, t: &Tok) -> &'a str {
    text.get(t.start..t.end).unwrap_or("")
}

/// Lower-case adverb by shape ("flatly", "repeatedly"); "Italy" is a name.
pub(crate) fn is_ly_adverb(t: &Tok) -> bool {
    t.is_word() && t.lower().len() > 4 && t.lower().ends_with("ly") && !t.is_cap()
}

/// A word ending in a possessive ("Kyiv’s", "officials'").
pub(crate) fn is_possessive(t: &Tok) -> bool {
    t.is_word() && (t.lower().ends_with("’s") || t.lower().ends_with("'s"))
}

/// Opening and closing quotation marks as characters.
pub(crate) fn is_quote_char(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'' | '«' | '»' | '‹' | '›' | '„' | '‚' | '「' | '」')
}

/// True when token `i` is a full stop, question or exclamation mark that ends
/// a sentence (not the dot of "Mr." or an initial).
pub(crate) fn is_sentence_end(toks: &[Tok], i: usize, text: &str) -> bool {
    match toks[i].punct() {
        Some('!' | '?' | '…') => true,
        Some('.') => {
            let Some(prev) = i.checked_sub(1).map(|p| &toks[p]) else { return true };
            if !prev.is_word() || prev.end != toks[i].start {
                return true;
            }
            let w = tok_text(text, prev);
            !(prev.has(Classes::ABBREVIATION) || (w.chars().count() == 1 && prev.is_cap()))
        }
        _ => false,
    }
}

/// Index of the first token starting at or after `byte`.
pub(crate) fn tok_at(toks: &[Tok], byte: usize) -> usize {
    toks.partition_point(|t| t.start < byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer before its ASCII fast path, kept as the reference the
    /// fast one must match token for token.
    fn reference_tokenize_into<'a>(
        toks: &mut Vec<Tok<'a>>,
        owned: &mut OwnedLowers,
        text: &'a str,
        lowered: &'a str,
        lex: &Lexicon,
        start: usize,
        end: usize,
    ) {
        let Some(region) = text.get(start..end) else { return };
        let bytes = region.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let cls = class(b);
            if cls & SPACE != 0 {
                i += 1;
                continue;
            }
            // The first char, decoded only when it is not ASCII.
            let (c, word_start) = if cls & ALNUM != 0 {
                (char::from(b), true)
            } else {
                let Some(c) = char_at(region, i) else { break };
                if c.is_whitespace() {
                    i += c.len_utf8();
                    continue;
                }
                let next_alnum = || char_at(region, i + c.len_utf8()).is_some_and(is_alnum);
                (c, is_alnum(c) || (matches!(c, '#' | '@') && next_alnum()))
            };
            if !word_start {
                let len = c.len_utf8();
                toks.push(Tok {
                    start: start + i,
                    end: start + i + len,
                    kind: TokKind::Punct(c),
                    lower: "",
                    sliced: false,
                    cap: false,
                    word: WordInfo::default(),
                });
                i += len;
                continue;
            }
            // Every word through the general scan, which the fast path must agree with.
            let (last, ascii) = word_end(region, &mut Vec::new(), i, i + c.len_utf8(), c, c.is_ascii());
            let (a, z) = (start + i, start + last);
            let (lower, sliced, word) = match lowered.get(a..z) {
                Some(_) if ascii || lower_is_itself(region.get(i..last).unwrap_or("")) => {
                    (lowered, true, lex.word_in(lowered, a, z))
                }
                _ => {
                    let l = region.get(i..last).unwrap_or("").to_lowercase();
                    let word = lex.word(&l);
                    owned.push(toks.len(), l);
                    ("", false, word)
                }
            };
            let cap = if c.is_ascii() { cls & UPPER != 0 } else { c.is_uppercase() };
            toks.push(Tok { start: a, end: z, kind: TokKind::Word, lower, sliced, cap, word });
            i = last;
        }
    }

    #[test]
    fn fast_path_matches_the_reference_tokenizer() {
        let lex = Lexicon::new(&crate::QuoteConfig::default()).expect("lists");
        let pieces = [
            "said",
            "Said",
            "U.S.",
            "u.s",
            "e.g.",
            "a.",
            "12,000",
            "1,",
            "a,1",
            "so-called",
            "x-",
            "Kyiv’s",
            "Jones’",
            "don't",
            "rock ’n’ roll",
            "#MeToo",
            "@POTUS",
            "#",
            "@ ",
            "Éric",
            "İstanbul",
            "ΣΑΣ",
            "ǅemal",
            "ß",
            "東京",
            "a‑b",
            "A&B",
            "and/or",
            "a/",
            "1.5",
            "“",
            "”",
            "\"",
            "'",
            "‘",
            "—",
            "…",
            " ",
            "\u{a0}",
            "\t",
            "\n",
            "\x0b",
            ".",
            ",",
            ";",
            "(",
            ")",
            "abcdefghijklmnopq",
            "ABCDEFGHIJ",
            "antidisestablishmentarianism",
            "a1b2c3d4e5f6",
            "é",
            "x",
            "9",
            "\u{2028}",
            "Mr.",
            "’90s",
            "«",
            "»",
            "‹",
            "›",
            "„",
            "‚",
            "「",
            "」",
            "o‘clock",
            "a'b",
        ];
        let searcher = crate::marks::mark_searcher();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for round in 0..4000 {
            let mut text = String::new();
            let n = 1 + round % 12;
            for _ in 0..n {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
                if state & 0x300 == 0 {
                    text.push(' ');
                }
            }
            let lowered = text.to_ascii_lowercase();
            // Every sub-range on char boundaries, as paragraphs give.
            let cuts: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for (k, &start) in cuts.iter().enumerate().step_by(3) {
                for &end in cuts[k..].iter().step_by(2) {
                    let (mut fast, mut slow) = (Vec::new(), Vec::new());
                    let (mut fast_owned, mut slow_owned) = (OwnedLowers::default(), OwnedLowers::default());
                    let mut marks = Vec::new();
                    tokenize_into(&mut fast, &mut fast_owned, &mut marks, &text, &lowered, &lex, start, end);
                    // The tokenizer's marks are the searcher's within the range.
                    let want: Vec<MarkAt> = crate::marks::find_marks(&searcher, &text)
                        .into_iter()
                        .filter(|m| m.start >= start && m.end <= end)
                        .collect();
                    assert_eq!(marks, want, "{text:?} {start}..{end}");
                    reference_tokenize_into(&mut slow, &mut slow_owned, &text, &lowered, &lex, start, end);
                    let (mut fast_arena, mut slow_arena) = (String::new(), String::new());
                    attach_lowers(&fast_owned, &mut fast, &mut fast_arena);
                    attach_lowers(&slow_owned, &mut slow, &mut slow_arena);
                    let view = |t: &Tok| (t.start, t.end, t.kind, t.lower().to_string(), t.cap, t.word);
                    let fast: Vec<_> = fast.iter().map(view).collect();
                    let slow: Vec<_> = slow.iter().map(view).collect();
                    assert_eq!(fast, slow, "{text:?} {start}..{end}");
                }
            }
        }
    }

    #[test]
    fn lower_forms_match_to_lowercase() {
        let text = "Said U.S. ZELENSKIY Éric İstanbul Kyiv’s Antidisestablishmentarianism-Style ǅemal ΣΑΣ ß";
        let lowered = text.to_ascii_lowercase();
        let lex = Lexicon::new(&crate::QuoteConfig::default()).expect("lists");
        let mut arena = String::new();
        let toks = tokenize(text, &lowered, &mut arena, &lex, 0, text.len());
        assert_eq!(toks.len(), 10);
        for t in &toks {
            let w = tok_text(text, t);
            assert_eq!(t.lower(), w.to_lowercase(), "{w}");
            assert_eq!(to_lower(w), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn alnum_run_keys_are_lowered_runs() {
        let text = "Said aBc 9Z DEF-G abcdefg ABCDEFGH Antidisestablishmentarianism x\u{e9}y \
                    Reconsideration Transformations1 q";
        let bytes = text.as_bytes();
        for at in 0..bytes.len() {
            let (n, key) = alnum_run_key(bytes, at);
            assert_eq!(n, alnum_run(bytes, at), "at {at}");
            if let Some((lo, hi)) = key {
                let want = text.get(at..at + n).map(str::to_ascii_lowercase).unwrap_or_default();
                let mut padded = [0u8; 16];
                padded[..n].copy_from_slice(want.as_bytes());
                let (want_lo, want_hi) = padded.split_at(8);
                assert_eq!(lo.to_le_bytes(), want_lo, "at {at}");
                assert_eq!(hi.to_le_bytes(), want_hi, "at {at}");
            }
        }
    }

    #[test]
    fn words_keep_inner_marks() {
        let text = "Kyiv’s so-called U.S. deal, 12,000 drones, #IStandWithAhmed; Jones’ dog";
        let lowered = text.to_ascii_lowercase();
        let lex = Lexicon::new(&crate::QuoteConfig::default()).expect("lists");
        let mut arena = String::new();
        let toks = tokenize(text, &lowered, &mut arena, &lex, 0, text.len());
        let words: Vec<&str> = toks.iter().map(|t| tok_text(text, t)).collect();
        assert_eq!(
            words,
            [
                "Kyiv’s",
                "so-called",
                "U.S.",
                "deal",
                ",",
                "12,000",
                "drones",
                ",",
                "#IStandWithAhmed",
                ";",
                "Jones",
                "’",
                "dog"
            ]
        );
    }
}
