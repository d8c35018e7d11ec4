//! Attributes that builtin objects expose without a namespace entry:
//! `__name__`, `__class__`, `__dict__`, `args`, `__cause__`, `real`, ...

use super::descriptors::Super;
use crate::objects::{Value};
use crate::vm::exceptions::{exc_data, type_error, PyResult};
use crate::vm::Vm;
use std::rc::Rc;

fn s(text: &str) -> Option<Value> {
    Some(Value::str(text))
}

/// The value of a special attribute, or `None` to continue normal lookup.
pub fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Class(vm.type_of(obj))));
    }
    Ok(match obj {
        Value::Class(c) => match name {
            "__name__" => s(&c.name),
            "__qualname__" => s(&c.qualname),
            "__module__" => s(&c.module),
            "__doc__" => Some(c.lookup("__doc__").unwrap_or(Value::None)),
            "__bases__" => Some(Value::tuple(c.bases.iter().map(|b| Value::Class(b.clone())).collect())),
            "__base__" => Some(c.bases.first().map(|b| Value::Class(b.clone())).unwrap_or(Value::None)),
            "__mro__" => Some(Value::tuple(c.mro_with_self().map(Value::Class).collect())),
            "__dict__" => Some(super::attrmap_to_dict(vm, &c.dict.borrow().clone())?),
            _ => None,
        },
        Value::Function(f) => match name {
            "__name__" => s(&f.name.borrow()),
            "__qualname__" => s(&f.qualname.borrow()),
            "__module__" => Some(f.globals.dict.borrow().get("__name__").cloned().unwrap_or(Value::None)),
            "__doc__" => Some(f.dict.borrow().get("__doc__").cloned().unwrap_or_else(|| doc_of(&f.code))),
            "__dict__" => Some(super::attrmap_to_dict(vm, &f.dict.borrow().clone())?),
            "__defaults__" => Some(if f.defaults.is_empty() { Value::None } else { Value::tuple(f.defaults.clone()) }),
            "__kwdefaults__" => Some(if f.kwdefaults.is_empty() { Value::None } else {
                let mut d = crate::objects::Dict::new();
                for (k, v) in &f.kwdefaults {
                    vm.dict_set(&mut d, Value::str(&**k), v.clone())?;
                }
                Value::dict(d)
            }),
            "__code__" => Some(Value::Code(f.code.clone())),
            "__globals__" => Some(super::attrmap_to_dict(vm, &f.globals.dict.borrow().clone())?),
            "__annotations__" => {
                let existing = f.dict.borrow().get("__annotations__").cloned();
                Some(match existing {
                    Some(a) => a,
                    None => {
                        let d = Value::dict(Default::default());
                        f.dict.borrow_mut().insert("__annotations__".into(), d.clone());
                        d
                    }
                })
            }
            "__closure__" => Some(if f.closure.is_empty() { Value::None } else { Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect()) }),
            other => f.dict.borrow().get(other).cloned(),
        },
        Value::Code(c) => match name {
            "co_name" => s(&c.name),
            "co_qualname" => s(&c.qualname),
            "co_filename" => s(&c.filename),
            "co_firstlineno" => Some(Value::Int(c.first_line as i64)),
            "co_argcount" => Some(Value::Int(c.argcount as i64)),
            "co_flags" => Some(Value::Int(match c.kind {
                crate::bytecode::code::CodeKind::Generator => 0x23,
                crate::bytecode::code::CodeKind::Coroutine => 0x83,
                crate::bytecode::code::CodeKind::AsyncGenerator => 0x203,
                _ => 0x3,
            } | if c.varargs { 0x04 } else { 0 } | if c.varkw { 0x08 } else { 0 })),
            "co_kwonlyargcount" => Some(Value::Int(c.kwonly as i64)),
            "co_posonlyargcount" => Some(Value::Int(c.posonly as i64)),
            "co_freevars" => Some(Value::tuple(c.freevars.iter().map(|v| Value::str(&**v)).collect())),
            "co_cellvars" => Some(Value::tuple(c.cellvars.iter().map(|v| Value::str(&**v)).collect())),
            "co_varnames" => Some(Value::tuple(c.varnames.iter().map(|v| Value::str(&**v)).collect())),
            _ => None,
        },
        Value::BoundMethod(b) => match name {
            "__self__" => Some(b.receiver.clone()),
            "__func__" => Some(b.func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__wrapped__" => vm.getattr_opt(&b.func, name)?,
            _ => vm.getattr_opt(&b.func, name)?,
        },
        Value::Builtin(b) => match name {
            "__name__" => s(&b.name),
            // A method's is its type's: `list.pop`, `dict.get`.
            "__qualname__" => match &b.owner {
                Some(owner) => s(&format!("{owner}.{}", b.name)),
                None => s(&b.name),
            },
            "__self__" => Some(b.receiver.clone().unwrap_or(Value::None)),
            "__doc__" => Some(Value::None),
            "__module__" => s("builtins"),
            _ => None,
        },
        Value::Module(m) => match name {
            "__dict__" => Some(super::attrmap_to_dict(vm, &m.dict.borrow().clone())?),
            _ => None,
        },
        Value::Generator(g) => match name {
            "__name__" => s(g.name()),
            "__qualname__" => s(g.qualname()),
            "gi_running" | "cr_running" | "ag_running" => {
                Some(Value::Bool(g.status.get() == crate::objects::generator::GenStatus::Running))
            }
            "gi_frame" | "cr_frame" | "ag_frame" => Some(if g.status.get() == crate::objects::generator::GenStatus::Closed { Value::None } else { Value::str("<frame>") }),
            "cr_await" | "gi_yieldfrom" => Some(Value::None),
            _ => None,
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match name {
            "real" | "numerator" => Some(match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                o => o.clone(),
            }),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Value::Slice(sl) => match name {
            "start" => Some(sl[0].clone()),
            "stop" => Some(sl[1].clone()),
            "step" => Some(sl[2].clone()),
            _ => None,
        },
        Value::Range(r) => {
            let [start, stop, step] = r.bound_values();
            match name {
                "start" => Some(start),
                "stop" => Some(stop),
                "step" => Some(step),
                _ => None,
            }
        }
        Value::Instance(inst) => {
            if name == "__dict__" {
                // The namespace itself, shared from now on (see
                // `InstanceDict::share`): stores through it change `obj`.
                return Ok(Some(Value::Dict(inst.attrs.borrow_mut().share())));
            }
            if exc_data(obj).is_some() {
                return Ok(super::exc::exc_attr(vm, inst, name));
            }
            None
        }
        Value::Native(n) => {
            if let Some(sup) = n.as_any().downcast_ref::<Super>() {
                return super::descriptors::super_getattr(vm, sup, name);
            }
            crate::stdlib::native_attr(vm, obj, name)?
        }
        _ => None,
    })
}

