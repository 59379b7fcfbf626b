//! A word-list table keyed by the word's bytes packed into one integer: the
//! stages look up nearly every token of a document, and hashing and
//! comparing a `u128` costs far less than hashing a string and calling
//! `memcmp` (the std map cost ~90 instructions a word).

/// Words of up to [`WordTable::KEY_BYTES`] bytes to a value: open addressing,
/// at most an eighth full, keyed by [`WordTable::key`].
///
/// A probe first tests the slot's bit in a bitmap of the taken slots (one bit
/// a slot: 2 KiB for a list of 2,000 words, which stays in the nearest cache
/// beside the text being read) and reads the key and value only where the
/// slot is taken. Most words of a text are on no list, and seven in eight of
/// those end at the bitmap; a listed word reads one entry. (A 16-bit
/// fingerprint per slot, read before the entry, was 32 KiB for such a list:
/// cachegrind put one L1 read miss in nine of the whole pipeline on it and
/// the entry after it.)
#[derive(Debug, Clone)]
pub struct WordTable<V> {
    /// Which slots are taken.
    taken: TakenSlots,
    /// Per slot the key and value (meaningful where the slot is taken).
    entries: Vec<(u128, V)>,
    /// `64 - log2(slots)`: the hash's top bits index the table.
    shift: u32,
}

impl<V: Copy + Default> WordTable<V> {
    /// Longest word the table holds: the key's last byte is the length.
    pub const KEY_BYTES: usize = 15;

    /// A table of `entries`; words that do not fit a key are left out (look
    /// them up elsewhere). A word given twice keeps its last value.
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, V)>) -> WordTable<V> {
        let keyed: Vec<(u128, V)> =
            entries.into_iter().filter_map(|(w, v)| Some((Self::key(w.as_bytes())?, v))).collect();
        let size = (keyed.len() * 8).next_power_of_two().max(64);
        let mut table = WordTable {
            taken: TakenSlots::new(size),
            entries: vec![(0, V::default()); size],
            shift: 64 - size.trailing_zeros(),
        };
        for (key, value) in keyed {
            let mut i = table.slot(key);
            while table.taken.is_taken(i) && table.entries.get(i).is_some_and(|e| e.0 != key) {
                i = (i + 1) & (size - 1);
            }
            if let Some(e) = table.entries.get_mut(i) {
                *e = (key, value);
                table.taken.take(i);
            }
        }
        table
    }

    /// The word's bytes and length packed into an integer (so no two words
    /// share a key); `None` when it is empty or too long.
    pub fn key(word: &[u8]) -> Option<u128> {
        let n = word.len();
        if n == 0 || n > Self::KEY_BYTES {
            return None;
        }
        let (lo, hi) = word.split_at(n.min(8));
        Some(Self::pack(load_le(lo), load_le(hi), n))
    }

    /// [`WordTable::key`] of `text[at..at + len]`. Where `text` runs on for 16
    /// bytes from `at`, two 8-byte loads and a mask do: most words.
    #[inline]
    pub fn key_at(text: &[u8], at: usize, len: usize) -> Option<u128> {
        if len == 0 || len > Self::KEY_BYTES {
            return None;
        }
        let Some((lo, hi)) = text.get(at..at + 16).map(|w| w.split_at(8)) else {
            return Self::key(text.get(at..at + len)?);
        };
        let (lo, hi) = (load_le(lo), load_le(hi));
        // The bytes after the word are masked off: `(1 << 8n) - 1` keeps n bytes.
        let keep = |n: usize| (1u64 << (8 * n)) - 1;
        Some(if len < 8 {
            Self::pack(lo & keep(len), 0, len)
        } else {
            Self::pack(lo, hi & keep(len - 8), len)
        })
    }

    /// The key of a word of `len` bytes whose first eight and next seven
    /// bytes, zero-padded, are `lo` and `hi`.
    #[inline]
    pub fn pack(lo: u64, hi: u64, len: usize) -> u128 {
        u128::from(lo) | u128::from(hi) << 64 | (len as u128) << 120
    }

    /// The key's first slot.
    #[inline]
    fn slot(&self, key: u128) -> usize {
        // Fold the halves (the rotation keeps the length byte and the bytes
        // 8.. off the first bytes), then Fibonacci-hash: the top bits mix
        // every byte and index the table.
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The value for a key made by [`WordTable::key`]; the table is at most
    /// an eighth full, so probes are short and always reach a free slot. (A
    /// quarter full, one word in four off the lists went on to a second slot,
    /// and the pipeline ran 3% slower.)
    #[inline]
    pub fn get(&self, key: u128) -> Option<V> {
        let mask = self.entries.len() - 1;
        let mut i = self.slot(key);
        loop {
            if !self.taken.is_taken(i) {
                return None;
            }
            if let Some(&(k, value)) = self.entries.get(i) {
                if k == key {
                    return Some(value);
                }
            }
            i = (i + 1) & mask;
        }
    }
}

/// One bit per slot of an open-addressing table, set where the slot is taken:
/// the compact first test of a probe, so a look-up that finds a free slot
/// touches one bit, not the slot.
#[derive(Debug, Clone)]
pub struct TakenSlots(Vec<u64>);

impl TakenSlots {
    /// `slots` free slots.
    pub fn new(slots: usize) -> TakenSlots {
        TakenSlots(vec![0; slots.div_ceil(64)])
    }

    /// Whether slot `i` is taken (false past the end).
    #[inline]
    pub fn is_taken(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 != 0)
    }

    /// Marks slot `i` taken (nothing past the end).
    pub fn take(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }
}

