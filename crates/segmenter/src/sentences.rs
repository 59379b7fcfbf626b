//! Sentence boundaries inside one run of text.
//!
//! A run is split into whitespace-separated tokens, and a boundary can only
//! fall between two tokens. Each token is looked at once, with at most three
//! tokens of look-ahead (a dot run such as ". . . ." is read once more), so the
//! work is linear in the run.

use crate::chars::{is_bullet, is_closer, is_closing_quote, is_opener, is_terminal, leading_word, Start};
use crate::lexicon::{AbbreviationKind, Lexicon};

/// A whitespace-separated token: byte offsets into the document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// Appends the tokens of `text[start..end]` to `out` (after clearing it).
///
/// Whitespace is found 64 bytes at a time: each block becomes a bit mask of
/// its whitespace bytes ([`block_masks`]), and tokens start and end where the
/// mask changes, found by counting trailing zeros, so the cost follows the
/// number of tokens rather than of bytes. A block holding a non-ASCII byte
/// (which may be a non-ASCII space) is read char by char instead.
pub(crate) fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    out.clear();
    let Some(run) = text.get(start..end) else {
        return;
    };
    let bytes = run.as_bytes();
    // Tokens and the spaces after them average five bytes or more in prose: room
    // for that many, so the vector rarely grows.
    out.reserve(bytes.len() / 5);
    // The start of a token still open at `i` (it began in an earlier block).
    let mut open: Option<usize> = None;
    let mut i = 0;
    // The last, shorter block is read from a copy padded with spaces, which
    // end a token open there just where the run ends.
    let mut padded = [b' '; 64];
    while i < bytes.len() {
        let block = match bytes.get(i..i + 64) {
            Some(block) => block,
            None => {
                let tail = bytes.get(i..).unwrap_or_default();
                padded.get_mut(..tail.len()).unwrap_or_default().copy_from_slice(tail);
                &padded
            }
        };
        let (space, high) = block_masks(block);
        if high != 0 {
            i = tokenize_chars(run, i, i + 64, &mut open, start, out);
            continue;
        }
        let word = !space;
        // Bit k of `before`: byte k - 1 is in a token (bit 0: one is open).
        let before = word << 1 | u64::from(open.is_some());
        let mut starts = word & !before;
        let mut ends = space & before;
        if let Some(from) = open {
            if ends == 0 {
                // The token runs through the whole block.
                i += 64;
                continue;
            }
            out.push(Token { start: start + from, end: start + i + ends.trailing_zeros() as usize });
            ends &= ends - 1;
            open = None;
        }
        // Starts and ends alternate: each start pairs with the next end, and
        // a start without one is a token running on into the next block.
        while starts != 0 {
            let s = i + starts.trailing_zeros() as usize;
            starts &= starts - 1;
            if ends == 0 {
                open = Some(s);
                break;
            }
            out.push(Token { start: start + s, end: start + i + ends.trailing_zeros() as usize });
            ends &= ends - 1;
        }
        i += 64;
    }
    if let Some(from) = open {
        out.push(Token { start: start + from, end: start + bytes.len() });
    }
}

/// For 64 bytes: the bit mask of the ASCII whitespace bytes (as
/// `char::is_whitespace`: TAB to CR and the space) and of the non-ASCII ones.
/// Eight bytes at a time, per byte on its low seven bits, so that no sum
/// carries into the next byte; the high bit of each byte's result is then
/// gathered into eight mask bits by one multiplication.
fn block_masks(block: &[u8]) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // The high bits of the eight bytes of `x`, as bits 0 to 7.
    let gather = |x: u64| (((x >> 7) & ONES).wrapping_mul(0x0102_0408_1020_4080) >> 56) & 0xff;
    let (mut space, mut high) = (0u64, 0u64);
    for (k, chunk) in block.chunks_exact(8).enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let y = x & LOW7;
        // 0x09..=0x0d: at least 0x09 and not above 0x0d; 0x20: equal.
        let control = (y + (0x80 - 0x09) * ONES) & !(y + (0x7f - 0x0d) * ONES);
        let blank = !((y ^ (0x20 * ONES)) + LOW7) & HIGH;
        space |= gather((control | blank) & !x & HIGH) << (8 * k);
        high |= gather(x & HIGH) << (8 * k);
    }
    (space, high)
}

