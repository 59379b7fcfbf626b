/// The stable claim id: `c-` + 12 hex digits of a 64-bit FNV-1a hash over the
/// document id, kind, normalised claim text, quantity and occurrence number.
///
/// FNV-1a is fixed by its definition, so ids do not change between Rust
/// versions or platforms (unlike `DefaultHasher`). The claim text is
/// normalised (whitespace collapsed, lower-cased) so that reflowing a line
/// does not change the id; the occurrence number tells apart identical claims
/// in one document.
pub fn claim_id(doc_id: &str, kind: &str, claim_text: &str, quantity: &str, occurrence: usize) -> String {
    ClaimKey::new(doc_id, kind, claim_text, quantity).id(occurrence)
}

/// The hash of a claim before its occurrence number: equal for claims that differ
/// only by where they stand, so it also serves to count occurrences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClaimKey(u64);

impl ClaimKey {
    /// Hashes the document id, kind, normalised claim text and quantity.
    pub fn new(doc_id: &str, kind: &str, claim_text: &str, quantity: &str) -> ClaimKey {
        TextHash::new(doc_id, kind, claim_text).key(quantity)
    }

    /// The claim id of this claim's `occurrence`-th appearance (from 0).
    pub fn id(self, occurrence: usize) -> String {
        let mut h = Fnv(self.0);
        // The occurrence in decimal digits, most significant first.
        h.write(claimsheet_core::decimal(occurrence, &mut [0; 20]));
        // "c-" and the top 48 bits as 12 lower-case hex digits.
        let value = h.0 >> 16;
        let mut id = String::with_capacity(14);
        id.push_str("c-");
        for shift in (0..12).rev() {
            let nibble = ((value >> (shift * 4)) & 0xf) as u8;
            id.push(char::from(if nibble < 10 { b'0' + nibble } else { b'a' + nibble - 10 }));
        }
        id
    }
}

/// The hash state after the document id, kind and normalised claim text: the
/// numbers of one sentence share their claim text, so it is hashed once for all.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TextHash(u64);

impl TextHash {
    /// Hashes the document id, kind and normalised claim text.
    pub(crate) fn new(doc_id: &str, kind: &str, claim_text: &str) -> TextHash {
        TextHash::hash(doc_id, kind, claim_text, crate::assemble::is_collapsed(claim_text))
    }

    /// [`TextHash::new`] with `collapsed` saying whether the claim text is known to
    /// have single spaces only, between words (as the assembled ones mostly are).
    pub(crate) fn hash(doc_id: &str, kind: &str, claim_text: &str, collapsed: bool) -> TextHash {
        let mut h = Fnv::new();
        h.write(doc_id.as_bytes());
        h.sep();
        h.write(kind.as_bytes());
        h.sep();
        // The words split at whitespace, joined by one space, lower-cased char
        // by char: one pass, ASCII without decoding.
        let bytes = claim_text.as_bytes();
        if collapsed && bytes.is_ascii() {
            // Already normalised but for case (the claim texts of the sheet are):
            // each byte lower-cased as it is.
            for &b in bytes {
                h.byte(ASCII_LOWER[usize::from(b)]);
            }
            h.sep();
            return TextHash(h.0);
        }
        let (mut started, mut pending_space) = (false, false);
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let folded = FOLD[usize::from(b)];
            if folded == SPACE {
                pending_space = started;
                i += 1;
                continue;
            }
            if folded != NON_ASCII {
                if std::mem::take(&mut pending_space) {
                    h.byte(b' ');
                }
                started = true;
                h.byte(folded);
                i += 1;
                continue;
            }
            let Some(c) = claim_text.get(i..).and_then(|r| r.chars().next()) else { break };
            i += c.len_utf8();
            if c.is_whitespace() {
                pending_space = started;
                continue;
            }
            if std::mem::take(&mut pending_space) {
                h.byte(b' ');
            }
            started = true;
            for l in c.to_lowercase() {
                let mut buf = [0u8; 4];
                h.write(l.encode_utf8(&mut buf).as_bytes());
            }
        }
        h.sep();
        TextHash(h.0)
    }

    /// The claim key of this text with `quantity`.
    pub(crate) fn key(self, quantity: &str) -> ClaimKey {
        let mut h = Fnv(self.0);
        h.write(quantity.as_bytes());
        h.sep();
        ClaimKey(h.0)
    }
}

/// [`FOLD`]: an ASCII whitespace byte (as `char::is_whitespace`).
const SPACE: u8 = 0xff;
/// [`FOLD`]: a byte of a non-ASCII char.
const NON_ASCII: u8 = 0x80;

/// Each byte's lower-case form for hashing, or [`SPACE`] or [`NON_ASCII`].
static FOLD: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        t[b] = if c == b' ' || (c >= 0x09 && c <= 0x0d) { SPACE } else { c.to_ascii_lowercase() };
        b += 1;
    }
    t
};

/// Each byte ASCII-lower-cased: one load per byte in the hash's fast path.
static ASCII_LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).to_ascii_lowercase();
        b += 1;
    }
    t
};

struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    #[inline]
    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.byte(b);
        }
    }
    fn sep(&mut self) {
        self.write(&[0x1f]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_normalised() {
        let a = claim_id("d", "numeric", "117 drones  hit\nairfields", "117", 0);
        let b = claim_id("d", "numeric", "117 Drones hit airfields", "117", 0);
        assert_eq!(a, b);
        assert_eq!(a.len(), 14);
        assert!(a.starts_with("c-"));
        assert_ne!(a, claim_id("d", "numeric", "117 drones hit airfields", "117", 1));
        assert_ne!(a, claim_id("e", "numeric", "117 drones hit airfields", "117", 0));
        for occurrence in [0, 9, 10, 12345, usize::MAX] {
            let key = ClaimKey::new("d", "numeric", "x", "1");
            let mut h = Fnv(key.0);
            h.write(occurrence.to_string().as_bytes());
            assert_eq!(key.id(occurrence), format!("c-{:012x}", h.0 >> 16));
        }
        // Pinned values: changing the hash changes every sheet ever written.
        assert_eq!(claim_id("doc", "direct_quote", " Ünter  den\u{a0}LINDEN\tΣ ", "", 2), "c-69916f9692bc");
        assert_eq!(claim_id("doc", "numeric", "x", "1", 0), "c-cde39f253132");
    }

    /// The definition: words split at whitespace, joined by one space, each char
    /// lower-cased on its own.
    fn reference(doc_id: &str, kind: &str, text: &str, quantity: &str) -> u64 {
        let mut h = Fnv::new();
        h.write(doc_id.as_bytes());
        h.sep();
        h.write(kind.as_bytes());
        h.sep();
        let words: Vec<String> =
            text.split_whitespace().map(|w| w.chars().flat_map(char::to_lowercase).collect()).collect();
        h.write(words.join(" ").as_bytes());
        h.sep();
        h.write(quantity.as_bytes());
        h.sep();
        h.0
    }

    proptest::proptest! {
        #[test]
        fn keys_follow_the_definition(text in "[ aB\t\n\u{a0}\u{2003}ÉΣ’1.]{0,24}") {
            let want = reference("d", "numeric", &text, "1");
            proptest::prop_assert_eq!(ClaimKey::new("d", "numeric", &text, "1").0, want);
            let collapsed = crate::assemble::collapse_whitespace(&text);
            let fast = TextHash::hash("d", "numeric", &collapsed, true).key("1").0;
            proptest::prop_assert_eq!(fast, want);
        }
    }
}
