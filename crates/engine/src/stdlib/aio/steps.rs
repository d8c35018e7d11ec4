//! The work every task repeats: its creation, a `sleep()`'s future and
//! timer, the end of a step that waits on a future, the step that returns,
//! and a sleep's timer firing. Each mirrors the Python code it stands in
//! for in `asyncio.py` (named in its doc), field for field, and returns
//! None/False without changing anything when its case doesn't apply.

use super::{is_str, Registry, F};
use crate::objects::function::{BoundMethod, Kwargs};
use crate::objects::{Instance, Value};
use crate::vm::exceptions::PyResult;
use crate::vm::Vm;
use coroscope_trace::{LaneId, SpanState};
use std::cell::RefCell;
use std::rc::Rc;

/// The ready list of `lp` when the loop is open (a closed loop makes the
/// Python code raise its error).
fn open_ready_list(vm: &mut Vm, reg: &Registry, lp: &Value) -> PyResult<Option<Rc<RefCell<crate::objects::PyList>>>> {
    let closed = reg.loop_field(vm, lp, F::Closed)?;
    if vm.truthy(&closed)? {
        return Ok(None);
    }
    match reg.loop_field(vm, lp, F::Ready)? {
        Value::List(l) => Ok(Some(l)),
        _ => Ok(None),
    }
}

fn lane_of(reg: &Registry, task: &Instance) -> Option<LaneId> {
    match reg.get(task, F::Lane) {
        Value::Int(n) => Some(LaneId(n.max(0) as u32)),
        _ => None,
    }
}

/// How many fields a Task, a sleep's Future and its TimerHandle end up
/// with: room for them all from the start. (Under `gather`, every task is
/// created before any has run, so the class's own hint, learned from the
/// instances that ran, comes too late, and each namespace grew twice.)
const TASK_FIELDS: usize = 10;
const FUTURE_FIELDS: usize = 6;
const TIMER_FIELDS: usize = 5;

fn with_room(class: &Rc<crate::objects::Class>, fields: usize) -> Instance {
    Instance::with_room(class.clone(), fields.max(class.dict.attr_hint()))
}

/// A new `_callbacks` list with room for one: a future nearly always has
/// one callback (its waiting task's wakeup, or `gather`'s), and an empty
/// Vec's first push reserves four (72 bytes more per future while 10⁵ wait).
fn one_callback_list() -> Value {
    Value::list(Vec::with_capacity(1))
}

pub(super) fn bound(func: &Value, receiver: &Value) -> Value {
    Value::BoundMethod(Rc::new(BoundMethod { func: func.clone(), receiver: receiver.clone() }))
}

/// `new_task(coro, loop, n) -> Task or None`: `Task(coro, loop=loop)` for
/// a coroutine and a fresh name `Task-n`, as `Task.__init__` builds it;
/// None for anything else (the Python constructor handles it).
pub fn new_task(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let reg = Registry::of(vm)?;
    let (coro, lp) = (&a[0], &a[1]);
    let Value::Generator(g) = coro else { return Ok(Value::None) };
    if g.kind != crate::objects::generator::GenKind::Coroutine {
        return Ok(Value::None);
    }
    let n = match a.get(2) {
        Some(Value::Int(n)) => *n,
        _ => return Ok(Value::None),
    };
    let Some(ready) = open_ready_list(vm, &reg, lp)? else { return Ok(Value::None) };
    let name = format!("Task-{n}");
    let inst = Rc::new(with_room(&reg.task, TASK_FIELDS));
    reg.set(&inst, F::Loop, lp.clone());
    reg.set(&inst, F::Callbacks, one_callback_list());
    reg.set(&inst, F::Name, Value::str(name.as_str()));
    reg.set(&inst, F::Coro, coro.clone());
    let lane = crate::stdlib::exec::task_lane(vm, &name, coro);
    reg.set(&inst, F::Lane, lane.map_or(Value::None, |l| Value::Int(l.0 as i64)));
    let task = Value::Instance(inst);
    ready.borrow_mut().push(Value::tuple(vec![bound(&reg.step, &task), Value::None]));
    if let Value::Set(s) = &reg.all_tasks {
        let h = vm.hash(&task)?;
        crate::vm::ops::set_insert_hashed(vm, s, h, task.clone())?;
    }
    Ok(task)
}

