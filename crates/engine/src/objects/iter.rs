//! Builtin iterator objects: sequence iterators, `range`, dict views,
//! `enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(callable, sentinel)`.
//! Advancing them lives in `vm::iter`; this file only holds their state.

use super::{Dict, PySet, PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Which part of a dict a view iterates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictPart {
    /// `keys()` (and iterating the dict itself).
    Keys,
    /// `values()`.
    Values,
    /// `items()`.
    Items,
}

/// The state of a builtin iterator (each variant's doc describes its fields).
#[allow(missing_docs)]
pub enum PyIter {
    /// Over a list, by index (sees appends, as CPython's does).
    List { list: Rc<RefCell<super::PyList>>, idx: usize },
    /// Over a list backwards (`reversed(list)`).
    ListRev { list: Rc<RefCell<super::PyList>>, idx: usize },
    /// Over a tuple.
    Tuple { items: super::PyTuple, idx: usize },
    /// Over a str, by byte offset.
    Str { s: Rc<PyStr>, pos: usize },
    /// Over bytes.
    Bytes { b: Rc<[u8]>, idx: usize },
    /// Over a bytearray, by index (sees it grow and shrink, as CPython's does).
    ByteArray { b: Rc<RefCell<Vec<u8>>>, idx: usize },
    /// Over a range whose values and length fit in `i64`.
    Range { next: i64, stop: i64, step: i64 },
    /// Over any other range (CPython's `longrange_iterator`).
    LongRange(Box<LongRangeIter>),
    /// Over a dict: raw position, size at start (to detect resizes).
    Dict { dict: Rc<RefCell<Dict>>, pos: usize, len: usize, part: DictPart },
    /// Over a set.
    Set { set: Rc<RefCell<PySet>>, pos: usize, len: usize },
    /// Over a snapshot (frozensets, reversed tuples, ...).
    Snapshot { items: Vec<Value>, idx: usize },
    /// `enumerate(it, start)`.
    Enumerate { it: Value, count: Value },
    /// `zip(*its, strict=)`.
    Zip { its: Vec<Value>, strict: bool },
    /// `map(func, *its)`.
    Map { func: Value, its: Vec<Value> },
    /// `filter(func, it)`; `func` None means truthiness.
    Filter { func: Value, it: Value },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// Exhausted.
    Done,
}

/// A `longrange_iterator`: the next value, the stride and how many are left.
pub struct LongRangeIter {
    /// The value `next()` returns.
    pub next: num_bigint::BigInt,
    /// Added after each value.
    pub step: num_bigint::BigInt,
    /// Values still to come.
    pub left: num_bigint::BigInt,
}

impl PyIter {
    /// The Python type name (`list_iterator`, `map`, ...).
    pub fn type_name(&self) -> &'static str {
        match self {
            PyIter::List { .. } => "list_iterator",
            PyIter::ListRev { .. } => "list_reverseiterator",
            PyIter::Tuple { .. } => "tuple_iterator",
            PyIter::Str { .. } => "str_ascii_iterator",
            PyIter::Bytes { .. } => "bytes_iterator",
            PyIter::ByteArray { .. } => "bytearray_iterator",
            PyIter::Range { .. } => "range_iterator",
            PyIter::LongRange(_) => "longrange_iterator",
            PyIter::Dict { part: DictPart::Keys, .. } => "dict_keyiterator",
            PyIter::Dict { part: DictPart::Values, .. } => "dict_valueiterator",
            PyIter::Dict { part: DictPart::Items, .. } => "dict_itemiterator",
            PyIter::Set { .. } => "set_iterator",
            PyIter::Snapshot { .. } => "iterator",
            PyIter::Enumerate { .. } => "enumerate",
            PyIter::Zip { .. } => "zip",
            PyIter::Map { .. } => "map",
            PyIter::Filter { .. } => "filter",
            PyIter::Callable { .. } => "callable_iterator",
            PyIter::Done => "iterator",
        }
    }
}
