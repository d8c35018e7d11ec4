//! Accelerators for `asyncio` (written in Python in `stdlib/py/asyncio.py`),
//! doing in Rust what CPython's `_asynciomodule.c` does in C: the work every
//! task repeats, where the interpreted version cost several times CPython's.
//! Each one keeps the Python classes (they stay subclassable and their
//! reprs and errors unchanged) and only skips interpreted steps whose
//! outcome is known.

use crate::bytecode::code::Code;
use crate::objects::{Instance, Value};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

thread_local! {
    /// The code of `Future.__del__` and `Task.__del__` of the runs on this
    /// thread (weak: a freed code object's address can't be taken by
    /// another while a weak reference holds its allocation).
    static QUIET_DEL: RefCell<Vec<Weak<Code>>> = const { RefCell::new(Vec::new()) };
}

/// How many runs' finalisers are remembered (two each).
const QUIET_DEL_CAP: usize = 16;

/// `quiet_del(func)`: `func` is a `__del__` that does nothing unless the
/// instance has an unretrieved exception (`_log_traceback`) or is a Task
/// still pending that should say so (`_log_destroy_pending` and `_state`
/// `'PENDING'`), as `FutureObj_finalize`/`TaskObj_finalize` test first.
pub fn register_quiet_del(code: &Rc<Code>) {
    QUIET_DEL.with(|q| {
        let mut q = q.borrow_mut();
        q.retain(|w| w.strong_count() > 0);
        if q.len() >= QUIET_DEL_CAP {
            q.remove(0);
        }
        q.push(Rc::downgrade(code));
    });
}

/// True when `del` (the `__del__` of `inst`'s class) is one of the
/// registered finalisers and would do nothing for `inst`: the instance is
/// dropped without queueing a call (for 10⁵ tasks under `gather`, two
/// interpreted calls per task).
pub fn del_is_noop(inst: &Instance, del: &Value) -> bool {
    let Value::Function(f) = del else { return false };
    let registered = QUIET_DEL.with(|q| q.borrow().iter().any(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(&f.code))));
    if !registered {
        return false;
    }
    let attrs = inst.attrs.borrow();
    let read = |name: &str| attrs.get(name).cloned().or_else(|| inst.class.lookup(name));
    match read("_log_traceback") {
        Some(Value::Bool(false)) | None => {}
        Some(_) => return false,
    }
    match read("_log_destroy_pending") {
        Some(Value::Bool(false)) | None => return true,
        Some(Value::Bool(true)) => {}
        Some(_) => return false,
    }
    matches!(read("_state"), Some(Value::Str(s)) if s.as_str() != "PENDING")
}

// === Future.__await__: the iterator (C's FutureIter) ===

use crate::builtins::def;
use crate::objects::function::Kwargs;
use crate::objects::native::NativeObject;
use crate::objects::Class;
use crate::vm::coroutine::GenStep;
use crate::vm::exceptions::{new_exc, stop_iteration, type_error, PyResult, Unwind};
use crate::vm::Vm;
use std::any::Any;
use std::cell::Cell;

/// What `await fut` drives: yields the future once while it is pending,
/// then gives its result (or raises its exception). The interpreted
/// generator it replaces cost a generator, a frame and two resumptions per
/// await, and every pending task holds one.
pub struct FutureIter {
    fut: RefCell<Option<Value>>,
    yielded: Cell<bool>,
}

thread_local! {
    static FUTURE_ITER_CLASS: Rc<Class> = {
        let t = crate::types::types();
        let c = crate::types::new_class("FutureIter", "_asyncio", &[t.object.clone()], crate::objects::TypeTag::Native, true);
        {
            let mut d = c.dict.borrow_mut();
            def(&mut d, "__iter__", iter_self, Some("FutureIter"));
            def(&mut d, "__next__", iter_next, Some("FutureIter"));
            def(&mut d, "send", iter_send, Some("FutureIter"));
            def(&mut d, "throw", iter_throw, Some("FutureIter"));
            def(&mut d, "close", iter_close, Some("FutureIter"));
        }
        c
    };
}

impl NativeObject for FutureIter {
    fn class(&self) -> Rc<Class> {
        FUTURE_ITER_CLASS.with(Rc::clone)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn gc_children(&self, out: &mut Vec<Value>) -> bool {
        out.extend(self.fut.borrow().iter().cloned());
        true
    }
}

/// `Future.__await__` / `Future.__iter__`.
pub fn future_await(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let fut = a.first().cloned().ok_or_else(|| type_error("__await__() needs a future"))?;
    Ok(Value::Native(Rc::new(FutureIter { fut: RefCell::new(Some(fut)), yielded: Cell::new(false) })))
}

/// The iterator inside `v`, if `v` is one.
pub fn as_future_iter(v: &Value) -> Option<&FutureIter> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<FutureIter>(),
        _ => None,
    }
}

