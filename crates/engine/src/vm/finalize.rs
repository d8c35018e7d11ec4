//! Finalisation at the moment CPython's reference counting would run it.
//! `Drop` impls cannot call into the VM, so they queue work here; the
//! dispatch loop drains the queue right after the instructions that drop
//! references (`PopTop`, stores, deletes, returns), which is when CPython's
//! deallocation would have run the finaliser.

use super::coroutine::Resume;
use super::exceptions::{PyResult, Unwind};
use super::frame::Frame;
use super::Vm;
use crate::objects::generator::{GenKind, GenStatus};
use crate::objects::{Generator, Instance, InstanceDict, Value};
use coroscope_trace::Stream;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Work a dropped object left for the VM (each variant's doc describes its fields).
#[allow(missing_docs)]
pub enum Finalizer {
    /// Call `__del__` on a resurrected copy of the instance.
    Del { class: Rc<crate::objects::Class>, attrs: InstanceDict, del: Value },
    /// A coroutine was never awaited.
    NeverAwaited { qualname: String },
    /// A suspended generator must be closed (its `finally` blocks run).
    Close { kind: GenKind, qualname: String, frame: Box<Frame> },
    /// An unfinished async generator goes to its `finalizer` hook
    /// (`_PyGen_Finalize`: the event loop's schedules `aclose()`).
    AsyncGenHook { hook: Value, name: Rc<str>, qualname: Rc<str>, status: GenStatus, frame: Option<Box<Frame>> },
}

thread_local! {
    /// How deeply `run_finalizers` is nested.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    // A FIFO: finalisers run in the order the drops happened (a Vec with
    // remove(0) made dropping 100k tasks at once quadratic).
    static PENDING: RefCell<std::collections::VecDeque<Finalizer>> = const { RefCell::new(std::collections::VecDeque::new()) };
    /// Set whenever work is queued, cleared when a drain finds the queue
    /// empty: [`pending`] is asked after every store, pop and return, and a
    /// `Cell` without a destructor reads in two machine instructions where
    /// the queue's `RefCell` costs a lazy-init check and a borrow.
    static QUEUED: Cell<bool> = const { Cell::new(false) };
}

/// Queues finalisation work.
fn queue(work: Finalizer) {
    PENDING.with(|p| p.borrow_mut().push_back(work));
    QUEUED.with(|q| q.set(true));
}

/// True when finalisers are waiting.
#[inline]
pub fn pending() -> bool {
    QUEUED.with(Cell::get)
}

/// Queues `__del__` for an instance being dropped.
pub fn defer_del(inst: &Instance, del: Value) {
    if inst.del_done.get() || crate::stdlib::aio::del_is_noop(inst, &del) {
        return;
    }
    let attrs = std::mem::take(&mut *inst.attrs.borrow_mut());
    queue(Finalizer::Del { class: inst.class.clone(), attrs, del });
}

/// Queues the finalisation of a dropped generator-like object.
pub fn defer_generator(kind: GenKind, status: GenStatus, qualname: &str, frame: Option<Box<Frame>>) {
    let work = match (status, frame) {
        (GenStatus::Created, _) if kind == GenKind::Coroutine => Finalizer::NeverAwaited { qualname: qualname.to_owned() },
        (GenStatus::Suspended, Some(frame)) => Finalizer::Close { kind, qualname: qualname.to_owned(), frame },
        _ => return,
    };
    queue(work);
}

/// Queues the call of an async generator's `finalizer` hook with the
/// generator resurrected from its parts.
pub fn defer_asyncgen_hook(hook: Value, name: Rc<str>, qualname: Rc<str>, status: GenStatus, frame: Option<Box<Frame>>) {
    queue(Finalizer::AsyncGenHook { hook, name, qualname, status, frame });
}

/// Drops queued work without running it (the run is over).
///
/// Dropping a finaliser can queue more (the attributes of an object with
/// `__del__` hold the next one of a chain), so each round is taken out of
/// the queue and dropped outside its borrow, until a round queues nothing:
/// a chain left when the instruction limit stopped the teardown used to be
/// dropped inside `borrow_mut()` and panic. Each round reaches one link
/// further, as `defer_del` takes an instance's attributes instead of
/// dropping them, so the Rust stack stays shallow.
pub fn clear() {
    DEPTH.with(|d| d.set(0));
    loop {
        let items = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
        if items.is_empty() {
            break;
        }
        drop(items);
    }
    QUEUED.with(|q| q.set(false));
}

impl Vm {
    /// Runs every queued finaliser (and any they queue in turn).
    ///
    /// A finaliser's own drops queue more, and the dispatch loop running it
    /// drains them nested, as CPython's deallocation recurses. Past
    /// `MAX_NESTING` levels the queue is left to the outer drain instead —
    /// CPython's "trashcan" defers deep deallocation the same way
    /// (`Py_TRASHCAN_BEGIN`, depth 50) — so dropping 100k chained tasks at
    /// once cannot overflow the Rust stack.
    pub fn run_finalizers(&mut self) -> PyResult<()> {
        const MAX_NESTING: u32 = 50;
        if DEPTH.with(Cell::get) >= MAX_NESTING {
            return Ok(());
        }
        DEPTH.with(|d| d.set(d.get() + 1));
        let outcome = self.drain_finalizers();
        DEPTH.with(|d| d.set(d.get() - 1));
        outcome
    }

    fn drain_finalizers(&mut self) -> PyResult<()> {
        loop {
            let next = PENDING.with(|p| {
                let mut p = p.borrow_mut();
                p.pop_front()
            });
            let Some(work) = next else {
                QUEUED.with(|q| q.set(false));
                return Ok(());
            };
            match work {
                Finalizer::NeverAwaited { qualname } => {
                    let msg = format!("coroutine '{qualname}' was never awaited");
                    self.warn("RuntimeWarning", &msg, true)?;
                }
                Finalizer::Del { class, attrs, del } => {
                    let inst = Instance::new(class);
                    inst.del_done.set(true);
                    *inst.attrs.borrow_mut() = attrs;
                    let obj = Value::Instance(Rc::new(inst));
                    if let Err(Unwind::Raise(e)) = self.call(&del, vec![obj.clone()]) {
                        let what = format!("{}", self.repr(&del).unwrap_or_default());
                        self.write_unraisable(&what, &e)?;
                    }
                }
                Finalizer::Close { kind, qualname, frame } => {
                    let gen = Rc::new(Generator::new(kind, qualname.clone().into(), qualname.into(), frame));
                    gen.status.set(GenStatus::Suspended);
                    if let Err(Unwind::Raise(e)) = self.gen_close(&gen) {
                        let what = self.repr(&Value::Generator(gen.clone())).unwrap_or_default();
                        self.write_unraisable(&what, &e)?;
                    }
                    let _ = Resume::Send(Value::None);
                }
                Finalizer::AsyncGenHook { hook, name, qualname, status, frame } => {
                    let Some(frame) = frame else { continue };
                    let gen = Generator::new(GenKind::AsyncGenerator, name, qualname, frame);
                    gen.status.set(status);
                    gen.hooks_inited.set(true);
                    gen.finalized.set(true);
                    let gen = Value::Generator(Rc::new(gen));
                    if let Err(Unwind::Raise(e)) = self.call(&hook, vec![gen]) {
                        let what = self.repr(&hook).unwrap_or_default();
                        self.write_unraisable(&what, &e)?;
                    }
                }
            }
        }
    }

    /// Prints a warning the way the `warnings` module's default filter
    /// does: once per (message, location), with the source line.
    pub fn warn(&mut self, category: &str, msg: &str, tracemalloc_hint: bool) -> PyResult<()> {
        let (file, line, alias_text) = match self.frames.last() {
            Some(f) if f.code.filename.starts_with("<coroscope ") => {
                match self.tb_aliases.get(&(f.code.filename.to_string(), f.line())) {
                    Some((file, line, text, _)) => (file.clone(), *line, Some(text.clone())),
                    None => (f.code.filename.to_string(), f.line(), None),
                }
            }
            Some(f) => (f.code.filename.to_string(), f.line(), None),
            None => ("sys".to_owned(), 1, None),
        };
        let key = format!("{file}:{line}:{category}:{msg}");
        if !self.warned.insert(key) {
            return Ok(());
        }
        let mut text = format!("{file}:{line}: {category}: {msg}\n");
        if let Some(src) = alias_text {
            text.push_str(&format!("  {src}\n"));
        } else if file != "sys" {
            if let Some(src) = self.source_line(&file, line) {
                text.push_str(&format!("  {}\n", src.trim()));
            }
        }
        if tracemalloc_hint && file != "sys" {
            text.push_str(&format!("{category}: Enable tracemalloc to get the object allocation traceback\n"));
        }
        let (lane, now) = (self.exec.current, self.exec.now_ns());
        self.exec.rec.event(lane, coroscope_trace::EventKind::Warning(format!("{category}: {msg}")), now);
        self.write(Stream::Stderr, &text)
    }

    /// `Exception ignored in: ...` as `PyErr_WriteUnraisable` prints it.
    pub fn write_unraisable(&mut self, what: &str, exc: &Value) -> PyResult<()> {
        let tb = self.format_exception(exc);
        self.write(Stream::Stderr, &format!("Exception ignored in: {what}\n{tb}"))
    }
}
