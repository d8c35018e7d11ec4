//! `_coroscope`: private helpers for the stdlib modules written in Python,
//! standing in for what CPython's versions of them reach for:
//!
//! - `exec(source, namespace)` runs generated code in a namespace, as
//!   `dataclasses` and `namedtuple` build their `__init__`/`__new__` with
//!   `exec` so that a bad call gets the interpreter's own argument errors;
//! - `tb_mark(exc)` / `tb_reset(exc, mark)` save and restore how far an
//!   exception's traceback reached, as `contextlib` restores
//!   `exc.__traceback__` after throwing the exception into a generator;
//! - `fifo(list)` marks a list that stands in for a CPython `deque` (the
//!   stdlib's `deque`, the event loop's ready queue) to release its items
//!   first to last, as `deque_clear` does, where a list releases the last
//!   first.

use crate::builtins::{args, func};
use crate::objects::function::Kwargs;
use crate::objects::{Module, Value};
use crate::vm::exceptions::{exc_data, new_exc, type_error, PyResult};
use crate::vm::frame::Frame;
use crate::vm::Vm;
use std::rc::Rc;

/// `exec(source, namespace)`: the names the code binds are written back.
fn exec(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("exec", a, 2, 2)?;
    let source = args::string("exec() arg 1", &a[0])?.to_owned();
    let Value::Dict(ns) = &a[1] else { return Err(type_error("exec() globals must be a dict")) };
    let code = crate::compile::compile_module(&source, "<string>")
        .map_err(|e| new_exc("SystemError", &format!("generated code failed to compile: {e}")))?;
    let name = ns.borrow().iter().find(|(_, k, _)| k.as_str() == Some("__name__")).map(|(_, _, v)| v.clone());
    let module = Rc::new(Module::new(name.as_ref().and_then(Value::as_str).unwrap_or("<string>")));
    {
        let mut d = module.dict.borrow_mut();
        for (_, k, v) in ns.borrow().iter() {
            if let Value::Str(s) = k {
                d.insert(s.as_str().into(), v.clone());
            }
        }
        d.entry("__builtins__".into()).or_insert_with(|| Value::Module(vm.builtins.clone()));
    }
    let frame = Box::new(Frame::new(code, module.clone(), Vec::new(), Vec::new()));
    vm.run_nested(frame)?;
    let items: Vec<(Rc<str>, Value)> = module.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (k, v) in items {
        vm.dict_set_cell(ns, Value::str(&*k), v)?;
    }
    Ok(Value::None)
}

/// `tb_mark(exc)`: how many frames the traceback holds now.
fn tb_mark(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("tb_mark", a, 1, 1)?;
    let n = exc_data(&a[0]).and_then(|i| i.exc.as_ref()).map_or(0, |e| e.borrow().traceback.len());
    Ok(Value::Int(n as i64))
}

/// `tb_reset(exc, mark)`: forgets the frames added since `tb_mark`.
fn tb_reset(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("tb_reset", a, 2, 2)?;
    let n = args::int(vm, &a[1])?.max(0) as usize;
    if let Some(e) = exc_data(&a[0]).and_then(|i| i.exc.as_ref()) {
        e.borrow_mut().traceback.truncate(n);
    }
    Ok(Value::None)
}

/// `fifo(list)`: the list, marked to release its items first to last.
fn fifo(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("fifo", a, 1, 1)?;
    let Value::List(l) = &a[0] else { return Err(type_error("fifo() takes a list")) };
    l.borrow_mut().in_order = true;
    Ok(a[0].clone())
}

/// Builds `_coroscope`.
pub fn module() -> Rc<Module> {
    let m = super::new_module("_coroscope");
    {
        let mut d = m.dict.borrow_mut();
        d.insert("exec".into(), func("exec", exec));
        d.insert("tb_mark".into(), func("tb_mark", tb_mark));
        d.insert("tb_reset".into(), func("tb_reset", tb_reset));
        d.insert("fifo".into(), func("fifo", fifo));
    }
    m
}
