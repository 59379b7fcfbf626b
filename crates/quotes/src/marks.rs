//! Quotation marks (found by the tokenizer, no normalisation), telling
//! apostrophes and primes from quotes, and pairing marks within paragraphs.

use crate::lexicon::Lexicon;
#[cfg(test)]
use aho_corasick::AhoCorasick;
use claimsheet_core::Span;

/// Families of marks that close each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
}

/// What a glyph can be, before context decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glyph {
    /// “ „ « ‹ 「
    Open(Family),
    /// ” » › 」
    Close(Family),
    /// "
    StraightDouble,
    /// ‘
    LeftSingle,
    /// ’
    RightSingle,
    /// '
    StraightSingle,
    /// ‚
    LowSingle,
}

/// The marks, in the order of [`GLYPHS`].
#[cfg(test)]
const PATTERNS: [&str; 14] = ["“", "”", "\"", "‘", "’", "'", "«", "»", "‹", "›", "„", "‚", "「", "」"];
#[cfg(test)]
const GLYPHS: [Glyph; 14] = [
    Glyph::Open(Family::Double),
    Glyph::Close(Family::Double),
    Glyph::StraightDouble,
    Glyph::LeftSingle,
    Glyph::RightSingle,
    Glyph::StraightSingle,
    Glyph::Open(Family::Guillemet),
    Glyph::Close(Family::Guillemet),
    Glyph::Open(Family::SingleGuillemet),
    Glyph::Close(Family::SingleGuillemet),
    Glyph::Open(Family::Double),
    Glyph::LowSingle,
    Glyph::Open(Family::Corner),
    Glyph::Close(Family::Corner),
];

/// Builds the mark searcher, the reference the tokenizer's marks are tested
/// against. The marks are single, distinct chars, so every
/// match kind finds the same occurrences; leftmost-first is the one that lets
/// aho-corasick use its vectorised (Teddy) search instead of stepping its
/// automaton byte by byte, several times faster on text with few marks.
#[cfg(test)]
pub(crate) fn mark_searcher() -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(PATTERNS)
        .expect("constant quotation-mark patterns build")
}

/// One mark occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MarkAt {
    pub start: usize,
    pub end: usize,
    glyph: Glyph,
}

impl MarkAt {
    /// The mark `c` at byte `start`, or `None` when `c` is no quotation mark
    /// (the chars of `PATTERNS`, read as `GLYPHS` reads them). The tokenizer
    /// calls it on every punctuation char and inner apostrophe: it sees
    /// every char of a paragraph, so no separate search of the text is needed.
    #[inline]
    pub(crate) fn of(start: usize, c: char) -> Option<MarkAt> {
        let glyph = match c {
            '“' | '„' => Glyph::Open(Family::Double),
            '”' => Glyph::Close(Family::Double),
            '"' => Glyph::StraightDouble,
            '‘' => Glyph::LeftSingle,
            '’' => Glyph::RightSingle,
            '\'' => Glyph::StraightSingle,
            '«' => Glyph::Open(Family::Guillemet),
            '»' => Glyph::Close(Family::Guillemet),
            '‹' => Glyph::Open(Family::SingleGuillemet),
            '›' => Glyph::Close(Family::SingleGuillemet),
            '‚' => Glyph::LowSingle,
            '「' => Glyph::Open(Family::Corner),
            '」' => Glyph::Close(Family::Corner),
            _ => return None,
        };
        Some(MarkAt { start, end: start + c.len_utf8(), glyph })
    }
}

/// All marks in `text`, in order: the reference for the tokenizer's marks.
#[cfg(test)]
pub(crate) fn find_marks(ac: &AhoCorasick, text: &str) -> Vec<MarkAt> {
    ac.find_iter(text)
        .map(|m| MarkAt { start: m.start(), end: m.end(), glyph: GLYPHS[m.pattern().as_usize()] })
        .collect()
}

/// A paired quotation at the top level (nested quotes are part of their outer quote).
#[derive(Debug, Clone)]
pub(crate) struct RawQuote {
    /// Opening mark.
    pub open: Span,
    /// Closing mark; `None` for a quote paragraph whose closing mark is missing.
    pub close: Option<Span>,
    /// Content without marks, one span per paragraph, trimmed.
    pub parts: Vec<Span>,
    /// Index of the first and last paragraph.
    pub first_para: usize,
    pub last_para: usize,
    /// End of the quote: after the closing mark, or the end of the last paragraph.
    pub end: usize,
}

impl RawQuote {
    /// The quote with its marks.
    pub fn span(&self) -> Span {
        Span::new(self.open.start, self.end)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open(Family),
    Close(Family),
    /// Straight marks with no telling context: close if open, else open.
    Toggle(Family),
    /// Apostrophe, prime, or a lone mark that is not a quotation mark.
    Ignore,
}

fn opens_left(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '['
                        | '{'
                        | '<'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '“'
                        | '‘'
                        | '«'
                        | '‹'
                        | '„'
                        | '‚'
                        | '「'
                        | '"'
                        | '\''
                )
        }
    }
}

