//! `_exec`: the bridge between the event loop (written in Python in
//! `stdlib/py/asyncio.py`) and the executor state in Rust: the virtual
//! clock, blocking sleeps, lanes and their states for the trace, and the
//! deadlock notice.

use crate::builtins::{args, func};
use crate::objects::function::Kwargs;
use crate::objects::{Module, Value};
use crate::vm::exceptions::{type_error, PyResult, StopReason, Unwind};
use crate::vm::Vm;
use coroscope_trace::{EventKind, LaneId, LaneKind, SpanState};
use std::rc::Rc;

fn f64_of(v: &Value) -> PyResult<f64> {
    crate::vm::ops::to_f64(v).ok_or_else(|| type_error("a number is required"))
}

fn line_of(vm: &Vm) -> u32 {
    vm.user_line()
}

/// `time()`: the virtual clock in seconds.
fn time(vm: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Float(vm.exec.seconds()))
}

/// `time_ns()`: the virtual clock in nanoseconds.
fn time_ns(vm: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.exec.now_ns() as i64))
}

/// `quantize(when)`: a timer's time rounded to the nanosecond.
fn quantize(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let w = f64_of(a.first().unwrap_or(&Value::Int(0)))?;
    Ok(Value::Float(quantized(w)))
}

/// A timer's time rounded to the nanosecond.
pub fn quantized(w: f64) -> f64 {
    if !w.is_finite() {
        return w;
    }
    (w * 1e9).round() / 1e9
}

/// `cpu_time()`: virtual CPU seconds used (0 under the ideal clock).
fn cpu_time(vm: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Float(vm.exec.cpu_ns(vm.steps) as f64 / 1e9))
}

/// `idle_until(when, wake_key)`: the loop has nothing ready until the timer
/// due at `when`. With other threads alive it parks (they may wake it
/// through `wake_key`); alone, the clock simply jumps to the timer.
fn idle_until(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let when = f64_of(a.first().unwrap_or(&Value::Int(0)))?;
    if !idle_alone_until(vm, when)? {
        let key = match a.get(1) {
            Some(k) => Some(args::int(vm, k)? as u64),
            None => None,
        };
        let target = crate::exec::to_ns(when);
        return Err(Unwind::Block(crate::exec::threads::Wait::new(key, Some(target), "event loop idle: next timer", false)));
    }
    Ok(Value::None)
}

/// [`idle_until`] when no other thread is alive: the clock jumps to
/// `when`. False, doing nothing, when the loop's thread must park instead.
pub fn idle_alone_until(vm: &mut Vm, when: f64) -> PyResult<bool> {
    let target = crate::exec::to_ns(when);
    let others = vm.exec.threads.all.iter().skip(1).any(|t| t.state != crate::exec::threads::State::Done);
    if others && target > vm.exec.now_ns() {
        return Ok(false);
    }
    if target > vm.exec.horizon_ns {
        return Err(Unwind::Stop(StopReason::TimeHorizon(vm.exec.horizon_ns)));
    }
    if target > vm.exec.now_ns() {
        let now = vm.exec.now_ns();
        let lane = vm.exec.current;
        vm.exec.rec.set_state(lane, SpanState::Waiting("event loop idle: next timer".into()), now, 0);
        vm.exec.advance_to_ns(target);
        let now = vm.exec.now_ns();
        vm.exec.rec.set_state(lane, SpanState::Running, now, 0);
    }
    Ok(true)
}

/// `block(seconds, what)`: the current thread blocks (`time.sleep`); the
/// lane shows a blocked span.
fn block(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("block", a, 2, 2)?;
    let d = f64_of(&a[0])?;
    if d < 0.0 {
        return Err(crate::vm::exceptions::value_error("sleep length must be non-negative"));
    }
    let what = a[1].as_str().unwrap_or("").to_owned();
    let lane = vm.exec.current;
    let line = line_of(vm);
    let now = vm.exec.now_ns();
    vm.exec.rec.set_state(lane, SpanState::Blocked(what), now, line);
    let t = vm.exec.now_ns().saturating_add(crate::exec::to_ns(d));
    vm.exec.advance_to_ns(t);
    let now = vm.exec.now_ns();
    vm.exec.rec.set_state(lane, SpanState::Running, now, line);
    Ok(Value::None)
}

