//! `LangToggle`: switches the UI between Korean and English (the first
//! choice comes from `navigator.language`; the toggle's is remembered).

use crate::state::Locale;
use crate::storage;
use leptos::prelude::*;

/// The language button; it names the language it switches to.
#[component]
pub fn LangToggle() -> impl IntoView {
    let Locale(lang) = expect_context();
    let toggle = move |_| {
        let next = lang.get_untracked().other();
        storage::save("lang", next.tag());
        lang.set(next);
    };

    view! {
        <button type="button" class="toggle lang-toggle" on:click=toggle
            lang=move || lang.get().other().tag()>
            {move || lang.get().strings().switch_lang}
        </button>
    }
}
