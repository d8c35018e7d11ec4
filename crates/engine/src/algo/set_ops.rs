//! The set algebra between two sets, in the order CPython 3.11 visits and
//! adds keys (`Objects/setobject.c`), because that order decides the
//! result's slot layout and so its printed order.
//!
//! Each function mirrors the C function named in its doc for the case where
//! both operands are sets; an operand that is a dict or another iterable is
//! the caller's business (CPython then adds or discards keys one at a time,
//! which [`SetTable::insert`] and [`SetTable::remove`] do). Identity cases
//! (`s & s`, `s - s`) are the caller's too. `eq(stored, sought)` compares a
//! key already in the set being searched with the key in hand, the operand
//! order of CPython's `PyObject_RichCompareBool(startkey, key, Py_EQ)`.

use super::set_table::SetTable;

/// `a | b` (`set_or`): a copy of `a`, then `b` merged in.
pub fn union<K: Clone, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    let mut result = a.copy();
    result.merge(b, eq)?;
    Ok(result)
}

/// `a & b` (`set_intersection`): walks the smaller set (`b` on a tie) in slot
/// order and keeps the keys found in the larger one. The kept key objects
/// come from the set walked.
pub fn intersection<K: Clone, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    let (large, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
    let mut result = SetTable::new();
    for (hash, key) in small.entries() {
        if large.contains(hash, |stored| eq(stored, key))? {
            result.insert(hash, key.clone(), |stored| eq(stored, key))?;
        }
    }
    Ok(result)
}

/// `a - b` (`set_difference`): when `a` is more than four times larger,
/// a copy of `a` with `b`'s keys discarded; otherwise the keys of `a`
/// not in `b`, added in `a`'s slot order to a new set.
pub fn difference<K: Clone, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    if (a.len() >> 2) > b.len() {
        let mut result = a.copy();
        difference_update(&mut result, b, eq)?;
        return Ok(result);
    }
    let mut result = SetTable::new();
    for (hash, key) in a.entries() {
        if !b.contains(hash, |stored| eq(stored, key))? {
            result.insert(hash, key.clone(), |stored| eq(stored, key))?;
        }
    }
    Ok(result)
}

/// `a -= b` (`set_difference_update_internal`): discards `b`'s keys (only
/// those also in `a` when `b` is more than eight times larger), then
/// rebuilds `a` if over a quarter of its slots became dummies.
pub fn difference_update<K: Clone, E>(
    a: &mut SetTable<K>,
    b: &SetTable<K>,
    mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E> {
    let common;
    let to_remove = if (b.len() >> 3) > a.len() {
        common = intersection(a, b, &mut eq)?;
        &common
    } else {
        b
    };
    for (hash, key) in to_remove.entries() {
        a.remove(hash, |stored| eq(stored, key))?;
    }
    a.drop_dummies_if_many();
    Ok(())
}

/// `a ^= b` (`set_symmetric_difference_update`): for each key of `b` in slot
/// order, discard it from `a`, or add it if it was not there.
pub fn symmetric_difference_update<K: Clone, E>(
    a: &mut SetTable<K>,
    b: &SetTable<K>,
    mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E> {
    for (hash, key) in b.entries() {
        if a.remove(hash, |stored| eq(stored, key))?.is_none() {
            a.insert(hash, key.clone(), |stored| eq(stored, key))?;
        }
    }
    Ok(())
}

/// `a ^ b` (`set_symmetric_difference`): a copy of `b`, updated with `a`.
pub fn symmetric_difference<K: Clone, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    let mut result = b.copy();
    symmetric_difference_update(&mut result, a, eq)?;
    Ok(result)
}

/// `a &= b` (`set_intersection_update`): the intersection, swapped into `a`.
pub fn intersection_update<K: Clone, E>(
    a: &mut SetTable<K>,
    b: &SetTable<K>,
    eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<(), E> {
    let mut result = intersection(a, b, eq)?;
    a.swap_bodies(&mut result);
    Ok(())
}

/// `a.isdisjoint(b)` for two sets: walks the smaller one.
pub fn is_disjoint<K, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<bool, E> {
    let (large, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
    for (hash, key) in small.entries() {
        if large.contains(hash, |stored| eq(stored, key))? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a <= b` (`set_issubset`): false at once if `a` is larger.
pub fn is_subset<K, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<bool, E> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (hash, key) in a.entries() {
        if !b.contains(hash, |stored| eq(stored, key))? {
            return Ok(false);
        }
    }
    Ok(true)
}

#[cfg(test)]
#[rustfmt::skip] // Tables generated from CPython runs.
mod tests;
