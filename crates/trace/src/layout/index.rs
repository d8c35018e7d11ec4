//! `LaneIndex`: a trace's spans and output grouped by lane, each group in
//! step order. The trace stores spans in the order they *ended* (and a
//! snapshot appends the still-open ones), so `Trace::spans_of` is a scan of
//! the whole run; a 100,000-task run has ~500,000 spans, and drawing the
//! visible lanes must not scan them once per lane. Built in O(n) by a
//! counting sort (compressed rows: offsets + one flat array), once per
//! snapshot.

use crate::{LaneId, OutputEvent, Span, Trace};

/// Spans and output of every lane, by lane, in step order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LaneIndex {
    /// `span_order[span_from[l]..span_from[l + 1]]`: lane `l`'s spans
    /// (indices into `Trace::spans`), by `start_seq`.
    span_from: Vec<u32>,
    span_order: Vec<u32>,
    /// The same for `Trace::output`, by `seq`.
    output_from: Vec<u32>,
    output_order: Vec<u32>,
    last_seq: u64,
}

/// Groups `keys` (a lane per item) into compressed rows over `lanes` lanes,
/// keeping each group in input order; keys past `lanes` are dropped.
fn group(lanes: usize, keys: impl Iterator<Item = LaneId> + Clone) -> (Vec<u32>, Vec<u32>) {
    let mut from = vec![0u32; lanes + 1];
    for lane in keys.clone() {
        let l = lane.0 as usize;
        if l < lanes {
            from[l + 1] += 1;
        }
    }
    for l in 0..lanes {
        from[l + 1] += from[l];
    }
    let mut fill = from.clone();
    let mut order = vec![0u32; from[lanes] as usize];
    for (i, lane) in keys.enumerate() {
        let l = lane.0 as usize;
        if l < lanes {
            order[fill[l] as usize] = i as u32;
            fill[l] += 1;
        }
    }
    (from, order)
}

impl LaneIndex {
    /// Indexes `trace`.
    pub fn new(trace: &Trace) -> Self {
        let lanes = trace.lanes.len();
        let (span_from, mut span_order) = group(lanes, trace.spans.iter().map(|s| s.lane));
        let (output_from, mut output_order) = group(lanes, trace.output.iter().map(|o| o.lane));
        // Each lane's spans end in the order they start (a lane has one open
        // span at a time), so the groups come out sorted; this only repairs
        // hand-built traces that list them otherwise.
        for l in 0..lanes {
            let spans = &mut span_order[span_from[l] as usize..span_from[l + 1] as usize];
            if !spans.is_sorted_by_key(|&i| trace.spans[i as usize].start_seq) {
                spans.sort_by_key(|&i| trace.spans[i as usize].start_seq);
            }
            let output = &mut output_order[output_from[l] as usize..output_from[l + 1] as usize];
            if !output.is_sorted_by_key(|&i| trace.output[i as usize].seq) {
                output.sort_by_key(|&i| trace.output[i as usize].seq);
            }
        }
        let last_seq = trace
            .spans
            .iter()
            .map(|s| s.end_seq)
            .chain(trace.output.iter().map(|o| o.seq))
            .chain(trace.events.iter().map(|e| e.seq))
            .max()
            .unwrap_or(0);
        Self { span_from, span_order, output_from, output_order, last_seq }
    }

    /// Number of lanes indexed.
    pub fn lanes(&self) -> usize {
        self.span_from.len().saturating_sub(1)
    }

    /// The largest sequence number in the trace.
    pub fn last_seq(&self) -> u64 {
        self.last_seq
    }

    /// Lane `lane`'s spans as indices into `Trace::spans`, in step order.
    pub fn spans(&self, lane: LaneId) -> &[u32] {
        slice(&self.span_from, &self.span_order, lane)
    }

    /// Lane `lane`'s output as indices into `Trace::output`, in step order.
    pub fn output(&self, lane: LaneId) -> &[u32] {
        slice(&self.output_from, &self.output_order, lane)
    }

    /// The position (in [`LaneIndex::spans`]) of the span of `lane` that
    /// was current at step `seq`: the last one started at or before it.
    pub fn span_at_seq(&self, trace: &Trace, lane: LaneId, seq: u64) -> Option<usize> {
        let spans = self.spans(lane);
        let after = spans.partition_point(|&i| trace.spans[i as usize].start_seq <= seq);
        after.checked_sub(1)
    }

