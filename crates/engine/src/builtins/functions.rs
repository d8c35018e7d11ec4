//! Builtin functions: `print`, `len`, `isinstance`, `sorted`, `min`, ...

use super::args::{self, kw};
use super::def;
use crate::objects::function::Kwargs;
use crate::objects::iter::PyIter;
use crate::objects::{AttrMap, Class, Value};
use crate::vm::exceptions::{new_exc, type_error, value_error, PyResult, Unwind};
use crate::vm::Vm;
use coroscope_trace::Stream;
use std::cell::RefCell;
use std::rc::Rc;

/// Adds every builtin function to the module namespace.
pub fn install(d: &mut AttrMap) {
    def(d, "print", print, None);
    def(d, "len", len, None);
    def(d, "repr", repr, None);
    def(d, "ascii", ascii, None);
    def(d, "isinstance", isinstance, None);
    def(d, "issubclass", issubclass, None);
    def(d, "callable", callable, None);
    def(d, "id", id, None);
    def(d, "hash", hash, None);
    def(d, "abs", abs, None);
    def(d, "iter", iter, None);
    def(d, "next", next, None);
    def(d, "getattr", getattr, None);
    def(d, "setattr", setattr, None);
    def(d, "hasattr", hasattr, None);
    def(d, "delattr", delattr, None);
    def(d, "sorted", sorted, None);
    def(d, "reversed", reversed, None);
    def(d, "enumerate", enumerate, None);
    def(d, "zip", zip, None);
    def(d, "map", map, None);
    def(d, "filter", filter, None);
    def(d, "sum", sum, None);
    def(d, "min", min, None);
    def(d, "max", max, None);
    def(d, "any", any, None);
    def(d, "all", all, None);
    def(d, "chr", chr, None);
    def(d, "ord", ord, None);
    def(d, "divmod", divmod, None);
    def(d, "pow", pow, None);
    def(d, "round", round, None);
    def(d, "format", format, None);
    def(d, "bin", bin, None);
    def(d, "oct", oct, None);
    def(d, "hex", hex, None);
    def(d, "input", input, None);
    def(d, "globals", globals, None);
    def(d, "locals", locals, None);
    def(d, "vars", vars, None);
    def(d, "dir", dir, None);
    def(d, "open", open, None);
    def(d, "aiter", aiter, None);
    def(d, "anext", anext, None);
    def(d, "exit", exit, None);
    def(d, "quit", exit, None);
    def(d, "__import__", import, None);
}

fn print(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    args::only_kwargs("print", k, &["sep", "end", "file", "flush"])?;
    let sep = match kw(k, "sep") {
        None | Some(Value::None) => " ".to_owned(),
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => return Err(type_error(format!("sep must be None or a string, not {}", vm.type_name(&other)))),
    };
    let end = match kw(k, "end") {
        None | Some(Value::None) => "\n".to_owned(),
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => return Err(type_error(format!("end must be None or a string, not {}", vm.type_name(&other)))),
    };
    let mut text = String::new();
    for (i, v) in a.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&vm.str_of(v)?);
    }
    text.push_str(&end);
    match kw(k, "file") {
        None | Some(Value::None) => vm.write(Stream::Stdout, &text)?,
        Some(f) => crate::stdlib::sys::write_to(vm, &f, &text)?,
    }
    Ok(Value::None)
}

