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
        h.write(occurrence.to_string().as_bytes());
        format!("c-{:012x}", h.0 >> 16)
    }
}

/// The hash state after the document id, kind and normalised claim text: the
/// numbers of one sentence share their claim text, so it is hashed once for all.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TextHash(u64);

impl TextHash {
    /// Hashes the document id, kind and normalised claim text.
    pub(crate) fn new(doc_id: &str, kind: &str, claim_text: &str) -> TextHash {
        let mut h = Fnv::new();
        h.write(doc_id.as_bytes());
        h.sep();
        h.write(kind.as_bytes());
        h.sep();
        for (i, word) in claim_text.split_whitespace().enumerate() {
            if i > 0 {
                h.write(b" ");
            }
            if word.is_ascii() {
                for b in word.bytes() {
                    h.byte(b.to_ascii_lowercase());
                }
            } else {
                for ch in word.chars().flat_map(char::to_lowercase) {
                    let mut buf = [0u8; 4];
                    h.write(ch.encode_utf8(&mut buf).as_bytes());
                }
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
        // Pinned value: changing the hash changes every sheet ever written.
        assert_eq!(claim_id("doc", "numeric", "x", "1", 0), "c-cde39f253132");
    }
}
