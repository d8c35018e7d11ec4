//! `dict` storage: a [`DictTable`] (CPython's compact layout: entries in
//! insertion order plus an open-addressing index). Python-level hashing and
//! equality (which may run user `__hash__`/`__eq__`) are the caller's:
//! lookups take the hash and an equality callback, so this file never calls
//! into the VM.

use super::Value;
use crate::algo::dict_table::DictTable;

/// An insertion-ordered hash map with Python semantics supplied by callers.
///
/// A *slot* is an entry's position in insertion order: it stays valid
/// across deletions of other keys, not across insertions.
#[derive(Clone, Default)]
pub struct Dict {
    table: DictTable<Value, Value>,
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// True if empty.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Finds the slot of a key with hash `hash` for which `eq` holds.
    pub fn find<E>(&self, hash: i64, eq: impl FnMut(&Value) -> Result<bool, E>) -> Result<Option<usize>, E> {
        self.table.find(hash, eq)
    }

    /// Appends a key known to be absent.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        self.table.push(hash, key, value);
    }

    /// The value in a slot returned by [`Dict::find`].
    pub fn value_at(&self, slot: usize) -> &Value {
        self.table.get_at(slot).expect("live slot").1
    }

    /// Replaces the value in a live slot, returning the old one.
    pub fn set_at(&mut self, slot: usize, value: Value) -> Value {
        std::mem::replace(self.table.get_at_mut(slot).expect("live slot").1, value)
    }

    /// Removes the item in a live slot, returning (key, value).
    pub fn remove_at(&mut self, slot: usize) -> (Value, Value) {
        self.table.remove_entry(slot).expect("live slot")
    }

    /// Removes and returns the last item (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        self.table.pop_last()
    }

    /// Items in insertion order, with their hashes.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value, &Value)> {
        self.table.entries()
    }

    /// Keys in insertion order.
    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.table.keys()
    }

    /// Values in insertion order.
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.table.values()
    }

    /// The first live item at or after raw position `pos`, for iterators
    /// that must survive in-place value updates: returns (next raw position, key, value).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Value, &Value)> {
        self.table.next_entry(pos)
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.table.clear();
    }
}
