//! `str % args`, as CPython 3.11's `PyUnicode_Format` does it. The rules
//! (parsing, padding, number text, messages) live in
//! [`crate::algo::percent_format`]; this file plays the VM's part: it
//! fetches arguments in CPython's order (`unicode_format_getnextarg`) and
//! converts each value (`str()`, `repr()`, `int()`, `float()`, `%c`).

use super::exceptions::{overflow_error, type_error, value_error, PyResult};
use super::Vm;
use crate::algo::percent_format::{
    format_float, format_int, format_text, pieces, Category, Conversion, Count, PercentError, Piece, Spec,
    CHAR_RANGE_MESSAGE, CHAR_TYPE_MESSAGE, STAR_TYPE_MESSAGE,
};
use crate::objects::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// The arguments of `%` and where the next one comes from: CPython's
/// `args`, `arglen`, `argidx` and `dict`.
struct Cursor {
    /// The tuple's items, or the single value (also a value looked up by key).
    args: Value,
    /// `-1` for a single value.
    arglen: i64,
    /// `-2` for a single value not yet used.
    argidx: i64,
    /// The right operand when it is a mapping (`%(key)s` looks keys up in it).
    dict: Option<Value>,
}

impl Cursor {
    /// `unicode_format_getnextarg`.
    fn next(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let index = self.argidx;
            self.argidx += 1;
            return Ok(match &self.args {
                Value::Tuple(items) if self.arglen >= 0 => items[index as usize].clone(),
                single => single.clone(),
            });
        }
        Err(type_error("not enough arguments for format string"))
    }

    /// `argidx < arglen`: arguments left over.
    fn unused(&self) -> bool {
        self.argidx < self.arglen
    }

    /// A `*` width or precision: an int, at most `max` in size.
    fn star(&mut self, c_type: &str, max: i64) -> PyResult<i64> {
        let n = match self.next()? {
            Value::Int(n) => Some(n),
            Value::Bool(b) => Some(i64::from(b)),
            Value::BigInt(_) => None,
            _ => return Err(type_error(STAR_TYPE_MESSAGE)),
        };
        n.filter(|n| n.unsigned_abs() <= max as u64)
            .ok_or_else(|| overflow_error(format!("Python int too large to convert to C {c_type}")))
    }
}

