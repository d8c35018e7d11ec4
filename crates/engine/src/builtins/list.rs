//! `list` methods.

use super::args::{self, kw};
use super::def;
use crate::objects::function::Kwargs;
use crate::objects::{AttrMap, Value};
use crate::vm::exceptions::{index_error, type_error, value_error, PyResult};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// Installs `list`'s methods.
pub fn install(d: &mut AttrMap) {
    let m: &[(&str, crate::objects::NativeFn)] = &[
        ("append", append), ("extend", extend), ("insert", insert), ("pop", pop), ("remove", remove),
        ("index", super::seq_ops::seq_index), ("count", super::seq_ops::seq_count), ("sort", sort),
        ("reverse", reverse), ("copy", copy), ("clear", clear), ("__len__", len),
        ("__getitem__", getitem), ("__setitem__", setitem), ("__contains__", contains),
        ("__iter__", iter), ("__init__", init),
    ];
    for (name, f) in m {
        def(d, name, *f, Some("list"));
    }
}

/// The list behind `self` (a list, or a subclass instance wrapping one).
pub fn this(v: &Value) -> PyResult<Rc<RefCell<crate::objects::PyList>>> {
    match v {
        Value::List(l) => Ok(l.clone()),
        Value::Instance(i) => match &*i.base() {
            Value::List(l) => Ok(l.clone()),
            _ => Err(type_error("descriptor requires a 'list' object")),
        },
        _ => Err(type_error("descriptor requires a 'list' object")),
    }
}

fn append(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("list.append", a, 1, 1).map_err(|_| type_error(format!("list.append() takes exactly one argument ({} given)", a.len() - 1)))?;
    this(&a[0])?.borrow_mut().push(a[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("list.extend", a, 1, 1)?;
    let items = vm.collect(&a[1])?;
    this(&a[0])?.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(type_error(format!("insert expected 2 arguments, got {}", a.len() - 1)));
    }
    let l = this(&a[0])?;
    let len = l.borrow().len() as i64;
    let i = args::int(vm, &a[1])?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert(i as usize, a[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("pop", &a[1..], 0, 1)?;
    let l = this(&a[0])?;
    // The index is converted first, as CPython does: `[].pop("0")` is a
    // TypeError, not "pop from empty list".
    let i = match a.get(1) {
        Some(v) => args::int(vm, v)?,
        None => -1,
    };
    let len = l.borrow().len() as i64;
    if len == 0 {
        return Err(index_error("pop from empty list"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(index_error("pop index out of range"));
    }
    let v = l.borrow_mut().remove(j as usize);
    Ok(v)
}

fn remove(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("list.remove", a, 1, 1)?;
    let l = this(&a[0])?;
    let items = l.borrow().clone();
    for (i, it) in items.iter().enumerate() {
        if it.is(&a[1]) || vm.eq(it, &a[1])? {
            l.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn sort(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    args::only_kwargs("sort", k, &["key", "reverse"])?;
    let l = this(&a[0])?;
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let reverse = match kw(k, "reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    let r = super::functions::sort_values(vm, &mut items, kw(k, "key").as_ref(), reverse);
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    this(&a[0])?.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::list(this(&a[0])?.borrow().to_vec()))
}

fn clear(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    // Moved out first: the items drop after the borrow ends (a drop can
    // run a finaliser), in the list's order (the last first, `_list_clear`).
    let old = this(&a[0])?.borrow_mut().take();
    drop(old);
    Ok(Value::None)
}

fn len(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(this(&a[0])?.borrow().len() as i64))
}

fn getitem(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.getitem(&Value::List(this(&a[0])?), &a[1])
}

fn setitem(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.setitem(&Value::List(this(&a[0])?), a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(vm.contains(&Value::List(this(&a[0])?), &a[1])?))
}

fn iter(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.get_iter(&Value::List(this(&a[0])?))
}

fn init(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let l = this(&a[0])?;
    if let Some(src) = a.get(1) {
        let items = vm.collect(src)?;
        // The old items go the last first (`_list_clear`).
        *l.borrow_mut() = items.into();
    }
    Ok(Value::None)
}
