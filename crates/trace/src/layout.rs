//! Gantt layout: everything the web chart computes about a [`Trace`] that
//! is not drawing — which lanes are on screen, where each span's rectangle
//! goes in either axis, which ticks the axis gets, what a tooltip says. Plain
//! functions over plain data, so they are tested natively and the Leptos
//! view only turns their results into elements (the split leptos-chartistry
//! makes between `projection.rs`/`ticks/` and its components).
//!
//! # Model
//! - An [`Axis`] maps a span to a pair of numbers: virtual nanoseconds, or
//!   global step numbers (`seq`), which separate interleavings that happen
//!   at the same instant.
//! - A [`Viewport`] is the visible window of that axis over a width in
//!   pixels; zoom and pan are its methods.
//! - [`LaneIndex`] groups a trace's spans and output by lane once per
//!   snapshot (the trace keeps spans in the order they *ended*), so drawing a
//!   lane costs a binary search, not a scan of the whole run.
//! - [`rows`] draws only what is on screen: the lanes in the scrolled window
//!   and, in each, the spans in the viewport, narrow neighbours folded into
//!   one rectangle per pixel. That keeps 100,000 tasks drawable.
//!
//! # Layout
//! - `index` — spans and output grouped by lane.
//! - `viewport` — the visible window, zoom, pan, fit.
//! - `ticks` — "nice" axis ticks (1/2/5 × 10^k) and their labels.
//! - `rows` — visible lane window, span rectangles, print markers.
//! - `cursor` — keyboard navigation between spans and lanes.
//! - `describe` — tooltip and screen-reader text.
//! - `sample` — synthetic traces for benchmarks.

mod cursor;
mod describe;
mod index;
mod rows;
pub mod sample;
mod ticks;
mod viewport;

pub use cursor::Cursor;
pub use describe::{describe_lane, describe_output, describe_span, fmt_instant, lane_title, look_text, span_label, Detail};
pub use index::LaneIndex;
pub use rows::{lane_markers, lane_rects, popup_at, scroll_to_show, visible_rows, Marker, Rect};
pub use ticks::{fmt_duration, nice_step, ticks, Tick};
pub use viewport::Viewport;

use crate::{OutputEvent, Span, SpanState, Trace};

/// What the horizontal axis measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Axis {
    /// Virtual time in nanoseconds.
    Time,
    /// Global step order (`seq`): every scheduling decision one unit.
    Steps,
}

impl Axis {
    /// Where a span begins and ends on this axis.
    pub fn span_range(self, span: &Span) -> (f64, f64) {
        match self {
            Axis::Time => (span.start as f64, span.end as f64),
            Axis::Steps => (span.start_seq as f64, span.end_seq as f64),
        }
    }

    /// Where an output event sits on this axis.
    pub fn output_at(self, event: &OutputEvent) -> f64 {
        match self {
            Axis::Time => event.time as f64,
            Axis::Steps => event.seq as f64,
        }
    }

    /// The end of the axis for `trace` (never 0, so scales stay finite).
    pub fn domain_end(self, trace: &Trace, index: &LaneIndex) -> f64 {
        let end = match self {
            Axis::Time => trace.end,
            Axis::Steps => index.last_seq(),
        };
        end.max(1) as f64
    }

    /// The smallest window one may zoom into: 10 ns, or 4 steps.
    pub fn min_span(self) -> f64 {
        match self {
            Axis::Time => 10.0,
            Axis::Steps => 4.0,
        }
    }

    /// The axis a trace opens with: time, unless everything happened at
    /// time 0 (the ideal clock), where only step order separates anything.
    pub fn default_for(trace: &Trace) -> Axis {
        if trace.end == 0 { Axis::Steps } else { Axis::Time }
    }
}

/// How a span is drawn: its state, with `done` split by how it ended.
/// The order ranks what a folded rectangle shows when several spans share
/// a pixel: how a task ended (failed, cancelled) first — it happens once,
/// often as an instant at the very end —, then running, blocked, ready,
/// waiting, done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Look {
    /// Finished normally (`returned`, a thread's `finished`).
    Done,
    /// Waiting at an `await`.
    Waiting,
    /// Runnable, queued for the loop.
    Ready,
    /// Blocked in `time.sleep`/`input()`, holding its thread.
    Blocked,
    /// Executing bytecode.
    Running,
    /// Finished by cancellation.
    Cancelled,
    /// Finished by an exception (`raised …`).
    Failed,
}

impl Look {
    /// The look of a span state. `Done` details come from the engine's
    /// `Task._finish` (`returned`, `cancelled`, `raised ValueError`).
    pub fn of(state: &SpanState) -> Look {
        match state {
            SpanState::Running => Look::Running,
            SpanState::Ready => Look::Ready,
            SpanState::Waiting(_) => Look::Waiting,
            SpanState::Blocked(_) => Look::Blocked,
            SpanState::Done(how) if how.starts_with("cancel") => Look::Cancelled,
            SpanState::Done(how) if how.starts_with("raised") || how.starts_with("exception") => Look::Failed,
            SpanState::Done(_) => Look::Done,
        }
    }

    /// The CSS class suffix (`running`, `failed`, ...).
    pub fn class(self) -> &'static str {
        match self {
            Look::Running => "running",
            Look::Ready => "ready",
            Look::Waiting => "waiting",
            Look::Blocked => "blocked",
            Look::Done => "done",
            Look::Failed => "failed",
            Look::Cancelled => "cancelled",
        }
    }

    /// Every look, for legends.
    pub const ALL: [Look; 7] =
        [Look::Running, Look::Ready, Look::Waiting, Look::Blocked, Look::Done, Look::Failed, Look::Cancelled];
}

#[cfg(test)]
pub(crate) mod fixture;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn done_spans_split_by_how_the_task_ended() {
        assert_eq!(Look::of(&SpanState::Done("returned".into())), Look::Done);
        assert_eq!(Look::of(&SpanState::Done("finished".into())), Look::Done);
        assert_eq!(Look::of(&SpanState::Done("cancelled".into())), Look::Cancelled);
        assert_eq!(Look::of(&SpanState::Done("raised ValueError".into())), Look::Failed);
        assert_eq!(Look::of(&SpanState::Waiting("sleep(1)".into())), Look::Waiting);
    }

    #[test]
    fn endings_then_running_outrank_the_rest_when_spans_fold_together() {
        assert!(Look::ALL.iter().all(|&look| look <= Look::Failed));
        assert!(Look::Cancelled > Look::Running && Look::Running > Look::Blocked);
        assert!(Look::Blocked > Look::Waiting && Look::Waiting > Look::Done);
    }

    #[test]
    fn an_all_at_zero_trace_opens_in_step_order() {
        let mut trace = fixture::two_workers();
        assert_eq!(Axis::default_for(&trace), Axis::Time);
        trace.end = 0;
        assert_eq!(Axis::default_for(&trace), Axis::Steps);
    }

    #[test]
    fn the_step_domain_ends_at_the_last_sequence_number() {
        let trace = fixture::two_workers();
        let index = LaneIndex::new(&trace);
        assert_eq!(Axis::Steps.domain_end(&trace, &index), 12.0);
        assert_eq!(Axis::Time.domain_end(&trace, &index), 1_000_000_000.0);
        let empty = Trace::default();
        assert_eq!(Axis::Time.domain_end(&empty, &LaneIndex::new(&empty)), 1.0);
    }
}
