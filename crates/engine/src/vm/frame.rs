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

/// `Frame::ret_len` of a frame that owns its value vector.
pub const OWNS_VALUES: u32 = u32::MAX;

/// A function activation.
///
/// Its values are one vector: the fast locals (`Null` = unbound) at
/// `base..base + nlocals`, the operand stack above them. A frame pushed by
/// the quick call path (see `quick::call_function`) *shares* the vector of
/// the frame below it: the caller's `[function, self-or-NULL, args..]` stay
/// where they are and the arguments become the callee's first locals, so a
/// Python call moves no argument and allocates nothing, as CPython's
/// frames on its data stack. The vector travels with the top frame (the
/// caller holds the callee's spare one meanwhile) and goes back, cut to
/// `ret_len`, when the callee leaves ([`hand_back`]). Every other frame (a
/// generator's, one bound from Rust) owns its vector, with `base` 0.
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// Next instruction.
    pub ip: usize,
    /// The values: locals at `base`, then the operand stack.
    pub stack: Vec<Value>,
    /// Where the locals start in `stack`.
    pub base: u32,
    /// For a frame sharing its caller's vector: the length the caller's
    /// values had before the call's operands (what the vector is cut to
    /// when this frame leaves). [`OWNS_VALUES`] otherwise.
    pub ret_len: u32,
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
    /// A fresh frame for `code` with the given locals (filled up to the
    /// code's count with unbound slots) and cells.
    pub fn new(code: Rc<Code>, globals: Rc<Module>, locals: Vec<Value>, cells: Vec<Cell>) -> Self {
        let mut stack = locals;
        stack.resize(code.nlocals(), Value::Null);
        stack.reserve(code.max_stack as usize);
        let mut frame = Self::new_with(code, globals, stack);
        frame.cells = cells;
        frame
    }

    /// A frame for `code` with nothing in its values yet (not even unbound
    /// locals): what the frame pool hands out when it has none to reuse.
    pub fn empty(code: Rc<Code>, globals: Rc<Module>) -> Self {
        Self::new_with(code, globals, Vec::new())
    }

    /// An empty frame for a generator or coroutine, with the room
    /// [`Self::generator_capacity`] gives.
    pub fn for_generator(code: Rc<Code>, globals: Rc<Module>) -> Self {
        let stack = Vec::with_capacity(Self::generator_capacity(&code));
        Self::new_with(code, globals, stack)
    }

    /// A frame whose values are `stack`, as they are.
    fn new_with(code: Rc<Code>, globals: Rc<Module>, stack: Vec<Value>) -> Self {
        Self {
            stack,
            base: 0,
            ret_len: OWNS_VALUES,
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

    /// What a generator's values have room for: its locals and up to 8
    /// operands (10⁵ suspended coroutines hold 10⁵ frames). Room for 4
    /// let the vector grow, doubling the locals' share too (10⁵ tasks
    /// under `gather` peaked at 382-394 MB instead of 342-349); room for
    /// the deepest operand stack of every coroutine cost more (404-431 MB).
    pub fn generator_capacity(code: &Code) -> usize {
        code.nlocals() + code.max_stack.min(8) as usize
    }

    /// Whether this frame shares its caller's value vector.
    #[inline(always)]
    pub fn shares_values(&self) -> bool {
        self.ret_len != OWNS_VALUES
    }

    /// The fast locals.
    pub fn locals(&self) -> &[Value] {
        let base = self.base as usize;
        self.stack.get(base..base + self.code.nlocals()).unwrap_or(&[])
    }

    /// The fast locals, to rebind.
    pub fn locals_mut(&mut self) -> &mut [Value] {
        let base = self.base as usize;
        let n = self.code.nlocals();
        self.stack.get_mut(base..base + n).unwrap_or(&mut [])
    }

    /// Local `i`'s slot.
    #[inline(always)]
    pub fn local_mut(&mut self, i: usize) -> &mut Value {
        let at = self.base as usize + i;
        &mut self.stack[at]
    }

    /// Local `i`.
    #[inline(always)]
    pub fn local(&self, i: usize) -> &Value {
        &self.stack[self.base as usize + i]
    }

    /// The top of the operand stack, if it has anything (the locals below
    /// it are not operands).
    pub fn operand_top(&self) -> Option<&Value> {
        if self.stack.len() > self.base as usize + self.code.nlocals() {
            self.stack.last()
        } else {
            None
        }
    }

    /// Moves the locals out (into a traceback entry that keeps them alive,
    /// as CPython's traceback keeps the frame), dropping the operands above
    /// them; the values are left at `base`.
    pub fn take_locals(&mut self) -> Vec<Value> {
        let mut tail = self.stack.split_off((self.base as usize).min(self.stack.len()));
        tail.truncate(self.code.nlocals());
        tail
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

    /// The top of the operand stack (`Null` when it is empty).
    #[inline]
    pub fn top(&self) -> &Value {
        self.operand_top().unwrap_or(&Value::Null)
    }

    /// Empties the frame for reuse by [`super::Vm::alloc_frame`], dropping
    /// what it holds in the order dropping the frame would (locals and
    /// operands, cells, ...), so finalisers run at the same moment. The buffers keep
    /// their capacity: a call then allocates nothing.
    pub fn clear_for_reuse(&mut self) {
        // Each field is tested before it is cleared: a returning function's
        // frame has most of them empty already, and the test is cheaper
        // than the drop glue it skips (callgrind, fib(25): 98 machine
        // instructions a recycle before).
        debug_assert!(!self.shares_values(), "handed back before reuse");
        if !self.stack.is_empty() {
            self.stack.clear();
        }
        self.base = 0;
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

/// Takes the top frame off the fiber, handing a shared value vector back
/// to the caller (see [`Frame`]).
#[inline(always)]
pub fn pop_frame(frames: &mut Vec<Box<Frame>>) -> Option<Box<Frame>> {
    let mut frame = frames.pop()?;
    hand_back(&mut frame, frames);
    Some(frame)
}

/// For a frame that has left the fiber (`frames` is what is left): when
/// it shares its caller's value vector, drops its locals and operands and
/// the call's operands below them, and gives the vector back to the
/// caller, taking back the spare one the caller held.
#[inline(always)]
pub fn hand_back(frame: &mut Frame, frames: &mut [Box<Frame>]) {
    if !frame.shares_values() {
        return;
    }
    // Dropped in index order (locals first, as CPython clears a frame),
    // immediates skipping the drop glue (`truncate` called it out of line
    // for each value).
    for v in frame.stack.drain(frame.ret_len as usize..) {
        v.drop_hot();
    }
    frame.ret_len = OWNS_VALUES;
    frame.base = 0;
    if let Some(caller) = frames.last_mut() {
        std::mem::swap(&mut caller.stack, &mut frame.stack);
    }
}
