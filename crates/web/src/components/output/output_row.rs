//! `OutputRow`: one printed line — time stamp, who printed it (lane colour
//! and name, so colour is never the only cue), a `stderr` tag on error
//! lines, and the text. Clicking it selects its event; a traceback or
//! warning line of `main.py` is a button that jumps to that source line.

use crate::codemirror;
use crate::output_lines::{source_line, OutputLine};
use crate::palette::lane_class;
use crate::state::{Editor, Locale, Selected, Selection};
use coroscope_trace::Stream;
use leptos::prelude::*;

/// One line and what the row shows about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Its position in the output.
    pub index: usize,
    /// The line.
    pub line: OutputLine,
    /// The name of the lane that printed it.
    pub lane_name: String,
}

impl Row {
    /// What identifies the row's content for `<For>`: a row is redrawn
    /// when any of it changes (a new run reuses indexes and sequence
    /// numbers; a line still being printed grows).
    pub fn key(&self) -> (usize, u64, u64, u32, bool, String) {
        let line = &self.line;
        (self.index, line.seq, line.time, line.lane.0, line.stream == Stream::Stderr, line.text.clone())
    }
}

/// A row of the output list.
#[component]
pub fn OutputRow(
    /// The line to show.
    row: Row,
) -> impl IntoView {
    let Selection(selection) = expect_context();
    let Locale(lang) = expect_context();
    let editor = expect_context::<Editor>();
    let Row { line, lane_name, .. } = row;
    let (lane, seq, at) = (line.lane, line.seq, line.line);
    let stderr = line.stream == Stream::Stderr;
    let stamp = format!("{:.3}", line.time as f64 / 1e9);
    let lane_style = lane_class(lane);
    let select = move |_| selection.set(Some(Selected { lane: Some(lane), line: at, seq: Some(seq) }));
    let is_selected = move || selection.with(|s| s.as_ref().is_some_and(|s| s.seq == Some(seq)));
    let same_lane = move || selection.with(|s| s.as_ref().is_some_and(|s| s.seq != Some(seq) && s.lane == Some(lane)));
    let text = line.text;
    let body = match source_line(&text) {
        Some(target) => {
            let jump = move |event: leptos::ev::MouseEvent| {
                event.stop_propagation();
                selection.set(Some(Selected { lane: Some(lane), line: target, seq: Some(seq) }));
                editor.with(|view| codemirror::jump_to(view, target));
            };
            view! {
                <button type="button" class="text source-link" title=move || lang.get().strings().jump_to_line on:click=jump>
                    {text}
                </button>
            }
            .into_any()
        }
        None => view! { <span class="text">{text}</span> }.into_any(),
    };

    view! {
        <li
            class="out-line"
            class:stderr=stderr
            class:stdout=!stderr
            class:selected=is_selected
            class:same-lane=same_lane
            data-seq=seq
            data-lane=lane.0
            on:click=select
        >
            <span class="stamp">{stamp}</span>
            <span class=format!("who {lane_style}")>
                <span class="swatch" aria-hidden="true"></span>
                {lane_name}
            </span>
            {stderr.then(|| view! { <span class="stream-tag">{move || lang.get().strings().stderr_tag}</span> })}
            {body}
        </li>
    }
}
