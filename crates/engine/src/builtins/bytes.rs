//! The methods `bytes` and `bytearray` share, and `x in b` for both.
//!
//! As in CPython (`Objects/bytes_methods.c`), each method is written once
//! over a byte slice and gives back the receiver's type: `bytearray(b"a")
//! .upper()` is a bytearray. Any bytes-like argument is accepted where
//! CPython accepts a buffer. A bytearray's bytes are copied out before a
//! method runs, since a call back into Python could change it meanwhile.

use super::args;
use super::bytes_from::byte_value;
use super::def;
use crate::objects::function::Kwargs;
use crate::objects::{AttrMap, Value};
use crate::vm::exceptions::{type_error, value_error, PyResult};
use crate::vm::Vm;
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

/// Installs the shared methods on `bytes` or `bytearray` (`owner`).
pub fn install(d: &mut AttrMap, owner: &str) {
    let m: &[(&str, crate::objects::NativeFn)] = &[
        ("decode", decode), ("hex", hex), ("upper", upper), ("lower", lower), ("split", split),
        ("join", join), ("find", find), ("index", index), ("count", count), ("startswith", startswith),
        ("endswith", endswith), ("strip", strip), ("lstrip", lstrip), ("rstrip", rstrip), ("replace", replace),
        ("isalpha", isalpha), ("isdigit", isdigit), ("isalnum", isalnum), ("isspace", isspace),
        ("islower", islower), ("isupper", isupper),
    ];
    for (name, f) in m {
        def(d, name, *f, Some(owner));
    }
    let fromhex = crate::builtins::func("fromhex", fromhex);
    d.insert("fromhex".into(), Value::Native(Rc::new(crate::builtins::descriptors::ClassMethod(fromhex))));
}

/// The bytes of a bytes-like value: borrowed from `bytes`, copied from a
/// `bytearray`.
pub fn bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v {
        Value::Bytes(b) => Some(Cow::Borrowed(b)),
        Value::ByteArray(b) => Some(Cow::Owned(b.borrow().clone())),
        // An instance of a subclass, through the value it wraps.
        Value::Instance(i) => bytes_like(&i.base()).map(|b| Cow::Owned(b.into_owned())),
        _ => None,
    }
}

/// A value of the builtin type of `like` (bytes or bytearray, also for a
/// subclass instance, as CPython's methods return) holding `data`.
pub fn same_kind(like: &Value, data: Vec<u8>) -> Value {
    let is_bytearray = match like {
        Value::Instance(i) => matches!(*i.base(), Value::ByteArray(_)),
        v => matches!(v, Value::ByteArray(_)),
    };
    if is_bytearray {
        Value::ByteArray(Rc::new(RefCell::new(data)))
    } else {
        Value::Bytes(data.into())
    }
}

fn this(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    bytes_like(v).ok_or_else(|| type_error("descriptor requires a 'bytes' object"))
}

/// A bytes-like argument, or CPython's "a bytes-like object is required".
fn bytes_arg<'a>(vm: &Vm, v: Option<&'a Value>) -> PyResult<Cow<'a, [u8]>> {
    match v {
        Some(v) => bytes_like(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
        None => Err(type_error("missing argument")),
    }
}

/// What `find`/`count`/`index` look for: a byte value or a bytes-like.
fn needle<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<Cow<'a, [u8]>> {
    match v {
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => Ok(Cow::Owned(vec![byte_value(vm, v)?])),
        Some(v) => bytes_like(v).ok_or_else(|| {
            type_error(format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v)))
        }),
        None => Err(type_error("missing argument")),
    }
}

/// `x in b` for bytes and bytearray (`bytes_contains`).
pub fn contains(vm: &mut Vm, hay: &[u8], item: &Value) -> PyResult<bool> {
    if args::has_index(vm, item) {
        return Ok(hay.contains(&byte_value(vm, item)?));
    }
    let sub = bytes_like(item).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(item))))?;
    Ok(find_in(hay, &sub, 0).is_some())
}

fn find_in(hay: &[u8], sub: &[u8], from: usize) -> Option<usize> {
    if sub.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    hay.get(from..)?.windows(sub.len()).position(|w| w == sub).map(|p| p + from)
}

