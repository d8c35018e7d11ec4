//! The driver: runs the current thread's fiber, and when it blocks or
//! finishes, picks the next thread (see `threads`). Both frontends reach
//! it through `Run::advance`.

use super::sched::Pick;
use super::threads::{span_of, State, Wait};
use crate::objects::Value;
use crate::vm::exceptions::{PyResult, StopReason, Unwind};
use crate::vm::{Exit, Vm};
use coroscope_trace::SpanState;

/// How a slice of driving ended.
pub enum Drive {
    /// The instruction budget ran out.
    OutOfBudget,
    /// The program is over: main finished (with this outcome) and no
    /// non-daemon thread is left.
    Finished(PyResult<()>),
}

impl Vm {
    /// Runs threads until the budget is spent or the program ends.
    pub fn drive(&mut self, budget: &mut u64) -> Drive {
        loop {
            let mut sliced = false;
            if self.exec.threads.all[self.exec.threads.current].state == State::Done {
                // Main is done and waits for the other threads.
            } else {
                let mut slice = (*budget).min(self.exec.slice_left);
                let before = slice;
                let mut outcome = self.run(0, &mut slice);
                let used = before - slice;
                *budget -= used;
                self.exec.slice_left -= used;
                if matches!(outcome, Ok(Exit::OutOfBudget)) && *budget > 0 {
                    outcome = self.run_to_switch_point(budget);
                }
                match outcome {
                    Ok(Exit::OutOfBudget) if *budget == 0 => return Drive::OutOfBudget,
                    Ok(Exit::OutOfBudget) => sliced = true,
                    Ok(Exit::Blocked(wait)) => self.park(wait),
                    Ok(Exit::Return(_) | Exit::Yield(_)) => self.finish_thread(Ok(())),
                    Err(Unwind::Raise(exc)) => self.finish_thread(Err(Unwind::Raise(exc))),
                    Err(Unwind::Block(_)) => {}
                    Err(stop @ Unwind::Stop(_)) => return Drive::Finished(Err(stop)),
                }
                self.note_stop();
            }
            match self.schedule(sliced) {
                Ok(true) => {}
                Ok(false) => return Drive::Finished(self.main_outcome.take().unwrap_or(Ok(()))),
                Err(e) => return Drive::Finished(Err(e)),
            }
        }
    }

    /// A slice ended: runs on, one instruction at a time, to the next
    /// point where CPython 3.11 could hand the GIL over (its eval breaker
    /// is checked at RESUME, JUMP_BACKWARD and after calls), so that, as
    /// there, `counter += 1` is never split between two threads.
    fn run_to_switch_point(&mut self, budget: &mut u64) -> PyResult<Exit> {
        for _ in 0..10_000 {
            if self.at_switch_point() || *budget == 0 {
                break;
            }
            let mut one = 1;
            let outcome = self.run(0, &mut one);
            *budget -= 1 - one;
            if !matches!(outcome, Ok(Exit::OutOfBudget)) {
                return outcome;
            }
        }
        Ok(Exit::OutOfBudget)
    }

    /// True when the next instruction is one of CPython's eval-breaker points.
    fn at_switch_point(&self) -> bool {
        use crate::bytecode::op::Instr;
        let Some(f) = self.frames.last() else { return true };
        match f.code.instrs.get(f.ip) {
            _ if f.ip == 0 => true,
            Some(Instr::Jump(target)) => (*target as usize) <= f.ip,
            Some(Instr::Call(_) | Instr::CallKw(_) | Instr::CallFunctionEx(_)) => true,
            Some(_) => false,
            None => true,
        }
    }

    /// Parks the running thread.
    fn park(&mut self, wait: Wait) {
        let now = self.exec.now_ns();
        let lane = self.exec.current;
        let line = self.user_line();
        self.exec.rec.set_state(lane, span_of(&wait), now, line);
        self.exec.threads.park(wait);
    }

    /// The running thread stopped (blocked, finished or sliced): its CPU
    /// is free from now, and its instructions count as its domain's CPU time.
    fn note_stop(&mut self) {
        let now = self.exec.now_ns();
        let steps = self.steps;
        let threads = &mut self.exec.threads;
        let t = &mut threads.all[threads.current];
        t.stopped_at = now;
        if t.state == State::Runnable {
            // Sliced: it waits for its CPU from now.
            t.ready_at = now;
        }
        let d = t.domain;
        threads.free_at[d] = threads.free_at[d].max(now);
        threads.cpu_steps[d] += steps - self.exec.slice_steps;
        self.exec.slice_steps = steps;
        self.exec.latest_ns = self.exec.latest_ns.max(now);
    }

