//! Synthetic traces shaped like the recorder's, for benchmarks and the
//! browser tests' 100,000-task case: there the chart is what is measured,
//! and building the trace directly takes milliseconds where running the
//! script on the engine in the page takes most of a minute.

use crate::{Lane, LaneId, LaneKind, OutputEvent, Span, SpanState, Stream, Trace};

const S: u64 = 1_000_000_000;

fn span(lane: u32, state: SpanState, (start, end): (u64, u64), (start_seq, end_seq): (u64, u64), line: u32) -> Span {
    Span { lane: LaneId(lane), state, start, end, start_seq, end_seq, line }
}

fn lane(id: u32, kind: LaneKind, name: &str, coro: &str) -> Lane {
    Lane { id: LaneId(id), kind, name: name.into(), coro: coro.into(), parent: (id > 0).then_some(LaneId(0)), created: 0, line: 7 }
}

/// `n` tasks that each start at 0, print, sleep 1 s and return, as
/// `gather(*(sleeper() for _ in range(n)))` records them, plus the main
/// thread's lane.
///
/// ```
/// let trace = coroscope_trace::layout::sample::sleepers(3);
/// assert_eq!(trace.lanes.len(), 4);
/// assert_eq!(trace.spans.len(), 17);
/// ```
pub fn sleepers(n: u32) -> Trace {
    use SpanState::*;
    let mut trace = Trace { end: 2 * S, ..Trace::default() };
    trace.lanes.push(lane(0, LaneKind::Main, "MainThread", "<module>"));
    let mut seq = 1;
    let mut next = || {
        seq += 1;
        seq
    };
    let mut parked = Vec::new();
    for id in 1..=n {
        trace.lanes.push(lane(id, LaneKind::Task, &format!("Task-{id}"), "sleeper"));
        let (a, b, c) = (next(), next(), next());
        trace.spans.push(span(id, Ready, (0, 0), (a, b), 7));
        trace.spans.push(span(id, Running, (0, 0), (b, c), 3));
        trace.output.push(OutputEvent { stream: Stream::Stdout, text: format!("{id}\n"), time: 0, lane: LaneId(id), line: 3, seq: c });
        parked.push(c);
    }
    let last = 5 * u64::from(n) + 10;
    for (id, c) in (1..=n).zip(parked) {
        let (d, e) = (next(), next());
        trace.spans.push(span(id, Waiting("sleep(1)".into()), (0, S), (c, d), 4));
        trace.spans.push(span(id, Running, (S, S), (d, e), 4));
        trace.spans.push(span(id, Done("returned".into()), (S, 2 * S), (e, last - 2), 5));
    }
    trace.spans.push(span(0, Waiting("event loop idle: next timer".into()), (0, S), (1, last - 1), 0));
    trace.spans.push(span(0, Running, (S, 2 * S), (last - 1, last), 0));
    trace
}
