//! `set` and `frozenset` methods and operators.

use super::def;
use crate::bytecode::op::{BinOp, CmpOp};
use crate::objects::function::Kwargs;
use crate::objects::{AttrMap, PySet, Value};
use crate::vm::exceptions::{key_error, type_error, PyResult};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// Installs the methods (`frozen` omits the mutating ones).
pub fn install(d: &mut AttrMap, frozen: bool) {
    let owner = if frozen { "frozenset" } else { "set" };
    let common: &[(&str, crate::objects::NativeFn)] = &[
        ("union", union), ("intersection", intersection), ("difference", difference),
        ("symmetric_difference", symmetric_difference), ("issubset", issubset),
        ("issuperset", issuperset), ("isdisjoint", isdisjoint), ("copy", copy), ("__len__", len),
        ("__contains__", contains), ("__iter__", iter),
    ];
    for (name, f) in common {
        def(d, name, *f, Some(owner));
    }
    if !frozen {
        let m: &[(&str, crate::objects::NativeFn)] = &[
            ("add", add), ("remove", remove), ("discard", discard), ("pop", pop), ("clear", clear),
            ("update", update), ("intersection_update", intersection_update),
            ("difference_update", difference_update), ("symmetric_difference_update", symmetric_difference_update),
        ];
        for (name, f) in m {
            def(d, name, *f, Some("set"));
        }
    }
}

/// Elements of a set or frozenset.
pub fn elements(v: &Value) -> Option<Vec<(i64, Value)>> {
    match v {
        Value::Set(s) => Some(s.borrow().iter().map(|(h, k)| (h, k.clone())).collect()),
        Value::FrozenSet(s) => Some(s.iter().map(|(h, k)| (h, k.clone())).collect()),
        _ => None,
    }
}

fn items_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<(i64, Value)>> {
    if let Some(e) = elements(v) {
        return Ok(e);
    }
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        out.push((vm.hash(&it)?, it));
    }
    Ok(out)
}

fn build(vm: &mut Vm, items: Vec<(i64, Value)>) -> PyResult<PySet> {
    let mut s = PySet::new();
    for (h, v) in items {
        if vm.set_find(&s, h, &v)?.is_none() {
            s.push(h, v);
        }
    }
    Ok(s)
}

fn has(vm: &mut Vm, s: &PySet, h: i64, v: &Value) -> PyResult<bool> {
    Ok(vm.set_find(s, h, v)?.is_some())
}

/// Wraps a result in the type of `like` (set or frozenset).
fn wrap(like: &Value, s: PySet) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(s)),
        _ => Value::Set(Rc::new(RefCell::new(s))),
    }
}

/// `|`, `&`, `-`, `^` between sets.
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let x = items_of(vm, a)?;
    let y = items_of(vm, b)?;
    let ys = build(vm, y.clone())?;
    let xs = build(vm, x.clone())?;
    let mut out = Vec::new();
    match op {
        BinOp::Or => {
            out.extend(x);
            out.extend(y);
        }
        BinOp::And => {
            for (h, v) in x {
                if has(vm, &ys, h, &v)? {
                    out.push((h, v));
                }
            }
        }
        BinOp::Sub => {
            for (h, v) in x {
                if !has(vm, &ys, h, &v)? {
                    out.push((h, v));
                }
            }
        }
        _ => {
            for (h, v) in x {
                if !has(vm, &ys, h, &v)? {
                    out.push((h, v));
                }
            }
            for (h, v) in y {
                if !has(vm, &xs, h, &v)? {
                    out.push((h, v));
                }
            }
        }
    }
    let s = build(vm, out)?;
    Ok(wrap(a, s))
}