/// Tokenizes `run` char by char from byte `i` (a char boundary) to `limit` or
/// the first char boundary after it, carrying the open token in `open`;
/// returns where it stopped. For blocks with a non-ASCII byte.
fn tokenize_chars(
    run: &str,
    mut i: usize,
    limit: usize,
    open: &mut Option<usize>,
    base: usize,
    out: &mut Vec<Token>,
) -> usize {
    let bytes = run.as_bytes();
    while i < limit.min(bytes.len()) {
        let (space, n) = whitespace_at(run, i);
        if space {
            if let Some(from) = open.take() {
                out.push(Token { start: base + from, end: base + i });
            }
        } else if open.is_none() {
            *open = Some(i);
        }
        i += n;
    }
    i
}

/// Whether the char at byte `i` of `s` is whitespace, and its length.
fn whitespace_at(s: &str, i: usize) -> (bool, usize) {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c), 1),
        Some(_) => match s.get(i..).and_then(|rest| rest.chars().next()) {
            Some(c) => (c.is_whitespace(), c.len_utf8()),
            None => (false, 1),
        },
        None => (false, 1),
    }
}

/// A token taken apart: `open core term close`, as byte offsets into the token.
#[derive(Debug, Clone, Copy)]
struct Shape {
    /// Start of the word, after opening marks.
    core_start: usize,
    /// End of the word, where the final punctuation begins.
    core_end: usize,
    /// End of the final punctuation, where closing marks begin.
    term_end: usize,
}

impl Shape {
    fn of(token: &str) -> Shape {
        let unclosed = token.trim_end_matches(is_closer);
        let unpunctuated = unclosed.trim_end_matches(is_terminal);
        let core = unpunctuated.trim_start_matches(is_opener);
        Shape {
            core_start: unpunctuated.len() - core.len(),
            core_end: unpunctuated.len(),
            term_end: unclosed.len(),
        }
    }
}

/// A list label: "1.", "2)", "3.)", "a.", optionally after a bullet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    letter: bool,
    /// 0 for ".", 1 for ")", 2 for ".)".
    style: u8,
    value: u32,
}

impl Marker {
    fn parse(token: &str) -> Option<Marker> {
        // At most a bullet (3 bytes), two digits and ".)".
        if token.len() > 7 || !matches!(token.as_bytes().last(), Some(b'.' | b')')) {
            return None;
        }
        let t = token.trim_start_matches(is_bullet);
        let bytes = t.as_bytes();
        let (letter, value, rest) = match bytes.first() {
            Some(b) if b.is_ascii_lowercase() => (true, u32::from(b - b'a') + 1, &bytes[1..]),
            Some(b) if b.is_ascii_digit() => {
                let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
                if digits > 2 {
                    return None;
                }
                let value = bytes[..digits].iter().fold(0, |v, b| v * 10 + u32::from(b - b'0'));
                (false, value, &bytes[digits..])
            }
            _ => return None,
        };
        let style = match rest {
            b"." => 0,
            b")" => 1,
            b".)" => 2,
            _ => return None,
        };
        Some(Marker { letter, style, value })
    }

    /// True when this label follows `last` in the same list ("2." after "1.").
    fn continues(self, last: Option<Marker>) -> bool {
        matches!(last, Some(l) if l.letter == self.letter && l.style == self.style && l.value + 1 == self.value)
    }

    /// True when a sentence starting with this label is a list item: numbers
    /// always, letters only from "a." or in sequence.
    fn opens_item(self, last: Option<Marker>) -> bool {
        !self.letter || self.value == 1 || self.continues(last)
    }
}

/// Splits runs of text into sentences using the word lists.
pub(crate) struct SentenceSplitter<'a> {
    pub(crate) lexicon: &'a Lexicon,
}

/// The tokens of one run with the text they point into.
struct Run<'t> {
    text: &'t str,
    tokens: &'t [Token],
}

