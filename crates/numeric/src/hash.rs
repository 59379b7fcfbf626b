//! Hash tables of the lexicon.
//!
//! Words of the input are looked up in [`PackedMap`], a table made for that
//! one job. The few words longer than 16 bytes go to a std map with the rustc
//! "Fx" hash: keys come from our own data files, so SipHash's flood
//! resistance buys nothing.

use claimsheet_core::TakenSlots;
use std::collections::HashMap;

/// A `HashMap` with the Fx hash.
pub(crate) type FastMap<K, V> = HashMap<K, V, rustc_hash::FxBuildHasher>;

/// Id of an empty slot in a [`PackedMap`] (never stored as a value).
const EMPTY: u32 = u32::MAX;

/// A map from words packed into a `u128` (see `token::pack`) to `u32` ids,
/// by open addressing with linear probing.
///
/// The tokenizer looks up most words of every sentence that may hold a
/// number, and `std`'s map spends more on hashing and group probing than a
/// small table needs: here the hash is one multiplication, the table is kept
/// at most a quarter full so a probe seldom goes past the first slot, and a
/// slot is a key compare.
///
/// A probe first tests the slot's bit in a bitmap of the taken slots (one
/// bit a slot, so it stays in the first-level cache) and reads the slot only
/// when it is taken: most words of a text are in no list, and three in four
/// of their look-ups end there.
#[derive(Debug, Clone)]
pub(crate) struct PackedMap {
    /// Which slots are taken.
    taken: TakenSlots,
    slots: Vec<Slot>,
    /// Right shift that keeps the top `log2(slots)` bits of the hash.
    shift: u32,
    len: usize,
}

/// One slot: a key as two halves (24 bytes a slot rather than the 32 of a
/// 16-byte aligned `u128`) and its id, `EMPTY` when the slot is free, so no
/// key value is reserved. A hit reads one slot.
#[derive(Debug, Clone, Copy)]
struct Slot {
    lo: u64,
    hi: u64,
    id: u32,
}

impl Default for PackedMap {
    fn default() -> Self {
        PackedMap::with_slots(16)
    }
}

impl PackedMap {
    /// An empty table of `slots` slots (a power of two).
    fn with_slots(slots: usize) -> Self {
        let free = Slot { lo: 0, hi: 0, id: EMPTY };
        PackedMap {
            taken: TakenSlots::new(slots),
            slots: vec![free; slots],
            shift: 64 - slots.trailing_zeros(),
            len: 0,
        }
    }

    /// The home slot of the key `(lo, hi)`: the halves folded and multiplied
    /// by a large odd constant (Fibonacci hashing); the top bits mix every
    /// input byte and give the slot.
    #[inline]
    fn home(&self, lo: u64, hi: u64) -> usize {
        let folded = lo ^ hi.rotate_left(29);
        (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// Adds or replaces `key`. `id` must not be `u32::MAX`.
    pub(crate) fn insert(&mut self, key: u128, id: u32) {
        debug_assert_ne!(id, EMPTY);
        if (self.len + 1) * 4 > self.slots.len() {
            let mut bigger = PackedMap::with_slots(self.slots.len() * 2);
            for s in self.slots.iter().filter(|s| s.id != EMPTY) {
                bigger.insert(u128::from(s.lo) | u128::from(s.hi) << 64, s.id);
            }
            *self = bigger;
        }
        let (lo, hi) = (key as u64, (key >> 64) as u64);
        let mask = self.slots.len() - 1;
        let mut at = self.home(lo, hi);
        while let Some(slot) = self.slots.get_mut(at) {
            if slot.id == EMPTY {
                *slot = Slot { lo, hi, id };
                self.taken.take(at);
                self.len += 1;
                return;
            }
            if (slot.lo, slot.hi) == (lo, hi) {
                slot.id = id;
                return;
            }
            at = (at + 1) & mask;
        }
    }

    /// The id of `key`, if present.
    #[inline]
    pub(crate) fn get(&self, key: u128) -> Option<u32> {
        let (lo, hi) = (key as u64, (key >> 64) as u64);
        let mask = self.slots.len() - 1;
        let mut at = self.home(lo, hi);
        // The table is never full, so the loop meets a free slot.
        loop {
            if !self.taken.is_taken(at) {
                return None;
            }
            let slot = self.slots.get(at)?;
            if (slot.lo ^ lo) | (slot.hi ^ hi) == 0 {
                return Some(slot.id);
            }
            at = (at + 1) & mask;
        }
    }

    /// Every key with its id (order unspecified).
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u128, u32)> + '_ {
        self.slots.iter().filter(|s| s.id != EMPTY).map(|s| (u128::from(s.lo) | u128::from(s.hi) << 64, s.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_map_finds_what_was_inserted() {
        let mut m = PackedMap::default();
        for k in 0..1000u128 {
            m.insert(k * 0x1_0000_0001 + (k << 70), u32::try_from(k).unwrap_or(0));
        }
        m.insert(5 * 0x1_0000_0001 + (5 << 70), 77);
        for k in 0..1000u128 {
            let want = if k == 5 { 77 } else { u32::try_from(k).unwrap_or(0) };
            assert_eq!(m.get(k * 0x1_0000_0001 + (k << 70)), Some(want));
        }
        assert_eq!(m.get(1 << 127), None);
        for k in 1000..5000u128 {
            assert_eq!(m.get(k * 0x1_0000_0001 + (k << 70)), None, "{k}");
        }
        assert_eq!(m.iter().count(), 1000);
    }
}
