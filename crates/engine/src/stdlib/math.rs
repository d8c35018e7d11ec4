//! `math`: the functions learners use, with CPython's domain errors.

use crate::builtins::{args, func};
use crate::objects::function::Kwargs;
use crate::objects::{Module, Value};
use crate::vm::exceptions::{type_error, value_error, PyResult};
use crate::vm::ops::{to_big, to_f64};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

fn f64_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match to_f64(v) {
        Some(f) => Ok(f),
        None => {
            let cls = vm.type_of(v);
            if let Some(m) = cls.lookup("__float__") {
                let r = vm.call(&m, vec![v.clone()])?;
                return to_f64(&r).ok_or_else(|| type_error("__float__ returned non-float"));
            }
            Err(type_error(format!("must be real number, not {}", cls.name)))
        }
    }
}

fn domain() -> crate::vm::Unwind {
    value_error("math domain error")
}

macro_rules! unary {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
            args::count(stringify!($name), a, 1, 1)?;
            let x = f64_arg(vm, &a[0])?;
            let f: fn(f64) -> Option<f64> = $f;
            f(x).map(Value::Float).ok_or_else(domain)
        }
    };
}

unary!(sqrt, |x| (x >= 0.0 || x.is_nan()).then(|| x.sqrt()));
fn exp(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("exp", a, 1, 1)?;
    let x = f64_arg(vm, &a[0])?;
    range_checked("exp", x, x.exp())
}

/// Functions whose finite input may overflow raise OverflowError("math range error").
fn range_checked(name: &str, x: f64, r: f64) -> PyResult<Value> {
    let _ = name;
    if r.is_infinite() && x.is_finite() {
        return Err(crate::vm::exceptions::overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}
unary!(sin, |x| (!x.is_infinite()).then(|| x.sin()));
unary!(cos, |x| (!x.is_infinite()).then(|| x.cos()));
unary!(tan, |x| (!x.is_infinite()).then(|| x.tan()));
unary!(asin, |x| (-1.0..=1.0).contains(&x).then(|| x.asin()));
unary!(acos, |x| (-1.0..=1.0).contains(&x).then(|| x.acos()));
unary!(atan, |x| Some(x.atan()));
unary!(log10, |x| (x > 0.0).then(|| x.log10()));
unary!(log2, |x| (x > 0.0).then(|| x.log2()));
unary!(fabs, |x| Some(x.abs()));
unary!(degrees, |x| Some(x.to_degrees()));
unary!(radians, |x| Some(x.to_radians()));
unary!(sinh, |x| Some(x.sinh()));
unary!(cosh, |x| Some(x.cosh()));
unary!(tanh, |x| Some(x.tanh()));

fn log(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("log", a, 1, 2)?;
    let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
        if let Value::BigInt(b) = v {
            if b.is_positive() {
                let bits = b.bits() as i64 - 60;
                let top = (&**b >> bits as usize).to_f64().unwrap_or(1.0);
                return Ok(top.ln() + bits as f64 * std::f64::consts::LN_2);
            }
        }
        let x = f64_arg(vm, v)?;
        if x <= 0.0 {
            return Err(domain());
        }
        Ok(x.ln())
    };
    let x = ln(vm, &a[0])?;
    match a.get(1) {
        Some(b) => {
            let lb = ln(vm, b)?;
            if lb == 0.0 {
                return Err(crate::vm::exceptions::zero_division("float division by zero"));
            }
            Ok(Value::Float(x / lb))
        }
        None => Ok(Value::Float(x)),
    }
}

fn pow(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("pow", a, 2, 2)?;
    let (x, y) = (f64_arg(vm, &a[0])?, f64_arg(vm, &a[1])?);
    if x == 0.0 && y < 0.0 || x < 0.0 && y.fract() != 0.0 {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(crate::vm::exceptions::overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("atan2", a, 2, 2)?;
    Ok(Value::Float(f64_arg(vm, &a[0])?.atan2(f64_arg(vm, &a[1])?)))
}

fn hypot(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let mut s = 0.0f64;
    for v in a {
        let x = f64_arg(vm, v)?;
        s = s.hypot(x);
    }
    Ok(Value::Float(s))
}

fn int_result(vm: &mut Vm, a: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    args::count(name, a, 1, 1)?;
    if let Value::Int(_) | Value::BigInt(_) = &a[0] {
        return Ok(a[0].clone());
    }
    if let Value::Bool(b) = &a[0] {
        return Ok(Value::Int(*b as i64));
    }
    let x = f64_arg(vm, &a[0])?;
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(crate::vm::exceptions::overflow_error("cannot convert float infinity to integer"));
    }
    Ok(crate::builtins::ctors::float_to_int(f(x)))
}

fn floor(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    int_result(vm, a, "floor", f64::floor)
}

fn ceil(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    int_result(vm, a, "ceil", f64::ceil)
}

fn trunc(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    int_result(vm, a, "trunc", f64::trunc)
}

fn int_arg(vm: &Vm, v: &Value, fname: &str) -> PyResult<BigInt> {
    to_big(v).ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))).map_err(|e| {
        let _ = fname;
        e
    })
}