impl<'t> Run<'t> {
    fn token(&self, i: usize) -> &'t str {
        match self.tokens.get(i) {
            Some(t) => self.text.get(t.start..t.end).unwrap_or(""),
            None => "",
        }
    }

    /// The first byte of token `i`: most decisions need only it or the last
    /// byte, which costs less than slicing the text on char boundaries.
    fn first_byte(&self, i: usize) -> Option<u8> {
        let t = self.tokens.get(i)?;
        self.text.as_bytes().get(t.start).copied()
    }

    /// The last byte of token `i`.
    fn last_byte(&self, i: usize) -> Option<u8> {
        let t = self.tokens.get(i)?;
        self.text.as_bytes().get(t.end.checked_sub(1)?).copied()
    }

    /// True when token `i` is only list bullets (all of them are non-ASCII, so a
    /// token opening with an ASCII byte is decided by that byte).
    fn all_bullets(&self, i: usize) -> bool {
        self.first_byte(i).map_or(true, |b| b >= 0x80) && self.token(i).chars().all(is_bullet)
    }

    fn start(&self, i: usize) -> Start {
        if i < self.tokens.len() {
            Start::of(self.token(i))
        } else {
            Start::End
        }
    }

    /// A token made only of stops and ellipses, maybe with closing marks (". . ."'s parts).
    fn dots(&self, i: usize) -> Option<usize> {
        let token = self.token(i);
        // A letter or digit first is neither an opening mark nor a stop: the token
        // has a word (the usual case, decided without taking the token apart).
        if token.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
            return None;
        }
        let shape = Shape::of(token);
        let term = &token[shape.core_start..shape.term_end];
        if i >= self.tokens.len() || shape.core_end != shape.core_start || term.is_empty() {
            return None;
        }
        let mut n = 0;
        for c in term.chars() {
            match c {
                '.' => n += 1,
                '…' => n += 3,
                _ => return None,
            }
        }
        Some(n)
    }

    /// The dot-only tokens from `i` on: index of the last one and the number of
    /// stops in all of them. `None` when token `i` is not one.
    fn dot_run(&self, i: usize) -> Option<(usize, usize)> {
        let mut total = self.dots(i)?;
        let mut last = i;
        while !self.token(last).ends_with(is_closer) {
            match self.dots(last + 1) {
                Some(n) => {
                    total = total.saturating_add(n);
                    last += 1;
                }
                None => break,
            }
        }
        Some((last, total))
    }
}

