//! The standard-library modules Coroscope provides, one file each, and
//! the import machinery that finds them.
//!
//! Modules are written in Rust (`sys`, `math`, `random`, and the private
//! helpers `_coroscope`) or, as CPython writes much of its stdlib, in
//! Python under `stdlib/py/` (`collections`, `functools`, `itertools`,
//! `dataclasses`, `datetime`, ...), compiled by our own compiler on first
//! import under the file name `<coroscope NAME>`. Tracebacks hide frames of
//! those files, as frames of CPython's C-implemented equivalents never show.

pub mod aio;
pub mod asyncgen_hooks;
pub mod coroscope;
pub mod exec;
pub mod gc;
pub mod math;
pub mod params;
pub mod random;
pub mod sys;

use crate::objects::{Module, Value};
use crate::vm::exceptions::{new_exc, PyResult};
use crate::vm::Vm;
use std::rc::Rc;

/// Per-run state of standard-library modules.
pub struct State {
    /// The seed `random` starts with.
    pub seed: u64,
    /// The generator behind `random`'s module functions.
    pub random: random::Rng,
    /// Per simulated thread (by index): `sys.set_asyncgen_hooks`'s
    /// (firstiter, finalizer).
    pub asyncgen_hooks: rustc_hash::FxHashMap<usize, (Value, Value)>,
    /// What `asyncio`'s accelerators recognise (see `aio::Registry`).
    pub aio: Option<Rc<aio::Registry>>,
}

impl State {
    /// Fresh state for a run seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        let rng = crate::algo::random::Random::new(&num_bigint::BigInt::from(seed));
        Self { seed, random: Rc::new(std::cell::RefCell::new(rng)), asyncgen_hooks: Default::default(), aio: None }
    }
}

/// Creates a module object with a name.
pub fn new_module(name: &str) -> Rc<Module> {
    let m = Rc::new(Module::new(name));
    m.dict.borrow_mut().insert("__name__".into(), Value::str(name));
    m
}

/// Modules written in Python (compiled by our own compiler on first
/// import), as CPython writes much of its standard library in Python.
const PY_MODULES: &[(&str, &str)] = &[
    ("abc", include_str!("stdlib/py/abc.py")),
    ("asyncio", include_str!("stdlib/py/asyncio.py")),
    ("bisect", include_str!("stdlib/py/bisect.py")),
    ("collections", include_str!("stdlib/py/collections.py")),
    ("collections.abc", include_str!("stdlib/py/collections_abc.py")),
    ("concurrent.futures", include_str!("stdlib/py/concurrent_futures.py")),
    ("contextlib", include_str!("stdlib/py/contextlib.py")),
    ("copy", include_str!("stdlib/py/copy.py")),
    ("dataclasses", include_str!("stdlib/py/dataclasses.py")),
    ("datetime", include_str!("stdlib/py/datetime.py")),
    ("enum", include_str!("stdlib/py/enum.py")),
    ("functools", include_str!("stdlib/py/functools.py")),
    ("heapq", include_str!("stdlib/py/heapq.py")),
    ("inspect", include_str!("stdlib/py/inspect.py")),
    ("itertools", include_str!("stdlib/py/itertools.py")),
    ("json", include_str!("stdlib/py/json.py")),
    ("operator", include_str!("stdlib/py/operator.py")),
    ("queue", include_str!("stdlib/py/queue.py")),
    ("statistics", include_str!("stdlib/py/statistics.py")),
    ("string", include_str!("stdlib/py/string.py")),
    ("textwrap", include_str!("stdlib/py/textwrap.py")),
    ("threading", include_str!("stdlib/py/threading.py")),
    ("time", include_str!("stdlib/py/time.py")),
    ("types", include_str!("stdlib/py/types.py")),
    ("typing", include_str!("stdlib/py/typing.py")),
];

