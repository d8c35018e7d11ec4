//! `random`: the module functions and the `Random` class, on top of
//! [`crate::algo::random`] (CPython 3.11's `Lib/random.py` algorithms), so a
//! seeded run gives CPython's exact values. The module functions share the
//! run's generator in [`super::State`], seeded with the run's seed, as the
//! oracle does `random.seed(n)` before each script.

use super::params::Sig;
use crate::algo::random::{Random, RandomError};
use crate::builtins::{def, func};
use crate::objects::function::Kwargs;
use crate::objects::native::NativeObject;
use crate::objects::{Class, Module, TypeTag, Value};
use crate::vm::exceptions::{index_error, new_exc, type_error, value_error, PyResult, Unwind};
use crate::vm::ops::{to_big, to_f64};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// A generator shared by reference (the module's, or a `Random` instance's).
pub type Rng = Rc<RefCell<Random>>;

/// An instance of `random.Random`.
pub struct RandomObject(pub Rng);

thread_local! {
    static RANDOM_CLASS: Rc<Class> = {
        let t = crate::types::types();
        let c = crate::types::new_class("Random", "random", &[t.object.clone()], TypeTag::Native, true);
        {
            let mut d = c.dict.borrow_mut();
            def(&mut d, "__new__", random_new, Some("Random"));
            for (name, f) in METHODS {
                def(&mut d, name, f.1, Some("Random"));
            }
        }
        c
    };
}

impl NativeObject for RandomObject {
    fn class(&self) -> Rc<Class> {
        RANDOM_CLASS.with(Rc::clone)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn error(e: RandomError) -> Unwind {
    match e {
        RandomError::Value(m) => value_error(m),
        RandomError::Type(m) => type_error(m),
        RandomError::Index(m) => index_error(m),
        RandomError::Memory => new_exc("MemoryError", ""),
    }
}

type Op = fn(&mut Vm, &Rng, &[Value], &Kwargs) -> PyResult<Value>;

/// Each operation as a module function and as a `Random` method.
macro_rules! ops {
    ($($name:literal => $op:ident),* $(,)?) => {
        const METHODS: &[(&str, (Op, crate::objects::NativeFn, crate::objects::NativeFn))] = &[
            $(($name, ($op, {
                fn method(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
                    let rng = this(a.first())?;
                    $op(vm, &rng, &a[1..], k)
                }
                method
            }, {
                fn function(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
                    let rng = vm.stdlib.random.clone();
                    $op(vm, &rng, a, k)
                }
                function
            }))),*
        ];
    };
}

ops! {
    "seed" => seed, "random" => random, "getrandbits" => getrandbits,
    "randrange" => randrange, "randint" => randint, "choice" => choice,
    "shuffle" => shuffle, "sample" => sample, "choices" => choices,
    "uniform" => uniform, "triangular" => triangular, "gauss" => gauss,
    "normalvariate" => normalvariate, "lognormvariate" => lognormvariate,
    "expovariate" => expovariate, "paretovariate" => paretovariate,
    "weibullvariate" => weibullvariate, "randbytes" => randbytes,
    "getstate" => getstate, "setstate" => setstate,
}

fn this(v: Option<&Value>) -> PyResult<Rng> {
    match v {
        Some(Value::Native(n)) => match n.as_any().downcast_ref::<RandomObject>() {
            Some(r) => Ok(r.0.clone()),
            None => Err(type_error("descriptor requires a 'Random' object")),
        },
        _ => Err(type_error("descriptor requires a 'Random' object")),
    }
}

fn random_new(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let rng: Rng = Rc::new(RefCell::new(Random::new(&BigInt::zero())));
    seed(vm, &rng, &a[1..], k)?;
    Ok(Value::Native(Rc::new(RandomObject(rng))))
}

fn sig<'s>(name: &'s str, pos: &'s [&'s str], required: usize) -> Sig<'s> {
    Sig { name, pos, required, kwonly: &[], bound: true }
}

fn big(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    if let Some(b) = to_big(v) {
        return Ok(b);
    }
    if let Value::Float(f) = v {
        if f.fract() == 0.0 && f.is_finite() {
            return Ok(BigInt::from(*f as i128));
        }
        return Err(value_error(format!("non-integer {what} for randrange()")));
    }
    let i = crate::builtins::args::int(vm, v)?;
    Ok(BigInt::from(i))
}

fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match to_f64(v) {
        Some(f) => Ok(f),
        None => Err(type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

fn seed(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = sig("Random.seed", &["a", "version"], 0).bind(a, k)?;
    let mut r = rng.borrow_mut();
    match s[0].clone().unwrap_or(Value::None) {
        // No OS entropy in a deterministic run: reseed with the run's seed.
        Value::None => r.seed_int(&BigInt::from(vm.stdlib.seed)),
        Value::Str(t) => r.seed_bytes(t.as_str().as_bytes()),
        Value::Bytes(b) => r.seed_bytes(&b),
        Value::Float(f) => r.seed_hash(crate::algo::hash::hash_float(f).unwrap_or(0)),
        v => match to_big(&v) {
            Some(n) => r.seed_int(&n),
            None => {
                return Err(type_error(
                    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                ))
            }
        },
    }
    Ok(Value::None)
}

fn random(_: &mut Vm, rng: &Rng, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    crate::builtins::args::count("Random.random", a, 0, 0)?;
    Ok(Value::Float(rng.borrow_mut().random()))
}

fn getrandbits(vm: &mut Vm, rng: &Rng, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    crate::builtins::args::count("getrandbits", a, 1, 1)?;
    let k = BigInt::from(crate::builtins::args::int(vm, &a[0])?);
    let r = rng.borrow_mut().getrandbits(&k).map_err(error)?;
    Ok(Value::from_bigint(r))
}

fn randrange(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = sig("Random.randrange", &["start", "stop", "step"], 1).bind(a, k)?;
    let start = big(vm, s[0].as_ref().expect("bound"), "arg 1")?;
    let stop = match &s[1] {
        None | Some(Value::None) => None,
        Some(v) => Some(big(vm, v, "stop")?),
    };
    let step = match &s[2] {
        None => None,
        Some(v) => Some(big(vm, v, "step")?),
    };
    let r = rng.borrow_mut().randrange(&start, stop.as_ref(), step.as_ref()).map_err(error)?;
    Ok(Value::from_bigint(r))
}

fn randint(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = sig("Random.randint", &["a", "b"], 2).bind(a, k)?;
    let lo = big(vm, s[0].as_ref().expect("bound"), "arg 1")?;
    let hi = big(vm, s[1].as_ref().expect("bound"), "stop")?;
    let r = rng.borrow_mut().randint(&lo, &hi).map_err(error)?;
    Ok(Value::from_bigint(r))
}

/// `seq[i]` for the sequences `choice`/`sample` index.
fn item(vm: &mut Vm, seq: &Value, i: usize) -> PyResult<Value> {
    match seq {
        Value::List(l) => Ok(l.borrow()[i].clone()),
        Value::Tuple(t) => Ok(t[i].clone()),
        _ => vm.getitem(seq, &Value::Int(i as i64)),
    }
}

fn choice(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = sig("Random.choice", &["seq"], 1).bind(a, k)?;
    let seq = s[0].clone().expect("bound");
    let n = vm.len(&seq)?;
    let i = rng.borrow_mut().choice_index(n).map_err(error)?;
    item(vm, &seq, i)
}

fn shuffle(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = sig("Random.shuffle", &["x"], 1).bind(a, k)?;
    let x = s[0].clone().expect("bound");
    if let Value::List(l) = &x {
        let mut items = std::mem::take(&mut *l.borrow_mut());
        rng.borrow_mut().shuffle(&mut items);
        *l.borrow_mut() = items;
        return Ok(Value::None);
    }
    // Any other mutable sequence: the same swaps through its item protocol.
    let n = vm.len(&x)?;
    for i in (1..n).rev() {
        let j = rng.borrow_mut().randbelow_u64(i as u64 + 1) as usize;
        let (vi, vj) = (vm.getitem(&x, &Value::Int(i as i64))?, vm.getitem(&x, &Value::Int(j as i64))?);
        vm.setitem(&x, Value::Int(i as i64), vj)?;
        vm.setitem(&x, Value::Int(j as i64), vi)?;
    }
    Ok(Value::None)
}

fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) | Value::ByteArray(_) => true,
        Value::Instance(i) => {
            matches!(*i.base(), Value::List(_) | Value::Tuple(_) | Value::Str(_))
                || (i.class.lookup("__getitem__").is_some() && i.class.lookup("__len__").is_some())
        }
        _ => false,
    }
}

