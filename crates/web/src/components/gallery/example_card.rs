//! `ExampleCard`: one example's title, explanation and earned badge, and
//! the button that opens it in the editor and runs it. Opening never loses
//! the user's script: if it is not itself an example (or the first
//! script), it goes to [`Recovery`] (and storage) first, and the editor's
//! replacement is one undoable edit.

use crate::codemirror;
use crate::gallery::{Example, EXAMPLES};
use crate::run_loop::Runner;
use crate::state::{Editor, Locale, Recovery, Script, Settings};
use crate::storage;
use leptos::prelude::*;

/// Whether `text` is nobody's own work: empty, the first script, or an
/// example as shipped.
fn is_pristine(text: &str) -> bool {
    text.trim().is_empty() || text == crate::FIRST_SCRIPT || EXAMPLES.iter().any(|e| e.source == text)
}

/// One card of the gallery.
#[component]
pub fn ExampleCard(
    /// The example shown.
    example: &'static Example,
) -> impl IntoView {
    let Locale(lang) = expect_context();
    let Script(script) = expect_context();
    let Settings(settings) = expect_context();
    let Recovery(recovery) = expect_context();
    let editor = expect_context::<Editor>();
    let runner = expect_context::<Runner>();
    let open = move |_| {
        let current = script.get_untracked();
        if !is_pristine(&current) {
            storage::save("recovery", &current);
            recovery.set(Some(current));
        }
        editor.with(|view| codemirror::set_doc(view, example.source));
        settings.update(|s| s.stdin = example.stdin.to_owned());
        runner.start();
        // Show the editor and the output the example now fills.
        if let Some(pane) = document().query_selector(".workspace").ok().flatten() {
            pane.scroll_into_view();
        }
    };
    let title = move || example.title(lang.get());

    view! {
        <li class="card" data-example=example.id data-corpus=example.corpus>
            <h4 class="card-title">{title}</h4>
            <p class="card-about">{move || example.about(lang.get())}</p>
            <div class="card-foot">
                {example.matches_cpython.then(|| view! {
                    <span class="badge" title=move || lang.get().strings().badge_hint>
                        <span aria-hidden="true">"✓ "</span>
                        {move || lang.get().strings().badge}
                    </span>
                })}
                <button type="button" class="open-button"
                    aria-label=move || format!("{}: {}", lang.get().strings().open_example, title())
                    on:click=open>
                    {move || lang.get().strings().open_example}
                </button>
            </div>
        </li>
    }
}
