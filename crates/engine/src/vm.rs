//! The virtual machine: the dispatch loop alone lives here; each concern
//! (calls, operators, attributes, iteration, exceptions, coroutines) has its
//! own file beside it.
//!
//! # Execution model
//! The VM runs one *fiber* at a time: a stack of heap frames
//! ([`frame::Frame`]). Python-to-Python calls push a frame and never recurse
//! in Rust. Resuming a generator or coroutine moves its frame onto the fiber;
//! a `yield` moves it back. Rust code that must call Python (a `key=`
//! function, `__repr__`) runs a *nested* loop over the same fiber from a
//! boundary frame; such code cannot suspend, exactly like CPython's C code.

pub mod attr;
pub mod call;
pub mod coroutine;
pub mod except_star;
pub mod exceptions;
pub mod finalize;
pub mod frame;
mod hot;
pub mod iter;
pub mod memory;
pub mod ops;
pub mod percent;
pub mod protocols;
mod quick;
pub mod repr;
pub mod suggest;
pub mod traceback;
#[cfg(test)]
mod fast_path_tests;

use crate::bytecode::op::{BinOp, CmpOp, Instr, UnOp};
use crate::objects::{Dict, Module, PySet, Value};
use coroscope_trace::{OutputEvent, Stream};
pub use exceptions::{Unwind, PyResult};
use frame::{Block, Frame, ReturnMode};
use rustc_hash::FxHashMap;
use std::collections::VecDeque;
use std::rc::Rc;

/// Why a run of the dispatch loop ended.
#[derive(Debug)]
pub enum Exit {
    /// The boundary frame returned this value.
    Return(Value),
    /// The boundary frame (a generator/coroutine) yielded this value.
    Yield(Value),
    /// The instruction budget ran out; the fiber is intact.
    OutOfBudget,
    /// The thread blocked; the fiber is intact and expects the wait's
    /// outcome pushed onto its top frame when it resumes.
    Blocked(crate::exec::threads::Wait),
}

/// Hard limits that end a run with a clear message.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Python frames on one fiber before `RecursionError`.
    pub recursion: usize,
    /// Instructions in the whole run.
    pub instructions: u64,
    /// Bytes of output before the run is stopped.
    pub output_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self { recursion: 1000, instructions: 2_000_000_000, output_bytes: 16 << 20 }
    }
}

/// Interpreter state for one run.
pub struct Vm {
    /// The running fiber.
    pub frames: Vec<Box<Frame>>,
    /// The `builtins` module.
    pub builtins: Rc<Module>,
    /// `__main__`.
    pub main: Rc<Module>,
    /// Imported modules (`sys.modules`).
    pub modules: FxHashMap<Rc<str>, Value>,
    /// Everything the program wrote, in order.
    pub output: Vec<OutputEvent>,
    output_bytes: usize,
    /// Lines `input()` reads.
    pub stdin: VecDeque<String>,
    /// Source text by file name (tracebacks quote lines).
    pub sources: FxHashMap<Rc<str>, Rc<str>>,
    /// Instructions executed so far.
    pub steps: u64,
    /// Items of loops run by Rust code (`sum`, `max`, `list(map(...))`),
    /// counted against the instruction limit with `steps`; see
    /// [`Vm::charge_rust_step`].
    pub rust_steps: u64,
    /// Limits of this run.
    pub limits: Limits,
    /// Set while an exception is being re-raised (no new traceback entry).
    reraising: bool,
    /// The seed `random` starts with.
    pub seed: u64,
    /// Per-run state of standard-library modules (random's generator, ...).
    pub stdlib: crate::stdlib::State,
    /// Containers being repr'd (to print `[...]` for cycles).
    pub repr_guard: Vec<usize>,
    /// Warnings already shown (the default filter shows each once).
    pub warned: std::collections::HashSet<String>,
    /// The script's file name (`sys.argv[0]`, tracebacks).
    pub main_filename: Rc<str>,
    /// Virtual clock, lanes and the trace recorder.
    pub exec: crate::exec::Exec,
    /// How frames of our Python-written stdlib appear in tracebacks:
    /// (our file, our line) → (CPython's file, line, source text).
    pub tb_aliases: FxHashMap<(String, u32), (String, u32, String, Option<String>)>,
    /// How the main thread ended, kept while other threads finish.
    pub main_outcome: Option<PyResult<()>>,
    /// Frames that returned, emptied, kept for the next calls.
    frame_pool: quick::FramePool,
    /// Argument buffer lent to Rust functions called from `Call`, so a
    /// builtin call allocates no argument vector.
    pub(crate) arg_buf: Vec<Value>,
}

impl Vm {
    /// A fresh interpreter with the builtins installed.
    pub fn new(seed: u64) -> Self {
        let builtins = Rc::new(Module::new("builtins"));
        crate::builtins::install(&builtins);
        let main = Rc::new(Module::new("__main__"));
        main.dict.borrow_mut().insert("__name__".into(), Value::str("__main__"));
        main.dict.borrow_mut().insert("__builtins__".into(), Value::Module(builtins.clone()));
        Self {
            frames: Vec::new(),
            builtins,
            main,
            modules: FxHashMap::default(),
            output: Vec::new(),
            output_bytes: 0,
            stdin: VecDeque::new(),
            sources: FxHashMap::default(),
            steps: 0,
            rust_steps: 0,
            limits: Limits::default(),
            reraising: false,
            seed,
            stdlib: crate::stdlib::State::new(seed),
            repr_guard: Vec::new(),
            warned: Default::default(),
            main_filename: "main.py".into(),
            exec: crate::exec::Exec::new(0),
            tb_aliases: FxHashMap::default(),
            main_outcome: None,
            frame_pool: Default::default(),
            arg_buf: Vec::new(),
        }
    }

    /// Counts one item of a loop that Rust code runs against the
    /// instruction limit, so that `sum(range(10**12))` ends with the
    /// limit's notice, as `for` over the same range does, instead of
    /// running for hours inside one call (the page can only stop a run
    /// between its slices). Not charged to the virtual clock.
    #[inline]
    pub fn charge_rust_step(&mut self) -> PyResult<()> {
        self.rust_steps += 1;
        if self.steps + self.rust_steps >= self.limits.instructions {
            return Err(Unwind::Stop(exceptions::StopReason::InstructionLimit));
        }
        Ok(())
    }

