//! Sequence operators and subscripts: `+`/`*` on str/list/tuple/bytes,
//! set algebra, `dict | dict`, indexing and slicing with CPython's
//! semantics and messages; plus `tuple`'s and the numbers' methods.

use super::args;
use super::def;
use crate::bytecode::op::BinOp;
use crate::objects::function::Kwargs;
use crate::objects::{AttrMap, Dict, Value};
use crate::types::Types;
use crate::vm::exceptions::{index_error, key_error, type_error, value_error, PyResult, Unwind};
use crate::vm::Vm;
use std::rc::Rc;

/// `a op b` for sequences and sets; `NotImplemented` otherwise.
pub fn seq_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    use Value::*;
    Ok(match (a, b, op) {
        (Str(x), Str(y), BinOp::Add) => {
            crate::vm::memory::reserve(x.as_str().len() + y.as_str().len())?;
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Value::str(s)
        }
        (List(x), List(y), BinOp::Add) => {
            let (x, y) = (x.borrow(), y.borrow());
            Value::list(concat(&x, &y)?)
        }
        (Tuple(x), Tuple(y), BinOp::Add) => Value::tuple(concat(x, y)?),
        (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_), BinOp::Add) => {
            use super::bytes::{bytes_like, same_kind};
            let (x, y) = (bytes_like(a).unwrap_or_default(), bytes_like(b).unwrap_or_default());
            crate::vm::memory::reserve(x.len() + y.len())?;
            same_kind(a, [&x[..], &y[..]].concat())
        }
        (Str(_) | List(_) | Tuple(_) | Bytes(_) | ByteArray(_), Int(_) | Bool(_), BinOp::Mul) => repeat(a, int_of(b))?,
        (Int(_) | Bool(_), Str(_) | List(_) | Tuple(_) | Bytes(_) | ByteArray(_), BinOp::Mul) => repeat(b, int_of(a))?,
        // `PyNumber_AsSsize_t(n, PyExc_OverflowError)` in `sequence_repeat`:
        // either sign.
        (Str(_) | List(_) | Tuple(_) | Bytes(_) | ByteArray(_), BigInt(_), BinOp::Mul)
        | (BigInt(_), Str(_) | List(_) | Tuple(_) | Bytes(_) | ByteArray(_), BinOp::Mul) => {
            return Err(crate::vm::exceptions::new_exc("OverflowError", "cannot fit 'int' into an index-sized integer"));
        }
        (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
            super::set::set_binop(vm, a, b, op)?
        }
        (Dict(x), Dict(y), BinOp::Or) => {
            let d = Rc::new(std::cell::RefCell::new(x.borrow().clone()));
            vm.dict_update_from(&d, &Value::Dict(y.clone()), false)?;
            Value::Dict(d)
        }
        (Instance(i), _, _) if !i.base().is_null() => {
            let base = i.base().clone();
            return seq_binop(vm, &base, b, op);
        }
        _ => Value::NotImplemented,
    })
}

/// The items of `x + y`, allocated once at their size after asking the
/// run's memory budget (a copy grown by `extend` could take twice that,
/// and a doubling list past the machine's memory aborted the run where
/// CPython raises MemoryError: a fuzz finding).
fn concat(x: &[Value], y: &[Value]) -> PyResult<Vec<Value>> {
    let n = x.len() + y.len();
    crate::vm::memory::reserve_items(n, std::mem::size_of::<Value>())?;
    let mut v = Vec::with_capacity(n);
    v.extend(x.iter().cloned());
    v.extend(y.iter().cloned());
    Ok(v)
}

fn int_of(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => 0,
    }
}

