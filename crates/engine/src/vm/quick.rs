//! The quick paths of [`super::Vm::run`]'s inner loop: the instructions a
//! loop or a call spends its time in, in their cases that cannot raise or
//! suspend, run without leaving that loop. Leaving it costs the settling of
//! the budget, the step count, the memory poll and the clock, plus `step`'s
//! prologue and its `PyResult<Option<Exit>>` — about 60 machine instructions
//! a bytecode, which is what made a Python call ~1,900 of them (callgrind,
//! fib(25): 469.8M for 242,785 calls).
//!
//! Each helper returns `false` (or `None`) having changed nothing when the
//! case is not its own; `step` then runs the instruction in full, with its
//! errors and protocols.

use super::frame::{Frame, ReturnMode};
use crate::bytecode::code::CodeKind;
use crate::bytecode::op::{BinOp, CmpOp};
use crate::objects::{Module, Value};
use std::rc::Rc;

/// How many emptied frames the pool keeps (deeper recursion allocates as
/// before; 64 covers the call depth of ordinary loops).
pub(super) const FRAME_POOL_MAX: usize = 64;

/// Frames that returned, emptied, kept for the next calls: a call then
/// reuses a box and its stack and locals buffers instead of making three
/// allocations.
#[derive(Default)]
pub(super) struct FramePool(Vec<Box<Frame>>);

impl FramePool {
    /// A frame for `code`, reusing a returned one when there is one. Its
    /// stack, locals and cells are empty; the caller fills them.
    #[inline(always)]
    pub(super) fn alloc(&mut self, code: Rc<crate::bytecode::code::Code>, globals: Rc<Module>) -> Box<Frame> {
        match self.0.pop() {
            Some(mut f) => {
                f.stack.reserve(code.max_stack as usize);
                f.code = code;
                f.globals = globals;
                f.ip = 0;
                f
            }
            None => Box::new(Frame::new(code, globals, Vec::new(), Vec::new())),
        }
    }

    /// Empties a frame that has left the fiber and keeps it for reuse.
    #[inline(always)]
    pub(super) fn recycle(&mut self, mut frame: Box<Frame>) {
        if frame.owner.is_some() || self.0.len() >= FRAME_POOL_MAX {
            return;
        }
        frame.clear_for_reuse();
        self.0.push(frame);
    }
}

/// `Call(n)` of a plain Python function with positional arguments only,
/// `n` (plus `self`) between its required and total positional parameters,
/// no cell variables, not a generator, below the recursion limit: the
/// arguments move from the caller's stack into a reused frame's locals and
/// the frame is pushed. `false`: not such a call, nothing was touched.
#[inline]
pub(super) fn call_function(frames: &mut Vec<Box<Frame>>, pool: &mut FramePool, recursion: usize, n: usize) -> bool {
    let depth = frames.len();
    let f = frames.last_mut().expect("a running frame");
    let at = f.stack.len() - n - 2;
    let Value::Function(func) = &f.stack[at] else { return false };
    let code = &func.code;
    let has_self = !f.stack[at + 1].is_null();
    let nargs = n + has_self as usize;
    let argcount = code.argcount as usize;
    let ndef = func.defaults.len();
    if code.kind != CodeKind::Function
        || code.varargs
        || code.varkw
        || code.kwonly != 0
        || !code.cellvars.is_empty()
        || nargs > argcount
        || nargs + ndef < argcount
        || depth >= recursion
    {
        return false;
    }
    let mut callee = pool.alloc(code.clone(), func.globals.clone());
    let nlocals = code.nlocals();
    let locals = &mut callee.locals;
    locals.reserve(nlocals);
    // The arguments (the receiver first when there is one) move into the
    // first slots, leaving `Null`s behind; those, the self slot and the
    // function are then popped. Built by pushes, with `Null`s forgotten
    // rather than dropped: no drop glue runs for the slots.
    let start = f.stack.len() - nargs;
    for v in &mut f.stack[start..] {
        locals.push(std::mem::take(v));
    }
    for _ in 0..nargs + !has_self as usize {
        if let Some(v) = f.stack.pop() {
            std::mem::forget(v);
        }
    }
    let Some(Value::Function(func)) = f.stack.pop() else { unreachable!("checked above") };
    if nargs < argcount {
        locals.extend(func.defaults[ndef - (argcount - nargs)..].iter().cloned());
    }
    for _ in argcount..nlocals {
        locals.push(Value::Null);
    }
    if !func.closure.is_empty() {
        callee.cells.extend(func.closure.iter().cloned());
    }
    callee.func = Some(func);
    frames.push(callee);
    true
}

