//! The state every exception instance carries: its arguments, the
//! traceback it accumulated while unwinding, and its chaining links.

use super::Value;
use crate::bytecode::code::Code;
use std::rc::Rc;

/// One line of a traceback: a code object and the line it was at.
#[derive(Clone)]
pub struct TbEntry {
    /// The code the frame ran.
    pub code: Rc<Code>,
    /// The line being executed when the exception passed.
    pub line: u32,
    /// The frame's locals, kept alive while the traceback lives (CPython's
    /// traceback holds the frame), so objects die when CPython's would.
    pub keep: Vec<Value>,
}

/// Exception state.
#[derive(Clone, Default)]
pub struct ExcData {
    /// `exc.args`.
    pub args: Vec<Value>,
    /// Frames the exception passed through, innermost first.
    pub traceback: Vec<TbEntry>,
    /// `__cause__` (`raise ... from cause`).
    pub cause: Option<Value>,
    /// `__context__` (the exception being handled when this one was raised).
    pub context: Option<Value>,
    /// `__suppress_context__` (set by `raise ... from ...`).
    pub suppress_context: bool,
    /// `__notes__` added with `add_note`.
    pub notes: Vec<String>,
    /// `NameError.name` / `AttributeError.name` (for "Did you mean" hints).
    pub name: Option<String>,
    /// `AttributeError.obj`.
    pub obj: Option<Value>,
}
