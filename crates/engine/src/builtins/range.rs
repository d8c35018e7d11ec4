//! `range`'s Python face: the constructor, `r[i]` and `r[a:b:c]`, `in`,
//! `index`/`count`, `len`, `==`, `hash` and `repr`, with CPython's messages
//! (`Objects/rangeobject.c`). The arithmetic lives in `objects::range`;
//! this file turns Python arguments into it and its answers into values.

use super::args;
use super::def;
use crate::objects::function::Kwargs;
use crate::objects::{PyRange, Value};
use crate::types::Types;
use crate::vm::exceptions::{index_error, ssize_overflow, type_error, value_error, PyResult};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::rc::Rc;

/// Installs `range.__new__`, `index` and `count`.
pub fn install(t: &Types) {
    let mut d = t.range.dict.borrow_mut();
    def(&mut d, "__new__", range_new, Some("range"));
    def(&mut d, "index", range_index, Some("range"));
    def(&mut d, "count", range_count, Some("range"));
}

fn range_new(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let a = match a.first() {
        Some(Value::Class(_)) => &a[1..],
        _ => a,
    };
    if a.is_empty() {
        return Err(type_error("range expected at least 1 argument, got 0"));
    }
    args::count("range", a, 1, 3)?;
    // The common case, all small ints, never builds a big int.
    let small: Option<Vec<i64>> = a.iter().map(|v| if let Value::Int(i) = v { Some(*i) } else { None }).collect();
    let r = match small.as_deref() {
        Some(&[stop]) => PyRange::Small { start: 0, stop, step: 1 },
        Some(&[start, stop]) => PyRange::Small { start, stop, step: 1 },
        Some(&[_, _, 0]) => return Err(value_error("range() arg 3 must not be zero")),
        Some(&[start, stop, step]) => PyRange::Small { start, stop, step },
        _ => {
            let mut n = Vec::with_capacity(3);
            for v in a {
                n.push(args::index_big(vm, v)?);
            }
            let step = if n.len() == 3 { n.pop().unwrap() } else { BigInt::from(1) };
            if step.is_zero() {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            let stop = n.pop().unwrap();
            let start = n.pop().unwrap_or_default();
            PyRange::new(start, stop, step)
        }
    };
    Ok(Value::Range(Rc::new(r)))
}

/// `len(range)` as an int: exact, or CPython's OverflowError past `Py_ssize_t`.
pub fn len(r: &PyRange) -> PyResult<i64> {
    r.len_ssize().ok_or_else(ssize_overflow)
}

/// `repr(range)`: the step only when it is not 1.
pub fn repr(vm: &mut Vm, r: &PyRange) -> PyResult<String> {
    let [start, stop, step] = r.bound_values();
    let (start, stop) = (vm.repr(&start)?, vm.repr(&stop)?);
    Ok(match step {
        Value::Int(1) => format!("range({start}, {stop})"),
        step => format!("range({start}, {stop}, {})", vm.repr(&step)?),
    })
}

/// The tuple `hash(range)` hashes (`range_hash`): length, then the first
/// item and the step where they matter, else None.
pub fn hash_key(r: &PyRange) -> Value {
    let (len, first, step) = r.key();
    let opt = |v: Option<BigInt>| v.map_or(Value::None, Value::from_bigint);
    Value::tuple(vec![Value::from_bigint(len), opt(first), opt(step)])
}

/// `a == b` for two ranges: the same sequence of values.
pub fn equal(a: &PyRange, b: &PyRange) -> bool {
    std::ptr::eq(a, b) || a.key() == b.key()
}

/// The resolved indices of a slice over a length of any size
/// (`_PySlice_GetLongIndices`): step first, then start and stop, clamped.
fn slice_long_indices(vm: &mut Vm, s: &[Value; 3], len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let index = |vm: &mut Vm, v: &Value| -> PyResult<BigInt> {
        if !args::has_index(vm, v) {
            return Err(type_error("slice indices must be integers or None or have an __index__ method"));
        }
        args::index_big(vm, v)
    };
    let step = if s[2].is_none() { BigInt::from(1) } else { index(vm, &s[2])? };
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() { (BigInt::from(-1), len - 1) } else { (BigInt::zero(), len.clone()) };
    let mut bound = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = index(vm, v)?;
        if i.is_negative() {
            i += len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let (start_default, stop_default) = if step.is_negative() { (&upper, &lower) } else { (&lower, &upper) };
    let start = bound(&s[0], start_default)?;
    let stop = bound(&s[1], stop_default)?;
    Ok((start, stop, step))
}

impl Vm {
    /// `range[key]` (`range_subscript`).
    pub fn range_getitem(&mut self, r: &PyRange, key: &Value) -> PyResult<Value> {
        if let Value::Slice(s) = key {
            let (lo, hi, stride) = slice_long_indices(self, s, &r.length())?;
            return Ok(Value::Range(Rc::new(r.slice(&lo, &hi, &stride))));
        }
        if let Value::Int(i) = key {
            return r.item_i64(*i).ok_or_else(|| index_error("range object index out of range"));
        }
        if !args::has_index(self, key) {
            return Err(type_error(format!("range indices must be integers or slices, not {}", self.type_name(key))));
        }
        let i = args::index_big(self, key)?;
        r.item(&i).ok_or_else(|| index_error("range object index out of range"))
    }

    /// `item in range`: arithmetic for ints and bools, else a search
    /// comparing each value with `==`, as CPython does (`1.0 in range(3)`).
    pub fn range_contains(&mut self, range: &Value, r: &PyRange, item: &Value) -> PyResult<bool> {
        if let Value::Int(i) = item {
            return Ok(r.contains_i64(*i));
        }
        match int_operand(item) {
            Some(x) => Ok(r.contains(&x)),
            None => Ok(self.range_search(range, item, true)? > 0),
        }
    }

    /// `_PySequence_IterSearch`: how many values equal `item` (or, with
    /// `first`, 1 at the first), or the index of the first in `index`.
    fn range_search(&mut self, range: &Value, item: &Value, first: bool) -> PyResult<i64> {
        let it = self.get_iter(range)?;
        let mut n = 0;
        while let Some(v) = self.next(&it)? {
            if v.is(item) || self.eq(&v, item)? {
                n += 1;
                if first {
                    break;
                }
            }
        }
        Ok(n)
    }
}

/// An exact int or a bool (`PyLong_CheckExact(ob) || PyBool_Check(ob)`).
fn int_operand(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some((*i).into()),
        Value::Bool(b) => Some((*b as i64).into()),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn this(v: &Value) -> PyResult<&Rc<PyRange>> {
    match v {
        Value::Range(r) => Ok(r),
        _ => Err(type_error("descriptor requires a 'range' object")),
    }
}

/// `range.index(x)`.
fn range_index(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("index", a, 1, 1)?;
    let r = this(&a[0])?.clone();
    let Some(x) = int_operand(&a[1]) else {
        // A search by `==`, numbering the values as it goes.
        let it = vm.get_iter(&a[0])?;
        let mut i = 0;
        while let Some(v) = vm.next(&it)? {
            if v.is(&a[1]) || vm.eq(&v, &a[1])? {
                return Ok(Value::Int(i));
            }
            i += 1;
        }
        return Err(value_error("sequence.index(x): x not in sequence"));
    };
    if !r.contains(&x) {
        return Err(value_error(format!("{} is not in range", vm.repr(&a[1])?)));
    }
    let [start, _, step] = r.bounds();
    Ok(Value::from_bigint((x - start) / step))
}

/// `range.count(x)`.
fn range_count(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::method_count("count", a, 1, 1)?;
    let r = this(&a[0])?.clone();
    match int_operand(&a[1]) {
        Some(x) => Ok(Value::Int(r.contains(&x) as i64)),
        None => Ok(Value::Int(vm.range_search(&a[0], &a[1], false)?)),
    }
}
