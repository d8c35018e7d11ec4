//! The standard-library modules Coroscope provides, one file each, and
//! the import machinery that finds them.

pub mod math;
pub mod sys;

use crate::objects::{Module, Value};
use crate::vm::exceptions::{new_exc, PyResult};
use crate::vm::Vm;
use std::rc::Rc;

/// Per-run state of standard-library modules.
pub struct State {
    /// The seed `random` starts with.
    pub seed: u64,
}

impl State {
    /// Fresh state for a run seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        Self { seed }
    }
}

/// Creates a module object with a name.
pub fn new_module(name: &str) -> Rc<Module> {
    let m = Rc::new(Module::new(name));
    m.dict.borrow_mut().insert("__name__".into(), Value::str(name));
    m
}

/// Builds the module called `name`, if Coroscope has it.
fn build(vm: &mut Vm, name: &str) -> Option<Rc<Module>> {
    Some(match name {
        "sys" => sys::module(vm),
        "math" => math::module(),
        _ => return None,
    })
}

impl Vm {
    /// `import name` (dotted names import each parent first).
    pub fn import(&mut self, name: &str, _line: u32) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        match build(self, name) {
            Some(m) => {
                let v = Value::Module(m);
                self.modules.insert(name.into(), v.clone());
                Ok(v)
            }
            None => Err(new_exc("ModuleNotFoundError", &format!("No module named '{name}'"))),
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
                Err(new_exc("ImportError", &format!("cannot import name '{name}' from '{mname}' (unknown location)")))
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
