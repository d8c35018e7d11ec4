//! `Future.__await__`: the iterator (C's `FutureIter`).

use super::{is_str, F};
use crate::objects::Value;
use std::cell::RefCell;
use std::rc::Rc;
use crate::builtins::def;
use crate::objects::native::NativeObject;
use crate::objects::function::Kwargs;
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
    /// The future; None once the await is over, and for a bare yield.
    fut: RefCell<Option<Value>>,
    yielded: Cell<bool>,
    /// `sleep(0)`'s bare yield: yields None once, then returns None.
    bare: bool,
}

thread_local! {
    static FUTURE_ITER_CLASS: Rc<Class> = {
        let t = crate::types::types();
        let c = crate::types::new_class("FutureIter", "_asyncio", &[t.object.clone()], crate::objects::TypeTag::Native, true);
        {
            let mut d = c.dict.borrow_mut();
            def(&mut d, "__iter__", iter_self, Some("FutureIter"));
            def(&mut d, "__await__", iter_self, Some("FutureIter"));
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
    Ok(Value::Native(Rc::new(FutureIter { fut: RefCell::new(Some(fut)), yielded: Cell::new(false), bare: false })))
}

/// `yield_once()`: what `sleep(0)` awaits (`asyncio.tasks.__sleep0`, a bare
/// `yield` that gives the loop one turn), without a generator.
pub fn yield_once(_: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Native(Rc::new(FutureIter { fut: RefCell::new(None), yielded: Cell::new(false), bare: true })))
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
        if self.bare {
            return Ok(if self.yielded.replace(true) { GenStep::Return(Value::None) } else { GenStep::Yield(Value::None) });
        }
        let Some(fut) = self.fut.borrow().clone() else { return Ok(GenStep::Return(Value::None)) };
        let reg = vm.stdlib.aio.clone();
        let fast = reg.as_ref().and_then(|r| r.future(&fut).map(|i| (r, i)));
        let state = match fast {
            Some((r, i)) => r.get(i, F::State),
            None => vm.getattr(&fut, "_state")?,
        };
        if is_str(&state, "PENDING") {
            if !self.yielded.get() {
                self.yielded.set(true);
                match fast {
                    Some((r, i)) => r.set(i, F::Blocking, Value::Bool(true)),
                    None => vm.setattr(&fut, "_asyncio_future_blocking", Value::Bool(true))?,
                }
                return Ok(GenStep::Yield(fut));
            }
            return Err(new_exc("RuntimeError", "await wasn't used with future"));
        }
        *self.fut.borrow_mut() = None;
        if !is_str(&state, "FINISHED") {
            // Cancelled (or a subclass's own state): result() says what.
            let result = vm.getattr(&fut, "result")?;
            return Ok(GenStep::Return(vm.call(&result, vec![])?));
        }
        // Future.result() of a finished future.
        let (log, exc, result) = match fast {
            Some((r, i)) => (r.get(i, F::LogTraceback), r.get(i, F::Exception), r.get(i, F::Result)),
            None => (vm.getattr(&fut, "_log_traceback")?, vm.getattr(&fut, "_exception")?, vm.getattr(&fut, "_result")?),
        };
        if vm.truthy(&log)? {
            match fast {
                Some((r, i)) => r.set(i, F::LogTraceback, Value::Bool(false)),
                None => vm.setattr(&fut, "_log_traceback", Value::Bool(false))?,
            }
        }
        if !exc.is_none() {
            return Err(Unwind::Raise(exc));
        }
        Ok(GenStep::Return(result))
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

