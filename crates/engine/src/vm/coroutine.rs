//! The generator / coroutine protocol: resuming a suspended frame with a
//! value or an exception (delegating `throw` through `yield from`/`await`
//! chains as CPython's `gen_throw` does), `Send`, `GetAwaitable`, async
//! iteration, and the methods `send`/`throw`/`close`.

use super::exceptions::{exc_instance, is_exc, new_exc, type_error, PyResult, Unwind};
use super::frame::ReturnMode;
use super::{Exit, Vm};
use crate::bytecode::op::Instr;
use crate::objects::generator::{GenKind, GenStatus};
use crate::objects::{Generator, Value};
use crate::types::types;
use std::rc::Rc;

/// What a generator is resumed with.
#[derive(Clone)]
pub enum Resume {
    /// `send(v)` / `next()` (v = None).
    Send(Value),
    /// `throw(exc)`.
    Throw(Value),
}

/// Outcome of running a generator to its next suspension from Rust.
pub enum GenStep {
    /// It yielded.
    Yield(Value),
    /// It returned.
    Return(Value),
}

/// Async generators wrap yielded values so `await` chains can tell them
/// apart from the values a coroutine yields to the event loop.
pub fn wrap_async_yield(v: Value) -> Value {
    Value::tuple(vec![Value::Ellipsis, Value::Ellipsis, v])
}

fn unwrap_async_yield(v: &Value) -> Option<Value> {
    match v {
        Value::Tuple(t) if t.len() == 3 && matches!((&t[0], &t[1]), (Value::Ellipsis, Value::Ellipsis)) => Some(t[2].clone()),
        _ => None,
    }
}

impl Vm {
    /// Moves `gen`'s frame onto the fiber so it runs next. With
    /// `Resume::Throw`, returns the exception to raise in it (the caller
    /// unwinds from the new top frame).
    pub fn resume_gen(&mut self, gen: &Rc<Generator>, with: Resume, mode: ReturnMode) -> PyResult<Option<Value>> {
        match gen.status.get() {
            GenStatus::Running => {
                let what = if gen.kind == GenKind::Generator { "generator" } else { "coroutine" };
                return Err(new_exc("ValueError", &format!("{what} already executing")));
            }
            GenStatus::Closed => {
                return Err(match (&with, gen.kind) {
                    (Resume::Throw(e), _) => Unwind::Raise(e.clone()),
                    (_, GenKind::Coroutine) => new_exc("RuntimeError", "cannot reuse already awaited coroutine"),
                    (_, GenKind::AsyncGenerator) => new_exc("StopAsyncIteration", ""),
                    _ => super::exceptions::stop_iteration(Value::None),
                });
            }
            GenStatus::Created => {
                if let Resume::Send(v) = &with {
                    if !v.is_none() {
                        let what = gen.kind.type_name().replace('_', " ");
                        let what = if gen.kind == GenKind::AsyncGenerator { "async generator".to_owned() } else { what };
                        return Err(type_error(format!("can't send non-None value to a just-started {what}")));
                    }
                }
            }
            GenStatus::Suspended => {}
        }
        let Some(mut frame) = gen.frame.borrow_mut().take() else {
            return Err(new_exc("RuntimeError", "generator has no frame"));
        };
        let was_created = gen.status.get() == GenStatus::Created;
        gen.status.set(GenStatus::Running);
        frame.mode = mode;
        frame.owner = Some(gen.clone());
        match with {
            Resume::Send(v) => {
                frame.push(v);
                self.push_frame(frame)?;
                Ok(None)
            }
            Resume::Throw(exc) => {
                let delegate = if was_created { None } else { delegating_receiver(&frame) };
                if let Some(recv) = delegate {
                    // gen_throw: throw into the sub-iterator first; the outer
                    // frame re-executes its YieldValue with whatever comes back.
                    frame.ip -= 1;
                    let exit = send_exit(&frame);
                    self.push_frame(frame)?;
                    return self.throw_into(&recv, exc, exit);
                }
                if was_created {
                    frame.ip = 0;
                }
                self.push_frame(frame)?;
                Err(Unwind::Raise(exc))
            }
        }
    }

    /// Throws into the receiver of a delegating frame (now on top of the fiber).
    fn throw_into(&mut self, recv: &Value, exc: Value, exit: u32) -> PyResult<Option<Value>> {
        match recv {
            Value::Generator(g) => self.resume_gen(g, Resume::Throw(exc), ReturnMode::Send { exit }),
            other => {
                // A plain iterator: call its `throw` if it has one.
                match self.getattr_opt(other, "throw")? {
                    Some(t) => {
                        let r = self.call(&t, vec![exc]);
                        match r {
                            Ok(v) => {
                                self.frame().push(v);
                                Ok(None)
                            }
                            Err(Unwind::Raise(e)) if is_exc(&e, "StopIteration") => {
                                let v = stop_value(&e);
                                let f = self.frame();
                                f.ip += 1; // past YieldValue: we are now at the Jump back to Send
                                f.pop();
                                f.push(v);
                                f.ip = exit as usize;
                                Ok(None)
                            }
                            Err(e) => Err(e),
                        }
                    }
                    None => Err(Unwind::Raise(exc)),
                }
            }
        }
    }

