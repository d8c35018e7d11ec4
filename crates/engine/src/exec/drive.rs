//! The driver: runs the current thread's fiber, and when it blocks or
//! finishes, picks the next thread (see `threads`). Both frontends reach
//! it through `Run::advance`.

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
            if self.exec.threads.all[self.exec.threads.current].state == State::Done {
                // Main is done and waits for the other threads.
            } else {
                match self.run(0, budget) {
                    Ok(Exit::OutOfBudget) => return Drive::OutOfBudget,
                    Ok(Exit::Blocked(wait)) => self.park(wait),
                    Ok(Exit::Return(_) | Exit::Yield(_)) => self.finish_thread(Ok(())),
                    Err(Unwind::Raise(exc)) => self.finish_thread(Err(Unwind::Raise(exc))),
                    Err(Unwind::Block(_)) => {}
                    Err(stop @ Unwind::Stop(_)) => return Drive::Finished(Err(stop)),
                }
            }
            match self.schedule() {
                Ok(true) => {}
                Ok(false) => return Drive::Finished(self.main_outcome.take().unwrap_or(Ok(()))),
                Err(e) => return Drive::Finished(Err(e)),
            }
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

    /// The running thread ended (main's outcome is kept for the end).
    fn finish_thread(&mut self, outcome: PyResult<()>) {
        let cur = self.exec.threads.current;
        self.frames.clear();
        self.exec.threads.all[cur].state = State::Done;
        let key = self.exec.threads.all[cur].done_key;
        self.exec.threads.notify(key, usize::MAX);
        let now = self.exec.now_ns();
        let lane = self.exec.threads.all[cur].lane;
        if cur == 0 {
            self.main_outcome = Some(outcome);
            if let Err(Unwind::Raise(exc)) = self.main_outcome.clone().unwrap_or(Ok(())) {
                // CPython prints main's traceback before waiting for threads.
                self.print_uncaught(&exc);
                self.main_outcome = Some(Err(Unwind::Raise(exc)));
            }
        } else {
            if let Err(Unwind::Raise(exc)) = outcome {
                let name = self.exec.threads.all[cur].name.clone();
                let text = format!("Exception in thread {name}:\n{}", self.format_exception(&exc));
                let _ = self.write(coroscope_trace::Stream::Stderr, &text);
            }
            self.exec.rec.set_state(lane, SpanState::Done("finished".into()), now, 0);
        }
    }

    /// Picks the next thread to run; `Ok(false)` when the program is over.
    fn schedule(&mut self) -> PyResult<bool> {
        loop {
            let threads = &self.exec.threads;
            let main_done = threads.all[0].state == State::Done;
            if main_done && !threads.others_alive() {
                return Ok(false);
            }
            let cur = threads.current;
            if threads.all[cur].state == State::Runnable {
                self.resume_current();
                return Ok(true);
            }
            if let Some(next) = threads.next_runnable() {
                self.switch_to(next);
                return Ok(true);
            }
            match self.exec.threads.earliest_timeout() {
                Some((until, _, first)) => {
                    // Threads due at the same instant wake in the order they slept.
                    self.exec.advance_to_ns(until);
                    let now = self.exec.now_ns();
                    self.exec.threads.time_out(now);
                    if first == self.exec.threads.current {
                        self.resume_current();
                    } else {
                        self.switch_to(first);
                    }
                    return Ok(true);
                }
                None => {
                    let what = self.exec.threads.describe_waiting();
                    return Err(Unwind::Stop(StopReason::Deadlock(what)));
                }
            }
        }
    }

    /// The running thread continues (it woke without a switch).
    fn resume_current(&mut self) {
        let cur = self.exec.threads.current;
        if let Some(v) = self.exec.threads.all[cur].resume.take() {
            if let Some(f) = self.frames.last_mut() {
                f.push(v);
            }
        }
        let now = self.exec.now_ns();
        let lane = self.exec.current;
        let line = self.user_line();
        self.exec.rec.set_state(lane, SpanState::Running, now, line);
    }

    /// Saves the running thread's fiber and loads `next`'s.
    fn switch_to(&mut self, next: usize) {
        let cur = self.exec.threads.current;
        let fiber = std::mem::take(&mut self.frames);
        let t = &mut self.exec.threads.all[cur];
        t.fiber = fiber;
        t.current_lane = self.exec.current;
        self.exec.threads.current = next;
        let t = &mut self.exec.threads.all[next];
        self.frames = std::mem::take(&mut t.fiber);
        self.exec.current = t.current_lane;
        self.resume_current();
    }

    /// A wait inside a call from Rust (`list(pool.map(...))`, `__exit__`),
    /// where the fiber cannot park because Rust frames hold part of it: the
    /// other threads run right here, nested, until this one is woken.
    /// Returns the wait's outcome.
    pub fn wait_in_place(&mut self, wait: &Wait) -> PyResult<bool> {
        let me = self.exec.threads.current;
        self.park(wait.clone());
        let fiber = std::mem::take(&mut self.frames);
        self.exec.threads.all[me].fiber = fiber;
        self.exec.threads.all[me].current_lane = self.exec.current;
        loop {
            let next = match self.exec.threads.next_runnable_from(me) {
                Some(n) => n,
                None => match self.exec.threads.earliest_timeout() {
                    Some((until, _, first)) => {
                        self.exec.advance_to_ns(until);
                        let now = self.exec.now_ns();
                        self.exec.threads.time_out(now);
                        if first == me {
                            self.restore(me);
                            self.exec.threads.all[me].resume.take();
                            let lane = self.exec.current;
                            self.exec.rec.set_state(lane, SpanState::Running, now, 0);
                            return Ok(false);
                        }
                        self.run_other_thread(first, me)?;
                        continue;
                    }
                    None => {
                        let what = self.exec.threads.describe_waiting();
                        self.restore(me);
                        return Err(Unwind::Stop(StopReason::Deadlock(what)));
                    }
                },
            };
            if next == me {
                self.restore(me);
                let woke = matches!(self.exec.threads.all[me].resume.take(), Some(Value::Bool(true)));
                let now = self.exec.now_ns();
                let lane = self.exec.current;
                self.exec.rec.set_state(lane, SpanState::Running, now, 0);
                return Ok(woke);
            }
            self.run_other_thread(next, me)?;
        }
    }

    /// While thread `me` waits nested, runs thread `id` until it blocks or
    /// ends, then puts its fiber away again.
    fn run_other_thread(&mut self, id: usize, me: usize) -> PyResult<()> {
        self.restore(id);
        self.resume_current();
        let mut budget = u64::MAX;
        match self.run(0, &mut budget) {
            Ok(Exit::Blocked(w)) => self.park(w),
            Ok(_) => self.finish_thread(Ok(())),
            Err(Unwind::Raise(exc)) => self.finish_thread(Err(Unwind::Raise(exc))),
            Err(e) => {
                self.stash(id);
                self.restore(me);
                return Err(e);
            }
        }
        self.stash(id);
        Ok(())
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
    pub fn spawn_thread(&mut self, func: &Value, args: Vec<Value>, name: &str, daemon: bool) -> PyResult<(usize, u64)> {
        let Value::Function(f) = func else {
            return Err(crate::vm::exceptions::type_error("spawn needs a Python function"));
        };
        let mut frame = self.make_frame(f, args, Vec::new())?;
        frame.mode = crate::vm::frame::ReturnMode::Boundary;
        let now = self.exec.now_ns();
        let parent = self.exec.current;
        let line = self.user_line();
        let lane = self.exec.rec.add_lane(coroscope_trace::LaneKind::Thread, name, &f.qualname.borrow(), Some(parent), now, line);
        self.exec.rec.set_state(lane, SpanState::Ready, now, line);
        let id = self.exec.threads.all.len();
        let done_key = self.exec.threads.new_key();
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
        });
        Ok((id, done_key))
    }
}
