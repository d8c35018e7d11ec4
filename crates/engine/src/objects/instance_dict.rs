//! An instance's `__dict__`: a small insertion-ordered vector of
//! `(name, value)` pairs, searched linearly, with interned names.
//!
//! Why not the [`AttrMap`] (an `IndexMap`) classes and modules use: an
//! instance has a handful of attributes and there may be 10⁵ of them alive
//! (an asyncio Task and its sleep's Future and TimerHandle under `gather`).
//! An `IndexMap` holds an entry vector *and* a hash index (~500 bytes for a
//! Task's ten attributes), hashes the name on every access and allocated a
//! fresh key string per instance; here a Task's attributes take ~350 bytes
//! in one allocation sized by [`ClassDict`]'s hint, names are shared
//! (`intern`), and a lookup compares a few pointers (callgrind, 10k tasks
//! under `gather`: IndexMap get/insert/drop were ~12% of all instructions).
//! Past [`LINEAR_MAX`] attributes (a class used as a record of hundreds of
//! `setattr`s) the map switches to an `AttrMap` so lookups stay O(1).
//!
//! [`ClassDict`]: super::ClassDict

use super::{AttrMap, Value};
use std::rc::Rc;

/// Attributes beyond which lookups go through a hash index.
const LINEAR_MAX: usize = 24;

/// An instance's attribute namespace (see the module docs).
#[derive(Clone)]
pub enum InstanceDict {
    /// Up to [`LINEAR_MAX`] attributes, searched in order.
    Small(Vec<(Rc<str>, Value)>),
    /// More, hashed (boxed: inline, the map made every instance 40 bytes
    /// bigger).
    Large(Box<AttrMap>),
}

// Three words: a Vec, or a tag and a box (24 bytes natively, 12 in wasm32).
const _: () = assert!(std::mem::size_of::<InstanceDict>() == 3 * std::mem::size_of::<usize>());

impl Default for InstanceDict {
    fn default() -> Self {
        InstanceDict::Small(Vec::new())
    }
}

use super::intern::intern;

/// Whether a key is `name`: the same interned string, else equal text,
/// compared here byte by byte rather than through `memcmp` (a call per
/// key of equal length: looking up a name an instance lacks, as for a
/// class default or a method, compared it with every key; callgrind,
/// 10k asyncio tasks: ~140 machine instructions a lookup). Names of the
/// same length (`_loop`, `_name`, `_coro` ...) mostly differ in their last
/// byte, checked first.
#[inline]
fn same(k: &str, name: &str) -> bool {
    if k.len() != name.len() {
        return false;
    }
    k.as_ptr() == name.as_ptr() || (k.as_bytes().last() == name.as_bytes().last() && k.bytes().zip(name.bytes()).all(|(a, b)| a == b))
}

impl InstanceDict {
    /// How many attributes fit before the namespace grows.
    pub fn capacity(&self) -> usize {
        match self {
            InstanceDict::Small(v) => v.capacity(),
            InstanceDict::Large(m) => m.capacity(),
        }
    }

    /// An empty namespace with room for `n` attributes.
    pub fn with_capacity(n: usize) -> Self {
        InstanceDict::Small(Vec::with_capacity(n))
    }

    /// Number of attributes.
    pub fn len(&self) -> usize {
        match self {
            InstanceDict::Small(v) => v.len(),
            InstanceDict::Large(m) => m.len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value of `name`.
    #[inline]
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            InstanceDict::Small(v) => v.iter().find(|(k, _)| same(k, name)).map(|(_, v)| v),
            InstanceDict::Large(m) => m.get(name),
        }
    }

    /// The value of `name`, to change in place.
    #[inline]
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Value> {
        match self {
            InstanceDict::Small(v) => v.iter_mut().find(|(k, _)| same(k, name)).map(|(_, v)| v),
            InstanceDict::Large(m) => m.get_mut(name),
        }
    }

    /// The position of `name` and its value (positions are insertion
    /// order, as `IndexMap`'s: the attribute caches remember them).
    #[inline]
    pub fn get_full(&self, name: &str) -> Option<(usize, &Value)> {
        match self {
            InstanceDict::Small(v) => v.iter().position(|(k, _)| same(k, name)).map(|i| (i, &v[i].1)),
            InstanceDict::Large(m) => m.get_full(name).map(|(i, _, v)| (i, v)),
        }
    }

    /// [`Self::get_full`], to change the value in place.
    #[inline]
    pub fn get_full_mut(&mut self, name: &str) -> Option<(usize, &mut Value)> {
        match self {
            InstanceDict::Small(v) => {
                let i = v.iter().position(|(k, _)| same(k, name))?;
                Some((i, &mut v[i].1))
            }
            InstanceDict::Large(m) => m.get_full_mut(name).map(|(i, _, v)| (i, v)),
        }
    }

