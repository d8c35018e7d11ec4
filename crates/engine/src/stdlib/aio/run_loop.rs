//! The event loop's scheduling (`BaseEventLoop._run_once` of
//! `Lib/asyncio/base_events.py`) in Rust: which callback runs next.
//!
//! `run_forever` asks [`next_ready`] for each callback and runs it in
//! Python (a callback may block its thread, so it must run on the fiber,
//! not under a Rust call). Between callbacks, everything `_run_once` does
//! happens here: the batch of callbacks ready when an iteration starts
//! (those they schedule wait for the next), timers dropped when cancelled
//! and moved to the ready list when due, the clock jumping to the next
//! timer when nothing is ready, the `stop()` check after each batch. The
//! timers of `sleep()` fire here too, in their place in the batch.

use super::{is_str, Registry, F};
use crate::objects::function::Kwargs;
use crate::objects::Value;
use crate::vm::exceptions::{type_error, PyResult};
use crate::vm::Vm;
use std::rc::Rc;

/// `_batch_end` while no batch is running.
const NO_BATCH: i64 = -1;

fn int_field(vm: &mut Vm, reg: &Registry, lp: &Value, f: F) -> PyResult<i64> {
    match reg.loop_field(vm, lp, f)? {
        Value::Int(n) => Ok(n),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(type_error(format!("event loop field {} is not an int", f.text()))),
    }
}

fn set_loop_field(vm: &mut Vm, reg: &Registry, lp: &Value, f: F, v: Value) -> PyResult<()> {
    match Registry::exact(lp, &reg.event_loop) {
        Some(i) => {
            reg.set(i, f, v);
            Ok(())
        }
        None => vm.setattr(lp, f.text(), v),
    }
}

/// `handle._cancelled`.
fn cancelled(vm: &mut Vm, reg: &Registry, handle: &Value) -> PyResult<bool> {
    let v = match Registry::exact(handle, &reg.timer) {
        Some(h) => reg.get(h, F::Cancelled),
        None => vm.getattr(handle, "_cancelled")?,
    };
    vm.truthy(&v)
}

/// `next_ready(loop)`: the next callback to run, as the ready list holds
/// it (a `(callback, arg)` tuple or a Handle); None when `stop()` ended
/// the loop; False when nothing is ready and the loop's thread must wait
/// for other threads (`run_forever` then waits in Python and asks again).
pub fn next_ready(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let reg = Registry::of(vm)?;
    let lp = a.first().cloned().unwrap_or(Value::None);
    let Value::List(ready) = reg.loop_field(vm, &lp, F::Ready)? else { return Err(type_error("the ready list is a list")) };
    loop {
        let head = int_field(vm, &reg, &lp, F::ReadyHead)?;
        let end = int_field(vm, &reg, &lp, F::BatchEnd)?;
        if end != NO_BATCH && head < end {
            let entry = {
                let mut r = ready.borrow_mut();
                match r.get_mut(head as usize) {
                    Some(slot) => std::mem::replace(slot, Value::None),
                    None => return Err(type_error("the ready list shrank during a batch")),
                }
            };
            set_loop_field(vm, &reg, &lp, F::ReadyHead, Value::Int(head + 1))?;
            match &entry {
                Value::Tuple(_) if gather_child_done(&reg, &entry) => continue,
                Value::Tuple(_) => return Ok(inline_step(vm, &reg, entry)),
                Value::Instance(_) => {
                    if cancelled(vm, &reg, &entry)? {
                        continue;
                    }
                    if super::steps::fire(vm, &reg, &entry)? {
                        continue;
                    }
                    return Ok(entry);
                }
                _ => return Ok(entry),
            }
        }
        if end != NO_BATCH {
            // The batch is over: compact the list, then stop() takes effect.
            let len = ready.borrow().len() as i64;
            if head > 1024 && head * 2 > len {
                ready.borrow_mut().drain(..head as usize);
                set_loop_field(vm, &reg, &lp, F::ReadyHead, Value::Int(0))?;
            }
            set_loop_field(vm, &reg, &lp, F::BatchEnd, Value::Int(NO_BATCH))?;
            let stopping = reg.loop_field(vm, &lp, F::Stopping)?;
            if vm.truthy(&stopping)? {
                return Ok(Value::None);
            }
        }
        // An iteration with nothing to run still counts against the
        // instruction limit (a loop spinning on timers that never come due
        // is the limit's notice, not a hang).
        vm.charge_rust_step()?;
        if !start_batch(vm, &reg, &lp, &ready)? {
            return Ok(Value::Bool(false));
        }
    }
}

