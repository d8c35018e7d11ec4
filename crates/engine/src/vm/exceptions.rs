//! Raising, matching, chaining and printing exceptions. Each message's
//! wording lives in one helper here, mirroring CPython's text.

use super::{Exit, Vm};
use crate::objects::exception::TbEntry;
use crate::objects::{GenKind, Instance, Value};
use crate::types::types;
use std::rc::Rc;

/// Why a run stopped without a Python exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StopReason {
    /// The instruction limit.
    InstructionLimit,
    /// Too much output.
    OutputLimit,
    /// The user pressed Stop.
    Stopped,
    /// The run holds more memory than its limit (`vm::memory`).
    MemoryLimit,
    /// Every task waits and nothing can wake any of them.
    Deadlock(String),
    /// The virtual clock would pass the horizon (nanoseconds).
    TimeHorizon(u64),
    /// An engine bug (never a panic).
    Internal(String),
}

/// How control leaves an operation abnormally.
#[derive(Clone, Debug)]
pub enum Unwind {
    /// A Python exception (an instance of a `BaseException` subclass).
    Raise(Value),
    /// The run must end; no Python code can catch this.
    Stop(StopReason),
    /// Not an error: the running thread blocks (see `exec::threads`). Its
    /// fiber is parked and another simulated thread runs.
    Block(crate::exec::threads::Wait),
}

/// Result of any operation that may raise.
pub type PyResult<T> = Result<T, Unwind>;

/// A new exception instance of builtin class `name` with one message arg.
pub fn new_exc(name: &str, msg: &str) -> Unwind {
    let args = if msg.is_empty() { vec![] } else { vec![Value::str(msg)] };
    Unwind::Raise(exc_instance(&types().exc(name), args))
}

/// An exception instance of `class` with `args`.
pub fn exc_instance(class: &Rc<crate::objects::Class>, args: Vec<Value>) -> Value {
    let inst = Instance::new(class.clone());
    if let Some(e) = &inst.exc {
        e.borrow_mut().args = args;
    }
    Value::Instance(Rc::new(inst))
}

/// `TypeError(msg)`.
pub fn type_error(msg: impl AsRef<str>) -> Unwind {
    new_exc("TypeError", msg.as_ref())
}

/// `ValueError(msg)`.
pub fn value_error(msg: impl AsRef<str>) -> Unwind {
    new_exc("ValueError", msg.as_ref())
}

/// `IndexError(msg)`.
pub fn index_error(msg: impl AsRef<str>) -> Unwind {
    new_exc("IndexError", msg.as_ref())
}

/// `OverflowError(msg)`.
pub fn overflow_error(msg: impl AsRef<str>) -> Unwind {
    new_exc("OverflowError", msg.as_ref())
}

/// The OverflowError of an int that a C `Py_ssize_t` cannot hold
/// (`len(range(10**20))`, `[0] * 10**20`'s index conversions).
pub fn ssize_overflow() -> Unwind {
    overflow_error("Python int too large to convert to C ssize_t")
}

/// `ZeroDivisionError(msg)`.
pub fn zero_division(msg: &str) -> Unwind {
    new_exc("ZeroDivisionError", msg)
}

/// `KeyError(key)`.
pub fn key_error(key: Value) -> Unwind {
    Unwind::Raise(exc_instance(&types().exc("KeyError"), vec![key]))
}

/// `StopIteration(value)` (no args when the value is None).
pub fn stop_iteration(value: Value) -> Unwind {
    let args = if value.is_none() { vec![] } else { vec![value] };
    Unwind::Raise(exc_instance(&types().exc("StopIteration"), args))
}

/// `NameError: name 'x' is not defined`.
pub fn name_error(name: &str) -> Unwind {
    let e = new_exc("NameError", &format!("name '{name}' is not defined"));
    set_name_obj(&e, name, None);
    e
}

/// Records `.name` (and `.obj`) on a NameError/AttributeError for hints.
pub fn set_name_obj(e: &Unwind, name: &str, obj: Option<Value>) {
    if let Unwind::Raise(v) = e {
        if let Some(inst) = exc_data(v) {
            let mut d = inst.exc.as_ref().expect("exc").borrow_mut();
            d.name = Some(name.to_owned());
            d.obj = obj;
        }
    }
}

