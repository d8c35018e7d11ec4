//! `ThemeToggle`: light or dark. Until the toggle is used the page follows
//! the system (`prefers-color-scheme`, also as it changes: `lib.rs`); the
//! toggle's choice is remembered and wins from then on.

use crate::state::{Dark, Locale};
use crate::storage;
use leptos::prelude::*;

/// The theme button; it names the theme it switches to.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let Dark(dark) = expect_context();
    let Locale(lang) = expect_context();
    let toggle = move |_| {
        let next = !dark.get_untracked();
        storage::save("theme", if next { "dark" } else { "light" });
        dark.set(next);
    };

    view! {
        <button type="button" class="toggle theme-toggle" on:click=toggle>
            <span aria-hidden="true">{move || if dark.get() { "☀ " } else { "☾ " }}</span>
            {move || { let s = lang.get().strings(); if dark.get() { s.to_light } else { s.to_dark } }}
        </button>
    }
}