fn repeat(v: &Value, n: i64) -> PyResult<Value> {
    use crate::vm::memory::{reserve, reserve_items};
    let n = n.max(0) as usize;
    Ok(match v {
        Value::Str(s) => {
            let len = s.as_str().len();
            // `unicode_repeat`: a result longer than `PY_SSIZE_T_MAX`
            // characters is OverflowError, a merely huge one MemoryError.
            if n > 0 && s.as_str().chars().count() > isize::MAX as usize / n {
                return Err(crate::vm::exceptions::new_exc("OverflowError", "repeated string is too long"));
            }
            reserve_items(len, n)?;
            Value::str(s.as_str().repeat(n))
        }
        Value::List(l) => {
            let items = l.borrow();
            // `list_repeat` raises MemoryError for any overflow.
            reserve_items(items.len().saturating_mul(n), std::mem::size_of::<Value>())?;
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Value::list(out)
        }
        Value::Tuple(t) => {
            reserve_items(t.len().saturating_mul(n), std::mem::size_of::<Value>())?;
            let mut out = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                out.extend(t.iter().cloned());
            }
            Value::tuple(out)
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b = super::bytes::bytes_like(v).unwrap_or_default();
            if n > 0 && b.len() > isize::MAX as usize / n {
                return Err(crate::vm::exceptions::new_exc("OverflowError", "repeated bytes are too long"));
            }
            reserve(b.len() * n)?;
            super::bytes::same_kind(v, b.repeat(n))
        }
        _ => Value::NotImplemented,
    })
}

/// Resolves a slice against a length: (start, stop, step) as CPython's `PySlice_AdjustIndices`.
pub fn slice_indices(vm: &mut Vm, s: &[Value; 3], len: i64) -> PyResult<(i64, i64, i64)> {
    let step = match &s[2] {
        Value::None => 1,
        v => args::int(vm, v).map_err(|_| type_error("slice indices must be integers or None or have an __index__ method"))?,
    };
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let get = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
        match v {
            Value::None => Ok(default),
            Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) { i64::MIN / 2 } else { i64::MAX / 2 }),
            v => args::int(vm, v).map_err(|_| type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let (lo_default, hi_default) = if step > 0 { (0, len) } else { (len - 1, -1) };
    let mut start = get(vm, &s[0], lo_default)?;
    let mut stop = get(vm, &s[1], hi_default)?;
    let clamp = |x: &mut i64, is_default: bool| {
        if is_default {
            return;
        }
        if *x < 0 {
            *x += len;
            if *x < 0 {
                *x = if step < 0 { -1 } else { 0 };
            }
        } else if *x >= len {
            *x = if step < 0 { len - 1 } else { len };
        }
    };
    clamp(&mut start, s[0].is_none());
    clamp(&mut stop, s[1].is_none());
    Ok((start, stop, step))
}

/// The indices a slice selects.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    slice_iter(start, stop, step).collect()
}

/// The indices a slice selects (as [`slice_indices`] gave them), in
/// order and counted up front: what is built from them is allocated once,
/// with no vector of positions in between (callgrind, string_build: the
/// positions vector and its growth were 7% of the run).
pub fn slice_iter(start: i64, stop: i64, step: i64) -> impl ExactSizeIterator<Item = usize> {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = match step {
        s if s > 0 && start < stop => (stop - start - 1) / s + 1,
        s if s < 0 && start > stop => (start - stop - 1) / -s + 1,
        _ => 0,
    };
    (0..n as usize).map(move |k| (start + k as i128 * step) as usize)
}

