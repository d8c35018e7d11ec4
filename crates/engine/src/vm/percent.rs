//! `str % args`: printf-style formatting with CPython's conversions and
//! error messages.

use super::exceptions::{type_error, value_error, PyResult};
use super::Vm;
use crate::objects::Value;

impl Vm {
    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let Value::Str(f) = fmt else { return Ok(Value::NotImplemented) };
        let f = f.as_str().to_owned();
        let (items, mapping): (Vec<Value>, Option<Value>) = match args {
            Value::Tuple(t) => (t.to_vec(), None),
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            other => (vec![other.clone()], None),
        };
        let mut next = 0usize;
        let mut out = String::new();
        let mut chars = f.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            let mut key = None;
            if chars.peek() == Some(&'(') {
                chars.next();
                let mut k = String::new();
                let mut depth = 1;
                for ch in chars.by_ref() {
                    match ch {
                        '(' => depth += 1,
                        ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    k.push(ch);
                }
                key = Some(k);
            }
            let mut flags = String::new();
            while let Some(&ch) = chars.peek() {
                if "-+ #0".contains(ch) {
                    flags.push(ch);
                    chars.next();
                } else {
                    break;
                }
            }
            let mut width = String::new();
            if chars.peek() == Some(&'*') {
                chars.next();
                let w = items.get(next).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
                next += 1;
                width = crate::builtins::args::int(self, &w)?.to_string();
            } else {
                while let Some(&ch) = chars.peek() {
                    if ch.is_ascii_digit() {
                        width.push(ch);
                        chars.next();
                    } else {
                        break;
                    }
                }
            }
            let mut precision = None;
            if chars.peek() == Some(&'.') {
                chars.next();
                let mut p = String::new();
                if chars.peek() == Some(&'*') {
                    chars.next();
                    let w = items.get(next).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
                    next += 1;
                    p = crate::builtins::args::int(self, &w)?.to_string();
                } else {
                    while let Some(&ch) = chars.peek() {
                        if ch.is_ascii_digit() {
                            p.push(ch);
                            chars.next();
                        } else {
                            break;
                        }
                    }
                }
                precision = Some(p);
            }
            while matches!(chars.peek(), Some('l' | 'h' | 'L')) {
                chars.next();
            }
            let Some(conv) = chars.next() else { return Err(value_error("incomplete format")) };
            if conv == '%' {
                out.push('%');
                continue;
            }
            let value = match &key {
                Some(k) => {
                    let m = mapping.clone().ok_or_else(|| type_error("format requires a mapping"))?;
                    self.getitem(&m, &Value::str(k.as_str()))?
                }
                None => {
                    let v = items.get(next).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
                    next += 1;
                    v
                }
            };
            let mut spec = String::new();
            let left = flags.contains('-');
            let zero = flags.contains('0') && !left;
            if flags.contains('+') {
                spec.push('+');
            } else if flags.contains(' ') {
                spec.push(' ');
            }
            if flags.contains('#') {
                spec.push('#');
            }
            let text = match conv {
                's' | 'r' | 'a' => {
                    let s = match conv {
                        's' => self.str_of(&value)?,
                        'r' => self.repr(&value)?,
                        _ => super::repr::ascii_escape(&self.repr(&value)?),
                    };
                    match &precision {
                        Some(p) => s.chars().take(p.parse().unwrap_or(0)).collect(),
                        None => s,
                    }
                }
                'd' | 'i' | 'u' => {
                    let n = match &value {
                        Value::Float(f) => crate::builtins::ctors::float_to_int(f.trunc()),
                        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => value.clone(),
                        other => {
                            return Err(type_error(format!("%{conv} format: a real number is required, not {}", self.type_name(other))))
                        }
                    };
                    let n = if let Value::Bool(b) = n { Value::Int(b as i64) } else { n };
                    self.format(&n, &format!("{spec}{}", if zero { format!("0{width}") } else { String::new() }))?
                }
                'x' | 'X' | 'o' => {
                    let n = match &value {
                        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => value.clone(),
                        other => return Err(type_error(format!("%{conv} format: an integer is required, not {}", self.type_name(other)))),
                    };
                    self.format(&n, &format!("{spec}{}{conv}", if zero { format!("0{width}") } else { String::new() }))?
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let x = match &value {
                        Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => super::ops::to_f64(&value).unwrap_or(0.0),
                        other => {
                            return Err(type_error(format!("must be real number, not {}", self.type_name(other))))
                        }
                    };
                    let p = precision.clone().unwrap_or_else(|| "6".into());
                    self.format(&Value::Float(x), &format!("{spec}{}.{p}{conv}", if zero { format!("0{width}") } else { String::new() }))?
                }
                'c' => match &value {
                    Value::Int(i) => char::from_u32(*i as u32).map(String::from).unwrap_or_default(),
                    Value::Str(s) if s.char_len() == 1 => s.as_str().to_owned(),
                    _ => return Err(type_error("%c requires int or char")),
                },
                other => {
                    return Err(value_error(format!(
                        "unsupported format character '{other}' (0x{:x}) at index {}",
                        other as u32,
                        out.len()
                    )))
                }
            };
            let w: usize = width.parse().unwrap_or(0);
            let len = text.chars().count();
            if len < w {
                let pad = " ".repeat(w - len);
                if left {
                    out.push_str(&text);
                    out.push_str(&pad);
                } else {
                    out.push_str(&pad);
                    out.push_str(&text);
                }
            } else {
                out.push_str(&text);
            }
        }
        if mapping.is_none() && next < items.len() {
            return Err(type_error("not all arguments converted during string formatting"));
        }
        Ok(Value::str(out))
    }
}
