//! The crate's hash map and set: one non-generic table for every key and value type.
//!
//! `std::collections::HashMap` is generic all the way down: each key and value type the
//! library used (a dozen) had its own copy of hashbrown's probing, insertion and growth, and
//! every key its SipHash, about 15 KB of the wasm module. Here the entries sit in a `Vec` in
//! the order they were inserted, and the part that finds them is one `Index` of entry
//! numbers, probed through a `dyn` comparison (as `crate::sort` does for sorting), so what is
//! generic is a few lines per type.
//!
//! Only what the library uses is here. Iteration is in insertion order (std's is in no
//! order: nothing here depends on it). The hash is FxHash's step (a rotate, a xor, a
//! multiply), with Fibonacci hashing to pick the slot: keys are figure indices, sentence
//! indices and short words, none chosen by an attacker to collide… and a text that did would
//! cost time, not a wrong answer.

use std::borrow::Borrow;
use std::hash::{Hash, Hasher};

/// A map from `K` to `V`.
pub struct Map<K, V> {
    entries: Vec<(K, V)>,
    index: Index,
}

/// A set of `K`.
pub struct Set<K> {
    map: Map<K, ()>,
}

/// Where each entry is: the non-generic part.
#[derive(Default)]
struct Index {
    /// Open addressing with linear probing: 0 is an empty slot, `n + 1` entry `n`. The
    /// length is 0 or a power of two, at least twice the number of entries.
    slots: Vec<u32>,
    /// Each entry's hash, for growing without the keys.
    hashes: Vec<u64>,
}

impl Index {
    /// The slot a hash starts probing at.
    fn home(&self, hash: u64) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
    }

    /// The entry whose hash is `hash` and for which `same` holds.
    fn find(&self, hash: u64, same: &dyn Fn(usize) -> bool) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = self.home(hash);
        loop {
            let entry = *self.slots.get(slot)? as usize;
            if entry == 0 {
                return None;
            }
            if self.hashes.get(entry - 1) == Some(&hash) && same(entry - 1) {
                return Some(entry - 1);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Records a new entry (the next one) with this hash.
    fn push(&mut self, hash: u64) {
        if (self.hashes.len() + 1) * 2 > self.slots.len() {
            let slots = (self.slots.len() * 2).max(8);
            self.slots = vec![0; slots];
            for entry in 0..self.hashes.len() {
                self.place(entry);
            }
        }
        self.hashes.push(hash);
        self.place(self.hashes.len() - 1);
    }

    /// Puts entry `entry` in the first empty slot from its home.
    fn place(&mut self, entry: usize) {
        let mask = self.slots.len() - 1;
        let mut slot = self.home(self.hashes[entry]);
        while self.slots[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        self.slots[slot] = entry as u32 + 1;
    }
}

/// FxHash's step per word.
struct Fx(u64);

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

// One copy, not one inlined at each of its 29 callers: smaller wasm.
#[inline(never)]
fn hash<Q: Hash + ?Sized>(key: &Q) -> u64 {
    let mut h = Fx(0);
    key.hash(&mut h);
    h.finish()
}

impl<K, V> Default for Map<K, V> {
    // One copy, not one inlined at each of its 26 callers (with `Set`'s): smaller wasm.
    #[inline(never)]
    fn default() -> Self {
        Map { entries: Vec::new(), index: Index::default() }
    }
}

impl<K: Hash + Eq, V> Map<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    // One copy, not one inlined at each of its 31 callers: smaller wasm.
    #[inline(never)]
    fn position<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        self.index.find(hash(key), &|e| self.entries.get(e).is_some_and(|(k, _)| k.borrow() == key))
    }

    // One copy, not one inlined at each of its 6 callers: smaller wasm.
    #[inline(never)]
    pub fn get<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.position(key).and_then(|e| self.entries.get(e)).map(|(_, v)| v)
    }

    // One copy, not one inlined at each of its 26 callers: smaller wasm.
    #[inline(never)]
    pub fn contains_key<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.position(key).is_some()
    }

    /// As std's, for `or_insert_with`, `or_insert` and `or_default`.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        Entry { map: self, key }
    }

    /// The value of `key`, inserted by `make` when the map has none.
    // One copy, not one inlined at each of its 12 callers: smaller wasm.
    #[inline(never)]
    fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let e = match self.position(&key) {
            Some(e) => e,
            None => {
                self.index.push(hash(&key));
                self.entries.push((key, make()));
                self.entries.len() - 1
            }
        };
        &mut self.entries[e].1
    }

    /// Sets the value of `key` (std's `insert`, without the old value: the key first
    /// inserted stays).
    pub fn insert(&mut self, key: K, value: V) {
        match self.position(&key) {
            Some(e) => self.entries[e].1 = value,
            None => {
                self.index.push(hash(&key));
                self.entries.push((key, value));
            }
        }
    }

    /// The entries, in the order they were inserted.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

