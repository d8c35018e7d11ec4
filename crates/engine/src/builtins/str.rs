//! `str` methods, including `str.format`.

use super::args;
use super::def;
use crate::objects::function::Kwargs;
use crate::objects::{AttrMap, Value};
use crate::vm::exceptions::{index_error, key_error, type_error, value_error, PyResult};
use crate::vm::Vm;

/// Installs `str`'s methods.
pub fn install(d: &mut AttrMap) {
    let m: &[(&str, crate::objects::NativeFn)] = &[
        ("split", split), ("rsplit", rsplit), ("join", join), ("strip", strip), ("lstrip", lstrip),
        ("rstrip", rstrip), ("replace", replace), ("find", find), ("rfind", rfind), ("index", index),
        ("rindex", rindex), ("count", count), ("startswith", startswith), ("endswith", endswith),
        ("upper", upper), ("lower", lower), ("title", title), ("capitalize", capitalize),
        ("swapcase", swapcase), ("casefold", casefold), ("center", center), ("ljust", ljust),
        ("rjust", rjust), ("zfill", zfill), ("isdigit", isdigit), ("isdecimal", isdecimal),
        ("isnumeric", isnumeric), ("isalpha", isalpha), ("isalnum", isalnum), ("isspace", isspace),
        ("isupper", isupper), ("islower", islower), ("istitle", istitle), ("isidentifier", isidentifier),
        ("isprintable", isprintable), ("isascii", isascii), ("format", format), ("format_map", format_map),
        ("partition", partition), ("rpartition", rpartition), ("splitlines", splitlines),
        ("encode", encode), ("expandtabs", expandtabs), ("removeprefix", removeprefix),
        ("removesuffix", removesuffix), ("__len__", len), ("__contains__", contains),
        ("__getitem__", getitem), ("__add__", add), ("__mul__", mul), ("__eq__", eq), ("__lt__", lt),
        ("__hash__", hash), ("__str__", str_), ("__repr__", repr), ("__format__", format_),
        ("__mod__", mod_),
    ];
    for (name, f) in m {
        def(d, name, *f, Some("str"));
    }
}

fn this(v: &Value) -> PyResult<&str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        Value::Instance(_) => Err(type_error("descriptor requires a 'str' object")),
        _ => Err(type_error("descriptor requires a 'str' object")),
    }
}

fn arg_str<'a>(vm: &Vm, a: &'a [Value], i: usize, what: &str) -> PyResult<&'a str> {
    match a.get(i) {
        Some(Value::Str(s)) => Ok(s.as_str()),
        Some(other) => Err(type_error(format!("{what}, not {}", vm.type_name(other)))),
        None => Err(type_error(format!("{what}"))),
    }
}

fn sep_arg(vm: &Vm, a: &[Value], k: &Kwargs) -> PyResult<Option<String>> {
    match a.get(1).cloned().or_else(|| args::kw(k, "sep")) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => {
            if s.as_str().is_empty() {
                return Err(value_error("empty separator"));
            }
            Ok(Some(s.as_str().to_owned()))
        }
        Some(other) => Err(type_error(format!("must be str or None, not {}", vm.type_name(&other)))),
    }
}

fn maxsplit_arg(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<i64> {
    match a.get(2).cloned().or_else(|| args::kw(k, "maxsplit")) {
        Some(v) => args::int(vm, &v),
        None => Ok(-1),
    }
}

fn list_of(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

fn split(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    let sep = sep_arg(vm, a, k)?;
    let max = maxsplit_arg(vm, a, k)?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    Ok(match sep {
        Some(sep) => list_of(s.splitn(max.saturating_add(1), sep.as_str()).collect()),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if out.len() == max {
                    out.push(rest);
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = rest[end..].trim_start();
            }
            list_of(out)
        }
    })
}

fn rsplit(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    let sep = sep_arg(vm, a, k)?;
    let max = maxsplit_arg(vm, a, k)?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<&str> = match sep {
        Some(sep) => s.rsplitn(max.saturating_add(1), sep.as_str()).collect(),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end();
            while !rest.is_empty() {
                if out.len() == max {
                    out.push(rest);
                    break;
                }
                let start = rest.rfind(char::is_whitespace).map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
                out.push(&rest[start..]);
                rest = rest[..start].trim_end();
            }
            out
        }
    };
    parts.reverse();
    Ok(list_of(parts))
}