    /// The span with `Trace::spans` index `span`, with its lane position.
    pub fn position_of(&self, trace: &Trace, span: u32) -> Option<usize> {
        let s: &Span = trace.spans.get(span as usize)?;
        self.spans(s.lane).iter().position(|&i| i == span)
    }

    /// The output event of `lane` written at step `seq`, if any.
    pub fn output_at_seq<'t>(&self, trace: &'t Trace, lane: LaneId, seq: u64) -> Option<&'t OutputEvent> {
        let output = self.output(lane);
        let at = output.partition_point(|&i| trace.output[i as usize].seq < seq);
        output.get(at).map(|&i| &trace.output[i as usize]).filter(|o| o.seq == seq)
    }
}

fn slice<'a>(from: &[u32], order: &'a [u32], lane: LaneId) -> &'a [u32] {
    let l = lane.0 as usize;
    match (from.get(l), from.get(l + 1)) {
        (Some(&a), Some(&b)) => &order[a as usize..b as usize],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::fixture;

    #[test]
    fn each_lane_gets_its_own_spans_in_step_order() {
        let trace = fixture::two_workers();
        let index = LaneIndex::new(&trace);
        assert_eq!(index.lanes(), 3);
        let starts = |l| index.spans(LaneId(l)).iter().map(|&i| trace.spans[i as usize].start_seq).collect::<Vec<_>>();
        assert_eq!(starts(0), [1, 2, 10]);
        assert_eq!(starts(1), [3, 4, 6]);
        assert_eq!(starts(2), [5, 7, 9, 10, 11]);
        assert_eq!(index.output(LaneId(2)).len(), 2);
        assert!(index.output(LaneId(0)).is_empty());
        assert!(index.spans(LaneId(7)).is_empty(), "an unknown lane has nothing");
        assert_eq!(index.last_seq(), 12);
    }

    #[test]
    fn spans_listed_out_of_order_are_sorted() {
        let mut trace = fixture::two_workers();
        trace.spans.reverse();
        let index = LaneIndex::new(&trace);
        let starts: Vec<_> = index.spans(LaneId(2)).iter().map(|&i| trace.spans[i as usize].start_seq).collect();
        assert_eq!(starts, [5, 7, 9, 10, 11]);
    }

    #[test]
    fn a_span_on_a_lane_the_trace_does_not_list_is_ignored() {
        let mut trace = fixture::two_workers();
        trace.spans[0].lane = LaneId(99);
        trace.output[0].lane = LaneId(3);
        let index = LaneIndex::new(&trace);
        assert_eq!(index.spans(LaneId(0)).len() + index.spans(LaneId(1)).len() + index.spans(LaneId(2)).len(), trace.spans.len() - 1);
        assert_eq!(index.output(LaneId(2)).len(), 1);
    }

    #[test]
    fn the_span_current_at_a_step_is_found() {
        let trace = fixture::two_workers();
        let index = LaneIndex::new(&trace);
        // The print at step 8 happened while Task-2 was running (steps 7-9).
        let at = index.span_at_seq(&trace, LaneId(2), 8).unwrap();
        let span = &trace.spans[index.spans(LaneId(2))[at] as usize];
        assert_eq!((span.start_seq, span.end_seq), (7, 9));
        assert_eq!(index.span_at_seq(&trace, LaneId(2), 1), None, "before the lane existed");
        assert_eq!(index.output_at_seq(&trace, LaneId(2), 11).unwrap().text, "end\n");
        assert!(index.output_at_seq(&trace, LaneId(2), 10).is_none());
        let idx = index.spans(LaneId(1))[2];
        assert_eq!(index.position_of(&trace, idx), Some(2));
    }

    #[test]
    fn a_hundred_thousand_tasks_index_in_one_pass() {
        let trace = crate::layout::sample::sleepers(100_000);
        let index = LaneIndex::new(&trace);
        assert_eq!(index.lanes(), 100_001);
        assert_eq!(index.spans(LaneId(100_000)).len(), 5);
        assert_eq!(index.output(LaneId(54_321)).len(), 1);
    }
}