/// Set comparisons (`<=` is subset, `==` equality, ...).
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let x = items_of(vm, a)?;
    let y = items_of(vm, b)?;
    let xs = build(vm, x.clone())?;
    let ys = build(vm, y.clone())?;
    let mut sub = true;
    for (h, v) in &x {
        if !has(vm, &ys, *h, v)? {
            sub = false;
            break;
        }
    }
    let mut sup = true;
    for (h, v) in &y {
        if !has(vm, &xs, *h, v)? {
            sup = false;
            break;
        }
    }
    Ok(match op {
        CmpOp::Eq => sub && sup,
        CmpOp::Ne => !(sub && sup),
        CmpOp::Le => sub,
        CmpOp::Lt => sub && !sup,
        CmpOp::Ge => sup,
        CmpOp::Gt => sup && !sub,
    })
}

/// `hash(frozenset)`.
pub fn frozenset_hash(s: &PySet) -> i64 {
    crate::algo::hash::hash_frozenset(s.iter().map(|(h, _)| h))
}

fn this_set(v: &Value) -> PyResult<Rc<RefCell<PySet>>> {
    match v {
        Value::Set(s) => Ok(s.clone()),
        _ => Err(type_error("descriptor requires a 'set' object")),
    }
}

fn multi(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let mut acc = match &a[0] {
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
        other => other.clone(),
    };
    for other in &a[1..] {
        acc = set_binop(vm, &acc, other, op)?;
    }
    if a.len() == 1 {
        return copy(vm, a, &Kwargs::new());
    }
    Ok(acc)
}

fn union(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    multi(vm, a, BinOp::Or)
}

fn intersection(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    multi(vm, a, BinOp::And)
}

fn difference(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    multi(vm, a, BinOp::Sub)
}

fn symmetric_difference(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    multi(vm, a, BinOp::Xor)
}

fn issubset(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(set_compare(vm, &a[0], &a[1], CmpOp::Le)?))
}

fn issuperset(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(set_compare(vm, &a[0], &a[1], CmpOp::Ge)?))
}

fn isdisjoint(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let r = set_binop(vm, &a[0], &a[1], BinOp::And)?;
    Ok(Value::Bool(vm.len(&r)? == 0))
}

fn copy(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(match &a[0] {
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
        other => other.clone(),
    })
}

fn len(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

fn contains(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
}

fn iter(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.get_iter(&a[0])
}

fn add(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this_set(&a[0])?;
    let h = vm.hash(&a[1])?;
    crate::vm::ops::set_insert_hashed(vm, &s, h, a[1].clone())?;
    Ok(Value::None)
}

fn remove_impl(vm: &mut Vm, a: &[Value], must: bool) -> PyResult<Value> {
    let s = this_set(&a[0])?;
    let h = vm.hash(&a[1])?;
    let slot = {
        let ss = s.borrow();
        vm.set_find(&ss, h, &a[1])?
    };
    match slot {
        Some(i) => {
            s.borrow_mut().remove_at(i);
        }
        None if must => return Err(key_error(a[1].clone())),
        None => {}
    }
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    remove_impl(vm, a, true)
}

fn discard(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    remove_impl(vm, a, false)
}

fn pop(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this_set(&a[0])?;
    let v = s.borrow_mut().pop_first();
    v.ok_or_else(|| key_error(Value::str("pop from an empty set")))
}

fn clear(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    this_set(&a[0])?.borrow_mut().clear();
    Ok(Value::None)
}

fn in_place(vm: &mut Vm, a: &[Value], op: BinOp) -> PyResult<Value> {
    let s = this_set(&a[0])?;
    let mut acc = a[0].clone();
    for other in &a[1..] {
        acc = set_binop(vm, &acc, other, op)?;
    }
    if let Value::Set(r) = acc {
        let new = r.borrow().clone();
        *s.borrow_mut() = new;
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this_set(&a[0])?;
    for other in &a[1..] {
        for v in vm.collect(other)? {
            let h = vm.hash(&v)?;
            crate::vm::ops::set_insert_hashed(vm, &s, h, v)?;
        }
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    in_place(vm, a, BinOp::And)
}

fn difference_update(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    in_place(vm, a, BinOp::Sub)
}

fn symmetric_difference_update(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    in_place(vm, a, BinOp::Xor)
}