impl Vm {
    /// `fmt % args` for a str `fmt` (`PyUnicode_Format`).
    pub fn percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let Value::Str(fmt) = fmt else { return Ok(Value::NotImplemented) };
        let fmt = fmt.clone();
        let mut cursor = match args {
            Value::Tuple(items) => Cursor { args: args.clone(), arglen: items.len() as i64, argidx: 0, dict: None },
            _ => Cursor { args: args.clone(), arglen: -1, argidx: -2, dict: None },
        };
        if self.is_mapping(args) {
            cursor.dict = Some(args.clone());
        }
        let mut out = String::new();
        for piece in pieces(fmt.as_str()) {
            let conversion = match piece {
                Ok(Piece::Literal(text)) => {
                    out.push_str(text);
                    continue;
                }
                Ok(Piece::Conversion(c)) => c,
                Err(e) => return Err(parse_error(e, &mut cursor)),
            };
            out.push_str(&self.percent_conversion(&conversion, &mut cursor)?);
            if cursor.dict.is_some() && cursor.unused() {
                return Err(type_error("not all arguments converted during string formatting"));
            }
        }
        if cursor.dict.is_none() && cursor.unused() {
            return Err(type_error("not all arguments converted during string formatting"));
        }
        Ok(Value::str(out))
    }

    /// `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`:
    /// anything with `__getitem__` but a tuple or str (so `'x' % []` is fine).
    fn is_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::Range(_) => true,
            Value::Tuple(_) | Value::Str(_) => false,
            Value::Instance(_) => self.type_of(v).lookup("__getitem__").is_some(),
            _ => false,
        }
    }

    /// One conversion: the key's value, the `*` arguments, then the value,
    /// converted for its category (`unicode_format_arg_parse` and
    /// `unicode_format_arg_format`).
    fn percent_conversion(&mut self, conversion: &Conversion<'_>, cursor: &mut Cursor) -> PyResult<String> {
        if let Some(key) = conversion.key {
            let Some(dict) = cursor.dict.clone() else { return Err(type_error("format requires a mapping")) };
            cursor.args = self.getitem(&dict, &Value::str(key))?;
            cursor.arglen = -1;
            cursor.argidx = -2;
        }
        let star_width = match conversion.width {
            Some(Count::Star) => Some(cursor.star("ssize_t", i64::MAX)?),
            _ => None,
        };
        let star_precision = match conversion.precision {
            Some(Count::Star) => Some(cursor.star("int", i64::from(i32::MAX))?),
            _ => None,
        };
        let spec = conversion.spec(star_width, star_precision);
        let value = cursor.next()?;
        // The width pads, a number's precision is that many digits: ask
        // the allocation guard first (`'%1000000000000d' % 1` is MemoryError).
        let digits = if matches!(conversion.category(), Category::Text) { 0 } else { spec.precision.unwrap_or(0) };
        super::memory::reserve(spec.width.unwrap_or(0).saturating_add(digits))?;
        Ok(match conversion.category() {
            Category::Text => {
                let text = match conversion.kind {
                    's' => self.str_of(&value)?,
                    'r' => self.repr(&value)?,
                    _ => super::repr::ascii_escape(&self.repr(&value)?),
                };
                format_text(&text, &spec)
            }
            Category::Int => format_int(&self.percent_int(conversion, &value)?, &spec),
            Category::Float => format_float(self.percent_float(conversion, &value)?, &spec),
            Category::Char => self.percent_char(&value, &spec)?,
            Category::Unsupported => return Err(value_error(conversion.unsupported_message())),
        })
    }

    /// `mainformatlong`: an int as is; for `%d %i %u` anything `int()`
    /// accepts as a number (a float is truncated), for `%o %x %X` only
    /// what has `__index__`.
    fn percent_int(&mut self, conversion: &Conversion<'_>, value: &Value) -> PyResult<BigInt> {
        let wants_index = matches!(conversion.kind, 'o' | 'x' | 'X');
        let wrong_type = |vm: &Vm| type_error(conversion.type_error_message(&vm.type_name(value)));
        match value {
            Value::Int(n) => Ok(BigInt::from(*n)),
            Value::Bool(b) => Ok(BigInt::from(u8::from(*b))),
            Value::BigInt(n) => Ok((**n).clone()),
            Value::Float(_) if wants_index => Err(wrong_type(self)),
            Value::Float(x) if x.is_nan() => Err(value_error("cannot convert float NaN to integer")),
            Value::Float(x) if x.is_infinite() => Err(overflow_error("cannot convert float infinity to integer")),
            Value::Float(x) => Ok(float_to_bigint(x.trunc())),
            Value::Instance(_) => {
                let methods: &[&str] = if wants_index { &["__index__"] } else { &["__int__", "__index__"] };
                let cls = self.type_of(value);
                let Some(method) = methods.iter().find_map(|m| cls.lookup(m)) else { return Err(wrong_type(self)) };
                match self.call(&method, vec![value.clone()])? {
                    Value::Int(n) => Ok(BigInt::from(n)),
                    Value::Bool(b) => Ok(BigInt::from(u8::from(b))),
                    Value::BigInt(n) => Ok((*n).clone()),
                    other => Err(type_error(format!("__int__ returned non-int (type {})", self.type_name(&other)))),
                }
            }
            _ => Err(wrong_type(self)),
        }
    }

    /// `PyFloat_AsDouble`: floats, ints, and objects with `__float__` or `__index__`.
    fn percent_float(&mut self, conversion: &Conversion<'_>, value: &Value) -> PyResult<f64> {
        match value {
            Value::Float(x) => Ok(*x),
            Value::Int(n) => Ok(*n as f64),
            Value::Bool(b) => Ok(f64::from(u8::from(*b))),
            Value::BigInt(n) => n
                .to_f64()
                .filter(|x| x.is_finite())
                .ok_or_else(|| overflow_error("int too large to convert to float")),
            Value::Instance(_) => {
                let cls = self.type_of(value);
                let Some(method) = cls.lookup("__float__").or_else(|| cls.lookup("__index__")) else {
                    return Err(type_error(conversion.type_error_message(&self.type_name(value))));
                };
                let result = self.call(&method, vec![value.clone()])?;
                self.percent_float(conversion, &result)
            }
            _ => Err(type_error(conversion.type_error_message(&self.type_name(value)))),
        }
    }

    /// `formatchar`: a one-character str, or an int code point.
    fn percent_char(&mut self, value: &Value, spec: &Spec) -> PyResult<String> {
        let code = match value {
            Value::Str(s) if s.char_len() == 1 => return Ok(format_text(s.as_str(), spec)),
            Value::Int(n) => Some(*n),
            Value::Bool(b) => Some(i64::from(*b)),
            Value::BigInt(_) => None,
            Value::Instance(_) => match self.type_of(value).lookup("__index__") {
                Some(method) => match self.call(&method, vec![value.clone()])? {
                    Value::Int(n) => Some(n),
                    _ => None,
                },
                None => return Err(type_error(CHAR_TYPE_MESSAGE)),
            },
            _ => return Err(type_error(CHAR_TYPE_MESSAGE)),
        };
        let c = code.and_then(|n| u32::try_from(n).ok()).filter(|&n| n < 0x11_0000);
        let c = c.ok_or_else(|| overflow_error(CHAR_RANGE_MESSAGE))?;
        // A lone surrogate cannot live in a Rust string; U+FFFD stands in.
        let c = char::from_u32(c).unwrap_or('\u{fffd}');
        Ok(format_text(c.encode_utf8(&mut [0; 4]), spec))
    }
}

/// A format string CPython rejects while parsing: a `ValueError`, after
/// the `*` arguments it had already fetched (and checked), or the
/// `TypeError` for a key without a mapping.
fn parse_error(e: PercentError, cursor: &mut Cursor) -> super::Unwind {
    let stars = match e {
        PercentError::IncompleteKey if cursor.dict.is_none() => return type_error("format requires a mapping"),
        PercentError::Incomplete { stars } | PercentError::PrecisionTooBig { stars } => stars,
        _ => 0,
    };
    for _ in 0..stars {
        if let Err(e) = cursor.star("ssize_t", i64::MAX) {
            return e;
        }
    }
    value_error(e.message())
}

/// A float already truncated to an integer value, exactly.
fn float_to_bigint(x: f64) -> BigInt {
    num_traits::FromPrimitive::from_f64(x).unwrap_or_default()
}
