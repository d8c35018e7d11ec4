//! Small hand-made traces for the layout tests, shaped like the recorder's
//! (spans in the order they ended, the open ones appended by the snapshot).

use crate::{Lane, LaneId, LaneKind, OutputEvent, Span, SpanState, Stream, Trace};

const S: u64 = 1_000_000_000;

fn lane(id: u32, kind: LaneKind, name: &str, coro: &str, line: u32) -> Lane {
    Lane { id: LaneId(id), kind, name: name.into(), coro: coro.into(), parent: (id > 0).then_some(LaneId(0)), created: 0, line }
}

fn span(lane: u32, state: SpanState, (start, end): (u64, u64), (start_seq, end_seq): (u64, u64), line: u32) -> Span {
    Span { lane: LaneId(lane), state, start, end, start_seq, end_seq, line }
}

/// The loop, `main` waiting on a worker that prints, sleeps 1 s and fails.
pub fn two_workers() -> Trace {
    use SpanState::*;
    let spans = vec![
        span(0, Running, (0, 0), (1, 2), 0),
        span(1, Ready, (0, 0), (3, 4), 12),
        span(1, Running, (0, 0), (4, 6), 12),
        span(2, Ready, (0, 0), (5, 7), 9),
        span(2, Running, (0, 0), (7, 9), 3),
        span(2, Waiting("sleep(1.0)".into()), (0, S), (9, 10), 4),
        span(0, Waiting("event loop idle: next timer".into()), (0, S), (2, 10), 0),
        span(2, Running, (S, S), (10, 11), 4),
        // The snapshot's open spans.
        span(0, Running, (S, S), (10, 12), 0),
        span(1, Waiting("Task-2".into()), (0, S), (6, 12), 10),
        span(2, Done("raised ValueError".into()), (S, S), (11, 12), 5),
    ];
    let out = |text: &str, time, lane, line, seq| OutputEvent { stream: Stream::Stdout, text: text.into(), time, lane: LaneId(lane), line, seq };
    Trace {
        output: vec![out("start\n", 0, 2, 3, 8), out("end\n", S, 2, 5, 11)],
        lanes: vec![
            lane(0, LaneKind::Main, "MainThread", "<module>", 0),
            lane(1, LaneKind::Task, "Task-1", "main", 12),
            lane(2, LaneKind::Task, "Task-2", "worker", 9),
        ],
        spans,
        events: Vec::new(),
        end: S,
    }
}
