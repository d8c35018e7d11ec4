//! An insertion-ordered hash map for `dict`, with CPython's observable
//! behaviour (`Objects/dictobject.c`): iteration in insertion order,
//! assigning to an existing key keeps its place (and its original key
//! object), deleting and re-adding a key moves it to the end, and `popitem`
//! takes the last entry.
//!
//! The layout follows CPython's compact dict: entries in a `Vec` in
//! insertion order (deleted ones left as holes), and a separate open
//! addressing index of entry positions probed with CPython's
//! `i = (i * 5 + perturb + 1) & mask`. The exact slots do not matter for
//! dicts (nothing observable depends on them), so the index is simply kept
//! under two-thirds full and rebuilt, squeezing out the holes, when deleted
//! slots pile up. Lookups take the hash and a fallible equality closure,
//! like [`SetTable`](super::set_table::SetTable).

/// An index slot that never held an entry.
const EMPTY: usize = usize::MAX;
/// An index slot whose entry was deleted.
const DELETED: usize = usize::MAX - 1;
/// Index slots of a new dict.
const MIN_SLOTS: usize = 8;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
struct Entry<K, V> {
    hash: i64,
    key: K,
    value: V,
}

/// A dict's contents: `(key, value)` pairs with their key hashes.
#[derive(Clone, Debug)]
pub struct DictTable<K, V> {
    /// In insertion order; `None` where an entry was deleted.
    entries: Vec<Option<Entry<K, V>>>,
    /// Positions in `entries`, or `EMPTY`/`DELETED`.
    index: Vec<usize>,
    /// Live entries.
    len: usize,
    /// `DELETED` slots in `index`.
    deleted: usize,
}

impl<K, V> Default for DictTable<K, V> {
    fn default() -> Self {
        DictTable::new()
    }
}

impl<K, V> DictTable<K, V> {
    /// An empty dict.
    pub fn new() -> Self {
        DictTable {
            entries: Vec::new(),
            index: vec![EMPTY; MIN_SLOTS],
            len: 0,
            deleted: 0,
        }
    }

    /// An empty dict with room for `n` entries without rebuilding.
    pub fn with_capacity(n: usize) -> Self {
        DictTable {
            entries: Vec::with_capacity(n),
            index: vec![EMPTY; slots_for(n)],
            len: 0,
            deleted: 0,
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Index slots probed for `hash`, in order, forever (the caller stops).
    fn probe(&self, hash: i64) -> impl Iterator<Item = usize> {
        let mask = self.index.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        std::iter::once(i).chain(std::iter::from_fn(move || {
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64).wrapping_mul(5).wrapping_add(perturb).wrapping_add(1) & mask as u64) as usize;
            Some(i)
        }))
    }

    /// The index slot and entry position of the key sought, if present.
    fn lookup<E>(&self, hash: i64, mut eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<(usize, usize)>, E> {
        for slot in self.probe(hash) {
            match self.index[slot] {
                EMPTY => return Ok(None),
                DELETED => {}
                pos => {
                    if let Some(entry) = &self.entries[pos] {
                        if entry.hash == hash && eq(&entry.key)? {
                            return Ok(Some((slot, pos)));
                        }
                    }
                }
            }
        }
        Ok(None)
    }

    /// The position in insertion order of the key sought (usable with
    /// [`get_at`](Self::get_at)). `eq(stored)` compares a stored key with it.
    pub fn find<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<usize>, E> {
        Ok(self.lookup(hash, eq)?.map(|(_, pos)| pos))
    }

    /// Whether the key sought is present.
    pub fn contains_key<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<bool, E> {
        Ok(self.lookup(hash, eq)?.is_some())
    }

    /// The value of the key sought.
    pub fn get<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<&V>, E> {
        Ok(self
            .find(hash, eq)?
            .and_then(|pos| self.get_at(pos))
            .map(|(_, value)| value))
    }

    /// The value of the key sought, to change in place.
    pub fn get_mut<E>(&mut self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<&mut V>, E> {
        let pos = self.find(hash, eq)?;
        Ok(pos.and_then(|pos| self.get_at_mut(pos)).map(|(_, value)| value))
    }

    /// The entry at a position returned by [`find`](Self::find) or
    /// [`next_entry`](Self::next_entry); `None` if it was deleted.
    pub fn get_at(&self, pos: usize) -> Option<(&K, &V)> {
        self.entries.get(pos)?.as_ref().map(|e| (&e.key, &e.value))
    }

    /// The entry at a position, with its value mutable.
    pub fn get_at_mut(&mut self, pos: usize) -> Option<(&K, &mut V)> {
        self.entries.get_mut(pos)?.as_mut().map(|e| (&e.key, &mut e.value))
    }

    /// `d[key] = value`: replaces the value of an equal key (keeping the
    /// stored key and its place) and returns the old value, or appends the
    /// entry at the end. `eq(stored)` compares a stored key with `key`.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        value: V,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        if let Some((_, pos)) = self.lookup(hash, eq)? {
            if let Some(entry) = &mut self.entries[pos] {
                return Ok(Some(std::mem::replace(&mut entry.value, value)));
            }
        }
        self.push_new(hash, key, value);
        Ok(None)
    }

