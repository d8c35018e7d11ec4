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
use crate::bytecode::op::{BinOp, CmpOp, Instr, UnOp};
use crate::objects::class::{Dunder, LookupCache};
use crate::objects::{Function, Instance, Module, TypeTag, Value};
use std::rc::Rc;

/// How many emptied frames the pool keeps (deeper recursion allocates as
/// before; 64 covers the call depth of ordinary loops).
pub(super) const FRAME_POOL_MAX: usize = 64;

/// Frames that returned, emptied, kept for the next calls: a call then
/// reuses a box and its value and cell buffers instead of allocating.
#[derive(Default)]
pub(super) struct FramePool(Vec<Box<Frame>>);

impl FramePool {
    /// A frame for `code`, reusing a returned one when there is one. Its
    /// values and cells are empty; the caller fills (or shares) them.
    /// A frame that ran the same code (a loop calling one function, a
    /// recursion) keeps its references: no count to move up and down.
    #[inline(always)]
    pub(super) fn alloc(&mut self, code: &Rc<crate::bytecode::code::Code>, globals: &Rc<Module>) -> Box<Frame> {
        match self.0.pop() {
            Some(mut f) => {
                if !Rc::ptr_eq(&f.code, code) {
                    f.code = code.clone();
                }
                if !Rc::ptr_eq(&f.globals, globals) {
                    f.globals = globals.clone();
                }
                f.ip = 0;
                f
            }
            None => Box::new(Frame::empty(code.clone(), globals.clone())),
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

/// `Call(n)` through the quick path the callable's kind has (a function,
/// a plain class, a bound method; see each); one test of the kind first,
/// so calls of anything else (Rust functions) pay for nothing more.
/// `false`: the call needs `step`, nothing changed.
#[inline(always)]
pub(super) fn call(frames: &mut Vec<Box<Frame>>, pool: &mut FramePool, recursion: usize, n: usize) -> bool {
    let f = frames.last().expect("a running frame");
    match &f.stack[f.stack.len() - n - 2] {
        Value::Function(_) => call_function(frames, pool, recursion, n),
        Value::Class(_) => instantiate(frames, pool, recursion, n),
        Value::BoundMethod(_) => call_bound_method(frames, pool, recursion, n),
        _ => false,
    }
}

/// Whether `Call(n)` calls an unbound Rust function that
/// `Vm::call_builtin_fast` takes (what `Vm::call_from_stack` sends there:
/// not a generator's or coroutine's method, which may resume a frame in
/// the fiber).
#[inline(always)]
pub(super) fn is_rust_call(frames: &[Box<Frame>], n: usize) -> bool {
    let Some(f) = frames.last() else { return false };
    matches!(&f.stack[f.stack.len() - n - 2], Value::Builtin(b) if b.receiver.is_none() && !matches!(b.owner.as_deref(), Some("generator" | "coroutine")))
}

/// `LoadAttr(i)` of a property whose getter is a plain Python function,
/// on an instance of a class without `__getattr__`: the getter's frame is
/// pushed as a method call `[getter, obj]` taking the [`call_function`]
/// path, as `Vm::push_property_getter` does from `step`. `false`: any
/// other case (or a getter that needs the full binding), nothing changed.
#[cold]
#[inline(never)]
pub(super) fn property_getter(frames: &mut Vec<Box<Frame>>, pool: &mut FramePool, recursion: usize, i: u32) -> bool {
    let f = frames.last_mut().expect("a running frame");
    let Some(Value::Instance(inst)) = f.stack.last() else { return false };
    let i = i as usize;
    let cache = &f.code.attr_cache[2 * i];
    if !cache.get().is_current(&inst.class) {
        return false;
    }
    // The getter, cloned out of the property the class lends.
    let plain_getter = |v: Option<&Value>| {
        let Some(Value::Native(n)) = v else { return None };
        let Some(crate::builtins::descriptors::Descr::Property(p)) = crate::builtins::descriptors::classify(n) else { return None };
        match &p.fget {
            Some(Value::Function(g)) if g.code.kind == CodeKind::Function && binds_positionally(g, 1) => Some(Rc::clone(g)),
            _ => None,
        }
    };
    let Some(getter) = inst.class.peek_cached(&f.code.names[i], cache, plain_getter) else { return false };
    if inst.class.peek_dunder(Dunder::GetAttr, |v| v.is_some()) {
        return false;
    }
    let getter = Value::Function(getter);
    let Some(obj) = f.stack.pop() else { return false };
    f.stack.push(getter);
    f.stack.push(obj);
    let entered = call_function(frames, pool, recursion, 0);
    if !entered {
        // Over the recursion limit: `step` raises it.
        let f = frames.last_mut().expect("a running frame");
        let obj = f.stack.pop().unwrap_or_default();
        f.stack.pop();
        f.stack.push(obj);
    }
    entered
}

/// `Call(n)` of a plain Python function with positional arguments only,
/// `n` (plus `self`) between its required and total positional parameters,
/// no cell variables, not a generator, below the recursion limit: a reused
/// frame is pushed that shares the caller's values (see [`Frame`]), its
/// arguments staying where they are as its first locals. `false`: not such
/// a call, nothing was touched.
#[inline]
pub(super) fn call_function(frames: &mut Vec<Box<Frame>>, pool: &mut FramePool, recursion: usize, n: usize) -> bool {
    let depth = frames.len();
    let f = frames.last_mut().expect("a running frame");
    let at = f.stack.len() - n - 2;
    let Value::Function(func) = &f.stack[at] else { return false };
    let has_self = !f.stack[at + 1].is_null();
    let nargs = n + has_self as usize;
    if !binds_positionally(func, nargs) || depth >= recursion {
        return false;
    }
    if f.owner.is_some() {
        return enter_with_own_values(frames, pool, at, nargs);
    }
    let mut callee = pool.alloc(&func.code, &func.globals);
    // The callee takes the caller's values, its arguments (the receiver
    // first when there is one) already in place as its first locals; the
    // caller holds the callee's spare vector until the return.
    std::mem::swap(&mut callee.stack, &mut f.stack);
    let values = &mut callee.stack;
    let Value::Function(func) = std::mem::take(&mut values[at]) else { unreachable!("checked above") };
    let code = &func.code;
    values.reserve(code.nlocals() - nargs + code.max_stack as usize);
    callee.base = (at + 2 - has_self as usize) as u32;
    callee.ret_len = at as u32;
    bind_rest(&mut callee, func, nargs);
    frames.push(callee);
    true
}

/// [`call_function`] from a generator's or coroutine's frame: the callee
/// gets a vector of its own, the arguments moved into it, rather than
/// sharing the caller's. A suspended generator keeps its vector, and one
/// its callees had grown stayed grown (10⁵ tasks under `gather`: peak RSS
/// 342 -> 382 MB); the frames the callee calls in turn share its vector.
#[cold]
#[inline(never)]
fn enter_with_own_values(frames: &mut Vec<Box<Frame>>, pool: &mut FramePool, at: usize, nargs: usize) -> bool {
    let f = frames.last_mut().expect("a running frame");
    let Value::Function(func) = std::mem::take(&mut f.stack[at]) else { unreachable!("checked by call_function") };
    let code = &func.code;
    let mut callee = pool.alloc(code, &func.globals);
    let values = &mut callee.stack;
    values.reserve(code.nlocals() + code.max_stack as usize);
    let start = f.stack.len() - nargs;
    for v in &mut f.stack[start..] {
        values.push(std::mem::take(v));
    }
    // Left: the emptied function, self and argument slots, all NULL.
    while f.stack.len() > at {
        if let Some(v) = f.stack.pop() {
            std::mem::forget(v);
        }
    }
    bind_rest(&mut callee, func, nargs);
    frames.push(callee);
    true
}

/// The rest of a quick call's binding, once its `nargs` arguments are the
/// first locals at the end of `callee`'s values: the missing parameters'
/// defaults, unbound slots for the other locals, the closure's cells, and
/// the function itself.
#[inline(always)]
fn bind_rest(callee: &mut Frame, func: Rc<Function>, nargs: usize) {
    let code = &func.code;
    let (argcount, nlocals) = (code.argcount as usize, code.nlocals());
    if nargs < argcount {
        let ndef = func.defaults.len();
        callee.stack.extend(func.defaults[ndef - (argcount - nargs)..].iter().cloned());
    }
    for _ in argcount..nlocals {
        callee.stack.push(Value::Null);
    }
    if !func.closure.is_empty() {
        callee.cells.extend(func.closure.iter().cloned());
    }
    callee.func = Some(func);
}

/// True when a call of `func` with `nargs` positional arguments (the
/// receiver included) needs no binding beyond moving them into the first
/// locals and filling defaults: a plain function (not a generator), no
/// `*args`/`**kwargs`/keyword-only parameters, no cell variables, and
/// `nargs` between its required and total positional parameters. Any
/// other call binds in full, with CPython's error messages.
#[inline(always)]
fn binds_positionally(func: &Function, nargs: usize) -> bool {
    let code = &func.code;
    let argcount = code.argcount as usize;
    code.plain_args && nargs <= argcount && nargs + func.defaults.len() >= argcount
}

/// `Call(n)` of a user class whose instances are plain objects (no
/// builtin base, not an exception, no `__new__` anywhere in the MRO) and
/// whose `__init__` is a Python function taking the arguments
/// positionally: what `Vm::instantiate` does, without the argument
/// vectors. The instance is created, `[cls, NULL, args..]` becomes
/// `[__init__, instance, args..]` and the call takes the
/// [`call_function`] path; the frame returns in `ReturnMode::Init`, so
/// the caller gets the instance (or the TypeError of an `__init__`
/// returning something else, through `Vm::return_value`). `false`: any
/// other call, nothing touched.
#[cold]
#[inline(never)]
pub(super) fn instantiate(frames: &mut Vec<Box<Frame>>, pool: &mut FramePool, recursion: usize, n: usize) -> bool {
    let depth = frames.len();
    let f = frames.last_mut().expect("a running frame");
    let at = f.stack.len() - n - 2;
    let Value::Class(cls) = &f.stack[at] else { return false };
    if !f.stack[at + 1].is_null() || depth >= recursion {
        return false;
    }
    let Some(init) = plain_init(cls) else { return false };
    if !binds_positionally(&init, n + 1) {
        return false;
    }
    let instance = Value::Instance(Rc::new(Instance::new(cls.clone())));
    // The class leaves the stack; the instance holds it, so dropping this
    // reference frees nothing.
    f.stack[at] = Value::Function(init);
    f.stack[at + 1] = instance.clone();
    let entered = call_function(frames, pool, recursion, n);
    debug_assert!(entered, "binds_positionally and the depth were checked");
    frames.last_mut().expect("the __init__ frame").mode = ReturnMode::Init(instance);
    true
}

/// `Call(n)` of a bound method object (`m = obj.f; m(..)`, a stored
/// callback) whose function is a Python function, with the self slot
/// empty: the stack becomes `[func, receiver, args..]`, as a `LoadMethod`
/// would have left it, and the call takes the [`call_function`] path.
/// When that path declines, the rewritten stack still means the same call
/// to `Vm::call_from_stack` (the receiver becomes the first argument, as
/// `Vm::invoke` of the bound method does). `false`: not a bound method.
#[cold]
#[inline(never)]
pub(super) fn call_bound_method(frames: &mut Vec<Box<Frame>>, pool: &mut FramePool, recursion: usize, n: usize) -> bool {
    let f = frames.last_mut().expect("a running frame");
    let at = f.stack.len() - n - 2;
    if !unbind_method(&mut f.stack, at) {
        return false;
    }
    call_function(frames, pool, recursion, n)
}

/// Rewrites `[bound_method, NULL, ..]` at `at` to `[func, receiver, ..]`
/// when the method's function is a Python function. The bound method
/// drops, but its parts live on in the stack: no finaliser can be due.
#[inline(always)]
fn unbind_method(stack: &mut [Value], at: usize) -> bool {
    let Value::BoundMethod(bm) = &stack[at] else { return false };
    if !matches!(bm.func, Value::Function(_)) || !stack[at + 1].is_null() {
        return false;
    }
    let (func, receiver) = (bm.func.clone(), bm.receiver.clone());
    stack[at] = func;
    stack[at + 1] = receiver;
    true
}

/// The `__init__` a quick instantiation of `cls` runs: the class's
/// instances are plain objects (no builtin base, not an exception) built
/// as `Vm::new_instance` builds them when no Python `__new__` overrides
/// (the MRO's `__new__` is `object.__new__`, a Rust function), and
/// `__init__` is a Python function. `None`: `Vm::instantiate` handles the
/// call.
#[inline]
fn plain_init(cls: &Rc<crate::objects::Class>) -> Option<Rc<Function>> {
    if cls.is_builtin || cls.tag != TypeTag::Object || !cls.peek_dunder(Dunder::New, |v| matches!(v, None | Some(Value::Builtin(_)))) {
        return None;
    }
    match cls.lookup_dunder(Dunder::Init) {
        Some(Value::Function(init)) => Some(init),
        _ => None,
    }
}

/// Keyword arguments a quick keyword call binds at most.
const MAX_QUICK_KW: usize = 8;

/// `CallKw(n)` (the names tuple already popped) of a Python function, a
/// bound method of one, or a plain class (see [`plain_init`]), when the
/// binding cannot fail: no `*args`/`**kwargs`, no cell variables, every
/// keyword names a distinct parameter not bound positionally nor
/// positional-only, and every parameter left gets a default. The
/// arguments move from the caller's stack into a pooled frame's locals,
/// with none of `Vm::make_frame`'s vectors (arguments, keyword pairs with
/// a string per name). `false`: anything else, and nothing changed but a
/// bound method unpacked in place (see [`call_bound_method`]); the full
/// binding then runs, with its errors.
pub(super) fn call_kw(frames: &mut Vec<Box<Frame>>, pool: &mut FramePool, recursion: usize, n: usize, names: &[Value]) -> bool {
    if frames.len() >= recursion || names.len() > n {
        return false;
    }
    let f = frames.last_mut().expect("a running frame");
    let at = f.stack.len() - n - 2;
    unbind_method(&mut f.stack, at);
    let (func, instance) = match &f.stack[at] {
        Value::Function(func) => (func.clone(), None),
        Value::Class(cls) if f.stack[at + 1].is_null() => match plain_init(cls) {
            Some(init) => (init, Some(cls.clone())),
            None => return false,
        },
        _ => return false,
    };
    let has_self = instance.is_some() || !f.stack[at + 1].is_null();
    let npos = n - names.len() + has_self as usize;
    let Some(slots) = keyword_slots(&func, npos, names) else { return false };
    let mode = match instance {
        Some(cls) => {
            let instance = Value::Instance(Rc::new(Instance::new(cls)));
            f.stack[at + 1] = instance.clone();
            ReturnMode::Init(instance)
        }
        None => ReturnMode::Call,
    };
    let code = &func.code;
    let mut callee = pool.alloc(code, &func.globals);
    callee.stack.reserve(code.nlocals() + code.max_stack as usize);
    let locals = &mut callee.stack;
    locals.resize(code.nlocals(), Value::Null);
    let first_arg = at + 2 - has_self as usize;
    for (slot, v) in locals.iter_mut().zip(&mut f.stack[first_arg..first_arg + npos]) {
        *slot = std::mem::take(v);
    }
    for (&slot, v) in slots.iter().zip(&mut f.stack[first_arg + npos..]) {
        locals[slot as usize] = std::mem::take(v);
    }
    fill_defaults(&func, locals);
    // Left: the callable (a function this call holds, or a class its
    // instance holds) and the emptied slots; nothing is freed.
    f.stack.truncate(at);
    if !func.closure.is_empty() {
        callee.cells.extend(func.closure.iter().cloned());
    }
    callee.mode = mode;
    callee.func = Some(func);
    frames.push(callee);
    true
}

/// Where each keyword argument goes in `func`'s locals, when a call with
/// `npos` positional arguments and these keyword names binds without
/// error (see [`call_kw`]). `None`: the full binding must run (it may
/// raise).
fn keyword_slots(func: &Function, npos: usize, names: &[Value]) -> Option<[u8; MAX_QUICK_KW]> {
    let code = &func.code;
    let argcount = code.argcount as usize;
    let nparams = argcount + code.kwonly as usize;
    if code.kind != CodeKind::Function
        || code.varargs
        || code.varkw
        || !code.cellvars.is_empty()
        || npos > argcount
        || names.len() > MAX_QUICK_KW
        || nparams >= 64
    {
        return None;
    }
    let mut bound: u64 = (1u64 << npos) - 1;
    let mut slots = [0u8; MAX_QUICK_KW];
    for (slot, name) in slots.iter_mut().zip(names) {
        let Value::Str(name) = name else { return None };
        let name = name.as_str();
        let i = (code.posonly as usize..nparams).find(|&i| &*code.varnames[i] == name)?;
        if bound & (1 << i) != 0 {
            return None;
        }
        bound |= 1 << i;
        *slot = i as u8;
    }
    let first_default = argcount - func.defaults.len().min(argcount);
    let required_unbound = (npos..first_default).any(|i| bound & (1 << i) == 0);
    let kwonly_unbound = (argcount..nparams).any(|i| bound & (1 << i) == 0 && !func.kwdefaults.iter().any(|(k, _)| **k == *code.varnames[i]));
    (!required_unbound && !kwonly_unbound).then_some(slots)
}

/// Fills the parameters a call left unbound with their defaults (the
/// caller checked each has one), as `bind_args` does.
fn fill_defaults(func: &Function, locals: &mut [Value]) {
    let code = &func.code;
    let argcount = code.argcount as usize;
    let first_default = argcount - func.defaults.len().min(argcount);
    for (i, slot) in locals.iter_mut().enumerate().take(argcount).skip(first_default) {
        if slot.is_null() {
            *slot = func.defaults[i - first_default].clone();
        }
    }
    for i in argcount..argcount + code.kwonly as usize {
        if locals[i].is_null() {
            if let Some((_, v)) = func.kwdefaults.iter().find(|(k, _)| **k == *code.varnames[i]) {
                locals[i] = v.clone();
            }
        }
    }
}

/// `ReturnValue` from a frame a Python call pushed (not a generator's, not
/// a boundary, not the last), or an `__init__` returning None: the caller
/// gets the value (the instance), the frame goes to the pool. `false`: not such a return, nothing changed.
#[inline]
pub(super) fn return_value(frames: &mut Vec<Box<Frame>>, pool: &mut FramePool) -> bool {
    if frames.len() < 2 {
        return false;
    }
    let f = frames.last_mut().expect("a running frame");
    if f.owner.is_some() {
        return false;
    }
    let v = match &f.mode {
        ReturnMode::Call => f.pop(),
        // `__init__` returned None: the caller gets the instance. Any other
        // result is `Vm::return_value`'s TypeError.
        ReturnMode::Init(_) if f.top().is_none() => {
            f.pop();
            let ReturnMode::Init(instance) = std::mem::replace(&mut f.mode, ReturnMode::Call) else { unreachable!("matched above") };
            instance
        }
        _ => return false,
    };
    let mut frame = frames.pop().expect("a running frame");
    super::frame::hand_back(&mut frame, frames);
    frames.last_mut().expect("the caller").push(v);
    pool.recycle(frame);
    true
}

/// `LoadGlobal(i)` when the name's cached slot still holds it (a global,
/// or a builtin while no module has gained a key): pushes the value.
/// `false`: the cache missed; `step`'s lookup refills it or raises
/// NameError.
///
/// The push is made where the value is cloned, per kind: returned as an
/// `Option<Value>` and pushed by the caller, a function was written to a
/// stack temporary by two 8-byte stores and read back by a 16-byte load,
/// which store forwarding cannot serve (perf, fib: ~6% of its time).
#[inline]
pub(super) fn load_global(frame: &mut Frame, builtins: &Module, i: usize) -> bool {
    let name = &frame.code.names[i];
    let slot = frame.code.name_cache[i].get();
    // Interned names make the pointer test the usual hit; equal text from
    // another code object is the same name too.
    let same = |k: &Rc<str>| same_name(k, name);
    let globals = frame.globals.dict.borrow();
    if let Some((k, v)) = globals.get_index(slot.global as usize) {
        if same(k) {
            match v {
                Value::Function(f) => {
                    let f = Rc::clone(f);
                    drop(globals);
                    frame.stack.push(Value::Function(f));
                }
                other => {
                    let v = other.clone();
                    drop(globals);
                    frame.stack.push(v);
                }
            }
            return true;
        }
    }
    drop(globals);
    if slot.epoch == crate::objects::module::module_epoch() && slot.module == Rc::as_ptr(&frame.globals) as usize {
        if let Some((k, v)) = builtins.dict.borrow().get_index(slot.builtin as usize) {
            if same(k) {
                match v {
                    Value::Builtin(b) => {
                        let b = Rc::clone(b);
                        frame.stack.push(Value::Builtin(b));
                    }
                    other => {
                        let v = other.clone();
                        frame.stack.push(v);
                    }
                }
                return true;
            }
        }
    }
    false
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
        Some((k, v)) if same_name(k, &frame.code.names[i]) => v.clone_hot(),
        _ => return false,
    };
    if let Some(top) = frame.stack.last_mut() {
        std::mem::replace(top, v).drop_hot();
    }
    true
}

/// `LoadAttr(i)` on an instance (not an exception: their `args` and the
/// like come from elsewhere) when what the class has for the name (through
/// the site's cache, refilled for another class) is not a descriptor object (a property,
/// classmethod, ... or a Rust method: those take `step`): the instance's
/// own value if it has one, else the class's, a function bound as a
/// method. The order of `Vm::getattr_opt_in` for such names; `__class__`
/// and `__dict__` (answered before the class) take `step`. `false`: any
/// other case, nothing changed.
#[cold]
#[inline(never)]
pub(super) fn load_attr_by_name(frame: &mut Frame, i: u32) -> bool {
    let Some(Value::Instance(inst)) = frame.stack.last() else { return false };
    let i = i as usize;
    let cache = &frame.code.attr_cache[2 * i];
    if inst.exc.is_some() {
        return false;
    }
    let name = &frame.code.names[i];
    // A descriptor object (a property: the commonest way here) is turned
    // away before anything is cloned.
    let lent = |v: Option<&Value>| match v {
        Some(Value::Native(_) | Value::Builtin(_)) => Err(()),
        other => Ok(other.cloned()),
    };
    let Ok(class_attr) = inst.class.peek_cached(name, cache, lent) else { return false };
    if matches!(&**name, "__class__" | "__dict__") {
        return false;
    }
    let own = inst.attrs.borrow().get_full(name);
    let v = match (own, class_attr) {
        (Some((pos, v)), None) => {
            LookupCache::note_instance_pos(cache, pos);
            v
        }
        (Some((_, v)), Some(_)) => v,
        (None, Some(func @ Value::Function(_))) => {
            let receiver = frame.stack.last().cloned().unwrap_or_default();
            Value::BoundMethod(Rc::new(crate::objects::BoundMethod { func, receiver }))
        }
        (None, Some(other)) => other,
        // `__getattr__` or AttributeError.
        (None, None) => return false,
    };
    if let Some(top) = frame.stack.last_mut() {
        *top = v;
    }
    true
}

/// Looks `name` up in `class` to point the site's `cache` at it: a site
/// that sees instances of several classes (a base class's `__init__` run
/// for subclasses) then keeps to the quick path, paying one MRO walk.
#[inline(never)]
fn refresh_cache(class: &Rc<crate::objects::Class>, name: &str, cache: &std::cell::Cell<LookupCache>) {
    class.lookup_cached(name, cache);
}

/// `LoadMethod(i)` finding a plain function in the class of an instance
/// whose own namespace does not shadow it: `[obj] -> [func, obj]`, as
/// [`super::Vm::load_method_in`] does first. `false`: any other case.
#[inline(always)]
pub(super) fn load_method_instance(frame: &mut Frame, i: u32) -> bool {
    let Some(Value::Instance(inst)) = frame.stack.last() else { return false };
    let i = i as usize;
    let name = &frame.code.names[i];
    let function = |v: Option<&Value>| match v {
        Some(Value::Function(f)) => Some(Rc::clone(f)),
        _ => None,
    };
    let Some(func) = inst.class.peek_cached(name, &frame.code.attr_cache[2 * i], function) else { return false };
    if inst.attrs.borrow().contains_key(&**name) {
        return false;
    }
    push_under_top(&mut frame.stack, Value::Function(func));
    true
}

/// `LoadMethod(i)` on a list, dict, str or set finding a Rust method in
/// the type (as `Vm::load_method_in` does for builtin values), the
/// commonest known by name (see [`super::hot`]):
/// `[obj] -> [method, obj]`. `false`: any other case.
#[inline(never)]
pub(super) fn load_method_builtin(frame: &mut Frame, i: u32) -> bool {
    if !matches!(frame.stack.last(), Some(Value::List(_) | Value::Dict(_) | Value::Str(_) | Value::Set(_))) {
        return false;
    }
    if super::hot::load_method(frame, i) {
        return true;
    }
    let i = i as usize;
    let found = crate::types::with_types(|t| {
        let cls = match frame.stack.last() {
            Some(Value::List(_)) => &t.list,
            Some(Value::Dict(_)) => &t.dict,
            Some(Value::Str(_)) => &t.str_,
            _ => &t.set,
        };
        let builtin = |v: Option<&Value>| match v {
            Some(Value::Builtin(b)) => Some(Rc::clone(b)),
            _ => None,
        };
        cls.peek_cached(&frame.code.names[i], &frame.code.attr_cache[2 * i], builtin)
    });
    let Some(method) = found else { return false };
    push_under_top(&mut frame.stack, Value::Builtin(method));
    true
}

/// `[obj] -> [v, obj]`, as `LoadMethod` leaves a method and its receiver:
/// `v` is pushed, then swapped under the top.
#[inline(always)]
pub(super) fn push_under_top(stack: &mut Vec<Value>, v: Value) {
    let len = stack.len();
    stack.push(v);
    stack.swap(len - 1, len);
}

/// `StoreAttr(i)` on an instance whose class keeps `object.__setattr__`
/// and that is not an exception (whose `args`/`__cause__` are hooked),
/// when the site's cache says the class lacks the name or has it as
/// something other than a descriptor object: rebinds the attribute at the
/// remembered position, or stores it by name (appending a new one, see
/// [`store_new_or_elsewhere`]). The old value drops after the namespace is released, so its
/// finaliser (due afterwards) may look at the object. `false`: any other case.
#[inline(always)]
pub(super) fn store_attr_instance(frame: &mut Frame, i: u32) -> bool {
    let [.., _, Value::Instance(inst)] = &frame.stack[..] else { return false };
    let i = i as usize;
    let cache = &frame.code.attr_cache[2 * i];
    let name = &frame.code.names[i];
    let mut c = cache.get();
    if !c.is_current(&inst.class) {
        refresh_cache(&inst.class, name, cache);
        c = cache.get();
    }
    if inst.exc.is_some() || !inst.class.has_default_setattr() || matches!(&**name, "__class__" | "__dict__") {
        return false;
    }
    let at_hint = match c.instance_pos(&inst.class) {
        Some(pos) => matches!(inst.attrs.borrow().get_index(pos), Some((k, _)) if same_name(k, name)).then_some(pos),
        // The class has the name: only a descriptor object (a property
        // and the like, `Native`) could intercept the store.
        None if matches!(inst.class.lookup_cached(name, cache), Some(Value::Native(_))) => return false,
        None => None,
    };
    // `obj.__dict__ = d` replaces the namespace (`setattr_hook`); never an
    // attribute at a remembered position, so tested only off that path.
    if at_hint.is_none() && &**name == "__dict__" {
        return false;
    }
    let (Some(obj), Some(v)) = (frame.stack.pop(), frame.stack.pop()) else { unreachable!("matched above") };
    let Value::Instance(inst) = &obj else { unreachable!("matched above") };
    let old = if let Some(pos) = at_hint {
        inst.attrs.borrow_mut().get_index_mut(pos).map(|(_, slot)| std::mem::replace(slot, v))
    } else {
        store_new_or_elsewhere(inst, name, v, cache)
    };
    // Inline counts instead of two out-of-line drop glue calls (callgrind,
    // `b.x *= 1`: ~25 machine instructions a store).
    if let Some(old) = old {
        old.drop_hot();
    }
    obj.drop_hot();
    true
}

/// The rest of [`store_attr_instance`]: the name is not at the site's
/// remembered position (a fresh instance in `__init__`, or one whose
/// attributes were set in another order). The cache said the class has no
/// attribute of that name, so no descriptor intercepts the store: it goes
/// into the instance's namespace (appended when new, with the interned
/// name the code object holds) as `object.__setattr__` does, and the class
/// learns the size for the next instance's allocation. Returns the value
/// replaced, to drop once the namespace is released.
#[inline(never)]
fn store_new_or_elsewhere(inst: &Instance, name: &Rc<str>, v: Value, cache: &std::cell::Cell<LookupCache>) -> Option<Value> {
    let mut attrs = inst.attrs.borrow_mut();
    let (pos, old) = attrs.insert_interned(name, v);
    if old.is_none() {
        inst.class.dict.note_attrs(attrs.len());
    }
    LookupCache::note_instance_pos(cache, pos);
    old
}

/// `StoreFast(i)`: the old value's drop glue runs only when it holds a
/// reference (ints and floats, most locals of a loop, own nothing).
#[inline(always)]
pub(super) fn store_fast(frame: &mut Frame, i: u32, v: Value) {
    std::mem::replace(frame.local_mut(i as usize), v).drop_hot();
}

/// `LoadConst`: pushes `c.clone()`, ints (most constants of hot code)
/// copied inline instead of through `Value`'s out-of-line `clone`
/// (callgrind, fib(25): ~10 machine instructions a constant), and pushed
/// where they are built (see [`load_fast`]).
#[inline(always)]
pub(super) fn load_const(stack: &mut Vec<Value>, c: &Value) {
    match c {
        Value::Int(n) => stack.push(Value::Int(*n)),
        other => stack.push(other.clone()),
    }
}

/// `Copy(n)`: pushes a clone of the value `n` from the top, built where
/// it is pushed (see [`load_fast`]).
#[inline(always)]
pub(super) fn copy(stack: &mut Vec<Value>, n: usize) {
    match &stack[stack.len() - n] {
        Value::Instance(o) => {
            let o = Rc::clone(o);
            stack.push(Value::Instance(o));
        }
        v => {
            let v = v.clone_hot();
            stack.push(v);
        }
    }
}

/// `LoadFast(i)` of a bound local. `false`: unbound (UnboundLocalError).
#[inline(always)]
pub(super) fn load_fast(frame: &mut Frame, i: u32) -> bool {
    // A push per kind: with one push after the match, the clone was built
    // in a stack temporary by two 8-byte stores and copied into the vector
    // by a 16-byte load, which store forwarding cannot serve (perf,
    // method_calls: the commonest stall of the loop).
    match frame.local(i as usize) {
        Value::Null => return false,
        Value::Int(n) => {
            let n = *n;
            frame.stack.push(Value::Int(n));
        }
        Value::Instance(o) => {
            let o = Rc::clone(o);
            frame.stack.push(Value::Instance(o));
        }
        v => {
            let v = v.clone_hot();
            frame.stack.push(v);
        }
    }
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

/// The hash of a str or int key, as `Vm::hash` computes it. `None`: any
/// other key (its hash may call `__hash__`).
#[inline(always)]
pub(super) fn plain_key_hash(key: &Value) -> Option<i64> {
    match key {
        Value::Str(s) => Some(s.hash_with(crate::algo::hash::hash_str)),
        Value::Int(i) => Some(crate::algo::hash::hash_i64(*i)),
        _ => None,
    }
}

/// Where a str or int `key` sits in `d`, comparing it only with str and
/// int keys (whose equality runs no Python code: a str never equals an
/// int). `Err`: the probe met another kind of key, whose `__eq__` only
/// `Vm::dict_find` may call.
#[inline(always)]
pub(super) fn plain_dict_find(d: &crate::objects::Dict, hash: i64, key: &Value) -> Result<Option<usize>, ()> {
    d.find(hash, |k| match (k, key) {
        (Value::Str(x), Value::Str(y)) => Ok(Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
        (Value::Int(x), Value::Int(y)) => Ok(x == y),
        (Value::Str(_), Value::Int(_)) | (Value::Int(_), Value::Str(_)) => Ok(false),
        _ => Err(()),
    })
}

/// `key in d` for a dict and a str or int key (see [`plain_dict_find`]),
/// from `step`'s `ContainsOp`: no hashing protocol, no `__eq__` can run.
/// `None`: anything else.
#[inline]
pub(super) fn dict_contains(container: &Value, key: &Value) -> Option<bool> {
    let Value::Dict(d) = container else { return None };
    let h = plain_key_hash(key)?;
    plain_dict_find(&d.borrow(), h, key).ok().map(|slot| slot.is_some())
}

/// `BinarySubscr` of a list or tuple by an in-range int, or of a dict by a str or
/// int key it holds (see [`plain_dict_find`]). `false`: anything else
/// (slices, misses that raise, other containers), nothing changed. The
/// operands drop after the result is pushed, as in `step`.
#[inline(never)]
pub(super) fn binary_subscr(frame: &mut Frame) -> bool {
    let [.., container, key] = &frame.stack[..] else { return false };
    let v = match (container, key) {
        (Value::List(l), Value::Int(i)) => {
            let items = l.borrow();
            let j = if *i < 0 { *i + items.len() as i64 } else { *i };
            if j < 0 || j as usize >= items.len() {
                return false;
            }
            items[j as usize].clone()
        }
        (Value::Tuple(t), Value::Int(i)) => {
            let j = if *i < 0 { *i + t.len() as i64 } else { *i };
            if j < 0 || j as usize >= t.len() {
                return false;
            }
            t[j as usize].clone()
        }
        (Value::Dict(d), _) => {
            let Some(h) = plain_key_hash(key) else { return false };
            let d = d.borrow();
            match plain_dict_find(&d, h, key) {
                Ok(Some(slot)) => d.value_at(slot).clone(),
                _ => return false,
            }
        }
        _ => return false,
    };
    let (Some(key), Some(container)) = (frame.stack.pop(), frame.stack.pop()) else { unreachable!("matched above") };
    frame.stack.push(v);
    drop(container);
    drop(key);
    true
}

/// `StoreSubscr` (`container[key] = v`) of a list at an in-range int, or
/// of a dict at a str or int key (replaced, or appended when absent; see
/// [`plain_dict_find`]). `false`: anything else, nothing changed. The
/// replaced value drops once the container is released.
#[inline(never)]
pub(super) fn store_subscr(frame: &mut Frame) -> bool {
    let [.., _, container, key] = &frame.stack[..] else { return false };
    let slot = match (container, key) {
        (Value::List(l), Value::Int(i)) => {
            let len = l.borrow().len();
            let j = if *i < 0 { *i + len as i64 } else { *i };
            if j < 0 || j as usize >= len {
                return false;
            }
            Some(j as usize)
        }
        (Value::Dict(d), _) => {
            let Some(h) = plain_key_hash(key) else { return false };
            match plain_dict_find(&d.borrow(), h, key) {
                Ok(found) => found,
                Err(()) => return false,
            }
        }
        _ => return false,
    };
    let (Some(key), Some(container), Some(v)) = (frame.stack.pop(), frame.stack.pop(), frame.stack.pop()) else { unreachable!("matched above") };
    let old = match &container {
        Value::List(l) => slot.map(|j| std::mem::replace(&mut l.borrow_mut()[j], v)),
        Value::Dict(d) => match slot {
            Some(slot) => Some(d.borrow_mut().set_at(slot, v)),
            None => {
                let h = plain_key_hash(&key).unwrap_or_default();
                d.borrow_mut().push(h, key, v);
                None
            }
        },
        _ => unreachable!("matched above"),
    };
    drop(old);
    true
}

/// `CompareOp` of two ints. `false`: anything else.
#[inline(always)]
pub(super) fn compare_op(frame: &mut Frame, op: u8, instrs: &[Instr], ip: &mut usize, left: &mut u64) -> bool {
    let [.., Value::Int(a), Value::Int(b)] = &frame.stack[..] else { return false };
    let r = super::ops::cmp_i64(*a, *b, CmpOp::ALL[op as usize]);
    // The usual next instruction, a jump on the result (`if n < 2:`,
    // `while i < n:`), runs here, counted as the instruction it is, as
    // CPython's COMPARE_OP_INT_JUMP does: no bool pushed and popped, and
    // one pass through the dispatch's indirect jump fewer (its
    // mispredictions are the loop's largest cost, perf: ~12% of fib).
    // Nothing can happen between the two: ints own nothing.
    let jump = match instrs.get(*ip) {
        Some(&Instr::PopJumpIfFalse(t)) if *left > 0 => (!r).then_some(t),
        Some(&Instr::PopJumpIfTrue(t)) if *left > 0 => r.then_some(t),
        _ => {
            replace_immediates(&mut frame.stack, Value::Bool(r));
            return true;
        }
    };
    *left -= 1;
    *ip = jump.map_or(*ip + 1, |t| t as usize);
    for _ in 0..2 {
        if let Some(v) = frame.stack.pop() {
            std::mem::forget(v);
        }
    }
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

/// `PopJumpIfFalse`/`PopJumpIfTrue` on a value whose truth needs no
/// protocol (see [`plain_truth`]). `false`: anything else (truthiness may
/// call `__bool__`/`__len__`).
#[inline(always)]
pub(super) fn pop_jump_if(frame: &mut Frame, ip: &mut usize, target: u32, when: bool) -> bool {
    let jump = match frame.stack.last() {
        Some(Value::Bool(b)) => {
            let jump = *b == when;
            if let Some(v) = frame.stack.pop() {
                std::mem::forget(v);
            }
            jump
        }
        Some(v) => match plain_truth(v) {
            Some(t) => {
                frame.stack.pop();
                t == when
            }
            None => return false,
        },
        None => return false,
    };
    if jump {
        *ip = target as usize;
    }
    true
}

/// `JumpIfFalseOrPop`/`JumpIfTrueOrPop` (`a and b`, `a or b`) on a value
/// whose truth needs no protocol: jumps keeping it, or pops it. `false`:
/// anything else.
#[inline]
pub(super) fn jump_if_or_pop(frame: &mut Frame, ip: &mut usize, target: u32, when: bool) -> bool {
    let Some(t) = frame.stack.last().and_then(plain_truth) else { return false };
    if t == when {
        *ip = target as usize;
    } else {
        frame.stack.pop();
    }
    true
}

/// The truth of values `Vm::truthy` decides without calling Python code:
/// bools, None, ints, strings and the builtin containers. `None`: ask
/// `truthy` (instances, subclasses, everything else).
#[inline(always)]
fn plain_truth(v: &Value) -> Option<bool> {
    Some(match v {
        Value::Bool(b) => *b,
        Value::None => false,
        Value::Int(i) => *i != 0,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Dict(d) => !d.borrow().is_empty(),
        _ => return None,
    })
}

/// `IsOp`: identity needs no protocol; the operands drop as in `step`.
#[inline]
pub(super) fn is_op(frame: &mut Frame, invert: u8) {
    let (Some(b), Some(a)) = (frame.stack.pop(), frame.stack.pop()) else { unreachable!("two operands") };
    frame.stack.push(Value::Bool(a.is(&b) != (invert == 1)));
}

/// `LoadDeref(i)` of a bound cell. `false`: unbound (NameError).
#[inline]
pub(super) fn load_deref(frame: &mut Frame, i: u32) -> bool {
    let v = frame.cells[i as usize].borrow().clone();
    if v.is_null() {
        return false;
    }
    frame.stack.push(v);
    true
}

/// `ForIter` over a range iterator or a list's, jumping to `exit` (through
/// `ip`, the loop's position) when a range ends. `false`: any other
/// iterator, or a list's end.
#[inline(always)]
pub(super) fn for_iter(frame: &mut Frame, ip: &mut usize, exit: u32) -> bool {
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
            *ip = exit as usize;
        }
    }
    true
}

/// The quick cases of instructions less common in loops than those
/// [`super::Vm::run`] matches itself, but still worth keeping out of
/// `step` (leaving the quick loop and coming back costs ~100 machine
/// instructions): building tuples and lists, unpacking them, `k in d`,
/// `-n`, `not x` and `del d[k]`. `false`: `step` runs the instruction,
/// nothing changed. Marked cold, though it is not, for the loop's sake:
/// its call then stays off the hot path's registers (callgrind, fib(25):
/// 245.9M -> 244.2M, and no benchmark slower). So are the property
/// getter, bound-method, by-name attribute and instantiation paths (fib
/// 244.2M -> 243.2M, method_calls -0.6%); marking the subscript and
/// builtin-method paths too made every benchmark slower again.
#[cold]
#[inline(never)]
pub(super) fn lukewarm(frame: &mut Frame, instr: Instr) -> bool {
    match instr {
        Instr::BuildTuple(n) => build_tuple(frame, n),
        Instr::BuildList(n) => build_list(frame, n),
        Instr::UnpackSequence(n) => super::iter::unpack_exact(frame, n as usize),
        Instr::ContainsOp(invert) => contains_op(frame, invert),
        Instr::UnaryOp(op) => unary_op(frame, op),
        Instr::DeleteSubscr => delete_dict_item(frame),
        _ => false,
    }
}

/// The top `n` values of `stack`, popped into a new tuple. Small tuples
/// (the `(i, i + 1)` of a loop, pairs) are built from arrays: one
/// allocation, where collecting the drained stack made a vector first and
/// copied it (callgrind, memory_temporaries: 174 machine instructions a
/// pair).
pub(super) fn pop_tuple(stack: &mut Vec<Value>, n: usize) -> Rc<[Value]> {
    let mut pop = || stack.pop().unwrap_or_default();
    match n {
        1 => Rc::new([pop()]),
        2 => {
            let b = pop();
            Rc::new([pop(), b])
        }
        3 => {
            let c = pop();
            let b = pop();
            Rc::new([pop(), b, c])
        }
        _ => {
            let at = stack.len().saturating_sub(n);
            stack.drain(at..).collect()
        }
    }
}

/// `BuildTuple(n)`: the top `n` values move into a new tuple (see
/// [`pop_tuple`]), as in `step`. `false` while the run is over its memory
/// budget: `step` then builds it and [`super::Vm::run`]'s poll, which only
/// runs between quick stretches, gets its chance to end the run (a loop
/// building ever larger nests in quick instructions alone would otherwise
/// never leave them).
#[inline(always)]
fn build_tuple(frame: &mut Frame, n: u32) -> bool {
    if super::memory::over_limit() {
        return false;
    }
    let items = pop_tuple(&mut frame.stack, n as usize);
    frame.stack.push(Value::Tuple(items.into()));
    true
}

/// `BuildList(n)`: the top `n` values move into a new list, as in `step`.
/// `false` while over the memory budget (see [`build_tuple`]).
#[inline(always)]
fn build_list(frame: &mut Frame, n: u32) -> bool {
    if super::memory::over_limit() {
        return false;
    }
    let items = frame.pop_n(n as usize);
    frame.stack.push(Value::list(items));
    true
}

/// `ContainsOp` of a str or int key in a dict (see [`dict_contains`]).
/// The operands drop as in `step`, whose finalisers wait, as there, for
/// the next instruction that runs them. `false`: anything else.
#[inline(always)]
fn contains_op(frame: &mut Frame, invert: u8) -> bool {
    let [.., item, container] = &frame.stack[..] else { return false };
    let Some(found) = dict_contains(container, item) else { return false };
    let (Some(container), Some(item)) = (frame.stack.pop(), frame.stack.pop()) else { unreachable!("matched above") };
    frame.stack.push(Value::Bool(found != (invert == 1)));
    drop(container);
    drop(item);
    true
}

/// `DeleteSubscr` (`del d[k]`) of a str or int key a dict holds (see
/// [`plain_dict_find`]) when nothing the deletion lets go of can have a
/// finaliser: the value is an immediate or a str, and the dict outlives
/// the stack's reference to it. `step` runs finalisers after a deletion;
/// here none can be due, so the loop needs no check. `false`: anything
/// else (a missing key raises there), nothing changed.
#[inline(always)]
fn delete_dict_item(frame: &mut Frame) -> bool {
    let [.., Value::Dict(d), key] = &frame.stack[..] else { return false };
    let Some(h) = plain_key_hash(key) else { return false };
    if Rc::strong_count(d) < 2 {
        return false;
    }
    let slot = {
        let dict = d.borrow();
        match plain_dict_find(&dict, h, key) {
            Ok(Some(slot)) if dict.value_at(slot).is_immediate() || matches!(dict.value_at(slot), Value::Str(_)) => slot,
            _ => return false,
        }
    };
    let removed = d.borrow_mut().remove_at(slot);
    drop(removed);
    frame.stack.truncate(frame.stack.len() - 2);
    true
}

/// `UnaryOp` needing no protocol: `-n` and `+n` of an int that stays one
/// (`-(-2**63)` is a big int), `not` of a value [`plain_truth`] decides.
/// `false`: anything else (floats, `~`, instances), nothing changed.
#[inline(always)]
fn unary_op(frame: &mut Frame, op: u8) -> bool {
    let Some(top) = frame.stack.last_mut() else { return false };
    let v = match (op, &*top) {
        (x, Value::Int(n)) if x == UnOp::Neg as u8 => match n.checked_neg() {
            Some(r) => Value::Int(r),
            None => return false,
        },
        (x, Value::Int(n)) if x == UnOp::Pos as u8 => Value::Int(*n),
        (x, v) if x == UnOp::Not as u8 => match plain_truth(v) {
            Some(t) => Value::Bool(!t),
            None => return false,
        },
        _ => return false,
    };
    // The operand may be a container (`not xs`): dropped, as in `step`.
    *top = v;
    true
}
