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
}

impl Default for Recorder {
    fn default() -> Self {
        Self::new()
    }
}

impl Recorder {
    /// A recorder with the main lane, running from time 0.
    pub fn new() -> Self {
        let mut r = Self { trace: Trace::default(), open: Vec::new(), seq: 0 };
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
        }
    }

    /// Number of lanes.
    pub fn lane_count(&self) -> usize {
        self.trace.lanes.len()
    }

    /// Ends the lane's open span at `now` and opens one in `state`.
    pub fn set_state(&mut self, lane: LaneId, state: SpanState, now: Nanos, line: u32) {
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
        t.end = now;
        t
    }
}
