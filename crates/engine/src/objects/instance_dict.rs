//! An instance's `__dict__`: a small insertion-ordered vector of values,
//! searched linearly through a list of interned names that instances of a
//! class share ([`Keys`]).
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
//! Instances of one class set their attributes in one order (`__init__`
//! runs the same statements), so they share one list of names, as
//! CPython's split-keys dicts do: an instance holds its values and a
//! reference to their [`Keys`].
//! The names cost nothing per instance (a Task's were 16 of every 32 bytes
//! of its namespace; 10⁵ tasks held 10⁶ name references) and creating or
//! freeing an instance moves one reference count, not one per attribute.
//!
//! Once Python code asks for `obj.__dict__` (or `vars(obj)`), the namespace
//! moves into a real `dict` ([`InstanceDict::Shared`]) that the instance
//! and the caller share, as in CPython, where `obj.__dict__[k] = v`,
//! `del obj.__dict__[k]` and `obj.__dict__.update(...)` change the object.
//! Only such instances pay for it: their attributes are found by hashing
//! the name, and the VM's positional quick paths ([`InstanceDict::get_index`]
//! answers `None`) send them to the slow path.
//!
//! [`ClassDict`]: super::ClassDict

use super::{AttrMap, Dict, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Attributes beyond which lookups go through a hash index.
const LINEAR_MAX: usize = 24;

/// The names of a [`InstanceDict::Small`] namespace, shared by every
/// instance that set the same names in the same order. Immutable once
/// shared, except for `next`: the list an instance moves to when it adds
/// the name after them. One transition per list is remembered (the last
/// one made), which is all that instances built alike need; instances that
/// differ only make new lists, and a list nobody uses any more is freed.
pub struct Keys {
    names: Vec<Rc<str>>,
    next: RefCell<Option<Rc<Keys>>>,
}

impl Keys {
    /// An empty list: the root a class's instances start from.
    pub fn root() -> Rc<Keys> {
        Rc::new(Keys { names: Vec::new(), next: RefCell::new(None) })
    }

    /// The list of `keys`' names followed by `name`: the remembered
    /// transition when it is that, else a new list, then remembered.
    fn with_appended(keys: &Rc<Keys>, name: &Rc<str>) -> Rc<Keys> {
        if let Some(next) = &*keys.next.borrow() {
            if same(next.names.last().map_or("", |k| k), name) {
                return next.clone();
            }
        }
        let mut names = Vec::with_capacity(keys.names.len() + 1);
        names.extend_from_slice(&keys.names);
        names.push(name.clone());
        let next = Rc::new(Keys { names, next: RefCell::new(None) });
        *keys.next.borrow_mut() = Some(next.clone());
        next
    }
}

thread_local! {
    /// The root of namespaces made without a class ([`Default`]).
    static NO_CLASS: Rc<Keys> = Keys::root();
}

/// An instance's attribute namespace (see the module docs).
pub enum InstanceDict {
    /// Up to [`LINEAR_MAX`] attributes, searched in order.
    Small {
        /// The names, as many as the values.
        keys: Rc<Keys>,
        /// The values, in the order of their names.
        values: Vec<Value>,
    },
    /// More, hashed (boxed: inline, the map made every instance 40 bytes
    /// bigger).
    Large(Box<AttrMap>),
    /// The `dict` that `obj.__dict__` returned, shared with Python code.
    Shared(Rc<RefCell<Dict>>),
}

/// A copy is a namespace of its own: a shared `dict` is copied, not shared
/// (a copied instance must not see the original's later changes).
impl Clone for InstanceDict {
    fn clone(&self) -> Self {
        match self {
            InstanceDict::Small { keys, values } => InstanceDict::Small { keys: keys.clone(), values: values.clone() },
            InstanceDict::Large(m) => InstanceDict::Large(m.clone()),
            InstanceDict::Shared(d) => InstanceDict::Shared(Rc::new(RefCell::new(d.borrow().clone()))),
        }
    }
}

/// The slot of the `str` key `name` in a shared namespace (keys that are
/// not `str` never equal a name). Out of line and cold, as are the other
/// shared-namespace helpers: the accessors are inlined into the VM's
/// dispatch loop, and the hash lookup inlined there made the loop slower
/// for every program (callgrind, fib(25): 248M -> 265M instructions).
#[cold]
#[inline(never)]
fn find_name(d: &Dict, name: &str) -> Option<usize> {
    let hash = crate::algo::hash::hash_str(name);
    d.find(hash, |k| Ok::<bool, ()>(matches!(k, Value::Str(s) if s.as_str() == name))).ok().flatten()
}

/// The slot and value of `name` in a shared namespace.
#[cold]
#[inline(never)]
fn shared_get_full(d: &RefCell<Dict>, name: &str) -> Option<(usize, Value)> {
    let d = d.borrow();
    find_name(&d, name).map(|slot| (slot, d.value_at(slot).clone()))
}

/// `(name, value)` for every `str` key of a shared namespace, in order.
fn str_entries(d: &Dict) -> Vec<(Rc<str>, Value)> {
    d.iter()
        .filter_map(|(_, k, v)| match k {
            Value::Str(s) => Some((intern(s.as_str()), v.clone())),
            _ => None,
        })
        .collect()
}

// Four words: the keys and a Vec, or a tag and a box (32 bytes natively,
// 16 in wasm32).
const _: () = assert!(std::mem::size_of::<InstanceDict>() == 4 * std::mem::size_of::<usize>());

impl Default for InstanceDict {
    fn default() -> Self {
        InstanceDict::Small { keys: NO_CLASS.with(Rc::clone), values: Vec::new() }
    }
}

/// The position of `name` among `keys`.
#[inline]
fn position(keys: &Keys, name: &str) -> Option<usize> {
    keys.names.iter().position(|k| same(k, name))
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
            InstanceDict::Small { values, .. } => values.capacity(),
            InstanceDict::Large(m) => m.capacity(),
            InstanceDict::Shared(d) => d.borrow().len(),
        }
    }

    /// An empty namespace with room for `n` attributes, whose names start
    /// from `root` (its class's, so that its instances share them).
    pub fn with_capacity(root: &Rc<Keys>, n: usize) -> Self {
        InstanceDict::Small { keys: root.clone(), values: Vec::with_capacity(n) }
    }

    /// Number of attributes.
    pub fn len(&self) -> usize {
        match self {
            InstanceDict::Small { values, .. } => values.len(),
            InstanceDict::Large(m) => m.len(),
            InstanceDict::Shared(d) => d.borrow().len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value of `name` (a copy of the reference: a shared namespace
    /// cannot lend one out of its `RefCell`).
    #[inline]
    pub fn get(&self, name: &str) -> Option<Value> {
        match self {
            InstanceDict::Small { keys, values } => position(keys, name).map(|i| values[i].clone()),
            InstanceDict::Large(m) => m.get(name).cloned(),
            InstanceDict::Shared(d) => shared_get_full(d, name).map(|(_, v)| v),
        }
    }

    /// The value of `name`, to change in place (not for a shared
    /// namespace: see [`Self::insert`]).
    #[inline]
    fn get_mut(&mut self, name: &str) -> Option<&mut Value> {
        match self {
            InstanceDict::Small { keys, values } => position(keys, name).map(|i| &mut values[i]),
            InstanceDict::Large(m) => m.get_mut(name),
            InstanceDict::Shared(_) => None,
        }
    }

    /// The position of `name` and its value (positions are insertion
    /// order, as `IndexMap`'s: the attribute caches remember them; a
    /// shared namespace answers its dict slot, which [`Self::get_index`]
    /// never confirms).
    #[inline]
    pub fn get_full(&self, name: &str) -> Option<(usize, Value)> {
        match self {
            InstanceDict::Small { keys, values } => position(keys, name).map(|i| (i, values[i].clone())),
            InstanceDict::Large(m) => m.get_full(name).map(|(i, _, v)| (i, v.clone())),
            InstanceDict::Shared(d) => shared_get_full(d, name),
        }
    }

    /// [`Self::get_full`], to change the value in place; `None` for a
    /// shared namespace (whose values stay in its `RefCell`: store with
    /// [`Self::insert`]).
    #[inline]
    pub fn get_full_mut(&mut self, name: &str) -> Option<(usize, &mut Value)> {
        match self {
            InstanceDict::Small { keys, values } => {
                let i = position(keys, name)?;
                Some((i, &mut values[i]))
            }
            InstanceDict::Large(m) => m.get_full_mut(name).map(|(i, _, v)| (i, v)),
            InstanceDict::Shared(_) => None,
        }
    }

    /// The name and value at `pos`; `None` for a shared namespace, so the
    /// positional quick paths leave it to the lookup by name.
    #[inline]
    pub fn get_index(&self, pos: usize) -> Option<(&Rc<str>, &Value)> {
        match self {
            InstanceDict::Small { keys, values } => values.get(pos).map(|v| (&keys.names[pos], v)),
            InstanceDict::Large(m) => m.get_index(pos),
            InstanceDict::Shared(_) => None,
        }
    }

    /// The name and value at `pos`, the value to change in place; `None`
    /// for a shared namespace (as [`Self::get_index`]).
    #[inline]
    pub fn get_index_mut(&mut self, pos: usize) -> Option<(&Rc<str>, &mut Value)> {
        match self {
            InstanceDict::Small { keys, values } => values.get_mut(pos).map(|v| (&keys.names[pos], v)),
            InstanceDict::Large(m) => m.get_index_mut(pos).map(|(k, v)| (&*k, v)),
            InstanceDict::Shared(_) => None,
        }
    }

    /// Whether `name` is set.
    #[inline]
    pub fn contains_key(&self, name: &str) -> bool {
        match self {
            InstanceDict::Small { keys, .. } => position(keys, name).is_some(),
            _ => self.contains_key_hashed(name),
        }
    }

    /// [`Self::contains_key`] for the hashed namespaces, out of line (the
    /// method-call quick path inlines the small case into the VM loop).
    #[inline(never)]
    fn contains_key_hashed(&self, name: &str) -> bool {
        match self {
            InstanceDict::Small { keys, .. } => position(keys, name).is_some(),
            InstanceDict::Large(m) => m.contains_key(name),
            InstanceDict::Shared(d) => shared_get_full(d, name).is_some(),
        }
    }

    /// Sets `name` in a shared namespace; returns its slot and the value
    /// it replaces.
    #[cold]
    #[inline(never)]
    fn insert_shared(d: &RefCell<Dict>, name: &str, value: Value) -> (usize, Option<Value>) {
        let mut d = d.borrow_mut();
        match find_name(&d, name) {
            Some(slot) => (slot, Some(d.set_at(slot, value))),
            None => {
                d.push(crate::algo::hash::hash_str(name), Value::str(name), value);
                (d.len() - 1, None)
            }
        }
    }

    /// Sets `name` (appended if new); returns the value it replaces.
    pub fn insert(&mut self, name: &str, value: Value) -> Option<Value> {
        if let Some(slot) = self.get_mut(name) {
            return Some(std::mem::replace(slot, value));
        }
        match self {
            InstanceDict::Shared(d) => Self::insert_shared(d, name, value).1,
            _ => {
                self.append(&intern(name), value);
                None
            }
        }
    }

    /// Adds `name`, which is not set, after the others.
    fn append(&mut self, name: &Rc<str>, value: Value) {
        match self {
            InstanceDict::Small { keys, values } if values.len() < LINEAR_MAX => {
                *keys = Keys::with_appended(keys, name);
                values.push(value);
            }
            InstanceDict::Small { keys, values } => {
                let mut m: AttrMap = keys.names.iter().cloned().zip(std::mem::take(values)).collect();
                m.insert(name.clone(), value);
                *self = InstanceDict::Large(Box::new(m));
            }
            InstanceDict::Large(m) => {
                m.insert(name.clone(), value);
            }
            InstanceDict::Shared(d) => {
                Self::insert_shared(d, name, value);
            }
        }
    }

    /// [`Self::insert`] of a name already interned (a code object's
    /// `names` entry): no lookup in the intern table. Returns the name's
    /// position and the value it replaces.
    pub fn insert_interned(&mut self, name: &Rc<str>, value: Value) -> (usize, Option<Value>) {
        if let Some((pos, slot)) = self.get_full_mut(name) {
            return (pos, Some(std::mem::replace(slot, value)));
        }
        match self {
            InstanceDict::Shared(d) => Self::insert_shared(d, name, value),
            _ => {
                self.append(name, value);
                (self.len() - 1, None)
            }
        }
    }

    /// Removes `name`, keeping the others' order.
    pub fn shift_remove(&mut self, name: &str) -> Option<Value> {
        match self {
            InstanceDict::Small { keys, values } => {
                let i = position(keys, name)?;
                // The names without it make a list of their own.
                let mut names = keys.names.clone();
                names.remove(i);
                *keys = Rc::new(Keys { names, next: RefCell::new(None) });
                Some(values.remove(i))
            }
            InstanceDict::Large(m) => m.shift_remove(name),
            InstanceDict::Shared(d) => {
                let mut d = d.borrow_mut();
                let slot = find_name(&d, name)?;
                Some(d.remove_at(slot).1)
            }
        }
    }

    /// The names and values (`str` keys only), in insertion order: copies,
    /// as a shared namespace cannot lend out references.
    pub fn entries(&self) -> Vec<(Rc<str>, Value)> {
        match self {
            InstanceDict::Small { keys, values } => keys.names.iter().cloned().zip(values.iter().cloned()).collect(),
            InstanceDict::Large(m) => m.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            InstanceDict::Shared(d) => str_entries(&d.borrow()),
        }
    }

    /// The names, in insertion order.
    pub fn keys(&self) -> Vec<Rc<str>> {
        self.entries().into_iter().map(|(k, _)| k).collect()
    }

    /// What the namespace references, for the cycle collector: the values,
    /// or the shared `dict` (itself a container the collector traverses).
    pub fn referents(&self) -> Vec<Value> {
        match self {
            InstanceDict::Small { values, .. } => values.clone(),
            InstanceDict::Large(m) => m.values().cloned().collect(),
            InstanceDict::Shared(d) => vec![Value::Dict(d.clone())],
        }
    }

    /// What the namespace referenced, taken (the collector breaking a
    /// cycle): the values, or the reference to the shared `dict`, which
    /// the collector clears if it is garbage too.
    pub fn into_values(self) -> Vec<Value> {
        match self {
            InstanceDict::Small { values, .. } => values,
            InstanceDict::Large(m) => (*m).into_values().collect(),
            InstanceDict::Shared(d) => vec![Value::Dict(d)],
        }
    }

    /// The `dict` for `obj.__dict__`: the shared namespace, made on the
    /// first request from the attributes (in their order), after which the
    /// instance keeps its attributes there.
    pub fn share(&mut self) -> Rc<RefCell<Dict>> {
        if let InstanceDict::Shared(d) = self {
            return d.clone();
        }
        let mut d = Dict::new();
        for (k, v) in self.entries() {
            d.push(crate::algo::hash::hash_str(&k), Value::str(&*k), v);
        }
        let d = Rc::new(RefCell::new(d));
        *self = InstanceDict::Shared(d.clone());
        d
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
        assert_eq!(d.keys().iter().map(|k| &**k).collect::<Vec<_>>(), ["b", "a"]);
        for i in 0..40 {
            d.insert(&format!("x{i}"), Value::Int(i));
        }
        assert!(matches!(d, InstanceDict::Large(_)));
        assert!(matches!(d.get("x39"), Some(Value::Int(39))));
        assert!(matches!(d.shift_remove("b"), Some(Value::Int(3))));
        assert_eq!(d.keys().first().map(|k| &**k), Some("a"));
        assert_eq!(d.len(), 41);
    }

    #[test]
    fn a_shared_namespace_is_the_dict_itself() {
        let mut d = InstanceDict::default();
        d.insert("a", Value::Int(1));
        let shared = d.share();
        assert!(Rc::ptr_eq(&shared, &d.share()));
        d.insert("b", Value::Int(2));
        assert_eq!(shared.borrow().len(), 2);
        assert!(matches!(d.shift_remove("a"), Some(Value::Int(1))));
        assert!(!d.contains_key("a") && d.get_index(0).is_none());
        assert_eq!(d.keys().iter().map(|k| &**k).collect::<Vec<_>>(), ["b"]);
        let copy = d.clone();
        d.insert("c", Value::Int(3));
        assert_eq!((copy.len(), d.len()), (1, 2));
    }

    #[test]
    fn instances_built_alike_share_their_names() {
        let root = Keys::root();
        let build = |order: &[&str]| {
            let mut d = InstanceDict::with_capacity(&root, 4);
            for (i, name) in order.iter().enumerate() {
                d.insert(name, Value::Int(i as i64));
            }
            d
        };
        let keys = |d: &InstanceDict| match d {
            InstanceDict::Small { keys, .. } => keys.clone(),
            _ => unreachable!("small"),
        };
        let (a, b) = (build(&["x", "y", "z"]), build(&["x", "y", "z"]));
        assert!(Rc::ptr_eq(&keys(&a), &keys(&b)));
        // Stopping early shares the shorter list; another order makes its own.
        let prefix = build(&["x", "y"]);
        assert!(Rc::ptr_eq(&keys(&prefix), &keys(&build(&["x", "y"]))));
        assert_eq!(prefix.keys().iter().map(|k| &**k).collect::<Vec<_>>(), ["x", "y"]);
        assert!(prefix.get("z").is_none() && !prefix.contains_key("z"));
        let other = build(&["y", "x"]);
        assert!(!Rc::ptr_eq(&keys(&a), &keys(&other)));
        assert!(matches!(other.get("x"), Some(Value::Int(1))));
        assert!(matches!(a.get("z"), Some(Value::Int(2))));
        // Removing a name leaves the others' list alone.
        let mut c = build(&["x", "y", "z"]);
        assert!(matches!(c.shift_remove("y"), Some(Value::Int(1))));
        assert_eq!(c.keys().iter().map(|k| &**k).collect::<Vec<_>>(), ["x", "z"]);
        assert_eq!(b.keys().iter().map(|k| &**k).collect::<Vec<_>>(), ["x", "y", "z"]);
        c.insert("y", Value::Int(9));
        assert!(matches!(c.get_index(2), Some((k, Value::Int(9))) if &**k == "y"));
        assert!(matches!(b.get_index(1), Some((k, Value::Int(1))) if &**k == "y"));
    }

    #[test]
    fn names_are_shared() {
        assert!(Rc::ptr_eq(&intern("_state"), &intern("_state")));
    }
}
