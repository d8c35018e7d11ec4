//! The `gc` module. The engine frees objects by reference counting, as
//! CPython does; what only CPython's cycle collector frees is a pending
//! asyncio Task left in a cycle with what it awaits (task → coroutine →
//! future → done callback → task) once its loop is closed. `gc.collect()`
//! looks for exactly those: it takes asyncio's live tasks as candidates,
//! finds which are unreachable (`cycles`), and then does what
//! `gc_collect_main` does with them: finalise every object of the garbage
//! (`finalize_garbage`: coroutines closed, `__del__` run, so a Task logs
//! "Task was destroyed but it is pending!"), then clear them so the cycle
//! falls apart (`delete_garbage`).

mod cycles;

use super::new_module;
use crate::builtins::func;
use crate::objects::function::Kwargs;
use crate::objects::generator::GenStatus;
use crate::objects::{Module, Value};
use crate::vm::exceptions::{PyResult, Unwind};
use crate::vm::Vm;
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// Builds the `gc` module.
pub fn module() -> Rc<Module> {
    let m = new_module("gc");
    {
        let mut d = m.dict.borrow_mut();
        d.insert("collect".into(), func("collect", collect));
        d.insert("enable".into(), func("enable", enable));
        d.insert("disable".into(), func("disable", enable));
        d.insert("isenabled".into(), func("isenabled", isenabled));
    }
    m
}