/// `new_lane(name, coro) -> id`: a Task appeared.
fn new_lane(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("new_lane", a, 2, 2)?;
    let name = a[0].as_str().unwrap_or("?").to_owned();
    let coro = a[1].as_str().unwrap_or("?").to_owned();
    let now = vm.exec.now_ns();
    let line = line_of(vm);
    let parent = vm.exec.current;
    let id = vm.exec.rec.add_lane(LaneKind::Task, &name, &coro, Some(parent), now, line);
    vm.exec.rec.set_state(id, SpanState::Ready, now, line);
    Ok(Value::Int(id.0 as i64))
}

/// `new_task_lane(name, coro) -> id or None`: a Task appeared; its lane is
/// named for it and its coroutine (a coroutine object, or the name of a
/// coroutine-like one). asyncio.run's own shutdown coroutines
/// (`BaseEventLoop.shutdown_*`) get no lane: they fold into the loop's.
fn new_task_lane(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("new_task_lane", a, 2, 2)?;
    let name = a[0].as_str().unwrap_or("?").to_owned();
    Ok(match task_lane(vm, &name, &a[1]) {
        Some(id) => Value::Int(id.0 as i64),
        None => Value::None,
    })
}

/// The lane of a new task named `name` running `coro` (see `new_task_lane`).
pub fn task_lane(vm: &mut Vm, name: &str, coro: &Value) -> Option<LaneId> {
    let coro: Rc<str> = match coro {
        Value::Generator(g) => g.qualname().clone(),
        Value::Str(s) => Rc::from(s.as_str()),
        other => Rc::from(vm.type_name(other).as_str()),
    };
    if coro.starts_with("BaseEventLoop.shutdown_") {
        return None;
    }
    let now = vm.exec.now_ns();
    let line = line_of(vm);
    let parent = vm.exec.current;
    let id = vm.exec.rec.add_lane(LaneKind::Task, name, &coro, Some(parent), now, line);
    vm.exec.rec.set_state(id, SpanState::Ready, now, line);
    Some(id)
}

fn lane_arg(vm: &mut Vm, v: &Value) -> PyResult<LaneId> {
    let id = args::int(vm, v)?;
    Ok(LaneId(id.max(0) as u32))
}

/// Where a task is: the line of the innermost coroutine of the script that
/// its coroutine awaits through (a suspended frame's awaited object sits on
/// top of its stack), or the caller's line when there is none.
fn task_line(vm: &Vm, coro: Option<&Value>) -> u32 {
    let mut line = 0;
    let mut next = coro.cloned();
    for _ in 0..64 {
        let Some(Value::Generator(g)) = next.take() else { break };
        let frame = g.frame.borrow();
        let Some(f) = frame.as_ref() else { break };
        if *f.code.filename == *vm.main_filename {
            line = if f.ip > 0 { f.line() } else { f.code.first_line };
        }
        next = f.operand_top().cloned();
    }
    if line == 0 {
        line_of(vm)
    } else {
        line
    }
}

/// `enter(lane, coro=None)`: a task step begins; output is attributed to it.
fn enter(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let lane = lane_arg(vm, a.first().unwrap_or(&Value::Int(0)))?;
    enter_lane(vm, lane, a.get(1));
    Ok(Value::None)
}

/// A task's step begins on `lane`: output is attributed to it.
pub fn enter_lane(vm: &mut Vm, lane: LaneId, coro: Option<&Value>) {
    let now = vm.exec.now_ns();
    let line = task_line(vm, coro);
    vm.exec.rec.set_state(lane, SpanState::Running, now, line);
    vm.exec.current = lane;
}

/// `leave(lane, state, detail, coro=None)`: the step ended; the task is now
/// `ready`, `waiting` (on `detail`) or `done` (`detail` says how).
fn leave(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("leave", a, 3, 4)?;
    let lane = lane_arg(vm, &a[0])?;
    let detail = a[2].as_str().unwrap_or("").to_owned();
    let state = match a[1].as_str().unwrap_or("") {
        "ready" => SpanState::Ready,
        "waiting" => SpanState::Waiting(detail),
        _ => SpanState::Done(detail),
    };
    leave_lane(vm, lane, state, a.get(3));
    Ok(Value::None)
}

/// A task's step ended in `state`; the loop's lane runs again.
pub fn leave_lane(vm: &mut Vm, lane: LaneId, state: SpanState, coro: Option<&Value>) {
    let done = matches!(state, SpanState::Done(_));
    let now = vm.exec.now_ns();
    let line = task_line(vm, coro);
    vm.exec.rec.set_state(lane, state, now, line);
    if done {
        vm.exec.rec.event(lane, EventKind::Finished, now);
    }
    vm.exec.current = LaneId(0);
}

