//! `range` objects and CPython's arithmetic on them (`Objects/rangeobject.c`).
//!
//! CPython keeps a range's start, stop and step as Python ints, so
//! `range(10**20)[-1]` and `10**19 in range(0, 10**20, 7)` just work. Nearly
//! every range a learner builds has bounds that fit in `i64`: those are
//! [`PyRange::Small`], whose lengths and items are computed in 128 bits (a
//! length can reach 2**64, an intermediate `i * step` more), so the common
//! case never allocates. Any other bounds live in [`PyRange::Big`]. Only the
//! operations that need a C `Py_ssize_t` (`len()`, `list()`) fail on a huge
//! range, with CPython's OverflowError; the VM raises it, not this file.

use super::iter::{LongRangeIter, PyIter};
use super::Value;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A `range(start, stop, step)`; `step` is never zero.
pub enum PyRange {
    /// All three bounds fit in `i64`.
    Small {
        /// First value.
        start: i64,
        /// Exclusive bound.
        stop: i64,
        /// Non-zero stride.
        step: i64,
    },
    /// At least one bound does not fit in `i64`: `[start, stop, step]`.
    Big(Box<[BigInt; 3]>),
}

/// What `==` and `hash()` compare: CPython's `range_equals` looks at the
/// length, then the first item (if any), then the step (if two or more).
pub type RangeKey = (BigInt, Option<BigInt>, Option<BigInt>);

impl PyRange {
    /// A range from bounds of any size (normalised to `Small` when they fit).
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(start), Some(stop), Some(step)) => PyRange::Small { start, stop, step },
            _ => PyRange::Big(Box::new([start, stop, step])),
        }
    }

    /// The three bounds as big ints.
    pub fn bounds(&self) -> [BigInt; 3] {
        match self {
            PyRange::Small { start, stop, step } => [(*start).into(), (*stop).into(), (*step).into()],
            PyRange::Big(b) => (**b).clone(),
        }
    }

    /// `start`, `stop` and `step` as Python ints.
    pub fn bound_values(&self) -> [Value; 3] {
        match self {
            PyRange::Small { start, stop, step } => [Value::Int(*start), Value::Int(*stop), Value::Int(*step)],
            PyRange::Big(b) => b.clone().map(Value::from_bigint),
        }
    }

    /// `len(range)` as a Python int (`compute_range_length`).
    pub fn length(&self) -> BigInt {
        match self {
            PyRange::Small { start, stop, step } => small_len(*start, *stop, *step).into(),
            PyRange::Big(b) => big_len(&b[0], &b[1], &b[2]),
        }
    }

    /// The length when it fits a C `Py_ssize_t` (a 64-bit CPython's), as
    /// `len()` needs it; `None` is CPython's OverflowError.
    pub fn len_ssize(&self) -> Option<i64> {
        match self {
            PyRange::Small { start, stop, step } => i64::try_from(small_len(*start, *stop, *step)).ok(),
            PyRange::Big(_) => self.length().to_i64(),
        }
    }

    /// True for an empty range.
    pub fn is_empty(&self) -> bool {
        match self {
            PyRange::Small { start, stop, step } => small_len(*start, *stop, *step) == 0,
            PyRange::Big(_) => self.length().is_zero(),
        }
    }

    /// `range[i]` for an index already known to be an int; `None` when it
    /// is out of range (`compute_range_item` after the bounds check).
    pub fn item(&self, i: &BigInt) -> Option<Value> {
        if let Some(i) = i.to_i64() {
            return self.item_i64(i);
        }
        self.item_big(i)
    }

    /// [`Self::item`] for a small index; a small range never allocates.
    pub fn item_i64(&self, i: i64) -> Option<Value> {
        if let PyRange::Small { start, stop, step } = *self {
            let len = small_len(start, stop, step);
            let i = if i < 0 { i as i128 + len } else { i as i128 };
            return (0..len).contains(&i).then(|| Value::Int((start as i128 + i * step as i128) as i64));
        }
        self.item_big(&i.into())
    }

    fn item_big(&self, i: &BigInt) -> Option<Value> {
        let len = self.length();
        let i = if i.is_negative() { i + &len } else { i.clone() };
        if i.is_negative() || i >= len {
            return None;
        }
        let [start, _, step] = self.bounds();
        Some(Value::from_bigint(start + i * step))
    }

    /// `x in range` for an int `x` (`range_contains_long`).
    pub fn contains(&self, x: &BigInt) -> bool {
        match (self, x.to_i64()) {
            (PyRange::Small { .. }, Some(x)) => self.contains_i64(x),
            _ => self.contains_big(x),
        }
    }

    /// [`Self::contains`] for a small int; a small range never allocates.
    pub fn contains_i64(&self, x: i64) -> bool {
        let PyRange::Small { start, stop, step } = *self else { return self.contains_big(&x.into()) };
        let (x, start, stop, step) = (x as i128, start as i128, stop as i128, step as i128);
        let inside = if step > 0 { start <= x && x < stop } else { stop < x && x <= start };
        inside && (x - start) % step == 0
    }

    fn contains_big(&self, x: &BigInt) -> bool {
        let [start, stop, step] = self.bounds();
        let inside = if step.is_positive() { start <= *x && *x < stop } else { stop < *x && *x <= start };
        inside && ((x - &start) % &step).is_zero()
    }

    /// The range a slice selects, given the slice's indices resolved
    /// against this range's length (`compute_slice`).
    pub fn slice(&self, lo: &BigInt, hi: &BigInt, stride: &BigInt) -> PyRange {
        let [start, _, step] = self.bounds();
        PyRange::new(&start + lo * &step, &start + hi * &step, step * stride)
    }

    /// The key `==` and `hash()` use.
    pub fn key(&self) -> RangeKey {
        let len = self.length();
        if len.is_zero() {
            return (len, None, None);
        }
        let [start, _, step] = self.bounds();
        if len.is_one() {
            return (len, Some(start), None);
        }
        (len, Some(start), Some(step))
    }

    /// The state of `iter(range)` (`range_iter`): CPython's `range_iterator`
    /// when everything fits a C long, else its `longrange_iterator`.
    pub fn iter(&self) -> PyIter {
        if let PyRange::Small { start, stop, step } = *self {
            let len = small_len(start, stop, step);
            // CPython also falls back when `start + len * step` could overflow.
            let tail_fits = len == 0 || if step > 0 { stop <= i64::MAX - (step - 1) } else { stop >= i64::MIN + (-1 - step) };
            if len <= i64::MAX as i128 && tail_fits {
                return PyIter::Range { next: start, stop, step };
            }
        }
        let [start, _, step] = self.bounds();
        PyIter::LongRange(Box::new(LongRangeIter { next: start, step, left: self.length() }))
    }

    /// The state of `reversed(range)` (`range_reverse`).
    pub fn reversed(&self) -> PyIter {
        if let PyRange::Small { start, stop, step } = *self {
            let len = small_len(start, stop, step);
            let back_fits = step != i64::MIN && start.checked_sub(step).is_some();
            if back_fits && len <= i64::MAX as i128 {
                let new_stop = start - step;
                let new_start = (new_stop as i128 + len * step as i128) as i64;
                return PyIter::Range { next: new_start, stop: new_stop, step: -step };
            }
        }
        let [start, _, step] = self.bounds();
        let len = self.length();
        let last = start + (&len - 1) * &step;
        PyIter::LongRange(Box::new(LongRangeIter { next: last, step: -step, left: len }))
    }
}

