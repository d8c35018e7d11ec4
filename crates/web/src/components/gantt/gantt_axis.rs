//! `GanttAxis`: the tick labels above the lanes and the grid lines behind
//! them, from `layout::ticks` (nice 1/2/5 steps, labels in the step's unit).

use super::gantt_state::GanttState;
use super::gantt_words::words;
use crate::state::Locale;
use coroscope_trace::layout::{ticks, Axis};
use leptos::prelude::*;

/// Least pixels between two tick labels.
const TICK_PX: f64 = 90.0;

/// The sticky axis row.
#[component]
pub fn GanttAxis() -> impl IntoView {
    let gantt: GanttState = expect_context();
    let Locale(lang) = expect_context();
    let unit = move || {
        let units = words(lang.get()).units;
        match gantt.axis.get() {
            Axis::Time => units[0],
            Axis::Steps => units[1],
        }
    };
    let labels = move || {
        ticks(gantt.axis.get(), &gantt.view.get(), TICK_PX)
            .into_iter()
            .map(|tick| view! { <span class="gantt-tick" style=format!("left:{:.1}px", tick.x)>{tick.label}</span> })
            .collect_view()
    };
    view! {
        <div class="gantt-axis" aria-hidden="true">
            <span class="gantt-axis-unit" style=move || format!("width:{}px", gantt.label_w.get())>{unit}</span>
            <div class="gantt-ticks">{labels}</div>
        </div>
    }
}

/// Vertical lines at the ticks, across every row.
#[component]
pub fn GanttGrid() -> impl IntoView {
    let gantt: GanttState = expect_context();
    let lines = move || {
        ticks(gantt.axis.get(), &gantt.view.get(), TICK_PX)
            .into_iter()
            .map(|tick| view! { <span class="gantt-gridline" style=format!("left:{:.1}px", tick.x)></span> })
            .collect_view()
    };
    view! {
        <div class="gantt-grid" aria-hidden="true" style=move || format!("left:{}px", gantt.label_w.get())>{lines}</div>
    }
}
