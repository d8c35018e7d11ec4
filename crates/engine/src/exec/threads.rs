//! Simulated OS threads sharing one GIL, and simulated processes. Each
//! thread is a fiber (a stack of heap frames); only the running one lives
//! in `Vm::frames`. Which one runs next, from what virtual time and for how
//! long is `sched`'s business; this file keeps the table and the futex.
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
    /// What the wait returns when its timeout ends it (`False` if `None`):
    /// `input()` blocks for the typing delay and then returns its line.
    pub on_timeout: Option<std::rc::Rc<str>>,
    /// What the deadlock notice says instead of `what`, if that is longer
    /// than a span label should be (the event loop lists its tasks).
    pub notice: Option<String>,
}

impl Wait {
    /// A wait for `notify(key)` and/or the virtual time `until`.
    pub fn new(key: Option<u64>, until: Option<Nanos>, what: impl Into<String>, blocked: bool) -> Self {
        Self { key, until, what: what.into(), blocked, on_timeout: None, notice: None }
    }
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
    /// Its CPU: 0 for the main process's threads (they share its GIL),
    /// its own for each simulated process.
    pub domain: usize,
    /// When it last became runnable (virtual time).
    pub ready_at: Nanos,
    /// When it last stopped running (blocked, sliced or finished).
    pub stopped_at: Nanos,
}

/// The thread table.
pub struct Threads {
    /// All threads; the running one's fiber is in `Vm::frames`.
    pub all: Vec<SimThread>,
    /// The running thread.
    pub current: usize,
    /// Per domain (CPU): the virtual time its last thread stopped running;
    /// a thread of that domain cannot start earlier.
    pub free_at: Vec<Nanos>,
    /// Per domain: instructions executed (for `time.process_time()`).
    pub cpu_steps: Vec<u64>,
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
            domain: 0,
            ready_at: 0,
            stopped_at: 0,
        };
        Self { all: vec![main], current: 0, free_at: vec![0], cpu_steps: vec![0], next_key: 2, wait_seq: 0 }
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

    /// A new CPU for a simulated process; returns its domain.
    pub fn new_domain(&mut self, now: Nanos) -> usize {
        self.free_at.push(now);
        self.cpu_steps.push(0);
        self.free_at.len() - 1
    }

    /// Wakes up to `n` threads waiting on `key`, oldest first, as of the
    /// notifier's time `now`. Returns how many.
    pub fn notify(&mut self, key: u64, n: usize, now: Nanos) -> usize {
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
            let t = &mut self.all[*id];
            t.state = State::Runnable;
            t.resume = Some(Value::Bool(true));
            t.ready_at = now.max(t.stopped_at);
        }
        waiting.len().min(n)
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
                State::Waiting { wait, .. } => Some(format!("  thread {} waits on {}", t.name, wait.notice.as_ref().unwrap_or(&wait.what))),
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
