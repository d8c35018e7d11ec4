//! The stepping API: start a run from source and options, advance it in
//! slices of instructions, read the trace as it grows. The page calls
//! `advance` between animation frames so it never freezes; the CLI calls it
//! until the run finishes.

use crate::vm::exceptions::{exc_data, is_exc, StopReason, Unwind};
use crate::vm::frame::{Frame, ReturnMode};
use crate::exec::drive::Drive;
use crate::vm::Vm;
use coroscope_trace::{Stream, Trace};
use std::rc::Rc;

/// How a run is configured. `Default` gives the conformance settings.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// The name tracebacks show for the script.
    pub filename: String,
    /// Seed of `random` at start (CPython's oracle seeds with the same).
    pub seed: u64,
    /// Text that `input()` reads, line by line.
    pub stdin: String,
    /// Instructions the whole run may execute.
    pub max_instructions: u64,
    /// Virtual nanoseconds each instruction costs (0: the ideal clock).
    pub cpu_cost_ns: u64,
    /// No thread may run past this virtual time; the run then ends with a
    /// notice (so `while True: await asyncio.sleep(1)` ends). A week by default.
    pub max_virtual_ns: u64,
    /// Virtual time `input()` blocks its thread for, as if someone typed
    /// the line (0: the line is there at once, as with a file on stdin).
    pub input_delay_ns: u64,
    /// Bytes of heap the run may hold beyond what the thread held when it
    /// started (see `vm::memory` for what is counted); past it builders
    /// raise `MemoryError` and the run stops with a notice.
    pub max_memory: usize,
}

/// `--cpu-cost` for the CLI and the page: ≈ CPython 3.11's speed, so a
/// CPU-bound loop takes about as long on the virtual clock as it would for
/// real. Measured on this project's machine (AMD EPYC, CPython 3.11.7,
/// best of 3): `for i in range(n): x += i` runs 51 ns an iteration under
/// CPython and 7 engine instructions (7.3 ns each); `fib(25)` takes 13.3 ms
/// under CPython for 3.0 M engine instructions (4.4 ns each). A laptop
/// runs CPython at about the same speed; 6 ns sits between the two.
pub const LAPTOP_CPU_COST_NS: u64 = 6;

impl Default for RunOptions {
    fn default() -> Self {
        Self { filename: "main.py".to_owned(), seed: 0, stdin: String::new(), max_instructions: 2_000_000_000, cpu_cost_ns: 0, max_virtual_ns: crate::exec::DEFAULT_HORIZON_NS, input_delay_ns: 0, max_memory: crate::vm::memory::DEFAULT_LIMIT }
    }
}

/// Whether a run has more to do after an [`Run::advance`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// The budget ran out; call `advance` again.
    Running,
    /// The program ended with this exit status (0, or 1 after an uncaught exception).
    Finished(i32),
}

/// One execution of a script.
pub struct Run {
    vm: Option<Vm>,
    trace: Trace,
    finished: Option<i32>,
    max_instructions: u64,
    /// Instructions executed, kept when the VM is dropped at the end.
    steps_done: u64,
}

impl Run {
    /// Compiles `source`; nothing executes until [`Run::advance`]. A syntax
    /// error finishes the run at once with CPython's message on stderr.
    pub fn new(source: &str, options: RunOptions) -> Self {
        crate::vm::memory::start_run(options.max_memory);
        let mut run = Self { vm: None, trace: Trace::default(), finished: None, max_instructions: options.max_instructions, steps_done: 0 };
        let code = match crate::compile::compile_module(source, &options.filename) {
            Ok(c) => c,
            Err(e) => {
                run.trace.output.push(coroscope_trace::OutputEvent::plain(Stream::Stderr, e.render(&options.filename)));
                run.finished = Some(1);
                return run;
            }
        };
        let mut vm = Vm::new(options.seed);
        vm.limits.instructions = options.max_instructions;
        vm.exec.cpu_cost_ns = options.cpu_cost_ns;
        vm.exec.horizon_ns = options.max_virtual_ns;
        vm.exec.input_delay_ns = options.input_delay_ns;
        vm.main_filename = options.filename.as_str().into();
        vm.sources.insert(options.filename.as_str().into(), source.into());
        vm.stdin = split_lines(&options.stdin);
        let main = vm.main.clone();
        main.dict.borrow_mut().insert("__file__".into(), crate::objects::Value::str(options.filename.as_str()));
        let mut frame = Box::new(Frame::new(code, main, Vec::new(), Vec::new()));
        frame.mode = ReturnMode::Boundary;
        vm.frames.push(frame);
        run.vm = Some(vm);
        run
    }

    /// Executes at most `budget` instructions.
    pub fn advance(&mut self, budget: u64) -> Progress {
        if let Some(code) = self.finished {
            return Progress::Finished(code);
        }
        let Some(vm) = self.vm.as_mut() else { return Progress::Finished(1) };
        let mut left = budget;
        let (code, finished) = match vm.drive(&mut left) {
            Drive::OutOfBudget => {
                if vm.steps + vm.rust_steps >= self.max_instructions {
                    (finish_stop(vm, StopReason::InstructionLimit), false)
                } else {
                    self.sync_output();
                    return Progress::Running;
                }
            }
            Drive::Finished(Ok(())) => (0, true),
            Drive::Finished(Err(Unwind::Raise(exc))) => (exit_status(vm, &exc), true),
            Drive::Finished(Err(Unwind::Stop(reason))) => (finish_stop(vm, reason), false),
            Drive::Finished(Err(Unwind::Block(_))) => (1, false),
        };
        let code = teardown(vm, code, finished);
        self.steps_done = vm.steps;
        self.finished = Some(code);
        self.sync_output();
        self.vm = None;
        crate::vm::finalize::clear();
        Progress::Finished(code)
    }