/// `rename(lane, name)`.
fn rename(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("rename", a, 2, 2)?;
    let lane = lane_arg(vm, &a[0])?;
    vm.exec.rec.rename(lane, a[1].as_str().unwrap_or("?"));
    Ok(Value::None)
}

/// `cancelled(lane)`: a cancellation was requested.
fn cancelled(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let lane = lane_arg(vm, a.first().unwrap_or(&Value::Int(0)))?;
    let now = vm.exec.now_ns();
    vm.exec.rec.event(lane, EventKind::Cancelled, now);
    Ok(Value::None)
}

/// `deadlock(description)`: every task waits and nothing can wake them;
/// CPython would hang forever. Ends the run with a notice.
fn deadlock(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let what = a.first().and_then(|v| v.as_str()).unwrap_or("").to_owned();
    let now = vm.exec.now_ns();
    vm.exec.rec.event(LaneId(0), EventKind::Notice(format!("deadlock: {what}")), now);
    Err(Unwind::Stop(StopReason::Deadlock(what)))
}

/// `note(kind, text)`: a trace event on the running lane — `uncaught` (an
/// exception the event loop's handler reports) or `warning`.
fn note(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("note", a, 2, 2)?;
    let text = a[1].as_str().unwrap_or("").to_owned();
    let kind = match a[0].as_str() {
        Some("warning") => EventKind::Warning(text),
        Some("uncaught") => EventKind::Uncaught(text),
        _ => EventKind::Notice(text),
    };
    let (lane, now) = (vm.exec.current, vm.exec.now_ns());
    vm.exec.rec.event(lane, kind, now);
    Ok(Value::None)
}

/// `format_exception(exc)`: the traceback text CPython would print.
fn format_exception(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let exc = a.first().cloned().unwrap_or(Value::None);
    Ok(Value::str(vm.format_exception(&exc)))
}

/// `stderr(text)`: writes to stderr (the logging module's last resort).
fn stderr(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let text = a.first().and_then(|v| v.as_str()).unwrap_or("").to_owned();
    vm.write(coroscope_trace::Stream::Stderr, &text)?;
    Ok(Value::None)
}

/// `code_location(coro) -> (filename, firstline, running_line or 0)`.
fn code_location(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let Some(Value::Generator(g)) = a.first() else { return Ok(Value::None) };
    let frame = g.frame.borrow();
    let line = match frame.as_ref() {
        Some(f) if f.ip > 0 => f.line() as i64,
        Some(_) => 0,
        None => -1,
    };
    Ok(Value::tuple(vec![Value::str(&*g.code.filename), Value::Int(g.code.first_line as i64), Value::Int(line)]))
}

/// `tb_alias(func, snippet, cpython_file, cpython_line, text)`: the line of
/// `func` containing `snippet` shows in tracebacks as CPython's own.
fn tb_alias(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("tb_alias", a, 5, 6)?;
    let Value::Function(f) = &a[0] else { return Err(type_error("tb_alias needs a function")) };
    let snippet = a[1].as_str().unwrap_or("").to_owned();
    let file = f.code.filename.to_string();
    let Some(source) = vm.sources.get(file.as_str()).cloned() else { return Ok(Value::None) };
    let first = f.code.first_line as usize;
    let found = source.lines().enumerate().skip(first.saturating_sub(1)).find(|(_, l)| l.contains(&snippet)).map(|(i, _)| i as u32 + 1);
    if let Some(line) = found {
        let name = a.get(5).and_then(|n| n.as_str()).map(str::to_owned);
        let target = (a[2].as_str().unwrap_or("").to_owned(), args::int(vm, &a[3])? as u32, a[4].as_str().unwrap_or("").to_owned(), name);
        vm.tb_aliases.insert((file, line), target);
    }
    Ok(Value::None)
}

/// `new_key()`: a fresh key for `wait`/`notify`.
fn new_key(vm: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.exec.threads.new_key() as i64))
}

/// `wait(key, timeout, what, blocked=False, notice=None) -> bool`: parks
/// the calling thread until `notify(key)` (True) or until `timeout` seconds
/// pass (False). `what` labels the span; `notice`, if given, is what a
/// deadlock notice says instead.
fn wait(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("wait", a, 3, 5)?;
    let key = match &a[0] {
        Value::None => None,
        v => Some(args::int(vm, v)? as u64),
    };
    let until = match &a[1] {
        Value::None => None,
        v => {
            let secs = f64_of(v)?;
            Some(vm.exec.now_ns().saturating_add(crate::exec::to_ns(secs)))
        }
    };
    let what = a[2].as_str().unwrap_or("").to_owned();
    let blocked = match a.get(3) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if until == Some(vm.exec.now_ns()) && key.is_some() {
        return Ok(Value::Bool(false));
    }
    let mut wait = crate::exec::threads::Wait::new(key, until, what, blocked);
    wait.notice = a.get(4).and_then(|v| v.as_str()).map(str::to_owned);
    Err(Unwind::Block(wait))
}

