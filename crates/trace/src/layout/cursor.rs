//! `Cursor`: the span that has keyboard focus in the chart. Arrow keys move
//! it — left/right along a lane's spans, up/down to the neighbouring lane,
//! landing on the span that was current at the same step, so moving down a
//! column of tasks stays at one moment of the run.

use super::LaneIndex;
use crate::{LaneId, Trace};

/// A span picked by lane and position among the lane's spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Cursor {
    /// The lane.
    pub lane: LaneId,
    /// The position in [`LaneIndex::spans`] of that lane.
    pub pos: usize,
}

impl Cursor {
    /// The span under the cursor (index into `Trace::spans`).
    pub fn span(&self, index: &LaneIndex) -> Option<u32> {
        index.spans(self.lane).get(self.pos).copied()
    }

    /// The previous span of the lane (stays at the first).
    pub fn left(self) -> Self {
        Self { pos: self.pos.saturating_sub(1), ..self }
    }

    /// The next span of the lane (stays at the last).
    pub fn right(self, index: &LaneIndex) -> Self {
        let last = index.spans(self.lane).len().saturating_sub(1);
        Self { pos: (self.pos + 1).min(last), ..self }
    }

    /// The first or last span of the lane.
    pub fn home_end(self, index: &LaneIndex, end: bool) -> Self {
        let pos = if end { index.spans(self.lane).len().saturating_sub(1) } else { 0 };
        Self { pos, ..self }
    }

    /// `rows` lanes down (negative: up), clamped to the trace, on the span
    /// current at the step where this one started.
    pub fn vertical(self, rows: i64, trace: &Trace, index: &LaneIndex) -> Self {
        let last = index.lanes().saturating_sub(1) as i64;
        let lane = LaneId((i64::from(self.lane.0) + rows).clamp(0, last.max(0)) as u32);
        let seq = self.span(index).map_or(0, |i| trace.spans[i as usize].start_seq);
        let pos = index.span_at_seq(trace, lane, seq).unwrap_or(0);
        Self { lane, pos }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::fixture;

    #[test]
    fn left_and_right_walk_a_lane_and_stop_at_its_ends() {
        let trace = fixture::two_workers();
        let index = LaneIndex::new(&trace);
        let at = Cursor { lane: LaneId(2), pos: 0 };
        assert_eq!(at.left().pos, 0);
        assert_eq!(at.right(&index).right(&index).pos, 2);
        assert_eq!(at.home_end(&index, true).pos, 4);
        assert_eq!(at.home_end(&index, true).right(&index).pos, 4);
        assert_eq!(at.home_end(&index, true).home_end(&index, false).pos, 0);
        assert_eq!(trace.spans[at.right(&index).span(&index).unwrap() as usize].start_seq, 7);
    }

    #[test]
    fn up_and_down_land_on_the_span_current_at_the_same_step() {
        let trace = fixture::two_workers();
        let index = LaneIndex::new(&trace);
        // Task-2's sleep starts at step 9; Task-1 was waiting (from step 6).
        let sleep = Cursor { lane: LaneId(2), pos: 2 };
        let up = sleep.vertical(-1, &trace, &index);
        assert_eq!(up, Cursor { lane: LaneId(1), pos: 2 });
        // The loop lane at step 6 was waiting for the next timer (from 2).
        assert_eq!(up.vertical(-1, &trace, &index), Cursor { lane: LaneId(0), pos: 1 });
        assert_eq!(sleep.vertical(5, &trace, &index).lane, LaneId(2), "clamped at the last lane");
        assert_eq!(sleep.vertical(-9, &trace, &index).lane, LaneId(0));
        // Task-2 did not exist yet at step 1: its first span.
        let start = Cursor { lane: LaneId(0), pos: 0 };
        assert_eq!(start.vertical(2, &trace, &index), Cursor { lane: LaneId(2), pos: 0 });
    }
}