fn join(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("join", a, 1, 1)?;
    let sep = this(&a[0])?.to_owned();
    let items = vm.collect(&a[1])?;
    let total = items.iter().map(|it| if let Value::Str(s) = it { s.as_str().len() } else { 0 }).fold(0usize, usize::saturating_add);
    crate::vm::memory::reserve(total.saturating_add(sep.len().saturating_mul(items.len().saturating_sub(1))))?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                return Err(type_error(format!("sequence item {i}: expected str instance, {} found", vm.type_name(other))))
            }
        }
    }
    Ok(Value::str(out))
}

fn strip_chars<'a>(a: &'a [Value]) -> Option<Vec<char>> {
    match a.get(1) {
        Some(Value::Str(c)) => Some(c.as_str().chars().collect()),
        _ => None,
    }
}

fn strip(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    Ok(Value::str(match strip_chars(a) {
        Some(cs) => s.trim_matches(|c| cs.contains(&c)),
        None => s.trim(),
    }))
}

fn lstrip(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    Ok(Value::str(match strip_chars(a) {
        Some(cs) => s.trim_start_matches(|c| cs.contains(&c)),
        None => s.trim_start(),
    }))
}

fn rstrip(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    Ok(Value::str(match strip_chars(a) {
        Some(cs) => s.trim_end_matches(|c| cs.contains(&c)),
        None => s.trim_end(),
    }))
}

fn replace(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("replace", a, 2, 3)?;
    let s = this(&a[0])?;
    let old = arg_str(vm, a, 1, "replace() argument 1 must be str")?;
    let new = arg_str(vm, a, 2, "replace() argument 2 must be str")?;
    let count = match a.get(3) {
        Some(v) => args::int(vm, v)?,
        None => -1,
    };
    if new.len() > old.len() {
        let hits = s.matches(old).count().min(if count < 0 { usize::MAX } else { count as usize });
        crate::vm::memory::reserve_items(hits, new.len() - old.len())?;
    }
    Ok(Value::str(if count < 0 { s.replace(old, new) } else { s.replacen(old, new, count as usize) }))
}

/// Character-index bounds `[start, end)` from optional args.
fn bounds(vm: &mut Vm, a: &[Value], first: usize, len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) }
    };
    let start = match a.get(first) {
        Some(Value::None) | None => 0,
        Some(v) => norm(args::int(vm, v)?),
    };
    let end = match a.get(first + 1) {
        Some(Value::None) | None => len,
        Some(v) => norm(args::int(vm, v)?),
    };
    Ok((start, end))
}

fn find_impl(vm: &mut Vm, a: &[Value], rev: bool) -> PyResult<Option<usize>> {
    let Value::Str(s) = &a[0] else { return Err(type_error("descriptor requires a 'str' object")) };
    let sub = arg_str(vm, a, 1, "must be str")?;
    let (start, end) = bounds(vm, a, 2, s.char_len())?;
    if start > end {
        return Ok(None);
    }
    let hay = s.slice_chars(start, end);
    let pos = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(pos.map(|b| start + hay[..b].chars().count()))
}

fn find(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, a, false)?.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, a, true)?.map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    find_impl(vm, a, false)?.map(|i| Value::Int(i as i64)).ok_or_else(|| value_error("substring not found"))
}

fn rindex(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    find_impl(vm, a, true)?.map(|i| Value::Int(i as i64)).ok_or_else(|| value_error("substring not found"))
}

