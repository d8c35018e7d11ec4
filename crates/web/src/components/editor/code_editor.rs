//! `CodeEditor`: hosts the CodeMirror editor and keeps [`Script`] in step
//! with it. CodeMirror owns the text while the user types; every edit is
//! copied into the signal, so the rest of the page never touches the editor.

use crate::codemirror;
use crate::state::Script;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;

/// The editor, labelled `Code` for screen readers and tests.
#[component]
pub fn CodeEditor() -> impl IntoView {
    let Script(script) = expect_context();
    let set_script = script.write_only();
    let host = NodeRef::<Div>::new();

    host.on_load(move |element| {
        let on_change = Closure::<dyn Fn(String)>::new(move |text| set_script.set(text));
        codemirror::mount(&element, &script.get_untracked(), "Code", &on_change);
        // The editor lives as long as the page, and so must its callback.
        on_change.forget();
    });

    view! { <div class="editor" node_ref=host></div> }
}
