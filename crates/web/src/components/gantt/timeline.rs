//! `Timeline`: the region holding the Gantt chart. It creates the chart's
//! state, and exposes on itself, as `data-*` attributes, what the browser
//! tests and the bench read: how many lanes the trace has, the axis in use,
//! what is selected, and how long the last snapshot took to draw.

use super::gantt_chart::GanttChart;
use super::gantt_controls::GanttControls;
use super::gantt_legend::GanttLegend;
use super::gantt_state::GanttState;
use super::gantt_tooltip::GanttTooltip;
use super::test_hook;
use super::gantt_words::words;
use crate::state::{Locale, Selected, Selection};
use coroscope_trace::layout::Axis;
use leptos::html::Section;
use leptos::prelude::*;

/// The region named `Timeline`.
#[component]
pub fn Timeline() -> impl IntoView {
    let gantt = GanttState::new();
    provide_context(gantt);
    test_hook::install();
    let Selection(selection) = expect_context();
    let Locale(lang) = expect_context();
    let region = NodeRef::<Section>::new();

    let lanes = move || gantt.shown.with(|s| s.as_ref().map(|s| s.trace.lanes.len().to_string()));
    let axis = move || match gantt.axis.get() {
        Axis::Time => "time",
        Axis::Steps => "steps",
    };
    let picked = move |part: fn(&Selected) -> Option<String>| move || selection.with(|s| s.as_ref().and_then(part));
    let render_ms = move || gantt.render_ms.get().map(|ms| format!("{ms:.1}"));

    view! {
        <section
            class="pane timeline"
            role="region"
            aria-label="Timeline"
            node_ref=region
            data-lanes=lanes
            data-axis=axis
            data-selected-lane=picked(|s| s.lane.map(|l| l.0.to_string()))
            data-selected-seq=picked(|s| s.seq.map(|q| q.to_string()))
            data-selected-line=picked(|s| Some(s.line.to_string()))
            data-render-ms=render_ms
        >
            <div class="gantt-head">
                <h2 class="pane-title">{move || words(lang.get()).title}</h2>
                <GanttControls />
            </div>
            <GanttLegend />
            <GanttChart region />
            <GanttTooltip />
        </section>
    }
}
