//! Finalisation at the moment CPython's reference counting would run it.
//! `Drop` impls cannot call into the VM, so they queue work here; the
//! dispatch loop drains the queue right after the instructions that drop
//! references (`PopTop`, stores, deletes, returns), which is when CPython's
//! deallocation would have run the finaliser.
//!
//! Order: the queue holds a release's finalisers in the order the
//! references went, which is CPython's order as long as every container
//! releases its items as CPython's does (a frame's locals and a dict's
//! items first to last; a list or tuple the last first: see
//! `objects::list`, `objects::tuple`). They run as one batch, each to its
//! end before the next (see [`Vm::run_finalizers`]).

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

/// Takes everything queued (and clears the flag: anything queued from
/// now on sets it again).
fn take_pending() -> std::collections::VecDeque<Finalizer> {
    QUEUED.with(|q| q.set(false));
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
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

    /// Runs the finalisers of one release as a batch, each to its end
    /// before the next starts, as CPython's deallocation does: a
    /// function's locals `a, b, c` print `del 1, del 2, del 3`. The batch
    /// is taken out of the queue first, so the dispatch loop running one
    /// `__del__` drains only what that `__del__` releases (nested, as
    /// CPython's deallocation recurses), never the batch's later items.
    ///
    /// What is queued while an item runs and not drained by then (the
    /// dead object's own attributes, dropped when the item ends; work a
    /// nesting past `MAX_NESTING` left) was released before the batch's
    /// next object would be: it goes to the batch's front.
    fn drain_finalizers(&mut self) -> PyResult<()> {
        // Batches, innermost last: prepending to one queue would make a
        // list of 100k objects, each holding one more, quadratic.
        let mut batches = vec![take_pending()];
        while let Some(batch) = batches.last_mut() {
            let Some(work) = batch.pop_front() else {
                batches.pop();
                continue;
            };
            if batch.is_empty() {
                // A chain (each object holding the next) stays one level deep.
                batches.pop();
            }
            let outcome = self.run_one(work);
            let more = take_pending();
            if !more.is_empty() {
                batches.push(more);
            }
            if let Err(e) = outcome {
                // The rest stays queued, in order, for the caller's drain
                // or `clear`.
                let rest: std::collections::VecDeque<Finalizer> = batches.into_iter().rev().flatten().collect();
                PENDING.with(|p| *p.borrow_mut() = rest);
                QUEUED.with(|q| q.set(true));
                return Err(e);
            }
        }
        Ok(())
    }

    /// Runs one queued finaliser; an exception it raises is reported as
    /// unraisable (`Exception ignored in: ...`) and goes no further.
    fn run_one(&mut self, work: Finalizer) -> PyResult<()> {
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
                match self.call(&del, vec![obj.clone()]) {
                    Err(Unwind::Raise(e)) => {
                        let what = format!("{}", self.repr(&del).unwrap_or_default());
                        self.write_unraisable(&what, &e)?;
                    }
                    // A limit or the Stop button ends the run here too.
                    Err(stop @ Unwind::Stop(_)) => return Err(stop),
                    _ => {}
                }
            }
            Finalizer::Close { kind, qualname, frame } => {
                let gen = Rc::new(Generator::new(kind, qualname.clone().into(), qualname.into(), frame));
                gen.status.set(GenStatus::Suspended);
                match self.gen_close(&gen) {
                    Err(Unwind::Raise(e)) => {
                        let what = self.repr(&Value::Generator(gen.clone())).unwrap_or_default();
                        self.write_unraisable(&what, &e)?;
                    }
                    Err(stop @ Unwind::Stop(_)) => return Err(stop),
                    _ => {}
                }
                let _ = Resume::Send(Value::None);
            }
            Finalizer::AsyncGenHook { hook, name, qualname, status, frame } => {
                let Some(frame) = frame else { return Ok(()) };
                let gen = Generator::new(GenKind::AsyncGenerator, name, qualname, frame);
                gen.status.set(status);
                gen.hooks_inited.set(true);
                gen.finalized.set(true);
                let gen = Value::Generator(Rc::new(gen));
                match self.call(&hook, vec![gen]) {
                    Err(Unwind::Raise(e)) => {
                        let what = self.repr(&hook).unwrap_or_default();
                        self.write_unraisable(&what, &e)?;
                    }
                    Err(stop @ Unwind::Stop(_)) => return Err(stop),
                    _ => {}
                }
            }
        }
        Ok(())
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

#[cfg(test)]
mod tests {
    //! The order of a batch where the oracle cannot pin it (the message
    //! of a raising `__del__` names the function's address).
    use crate::{Progress, Run, RunOptions, Stream};

    fn run(source: &str, max_instructions: u64) -> (String, String) {
        let options = RunOptions { filename: "t.py".into(), max_instructions, ..RunOptions::default() };
        let src = source.to_owned();
        std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || {
                let mut run = Run::new(&src, options);
                while run.advance(1 << 16) == Progress::Running {}
                let t = run.trace();
                (t.text_of(Stream::Stdout), t.text_of(Stream::Stderr))
            })
            .unwrap()
            .join()
            .unwrap()
    }

    const NOISY: &str = "class N:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print('del', self.n)\n";

    /// CPython 3.11: `bad 1`, `del 2`, `bad 3` on stdout; each error is
    /// reported (`Exception ignored in: <function Bad.__del__ at 0x...>`)
    /// as its `__del__` ends, and the next one still runs.
    #[test]
    fn a_raising_del_is_reported_and_the_batch_goes_on() {
        let src = format!(
            "{NOISY}class Bad:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print('bad', self.n)\n        raise ValueError(self.n)\n\
             def f():\n    a = Bad(1)\n    b = N(2)\n    c = Bad(3)\nf()\nprint('end')\n"
        );
        let (out, err) = run(&src, 10_000_000);
        assert_eq!(out, "bad 1\ndel 2\nbad 3\nend\n");
        let first = err.find("ValueError: 1").expect("first error reported");
        let second = err.find("ValueError: 3").expect("second error reported");
        assert!(first < second, "{err}");
        assert_eq!(err.matches("Exception ignored in: <function Bad.__del__ at 0x").count(), 2, "{err}");
    }

    /// The instruction limit reached inside a `__del__` ends the run (it
    /// was taken for an error of that `__del__`, and the script went on);
    /// the rest of the batch is dropped unrun, and nothing panics.
    #[test]
    fn the_limit_inside_a_batch_ends_the_run() {
        let src = "class Spin:\n    def __del__(self):\n        while True:\n            pass\n\
                   def f():\n    a = Spin()\n    b = Spin()\nf()\nprint('unreachable')\n";
        let (out, err) = run(src, 200_000);
        assert_eq!(out, "");
        assert!(err.contains("instructions (the limit)"), "{err}");
    }
}
