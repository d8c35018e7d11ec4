//! `sys`: argv, stdout/stderr (`write`, `flush`), recursion limit, `exit`,
//! the async-generator hooks (in `asyncgen_hooks.rs`).

use crate::builtins::{def, func};
use crate::objects::function::Kwargs;
use crate::objects::native::NativeObject;
use crate::objects::{Class, Module, Value};
use crate::vm::exceptions::{type_error, PyResult};
use crate::vm::Vm;
use coroscope_trace::Stream;
use std::any::Any;
use std::rc::Rc;

/// `sys.stdout` / `sys.stderr`.
pub struct StdStream(pub Stream);

thread_local! {
    static STREAM_CLASS: Rc<Class> = {
        let t = crate::types::types();
        let c = crate::types::new_class("TextIOWrapper", "_io", &[t.object.clone()], crate::objects::TypeTag::Native, true);
        {
            let mut d = c.dict.borrow_mut();
            def(&mut d, "write", stream_write, Some("TextIOWrapper"));
            def(&mut d, "flush", stream_flush, Some("TextIOWrapper"));
            def(&mut d, "isatty", stream_flush, Some("TextIOWrapper"));
        }
        c
    };
}

impl NativeObject for StdStream {
    fn class(&self) -> Rc<Class> {
        STREAM_CLASS.with(Rc::clone)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn stream_of(v: &Value) -> Option<Stream> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<StdStream>().map(|s| s.0),
        _ => None,
    }
}

fn stream_write(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let stream = stream_of(&a[0]).unwrap_or(Stream::Stdout);
    match a.get(1) {
        Some(Value::Str(s)) => {
            vm.write(stream, s.as_str())?;
            Ok(Value::Int(s.char_len() as i64))
        }
        Some(other) => Err(type_error(format!("write() argument must be str, not {}", vm.type_name(other)))),
        None => Err(type_error("write() takes exactly one argument (0 given)")),
    }
}

fn stream_flush(_: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

/// `print(..., file=f)`: writes to our streams or calls `f.write`.
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    if let Some(s) = stream_of(file) {
        return vm.write(s, text);
    }
    let w = vm.getattr(file, "write")?;
    vm.call(&w, vec![Value::str(text)])?;
    Ok(())
}

fn getrecursionlimit(vm: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.limits.recursion as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let n = crate::builtins::args::int(vm, a.first().unwrap_or(&Value::Int(1000)))?;
    vm.limits.recursion = n.clamp(50, 20_000) as usize;
    Ok(Value::None)
}

fn exit(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    // `sys.exit(None)` raises SystemExit() with no args, as PyErr_SetObject does.
    let a: &[Value] = if matches!(a, [Value::None]) { &[] } else { a };
    Err(crate::vm::Unwind::Raise(crate::vm::exceptions::exc_instance(&crate::types::types().exc("SystemExit"), a.to_vec())))
}

fn exc_info(vm: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    let e = vm.current_exception();
    if e.is_null() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Class(vm.type_of(&e));
    Ok(Value::tuple(vec![t, e, Value::None]))
}

fn exception(vm: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    let e = vm.current_exception();
    Ok(if e.is_null() { Value::None } else { e })
}

/// Builds `sys`.
pub fn module(vm: &mut Vm) -> Rc<Module> {
    let m = super::new_module("sys");
    {
        let mut d = m.dict.borrow_mut();
        d.insert("stdout".into(), Value::Native(Rc::new(StdStream(Stream::Stdout))));
        d.insert("stderr".into(), Value::Native(Rc::new(StdStream(Stream::Stderr))));
        let (out, err) = (d["stdout"].clone(), d["stderr"].clone());
        d.insert("__stdout__".into(), out);
        d.insert("__stderr__".into(), err);
        d.insert("argv".into(), Value::list(vec![Value::str(vm.main_filename.as_ref())]));
        d.insert("version".into(), Value::str("3.11.7 (coroscope)"));
        d.insert("version_info".into(), Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)]));
        d.insert("platform".into(), Value::str("coroscope"));
        d.insert("maxsize".into(), Value::Int(i64::MAX));
        d.insert("byteorder".into(), Value::str("little"));
        d.insert("getrecursionlimit".into(), func("getrecursionlimit", getrecursionlimit));
        d.insert("setrecursionlimit".into(), func("setrecursionlimit", setrecursionlimit));
        d.insert("exit".into(), func("exit", exit));
        d.insert("exc_info".into(), func("exc_info", exc_info));
        d.insert("exception".into(), func("exception", exception));
        d.insert("set_asyncgen_hooks".into(), func("set_asyncgen_hooks", super::asyncgen_hooks::set_asyncgen_hooks));
        d.insert("get_asyncgen_hooks".into(), func("get_asyncgen_hooks", super::asyncgen_hooks::get_asyncgen_hooks));
        d.insert("modules".into(), Value::dict(Default::default()));
    }
    m
}