fn count(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let Value::Str(s) = &a[0] else { return Err(type_error("descriptor requires a 'str' object")) };
    let sub = arg_str(vm, a, 1, "must be str")?;
    let (start, end) = bounds(vm, a, 2, s.char_len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay = s.slice_chars(start, end);
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, a: &[Value], ends: bool) -> PyResult<Value> {
    let Value::Str(s) = &a[0] else { return Err(type_error("descriptor requires a 'str' object")) };
    let (start, end) = bounds(vm, a, 2, s.char_len())?;
    let hay = if start <= end { s.slice_chars(start, end) } else { "" };
    let check = |p: &str| if ends { hay.ends_with(p) } else { hay.starts_with(p) };
    let name = if ends { "endswith" } else { "startswith" };
    match a.get(1) {
        Some(Value::Str(p)) => Ok(Value::Bool(check(p.as_str()))),
        Some(Value::Tuple(t)) => {
            for p in t.iter() {
                match p {
                    Value::Str(p) if check(p.as_str()) => return Ok(Value::Bool(true)),
                    Value::Str(_) => {}
                    other => return Err(type_error(format!("tuple for {name} must only contain str, not {}", vm.type_name(other)))),
                }
            }
            Ok(Value::Bool(false))
        }
        Some(other) => Err(type_error(format!("{name} first arg must be str or a tuple of str, not {}", vm.type_name(other)))),
        None => Err(type_error(format!("{name}() takes at least 1 argument (0 given)"))),
    }
}

fn startswith(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    affix(vm, a, false)
}

fn endswith(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    affix(vm, a, true)
}

fn upper(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::str(this(&a[0])?.to_uppercase()))
}

fn lower(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::str(this(&a[0])?.to_lowercase()))
}

fn casefold(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::str(this(&a[0])?.to_lowercase().replace('ß', "ss")))
}

fn title(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in this(&a[0])?.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    Ok(Value::str(out))
}

fn capitalize(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    let mut chars = s.chars();
    let out = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
        None => String::new(),
    };
    Ok(Value::str(out))
}

fn swapcase(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let out: String = this(&a[0])?
        .chars()
        .flat_map(|c| if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() })
        .collect();
    Ok(Value::str(out))
}

fn pad(vm: &mut Vm, a: &[Value], name: &str, how: char) -> PyResult<Value> {
    args::method_count(name, a, 1, 2)?;
    let s = this(&a[0])?;
    let width = args::int(vm, &a[1])?;
    let fill = match a.get(2) {
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(_) => return Err(type_error("The fill character must be exactly one character long")),
        None => ' ',
    };
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(a[0].clone());
    }
    let total = (width - len) as usize;
    crate::vm::memory::reserve_items(total, fill.len_utf8())?;
    let (left, right) = match how {
        'l' => (0, total),
        'r' => (total, 0),
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    Ok(Value::str(format!("{}{s}{}", f.repeat(left), f.repeat(right))))
}

fn center(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    pad(vm, a, "center", 'c')
}

fn ljust(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    pad(vm, a, "ljust", 'l')
}

fn rjust(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    pad(vm, a, "rjust", 'r')
}

fn zfill(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    let width = args::int(vm, &a[1])?.max(0) as usize;
    let len = s.chars().count();
    if width <= len {
        return Ok(a[0].clone());
    }
    crate::vm::memory::reserve(width - len + s.len())?;
    let zeros = "0".repeat(width - len);
    Ok(Value::str(match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    }))
}

fn all_chars(a: &[Value], f: impl Fn(char) -> bool) -> PyResult<Value> {
    let s = this(&a[0])?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn isdigit(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    all_chars(a, |c| crate::algo::unicode_digit::decimal_value(c).is_some() || is_digit_only(c))
}

fn isdecimal(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    all_chars(a, |c| crate::algo::unicode_digit::decimal_value(c).is_some())
}

/// Characters with Unicode's Numeric_Type=Digit that are not decimal:
/// superscripts, subscripts and circled digits.
fn is_digit_only(c: char) -> bool {
    matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea | 0x24f5..=0x24fd | 0x24ff | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792)
}

