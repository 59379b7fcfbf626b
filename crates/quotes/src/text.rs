//! Word and punctuation tokens of one paragraph, with the word tests the
//! other modules share.

use crate::lexicon::Lexicon;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters and digits, with inner apostrophes, hyphens and dots ("Spider’s",
    /// "so-called", "U.S.", "12,000").
    Word,
    /// Any other visible character; quotation marks included.
    Punct(char),
}

/// Longest lower-case form kept inline, in bytes; longer ones go to the heap.
const INLINE: usize = 22;

/// The lower-case form of a word. Nearly every word fits inline, so
/// tokenizing allocates nothing per token; ASCII words are lower-cased byte
/// by byte.
#[derive(Clone)]
pub(crate) enum Lower {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

impl Lower {
    const EMPTY: Lower = Lower::Inline { len: 0, buf: [0; INLINE] };

    pub fn new(word: &str) -> Lower {
        if word.len() <= INLINE && word.is_ascii() {
            let mut buf = [0; INLINE];
            for (d, s) in buf.iter_mut().zip(word.bytes()) {
                *d = s.to_ascii_lowercase();
            }
            return Lower::Inline { len: word.len() as u8, buf };
        }
        let lower = word.to_lowercase();
        if lower.len() <= INLINE {
            let mut buf = [0; INLINE];
            buf[..lower.len()].copy_from_slice(lower.as_bytes());
            return Lower::Inline { len: lower.len() as u8, buf };
        }
        Lower::Heap(lower.into_boxed_str())
    }

    pub fn as_str(&self) -> &str {
        match self {
            // Only whole UTF-8 strings are ever copied in, so this never fails.
            Lower::Inline { len, buf } => std::str::from_utf8(&buf[..usize::from(*len)]).unwrap_or(""),
            Lower::Heap(s) => s,
        }
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Lower {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Lower {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

/// One token: byte span in the document and, for words, the lower-case form.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    pub lower: Lower,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub fn punct(&self) -> Option<char> {
        match self.kind {
            TokKind::Punct(c) => Some(c),
            TokKind::Word => None,
        }
    }
    pub fn is(&self, word: &str) -> bool {
        self.kind == TokKind::Word && self.lower.as_str() == word
    }
}

/// Characters that join two word pieces into one word when between them.
fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '-' | '‑' | '.' | ',' | '&' | '/')
}

/// Splits `text[start..end]` into tokens (spans relative to the whole text).
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let Some(region) = text.get(start..end) else { return Vec::new() };
    let mut toks = Vec::with_capacity(region.len() / 5 + 1);
    let mut chars = region.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let next_alnum = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || (matches!(c, '#' | '@') && next_alnum) {
            let mut last = i + c.len_utf8();
            let mut prev = c;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    last = j + d.len_utf8();
                    prev = d;
                    chars.next();
                    continue;
                }
                if joins(d) && prev.is_alphanumeric() {
                    let after = region[j + d.len_utf8()..].chars().next();
                    let ok = match d {
                        ',' => prev.is_ascii_digit() && after.is_some_and(|a| a.is_ascii_digit()),
                        _ => after.is_some_and(char::is_alphanumeric),
                    };
                    if ok {
                        last = j + d.len_utf8();
                        prev = d;
                        chars.next();
                        continue;
                    }
                    // "U.S." keeps its final dot: a dotted abbreviation.
                    if d == '.' && is_dotted(&region[i..j]) {
                        last = j + 1;
                        chars.next();
                    }
                }
                break;
            }
            let word = &region[i..last];
            toks.push(Tok {
                start: start + i,
                end: start + last,
                kind: TokKind::Word,
                lower: Lower::new(word),
            });
        } else {
            toks.push(Tok {
                start: start + i,
                end: start + i + c.len_utf8(),
                kind: TokKind::Punct(c),
                lower: Lower::EMPTY,
            });
        }
    }
    toks
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

/// True when the word starts with an upper-case letter (or a digit-free symbol like '#').
pub(crate) fn is_capitalised(text: &str, t: &Tok) -> bool {
    t.is_word() && tok_text(text, t).chars().next().is_some_and(char::is_uppercase)
}

/// Lower-case adverb by shape ("flatly", "repeatedly"); "Italy" is a name.
pub(crate) fn is_ly_adverb(text: &str, t: &Tok) -> bool {
    t.is_word() && t.lower.len() > 4 && t.lower.ends_with("ly") && !is_capitalised(text, t)
}

/// A word ending in a possessive ("Kyiv’s", "officials'").
pub(crate) fn is_possessive(t: &Tok) -> bool {
    t.is_word() && (t.lower.ends_with("’s") || t.lower.ends_with("'s"))
}

/// Opening and closing quotation marks as characters.
pub(crate) fn is_quote_char(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'' | '«' | '»' | '‹' | '›' | '„' | '‚' | '「' | '」')
}

/// True when token `i` is a full stop, question or exclamation mark that ends
/// a sentence (not the dot of "Mr." or an initial).
pub(crate) fn is_sentence_end(toks: &[Tok], i: usize, text: &str, lex: &Lexicon) -> bool {
    match toks[i].punct() {
        Some('!' | '?' | '…') => true,
        Some('.') => {
            let Some(prev) = i.checked_sub(1).map(|p| &toks[p]) else { return true };
            if !prev.is_word() || prev.end != toks[i].start {
                return true;
            }
            let w = tok_text(text, prev);
            !(lex.abbreviations.contains(prev.lower.as_str())
                || (w.chars().count() == 1 && is_capitalised(text, prev)))
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

    #[test]
    fn lower_forms_match_to_lowercase() {
        for w in
            ["Said", "U.S.", "ZELENSKIY", "Éric", "İstanbul", "Kyiv’s", "Antidisestablishmentarianism-Style"]
        {
            assert_eq!(Lower::new(w).as_str(), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn words_keep_inner_marks() {
        let text = "Kyiv’s so-called U.S. deal, 12,000 drones, #IStandWithAhmed; Jones’ dog";
        let toks = tokenize(text, 0, text.len());
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
