//! `set` and `frozenset` methods and operators. Each mirrors the function
//! of CPython 3.11's `Objects/setobject.c` named in its doc, visiting and
//! adding keys in the same order, because that order decides the result's
//! slot layout and so the order it prints in. Set-with-set work is done by
//! [`crate::algo::set_ops`]; the cases with a dict or another iterable, which
//! need the VM to iterate and hash, are here.
//!
//! Python `__eq__` may run during a lookup. Operands are borrowed for
//! reading; a set updated in place has its table taken out meanwhile (so
//! `__eq__` sees it empty rather than finding it borrowed).

use super::{args, def};
use crate::algo::set_ops;
use crate::algo::set_table::SetTable;
use crate::bytecode::op::{BinOp, CmpOp};
use crate::objects::function::Kwargs;
use crate::objects::{AttrMap, PySet, Value};
use crate::vm::exceptions::{key_error, type_error, PyResult};
use crate::vm::Vm;
use std::cell::{Ref, RefCell};
use std::ops::Deref;
use std::rc::Rc;

type Table = SetTable<Value>;

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

/// A set or frozenset borrowed for reading.
enum SetRef<'a> {
    Set(Ref<'a, PySet>),
    Frozen(&'a PySet),
}

impl Deref for SetRef<'_> {
    type Target = PySet;
    fn deref(&self) -> &PySet {
        match self {
            SetRef::Set(s) => s,
            SetRef::Frozen(s) => s,
        }
    }
}

/// `PyAnySet_Check`: the value as a set, if it is one.
fn as_set(v: &Value) -> Option<SetRef<'_>> {
    match v {
        Value::Set(s) => Some(SetRef::Set(s.borrow())),
        Value::FrozenSet(s) => Some(SetRef::Frozen(s)),
        _ => None,
    }
}

/// Key equality as set lookups do it: identity, then `stored == sought`.
fn same_key(vm: &mut Vm, stored: &Value, sought: &Value) -> PyResult<bool> {
    if stored.is(sought) {
        Ok(true)
    } else {
        vm.eq(stored, sought)
    }
}

/// Wraps a table in the type of `like` (`make_new_set_basetype`).
fn wrap(like: &Value, table: Table) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(PySet::from_table(table))),
        _ => Value::Set(Rc::new(RefCell::new(PySet::from_table(table)))),
    }
}

/// Runs `f` on a set's table taken out of it, then puts it back (also on error).
fn with_table<T>(s: &Rc<RefCell<PySet>>, f: impl FnOnce(&mut Table) -> PyResult<T>) -> PyResult<T> {
    let mut table = s.borrow_mut().take_table();
    let result = f(&mut table);
    *s.borrow_mut().table_mut() = table;
    result
}

/// Mirrors `set_add_key`: hashes and adds one key.
fn add_key(vm: &mut Vm, t: &mut Table, key: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    let probe = key.clone();
    t.insert(hash, key, |stored| same_key(vm, stored, &probe))?;
    Ok(())
}

/// Mirrors `set_update_internal`: another set is merged (one resize, then
/// slot order), a dict's keys are added after one resize with their stored
/// hashes, anything else one key at a time as iterated. The caller skips
/// `s.update(s)`.
fn update_internal(vm: &mut Vm, t: &mut Table, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return t.merge(o.table(), |stored, key| same_key(vm, stored, key));
    }
    if let Value::Dict(d) = other {
        let entries: Vec<(i64, Value)> = d.borrow().iter().map(|(h, k, _)| (h, k.clone())).collect();
        t.presize_for_update(entries.len());
        for (hash, key) in entries {
            let probe = key.clone();
            t.insert(hash, key, |stored| same_key(vm, stored, &probe))?;
        }
        return Ok(());
    }
    for key in vm.collect(other)? {
        add_key(vm, t, key)?;
    }
    Ok(())
}

/// An operand of an in-place update, iterated before the set's table is
/// taken out, so that iterating the set itself still sees its keys.
fn settle(vm: &mut Vm, other: &Value) -> PyResult<Value> {
    Ok(match other {
        Value::Set(_) | Value::FrozenSet(_) | Value::Dict(_) | Value::List(_) | Value::Tuple(_) => other.clone(),
        _ => Value::list(vm.collect(other)?),
    })
}