    /// Appends program output.
    pub fn write(&mut self, stream: Stream, text: &str) -> PyResult<()> {
        if text.is_empty() {
            return Ok(());
        }
        self.output_bytes += text.len();
        if self.output_bytes > self.limits.output_bytes {
            return Err(Unwind::Stop(exceptions::StopReason::OutputLimit));
        }
        if let Some(last) = self.output.last_mut() {
            // `print` writes its parts and the newline in one call; join
            // writes of one line by the same lane at the same instant.
            if last.stream == stream && last.lane == self.exec.current && last.time == self.exec.now_ns() && !last.text.ends_with('\n') {
                last.text.push_str(text);
                return Ok(());
            }
        }
        let line = self.user_line();
        let seq = self.exec.rec.next_seq();
        self.output.push(OutputEvent { stream, text: text.to_owned(), time: self.exec.now_ns(), lane: self.exec.current, line, seq });
        Ok(())
    }

    /// The line of the innermost frame running the user's script (not a
    /// stdlib module written in Python), for the trace.
    pub fn user_line(&self) -> u32 {
        self.frames.iter().rev().find(|f| *f.code.filename == *self.main_filename).map_or(0, |f| f.line())
    }

    #[inline]
    fn frame(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("a running frame")
    }

    /// A frame for `code`, reusing a returned one when there is one. Its
    /// stack, locals and cells are empty; the caller fills them.
    pub fn alloc_frame(&mut self, code: Rc<crate::bytecode::code::Code>, globals: Rc<Module>) -> Box<Frame> {
        self.frame_pool.alloc(&code, &globals)
    }

    /// Empties a frame that has left the fiber and keeps it for reuse.
    fn recycle_frame(&mut self, frame: Box<Frame>) {
        self.frame_pool.recycle(frame);
    }

    /// Pushes a frame, enforcing the recursion limit.
    pub fn push_frame(&mut self, frame: Box<Frame>) -> PyResult<()> {
        if self.frames.len() >= self.limits.recursion {
            return Err(exceptions::new_exc("RecursionError", "maximum recursion depth exceeded"));
        }
        self.frames.push(frame);
        Ok(())
    }

    /// Runs the fiber until the frame at depth `base` leaves, or `budget`
    /// instructions have run. `base` is the index of the boundary frame.
    pub fn run(&mut self, base: usize, budget: &mut u64) -> PyResult<Exit> {
        loop {
            let (outcome, ran) = self.run_quick(budget);
            self.settle(budget, ran)?;
            let (instr, result) = match outcome {
                Quick::OutOfBudget => return Ok(Exit::OutOfBudget),
                Quick::Finalize => {
                    self.run_finalizers()?;
                    continue;
                }
                Quick::Slow(instr) => (instr, self.step_slow(instr, base)),
                Quick::Failed(instr, e) => (instr, Err(e)),
            };
            match result {
                Ok(None) => {}
                Ok(Some(exit)) => {
                    if finalize::pending() {
                        self.run_finalizers()?;
                    }
                    return Ok(exit);
                }
                Err(Unwind::Raise(exc)) => {
                    if !self.reraising {
                        self.set_context(&exc);
                    }
                    if let Some(exit) = self.unwind(exc, base)? {
                        return Ok(exit);
                    }
                }
                Err(Unwind::Block(wait)) => {
                    if base == 0 {
                        return Ok(Exit::Blocked(wait));
                    }
                    // Inside a call from Rust the fiber cannot park: the
                    // thread waits in place (only timeouts can end it).
                    let value = self.wait_in_place(&wait)?;
                    self.frame().push(value);
                }
                Err(other) => return Err(other),
            }
            if drops_references(instr) && finalize::pending() {
                self.run_finalizers()?;
            }
        }
    }
    /// Settles `ran` instructions the inner loop counted: the budget, the
    /// step count, the memory limit and the virtual clock, before anything
    /// that may look at them runs.
    #[inline(always)]
    fn settle(&mut self, budget: &mut u64, ran: u64) -> PyResult<()> {
        *budget -= ran;
        let before = self.steps;
        self.steps += ran;
        // The memory limit is polled every 1024 instructions (each time
        // the count passes a multiple), here, between quick stretches:
        // the quick instructions that build objects (tuples, lists)
        // leave for `step` while the run is over its budget, so a loop
        // of them alone still reaches this poll.
        if self.steps / 1024 != before / 1024 && memory::over_limit() {
            return Err(Unwind::Stop(exceptions::StopReason::MemoryLimit));
        }
        self.exec.charge(ran);
        Ok(())
    }

