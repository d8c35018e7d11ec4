//! `bytearray`: the constructor, its mutating methods (`append`, `extend`,
//! `insert`, `pop`, `remove`, `clear`, `copy`, `reverse`), subscripts with
//! item and slice assignment and deletion, and `+=`/`*=` in place — with
//! CPython's messages (`Objects/bytearrayobject.c`). The methods it shares
//! with `bytes` live in `bytes.rs`.
//!
//! Like a list, a bytearray is one shared buffer (`Rc<RefCell<Vec<u8>>>`):
//! aliases see every change and an iterator reads it live, by index. Each
//! method converts its Python arguments before it borrows the buffer, since
//! a conversion (`__index__`, an iterator) runs Python code.

use super::args;
use super::bytes::bytes_like;
use super::bytes_from::{byte_value, from_source};
use super::def;
use super::seq_ops::{slice_indices, slice_positions};
use crate::objects::function::Kwargs;
use crate::objects::{AttrMap, Value};
use crate::vm::exceptions::{index_error, type_error, value_error, PyResult};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

type Buf = Rc<RefCell<Vec<u8>>>;

/// A new bytearray value.
pub fn new(data: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(RefCell::new(data)))
}

/// Installs `bytearray`'s methods: the shared bytes methods and its own.
pub fn install(d: &mut AttrMap) {
    super::bytes::install(d, "bytearray");
    let m: &[(&str, crate::objects::NativeFn)] = &[
        ("__new__", bytearray_new), ("__init__", init), ("__len__", len), ("__iter__", iter),
        ("__contains__", contains), ("__getitem__", dunder_getitem), ("__setitem__", dunder_setitem),
        ("__delitem__", dunder_delitem), ("__iadd__", dunder_iadd), ("__repr__", repr), ("append", append), ("extend", extend), ("insert", insert),
        ("pop", pop), ("remove", remove), ("clear", clear), ("copy", copy), ("reverse", reverse),
    ];
    for (name, f) in m {
        def(d, name, *f, Some("bytearray"));
    }
}

fn bytearray_new(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    Ok(new(from_source(vm, &a[1..], k, "bytearray")?))
}

/// The buffer behind `self`: a bytearray, or a subclass instance wrapping one.
fn this(v: &Value) -> PyResult<Buf> {
    match v {
        Value::ByteArray(b) => Ok(b.clone()),
        Value::Instance(i) => match &*i.base() {
            Value::ByteArray(b) => Ok(b.clone()),
            _ => Err(type_error("descriptor requires a 'bytearray' object")),
        },
        _ => Err(type_error("descriptor requires a 'bytearray' object")),
    }
}

/// `bytearray.__init__`: a subclass instance starts empty and is filled here.
fn init(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let data = from_source(vm, &a[1..], k, "bytearray")?;
    *this(&a[0])?.borrow_mut() = data;
    Ok(Value::None)
}

fn len(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(this(&a[0])?.borrow().len() as i64))
}

fn iter(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.get_iter(&Value::ByteArray(this(&a[0])?))
}

fn contains(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("__contains__", a, 1, 1)?;
    let data = this(&a[0])?.borrow().clone();
    Ok(Value::Bool(super::bytes::contains(vm, &data, &a[1])?))
}

fn dunder_getitem(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("__getitem__", a, 1, 1)?;
    getitem(vm, &this(&a[0])?, &a[1])
}

fn dunder_setitem(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("__setitem__", a, 2, 2)?;
    setitem(vm, &this(&a[0])?, &a[1], &a[2])?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("__delitem__", a, 1, 1)?;
    delitem(vm, &this(&a[0])?, &a[1])?;
    Ok(Value::None)
}

/// `__iadd__`, so `+=` on a subclass instance extends it in place too.
fn dunder_iadd(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("__iadd__", a, 1, 1)?;
    match iadd(&this(&a[0])?, &a[1]) {
        Some(()) => Ok(a[0].clone()),
        None => Err(type_error(format!("can't concat {} to {}", vm.type_name(&a[1]), vm.type_name(&a[0])))),
    }
}

/// `repr()` names the type, so a subclass shows its own name (`Buf(b'x')`).
fn repr(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let text = crate::vm::repr::bytearray_repr(&this(&a[0])?.borrow());
    let name = vm.type_of(&a[0]).name.clone();
    Ok(Value::str(text.replacen("bytearray", &name, 1)))
}

/// The bytes a slice assignment puts in: a bytes-like, or any iterable of
/// byte values — but never a number or a str (`bytearray_setslice`).
fn assigned_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.into_owned());
    }
    if matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Str(_)) {
        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    from_source(vm, std::slice::from_ref(v), &Kwargs::new(), "bytearray")
}

/// A position `i` of a buffer of `len` bytes (negative from the end).
fn position(vm: &mut Vm, key: &Value, len: usize) -> PyResult<usize> {
    if !args::has_index(vm, key) {
        return Err(type_error(format!("bytearray indices must be integers or slices, not {}", vm.type_name(key))));
    }
    let i = match key {
        Value::BigInt(_) => return Err(index_error("cannot fit 'int' into an index-sized integer")),
        _ => args::int(vm, key)?,
    };
    let j = if i < 0 { i + len as i64 } else { i };
    usize::try_from(j).ok().filter(|j| *j < len).ok_or_else(|| index_error("bytearray index out of range"))
}

