//! Functions: Python functions (code + globals + defaults + closure),
//! bound methods, and functions written in Rust.

use super::{AttrMap, Cell, Module, Value};
use crate::bytecode::code::Code;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// A function defined with `def` or `lambda`.
pub struct Function {
    /// The compiled body.
    pub code: Rc<Code>,
    /// The module whose namespace is the function's globals.
    pub globals: Rc<Module>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters.
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// Cells of the free variables, in `code.freevars` order.
    pub closure: Vec<Cell>,
    /// `__name__` (assignable).
    pub name: RefCell<Rc<str>>,
    /// `__qualname__` (assignable).
    pub qualname: RefCell<Rc<str>>,
    /// Function attributes (`__wrapped__`, `__doc__`, user attributes).
    pub dict: RefCell<AttrMap>,
}

impl Drop for Function {
    /// CPython keeps the defaults and the closure in tuples, which release
    /// their items the last first (see [`super::PyTuple`]); reversed here,
    /// the vectors' own drops (first to last) follow that order.
    fn drop(&mut self) {
        self.defaults.reverse();
        self.closure.reverse();
    }
}

/// A callable bound to the object it was looked up on.
pub struct BoundMethod {
    /// The underlying function.
    pub func: Value,
    /// The object passed as the first argument.
    pub receiver: Value,
}

/// Keyword arguments as passed to native functions.
pub type Kwargs = Vec<(Rc<str>, Value)>;

/// A function written in Rust: `(vm, positional args, keyword args)`.
pub type NativeFn = fn(&mut Vm, &[Value], &Kwargs) -> PyResult<Value>;

/// A function written in Rust, possibly bound to a receiver.
pub struct Builtin {
    /// `__name__`.
    pub name: Rc<str>,
    /// The implementation.
    pub func: NativeFn,
    /// Prepended to the arguments when set (bound builtin methods).
    pub receiver: Option<Value>,
    /// The type that owns it, for method reprs (`<method 'x' of 'list' objects>`).
    pub owner: Option<Rc<str>>,
}
