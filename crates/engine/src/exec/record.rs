//! The recorder: the only writer of trace lanes, spans and events. Each
//! lane has at most one open span; changing a lane's state closes it and
//! opens the next, so spans cover each lane's whole life. Closed records
//! are held only until the next [`Recorder::sync_into`] moves them into the
//! run's public trace: one copy of a 100k-task trace, not two.

use std::sync::Arc;
use coroscope_trace::{Event, EventKind, Lane, LaneId, LaneKind, Nanos, Span, SpanState, Trace};

/// A span that has begun but not ended.
#[derive(Clone)]
struct Open {
    state: SpanState,
    start: Nanos,
    start_seq: u64,
    line: u32,
}

/// Builds the lanes, spans and events of a [`Trace`].
pub struct Recorder {
    /// Records not yet moved to the sync target (lanes from `synced.lanes` on).
    trace: Trace,
    open: Vec<Option<Open>>,
    seq: u64,
    synced: Synced,
    /// The coroutine names lanes have had, shared by their lanes.
    coro_names: std::collections::HashSet<Arc<str>>,
}

/// What the sync target already holds. It is updated incrementally, so
/// keeping a growing trace in step costs what changed, not its size (a
/// full clone per slice made 100k tasks quadratic).
#[derive(Default)]
struct Synced {
    /// Lanes moved to the target.
    lanes: usize,
    /// Open spans appended (closed at the sync's `now`) after the closed ones.
    open_tail: usize,
    /// Moved lanes renamed since the last sync.
    renamed: Vec<(LaneId, String)>,
}

impl Default for Recorder {
    fn default() -> Self {
        Self::new()
    }
}

impl Recorder {
    /// A recorder with the main lane, running from time 0.
    pub fn new() -> Self {
        let mut r = Self { trace: Trace::default(), open: Vec::new(), seq: 0, synced: Synced::default(), coro_names: Default::default() };
        r.add_lane(LaneKind::Main, "MainThread", "<module>", None, 0, 0);
        r.set_state(LaneId(0), SpanState::Running, 0, 0);
        r
    }

    /// The next global sequence number.
    pub fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// Adds a lane; it starts with no span until its first state.
    /// Lanes running one coroutine function share its name (10⁵ tasks of
    /// `worker` hold one string).
    pub fn add_lane(&mut self, kind: LaneKind, name: &str, coro: &str, parent: Option<LaneId>, now: Nanos, line: u32) -> LaneId {
        let id = LaneId(self.lane_count() as u32);
        let coro = match self.coro_names.get(coro) {
            Some(c) => c.clone(),
            None => {
                let c: Arc<str> = coro.into();
                self.coro_names.insert(c.clone());
                c
            }
        };
        self.trace.lanes.push(Lane { id, kind, name: name.to_owned(), coro, parent, created: now, line });
        self.open.push(None);
        let seq = self.next_seq();
        self.trace.events.push(Event { lane: id, kind: EventKind::Created, time: now, seq });
        id
    }

    /// Renames a lane (`task.set_name`).
    pub fn rename(&mut self, lane: LaneId, name: &str) {
        match (lane.0 as usize).checked_sub(self.synced.lanes) {
            Some(i) => {
                if let Some(l) = self.trace.lanes.get_mut(i) {
                    l.name = name.to_owned();
                }
            }
            None => self.synced.renamed.push((lane, name.to_owned())),
        }
    }

    /// Number of lanes.
    pub fn lane_count(&self) -> usize {
        self.synced.lanes + self.trace.lanes.len()
    }

    /// Ends the lane's open span at `now` and opens one in `state` (a lane
    /// already in `state` stays in its open span).
    pub fn set_state(&mut self, lane: LaneId, state: SpanState, now: Nanos, line: u32) {
        match self.open.get(lane.0 as usize) {
            Some(Some(o)) if o.state == state => return,
            None => return,
            _ => {}
        }
        let seq = self.next_seq();
        let Some(slot) = self.open.get_mut(lane.0 as usize) else { return };
        if let Some(o) = slot.take() {
            self.trace.spans.push(Span { lane, state: o.state, start: o.start, end: now, start_seq: o.start_seq, end_seq: seq, line: o.line });
        }
        *slot = Some(Open { state, start: now, start_seq: seq, line });
    }

    /// Records a lifecycle event or notice.
    pub fn event(&mut self, lane: LaneId, kind: EventKind, now: Nanos) {
        let seq = self.next_seq();
        self.trace.events.push(Event { lane, kind, time: now, seq });
    }

    /// Brings `out` (which holds only what earlier syncs put there) up to
    /// date: moves the records closed since, then appends every open span
    /// closed at `now`. `out.output` is left alone.
    pub fn sync_into(&mut self, out: &mut Trace, now: Nanos) {
        out.spans.truncate(out.spans.len() - self.synced.open_tail);
        self.synced.lanes += self.trace.lanes.len();
        out.lanes.append(&mut self.trace.lanes);
        out.spans.append(&mut self.trace.spans);
        out.events.append(&mut self.trace.events);
        for (lane, name) in self.synced.renamed.drain(..) {
            out.lanes[lane.0 as usize].name = name;
        }
        let before = out.spans.len();
        self.push_open(out, now);
        self.synced.open_tail = out.spans.len() - before;
        out.end = now;
    }

    /// Appends every open span, closed at `now`.
    fn push_open(&self, t: &mut Trace, now: Nanos) {
        for (i, o) in self.open.iter().enumerate() {
            if let Some(o) = o {
                t.spans.push(Span {
                    lane: LaneId(i as u32),
                    state: o.state.clone(),
                    start: o.start,
                    end: now,
                    start_seq: o.start_seq,
                    end_seq: self.seq,
                    line: o.line,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syncing_often_gives_what_syncing_once_gives() {
        fn script(rec: &mut Recorder, out: &mut Trace, sync: bool) {
            let a = rec.add_lane(LaneKind::Task, "Task-2", "work", Some(LaneId(0)), 0, 3);
            rec.set_state(a, SpanState::Ready, 0, 3);
            if sync {
                rec.sync_into(out, 5);
            }
            rec.set_state(a, SpanState::Waiting("sleep 1".into()), 7, 4);
            rec.rename(a, "worker");
            rec.event(a, EventKind::Cancelled, 8);
            if sync {
                rec.sync_into(out, 8);
            }
            let b = rec.add_lane(LaneKind::Task, "Task-3", "work", Some(a), 9, 5);
            rec.rename(b, "helper");
            rec.set_state(a, SpanState::Done("cancelled".into()), 9, 4);
        }
        let (mut often, mut once) = (Recorder::new(), Recorder::new());
        let (mut a, mut b) = (Trace::default(), Trace::default());
        script(&mut often, &mut a, true);
        script(&mut once, &mut b, false);
        often.sync_into(&mut a, 10);
        once.sync_into(&mut b, 10);
        a.spans.sort_by_key(|s| s.start_seq);
        b.spans.sort_by_key(|s| s.start_seq);
        assert_eq!(a, b);
        assert_eq!(a.lanes[1].name, "worker");
        assert_eq!(a.lanes[2].name, "helper");
        assert_eq!(a.spans.iter().filter(|s| s.lane == LaneId(1)).count(), 3);
    }
}
