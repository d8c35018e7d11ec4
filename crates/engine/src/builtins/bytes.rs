//! `bytes` methods and the codecs learners use (`utf-8`, `ascii`,
//! `latin-1`) with the `strict`/`replace`/`ignore` error handlers.

use super::args;
use super::def;
use crate::objects::function::Kwargs;
use crate::objects::{AttrMap, Value};
use crate::vm::exceptions::{exc_instance, type_error, value_error, PyResult, Unwind};
use crate::vm::Vm;
use std::rc::Rc;

/// Installs `bytes`'s methods.
pub fn install(d: &mut AttrMap) {
    let m: &[(&str, crate::objects::NativeFn)] = &[
        ("decode", decode), ("hex", hex), ("upper", upper), ("lower", lower), ("split", split),
        ("join", join), ("find", find), ("startswith", startswith), ("endswith", endswith),
        ("strip", strip), ("replace", replace), ("count", count),
    ];
    for (name, f) in m {
        def(d, name, *f, Some("bytes"));
    }
    let fromhex = crate::builtins::func("fromhex", fromhex);
    d.insert("fromhex".into(), Value::Native(Rc::new(crate::builtins::descriptors::ClassMethod(fromhex))));
}

fn this(v: &Value) -> PyResult<&[u8]> {
    match v {
        Value::Bytes(b) => Ok(b),
        _ => Err(type_error("descriptor requires a 'bytes' object")),
    }
}

fn bytes_arg<'a>(vm: &Vm, v: Option<&'a Value>) -> PyResult<&'a [u8]> {
    match v {
        Some(Value::Bytes(b)) => Ok(b),
        Some(other) => Err(type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(other)))),
        None => Err(type_error("missing argument")),
    }
}

fn normalize(encoding: &str) -> String {
    encoding.to_lowercase().replace(['_', ' '], "-")
}

/// `str.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Value> {
    let enc = normalize(encoding);
    let limit = match enc.as_str() {
        "utf-8" | "utf8" => return Ok(Value::Bytes(s.as_bytes().into())),
        "ascii" | "us-ascii" => 128u32,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => 256,
        _ => return Err(crate::vm::exceptions::new_exc("LookupError", &format!("unknown encoding: {encoding}"))),
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        match errors {
            "replace" => out.push(b'?'),
            "ignore" => {}
            _ => {
                let mut j = i;
                while j < chars.len() && chars[j] as u32 >= limit {
                    j += 1;
                }
                let codec = if limit == 128 { "ascii" } else { "latin-1" };
                let pos = if j - i == 1 { format!("position {i}") } else { format!("positions {}-{}", i, j - 1) };
                let what = if j - i == 1 { "character" } else { "characters" };
                let ch = if j - i == 1 { format!(" '{}'", crate::vm::repr::ascii_escape(&chars[i].to_string())) } else { String::new() };
                let msg = format!("'{codec}' codec can't encode {what}{ch} in {pos}: ordinal not in range({limit})");
                let _ = vm;
                return Err(unicode_error("UnicodeEncodeError", &msg));
            }
        }
        i += 1;
    }
    Ok(Value::Bytes(out.into()))
}

fn unicode_error(kind: &str, msg: &str) -> Unwind {
    Unwind::Raise(exc_instance(&crate::types::types().exc(kind), vec![Value::str(msg)]))
}