/// `_run_once`'s prologue: drops cancelled timers, jumps the clock to the
/// next timer when nothing is ready, moves the due timers to the ready
/// list, and marks where the batch ends. False when the loop must wait
/// for other threads first.
fn start_batch(vm: &mut Vm, reg: &Registry, lp: &Value, ready: &Rc<std::cell::RefCell<crate::objects::PyList>>) -> PyResult<bool> {
    let heap = reg.loop_field(vm, lp, F::Scheduled)?;
    let Some(heap) = super::timer_heap::as_timer_heap(&heap) else { return Err(type_error("the timer heap is a TimerHeap")) };
    while let Some((_, handle)) = heap.first() {
        if !cancelled(vm, reg, &handle)? {
            break;
        }
        heap.pop();
        vm.setattr(&handle, "_scheduled", Value::Bool(false))?;
    }
    let head = int_field(vm, reg, lp, F::ReadyHead)?;
    let stopping = reg.loop_field(vm, lp, F::Stopping)?;
    if ready.borrow().len() as i64 == head && !vm.truthy(&stopping)? {
        let next = heap.first().map(|(when, _)| when);
        match next {
            Some(when) if crate::stdlib::exec::idle_alone_until(vm, when)? => {}
            _ => return Ok(false),
        }
    }
    // A batch takes every timer due at or before the clock (resolution: half a ns).
    let end_time = vm.exec.seconds() + 5e-10;
    loop {
        // `not when >= end_time`, as base_events compares: a NaN time is due.
        if !heap.first_is(|when| !(when >= end_time)) {
            break;
        }
        let Some(entry) = heap.pop() else { break };
        let handle = entry.handle;
        match Registry::exact(&handle, &reg.timer) {
            Some(h) => reg.set(h, F::Scheduled, Value::Bool(false)),
            None => vm.setattr(&handle, "_scheduled", Value::Bool(false))?,
        }
        ready.borrow_mut().push(handle);
    }
    let end = ready.borrow().len() as i64;
    set_loop_field(vm, reg, lp, F::BatchEnd, Value::Int(end))?;
    Ok(true)
}

/// A step of an exact Task (`(task.__step, None)`), or its wakeup on a
/// future that has its result (`Task.__wakeup`'s first case, which only
/// steps), with nothing to raise or cancel: the step's prologue is done
/// here and the task is handed out for `run_forever` to send into its
/// coroutine inline, saving the interpreted `__wakeup` and `__step` calls.
/// Any other entry is handed out as it is.
fn inline_step(vm: &mut Vm, reg: &Registry, entry: Value) -> Value {
    let Value::Tuple(t) = &entry else { return entry };
    let [Value::BoundMethod(m), arg] = &t[..] else { return entry };
    let Some(task) = Registry::exact(&m.receiver, &reg.task) else { return entry };
    let steps = if m.func.is(&reg.step) {
        arg.is_none()
    } else if m.func.is(&reg.wakeup) {
        Registry::exact(arg, &reg.future).is_some_and(|f| is_str(&reg.get(f, F::State), "FINISHED") && reg.get(f, F::Exception).is_none())
    } else {
        false
    };
    if !steps || !is_str(&reg.get(task, F::State), "PENDING") || !matches!(reg.get(task, F::MustCancel), Value::Bool(false)) {
        return entry;
    }
    reg.set(task, F::FutWaiter, Value::None);
    if let Value::Int(lane) = reg.get(task, F::Lane) {
        let coro = reg.get(task, F::Coro);
        crate::stdlib::exec::enter_lane(vm, coroscope_trace::LaneId(lane.max(0) as u32), Some(&coro));
    }
    m.receiver.clone()
}

/// `gather`'s `_done_callback(child)` for a child Task that returned,
/// while more children are pending and the outer future waits (its first
/// case: it only counts the child). Done here, the callback's interpreted
/// call is saved for every child but the last, which builds the results
/// in Python.
fn gather_child_done(reg: &Registry, entry: &Value) -> bool {
    let Value::Tuple(t) = entry else { return false };
    let [Value::Function(f), child] = &t[..] else { return false };
    if !reg.gather_done.as_ref().is_some_and(|c| Rc::ptr_eq(c, &f.code)) {
        return false;
    }
    let cell = |name: &str| f.code.freevars.iter().position(|v| &**v == name).and_then(|i| f.closure.get(i));
    let (Some(finished), Some(total), Some(outer), Some(return_exceptions)) = (cell("nfinished"), cell("nfuts"), cell("outer"), cell("return_exceptions")) else {
        return false;
    };
    let (Value::Int(done), Value::Int(total)) = (finished.borrow().clone(), total.borrow().clone()) else { return false };
    let outer_waits = match &*outer.borrow() {
        Value::Instance(o) => is_str(&reg.get(o, F::State), "PENDING"),
        _ => false,
    };
    let returned = Registry::exact(child, &reg.task).is_some_and(|c| is_str(&reg.get(c, F::State), "FINISHED") && reg.get(c, F::Exception).is_none());
    if !outer_waits || !returned || !matches!(&*return_exceptions.borrow(), Value::Bool(false)) || done + 1 >= total {
        return false;
    }
    *finished.borrow_mut() = Value::Int(done + 1);
    true
}
