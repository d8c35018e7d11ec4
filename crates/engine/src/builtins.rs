//! The `builtins` module and the methods of builtin types. Each builtin
//! type's methods live in their own file; `install_type_methods` wires them
//! into the type objects once per thread.

pub mod args;
pub mod asyncgen;
pub mod attrs;
pub mod bytearray;
pub mod bytes;
pub mod bytes_from;
pub mod codecs;
pub mod ctors;
pub mod descriptors;
pub mod dict;
pub mod exc;
pub mod exc_group;
pub mod functions;
pub mod iters;
pub mod list;
pub mod object;
pub mod range;
pub mod seq_ops;
pub mod set;
pub mod str;

pub use attrs::{setattr_hook, special_attr};
pub use iters::{iter_next, native_iter};

use crate::objects::{AttrMap, Builtin, Module, NativeFn, TypeTag, Value};
use crate::types::Types;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Adds a Rust function to a namespace. `owner` names the type for methods.
pub fn def(ns: &mut AttrMap, name: &str, func: NativeFn, owner: Option<&str>) {
    let b = Builtin { name: name.into(), func, receiver: None, owner: owner.map(Rc::from) };
    ns.insert(name.into(), Value::Builtin(Rc::new(b)));
}

/// A standalone builtin function value.
pub fn func(name: &str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin { name: name.into(), func, receiver: None, owner: None }))
}

/// Fills the `builtins` module.
pub fn install(m: &Rc<Module>) {
    let t = crate::types::types();
    let mut d = m.dict.borrow_mut();
    functions::install(&mut d);
    for (name, cls) in [
        ("object", &t.object), ("type", &t.type_), ("int", &t.int), ("float", &t.float), ("str", &t.str_),
        ("bool", &t.bool_), ("bytes", &t.bytes), ("bytearray", &t.bytearray), ("tuple", &t.tuple), ("list", &t.list), ("dict", &t.dict),
        ("set", &t.set), ("frozenset", &t.frozenset), ("range", &t.range), ("slice", &t.slice),
        ("property", &t.property), ("staticmethod", &t.staticmethod), ("classmethod", &t.classmethod),
        ("super", &t.super_),
    ] {
        d.insert(name.into(), Value::Class(cls.clone()));
    }
    for (name, cls) in &t.exc {
        d.insert((*name).into(), Value::Class(cls.clone()));
    }
    d.insert("EnvironmentError".into(), Value::Class(t.exc("OSError")));
    d.insert("IOError".into(), Value::Class(t.exc("OSError")));
    d.insert("None".into(), Value::None);
    d.insert("Ellipsis".into(), Value::Ellipsis);
    d.insert("NotImplemented".into(), Value::NotImplemented);
    d.insert("__name__".into(), Value::str("builtins"));
    // Keyed by the interned names compiled code uses, so the quick
    // `LoadGlobal` of a builtin (`abs`, `len`) finds its key by pointer
    // instead of comparing text (callgrind: ~40 machine instructions a
    // lookup, most of them in `memcmp`).
    let entries: Vec<(Rc<str>, Value)> = d.drain(..).collect();
    for (name, v) in entries {
        d.insert(crate::objects::intern(&name), v);
    }
}

/// Puts the methods of every builtin type into its namespace.
pub fn install_type_methods(t: &Types) {
    ctors::install(t);
    object::install(t);
    str::install(&mut t.str_.dict.borrow_mut());
    list::install(&mut t.list.dict.borrow_mut());
    bytes::install(&mut t.bytes.dict.borrow_mut(), "bytes");
    bytearray::install(&mut t.bytearray.dict.borrow_mut());
    dict::install(&mut t.dict.dict.borrow_mut());
    set::install(&mut t.set.dict.borrow_mut(), false);
    set::install(&mut t.frozenset.dict.borrow_mut(), true);
    seq_ops::install_tuple(&mut t.tuple.dict.borrow_mut());
    seq_ops::install_numbers(t);
    seq_ops::install_slice(t);
    range::install(t);
    exc::install(&mut t.exc("BaseException").dict.borrow_mut());
    exc_group::install(&mut t.exc("BaseExceptionGroup").dict.borrow_mut());
    asyncgen::install_generator_methods(t);
    descriptors::install(t);
}

/// The builtin value a fresh instance of a subclass of a builtin wraps.
pub fn empty_base_value(tag: TypeTag) -> Value {
    match tag {
        TypeTag::List => Value::list(vec![]),
        TypeTag::Dict => Value::dict(crate::objects::Dict::new()),
        TypeTag::Set => Value::Set(Rc::new(std::cell::RefCell::new(crate::objects::PySet::new()))),
        TypeTag::Int => Value::Int(0),
        TypeTag::Float => Value::Float(0.0),
        TypeTag::Str => Value::str(""),
        TypeTag::Tuple => Value::tuple(vec![]),
        TypeTag::ByteArray => Value::ByteArray(Rc::new(std::cell::RefCell::new(Vec::new()))),
        _ => Value::Null,
    }
}

/// A namespace as a `dict` of str keys.
pub fn attrmap_to_dict(vm: &mut Vm, map: &AttrMap) -> PyResult<Value> {
    let mut d = crate::objects::Dict::new();
    for (k, v) in map {
        vm.dict_set(&mut d, Value::str(&**k), v.clone())?;
    }
    Ok(Value::dict(d))
}