fn decode(_: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    let encoding = a.get(1).cloned().or_else(|| args::kw(k, "encoding")).and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_else(|| "utf-8".into());
    let errors = a.get(2).cloned().or_else(|| args::kw(k, "errors")).and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_else(|| "strict".into());
    match normalize(&encoding).as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => match errors.as_str() {
                "replace" => Ok(Value::str(String::from_utf8_lossy(b).into_owned())),
                "ignore" => Ok(Value::str(String::from_utf8_lossy(b).replace('\u{fffd}', ""))),
                _ => {
                    let start = e.valid_up_to();
                    let byte = b[start];
                    let reason = match e.error_len() {
                        None => "unexpected end of data",
                        Some(_) if (0x80..0xc2).contains(&byte) || byte > 0xf4 => "invalid start byte",
                        Some(_) => "invalid continuation byte",
                    };
                    let end = start + e.error_len().unwrap_or(b.len() - start);
                    let pos = if end - start <= 1 { format!("position {start}") } else { format!("position {start}-{}", end - 1) };
                    Err(unicode_error("UnicodeDecodeError", &format!("'utf-8' codec can't decode byte 0x{byte:02x} in {pos}: {reason}")))
                }
            },
        },
        "ascii" => {
            let mut s = String::new();
            for (i, &c) in b.iter().enumerate() {
                if c < 128 {
                    s.push(c as char);
                } else {
                    match errors.as_str() {
                        "replace" => s.push('\u{fffd}'),
                        "ignore" => {}
                        _ => return Err(unicode_error("UnicodeDecodeError", &format!("'ascii' codec can't decode byte 0x{c:02x} in position {i}: ordinal not in range(128)"))),
                    }
                }
            }
            Ok(Value::str(s))
        }
        "latin-1" | "latin1" | "iso-8859-1" => Ok(Value::str(b.iter().map(|&c| c as char).collect::<String>())),
        _ => Err(crate::vm::exceptions::new_exc("LookupError", &format!("unknown encoding: {encoding}"))),
    }
}

fn hex(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::str(this(&a[0])?.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

fn fromhex(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = a.get(1).and_then(|v| v.as_str()).ok_or_else(|| type_error("fromhex() argument must be str"))?;
    let digits: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::new();
    for (i, pair) in digits.chunks(2).enumerate() {
        let text: String = pair.iter().collect();
        match u8::from_str_radix(&text, 16) {
            Ok(v) if pair.len() == 2 => out.push(v),
            _ => return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i * 2))),
        }
    }
    Ok(Value::Bytes(out.into()))
}

fn upper(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bytes(this(&a[0])?.to_ascii_uppercase().into()))
}

fn lower(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bytes(this(&a[0])?.to_ascii_lowercase().into()))
}

fn split(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    let parts: Vec<Value> = match a.get(1) {
        Some(Value::Bytes(sep)) if !sep.is_empty() => {
            let mut out = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= b.len() {
                if &b[i..i + sep.len()] == &sep[..] {
                    out.push(Value::Bytes(b[start..i].into()));
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            out.push(Value::Bytes(b[start..].into()));
            out
        }
        _ => {
            let _ = vm;
            b.split(|c| c.is_ascii_whitespace()).filter(|p| !p.is_empty()).map(|p| Value::Bytes(p.into())).collect()
        }
    };
    Ok(Value::list(parts))
}

fn join(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let sep = this(&a[0])?.to_vec();
    let items = vm.collect(a.get(1).unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(bytes_arg(vm, Some(it))?);
    }
    Ok(Value::Bytes(out.into()))
}

fn find(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    let sub = bytes_arg(vm, a.get(1))?;
    let pos = if sub.is_empty() { Some(0) } else { b.windows(sub.len()).position(|w| w == sub) };
    Ok(Value::Int(pos.map_or(-1, |p| p as i64)))
}

fn count(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    let sub = bytes_arg(vm, a.get(1))?;
    if sub.is_empty() {
        return Ok(Value::Int(b.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while i + sub.len() <= b.len() {
        if &b[i..i + sub.len()] == sub {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

fn startswith(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    Ok(Value::Bool(b.starts_with(bytes_arg(vm, a.get(1))?)))
}

fn endswith(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    Ok(Value::Bool(b.ends_with(bytes_arg(vm, a.get(1))?)))
}

fn strip(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    let start = b.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !c.is_ascii_whitespace()).map_or(start, |e| e + 1);
    Ok(Value::Bytes(b[start..end].into()))
}

fn replace(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    let old = bytes_arg(vm, a.get(1))?;
    let new = bytes_arg(vm, a.get(2))?;
    if old.is_empty() {
        return Ok(a[0].clone());
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(old) {
            out.extend_from_slice(new);
            i += old.len();
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(Value::Bytes(out.into()))
}
