//! An ASCII Gantt chart of a trace, for the CLI's `--gantt`: one row per
//! lane, time left to right. Each column shows the state its lane spent
//! most of that column's time in — `#` running, `~` waiting, `=` blocked,
//! `.` ready — except that a column where the lane ran for part of the
//! time but not most shows `+` (threads taking turns at the GIL), and one
//! where it ran only for instants (zero-width running under the ideal
//! clock) shows `|`: when a lane ran matters more than how it waited.

use crate::{fmt_seconds, EventKind, LaneKind, SpanState, Stream, Trace};

/// Time spent per state within one column.
#[derive(Clone, Copy, Default)]
struct Cell {
    running: u64,
    ready: u64,
    waiting: u64,
    blocked: u64,
    instant: bool,
}

impl Cell {
    fn glyph(&self) -> char {
        let most = self.running.max(self.ready).max(self.waiting).max(self.blocked);
        if most == 0 && !self.instant {
            ' '
        } else if self.running == most && most > 0 {
            '#'
        } else if self.running > 0 {
            '+'
        } else if self.instant {
            '|'
        } else if self.blocked == most {
            '='
        } else if self.waiting == most {
            '~'
        } else {
            '.'
        }
    }
}

/// The time at the right end of the axis: seconds to the millisecond, or
/// microseconds for runs shorter than a millisecond (a CPU-bound run on the
/// cost model), so a short run's axis never reads `0s`.
fn axis_end(ns: u64) -> String {
    if ns > 0 && ns < 1_000_000 {
        format!("{}µs", (ns as f64 / 1000.0 * 10.0).round() / 10.0)
    } else {
        format!("{}s", fmt_seconds(ns))
    }
}

/// Renders `trace` at most `width` characters wide.
pub fn render(trace: &Trace, width: usize) -> String {
    let width = width.max(20);
    let name_w = trace.lanes.iter().map(|l| l.name.chars().count()).max().unwrap_or(4).min(24);
    let cols = width.saturating_sub(name_w + 3).max(10);
    let end = trace.end.max(1) as u128;
    // Column c covers [c*end/cols, (c+1)*end/cols).
    let edge = |c: usize| (c as u128 * end / cols as u128) as u64;
    let col_of = |t: u64| ((t as u128 * cols as u128 / end) as usize).min(cols - 1);
    let mut out = format!("{:name_w$} | 0s{:>pad$}\n", "lane", axis_end(trace.end), pad = cols - 2);
    let mut rows = vec![vec![Cell::default(); cols]; trace.lanes.len()];
    for span in &trace.spans {
        let Some(row) = rows.get_mut(span.lane.0 as usize) else { continue };
        if span.end <= span.start {
            if span.state == SpanState::Running {
                row[col_of(span.start)].instant = true;
            }
            continue;
        }
        for (c, cell) in row.iter_mut().enumerate().take(col_of(span.end - 1) + 1).skip(col_of(span.start)) {
            let overlap = span.end.min(edge(c + 1)).saturating_sub(span.start.max(edge(c)));
            match span.state {
                SpanState::Running => cell.running += overlap,
                SpanState::Ready => cell.ready += overlap,
                SpanState::Waiting(_) => cell.waiting += overlap,
                SpanState::Blocked(_) => cell.blocked += overlap,
                SpanState::Done(_) => {}
            }
        }
    }
    for (lane, row) in trace.lanes.iter().zip(&rows) {
        let name: String = lane.name.chars().take(name_w).collect();
        let line: String = row.iter().map(Cell::glyph).collect();
        out.push_str(&format!("{name:name_w$} | {}\n", line.trim_end()));
    }
    out.push_str(&format!("{:name_w$}   # running  + running part of the time  | instant  ~ waiting  = blocked  . ready\n", ""));
    out
}