fn this(v: &Value) -> PyResult<&FutureIter> {
    as_future_iter(v).ok_or_else(|| type_error("expected a FutureIter"))
}

impl FutureIter {
    /// One resumption (`FutureIter_iternext`): the future while it is
    /// pending and not yet yielded; else its outcome, read as
    /// `Future.result()` does.
    pub fn step(&self, vm: &mut Vm) -> PyResult<GenStep> {
        let Some(fut) = self.fut.borrow().clone() else { return Ok(GenStep::Return(Value::None)) };
        let state = vm.getattr(&fut, "_state")?;
        if matches!(&state, Value::Str(s) if s.as_str() == "PENDING") {
            if !self.yielded.get() {
                self.yielded.set(true);
                vm.setattr(&fut, "_asyncio_future_blocking", Value::Bool(true))?;
                return Ok(GenStep::Yield(fut));
            }
            return Err(new_exc("RuntimeError", "await wasn't used with future"));
        }
        *self.fut.borrow_mut() = None;
        match &state {
            Value::Str(s) if s.as_str() == "FINISHED" => {
                let log = vm.getattr(&fut, "_log_traceback")?;
                if vm.truthy(&log)? {
                    vm.setattr(&fut, "_log_traceback", Value::Bool(false))?;
                }
                let exc = vm.getattr(&fut, "_exception")?;
                if !exc.is_none() {
                    return Err(Unwind::Raise(exc));
                }
                Ok(GenStep::Return(vm.getattr(&fut, "_result")?))
            }
            _ => {
                // Cancelled (or a subclass's own state): result() says what.
                let result = vm.getattr(&fut, "result")?;
                Ok(GenStep::Return(vm.call(&result, vec![])?))
            }
        }
    }
}

fn as_iterator_result(step: PyResult<GenStep>) -> PyResult<Value> {
    match step? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}

fn iter_self(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn iter_next(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    as_iterator_result(this(&a[0])?.step(vm))
}

fn iter_send(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let it = this(&a[0])?;
    if !a.get(1).is_none_or(Value::is_none) {
        return Err(type_error("can't send non-None value to a FutureIter"));
    }
    as_iterator_result(it.step(vm))
}

/// `throw(exc)`: the exception comes out of the `await` (the iterator is done).
fn iter_throw(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let it = this(&a[0])?;
    let exc = crate::builtins::asyncgen::throw_arg(vm, a)?;
    *it.fut.borrow_mut() = None;
    Err(Unwind::Raise(exc))
}

fn iter_close(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    *this(&a[0])?.fut.borrow_mut() = None;
    Ok(Value::None)
}

// === The task and timer hot paths ===

use crate::objects::function::BoundMethod;
use coroscope_trace::{LaneId, SpanState};

/// The classes and functions of the running program's `asyncio` that the
/// accelerators recognise (`_exec.aio_register`). Each accelerator only
/// acts on instances of exactly these classes, whose fields it knows, and
/// tells the Python code to take its own path otherwise.
pub struct Registry {
    future: Rc<Class>,
    task: Rc<Class>,
    timer: Rc<Class>,
    settle: Value,
    all_tasks: Value,
    step: Value,
    wakeup: Value,
}

/// `aio_register(Future, Task, TimerHandle, _set_result_unless_cancelled, _all_tasks)`.
pub fn register(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let class = |v: &Value| match v {
        Value::Class(c) => Ok(c.clone()),
        _ => Err(type_error("aio_register() needs classes")),
    };
    if a.len() != 5 {
        return Err(type_error("aio_register() takes 5 arguments"));
    }
    let task = class(&a[1])?;
    let method = |name: &str| task.dict.borrow().get(name).cloned().ok_or_else(|| type_error("Task lacks its step methods"));
    let (step, wakeup) = (method("_Task__step")?, method("_Task__wakeup")?);
    vm.stdlib.aio = Some(Rc::new(Registry { future: class(&a[0])?, timer: class(&a[2])?, task, settle: a[3].clone(), all_tasks: a[4].clone(), step, wakeup }));
    Ok(Value::None)
}

fn registry(vm: &Vm) -> PyResult<Rc<Registry>> {
    vm.stdlib.aio.clone().ok_or_else(|| type_error("asyncio accelerators used before aio_register()"))
}

/// `v` as an instance of exactly `cls`.
fn exact<'v>(v: &'v Value, cls: &Rc<Class>) -> Option<&'v Rc<Instance>> {
    match v {
        Value::Instance(i) if Rc::ptr_eq(&i.class, cls) => Some(i),
        _ => None,
    }
}

