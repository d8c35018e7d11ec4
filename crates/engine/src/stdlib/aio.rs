//! Accelerators for `asyncio` (written in Python in `stdlib/py/asyncio.py`),
//! doing in Rust what CPython's `_asynciomodule.c` does in C: the work every
//! task repeats, where the interpreted version cost several times CPython's.
//! Each one keeps the Python classes (they stay subclassable and their
//! reprs and errors unchanged) and only skips interpreted steps whose
//! outcome is known.

mod future_iter;
mod run_loop;
mod steps;
pub mod timer_heap;

pub use future_iter::{as_future_iter, future_await, yield_once, FutureIter};
pub use run_loop::next_ready;
pub use steps::{new_task, sleep_timer, task_returned, task_wait};

use crate::bytecode::code::Code;
use crate::objects::class::LookupCache;
use crate::objects::function::Kwargs;
use crate::objects::{Class, Instance, Value};
use crate::vm::exceptions::{type_error, PyResult};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
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
    let read = |name: &str| attrs.get(name).or_else(|| inst.class.lookup(name));
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


// === What the accelerators recognise ===

/// The fields of asyncio's classes the accelerators read and write.
#[derive(Clone, Copy)]
#[allow(missing_docs)]
pub enum F {
    Loop,
    Callbacks,
    Name,
    Coro,
    Lane,
    What,
    Callback,
    Args,
    When,
    Scheduled,
    Result,
    Exception,
    State,
    FutWaiter,
    Blocking,
    MustCancel,
    LogTraceback,
    Closed,
    Ready,
    Seq,
    ReadyHead,
    BatchEnd,
    Stopping,
    Cancelled,
}

impl F {
    const ALL: [F; 24] = [
        F::Loop, F::Callbacks, F::Name, F::Coro, F::Lane, F::What, F::Callback, F::Args, F::When, F::Scheduled,
        F::Result, F::Exception, F::State, F::FutWaiter, F::Blocking, F::MustCancel, F::LogTraceback, F::Closed, F::Ready, F::Seq,
        F::ReadyHead, F::BatchEnd, F::Stopping, F::Cancelled,
    ];

    fn text(self) -> &'static str {
        match self {
            F::Loop => "_loop",
            F::Callbacks => "_callbacks",
            F::Name => "_name",
            F::Coro => "_coro",
            F::Lane => "_lane",
            F::What => "_what",
            F::Callback => "_callback",
            F::Args => "_args",
            F::When => "_when",
            F::Scheduled => "_scheduled",
            F::Result => "_result",
            F::Exception => "_exception",
            F::State => "_state",
            F::FutWaiter => "_fut_waiter",
            F::Blocking => "_asyncio_future_blocking",
            F::MustCancel => "_must_cancel",
            F::LogTraceback => "_log_traceback",
            F::Closed => "_closed",
            F::Ready => "_ready",
            F::Seq => "_seq",
            F::ReadyHead => "_ready_head",
            F::BatchEnd => "_batch_end",
            F::Stopping => "_stopping",
            F::Cancelled => "_cancelled",
        }
    }
}

/// The classes and functions of the running program's `asyncio` that the
/// accelerators recognise (`_exec.aio_register`). Each accelerator only
/// acts on instances of exactly these classes, whose fields it knows (none
/// is a descriptor), and tells the Python code to take its own path
/// otherwise.
pub struct Registry {
    future: Rc<Class>,
    task: Rc<Class>,
    timer: Rc<Class>,
    event_loop: Rc<Class>,
    settle: Value,
    all_tasks: Value,
    step: Value,
    wakeup: Value,
    /// The field names, interned (stores skip the intern table).
    names: Vec<Rc<str>>,
    /// Where each field's class default was found (reads of fields an
    /// instance hasn't set skip hashing the name along the MRO).
    defaults: Vec<Cell<LookupCache>>,
    /// Where each field was last found in an instance's namespace:
    /// instances built by the same code hold their fields in the same
    /// order, so the hint almost always hits, and a hit costs a pointer
    /// compare instead of a scan (or, in the loop's larger namespace, a hash).
    positions: Vec<Cell<u32>>,
    /// `'PENDING'`, `'FINISHED'`: the states the accelerators write.
    finished: Value,
    /// The code of `gather`'s per-child `_done_callback` closure.
    gather_done: Option<Rc<Code>>,
}

