//! `GanttState`: the chart's own state, provided by `Timeline` to its
//! parts. What the chart shows is derived (`Memo`s) from the page's
//! [`CurrentTrace`] and a few inputs: the axis chosen, the user's zoom, the
//! pane's width and scroll. The trace is indexed once per snapshot.

use super::dom;
use crate::state::CurrentTrace;
use coroscope_trace::layout::{Axis, Cursor, LaneIndex, Viewport};
use coroscope_trace::Trace;
use leptos::prelude::*;
use std::sync::Arc;

/// Height of one lane row in pixels (also in `web/style.css`).
pub const ROW_H: f64 = 24.0;
/// Height of the time axis above the rows.
pub const AXIS_H: f64 = 26.0;
/// Minimum drawn width of a span, so instants stay visible and clickable.
pub const MIN_SPAN_PX: f64 = 3.0;
/// Rows drawn beyond the visible ones, so a fast scroll shows no gap.
pub const OVERSCAN: usize = 6;
/// Room right of the axis end, so a print or an instant at the very end
/// of the run is drawn whole.
pub const END_PAD: f64 = 10.0;

/// A trace snapshot with its lane index; equal only to itself (comparing
/// two traces field by field would cost as much as indexing).
#[derive(Clone)]
pub struct Shown {
    /// The trace.
    pub trace: Arc<Trace>,
    /// Its spans and output by lane.
    pub index: Arc<LaneIndex>,
    /// `performance.now()` when indexing began (for the render timing).
    pub since: f64,
}

impl PartialEq for Shown {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.trace, &other.trace)
    }
}

/// What the pointer (or the keyboard cursor) is over.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    /// A drawn rectangle: its leading span and how many it covers.
    Span { span: u32, count: u32 },
    /// A print marker: its first output event and how many it covers.
    Print { output: u32, count: u32 },
    /// A lane's name.
    Lane { lane: u32 },
}

/// A tooltip to show: what, and where (pixels in the `Timeline` region).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tip {
    /// What it describes.
    pub target: Target,
    /// Left, in pixels from the region's left.
    pub x: f64,
    /// Top, in pixels from the region's top.
    pub y: f64,
}

/// The chart's signals; `Copy`, so every part takes it by value.
#[derive(Clone, Copy)]
pub struct GanttState {
    /// The trace on show, indexed.
    pub shown: Memo<Option<Shown>>,
    /// The axis the user picked (`None`: the trace's default).
    pub axis_choice: RwSignal<Option<Axis>>,
    /// The axis in use.
    pub axis: Memo<Axis>,
    /// The end of that axis for the trace.
    pub domain: Memo<f64>,
    /// The user's zoom, for the axis it was made on (`None`: fit).
    pub zoom: RwSignal<Option<(Axis, Viewport)>>,
    /// Width of the lane name column in pixels.
    pub label_w: Memo<f64>,
    /// Width of the chart pane in pixels.
    pub pane_w: RwSignal<f64>,
    /// Vertical scroll of the lanes: (scroll top, visible height).
    pub scroll: RwSignal<(f64, f64)>,
    /// The visible window of the axis.
    pub view: Memo<Viewport>,
    /// The span with keyboard focus.
    pub cursor: RwSignal<Option<Cursor>>,
    /// The tooltip on show.
    pub tip: RwSignal<Option<Tip>>,
    /// How long the last snapshot took from indexing to painted (ms).
    pub render_ms: RwSignal<Option<f64>>,
}

impl GanttState {
    /// Creates the state over the page's current trace.
    pub fn new() -> Self {
        let CurrentTrace(current) = expect_context();
        let shown = Memo::new(move |_| {
            current.get().map(|trace| {
                let since = dom::now_ms();
                Shown { index: Arc::new(LaneIndex::new(&trace)), trace, since }
            })
        });
        let axis_choice = RwSignal::new(None);
        let axis = Memo::new(move |_| {
            axis_choice.get().unwrap_or_else(|| shown.with(|s| s.as_ref().map_or(Axis::Time, |s| Axis::default_for(&s.trace))))
        });
        let domain = Memo::new(move |_| {
            let axis = axis.get();
            shown.with(|s| s.as_ref().map_or(1.0, |s| axis.domain_end(&s.trace, &s.index)))
        });
        let pane_w = RwSignal::new(800.0_f64);
        // Phone widths get a narrower name column, so the spans keep room.
        let label_w = Memo::new(move |_| if pane_w.get() < 560.0 { 84.0_f64 } else { 168.0 });
        let zoom = RwSignal::new(None::<(Axis, Viewport)>);
        let view = Memo::new(move |_| {
            let (end, axis) = (domain.get(), axis.get());
            let width = (pane_w.get() - label_w.get() - END_PAD).max(40.0);
            match zoom.get() {
                Some((on, view)) if on == axis => view.resized(width).follow(end),
                _ => Viewport::fit(end, width),
            }
        });
        Self {
            shown,
            axis_choice,
            axis,
            domain,
            zoom,
            label_w,
            pane_w,
            scroll: RwSignal::new((0.0, 400.0)),
            view,
            cursor: RwSignal::new(None),
            tip: RwSignal::new(None),
            render_ms: RwSignal::new(None),
        }
    }

    /// Zooms by `factor` (> 1 magnifies) around pixel `anchor` of the track.
    pub fn zoom_by(self, factor: f64, anchor: f64) {
        let axis = self.axis.get_untracked();
        let view = self.view.get_untracked().zoom(factor, anchor, self.domain.get_untracked(), axis.min_span());
        self.zoom.set(Some((axis, view)));
    }

    /// Zooms around the middle of the track.
    pub fn zoom_centre(self, factor: f64) {
        self.zoom_by(factor, self.view.get_untracked().width / 2.0);
    }

    /// Pans by `dx` pixels (positive shows later).
    pub fn pan_by(self, dx: f64) {
        let view = self.view.get_untracked().pan(dx, self.domain.get_untracked());
        self.zoom.set(Some((self.axis.get_untracked(), view)));
    }

    /// Makes `value` visible, keeping the zoom.
    pub fn reveal(self, value: f64) {
        let view = self.view.get_untracked();
        let moved = view.reveal(value, self.domain.get_untracked());
        if moved != view {
            self.zoom.set(Some((self.axis.get_untracked(), moved)));
        }
    }

    /// Shows the whole run again (and keeps showing it as it grows).
    pub fn fit(self) {
        self.zoom.set(None);
    }

    /// Switches between the virtual-time and the step-order axis.
    pub fn toggle_axis(self) {
        let next = match self.axis.get_untracked() {
            Axis::Time => Axis::Steps,
            Axis::Steps => Axis::Time,
        };
        self.axis_choice.set(Some(next));
        self.tip.set(None);
    }
}