/// `UnboundLocalError` in 3.11's wording.
pub fn unbound_local(name: &str) -> Unwind {
    new_exc(
        "UnboundLocalError",
        &format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// `NotImplementedError` naming an unsupported feature.
pub fn unsupported(feature: &str) -> Unwind {
    new_exc("NotImplementedError", &format!("Coroscope does not support {feature} yet"))
}

/// The exception data of an exception instance.
pub fn exc_data(v: &Value) -> Option<&Instance> {
    match v {
        Value::Instance(i) if i.exc.is_some() => Some(i),
        _ => None,
    }
}

/// True if `exc` is an instance of the builtin exception `name` (or a subclass).
pub fn is_exc(exc: &Value, name: &str) -> bool {
    match exc {
        Value::Instance(i) => i.class.is_subclass(&types().exc(name)),
        _ => false,
    }
}

impl Vm {
    /// Handles an exception raised in the top frame: jumps to the nearest
    /// handler, popping frames that have none. `Some(exit)` is never
    /// returned today; an exception leaving `base` comes back as `Err`.
    pub(super) fn unwind(&mut self, mut exc: Value, base: usize) -> PyResult<Option<Exit>> {
        let mut reraise = std::mem::take(&mut self.reraising);
        loop {
            if self.frames.len() <= base {
                return Err(Unwind::Raise(exc));
            }
            let frame = self.frames.last_mut().expect("frame");
            if !reraise {
                if let Some(inst) = exc_data(&exc) {
                    let entry = TbEntry { code: frame.code.clone(), line: frame.line(), keep: Vec::new() };
                    inst.exc.as_ref().expect("exc").borrow_mut().traceback.push(entry);
                }
            }
            reraise = false;
            if let Some(block) = frame.blocks.pop() {
                frame.stack.truncate(block.depth as usize);
                frame.push(exc);
                frame.ip = block.handler as usize;
                return Ok(None);
            }
            let mut frame = self.frames.pop().expect("frame");
            if let Some(inst) = exc_data(&exc) {
                if let Some(last) = inst.exc.as_ref().expect("exc").borrow_mut().traceback.last_mut() {
                    if Rc::ptr_eq(&last.code, &frame.code) {
                        last.keep = frame.take_locals();
                        last.keep.extend(frame.cells.iter().map(|c| Value::Cell(c.clone())));
                    }
                }
            }
            super::frame::hand_back(&mut frame, &mut self.frames);
            if let Some(gen) = &frame.owner {
                gen.status.set(crate::objects::generator::GenStatus::Closed);
                exc = convert_stop_iteration(gen.kind, exc);
            }
            if matches!(frame.mode, super::frame::ReturnMode::Boundary) || self.frames.len() <= base {
                return Err(Unwind::Raise(exc));
            }
        }
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    pub(super) fn raise_varargs(&mut self, n: u8) -> Unwind {
        let f = self.frames.last_mut().expect("frame");
        if n == 0 {
            let current = self.current_exception();
            if current.is_null() {
                return new_exc("RuntimeError", "No active exception to reraise");
            }
            self.reraising = true;
            return Unwind::Raise(current);
        }
        let cause = if n == 2 { Some(f.pop()) } else { None };
        let exc = f.pop();
        let exc = match self.make_exception(exc) {
            Ok(e) => e,
            Err(u) => return u,
        };
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => Value::None,
                c => match self.make_exception(c) {
                    Ok(c) => c,
                    Err(_) => return type_error("exception causes must derive from BaseException"),
                },
            };
            if let Some(inst) = exc_data(&exc) {
                let mut d = inst.exc.as_ref().expect("exc").borrow_mut();
                d.cause = Some(cause);
                d.suspend_context_marker();
            }
        }
        Unwind::Raise(exc)
    }

    /// Turns `raise X` operands into an instance: classes are called.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            Value::Class(c) if c.is_subclass(&types().exc("BaseException")) => {
                let inst = self.call(&v, vec![])?;
                Ok(inst)
            }
            _ => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    /// The exception being handled (innermost frame first), or `Null`.
    pub fn current_exception(&self) -> Value {
        for f in self.frames.iter().rev() {
            if !f.exc_info.is_null() && !f.exc_info.is_none() {
                return f.exc_info.clone();
            }
        }
        Value::Null
    }

    /// Sets `__context__` of a newly raised exception to the one being
    /// handled, as CPython's `_PyErr_SetObject` does (avoiding cycles).
    pub fn set_context(&self, exc: &Value) {
        let current = self.current_exception();
        if current.is_null() || current.is(exc) {
            return;
        }
        let Some(inst) = exc_data(exc) else { return };
        let mut d = inst.exc.as_ref().expect("exc").borrow_mut();
        if d.context.is_none() {
            // Break a cycle: walk current's context chain; if `exc` is in it, cut there.
            let mut o = current.clone();
            loop {
                let next = match exc_data(&o) {
                    Some(i) => i.exc.as_ref().expect("exc").borrow().context.clone(),
                    None => None,
                };
                match next {
                    Some(n) if n.is(exc) => {
                        if let Some(i) = exc_data(&o) {
                            i.exc.as_ref().expect("exc").borrow_mut().context = None;
                        }
                        break;
                    }
                    Some(n) => o = n,
                    None => break,
                }
            }
            d.context = Some(current);
        }
    }

    /// `except T:` matching (T a class or a tuple of classes).
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        match ty {
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Class(c) if c.is_subclass(&types().exc("BaseException")) => {
                let ec = self.type_of(exc);
                Ok(ec.is_subclass(c))
            }
            _ => Err(type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// A generator frame returned `v` to a `send()` caller: StopIteration(v).
    pub(super) fn generator_return_exception(&mut self, frame: &super::frame::Frame, v: Value) -> Unwind {
        match frame.owner.as_ref().map(|g| g.kind) {
            Some(GenKind::AsyncGenerator) => new_exc("StopAsyncIteration", ""),
            _ => stop_iteration(v),
        }
    }
}

impl crate::objects::ExcData {
    /// `raise ... from ...` sets `__suppress_context__`.
    pub fn suspend_context_marker(&mut self) {
        self.suppress_context = true;
    }
}

/// PEP 479: StopIteration escaping a generator becomes RuntimeError.
fn convert_stop_iteration(kind: GenKind, exc: Value) -> Value {
    let (bad, msg) = match kind {
        GenKind::Generator if is_exc(&exc, "StopIteration") => (true, "generator raised StopIteration"),
        GenKind::Coroutine if is_exc(&exc, "StopIteration") => (true, "coroutine raised StopIteration"),
        GenKind::AsyncGenerator if is_exc(&exc, "StopIteration") => (true, "async generator raised StopIteration"),
        GenKind::AsyncGenerator if is_exc(&exc, "StopAsyncIteration") => {
            (true, "async generator raised StopAsyncIteration")
        }
        _ => (false, ""),
    };
    if !bad {
        return exc;
    }
    let new = exc_instance(&types().exc("RuntimeError"), vec![Value::str(msg)]);
    if let Some(inst) = exc_data(&new) {
        let mut d = inst.exc.as_ref().expect("exc").borrow_mut();
        d.cause = Some(exc.clone());
        d.context = Some(exc);
        d.suppress_context = true;
    }
    new
}