fn enable(_: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn isenabled(_: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

/// `gc.collect()`: the number of unreachable objects found.
fn collect(vm: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    let Some((registry, candidates)) = pending_tasks(vm) else { return Ok(Value::Int(0)) };
    // The candidates list and asyncio's task set each hold one reference
    // (CPython's `_all_tasks` is a WeakSet).
    let held: FxHashMap<usize, usize> = candidates.iter().filter_map(|t| Some((t.ptr()?, 2))).collect();
    let garbage = cycles::unreachable(&candidates, &held);
    mark_survivors(&candidates, &garbage);
    drop(candidates);
    let found = garbage.len();
    for task in garbage.iter().filter(|v| matches!(v, Value::Instance(_))) {
        let Ok(h) = vm.hash(task) else { continue };
        let slot = registry.borrow().find(h, |x| Ok::<bool, ()>(x.is(task))).ok().flatten();
        if let Some(slot) = slot {
            registry.borrow_mut().remove_at(slot);
        }
    }
    finalize_garbage(vm, &garbage)?;
    delete_garbage(garbage);
    Ok(Value::Int(found as i64))
}

/// asyncio's task set and the tasks in it still pending.
fn pending_tasks(vm: &Vm) -> Option<(Rc<std::cell::RefCell<crate::objects::PySet>>, Vec<Value>)> {
    let Some(Value::Module(asyncio)) = vm.modules.get("asyncio") else { return None };
    let Some(Value::Set(registry)) = asyncio.dict.borrow().get("_all_tasks").cloned() else { return None };
    let pending = |t: &Value| match t {
        Value::Instance(i) => i.attrs.borrow().get("_state").and_then(|s| s.as_str().map(|s| s == "PENDING")).unwrap_or(true),
        _ => false,
    };
    let tasks: Vec<Value> = registry.borrow().iter().map(|(_, t)| t.clone()).filter(pending).collect();
    (!tasks.is_empty()).then_some((registry, tasks))
}

thread_local! {
    /// Tasks that were alive at an earlier `gc.collect()` (weakly held).
    static SURVIVED: std::cell::RefCell<Vec<std::rc::Weak<crate::objects::Instance>>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn survived(t: &Rc<crate::objects::Instance>) -> bool {
    SURVIVED.with(|s| s.borrow().iter().any(|w| w.as_ptr() == Rc::as_ptr(t)))
}

fn mark_survivors(candidates: &[Value], garbage: &[Value]) {
    SURVIVED.with(|s| {
        let mut s = s.borrow_mut();
        s.retain(|w| w.strong_count() > 0);
        for c in candidates {
            if let Value::Instance(i) = c {
                if !garbage.iter().any(|g| g.is(c)) && !s.iter().any(|w| w.as_ptr() == Rc::as_ptr(i)) {
                    s.push(Rc::downgrade(i));
                }
            }
        }
    });
}

/// `finalize_garbage`: CPython finalises in its gc list order. A fresh
/// task comes after its coroutine (allocated first); a task that was alive
/// at an earlier collection comes before it (`move_unreachable` moved the
/// coroutine, reachable only through the task, behind it). Tasks go in
/// creation order; whatever else has a finaliser follows.
fn finalize_garbage(vm: &mut Vm, garbage: &[Value]) -> PyResult<()> {
    let mut tasks: Vec<(i64, Rc<crate::objects::Instance>)> = garbage
        .iter()
        .filter_map(|g| match g {
            Value::Instance(i) if i.attrs.borrow().contains_key("_coro") => {
                let lane = match i.attrs.borrow().get("_lane") {
                    Some(Value::Int(n)) => n,
                    _ => i64::MAX,
                };
                Some((lane, i.clone()))
            }
            _ => None,
        })
        .collect();
    tasks.sort_by_key(|(lane, _)| *lane);
    let mut order: Vec<Value> = Vec::new();
    for (_, t) in tasks {
        let task = Value::Instance(t.clone());
        let coro = t.attrs.borrow().get("_coro").filter(|c| garbage.iter().any(|g| g.is(c)));
        if survived(&t) {
            order.push(task);
            order.extend(coro);
        } else {
            order.extend(coro);
            order.push(task);
        }
    }
    let rest: Vec<Value> = garbage.iter().filter(|g| !order.iter().any(|o| o.is(g))).cloned().collect();
    order.extend(rest.iter().filter(|g| matches!(g, Value::Generator(_))).cloned());
    order.extend(rest.iter().filter(|g| !matches!(g, Value::Generator(_))).cloned());
    for g in &order {
        finalize_one(vm, g)?;
    }
    Ok(())
}

/// Values that are, or may contain, instances.
fn can_hold_instances(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) | Value::Instance(_)
            | Value::BoundMethod(_) | Value::Cell(_) | Value::Generator(_) | Value::Native(_) | Value::Iter(_)
    )
}

/// The end of a run, before the globals are cleared: CPython 3.11's
/// `finalize_modules` drops `__main__` from `sys.modules`, and what it kept
/// alive is then garbage in a cycle (its functions hold its globals), which
/// the final collection finalises first, in creation order, with every
/// global still bound (PEP 442). So every instance with a `__del__`
/// reachable from the main module's globals runs it here, oldest first.
pub fn finalize_leftovers(vm: &mut Vm) {
    let mut seen = rustc_hash::FxHashSet::default();
    let mut stack: Vec<Value> = vm.main.dict.borrow().values().cloned().collect();
    let mut found: Vec<Rc<crate::objects::Instance>> = Vec::new();
    while let Some(v) = stack.pop() {
        let Some(p) = v.ptr() else { continue };
        if matches!(v, Value::Module(_) | Value::Class(_) | Value::Function(_) | Value::Builtin(_) | Value::Code(_)) || !seen.insert(p) {
            continue;
        }
        if let Value::Instance(i) = &v {
            if !i.del_done.get() && !i.class.is_builtin && i.class.lookup_dunder(crate::objects::class::Dunder::Del).is_some() {
                found.push(i.clone());
            }
        }
        // Only what can hold an instance is walked on: a list of 10⁷ ints
        // (`[0] * 10**7`) must not be copied onto the stack at the end of
        // the run (it tripled the run's peak memory).
        cycles::children_where(&v, &mut stack, can_hold_instances);
    }
    found.sort_by_key(|i| i.seq);
    for inst in found {
        let _ = finalize_one(vm, &Value::Instance(inst));
        let _ = vm.run_finalizers();
    }
}

/// `PyObject_CallFinalizerFromDealloc` for one object: a suspended
/// generator is closed, an instance's `__del__` runs (once).
fn finalize_one(vm: &mut Vm, g: &Value) -> PyResult<()> {
    match g {
        Value::Generator(gen) if gen.status.get() == GenStatus::Suspended => {
            let close = vm.getattr(g, "close")?;
            let r = vm.call(&close, vec![]);
            report(vm, g, r)
        }
        Value::Instance(inst) if !inst.del_done.get() && !inst.class.is_builtin => {
            match inst.class.lookup_dunder(crate::objects::class::Dunder::Del) {
                Some(del) => {
                    inst.del_done.set(true);
                    let r = vm.call(&del, vec![g.clone()]);
                    report(vm, g, r)
                }
                None => Ok(()),
            }
        }
        _ => Ok(()),
    }
}

/// An exception out of a finaliser is printed, as `PyErr_WriteUnraisable` does.
fn report(vm: &mut Vm, obj: &Value, r: PyResult<Value>) -> PyResult<()> {
    match r {
        Ok(_) => Ok(()),
        Err(Unwind::Raise(e)) => {
            let what = vm.repr(obj).unwrap_or_default();
            vm.write_unraisable(&what, &e)
        }
        Err(other) => Err(other),
    }
}

/// `delete_garbage`: clears every container so the cycle falls apart; the
/// references are released together at the end.
fn delete_garbage(garbage: Vec<Value>) {
    let mut released: Vec<Value> = Vec::new();
    for g in &garbage {
        match g {
            Value::Instance(i) => released.extend(std::mem::take(&mut *i.attrs.borrow_mut()).into_values()),
            Value::List(l) => released.append(&mut l.borrow_mut()),
            Value::Dict(d) => {
                let old = std::mem::replace(&mut *d.borrow_mut(), crate::objects::Dict::new());
                released.extend(old.iter().flat_map(|(_, k, v)| [k.clone(), v.clone()]));
            }
            Value::Cell(c) => released.push(std::mem::replace(&mut *c.borrow_mut(), Value::Null)),
            _ => {}
        }
    }
    drop(garbage);
    drop(released);
}