    /// Appends an entry whose key a lookup has just shown to be absent.
    pub fn push(&mut self, hash: i64, key: K, value: V) {
        self.push_new(hash, key, value);
    }

    /// Removes the entry at a position returned by [`find`](Self::find)
    /// (`None` if there is none there).
    pub fn remove_entry(&mut self, pos: usize) -> Option<(K, V)> {
        let hash = self.entries.get(pos)?.as_ref()?.hash;
        let slot = self.probe(hash).find(|&slot| self.index[slot] == pos)?;
        self.remove_at(slot, pos)
    }

    /// Appends an entry whose key is known to be absent.
    fn push_new(&mut self, hash: i64, key: K, value: V) {
        if (self.len + self.deleted + 1) * 3 >= self.index.len() * 2 {
            self.rebuild(self.len + 1);
        }
        let slot = self.free_slot(hash);
        if self.index[slot] == DELETED {
            self.deleted -= 1;
        }
        self.index[slot] = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
    }

    /// The first empty or deleted index slot on `hash`'s probe path.
    fn free_slot(&self, hash: i64) -> usize {
        self.probe(hash)
            .find(|&slot| matches!(self.index[slot], EMPTY | DELETED))
            .unwrap_or(0)
    }

    /// `del d[key]` / `d.pop(key)`: removes and returns the entry of the key sought.
    pub fn remove<E>(&mut self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Option<(K, V)>, E> {
        let Some((slot, pos)) = self.lookup(hash, eq)? else {
            return Ok(None);
        };
        Ok(self.remove_at(slot, pos))
    }

    fn remove_at(&mut self, slot: usize, pos: usize) -> Option<(K, V)> {
        self.index[slot] = DELETED;
        self.deleted += 1;
        self.len -= 1;
        let entry = self.entries[pos].take()?;
        // Trailing holes serve no purpose; dropping them keeps `popitem` O(1).
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        Some((entry.key, entry.value))
    }

    /// `d.popitem()`: removes and returns the last entry, or `None` when
    /// empty (CPython's `KeyError: 'popitem(): dictionary is empty'`).
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        let pos = self.entries.len().checked_sub(1)?;
        let hash = self.entries[pos].as_ref()?.hash;
        let slot = self.probe(hash).find(|&slot| self.index[slot] == pos)?;
        self.remove_at(slot, pos)
    }

    /// `d.clear()`.
    pub fn clear(&mut self) {
        *self = DictTable::new();
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + '_ {
        self.entries.iter().flatten().map(|e| (&e.key, &e.value))
    }

    /// `(hash, key, value)` in insertion order (`set(d)` reuses the hashes).
    pub fn entries(&self) -> impl DoubleEndedIterator<Item = (i64, &K, &V)> + '_ {
        self.entries.iter().flatten().map(|e| (e.hash, &e.key, &e.value))
    }

    /// Keys in insertion order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + '_ {
        self.iter().map(|(key, _)| key)
    }

    /// Values in insertion order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + '_ {
        self.iter().map(|(_, value)| value)
    }

    /// Values in insertion order, mutable.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> + '_ {
        self.entries.iter_mut().flatten().map(|e| &mut e.value)
    }

    /// The first entry at or after position `pos`, with the position to
    /// continue from: what a dict iterator keeps between steps. Positions
    /// stay valid until an insertion (which may compact the entries; CPython
    /// raises "dictionary changed size during iteration" then anyway).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, &K, &V)> {
        let rest = self.entries.get(pos..)?;
        let offset = rest.iter().position(Option::is_some)?;
        let entry = rest[offset].as_ref()?;
        Some((pos + offset + 1, &entry.key, &entry.value))
    }

    /// Squeezes out deleted entries and rebuilds the index for `n` entries,
    /// at most a third full, so that at least `n` more insertions or
    /// deletions happen before the next rebuild (amortised O(1)).
    fn rebuild(&mut self, n: usize) {
        self.entries.retain(Option::is_some);
        self.index = vec![EMPTY; slots_for(2 * n.max(self.len))];
        self.deleted = 0;
        for pos in 0..self.entries.len() {
            if let Some(hash) = self.entries[pos].as_ref().map(|e| e.hash) {
                let slot = self.free_slot(hash);
                self.index[slot] = pos;
            }
        }
    }
}

