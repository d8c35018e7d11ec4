//! `repr()`, `str()` and `format()` of values, as CPython prints them
//! (quoting rules of `str.__repr__`, `[...]` for recursive containers,
//! exception reprs, default `<... object at 0x...>` reprs).

use super::exceptions::{exc_data, type_error, value_error, PyResult};
use super::Vm;
use crate::algo::float_repr::float_repr;
use crate::algo::format_spec::{self, FormatSpec, Target};
use crate::objects::{GenKind, Value};

/// Python's `str.__repr__`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || n == 0x7f || (0x80..0xa0).contains(&n) || n == 0xad {
        return false;
    }
    if c.is_whitespace() && c != ' ' {
        return false;
    }
    !matches!(n, 0x2028 | 0x2029 | 0xfeff | 0x200b..=0x200f | 0xe000..=0xf8ff | 0xfff9..=0xfffb)
}

/// `ascii()` on top of a repr: escapes non-ASCII characters.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    quoted_bytes(b, false)
}

/// `repr(bytearray)`: as bytes, except that CPython's `bytearray_repr`
/// escapes a `'` even inside double quotes.
pub fn bytearray_repr(b: &[u8]) -> String {
    format!("bytearray({})", quoted_bytes(b, true))
}

fn quoted_bytes(b: &[u8], escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = format!("b{quote}");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// CPython 3.11's default `sys.get_int_max_str_digits()`: the longest
/// decimal text `str(int)` and `int(str)` convert (CVE-2020-10735; also
/// keeps a huge int's quadratic conversion from freezing the page).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The message of both directions' `ValueError`.
pub fn int_digits_error(has: Option<usize>) -> super::Unwind {
    let has = has.map_or(String::new(), |n| format!(": value has {n} digits"));
    value_error(format!("Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion{has}; use sys.set_int_max_str_digits() to increase the limit"))
}

/// `str()` of a big int, with CPython's digit limit (`long_to_decimal_string`).
fn int_to_decimal(n: &num_bigint::BigInt) -> PyResult<String> {
    // 4300 digits need at least 14,281 bits; far past that, skip converting.
    if n.bits() > 14_300 {
        return Err(int_digits_error(None));
    }
    let text = n.to_string();
    if text.trim_start_matches('-').len() > INT_MAX_STR_DIGITS {
        return Err(int_digits_error(None));
    }
    Ok(text)
}

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => int_to_decimal(b)?,
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => str_repr(s.as_str()),
            Value::Bytes(b) => bytes_repr(b),
            Value::ByteArray(b) => bytearray_repr(&b.borrow()),
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) => {
                return self.container_repr(v)
            }
            Value::Range(r) => crate::builtins::range::repr(self, r)?,
            Value::Slice(s) => {
                let parts: PyResult<Vec<String>> = s.iter().map(|p| self.repr(p)).collect();
                format!("slice({})", parts?.join(", "))
            }
            Value::Function(f) => format!("<function {} at {}>", f.qualname.borrow(), addr(v)),
            Value::BoundMethod(b) => {
                let fname = match &b.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    other => self.getattr(other, "__qualname__").ok().and_then(|q| q.as_str().map(str::to_owned)).unwrap_or_default(),
                };
                let recv = self.repr(&b.receiver)?;
                format!("<bound method {fname} of {recv}>")
            }
            Value::Builtin(b) => match (&b.receiver, &b.owner) {
                (Some(r), _) if !matches!(r, Value::Module(_)) => {
                    let tn = self.type_name(r);
                    format!("<built-in method {} of {tn} object at {}>", b.name, addr(r))
                }
                (None, Some(owner)) => format!("<method '{}' of '{owner}' objects>", b.name),
                _ => format!("<built-in function {}>", b.name),
            },
            Value::Class(c) => {
                if let Some(m) = super::iter::class_hook(v, "__class_repr__") {
                    let r = self.call(&m, vec![v.clone()])?;
                    return Ok(self.str_of(&r)?);
                }
                if &*c.module == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Value::Generator(g) => {
                let kind = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                format!("<{kind} object {} at {}>", g.qualname(), addr(v))
            }
            Value::Iter(it) => format!("<{} object at {}>", it.borrow().type_name(), addr(v)),
            Value::Cell(_) => format!("<cell at {}>", addr(v)),
            Value::Code(c) => format!("<code object {} at {}, file \"{}\", line {}>", c.name, addr(v), c.filename, c.first_line),
            Value::Instance(_) | Value::Native(_) => return self.object_repr(v),
        })
    }

    fn object_repr(&mut self, v: &Value) -> PyResult<String> {
        let cls = self.type_of(v);
        if let Some(m) = user_method(&cls, "__repr__") {
            let r = self.call(&m, vec![v.clone()])?;
            return match r {
                Value::Str(s) => Ok(s.as_str().to_owned()),
                other => Err(type_error(format!("__repr__ returned non-string (type {})", self.type_name(&other)))),
            };
        }
        if let Some(inst) = exc_data(v) {
            let args = inst.exc.as_ref().map(|e| e.borrow().args.clone()).unwrap_or_default();
            let inner = match args.len() {
                1 => self.repr(&args[0])?,
                _ => {
                    let parts: PyResult<Vec<String>> = args.iter().map(|a| self.repr(a)).collect();
                    parts?.join(", ")
                }
            };
            return Ok(format!("{}({inner})", cls.name));
        }
        if let Value::Instance(i) = v {
            let base = i.base().clone();
            if !base.is_null() {
                return self.repr(&base);
            }
        }
        Ok(default_repr(&cls, v))
    }

    fn container_repr(&mut self, v: &Value) -> PyResult<String> {
        let id = v.ptr().unwrap_or(0);
        if self.repr_guard.contains(&id) {
            return Ok(match v {
                Value::List(_) => "[...]",
                Value::Dict(_) => "{...}",
                _ => "...",
            }
            .into());
        }
        self.repr_guard.push(id);
        let r = self.container_repr_inner(v);
        self.repr_guard.pop();
        r
    }

    fn container_repr_inner(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::List(l) => {
                // By index, as CPython's `list_repr`: an item's `__repr__`
                // that changes the list is seen, and no copy of a long
                // list is made.
                let mut out = Joined::new("[");
                let mut i = 0;
                loop {
                    let Some(item) = l.borrow().get(i).cloned() else { break };
                    out.push(&self.repr(&item)?)?;
                    i += 1;
                }
                out.finish("]")
            }
            Value::Tuple(t) if t.len() == 1 => {
                let mut out = Joined::new("(");
                out.push(&self.repr(&t[0])?)?;
                out.finish(",)")
            }
            Value::Tuple(t) => self.join_reprs("(", t, ")"),
            Value::Dict(d) => {
                let items: Vec<(Value, Value)> = d.borrow().iter().map(|(_, k, v)| (k.clone(), v.clone())).collect();
                let mut out = Joined::new("{");
                for (k, val) in &items {
                    let k = self.repr(k)?;
                    let val = self.repr(val)?;
                    out.push_pair(&k, &val)?;
                }
                out.finish("}")
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.borrow().iter().map(|(_, k)| k.clone()).collect();
                if items.is_empty() {
                    Ok("set()".into())
                } else {
                    self.join_reprs("{", &items, "}")
                }
            }
            Value::FrozenSet(s) => {
                let items: Vec<Value> = s.iter().map(|(_, k)| k.clone()).collect();
                if items.is_empty() {
                    Ok("frozenset()".into())
                } else {
                    self.join_reprs("frozenset({", &items, "})")
                }
            }
            _ => Ok(String::new()),
        }
    }

    /// `open` + the reprs of `items` joined by `", "` + `close`.
    fn join_reprs(&mut self, open: &str, items: &[Value], close: &str) -> PyResult<String> {
        let mut out = Joined::new(open);
        for it in items {
            out.push(&self.repr(it)?)?;
        }
        out.finish(close)
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_owned()),
            Value::Instance(_) | Value::Native(_) => {
                let cls = self.type_of(v);
                if let Some(m) = user_method(&cls, "__str__") {
                    let r = self.call(&m, vec![v.clone()])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_owned()),
                        other => Err(type_error(format!("__str__ returned non-string (type {})", self.type_name(&other)))),
                    };
                }
                if let Some(inst) = exc_data(v) {
                    let args = inst.exc.as_ref().map(|e| e.borrow().args.clone()).unwrap_or_default();
                    if cls.is_subclass(&crate::types::types().exc("BaseExceptionGroup")) && args.len() == 2 {
                        let n = self.len(&args[1]).unwrap_or(0);
                        let msg = self.str_of(&args[0])?;
                        return Ok(format!("{msg} ({n} sub-exception{})", if n == 1 { "" } else { "s" }));
                    }
                    let is_key_error = cls.is_subclass(&crate::types::types().exc("KeyError"));
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 if is_key_error => self.repr(&args[0]),
                        1 => self.str_of(&args[0]),
                        _ => self.repr(&Value::tuple(args)),
                    };
                }
                if let Value::Instance(i) = v {
                    let base = i.base().clone();
                    if !base.is_null() && user_method(&cls, "__repr__").is_none() {
                        return self.str_of(&base);
                    }
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let result = match v {
            Value::Str(s) => parse(spec, Target::Str, "str").and_then(|p| format_spec::format_str(s.as_str(), &p).map_err(|e| value_error(e.message("str")))),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                if spec.is_empty() {
                    return self.str_of(v);
                }
                let n = super::ops::to_big(v).unwrap_or_default();
                let tn = self.type_name(v);
                parse(spec, Target::Int, &tn).and_then(|p| format_spec::format_int(&n, &p).map_err(|e| fmt_err(e, &tn)))
            }
            Value::Float(f) => parse(spec, Target::Float, "float").and_then(|p| format_spec::format_float(*f, &p).map_err(|e| fmt_err(e, "float"))),
            Value::Instance(_) | Value::Native(_) => {
                let cls = self.type_of(v);
                if let Some(m) = cls.lookup("__format__") {
                    let r = self.call(&m, vec![v.clone(), Value::str(spec)])?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_owned()),
                        _ => Err(type_error("__format__ must return a str")),
                    };
                }
                if let Value::Instance(i) = v {
                    let base = i.base().clone();
                    if !base.is_null() {
                        return self.format(&base, spec);
                    }
                }
                if spec.is_empty() {
                    return self.str_of(v);
                }
                Err(type_error(format!("unsupported format string passed to {}.__format__", cls.name)))
            }
            _ => {
                if spec.is_empty() {
                    return self.str_of(v);
                }
                let tn = self.type_name(v);
                Err(type_error(format!("unsupported format string passed to {tn}.__format__")))
            }
        };
        result
    }
}