fn closes_right(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '>'
                        | '—'
                        | '–'
                        | '-'
                        | '…'
                        | '/'
                        | '”'
                        | '’'
                        | '»'
                        | '›'
                        | '」'
                        | '"'
                        | '\''
                )
        }
    }
}

/// True when the word after a leading apostrophe is an elision ("’90s", "’n’", "'em").
fn elision_after(text: &str, at: usize, lex: &Lexicon) -> bool {
    let rest = text.get(at..).unwrap_or("");
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).take(12).collect();
    if word.is_empty() {
        return false;
    }
    let digits = word.trim_end_matches('s');
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))
        || lex.elisions.contains(&*crate::text::to_lower(&word))
}

/// Pairs the marks of one document paragraph by paragraph.
pub(crate) struct Pairer<'a> {
    text: &'a str,
    lex: &'a Lexicon,
    /// Open marks: family, mark span, and (for the bottom entry) whether it was
    /// carried over from earlier paragraphs.
    stack: Vec<(Family, Span)>,
    /// A quote running on from the previous paragraph (rule 2).
    carry: Option<Carry>,
    pub out: Vec<RawQuote>,
}

#[derive(Debug, Clone)]
struct Carry {
    family: Family,
    open: Span,
    parts: Vec<Span>,
    first_para: usize,
    /// The first opening mark started its paragraph.
    at_para_start: bool,
    last_para: usize,
    last_para_end: usize,
}

