//! `OutputPane`: the lines of the run on show ([`CurrentTrace`]), growing
//! while it works. Rendered as text, never as HTML: it is the program's,
//! not ours (a script printing `<img src=x onerror=...>` shows that text).

use super::output_row::{OutputRow, Row};
use crate::output_lines::output_lines;
use crate::state::{CurrentTrace, Locale, RunStatus, Status};
use leptos::prelude::*;

/// The region named `Output`.
#[component]
pub fn OutputPane() -> impl IntoView {
    let CurrentTrace(trace) = expect_context();
    let Locale(lang) = expect_context();
    let Status(status) = expect_context();
    let rows = Memo::new(move |_| {
        trace.with(|trace| {
            let Some(trace) = trace else { return Vec::new() };
            let name = |lane: coroscope_trace::LaneId| {
                trace.lanes.get(lane.0 as usize).map_or_else(|| format!("#{}", lane.0), |l| l.name.clone())
            };
            output_lines(&trace.output)
                .into_iter()
                .enumerate()
                .map(|(index, line)| Row { index, lane_name: name(line.lane), line })
                .collect::<Vec<_>>()
        })
    });
    let empty = move || match (trace.with(Option::is_some), rows.with(Vec::is_empty)) {
        (false, _) => Some(lang.get().strings().output_empty),
        (true, true) if !status.get().is_running() => Some(lang.get().strings().output_nothing),
        _ => None,
    };
    let failed = move || match status.get() {
        RunStatus::Finished { code, .. } if code != 0 => Some(format!("{} {code}", lang.get().strings().exit_status)),
        _ => None,
    };

    view! {
        <section class="pane output" role="region" aria-label="Output">
            <h2 class="pane-title">{move || lang.get().strings().output_title}</h2>
            {move || empty().map(|text| view! { <p class="hint">{text}</p> })}
            <ol class="lines">
                <For
                    each=move || rows.get()
                    key=Row::key
                    children=move |row| view! { <OutputRow row /> }
                />
            </ol>
            {move || failed().map(|text| view! { <p class="exit-status">{text}</p> })}
        </section>
    }
}
