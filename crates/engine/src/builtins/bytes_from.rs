//! What turns a Python object into the bytes of a `bytes` or `bytearray`:
//! the constructors' argument rules (`bytes(x, encoding, errors)`, in
//! CPython's order of checks: `bytes_new_impl`, `bytearray___init___impl`)
//! and the byte-value conversion every mutating method shares
//! (`_getbytevalue`).

use super::args;
use super::bytes::bytes_like;
use crate::objects::function::Kwargs;
use crate::objects::Value;
use crate::vm::exceptions::{type_error, value_error, PyResult};
use crate::vm::Vm;

/// An int that must be a byte (`_getbytevalue`): `__index__` honoured,
/// anything out of range (however big) is the ValueError.
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    u8::try_from(int_or_minus_one(vm, v)?).map_err(|_| value_error("byte must be in range(0, 256)"))
}

/// An int argument as `i64`, or -1 for one too big to matter (every
/// caller then reports it out of byte range).
fn int_or_minus_one(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::Int(i) => *i,
        v => args::index_big(vm, v)?.try_into().unwrap_or(-1),
    })
}

/// The bytes `bytes(x, ...)` or `bytearray(x, ...)` (`kind`) builds, in
/// CPython's order of checks (`bytes_new_impl`, `bytearray___init___impl`).
pub fn from_source(vm: &mut Vm, a: &[Value], k: &Kwargs, kind: &str) -> PyResult<Vec<u8>> {
    if a.len() > 3 {
        return Err(type_error(format!("{kind}() takes at most 3 arguments ({} given)", a.len())));
    }
    let encoding = a.get(1).cloned().or_else(|| args::kw(k, "encoding"));
    let errors = a.get(2).cloned().or_else(|| args::kw(k, "errors"));
    let Some(x) = a.first().cloned().or_else(|| args::kw(k, "source")) else {
        return match (encoding, errors) {
            (Some(_), _) => Err(type_error("encoding without a string argument")),
            (None, Some(_)) => Err(type_error("errors without a string argument")),
            (None, None) => Ok(Vec::new()),
        };
    };
    if let Some(enc) = &encoding {
        let Value::Str(s) = &x else { return Err(type_error("encoding without a string argument")) };
        let enc = args::string(&format!("{kind}() argument 'encoding'"), enc)?;
        let errors = match &errors {
            Some(e) => args::string(&format!("{kind}() argument 'errors'"), e)?,
            None => "strict",
        };
        return super::codecs::encode(s.as_str(), enc, errors);
    }
    if errors.is_some() {
        return Err(type_error(if matches!(x, Value::Str(_)) { "string argument without an encoding" } else { "errors without a string argument" }));
    }
    if let Value::Str(_) = x {
        return Err(type_error("string argument without an encoding"));
    }
    if let Some(b) = bytes_like(&x) {
        return Ok(b.into_owned());
    }
    if args::has_index(vm, &x) {
        let n = match args::index_big(vm, &x)? {
            n if n.sign() == num_bigint::Sign::Minus => return Err(value_error("negative count")),
            // A `Py_ssize_t`: signed 64 bits, whatever this machine's `usize`.
            n => i64::try_from(n).map_err(|_| crate::vm::exceptions::overflow_error("cannot fit 'int' into an index-sized integer"))?,
        };
        // Past a 32-bit `usize` (wasm) it cannot be allocated: MemoryError.
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        crate::vm::memory::reserve(n)?;
        return Ok(vec![0; n]);
    }
    let it = vm.get_iter(&x).map_err(|_| type_error(format!("cannot convert '{}' object to {kind}", vm.type_name(&x))))?;
    from_iterator(vm, &it, kind)
}

/// The byte values an iterator yields (`bytes` and `bytearray` word the
/// range error differently).
pub fn from_iterator(vm: &mut Vm, it: &Value, kind: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    while let Some(item) = vm.next(it)? {
        match u8::try_from(int_or_minus_one(vm, &item)?) {
            Ok(c) => out.push(c),
            Err(_) if kind == "bytes" => return Err(value_error("bytes must be in range(0, 256)")),
            Err(_) => return Err(value_error("byte must be in range(0, 256)")),
        }
    }
    Ok(out)
}