/// `set(iterable)` / `frozenset(iterable)` (`make_new_set`).
pub fn from_iterable(vm: &mut Vm, src: &Value) -> PyResult<PySet> {
    let mut t = Table::new();
    update_internal(vm, &mut t, src)?;
    Ok(PySet::from_table(t))
}

/// `s.update(other)` and the `SET_UPDATE` of `{*a, *b}` on a shared set.
pub fn update_from(vm: &mut Vm, s: &Rc<RefCell<PySet>>, other: &Value) -> PyResult<()> {
    if let Value::Set(o) = other {
        if Rc::ptr_eq(s, o) {
            return Ok(());
        }
    }
    let other = settle(vm, other)?;
    with_table(s, |t| update_internal(vm, t, &other))
}

/// Whether `key` is in the set `t` (`set_contains_key`).
fn has_key(vm: &mut Vm, t: &Table, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    t.contains(hash, |stored| same_key(vm, stored, key))
}

/// Mirrors `set_intersection(so, other)`.
fn intersection_of(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Table> {
    let s = as_set(so).expect("a set");
    if so.is(other) {
        return Ok(s.table().copy());
    }
    if let Some(o) = as_set(other) {
        return set_ops::intersection(s.table(), o.table(), |stored, key| same_key(vm, stored, key));
    }
    let mut result = Table::new();
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.next(&it)? {
        let hash = vm.hash(&key)?;
        if s.table().contains(hash, |stored| same_key(vm, stored, &key))? {
            let probe = key.clone();
            result.insert(hash, key, |stored| same_key(vm, stored, &probe))?;
        }
    }
    Ok(result)
}

/// Mirrors `set_difference_update_internal`.
fn difference_update_internal(vm: &mut Vm, t: &mut Table, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return set_ops::difference_update(t, o.table(), |stored, key| same_key(vm, stored, key));
    }
    for key in vm.collect(other)? {
        let hash = vm.hash(&key)?;
        t.remove(hash, |stored| same_key(vm, stored, &key))?;
    }
    t.drop_dummies_if_many();
    Ok(())
}

/// Mirrors `set_difference(so, other)`.
fn difference_of(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Table> {
    let s = as_set(so).expect("a set");
    if let Some(o) = as_set(other) {
        return set_ops::difference(s.table(), o.table(), |stored, key| same_key(vm, stored, key));
    }
    let Value::Dict(d) = other else {
        let mut copy = s.table().copy();
        drop(s);
        difference_update_internal(vm, &mut copy, other)?;
        return Ok(copy);
    };
    if (s.len() >> 2) > d.borrow().len() {
        let mut copy = s.table().copy();
        drop(s);
        difference_update_internal(vm, &mut copy, other)?;
        return Ok(copy);
    }
    let mut result = Table::new();
    for (hash, key) in s.table().entries() {
        let found = vm.dict_find(&d.borrow(), hash, key)?.is_some();
        if !found {
            result.insert(hash, key.clone(), |stored| same_key(vm, stored, key))?;
        }
    }
    Ok(result)
}

/// Mirrors `set_symmetric_difference_update(so, other)`; the caller
/// handles `s ^= s`.
fn symmetric_update_internal(vm: &mut Vm, t: &mut Table, other: &Value) -> PyResult<()> {
    if let Value::Dict(d) = other {
        let entries: Vec<(i64, Value)> = d.borrow().iter().map(|(h, k, _)| (h, k.clone())).collect();
        for (hash, key) in entries {
            if t.remove(hash, |stored| same_key(vm, stored, &key))?.is_none() {
                let probe = key.clone();
                t.insert(hash, key, |stored| same_key(vm, stored, &probe))?;
            }
        }
        return Ok(());
    }
    let built;
    let o = match as_set(other) {
        Some(o) => o,
        None => {
            built = from_iterable(vm, other)?;
            SetRef::Frozen(&built)
        }
    };
    set_ops::symmetric_difference_update(t, o.table(), |stored, key| same_key(vm, stored, key))
}

/// `|`, `&`, `-`, `^` between two sets or frozensets (`set_or`, `set_and`,
/// `set_sub`, `set_xor`); the result has the left operand's type.
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let table = match op {
        BinOp::Or => {
            let mut t = as_set(a).expect("a set").table().copy();
            if !a.is(b) {
                update_internal(vm, &mut t, b)?;
            }
            t
        }
        BinOp::And => intersection_of(vm, a, b)?,
        BinOp::Sub => difference_of(vm, a, b)?,
        _ => {
            let mut t = from_iterable(vm, b)?.take_table();
            symmetric_update_internal(vm, &mut t, a)?;
            t
        }
    };
    Ok(wrap(a, table))
}