/// `ba[key]`.
pub fn getitem(vm: &mut Vm, b: &Buf, key: &Value) -> PyResult<Value> {
    let len = b.borrow().len();
    if let Value::Slice(s) = key {
        let (start, stop, step) = slice_indices(vm, s, len as i64)?;
        let data = b.borrow();
        return Ok(new(slice_positions(start, stop, step).into_iter().map(|i| data[i]).collect()));
    }
    let i = position(vm, key, len)?;
    Ok(Value::Int(b.borrow()[i] as i64))
}

/// `ba[key] = v`.
pub fn setitem(vm: &mut Vm, b: &Buf, key: &Value, v: &Value) -> PyResult<()> {
    let Value::Slice(s) = key else {
        // CPython converts the value before it checks the index.
        if !args::has_index(vm, key) {
            return Err(type_error(format!("bytearray indices must be integers or slices, not {}", vm.type_name(key))));
        }
        let byte = byte_value(vm, v)?;
        let len = b.borrow().len();
        let i = position(vm, key, len)?;
        b.borrow_mut()[i] = byte;
        return Ok(());
    };
    let data = assigned_bytes(vm, v)?;
    let len = b.borrow().len();
    let (start, stop, step) = slice_indices(vm, s, len as i64)?;
    if step == 1 {
        let (start, stop) = (start as usize, stop.max(start) as usize);
        b.borrow_mut().splice(start..stop, data);
        return Ok(());
    }
    let at = slice_positions(start, stop, step);
    if at.len() != data.len() {
        return Err(value_error(format!("attempt to assign bytes of size {} to extended slice of size {}", data.len(), at.len())));
    }
    let mut buf = b.borrow_mut();
    for (i, byte) in at.into_iter().zip(data) {
        buf[i] = byte;
    }
    Ok(())
}

/// `del ba[key]`.
pub fn delitem(vm: &mut Vm, b: &Buf, key: &Value) -> PyResult<()> {
    let len = b.borrow().len();
    if let Value::Slice(s) = key {
        let (start, stop, step) = slice_indices(vm, s, len as i64)?;
        let mut keep = vec![true; len];
        for i in slice_positions(start, stop, step) {
            keep[i] = false;
        }
        let mut kept = keep.into_iter();
        b.borrow_mut().retain(|_| kept.next().unwrap_or(true));
        return Ok(());
    }
    let i = position(vm, key, len)?;
    b.borrow_mut().remove(i);
    Ok(())
}

/// `ba += other`: extends in place with a bytes-like, like CPython's
/// `bytearray_iconcat`; `None` leaves the error to the `+` operator.
pub fn iadd(b: &Buf, other: &Value) -> Option<()> {
    let more = bytes_like(other)?;
    b.borrow_mut().extend_from_slice(&more);
    Some(())
}

/// `ba *= n` in place; `None` unless `n` is an int.
pub fn imul(b: &Buf, n: &Value) -> PyResult<Option<()>> {
    let n = match n {
        Value::Int(i) => (*i).max(0) as usize,
        Value::Bool(x) => *x as usize,
        _ => return Ok(None),
    };
    let len = b.borrow().len();
    crate::vm::memory::reserve(len.saturating_mul(n))?;
    let repeated = b.borrow().repeat(n);
    *b.borrow_mut() = repeated;
    Ok(Some(()))
}

fn append(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("bytearray.append", a, 1, 1)?;
    let byte = byte_value(vm, &a[1])?;
    this(&a[0])?.borrow_mut().push(byte);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("bytearray.extend", a, 1, 1)?;
    let b = this(&a[0])?;
    let more = match bytes_like(&a[1]) {
        Some(m) => m.into_owned(),
        None => {
            let Ok(it) = vm.get_iter(&a[1]) else {
                return Err(type_error(format!("can't extend bytearray with {}", vm.type_name(&a[1]))));
            };
            super::bytes_from::from_iterator(vm, &it, "bytearray")?
        }
    };
    b.borrow_mut().extend(more);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("insert", &a[1..], 2, 2)?;
    let i = args::int(vm, &a[1])?;
    let byte = byte_value(vm, &a[2])?;
    let b = this(&a[0])?;
    let mut buf = b.borrow_mut();
    let len = buf.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    buf.insert(at as usize, byte);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("pop", &a[1..], 0, 1)?;
    let i = match a.get(1) {
        Some(v) => args::int(vm, v)?,
        None => -1,
    };
    let b = this(&a[0])?;
    let mut buf = b.borrow_mut();
    if buf.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + buf.len() as i64 } else { i };
    match usize::try_from(j).ok().filter(|j| *j < buf.len()) {
        Some(j) => Ok(Value::Int(buf.remove(j) as i64)),
        None => Err(index_error("pop index out of range")),
    }
}

fn remove(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("bytearray.remove", a, 1, 1)?;
    let byte = byte_value(vm, &a[1])?;
    let b = this(&a[0])?;
    let mut buf = b.borrow_mut();
    match buf.iter().position(|c| *c == byte) {
        Some(i) => {
            buf.remove(i);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn clear(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("bytearray.clear", a, 0, 0)?;
    this(&a[0])?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("bytearray.copy", a, 0, 0)?;
    Ok(new(this(&a[0])?.borrow().clone()))
}

fn reverse(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("bytearray.reverse", a, 0, 0)?;
    this(&a[0])?.borrow_mut().reverse();
    Ok(Value::None)
}
