//! The words of the chart: tooltips, screen-reader labels and lane titles.
//! A tooltip names the task, its coroutine, the state (and what it waited
//! on), when it began and ended in time and in steps, and the source line;
//! the same facts make each span's accessible label, so what a sighted user
//! hovers a screen-reader user hears.

use super::Look;
use crate::{Lane, LaneId, LaneKind, SpanState, Trace};

/// One line of a tooltip: a label and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detail {
    /// What the value is (`Task`, `State`, ...).
    pub label: &'static str,
    /// The value.
    pub value: String,
}

/// A virtual instant or duration, exact, in the largest unit under it
/// (`0 s`, `750 ns`, `1.5 µs`, `250 ms`, `1.25 s`).
///
/// ```
/// # use coroscope_trace::layout::fmt_instant;
/// assert_eq!(fmt_instant(250_000_000), "250 ms");
/// assert_eq!(fmt_instant(1_250_000_000), "1.25 s");
/// ```
pub fn fmt_instant(ns: u64) -> String {
    let (unit, name) = match ns {
        0 => return "0 s".into(),
        n if n < 1_000 => return format!("{n} ns"),
        n if n < 1_000_000 => (1_000, "µs"),
        n if n < 1_000_000_000 => (1_000_000, "ms"),
        _ => (1_000_000_000, "s"),
    };
    let (whole, frac) = (ns / unit, ns % unit);
    if frac == 0 {
        return format!("{whole} {name}");
    }
    let digits = unit.ilog10() as usize;
    let frac = format!("{frac:0digits$}");
    format!("{whole}.{} {name}", frac.trim_end_matches('0'))
}

/// What a lane is, for its row header: `Task-2 · worker`, `MainThread ·
/// event loop`.
pub fn lane_title(lane: &Lane) -> String {
    match lane.kind {
        LaneKind::Main => format!("{} · event loop", lane.name),
        _ => format!("{} · {}", lane.name, lane.coro),
    }
}

/// The state in words: `waiting on sleep(1.0)`, `failed: raised KeyError`.
pub fn look_text(state: &SpanState) -> String {
    match (Look::of(state), state) {
        (_, SpanState::Waiting(what)) if !what.is_empty() => format!("waiting on {what}"),
        (_, SpanState::Blocked(what)) if !what.is_empty() => format!("blocked in {what}"),
        (Look::Failed, SpanState::Done(how)) => format!("failed: {how}"),
        (Look::Done, SpanState::Done(how)) if !how.is_empty() => format!("done: {how}"),
        (look, _) => look.class().to_owned(),
    }
}

fn kind_label(kind: LaneKind) -> &'static str {
    match kind {
        LaneKind::Main => "Thread",
        LaneKind::Task => "Task",
        LaneKind::Thread => "Thread",
        LaneKind::Process => "Process",
    }
}

/// The tooltip of span `span` (index into `Trace::spans`).
pub fn describe_span(trace: &Trace, span: u32) -> Vec<Detail> {
    let Some(s) = trace.spans.get(span as usize) else { return Vec::new() };
    let lane = trace.lanes.get(s.lane.0 as usize);
    let detail = |label, value: String| Detail { label, value };
    let mut out = Vec::new();
    if let Some(lane) = lane {
        out.push(detail(kind_label(lane.kind), lane.name.clone()));
        out.push(detail(if lane.kind == LaneKind::Task { "Coroutine" } else { "Runs" }, lane.coro.to_string()));
    }
    out.push(detail("State", look_text(&s.state)));
    let took = if s.end > s.start { format!(" ({})", fmt_instant(s.end - s.start)) } else { String::new() };
    out.push(detail("Time", format!("{} – {}{took}", fmt_instant(s.start), fmt_instant(s.end))));
    out.push(detail("Steps", format!("{} – {}", s.start_seq, s.end_seq)));
    match &s.state {
        SpanState::Waiting(what) if !what.is_empty() => out.push(detail("Awaiting", what.clone())),
        SpanState::Blocked(what) if !what.is_empty() => out.push(detail("Blocked in", what.clone())),
        _ => {}
    }
    out.push(detail("Line", if s.line > 0 { s.line.to_string() } else { "—".into() }));
    out
}

/// The tooltip of a lane's name: what it is, what it runs, who created it,
/// when and where.
pub fn describe_lane(trace: &Trace, lane: LaneId) -> Vec<Detail> {
    let Some(l) = trace.lanes.get(lane.0 as usize) else { return Vec::new() };
    let detail = |label, value: String| Detail { label, value };
    let mut out = vec![detail(kind_label(l.kind), l.name.clone())];
    out.push(detail(if l.kind == LaneKind::Task { "Coroutine" } else { "Runs" }, l.coro.to_string()));
    if let Some(parent) = l.parent.and_then(|p| trace.lanes.get(p.0 as usize)) {
        out.push(detail("Created by", parent.name.clone()));
    }
    out.push(detail("Created", fmt_instant(l.created)));
    if l.line > 0 {
        out.push(detail("Line", l.line.to_string()));
    }
    out
}