/// `len(range(start, stop, step))` for `i64` bounds; exact in 128 bits.
pub fn small_len(start: i64, stop: i64, step: i64) -> i128 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let (lo, hi, step) = if step > 0 { (start, stop, step) } else { (stop, start, -step) };
    if lo >= hi {
        0
    } else {
        (hi - lo - 1) / step + 1
    }
}

fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u8) / step + 1u8
    }
}

impl LongRangeIter {
    /// The next value of a `longrange_iterator` (`longrangeiter_next`).
    pub fn advance(&mut self) -> Option<Value> {
        if !self.left.is_positive() {
            return None;
        }
        self.left -= 1u8;
        let v = self.next.clone();
        self.next += &self.step;
        Some(Value::from_bigint(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn small_lengths_are_exact_at_the_edges() {
        assert_eq!(small_len(0, 10, 3), 4);
        assert_eq!(small_len(10, 0, -2), 5);
        assert_eq!(small_len(5, 5, 1), 0);
        assert_eq!(small_len(i64::MIN, i64::MAX, 1), u64::MAX as i128);
        let r = PyRange::Small { start: i64::MIN, stop: i64::MAX, step: 1 };
        assert_eq!(r.len_ssize(), None);
        assert!(matches!(r.iter(), PyIter::LongRange(_)));
    }

    #[test]
    fn big_ranges_index_and_contain() {
        let r = PyRange::new(0.into(), big("100000000000000000000"), 7.into());
        assert!(!r.contains(&big("10000000000000000000")));
        assert!(r.contains(&big("10000000000000000004")));
        assert!(matches!(r.item(&(-1).into()), Some(Value::BigInt(_))));
        assert!(r.item(&big("100000000000000000000")).is_none());
    }

    #[test]
    fn slicing_can_leave_i64() {
        let r = PyRange::Small { start: 0, stop: i64::MAX, step: 1 << 62 };
        let s = r.slice(&0.into(), &2.into(), &5.into());
        assert!(matches!(s, PyRange::Big(_)));
    }
}
