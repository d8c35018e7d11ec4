//! `set` / `frozenset` storage. Like [`super::Dict`], Python hashing and
//! equality are supplied by the caller.

use super::{Dict, Value};

/// A set: a [`Dict`] whose values are unused.
#[derive(Clone, Default)]
pub struct PySet {
    items: Dict,
}

impl PySet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True if empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Finds an element equal to the probe.
    pub fn find<E>(&self, hash: i64, eq: impl FnMut(&Value) -> Result<bool, E>) -> Result<Option<usize>, E> {
        self.items.find(hash, eq)
    }

    /// Adds an element known to be absent.
    pub fn push(&mut self, hash: i64, key: Value) {
        self.items.push(hash, key, Value::None);
    }

    /// Removes the element in `slot`.
    pub fn remove_at(&mut self, slot: usize) -> Value {
        self.items.remove_at(slot).0
    }

    /// Removes an arbitrary element (`set.pop`).
    pub fn pop_first(&mut self) -> Option<Value> {
        let slot = self.items.find::<()>(0, |_| Ok(false)).ok().flatten();
        let _ = slot;
        let (first_hash, first) = self.items.iter().next().map(|(h, k, _)| (h, k.clone()))?;
        let slot = self.items.find::<()>(first_hash, |k| Ok(k.is(&first))).ok().flatten()?;
        Some(self.remove_at(slot))
    }

    /// Elements with their hashes, in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.items.iter().map(|(h, k, _)| (h, k))
    }

    /// See [`Dict::next_from`].
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Value)> {
        self.items.next_from(pos).map(|(p, k, _)| (p, k))
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.items.clear();
    }
}