impl SentenceSplitter<'_> {
    /// Splits the run given by `tokens` into sentences, appending each
    /// sentence's byte span (first token start, last token end) to `out`.
    pub(crate) fn split(&self, text: &str, tokens: &[Token], out: &mut Vec<(usize, usize)>) {
        let run = Run { text, tokens };
        let n = tokens.len();
        let mut first = 0;
        let mut marker: Option<Marker> = None;
        let mut k = 0;
        while k < n {
            // Fast path, for most tokens: inside a sentence (not where a label may
            // stand), a token ending without final punctuation, followed by one
            // that cannot start a list item, decides nothing.
            while k > first + 1 && k + 1 < n {
                let plain = run.last_byte(k).is_some_and(|b| {
                    b < 0x80 && !matches!(b, b'.' | b'?' | b'!' | b'"' | b'\'' | b')' | b']' | b'}')
                });
                let next_plain = run.first_byte(k + 1).is_some_and(|b| {
                    b < 0x80 && (marker.is_none() || !(b.is_ascii_digit() || b.is_ascii_lowercase()))
                });
                if !(plain && next_plain) {
                    break;
                }
                k += 1;
            }
            let at_start = k == first || (k == first + 1 && run.all_bullets(first));
            let label = match if at_start { Marker::parse(run.token(k)) } else { None } {
                Some(m) if m.opens_item(marker) => {
                    marker = Some(m);
                    true
                }
                _ => false,
            };
            let (mut boundary, last) = if label { (false, k) } else { self.boundary_after(&run, k, first) };
            let only_bullets = last == first && run.all_bullets(k);
            if !boundary && !only_bullets && last + 1 < n {
                // A bullet, or the next label of a list already begun, starts an item.
                // Only a list begun (`marker`) can be continued, so without one the
                // label is not parsed.
                let next = last + 1;
                let continues =
                    |next: &str| marker.is_some() && Marker::parse(next).is_some_and(|m| m.continues(marker));
                boundary = match run.first_byte(next) {
                    Some(b) if b.is_ascii_digit() || b.is_ascii_lowercase() => continues(run.token(next)),
                    Some(b) if b >= 0x80 => {
                        let next = run.token(next);
                        next.starts_with(is_bullet) || continues(next)
                    }
                    _ => false,
                };
            }
            if boundary || last + 1 >= n {
                out.push((tokens[first].start, tokens[last.min(n - 1)].end));
                first = last + 1;
            }
            k = last + 1;
        }
    }

    /// Whether a sentence ends after token `k` (or after the dot run it begins),
    /// and the last token the decision covered.
    fn boundary_after(&self, run: &Run<'_>, k: usize, first: usize) -> (bool, usize) {
        match run.last_byte(k) {
            // Most tokens end in a letter, digit or comma: no final punctuation.
            Some(b) if b < 0x80 && !matches!(b, b'.' | b'?' | b'!' | b'"' | b'\'' | b')' | b']' | b'}') => {
                return (false, k);
            }
            None => return (false, k),
            _ => {}
        }
        let token = run.token(k);
        let shape = Shape::of(token);
        let term = &token[shape.core_end..shape.term_end];
        if term.is_empty() {
            return (false, k);
        }
        let closers = &token[shape.term_end..];
        if term.contains(['?', '!', '‽']) {
            // "Why?" he asked. / "Why?" Smith asked.: a speech tag after a quoted
            // question or exclamation belongs to its sentence.
            let quoted = closers.contains(is_closing_quote);
            let ends = run.start(k + 1).may_open_sentence() && !(quoted && self.speech_tag_at(run, k + 1));
            return (ends, k);
        }
        if shape.core_start == shape.core_end {
            // Stops standing alone: ". . ." is an omission, ". . . ." an omission and a full stop.
            return match run.dot_run(k) {
                Some((last, total)) => (total != 3 && run.start(last + 1).may_open_sentence(), last),
                None => (false, k),
            };
        }
        let mut stops = 0usize;
        for c in term.chars() {
            stops = stops.saturating_add(if c == '…' { 3 } else { 1 });
        }
        if stops == 1 && closers.is_empty() {
            if let Some((last, total)) = run.dot_run(k + 1) {
                // "compounds. . . . The practice": the attached stop ends the sentence
                // and the omission opens the next one.
                let ends = total >= 3 && run.start(last + 1).may_open_sentence();
                return (ends, k);
            }
        }
        if stops == 3 {
            // An ellipsis marks an omission inside the sentence; four stops end it.
            return (false, k);
        }
        if stops > 1 {
            return (run.start(k + 1).may_open_sentence(), k);
        }
        let word = &token[shape.core_start..shape.core_end + 1];
        (self.full_stop_ends(run, k, first, word), k)
    }

    /// Whether a single full stop after `word` (which includes the stop) ends
    /// the sentence, judged by the next token.
    fn full_stop_ends(&self, run: &Run<'_>, k: usize, first: usize, word: &str) -> bool {
        let next = run.start(k + 1);
        match next {
            Start::End => return true,
            Start::Lower | Start::Digit | Start::Dash => return false,
            Start::Upper | Start::Bullet | Start::Other => {}
        }
        let kind = match self.lexicon.abbreviation(word) {
            Some(kind) => Some(kind),
            None => implicit_abbreviation(word, run.token(k.wrapping_sub(1)), k > first),
        };
        let Some(kind) = kind else {
            return true;
        };
        if next != Start::Upper {
            return false;
        }
        let next_word = leading_word(run.token(k + 1));
        match kind {
            AbbreviationKind::Title => false,
            AbbreviationKind::Time => {
                !self.lexicon.is_time_zone(next_word) && !self.is_fragment(run, first, k)
            }
            AbbreviationKind::Other => {
                self.lexicon.is_sentence_starter(next_word) && !self.is_fragment(run, first, k)
            }
        }
    }

    /// True when tokens `first..=k` are only a short prepositional phrase
    /// ("At 5 a.m."), which holds no verb and so cannot be a sentence.
    fn is_fragment(&self, run: &Run<'_>, first: usize, k: usize) -> bool {
        k - first < 4 && self.lexicon.is_preposition(leading_word(run.token(first)))
    }

    /// True when capitalised words from token `i` lead, within three tokens,
    /// to a verb of saying: `Smith asked.`, `Police Chief Jones shouted.`
    fn speech_tag_at(&self, run: &Run<'_>, i: usize) -> bool {
        for j in i..i + 3 {
            let token = run.token(j);
            let word = leading_word(token);
            if word.is_empty() {
                return false;
            }
            if j > i && self.lexicon.is_speech_verb(word) {
                return true;
            }
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            if !capitalised || word.len() != token.trim_start_matches(is_opener).len() {
                return false;
            }
        }
        false
    }
}