fn norm_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => return Err(index_error(format!("cannot fit 'int' into an index-sized integer"))),
        other => {
            let cls = vm.type_of(other);
            if cls.lookup("__index__").is_some() {
                args::int(vm, other)?
            } else {
                return Err(type_error(if what == "string" {
                    format!("string indices must be integers, not '{}'", cls.name)
                } else {
                    format!("{what} indices must be integers or slices, not {}", cls.name)
                }));
            }
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

impl Vm {
    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        match container {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.borrow().len() as i64;
                    let (a, b, st) = slice_indices(self, s, len)?;
                    let items = l.borrow();
                    return Ok(Value::list(slice_iter(a, b, st).map(|i| items[i].clone()).collect()));
                }
                if let Value::Int(i) = key {
                    let items = l.borrow();
                    let j = if *i < 0 { *i + items.len() as i64 } else { *i };
                    if j >= 0 && (j as usize) < items.len() {
                        return Ok(items[j as usize].clone());
                    }
                    return Err(index_error("list index out of range"));
                }
                let len = l.borrow().len();
                let i = norm_index(self, key, len, "list")?;
                Ok(l.borrow()[i].clone())
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let (a, b, st) = slice_indices(self, s, t.len() as i64)?;
                    return Ok(Value::tuple(slice_iter(a, b, st).map(|i| t[i].clone()).collect()));
                }
                let i = norm_index(self, key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let (a, b, st) = slice_indices(self, sl, s.char_len() as i64)?;
                    if st == 1 {
                        return Ok(Value::str(s.slice_chars(a.max(0) as usize, b.max(0) as usize)));
                    }
                    if s.is_ascii() {
                        let bytes = s.as_str().as_bytes();
                        return Ok(Value::str(slice_iter(a, b, st).map(|i| bytes[i] as char).collect::<String>()));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    return Ok(Value::str(slice_iter(a, b, st).map(|i| chars[i]).collect::<String>()));
                }
                let i = norm_index(self, key, s.char_len(), "string")?;
                Ok(Value::str(s.char_at(i).map(String::from).unwrap_or_default()))
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = key {
                    let (a, e, st) = slice_indices(self, sl, b.len() as i64)?;
                    let out: Vec<u8> = slice_positions(a, e, st).into_iter().map(|i| b[i]).collect();
                    return Ok(Value::Bytes(out.into()));
                }
                // CPython words these "byte indices ..." and "index out of range".
                let i = norm_index(self, key, b.len(), "byte").map_err(|e| match e {
                    Unwind::Raise(x) if crate::vm::exceptions::is_exc(&x, "IndexError") && !matches!(key, Value::BigInt(_)) => {
                        index_error("index out of range")
                    }
                    other => other,
                })?;
                Ok(Value::Int(b[i] as i64))
            }
            Value::Range(r) => self.range_getitem(r, key),
            Value::ByteArray(b) => super::bytearray::getitem(self, b, key),
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(key_error(key.clone())),
            },
            Value::Class(c) => {
                if let Some(m) = c.lookup("__class_getitem__") {
                    return self.call(&m, vec![container.clone(), key.clone()]);
                }
                if c.is_builtin {
                    return Ok(container.clone());
                }
                Err(type_error(format!("type '{}' is not subscriptable", c.name)))
            }
            _ => {
                let cls = self.type_of(container);
                if let Some(m) = cls.lookup("__getitem__") {
                    if !matches!(m, Value::Builtin(_)) || !cls.is_builtin {
                        if let Value::Instance(i) = container {
                            let base = i.base().clone();
                            if matches!(m, Value::Builtin(_)) && !base.is_null() {
                                return self.getitem_base(container, &base, key);
                            }
                        }
                        return self.call(&m, vec![container.clone(), key.clone()]);
                    }
                }
                if let Value::Instance(i) = container {
                    let base = i.base().clone();
                    if !base.is_null() {
                        return self.getitem_base(container, &base, key);
                    }
                }
                Err(type_error(format!("'{}' object is not subscriptable", cls.name)))
            }
        }
    }

    /// Subscript on a subclass of dict/list: `__missing__` honoured.
    fn getitem_base(&mut self, obj: &Value, base: &Value, key: &Value) -> PyResult<Value> {
        match self.getitem(base, key) {
            Err(Unwind::Raise(e)) if crate::vm::exceptions::is_exc(&e, "KeyError") => {
                let cls = self.type_of(obj);
                match cls.lookup("__missing__") {
                    Some(m) => self.call(&m, vec![obj.clone(), key.clone()]),
                    None => Err(Unwind::Raise(e)),
                }
            }
            other => other,
        }
    }

    /// `container[key] = v`.
    pub fn setitem(&mut self, container: &Value, key: Value, v: Value) -> PyResult<()> {
        match container {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let items = self.collect(&v)?;
                    let len = l.borrow().len() as i64;
                    let (a, b, st) = slice_indices(self, s, len)?;
                    let mut list = l.borrow_mut();
                    if st == 1 {
                        let b = b.max(a);
                        let removed: Vec<Value> = list.splice(a as usize..b as usize, items).collect();
                        drop(list);
                        // The last first, as `list_ass_slice` releases them
                        // (an extended slice below: in the slice's order).
                        crate::objects::list::release_last_first(removed);
                    } else {
                        let pos = slice_positions(a, b, st);
                        if pos.len() != items.len() {
                            return Err(value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                pos.len()
                            )));
                        }
                        for (p, it) in pos.into_iter().zip(items) {
                            list[p] = it;
                        }
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = norm_index(self, &key, len, "list").map_err(|e| match e {
                    Unwind::Raise(x) if crate::vm::exceptions::is_exc(&x, "IndexError") => index_error("list assignment index out of range"),
                    other => other,
                })?;
                let old = std::mem::replace(&mut l.borrow_mut()[i], v);
                drop(old);
                Ok(())
            }
            Value::Dict(d) => self.dict_set_cell(d, key, v),
            Value::ByteArray(b) => super::bytearray::setitem(self, b, &key, &v),
            _ => {
                let cls = self.type_of(container);
                if let Some(m) = cls.lookup("__setitem__") {
                    if !cls.is_builtin && !matches!(m, Value::Builtin(_)) {
                        self.call(&m, vec![container.clone(), key, v])?;
                        return Ok(());
                    }
                }
                if let Value::Instance(i) = container {
                    let base = i.base().clone();
                    if !base.is_null() {
                        return self.setitem(&base, key, v);
                    }
                }
                Err(type_error(format!("'{}' object does not support item assignment", cls.name)))
            }
        }
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        match container {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.borrow().len() as i64;
                    let (a, b, st) = slice_indices(self, s, len)?;
                    let mut pos = slice_positions(a, b, st);
                    pos.sort_unstable();
                    // One pass, not one `Vec::remove` per item: `del q[:head]`
                    // on a 10⁵-item queue was quadratic (the event loop's ready
                    // list compacts itself that way). The removed values drop
                    // after the borrow ends, since a drop can run a finaliser.
                    let removed: Vec<Value> = {
                        let mut list = l.borrow_mut();
                        match (pos.first(), pos.last()) {
                            (Some(&lo), Some(&hi)) if hi - lo + 1 == pos.len() => list.drain(lo..=hi).collect(),
                            (Some(_), Some(_)) => {
                                let mut doomed = pos.into_iter().peekable();
                                let mut kept = Vec::with_capacity(list.len());
                                let mut out = Vec::new();
                                for (i, v) in std::mem::take(&mut **list).into_iter().enumerate() {
                                    if doomed.peek() == Some(&i) {
                                        doomed.next();
                                        out.push(v);
                                    } else {
                                        kept.push(v);
                                    }
                                }
                                **list = kept;
                                out
                            }
                            _ => Vec::new(),
                        }
                    };
                    // CPython releases a step-1 slice the last first
                    // (`list_ass_slice`), any other in index order
                    // (`list_ass_subscript`'s garbage array).
                    if st == 1 {
                        crate::objects::list::release_last_first(removed);
                    } else {
                        drop(removed);
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = norm_index(self, key, len, "list").map_err(|e| match e {
                    Unwind::Raise(x) if crate::vm::exceptions::is_exc(&x, "IndexError") => index_error("list assignment index out of range"),
                    other => other,
                })?;
                let old = l.borrow_mut().remove(i);
                drop(old);
                Ok(())
            }
            Value::Dict(d) => {
                let h = self.hash(key)?;
                let slot = {
                    let dd = d.borrow();
                    self.dict_find(&dd, h, key)?
                };
                match slot {
                    Some(s) => {
                        let old = d.borrow_mut().remove_at(s);
                        drop(old);
                        Ok(())
                    }
                    None => Err(key_error(key.clone())),
                }
            }
            Value::ByteArray(b) => super::bytearray::delitem(self, b, key),
            _ => {
                let cls = self.type_of(container);
                if let Some(m) = cls.lookup("__delitem__") {
                    if !cls.is_builtin && !matches!(m, Value::Builtin(_)) {
                        self.call(&m, vec![container.clone(), key.clone()])?;
                        return Ok(());
                    }
                }
                if let Value::Instance(i) = container {
                    let base = i.base().clone();
                    if !base.is_null() {
                        return self.delitem(&base, key);
                    }
                }
                Err(type_error(format!("'{}' object doesn't support item deletion", cls.name)))
            }
        }
    }
}