fn isnumeric(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    all_chars(a, |c| c.is_numeric())
}

fn isalpha(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    all_chars(a, char::is_alphabetic)
}

fn isalnum(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    all_chars(a, char::is_alphanumeric)
}

fn isspace(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    all_chars(a, char::is_whitespace)
}

fn isascii(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(this(&a[0])?.is_ascii()))
}

fn isprintable(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(this(&a[0])?.chars().all(crate::vm::repr::is_printable)))
}

fn isupper(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    Ok(Value::Bool(s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)))
}

fn islower(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    Ok(Value::Bool(s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)))
}

fn istitle(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

fn isidentifier(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    let mut chars = s.chars();
    let ok = match chars.next() {
        Some(c) => (c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_'),
        None => false,
    };
    Ok(Value::Bool(ok))
}

fn partition_impl(vm: &mut Vm, a: &[Value], rev: bool) -> PyResult<Value> {
    let s = this(&a[0])?;
    let sep = arg_str(vm, a, 1, "must be str")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let pos = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts = match pos {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if rev => ["", "", s],
        None => [s, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(*p)).collect()))
}

fn partition(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    partition_impl(vm, a, false)
}

fn rpartition(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    partition_impl(vm, a, true)
}

fn splitlines(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    let keep = match a.get(1).cloned().or_else(|| args::kw(k, "keepends")) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && chars.get(i + 1).map(|x| x.1) == Some('\n') {
                end += 1;
                i += 1;
            }
            out.push(Value::str(if keep { &s[start..end] } else { &s[start..b] }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    Ok(Value::list(out))
}

fn encode(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?.to_owned();
    let encoding = a.get(1).cloned().or_else(|| args::kw(k, "encoding")).and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_else(|| "utf-8".into());
    let errors = a.get(2).cloned().or_else(|| args::kw(k, "errors")).and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_else(|| "strict".into());
    let _ = vm;
    Ok(Value::Bytes(super::codecs::encode(&s, &encoding, &errors)?.into()))
}

fn expandtabs(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    let size = match a.get(1) {
        // `tabsize` is a C int (`_PyLong_AsInt`).
        Some(v) => match v {
            Value::BigInt(_) => return Err(crate::vm::exceptions::new_exc("OverflowError", "Python int too large to convert to C int")),
            v => match i32::try_from(args::int(vm, v)?) {
                Ok(n) => n.max(0) as usize,
                Err(_) => return Err(crate::vm::exceptions::new_exc("OverflowError", "Python int too large to convert to C int")),
            },
        },
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    crate::vm::memory::reserve(n)?;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(out))
}

fn removeprefix(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    let p = arg_str(vm, a, 1, "removeprefix() argument must be str")?;
    Ok(Value::str(s.strip_prefix(p).unwrap_or(s)))
}

fn removesuffix(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?;
    let p = arg_str(vm, a, 1, "removesuffix() argument must be str")?;
    Ok(Value::str(s.strip_suffix(p).unwrap_or(s)))
}

fn len(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

fn contains(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
}

fn getitem(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.getitem(&a[0], &a[1])
}

fn add(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.binary_op(a[0].clone(), a[1].clone(), crate::bytecode::op::BinOp::Add)
}

fn mul(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.binary_op(a[0].clone(), a[1].clone(), crate::bytecode::op::BinOp::Mul)
}

fn mod_(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.percent_format(&a[0], &a[1])
}

fn eq(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(vm.eq(&a[0], &a[1])?))
}

fn lt(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.compare(&a[0], &a[1], crate::bytecode::op::CmpOp::Lt)
}

fn hash(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(&a[0])?))
}

fn str_(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::str(vm.str_of(&a[0])?))
}

fn repr(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::str(vm.repr(&a[0])?))
}

fn format_(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let spec = a.get(1).and_then(|s| s.as_str().map(str::to_owned)).unwrap_or_default();
    Ok(Value::str(vm.format(&a[0], &spec)?))
}