/// The one-line accessible label of a drawn rectangle standing for `count`
/// spans, led by span `span`.
pub fn span_label(trace: &Trace, span: u32, count: u32) -> String {
    let Some(s) = trace.spans.get(span as usize) else { return String::new() };
    let name = trace.lanes.get(s.lane.0 as usize).map_or("?", |l| l.name.as_str());
    let line = if s.line > 0 { format!(", line {}", s.line) } else { String::new() };
    let more = if count > 1 { format!(" (and {} more spans here; zoom in)", count - 1) } else { String::new() };
    format!("{name}: {}, {} – {}{line}{more}", look_text(&s.state), fmt_instant(s.start), fmt_instant(s.end))
}

/// The label of a print marker standing for `count` writes, led by output
/// event `output`: `Task-2 printed "start" at 0 s, step 8, line 3`.
pub fn describe_output(trace: &Trace, output: u32, count: u32) -> String {
    let Some(o) = trace.output.get(output as usize) else { return String::new() };
    let name = trace.lanes.get(o.lane.0 as usize).map_or("?", |l| l.name.as_str());
    let text: String = o.text.trim_end_matches('\n').chars().take(60).collect();
    let line = if o.line > 0 { format!(", line {}", o.line) } else { String::new() };
    let more = if count > 1 { format!(" (and {} more writes here)", count - 1) } else { String::new() };
    format!("{name} printed \u{201c}{text}\u{201d} at {}, step {}{line}{more}", fmt_instant(o.time), o.seq)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::fixture;

    #[test]
    fn instants_are_exact_in_the_largest_unit() {
        assert_eq!(fmt_instant(0), "0 s");
        assert_eq!(fmt_instant(750), "750 ns");
        assert_eq!(fmt_instant(1_500), "1.5 µs");
        assert_eq!(fmt_instant(1_000_000), "1 ms");
        assert_eq!(fmt_instant(100_000_001), "100.000001 ms");
        assert_eq!(fmt_instant(3_000_000_000), "3 s");
        assert_eq!(fmt_instant(1_000_000_007), "1.000000007 s");
    }

    #[test]
    fn a_waiting_span_says_what_it_awaits() {
        let trace = fixture::two_workers();
        let sleep = trace.spans.iter().position(|s| s.state == SpanState::Waiting("sleep(1.0)".into())).unwrap() as u32;
        let details = describe_span(&trace, sleep);
        let pairs: Vec<_> = details.iter().map(|d| (d.label, d.value.as_str())).collect();
        assert_eq!(
            pairs,
            [
                ("Task", "Task-2"),
                ("Coroutine", "worker"),
                ("State", "waiting on sleep(1.0)"),
                ("Time", "0 s – 1 s (1 s)"),
                ("Steps", "9 – 10"),
                ("Awaiting", "sleep(1.0)"),
                ("Line", "4")
            ]
        );
        assert_eq!(span_label(&trace, sleep, 1), "Task-2: waiting on sleep(1.0), 0 s – 1 s, line 4");
        assert_eq!(span_label(&trace, sleep, 3), "Task-2: waiting on sleep(1.0), 0 s – 1 s, line 4 (and 2 more spans here; zoom in)");
        assert!(describe_span(&trace, 999).is_empty());
    }

    #[test]
    fn states_read_as_words() {
        assert_eq!(look_text(&SpanState::Running), "running");
        assert_eq!(look_text(&SpanState::Blocked("time.sleep(0.1)".into())), "blocked in time.sleep(0.1)");
        assert_eq!(look_text(&SpanState::Done("returned".into())), "done: returned");
        assert_eq!(look_text(&SpanState::Done("raised ValueError".into())), "failed: raised ValueError");
        assert_eq!(look_text(&SpanState::Done("cancelled".into())), "cancelled");
        assert_eq!(look_text(&SpanState::Waiting(String::new())), "waiting");
    }

    #[test]
    fn a_lane_says_who_created_it_and_where() {
        let trace = fixture::two_workers();
        let pairs: Vec<_> = describe_lane(&trace, LaneId(2)).into_iter().map(|d| (d.label, d.value)).collect();
        let expect = [("Task", "Task-2"), ("Coroutine", "worker"), ("Created by", "MainThread"), ("Created", "0 s"), ("Line", "9")];
        assert_eq!(pairs, expect.map(|(l, v)| (l, v.to_owned())));
        assert_eq!(describe_lane(&trace, LaneId(0)).len(), 3, "the main thread has no parent and no line");
        assert!(describe_lane(&trace, LaneId(9)).is_empty());
    }

    #[test]
    fn lanes_and_prints_are_named() {
        let trace = fixture::two_workers();
        assert_eq!(lane_title(&trace.lanes[0]), "MainThread · event loop");
        assert_eq!(lane_title(&trace.lanes[2]), "Task-2 · worker");
        assert_eq!(describe_output(&trace, 0, 1), "Task-2 printed \u{201c}start\u{201d} at 0 s, step 8, line 3");
        assert!(describe_output(&trace, 1, 2).ends_with("(and 1 more writes here)"));
        let main_running = describe_span(&trace, 0);
        assert_eq!(main_running[0].label, "Thread");
        assert_eq!(main_running.last().unwrap().value, "—");
    }
}