/// Builds the module called `name`, if Coroscope has it.
fn build(vm: &mut Vm, name: &str) -> PyResult<Option<Rc<Module>>> {
    Ok(Some(match name {
        "sys" => sys::module(vm),
        "builtins" => vm.builtins.clone(),
        "math" => math::module(),
        "random" => random::module(),
        "gc" => gc::module(),
        "_coroscope" => coroscope::module(),
        "_exec" => exec::module(),
        "concurrent" => new_module("concurrent"),
        _ => match PY_MODULES.iter().find(|(n, _)| *n == name) {
            Some((_, source)) => return load_python(vm, name, source).map(Some),
            None => return Ok(None),
        },
    }))
}

/// Compiles and runs a Python-source module in a fresh namespace.
fn load_python(vm: &mut Vm, name: &str, source: &str) -> PyResult<Rc<Module>> {
    let filename = format!("<coroscope {name}>");
    let code = crate::compile::compile_module(source, &filename)
        .map_err(|e| new_exc("SystemError", &format!("stdlib module {name} failed to compile: {e}")))?;
    let m = new_module(name);
    m.dict.borrow_mut().insert("__builtins__".into(), Value::Module(vm.builtins.clone()));
    vm.sources.insert(filename.as_str().into(), source.into());
    // Registered before running, so modules that import each other work.
    vm.modules.insert(name.into(), Value::Module(m.clone()));
    let frame = Box::new(crate::vm::frame::Frame::new(code, m.clone(), Vec::new(), Vec::new()));
    if let Err(e) = vm.run_nested(frame) {
        vm.modules.remove(name);
        return Err(e);
    }
    Ok(m)
}

/// An `ImportError` (or subclass) with its `name` attribute set.
fn import_error(class: &str, msg: String, name: &str) -> crate::vm::Unwind {
    let e = new_exc(class, &msg);
    if let crate::vm::Unwind::Raise(Value::Instance(inst)) = &e {
        inst.attrs.borrow_mut().insert("name", Value::str(name));
    }
    e
}

impl Vm {
    /// `import name` (dotted names import each parent first).
    pub fn import(&mut self, name: &str, line: u32) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        // `a.b`: `a` first; `a.b` then becomes attribute `b` of `a`.
        let parent = match name.rsplit_once('.') {
            Some((p, child)) => Some((self.import(p, line)?, child)),
            None => None,
        };
        match build(self, name)? {
            Some(m) => {
                let v = Value::Module(m);
                self.modules.insert(name.into(), v.clone());
                if let Some((Value::Module(p), child)) = parent {
                    p.dict.borrow_mut().insert(child.into(), v.clone());
                }
                Ok(v)
            }
            None => Err(import_error("ModuleNotFoundError", format!("No module named '{name}'"), name)),
        }
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        match self.getattr_opt(module, name)? {
            Some(v) => Ok(v),
            None => {
                let mname = match module {
                    Value::Module(m) => m.name.to_string(),
                    _ => "?".into(),
                };
                Err(import_error("ImportError", format!("cannot import name '{name}' from '{mname}' (unknown location)"), &mname))
            }
        }
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: &Value) -> PyResult<()> {
        let Value::Module(m) = module else { return Ok(()) };
        let items: Vec<(Rc<str>, Value)> = m.dict.borrow().iter().filter(|(k, _)| !k.starts_with('_')).map(|(k, v)| (k.clone(), v.clone())).collect();
        let target = self.frames.last().map(|f| f.globals.clone()).unwrap_or_else(|| self.main.clone());
        let mut d = target.dict.borrow_mut();
        for (k, v) in items {
            d.insert(k, v);
        }
        Ok(())
    }
}

/// Attributes of stdlib native objects (deque.maxlen, Task names, ...).
pub fn native_attr(_vm: &mut Vm, _obj: &Value, _name: &str) -> PyResult<Option<Value>> {
    Ok(None)
}

/// Attribute assignment on stdlib native objects.
pub fn native_setattr(_vm: &mut Vm, _obj: &Value, _name: &str, _value: &Value) -> PyResult<Option<PyResult<()>>> {
    Ok(None)
}

/// Iteration over stdlib native objects.
pub fn native_iter(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if let Value::Native(n) = v {
        if let Some(view) = n.as_any().downcast_ref::<crate::builtins::dict::DictView>() {
            return Ok(Some(crate::builtins::dict::view_iterator(view)));
        }
    }
    let _ = vm;
    Ok(None)
}