    /// The running thread ended (main's outcome is kept for the end).
    fn finish_thread(&mut self, outcome: PyResult<()>) {
        let cur = self.exec.threads.current;
        self.frames.clear();
        self.exec.threads.all[cur].state = State::Done;
        let key = self.exec.threads.all[cur].done_key;
        let now = self.exec.now_ns();
        self.exec.threads.notify(key, usize::MAX, now);
        let lane = self.exec.threads.all[cur].lane;
        if cur == 0 {
            self.main_outcome = Some(outcome);
            if let Err(Unwind::Raise(exc)) = self.main_outcome.clone().unwrap_or(Ok(())) {
                // CPython prints main's traceback before waiting for threads.
                self.note_uncaught(lane, &exc);
                self.print_uncaught(&exc);
                self.main_outcome = Some(Err(Unwind::Raise(exc)));
            }
        } else {
            let detail = match outcome {
                Err(Unwind::Raise(exc)) => {
                    self.note_uncaught(lane, &exc);
                    let name = self.exec.threads.all[cur].name.clone();
                    let text = format!("Exception in thread {name}:\n{}", self.format_exception(&exc));
                    let _ = self.write(coroscope_trace::Stream::Stderr, &text);
                    "exception"
                }
                _ => "finished",
            };
            self.exec.rec.set_state(lane, SpanState::Done(detail.into()), now, 0);
            self.exec.rec.event(lane, coroscope_trace::EventKind::Finished, now);
        }
    }

    /// Records an exception nobody caught as a trace event (its last line,
    /// `ValueError: boom`).
    fn note_uncaught(&mut self, lane: coroscope_trace::LaneId, exc: &Value) {
        let text = self.format_exception(exc);
        let last = text.lines().last().unwrap_or("").to_owned();
        let now = self.exec.now_ns();
        self.exec.rec.event(lane, coroscope_trace::EventKind::Uncaught(last), now);
    }

    /// Picks the next thread to run; `Ok(false)` when the program is over.
    /// `sliced`: the running thread's slice ended and it could go on.
    fn schedule(&mut self, sliced: bool) -> PyResult<bool> {
        let threads = &self.exec.threads;
        if threads.all[0].state == State::Done && !threads.others_alive() {
            return Ok(false);
        }
        let cur = threads.current;
        let running = (threads.all[cur].state == State::Runnable).then_some(cur);
        match self.exec.threads.pick(running, cur) {
            Some(pick) => {
                self.begin(pick, sliced)?;
                Ok(true)
            }
            None => Err(self.deadlock()),
        }
    }

    /// The run ends: nothing can wake the parked threads.
    fn deadlock(&mut self) -> Unwind {
        let what = self.exec.threads.describe_waiting();
        let now = self.exec.now_ns();
        self.exec.rec.event(coroscope_trace::LaneId(0), coroscope_trace::EventKind::Notice(format!("deadlock: {what}")), now);
        Unwind::Stop(StopReason::Deadlock(what))
    }

    /// Starts (or continues) the picked thread: loads its fiber, sets the
    /// clock to its start, shows the time it waited for its CPU as Ready,
    /// and gives it its slice.
    fn begin(&mut self, pick: Pick, sliced: bool) -> PyResult<()> {
        if pick.start > self.exec.horizon_ns {
            return Err(Unwind::Stop(StopReason::TimeHorizon(self.exec.horizon_ns)));
        }
        let cur = self.exec.threads.current;
        if pick.id != cur {
            self.stash(cur);
            self.restore(pick.id);
        }
        self.exec.clock_ns = pick.start;
        self.exec.latest_ns = self.exec.latest_ns.max(pick.start);
        let cost = self.exec.cpu_cost_ns;
        self.exec.slice_left = if cost == 0 { u64::MAX } else { (self.exec.threads.slice_ns(pick.id, pick.start) / cost).max(1) };
        if pick.id == cur && sliced {
            return Ok(());
        }
        let t = &mut self.exec.threads.all[pick.id];
        let resume = t.resume.take();
        let ready_at = t.ready_at;
        if let Some(v) = resume {
            if let Some(f) = self.frames.last_mut() {
                f.push(v);
            }
        }
        let lane = self.exec.current;
        let line = self.user_line();
        if ready_at < pick.start {
            self.exec.rec.set_state(lane, SpanState::Ready, ready_at, line);
        }
        self.exec.rec.set_state(lane, SpanState::Running, pick.start, line);
        Ok(())
    }

