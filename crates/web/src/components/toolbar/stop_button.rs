//! `StopButton`: ends a working run at once (the engine's `Run::stop`);
//! disabled while nothing runs.

use crate::run_loop::Runner;
use crate::state::{Locale, Status};
use leptos::prelude::*;

/// The button named `Stop`.
#[component]
pub fn StopButton() -> impl IntoView {
    let runner = expect_context::<Runner>();
    let Locale(lang) = expect_context();
    let Status(status) = expect_context();

    view! {
        <button
            type="button"
            class="stop-button"
            aria-label="Stop"
            disabled=move || !status.get().is_running()
            on:click=move |_| runner.stop()
        >
            <span class="icon" aria-hidden="true">"■"</span>
            {move || lang.get().strings().stop}
        </button>
    }
}
