//! Generators, coroutines and async generators: a suspended frame plus a
//! status. Resuming moves the frame onto the running fiber; suspending moves
//! it back, so no Rust stack holds Python state across a `yield`/`await`.
//!
//! Dropping one runs CPython's finalisation at that moment: a coroutine
//! that never started warns `coroutine '…' was never awaited`; a suspended
//! generator is closed (its `finally` blocks run); an async generator the
//! event loop saw (its `finalizer` hook is set) is handed to that hook,
//! which schedules `aclose()` on the loop.

use crate::vm::frame::Frame;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Which protocol the object speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    /// `def` with `yield`.
    Generator,
    /// `async def`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

impl GenKind {
    /// The type name CPython uses.
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenStatus {
    /// Created, not started.
    Created,
    /// Suspended at a `yield`/`await`.
    Suspended,
    /// Executing now.
    Running,
    /// Returned, raised or closed.
    Closed,
}

/// A generator-like object.
pub struct Generator {
    /// Generator, coroutine or async generator.
    pub kind: GenKind,
    /// `__name__` and `__qualname__` when they are not the code's (a
    /// function renamed before the call); see [`Self::name`]. Boxed and
    /// mostly absent: 10⁵ suspended tasks hold 2·10⁵ generators, and the
    /// two names inline made each 32 bytes bigger.
    names: Option<Box<(Rc<str>, Rc<str>)>>,
    /// The frame while suspended (or not yet started).
    pub frame: RefCell<Option<Box<Frame>>>,
    /// Life-cycle status.
    pub status: Cell<GenStatus>,
    /// Async generators: the thread's `firstiter` hook has been called and
    /// its `finalizer` recorded (`ag_hooks_inited`; at the first
    /// `__anext__`/`asend`/`athrow`/`aclose`).
    pub hooks_inited: Cell<bool>,
    /// Async generators: the `finalizer` hook to call when it is dropped
    /// unfinished (the event loop's, which schedules `aclose()`).
    /// (Boxed: only async generators have one.)
    pub finalizer: RefCell<Option<Box<crate::objects::Value>>>,
    /// Async generators: an `asend`/`athrow` awaitable is in flight
    /// (`ag_running_async`): a second one raises "already running".
    pub running_async: Cell<bool>,
    /// Its finaliser already ran once (PEP 442: a resurrected object is
    /// not finalised twice).
    pub finalized: Cell<bool>,
    /// The code it runs (kept after the frame is gone, for reprs).
    pub code: std::rc::Rc<crate::bytecode::code::Code>,
}

impl Generator {
    /// A new object owning the (not yet started) `frame`.
    pub fn new(kind: GenKind, name: Rc<str>, qualname: Rc<str>, frame: Box<Frame>) -> Self {
        Self {
            code: frame.code.clone(),
            kind,
            names: (name != frame.code.name || qualname != frame.code.qualname).then(|| Box::new((name, qualname))),
            frame: RefCell::new(Some(frame)),
            status: Cell::new(GenStatus::Created),
            hooks_inited: Cell::new(false),
            finalizer: RefCell::new(None),
            running_async: Cell::new(false),
            finalized: Cell::new(false),
        }
    }
}

impl Generator {
    /// `__name__`.
    pub fn name(&self) -> &Rc<str> {
        self.names.as_ref().map_or(&self.code.name, |n| &n.0)
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> &Rc<str> {
        self.names.as_ref().map_or(&self.code.qualname, |n| &n.1)
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        let frame = self.frame.get_mut().take();
        if self.finalized.get() {
            return;
        }
        if let Some(hook) = self.finalizer.get_mut().take() {
            if self.status.get() != GenStatus::Closed {
                crate::vm::finalize::defer_asyncgen_hook(*hook, self.name().clone(), self.qualname().clone(), self.status.get(), frame);
                return;
            }
        }
        crate::vm::finalize::defer_generator(self.kind, self.status.get(), self.qualname(), frame);
    }
}