fn gcd(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for v in a {
        g = g.gcd(&int_arg(vm, v, "gcd")?);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let mut l = BigInt::from(1);
    for v in a {
        let n = int_arg(vm, v, "lcm")?;
        if n.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&n);
    }
    Ok(Value::from_bigint(l))
}

fn factorial(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("factorial", a, 1, 1)?;
    if let Value::Float(_) = a[0] {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, &a[0], "factorial")?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().unwrap_or(0);
    let mut r = BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(Value::from_bigint(r))
}

fn comb(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("comb", a, 2, 2)?;
    let n = int_arg(vm, &a[0], "comb")?;
    let k = int_arg(vm, &a[1], "comb")?;
    if n.is_negative() || k.is_negative() {
        return Err(value_error(if n.is_negative() { "n must be a non-negative integer" } else { "k must be a non-negative integer" }));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(0).min((&n - &k).to_u64().unwrap_or(0));
    let mut r = BigInt::from(1);
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn perm(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("perm", a, 1, 2)?;
    let n = int_arg(vm, &a[0], "perm")?;
    let k = match a.get(1) {
        Some(Value::None) | None => n.clone(),
        Some(v) => int_arg(vm, v, "perm")?,
    };
    if n.is_negative() || k.is_negative() {
        return Err(value_error(if n.is_negative() { "n must be a non-negative integer" } else { "k must be a non-negative integer" }));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut r = BigInt::from(1);
    for i in 0..k.to_u64().unwrap_or(0) {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn isqrt(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("isqrt", a, 1, 1)?;
    let n = int_arg(vm, &a[0], "isqrt")?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn isclose(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    args::count("isclose", a, 2, 2)?;
    let (x, y) = (f64_arg(vm, &a[0])?, f64_arg(vm, &a[1])?);
    let rel = match args::kw(k, "rel_tol") {
        Some(v) => f64_arg(vm, &v)?,
        None => 1e-9,
    };
    let abs = match args::kw(k, "abs_tol") {
        Some(v) => f64_arg(vm, &v)?,
        None => 0.0,
    };
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::Bool(d <= (rel * y.abs()).max(rel * x.abs()) || d <= abs))
}

fn isnan(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(f64_arg(vm, &a[0])?.is_nan()))
}

fn isinf(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(f64_arg(vm, &a[0])?.is_infinite()))
}

fn isfinite(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(f64_arg(vm, &a[0])?.is_finite()))
}

fn copysign(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Float(f64_arg(vm, &a[0])?.copysign(f64_arg(vm, &a[1])?)))
}

fn fmod(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let (x, y) = (f64_arg(vm, &a[0])?, f64_arg(vm, &a[1])?);
    if y == 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}

fn fsum(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let items = vm.collect(&a[0])?;
    // Shewchuk's algorithm, as CPython's fsum.
    let mut partials: Vec<f64> = Vec::new();
    for it in items {
        let mut x = f64_arg(vm, &it)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::Float(partials.iter().sum()))
}

fn prod(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let items = vm.collect(&a[0])?;
    let mut acc = args::kw(k, "start").unwrap_or(Value::Int(1));
    for it in items {
        acc = vm.binary_op(acc, it, crate::bytecode::op::BinOp::Mul)?;
    }
    Ok(acc)
}

fn dist(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut s = 0.0f64;
    for (x, y) in p.iter().zip(q.iter()) {
        s = s.hypot(f64_arg(vm, x)? - f64_arg(vm, y)?);
    }
    Ok(Value::Float(s))
}

/// Builds `math`.
pub fn module() -> Rc<Module> {
    let m = super::new_module("math");
    {
        let mut d = m.dict.borrow_mut();
        d.insert("pi".into(), Value::Float(std::f64::consts::PI));
        d.insert("e".into(), Value::Float(std::f64::consts::E));
        d.insert("tau".into(), Value::Float(std::f64::consts::TAU));
        d.insert("inf".into(), Value::Float(f64::INFINITY));
        d.insert("nan".into(), Value::Float(f64::NAN));
        let fns: &[(&str, crate::objects::NativeFn)] = &[
            ("sqrt", sqrt), ("exp", exp), ("sin", sin), ("cos", cos), ("tan", tan), ("asin", asin),
            ("acos", acos), ("atan", atan), ("atan2", atan2), ("log", log), ("log10", log10),
            ("log2", log2), ("pow", pow), ("fabs", fabs), ("floor", floor), ("ceil", ceil),
            ("trunc", trunc), ("gcd", gcd), ("lcm", lcm), ("factorial", factorial), ("comb", comb),
            ("perm", perm), ("isqrt", isqrt), ("isclose", isclose), ("isnan", isnan), ("isinf", isinf),
            ("isfinite", isfinite), ("copysign", copysign), ("fmod", fmod), ("fsum", fsum),
            ("prod", prod), ("dist", dist), ("hypot", hypot), ("degrees", degrees),
            ("radians", radians), ("sinh", sinh), ("cosh", cosh), ("tanh", tanh),
        ];
        for (name, f) in fns {
            d.insert((*name).into(), func(name, *f));
        }
    }
    m
}