    /// `Send(exit)`: `[recv, v]` → resume `recv` with `v`.
    pub(super) fn send(&mut self, exit: u32) -> PyResult<Option<Exit>> {
        let f = self.frame();
        let v = f.pop();
        let recv = f.top().clone();
        match &recv {
            Value::Generator(g) if g.status.get() != GenStatus::Closed || g.kind == GenKind::Coroutine => {
                self.resume_gen(g, Resume::Send(v), ReturnMode::Send { exit })?;
                Ok(None)
            }
            Value::Iter(_) | Value::Generator(_) => {
                match self.next(&recv)? {
                    Some(x) => self.frame().push(x),
                    None => {
                        let f = self.frame();
                        f.pop();
                        f.push(Value::None);
                        f.ip = exit as usize;
                    }
                }
                Ok(None)
            }
            Value::Native(n) if v.is_none() && n.as_any().is::<crate::stdlib::aio::FutureIter>() => {
                // `await future`: the iterator steps without a method lookup
                // or a StopIteration to carry the result.
                let it = crate::stdlib::aio::as_future_iter(&recv).expect("checked");
                match it.step(self)? {
                    GenStep::Yield(x) => self.frame().push(x),
                    GenStep::Return(x) => {
                        let f = self.frame();
                        f.pop();
                        f.push(x);
                        f.ip = exit as usize;
                    }
                }
                Ok(None)
            }
            _ => {
                let name = if v.is_none() { "__next__" } else { "send" };
                let m = self.getattr(&recv, name)?;
                let args = if v.is_none() { vec![] } else { vec![v] };
                match self.call(&m, args) {
                    Ok(x) => self.frame().push(x),
                    Err(Unwind::Raise(e)) if is_exc(&e, "StopIteration") => {
                        let f = self.frame();
                        f.pop();
                        f.push(stop_value(&e));
                        f.ip = exit as usize;
                    }
                    Err(e) => return Err(e),
                }
                Ok(None)
            }
        }
    }

    /// `GetAwaitable`: the iterator `await x` drives.
    pub(super) fn get_awaitable(&mut self, v: Value, _where: u8) -> PyResult<Value> {
        match &v {
            Value::Generator(g) if g.kind == GenKind::Coroutine => {
                if g.status.get() == GenStatus::Closed {
                    return Err(new_exc("RuntimeError", "cannot reuse already awaited coroutine"));
                }
                Ok(v)
            }
            _ => {
                let cls = self.type_of(&v);
                match cls.lookup("__await__") {
                    Some(m) => {
                        let it = self.call(&m, vec![v.clone()])?;
                        if let Value::Generator(g) = &it {
                            if g.kind == GenKind::Coroutine {
                                return Err(type_error("__await__() returned a coroutine"));
                            }
                        }
                        if !self.is_iterator(&it) {
                            let tn = self.type_name(&it);
                            return Err(type_error(format!("__await__() returned non-iterator of type '{tn}'")));
                        }
                        Ok(it)
                    }
                    None => Err(type_error(format!("object {} can't be used in 'await' expression", cls.name))),
                }
            }
        }
    }