/// `s |= t`, `s &= t`, `s -= t`, `s ^= t` on a set (`set_ior`, `set_iand`,
/// `set_isub`, `set_ixor`): updates `a` in place and returns it, or `None`
/// when `b` is not a set (then the binary operator decides).
pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Value::Set(s), true) = (a, as_set(b).is_some()) else { return Ok(None) };
    let same = a.is(b);
    match op {
        BinOp::Or if same => {}
        BinOp::Or => update_from(vm, s, b)?,
        BinOp::And => {
            let mut result = intersection_of(vm, a, b)?;
            s.borrow_mut().table_mut().swap_bodies(&mut result);
        }
        BinOp::Sub | BinOp::Xor if same => s.borrow_mut().clear(),
        BinOp::Sub => with_table(s, |t| difference_update_internal(vm, t, b))?,
        BinOp::Xor => with_table(s, |t| symmetric_update_internal(vm, t, b))?,
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

/// Mirrors `set_issubset(so, other)`.
fn is_subset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    let Some(o) = as_set(other) else {
        let common = intersection_of(vm, so, other)?;
        return Ok(common.len() == as_set(so).expect("a set").len());
    };
    let s = as_set(so).expect("a set");
    set_ops::is_subset(s.table(), o.table(), |stored, key| same_key(vm, stored, key))
}

/// Mirrors `set_issuperset(so, other)`.
fn is_superset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if as_set(other).is_some() {
        return is_subset(vm, other, so);
    }
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.next(&it)? {
        let s = as_set(so).expect("a set");
        if !has_key(vm, s.table(), &key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons (`set_richcompare`): `<=` is subset, `==` equality, ...
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (la, lb) = (as_set(a).expect("a set").len(), as_set(b).expect("a set").len());
    Ok(match op {
        CmpOp::Eq => la == lb && is_subset(vm, a, b)?,
        CmpOp::Ne => !(la == lb && is_subset(vm, a, b)?),
        CmpOp::Le => is_subset(vm, a, b)?,
        CmpOp::Ge => is_superset(vm, a, b)?,
        CmpOp::Lt => la < lb && is_subset(vm, a, b)?,
        CmpOp::Gt => la > lb && is_superset(vm, a, b)?,
    })
}

/// `hash(frozenset)`.
pub fn frozenset_hash(s: &PySet) -> i64 {
    crate::algo::hash::hash_frozenset(s.iter().map(|(h, _)| h))
}

/// "set.add() takes exactly one argument (0 given)".
fn one_argument(a: &[Value], method: &str) -> PyResult<()> {
    args::method_count(&format!("{}.{method}", owner(&a[0])), a, 1, 1)
}

/// "set.pop() takes no arguments (1 given)".
fn no_arguments(a: &[Value], method: &str) -> PyResult<()> {
    args::method_count(&format!("{}.{method}", owner(&a[0])), a, 0, 0)
}

fn owner(v: &Value) -> &'static str {
    if let Value::FrozenSet(_) = v {
        "frozenset"
    } else {
        "set"
    }
}

fn this_set(v: &Value) -> PyResult<Rc<RefCell<PySet>>> {
    match v {
        Value::Set(s) => Ok(s.clone()),
        _ => Err(type_error("descriptor requires a 'set' object")),
    }
}

/// `set_copy`: a new set of the same type (an exact frozenset is itself).
fn copy(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    no_arguments(a, "copy")?;
    Ok(match &a[0] {
        Value::Set(s) => wrap(&a[0], s.borrow().table().copy()),
        other => other.clone(),
    })
}

/// `set.union(*others)` (`set_union`).
fn union(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let mut t = as_set(&a[0]).expect("a set").table().copy();
    for other in a[1..].iter().filter(|o| !o.is(&a[0])) {
        update_internal(vm, &mut t, other)?;
    }
    Ok(wrap(&a[0], t))
}