    /// The inner loop: runs quick instructions (see [`quick`]) on the top
    /// frame, Python calls and returns included, counting them in `ran`
    /// instead of charging one by one; [`Self::run`] settles the count
    /// (budget, steps, virtual clock) before anything else runs, so nothing
    /// can tell the difference. Ends at the first instruction that needs
    /// `step`, a pending finaliser, or the end of the budget.
    ///
    /// One pass of the outer loop per frame entered: while a frame runs,
    /// its instructions and position live in locals instead of being read
    /// through `Box<Frame>` → `Rc<Code>` → `Vec` and written back each
    /// instruction (callgrind, fib(25): 6 of the ~18 machine instructions
    /// of dispatch). `frame.ip` is written back whenever control leaves the
    /// frame or the loop, so `step`, tracebacks and a resumed fiber see it.
    #[inline(always)]
    fn run_quick(&mut self, budget: &mut u64) -> (Quick, u64) {
        let recursion = self.limits.recursion;
        let mut limit = *budget;
        // Counted down (one register fewer than `ran` and `limit`).
        let mut left: u64 = limit;
        'frames: loop {
            let frame: &mut Frame = self.frames.last_mut().expect("a running frame");
            let code = Rc::clone(&frame.code);
            let instrs: &[Instr] = &code.instrs;
            let mut ip = frame.ip;
            let leave = loop {
                if left == 0 {
                    break Leave::OutOfBudget;
                }
                // Matched by reference: each arm loads its own operand
                // (a copy made the compiler load and spill every operand
                // field of the 8 bytes before the jump).
                let at = &instrs[ip];
                ip += 1;
                left -= 1;
                let instr = at;
                match *at {
                    Instr::LoadFast(i) => {
                        if !quick::load_fast(frame, i) {
                            break Leave::Slow(*instr);
                        }
                    }
                    Instr::StoreFast(i) => match frame.stack.pop() {
                        Some(v) => {
                            quick::store_fast(frame, i, v);
                            // What a store, pop or attribute load dropped may
                            // have queued a finaliser, which runs before the
                            // next instruction.
                            if finalize::pending() {
                                break Leave::Finalize;
                            }
                        }
                        None => break Leave::Slow(*instr),
                    },
                    Instr::LoadConst(i) => quick::load_const(&mut frame.stack, &code.consts[i as usize]),
                    Instr::PopTop => {
                        frame.stack.pop();
                        if finalize::pending() {
                            break Leave::Finalize;
                        }
                    }
                    Instr::PushNull => frame.stack.push(Value::Null),
                    // Stack shuffles (`self.x += k` is Copy, LoadAttr, ..., Swap,
                    // StoreAttr): they only move or clone references.
                    Instr::Copy(n) => quick::copy(&mut frame.stack, n as usize),
                    Instr::Swap(n) => {
                        let len = frame.stack.len();
                        frame.stack.swap(len - 1, len - n as usize);
                    }
                    Instr::Rot(n) => {
                        let len = frame.stack.len();
                        frame.stack[len - n as usize..].rotate_right(1);
                    }
                    Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                        if !quick::binary_op(frame, op) {
                            break Leave::Slow(*instr);
                        }
                    }
                    Instr::CompareOp(op) => {
                        if !quick::compare_op(frame, op, instrs, &mut ip, &mut left) {
                            break Leave::Slow(*instr);
                        }
                    }
                    Instr::PopJumpIfFalse(t) => {
                        if !quick::pop_jump_if(frame, &mut ip, t, false) {
                            break Leave::Slow(*instr);
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        if !quick::pop_jump_if(frame, &mut ip, t, true) {
                            break Leave::Slow(*instr);
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) => {
                        if !quick::jump_if_or_pop(frame, &mut ip, t, false) {
                            break Leave::Slow(*instr);
                        }
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        if !quick::jump_if_or_pop(frame, &mut ip, t, true) {
                            break Leave::Slow(*instr);
                        }
                    }
                    Instr::PopJumpIfNone(t) => {
                        if frame.stack.pop().is_some_and(|v| v.is_none()) {
                            ip = t as usize;
                        }
                    }
                    Instr::PopJumpIfNotNone(t) => {
                        if frame.stack.pop().is_some_and(|v| !v.is_none()) {
                            ip = t as usize;
                        }
                    }
                    Instr::IsOp(invert) => quick::is_op(frame, invert),
                    Instr::BinarySubscr => {
                        if !quick::binary_subscr(frame) {
                            break Leave::Slow(*instr);
                        }
                    }
                    Instr::StoreSubscr => {
                        if !quick::store_subscr(frame) {
                            break Leave::Slow(*instr);
                        }
                        if finalize::pending() {
                            break Leave::Finalize;
                        }
                    }
                    Instr::LoadDeref(i) => {
                        if !quick::load_deref(frame, i) {
                            break Leave::Slow(*instr);
                        }
                    }
                    Instr::SetupExcept(handler) => {
                        let depth = frame.stack.len() as u32;
                        frame.blocks.push(crate::vm::frame::Block { handler, depth });
                    }
                    Instr::PopBlock => {
                        frame.blocks.pop();
                    }
                    Instr::Jump(t) => ip = t as usize,
                    Instr::ForIter(exit) => {
                        if !quick::for_iter(frame, &mut ip, exit) {
                            break Leave::Slow(*instr);
                        }
                    }
                    Instr::LoadAttr(i) => {
                        if !(quick::load_attr_instance(frame, i) || quick::load_attr_by_name(frame, i)) {
                            frame.ip = ip;
                            if !quick::property_getter(&mut self.frames, &mut self.frame_pool, recursion, i) {
                                return (Quick::Slow(*instr), limit - left);
                            }
                            // The instance moved into the getter's frame.
                            continue 'frames;
                        }
                        if finalize::pending() {
                            break Leave::Finalize;
                        }
                    }
                    Instr::LoadMethod(i) => {
                        if !(quick::load_method_instance(frame, i) || quick::load_method_builtin(frame, i)) {
                            break Leave::Slow(*instr);
                        }
                    }
                    Instr::StoreAttr(i) => {
                        if !quick::store_attr_instance(frame, i) {
                            break Leave::Slow(*instr);
                        }
                        if finalize::pending() {
                            break Leave::Finalize;
                        }
                    }
                    Instr::LoadGlobal(i) => {
                        if !quick::load_global(frame, &self.builtins, i as usize) {
                            break Leave::Slow(*instr);
                        }
                        // A call of a global (`f(x)`, `len(xs)`) pushes the
                        // NULL self slot next: done here, counted as its own
                        // instruction, one dispatch fewer (as for a
                        // comparison's jump, see `quick::compare_op`).
                        if left > 0 && matches!(instrs.get(ip), Some(Instr::PushNull)) {
                            frame.stack.push(Value::Null);
                            ip += 1;
                            left -= 1;
                        }
                    }
                    Instr::Call(n) => {
                        frame.ip = ip;
                        if !quick::call(&mut self.frames, &mut self.frame_pool, recursion, n as usize) {
                            let instr = *instr;
                            if !quick::is_rust_call(&self.frames, n as usize) {
                                return (Quick::Slow(instr), limit - left);
                            }
                            if hot::call(self.frames.last_mut().expect("a running frame"), n) {
                                // A temporary receiver or an unused
                                // default may have dropped.
                                if finalize::pending() {
                                    return (Quick::Finalize, limit - left);
                                }
                                continue 'frames;
                            }
                            // A Rust function (`len(xs)`, `xs.append(x)`,
                            // `abs(x)`) is called from here, the count
                            // settled first as `run` settles it before
                            // `step`, sparing the loop's exit and re-entry
                            // (callgrind, a loop of `abs(i)`: ~33 machine
                            // instructions a call, 306.7M -> 293.3M).
                            if let Err(e) = self.settle(budget, limit - left) {
                                return (Quick::Failed(instr, e), 0);
                            }
                            limit = left;
                            if let Err(e) = self.call_builtin_fast(n as usize) {
                                return (Quick::Failed(instr, e), 0);
                            }
                            // What the call dropped (its arguments) may have
                            // queued a finaliser.
                            if finalize::pending() {
                                return (Quick::Finalize, 0);
                            }
                            continue 'frames;
                        }
                        // Arguments moved, nothing dropped (a class replaced
                        // by its `__init__` lives on in the instance), but
                        // a pooled frame may have let go of other code.
                        if finalize::pending() {
                            return (Quick::Finalize, limit - left);
                        }
                        continue 'frames;
                    }
                    Instr::ReturnValue => {
                        frame.ip = ip;
                        if !quick::return_value(&mut self.frames, &mut self.frame_pool) {
                            return (Quick::Slow(*instr), limit - left);
                        }
                        // The frame's locals dropped.
                        if finalize::pending() {
                            return (Quick::Finalize, limit - left);
                        }
                        continue 'frames;
                    }
                    // One call for the rest keeps this loop's registers
                    // for the arms above (an arm more each for these made
                    // fib(25) 4% slower, callgrind).
                    _ => {
                        if !quick::lukewarm(frame, *instr) {
                            break Leave::Slow(*instr);
                        }
                    }
                }
            };
            frame.ip = ip;
            let ran = limit - left;
            return match leave {
                Leave::OutOfBudget => (Quick::OutOfBudget, ran),
                Leave::Finalize => (Quick::Finalize, ran),
                Leave::Slow(instr) => (Quick::Slow(instr), ran),
            };
        }
    }

