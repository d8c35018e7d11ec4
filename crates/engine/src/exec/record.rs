//! The recorder: the only writer of trace lanes, spans and events. Each
//! lane has at most one open span; changing a lane's state closes it and
//! opens the next, so spans cover each lane's whole life.

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
    trace: Trace,
    open: Vec<Option<Open>>,
    seq: u64,
    /// How much of `trace` a [`Recorder::sync_into`] target already holds.
    synced: Synced,
}

/// What a sync target already holds: it is updated incrementally, so
/// keeping a growing trace in step costs what changed, not its size (a
/// full clone per slice made 100k tasks quadratic).
#[derive(Default)]
struct Synced {
    lanes: usize,
    spans: usize,
    events: usize,
    /// Open spans appended (closed at the sync's `now`) after the closed ones.
    open_tail: usize,
    /// Lanes renamed since the last sync.
    renamed: Vec<LaneId>,
}

impl Default for Recorder {
    fn default() -> Self {
        Self::new()
    }
}

impl Recorder {
    /// A recorder with the main lane, running from time 0.
    pub fn new() -> Self {
        let mut r = Self { trace: Trace::default(), open: Vec::new(), seq: 0, synced: Synced::default() };
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
    pub fn add_lane(&mut self, kind: LaneKind, name: &str, coro: &str, parent: Option<LaneId>, now: Nanos, line: u32) -> LaneId {
        let id = LaneId(self.trace.lanes.len() as u32);
        self.trace.lanes.push(Lane { id, kind, name: name.to_owned(), coro: coro.to_owned(), parent, created: now, line });
        self.open.push(None);
        let seq = self.next_seq();
        self.trace.events.push(Event { lane: id, kind: EventKind::Created, time: now, seq });
        id
    }

    /// Renames a lane (`task.set_name`).
    pub fn rename(&mut self, lane: LaneId, name: &str) {
        if let Some(l) = self.trace.lanes.get_mut(lane.0 as usize) {
            l.name = name.to_owned();
            self.synced.renamed.push(lane);
        }
    }

    /// Number of lanes.
    pub fn lane_count(&self) -> usize {
        self.trace.lanes.len()
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

    /// A snapshot of the trace, open spans closed at `now`.
    pub fn snapshot(&self, now: Nanos) -> Trace {
        let mut t = self.trace.clone();
        self.push_open(&mut t, now);
        t.end = now;
        t
    }

    /// Brings `out` (which holds only what earlier syncs put there) up to
    /// date: the same as [`Recorder::snapshot`] but incremental. `out.output`
    /// is left alone.
    pub fn sync_into(&mut self, out: &mut Trace, now: Nanos) {
        let s = &mut self.synced;
        out.spans.truncate(out.spans.len() - s.open_tail);
        out.lanes.extend_from_slice(&self.trace.lanes[s.lanes..]);
        out.spans.extend_from_slice(&self.trace.spans[s.spans..]);
        out.events.extend_from_slice(&self.trace.events[s.events..]);
        for lane in s.renamed.drain(..) {
            let i = lane.0 as usize;
            out.lanes[i].name.clone_from(&self.trace.lanes[i].name);
        }
        s.lanes = self.trace.lanes.len();
        s.spans = self.trace.spans.len();
        s.events = self.trace.events.len();
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
    fn incremental_sync_equals_a_snapshot() {
        let mut rec = Recorder::new();
        let mut out = Trace::default();
        let a = rec.add_lane(LaneKind::Task, "Task-2", "work", Some(LaneId(0)), 0, 3);
        rec.set_state(a, SpanState::Ready, 0, 3);
        rec.sync_into(&mut out, 5);
        assert_eq!(out, rec.snapshot(5));
        rec.set_state(a, SpanState::Waiting("sleep 1".into()), 7, 4);
        rec.rename(a, "worker");
        rec.event(a, EventKind::Cancelled, 8);
        rec.sync_into(&mut out, 9);
        assert_eq!(out, rec.snapshot(9));
        rec.sync_into(&mut out, 9);
        assert_eq!(out, rec.snapshot(9));
    }
}
