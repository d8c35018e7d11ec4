//! The executor's state: the virtual clock, the CPU cost model, which lane
//! is running, and the recorder that writes the trace. The event loop
//! itself is written in Python (`stdlib/py/asyncio.py`, as CPython's is)
//! and reaches this state through the `_exec` module (`stdlib/exec.rs`).
//!
//! # Layout
//! - `record` — the only writer of trace lanes, spans and events.
//! - `threads` — simulated threads and processes, and the futex they block on.
//! - `sched` — which thread runs next, from when, for how long (GIL, processes).
//! - `drive` — runs the threads' fibers as `sched` decides.

pub mod drive;
pub mod record;
pub mod sched;
pub mod threads;

use coroscope_trace::{LaneId, Nanos};
pub use record::Recorder;

/// Executor state of one run.
pub struct Exec {
    /// Virtual time in integer nanoseconds (the oracle's convention:
    /// readings are `ns / 1e9`; timers are rounded to the nanosecond).
    pub clock_ns: Nanos,
    /// Fractional nanoseconds of CPU cost not yet added to the clock.
    cpu_carry: u64,
    /// Virtual nanoseconds each executed instruction costs (0 = ideal clock).
    pub cpu_cost_ns: u64,
    /// The lane whose code is running.
    pub current: LaneId,
    /// The trace under construction.
    pub rec: Recorder,
    /// Simulated threads.
    pub threads: threads::Threads,
    /// Instructions the running thread may still execute before the next
    /// scheduling decision (`u64::MAX` under the ideal clock).
    pub slice_left: u64,
    /// `Vm::steps` when the running thread last started (CPU accounting).
    pub slice_steps: u64,
    /// The latest virtual time any thread has reached (processes may be
    /// ahead of the running thread).
    pub latest_ns: Nanos,
    /// No thread may start after this virtual time (the run ends with a notice).
    pub horizon_ns: Nanos,
    /// How long `input()` blocks its thread ("typing"), in virtual ns.
    pub input_delay_ns: Nanos,
}

/// Default virtual-time horizon: one week, longer than any sleep a lesson
/// shows (the corpus sleeps three days in 643), short enough that a
/// `while True: await asyncio.sleep(1)` ends in seconds of real time.
pub const DEFAULT_HORIZON_NS: Nanos = 7 * 86_400 * 1_000_000_000;

impl Exec {
    /// A fresh executor at time 0 with only the main lane.
    pub fn new(cpu_cost_ns: u64) -> Self {
        Self {
            clock_ns: 0,
            cpu_carry: 0,
            cpu_cost_ns,
            current: LaneId(0),
            rec: Recorder::new(),
            threads: threads::Threads::new(),
            slice_left: u64::MAX,
            slice_steps: 0,
            latest_ns: 0,
            horizon_ns: DEFAULT_HORIZON_NS,
            input_delay_ns: 0,
        }
    }

    /// The latest virtual time reached by any thread: where the trace ends.
    pub fn latest(&self) -> Nanos {
        self.latest_ns.max(self.clock_ns)
    }

    /// Virtual CPU nanoseconds used by the running thread's process
    /// (`time.process_time()`; 0 under the ideal clock).
    pub fn cpu_ns(&self, steps: u64) -> u64 {
        let d = self.threads.all[self.threads.current].domain;
        (self.threads.cpu_steps[d] + steps.saturating_sub(self.slice_steps)) * self.cpu_cost_ns
    }

    /// The clock in nanoseconds.
    pub fn now_ns(&self) -> Nanos {
        self.clock_ns
    }

    /// The clock in seconds, as `time.monotonic()` reads it.
    pub fn seconds(&self) -> f64 {
        self.clock_ns as f64 / 1e9
    }

    /// Moves the clock forward to `ns` (never backwards).
    pub fn advance_to_ns(&mut self, ns: Nanos) {
        if ns > self.clock_ns {
            self.clock_ns = ns;
        }
    }

    /// Charges `instructions` of CPU work to the clock.
    #[inline]
    pub fn charge(&mut self, instructions: u64) {
        if self.cpu_cost_ns != 0 {
            self.cpu_carry += instructions * self.cpu_cost_ns;
            self.clock_ns += self.cpu_carry;
            self.cpu_carry = 0;
        }
    }
}

/// Seconds to the nearest nanosecond (the oracle's `round(s * 1e9)`).
pub fn to_ns(seconds: f64) -> Nanos {
    if seconds <= 0.0 || seconds.is_nan() {
        0
    } else {
        (seconds * 1e9).round().min(u64::MAX as f64) as Nanos
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn rounds_like_the_oracle() {
        assert_eq!(super::to_ns(0.1), 100_000_000);
        assert_eq!(super::to_ns(0.30000000000000004), 300_000_000);
        assert_eq!(super::to_ns(-1.0), 0);
    }
}