/// `sleep_timer(loop, delay, result) -> (future, handle) or None`: what
/// `sleep()` sets up (a Future, described for the trace, and the timer
/// that resolves it), as `Future(loop=loop)`, `TimerHandle(...)` and
/// `loop.call_at` build them; None for a delay that isn't an int or float.
pub fn sleep_timer(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let reg = Registry::of(vm)?;
    let (lp, delay, result) = (&a[0], &a[1], a.get(2).cloned().unwrap_or(Value::None));
    let secs = match delay {
        Value::Int(n) => *n as f64,
        Value::Float(f) => *f,
        _ => return Ok(Value::None),
    };
    let heap = reg.loop_field(vm, lp, F::Scheduled)?;
    let Some(heap) = super::timer_heap::as_timer_heap(&heap) else { return Ok(Value::None) };
    let seq = match reg.loop_field(vm, lp, F::Seq)? {
        Value::Int(n) => n + 1,
        _ => return Ok(Value::None),
    };
    let what = format!("sleep({})", vm.str_of(delay)?);
    let future = Rc::new(with_room(&reg.future, FUTURE_FIELDS));
    reg.set(&future, F::Loop, lp.clone());
    reg.set(&future, F::Callbacks, one_callback_list());
    reg.set(&future, F::What, Value::str(what));
    let future = Value::Instance(future);
    let when = crate::stdlib::exec::quantized(vm.exec.seconds() + secs);
    let handle = Rc::new(with_room(&reg.timer, TIMER_FIELDS));
    reg.set(&handle, F::Callback, reg.settle.clone());
    reg.set(&handle, F::Args, Value::tuple(vec![future.clone(), result]));
    reg.set(&handle, F::Loop, lp.clone());
    reg.set(&handle, F::When, Value::Float(when));
    match Registry::exact(lp, &reg.event_loop) {
        Some(l) => reg.set(l, F::Seq, Value::Int(seq)),
        None => vm.setattr(lp, "_seq", Value::Int(seq))?,
    }
    heap.push(super::timer_heap::TimerEntry { when, seq, handle: Value::Instance(handle.clone()) });
    reg.set(&handle, F::Scheduled, Value::Bool(true));
    Ok(Value::tuple(vec![future, Value::Instance(handle)]))
}

/// Appends `(callback, fut)` to the ready list for each of `fut`'s
/// callbacks (`Future._schedule_callbacks`); false, touching nothing,
/// when the loop is closed (the Python code raises).
fn schedule_callbacks(vm: &mut Vm, reg: &Registry, fut: &Rc<Instance>) -> PyResult<bool> {
    let Value::List(callbacks) = reg.get(fut, F::Callbacks) else { return Ok(false) };
    if callbacks.borrow().is_empty() {
        return Ok(true);
    }
    let Some(ready) = open_ready_list(vm, reg, &reg.get(fut, F::Loop))? else { return Ok(false) };
    reg.set(fut, F::Callbacks, Value::list(vec![]));
    let this = Value::Instance(fut.clone());
    let mut ready = ready.borrow_mut();
    for cb in callbacks.borrow().iter() {
        ready.push(Value::tuple(vec![cb.clone(), this.clone()]));
    }
    Ok(true)
}

