//! Constructors of builtin types (`int(x)`, `str(x)`, `list(it)`, ...),
//! installed as each type's `__new__`.

use super::args;
use super::def;
use crate::objects::function::Kwargs;
use crate::objects::{Dict, PySet, Value};
use crate::types::Types;
use crate::vm::exceptions::{new_exc, type_error, value_error, PyResult};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

/// `T.__new__(cls, ...)` of a builtin `T` called with a user subclass
/// `cls` (`tuple.__new__(Point, (1, 2))` as `namedtuple` does, or
/// `dict.__new__(Counter)` as `copy` does): the builtin value wrapped in an
/// instance of `cls`.
fn subclass_instance(a: &[Value], v: Value) -> Value {
    match a.first() {
        Some(Value::Class(c)) if !c.is_builtin => {
            let mut inst = crate::objects::Instance::new(c.clone());
            inst.base = Some(Box::new(v));
            Value::Instance(Rc::new(inst))
        }
        _ => v,
    }
}

macro_rules! subclassable {
    ($f:ident) => {{
        fn wrapped(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
            $f(vm, a, k).map(|v| subclass_instance(a, v))
        }
        wrapped
    }};
}

/// Installs `__new__` on every constructible builtin type.
pub fn install(t: &Types) {
    def(&mut t.int.dict.borrow_mut(), "__new__", subclassable!(int_new), Some("int"));
    def(&mut t.bool_.dict.borrow_mut(), "__new__", bool_new, Some("bool"));
    def(&mut t.float.dict.borrow_mut(), "__new__", subclassable!(float_new), Some("float"));
    def(&mut t.str_.dict.borrow_mut(), "__new__", subclassable!(str_new), Some("str"));
    def(&mut t.list.dict.borrow_mut(), "__new__", subclassable!(list_new), Some("list"));
    def(&mut t.tuple.dict.borrow_mut(), "__new__", subclassable!(tuple_new), Some("tuple"));
    def(&mut t.dict.dict.borrow_mut(), "__new__", subclassable!(dict_new), Some("dict"));
    def(&mut t.set.dict.borrow_mut(), "__new__", subclassable!(set_new), Some("set"));
    def(&mut t.frozenset.dict.borrow_mut(), "__new__", subclassable!(frozenset_new), Some("frozenset"));
    def(&mut t.slice.dict.borrow_mut(), "__new__", slice_new, Some("slice"));
    def(&mut t.bytes.dict.borrow_mut(), "__new__", subclassable!(bytes_new), Some("bytes"));
    def(&mut t.object.dict.borrow_mut(), "__new__", object_new, Some("object"));
    def(&mut t.type_.dict.borrow_mut(), "__new__", type_new, Some("type"));
}

/// Converts an integral (finite) float to an int value, exactly: every
/// float beyond `i64` is an integer, and `BigInt::from_f64` converts it
/// without rounding (`int(-1e300)` is the exact 301-digit value).
pub fn float_to_int(f: f64) -> Value {
    if f.abs() < 9.0e18 {
        Value::Int(f as i64)
    } else {
        Value::from_bigint(big_from_f64(f))
    }
}

fn big_from_f64(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f.trunc()).unwrap_or_default()
}

/// `round(x, n)` for floats (`float.__round__`): correctly rounded, see
/// [`crate::algo::round::round_float`].
pub fn round_float(x: f64, n: i64) -> PyResult<f64> {
    use crate::algo::round::RoundOverflow;
    crate::algo::round::round_float(x, n).map_err(|RoundOverflow| crate::vm::exceptions::overflow_error(RoundOverflow::MESSAGE))
}

fn class_arg(a: &[Value]) -> &[Value] {
    &a[1..]
}

/// The digit count of a valid base-10 `int()` literal (None if invalid),
/// checked without converting: CPython refuses more than 4300 digits
/// before the (quadratic) conversion.
fn decimal_digits(text: &str) -> Option<usize> {
    let t = text.trim();
    let t = t.strip_prefix(['-', '+']).unwrap_or(t);
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let mut n = 0;
    for c in t.chars() {
        if c == '_' {
            continue;
        }
        crate::algo::unicode_digit::decimal_value(c)?;
        n += 1;
    }
    Some(n)
}