/// The whole trace as text, one record a line — lanes with their spans,
/// then lifecycle events, then output — for golden tests and for reading a
/// trace by eye: every field the frontends draw, nothing rounded but time
/// (shown in seconds, to the nanosecond).
pub fn listing(trace: &Trace) -> String {
    let secs = |ns: u64| {
        let text = format!("{}.{:09}", ns / 1_000_000_000, ns % 1_000_000_000);
        let text = text.trim_end_matches('0').trim_end_matches('.').to_owned();
        format!("{text}s")
    };
    let name_of = |id: crate::LaneId| trace.lanes.get(id.0 as usize).map_or("?", |l| l.name.as_str());
    let mut out = String::new();
    for lane in &trace.lanes {
        let kind = match lane.kind {
            LaneKind::Main => "main",
            LaneKind::Task => "task",
            LaneKind::Thread => "thread",
            LaneKind::Process => "process",
        };
        let parent = lane.parent.map_or(String::new(), |p| format!(" parent={}", name_of(p)));
        out.push_str(&format!("lane {} {kind} {:?} coro={}{parent} created={} line={}\n", lane.id.0, lane.name, lane.coro, secs(lane.created), lane.line));
        let mut spans: Vec<_> = trace.spans_of(lane.id).collect();
        spans.sort_by_key(|s| (s.start_seq, s.start));
        for s in spans {
            let detail = match &s.state {
                SpanState::Waiting(w) | SpanState::Blocked(w) | SpanState::Done(w) => format!(" {w}"),
                _ => String::new(),
            };
            out.push_str(&format!("  {}..{} #{}..#{} {}{detail} (line {})\n", secs(s.start), secs(s.end), s.start_seq, s.end_seq, s.state.label(), s.line));
        }
    }
    out.push_str("events\n");
    for e in &trace.events {
        let what = match &e.kind {
            EventKind::Created => "created".to_owned(),
            EventKind::Cancelled => "cancel requested".to_owned(),
            EventKind::Finished => "finished".to_owned(),
            EventKind::Warning(w) => format!("warning {w:?}"),
            EventKind::Uncaught(w) => format!("uncaught {w:?}"),
            EventKind::Notice(w) => format!("notice {w:?}"),
        };
        out.push_str(&format!("  {} #{} {} {what}\n", secs(e.time), e.seq, name_of(e.lane)));
    }
    out.push_str("output\n");
    for o in &trace.output {
        let stream = if o.stream == Stream::Stdout { "stdout" } else { "stderr" };
        out.push_str(&format!("  {} #{} {} line {} {stream} {:?}\n", secs(o.time), o.seq, name_of(o.lane), o.line, o.text));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{Lane, LaneId, LaneKind, Span, SpanState, Trace};

    fn lane(id: u32, name: &str) -> Lane {
        Lane { id: LaneId(id), kind: LaneKind::Task, name: name.into(), coro: "f".into(), parent: None, created: 0, line: 0 }
    }

    fn span(lane: u32, state: SpanState, start: u64, end: u64) -> Span {
        Span { lane: LaneId(lane), state, start, end, start_seq: 0, end_seq: 0, line: 0 }
    }

    #[test]
    fn columns_show_the_dominant_state_and_instants() {
        let trace = Trace {
            lanes: vec![lane(0, "a"), lane(1, "b")],
            spans: vec![
                span(0, SpanState::Running, 0, 0),
                span(0, SpanState::Waiting("sleep 1".into()), 0, 50),
                span(0, SpanState::Running, 50, 50),
                span(0, SpanState::Blocked("time.sleep(0.5)".into()), 50, 100),
                span(1, SpanState::Ready, 0, 10),
                span(1, SpanState::Running, 10, 100),
            ],
            end: 100,
            ..Trace::default()
        };
        let text = super::render(&trace, 23);
        let rows: Vec<&str> = text.lines().collect();
        assert_eq!(rows[1], "a | |~~~~~~~~|=========");
        assert_eq!(rows[2], "b | ..#################");
    }
}
