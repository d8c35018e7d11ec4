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

/// The hash `Vm::hash` gives a constant the compiler may fold into a
/// frozenset: ints, floats (not NaN), str, bytes, bools and tuples of them.
/// `None` otherwise (CPython hashes `None` and `...` by address, so where
/// they land cannot be known anyway).
pub fn constant_hash(v: &Value) -> Option<i64> {
    use crate::algo::hash;
    Some(match v {
        Value::Bool(b) => i64::from(*b),
        Value::Int(n) => hash::hash_i64(*n),
        Value::BigInt(n) => hash::hash_int(n),
        Value::Float(x) => hash::hash_float(*x)?,
        Value::Str(s) => s.hash_with(hash::hash_str),
        Value::Bytes(b) => hash::hash_bytes(b),
        Value::Tuple(items) => hash::hash_tuple(&items.iter().map(constant_hash).collect::<Option<Vec<_>>>()?),
        _ => return None,
    })
}

/// `==` between two constants [`constant_hash`] accepts (`1 == 1.0 == True`).
fn constant_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| constant_eq(p, q)),
        _ => match (exact_number(a), exact_number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

/// A number as an exact binary fraction `(numerator, exponent)` with the
/// numerator odd whenever the exponent is negative, so equal numbers of
/// any type give equal pairs.
fn exact_number(v: &Value) -> Option<(num_bigint::BigInt, i64)> {
    use num_bigint::BigInt;
    use num_traits::float::FloatCore;
    match v {
        Value::Bool(b) => Some((BigInt::from(u8::from(*b)), 0)),
        Value::Int(n) => Some((BigInt::from(*n), 0)),
        Value::BigInt(n) => Some(((**n).clone(), 0)),
        Value::Float(x) if x.is_finite() => {
            let (mantissa, exponent, sign) = FloatCore::integer_decode(*x);
            if mantissa == 0 {
                return Some((BigInt::from(0), 0));
            }
            let exponent = i64::from(exponent);
            let shift = i64::from(mantissa.trailing_zeros()).min(-exponent).max(0);
            let numerator = BigInt::from(mantissa >> shift) * i64::from(sign);
            let exponent = exponent + shift;
            Some(if exponent >= 0 { (numerator << exponent as usize, 0) } else { (numerator, exponent) })
        }
        _ => None,
    }
}

impl PySet {
    /// The frozenset CPython 3.11 makes of a set display of constants: of
    /// three or more, `{c1, c2, c3}`, which it then compiles as
    /// `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1` (`starunpack_helper`
    /// in `Python/compile.c`), and of any number being iterated, `for x in
    /// {c1, c2}` (`fold_iter` in `Python/ast_opt.c`). `None` if an item's hash
    /// is not known here.
    ///
    /// 1. `PyFrozenSet_New(tuple)`: the items added in source order.
    /// 2. `merge_consts_recursive` re-creates it from its own iteration order.
    /// 3. `intern_string_constants`, when the code object is made, re-creates
    ///    it once more if interning replaced one of its strings, that is if a
    ///    string made of ASCII letters, digits and `_` equals one interned
    ///    before (`interned_before` says which: identifiers of the module, and
    ///    CPython's own).
    pub fn folded_display(items: &[Value], interned_before: impl Fn(&str) -> bool) -> Option<PySet> {
        let mut table = SetTable::new();
        for item in items {
            let hash = constant_hash(item)?;
            let found = |stored: &Value| Ok::<bool, std::convert::Infallible>(constant_eq(stored, item));
            if let Err(never) = table.insert(hash, item.clone(), found) {
                match never {}
            }
        }
        let table = table.rebuilt();
        let again = table.rebuilt();
        // Only ask (which may be costly) when the answer matters.
        if same_layout(&table, &again) {
            return Some(PySet { table });
        }
        let reinterned = table.iter().any(|key| match key {
            Value::Str(s) => {
                let s = s.as_str();
                s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') && interned_before(s)
            }
            _ => false,
        });
        Some(PySet { table: if reinterned { again } else { table } })
    }
}

/// Whether two tables hold the same keys in the same slots.
fn same_layout(a: &SetTable<Value>, b: &SetTable<Value>) -> bool {
    let slots = |t: &SetTable<Value>| {
        let mut pos = 0;
        std::iter::from_fn(move || {
            let (next, _, _) = t.next_entry(pos)?;
            pos = next;
            Some(next)
        })
        .collect::<Vec<_>>()
    };
    a.slot_count() == b.slot_count() && slots(a) == slots(b) && a.iter().zip(b.iter()).all(|(x, y)| x.is(y))
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

    /// What `print({…})` shows for a folded display: the frozenset merged
    /// into a new set, as `SET_UPDATE` does.
    fn shown(items: &[Value], interned: &[&str]) -> String {
        let folded = PySet::folded_display(items, |s| interned.contains(&s)).unwrap();
        let mut set = SetTable::new();
        set.merge(folded.table(), |a, b| Ok::<bool, ()>(constant_eq(a, b))).unwrap();
        let shown: Vec<String> = set
            .iter()
            .map(|v| match v {
                Value::Str(s) => format!("'{}'", s.as_str()),
                Value::Int(n) => n.to_string(),
                _ => "?".into(),
            })
            .collect();
        shown.join(", ")
    }

    #[test]
    fn folded_display_is_rebuilt_again_when_interning_replaces_a_string() {
        // python3 -c "print({116, 'x', 25, 'blue', -20, 'hello', 'fig'})"
        // {'x', 116, 'fig', 'blue', 25, -20, 'hello'}   ('x' was interned at startup: rebuilt twice)
        // python3 -c "print({116, 'Z', 25, 'blue', -20, 'hello', 'fig'})"
        // {'hello', 116, 'fig', 'Z', 25, -20, 'blue'}   (nothing interned: rebuilt once; twice would
        //                                                 give {116, 'fig', 'blue', 'Z', 25, -20, 'hello'})
        let items = |first: &str| {
            let mut v = vec![Value::Int(116), Value::str(first), Value::Int(25), Value::str("blue")];
            v.extend([Value::Int(-20), Value::str("hello"), Value::str("fig")]);
            v
        };
        assert_eq!(shown(&items("x"), &["x"]), "'x', 116, 'fig', 'blue', 25, -20, 'hello'");
        assert_eq!(shown(&items("Z"), &["x"]), "'hello', 116, 'fig', 'Z', 25, -20, 'blue'");
    }

    #[test]
    fn constants_that_are_equal_fold_to_the_first() {
        // python3 -c "print({1, 1.0, True, 2, 2.0})": {1, 2}
        let items = [Value::Int(1), Value::Float(1.0), Value::Bool(true), Value::Int(2), Value::Float(2.0)];
        let folded = PySet::folded_display(&items, |_| false).unwrap();
        let kept: Vec<bool> = folded.iter().map(|(_, v)| matches!(v, Value::Int(_))).collect();
        assert_eq!(kept, [true, true]);
        assert!(PySet::folded_display(&[Value::None, Value::Int(1), Value::Int(2)], |_| false).is_none());
    }
}