/// `aio_register(Future, Task, TimerHandle, BaseEventLoop, _set_result_unless_cancelled, _all_tasks, gather)`.
pub fn register(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let class = |v: &Value| match v {
        Value::Class(c) => Ok(c.clone()),
        _ => Err(type_error("aio_register() needs classes")),
    };
    if a.len() != 7 {
        return Err(type_error("aio_register() takes 7 arguments"));
    }
    let gather_done = match &a[6] {
        Value::Function(f) => f.code.consts.iter().find_map(|c| match c {
            Value::Code(code) if &*code.name == "_done_callback" => Some(code.clone()),
            _ => None,
        }),
        _ => None,
    };
    let task = class(&a[1])?;
    let method = |name: &str| task.dict.borrow().get(name).cloned().ok_or_else(|| type_error("Task lacks its step methods"));
    let (step, wakeup) = (method("_Task__step")?, method("_Task__wakeup")?);
    vm.stdlib.aio = Some(Rc::new(Registry {
        future: class(&a[0])?,
        timer: class(&a[2])?,
        event_loop: class(&a[3])?,
        task,
        settle: a[4].clone(),
        all_tasks: a[5].clone(),
        step,
        wakeup,
        names: F::ALL.iter().map(|f| crate::objects::intern::intern(f.text())).collect(),
        defaults: F::ALL.iter().map(|_| Cell::new(LookupCache::default())).collect(),
        positions: F::ALL.iter().map(|_| Cell::new(0)).collect(),
        finished: Value::str("FINISHED"),
        gather_done,
    }));
    Ok(Value::None)
}

impl Registry {
    /// The registry of the running program.
    pub fn of(vm: &Vm) -> PyResult<Rc<Registry>> {
        vm.stdlib.aio.clone().ok_or_else(|| type_error("asyncio accelerators used before aio_register()"))
    }

    /// `v` as an instance of exactly `cls`.
    fn exact<'v>(v: &'v Value, cls: &Rc<Class>) -> Option<&'v Rc<Instance>> {
        match v {
            Value::Instance(i) if Rc::ptr_eq(&i.class, cls) => Some(i),
            _ => None,
        }
    }

    /// `v` as a Future or Task (exactly).
    pub fn future<'v>(&self, v: &'v Value) -> Option<&'v Rc<Instance>> {
        Self::exact(v, &self.future).or_else(|| Self::exact(v, &self.task))
    }

    /// A field of an instance of a registered class: its own, else the
    /// class default.
    pub fn get(&self, i: &Instance, f: F) -> Value {
        let name = &self.names[f as usize];
        let attrs = i.attrs.borrow();
        let hint = &self.positions[f as usize];
        if let Some((k, v)) = attrs.get_index(hint.get() as usize) {
            if std::ptr::eq(k.as_ptr(), name.as_ptr()) {
                return v.clone();
            }
        }
        if let Some((pos, v)) = attrs.get_full(name) {
            hint.set(pos as u32);
            return v;
        }
        i.class.lookup_cached(name, &self.defaults[f as usize]).unwrap_or(Value::None)
    }

    /// Sets a field of an instance of a registered class.
    pub fn set(&self, i: &Instance, f: F, v: Value) {
        let name = &self.names[f as usize];
        let mut attrs = i.attrs.borrow_mut();
        let hint = &self.positions[f as usize];
        if let Some((k, slot)) = attrs.get_index_mut(hint.get() as usize) {
            if std::ptr::eq(k.as_ptr(), name.as_ptr()) {
                let old = std::mem::replace(slot, v);
                drop(attrs);
                drop(old);
                return;
            }
        }
        let (pos, old) = attrs.insert_interned(name, v);
        hint.set(pos as u32);
        if old.is_none() {
            // The class's next instances start with room for as many.
            i.class.dict.note_attrs(attrs.len());
        }
        drop(attrs);
        drop(old);
    }

    /// A field of the event loop: read directly from a `BaseEventLoop`
    /// (which sets them all in `__init__`), through `getattr` from any
    /// other loop.
    fn loop_field(&self, vm: &mut Vm, lp: &Value, f: F) -> PyResult<Value> {
        if let Some(i) = Self::exact(lp, &self.event_loop) {
            let v = self.get(i, f);
            if !v.is_none() || i.attrs.borrow().contains_key(f.text()) {
                return Ok(v);
            }
        }
        vm.getattr(lp, f.text())
    }
}

/// True when `v` is the str `text`.
fn is_str(v: &Value, text: &str) -> bool {
    matches!(v, Value::Str(s) if s.as_str() == text)
}