/// Parses an int literal the way `int(str, base)` does.
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &lower[2..]),
        (0 | 8, Some("0o")) => (8, &lower[2..]),
        (0 | 2, Some("0b")) => (2, &lower[2..]),
        (0, _) => {
            if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
            (10, lower.as_str())
        }
        (b, _) => (b, lower.as_str()),
    };
    let digits = digits.strip_prefix('_').unwrap_or(digits);
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').map(|c| crate::algo::unicode_digit::decimal_value(c).and_then(|d| char::from_digit(d, 10)).unwrap_or(c)).collect();
    let n = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -n } else { n })
}

fn int_new(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let a = class_arg(a);
    args::only_kwargs("int", k, &["base"])?;
    let base = a.get(1).cloned().or_else(|| args::kw(k, "base"));
    let Some(x) = a.first() else { return Ok(Value::Int(0)) };
    if let Some(b) = base {
        let b = args::int(vm, &b)?;
        let Value::Str(s) = x else { return Err(type_error("int() can't convert non-string with explicit base")) };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return parse_int(s.as_str(), b as u32).map(Value::from_bigint).ok_or_else(|| {
            value_error(format!("invalid literal for int() with base {b}: {}", crate::vm::repr::str_repr(s.as_str())))
        });
    }
    Ok(match x {
        Value::Int(_) | Value::BigInt(_) => x.clone(),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(crate::vm::exceptions::overflow_error("cannot convert float infinity to integer"));
            }
            float_to_int(f.trunc())
        }
        Value::Str(s) if decimal_digits(s.as_str()).is_some_and(|n| n > crate::vm::repr::INT_MAX_STR_DIGITS) => {
            return Err(crate::vm::repr::int_digits_error(decimal_digits(s.as_str())));
        }
        Value::Str(s) => parse_int(s.as_str(), 10).map(Value::from_bigint).ok_or_else(|| {
            value_error(format!("invalid literal for int() with base 10: {}", crate::vm::repr::str_repr(s.as_str())))
        })?,
        other => {
            let cls = vm.type_of(other);
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = cls.lookup(m) {
                    return vm.call(&f, vec![other.clone()]);
                }
            }
            if let Value::Instance(i) = other {
                let base = i.base().clone();
                if !base.is_null() {
                    return int_new(vm, &[Value::None, base], k);
                }
            }
            return Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                cls.name
            )));
        }
    })
}

fn bool_new(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let a = class_arg(a);
    match a.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

/// Parses a float literal as `float(str)` does.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim().replace('_', "");
    let lower = t.to_lowercase();
    match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => return Some(if lower.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY }),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if t.is_empty() || t.contains(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))) {
        return None;
    }
    t.parse().ok()
}

fn float_new(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let a = class_arg(a);
    let Some(x) = a.first() else { return Ok(Value::Float(0.0)) };
    Ok(Value::Float(match x {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(b) => b.to_f64().filter(|f| f.is_finite()).ok_or_else(|| crate::vm::exceptions::overflow_error("int too large to convert to float"))?,
        Value::Str(s) => parse_float(s.as_str()).ok_or_else(|| {
            value_error(format!("could not convert string to float: {}", crate::vm::repr::str_repr(s.as_str())))
        })?,
        other => {
            let cls = vm.type_of(other);
            if let Some(m) = cls.lookup("__float__") {
                return vm.call(&m, vec![other.clone()]);
            }
            if let Some(m) = cls.lookup("__index__") {
                let r = vm.call(&m, vec![other.clone()])?;
                return float_new(vm, &[Value::None, r], &Kwargs::new());
            }
            return Err(type_error(format!("float() argument must be a string or a real number, not '{}'", cls.name)));
        }
    }))
}

fn str_new(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let a = class_arg(a);
    match a.first() {
        None => Ok(Value::str("")),
        Some(b @ (Value::Bytes(_) | Value::ByteArray(_))) if a.len() > 1 || !k.is_empty() => {
            let text = |i: usize, name: &str, default: &str| -> PyResult<String> {
                match a.get(i).cloned().or_else(|| args::kw(k, name)) {
                    Some(v) => Ok(args::string(&format!("str() argument '{name}'"), &v)?.to_owned()),
                    None => Ok(default.to_owned()),
                }
            };
            let data = super::bytes::bytes_like(b).unwrap_or_default();
            Ok(Value::str(super::codecs::decode(&data, &text(1, "encoding", "utf-8")?, &text(2, "errors", "strict")?)?))
        }
        Some(v) => Ok(Value::str(vm.str_of(v)?)),
    }
}

