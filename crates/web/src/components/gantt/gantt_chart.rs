//! `GanttChart`: the scrolling grid of lanes. It draws only the rows in
//! the scrolled window (`layout::visible_rows`) over a body as tall as all
//! of them, so 100,000 lanes cost what the visible few do. One listener of
//! each kind sits on the grid (event delegation through `data-*`):
//! - pointer: hover shows the tooltip, click selects (writes [`Selection`]),
//!   drag pans, Ctrl/⌘+wheel zooms at the pointer, Shift+wheel pans;
//! - keys: arrows move the cursor between spans and lanes, Enter/Space
//!   select, `+`/`-` zoom, `0` fits, Escape hides the tooltip.
//!
//! The grid is one tab stop; the span under the cursor is its
//! `aria-activedescendant`, so screen readers announce each span's label.

use super::dom;
use super::gantt_axis::{GanttAxis, GanttGrid};
use super::gantt_lane::{rect_at, rect_id, GanttLane, Marks};
use super::gantt_state::{GanttState, Shown, Target, Tip, AXIS_H, OVERSCAN, ROW_H};
use super::gantt_tooltip::TIP_ID;
use super::gantt_words::words;
use crate::state::{Locale, Selected, Selection};
use coroscope_trace::layout::{popup_at, scroll_to_show, visible_rows, Cursor};
use coroscope_trace::LaneId;
use leptos::ev;
use leptos::html::{Div, Section};
use leptos::prelude::*;

/// Pixels a press must move before it is a drag rather than a click.
const DRAG_PX: f64 = 4.0;
/// Zoom per pixel of wheel travel.
const WHEEL_ZOOM: f64 = 0.002;
/// Zoom per `+`/`-` key press.
const KEY_ZOOM: f64 = 1.5;
/// Room a tooltip needs (about its largest size), to keep it inside the
/// region: it flips above the pointer near the bottom edge.
const TIP_W: f64 = 280.0;
const TIP_H: f64 = 190.0;

/// A press in progress: where the pointer was, and how far it travelled.
#[derive(Clone, Copy, Default)]
struct Drag {
    last_x: f64,
    travelled: f64,
}

/// A tooltip for `target` at (`x`, `y`) in the region, moved inside it.
fn place(target: Target, at: (f64, f64), above: f64, region: Option<&web_sys::Element>) -> Tip {
    let room = region.map_or((f64::INFINITY, f64::INFINITY), |r| (f64::from(r.client_width()), f64::from(r.client_height())));
    let (x, y) = popup_at(at, above, (TIP_W, TIP_H), room);
    Tip { target, x, y }
}