pub struct Entry<'m, K, V> {
    map: &'m mut Map<K, V>,
    key: K,
}

impl<'m, K: Hash + Eq, V> Entry<'m, K, V> {
    pub fn or_insert_with(self, make: impl FnOnce() -> V) -> &'m mut V {
        self.map.get_or_insert_with(self.key, make)
    }

    pub fn or_insert(self, value: V) -> &'m mut V {
        self.or_insert_with(|| value)
    }

    pub fn or_default(self) -> &'m mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }
}

/// As std's: a later value for a key replaces an earlier one.
impl<K: Hash + Eq, V> FromIterator<(K, V)> for Map<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = Map::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<K> Default for Set<K> {
    fn default() -> Self {
        Set { map: Map::default() }
    }
}

impl<K: Hash + Eq> Set<K> {
    pub fn new() -> Self {
        Self::default()
    }

    // One copy, not one inlined at each of its 19 callers: smaller wasm.
    #[inline(never)]
    pub fn contains<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.map.contains_key(key)
    }

    /// Whether `key` was new.
    pub fn insert(&mut self, key: K) -> bool {
        let new = !self.map.contains_key(&key);
        if new {
            self.map.insert(key, ());
        }
        new
    }
}

impl<K: Hash + Eq> FromIterator<K> for Set<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        let mut set = Set::new();
        set.extend(iter);
        set
    }
}

impl<K: Hash + Eq> Extend<K> for Set<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, iter: I) {
        for k in iter {
            self.insert(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    /// A small deterministic generator (xorshift).
    fn numbers(seed: u64, n: usize) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x
            })
            .collect()
    }

    #[test]
    fn maps_answer_as_std_does() {
        for (seed, range) in [(1, 10), (2, 100), (3, 1000), (4, 5000), (5, 3)] {
            let mut ours: Map<usize, usize> = Map::new();
            let mut std: HashMap<usize, usize> = HashMap::new();
            for (i, x) in numbers(seed, 4000).into_iter().enumerate() {
                let key = (x % range) as usize;
                match x % 3 {
                    0 => {
                        ours.insert(key, i);
                        std.insert(key, i);
                    }
                    1 => {
                        *ours.entry(key).or_insert_with(|| i) += 1;
                        *std.entry(key).or_insert_with(|| i) += 1;
                    }
                    _ => assert_eq!(ours.get(&key), std.get(&key)),
                }
                assert_eq!(ours.contains_key(&key), std.contains_key(&key));
            }
            let mut all: Vec<(usize, usize)> = ours.iter().map(|(&k, &v)| (k, v)).collect();
            let mut theirs: Vec<(usize, usize)> = std.into_iter().collect();
            all.sort_unstable();
            theirs.sort_unstable();
            assert_eq!(all, theirs);
        }
    }

    #[test]
    fn later_values_win_when_collected() {
        let map: Map<usize, &str> = [(1, "a"), (2, "b"), (1, "c")].into_iter().collect();
        assert_eq!(map.get(&1), Some(&"c"));
        assert_eq!(map.iter().map(|(&k, _)| k).collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn sets_of_strings_are_looked_up_by_str() {
        let words = ["heineken", "elan", "", "biogen", "é", "elan"];
        let ours: Set<String> = words.iter().map(|w| w.to_string()).collect();
        let std: HashSet<String> = words.iter().map(|w| w.to_string()).collect();
        for w in ["heineken", "Heineken", "elan", "", "x", "é", "biogen", "biogen "] {
            assert_eq!(ours.contains(w), std.contains(w), "{w:?}");
        }
        let mut set = Set::new();
        assert!(set.insert(("a", "b")));
        assert!(!set.insert(("a", "b")));
        assert!(set.insert(("ab", "")));
        assert!(set.contains(&("a", "b")) && !set.contains(&("b", "a")));
    }
}