fn sample(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = Sig { name: "Random.sample", pos: &["population", "k"], required: 2, kwonly: &["counts"], bound: true }.bind(a, k)?;
    let population = s[0].clone().expect("bound");
    if !is_sequence(&population) {
        return Err(type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let kv = s[1].clone().expect("bound");
    let count = BigInt::from(crate::builtins::args::int(vm, &kv)?);
    let n = vm.len(&population)?;
    if let Some(counts) = s[2].clone().filter(|c| !c.is_none()) {
        return sample_counts(vm, rng, &population, n, &counts, &count);
    }
    let picks = rng.borrow_mut().sample_indices(n as u64, &count).map_err(error)?;
    let mut out = Vec::with_capacity(picks.len());
    for i in picks {
        out.push(item(vm, &population, i as usize)?);
    }
    Ok(Value::list(out))
}

/// `sample(population, k, counts=...)`: a sample of `range(total)` mapped
/// back through the running totals, as `Lib/random.py` does it.
fn sample_counts(vm: &mut Vm, rng: &Rng, population: &Value, n: usize, counts: &Value, k: &BigInt) -> PyResult<Value> {
    let counts = vm.collect(counts)?;
    let mut cum = Vec::with_capacity(counts.len());
    let mut total: i64 = 0;
    for c in &counts {
        total += crate::builtins::args::int(vm, c)?;
        cum.push(total);
    }
    if cum.len() != n {
        return Err(value_error("The number of counts does not match the population"));
    }
    if total <= 0 {
        return Err(value_error("Total of counts must be greater than zero"));
    }
    let picks = rng.borrow_mut().sample_indices(total as u64, k).map_err(error)?;
    let mut out = Vec::with_capacity(picks.len());
    for p in picks {
        let i = cum.partition_point(|&c| c <= p as i64);
        out.push(item(vm, population, i)?);
    }
    Ok(Value::list(out))
}

fn choices(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = Sig { name: "Random.choices", pos: &["population", "weights"], required: 1, kwonly: &["cum_weights", "k"], bound: true }
        .bind(a, k)?;
    let population = s[0].clone().expect("bound");
    let n = vm.len(&population)?;
    let count = match &s[3] {
        Some(v) => crate::builtins::args::int(vm, v)?.max(0) as usize,
        None => 1,
    };
    let weights = s[1].clone().filter(|w| !w.is_none());
    let cum_weights = s[2].clone().filter(|w| !w.is_none());
    let picks = match (weights, cum_weights) {
        (None, None) => rng.borrow_mut().choices_indices(n, count),
        (Some(_), Some(_)) => return Err(type_error("Cannot specify both weights and cumulative weights")),
        (Some(w), None) => {
            if let Value::Int(k) = w {
                return Err(type_error(format!("The number of choices must be a keyword argument: k={k}")));
            }
            let mut cum = Vec::new();
            let mut total = 0.0;
            for x in vm.collect(&w)? {
                total += real(vm, &x)?;
                cum.push(total);
            }
            rng.borrow_mut().choices_weighted(n, &cum, count).map_err(error)?
        }
        (None, Some(c)) => {
            let mut cum = Vec::new();
            for x in vm.collect(&c)? {
                cum.push(real(vm, &x)?);
            }
            rng.borrow_mut().choices_weighted(n, &cum, count).map_err(error)?
        }
    };
    let mut out = Vec::with_capacity(picks.len());
    for i in picks {
        out.push(item(vm, &population, i)?);
    }
    Ok(Value::list(out))
}

fn floats(vm: &mut Vm, name: &str, pos: &[&str], required: usize, defaults: &[f64], a: &[Value], k: &Kwargs) -> PyResult<Vec<f64>> {
    let s = sig(name, pos, required).bind(a, k)?;
    let mut out = Vec::with_capacity(pos.len());
    for (i, v) in s.iter().enumerate() {
        out.push(match v {
            Some(v) => real(vm, v)?,
            None => defaults[i - required],
        });
    }
    Ok(out)
}

fn uniform(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let f = floats(vm, "Random.uniform", &["a", "b"], 2, &[], a, k)?;
    Ok(Value::Float(rng.borrow_mut().uniform(f[0], f[1])))
}

fn triangular(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = sig("Random.triangular", &["low", "high", "mode"], 0).bind(a, k)?;
    let low_v = s[0].clone().unwrap_or(Value::Float(0.0));
    let low = real(vm, &low_v)?;
    let high = match &s[1] {
        Some(v) => real(vm, v)?,
        None => 1.0,
    };
    let mode = match &s[2] {
        None | Some(Value::None) => None,
        Some(v) => Some(real(vm, v)?),
    };
    Ok(match rng.borrow_mut().triangular(low, high, mode) {
        Some(x) => Value::Float(x),
        None => low_v,
    })
}

fn gauss(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let f = floats(vm, "Random.gauss", &["mu", "sigma"], 0, &[0.0, 1.0], a, k)?;
    Ok(Value::Float(rng.borrow_mut().gauss(f[0], f[1])))
}

fn normalvariate(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let f = floats(vm, "Random.normalvariate", &["mu", "sigma"], 0, &[0.0, 1.0], a, k)?;
    Ok(Value::Float(rng.borrow_mut().normalvariate(f[0], f[1])))
}

fn lognormvariate(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let f = floats(vm, "Random.lognormvariate", &["mu", "sigma"], 2, &[], a, k)?;
    Ok(Value::Float(rng.borrow_mut().lognormvariate(f[0], f[1])))
}

fn expovariate(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let f = floats(vm, "Random.expovariate", &["lambd"], 1, &[], a, k)?;
    if f[0] == 0.0 {
        return Err(crate::vm::exceptions::zero_division("float division by zero"));
    }
    Ok(Value::Float(rng.borrow_mut().expovariate(f[0])))
}

fn paretovariate(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let f = floats(vm, "Random.paretovariate", &["alpha"], 1, &[], a, k)?;
    let u = 1.0 - rng.borrow_mut().random();
    Ok(Value::Float(u.powf(-1.0 / f[0])))
}

fn weibullvariate(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let f = floats(vm, "Random.weibullvariate", &["alpha", "beta"], 2, &[], a, k)?;
    let u = 1.0 - rng.borrow_mut().random();
    Ok(Value::Float(f[0] * (-u.ln()).powf(1.0 / f[1])))
}

fn randbytes(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = sig("Random.randbytes", &["n"], 1).bind(a, k)?;
    let n = crate::builtins::args::int(vm, s[0].as_ref().expect("bound"))?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let b = rng.borrow_mut().randbytes(n as usize).map_err(error)?;
    Ok(Value::Bytes(b.into()))
}

/// `getstate()`: `(3, (625 words), None)` — the twister's words and index.
fn getstate(_: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    sig("Random.getstate", &[], 0).bind(a, k)?;
    let r = rng.borrow();
    let (words, index) = r.mt.state();
    let mut items: Vec<Value> = words.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(index as i64));
    Ok(Value::tuple(vec![Value::Int(3), Value::tuple(items), Value::None]))
}

fn setstate(vm: &mut Vm, rng: &Rng, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let s = sig("Random.setstate", &["state"], 1).bind(a, k)?;
    let bad = || type_error("state vector must be a tuple");
    let parts = vm.collect(s[0].as_ref().expect("bound"))?;
    let words = match parts.get(1) {
        Some(Value::Tuple(t)) if t.len() == 625 => t.clone(),
        _ => return Err(bad()),
    };
    let mut state = [0u32; 624];
    for (i, w) in words[..624].iter().enumerate() {
        state[i] = to_big(w).and_then(|b| b.to_u32()).ok_or_else(bad)?;
    }
    let index = to_big(&words[624]).and_then(|b| b.to_usize()).filter(|i| *i <= 624).ok_or_else(|| value_error("invalid state"))?;
    rng.borrow_mut().mt.set_state(state, index);
    Ok(Value::None)
}

/// Builds `random`.
pub fn module() -> Rc<Module> {
    let m = super::new_module("random");
    {
        let mut d = m.dict.borrow_mut();
        for (name, (_, _, function)) in METHODS {
            d.insert((*name).into(), func(name, *function));
        }
        d.insert("Random".into(), Value::Class(RANDOM_CLASS.with(Rc::clone)));
    }
    m
}