/// The `[start, end)` window of `find`/`count`/`index` (CPython's
/// `ADJUST_INDICES`), or None when it starts past the end.
fn window(vm: &mut Vm, a: &[Value], len: usize) -> PyResult<Option<(usize, usize)>> {
    let len = len as i64;
    let mut bound = |i: usize, default: i64| -> PyResult<i64> {
        Ok(match a.get(i) {
            None | Some(Value::None) => default,
            Some(v) => match args::int(vm, v)? {
                n if n < 0 => (n + len).max(0),
                n => n,
            },
        })
    };
    let (start, end) = (bound(2, 0)?, bound(3, len)?.min(len));
    Ok((start <= end).then_some((start as usize, end as usize)))
}

fn decode(_: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    let text = |i: usize, name: &str, default: &str| -> String {
        a.get(i).cloned().or_else(|| args::kw(k, name)).and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_else(|| default.into())
    };
    Ok(Value::str(super::codecs::decode(&b, &text(1, "encoding", "utf-8"), &text(2, "errors", "strict"))?))
}

fn hex(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    let sep = match a.get(1) {
        None => String::new(),
        Some(Value::Str(s)) if s.char_len() == 1 => s.as_str().to_owned(),
        Some(v) => match bytes_like(v) {
            Some(s) if s.len() == 1 => (s[0] as char).to_string(),
            Some(_) => return Err(value_error("sep must be length 1.")),
            None if matches!(v, Value::Str(_)) => return Err(value_error("sep must be length 1.")),
            None => return Err(type_error(format!("object of type '{}' has no len()", vm.type_name(v)))),
        },
    };
    let parts: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    Ok(Value::str(parts.join(&sep)))
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` (`_PyBytes_FromHex`):
/// whitespace between pairs is skipped; a bad digit is reported at its
/// position in `s`.
fn fromhex(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = match a.get(1) {
        Some(Value::Str(s)) => s.as_str(),
        Some(v) => return Err(type_error(format!("fromhex() argument must be str, not {}", vm.type_name(v)))),
        None => return Err(type_error("fromhex() takes exactly one argument (0 given)")),
    };
    let chars: Vec<char> = s.chars().collect();
    let bad = |i: usize| value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}"));
    let (mut out, mut i) = (Vec::new(), 0);
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let top = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let bot = chars.get(i + 1).and_then(|c| c.to_digit(16)).ok_or_else(|| bad(i + 1))?;
        out.push((top * 16 + bot) as u8);
        i += 2;
    }
    let into_bytearray = matches!(a.first(), Some(Value::Class(c)) if c.tag == crate::objects::TypeTag::ByteArray);
    Ok(if into_bytearray { Value::ByteArray(Rc::new(RefCell::new(out))) } else { Value::Bytes(out.into()) })
}

fn upper(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(same_kind(&a[0], this(&a[0])?.to_ascii_uppercase()))
}

fn lower(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(same_kind(&a[0], this(&a[0])?.to_ascii_lowercase()))
}

fn split(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    let sep = a.get(1).cloned().or_else(|| args::kw(k, "sep")).filter(|v| !v.is_none());
    let max = match a.get(2).cloned().or_else(|| args::kw(k, "maxsplit")) {
        Some(v) => usize::try_from(args::int(vm, &v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(s) => {
            let sep = bytes_arg(vm, Some(s))?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut start = 0;
            while let Some(p) = find_in(&b, &sep, start).filter(|_| parts.len() < max) {
                parts.push(&b[start..p]);
                start = p + sep.len();
            }
            parts.push(&b[start..]);
        }
        None => {
            // Runs of ASCII whitespace separate; after `max` splits the rest is kept as it is.
            let mut i = 0;
            loop {
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if parts.len() == max {
                    parts.push(&b[i..]);
                    break;
                }
                let start = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                parts.push(&b[start..i]);
            }
        }
    }
    Ok(Value::list(parts.into_iter().map(|p| same_kind(&a[0], p.to_vec())).collect()))
}

fn join(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let sep = this(&a[0])?.into_owned();
    let items = vm.collect(a.get(1).unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        let part = bytes_like(it).ok_or_else(|| {
            type_error(format!("sequence item {i}: expected a bytes-like object, {} found", vm.type_name(it)))
        })?;
        out.extend_from_slice(&part);
    }
    Ok(same_kind(&a[0], out))
}

fn find(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    let sub = needle(vm, a.get(1))?;
    let found = match window(vm, a, b.len())? {
        Some((start, end)) => find_in(&b[..end], &sub, start),
        None => None,
    };
    Ok(Value::Int(found.map_or(-1, |p| p as i64)))
}

fn index(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    match find(vm, a, k)? {
        Value::Int(-1) => Err(value_error("subsection not found")),
        found => Ok(found),
    }
}

fn count(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    let sub = needle(vm, a.get(1))?;
    let Some((start, end)) = window(vm, a, b.len())? else { return Ok(Value::Int(0)) };
    if sub.is_empty() {
        return Ok(Value::Int((end - start) as i64 + 1));
    }
    let (mut n, mut at) = (0, start);
    while let Some(p) = find_in(&b[..end], &sub, at) {
        n += 1;
        at = p + sub.len();
    }
    Ok(Value::Int(n))
}

/// `startswith`/`endswith`: one bytes-like prefix or a tuple of them.
fn affix(vm: &mut Vm, a: &[Value], name: &str, test: fn(&[u8], &[u8]) -> bool) -> PyResult<Value> {
    let b = this(&a[0])?;
    let arg = a.get(1).ok_or_else(|| type_error(format!("{name}() takes at least 1 argument (0 given)")))?;
    let options: Vec<Value> = match arg {
        Value::Tuple(t) => t.to_vec(),
        v => vec![v.clone()],
    };
    for opt in &options {
        let Some(p) = bytes_like(opt) else {
            return Err(type_error(match arg {
                Value::Tuple(_) => format!("a bytes-like object is required, not '{}'", vm.type_name(opt)),
                _ => format!("{name} first arg must be bytes or a tuple of bytes, not {}", vm.type_name(opt)),
            }));
        };
        if test(&b, &p) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    affix(vm, a, "startswith", |b, p| b.starts_with(p))
}

fn endswith(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    affix(vm, a, "endswith", |b, p| b.ends_with(p))
}

/// `strip`, `lstrip`, `rstrip`: ASCII whitespace or the given bytes.
fn strip_sides(vm: &mut Vm, a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let b = this(&a[0])?;
    let chars: Cow<[u8]> = match a.get(1) {
        None | Some(Value::None) => Cow::Borrowed(b" \t\n\r\x0b\x0c"),
        v => bytes_arg(vm, v)?,
    };
    let start = if left { b.iter().position(|c| !chars.contains(c)).unwrap_or(b.len()) } else { 0 };
    let end = if right { b.iter().rposition(|c| !chars.contains(c)).map_or(start, |e| e + 1).max(start) } else { b.len() };
    Ok(same_kind(&a[0], b[start..end].to_vec()))
}

fn strip(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    strip_sides(vm, a, true, true)
}

fn lstrip(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    strip_sides(vm, a, true, false)
}

fn rstrip(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    strip_sides(vm, a, false, true)
}

/// `isalpha` and friends: true when non-empty and every byte passes.
fn all_bytes(a: &[Value], test: fn(&u8) -> bool) -> PyResult<Value> {
    let b = this(&a[0])?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(test)))
}

fn isalpha(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    all_bytes(a, u8::is_ascii_alphabetic)
}

fn isdigit(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    all_bytes(a, u8::is_ascii_digit)
}

fn isalnum(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    all_bytes(a, u8::is_ascii_alphanumeric)
}

fn isspace(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    all_bytes(a, |c| b" \t\n\r\x0b\x0c".contains(c))
}

/// `islower`/`isupper`: some cased byte, and none of the other case.
fn cased(a: &[Value], upper: bool) -> PyResult<Value> {
    let b = this(&a[0])?;
    let (lower, upper_) = (b.iter().any(u8::is_ascii_lowercase), b.iter().any(u8::is_ascii_uppercase));
    Ok(Value::Bool(if upper { upper_ && !lower } else { lower && !upper_ }))
}

fn islower(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    cased(a, false)
}

fn isupper(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    cased(a, true)
}

fn replace(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let b = this(&a[0])?;
    let old = bytes_arg(vm, a.get(1))?;
    let new = bytes_arg(vm, a.get(2))?;
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        // An empty pattern matches between every byte and at both ends.
        for &c in b.iter() {
            out.extend_from_slice(&new);
            out.push(c);
        }
        out.extend_from_slice(&new);
        return Ok(same_kind(&a[0], out));
    }
    let mut at = 0;
    while let Some(p) = find_in(&b, &old, at) {
        out.extend_from_slice(&b[at..p]);
        out.extend_from_slice(&new);
        at = p + old.len();
    }
    out.extend_from_slice(&b[at..]);
    Ok(same_kind(&a[0], out))
}