/// `ReturnValue` from a frame a Python call pushed (not a generator's, not
/// a boundary, not the last): the caller gets the value, the frame goes to
/// the pool. `false`: not such a return, nothing changed.
#[inline]
pub(super) fn return_value(frames: &mut Vec<Box<Frame>>, pool: &mut FramePool) -> bool {
    if frames.len() < 2 {
        return false;
    }
    let f = frames.last_mut().expect("a running frame");
    if f.owner.is_some() || !matches!(f.mode, ReturnMode::Call) {
        return false;
    }
    let v = f.pop();
    let frame = frames.pop().expect("a running frame");
    frames.last_mut().expect("the caller").push(v);
    pool.recycle(frame);
    true
}

/// `LoadGlobal(i)` when the name's cached slot still holds it (a global,
/// or a builtin while no module has gained a key): the value. `None`: the
/// cache missed; `step`'s lookup refills it or raises NameError.
#[inline]
pub(super) fn load_global(frame: &Frame, builtins: &Module, i: usize) -> Option<Value> {
    let name = &frame.code.names[i];
    let slot = frame.code.name_cache[i].get();
    // Interned names make the pointer test the usual hit; equal text from
    // another code object is the same name too.
    let same = |k: &Rc<str>| same_name(k, name);
    if let Some((k, v)) = frame.globals.dict.borrow().get_index(slot.global as usize) {
        if same(k) {
            return Some(clone_callable(v));
        }
    }
    if slot.epoch == crate::objects::module::module_epoch() && slot.module == Rc::as_ptr(&frame.globals) as usize {
        if let Some((k, v)) = builtins.dict.borrow().get_index(slot.builtin as usize) {
            if same(k) {
                return Some(v.clone());
            }
        }
    }
    None
}

/// Two attribute or global names are the same: usually the same interned
/// string, else equal text.
#[inline(always)]
fn same_name(a: &Rc<str>, b: &Rc<str>) -> bool {
    Rc::ptr_eq(a, b) || **a == **b
}

/// `LoadAttr(i)` of an attribute in an instance's own namespace, at the
/// position the site's cache remembers (see
/// [`crate::objects::class::LookupCache::instance_pos`]): no class walk,
/// no hashing. The instance reference on the stack is replaced, so a
/// finaliser may be due afterwards. `false`: any other case.
#[inline(always)]
pub(super) fn load_attr_instance(frame: &mut Frame, i: u32) -> bool {
    let Some(Value::Instance(inst)) = frame.stack.last() else { return false };
    let i = i as usize;
    let Some(pos) = frame.code.attr_cache[2 * i].get().instance_pos(&inst.class) else { return false };
    let v = match inst.attrs.borrow().get_index(pos) {
        Some((k, v)) if same_name(k, &frame.code.names[i]) => v.clone(),
        _ => return false,
    };
    if let Some(top) = frame.stack.last_mut() {
        *top = v;
    }
    true
}

/// `LoadMethod(i)` finding a plain function in the class of an instance
/// whose own namespace does not shadow it: `[obj] -> [func, obj]`, as
/// [`super::Vm::load_method_in`] does first. `false`: any other case.
#[inline(always)]
pub(super) fn load_method_instance(frame: &mut Frame, i: u32) -> bool {
    let Some(Value::Instance(inst)) = frame.stack.last() else { return false };
    let i = i as usize;
    let name = &frame.code.names[i];
    let Some(func @ Value::Function(_)) = inst.class.lookup_cached(name, &frame.code.attr_cache[2 * i]) else { return false };
    if inst.attrs.borrow().contains_key(&**name) {
        return false;
    }
    let Some(obj) = frame.stack.pop() else { return false };
    frame.stack.push(func);
    frame.stack.push(obj);
    true
}

/// `StoreAttr(i)` rebinding an attribute in an instance's own namespace at
/// the remembered position, when the class keeps `object.__setattr__`
/// and the instance is not an exception (whose `args`/`__cause__` are
/// hooked). The old value drops after the namespace is released, so its
/// finaliser (due afterwards) may look at the object. `false`: any other case.
#[inline(always)]
pub(super) fn store_attr_instance(frame: &mut Frame, i: u32) -> bool {
    let [.., _, Value::Instance(inst)] = &frame.stack[..] else { return false };
    let i = i as usize;
    let Some(pos) = frame.code.attr_cache[2 * i].get().instance_pos(&inst.class) else { return false };
    if inst.exc.is_some() || !inst.class.has_default_setattr() {
        return false;
    }
    match inst.attrs.borrow().get_index(pos) {
        Some((k, _)) if same_name(k, &frame.code.names[i]) => {}
        _ => return false,
    }
    let (Some(obj), Some(v)) = (frame.stack.pop(), frame.stack.pop()) else { unreachable!("matched above") };
    let Value::Instance(inst) = &obj else { unreachable!("matched above") };
    let old = inst.attrs.borrow_mut().get_index_mut(pos).map(|(_, slot)| std::mem::replace(slot, v));
    drop(old);
    true
}

