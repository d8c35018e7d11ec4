//! `tuple`'s handle: a shared slice whose last reference releases the
//! items last first, as CPython's `tupledealloc` does
//! (`while (--i >= 0) Py_XDECREF(op->ob_item[i])`), so the `__del__` of
//! the items of a tuple dropped at once run in CPython's order.
//!
//! The slice stays one allocation (`Rc<[Value]>`); only the handle's drop
//! is added: when it holds the last reference, it reverses the items in
//! place, and the slice's own drop, which goes first to last, then
//! releases them in CPython's order.

use super::Value;
use std::ops::Deref;
use std::rc::Rc;

/// A reference to a tuple's items.
#[derive(Clone)]
pub struct PyTuple(Rc<[Value]>);

impl PyTuple {
    /// The shared slice (for identity and reference counts).
    pub fn rc(&self) -> &Rc<[Value]> {
        &self.0
    }

    /// The items, when this is the only reference (`Rc::get_mut`).
    pub fn get_mut(&mut self) -> Option<&mut [Value]> {
        Rc::get_mut(&mut self.0)
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        // Only the last reference, and only when more than one item can
        // be released: a check of the counts beside the decrement.
        if self.0.len() > 1 {
            if let Some(items) = Rc::get_mut(&mut self.0) {
                items.reverse();
            }
        }
    }
}

impl Deref for PyTuple {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        &self.0
    }
}

impl From<Rc<[Value]>> for PyTuple {
    fn from(items: Rc<[Value]>) -> Self {
        PyTuple(items)
    }
}

impl From<Vec<Value>> for PyTuple {
    fn from(items: Vec<Value>) -> Self {
        PyTuple(items.into())
    }
}

impl<const N: usize> From<[Value; N]> for PyTuple {
    fn from(items: [Value; N]) -> Self {
        PyTuple(Rc::new(items))
    }
}