/// `set_intersection_multi`.
fn intersection(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let mut result = a[0].clone();
    for other in &a[1..] {
        let t = intersection_of(vm, &result, other)?;
        result = wrap(&a[0], t);
    }
    if a.len() == 1 {
        return copy(vm, a, &Kwargs::new());
    }
    Ok(result)
}

/// `set_difference_multi`.
fn difference(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let Some(first) = a.get(1) else { return copy(vm, a, &Kwargs::new()) };
    let mut t = difference_of(vm, &a[0], first)?;
    for other in &a[2..] {
        difference_update_internal(vm, &mut t, other)?;
    }
    Ok(wrap(&a[0], t))
}

fn symmetric_difference(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    one_argument(a, "symmetric_difference")?;
    set_binop(vm, &a[0], &a[1], BinOp::Xor)
}

fn issubset(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    one_argument(a, "issubset")?;
    Ok(Value::Bool(is_subset(vm, &a[0], &a[1])?))
}

fn issuperset(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    one_argument(a, "issuperset")?;
    Ok(Value::Bool(is_superset(vm, &a[0], &a[1])?))
}

/// `set_isdisjoint`: walks the smaller of two sets, or the iterable.
fn isdisjoint(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    one_argument(a, "isdisjoint")?;
    let (so, other) = (&a[0], &a[1]);
    if so.is(other) {
        return Ok(Value::Bool(as_set(so).expect("a set").is_empty()));
    }
    if let Some(o) = as_set(other) {
        let s = as_set(so).expect("a set");
        return Ok(Value::Bool(set_ops::is_disjoint(s.table(), o.table(), |stored, key| same_key(vm, stored, key))?));
    }
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.next(&it)? {
        let s = as_set(so).expect("a set");
        if has_key(vm, s.table(), &key)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
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
    one_argument(a, "add")?;
    let s = this_set(&a[0])?;
    let h = vm.hash(&a[1])?;
    crate::vm::ops::set_insert_hashed(vm, &s, h, a[1].clone())?;
    Ok(Value::None)
}

/// `set_discard_key`, retrying an unhashable set key as a frozenset.
fn remove_impl(vm: &mut Vm, a: &[Value], must: bool) -> PyResult<Value> {
    let s = this_set(&a[0])?;
    let key = match &a[1] {
        Value::Set(k) => Value::FrozenSet(Rc::new(k.borrow().copy())),
        other => other.clone(),
    };
    let h = vm.hash(&key)?;
    let slot = {
        let ss = s.borrow();
        vm.set_find(&ss, h, &key)?
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
    one_argument(a, "remove")?;
    remove_impl(vm, a, true)
}

fn discard(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    one_argument(a, "discard")?;
    remove_impl(vm, a, false)
}

fn pop(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    no_arguments(a, "pop")?;
    let s = this_set(&a[0])?;
    let v = s.borrow_mut().pop_first();
    v.ok_or_else(|| key_error(Value::str("pop from an empty set")))
}

fn clear(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    no_arguments(a, "clear")?;
    this_set(&a[0])?.borrow_mut().clear();
    Ok(Value::None)
}

/// `set_update`: each argument in turn.
fn update(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this_set(&a[0])?;
    for other in &a[1..] {
        update_from(vm, &s, other)?;
    }
    Ok(Value::None)
}

/// `set_intersection_update_multi`: the intersection, swapped in.
fn intersection_update(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = this_set(&a[0])?;
    let Value::Set(result) = intersection(vm, a, k)? else { return Ok(Value::None) };
    let mut t = result.borrow_mut().take_table();
    s.borrow_mut().table_mut().swap_bodies(&mut t);
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this_set(&a[0])?;
    for other in &a[1..] {
        if other.is(&a[0]) {
            s.borrow_mut().clear();
            continue;
        }
        let other = settle(vm, other)?;
        with_table(&s, |t| difference_update_internal(vm, t, &other))?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    one_argument(a, "symmetric_difference_update")?;
    let s = this_set(&a[0])?;
    if a[1].is(&a[0]) {
        s.borrow_mut().clear();
        return Ok(Value::None);
    }
    let other = settle(vm, &a[1])?;
    with_table(&s, |t| symmetric_update_internal(vm, t, &other))?;
    Ok(Value::None)
}
