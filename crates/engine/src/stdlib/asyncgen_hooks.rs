//! The async-generator hooks (PEP 525): `sys.set_asyncgen_hooks` /
//! `sys.get_asyncgen_hooks`, the call of `firstiter` when an async
//! generator is first iterated (CPython's `async_gen_init_hooks`), and the
//! weak set an event loop keeps its async generators in
//! (`BaseEventLoop._asyncgens`, a `weakref.WeakSet` in CPython).
//!
//! The hooks are per thread, as in CPython: `asyncio.run` installs its
//! loop's hooks for the time `run_forever` runs, on the thread running it.
//! The `finalizer` recorded in a generator is called when the generator is
//! dropped unfinished (`objects/generator.rs` → `vm/finalize.rs`).

use crate::builtins::def;
use crate::objects::function::Kwargs;
use crate::objects::native::NativeObject;
use crate::objects::{Class, GenKind, Generator, Value};
use crate::vm::exceptions::{type_error, PyResult};
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// The running thread's (firstiter, finalizer), `None` where unset.
fn current(vm: &Vm) -> (Value, Value) {
    let id = vm.exec.threads.current;
    vm.stdlib.asyncgen_hooks.get(&id).cloned().unwrap_or((Value::None, Value::None))
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::BoundMethod(_) | Value::Builtin(_) | Value::Class(_) => true,
        other => vm.type_of(other).lookup("__call__").is_some(),
    }
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an argument
/// left out keeps that hook as it was.
pub fn set_asyncgen_hooks(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(type_error(format!("set_asyncgen_hooks() takes at most 2 arguments ({} given)", a.len())));
    }
    let (mut firstiter, mut finalizer) = current(vm);
    let mut given: [Option<Value>; 2] = [a.first().cloned(), a.get(1).cloned()];
    for (name, v) in k {
        match &**name {
            "firstiter" => given[0] = Some(v.clone()),
            "finalizer" => given[1] = Some(v.clone()),
            other => return Err(type_error(format!("set_asyncgen_hooks() got an unexpected keyword argument '{other}'"))),
        }
    }
    // CPython checks the finalizer first (sys_set_asyncgen_hooks).
    for (i, name) in [(1, "finalizer"), (0, "firstiter")] {
        if let Some(v) = &given[i] {
            if !v.is_none() && !is_callable(vm, v) {
                let tn = vm.type_name(v);
                return Err(type_error(format!("callable {name} expected, got {tn}")));
            }
        }
    }
    if let Some(v) = given[0].take() {
        firstiter = v;
    }
    if let Some(v) = given[1].take() {
        finalizer = v;
    }
    let id = vm.exec.threads.current;
    if firstiter.is_none() && finalizer.is_none() {
        vm.stdlib.asyncgen_hooks.remove(&id);
    } else {
        vm.stdlib.asyncgen_hooks.insert(id, (firstiter, finalizer));
    }
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: `(firstiter, finalizer)` (CPython's is a
/// struct sequence with those two fields; ours is a plain tuple).
pub fn get_asyncgen_hooks(vm: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    let (firstiter, finalizer) = current(vm);
    Ok(Value::tuple(vec![firstiter, finalizer]))
}

/// `async_gen_init_hooks`: at the first `__anext__`/`asend`/`athrow`/
/// `aclose` of `gen`, records the thread's finalizer in it and calls
/// `firstiter(gen)`.
pub fn init_hooks(vm: &mut Vm, gen: &Rc<Generator>) -> PyResult<()> {
    if gen.kind != GenKind::AsyncGenerator || gen.hooks_inited.get() {
        return Ok(());
    }
    gen.hooks_inited.set(true);
    let (firstiter, finalizer) = current(vm);
    if !finalizer.is_none() {
        *gen.finalizer.borrow_mut() = Some(Box::new(finalizer));
    }
    if !firstiter.is_none() {
        vm.call(&firstiter, vec![Value::Generator(gen.clone())])?;
    }
    Ok(())
}

/// A set holding async generators weakly, in insertion order (CPython's
/// WeakSet iterates by address; nothing observable depends on the order).
pub struct AsyncGenSet {
    items: RefCell<Vec<Weak<Generator>>>,
}

thread_local! {
    static SET_CLASS: Rc<Class> = {
        let t = crate::types::types();
        let c = crate::types::new_class("WeakSet", "_weakrefset", &[t.object.clone()], crate::objects::TypeTag::Native, true);
        {
            let mut d = c.dict.borrow_mut();
            def(&mut d, "add", set_add, Some("WeakSet"));
            def(&mut d, "discard", set_discard, Some("WeakSet"));
            def(&mut d, "clear", set_clear, Some("WeakSet"));
            def(&mut d, "__len__", set_len, Some("WeakSet"));
            def(&mut d, "__iter__", set_iter, Some("WeakSet"));
        }
        c
    };
}

impl NativeObject for AsyncGenSet {
    fn class(&self) -> Rc<Class> {
        SET_CLASS.with(Rc::clone)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl AsyncGenSet {
    fn live(&self) -> Vec<Rc<Generator>> {
        let mut items = self.items.borrow_mut();
        items.retain(|w| w.strong_count() > 0);
        items.iter().filter_map(Weak::upgrade).collect()
    }
}

/// `_exec.asyncgen_set()`: a new, empty weak set of async generators.
pub fn new_set(_: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Native(Rc::new(AsyncGenSet { items: RefCell::new(Vec::new()) })))
}

fn this(v: &Value) -> PyResult<&AsyncGenSet> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<AsyncGenSet>().ok_or_else(|| type_error("descriptor requires a WeakSet")),
        _ => Err(type_error("descriptor requires a WeakSet")),
    }
}

fn gen_arg(a: &[Value]) -> PyResult<Rc<Generator>> {
    match a.get(1) {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(type_error("cannot create weak reference to this object")),
    }
}

fn set_add(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    let g = gen_arg(a)?;
    if !s.live().iter().any(|x| Rc::ptr_eq(x, &g)) {
        s.items.borrow_mut().push(Rc::downgrade(&g));
    }
    Ok(Value::None)
}

fn set_discard(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    if let Some(Value::Generator(g)) = a.get(1) {
        let p = Rc::as_ptr(g);
        s.items.borrow_mut().retain(|w| w.strong_count() > 0 && w.as_ptr() != p);
    }
    Ok(Value::None)
}

fn set_clear(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    this(&a[0])?.items.borrow_mut().clear();
    Ok(Value::None)
}

fn set_len(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(this(&a[0])?.live().len() as i64))
}

fn set_iter(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let items = this(&a[0])?.live().into_iter().map(Value::Generator).collect();
    vm.get_iter(&Value::list(items))
}
