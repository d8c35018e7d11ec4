//! `OutputPane`: the lines of the run on show ([`CurrentTrace`]), growing
//! while it works. Rendered as text, never as HTML: it is the program's,
//! not ours (a script printing `<img src=x onerror=...>` shows that text).

use super::output_row::{OutputRow, Row};
use crate::output_lines::output_lines;
use crate::state::{CurrentTrace, Locale, RunStatus, Status};
use leptos::prelude::*;

/// Rows drawn at most: the last ones. A run printing 100,000 lines would
/// otherwise take the browser most of a minute to lay out (measured with
/// the Gantt's 100,000-task sample: 46 s); the pane says how many it left
/// out.
const MAX_ROWS: usize = 2_000;

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
                match trace.lanes.get(lane.0 as usize) {
                    Some(l) => l.name.clone(),
                    // A compile error is printed before any lane exists.
                    None if lane.0 == 0 => "MainThread".to_owned(),
                    None => format!("#{}", lane.0),
                }
            };
            let lines = output_lines(&trace.output);
            let skip = lines.len().saturating_sub(MAX_ROWS);
            lines
                .into_iter()
                .enumerate()
                .skip(skip)
                .map(|(index, line)| Row { index, lane_name: name(line.lane), line })
                .collect::<Vec<_>>()
        })
    });
    let hidden = move || rows.with(|rows| rows.first().map_or(0, |row| row.index));
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
            {move || (hidden() > 0).then(|| view! {
                <p class="hint hidden-lines">{format!("… {} {}", hidden(), lang.get().strings().lines_hidden)}</p>
            })}
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