fn list_new(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let a = class_arg(a);
    args::count("list", a, 0, 1)?;
    match a.first() {
        None => Ok(Value::list(vec![])),
        Some(v) => Ok(Value::list(vm.collect(v)?)),
    }
}

fn tuple_new(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let a = class_arg(a);
    args::count("tuple", a, 0, 1)?;
    match a.first() {
        None => Ok(Value::tuple(vec![])),
        Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
        Some(v) => Ok(Value::tuple(vm.collect(v)?)),
    }
}

fn dict_new(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let a = class_arg(a);
    args::count("dict", a, 0, 1)?;
    let d = Rc::new(RefCell::new(Dict::new()));
    if let Some(src) = a.first() {
        vm.dict_update_from(&d, src, false)?;
    }
    for (key, v) in k {
        vm.dict_set_cell(&d, Value::str(&**key), v.clone())?;
    }
    Ok(Value::Dict(d))
}

fn set_new(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let a = class_arg(a);
    args::count("set", a, 0, 1)?;
    let s = match a.first() {
        Some(src) => super::set::from_iterable(vm, src)?,
        None => PySet::new(),
    };
    Ok(Value::Set(Rc::new(RefCell::new(s))))
}

fn frozenset_new(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let a = class_arg(a);
    args::count("frozenset", a, 0, 1)?;
    let s = match a.first() {
        Some(Value::FrozenSet(fs)) => return Ok(Value::FrozenSet(fs.clone())),
        Some(src) => super::set::from_iterable(vm, src)?,
        None => PySet::new(),
    };
    Ok(Value::FrozenSet(Rc::new(s)))
}

fn slice_new(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let a = class_arg(a);
    args::count("slice", a, 1, 3)?;
    Ok(Value::Slice(Rc::new(match a.len() {
        1 => [Value::None, a[0].clone(), Value::None],
        2 => [a[0].clone(), a[1].clone(), Value::None],
        _ => [a[0].clone(), a[1].clone(), a[2].clone()],
    })))
}

fn bytes_new(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bytes(super::bytes_from::from_source(vm, class_arg(a), k, "bytes")?.into()))
}

fn object_new(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Class(c)) => Ok(Value::Instance(Rc::new(crate::objects::Instance::new(c.clone())))),
        Some(other) => Err(type_error(format!("object.__new__(X): X is not a type object ({})", vm.type_name(other)))),
        None => Err(type_error("object.__new__(): not enough arguments")),
    }
}

fn type_new(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let a = class_arg(a);
    match a.len() {
        1 => Ok(Value::Class(vm.type_of(&a[0]))),
        3 => {
            let name: Rc<str> = args::string("type.__new__() argument 1", &a[0])?.into();
            let bases = match &a[1] {
                Value::Tuple(t) => t.iter().filter_map(|b| if let Value::Class(c) = b { Some(c.clone()) } else { None }).collect(),
                _ => Vec::new(),
            };
            let t = crate::types::types();
            let bases = if bases.is_empty() { vec![t.object.clone()] } else { bases };
            let Some(mro) = crate::objects::class::c3_mro(&bases) else {
                return Err(type_error("Cannot create a consistent method resolution order (MRO)"));
            };
            let mut dict = crate::objects::AttrMap::default();
            if let Value::Dict(d) = &a[2] {
                for (_, k, v) in d.borrow().iter() {
                    if let Value::Str(s) = k {
                        dict.insert(s.as_str().into(), v.clone());
                    }
                }
            }
            let tag = bases.iter().map(|b| b.tag).find(|t| *t != crate::objects::TypeTag::Object).unwrap_or(crate::objects::TypeTag::Object);
            Ok(Value::Class(Rc::new(crate::objects::Class {
                qualname: name.clone(),
                name,
                module: "__main__".into(),
                bases,
                mro,
                dict: crate::objects::ClassDict::new(dict),
                tag,
                is_builtin: false,
            })))
        }
        _ => Err(type_error("type() takes 1 or 3 arguments")),
    }
}

#[allow(dead_code)]
fn unused(_: BigInt) -> bool {
    BigInt::zero().is_zero() && new_exc("X", "").is_raise()
}

impl crate::vm::Unwind {
    /// True for a Python exception.
    pub fn is_raise(&self) -> bool {
        matches!(self, crate::vm::Unwind::Raise(_))
    }
}
