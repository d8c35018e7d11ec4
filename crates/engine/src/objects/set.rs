//! `set` / `frozenset` storage: a [`SetTable`] laid out slot for slot as
//! CPython's `Objects/setobject.c` lays it out, so iterating, printing and
//! `pop()` give CPython's order under `PYTHONHASHSEED=0`. Like
//! [`super::Dict`], Python hashing and equality (which may run user
//! `__hash__`/`__eq__`) are supplied by the caller; the set algebra that
//! needs the VM lives in `builtins/set.rs`.

use super::Value;
use crate::algo::set_table::SetTable;

/// A set: its keys and their hashes in CPython's slots.
///
/// `Clone` copies the slots as they are (dummies included); CPython's
/// `set.copy()` rebuilds instead, see [`PySet::copy`].
#[derive(Clone, Default)]
pub struct PySet {
    table: SetTable<Value>,
}

impl PySet {
    /// An empty set (8 slots).
    pub fn new() -> Self {
        Self::default()
    }

    /// Wraps a table built by the set algebra.
    pub fn from_table(table: SetTable<Value>) -> Self {
        Self { table }
    }

    /// The table, for the set algebra.
    pub fn table(&self) -> &SetTable<Value> {
        &self.table
    }

    /// The table, to update in place.
    pub fn table_mut(&mut self) -> &mut SetTable<Value> {
        &mut self.table
    }

    /// Takes the table out, leaving an empty set: used while an in-place
    /// update runs Python `__eq__`, which must not find the set borrowed.
    pub fn take_table(&mut self) -> SetTable<Value> {
        std::mem::take(&mut self.table)
    }

    /// `set_copy`: a new set merged from this one (no dummies, maybe
    /// another table size), which is what `set(s)` and `s.copy()` print.
    pub fn copy(&self) -> PySet {
        Self { table: self.table.copy() }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// True if empty.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// The slot of an element equal to the probe (`eq(stored)` compares a
    /// stored element with it), valid until the set changes.
    pub fn find<E>(&self, hash: i64, eq: impl FnMut(&Value) -> Result<bool, E>) -> Result<Option<usize>, E> {
        self.table.find(hash, eq)
    }

    /// Adds an element that [`PySet::find`] has just shown to be absent; it
    /// lands where CPython's `set_add_entry` puts it.
    pub fn push(&mut self, hash: i64, key: Value) {
        self.table.insert_absent(hash, key);
    }

    /// Removes the element in `slot` (from [`PySet::find`]).
    pub fn remove_at(&mut self, slot: usize) -> Value {
        self.table.remove_at(slot).expect("live slot")
    }

    /// `set.pop()`: the first element at or after CPython's search finger.
    pub fn pop_first(&mut self) -> Option<Value> {
        self.table.pop()
    }

    /// Elements with their hashes, in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.entries()
    }

    /// The first element at or after slot position `pos`, with the position
    /// to continue from (what a set iterator keeps between steps).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Value)> {
        self.table.next_entry(pos).map(|(next, _, key)| (next, key))
    }

    /// Removes everything (back to 8 slots).
    pub fn clear(&mut self) {
        self.table.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::algo::hash::hash_i64;

    fn add(s: &mut PySet, n: i64) {
        let h = hash_i64(n);
        let eq = |k: &Value| Ok::<bool, ()>(matches!(k, Value::Int(m) if *m == n));
        if s.find(h, eq).unwrap().is_none() {
            s.push(h, Value::Int(n));
        }
    }

    fn ints(s: &PySet) -> Vec<i64> {
        s.iter().map(|(_, v)| if let Value::Int(n) = v { *n } else { panic!() }).collect()
    }

    #[test]
    fn small_ints_iterate_in_slot_order_and_pop_from_the_finger() {
        // python3 -c "s = set(); [s.add(n) for n in (5, 3, 9, 1, 3)]; print(list(s)); a = s.pop(); b = s.pop(); print(a, b, list(s))"
        // [9, 3, 5, 1]   (9 takes slot 1 of 8, so 1 moves on to slot 6)
        // 9 3 [5, 1]
        let mut s = PySet::new();
        for n in [5, 3, 9, 1, 3] {
            add(&mut s, n);
        }
        assert_eq!(ints(&s), [9, 3, 5, 1]);
        assert!(matches!(s.pop_first(), Some(Value::Int(9))));
        assert!(matches!(s.pop_first(), Some(Value::Int(3))));
        assert_eq!(ints(&s), [5, 1]);
        let slot = s.find(hash_i64(5), |k| Ok::<bool, ()>(matches!(k, Value::Int(5)))).unwrap().unwrap();
        assert!(matches!(s.remove_at(slot), Value::Int(5)));
        assert_eq!(s.len(), 1);
    }
}