pub(crate) fn len(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("len", a, 1, 1)?;
    if let Value::Range(r) = &a[0] {
        // Exact even where `usize` is 32 bits (wasm).
        return Ok(Value::Int(super::range::len(r)?));
    }
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

fn repr(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("repr", a, 1, 1)?;
    Ok(Value::str(vm.repr(&a[0])?))
}

fn ascii(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("ascii", a, 1, 1)?;
    Ok(Value::str(crate::vm::repr::ascii_escape(&vm.repr(&a[0])?)))
}

/// `isinstance(v, cls)` for one class.
pub fn is_instance(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Class(c) => {
            let t = vm.type_of(v);
            if t.is_subclass(c) {
                return Ok(true);
            }
            if let Some(check) = c.lookup("__instancecheck__") {
                let r = vm.call(&check, vec![Value::Class(c.clone()), v.clone()])?;
                return vm.truthy(&r);
            }
            Ok(false)
        }
        Value::Tuple(items) => {
            for it in items.iter() {
                if is_instance(vm, v, it)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

fn isinstance(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("isinstance", a, 2, 2)?;
    Ok(Value::Bool(is_instance(vm, &a[0], &a[1])?))
}

fn issubclass(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("issubclass", a, 2, 2)?;
    let Value::Class(c) = &a[0] else { return Err(type_error("issubclass() arg 1 must be a class")) };
    fn check(c: &Rc<Class>, target: &Value) -> PyResult<bool> {
        match target {
            Value::Class(t) => Ok(c.is_subclass(t)),
            Value::Tuple(items) => {
                for it in items.iter() {
                    if check(c, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
        }
    }
    let _ = vm;
    Ok(Value::Bool(check(c, &a[1])?))
}

fn callable(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("callable", a, 1, 1)?;
    Ok(Value::Bool(match &a[0] {
        Value::Function(_) | Value::BoundMethod(_) | Value::Builtin(_) | Value::Class(_) => true,
        other => vm.type_of(other).lookup("__call__").is_some(),
    }))
}

fn id(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("id", a, 1, 1)?;
    let v = &a[0];
    Ok(Value::Int(match v.ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::Int(i) => 0x1000_0000 + i.wrapping_mul(32),
            Value::Bool(b) => 0x900 + *b as i64 * 32,
            Value::None => 0x800,
            Value::Float(f) => f.to_bits() as i64 >> 3,
            _ => 0x700,
        },
    }))
}

fn hash(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("hash", a, 1, 1)?;
    Ok(Value::Int(vm.hash(&a[0])?))
}

pub(crate) fn abs(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("abs", a, 1, 1)?;
    Ok(match &a[0] {
        Value::Int(i) => i.checked_abs().map(Value::Int).unwrap_or_else(|| Value::from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into())),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.magnitude().clone().into()),
        Value::Float(f) => Value::Float(f.abs()),
        other => {
            let cls = vm.type_of(other);
            match cls.lookup("__abs__") {
                Some(m) => vm.call(&m, vec![other.clone()])?,
                None => return Err(type_error(format!("bad operand type for abs(): '{}'", cls.name))),
            }
        }
    })
}

fn iter(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("iter", a, 1, 2)?;
    if a.len() == 2 {
        return Ok(Value::Iter(Rc::new(RefCell::new(PyIter::Callable { func: a[0].clone(), sentinel: a[1].clone() }))));
    }
    vm.get_iter(&a[0])
}

fn next(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("next", a, 1, 2)?;
    if !vm.is_iterator(&a[0]) {
        return Err(type_error(format!("'{}' object is not an iterator", vm.type_name(&a[0]))));
    }
    if let Value::Generator(g) = &a[0] {
        // Let StopIteration carry the generator's return value.
        return match vm.gen_send(g, crate::vm::coroutine::Resume::Send(Value::None)) {
            Err(Unwind::Raise(e)) if a.len() == 2 && crate::vm::exceptions::is_exc(&e, "StopIteration") => Ok(a[1].clone()),
            other => other,
        };
    }
    let cls = vm.type_of(&a[0]);
    if !matches!(a[0], Value::Iter(_)) {
        if let Some(m) = cls.lookup("__next__") {
            return match vm.call(&m, vec![a[0].clone()]) {
                Err(Unwind::Raise(e)) if a.len() == 2 && crate::vm::exceptions::is_exc(&e, "StopIteration") => Ok(a[1].clone()),
                other => other,
            };
        }
    }
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None if a.len() == 2 => Ok(a[1].clone()),
        None => Err(crate::vm::exceptions::stop_iteration(Value::None)),
    }
}

fn getattr(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("getattr", a, 2, 3)?;
    let name = match &a[1] {
        Value::Str(s) => s.as_str().to_owned(),
        other => return Err(type_error(format!("attribute name must be string, not '{}'", vm.type_name(other)))),
    };
    if a.len() == 3 {
        // A plainly missing attribute never builds the AttributeError it
        // would discard (asyncio asks `getattr(x, '_asyncio_future_blocking',
        // None)` of every coroutine it wraps).
        return match vm.getattr_opt(&a[0], &name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(a[2].clone()),
            Err(Unwind::Raise(e)) if crate::vm::exceptions::is_exc(&e, "AttributeError") => Ok(a[2].clone()),
            Err(e) => Err(e),
        };
    }
    vm.getattr(&a[0], &name)
}

fn setattr(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("setattr", a, 3, 3)?;
    let name = args::string("attribute name", &a[1])?.to_owned();
    vm.setattr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("hasattr", a, 2, 2)?;
    let name = args::string("attribute name", &a[1])?.to_owned();
    match vm.getattr_opt(&a[0], &name) {
        Ok(found) => Ok(Value::Bool(found.is_some())),
        Err(Unwind::Raise(e)) if crate::vm::exceptions::is_exc(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("delattr", a, 2, 2)?;
    let name = args::string("attribute name", &a[1])?.to_owned();
    vm.delattr(&a[0], &name)?;
    Ok(Value::None)
}

/// Sorts `items` in place with an optional key, stable, like `list.sort`.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) if !k.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(k, vec![it.clone()])?);
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    // Merge sort with a fallible comparison (stable).
    let mut err = None;
    let mut less = |a: &usize, b: &usize| -> bool {
        if err.is_some() {
            return false;
        }
        match vm.compare(&keys[*a], &keys[*b], crate::bytecode::op::CmpOp::Lt) {
            Ok(v) => vm.truthy(&v).unwrap_or(false),
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    if idx.len() < 64 {
        small_sort(&mut idx, &mut less);
    } else {
        merge_sort(&mut idx, &mut less);
    }
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// What CPython's timsort does with a short list: find the leading run
/// (reversing a strictly descending one), then binary insertion of the rest,
/// so comparisons happen in CPython's order (visible in error messages and
/// in `__lt__` side effects).
fn small_sort(v: &mut [usize], less: &mut impl FnMut(&usize, &usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut run = 2;
    if less(&v[1], &v[0]) {
        while run < n && less(&v[run], &v[run - 1]) {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !less(&v[run], &v[run - 1]) {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if less(&pivot, &v[p]) {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=start].rotate_right(1);
    }
}

fn merge_sort(v: &mut Vec<usize>, less: &mut impl FnMut(&usize, &usize) -> bool) {
    if v.len() <= 1 {
        return;
    }
    let mid = v.len() / 2;
    let mut right = v.split_off(mid);
    merge_sort(v, less);
    merge_sort(&mut right, less);
    let left = std::mem::take(v);
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if less(&right[j], &left[i]) {
            v.push(right[j]);
            j += 1;
        } else {
            v.push(left[i]);
            i += 1;
        }
    }
    v.extend_from_slice(&left[i..]);
    v.extend_from_slice(&right[j..]);
}

fn sorted(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    args::only_kwargs("sort", k, &["key", "reverse"])?;
    if a.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", a.len())));
    }
    let mut items = vm.collect(&a[0])?;
    let reverse = match kw(k, "reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    sort_values(vm, &mut items, kw(k, "key").as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn reversed(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("reversed", a, 1, 1)?;
    let it = match &a[0] {
        Value::List(l) => PyIter::ListRev { list: l.clone(), idx: l.borrow().len() },
        Value::Range(r) => r.reversed(),
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
            let mut items = vm.collect(&a[0])?;
            items.reverse();
            PyIter::Snapshot { items, idx: 0 }
        }
        Value::Dict(d) => {
            let mut items: Vec<Value> = d.borrow().keys().cloned().collect();
            items.reverse();
            PyIter::Snapshot { items, idx: 0 }
        }
        other => {
            let cls = vm.type_of(other);
            if let Some(m) = cls.lookup("__reversed__") {
                return vm.call(&m, vec![other.clone()]);
            }
            if cls.lookup("__len__").is_some() && cls.lookup("__getitem__").is_some() {
                let n = vm.len(other)?;
                crate::vm::memory::reserve_items(n, std::mem::size_of::<Value>())?;
                let mut items = Vec::with_capacity(n);
                for i in (0..n).rev() {
                    items.push(vm.getitem(other, &Value::Int(i as i64))?);
                }
                PyIter::Snapshot { items, idx: 0 }
            } else {
                return Err(type_error(format!("'{}' object is not reversible", cls.name)));
            }
        }
    };
    Ok(Value::Iter(Rc::new(RefCell::new(it))))
}

fn enumerate(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    args::only_kwargs("enumerate", k, &["start", "iterable"])?;
    let iterable = a.first().cloned().or_else(|| kw(k, "iterable")).ok_or_else(|| type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let start = a.get(1).cloned().or_else(|| kw(k, "start")).unwrap_or(Value::Int(0));
    let it = vm.get_iter(&iterable)?;
    Ok(Value::Iter(Rc::new(RefCell::new(PyIter::Enumerate { it, count: start }))))
}

fn zip(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    args::only_kwargs("zip", k, &["strict"])?;
    let strict = match kw(k, "strict") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut its = Vec::with_capacity(a.len());
    for (i, v) in a.iter().enumerate() {
        its.push(vm.get_iter(v).map_err(|_| type_error(format!("zip argument #{} must support iteration", i + 1)))?);
    }
    Ok(Value::Iter(Rc::new(RefCell::new(PyIter::Zip { its, strict }))))
}

fn map(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for v in &a[1..] {
        its.push(vm.get_iter(v)?);
    }
    Ok(Value::Iter(Rc::new(RefCell::new(PyIter::Map { func: a[0].clone(), its }))))
}

fn filter(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("filter", a, 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok(Value::Iter(Rc::new(RefCell::new(PyIter::Filter { func: a[0].clone(), it }))))
}

fn sum(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    args::count("sum", a, 1, 2)?;
    let mut acc = a.get(1).cloned().or_else(|| kw(k, "start")).unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(&a[0])?;
    let mut fsum: Option<f64> = None;
    while let Some(x) = vm.next(&it)? {
        // Small ints add without the generic operator (CPython's sum has
        // the same fast path); an overflow takes the generic one.
        if let (Value::Int(i), Value::Int(total)) = (&x, &acc) {
            if let Some(t) = total.checked_add(*i) {
                acc = Value::Int(t);
                continue;
            }
        }
        if let (Value::Float(f), Value::Float(_) | Value::Int(_)) = (&x, &acc) {
            let base = match &acc {
                Value::Float(b) => *b,
                Value::Int(i) => *i as f64,
                _ => 0.0,
            };
            let _ = fsum.get_or_insert(0.0);
            acc = Value::Float(base + f);
            continue;
        }
        acc = vm.binary_op(acc, x, crate::bytecode::op::BinOp::Add)?;
    }
    Ok(acc)
}

/// `min`/`max`: one iterable is walked item by item as CPython's
/// `min_max` does (so `max(range(10**12))` costs instructions, not memory);
/// several positional arguments are compared directly.
fn min_max(vm: &mut Vm, a: &[Value], k: &Kwargs, name: &str, op: crate::bytecode::op::CmpOp) -> PyResult<Value> {
    args::only_kwargs(name, k, &["key", "default"])?;
    let key = kw(k, "key").filter(|v| !v.is_none());
    let mut best: Option<(Value, Value)> = None;
    match a {
        [] => return Err(type_error(format!("{name} expected at least 1 argument, got 0"))),
        [iterable] => {
            let it = vm.get_iter(iterable)?;
            while let Some(item) = vm.next(&it)? {
                keep_best(vm, &mut best, item, key.as_ref(), op)?;
            }
        }
        _ => {
            if kw(k, "default").is_some() {
                return Err(type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            for item in a {
                keep_best(vm, &mut best, item.clone(), key.as_ref(), op)?;
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match kw(k, "default") {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

/// One step of `min_max`: `item` replaces `best` (a key and its item) when
/// its key compares `op` to the best key so far.
fn keep_best(vm: &mut Vm, best: &mut Option<(Value, Value)>, item: Value, key: Option<&Value>, op: crate::bytecode::op::CmpOp) -> PyResult<()> {
    let kv = match key {
        Some(f) => vm.call(f, vec![item.clone()])?,
        None => item.clone(),
    };
    if let Some((bk, _)) = best {
        let r = vm.compare(&kv, bk, op)?;
        if !vm.truthy(&r)? {
            return Ok(());
        }
    }
    *best = Some((kv, item));
    Ok(())
}

fn min(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    min_max(vm, a, k, "min", crate::bytecode::op::CmpOp::Lt)
}

fn max(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    min_max(vm, a, k, "max", crate::bytecode::op::CmpOp::Gt)
}

fn any(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("any", a, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("all", a, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn chr(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("chr", a, 1, 1)?;
    let n = args::int(vm, &a[0])?;
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(c.to_string())),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("ord", a, 1, 1)?;
    match &a[0] {
        Value::Str(s) if s.char_len() == 1 => Ok(Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64))),
        Value::Str(s) => Err(type_error(format!("ord() expected a character, but string of length {} found", s.char_len()))),
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Value::ByteArray(b) if b.borrow().len() == 1 => Ok(Value::Int(b.borrow()[0] as i64)),
        // CPython's own wording for a bytes-like of another length.
        Value::Bytes(_) | Value::ByteArray(_) => {
            Err(type_error(format!("ord() expected a character, but string of length {} found", vm.len(&a[0])?)))
        }
        other => Err(type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(other)))),
    }
}

fn divmod(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("divmod", a, 2, 2)?;
    let q = vm.binary_op(a[0].clone(), a[1].clone(), crate::bytecode::op::BinOp::FloorDiv)?;
    let r = vm.binary_op(a[0].clone(), a[1].clone(), crate::bytecode::op::BinOp::Mod)?;
    Ok(Value::pair(q, r))
}

fn pow(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("pow", a, 2, 3)?;
    if a.len() == 3 && !a[2].is_none() {
        let (Some(b), Some(e), Some(m)) = (crate::vm::ops::to_big(&a[0]), crate::vm::ops::to_big(&a[1]), crate::vm::ops::to_big(&a[2])) else {
            return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        };
        use num_traits::{Signed, Zero};
        if m.is_zero() {
            return Err(value_error("pow() 3rd argument cannot be 0"));
        }
        let (b, e) = if e.is_negative() {
            let mm = num_traits::Signed::abs(&m);
            let ext = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(&b, &mm), &mm);
            if ext.gcd != num_bigint::BigInt::from(1) {
                return Err(value_error("base is not invertible for the given modulus"));
            }
            (num_integer::Integer::mod_floor(&ext.x, &mm), -e)
        } else {
            (b, e)
        };
        let r = b.modpow(&e, &m);
        let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) { r + &m } else { r };
        return Ok(Value::from_bigint(r));
    }
    vm.binary_op(a[0].clone(), a[1].clone(), crate::bytecode::op::BinOp::Pow)
}

/// `round(number, ndigits=None)`: `float.__round__` and `int.__round__`
/// ([`crate::algo::round`]), else the type's own `__round__`.
fn round(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    use crate::algo::round::{round_half_even, round_int};
    args::count("round", a, 1, 2)?;
    let nd = a.get(1).cloned().or_else(|| kw(k, "ndigits")).filter(|v| !v.is_none());
    match &a[0] {
        Value::Float(f) => match nd {
            // `PyLong_FromDouble` of the nearest integer, ties to even.
            None if f.is_nan() => Err(value_error("cannot convert float NaN to integer")),
            None if f.is_infinite() => Err(crate::vm::exceptions::overflow_error("cannot convert float infinity to integer")),
            None => Ok(Value::from_bigint(num_traits::FromPrimitive::from_f64(round_half_even(*f)).unwrap_or_default())),
            // `PyNumber_AsSsize_t(ndigits, NULL)` clamps a huge ndigits.
            Some(n) => Ok(Value::Float(crate::builtins::ctors::round_float(*f, clamped_index(vm, &n)?)?)),
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = crate::vm::ops::to_big(&a[0]).unwrap_or_default();
            Ok(Value::from_bigint(match nd {
                None => n,
                Some(d) => round_int(&n, clamped_index(vm, &d)?),
            }))
        }
        other => {
            let cls = vm.type_of(other);
            match cls.lookup("__round__") {
                Some(m) => {
                    let mut args = vec![other.clone()];
                    if let Some(n) = nd {
                        args.push(n);
                    }
                    vm.call(&m, args)
                }
                None => Err(type_error(format!("type {} doesn't define __round__ method", cls.name))),
            }
        }
    }
}

/// An int argument (via `__index__`), a huge one clamped to the `i64` range.
fn clamped_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    use num_traits::Signed;
    match v {
        Value::BigInt(n) => Ok(if n.is_negative() { i64::MIN } else { i64::MAX }),
        other => args::int(vm, other),
    }
}

fn format(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("format", a, 1, 2)?;
    let spec = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => return Err(type_error(format!("format() argument 2 must be str, not {}", vm.type_name(other)))),
        None => String::new(),
    };
    Ok(Value::str(vm.format(&a[0], &spec)?))
}

fn radix(vm: &mut Vm, a: &[Value], name: &str, spec: &str) -> PyResult<Value> {
    args::count(name, a, 1, 1)?;
    let n = match &a[0] {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => a[0].clone(),
        other => Value::Int(args::int(vm, other)?),
    };
    Ok(Value::str(vm.format(&n, spec)?))
}

fn bin(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    radix(vm, a, "bin", "#b")
}

fn oct(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    radix(vm, a, "oct", "#o")
}

fn hex(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    radix(vm, a, "hex", "#x")
}

fn input(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("input", a, 0, 1)?;
    if let Some(p) = a.first() {
        let prompt = vm.str_of(p)?;
        vm.write(Stream::Stdout, &prompt)?;
    }
    let line = vm.stdin.pop_front().ok_or_else(|| new_exc("EOFError", "EOF when reading a line"))?;
    let delay = vm.exec.input_delay_ns;
    if delay == 0 {
        return Ok(Value::str(line));
    }
    // The thread blocks while the line is "typed"; the wait's timeout
    // returns it (see `RunOptions::input_delay_ns`).
    let mut wait = crate::exec::threads::Wait::new(None, Some(vm.exec.now_ns().saturating_add(delay)), "input()", true);
    wait.on_timeout = Some(line.as_str().into());
    Err(crate::vm::exceptions::Unwind::Block(wait))
}

fn globals(vm: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    let g = vm.frames.last().map(|f| f.globals.clone()).unwrap_or_else(|| vm.main.clone());
    let d = g.dict.borrow().clone();
    super::attrmap_to_dict(vm, &d)
}

fn locals(vm: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else { return Ok(Value::dict(Default::default())) };
    if let Some(ns) = &f.class_ns {
        let d = ns.borrow().clone();
        return super::attrmap_to_dict(vm, &d);
    }
    if f.code.kind == crate::bytecode::code::CodeKind::Module {
        return globals(vm, &[], &Kwargs::new());
    }
    let mut map = AttrMap::default();
    for (name, v) in f.code.varnames.iter().zip(f.locals().iter()) {
        if !v.is_null() {
            map.insert(name.clone(), v.clone());
        }
    }
    for (i, name) in f.code.cellvars.iter().chain(f.code.freevars.iter()).enumerate() {
        let v = f.cells[i].borrow().clone();
        if !v.is_null() {
            map.insert(name.clone(), v);
        }
    }
    super::attrmap_to_dict(vm, &map)
}

fn vars(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    if a.is_empty() {
        return locals(vm, a, &Kwargs::new());
    }
    vm.getattr(&a[0], "__dict__").map_err(|_| type_error("vars() argument must have __dict__ attribute"))
}

fn dir(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    match a.first() {
        None => {
            if let Some(f) = vm.frames.last() {
                names.extend(f.globals.dict.borrow().keys().map(|k| k.to_string()));
            }
        }
        Some(v) => {
            if let Value::Instance(i) = v {
                names.extend(i.attrs.borrow().keys().iter().map(|k| k.to_string()));
            }
            if let Value::Module(m) = v {
                names.extend(m.dict.borrow().keys().map(|k| k.to_string()));
            } else {
                let cls = match v {
                    Value::Class(c) => c.clone(),
                    other => vm.type_of(other),
                };
                for c in cls.mro_with_self() {
                    names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn open(_: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Err(crate::vm::exceptions::unsupported("files (open) in the playground"))
}

fn aiter(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("aiter", a, 1, 1)?;
    let cls = vm.type_of(&a[0]);
    if let Value::Generator(_) = &a[0] {
        return Ok(a[0].clone());
    }
    match cls.lookup("__aiter__") {
        Some(m) => vm.call(&m, vec![a[0].clone()]),
        None => Err(type_error(format!("'{}' object is not an async iterable", cls.name))),
    }
}

fn anext(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("anext", a, 1, 2)?;
    if let Value::Generator(g) = &a[0] {
        if g.kind == crate::objects::GenKind::AsyncGenerator {
            return match a.get(1) {
                Some(d) => super::asyncgen::anext_with_default(vm, g.clone(), d.clone()),
                None => super::asyncgen::anext_awaitable(vm, g.clone(), super::asyncgen::AwaitKind::Send(Value::None)),
            };
        }
    }
    let cls = vm.type_of(&a[0]);
    match cls.lookup("__anext__") {
        Some(m) => vm.call(&m, vec![a[0].clone()]),
        None => Err(type_error(format!("'{}' object is not an async iterator", cls.name))),
    }
}

fn exit(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let args = a.to_vec();
    Err(Unwind::Raise(crate::vm::exceptions::exc_instance(&crate::types::types().exc("SystemExit"), args)))
}

fn import(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("__import__", a, 1, 5)?;
    let name = args::string("module name", &a[0])?.to_owned();
    vm.import(&name, 0)
}
