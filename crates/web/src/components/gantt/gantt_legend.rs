//! `GanttLegend`: what each span look and the print marker mean. Every
//! state has its own pattern as well as its colour, so the legend reads
//! without hue (see the Gantt section of `web/style.css`).

use super::gantt_words::words;
use crate::state::Locale;
use coroscope_trace::layout::Look;
use leptos::prelude::*;

/// The key to the chart's states.
#[component]
pub fn GanttLegend() -> impl IntoView {
    let Locale(lang) = expect_context();
    let states = Look::ALL.iter().map(move |&look| {
        view! {
            <li>
                <span class=format!("gantt-swatch s-{}", look.class()) aria-hidden="true"></span>
                {move || words(lang.get()).look(look)}
            </li>
        }
    });
    view! {
        <ul class="gantt-legend" aria-label="States">
            {states.collect_view()}
            <li><span class="gantt-swatch gantt-print-key" aria-hidden="true"></span>{move || words(lang.get()).looks[7]}</li>
        </ul>
    }
}