/// `task_wait(task, result) -> bool`: the end of a step whose coroutine
/// yielded a pending Future or Task to wait on (`Task.__step`'s common
/// case): the task's wakeup joins its callbacks and the lane shows what it
/// waits on; or yielded None (a bare yield): the task steps again next
/// iteration. False, having changed nothing, in any other case.
pub fn task_wait(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let reg = Registry::of(vm)?;
    let (task_v, result) = (&a[0], &a[1]);
    let Some(task) = Registry::exact(task_v, &reg.task) else { return Ok(Value::Bool(false)) };
    if result.is_none() {
        // A bare yield (sleep(0)) gives up control for one iteration.
        let Some(ready) = open_ready_list(vm, &reg, &reg.get(task, F::Loop))? else { return Ok(Value::Bool(false)) };
        ready.borrow_mut().push(Value::tuple(vec![bound(&reg.step, task_v), Value::None]));
        if let Some(lane) = lane_of(&reg, task) {
            let coro = reg.get(task, F::Coro);
            crate::stdlib::exec::leave_lane(vm, lane, SpanState::Ready, Some(&coro));
        }
        return Ok(Value::Bool(true));
    }
    let fut = match reg.future(result) {
        Some(f) if !Rc::ptr_eq(f, task) => f,
        _ => return Ok(Value::Bool(false)),
    };
    let waits = matches!(reg.get(fut, F::Blocking), Value::Bool(true))
        && reg.get(fut, F::Loop).is(&reg.get(task, F::Loop))
        && is_str(&reg.get(fut, F::State), "PENDING")
        && matches!(reg.get(task, F::MustCancel), Value::Bool(false));
    let Value::List(callbacks) = reg.get(fut, F::Callbacks) else { return Ok(Value::Bool(false)) };
    if !waits {
        return Ok(Value::Bool(false));
    }
    reg.set(fut, F::Blocking, Value::Bool(false));
    callbacks.borrow_mut().push(bound(&reg.wakeup, task_v));
    reg.set(task, F::FutWaiter, result.clone());
    if let Some(lane) = lane_of(&reg, task) {
        // _describe(result)
        let what = match reg.get(fut, F::What) {
            Value::Str(s) if !s.as_str().is_empty() => s.as_str().to_owned(),
            _ if Rc::ptr_eq(&fut.class, &reg.task) => vm.str_of(&reg.get(fut, F::Name))?,
            _ => "a Future".to_owned(),
        };
        let coro = reg.get(task, F::Coro);
        crate::stdlib::exec::leave_lane(vm, lane, SpanState::Waiting(what), Some(&coro));
    }
    Ok(Value::Bool(true))
}

/// `task_returned(task, value) -> bool`: the task's coroutine returned
/// `value` (`Task.__step`'s StopIteration case when no cancellation is
/// pending): the result is set, callbacks scheduled, the lane finished.
pub fn task_returned(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let reg = Registry::of(vm)?;
    let task_v = &a[0];
    let Some(task) = Registry::exact(task_v, &reg.task) else { return Ok(Value::Bool(false)) };
    if !matches!(reg.get(task, F::MustCancel), Value::Bool(false)) || !is_str(&reg.get(task, F::State), "PENDING") {
        return Ok(Value::Bool(false));
    }
    if !schedule_callbacks(vm, &reg, task)? {
        return Ok(Value::Bool(false));
    }
    reg.set(task, F::Result, a[1].clone());
    reg.set(task, F::State, reg.finished.clone());
    discard_task(vm, &reg, task_v)?;
    if let Some(lane) = lane_of(&reg, task) {
        let coro = reg.get(task, F::Coro);
        crate::stdlib::exec::leave_lane(vm, lane, SpanState::Done("returned".into()), Some(&coro));
    }
    Ok(Value::Bool(true))
}

/// `_all_tasks.discard(task)`.
fn discard_task(vm: &mut Vm, reg: &Registry, task: &Value) -> PyResult<()> {
    let Value::Set(s) = &reg.all_tasks else { return Ok(()) };
    let h = vm.hash(task)?;
    let slot = {
        let set = s.borrow();
        vm.set_find(&set, h, task)?
    };
    if let Some(i) = slot {
        s.borrow_mut().remove_at(i);
    }
    Ok(())
}

/// Runs a due timer of `sleep()` (its callback
/// `_set_result_unless_cancelled(future, result)` on a plain Future)
/// without the interpreted calls; false for any other handle.
pub(super) fn fire(vm: &mut Vm, reg: &Registry, handle: &Value) -> PyResult<bool> {
    let Some(handle) = Registry::exact(handle, &reg.timer) else { return Ok(false) };
    if !reg.get(handle, F::Callback).is(&reg.settle) {
        return Ok(false);
    }
    let Value::Tuple(args) = reg.get(handle, F::Args) else { return Ok(false) };
    let [fut_v, result] = &args[..] else { return Ok(false) };
    let Some(fut) = Registry::exact(fut_v, &reg.future) else { return Ok(false) };
    let state = reg.get(fut, F::State);
    if is_str(&state, "CANCELLED") {
        return Ok(true);
    }
    if !is_str(&state, "PENDING") || !schedule_callbacks(vm, reg, fut)? {
        return Ok(false);
    }
    reg.set(fut, F::Result, result.clone());
    reg.set(fut, F::State, reg.finished.clone());
    Ok(true)
}
