//! Operators: arithmetic with Python's int/float semantics (bigint
//! promotion, floor division, modulo sign), the reflected-operand protocol
//! for user classes, comparisons, equality, hashing, truthiness, `len`, `in`.

use super::exceptions::{type_error, zero_division};
use super::{PyResult, Vm};
use crate::bytecode::op::{BinOp, CmpOp};
use crate::objects::{Dict, PySet, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

/// Integer comparison.
#[inline]
pub fn cmp_i64(a: i64, b: i64, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

fn cmp_ord(o: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

/// The hash of a str, as CPython computes it with PYTHONHASHSEED=0.
pub fn hash_str(s: &str) -> i64 {
    crate::algo::hash::hash_str(s)
}

/// Numeric view of a value for arithmetic.
pub enum Num {
    /// Fits in i64.
    Int(i64),
    /// Big.
    Big(BigInt),
    /// Float.
    Float(f64),
}

/// `Some(Num)` for int, bool and float values.
pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::BigInt(b) => Some(Num::Big((**b).clone())),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

/// Converts an int-like value to a BigInt.
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Float value of an int/float/bool.
pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => b.to_f64(),
        Value::Float(f) => Some(*f),
        _ => None,
    }
}

fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(super::exceptions::overflow_error("int too large to convert to float")),
    }
}

/// Python's float modulo (result has the sign of the divisor).
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

/// Python's float floor division.
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = float_mod(a, b);
    let d = (a - m) / b;
    if d == 0.0 {
        0.0f64.copysign(a / b)
    } else {
        let f = d.floor();
        if d - f > 0.5 { f + 1.0 } else { f }
    }
}

/// Arithmetic on two ints (i64 fast path, bigint otherwise).
fn int_op(a: &BigInt, b: &BigInt, op: BinOp) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => Value::from_bigint(a + b),
        BinOp::Sub => Value::from_bigint(a - b),
        BinOp::Mul => {
            super::memory::reserve(((a.bits() + b.bits()) / 8) as usize)?;
            Value::from_bigint(a * b)
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(zero_division("division by zero"));
            }
            match (a.to_i64(), b.to_i64()) {
                (Some(x), Some(y)) if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => {
                    Value::Float(x as f64 / y as f64)
                }
                _ => Value::Float(big_truediv(a, b)?),
            }
        }
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            Value::from_bigint(a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            Value::from_bigint(a.mod_floor(b))
        }
        BinOp::Pow => {
            if b.is_negative() {
                let (x, y) = (big_to_f64(a)?, big_to_f64(b)?);
                if x == 0.0 {
                    return Err(zero_division("0.0 cannot be raised to a negative power"));
                }
                return Ok(Value::Float(x.powf(y)));
            }
            // 0, 1 and -1 stay small whatever the exponent; anything else
            // needs about bits(a) * e bits, checked before computing.
            if a.is_zero() || a.magnitude().is_one() {
                let odd = b.is_odd();
                return Ok(Value::from_bigint(if a.is_zero() { BigInt::from(0) } else if a.is_negative() && odd { BigInt::from(-1) } else { BigInt::from(1) }));
            }
            let e = b.to_u32().ok_or_else(super::memory::memory_error)?;
            super::memory::reserve_items(a.bits().saturating_sub(1) as usize, e as usize / 8)?;
            Value::from_bigint(num_traits::pow::Pow::pow(a, e))
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(super::exceptions::value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            // `divmod_shift`: a count whose 30-bit word count overflows
            // `Py_ssize_t` is OverflowError, a merely huge result MemoryError.
            let s = b.to_u128().filter(|s| s / 30 <= i64::MAX as u128).ok_or_else(|| super::exceptions::overflow_error("too many digits in integer"))?;
            let s = usize::try_from(s).map_err(|_| super::memory::memory_error())?;
            super::memory::reserve((a.bits() as usize).saturating_add(s) / 8)?;
            Value::from_bigint(a << s)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(super::exceptions::value_error("negative shift count"));
            }
            let s = b.to_u64().unwrap_or(u64::MAX);
            if s >= a.bits() {
                Value::Int(if a.is_negative() { -1 } else { 0 })
            } else {
                Value::from_bigint(a >> s)
            }
        }
        BinOp::And => Value::from_bigint(a & b),
        BinOp::Or => Value::from_bigint(a | b),
        BinOp::Xor => Value::from_bigint(a ^ b),
        BinOp::MatMul => return Err(type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    })
}