/// `slice.indices(len)`.
fn slice_indices_method(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("indices", a, 1, 1)?;
    let Value::Slice(s) = &a[0] else { return Err(type_error("descriptor requires a 'slice' object")) };
    let len = args::int(vm, &a[1])?;
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = slice_indices(vm, s, len)?;
    Ok(Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

/// Installs `slice`'s methods.
pub fn install_slice(t: &Types) {
    def(&mut t.slice.dict.borrow_mut(), "indices", slice_indices_method, Some("slice"));
}

/// Installs `tuple`'s methods.
pub fn install_tuple(d: &mut AttrMap) {
    def(d, "count", seq_count, Some("tuple"));
    def(d, "index", seq_index, Some("tuple"));
    def(d, "__len__", tuple_len, Some("tuple"));
    def(d, "__iter__", tuple_iter, Some("tuple"));
    def(d, "__contains__", tuple_contains, Some("tuple"));
}

/// The tuple behind `self` (a tuple, or a subclass instance wrapping one,
/// such as a namedtuple).
fn tuple_this(v: &Value) -> PyResult<Value> {
    match v {
        Value::Tuple(_) => Ok(v.clone()),
        Value::Instance(i) => match &*i.base() {
            t @ Value::Tuple(_) => Ok(t.clone()),
            _ => Err(type_error("descriptor requires a 'tuple' object")),
        },
        _ => Err(type_error("descriptor requires a 'tuple' object")),
    }
}

fn tuple_len(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let t = tuple_this(&a[0])?;
    Ok(Value::Int(vm.len(&t)? as i64))
}

fn tuple_iter(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let t = tuple_this(&a[0])?;
    vm.get_iter(&t)
}

fn tuple_contains(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let t = tuple_this(&a[0])?;
    Ok(Value::Bool(vm.contains(&t, &a[1])?))
}

/// `seq.count(x)` for tuples and lists.
pub fn seq_count(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    if a.len() != 2 {
        let owner = match a.first() {
            Some(Value::List(_)) => "list",
            Some(Value::Instance(i)) if matches!(&*i.base(), Value::List(_)) => "list",
            _ => "tuple",
        };
        return Err(crate::vm::exceptions::type_error(format!("{owner}.count() takes exactly one argument ({} given)", a.len().saturating_sub(1))));
    }
    let items = vm.collect(&a[0])?;
    let mut n = 0;
    for it in &items {
        if it.is(&a[1]) || vm.eq(it, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `seq.index(x[, start[, stop]])` for tuples and lists.
pub fn seq_index(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("index", a.get(1..).unwrap_or_default(), 1, 3)?;
    let items = vm.collect(&a[0])?;
    let len = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match a.get(2) {
        Some(v) => norm(args::int(vm, v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => norm(args::int(vm, v)?),
        None => len,
    };
    for i in start..stop {
        let it = &items[i as usize];
        if it.is(&a[1]) || vm.eq(it, &a[1])? {
            return Ok(Value::Int(i));
        }
    }
    let what = if matches!(a[0], Value::Tuple(_)) { "tuple.index(x): x not in tuple".to_owned() } else {
        format!("{} is not in list", vm.repr(&a[1])?)
    };
    Err(value_error(what))
}

/// Installs int/float methods.
pub fn install_numbers(t: &Types) {
    let mut d = t.int.dict.borrow_mut();
    def(&mut d, "bit_length", int_bit_length, Some("int"));
    def(&mut d, "bit_count", int_bit_count, Some("int"));
    def(&mut d, "conjugate", identity, Some("int"));
    def(&mut d, "is_integer", int_is_integer, Some("int"));
    def(&mut d, "__index__", identity, Some("int"));
    drop(d);
    let mut d = t.float.dict.borrow_mut();
    def(&mut d, "is_integer", float_is_integer, Some("float"));
    def(&mut d, "conjugate", identity, Some("float"));
    def(&mut d, "as_integer_ratio", float_ratio, Some("float"));
    def(&mut d, "hex", float_hex, Some("float"));
}

fn identity(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn int_bit_length(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(match &a[0] {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}

fn int_bit_count(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(match &a[0] {
        Value::Int(i) => i.unsigned_abs().count_ones() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.magnitude().to_u32_digits().iter().map(|d| d.count_ones() as i64).sum(),
        _ => 0,
    }))
}

fn int_is_integer(_: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn float_is_integer(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(matches!(a[0], Value::Float(f) if f.is_finite() && f.fract() == 0.0)))
}

fn float_ratio(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let Value::Float(f) = a[0] else { return Err(type_error("expected float")) };
    if !f.is_finite() {
        return Err(value_error("cannot convert Infinity to integer ratio"));
    }
    let mut num = f;
    let mut den = num_bigint::BigInt::from(1);
    while num.fract() != 0.0 {
        num *= 2.0;
        den *= 2;
    }
    let n = super::ctors::float_to_int(num);
    Ok(Value::tuple(vec![n, Value::from_bigint(den)]))
}

fn float_hex(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let Value::Float(f) = a[0] else { return Err(type_error("expected float")) };
    Ok(Value::str(format!("{f:?}")))
}

#[allow(dead_code)]
fn unused(_: Dict) {}
