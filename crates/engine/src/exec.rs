//! The executor's state: the virtual clock, the CPU cost model, which lane
//! is running, and the recorder that writes the trace. The event loop
//! itself is written in Python (`stdlib/py/asyncio.py`, as CPython's is)
//! and reaches this state through the `_exec` module (`stdlib/exec.rs`).
//!
//! # Layout
//! - `record` — the only writer of trace lanes, spans and events.

pub mod record;

use coroscope_trace::{LaneId, Nanos};
pub use record::Recorder;

/// Executor state of one run.
pub struct Exec {
    /// Virtual time in seconds. Kept as `f64` so that `loop.time() + delay`
    /// arithmetic matches CPython's float clock exactly.
    pub clock: f64,
    /// Virtual nanoseconds each executed instruction costs (0 = ideal clock).
    pub cpu_cost_ns: u64,
    /// The lane whose code is running.
    pub current: LaneId,
    /// The trace under construction.
    pub rec: Recorder,
}

impl Exec {
    /// A fresh executor at time 0 with only the main lane.
    pub fn new(cpu_cost_ns: u64) -> Self {
        Self { clock: 0.0, cpu_cost_ns, current: LaneId(0), rec: Recorder::new() }
    }

    /// The clock in nanoseconds (for the trace).
    pub fn now_ns(&self) -> Nanos {
        (self.clock * 1e9).round().max(0.0) as Nanos
    }

    /// Moves the clock forward to `t` seconds (never backwards).
    pub fn advance_to(&mut self, t: f64) {
        if t > self.clock {
            self.clock = t;
        }
    }

    /// Charges `instructions` of CPU work to the clock.
    #[inline]
    pub fn charge(&mut self, instructions: u64) {
        if self.cpu_cost_ns != 0 {
            self.clock += (instructions * self.cpu_cost_ns) as f64 / 1e9;
        }
    }
}