fn big_truediv(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    // Correctly rounded, as CPython's long_true_divide: a quotient of 55-56
    // bits plus a sticky remainder bit, rounded half to even to the 53 bits
    // (fewer for subnormal results) a double holds.
    use num_integer::Integer;
    let negative = a.is_negative() != b.is_negative();
    let (n, d) = (a.magnitude(), b.magnitude());
    if n.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let shift = d.bits() as i64 - n.bits() as i64 + 55;
    let (q, r) = if shift >= 0 { (n << shift as usize).div_rem(d) } else { n.div_rem(&(d << (-shift) as usize)) };
    let qbits = q.bits() as i64;
    let exponent = qbits - 1 - shift;
    if exponent > 1023 {
        return Err(super::exceptions::overflow_error("integer division result too large for a float"));
    }
    let keep = if exponent < -1022 { (53 - (-1022 - exponent)).max(0) } else { 53 };
    let extra = (qbits - keep) as usize;
    let low = &q & ((num_bigint::BigUint::from(1u8) << extra) - 1u8);
    let half = num_bigint::BigUint::from(1u8) << (extra - 1);
    let mut mant = (&q >> extra).to_u64().unwrap_or(0);
    if low > half || (low == half && (!r.is_zero() || mant & 1 == 1)) {
        mant += 1;
    }
    let scale = extra as i64 - shift;
    let mut x = mant as f64;
    // Two steps keep every power of two representable.
    let first = scale.clamp(-1000, 1000);
    x *= 2f64.powi(first as i32);
    x *= 2f64.powi((scale - first) as i32);
    if x.is_infinite() {
        return Err(super::exceptions::overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -x } else { x })
}

fn i64_op(x: i64, y: i64, op: BinOp) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        // One division each (`checked_rem` then `mod_floor` made two); only
        // `MIN // -1` overflows.
        BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
            let (q, r) = (x / y, x % y);
            if r != 0 && (r < 0) != (y < 0) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => {
            let r = x % y;
            if r != 0 && (r < 0) != (y < 0) {
                r + y
            } else {
                r
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::Pow if (0..64).contains(&y) => x.checked_pow(y as u32)?,
        BinOp::LShift if (0..63).contains(&y) => {
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            r
        }
        BinOp::RShift if y >= 0 => x >> y.min(63),
        _ => return None,
    }))
}

/// `a op b` for two ints or two floats when the result needs no error,
/// no big integer and no protocol: what `BinaryOp`/`InplaceOp` try before
/// [`Vm::binary_op`]. `None`: take the full path (it gives the same result,
/// only later). Int true division is exact here only while both operands
/// are exactly representable (|n| <= 2^53), as CPython's fast path.
#[inline]
pub fn fast_binop(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::TrueDiv => {
                const EXACT: i64 = 1 << 53;
                if *y != 0 && (-EXACT..=EXACT).contains(x) && (-EXACT..=EXACT).contains(y) {
                    Some(Value::Float(*x as f64 / *y as f64))
                } else {
                    None
                }
            }
            _ => i64_op(*x, *y, op),
        },
        (Value::Float(x), Value::Float(y)) => match op {
            BinOp::Add => Some(Value::Float(x + y)),
            BinOp::Sub => Some(Value::Float(x - y)),
            BinOp::Mul => Some(Value::Float(x * y)),
            BinOp::TrueDiv if *y != 0.0 => Some(Value::Float(x / y)),
            _ => None,
        },
        _ => None,
    }
}

fn float_op(x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo"));
            }
            float_mod(x, y)
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 {
                return Err(super::exceptions::unsupported("complex numbers"));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(super::exceptions::overflow_error("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => return Ok(Value::NotImplemented),
    }))
}

/// Arithmetic on builtin numbers; `NotImplemented` when not numeric.
pub fn num_binop(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Ok(Value::Bool(x & y)),
            BinOp::Or => return Ok(Value::Bool(x | y)),
            BinOp::Xor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(v) = i64_op(*x, *y, op) {
            return Ok(v);
        }
    }
    let (Some(x), Some(y)) = (as_num(a), as_num(b)) else { return Ok(Value::NotImplemented) };
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul) {
            return Ok(Value::NotImplemented);
        }
        return float_op(num_f64(&x)?, num_f64(&y)?, op);
    }
    let (x, y) = (to_big(a).unwrap_or_default(), to_big(b).unwrap_or_default());
    int_op(&x, &y, op)
}

