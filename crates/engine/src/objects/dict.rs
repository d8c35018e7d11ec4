//! `dict` storage: insertion-ordered entries plus an index from hash to
//! entry positions. Python-level hashing and equality (which may run user
//! `__hash__`/`__eq__`) are the caller's: lookups take the hash and an
//! equality callback, so this file never calls into the VM.

use super::Value;
use rustc_hash::FxHashMap;

#[derive(Clone)]
struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

/// An insertion-ordered hash map with Python semantics supplied by callers.
#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    index: FxHashMap<i64, Vec<u32>>,
    len: usize,
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True if empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Finds the slot of a key with hash `hash` for which `eq` holds.
    pub fn find<E>(&self, hash: i64, mut eq: impl FnMut(&Value) -> Result<bool, E>) -> Result<Option<usize>, E> {
        let Some(slots) = self.index.get(&hash) else { return Ok(None) };
        for &slot in slots {
            if let Some(e) = &self.entries[slot as usize] {
                if eq(&e.key)? {
                    return Ok(Some(slot as usize));
                }
            }
        }
        Ok(None)
    }

    /// Appends a key known to be absent.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        let slot = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.index.entry(hash).or_default().push(slot);
        self.len += 1;
    }

    /// The value in a slot returned by [`Dict::find`].
    pub fn value_at(&self, slot: usize) -> &Value {
        &self.entries[slot].as_ref().expect("live slot").value
    }

    /// Replaces the value in a live slot, returning the old one.
    pub fn set_at(&mut self, slot: usize, value: Value) -> Value {
        std::mem::replace(&mut self.entries[slot].as_mut().expect("live slot").value, value)
    }

    /// Removes the item in a live slot, returning (key, value).
    pub fn remove_at(&mut self, slot: usize) -> (Value, Value) {
        let e = self.entries[slot].take().expect("live slot");
        if let Some(v) = self.index.get_mut(&e.hash) {
            v.retain(|s| *s as usize != slot);
            if v.is_empty() {
                self.index.remove(&e.hash);
            }
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        (e.key, e.value)
    }

    fn compact(&mut self) {
        let live: Vec<Entry> = self.entries.drain(..).flatten().collect();
        self.index.clear();
        self.len = 0;
        for e in live {
            self.push(e.hash, e.key, e.value);
        }
    }

    /// Removes and returns the last item (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let slot = self.entries.iter().rposition(Option::is_some)?;
        let item = self.remove_at(slot);
        self.entries.truncate(slot);
        Some(item)
    }

    /// Items in insertion order, with their hashes.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value, &Value)> {
        self.entries.iter().flatten().map(|e| (e.hash, &e.key, &e.value))
    }

    /// Keys in insertion order.
    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|(_, k, _)| k)
    }

    /// Values in insertion order.
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|(_, _, v)| v)
    }

    /// The `n`-th live item at or after raw position `pos`, for iterators
    /// that must survive in-place value updates: returns (next raw position, item).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Value, &Value)> {
        let mut p = pos;
        while p < self.entries.len() {
            if let Some(e) = &self.entries[p] {
                return Some((p + 1, &e.key, &e.value));
            }
            p += 1;
        }
        None
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}
