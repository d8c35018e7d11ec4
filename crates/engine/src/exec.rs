//! The executor's state: the virtual clock, the CPU cost model, which lane
//! is running, and the recorder that writes the trace. The event loop
//! itself is written in Python (`stdlib/py/asyncio.py`, as CPython's is)
//! and reaches this state through the `_exec` module (`stdlib/exec.rs`).
//!
//! # Layout
//! - `record` — the only writer of trace lanes, spans and events.

pub mod drive;
pub mod record;
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
}

impl Exec {
    /// A fresh executor at time 0 with only the main lane.
    pub fn new(cpu_cost_ns: u64) -> Self {
        Self { clock_ns: 0, cpu_carry: 0, cpu_cost_ns, current: LaneId(0), rec: Recorder::new(), threads: threads::Threads::new() }
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