    /// Ends the run now (the Stop button).
    pub fn stop(&mut self) {
        if self.finished.is_none() {
            if let Some(vm) = self.vm.as_mut() {
                let code = finish_stop(vm, StopReason::Stopped);
                self.steps_done = vm.steps;
                self.finished = Some(code);
            }
            self.sync_output();
            self.vm = None;
            crate::vm::finalize::clear();
        }
    }

    /// Instructions executed so far (also after the run finished).
    pub fn steps(&self) -> u64 {
        self.vm.as_ref().map_or(self.steps_done, |vm| vm.steps)
    }

    fn sync_output(&mut self) {
        if let Some(vm) = self.vm.as_mut() {
            self.trace.output.append(&mut vm.output);
            let now = vm.exec.latest();
            vm.exec.rec.sync_into(&mut self.trace, now);
        }
    }

    /// What the run has recorded so far.
    pub fn trace(&self) -> &Trace {
        &self.trace
    }
}

fn split_lines(text: &str) -> std::collections::VecDeque<String> {
    text.split_inclusive('\n').map(|l| l.strip_suffix('\n').unwrap_or(l).strip_suffix('\r').unwrap_or(l.strip_suffix('\n').unwrap_or(l)).to_owned()).collect()
}

/// The exit status for an uncaught exception (already printed).
fn exit_status(_vm: &mut Vm, exc: &crate::objects::Value) -> i32 {
    if is_exc(exc, "SystemExit") {
        let arg = exc_data(exc).and_then(|i| i.exc.as_ref().map(|d| d.borrow().args.clone())).unwrap_or_default();
        return match arg.first() {
            None | Some(crate::objects::Value::None) => 0,
            Some(crate::objects::Value::Int(i)) => *i as i32,
            Some(crate::objects::Value::Bool(b)) => *b as i32,
            Some(_) => 1,
        };
    }
    1
}

impl Vm {
    /// Prints an exception that ended the main thread, as CPython's
    /// `sys.excepthook` does (SystemExit prints only a non-int code).
    pub fn print_uncaught(&mut self, exc: &crate::objects::Value) {
        if is_exc(exc, "SystemExit") {
            let arg = exc_data(exc).and_then(|i| i.exc.as_ref().map(|d| d.borrow().args.clone())).unwrap_or_default();
            if let Some(other) = arg.first() {
                if !matches!(other, crate::objects::Value::None | crate::objects::Value::Int(_) | crate::objects::Value::Bool(_)) {
                    let text = self.str_of(other).unwrap_or_default();
                    let _ = self.write(Stream::Stderr, &format!("{text}\n"));
                }
            }
            return;
        }
        let text = self.format_exception(exc);
        let _ = self.write(Stream::Stderr, &text);
    }
}

/// Who the deadlock notice says is stuck, read off its description (one
/// `  thread NAME waits on ...` line per parked thread; an event loop lists
/// its tasks after `its tasks wait:`): threads alone, the event loop's
/// tasks alone, or both.
fn deadlock_subject(description: &str) -> &'static str {
    let threads = description.lines().filter(|l| l.starts_with("  thread ")).count();
    let tasks = description.contains("its tasks wait:");
    match (threads > 1, tasks) {
        (true, true) => "every thread and task is",
        (false, true) => "every task is",
        _ => "every thread is",
    }
}

fn finish_stop(vm: &mut Vm, reason: StopReason) -> i32 {
    vm.frames.clear();
    let msg = match reason {
        StopReason::InstructionLimit => format!("[Coroscope] The run was stopped after {} instructions (the limit): is there an infinite loop?\n", vm.steps + vm.rust_steps),
        StopReason::OutputLimit => "[Coroscope] The run was stopped: it printed more output than the playground keeps.\n".to_owned(),
        StopReason::Stopped => "[Coroscope] Stopped.\n".to_owned(),
        StopReason::MemoryLimit => "[Coroscope] The run was stopped: it used more memory than the playground allows (MemoryError).\n".to_owned(),
        StopReason::Deadlock(what) => {
            format!("[Coroscope] Deadlock: {} waiting and nothing can wake them (CPython would hang here forever).\n{what}\n", deadlock_subject(&what))
        }
        StopReason::TimeHorizon(ns) => format!(
            "[Coroscope] The run was stopped at virtual time {}s, the horizon: does a loop sleep or wait forever?\n",
            coroscope_trace::fmt_seconds(ns)
        ),
        StopReason::Internal(m) => format!("[Coroscope] Internal error: {m}\n"),
    };
    vm.limits.output_bytes = usize::MAX;
    let now = vm.exec.latest();
    let lane = vm.exec.current;
    vm.exec.rec.event(lane, coroscope_trace::EventKind::Notice(msg.trim_end().to_owned()), now);
    let _ = vm.write(Stream::Stderr, &msg);
    1
}

/// Interpreter shutdown: finalisers run as `__main__`'s namespace is
/// cleared in insertion order, as CPython's module teardown does.
fn teardown(vm: &mut Vm, code: i32, finished: bool) -> i32 {
    vm.frames.clear();
    let _ = vm.run_finalizers();
    // A run the engine stopped (a limit, Stop, a deadlock) runs no more code.
    if finished {
        crate::stdlib::gc::finalize_leftovers(vm);
    }
    let main = vm.main.clone();
    let names: Vec<Rc<str>> = main.dict.borrow().keys().cloned().collect();
    for name in names {
        let old = main.dict.borrow_mut().insert(name, crate::objects::Value::None);
        drop(old);
        if let Err(Unwind::Raise(e)) = vm.run_finalizers() {
            let text = vm.format_exception(&e);
            let _ = vm.write(Stream::Stderr, &text);
        }
    }
    code
}