/// Up to eight bytes as a little-endian integer, zero-padded: a few loads,
/// no loop and no `memcpy`. Overlapping loads are OR-ed; the bytes they
/// share are the same.
#[inline]
pub fn load_le(b: &[u8]) -> u64 {
    let n = b.len();
    let u32_at = |i: usize| b.get(i..i + 4).and_then(|s| s.try_into().ok()).map_or(0, u32::from_le_bytes);
    let byte = |i: usize| b.get(i).copied().map_or(0, u64::from);
    match n {
        0 => 0,
        1..=3 => byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1)),
        4..=7 => u64::from(u32_at(0)) | u64::from(u32_at(n - 4)) << (8 * (n - 4)),
        _ => b.get(..8).and_then(|s| s.try_into().ok()).map_or(0, u64::from_le_bytes),
    }
}

/// For eight bytes read as a little-endian integer: the high bit of each
/// byte that is not an ASCII letter or digit, and the bytes with ASCII
/// letters lower-cased (a digit's 0x20 bit is already set, so OR-ing it in
/// changes only upper-case letters among letters and digits). The word
/// scanners of the stages read text eight bytes at a time with it.
#[inline]
pub fn alnum_stops_and_lowered(x: u64) -> (u64, u64) {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Per byte, on its low seven bits (so no sum carries into the next
    // byte): the high bit of `y + (0x80 - lo)` is set when `y >= lo`, and
    // of `y + (0x7f - hi)` when `y > hi`.
    let y = x & LOW7;
    let folded = y | (0x20 * ONES); // upper-case letters to lower case
    let letter = (folded + (0x80 - u64::from(b'a')) * ONES) & !(folded + (0x7f - u64::from(b'z')) * ONES);
    let digit = (y + (0x80 - u64::from(b'0')) * ONES) & !(y + (0x7f - u64::from(b'9')) * ONES);
    // Bytes with the high bit set are not ASCII.
    let alnum = (letter | digit) & !x & HIGH;
    (!alnum & HIGH, folded)
}

/// The number of ASCII letters and digits at the start of the eight bytes
/// `x` (little-endian), 8 when all are.
#[inline]
pub fn alnum_prefix(x: u64) -> usize {
    let (stop, _) = alnum_stops_and_lowered(x);
    if stop == 0 {
        8
    } else {
        (stop.trailing_zeros() / 8) as usize
    }
}

/// The number of ASCII letters and digits starting at byte `at`: eight bytes
/// at a time where the text runs on (a whole word, most often), then byte by byte.
#[inline]
pub fn alnum_run(bytes: &[u8], at: usize) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(at + n..at + n + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let k = alnum_prefix(u64::from_le_bytes(chunk));
        if k < 8 {
            return n + k;
        }
        n += 8;
    }
    while bytes.get(at + n).is_some_and(u8::is_ascii_alphanumeric) {
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alnum_runs_match_byte_tests() {
        let text = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 @[`{/:é’\x7f\t09azAZ";
        let bytes = text.as_bytes();
        for at in 0..bytes.len() {
            let want = bytes[at..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            assert_eq!(alnum_run(bytes, at), want, "at {at}");
        }
        for b in 0..=255u8 {
            let chunk = [b'a', b, b'z', b'0', b'9', b'A', b'Z', b'q', b'x'];
            let want = chunk.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            assert_eq!(alnum_run(&chunk, 0), want, "byte {b}");
            assert_eq!(alnum_run(&[b; 9], 0), if b.is_ascii_alphanumeric() { 9 } else { 0 }, "byte {b}");
            let x = u64::from_le_bytes([b, b'A', b'z', b'0', b'9', b'Q', b'x', b'1']);
            assert_eq!(alnum_stops_and_lowered(x).1.to_le_bytes()[1], b'a', "byte {b}");
        }
    }

    #[test]
    fn taken_slots_mark_single_bits() {
        let mut taken = TakenSlots::new(130);
        for i in [0, 63, 64, 129, 500] {
            taken.take(i);
        }
        let set: Vec<usize> = (0..600).filter(|&i| taken.is_taken(i)).collect();
        assert_eq!(set, [0, 63, 64, 129]);
    }

    #[test]
    fn a_large_table_finds_its_words_and_no_others() {
        // Enough words that first slots collide and probes run on.
        let words: Vec<String> = (0..5000).map(|i| format!("w{i:x}q")).collect();
        let table = WordTable::new(words.iter().enumerate().map(|(i, w)| (w.as_str(), i as u32 + 1)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(
                WordTable::<u32>::key(w.as_bytes()).and_then(|k| table.get(k)),
                Some(i as u32 + 1),
                "{w}"
            );
        }
        for i in 0..20000 {
            let absent = format!("w{i:x}z");
            assert_eq!(WordTable::<u32>::key(absent.as_bytes()).and_then(|k| table.get(k)), None, "{absent}");
        }
    }

    #[test]
    fn keys_loads_and_lookups() {
        for w in ["a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghijklmno"] {
            let mut padded = [0u8; 8];
            let n = w.len().min(8);
            padded[..n].copy_from_slice(&w.as_bytes()[..n]);
            assert_eq!(load_le(&w.as_bytes()[..n]), u64::from_le_bytes(padded), "{w}");
            let text = format!("{w} and more text after it");
            assert_eq!(
                WordTable::<u8>::key_at(text.as_bytes(), 0, w.len()),
                WordTable::<u8>::key(w.as_bytes())
            );
        }
        assert_ne!(WordTable::<u8>::key(b"ab"), WordTable::<u8>::key(b"ab\0"));
        assert_eq!(WordTable::<u8>::key(b"abcdefghijklmnop"), None);
        let table = WordTable::new([("said", 1u8), ("told", 2), ("told", 3)]);
        let get = |w: &str| WordTable::<u8>::key(w.as_bytes()).and_then(|k| table.get(k));
        assert_eq!((get("said"), get("told"), get("sad")), (Some(1), Some(3), None));
    }
}