/// Parses a format spec and asks the allocation guard for the room its
/// width (and, for numbers, its precision: that many digits) takes, so
/// `'{:>1000000000000}'.format(1)` is `MemoryError` as in CPython.
fn parse(spec: &str, target: Target, type_name: &str) -> PyResult<FormatSpec> {
    let p = FormatSpec::parse(spec, target).map_err(|e| fmt_err(e, type_name))?;
    let width = usize::try_from(p.width.unwrap_or(0)).unwrap_or(usize::MAX).saturating_mul(p.fill.len_utf8());
    // A precision beyond `INT_MAX` is "precision too big", raised later.
    let digits = match p.precision {
        Some(d) if !matches!(target, Target::Str) && d <= i32::MAX as u64 => d as usize,
        _ => 0,
    };
    super::memory::reserve(width.saturating_add(digits))?;
    Ok(p)
}

fn fmt_err(e: format_spec::FormatError, type_name: &str) -> super::Unwind {
    if e.is_overflow() {
        super::exceptions::overflow_error(e.message(type_name))
    } else {
        value_error(e.message(type_name))
    }
}

/// A method the class (or a base) defines, other than `object`'s defaults.
pub fn user_method(cls: &crate::objects::Class, name: &str) -> Option<Value> {
    match cls.lookup(name) {
        Some(Value::Builtin(b)) if matches!(b.owner.as_deref(), Some("object") | Some("BaseException")) => None,
        other => other,
    }
}