fn num_f64(n: &Num) -> PyResult<f64> {
    Ok(match n {
        Num::Int(i) => *i as f64,
        Num::Big(b) => big_to_f64(b)?,
        Num::Float(f) => *f,
    })
}

impl Vm {
    /// `a op b` with the full protocol.
    pub fn binary_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        let r = self.builtin_binop(&a, &b, op)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        let (name, rname, _) = op.dunders();
        let ta = self.type_of(&a);
        let tb = self.type_of(&b);
        let b_is_subclass = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        if b_is_subclass {
            if let Some(r) = self.try_dunder(&b, rname, &a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.try_dunder(&a, name, &b)? {
            return Ok(r);
        }
        if !b_is_subclass && !Rc::ptr_eq(&ta, &tb) {
            if let Some(r) = self.try_dunder(&b, rname, &a)? {
                return Ok(r);
            }
        }
        let (ba, bb) = (self.builtin_base(&a, name), self.builtin_base(&b, rname));
        if ba.is_some() || bb.is_some() {
            let r = self.builtin_binop(ba.as_ref().unwrap_or(&a), bb.as_ref().unwrap_or(&b), op)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if op == BinOp::Mod {
            if let Value::Str(_) = a {
                return self.percent_format(&a, &b);
            }
        }
        // Sequence concatenation/repetition errors word it CPython's way.
        if op == BinOp::Add && matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)) {
            let what = if let Value::Bytes(_) | Value::ByteArray(_) = a { format!("can't concat {} to {}", tb.name, ta.name) } else {
                format!("can only concatenate {} (not \"{}\") to {}", ta.name, tb.name, ta.name)
            };
            return Err(type_error(what));
        }
        let is_seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_));
        if op == BinOp::Mul && (is_seq(&a) || is_seq(&b)) {
            let other = if is_seq(&a) { &tb } else { &ta };
            return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", other.name)));
        }
        Err(type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            ta.name,
            tb.name
        )))
    }

    /// `a op= b`: `__iop__` first, then the binary operator.
    pub fn inplace_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        match (&a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = self.collect(&b)?;
                l.borrow_mut().extend(items);
                return Ok(a);
            }
            (Value::ByteArray(buf), BinOp::Add) => {
                if crate::builtins::bytearray::iadd(buf, &b).is_some() {
                    return Ok(a);
                }
            }
            (Value::ByteArray(buf), BinOp::Mul) => {
                if crate::builtins::bytearray::imul(buf, &b)?.is_some() {
                    return Ok(a);
                }
            }
            (Value::List(l), BinOp::Mul) => {
                if let Value::Int(n) = b {
                    super::memory::reserve_items(l.borrow().len().saturating_mul(n.max(0) as usize), std::mem::size_of::<Value>())?;
                    let items = l.borrow().to_vec();
                    let mut out = Vec::new();
                    for _ in 0..n.max(0) {
                        out.extend(items.iter().cloned());
                    }
                    **l.borrow_mut() = out;
                    // `xs *= 0` releases the items the last first (`_list_clear`);
                    // the copy holds the last references.
                    crate::objects::list::release_last_first(items);
                    return Ok(a);
                }
            }
            (Value::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
                if let Some(r) = crate::builtins::set::set_inplace(self, &a, &b, op)? {
                    return Ok(r);
                }
            }
            (Value::Dict(d), BinOp::Or) => {
                self.dict_update_from(&d.clone(), &b, false)?;
                return Ok(a);
            }
            (Value::Instance(_), _) => {
                let (_, _, iname) = op.dunders();
                if let Some(r) = self.try_dunder(&a, iname, &b)? {
                    return Ok(r);
                }
            }
            _ => {}
        }
        self.binary_op(a, b, op).map_err(|e| fix_inplace_message(e, op))
    }

    /// The builtin value a subclass instance wraps, unless its class
    /// defines `dunder` in Python.
    fn builtin_base(&self, v: &Value, dunder: &str) -> Option<Value> {
        let Value::Instance(inst) = v else { return None };
        let base = inst.base().clone();
        if base.is_null() || matches!(inst.class.lookup(dunder), Some(Value::Function(_))) {
            return None;
        }
        Some(base)
    }

    /// Calls `obj.name(arg)` if the type defines it; `None` for NotImplemented/missing.
    pub fn try_dunder(&mut self, obj: &Value, name: &str, arg: &Value) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        if cls.is_builtin {
            return Ok(None);
        }
        let Some(m) = super::repr::user_method(&cls, name) else { return Ok(None) };
        let r = self.call(&m, vec![obj.clone(), arg.clone()])?;
        Ok(if matches!(r, Value::NotImplemented) { None } else { Some(r) })
    }

    fn builtin_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let r = num_binop(a, b, op)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        crate::builtins::seq_ops::seq_binop(self, a, b, op)
    }

    /// Unary `-`, `+`, `~`.
    pub fn unary_op(&mut self, a: Value, dunder: &str, sym: &str) -> PyResult<Value> {
        match (&a, sym) {
            (Value::Int(i), "-") => return Ok(i.checked_neg().map(Value::Int).unwrap_or_else(|| Value::from_bigint(-BigInt::from(*i)))),
            (Value::Int(i), "+") => return Ok(Value::Int(*i)),
            (Value::Int(i), "~") => return Ok(Value::Int(!i)),
            (Value::Bool(b), _) => return self.unary_op(Value::Int(*b as i64), dunder, sym),
            (Value::BigInt(b), "-") => return Ok(Value::from_bigint(-(**b).clone())),
            (Value::BigInt(_), "+") => return Ok(a.clone()),
            (Value::BigInt(b), "~") => return Ok(Value::from_bigint(-(**b).clone() - 1)),
            (Value::Float(f), "-") => return Ok(Value::Float(-f)),
            (Value::Float(f), "+") => return Ok(Value::Float(*f)),
            _ => {}
        }
        let cls = self.type_of(&a);
        if let Some(m) = cls.lookup(dunder) {
            return self.call(&m, vec![a]);
        }
        // A subclass of int or float without its own method: its value's
        // operator (the result is a plain int or float, as in CPython).
        if let Some(base) = self.builtin_base(&a, dunder) {
            if matches!(base, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) {
                return self.unary_op(base, dunder, sym);
            }
        }
        Err(type_error(format!("bad operand type for unary {sym}: '{}'", cls.name)))
    }

    /// Rich comparison with the reflected fallback and CPython's TypeError.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        let (name, rname) = op.dunders();
        // Subclasses of builtins without their own method compare as their values.
        let (ba, bb) = (self.builtin_base(a, name), self.builtin_base(b, rname));
        if ba.is_some() || bb.is_some() {
            let (a2, b2) = (ba.unwrap_or_else(|| a.clone()), bb.unwrap_or_else(|| b.clone()));
            if let Some(r) = self.builtin_compare(&a2, &b2, op)? {
                return Ok(Value::Bool(r));
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let reflected_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        if reflected_first {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.try_dunder(a, name, b)? {
            return Ok(r);
        }
        if !reflected_first {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => {
                if let Some(r) = self.try_dunder(a, "__eq__", b)? {
                    let t = self.truthy(&r)?;
                    return Ok(Value::Bool(!t));
                }
                Ok(Value::Bool(!a.is(b)))
            }
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                ta.name,
                tb.name
            ))),
        }
    }

    /// Comparison of builtin values; `None` when the types don't compare natively.
    fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        use Value::*;
        Ok(Some(match (a, b) {
            (Int(x), Int(y)) => cmp_i64(*x, *y, op),
            (Str(x), Str(y)) => cmp_ord(x.as_str().cmp(y.as_str()), op),
            (Float(x), Float(y)) => float_cmp(*x, *y, op),
            (Int(_) | Bool(_) | BigInt(_) | Float(_), Int(_) | Bool(_) | BigInt(_) | Float(_)) => num_cmp(a, b, op),
            (None, None) => match op {
                CmpOp::Eq => true,
                CmpOp::Ne => false,
                _ => return Ok(Option::None),
            },
            (Tuple(x), Tuple(y)) => return self.seq_compare(&x.to_vec(), &y.to_vec(), op).map(Some),
            (List(x), List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                return self.seq_compare(&x, &y, op).map(Some);
            }
            (Bytes(x), Bytes(y)) => cmp_ord(x.cmp(y), op),
            (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => {
                let (x, y) = (crate::builtins::bytes::bytes_like(a), crate::builtins::bytes::bytes_like(b));
                cmp_ord(x.cmp(&y), op)
            }
            (Dict(_), Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.dict_eq(a, b)?;
                eq == (op == CmpOp::Eq)
            }
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => return crate::builtins::set::set_compare(self, a, b, op).map(Some),
            (Slice(x), Slice(y)) => {
                return self.seq_compare(&x.to_vec(), &y.to_vec(), op).map(Some);
            }
            (Range(x), Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => crate::builtins::range::equal(x, y) == (op == CmpOp::Eq),
            _ => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) && self.type_of(a).is_builtin && self.type_of(b).is_builtin {
                    let same = a.is(b);
                    return Ok(Some(same == (op == CmpOp::Eq)));
                }
                return Ok(Option::None);
            }
        }))
    }

    fn seq_compare(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        for (a, b) in x.iter().zip(y.iter()) {
            if !self.eq(a, b)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => {
                        let r = self.compare(a, b, op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        Ok(cmp_ord(x.len().cmp(&y.len()), op))
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x == y),
            (Value::Str(x), Value::Str(y)) => Ok(Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
            _ => {
                if a.is(b) && !matches!(a, Value::Float(_)) {
                    return Ok(true);
                }
                let r = self.compare(a, b, CmpOp::Eq)?;
                self.truthy(&r)
            }
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        use crate::algo::hash;
        Ok(match v {
            Value::Int(i) => hash::hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::BigInt(b) => hash::hash_int(b),
            Value::Float(f) => hash::hash_float(*f).unwrap_or_else(|| identity_hash(v)),
            Value::Str(s) => s.hash_with(hash::hash_str),
            Value::Bytes(b) => hash::hash_bytes(b),
            Value::None => 0x0fc_b8_7d_1e_i64 & 0x7fff_ffff,
            Value::Tuple(items) => {
                let mut hs = Vec::with_capacity(items.len());
                for it in items.iter() {
                    hs.push(self.hash(it)?);
                }
                hash::hash_tuple(&hs)
            }
            Value::FrozenSet(s) => crate::builtins::set::frozenset_hash(s),
            Value::Range(r) => return self.hash(&crate::builtins::range::hash_key(r)),
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::ByteArray(_) => {
                let tn = self.type_name(v);
                return Err(type_error(format!("unhashable type: '{tn}'")));
            }
            Value::Instance(inst) => {
                let cls = inst.class.clone();
                match cls.lookup_dunder(crate::objects::class::Dunder::Hash) {
                    Some(Value::None) => return Err(type_error(format!("unhashable type: '{}'", cls.name))),
                    Some(h @ (Value::Function(_) | Value::BoundMethod(_))) => {
                        let r = self.call(&h, vec![v.clone()])?;
                        match r {
                            Value::Int(i) => if i == -1 { -2 } else { i },
                            Value::BigInt(b) => hash::hash_int(&b),
                            Value::Bool(b) => b as i64,
                            _ => return Err(type_error("__hash__ method should return an integer")),
                        }
                    }
                    // A subclass of a builtin hashes as its value (namedtuples).
                    _ => match inst.base().clone() {
                        Value::Null => identity_hash(v),
                        Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                            return Err(type_error(format!("unhashable type: '{}'", cls.name)))
                        }
                        base => return self.hash(&base),
                    },
                }
            }
            _ => identity_hash(v),
        })
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None | Value::Null => false,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) | Value::Native(_) => {
                let cls = self.type_of(v);
                if let Some(m) = cls.lookup("__bool__") {
                    let r = self.call(&m, vec![v.clone()])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(type_error(format!("__bool__ should return bool, returned {}", self.type_name(&r)))),
                    };
                }
                if let Some(m) = cls.lookup("__len__") {
                    let r = self.call(&m, vec![v.clone()])?;
                    return Ok(!matches!(r, Value::Int(0)));
                }
                true
            }
            _ => true,
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Dict(d) => d.borrow().len(),
            Value::Set(s) => s.borrow().len(),
            Value::FrozenSet(s) => s.len(),
            Value::Range(r) => crate::builtins::range::len(r)? as usize,
            _ => {
                if let Some(m) = super::iter::class_hook(v, "__class_len__") {
                    let r = self.call(&m, vec![v.clone()])?;
                    return Ok(crate::builtins::args::int(self, &r)?.max(0) as usize);
                }
                let cls = self.type_of(v);
                if let Some(m) = cls.lookup("__len__") {
                    let r = self.call(&m, vec![v.clone()])?;
                    return match r {
                        Value::Int(i) if i >= 0 => Ok(i as usize),
                        Value::Int(_) => Err(super::exceptions::value_error("__len__() should return >= 0")),
                        _ => Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(&r)))),
                    };
                }
                return Err(type_error(format!("object of type '{}' has no len()", cls.name)));
            }
        })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(i) => Ok(s.as_str().contains(i.as_str())),
                _ => Err(type_error(format!("'in <string>' requires string as left operand, not {}", self.type_name(item)))),
            },
            Value::Dict(d) => {
                let h = self.hash(item)?;
                let d = d.clone();
                let found = self.dict_find(&d.borrow(), h, item)?;
                Ok(found.is_some())
            }
            Value::Set(s) => {
                let h = self.hash(item)?;
                let s = s.clone();
                let found = self.set_find(&s.borrow(), h, item)?;
                Ok(found.is_some())
            }
            Value::FrozenSet(s) => {
                let h = self.hash(item)?;
                Ok(self.set_find(s, h, item)?.is_some())
            }
            Value::Range(r) => self.range_contains(container, r, item),
            Value::Bytes(b) => crate::builtins::bytes::contains(self, b, item),
            Value::ByteArray(b) => {
                let data = b.borrow().clone();
                crate::builtins::bytes::contains(self, &data, item)
            }
            Value::List(_) | Value::Tuple(_) => {
                let items = match container {
                    Value::List(l) => l.borrow().to_vec(),
                    Value::Tuple(t) => t.to_vec(),
                    _ => unreachable!(),
                };
                for x in &items {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let cls = self.type_of(container);
                if let Some(m) = cls.lookup("__contains__") {
                    let r = self.call(&m, vec![container.clone(), item.clone()])?;
                    return self.truthy(&r);
                }
                let class_iter = super::iter::class_hook(container, "__class_iter__").is_some();
                if class_iter || cls.lookup("__iter__").is_some() || cls.lookup("__getitem__").is_some() || matches!(container, Value::Iter(_) | Value::Generator(_)) {
                    let it = self.get_iter(container)?;
                    while let Some(x) = self.next(&it)? {
                        if x.is(item) || self.eq(&x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Err(type_error(format!("argument of type '{}' is not iterable", cls.name)))
            }
        }
    }

    /// Finds `key` in a dict by hash and Python equality.
    pub fn dict_find(&mut self, d: &Dict, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        d.find(hash, |k| if k.is(key) { Ok(true) } else { self.eq(k, key) })
    }

    /// Finds `key` in a set.
    pub fn set_find(&mut self, s: &PySet, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        s.find(hash, |k| if k.is(key) { Ok(true) } else { self.eq(k, key) })
    }

    /// `d[key] = value` on a borrowed dict.
    pub fn dict_set(&mut self, d: &mut Dict, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        match self.dict_find(d, h, &key)? {
            Some(slot) => {
                d.set_at(slot, value);
            }
            None => d.push(h, key, value),
        }
        Ok(())
    }

    /// `d[key] = value` on a shared dict (hashing/equality may run Python).
    pub fn dict_set_cell(&mut self, d: &Rc<RefCell<Dict>>, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        let slot = {
            let dd = d.borrow();
            self.dict_find(&dd, h, &key)?
        };
        let old = match slot {
            Some(slot) => Some(d.borrow_mut().set_at(slot, value)),
            None => {
                d.borrow_mut().push(h, key, value);
                None
            }
        };
        drop(old);
        Ok(())
    }

    /// `d.get(key)` on a shared dict.
    pub fn dict_get(&mut self, d: &Rc<RefCell<Dict>>, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let dd = d.borrow();
        let slot = self.dict_find(&dd, h, key)?;
        Ok(slot.map(|s| dd.value_at(s).clone()))
    }

    /// Adds to a borrowed set.
    pub fn set_add(&mut self, s: &mut PySet, v: Value) -> PyResult<()> {
        let h = self.hash(&v)?;
        if self.set_find(s, h, &v)?.is_none() {
            s.push(h, v);
        }
        Ok(())
    }

    /// `dict.update(src)` (`merge`: duplicate keys are an error, for `**`).
    pub fn dict_update_from(&mut self, d: &Rc<RefCell<Dict>>, src: &Value, merge: bool) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match src {
            Value::Dict(s) => s.borrow().iter().map(|(_, k, v)| (k.clone(), v.clone())).collect(),
            other => {
                let cls = self.type_of(other);
                if cls.lookup("keys").is_some() && !matches!(other, Value::List(_) | Value::Tuple(_)) {
                    let keys_fn = self.getattr(other, "keys")?;
                    let keys = self.call(&keys_fn, vec![])?;
                    let keys = self.collect(&keys)?;
                    let mut out = Vec::new();
                    for k in keys {
                        let v = self.getitem(other, &k)?;
                        out.push((k, v));
                    }
                    out
                } else {
                    let items = self.collect(other)?;
                    let mut out = Vec::new();
                    for (i, item) in items.iter().enumerate() {
                        let kv = self.collect(item).map_err(|_| type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")))?;
                        if kv.len() != 2 {
                            return Err(super::exceptions::value_error(format!(
                                "dictionary update sequence element #{i} has length {}; 2 is required",
                                kv.len()
                            )));
                        }
                        out.push((kv[0].clone(), kv[1].clone()));
                    }
                    out
                }
            }
        };
        for (k, v) in pairs {
            if merge && self.dict_get(d, &k)?.is_some() {
                let r = self.repr(&k)?;
                return Err(type_error(format!("got multiple values for keyword argument {r}")));
            }
            self.dict_set_cell(d, k, v)?;
        }
        Ok(())
    }

    /// `==` on two dicts.
    fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Value::Dict(x), Value::Dict(y)) = (a, b) else { return Ok(false) };
        if x.borrow().len() != y.borrow().len() {
            return Ok(false);
        }
        let items: Vec<(Value, Value)> = x.borrow().iter().map(|(_, k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in items {
            match self.dict_get(y, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }
}

/// Inserts a pre-hashed value into a shared set if absent.
pub fn set_insert_hashed(vm: &mut Vm, s: &Rc<RefCell<PySet>>, h: i64, v: Value) -> PyResult<()> {
    let found = {
        let ss = s.borrow();
        vm.set_find(&ss, h, &v)?
    };
    if found.is_none() {
        s.borrow_mut().push(h, v);
    }
    Ok(())
}

/// CPython's default hash: the address rotated by 4 bits.
fn identity_hash(v: &Value) -> i64 {
    crate::algo::hash::hash_pointer(v.ptr().unwrap_or(0) as u64)
}

fn float_cmp(x: f64, y: f64, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

fn num_cmp(a: &Value, b: &Value, op: CmpOp) -> bool {
    match (a, b) {
        (Value::Float(_), _) | (_, Value::Float(_)) => {
            let (x, y) = (to_f64(a).unwrap_or(f64::NAN), to_f64(b).unwrap_or(f64::NAN));
            if x.is_finite() && y.is_finite() && (matches!(a, Value::BigInt(_)) || matches!(b, Value::BigInt(_))) {
                // Exact comparison for huge ints vs floats.
                if let (Some(bx), Some(by)) = (float_or_int_big(a), float_or_int_big(b)) {
                    return cmp_ord(bx.cmp(&by), op);
                }
            }
            float_cmp(x, y, op)
        }
        _ => {
            let (x, y) = (to_big(a).unwrap_or_default(), to_big(b).unwrap_or_default());
            cmp_ord(x.cmp(&y), op)
        }
    }
}

fn float_or_int_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Float(f) if f.fract() == 0.0 => num_bigint::BigInt::try_from(*f as i128).ok(),
        Value::Float(_) => None,
        other => to_big(other),
    }
}

fn fix_inplace_message(e: super::Unwind, op: BinOp) -> super::Unwind {
    if let super::Unwind::Raise(v) = &e {
        if let Some(inst) = super::exceptions::exc_data(v) {
            let mut d = inst.exc.as_ref().expect("exc").borrow_mut();
            if let Some(Value::Str(s)) = d.args.first() {
                let prefix = format!("unsupported operand type(s) for {}:", op.symbol());
                if s.as_str().starts_with(&prefix) {
                    let fixed = s.as_str().replacen(&prefix, &format!("unsupported operand type(s) for {}=:", op.symbol()), 1);
                    d.args[0] = Value::str(fixed);
                }
            }
        }
    }
    e
}