/// The lanes.
#[component]
pub fn GanttChart(
    /// The `Timeline` region, which tooltips are positioned in.
    region: NodeRef<Section>,
) -> impl IntoView {
    let gantt: GanttState = expect_context();
    let Selection(selection) = expect_context();
    let Locale(lang) = expect_context();
    let scroller = NodeRef::<Div>::new();
    let drag = StoredValue::new(None::<Drag>);
    let dragged = StoredValue::new(false);

    let measure = move || {
        if let Some(el) = scroller.get_untracked() {
            gantt.pane_w.set(f64::from(el.client_width()));
            gantt.scroll.set((f64::from(el.scroll_top()), f64::from(el.client_height())));
        }
    };
    scroller.on_load(move |_| request_animation_frame(measure));
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // Time each snapshot from indexing to painted: the effect runs after
    // the rows were built, the next frame paints them, and a task queued
    // from that frame's callback runs once the paint is done.
    Effect::new(move |_| {
        if let Some(since) = gantt.shown.with(|s| s.as_ref().map(|s| s.since)) {
            request_animation_frame(move || {
                measure();
                set_timeout(move || gantt.render_ms.set(Some(dom::now_ms() - since)), std::time::Duration::ZERO);
            });
        }
    });

    // A new run (its trace shorter than the last snapshot's, where a
    // growing run only ever adds) starts unzoomed, with no cursor: the old
    // positions name other spans now.
    Effect::new(move |last: Option<(usize, usize)>| {
        let size = gantt.shown.with(|s| s.as_ref().map_or((0, 0), |s| (s.trace.lanes.len(), s.trace.spans.len())));
        if last.is_some_and(|(lanes, spans)| size.0 < lanes || size.1 < spans) {
            gantt.zoom.set(None);
            gantt.cursor.set(None);
        }
        gantt.tip.set(None);
        size
    });

    let lane_count = move || gantt.shown.with(|s| s.as_ref().map_or(0, |s| s.trace.lanes.len()));
    let rows = Memo::new(move |_| {
        let (top, height) = gantt.scroll.get();
        visible_rows(top, height - AXIS_H, ROW_H, lane_count(), OVERSCAN)
    });
    let picked = Memo::new(move |_| {
        let sel = selection.get()?;
        let (lane, seq) = (sel.lane?, sel.seq?);
        gantt.shown.with(|s| s.as_ref().map(|s| (lane, s.index.span_at_seq(&s.trace, lane, seq), seq)))
    });
    let active = move || {
        let cursor = gantt.cursor.get()?;
        let shown = gantt.shown.get()?;
        rect_at(&shown, gantt.axis.get(), &gantt.view.get(), cursor).map(|r| rect_id(cursor.lane, r.first))
    };

    let region_origin = move || region.get_untracked().map_or((0.0, 0.0), |r| dom::origin(&r));
    // Where the tooltip of the cursor's span goes, from the layout (the
    // element may not be drawn yet when the cursor has just moved).
    let tip_at_cursor = move |shown: &Shown, cursor: Cursor| {
        let rect = rect_at(shown, gantt.axis.get_untracked(), &gantt.view.get_untracked(), cursor)?;
        let el = scroller.get_untracked()?;
        let (sx, sy) = dom::origin(&el);
        let (rx, ry) = region_origin();
        let row_top = sy - ry + AXIS_H + f64::from(cursor.lane.0) * ROW_H - f64::from(el.scroll_top());
        let target = Target::Span { span: rect.span, count: rect.count };
        let region = region.get_untracked();
        Some(place(target, (sx - rx + gantt.label_w.get_untracked() + rect.x, row_top + ROW_H + 4.0), row_top - 4.0, region.as_deref()))
    };
    // Brings a span on screen: its lane scrolled to, the span panned to.
    let scroll_to = move |shown: &Shown, cursor: Cursor| {
        let Some(span) = cursor.span(&shown.index) else { return };
        let (start, end) = gantt.axis.get_untracked().span_range(&shown.trace.spans[span as usize]);
        let view = gantt.view.get_untracked();
        if end < view.start || start > view.end() {
            gantt.reveal(start);
        }
        if let Some(el) = scroller.get_untracked() {
            let (top, height) = (f64::from(el.scroll_top()), f64::from(el.client_height()) - AXIS_H);
            let row_top = f64::from(cursor.lane.0) * ROW_H;
            let to = scroll_to_show(row_top, ROW_H, top, height);
            if to != top {
                el.set_scroll_top(to as i32);
                gantt.scroll.set((to, height + AXIS_H));
            }
        }
    };
    let show_cursor = move |shown: &Shown, cursor: Cursor| {
        scroll_to(shown, cursor);
        gantt.tip.set(tip_at_cursor(shown, cursor));
    };
    // A selection made elsewhere (an output line) brings its span on
    // screen and puts the keyboard cursor there.
    Effect::new(move |_| {
        let Some((lane, Some(pos), _)) = picked.get() else { return };
        let Some(shown) = gantt.shown.get_untracked() else { return };
        let cursor = Cursor { lane, pos };
        if gantt.cursor.get_untracked() != Some(cursor) {
            gantt.cursor.set(Some(cursor));
        }
        scroll_to(&shown, cursor);
    });
    let select_span = move |shown: &Shown, lane: LaneId, span: u32| {
        let s = &shown.trace.spans[span as usize];
        selection.set(Some(Selected { lane: Some(lane), line: s.line, seq: Some(s.start_seq) }));
    };

    let on_click = move |ev: ev::MouseEvent| {
        if dragged.get_value() {
            return;
        }
        let Some(shown) = gantt.shown.get_untracked() else { return };
        if let Some((_, output)) = dom::closest_with(&ev, "data-output") {
            if let Some(o) = output.parse::<usize>().ok().and_then(|i| shown.trace.output.get(i)) {
                selection.set(Some(Selected { lane: Some(o.lane), line: o.line, seq: Some(o.seq) }));
            }
        } else if let Some((el, span)) = dom::closest_with(&ev, "data-span") {
            let Some(span) = span.parse::<u32>().ok().filter(|&i| (i as usize) < shown.trace.spans.len()) else { return };
            let lane = shown.trace.spans[span as usize].lane;
            gantt.cursor.set(Some(Cursor { lane, pos: dom::number_attr(&el, "data-pos") as usize }));
            select_span(&shown, lane, span);
        }
    };
    let on_hover = move |ev: ev::MouseEvent| {
        let (rx, ry) = region_origin();
        let (x, y) = (f64::from(ev.client_x()) - rx, f64::from(ev.client_y()) - ry);
        let region = region.get_untracked();
        let at = |target| Some(place(target, (x + 12.0, y + 18.0), y - 12.0, region.as_deref()));
        let tip = if let Some((el, output)) = dom::closest_with(&ev, "data-output") {
            output.parse().ok().and_then(|output| at(Target::Print { output, count: dom::number_attr(&el, "data-count") }))
        } else if let Some((el, span)) = dom::closest_with(&ev, "data-span") {
            span.parse().ok().and_then(|span| at(Target::Span { span, count: dom::number_attr(&el, "data-count") }))
        } else if let Some((_, lane)) = dom::closest_with(&ev, "data-lane-name") {
            lane.parse().ok().and_then(|lane| at(Target::Lane { lane }))
        } else {
            None
        };
        gantt.tip.set(tip);
    };
    let on_key = move |ev: ev::KeyboardEvent| {
        let Some(shown) = gantt.shown.get_untracked() else { return };
        let (trace, index) = (&shown.trace, &shown.index);
        let first_row = rows.get_untracked().start;
        let here = gantt.cursor.get_untracked().unwrap_or(Cursor { lane: LaneId(first_row as u32), pos: 0 });
        let next = match ev.key().as_str() {
            "ArrowLeft" => here.left(),
            "ArrowRight" => here.right(index),
            "ArrowUp" => here.vertical(-1, trace, index),
            "ArrowDown" => here.vertical(1, trace, index),
            "PageUp" => here.vertical(-10, trace, index),
            "PageDown" => here.vertical(10, trace, index),
            "Home" => here.home_end(index, false),
            "End" => here.home_end(index, true),
            "Enter" | " " => {
                if let Some(span) = here.span(index) {
                    select_span(&shown, here.lane, span);
                }
                here
            }
            "+" | "=" => {
                gantt.zoom_centre(KEY_ZOOM);
                here
            }
            "-" | "_" => {
                gantt.zoom_centre(1.0 / KEY_ZOOM);
                here
            }
            "0" => {
                gantt.fit();
                here
            }
            "Escape" => {
                gantt.tip.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        gantt.cursor.set(Some(next));
        show_cursor(&shown, next);
    };
    let on_wheel = move |ev: ev::WheelEvent| {
        // Line-mode wheels (Firefox) report lines, not pixels.
        let unit = if ev.delta_mode() == 1 { 16.0 } else { 1.0 };
        let (dx, dy) = (ev.delta_x() * unit, ev.delta_y() * unit);
        if ev.ctrl_key() || ev.meta_key() {
            ev.prevent_default();
            let left = scroller.get_untracked().map_or(0.0, |el| dom::origin(&el).0);
            let anchor = (f64::from(ev.client_x()) - left - gantt.label_w.get_untracked()).max(0.0);
            gantt.zoom_by((-dy * WHEEL_ZOOM).exp(), anchor);
        } else if ev.shift_key() || dx.abs() > dy.abs() {
            ev.prevent_default();
            gantt.pan_by(if dx != 0.0 { dx } else { dy });
        }
    };
    let on_down = move |ev: ev::PointerEvent| {
        dragged.set_value(false);
        if ev.button() == 0 {
            drag.set_value(Some(Drag { last_x: f64::from(ev.client_x()), travelled: 0.0 }));
        }
    };
    let on_move = move |ev: ev::PointerEvent| {
        let Some(mut d) = drag.get_value() else { return };
        let x = f64::from(ev.client_x());
        d.travelled += (x - d.last_x).abs();
        if d.travelled >= DRAG_PX {
            if !dragged.get_value() {
                dragged.set_value(true);
                if let Some(el) = scroller.get_untracked() {
                    let _ = el.set_pointer_capture(ev.pointer_id());
                }
            }
            gantt.pan_by(d.last_x - x);
            gantt.tip.set(None);
        }
        d.last_x = x;
        drag.set_value(Some(d));
    };
    let on_up = move |_: ev::PointerEvent| drag.set_value(None);
    let on_focus = move |_: ev::FocusEvent| {
        if gantt.cursor.get_untracked().is_none() {
            if let Some(shown) = gantt.shown.get_untracked() {
                let cursor = Cursor { lane: LaneId(rows.get_untracked().start as u32), pos: 0 };
                gantt.cursor.set(Some(cursor));
                gantt.tip.set(tip_at_cursor(&shown, cursor));
            }
        }
    };

    let body = move || {
        let Some(shown) = gantt.shown.get() else {
            return view! { <p class="hint gantt-empty">{words(lang.get()).empty}</p> }.into_any();
        };
        let (axis, view, label_w) = (gantt.axis.get(), gantt.view.get(), gantt.label_w.get());
        let marks = Marks { picked: picked.get(), cursor: gantt.cursor.get() };
        let lanes = rows
            .get()
            .map(|row| view! { <GanttLane shown=shown.clone() row axis view label_w marks /> })
            .collect_view();
        view! {
            <div class="gantt-body" role="rowgroup" style=format!("height:{:.0}px", shown.trace.lanes.len() as f64 * ROW_H)>
                <GanttGrid />
                {lanes}
            </div>
        }
        .into_any()
    };

    view! {
        <div
            class="gantt-scroll"
            node_ref=scroller
            tabindex="0"
            role="grid"
            aria-label="Lanes"
            aria-rowcount=move || lane_count() + 1
            aria-activedescendant=active
            aria-describedby=move || gantt.tip.with(|t| t.map(|_| TIP_ID))
            on:scroll=move |_| measure()
            on:click=on_click
            on:mouseover=on_hover
            on:mouseleave=move |_| gantt.tip.set(None)
            on:keydown=on_key
            on:wheel=on_wheel
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:focus=on_focus
            on:blur=move |_| gantt.tip.set(None)
        >
            <GanttAxis />
            {body}
        </div>
    }
}
