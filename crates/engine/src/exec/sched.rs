//! The scheduler: which simulated thread runs next, from what virtual time,
//! and for how long before the next decision.
//!
//! # Model
//! Each thread belongs to a *domain*, one CPU: the main process's threads
//! share domain 0 and its GIL; every simulated process has its own. A
//! domain runs one thread at a time, so a thread cannot start before its
//! domain's CPU is free (`free_at`) nor before it became runnable
//! (`ready_at`); that maximum is its *start*. Domains run in parallel: the
//! scheduler always runs the thread with the earliest start (a discrete-event
//! simulation), so two processes' CPU time overlaps on the virtual clock
//! while two threads' adds up.
//!
//! Under the cost model a thread runs at most one switch interval (5 ms of
//! CPU, CPython's `sys.getswitchinterval()`) before the next decision. As in
//! CPython, the GIL passes to another thread of the domain only once that
//! one has waited a whole interval for it (`take_gil` in CPython's
//! `Python/ceval_gil.c` waits `interval` and then sets the drop request);
//! a blocking thread releases it at once. Under the ideal clock no time
//! passes while code runs: threads switch only when one blocks, as before.

use super::threads::{State, Threads};
use super::Nanos;
use crate::objects::Value;

/// CPython's default `sys.getswitchinterval()`: 0.005 s.
pub const SWITCH_INTERVAL_NS: Nanos = 5_000_000;

/// A scheduling decision: run thread `id` from virtual time `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pick {
    /// The thread.
    pub id: usize,
    /// The virtual time it starts at.
    pub start: Nanos,
}

impl Threads {
    /// The earliest time thread `id` could start if it were runnable now,
    /// having become ready at `ready`.
    fn start_of(&self, id: usize, ready: Nanos) -> Nanos {
        ready.max(self.free_at[self.all[id].domain])
    }

    /// When a parked thread's timeout would let it start.
    fn timeout_start(&self, id: usize) -> Option<(Nanos, u64)> {
        match &self.all[id].state {
            State::Waiting { wait, seq } => wait.until.map(|u| (self.start_of(id, u), *seq)),
            _ => None,
        }
    }

    /// A parked thread's timeout.
    fn timeout_of(&self, id: usize) -> Option<Nanos> {
        match &self.all[id].state {
            State::Waiting { wait, .. } => wait.until,
            _ => None,
        }
    }

    /// Ends thread `id`'s wait by its timeout.
    fn time_out_one(&mut self, id: usize) {
        let t = &mut self.all[id];
        if let State::Waiting { wait, .. } = &t.state {
            let until = wait.until.unwrap_or(t.stopped_at);
            t.resume = Some(match &wait.on_timeout {
                Some(text) => Value::str(&**text),
                None => Value::Bool(false),
            });
            t.ready_at = until.max(t.stopped_at);
            t.state = State::Runnable;
        }
    }

    /// Decides what runs next. `running` is the thread whose slice just
    /// ended while it could go on (it is preferred unless another thread of
    /// its domain has waited a whole switch interval); ties go round robin
    /// after `rr_from`. `None` when nothing can ever run again (deadlock).
    pub fn pick(&mut self, running: Option<usize>, rr_from: usize) -> Option<Pick> {
        let n = self.all.len();
        let earliest = (0..n).filter(|&i| self.all[i].state == State::Runnable).map(|i| self.start_of(i, self.all[i].ready_at)).min();
        match earliest {
            // 1. Timeouts that fell due before the earliest runnable thread
            //    could start made their threads runnable back then.
            Some(m) => {
                let due: Vec<usize> = (0..n).filter(|&i| matches!(self.timeout_of(i), Some(u) if u < m)).collect();
                for id in due {
                    self.time_out_one(id);
                }
            }
            // 2. Nothing runnable: the clock jumps to the earliest timeout;
            //    every thread due then wakes, the one that slept first runs.
            None => {
                let (start, _, first) = (0..n).filter_map(|i| self.timeout_start(i).map(|(s, q)| (s, q, i))).min()?;
                let due: Vec<usize> = (0..n).filter(|&i| matches!(self.timeout_start(i), Some((s, _)) if s <= start)).collect();
                for id in due {
                    self.time_out_one(id);
                }
                return Some(Pick { id: first, start });
            }
        }
        let start = (0..n).filter(|&i| self.all[i].state == State::Runnable).map(|i| self.start_of(i, self.all[i].ready_at)).min()?;
        let ties: Vec<usize> = (0..n).filter(|&i| self.all[i].state == State::Runnable && self.start_of(i, self.all[i].ready_at) == start).collect();
        // 3. The thread whose slice ended keeps its CPU unless a thread of
        //    its domain has waited a switch interval for it.
        if let Some(r) = running.filter(|r| ties.contains(r)) {
            let domain = self.all[r].domain;
            let starved = ties.iter().any(|&o| o != r && self.all[o].domain == domain && start.saturating_sub(self.all[o].ready_at) >= SWITCH_INTERVAL_NS);
            if !starved {
                return Some(Pick { id: r, start });
            }
            let id = (1..n).map(|i| (r + i) % n).find(|i| ties.contains(i))?;
            return Some(Pick { id, start });
        }
        // 4. Otherwise round robin.
        let id = (1..=n).map(|i| (rr_from + i) % n).find(|i| ties.contains(i))?;
        Some(Pick { id, start })
    }