/// An attribute of an instance of a registered class: its own, else the
/// class default (these classes define no descriptors for their fields).
fn field(i: &Instance, name: &str) -> Value {
    if let Some(v) = i.attrs.borrow().get(name) {
        return v.clone();
    }
    i.class.lookup(name).unwrap_or(Value::None)
}

fn set_field(i: &Instance, name: &str, v: Value) {
    i.attrs.borrow_mut().insert(name, v);
}

fn is_str(v: &Value, text: &str) -> bool {
    matches!(v, Value::Str(s) if s.as_str() == text)
}

/// The ready list of `loop` when the loop is open (a closed loop makes the
/// Python code raise its error).
fn open_ready_list(vm: &mut Vm, lp: &Value) -> PyResult<Option<Rc<RefCell<Vec<Value>>>>> {
    let closed = vm.getattr(lp, "_closed")?;
    if vm.truthy(&closed)? {
        return Ok(None);
    }
    match vm.getattr(lp, "_ready")? {
        Value::List(l) => Ok(Some(l)),
        _ => Ok(None),
    }
}

fn lane_of(task: &Instance) -> Option<LaneId> {
    match field(task, "_lane") {
        Value::Int(n) => Some(LaneId(n.max(0) as u32)),
        _ => None,
    }
}

/// `new_task(coro, loop, n) -> Task or None`: `Task(coro, loop=loop)` for
/// a coroutine and a fresh name `Task-n`, as `Task.__init__` builds it;
/// None for anything else (the Python constructor handles it).
pub fn new_task(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let reg = registry(vm)?;
    let (coro, lp) = (&a[0], &a[1]);
    let Value::Generator(g) = coro else { return Ok(Value::None) };
    if g.kind != crate::objects::generator::GenKind::Coroutine {
        return Ok(Value::None);
    }
    let Some(ready) = open_ready_list(vm, lp)? else { return Ok(Value::None) };
    let n = match a.get(2) {
        Some(Value::Int(n)) => *n,
        _ => return Ok(Value::None),
    };
    let name = format!("Task-{n}");
    let inst = Rc::new(Instance::new(reg.task.clone()));
    set_field(&inst, "_loop", lp.clone());
    set_field(&inst, "_callbacks", Value::list(vec![]));
    set_field(&inst, "_name", Value::str(name.as_str()));
    set_field(&inst, "_coro", coro.clone());
    let lane = super::exec::task_lane(vm, &name, coro);
    set_field(&inst, "_lane", lane.map_or(Value::None, |l| Value::Int(l.0 as i64)));
    let task = Value::Instance(inst);
    let step = Value::BoundMethod(Rc::new(BoundMethod { func: reg.step.clone(), receiver: task.clone() }));
    ready.borrow_mut().push(Value::tuple(vec![step, Value::None]));
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
    let reg = registry(vm)?;
    let (lp, delay, result) = (&a[0], &a[1], a.get(2).cloned().unwrap_or(Value::None));
    let secs = match delay {
        Value::Int(n) => *n as f64,
        Value::Float(f) => *f,
        _ => return Ok(Value::None),
    };
    let Value::List(heap) = vm.getattr(lp, "_scheduled")? else { return Ok(Value::None) };
    let seq = match vm.getattr(lp, "_seq")? {
        Value::Int(n) => n + 1,
        _ => return Ok(Value::None),
    };
    let what = format!("sleep({})", vm.str_of(delay)?);
    let future = Rc::new(Instance::new(reg.future.clone()));
    set_field(&future, "_loop", lp.clone());
    set_field(&future, "_callbacks", Value::list(vec![]));
    set_field(&future, "_what", Value::str(what));
    let future = Value::Instance(future);
    let when = Value::Float(super::exec::quantized(vm.exec.seconds() + secs));
    let handle = Rc::new(Instance::new(reg.timer.clone()));
    set_field(&handle, "_callback", reg.settle.clone());
    set_field(&handle, "_args", Value::tuple(vec![future.clone(), result]));
    set_field(&handle, "_loop", lp.clone());
    set_field(&handle, "_when", when.clone());
    let handle = Value::Instance(handle);
    vm.setattr(lp, "_seq", Value::Int(seq))?;
    super::exec::push_timer(&heap, Value::tuple(vec![when, Value::Int(seq), handle.clone()]))?;
    if let Value::Instance(h) = &handle {
        set_field(h, "_scheduled", Value::Bool(true));
    }
    Ok(Value::tuple(vec![future, handle]))
}

