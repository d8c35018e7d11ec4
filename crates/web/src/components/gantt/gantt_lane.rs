//! `GanttLane`: one row of the chart — the lane's name, its span
//! rectangles and print markers inside the viewport, from
//! `layout::lane_rects`/`lane_markers`. Rows are drawn only while they are
//! in the scrolled window, so a row is built once per redraw and holds no
//! reactive state; events reach the chart by delegation (`data-*`).

use super::gantt_state::{Shown, MIN_SPAN_PX, ROW_H};
use crate::palette::lane_class;
use coroscope_trace::layout::{describe_output, lane_markers, lane_rects, lane_title, span_label, Axis, Cursor, Look, Rect, Viewport};
use coroscope_trace::{LaneId, SpanState};
use leptos::prelude::*;

/// Least pixels between two print markers before they fold into one.
const MARKER_GAP: f64 = 7.0;
/// Least width of a span for the text of what it waits on to show inside.
const TEXT_PX: f64 = 56.0;

/// What a row highlights.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marks {
    /// The selection: lane, the lane position of its span, its step.
    pub picked: Option<(LaneId, Option<usize>, u64)>,
    /// The keyboard cursor.
    pub cursor: Option<Cursor>,
}

/// The element id of the rectangle covering lane position `first` onward.
pub fn rect_id(lane: LaneId, first: usize) -> String {
    format!("gs-{}-{first}", lane.0)
}

/// The rectangle of `cursor`'s lane that covers its span, in `view`.
pub fn rect_at(shown: &Shown, axis: Axis, view: &Viewport, cursor: Cursor) -> Option<Rect> {
    lane_rects(&shown.trace, &shown.index, cursor.lane, axis, view, MIN_SPAN_PX).into_iter().find(|r| r.covers(cursor.pos))
}

/// One lane row.
#[component]
pub fn GanttLane(
    /// The trace on show.
    shown: Shown,
    /// The row (= lane id).
    row: usize,
    /// The axis in use.
    axis: Axis,
    /// The visible window.
    view: Viewport,
    /// Width of the name column.
    label_w: f64,
    /// Selection and cursor.
    marks: Marks,
) -> impl IntoView {
    let lane = LaneId(row as u32);
    let trace = &shown.trace;
    let title = trace.lanes.get(row).map(lane_title).unwrap_or_default();
    let rects = lane_rects(trace, &shown.index, lane, axis, &view, MIN_SPAN_PX);
    let picked_pos = marks.picked.filter(|p| p.0 == lane).and_then(|p| p.1);
    let cursor_pos = marks.cursor.filter(|c| c.lane == lane).map(|c| c.pos);
    let spans = rects
        .into_iter()
        .map(|r| {
            let s = &trace.spans[r.span as usize];
            let picked = picked_pos.is_some_and(|p| r.covers(p));
            let class = format!(
                "gantt-span s-{}{}{}{}",
                r.look.class(),
                if r.count > 1 { " is-folded" } else { "" },
                if picked { " is-selected" } else { "" },
                if cursor_pos.is_some_and(|p| r.covers(p)) { " is-cursor" } else { "" },
            );
            let text = match &s.state {
                SpanState::Waiting(what) | SpanState::Blocked(what) if r.w >= TEXT_PX && r.look != Look::Running => what.clone(),
                _ => String::new(),
            };
            view! {
                <div
                    class=class
                    role="gridcell"
                    id=rect_id(lane, r.first)
                    data-span=r.span
                    data-count=r.count
                    data-pos=r.pos
                    aria-label=span_label(trace, r.span, r.count)
                    aria-selected=picked.to_string()
                    style=format!("left:{:.1}px;width:{:.1}px", r.x, r.w)
                >
                    {text}
                </div>
            }
        })
        .collect_view();
    let picked_seq = marks.picked.filter(|p| p.0 == lane).map(|p| p.2);
    let markers = lane_markers(trace, &shown.index, lane, axis, &view, MARKER_GAP)
        .into_iter()
        .map(|m| {
            let event = &trace.output[m.output as usize];
            let picked = picked_seq == Some(event.seq);
            view! {
                <div
                    class=if picked { "gantt-print is-selected" } else { "gantt-print" }
                    role="gridcell"
                    data-output=m.output
                    data-count=m.count
                    aria-label=describe_output(trace, m.output, m.count)
                    aria-selected=picked.to_string()
                    style=format!("left:{:.1}px", m.x)
                ></div>
            }
        })
        .collect_view();

    view! {
        <div
            class=format!("gantt-row {}", lane_class(lane))
            role="row"
            aria-rowindex=row + 2
            data-lane=row
            style=format!("top:{:.0}px", row as f64 * ROW_H)
        >
            <div class="gantt-label" role="rowheader" style=format!("width:{label_w}px") data-lane-name=row>
                {title}
            </div>
            <div class="gantt-track" style=format!("left:{label_w}px")>
                {spans}
                {markers}
            </div>
        </div>
    }
}