    /// The name and value at `pos`.
    #[inline]
    pub fn get_index(&self, pos: usize) -> Option<(&Rc<str>, &Value)> {
        match self {
            InstanceDict::Small(v) => v.get(pos).map(|(k, v)| (k, v)),
            InstanceDict::Large(m) => m.get_index(pos),
        }
    }

    /// The name and value at `pos`, the value to change in place.
    #[inline]
    pub fn get_index_mut(&mut self, pos: usize) -> Option<(&Rc<str>, &mut Value)> {
        match self {
            InstanceDict::Small(v) => v.get_mut(pos).map(|(k, v)| (&*k, v)),
            InstanceDict::Large(m) => m.get_index_mut(pos).map(|(k, v)| (&*k, v)),
        }
    }

    /// Whether `name` is set.
    #[inline]
    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Sets `name` (appended if new); returns the value it replaces.
    pub fn insert(&mut self, name: &str, value: Value) -> Option<Value> {
        if let Some(slot) = self.get_mut(name) {
            return Some(std::mem::replace(slot, value));
        }
        match self {
            InstanceDict::Small(v) if v.len() < LINEAR_MAX => v.push((intern(name), value)),
            InstanceDict::Small(v) => {
                let mut m: AttrMap = std::mem::take(v).into_iter().collect();
                m.insert(intern(name), value);
                *self = InstanceDict::Large(Box::new(m));
            }
            InstanceDict::Large(m) => {
                m.insert(intern(name), value);
            }
        }
        None
    }

    /// [`Self::insert`] of a name already interned (a code object's
    /// `names` entry): no lookup in the intern table. Returns the name's
    /// position and the value it replaces.
    pub fn insert_interned(&mut self, name: &Rc<str>, value: Value) -> (usize, Option<Value>) {
        if let Some((pos, slot)) = self.get_full_mut(name) {
            return (pos, Some(std::mem::replace(slot, value)));
        }
        match self {
            InstanceDict::Small(v) if v.len() < LINEAR_MAX => v.push((name.clone(), value)),
            InstanceDict::Small(v) => {
                let mut m: AttrMap = std::mem::take(v).into_iter().collect();
                m.insert(name.clone(), value);
                *self = InstanceDict::Large(Box::new(m));
            }
            InstanceDict::Large(m) => {
                m.insert(name.clone(), value);
            }
        }
        (self.len() - 1, None)
    }

    /// Removes `name`, keeping the others' order.
    pub fn shift_remove(&mut self, name: &str) -> Option<Value> {
        match self {
            InstanceDict::Small(v) => {
                let i = v.iter().position(|(k, _)| same(k, name))?;
                Some(v.remove(i).1)
            }
            InstanceDict::Large(m) => m.shift_remove(name),
        }
    }

    /// The names and values, in insertion order.
    pub fn iter(&self) -> Box<dyn Iterator<Item = (&Rc<str>, &Value)> + '_> {
        match self {
            InstanceDict::Small(v) => Box::new(v.iter().map(|(k, v)| (k, v))),
            InstanceDict::Large(m) => Box::new(m.iter()),
        }
    }

    /// The names, in insertion order.
    pub fn keys(&self) -> impl Iterator<Item = &Rc<str>> + '_ {
        self.iter().map(|(k, _)| k)
    }

    /// The values, in insertion order.
    pub fn values(&self) -> impl Iterator<Item = &Value> + '_ {
        self.iter().map(|(_, v)| v)
    }

    /// The values, taken.
    pub fn into_values(self) -> Vec<Value> {
        match self {
            InstanceDict::Small(v) => v.into_iter().map(|(_, v)| v).collect(),
            InstanceDict::Large(m) => (*m).into_values().collect(),
        }
    }

    /// A copy as an [`AttrMap`] (for `vars(obj)`).
    pub fn to_attr_map(&self) -> AttrMap {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_replaces_in_place_and_grows_into_a_map() {
        let mut d = InstanceDict::default();
        d.insert("b", Value::Int(1));
        d.insert("a", Value::Int(2));
        assert!(matches!(d.insert("b", Value::Int(3)), Some(Value::Int(1))));
        assert_eq!(d.keys().map(|k| &**k).collect::<Vec<_>>(), ["b", "a"]);
        for i in 0..40 {
            d.insert(&format!("x{i}"), Value::Int(i));
        }
        assert!(matches!(d, InstanceDict::Large(_)));
        assert!(matches!(d.get("x39"), Some(Value::Int(39))));
        assert!(matches!(d.shift_remove("b"), Some(Value::Int(3))));
        assert_eq!(d.keys().next().map(|k| &**k), Some("a"));
        assert_eq!(d.len(), 41);
    }

    #[test]
    fn names_are_shared() {
        assert!(Rc::ptr_eq(&intern("_state"), &intern("_state")));
    }
}
