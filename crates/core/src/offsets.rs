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
    fn lines_count_lf_crlf_and_lone_cr() {
        let text = "a\r\nb\rc\nd";
        let map = OffsetMap::new(text);
        assert_eq!(map.line(0), 1);
        assert_eq!(map.line(3), 2);
        assert_eq!(map.line(5), 3);
        assert_eq!(map.line(7), 4);
    }
}
