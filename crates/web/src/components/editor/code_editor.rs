//! `CodeEditor`: hosts the CodeMirror editor and keeps [`Script`] in step
//! with it. CodeMirror owns the text while the user types; every edit is
//! copied into the signal, so the rest of the page never reads the editor.
//! Effects push the page's state into it: the syntax error of the last run
//! or of the text as typing paused ([`ErrorMarker`], see `syntax_check`)
//! and the selected line ([`Selection`]).

use crate::codemirror;
use crate::run_loop::Runner;
use crate::state::{Editor, ErrorMarker, MarkedError, Script, Selection};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;

/// The editor, labelled `Code` for screen readers and tests.
#[component]
pub fn CodeEditor() -> impl IntoView {
    let Script(script) = expect_context();
    let editor = expect_context::<Editor>();
    let runner = expect_context::<Runner>();
    let ErrorMarker(marker) = expect_context();
    let Selection(selection) = expect_context();
    let host = NodeRef::<Div>::new();

    host.on_load(move |element| {
        let on_change = Closure::<dyn Fn(String)>::new(move |text| script.set(text));
        let on_run = Closure::<dyn Fn()>::new(move || runner.start());
        let view = codemirror::mount(&element, &script.get_untracked(), "Code", &on_change, &on_run);
        editor.0.set_value(Some(view));
        // The editor lives as long as the page, and so must its callbacks.
        on_change.forget();
        on_run.forget();
    });

    super::syntax_check::check_when_typing_pauses(script, marker);
    Effect::new(move |_| {
        let marked = marker.get();
        editor.with(|view| match &marked {
            Some(MarkedError { marker: m, reveal }) => codemirror::show_error(view, m.line, m.col, m.end_line, m.end_col, &m.message, *reveal),
            None => codemirror::clear_error(view),
        });
    });
    Effect::new(move |_| {
        let line = selection.with(|s| s.as_ref().map_or(0, |s| s.line));
        editor.with(|view| codemirror::highlight_line(view, line));
    });

    view! { <div class="editor" node_ref=host></div> }
}