fn doc_of(code: &crate::bytecode::code::Code) -> Value {
    let _ = code;
    Value::None
}

/// `obj.__dict__ = d`: the instance's namespace becomes the dict `d`
/// itself (shared, as `obj.__dict__` would return it); anything else is a
/// TypeError, as in CPython. The old namespace drops once released.
fn replace_namespace(vm: &mut Vm, inst: &crate::objects::Instance, value: &Value) -> PyResult<()> {
    let Value::Dict(d) = value else {
        return Err(crate::vm::exceptions::type_error(format!("__dict__ must be set to a dictionary, not a '{}'", vm.type_name(value))));
    };
    let old = std::mem::replace(&mut *inst.attrs.borrow_mut(), crate::objects::InstanceDict::Shared(d.clone()));
    drop(old);
    Ok(())
}

/// Handles assignments to special attributes. `Some(result)` when handled.
pub fn setattr_hook(vm: &mut Vm, obj: &Value, name: &str, value: &Value) -> PyResult<Option<PyResult<()>>> {
    if let Value::Instance(inst) = obj {
        if name == "__dict__" {
            return Ok(Some(replace_namespace(vm, inst, value)));
        }
        if let Some(e) = &inst.exc {
            let mut d = e.borrow_mut();
            match name {
                "__cause__" => {
                    d.cause = if value.is_none() { Some(Value::None) } else { Some(value.clone()) };
                    d.suppress_context = true;
                    return Ok(Some(Ok(())));
                }
                "__context__" => {
                    d.context = if value.is_none() { None } else { Some(value.clone()) };
                    return Ok(Some(Ok(())));
                }
                "__suppress_context__" => {
                    d.suppress_context = matches!(value, Value::Bool(true));
                    return Ok(Some(Ok(())));
                }
                "args" => {
                    drop(d);
                    let items = vm.collect(value)?;
                    inst.exc.as_ref().expect("exc").borrow_mut().args = items;
                    return Ok(Some(Ok(())));
                }
                _ => {}
            }
        }
        if name == "__class__" {
            return Ok(Some(Err(type_error("__class__ assignment is not supported"))));
        }
        return Ok(None);
    }
    if let Value::Native(_) = obj {
        return crate::stdlib::native_setattr(vm, obj, name, value);
    }
    let _ = Rc::new(0);
    Ok(None)
}