impl<'a> Pairer<'a> {
    pub fn new(text: &'a str, lex: &'a Lexicon) -> Pairer<'a> {
        Pairer { text, lex, stack: Vec::new(), carry: None, out: Vec::new() }
    }

    fn pending(&self, f: Family) -> bool {
        self.stack.iter().any(|&(g, _)| g == f)
    }

    fn role(&self, m: &MarkAt) -> Role {
        let prev = self.text[..m.start].chars().next_back();
        let next = self.text[m.end..].chars().next();
        let lo = opens_left(prev);
        let ro = closes_right(next);
        let alnum_both = prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        match m.glyph {
            Glyph::Open(f) => {
                if f == Family::Double && !lo && ro && self.pending(f) {
                    Role::Close(f)
                } else {
                    Role::Open(f)
                }
            }
            Glyph::Close(f) => {
                if lo && !ro && !self.pending(f) {
                    Role::Open(f)
                } else {
                    Role::Close(f)
                }
            }
            Glyph::StraightDouble => {
                let f = Family::Double;
                if prev.is_some_and(|c| c.is_ascii_digit()) && !self.pending(f) {
                    Role::Ignore // 5' 11": inches
                } else if lo && !ro {
                    Role::Open(f)
                } else if !lo && ro {
                    Role::Close(f)
                } else {
                    Role::Toggle(f)
                }
            }
            Glyph::LeftSingle | Glyph::StraightSingle | Glyph::RightSingle => {
                let f = Family::Single;
                if alnum_both {
                    return Role::Ignore; // don't, Spider’s
                }
                if m.glyph == Glyph::StraightSingle
                    && prev.is_some_and(|c| c.is_ascii_digit())
                    && !self.pending(f)
                {
                    return Role::Ignore; // 5' 11": feet
                }
                if lo && !ro {
                    if elision_after(self.text, m.end, self.lex) || m.glyph == Glyph::RightSingle {
                        return Role::Ignore; // ’90s, rock ’n’ roll
                    }
                    return Role::Open(f);
                }
                if !lo && ro {
                    // A closing single quote only when one is open: otherwise the
                    // apostrophe of a plural possessive ("Jones’ dog").
                    return if self.pending(f) { Role::Close(f) } else { Role::Ignore };
                }
                Role::Ignore
            }
            Glyph::LowSingle => {
                if lo && !ro {
                    Role::Open(Family::Single)
                } else {
                    Role::Ignore
                }
            }
        }
    }

    fn trimmed_part(&self, start: usize, end: usize) -> Span {
        let span = Span::new(start, end.max(start)).trim(self.text);
        // A comma before the closing mark is the writer's punctuation (US style).
        let s = &self.text[span.start..span.end];
        let t = s.trim_end_matches([',', ';', ':']).trim_end();
        Span::new(span.start, span.start + t.len())
    }

    /// Pairs the marks of one paragraph, in order. `marks` lie inside `para`.
    pub fn paragraph(&mut self, index: usize, para: Span, marks: &[MarkAt]) {
        self.stack.clear();
        let mut marks = marks;
        // Rule 2: a quote left open at the end of the previous paragraph runs on
        // when this paragraph opens with a mark of the same family.
        let mut carried: Option<Carry> = None;
        if let Some(carry) = self.carry.take() {
            let continues = marks.first().is_some_and(|m| {
                m.start == para.start && carry.last_para + 1 == index && {
                    // A proper opening mark: not a closing glyph read as one.
                    let r = self.role(m);
                    !matches!(m.glyph, Glyph::Close(_))
                        && (r == Role::Open(carry.family) || r == Role::Toggle(carry.family))
                }
            });
            if continues {
                let mut c = carry;
                c.last_para = index;
                c.last_para_end = para.end;
                carried = Some(c);
                self.stack
                    .push((carried.as_ref().map_or(Family::Double, |c| c.family), marks[0].into_span()));
                marks = &marks[1..];
            } else {
                self.finish_unclosed(carry);
            }
        }
        let mut carried_open_end = if carried.is_some() { para.start + 1 } else { 0 };
        if let Some(first) = self.stack.first() {
            carried_open_end = first.1.end;
        }
        for m in marks {
            let role = self.role(m);
            let role = match role {
                Role::Toggle(f) => {
                    if self.pending(f) {
                        Role::Close(f)
                    } else {
                        Role::Open(f)
                    }
                }
                r => r,
            };
            match role {
                Role::Open(f) => {
                    if let Some(pos) = self.stack.iter().position(|&(g, _)| g == f) {
                        // Same family already open: that one was never closed.
                        self.stack.truncate(pos);
                        if pos == 0 {
                            carried = None;
                        }
                    }
                    self.stack.push((f, m.into_span()));
                }
                Role::Close(f) => {
                    let Some(pos) = self.stack.iter().rposition(|&(g, _)| g == f) else { continue };
                    let open = self.stack[pos].1;
                    self.stack.truncate(pos);
                    if pos != 0 {
                        continue; // nested quote: part of the outer one
                    }
                    let close = m.into_span();
                    if let Some(c) = carried.take() {
                        let mut parts = c.parts;
                        parts.push(self.trimmed_part(carried_open_end, close.start));
                        self.out.push(RawQuote {
                            open: c.open,
                            close: Some(close),
                            parts,
                            first_para: c.first_para,
                            last_para: index,
                            end: close.end,
                        });
                    } else {
                        self.out.push(RawQuote {
                            open,
                            close: Some(close),
                            parts: vec![self.trimmed_part(open.end, close.start)],
                            first_para: index,
                            last_para: index,
                            end: close.end,
                        });
                    }
                }
                Role::Toggle(_) | Role::Ignore => {}
            }
        }
        // The bottom open mark, if any, may run on into the next paragraph.
        if let Some(&(family, open)) = self.stack.first() {
            // Only a quote that opens a sentence (or follows a colon or comma)
            // may run on; "the so-called “peace plan ..." left open may not.
            let before = self.text[para.start..open.start].trim_end().chars().next_back();
            let opens_sentence = matches!(before, None | Some(':' | ',' | '.' | '?' | '!' | '—' | '–'));
            if carried.is_none() && !opens_sentence {
                self.stack.clear();
                return;
            }
            let carry = match carried.take() {
                Some(mut c) => {
                    c.parts.push(self.trimmed_part(carried_open_end, para.end));
                    c
                }
                None => Carry {
                    family,
                    open,
                    parts: vec![self.trimmed_part(open.end, para.end)],
                    first_para: index,
                    at_para_start: open.start == para.start,
                    last_para: index,
                    last_para_end: para.end,
                },
            };
            self.carry = Some(carry);
        }
        self.stack.clear();
    }

    /// A run-on quote that found no continuation: kept (to its paragraph's end)
    /// only when its first mark opened a paragraph, the shape of a quote
    /// paragraph whose closing mark was lost; a stray mark mid-paragraph is dropped.
    fn finish_unclosed(&mut self, c: Carry) {
        if c.at_para_start {
            self.out.push(RawQuote {
                open: c.open,
                close: None,
                parts: c.parts.into_iter().filter(|p| !p.is_empty()).collect(),
                first_para: c.first_para,
                last_para: c.last_para,
                end: c.last_para_end,
            });
        }
    }

    /// Ends the document.
    pub fn finish(&mut self) {
        if let Some(c) = self.carry.take() {
            self.finish_unclosed(c);
        }
        self.out.retain(|q| !q.parts.is_empty() && q.parts.iter().any(|p| !p.is_empty()));
    }
}

impl MarkAt {
    fn into_span(self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mark_searcher_builds_and_finds_every_glyph() {
        let ac = mark_searcher();
        let text = PATTERNS.join(" ");
        assert_eq!(find_marks(&ac, &text).len(), PATTERNS.len());
    }

    #[test]
    fn mark_of_reads_each_glyph_as_the_searcher_does() {
        let ac = mark_searcher();
        let text = PATTERNS.join(" ");
        let from_chars: Vec<MarkAt> = text.char_indices().filter_map(|(i, c)| MarkAt::of(i, c)).collect();
        assert_eq!(from_chars, find_marks(&ac, &text));
    }
}