/// `v.clone()`, with the usual case of a global, a function, inline
/// (`Value`'s derived `clone` is an out-of-line call: ~30 machine
/// instructions a Python call in fib).
#[inline(always)]
fn clone_callable(v: &Value) -> Value {
    match v {
        Value::Function(f) => Value::Function(f.clone()),
        other => other.clone(),
    }
}

/// `LoadFast(i)` of a bound local. `false`: unbound (UnboundLocalError).
#[inline(always)]
pub(super) fn load_fast(frame: &mut Frame, i: u32) -> bool {
    let v = match &frame.locals[i as usize] {
        // Ints are most locals in loops: no call to `Value::clone`.
        Value::Int(n) => Value::Int(*n),
        Value::Null => return false,
        v => v.clone(),
    };
    frame.stack.push(v);
    true
}

/// `BinaryOp`/`InplaceOp` on two ints or two floats that needs no
/// protocol (see [`super::ops::fast_binop`]). `false`: anything else.
#[inline(always)]
pub(super) fn binary_op(frame: &mut Frame, op: u8) -> bool {
    let [.., a, b] = &frame.stack[..] else { return false };
    let op = BinOp::ALL[op as usize];
    let v = match (a, b, op) {
        // The two commonest cases, without the call.
        (Value::Int(x), Value::Int(y), BinOp::Add) => match x.checked_add(*y) {
            Some(r) => Value::Int(r),
            None => return false,
        },
        (Value::Int(x), Value::Int(y), BinOp::Sub) => match x.checked_sub(*y) {
            Some(r) => Value::Int(r),
            None => return false,
        },
        _ => match super::ops::fast_binop(a, b, op) {
            Some(v) => v,
            None => return false,
        },
    };
    replace_immediates(&mut frame.stack, v);
    true
}

/// `CompareOp` of two ints. `false`: anything else.
#[inline(always)]
pub(super) fn compare_op(frame: &mut Frame, op: u8) -> bool {
    let [.., Value::Int(a), Value::Int(b)] = &frame.stack[..] else { return false };
    let r = super::ops::cmp_i64(*a, *b, CmpOp::ALL[op as usize]);
    replace_immediates(&mut frame.stack, Value::Bool(r));
    true
}

/// Replaces the top two values, which the caller checked are ints or
/// floats, with `v`. Forgetting them skips `Value`'s drop glue (an
/// out-of-line call); they own nothing, so nothing leaks.
#[inline(always)]
fn replace_immediates(stack: &mut Vec<Value>, v: Value) {
    if let Some(b) = stack.pop() {
        std::mem::forget(b);
    }
    if let Some(a) = stack.last_mut() {
        std::mem::forget(std::mem::replace(a, v));
    }
}

/// `PopJumpIfFalse`/`PopJumpIfTrue` on a bool. `false`: anything else
/// (truthiness may call `__bool__`/`__len__`).
#[inline(always)]
pub(super) fn pop_jump_if(frame: &mut Frame, target: u32, when: bool) -> bool {
    let Some(Value::Bool(b)) = frame.stack.last() else { return false };
    let jump = *b == when;
    if let Some(v) = frame.stack.pop() {
        std::mem::forget(v);
    }
    if jump {
        frame.ip = target as usize;
    }
    true
}

/// `ForIter` over a range iterator. `false`: any other iterator.
#[inline(always)]
pub(super) fn for_iter(frame: &mut Frame, exit: u32) -> bool {
    let Some(Value::Iter(state)) = frame.stack.last() else { return false };
    let mut s = state.borrow_mut();
    let next = match &mut *s {
        crate::objects::iter::PyIter::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next = next.saturating_add(*step);
                Some(v)
            } else {
                None
            }
        }
        // The next item of a list; its end (which may drop the list, and
        // with it objects whose finalisers must run) goes the slow way.
        crate::objects::iter::PyIter::List { list, idx } => {
            let Some(v) = list.borrow().get(*idx).cloned() else { return false };
            *idx += 1;
            drop(s);
            frame.stack.push(v);
            return true;
        }
        _ => return false,
    };
    drop(s);
    match next {
        Some(v) => frame.stack.push(Value::Int(v)),
        None => {
            // A range iterator holds no objects: nothing to finalise.
            frame.stack.pop();
            frame.ip = exit as usize;
        }
    }
    true
}
