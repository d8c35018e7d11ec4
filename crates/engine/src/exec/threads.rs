//! Simulated OS threads sharing one GIL. Each thread is a fiber (a stack of
//! heap frames); only the running one lives in `Vm::frames`. Threads switch
//! only when the running one blocks — under the ideal clock no time passes
//! while code runs, so no preemption is needed to be deterministic.
//!
//! Blocking has one primitive, a futex: `wait(key, until)` parks the thread
//! until `notify(key)` or until the virtual clock reaches `until`. Locks,
//! events, joins, queues, `time.sleep` and the event loop's idle wait are
//! all written on it (in Python: `stdlib/py/threading.py`). When no thread
//! can run, the clock jumps to the earliest timeout; when none has a
//! timeout either, that is a deadlock and the run ends with a notice.

use super::Nanos;
use crate::objects::Value;
use coroscope_trace::{LaneId, SpanState};

/// Why a thread is parked.
#[derive(Clone, Debug, PartialEq)]
pub struct Wait {
    /// Woken by `notify(key)`; `None` waits only for the time.
    pub key: Option<u64>,
    /// Woken at this virtual time; `None` waits forever.
    pub until: Option<Nanos>,
    /// What the trace and the deadlock notice say it waits on.
    pub what: String,
    /// Shown as `blocked` (holding its thread, e.g. `time.sleep`) rather than `waiting`.
    pub blocked: bool,
}

/// Where a thread is in its life.
#[derive(Clone, Debug, PartialEq)]
pub enum State {
    /// Can run (its resume value, if any, is pushed when it does).
    Runnable,
    /// Parked on `wait`; `seq` orders wake-ups that happen at the same instant.
    #[allow(missing_docs)]
    Waiting { wait: Wait, seq: u64 },
    /// Finished.
    Done,
}

/// One simulated thread.
pub struct SimThread {
    /// Index in the thread table (0 = main).
    pub id: usize,
    /// `threading.Thread.name`.
    pub name: String,
    /// Its frames while it is not running.
    pub fiber: Vec<Box<crate::vm::frame::Frame>>,
    /// Life-cycle state.
    pub state: State,
    /// What to push onto its top frame when it resumes from a wait.
    pub resume: Option<Value>,
    /// The trace lane that shows it.
    pub lane: LaneId,
    /// Daemon threads don't keep the program alive.
    pub daemon: bool,
    /// Key notified when it finishes (`join`).
    pub done_key: u64,
    /// The lane its code is attributed to (an asyncio task may be running in it).
    pub current_lane: LaneId,
}

/// The thread table.
pub struct Threads {
    /// All threads; the running one's fiber is in `Vm::frames`.
    pub all: Vec<SimThread>,
    /// The running thread.
    pub current: usize,
    next_key: u64,
    wait_seq: u64,
}

impl Default for Threads {
    fn default() -> Self {
        Self::new()
    }
}

impl Threads {
    /// Only the main thread.
    pub fn new() -> Self {
        let main = SimThread {
            id: 0,
            name: "MainThread".into(),
            fiber: Vec::new(),
            state: State::Runnable,
            resume: None,
            lane: LaneId(0),
            daemon: false,
            done_key: 1,
            current_lane: LaneId(0),
        };
        Self { all: vec![main], current: 0, next_key: 2, wait_seq: 0 }
    }

    /// A fresh key for `wait`/`notify`.
    pub fn new_key(&mut self) -> u64 {
        self.next_key += 1;
        self.next_key
    }

    /// Parks the current thread.
    pub fn park(&mut self, wait: Wait) {
        self.wait_seq += 1;
        let seq = self.wait_seq;
        self.all[self.current].state = State::Waiting { wait, seq };
    }

    /// Wakes up to `n` threads waiting on `key`, oldest first. Returns how many.
    pub fn notify(&mut self, key: u64, n: usize) -> usize {
        let mut waiting: Vec<(u64, usize)> = self
            .all
            .iter()
            .filter_map(|t| match &t.state {
                State::Waiting { wait, seq } if wait.key == Some(key) => Some((*seq, t.id)),
                _ => None,
            })
            .collect();
        waiting.sort_unstable();
        for (_, id) in waiting.iter().take(n) {
            self.all[*id].state = State::Runnable;
            self.all[*id].resume = Some(Value::Bool(true));
        }
        waiting.len().min(n)
    }

    /// The next runnable thread after the current one (round robin).
    pub fn next_runnable(&self) -> Option<usize> {
        let n = self.all.len();
        (1..=n).map(|i| (self.current + i) % n).find(|&i| self.all[i].state == State::Runnable)
    }

    /// The first runnable thread after `from` (round robin), `from` last.
    pub fn next_runnable_from(&self, from: usize) -> Option<usize> {
        let n = self.all.len();
        (1..=n).map(|i| (from + i) % n).find(|&i| self.all[i].state == State::Runnable)
    }

    /// The earliest timeout among parked threads: (time, thread).
    pub fn earliest_timeout(&self) -> Option<(Nanos, u64, usize)> {
        self.all
            .iter()
            .filter_map(|t| match &t.state {
                State::Waiting { wait: Wait { until: Some(u), .. }, seq } => Some((*u, *seq, t.id)),
                _ => None,
            })
            .min()
    }

    /// Times every thread whose timeout is due at `now` out (resume value False).
    pub fn time_out(&mut self, now: Nanos) {
        for t in &mut self.all {
            if let State::Waiting { wait: Wait { until: Some(u), .. }, .. } = &t.state {
                if *u <= now {
                    t.state = State::Runnable;
                    t.resume = Some(Value::Bool(false));
                }
            }
        }
    }

    /// True while a non-daemon thread other than main is unfinished.
    pub fn others_alive(&self) -> bool {
        self.all.iter().skip(1).any(|t| !t.daemon && t.state != State::Done)
    }

    /// One line per parked thread, for the deadlock notice.
    pub fn describe_waiting(&self) -> String {
        self.all
            .iter()
            .filter_map(|t| match &t.state {
                State::Waiting { wait, .. } => Some(format!("  thread {} waits on {}", t.name, wait.what)),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The span state a wait shows on its lane.
pub fn span_of(wait: &Wait) -> SpanState {
    if wait.blocked {
        SpanState::Blocked(wait.what.clone())
    } else {
        SpanState::Waiting(wait.what.clone())
    }
}