    /// A wait inside a call from Rust (`list(pool.map(...))`, `__exit__`),
    /// where the fiber cannot park because Rust frames hold part of it: the
    /// other threads run right here, nested, until this one is woken.
    /// Returns what the wait returns (`True` if notified, `False` if timed out).
    pub fn wait_in_place(&mut self, wait: &Wait) -> PyResult<Value> {
        let me = self.exec.threads.current;
        self.park(wait.clone());
        self.note_stop();
        let mut running = None;
        loop {
            let Some(pick) = self.exec.threads.pick(running, me) else {
                return Err(self.deadlock());
            };
            let sliced = running == Some(pick.id);
            if pick.id == me {
                // The frame that waits in Rust gets the wait's value as the
                // call's result (the caller pushes it), not from `begin`.
                let v = self.exec.threads.all[me].resume.take().unwrap_or(Value::Bool(false));
                self.begin(pick, sliced)?;
                return Ok(v);
            }
            self.begin(pick, sliced)?;
            running = self.run_other_thread()?.then_some(pick.id);
        }
    }

    /// While another thread waits nested, runs the current one for its
    /// slice; true if the slice ended and it could go on.
    fn run_other_thread(&mut self) -> PyResult<bool> {
        let mut budget = self.exec.slice_left.min(self.limits.instructions.saturating_sub(self.steps + self.rust_steps));
        let before = budget;
        let outcome = self.run(0, &mut budget);
        self.exec.slice_left -= before - budget;
        let sliced = match outcome {
            Ok(Exit::OutOfBudget) if self.steps + self.rust_steps >= self.limits.instructions => return Err(Unwind::Stop(StopReason::InstructionLimit)),
            Ok(Exit::OutOfBudget) => true,
            Ok(Exit::Blocked(w)) => {
                self.park(w);
                false
            }
            Ok(_) => {
                self.finish_thread(Ok(()));
                false
            }
            Err(Unwind::Raise(exc)) => {
                self.finish_thread(Err(Unwind::Raise(exc)));
                false
            }
            Err(e) => return Err(e),
        };
        self.note_stop();
        Ok(sliced)
    }

    /// Makes thread `id` the running one, loading its fiber.
    fn restore(&mut self, id: usize) {
        self.exec.threads.current = id;
        let t = &mut self.exec.threads.all[id];
        self.frames = std::mem::take(&mut t.fiber);
        self.exec.current = t.current_lane;
    }

    /// Puts the running thread's fiber back into its entry.
    fn stash(&mut self, id: usize) {
        let fiber = std::mem::take(&mut self.frames);
        let t = &mut self.exec.threads.all[id];
        t.fiber = fiber;
        t.current_lane = self.exec.current;
    }

    /// Starts a thread running `func(*args)`; returns its id.
    /// A `process` gets a CPU of its own (a new domain); a thread shares
    /// the CPU of the thread that starts it.
    pub fn spawn_thread(&mut self, func: &Value, args: Vec<Value>, name: &str, daemon: bool, process: bool) -> PyResult<(usize, u64)> {
        let Value::Function(f) = func else {
            return Err(crate::vm::exceptions::type_error("spawn needs a Python function"));
        };
        let mut frame = self.make_frame(f, args, Vec::new())?;
        frame.mode = crate::vm::frame::ReturnMode::Boundary;
        let now = self.exec.now_ns();
        let parent = self.exec.current;
        let line = self.user_line();
        let kind = if process { coroscope_trace::LaneKind::Process } else { coroscope_trace::LaneKind::Thread };
        let lane = self.exec.rec.add_lane(kind, name, &f.qualname.borrow(), Some(parent), now, line);
        self.exec.rec.set_state(lane, SpanState::Ready, now, line);
        let id = self.exec.threads.all.len();
        let done_key = self.exec.threads.new_key();
        let domain = if process { self.exec.threads.new_domain(now) } else { self.exec.threads.all[self.exec.threads.current].domain };
        self.exec.threads.all.push(super::threads::SimThread {
            id,
            name: name.to_owned(),
            fiber: vec![frame],
            state: State::Runnable,
            resume: None,
            lane,
            daemon,
            done_key,
            current_lane: lane,
            domain,
            ready_at: now,
            stopped_at: now,
        });
        Ok((id, done_key))
    }
}
