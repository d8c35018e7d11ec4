//! `list`'s storage: a vector of values that releases its items last
//! first, as CPython's `list_dealloc` and `_list_clear` do
//! (`while (--i >= 0) Py_XDECREF(op->ob_item[i])`), so the `__del__` of
//! the items of a list dropped at once run in CPython's order. Everything
//! else is the vector's own API, reached through `Deref`.

use super::Value;
use std::ops::{Deref, DerefMut};

/// The items of a `list`.
#[derive(Default)]
pub struct PyList {
    items: Vec<Value>,
    /// Release first to last instead: the storage of the stdlib's `deque`
    /// and the event loop's ready queue, which are deques in CPython
    /// (`deque_clear` releases from the left). Set by `_coroscope.fifo`.
    pub in_order: bool,
}

impl PyList {
    /// Removes every item in the order CPython's `list.clear()` (or
    /// `deque.clear()`) releases them.
    pub fn clear(&mut self) {
        if self.in_order {
            self.items.clear();
        } else {
            while self.items.pop().is_some() {}
        }
    }

    /// Takes the items out, leaving the list empty; they are released in
    /// the list's order when the result drops.
    pub fn take(&mut self) -> PyList {
        PyList { items: std::mem::take(&mut self.items), in_order: self.in_order }
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        // One pop per item: no more work than the vector's own drop loop.
        self.clear();
    }
}

impl From<Vec<Value>> for PyList {
    fn from(items: Vec<Value>) -> Self {
        PyList { items, in_order: false }
    }
}

impl Deref for PyList {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.items
    }
}

impl DerefMut for PyList {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.items
    }
}

/// Releases `items` (taken out of a list by a slice store or delete) the
/// last first, as `list_ass_slice` does with its `recycle` array.
pub fn release_last_first(mut items: Vec<Value>) {
    while items.pop().is_some() {}
}
