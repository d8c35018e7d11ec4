//! Methods of generators, coroutines and async generators, and the
//! awaitable objects `anext()`/`asend()`/`athrow()` return.

use super::def;
use crate::objects::function::Kwargs;
use crate::objects::native::NativeObject;
use crate::objects::{Class, Generator, Value};
use crate::types::Types;
use crate::vm::coroutine::Resume;
use crate::vm::exceptions::{type_error, PyResult};
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
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

/// An awaitable that resumes an async generator once (`anext`/`asend`/`athrow`).
pub struct AnextAwaitable {
    gen: Rc<Generator>,
    with: RefCell<Option<Resume>>,
}

thread_local! {
    static ANEXT_CLASS: Rc<Class> = {
        let t = crate::types::types();
        let c = crate::types::new_class("async_generator_asend", "builtins", &[t.object.clone()], crate::objects::TypeTag::Native, true);
        {
            let mut d = c.dict.borrow_mut();
            def(&mut d, "__await__", identity, Some("async_generator_asend"));
            def(&mut d, "__iter__", identity, Some("async_generator_asend"));
            def(&mut d, "__next__", anext_next, Some("async_generator_asend"));
            def(&mut d, "send", anext_send, Some("async_generator_asend"));
            def(&mut d, "throw", anext_throw, Some("async_generator_asend"));
            def(&mut d, "close", anext_close, Some("async_generator_asend"));
        }
        c
    };
}

impl NativeObject for AnextAwaitable {
    fn class(&self) -> Rc<Class> {
        ANEXT_CLASS.with(Rc::clone)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The awaitable `anext(agen)` returns.
pub fn anext_awaitable(gen: Rc<Generator>, with: Resume) -> Value {
    Value::Native(Rc::new(AnextAwaitable { gen, with: RefCell::new(Some(with)) }))
}

fn awaitable(v: &Value) -> PyResult<&AnextAwaitable> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<AnextAwaitable>().ok_or_else(|| type_error("expected an async generator awaitable")),
        _ => Err(type_error("expected an async generator awaitable")),
    }
}

/// One step of the awaitable: runs the async generator until it yields a
/// value of its own (→ StopIteration(value)) or passes up an await.
fn step(vm: &mut Vm, aw: &AnextAwaitable, with: Resume) -> PyResult<Value> {
    let first = aw.with.borrow_mut().take();
    let with = match (first, with) {
        (Some(Resume::Throw(e)), _) => Resume::Throw(e),
        (Some(_), w) => w,
        (None, w) => w,
    };
    match vm.gen_step(&aw.gen, with)? {
        crate::vm::coroutine::GenStep::Yield(v) => match unwrap_yield(&v) {
            Some(inner) => Err(crate::vm::exceptions::stop_iteration(inner)),
            None => Ok(v),
        },
        crate::vm::coroutine::GenStep::Return(_) => Err(crate::vm::exceptions::new_exc("StopAsyncIteration", "")),
    }
}

fn unwrap_yield(v: &Value) -> Option<Value> {
    match v {
        Value::Tuple(t) if t.len() == 3 && matches!((&t[0], &t[1]), (Value::Ellipsis, Value::Ellipsis)) => Some(t[2].clone()),
        _ => None,
    }
}

fn anext_next(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    step(vm, awaitable(&a[0])?, Resume::Send(Value::None))
}

fn anext_send(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    step(vm, awaitable(&a[0])?, Resume::Send(a.get(1).cloned().unwrap_or(Value::None)))
}

fn anext_throw(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let exc = throw_arg(vm, a)?;
    step(vm, awaitable(&a[0])?, Resume::Throw(exc))
}

fn anext_close(_: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn agen_anext(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(anext_awaitable(this(&a[0])?, Resume::Send(Value::None)))
}

fn agen_asend(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(anext_awaitable(this(&a[0])?, Resume::Send(a.get(1).cloned().unwrap_or(Value::None))))
}

fn agen_athrow(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let exc = throw_arg(vm, a)?;
    Ok(anext_awaitable(this(&a[0])?, Resume::Throw(exc)))
}

fn agen_aclose(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let exc = crate::vm::exceptions::exc_instance(&crate::types::types().exc("GeneratorExit"), vec![]);
    Ok(anext_awaitable(this(&a[0])?, Resume::Throw(exc)))
}
