//! Methods of generators, coroutines and async generators, and the
//! awaitable objects `anext()`/`asend()`/`athrow()` return.

use super::def;
use crate::objects::function::Kwargs;
use crate::objects::native::NativeObject;
use crate::objects::{Class, Generator, Value};
use crate::types::Types;
use crate::objects::generator::GenStatus;
use crate::vm::coroutine::{GenStep, Resume};
use crate::vm::exceptions::{exc_instance, is_exc, new_exc, stop_iteration, type_error, PyResult, Unwind};
use crate::vm::Vm;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

/// Installs generator/coroutine/async-generator methods.
pub fn install_generator_methods(t: &Types) {
    for (cls, owner) in [(&t.generator, "generator"), (&t.coroutine, "coroutine")] {
        let mut d = cls.dict.borrow_mut();
        def(&mut d, "send", gen_send, Some(owner));
        def(&mut d, "throw", gen_throw, Some(owner));
        def(&mut d, "close", gen_close, Some(owner));
    }
    let mut d = t.generator.dict.borrow_mut();
    def(&mut d, "__next__", gen_next, Some("generator"));
    def(&mut d, "__iter__", identity, Some("generator"));
    drop(d);
    let mut d = t.coroutine.dict.borrow_mut();
    def(&mut d, "__await__", identity, Some("coroutine"));
    drop(d);
    let mut d = t.async_generator.dict.borrow_mut();
    def(&mut d, "__aiter__", identity, Some("async_generator"));
    def(&mut d, "__anext__", agen_anext, Some("async_generator"));
    def(&mut d, "asend", agen_asend, Some("async_generator"));
    def(&mut d, "athrow", agen_athrow, Some("async_generator"));
    def(&mut d, "aclose", agen_aclose, Some("async_generator"));
}

fn this(v: &Value) -> PyResult<Rc<Generator>> {
    match v {
        Value::Generator(g) => Ok(g.clone()),
        _ => Err(type_error("descriptor requires a generator")),
    }
}

fn identity(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn gen_send(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let g = this(&a[0])?;
    let v = a.get(1).cloned().unwrap_or(Value::None);
    vm.gen_send(&g, Resume::Send(v))
}

fn gen_next(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let g = this(&a[0])?;
    vm.gen_send(&g, Resume::Send(Value::None))
}

/// The exception `throw(typ[, val])` raises.
pub fn throw_arg(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let Some(t) = a.get(1) else { return Err(type_error("throw expected at least 1 argument, got 0")) };
    match (t, a.get(2)) {
        (Value::Class(_), Some(v)) if !v.is_none() => {
            let cls = t.clone();
            match vm.make_exception(v.clone()) {
                Ok(e) => Ok(e),
                Err(_) => vm.call(&cls, vec![v.clone()]),
            }
        }
        _ => vm.make_exception(t.clone()).map_err(|_| type_error("exceptions must be classes or instances deriving from BaseException, not str")),
    }
}

fn gen_throw(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let g = this(&a[0])?;
    let exc = throw_arg(vm, a)?;
    vm.gen_send(&g, Resume::Throw(exc))
}

fn gen_close(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let g = this(&a[0])?;
    vm.gen_close(&g)
}

/// What an async generator's awaitable does to it (CPython's
/// `async_generator_asend` and `async_generator_athrow`).
pub enum AwaitKind {
    /// `__anext__()` / `asend(v)`: sends `v` on the first step.
    Send(Value),
    /// `athrow(exc)`: throws `exc` on the first step.
    Throw(Value),
    /// `aclose()`: throws GeneratorExit; the generator raising GeneratorExit
    /// or StopAsyncIteration is a clean close.
    Close,
}

/// `AWAITABLE_STATE_*`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Init,
    Iter,
    Closed,
}

/// An awaitable that resumes an async generator until it yields a value
/// of its own (`anext`/`asend`/`athrow`/`aclose`).
pub struct AnextAwaitable {
    gen: Rc<Generator>,
    kind: AwaitKind,
    state: Cell<State>,
    /// `anext(agen, default)`: what StopAsyncIteration turns into.
    default: Option<Value>,
}

fn awaitable_class(name: &'static str) -> Rc<Class> {
    let t = crate::types::types();
    let c = crate::types::new_class(name, "builtins", &[t.object.clone()], crate::objects::TypeTag::Native, true);
    {
        let mut d = c.dict.borrow_mut();
        def(&mut d, "__await__", identity, Some(name));
        def(&mut d, "__iter__", identity, Some(name));
        def(&mut d, "__next__", anext_next, Some(name));
        def(&mut d, "send", anext_send, Some(name));
        def(&mut d, "throw", anext_throw, Some(name));
        def(&mut d, "close", anext_close, Some(name));
    }
    c
}

thread_local! {
    static ASEND_CLASS: Rc<Class> = awaitable_class("async_generator_asend");
    static ATHROW_CLASS: Rc<Class> = awaitable_class("async_generator_athrow");
}

