//! An ASCII Gantt chart of a trace, for the CLI's `--gantt`: one row per
//! lane, time left to right. Each column shows the state its lane spent
//! most of that column's time in — `#` running, `~` waiting, `=` blocked,
//! `.` ready — except that a column where the lane ran for part of the
//! time but not most shows `+` (threads taking turns at the GIL), and one
//! where it ran only for instants (zero-width running under the ideal
//! clock) shows `|`: when a lane ran matters more than how it waited.

use crate::{fmt_seconds, SpanState, Trace};

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

/// Renders `trace` at most `width` characters wide.
pub fn render(trace: &Trace, width: usize) -> String {
    let width = width.max(20);
    let name_w = trace.lanes.iter().map(|l| l.name.chars().count()).max().unwrap_or(4).min(24);
    let cols = width.saturating_sub(name_w + 3).max(10);
    let end = trace.end.max(1) as u128;
    // Column c covers [c*end/cols, (c+1)*end/cols).
    let edge = |c: usize| (c as u128 * end / cols as u128) as u64;
    let col_of = |t: u64| ((t as u128 * cols as u128 / end) as usize).min(cols - 1);
    let mut out = format!("{:name_w$} | 0s{:>pad$}\n", "lane", format!("{}s", fmt_seconds(trace.end)), pad = cols - 2);
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
