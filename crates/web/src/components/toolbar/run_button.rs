//! `RunButton`: starts a run of the editor's script (Ctrl/Cmd+Enter does
//! the same, from the editor or anywhere on the page).

use crate::run_loop::Runner;
use crate::state::Locale;
use leptos::prelude::*;

/// The button named `Run`.
#[component]
pub fn RunButton() -> impl IntoView {
    let runner = expect_context::<Runner>();
    let Locale(lang) = expect_context();

    view! {
        <button
            type="button"
            class="run-button"
            aria-label="Run"
            aria-keyshortcuts="Control+Enter Meta+Enter"
            title=move || lang.get().strings().run_hint
            on:click=move |_| runner.start()
        >
            <span class="icon" aria-hidden="true">"▶"</span>
            {move || lang.get().strings().run}
        </button>
    }
}