/// Appends `(callback, fut)` to the ready list for each of `fut`'s
/// callbacks (`Future._schedule_callbacks`); false, touching nothing,
/// when the loop is closed (the Python code raises).
fn schedule_callbacks(vm: &mut Vm, fut: &Rc<Instance>) -> PyResult<bool> {
    let Value::List(callbacks) = field(fut, "_callbacks") else { return Ok(false) };
    if callbacks.borrow().is_empty() {
        return Ok(true);
    }
    let Some(ready) = open_ready_list(vm, &field(fut, "_loop"))? else { return Ok(false) };
    set_field(fut, "_callbacks", Value::list(vec![]));
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
/// waits on. False, having changed nothing, in any other case.
pub fn task_wait(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let reg = registry(vm)?;
    let (task_v, result) = (&a[0], &a[1]);
    let Some(task) = exact(task_v, &reg.task) else { return Ok(Value::Bool(false)) };
    let fut = match exact(result, &reg.future).or_else(|| exact(result, &reg.task)) {
        Some(f) if !Rc::ptr_eq(f, task) => f,
        _ => return Ok(Value::Bool(false)),
    };
    let waits = matches!(field(fut, "_asyncio_future_blocking"), Value::Bool(true))
        && field(fut, "_loop").is(&field(task, "_loop"))
        && is_str(&field(fut, "_state"), "PENDING")
        && matches!(field(task, "_must_cancel"), Value::Bool(false));
    let Value::List(callbacks) = field(fut, "_callbacks") else { return Ok(Value::Bool(false)) };
    if !waits {
        return Ok(Value::Bool(false));
    }
    set_field(fut, "_asyncio_future_blocking", Value::Bool(false));
    callbacks.borrow_mut().push(Value::BoundMethod(Rc::new(BoundMethod { func: reg.wakeup.clone(), receiver: task_v.clone() })));
    set_field(task, "_fut_waiter", result.clone());
    if let Some(lane) = lane_of(task) {
        let what = match field(fut, "_what") {
            Value::Str(s) if !s.as_str().is_empty() => s.as_str().to_owned(),
            _ if Rc::ptr_eq(&fut.class, &reg.task) => vm.str_of(&field(fut, "_name"))?,
            _ => "a Future".to_owned(),
        };
        let coro = field(task, "_coro");
        super::exec::leave_lane(vm, lane, SpanState::Waiting(what), Some(&coro));
    }
    Ok(Value::Bool(true))
}

/// `task_returned(task, value) -> bool`: the task's coroutine returned
/// `value` (`Task.__step`'s StopIteration case when no cancellation is
/// pending): the result is set, callbacks scheduled, the lane finished.
pub fn task_returned(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let reg = registry(vm)?;
    let task_v = &a[0];
    let Some(task) = exact(task_v, &reg.task) else { return Ok(Value::Bool(false)) };
    if !matches!(field(task, "_must_cancel"), Value::Bool(false)) || !is_str(&field(task, "_state"), "PENDING") {
        return Ok(Value::Bool(false));
    }
    if !schedule_callbacks(vm, task)? {
        return Ok(Value::Bool(false));
    }
    set_field(task, "_result", a[1].clone());
    set_field(task, "_state", Value::str("FINISHED"));
    discard_task(vm, &reg, task_v)?;
    if let Some(lane) = lane_of(task) {
        let coro = field(task, "_coro");
        super::exec::leave_lane(vm, lane, SpanState::Done("returned".into()), Some(&coro));
    }
    Ok(Value::Bool(true))
}

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

/// `fire_timer(handle) -> bool`: runs a due timer of `sleep()` (its
/// callback `_set_result_unless_cancelled(future, result)` on a plain
/// Future) without the interpreted calls; false for any other handle.
pub fn fire_timer(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let reg = registry(vm)?;
    let Some(handle) = exact(&a[0], &reg.timer) else { return Ok(Value::Bool(false)) };
    if !field(handle, "_callback").is(&reg.settle) {
        return Ok(Value::Bool(false));
    }
    let Value::Tuple(args) = field(handle, "_args") else { return Ok(Value::Bool(false)) };
    let [fut_v, result] = &args[..] else { return Ok(Value::Bool(false)) };
    let Some(fut) = exact(fut_v, &reg.future) else { return Ok(Value::Bool(false)) };
    let state = field(fut, "_state");
    if is_str(&state, "CANCELLED") {
        return Ok(Value::Bool(true));
    }
    if !is_str(&state, "PENDING") || !schedule_callbacks(vm, fut)? {
        return Ok(Value::Bool(false));
    }
    set_field(fut, "_result", result.clone());
    set_field(fut, "_state", Value::str("FINISHED"));
    Ok(Value::Bool(true))
}
