//! Argument checking for Rust functions, with CPython's messages.

use crate::objects::function::Kwargs;
use crate::objects::Value;
use crate::vm::exceptions::type_error;
use crate::vm::{PyResult, Vm};

/// Checks the number of positional arguments.
#[inline]
pub fn count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(count_error(name, n, min, max))
}

/// The TypeError of [`count`], out of line: every call of a Rust
/// function checks its count, and only this rare branch formats (the
/// check inlined costs ~3 machine instructions instead of a ~23-instruction
/// call, callgrind).
#[cold]
#[inline(never)]
fn count_error(name: &str, n: usize, min: usize, max: usize) -> crate::vm::Unwind {
    type_error(if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    })
}

/// A method's arguments after `self`: checks the count like CPython's
/// method wrappers (`list.append() takes exactly one argument (0 given)`).
#[inline]
pub fn method_count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    Err(method_count_error(name, n, min, max))
}

/// The TypeError of [`method_count`], out of line (see [`count_error`]).
#[cold]
#[inline(never)]
fn method_count_error(name: &str, n: usize, min: usize, max: usize) -> crate::vm::Unwind {
    type_error(if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
        }
    } else if n < min {
        format!("{name}() takes at least {min} argument{} ({n} given)", if min == 1 { "" } else { "s" })
    } else {
        format!("{name}() takes at most {max} argument{} ({n} given)", if max == 1 { "" } else { "s" })
    })
}

/// A keyword argument by name.
pub fn kw(kwargs: &Kwargs, name: &str) -> Option<Value> {
    kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v.clone())
}

/// Rejects keyword arguments other than `allowed`.
pub fn only_kwargs(fname: &str, kwargs: &Kwargs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kwargs {
        if !allowed.contains(&&**k) {
            return Err(type_error(format!("{fname}() got an unexpected keyword argument '{k}'")));
        }
    }
    Ok(())
}

/// An int argument (bools count; `__index__` honoured).
pub fn int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(crate::vm::exceptions::ssize_overflow()),
        _ => {
            let cls = vm.type_of(v);
            if let Some(m) = cls.lookup("__index__") {
                let r = vm.call(&m, vec![v.clone()])?;
                return int(vm, &r);
            }
            Err(type_error(format!("'{}' object cannot be interpreted as an integer", cls.name)))
        }
    }
}

/// An int argument of any size, as `PyNumber_Index` gives it (bools
/// count; `__index__` honoured).
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    match v {
        Value::Int(i) => Ok((*i).into()),
        Value::Bool(b) => Ok((*b as i64).into()),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Instance(i) if matches!(&*i.base(), Value::Int(_) | Value::BigInt(_)) => {
            let base = i.base().clone();
            index_big(vm, &base)
        }
        _ => {
            let cls = vm.type_of(v);
            if let Some(m) = cls.lookup("__index__") {
                let r = vm.call(&m, vec![v.clone()])?;
                return match r {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => index_big(vm, &r),
                    _ => Err(type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
                };
            }
            Err(type_error(format!("'{}' object cannot be interpreted as an integer", cls.name)))
        }
    }
}

/// True when `v` is an int or has `__index__` (`_PyIndex_Check`).
pub fn has_index(vm: &mut Vm, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) || vm.type_of(v).lookup("__index__").is_some()
}

/// A str argument.
pub fn string<'v>(what: &str, v: &'v Value) -> PyResult<&'v str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(type_error(format!("{what} must be str, not {}", crate::vm::type_name_static(v)))),
    }
}