fn format(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?.to_owned();
    let out = str_format(vm, &s, &a[1..], &|vm, name| {
        match k.iter().find(|(n, _)| &**n == name) {
            Some((_, v)) => Ok(v.clone()),
            None => {
                let _ = vm;
                Err(key_error(Value::str(name)))
            }
        }
    })?;
    Ok(Value::str(out))
}

fn format_map(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let s = this(&a[0])?.to_owned();
    let mapping = a.get(1).cloned().unwrap_or(Value::None);
    let out = str_format(vm, &s, &[], &|vm, name| vm.getitem(&mapping, &Value::str(name)))?;
    Ok(Value::str(out))
}

type Lookup<'a> = dyn Fn(&mut Vm, &str) -> PyResult<Value> + 'a;

/// `str.format`: fields `{name.attr[key]!conv:spec}` with auto/manual numbering.
pub fn str_format(vm: &mut Vm, fmt: &str, pos: &[Value], named: &Lookup) -> PyResult<String> {
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    let mut auto = 0usize;
    let mut manual = false;
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '}' => return Err(value_error("Single '}' encountered in format string")),
            '{' => {
                let mut field = String::new();
                let mut depth = 1;
                loop {
                    match chars.next() {
                        Some('{') => {
                            depth += 1;
                            field.push('{');
                        }
                        Some('}') => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                            field.push('}');
                        }
                        Some(ch) => field.push(ch),
                        None => return Err(value_error("expected '}' before end of string")),
                    }
                }
                let (head, spec) = split_spec(&field);
                let (head, conv) = match head.split_once('!') {
                    Some((h, c)) => (h, Some(c)),
                    None => (head, None),
                };
                let name_end = head.find(['.', '[']).unwrap_or(head.len());
                let first = &head[..name_end];
                let mut value = if first.is_empty() {
                    if manual {
                        return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
                    }
                    let v = pos.get(auto).cloned().ok_or_else(|| index_error(format!("Replacement index {auto} out of range for positional args tuple")))?;
                    auto += 1;
                    v
                } else if let Ok(i) = first.parse::<usize>() {
                    if auto > 0 {
                        return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
                    }
                    manual = true;
                    pos.get(i).cloned().ok_or_else(|| index_error(format!("Replacement index {i} out of range for positional args tuple")))?
                } else {
                    named(vm, first)?
                };
                let mut rest = &head[name_end..];
                while !rest.is_empty() {
                    if let Some(r) = rest.strip_prefix('.') {
                        let end = r.find(['.', '[']).unwrap_or(r.len());
                        value = vm.getattr(&value, &r[..end])?;
                        rest = &r[end..];
                    } else if let Some(r) = rest.strip_prefix('[') {
                        let end = r.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
                        let key = &r[..end];
                        let k = match key.parse::<i64>() {
                            Ok(i) => Value::Int(i),
                            Err(_) => Value::str(key),
                        };
                        value = vm.getitem(&value, &k)?;
                        rest = &r[end + 1..];
                    } else {
                        break;
                    }
                }
                let value = match conv {
                    Some("r") => Value::str(vm.repr(&value)?),
                    Some("s") => Value::str(vm.str_of(&value)?),
                    Some("a") => Value::str(crate::vm::repr::ascii_escape(&vm.repr(&value)?)),
                    Some(other) => return Err(value_error(format!("Unknown conversion specifier {other}"))),
                    None => value,
                };
                let spec = if spec.contains('{') {
                    str_format(vm, spec, pos, named)?
                } else {
                    spec.to_owned()
                };
                out.push_str(&vm.format(&value, &spec)?);
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

fn split_spec(field: &str) -> (&str, &str) {
    let mut depth = 0;
    for (i, c) in field.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            ':' if depth == 0 => return (&field[..i], &field[i + 1..]),
            _ => {}
        }
    }
    (field, "")
}