    /// Virtual nanoseconds thread `id`, starting at `start`, may run before
    /// the next decision: a switch interval, or less if a thread of its
    /// domain will have waited a whole interval by then.
    pub fn slice_ns(&self, id: usize, start: Nanos) -> Nanos {
        let domain = self.all[id].domain;
        let mut end = start + SWITCH_INTERVAL_NS;
        for (i, t) in self.all.iter().enumerate() {
            if i == id || t.domain != domain {
                continue;
            }
            let ready = match &t.state {
                State::Runnable => t.ready_at,
                State::Waiting { wait, .. } => match wait.until {
                    Some(u) => u,
                    None => continue,
                },
                State::Done => continue,
            };
            end = end.min((ready + SWITCH_INTERVAL_NS).max(start + 1));
        }
        end - start
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exec::threads::{SimThread, Wait};
    use coroscope_trace::LaneId;

    fn table(domains: &[usize]) -> Threads {
        let mut t = Threads::new();
        for (i, &d) in domains.iter().enumerate().skip(1) {
            while t.free_at.len() <= d {
                t.new_domain(0);
            }
            t.all.push(SimThread {
                id: i,
                name: format!("T{i}"),
                fiber: Vec::new(),
                state: State::Runnable,
                resume: None,
                lane: LaneId(i as u32),
                daemon: false,
                done_key: 0,
                current_lane: LaneId(i as u32),
                domain: d,
                ready_at: 0,
                stopped_at: 0,
            });
        }
        t
    }

    #[test]
    fn a_sliced_thread_keeps_the_gil_until_another_has_waited_an_interval() {
        let mut t = table(&[0, 0]);
        t.free_at[0] = 2_000_000;
        t.all[0].ready_at = 2_000_000;
        // Thread 1 has waited only 1 ms: main goes on.
        t.all[1].ready_at = 1_000_000;
        assert_eq!(t.pick(Some(0), 0), Some(Pick { id: 0, start: 2_000_000 }));
        // ... a whole interval: it gets the GIL.
        t.free_at[0] = 6_000_000;
        t.all[0].ready_at = 6_000_000;
        assert_eq!(t.pick(Some(0), 0), Some(Pick { id: 1, start: 6_000_000 }));
    }

    #[test]
    fn processes_behind_in_time_run_first() {
        let mut t = table(&[0, 1, 2]);
        t.free_at = vec![9, 7, 3];
        t.all[0].state = State::Waiting { wait: Wait::new(Some(5), None, "join", false), seq: 1 };
        assert_eq!(t.pick(None, 0), Some(Pick { id: 2, start: 3 }));
    }

    #[test]
    fn timeouts_due_before_the_earliest_start_wake_their_threads() {
        let mut t = table(&[0, 0]);
        t.free_at[0] = 10_000_000;
        t.all[0].ready_at = 10_000_000;
        t.all[1].state = State::Waiting { wait: Wait::new(None, Some(4_000_000), "time.sleep(0.004)", true), seq: 1 };
        // Woken at 4 ms, it has waited 6 ms for the GIL at 10 ms.
        assert_eq!(t.pick(Some(0), 0), Some(Pick { id: 1, start: 10_000_000 }));
        assert!(matches!(t.all[1].resume, Some(Value::Bool(false))));
    }

    #[test]
    fn nothing_runnable_and_no_timeout_is_a_deadlock() {
        let mut t = table(&[0]);
        t.all[0].state = State::Waiting { wait: Wait::new(Some(3), None, "Lock.acquire()", false), seq: 1 };
        assert_eq!(t.pick(None, 0), None);
    }

    #[test]
    fn slices_end_when_a_waiting_thread_has_waited_an_interval() {
        let mut t = table(&[0, 0]);
        t.all[1].ready_at = 1_000_000;
        assert_eq!(t.slice_ns(0, 3_000_000), 3_000_000);
        assert_eq!(t.slice_ns(0, 9_000_000), 1);
    }
}
