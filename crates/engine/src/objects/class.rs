//! Classes: builtin types and user classes alike. Attribute lookup walks
//! the MRO (C3, as CPython computes it) through each class's namespace.

use super::{AttrMap, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The builtin representation a class's instances use. User classes
/// inherit the tag of their builtin base (`Object` for plain classes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum TypeTag {
    Object, Type, NoneType, NotImplementedType, Ellipsis, Bool, Int, Float, Str, Bytes,
    Tuple, List, Dict, Set, FrozenSet, Range, Slice, Function, BuiltinFunction, Method,
    Module, Generator, Coroutine, AsyncGenerator, Iterator, Cell, BaseException,
    Property, StaticMethod, ClassMethod, Super, Native,
}

/// A class object.
pub struct Class {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// `__module__` (`builtins` for builtin types).
    pub module: Rc<str>,
    /// Direct bases, in order.
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, excluding the class itself.
    pub mro: Vec<Rc<Class>>,
    /// The class namespace.
    pub dict: RefCell<AttrMap>,
    /// The builtin representation of instances.
    pub tag: TypeTag,
    /// Builtin types refuse attribute assignment.
    pub is_builtin: bool,
}

impl Class {
    /// Looks `name` up in the class and its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        self.mro.iter().find_map(|c| c.dict.borrow().get(name).cloned())
    }

    /// True if `self` is `other` or derives from it.
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The class followed by its MRO.
    pub fn mro_with_self(self: &Rc<Self>) -> impl Iterator<Item = Rc<Class>> + '_ {
        std::iter::once(self.clone()).chain(self.mro.iter().cloned())
    }
}

/// Computes the C3 linearisation of `bases` (the MRO of a new class,
/// excluding the class itself). `None` when no consistent order exists.
pub fn c3_mro(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> =
        bases.iter().map(|b| b.mro_with_self().collect()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs.iter().map(|s| s[0].clone()).find(|cand| {
            !seqs.iter().any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, cand)))
        })?;
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}