/// The power-of-two index size that keeps `n` entries under two-thirds full.
fn slots_for(n: usize) -> usize {
    let mut slots = MIN_SLOTS;
    while n * 3 >= slots * 2 {
        slots <<= 1;
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::algo::hash::{hash_i64, hash_str};

    fn eq_str<'a>(sought: &'a str) -> impl FnMut(&String) -> Result<bool, ()> + 'a {
        move |stored| Ok(stored == sought)
    }

    fn put(d: &mut DictTable<String, i32>, key: &str, value: i32) -> Option<i32> {
        d.insert(hash_str(key), key.to_owned(), value, eq_str(key)).unwrap()
    }

    fn del(d: &mut DictTable<String, i32>, key: &str) -> Option<(String, i32)> {
        d.remove(hash_str(key), eq_str(key)).unwrap()
    }

    fn listed(d: &DictTable<String, i32>) -> Vec<(&str, i32)> {
        d.iter().map(|(k, v)| (k.as_str(), *v)).collect()
    }

    #[test]
    fn keeps_insertion_order_and_moves_readded_keys_to_the_end() {
        // python3 -c "d = {}; d['b'] = 1; d['a'] = 2; d['c'] = 3; d['b'] = 4; del d['a']; d['a'] = 5;
        //   print(list(d.items()), d.popitem(), list(d.items()))"
        // [('b', 4), ('c', 3), ('a', 5)] ('a', 5) [('b', 4), ('c', 3)]
        let mut d = DictTable::new();
        put(&mut d, "b", 1);
        put(&mut d, "a", 2);
        put(&mut d, "c", 3);
        assert_eq!(put(&mut d, "b", 4), Some(1));
        assert_eq!(del(&mut d, "a"), Some(("a".to_owned(), 2)));
        put(&mut d, "a", 5);
        assert_eq!(listed(&d), [("b", 4), ("c", 3), ("a", 5)]);
        assert_eq!(d.pop_last(), Some(("a".to_owned(), 5)));
        assert_eq!(listed(&d), [("b", 4), ("c", 3)]);
    }

    #[test]
    fn many_inserts_and_deletes_stay_consistent() {
        let mut d: DictTable<i64, i64> = DictTable::new();
        let eq = |n: i64| move |stored: &i64| Ok::<bool, ()>(*stored == n);
        for round in 0..20 {
            for n in 0..1000 {
                d.insert(hash_i64(n), n, n * round, eq(n)).unwrap();
            }
            for n in (0..1000).filter(|n| n % 3 != 0) {
                assert_eq!(d.remove(hash_i64(n), eq(n)).unwrap(), Some((n, n * round)));
            }
            assert_eq!(d.len(), 334);
            for n in (0..1000).step_by(3) {
                assert_eq!(d.get(hash_i64(n), eq(n)).unwrap(), Some(&(n * round)));
            }
            assert!(!d.contains_key(hash_i64(1), eq(1)).unwrap());
        }
        // Holes never outnumber what the index can absorb.
        assert!(d.entries.len() <= 3 * d.len() + MIN_SLOTS);
        let keys: Vec<i64> = d.keys().copied().collect();
        assert_eq!(keys, (0..1000).step_by(3).collect::<Vec<_>>());
    }

    #[test]
    fn churn_at_a_steady_size_stays_fast() {
        // A queue-like pattern: add a new key, delete the oldest.
        let mut d: DictTable<i64, ()> = DictTable::new();
        let eq = |n: i64| move |stored: &i64| Ok::<bool, ()>(*stored == n);
        for n in 0..200_000 {
            d.insert(hash_i64(n), n, (), eq(n)).unwrap();
            if n >= 1000 {
                d.remove(hash_i64(n - 1000), eq(n - 1000)).unwrap();
            }
        }
        assert_eq!(d.len(), 1000);
        assert!(d.index.len() <= 8192);
    }

    #[test]
    fn colliding_hashes_are_told_apart_by_equality() {
        // -1 and -2 both hash to -2.
        let mut d: DictTable<i64, &str> = DictTable::new();
        let eq = |n: i64| move |stored: &i64| Ok::<bool, ()>(*stored == n);
        d.insert(hash_i64(-1), -1, "minus one", eq(-1)).unwrap();
        d.insert(hash_i64(-2), -2, "minus two", eq(-2)).unwrap();
        assert_eq!(d.get(-2, eq(-1)).unwrap(), Some(&"minus one"));
        assert_eq!(d.get(-2, eq(-2)).unwrap(), Some(&"minus two"));
        assert_eq!(d.remove(-2, |_| Err("eq failed")), Err("eq failed"));
        assert_eq!(d.len(), 2);
    }

    #[test]
    fn positions_walk_entries_and_survive_deletes() {
        let mut d = DictTable::new();
        for (i, key) in ["x", "y", "z"].into_iter().enumerate() {
            put(&mut d, key, i as i32);
        }
        del(&mut d, "y");
        let (pos, key, _) = d.next_entry(0).unwrap();
        assert_eq!(key, "x");
        let (pos, key, value) = d.next_entry(pos).unwrap();
        assert_eq!((key.as_str(), *value), ("z", 2));
        assert!(d.next_entry(pos).is_none());
        if let Some(v) = d.get_mut(hash_str("z"), eq_str("z")).unwrap() {
            *v = 9;
        }
        assert_eq!(d.values().copied().collect::<Vec<_>>(), [0, 9]);
        d.clear();
        assert!(d.is_empty() && d.pop_last().is_none());
    }
}
