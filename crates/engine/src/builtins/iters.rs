//! Advancing builtin iterators (`list_iterator`, `map`, `zip`, ...).

use crate::objects::iter::{DictPart, PyIter};
use crate::objects::Value;
use crate::vm::exceptions::{new_exc, value_error, PyResult};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// `__iter__`/`__next__` on builtin iterator classes (so `it.__next__()`
/// and `iter(it) is it` work).
pub fn install_iterator_methods(d: &mut crate::objects::AttrMap, owner: &str) {
    super::def(d, "__iter__", iter_self, Some(owner));
    super::def(d, "__next__", iter_next_method, Some(owner));
}

fn iter_self(_: &mut Vm, a: &[Value], _: &crate::objects::function::Kwargs) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn iter_next_method(vm: &mut Vm, a: &[Value], _: &crate::objects::function::Kwargs) -> PyResult<Value> {
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => Err(crate::vm::exceptions::stop_iteration(Value::None)),
    }
}

/// Iterators for native objects that are iterable (deque, ...): `None` if not.
pub fn native_iter(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    crate::stdlib::native_iter(vm, v)
}

/// `next()` on a builtin iterator; `None` when exhausted.
pub fn iter_next(vm: &mut Vm, state: &Rc<RefCell<PyIter>>) -> PyResult<Option<Value>> {
    // Iterators that call back into Python must not hold the borrow.
    let callback = {
        let s = state.borrow();
        match &*s {
            PyIter::Enumerate { it, count } => Some(Callback::Enumerate(it.clone(), count.clone())),
            PyIter::Zip { its, strict } => Some(Callback::Zip(its.clone(), *strict)),
            PyIter::Map { func, its } => Some(Callback::Map(func.clone(), its.clone())),
            PyIter::Filter { func, it } => Some(Callback::Filter(func.clone(), it.clone())),
            PyIter::Callable { func, sentinel } => Some(Callback::Callable(func.clone(), sentinel.clone())),
            _ => None,
        }
    };
    if let Some(cb) = callback {
        let r = run_callback(vm, state, cb)?;
        if r.is_none() {
            *state.borrow_mut() = PyIter::Done;
        }
        return Ok(r);
    }
    let mut s = state.borrow_mut();
    let r = match &mut *s {
        PyIter::List { list, idx } => {
            let l = list.borrow();
            let v = l.get(*idx).cloned();
            *idx += 1;
            v
        }
        PyIter::ListRev { list, idx } => {
            let l = list.borrow();
            if *idx == 0 || *idx > l.len() {
                None
            } else {
                *idx -= 1;
                l.get(*idx).cloned()
            }
        }
        PyIter::Tuple { items, idx } => {
            let v = items.get(*idx).cloned();
            *idx += 1;
            v
        }
        PyIter::Str { s, pos } => {
            let text = s.as_str();
            match text[*pos..].chars().next() {
                Some(c) => {
                    *pos += c.len_utf8();
                    Some(Value::str(c.to_string()))
                }
                None => None,
            }
        }
        PyIter::Bytes { b, idx } => {
            let v = b.get(*idx).map(|x| Value::Int(*x as i64));
            *idx += 1;
            v
        }
        PyIter::ByteArray { b, idx } => {
            let v = b.borrow().get(*idx).map(|x| Value::Int(*x as i64));
            *idx += 1;
            v
        }
        PyIter::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next = next.saturating_add(*step);
                Some(Value::Int(v))
            } else {
                None
            }
        }
        PyIter::LongRange(r) => r.advance(),
        PyIter::Dict { dict, pos, len, part } => {
            let d = dict.borrow();
            if d.len() != *len {
                *len = usize::MAX;
                return Err(new_exc("RuntimeError", "dictionary changed size during iteration"));
            }
            match d.next_from(*pos) {
                Some((p, k, v)) => {
                    *pos = p;
                    Some(match part {
                        DictPart::Keys => k.clone(),
                        DictPart::Values => v.clone(),
                        DictPart::Items => Value::pair(k.clone(), v.clone()),
                    })
                }
                None => None,
            }
        }
        PyIter::Set { set, pos, len } => {
            let st = set.borrow();
            if st.len() != *len {
                return Err(new_exc("RuntimeError", "Set changed size during iteration"));
            }
            match st.next_from(*pos) {
                Some((p, k)) => {
                    *pos = p;
                    Some(k.clone())
                }
                None => None,
            }
        }
        PyIter::Snapshot { items, idx } => {
            let v = items.get(*idx).cloned();
            *idx += 1;
            v
        }
        _ => None,
    };
    if r.is_none() {
        *s = PyIter::Done;
    }
    Ok(r)
}

enum Callback {
    Enumerate(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Callable(Value, Value),
}

fn run_callback(vm: &mut Vm, state: &Rc<RefCell<PyIter>>, cb: Callback) -> PyResult<Option<Value>> {
    match cb {
        Callback::Enumerate(it, count) => {
            let Some(v) = vm.next(&it)? else { return Ok(None) };
            // The usual small count without the arithmetic protocol.
            let next = match &count {
                Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
                _ => vm.binary_op(count.clone(), Value::Int(1), crate::bytecode::op::BinOp::Add)?,
            };
            if let PyIter::Enumerate { count: c, .. } = &mut *state.borrow_mut() {
                *c = next;
            }
            // The pair in one allocation (through a vector it took two).
            Ok(Some(Value::Tuple([count, v].into())))
        }
        Callback::Zip(its, strict) => {
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(value_error(format!("zip() argument {} is shorter than argument{plural}{}", i + 1, i)));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(value_error(format!("zip() argument {} is longer than argument{plural}{}", j + 1, j)));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(Value::tuple(out)))
        }
        Callback::Map(func, its) => {
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, args).map(Some)
        }
        Callback::Filter(func, it) => loop {
            let Some(v) = vm.next(&it)? else { return Ok(None) };
            let keep = if func.is_none() {
                vm.truthy(&v)?
            } else {
                let r = vm.call(&func, vec![v.clone()])?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        Callback::Callable(func, sentinel) => {
            let v = vm.call(&func, vec![])?;
            if vm.eq(&v, &sentinel)? {
                return Ok(None);
            }
            Ok(Some(v))
        }
    }
}
