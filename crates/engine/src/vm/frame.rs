//! Frames are data: everything a running function needs lives here, on the
//! heap, so a frame can be parked in a generator or a task and resumed
//! later without any Rust stack holding its state.

use crate::bytecode::code::Code;
use crate::objects::{AttrMap, Cell, Function, Generator, Module, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// An active exception handler (`SetupExcept`).
#[derive(Clone, Copy, Debug)]
pub struct Block {
    /// Where the handler code starts.
    pub handler: u32,
    /// Value-stack depth to unwind to.
    pub depth: u32,
}

/// What happens in the caller when this frame returns or yields
/// (`exit` is the caller's jump target when the callee returns).
#[derive(Clone, Debug)]
#[allow(missing_docs)]
pub enum ReturnMode {
    /// Plain call: push the return value onto the caller's stack.
    Call,
    /// `Class(...)` running `__init__`: the result must be None; push the instance.
    Init(Value),
    /// Resumed by `ForIter`: a yield pushes the value; a return pops the
    /// iterator and jumps to `exit`.
    ForIter { exit: u32 },
    /// Resumed by `Send`: a yield pushes the value; a return replaces the
    /// receiver with the result and jumps to `exit`.
    Send { exit: u32 },
    /// Resumed by Python calling `gen.send()`/`next()`/`throw()`: a yield is
    /// the call's result; a return raises StopIteration (or StopAsyncIteration).
    Method,
    /// Entered from Rust (the module, a task step, a nested call): leaving
    /// this frame returns control to Rust.
    Boundary,
}

/// A function activation.
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// Next instruction.
    pub ip: usize,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Fast locals (`Null` = unbound).
    pub locals: Vec<Value>,
    /// Cell variables followed by free variables.
    pub cells: Vec<Cell>,
    /// The module namespace used for globals.
    pub globals: Rc<Module>,
    /// Class bodies: the namespace being built.
    pub class_ns: Option<Rc<RefCell<AttrMap>>>,
    /// Active exception handlers, innermost last.
    pub blocks: Vec<Block>,
    /// The exception being handled in this frame (`Null` if none).
    pub exc_info: Value,
    /// What the caller does when this frame leaves.
    pub mode: ReturnMode,
    /// The generator/coroutine that owns this frame, while it runs.
    pub owner: Option<Rc<Generator>>,
    /// The function being run (for `super()` and reprs).
    pub func: Option<Rc<Function>>,
}

impl Frame {
    /// A fresh frame for `code` with the given locals and cells.
    pub fn new(code: Rc<Code>, globals: Rc<Module>, locals: Vec<Value>, cells: Vec<Cell>) -> Self {
        Self {
            stack: Vec::with_capacity(code.max_stack as usize),
            code,
            ip: 0,
            locals,
            cells,
            globals,
            class_ns: None,
            blocks: Vec::new(),
            exc_info: Value::Null,
            mode: ReturnMode::Call,
            owner: None,
            func: None,
        }
    }

    /// An empty frame for a generator or coroutine: a value stack of at
    /// most 4 slots and locals of exactly the code's size, the capacities
    /// `Vm::invoke` shrinks a suspended generator's frame to.
    pub fn for_generator(code: Rc<Code>, globals: Rc<Module>) -> Self {
        Self {
            stack: Vec::with_capacity(code.max_stack.min(4) as usize),
            locals: Vec::with_capacity(code.nlocals()),
            code,
            ip: 0,
            cells: Vec::new(),
            globals,
            class_ns: None,
            blocks: Vec::new(),
            exc_info: Value::Null,
            mode: ReturnMode::Call,
            owner: None,
            func: None,
        }
    }

    /// The source line being executed (the last instruction started).
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }

    /// Pops the top of the value stack.
    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or_default()
    }

    /// Pushes onto the value stack.
    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    /// The top of the value stack.
    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Null)
    }

    /// Empties the frame for reuse by [`super::Vm::alloc_frame`], dropping
    /// what it holds in the order dropping the frame would (stack, locals,
    /// cells, ...), so finalisers run at the same moment. The buffers keep
    /// their capacity: a call then allocates nothing.
    pub fn clear_for_reuse(&mut self) {
        // Each field is tested before it is cleared: a returning function's
        // frame has most of them empty already, and the test is cheaper
        // than the drop glue it skips (callgrind, fib(25): 98 machine
        // instructions a recycle before).
        if !self.stack.is_empty() {
            self.stack.clear();
        }
        self.locals.clear();
        if !self.cells.is_empty() {
            self.cells.clear();
        }
        if self.class_ns.is_some() {
            self.class_ns = None;
        }
        self.blocks.clear();
        if !self.exc_info.is_null() {
            self.exc_info = Value::Null;
        }
        if !matches!(self.mode, ReturnMode::Call) {
            self.mode = ReturnMode::Call;
        }
        if self.owner.is_some() {
            self.owner = None;
        }
        self.func = None;
    }

    /// Pops `n` values, in stack order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }
}