    /// [`Self::step`], with the commonest instruction that reaches it, a
    /// call of a Rust function (`len(l)`, `xs.append(x)`), made directly:
    /// `step`'s prologue (the frame of a function with ~150 arms) cost ~35
    /// machine instructions a call (callgrind, memory_temporaries).
    #[inline(always)]
    fn step_slow(&mut self, instr: Instr, base: usize) -> PyResult<Option<Exit>> {
        match instr {
            Instr::Call(n) => self.call_from_stack(n as usize, None).map(|()| None),
            _ => self.step(instr, base),
        }
    }

    /// Executes one instruction. `Some(exit)` when control leaves `base`.
    fn step(&mut self, instr: Instr, base: usize) -> PyResult<Option<Exit>> {
        let f = self.frame();
        match instr {
            // === Stack ===
            Instr::Nop => {}
            Instr::PopTop => {
                f.stack.pop();
            }
            Instr::Rot(n) => {
                let len = f.stack.len();
                let n = n as usize;
                f.stack[len - n..].rotate_right(1);
            }
            Instr::Copy(n) => {
                let v = f.stack[f.stack.len() - n as usize].clone();
                f.push(v);
            }
            Instr::Swap(n) => {
                let len = f.stack.len();
                f.stack.swap(len - 1, len - n as usize);
            }

            // === Constants and names ===
            Instr::LoadConst(i) => {
                let v = f.code.consts[i as usize].clone();
                f.push(v);
            }
            Instr::LoadFast(i) => {
                let v = f.local(i as usize).clone();
                if v.is_null() {
                    let name = f.code.varnames[i as usize].clone();
                    return Err(exceptions::unbound_local(&name));
                }
                f.push(v);
            }
            Instr::StoreFast(i) => {
                let v = f.pop();
                *f.local_mut(i as usize) = v;
            }
            Instr::DeleteFast(i) => {
                if f.local(i as usize).is_null() {
                    let name = f.code.varnames[i as usize].clone();
                    return Err(exceptions::unbound_local(&name));
                }
                *f.local_mut(i as usize) = Value::Null;
            }
            Instr::LoadDeref(i) => {
                let v = f.cells[i as usize].borrow().clone();
                if v.is_null() {
                    return Err(self.unbound_deref(i as usize));
                }
                f.push(v);
            }
            Instr::StoreDeref(i) => {
                let v = f.pop();
                *f.cells[i as usize].borrow_mut() = v;
            }
            Instr::DeleteDeref(i) => {
                *f.cells[i as usize].borrow_mut() = Value::Null;
            }
            Instr::LoadClosure(i) => {
                let Some(c) = f.cells.get(i as usize).cloned() else {
                    return Err(exceptions::new_exc("SystemError", "closure cell missing (compiler bug)"));
                };
                f.push(Value::Cell(c));
            }
            Instr::LoadGlobal(i) => {
                let v = self.load_global_cached(i as usize)?;
                self.frame().push(v);
            }
            Instr::StoreGlobal(i) => {
                let name = f.code.names[i as usize].clone();
                let v = f.pop();
                f.globals.dict.set(name, v);
            }
            Instr::DeleteGlobal(i) => {
                let name = f.code.names[i as usize].clone();
                if f.globals.dict.borrow_mut().shift_remove(&name).is_none() {
                    return Err(exceptions::name_error(&name));
                }
            }
            Instr::LoadName(i) => {
                let name = f.code.names[i as usize].clone();
                let local = f.class_ns.as_ref().and_then(|ns| ns.borrow().get(&name).cloned());
                let v = match local {
                    Some(v) => v,
                    None => self.load_global(&name)?,
                };
                self.frame().push(v);
            }
            Instr::StoreName(i) => {
                let name = f.code.names[i as usize].clone();
                let v = f.pop();
                match &f.class_ns {
                    Some(ns) => ns.borrow_mut().insert(name, v),
                    None => f.globals.dict.set(name, v),
                };
            }
            Instr::DeleteName(i) => {
                let name = f.code.names[i as usize].clone();
                let removed = match &f.class_ns {
                    Some(ns) => ns.borrow_mut().shift_remove(&name),
                    None => f.globals.dict.borrow_mut().shift_remove(&name),
                };
                if removed.is_none() {
                    return Err(exceptions::name_error(&name));
                }
            }
            Instr::LoadClassDeref(i) => {
                let idx = i as usize - f.code.cellvars.len();
                let name = f.code.freevars[idx].clone();
                let local = f.class_ns.as_ref().and_then(|ns| ns.borrow().get(&name).cloned());
                let v = match local {
                    Some(v) => v,
                    None => f.cells[i as usize].borrow().clone(),
                };
                if v.is_null() {
                    return Err(self.unbound_deref(i as usize));
                }
                self.frame().push(v);
            }

            // === Attributes and subscripts ===
            Instr::LoadAttr(i) => {
                let code = f.code.clone();
                let obj = f.pop();
                let name = &code.names[i as usize];
                let cache = &code.attr_cache[2 * i as usize];
                if self.push_property_getter(&obj, name, cache)? {
                    return Ok(None);
                }
                let v = self.getattr_cached(&obj, name, cache)?;
                self.frame().push(v);
            }
            Instr::StoreAttr(i) => {
                let code = f.code.clone();
                let obj = f.pop();
                let v = f.pop();
                let (i, name) = (i as usize, &code.names[i as usize]);
                self.setattr_in(&obj, name, v, Some((&code.attr_cache[2 * i], &code.attr_cache[2 * i + 1])))?;
            }
            Instr::DeleteAttr(i) => {
                let name = f.code.names[i as usize].clone();
                let obj = f.pop();
                self.delattr(&obj, &name)?;
            }
            Instr::LoadMethod(i) => {
                let code = f.code.clone();
                let obj = f.pop();
                let name = &code.names[i as usize];
                let (callable, receiver) = self.load_method_in(obj, name, Some(&code.attr_cache[2 * i as usize]))?;
                let f = self.frame();
                f.push(callable);
                f.push(receiver);
            }
            Instr::BinarySubscr => {
                let key = f.pop();
                let container = f.pop();
                let v = self.getitem(&container, &key)?;
                self.frame().push(v);
            }
            Instr::StoreSubscr => {
                let key = f.pop();
                let container = f.pop();
                let v = f.pop();
                self.setitem(&container, key, v)?;
            }
            Instr::DeleteSubscr => {
                let key = f.pop();
                let container = f.pop();
                self.delitem(&container, &key)?;
            }

            // === Operators ===
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => {
                let b = f.pop();
                let mut a = f.pop();
                let op = BinOp::ALL[op as usize];
                if op == BinOp::Add && append_in_place(f, &mut a, &b) {
                    f.push(a);
                    return Ok(None);
                }
                // Ints and floats are immutable: `+=` on them is `+`, so
                // the fast path serves both; only the protocol differs.
                let v = match ops::fast_binop(&a, &b, op) {
                    Some(v) => v,
                    None if matches!(instr, Instr::InplaceOp(_)) => self.inplace_op(a, b, op)?,
                    None => self.binary_op(a, b, op)?,
                };
                self.frame().push(v);
            }
            Instr::UnaryOp(op) => {
                let a = f.pop();
                let v = match op {
                    x if x == UnOp::Not as u8 => Value::Bool(!self.truthy(&a)?),
                    x if x == UnOp::Neg as u8 => self.unary_op(a, "__neg__", "-")?,
                    x if x == UnOp::Pos as u8 => self.unary_op(a, "__pos__", "+")?,
                    _ => self.unary_op(a, "__invert__", "~")?,
                };
                self.frame().push(v);
            }
            Instr::CompareOp(op) => {
                let b = f.pop();
                let a = f.pop();
                let v = match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => Value::Bool(ops::cmp_i64(*x, *y, CmpOp::ALL[op as usize])),
                    _ => self.compare(&a, &b, CmpOp::ALL[op as usize])?,
                };
                self.frame().push(v);
            }
            Instr::IsOp(invert) => {
                let b = f.pop();
                let a = f.pop();
                f.push(Value::Bool(a.is(&b) != (invert == 1)));
            }
            Instr::ContainsOp(invert) => {
                let container = f.pop();
                let item = f.pop();
                let r = match quick::dict_contains(&container, &item) {
                    Some(r) => r,
                    None => self.contains(&container, &item)?,
                };
                self.frame().push(Value::Bool(r != (invert == 1)));
            }

            // === Building ===
            Instr::BuildTuple(n) => {
                let items = quick::pop_tuple(&mut f.stack, n as usize);
                f.push(Value::Tuple(items.into()));
            }
            Instr::BuildList(n) => {
                let items = f.pop_n(n as usize);
                f.push(Value::list(items));
            }
            Instr::BuildSet(n) => {
                let items = f.pop_n(n as usize);
                let mut set = PySet::new();
                for item in items {
                    self.set_add(&mut set, item)?;
                }
                self.frame().push(Value::Set(Rc::new(std::cell::RefCell::new(set))));
            }
            Instr::BuildMap(n) => {
                let items = f.pop_n(2 * n as usize);
                let mut d = Dict::new();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    self.dict_set(&mut d, k, v)?;
                }
                self.frame().push(Value::dict(d));
            }
            Instr::MapAdd(n) => {
                let v = f.pop();
                let k = f.pop();
                let target = f.stack[f.stack.len() - n as usize].clone();
                if let Value::Dict(d) = target {
                    self.dict_set_cell(&d, k, v)?;
                }
            }
            Instr::ListAppend(n) => {
                let v = f.pop();
                if let Value::List(l) = &f.stack[f.stack.len() - n as usize] {
                    l.borrow_mut().push(v);
                }
            }
            Instr::SetAdd(n) => {
                let v = f.pop();
                let target = f.stack[f.stack.len() - n as usize].clone();
                if let Value::Set(s) = target {
                    let h = self.hash(&v)?;
                    ops::set_insert_hashed(self, &s, h, v)?;
                }
            }
            Instr::ListExtend(n) => {
                let src = f.pop();
                let target = f.stack[f.stack.len() - n as usize].clone();
                let items = self.collect(&src)?;
                if let Value::List(l) = target {
                    l.borrow_mut().extend(items);
                }
            }
            Instr::SetUpdate(n) => {
                let src = f.pop();
                let target = f.stack[f.stack.len() - n as usize].clone();
                if let Value::Set(s) = target {
                    crate::builtins::set::update_from(self, &s, &src)?;
                }
            }
            Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                let src = f.pop();
                let target = f.stack[f.stack.len() - n as usize].clone();
                let merge = matches!(instr, Instr::DictMerge(_));
                // For `**` in a call, the callable sits below [null, args, dict].
                let callee = if merge { f.stack.get(f.stack.len().wrapping_sub(n as usize + 3)).cloned() } else { None };
                if let Value::Dict(d) = target {
                    if let Err(e) = self.dict_update_from(&d, &src, merge) {
                        return Err(match callee {
                            Some(c) => self.prefix_with_function(e, &c),
                            None => e,
                        });
                    }
                }
            }
            Instr::ListToTuple => {
                let v = f.pop();
                let items = match &v {
                    Value::List(l) => l.borrow().to_vec(),
                    _ => Vec::new(),
                };
                f.push(Value::tuple(items));
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { f.pop() } else { Value::None };
                let stop = f.pop();
                let start = f.pop();
                f.push(Value::Slice(Rc::new([start, stop, step])));
            }
            Instr::BuildString(n) => {
                let parts = f.pop_n(n as usize);
                let mut s = String::new();
                for p in &parts {
                    if let Value::Str(p) = p {
                        s.push_str(p.as_str());
                    }
                }
                f.push(Value::str(s));
            }
            Instr::FormatValue(flags) => {
                let spec = if flags & 4 != 0 { Some(f.pop()) } else { None };
                let v = f.pop();
                let v = match flags & 3 {
                    1 => Value::str(self.str_of(&v)?),
                    2 => Value::str(self.repr(&v)?),
                    3 => Value::str(repr::ascii_escape(&self.repr(&v)?)),
                    _ => v,
                };
                let spec = match &spec {
                    Some(Value::Str(s)) => s.as_str().to_owned(),
                    _ => String::new(),
                };
                let out = self.format(&v, &spec)?;
                self.frame().push(Value::str(out));
            }

            // === Unpacking ===
            Instr::UnpackSequence(n) => {
                if iter::unpack_exact(f, n as usize) {
                    return Ok(None);
                }
                let f = self.frame();
                let seq = f.pop();
                let items = self.unpack(&seq, n as usize)?;
                self.frame().stack.extend(items.into_iter().rev());
            }
            Instr::UnpackEx(arg) => {
                let seq = f.pop();
                let (before, after) = ((arg & 0xffff) as usize, (arg >> 16) as usize);
                let items = self.unpack_ex(&seq, before, after)?;
                self.frame().stack.extend(items.into_iter().rev());
            }

            // === Control flow ===
            Instr::Jump(t) => f.ip = t as usize,
            Instr::PopJumpIfFalse(t) => {
                let v = f.pop();
                let truth = match v {
                    Value::Bool(b) => b,
                    other => self.truthy(&other)?,
                };
                if !truth {
                    self.frame().ip = t as usize;
                }
            }
            Instr::PopJumpIfTrue(t) => {
                let v = f.pop();
                let truth = match v {
                    Value::Bool(b) => b,
                    other => self.truthy(&other)?,
                };
                if truth {
                    self.frame().ip = t as usize;
                }
            }
            Instr::JumpIfFalseOrPop(t) => {
                let v = f.top().clone();
                if !self.truthy(&v)? {
                    self.frame().ip = t as usize;
                } else {
                    self.frame().pop();
                }
            }
            Instr::JumpIfTrueOrPop(t) => {
                let v = f.top().clone();
                if self.truthy(&v)? {
                    self.frame().ip = t as usize;
                } else {
                    self.frame().pop();
                }
            }
            Instr::PopJumpIfNone(t) => {
                if f.pop().is_none() {
                    f.ip = t as usize;
                }
            }
            Instr::PopJumpIfNotNone(t) => {
                if !f.pop().is_none() {
                    f.ip = t as usize;
                }
            }
            Instr::GetIter => {
                let v = f.pop();
                let it = self.get_iter(&v)?;
                self.frame().push(it);
            }
            Instr::ForIter(exit) => return self.for_iter(exit),

            // === Functions and calls ===
            Instr::MakeFunction(flags) => {
                let v = self.make_function(flags)?;
                self.frame().push(v);
            }
            Instr::PushNull => f.push(Value::Null),
            Instr::Call(n) => self.call_from_stack(n as usize, None)?,
            Instr::CallKw(n) => {
                let names = f.pop();
                self.call_from_stack(n as usize, Some(names))?;
            }
            Instr::CallFunctionEx(has_kw) => self.call_ex(has_kw == 1)?,
            Instr::ReturnValue => {
                let v = f.pop();
                return self.return_value(v, base);
            }
            Instr::BuildClass(nbases) => self.build_class(nbases as usize)?,

            // === Generators and coroutines ===
            Instr::YieldValue => {
                let v = f.pop();
                return self.yield_value(v, base);
            }
            Instr::Send(exit) => return self.send(exit),
            Instr::GetAwaitable(where_) => {
                let v = f.pop();
                let it = self.get_awaitable(v, where_)?;
                self.frame().push(it);
            }
            Instr::GetYieldFromIter => {
                let v = f.pop();
                let it = self.get_yield_from_iter(v)?;
                self.frame().push(it);
            }
            Instr::GetAiter => {
                let v = f.pop();
                let it = self.get_aiter(v)?;
                self.frame().push(it);
            }
            Instr::GetAnext => {
                let it = f.top().clone();
                let aw = self.get_anext(&it)?;
                self.frame().push(aw);
            }
            Instr::ReturnGenerator => {
                f.pop();
            }
            Instr::AsyncGenWrap => {
                let v = f.pop();
                f.push(coroutine::wrap_async_yield(v));
            }

            // === Exceptions ===
            Instr::SetupExcept(handler) => {
                let depth = f.stack.len() as u32;
                f.blocks.push(Block { handler, depth });
            }
            Instr::SetupCleanup(handler) => {
                let depth = f.stack.len().saturating_sub(1) as u32;
                f.blocks.push(Block { handler, depth });
            }
            Instr::PopBlock => {
                f.blocks.pop();
            }
            Instr::PushExcInfo => {
                let exc = f.pop();
                let prev = std::mem::replace(&mut f.exc_info, exc.clone());
                f.push(prev);
                f.push(exc);
            }
            Instr::PopExcept => {
                let prev = f.pop();
                f.exc_info = prev;
            }
            Instr::CheckExcMatch => {
                let ty = f.pop();
                let exc = f.top().clone();
                let m = self.exception_matches(&exc, &ty)?;
                self.frame().push(Value::Bool(m));
            }
            Instr::Reraise(_) => {
                let exc = f.pop();
                self.reraising = true;
                return Err(Unwind::Raise(exc));
            }
            Instr::RaiseVarargs(n) => return Err(self.raise_varargs(n)),
            Instr::CheckEgMatch => self.check_eg_match()?,
            Instr::PrepReraiseStar => self.prep_reraise_star()?,
            Instr::LoadAssertionError => {
                f.push(Value::Class(crate::types::types().exc("AssertionError")));
            }

            // === Context managers ===
            Instr::BeforeWith => {
                let mgr = f.pop();
                self.before_with(mgr)?;
            }
            Instr::BeforeAsyncWith => {
                let mgr = f.pop();
                self.before_async_with(mgr)?;
            }
            Instr::WithExceptStart => {
                let len = f.stack.len();
                let exc = f.stack[len - 1].clone();
                let exit = f.stack[len - 3].clone();
                let ty = self.type_of(&exc);
                let tb = self.getattr(&exc, "__traceback__").unwrap_or(Value::None);
                let r = self.call(&exit, vec![Value::Class(ty), exc, tb])?;
                self.frame().push(r);
            }

            // === Imports ===
            Instr::ImportName(i) => {
                let name = f.code.names[i as usize].clone();
                let line = f.line();
                let m = self.import(&name, line)?;
                self.frame().push(m);
            }
            Instr::ImportFrom(i) => {
                let name = f.code.names[i as usize].clone();
                let m = f.top().clone();
                let v = self.import_from(&m, &name)?;
                self.frame().push(v);
            }
            Instr::ImportStar => {
                let m = f.pop();
                self.import_star(&m)?;
            }

            // === Match ===
            Instr::MatchClass(n) => {
                let names = f.pop();
                let cls = f.pop();
                let subject = f.pop();
                let r = self.match_class(&subject, &cls, n as usize, &names)?;
                self.frame().push(r);
            }
            Instr::MatchMapping => {
                let top = f.top().clone();
                let is = self.is_mapping_like(&top);
                self.frame().push(Value::Bool(is));
            }
            Instr::MatchSequence => {
                let top = f.top().clone();
                let is = self.is_sequence_for_match(&top);
                self.frame().push(Value::Bool(is));
            }
            Instr::MatchKeys => {
                let len = f.stack.len();
                let keys = f.stack[len - 1].clone();
                let subject = f.stack[len - 2].clone();
                let r = self.match_keys(&subject, &keys)?;
                self.frame().push(r);
            }
            Instr::GetLen => {
                let v = f.top().clone();
                let n = self.len(&v)?;
                self.frame().push(Value::Int(n as i64));
            }
            Instr::CopyDictWithoutKeys => {
                let keys = f.pop();
                let subject = f.top().clone();
                let r = self.copy_dict_without_keys(&subject, &keys)?;
                self.frame().push(r);
            }
        }
        Ok(None)
    }

    /// Prefixes a `got multiple values` TypeError with the callee's name, as
    /// CPython's `_PyEval_FormatKwargsError` does (`__main__.f() got ...`).
    fn prefix_with_function(&mut self, e: Unwind, callee: &Value) -> Unwind {
        let Unwind::Raise(exc) = &e else { return e };
        let Some(inst) = exceptions::exc_data(exc) else { return e };
        let mut d = inst.exc.as_ref().expect("exc").borrow_mut();
        if let Some(Value::Str(msg)) = d.args.first() {
            if msg.as_str().starts_with("got multiple values") {
                let name = match callee {
                    Value::Function(f) => {
                        let module = f.globals.dict.borrow().get("__name__").and_then(|m| m.as_str().map(str::to_owned)).unwrap_or_default();
                        let q = f.qualname.borrow().to_string();
                        if module == "builtins" { q } else { format!("{module}.{q}") }
                    }
                    Value::Builtin(b) => b.name.to_string(),
                    other => crate::vm::type_name_static(other),
                };
                d.args[0] = Value::str(format!("{name}() {}", msg.as_str()));
            }
        }
        drop(d);
        e
    }

    /// `LoadGlobal`: [`Self::load_global`] for the frame's `names[i]`,
    /// first trying the position in the globals where that name was found
    /// last time (`Code::name_cache`). The position is checked by comparing
    /// the key stored there, so a stale one only costs the normal lookup:
    /// a module's names keep their positions unless one is deleted.
    fn load_global_cached(&mut self, i: usize) -> PyResult<Value> {
        let f = self.frames.last().expect("a running frame");
        let name = &f.code.names[i];
        let cell = &f.code.name_cache[i];
        let mut slot = cell.get();
        let epoch = crate::objects::module::module_epoch();
        let module = Rc::as_ptr(&f.globals) as usize;
        if slot.epoch == epoch && slot.module == module {
            // Not a global when cached, and no module has gained a key since.
            if let Some((k, v)) = self.builtins.dict.borrow().get_index(slot.builtin as usize) {
                if **k == **name {
                    return Ok(v.clone());
                }
            }
        }
        {
            let globals = f.globals.dict.borrow();
            if let Some((k, v)) = globals.get_index(slot.global as usize) {
                if **k == **name {
                    return Ok(v.clone());
                }
            }
            if let Some((at, _, v)) = globals.get_full(&**name) {
                slot.global = at as u32;
                cell.set(slot);
                return Ok(v.clone());
            }
        }
        if let Some((at, _, v)) = self.builtins.dict.borrow().get_full(&**name) {
            slot.builtin = at as u32;
            slot.epoch = epoch;
            slot.module = module;
            cell.set(slot);
            return Ok(v.clone());
        }
        Err(exceptions::name_error(name))
    }

    /// Global lookup: the frame's module, then builtins.
    pub fn load_global(&mut self, name: &Rc<str>) -> PyResult<Value> {
        let globals = self.frame().globals.clone();
        if let Some(v) = globals.dict.borrow().get(name) {
            return Ok(v.clone());
        }
        if let Some(v) = self.builtins.dict.borrow().get(name) {
            return Ok(v.clone());
        }
        Err(exceptions::name_error(name))
    }

    fn unbound_deref(&mut self, i: usize) -> Unwind {
        let f = self.frame();
        let ncell = f.code.cellvars.len();
        if i < ncell {
            exceptions::unbound_local(&f.code.cellvars[i].clone())
        } else {
            let name = f.code.freevars[i - ncell].clone();
            exceptions::new_exc(
                "NameError",
                &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// `ReturnValue`: leaves the top frame.
    fn return_value(&mut self, v: Value, base: usize) -> PyResult<Option<Exit>> {
        let mut frame = frame::pop_frame(&mut self.frames).expect("frame");
        if let Some(gen) = &frame.owner {
            gen.status.set(crate::objects::generator::GenStatus::Closed);
        }
        let depth = self.frames.len();
        let mode = std::mem::replace(&mut frame.mode, ReturnMode::Call);
        let out = match mode {
            ReturnMode::Boundary => {
                debug_assert_eq!(depth, base);
                Ok(Some(Exit::Return(v)))
            }
            ReturnMode::Call => {
                self.frame().push(v);
                Ok(None)
            }
            ReturnMode::Init(instance) => {
                if !v.is_none() {
                    let tn = self.type_name(&v);
                    return Err(exceptions::type_error(format!("__init__() should return None, not '{tn}'")));
                }
                self.frame().push(instance);
                Ok(None)
            }
            ReturnMode::ForIter { exit } => {
                let caller = self.frame();
                caller.pop();
                caller.ip = exit as usize;
                Ok(None)
            }
            ReturnMode::Send { exit } => {
                let caller = self.frame();
                caller.pop();
                caller.push(v);
                caller.ip = exit as usize;
                Ok(None)
            }
            ReturnMode::Method => Err(self.generator_return_exception(&frame, v)),
        };
        // Dropped here, after the caller has the result, as before pooling.
        self.recycle_frame(frame);
        out
    }

    /// `YieldValue`: parks the top frame in its generator.
    fn yield_value(&mut self, v: Value, base: usize) -> PyResult<Option<Exit>> {
        let frame = self.frames.pop().expect("frame");
        debug_assert!(!frame.shares_values(), "a generator's frame owns its values");
        let mode = frame.mode.clone();
        let Some(gen) = frame.owner.clone() else {
            return Err(exceptions::new_exc("SystemError", "yield outside a generator frame"));
        };
        gen.status.set(crate::objects::generator::GenStatus::Suspended);
        let mut frame = frame;
        frame.owner = None;
        *gen.frame.borrow_mut() = Some(frame);
        match mode {
            ReturnMode::Boundary => {
                debug_assert_eq!(self.frames.len(), base);
                Ok(Some(Exit::Yield(v)))
            }
            _ => {
                self.frame().push(v);
                Ok(None)
            }
        }
    }
}

/// Strings up to this many bytes are appended in place by
/// [`append_in_place`]; longer ones take the copying path, where the
/// memory limit is checked before allocating.
const APPEND_IN_PLACE_MAX: usize = 1 << 20;

/// `s = s + t` / `s += t` where the next instruction stores into the local
/// `s` came from and that local is the only other holder of the string:
/// drop the local's reference and append to the string in place, as
/// CPython's `unicode_concatenate` does (`BINARY_OP_INPLACE_ADD_UNICODE`),
/// instead of copying `s` each time (quadratic in a loop: string_build.py
/// spent 54% of its instructions in that copy). `false`: nothing changed.
/// Unobservable: the old string could not be reached by anything else.
fn append_in_place(f: &mut Frame, a: &mut Value, b: &Value) -> bool {
    let (Value::Str(sa), Value::Str(sb)) = (&mut *a, b) else { return false };
    if sa.as_str().len() + sb.as_str().len() > APPEND_IN_PLACE_MAX {
        return false;
    }
    let Some(Instr::StoreFast(j)) = f.code.instrs.get(f.ip).copied() else { return false };
    let Some(slot) = f.locals_mut().get_mut(j as usize) else { return false };
    let same = matches!(&*slot, Value::Str(s) if Rc::ptr_eq(s, sa));
    if !same || Rc::strong_count(sa) != 2 || Rc::weak_count(sa) != 0 {
        return false;
    }
    // The StoreFast that follows refills the slot.
    *slot = Value::Null;
    match Rc::get_mut(sa) {
        Some(s) => {
            s.append(sb);
            true
        }
        None => false,
    }
}

/// Why [`Vm::run_quick`] left a frame's instruction loop.
enum Leave {
    /// The budget is spent.
    OutOfBudget,
    /// A finaliser is due.
    Finalize,
    /// This instruction (already counted) needs `step`.
    Slow(Instr),
}

/// How [`Vm::run`]'s inner loop of quick instructions ended.
enum Quick {
    /// The budget is spent.
    OutOfBudget,
    /// A store or pop dropped an object whose finaliser must run now.
    Finalize,
    /// This instruction (already counted) needs `step`.
    Slow(Instr),
    /// This instruction (already counted) raised or blocked.
    Failed(Instr, Unwind),
}

/// The instructions after which finalisers queued by dropped objects run:
/// every store and delete (the value a binding, item, attribute or cell
/// held is released by the statement itself, as CPython's reference counts
/// release it, so its `__del__` prints before the next statement), pops,
/// returns and calls, and the end of an `except` block (the caught
/// exception, its traceback and the frames it held are released there).
#[inline(always)]
fn drops_references(instr: Instr) -> bool {
    matches!(
        instr,
        Instr::PopTop
            | Instr::StoreFast(_)
            | Instr::StoreName(_)
            | Instr::StoreGlobal(_)
            | Instr::StoreDeref(_)
            | Instr::StoreSubscr
            | Instr::ReturnValue
            | Instr::DeleteFast(_)
            | Instr::DeleteName(_)
            | Instr::DeleteGlobal(_)
            | Instr::DeleteDeref(_)
            | Instr::DeleteSubscr
            | Instr::DeleteAttr(_)
            | Instr::PopExcept
            | Instr::Call(_)
            | Instr::StoreAttr(_)
            | Instr::LoadAttr(_)
    )
}

/// `type(v).__name__` without a VM at hand.
pub fn type_name_static(v: &Value) -> String {
    let vm_less = crate::types::types();
    let _ = vm_less;
    match v {
        Value::Instance(i) => i.class.name.to_string(),
        Value::Native(n) => n.class().name.to_string(),
        Value::Iter(it) => it.borrow().type_name().to_owned(),
        _ => {
            let t = crate::types::types();
            let c = match v {
                Value::None | Value::Null => &t.none,
                Value::Bool(_) => &t.bool_,
                Value::Int(_) | Value::BigInt(_) => &t.int,
                Value::Float(_) => &t.float,
                Value::Str(_) => &t.str_,
                Value::Bytes(_) => &t.bytes,
                Value::ByteArray(_) => &t.bytearray,
                Value::Tuple(_) => &t.tuple,
                Value::List(_) => &t.list,
                Value::Dict(_) => &t.dict,
                Value::Set(_) => &t.set,
                Value::FrozenSet(_) => &t.frozenset,
                Value::Function(_) => &t.function,
                Value::Builtin(_) => &t.builtin_function,
                Value::Class(_) => &t.type_,
                Value::Module(_) => &t.module,
                _ => &t.object,
            };
            c.name.to_string()
        }
    }
}

