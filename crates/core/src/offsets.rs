/// Converts byte offsets into Unicode scalar offsets and 1-based line numbers.
///
/// Built once per document in linear time; each lookup is a binary search.
#[derive(Debug, Clone)]
pub struct OffsetMap {
    /// Byte offset of the start of every line (after `\n`, `\r\n` or a lone `\r`).
    line_starts: Vec<usize>,
    /// Byte offset and char count at each non-ASCII char, for char conversion.
    checkpoints: Vec<(usize, usize)>,
    len: usize,
}

impl OffsetMap {
    /// Indexes `text`.
    pub fn new(text: &str) -> OffsetMap {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        // A checkpoint after each multi-byte char records how many chars precede it
        // (the char included). One pass over the bytes: a char starts at every byte
        // that is not a continuation byte (0b10xx_xxxx).
        let mut checkpoints = Vec::new();
        let mut chars = 0usize;
        for (i, &b) in bytes.iter().enumerate() {
            if b < 0x80 {
                chars += 1;
                match b {
                    b'\n' => line_starts.push(i + 1),
                    b'\r' if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(i + 1),
                    _ => {}
                }
            } else if b >= 0xC0 {
                chars += 1;
                let len = match b {
                    0xF0.. => 4,
                    0xE0.. => 3,
                    _ => 2,
                };
                checkpoints.push((i + len, chars));
            }
        }
        OffsetMap { line_starts, checkpoints, len: text.len() }
    }

    /// Number of Unicode scalar values before byte offset `byte` (clamped to the text).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        let idx = self.checkpoints.partition_point(|&(b, _)| b <= byte);
        match idx.checked_sub(1).and_then(|i| self.checkpoints.get(i)) {
            Some(&(b, c)) => c + (byte - b),
            None => byte,
        }
    }

    /// 1-based line number holding byte offset `byte`.
    pub fn line(&self, byte: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= byte).max(1)
    }
}

/// Converts byte offsets into Unicode scalar offsets and 1-based lines by
/// counting forward from the last offset asked for: no index is built, and the
/// counts over the bytes between two offsets are simple enough for the compiler
/// to vectorise. Offsets asked for in ascending order cost one pass over the
/// text in all; an offset before the last one restarts the count from the start
/// (still correct, only slower). Agrees with [`OffsetMap`] at every char boundary.
#[derive(Debug, Clone)]
pub struct OffsetCursor<'a> {
    bytes: &'a [u8],
    pos: usize,
    chars: usize,
    line: usize,
}

impl<'a> OffsetCursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> OffsetCursor<'a> {
        OffsetCursor { bytes: text.as_bytes(), pos: 0, chars: 0, line: 1 }
    }

    /// The char offset and 1-based line of byte offset `byte` (clamped to the text).
    pub fn at(&mut self, byte: usize) -> (usize, usize) {
        let byte = byte.min(self.bytes.len());
        if byte < self.pos {
            *self = OffsetCursor::new_bytes(self.bytes);
        }
        let seg = self.bytes.get(self.pos..byte).unwrap_or_default();
        self.chars += count_chars(seg);
        self.line += count_bytes(seg, |b| b == b'\n');
        if count_bytes(seg, |b| b == b'\r') > 0 {
            // A lone CR ends a line too; CR LF counts once, by its LF.
            for (i, &b) in seg.iter().enumerate() {
                if b == b'\r' && self.bytes.get(self.pos + i + 1) != Some(&b'\n') {
                    self.line += 1;
                }
            }
        }
        self.pos = byte;
        (self.chars, self.line)
    }

    fn new_bytes(bytes: &'a [u8]) -> OffsetCursor<'a> {
        OffsetCursor { bytes, pos: 0, chars: 0, line: 1 }
    }
}

/// The number of chars starting in `bytes`: every byte but UTF-8 continuation
/// bytes (`0b10xx_xxxx`, below -64 as `i8`).
pub fn count_chars(bytes: &[u8]) -> usize {
    count_bytes(bytes, |b| (b as i8) >= -0x40)
}

/// The number of bytes for which `pred` holds. Counted in 8-bit lanes per block of
/// 255 bytes (the most a `u8` holds), which the compiler vectorises 16 or 32 bytes
/// at a time, unlike a `usize` count.
#[inline]
fn count_bytes(bytes: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|block| usize::from(block.iter().fold(0u8, |n, &b| n.wrapping_add(u8::from(pred(b))))))
        .sum()
}

/// `n` in decimal digits, written into the end of `buf`: the numbers the
/// sheet and the claim ids write, without allocating a `String`.
pub fn decimal(mut n: usize, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.get(at..).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_char_indices() {
        let text = "a€b😀c\r\nd\re";
        let map = OffsetMap::new(text);
        for (n, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_offset(b), n, "byte {b}");
        }
        assert_eq!(map.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn cursor_agrees_with_the_map() {
        let text = "a€b😀c\r\nd\re\n\nf\r\r\ng";
        let map = OffsetMap::new(text);
        let mut cursor = OffsetCursor::new(text);
        let mut bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bounds.push(text.len());
        // Ascending, then out of order (a restart).
        for &b in bounds.iter().chain(bounds.iter().rev()) {
            assert_eq!(cursor.at(b), (map.char_offset(b), map.line(b)), "byte {b}");
        }
        assert_eq!(count_chars("é😀x".as_bytes()), 3);
        for n in [0, 7, 10, 12345, usize::MAX] {
            assert_eq!(decimal(n, &mut [0; 20]), n.to_string().as_bytes());
        }
    }

    #[test]
    fn lines_count_lf_crlf_and_lone_cr() {
        let text = "a\r\nb\rc\nd";
        let map = OffsetMap::new(text);
        assert_eq!(map.line(0), 1);
        assert_eq!(map.line(3), 2);
        assert_eq!(map.line(5), 3);
        assert_eq!(map.line(7), 4);
    }
}
