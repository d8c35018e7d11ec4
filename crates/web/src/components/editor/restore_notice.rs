//! `RestoreNotice`: after a gallery example replaced the user's own script,
//! says so and offers it back (the script is also kept in storage, and the
//! replacement is one undoable edit in the editor).

use crate::codemirror;
use crate::state::{Editor, Locale, Recovery};
use crate::storage;
use leptos::prelude::*;

/// The notice; empty while there is nothing to bring back.
#[component]
pub fn RestoreNotice() -> impl IntoView {
    let Recovery(recovery) = expect_context();
    let Locale(lang) = expect_context();
    let editor = expect_context::<Editor>();
    let restore = move |_| {
        if let Some(text) = recovery.get_untracked() {
            editor.with(|view| codemirror::set_doc(view, &text));
            recovery.set(None);
            storage::save("recovery", "");
        }
    };

    view! {
        <Show when=move || recovery.with(Option::is_some)>
            <p class="restore-notice" role="status">
                {move || lang.get().strings().replaced_notice}
                " "
                <button type="button" class="link-button" on:click=restore>
                    {move || lang.get().strings().restore}
                </button>
            </p>
        </Show>
    }
}
