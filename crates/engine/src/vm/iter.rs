//! Iteration: `iter()`, `next()`, the `ForIter` instruction (generators are
//! resumed in the same fiber), and unpacking.

use super::coroutine::Resume;
use super::exceptions::{is_exc, type_error, value_error, PyResult, Unwind};
use super::frame::ReturnMode;
use super::{Exit, Vm};
use crate::objects::generator::{GenKind, GenStatus};
use crate::objects::iter::{DictPart, PyIter};
use crate::objects::Value;
use std::cell::RefCell;
use std::rc::Rc;

fn new_iter(it: PyIter) -> Value {
    Value::Iter(Rc::new(RefCell::new(it)))
}

/// A class's stand-in for a metaclass method (Coroscope has no
/// metaclasses): `__class_iter__`, `__class_len__`, `__class_repr__` found on
/// the class itself act on the class, as `enum` needs for `for c in Color`.
pub fn class_hook(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Class(c) => c.lookup(name),
        _ => None,
    }
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(l) => new_iter(PyIter::List { list: l.clone(), idx: 0 }),
            Value::Tuple(t) => new_iter(PyIter::Tuple { items: t.clone(), idx: 0 }),
            Value::Str(s) => new_iter(PyIter::Str { s: s.clone(), pos: 0 }),
            Value::Bytes(b) => new_iter(PyIter::Bytes { b: b.clone(), idx: 0 }),
            Value::ByteArray(b) => new_iter(PyIter::ByteArray { b: b.clone(), idx: 0 }),
            Value::Range(r) => new_iter(r.iter()),
            Value::Dict(d) => {
                let len = d.borrow().len();
                new_iter(PyIter::Dict { dict: d.clone(), pos: 0, len, part: DictPart::Keys })
            }
            Value::Set(s) => {
                let len = s.borrow().len();
                new_iter(PyIter::Set { set: s.clone(), pos: 0, len })
            }
            Value::FrozenSet(s) => new_iter(PyIter::Snapshot { items: s.iter().map(|(_, v)| v.clone()).collect(), idx: 0 }),
            Value::Iter(_) => v.clone(),
            Value::Generator(g) if g.kind == GenKind::Generator => v.clone(),
            _ => {
                if let Some(m) = class_hook(v, "__class_iter__") {
                    let it = self.call(&m, vec![v.clone()])?;
                    return self.get_iter(&it);
                }
                let cls = self.type_of(v);
                if let Some(m) = cls.lookup("__iter__") {
                    let it = self.call(&m, vec![v.clone()])?;
                    if !self.is_iterator(&it) {
                        let tn = self.type_name(&it);
                        return Err(type_error(format!("iter() returned non-iterator of type '{tn}'")));
                    }
                    return Ok(it);
                }
                if let Some(it) = crate::builtins::native_iter(self, v)? {
                    return Ok(it);
                }
                if cls.lookup("__getitem__").is_some() {
                    let items = self.collect_by_getitem(v)?;
                    return Ok(new_iter(PyIter::Snapshot { items, idx: 0 }));
                }
                return Err(type_error(format!("'{}' object is not iterable", self.type_name(v))));
            }
        })
    }

    /// True if `v` has `__next__`.
    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(_) => true,
            Value::Generator(g) => g.kind == GenKind::Generator,
            _ => self.type_of(v).lookup("__next__").is_some(),
        }
    }

    fn collect_by_getitem(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        let m = self.type_of(v).lookup("__getitem__").unwrap_or(Value::None);
        for i in 0.. {
            match self.call(&m, vec![v.clone(), Value::Int(i)]) {
                Ok(x) => out.push(x),
                Err(Unwind::Raise(e)) if is_exc(&e, "IndexError") || is_exc(&e, "StopIteration") => break,
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    /// `next(it)`: `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(state) => {
                self.charge_rust_step()?;
                crate::builtins::iter_next(self, state)
            }
            Value::Generator(g) => {
                if g.status.get() == GenStatus::Closed {
                    return Ok(None);
                }
                match self.gen_step(g, Resume::Send(Value::None))? {
                    super::coroutine::GenStep::Yield(v) => Ok(Some(v)),
                    super::coroutine::GenStep::Return(_) => Ok(None),
                }
            }
            _ => {
                let cls = self.type_of(it);
                let Some(m) = cls.lookup("__next__") else {
                    return Err(type_error(format!("'{}' object is not an iterator", cls.name)));
                };
                match self.call(&m, vec![it.clone()]) {
                    Ok(v) => Ok(Some(v)),
                    Err(Unwind::Raise(e)) if is_exc(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// `ForIter(exit)`: `[it] -> [it, next]` or `[]` + jump.
    pub(super) fn for_iter(&mut self, exit: u32) -> PyResult<Option<Exit>> {
        let it = self.frame().top().clone();
        match &it {
            Value::Iter(state) => {
                // The general `enumerate` charges its inner `next` as a
                // Rust step (`Vm::next`); the fast one does too, and leaves
                // the case where that charge would stop the run to it.
                let rust_room = self.steps + self.rust_steps + 1 < self.limits.instructions;
                let mut charged = false;
                // Fast paths for the common iterators.
                let fast = {
                    let mut s = state.borrow_mut();
                    match &mut *s {
                        PyIter::Range { next, stop, step } => Some(if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                            let v = *next;
                            *next = next.saturating_add(*step);
                            Some(Value::Int(v))
                        } else {
                            None
                        }),
                        PyIter::List { list, idx } => {
                            let l = list.borrow();
                            Some(if *idx < l.len() {
                                let v = l[*idx].clone();
                                *idx += 1;
                                Some(v)
                            } else {
                                *idx = usize::MAX / 2;
                                None
                            })
                        }
                        PyIter::Enumerate { it, count } if rust_room => {
                            let pair = enumerate_list_next(it, count);
                            charged = pair.is_some();
                            pair.map(Some)
                        }
                        _ => None,
                    }
                };
                if charged {
                    self.rust_steps += 1;
                }
                // Not `self.next`: this loop's own instructions are counted,
                // its items are not Rust's (see `Vm::charge_rust_step`).
                let next = match fast {
                    Some(n) => n,
                    None => crate::builtins::iter_next(self, state)?,
                };
                match next {
                    Some(v) => self.frame().push(v),
                    None => {
                        let f = self.frame();
                        f.pop();
                        f.ip = exit as usize;
                    }
                }
                Ok(None)
            }
            Value::Generator(g) if g.kind == GenKind::Generator => {
                if g.status.get() == GenStatus::Closed {
                    let f = self.frame();
                    f.pop();
                    f.ip = exit as usize;
                    return Ok(None);
                }
                self.resume_gen(g, Resume::Send(Value::None), ReturnMode::ForIter { exit })?;
                Ok(None)
            }
            _ => {
                match self.next(&it)? {
                    Some(v) => self.frame().push(v),
                    None => {
                        let f = self.frame();
                        f.pop();
                        f.ip = exit as usize;
                    }
                }
                Ok(None)
            }
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().to_vec()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let slot = std::mem::size_of::<Value>();
        if let Value::Range(r) = v {
            // A range knows its length: refuse a huge one before iterating
            // (`list(range(10**12))` is MemoryError at once).
            // Past `Py_ssize_t`, CPython's length hint is an OverflowError.
            super::memory::reserve_items(crate::builtins::range::len(r)? as usize, slot)?;
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            if out.len() == out.capacity() {
                // The push below doubles the buffer: ask the guard first.
                super::memory::reserve_items(out.capacity().max(4), slot)?;
            }
            out.push(x);
        }
        Ok(out)
    }

    /// `a, b = seq` with CPython's error messages.
    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Dict(_) => self.collect(seq)?,
            _ => {
                let it = self.get_iter(seq).map_err(|_| {
                    type_error(format!("cannot unpack non-iterable {} object", self.type_name(seq)))
                })?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(value_error(format!("too many values to unpack (expected {n})")));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }

    /// `a, *b, c = seq`.
    pub fn unpack_ex(&mut self, seq: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = self.collect(seq).map_err(|e| match e {
            Unwind::Raise(ex) if is_exc(&ex, "TypeError") => {
                type_error(format!("cannot unpack non-iterable {} object", self.type_name(seq)))
            }
            other => other,
        })?;
        if items.len() < before + after {
            return Err(value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = items[..before].to_vec();
        out.push(Value::list(items[before..items.len() - after].to_vec()));
        out.extend_from_slice(&items[items.len() - after..]);
        Ok(out)
    }
}

/// The next pair of an `enumerate` over a list (or range) iterator whose
/// count is a small int: `(count, item)` built directly, as the general
/// `enumerate` callback builds it, without cloning the iterator state
/// and going through `Vm::next` (callgrind, dict_list_churn: ~500 machine
/// instructions an item). `None`: any other case, or the inner iterator's
/// end, which the general path handles; nothing changed then.
fn enumerate_list_next(it: &Value, count: &mut Value) -> Option<Value> {
    let Value::Int(c) = *count else { return None };
    if c == i64::MAX {
        return None;
    }
    let Value::Iter(inner) = it else { return None };
    let mut inner = inner.try_borrow_mut().ok()?;
    let v = match &mut *inner {
        PyIter::List { list, idx } => {
            let v = list.borrow().get(*idx).cloned()?;
            *idx += 1;
            v
        }
        PyIter::Range { next, stop, step } => {
            if !((*step > 0 && *next < *stop) || (*step < 0 && *next > *stop)) {
                return None;
            }
            let v = *next;
            *next = next.saturating_add(*step);
            Value::Int(v)
        }
        _ => return None,
    };
    *count = Value::Int(c + 1);
    Some(Value::Tuple([Value::Int(c), v].into()))
}

/// `UnpackSequence(n)` of a tuple or list of exactly `n` items: they go
/// onto the stack last first, cloned straight from the sequence (no
/// vector in between); the sequence drops afterwards. `false`: anything
/// else, nothing changed.
#[inline]
pub(super) fn unpack_exact(f: &mut super::frame::Frame, n: usize) -> bool {
    match f.stack.last() {
        Some(Value::Tuple(t)) if t.len() == n => {}
        Some(Value::List(l)) if l.borrow().len() == n => {}
        _ => return false,
    }
    let mut seq = f.stack.pop().unwrap_or_default();
    match &mut seq {
        // A tuple only the stack held (`for i, x in enumerate(xs)`): its
        // items move out instead of being cloned and dropped with it.
        Value::Tuple(t) => match t.get_mut() {
            Some(items) => f.stack.extend(items.iter_mut().rev().map(std::mem::take)),
            None => f.stack.extend(t.iter().rev().cloned()),
        },
        Value::List(l) => f.stack.extend(l.borrow().iter().rev().cloned()),
        _ => unreachable!("matched above"),
    }
    drop(seq);
    true
}