impl NativeObject for AnextAwaitable {
    fn class(&self) -> Rc<Class> {
        match self.kind {
            AwaitKind::Send(_) => ASEND_CLASS.with(Rc::clone),
            _ => ATHROW_CLASS.with(Rc::clone),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The awaitable `anext(agen)` / `agen.asend(v)` / `athrow` / `aclose`
/// returns; the first of these calls runs the thread's `firstiter` hook.
pub fn anext_awaitable(vm: &mut Vm, gen: Rc<Generator>, kind: AwaitKind) -> PyResult<Value> {
    crate::stdlib::asyncgen_hooks::init_hooks(vm, &gen)?;
    Ok(Value::Native(Rc::new(AnextAwaitable { gen, kind, state: Cell::new(State::Init), default: None })))
}

/// `anext(agen, default)`: as [`anext_awaitable`], but the end of the
/// generator gives `default` (CPython's `anext_awaitable` object).
pub fn anext_with_default(vm: &mut Vm, gen: Rc<Generator>, default: Value) -> PyResult<Value> {
    crate::stdlib::asyncgen_hooks::init_hooks(vm, &gen)?;
    let aw = AnextAwaitable { gen, kind: AwaitKind::Send(Value::None), state: Cell::new(State::Init), default: Some(default) };
    Ok(Value::Native(Rc::new(aw)))
}

fn awaitable(v: &Value) -> PyResult<&AnextAwaitable> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<AnextAwaitable>().ok_or_else(|| type_error("expected an async generator awaitable")),
        _ => Err(type_error("expected an async generator awaitable")),
    }
}

/// One step of the awaitable (`async_gen_asend_send` /
/// `async_gen_athrow_send` / `_throw`): runs the generator until it yields
/// a value of its own (→ StopIteration(value)) or passes up an await.
fn step(vm: &mut Vm, aw: &AnextAwaitable, with: Resume) -> PyResult<Value> {
    let gen = &aw.gen;
    let is_send = matches!(aw.kind, AwaitKind::Send(_));
    let with = match aw.state.get() {
        State::Closed => {
            let msg = if is_send { "cannot reuse already awaited __anext__()/asend()" } else { "cannot reuse already awaited aclose()/athrow()" };
            return Err(new_exc("RuntimeError", msg));
        }
        State::Iter => with,
        State::Init => {
            if gen.running_async.get() {
                let what = match aw.kind {
                    AwaitKind::Send(_) => "anext",
                    AwaitKind::Throw(_) => "athrow",
                    AwaitKind::Close => "aclose",
                };
                return Err(new_exc("RuntimeError", &format!("{what}(): asynchronous generator is already running")));
            }
            if !is_send && gen.status.get() == GenStatus::Closed {
                aw.state.set(State::Closed);
                return Err(stop_iteration(Value::None));
            }
            aw.state.set(State::Iter);
            gen.running_async.set(true);
            match (&aw.kind, with) {
                (_, Resume::Throw(e)) => Resume::Throw(e),
                (AwaitKind::Send(v), Resume::Send(s)) => Resume::Send(if s.is_none() { v.clone() } else { s }),
                (AwaitKind::Throw(e), Resume::Send(_)) => Resume::Throw(e.clone()),
                (AwaitKind::Close, Resume::Send(_)) => Resume::Throw(exc_instance(&crate::types::types().exc("GeneratorExit"), vec![])),
            }
        }
    };
    let outcome = vm.gen_step(gen, with);
    let finished = |aw: &AnextAwaitable| {
        aw.gen.running_async.set(false);
        aw.state.set(State::Closed);
    };
    match outcome {
        Ok(GenStep::Yield(v)) => match unwrap_yield(&v) {
            Some(inner) => {
                finished(aw);
                if matches!(aw.kind, AwaitKind::Close) {
                    return Err(new_exc("RuntimeError", "async generator ignored GeneratorExit"));
                }
                Err(stop_iteration(inner))
            }
            None => Ok(v),
        },
        Ok(GenStep::Return(_)) => {
            finished(aw);
            match aw.kind {
                AwaitKind::Close => Err(stop_iteration(Value::None)),
                _ => Err(new_exc("StopAsyncIteration", "")),
            }
        }
        Err(Unwind::Raise(e)) => {
            finished(aw);
            let clean = matches!(aw.kind, AwaitKind::Close) && (is_exc(&e, "GeneratorExit") || is_exc(&e, "StopAsyncIteration"));
            Err(if clean { stop_iteration(Value::None) } else { Unwind::Raise(e) })
        }
        Err(other) => Err(other),
    }
}

fn unwrap_yield(v: &Value) -> Option<Value> {
    match v {
        Value::Tuple(t) if t.len() == 3 && matches!((&t[0], &t[1]), (Value::Ellipsis, Value::Ellipsis)) => Some(t[2].clone()),
        _ => None,
    }
}

/// [`step`], with `anext`'s default standing in for the generator's end.
fn step_or_default(vm: &mut Vm, aw: &AnextAwaitable, with: Resume) -> PyResult<Value> {
    match (step(vm, aw, with), &aw.default) {
        (Err(Unwind::Raise(e)), Some(d)) if is_exc(&e, "StopAsyncIteration") => Err(stop_iteration(d.clone())),
        (r, _) => r,
    }
}

fn anext_next(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    step_or_default(vm, awaitable(&a[0])?, Resume::Send(Value::None))
}

fn anext_send(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    step_or_default(vm, awaitable(&a[0])?, Resume::Send(a.get(1).cloned().unwrap_or(Value::None)))
}

fn anext_throw(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let exc = throw_arg(vm, a)?;
    step_or_default(vm, awaitable(&a[0])?, Resume::Throw(exc))
}

fn anext_close(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let aw = awaitable(&a[0])?;
    if aw.state.get() == State::Iter {
        aw.gen.running_async.set(false);
    }
    aw.state.set(State::Closed);
    Ok(Value::None)
}

fn agen_anext(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    anext_awaitable(vm, this(&a[0])?, AwaitKind::Send(Value::None))
}

fn agen_asend(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    anext_awaitable(vm, this(&a[0])?, AwaitKind::Send(a.get(1).cloned().unwrap_or(Value::None)))
}

fn agen_athrow(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let exc = throw_arg(vm, a)?;
    anext_awaitable(vm, this(&a[0])?, AwaitKind::Throw(exc))
}

fn agen_aclose(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    anext_awaitable(vm, this(&a[0])?, AwaitKind::Close)
}
