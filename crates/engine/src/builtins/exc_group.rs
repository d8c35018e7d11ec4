//! `BaseExceptionGroup.split`, `.subgroup` and `.derive`, and the split
//! that `except*` performs. Mirrors `exceptiongroup_split_recursive` and
//! `exceptiongroup_subset` (Objects/exceptions.c, 3.11): every part is a new
//! group made by `derive` that shares the original's traceback, cause and
//! context and gets a copy of its notes, so `except*` can later tell a
//! re-raised part (same metadata) from a newly raised exception.

use super::def;
use crate::objects::function::Kwargs;
use crate::objects::{AttrMap, Value};
use crate::types::types;
use crate::vm::exceptions::{exc_data, type_error, PyResult};
use crate::vm::Vm;

/// Installs the group methods on `BaseExceptionGroup`.
pub fn install(d: &mut AttrMap) {
    def(d, "split", split_method, Some("BaseExceptionGroup"));
    def(d, "subgroup", subgroup_method, Some("BaseExceptionGroup"));
    def(d, "derive", derive_method, Some("BaseExceptionGroup"));
}

/// What selects the matching leaves of a group.
pub enum Matcher {
    /// An exception class or a tuple of them (`isinstance`).
    Type(Value),
    /// A Python function called on every exception, groups included.
    Predicate(Value),
    /// The leaves whose identity is listed (`except*`'s re-raise projection).
    Ids(Vec<usize>),
}

impl Matcher {
    /// `get_matcher_type`: a function, an exception type or a tuple of them.
    pub fn from_value(v: &Value) -> PyResult<Matcher> {
        let base = types().exc("BaseException");
        let is_exc_class = |v: &Value| matches!(v, Value::Class(c) if c.is_subclass(&base));
        match v {
            Value::Function(_) => Ok(Matcher::Predicate(v.clone())),
            _ if is_exc_class(v) => Ok(Matcher::Type(v.clone())),
            Value::Tuple(items) if items.iter().all(is_exc_class) => Ok(Matcher::Type(v.clone())),
            _ => Err(type_error("expected a function, exception type or tuple of exception types")),
        }
    }

    fn matches(&self, vm: &mut Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Type(t) => vm.exception_matches(exc, t),
            Matcher::Predicate(f) => {
                let r = vm.call(f, vec![exc.clone()])?;
                vm.truthy(&r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&exc.ptr().unwrap_or(0))),
        }
    }
}

/// True if `v` is an exception group.
pub fn is_group(v: &Value) -> bool {
    exc_data(v).is_some_and(|i| i.class.is_subclass(&types().exc("BaseExceptionGroup")))
}

/// A group's member exceptions (`eg.exceptions`).
pub fn members(vm: &mut Vm, eg: &Value) -> PyResult<Vec<Value>> {
    let excs = exc_data(eg).and_then(|i| i.exc.as_ref()?.borrow().args.get(1).cloned());
    match excs {
        Some(v) => vm.collect(&v),
        None => Ok(Vec::new()),
    }
}

/// Splits `exc` into (match, rest); `None` for an empty part. `rest` is
/// only built when `construct_rest` (subgroup does not need it).
pub fn split(vm: &mut Vm, exc: &Value, m: &Matcher, construct_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    split_at(vm, exc, m, construct_rest, 0)
}

fn split_at(vm: &mut Vm, exc: &Value, m: &Matcher, construct_rest: bool, depth: usize) -> PyResult<(Option<Value>, Option<Value>)> {
    too_deep(depth)?;
    if m.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    if !is_group(exc) {
        return Ok((None, construct_rest.then(|| exc.clone())));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in members(vm, exc)? {
        let (a, b) = split_at(vm, &e, m, construct_rest, depth + 1)?;
        matched.extend(a);
        rest.extend(b);
    }
    let matched = subset(vm, exc, matched)?;
    let rest = if construct_rest { subset(vm, exc, rest)? } else { None };
    Ok((matched, rest))
}

/// `exceptiongroup_subset`: `orig.derive(excs)` carrying `orig`'s traceback,
/// cause, context and a copy of its notes; `None` when `excs` is empty.
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = vm.getattr(orig, "derive")?;
    let eg = vm.call(&derive, vec![Value::list(excs)])?;
    if !is_group(&eg) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(from), Some(to)) = (exc_data(orig), exc_data(&eg)) {
        if !std::ptr::eq(from, to) {
            let from = from.exc.as_ref().expect("exc").borrow().clone();
            let mut to = to.exc.as_ref().expect("exc").borrow_mut();
            to.traceback = from.traceback;
            to.context = from.context;
            to.cause = from.cause;
            to.notes = from.notes;
        }
    }
    Ok(Some(eg))
}

/// The identities of every leaf exception under `exc`.
pub fn leaf_ids(vm: &mut Vm, exc: &Value, out: &mut Vec<usize>, depth: usize) -> PyResult<()> {
    too_deep(depth)?;
    if !is_group(exc) {
        out.push(exc.ptr().unwrap_or(0));
        return Ok(());
    }
    for e in members(vm, exc)? {
        leaf_ids(vm, &e, out, depth + 1)?;
    }
    Ok(())
}

/// Groups nested (or, through a mutated member list, looping) deeper than
/// CPython's recursion limit end as its `RecursionError` would.
fn too_deep(depth: usize) -> PyResult<()> {
    if depth > 1000 {
        return Err(crate::vm::exceptions::new_exc("RecursionError", "maximum recursion depth exceeded in exceptiongroup_split_recursive"));
    }
    Ok(())
}

fn split_method(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let m = Matcher::from_value(arg(a, "split")?)?;
    let (matched, rest) = split(vm, &a[0], &m, true)?;
    Ok(Value::tuple(vec![matched.unwrap_or(Value::None), rest.unwrap_or(Value::None)]))
}

fn subgroup_method(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let m = Matcher::from_value(arg(a, "subgroup")?)?;
    let (matched, _) = split(vm, &a[0], &m, false)?;
    Ok(matched.unwrap_or(Value::None))
}

/// `derive(excs)`: `BaseExceptionGroup(self.message, excs)`.
fn derive_method(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let excs = arg(a, "derive")?.clone();
    let msg = exc_data(&a[0]).and_then(|i| i.exc.as_ref()?.borrow().args.first().cloned()).unwrap_or(Value::str(""));
    let cls = Value::Class(types().exc("BaseExceptionGroup"));
    vm.call(&cls, vec![msg, excs])
}

fn arg<'v>(a: &'v [Value], name: &str) -> PyResult<&'v Value> {
    match a {
        [_, x] => Ok(x),
        _ => Err(type_error(format!("BaseExceptionGroup.{name}() takes exactly one argument ({} given)", a.len().saturating_sub(1)))),
    }
}
