//! `RunButton`: runs the script and stores what it printed in [`LastRun`].

use crate::run::run_to_end;
use crate::state::{LastRun, Script};
use leptos::prelude::*;

/// The button named `Run`.
#[component]
pub fn RunButton() -> impl IntoView {
    let script = expect_context::<Script>().0.read_only();
    let set_last_run = expect_context::<LastRun>().0.write_only();
    let run = move |_| set_last_run.set(Some(script.with_untracked(|source| run_to_end(source))));

    view! {
        <button type="button" class="run-button" on:click=run>
            <span class="icon" aria-hidden="true">"▶"</span>
            "Run"
        </button>
    }
}
