//! `GanttControls`: the axis switch (virtual time ↔ step order) and the
//! zoom buttons. The same actions have keys on the chart (`+`, `-`, `0`).

use super::gantt_state::GanttState;
use super::gantt_words::words;
use crate::state::Locale;
use coroscope_trace::layout::Axis;
use leptos::prelude::*;

/// How much one press of a zoom button magnifies.
const ZOOM_STEP: f64 = 2.0;

/// The chart's toolbar.
#[component]
pub fn GanttControls() -> impl IntoView {
    let gantt: GanttState = expect_context();
    let Locale(lang) = expect_context();
    let say = move |pick: fn(&super::gantt_words::GanttWords) -> &'static str| move || pick(words(lang.get()));
    let is = move |axis: Axis| move || (gantt.axis.get() == axis).to_string();
    let pick = move |axis: Axis| {
        move |_| {
            if gantt.axis.get_untracked() != axis {
                gantt.toggle_axis();
            }
        }
    };
    let fitted = move || gantt.zoom.with(Option::is_none);

    view! {
        <div class="gantt-controls" role="toolbar" aria-label="Timeline controls">
            <div class="gantt-switch" role="group" aria-label="Axis">
                <button type="button" aria-label="Virtual time" aria-pressed=is(Axis::Time) on:click=pick(Axis::Time)>{say(|w| w.virtual_time)}</button>
                <button type="button" aria-label="Step order" aria-pressed=is(Axis::Steps) on:click=pick(Axis::Steps)>{say(|w| w.step_order)}</button>
            </div>
            <button type="button" class="gantt-zoom" aria-label="Zoom out" title=say(|w| w.zoom_out)
                on:click=move |_| gantt.zoom_centre(1.0 / ZOOM_STEP)>"−"</button>
            <button type="button" class="gantt-zoom" aria-label="Zoom in" title=say(|w| w.zoom_in)
                on:click=move |_| gantt.zoom_centre(ZOOM_STEP)>"+"</button>
            <button type="button" class="gantt-fit" aria-label="Fit to width" title=say(|w| w.fit_hint)
                aria-disabled=move || fitted().to_string() on:click=move |_| gantt.fit()>{say(|w| w.fit)}</button>
        </div>
    }
}