/// `notify(key, n=all) -> woken`.
fn notify(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let key = args::int(vm, a.first().unwrap_or(&Value::Int(0)))? as u64;
    let n = match a.get(1) {
        Some(v) => args::int(vm, v)?.max(0) as usize,
        None => usize::MAX,
    };
    let now = vm.exec.now_ns();
    Ok(Value::Int(vm.exec.threads.notify(key, n, now) as i64))
}

/// `spawn(func, args, name, daemon, process=False) -> (thread_id, done_key)`:
/// a process runs on a CPU of its own.
fn spawn(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("spawn", a, 4, 5)?;
    let fargs = vm.collect(&a[1])?;
    let name = a[2].as_str().unwrap_or("Thread").to_owned();
    let daemon = vm.truthy(&a[3])?;
    let process = match a.get(4) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let (id, key) = vm.spawn_thread(&a[0], fargs, &name, daemon, process)?;
    Ok(Value::tuple(vec![Value::Int(id as i64), Value::Int(key as i64)]))
}

/// `thread_id()`: the running thread's index (0 = main).
fn thread_id(vm: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.exec.threads.current as i64))
}

/// `thread_done(id) -> bool`.
fn thread_done(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let id = args::int(vm, a.first().unwrap_or(&Value::Int(0)))? as usize;
    let done = vm.exec.threads.all.get(id).map_or(true, |t| t.state == crate::exec::threads::State::Done);
    Ok(Value::Bool(done))
}

/// `set_daemon(id, flag)`.
fn set_daemon(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let id = args::int(vm, a.first().unwrap_or(&Value::Int(0)))? as usize;
    let flag = vm.truthy(a.get(1).unwrap_or(&Value::Bool(false)))?;
    if let Some(t) = vm.exec.threads.all.get_mut(id) {
        t.daemon = flag;
    }
    Ok(Value::None)
}

/// `quiet_del(func)`: `func` is asyncio's `Future.__del__` or
/// `Task.__del__` (see `stdlib::aio::register_quiet_del`).
fn quiet_del(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    match a.first() {
        Some(Value::Function(f)) => {
            super::aio::register_quiet_del(&f.code);
            Ok(Value::None)
        }
        _ => Err(type_error("quiet_del() needs a function")),
    }
}

/// Builds `_exec`.
pub fn module() -> Rc<Module> {
    let m = super::new_module("_exec");
    {
        let mut d = m.dict.borrow_mut();
        let fns: &[(&str, crate::objects::NativeFn)] = &[
            ("time", time), ("time_ns", time_ns), ("quantize", quantize), ("cpu_time", cpu_time), ("idle_until", idle_until), ("block", block), ("new_lane", new_lane), ("new_task_lane", new_task_lane), ("timer_heap", super::aio::timer_heap::new_heap), ("timer_push", super::aio::timer_heap::timer_push), ("timer_next", super::aio::timer_heap::timer_next),
            ("enter", enter), ("leave", leave), ("rename", rename), ("cancelled", cancelled),
            ("deadlock", deadlock), ("note", note), ("format_exception", format_exception), ("stderr", stderr),
            ("code_location", code_location), ("tb_alias", tb_alias), ("new_key", new_key),
            ("wait", wait), ("notify", notify), ("spawn", spawn), ("thread_id", thread_id),
            ("thread_done", thread_done), ("set_daemon", set_daemon),
            ("asyncgen_set", super::asyncgen_hooks::new_set), ("quiet_del", quiet_del),
            ("aio_register", super::aio::register), ("new_task", super::aio::new_task), ("sleep_timer", super::aio::sleep_timer),
            ("task_wait", super::aio::task_wait), ("task_returned", super::aio::task_returned), ("next_ready", super::aio::next_ready), ("yield_once", super::aio::yield_once),
        ];
        for (name, f) in fns {
            d.insert((*name).into(), func(name, *f));
        }
        // Bound like a method: asyncio.py makes it `Future.__await__`.
        crate::builtins::def(&mut d, "__await__", super::aio::future_await, Some("Future"));
    }
    m
}
