//! `Timeline`: where the Gantt chart of a run will be drawn; empty for now.

use leptos::prelude::*;

/// The region named `Timeline`.
#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <section class="pane timeline" role="region" aria-label="Timeline">
            <h2 class="pane-title">"Timeline"</h2>
            <p class="hint">"Each task will appear here as a lane over virtual time."</p>
        </section>
    }
}