    /// `GetYieldFromIter`.
    pub(super) fn get_yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Generator(g) if g.kind == GenKind::Coroutine => {
                let in_coro = matches!(self.frame().code.kind, crate::bytecode::code::CodeKind::Coroutine);
                if !in_coro {
                    return Err(type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
                }
                Ok(v)
            }
            Value::Generator(_) => Ok(v),
            _ => self.get_iter(&v),
        }
    }

    /// `GetAiter`: `aiter(x)`.
    pub(super) fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Generator(g) = &v {
            if g.kind == GenKind::AsyncGenerator {
                return Ok(v);
            }
        }
        let cls = self.type_of(&v);
        match cls.lookup("__aiter__") {
            Some(m) => self.call(&m, vec![v]),
            None => Err(type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                cls.name
            ))),
        }
    }

    /// `GetAnext`: the awaitable of `anext(it)`.
    pub(super) fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = it {
            if g.kind == GenKind::AsyncGenerator {
                return crate::builtins::asyncgen::anext_awaitable(self, g.clone(), crate::builtins::asyncgen::AwaitKind::Send(Value::None));
            }
        }
        let cls = self.type_of(it);
        match cls.lookup("__anext__") {
            Some(m) => {
                let aw = self.call(&m, vec![it.clone()])?;
                self.get_awaitable(aw, 0)
            }
            None => Err(type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                cls.name
            ))),
        }
    }

    /// Runs `gen` from Rust until it yields or returns (nested).
    pub fn gen_step(&mut self, gen: &Rc<Generator>, with: Resume) -> PyResult<GenStep> {
        let base = self.frames.len();
        let pending = match self.resume_gen(gen, with, ReturnMode::Boundary) {
            Ok(_) => None,
            Err(Unwind::Raise(e)) if self.frames.len() > base => Some(e),
            Err(e) => return Err(e),
        };
        let mut budget = self.nested_budget();
        let r = match pending {
            Some(exc) => match self.unwind(exc, base) {
                Ok(_) => self.run(base, &mut budget),
                Err(e) => Err(e),
            },
            None => self.run(base, &mut budget),
        };
        match r {
            Ok(Exit::Yield(v)) => Ok(GenStep::Yield(v)),
            Ok(Exit::Return(v)) => Ok(GenStep::Return(v)),
            Ok(Exit::OutOfBudget) => {
                self.frames.truncate(base);
                Err(Unwind::Stop(super::exceptions::StopReason::InstructionLimit))
            }
            Ok(Exit::Blocked(_)) => Err(new_exc("RuntimeError", "generator ran out of budget")),
            Err(Unwind::Raise(e)) if is_exc(&e, "StopIteration") && self.frames.len() == base => {
                Ok(GenStep::Return(stop_value(&e)))
            }
            Err(e) => {
                self.frames.truncate(base);
                Err(e)
            }
        }
    }

    /// `gen.send(v)` / `next(gen)` / `gen.throw(e)` from Rust: the yielded
    /// value, or StopIteration(return value) raised.
    pub fn gen_send(&mut self, gen: &Rc<Generator>, with: Resume) -> PyResult<Value> {
        match self.gen_step(gen, with)? {
            GenStep::Yield(v) => {
                if gen.kind == GenKind::AsyncGenerator {
                    return Ok(unwrap_async_yield(&v).unwrap_or(v));
                }
                Ok(v)
            }
            GenStep::Return(v) => Err(match gen.kind {
                GenKind::AsyncGenerator => new_exc("StopAsyncIteration", ""),
                _ => super::exceptions::stop_iteration(v),
            }),
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, gen: &Rc<Generator>) -> PyResult<Value> {
        match gen.status.get() {
            GenStatus::Created => {
                gen.status.set(GenStatus::Closed);
                gen.frame.borrow_mut().take();
                return Ok(Value::None);
            }
            GenStatus::Closed => return Ok(Value::None),
            _ => {}
        }
        let exit = exc_instance(&types().exc("GeneratorExit"), vec![]);
        match self.gen_step(gen, Resume::Throw(exit)) {
            Ok(GenStep::Yield(_)) => {
                let what = match gen.kind {
                    GenKind::Generator => "generator ignored GeneratorExit",
                    GenKind::Coroutine => "coroutine ignored GeneratorExit",
                    GenKind::AsyncGenerator => "async generator ignored GeneratorExit",
                };
                Err(new_exc("RuntimeError", what))
            }
            Ok(GenStep::Return(_)) => Ok(Value::None),
            Err(Unwind::Raise(e)) if is_exc(&e, "GeneratorExit") || is_exc(&e, "StopIteration") => Ok(Value::None),
            Err(e) => Err(e),
        }
    }

    /// `gen.send(v)` called from Python: resumes in the same fiber
    /// (mode `Method`), so coroutines driven by hand need no nesting.
    pub fn gen_method_send(&mut self, gen: &Rc<Generator>, with: Resume) -> PyResult<Option<Value>> {
        if gen.kind == GenKind::AsyncGenerator {
            return self.gen_send(gen, with).map(Some);
        }
        self.resume_gen(gen, with, ReturnMode::Method).map(|_| None)
    }
}

/// The value carried by a StopIteration instance.
pub fn stop_value(e: &Value) -> Value {
    match super::exceptions::exc_data(e) {
        Some(inst) => inst.exc.as_ref().and_then(|d| d.borrow().args.first().cloned()).unwrap_or(Value::None),
        None => Value::None,
    }
}

/// The receiver a suspended frame is delegating to (`yield from`/`await`),
/// if it is suspended at the `YieldValue` that follows a `Send`.
fn delegating_receiver(frame: &super::frame::Frame) -> Option<Value> {
    let ip = frame.ip;
    if ip >= 2 && frame.code.instrs[ip - 1] == Instr::YieldValue && matches!(frame.code.instrs[ip - 2], Instr::Send(_)) {
        return frame.operand_top().cloned();
    }
    None
}

fn send_exit(frame: &super::frame::Frame) -> u32 {
    match frame.code.instrs[frame.ip - 1] {
        Instr::Send(exit) => exit,
        _ => 0,
    }
}