/// The kind of an unlisted abbreviation: an acronym with stops ("U.S.", "D.C.",
/// "Ph.D."), a single lower-case letter ("p."), or an initial ("J.", "writer
/// L. Ron Hubbard"), except "I" after a lower-case word ("you and I."), which
/// is the pronoun.
fn implicit_abbreviation(word: &str, previous: &str, has_previous: bool) -> Option<AbbreviationKind> {
    let core = word.strip_suffix('.').unwrap_or(word);
    let mut chars = core.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        let pronoun = c == 'I' && has_previous && Start::of(previous) == Start::Lower;
        return ((c.is_uppercase() && !pronoun) || c.is_lowercase()).then_some(AbbreviationKind::Other);
    }
    let acronym = core.contains('.')
        && core
            .split('.')
            .all(|part| (1..=2).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphabetic()));
    acronym.then_some(AbbreviationKind::Other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SegmenterConfig;

    fn split(text: &str) -> Vec<String> {
        let lexicon = Lexicon::new(&SegmenterConfig::default()).expect("built-in lists are valid");
        let splitter = SentenceSplitter { lexicon: &lexicon };
        let mut tokens = Vec::new();
        tokenize(text, 0, text.len(), &mut tokens);
        let mut spans = Vec::new();
        splitter.split(text, &tokens, &mut spans);
        spans.into_iter().map(|(s, e)| text[s..e].to_string()).collect()
    }

    #[test]
    fn tokens_split_on_unicode_whitespace() {
        let text = " a\u{a0}b\tc\u{2009}d ";
        let mut tokens = Vec::new();
        tokenize(text, 0, text.len(), &mut tokens);
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["a", "b", "c", "d"]);
    }

    /// The tokens by definition: maximal runs of chars that are not `char::is_whitespace`.
    fn reference_tokens(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut open = None;
        for (i, c) in text.char_indices() {
            match (c.is_whitespace(), open) {
                (true, Some(s)) => {
                    out.push((s, i));
                    open = None;
                }
                (false, None) => open = Some(i),
                _ => {}
            }
        }
        if let Some(s) = open {
            out.push((s, text.len()));
        }
        out
    }

    fn tokens_of(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
        let mut tokens = Vec::new();
        tokenize(text, start, end, &mut tokens);
        tokens.into_iter().map(|t| (t.start, t.end)).collect()
    }

    #[test]
    fn tokens_match_the_definition_at_block_edges() {
        // Every byte value class at every offset around the 64-byte blocks.
        let fillers = [
            "a", " ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1f", "\x7f", "\u{a0}", "\u{2009}", "é", "’",
            "\u{3000}", "~",
        ];
        for f in fillers {
            for at in 0..140 {
                let mut text = "word ".repeat(30);
                let mut cut = at.min(text.len());
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.insert_str(cut, f);
                assert_eq!(tokens_of(&text, 0, text.len()), reference_tokens(&text), "{f:?} at {at}");
                let long = format!("{}{f}{}", "x".repeat(at), "y".repeat(200 - at));
                assert_eq!(
                    tokens_of(&long, 0, long.len()),
                    reference_tokens(&long),
                    "{f:?} in a long token at {at}"
                );
            }
        }
        // Offsets are the document's: a run from byte 3 on.
        let text = "ab cd  ef";
        assert_eq!(tokens_of(text, 3, text.len()), [(3, 5), (7, 9)]);
    }

    proptest::proptest! {
        #[test]
        fn tokens_match_the_definition(text in "[ a\\t\\n.é\u{a0}\u{2003}’\u{3000}x]{0,300}") {
            proptest::prop_assert_eq!(tokens_of(&text, 0, text.len()), reference_tokens(&text));
        }
    }

    #[test]
    fn case_table() {
        let table: &[(&str, &[&str])] = &[
            ("Hello World. My name is Jonas.", &["Hello World.", "My name is Jonas."]),
            // abbreviations before names never end a sentence
            ("Gen. Smith met Dr. Jones and Mrs. Brown.", &["Gen. Smith met Dr. Jones and Mrs. Brown."]),
            ("He met Mr. He Jiankui.", &["He met Mr. He Jiankui."]),
            // acronyms end a sentence before a sentence starter only
            ("He lives in the U.S. He said so.", &["He lives in the U.S.", "He said so."]),
            ("The U.K. Government agreed.", &["The U.K. Government agreed."]),
            ("Acme Inc. The firm grew.", &["Acme Inc.", "The firm grew."]),
            ("Acme Ltd. Chairman Ross quit.", &["Acme Ltd. Chairman Ross quit."]),
            ("Washington D.C. The team came.", &["Washington D.C.", "The team came."]),
            // initials
            (
                "Donald J. Trump spoke. J. K. Rowling wrote.",
                &["Donald J. Trump spoke.", "J. K. Rowling wrote."],
            ),
            ("It was founded by writer L. Ron Hubbard.", &["It was founded by writer L. Ron Hubbard."]),
            ("You and I. Did we?", &["You and I.", "Did we?"]),
            // times, with the prepositional-phrase rule
            ("At 5 a.m. Mr. Smith left.", &["At 5 a.m. Mr. Smith left."]),
            ("He left at 6 p.m. Police came.", &["He left at 6 p.m.", "Police came."]),
            ("It starts at 6 p.m. Eastern time.", &["It starts at 6 p.m. Eastern time."]),
            // numbers, decimals, "No. 5"
            ("Growth was 3.5 percent. It fell.", &["Growth was 3.5 percent.", "It fell."]),
            ("He wore No. 5 on Jan. 3 for the team.", &["He wore No. 5 on Jan. 3 for the team."]),
            (
                "Use e.g. apples, i.e. fruit, etc. Then stop.",
                &["Use e.g. apples, i.e. fruit, etc.", "Then stop."],
            ),
            ("Roe v. Wade stands.", &["Roe v. Wade stands."]),
            // URLs and e-mail addresses
            (
                "See example.com/a.b for more. Mail a.b@c.org. Done.",
                &["See example.com/a.b for more.", "Mail a.b@c.org.", "Done."],
            ),
            // closing quotes and brackets after the stop
            (
                "“We will not surrender or accept ultimatums.” He left.",
                &["“We will not surrender or accept ultimatums.”", "He left."],
            ),
            ("(He left early.) Then he came back.", &["(He left early.)", "Then he came back."]),
            ("The plan (see above.) works.", &["The plan (see above.) works."]),
            (
                "Reagan, [George H. W.] Bush and [Bill] Clinton.",
                &["Reagan, [George H. W.] Bush and [Bill] Clinton."],
            ),
            ("“I love the U.S.” He left.", &["“I love the U.S.”", "He left."]),
            // a quotation holding several sentences
            ("“We will not go. We will fight,” he said.", &["“We will not go.", "We will fight,” he said."]),
            ("\"Go. Now.\" She went.", &["\"Go.", "Now.\"", "She went."]),
            ("«Non. Jamais.» Il partit.", &["«Non.", "Jamais.»", "Il partit."]),
            // questions and exclamations inside quotes
            ("“Why?” he asked. “Stop!” she cried.", &["“Why?” he asked.", "“Stop!” she cried."]),
            ("“Why?” Smith asked. He left.", &["“Why?” Smith asked.", "He left."]),
            ("“Why?” Nobody knew.", &["“Why?”", "Nobody knew."]),
            ("She works at Yahoo! in Paris.", &["She works at Yahoo! in Paris."]),
            // ellipses
            ("Well... maybe. He left.", &["Well... maybe.", "He left."]),
            ("It went on … and on.", &["It went on … and on."]),
            ("I never meant that.... She left.", &["I never meant that....", "She left."]),
            // dashes continue, bullets start items
            ("\"It's a long game.\" - Matthew Ingram", &["\"It's a long game.\" - Matthew Ingram"]),
            ("• one • two", &["• one", "• two"]),
            ("1) first 2) second", &["1) first", "2) second"]),
            // lone punctuation and no spaces
            ("...", &["..."]),
            ("?!?!", &["?!?!"]),
            ("a.b.c.d", &["a.b.c.d"]),
            ("\" ' “ ”", &["\" ' “ ”"]),
        ];
        for (text, expected) in table {
            assert_eq!(split(text), *expected, "{text}");
        }
    }

    #[test]
    fn many_stops_are_one_token() {
        let text = ".".repeat(100_000);
        assert_eq!(split(&text).len(), 1);
        let spaced = ". ".repeat(50_000);
        assert_eq!(split(&spaced).len(), 1);
    }

    #[test]
    fn markers_parse() {
        assert_eq!(Marker::parse("1."), Some(Marker { letter: false, style: 0, value: 1 }));
        assert_eq!(Marker::parse("•10.)"), Some(Marker { letter: false, style: 2, value: 10 }));
        assert_eq!(Marker::parse("b)"), Some(Marker { letter: true, style: 1, value: 2 }));
        assert_eq!(Marker::parse("100."), None);
        assert_eq!(Marker::parse("ab."), None);
        assert_eq!(Marker::parse("1"), None);
    }
}