/// `0x7f...` style address for default reprs.
pub fn addr(v: &Value) -> String {
    format!("{:#014x}", v.ptr().unwrap_or(0))
}

/// `<__main__.Foo object at 0x...>`.
pub fn default_repr(cls: &crate::objects::Class, v: &Value) -> String {
    if &*cls.module == "builtins" {
        format!("<{} object at {}>", cls.qualname, addr(v))
    } else {
        format!("<{}.{} object at {}>", cls.module, cls.qualname, addr(v))
    }
}

/// A container's repr, built in place: each item's repr is appended as
/// it is made, and the buffer's growth is asked of the run's memory budget
/// first. A container whose repr holds its own repr (`d[repr(d)] = 0` in
/// a loop) doubles each time, and building a string past the budget must
/// be `MemoryError`, as in CPython, not an allocation failure that aborts
/// the run (fuzz: 520 MB for one repr); and the reprs of a 10⁷-item list,
/// collected first as strings, took ~1 GB where CPython's repr takes 30 MB
/// (fuzz: `print([0] * 10**7)`).
struct Joined {
    out: String,
    empty: bool,
}

impl Joined {
    fn new(open: &str) -> Self {
        Joined { out: open.to_owned(), empty: true }
    }

    /// Appends `part`, after `", "` unless it is the first.
    fn push(&mut self, part: &str) -> PyResult<()> {
        self.push_parts(&[part])
    }

    /// Appends `key: value`, after `", "` unless it is the first.
    fn push_pair(&mut self, key: &str, value: &str) -> PyResult<()> {
        self.push_parts(&[key, ": ", value])
    }

    fn push_parts(&mut self, parts: &[&str]) -> PyResult<()> {
        let sep = if self.empty { "" } else { ", " };
        self.grow(parts.iter().fold(sep.len(), |n, p| n.saturating_add(p.len())))?;
        self.out.push_str(sep);
        for p in parts {
            self.out.push_str(p);
        }
        self.empty = false;
        Ok(())
    }

    fn finish(mut self, close: &str) -> PyResult<String> {
        self.grow(close.len())?;
        self.out.push_str(close);
        Ok(self.out)
    }

    /// Room for `more` bytes: when the buffer must grow, to twice its size
    /// (or what is needed), asked of the budget first.
    fn grow(&mut self, more: usize) -> PyResult<()> {
        let need = self.out.len().saturating_add(more);
        if need > self.out.capacity() {
            let cap = need.max(self.out.capacity().saturating_mul(2));
            super::memory::reserve(cap)?;
            self.out.reserve_exact(cap - self.out.len());
        }
        Ok(())
    }
}
