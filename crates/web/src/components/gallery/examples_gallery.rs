//! `ExamplesGallery`: the region named `Examples`, shelves of
//! [`ExampleCard`]s from [`crate::gallery::EXAMPLES`].

use super::example_card::ExampleCard;
use crate::gallery::{Group, EXAMPLES};
use crate::state::Locale;
use leptos::prelude::*;

/// The region named `Examples`.
#[component]
pub fn ExamplesGallery() -> impl IntoView {
    let Locale(lang) = expect_context();
    let shelf = move |group: Group| {
        let title = move || {
            let s = lang.get().strings();
            match group {
                Group::Seeds => s.group_seeds,
                Group::Concepts => s.group_concepts,
                Group::Mistakes => s.group_mistakes,
            }
        };
        view! {
            <section class="shelf">
                <h3 class="shelf-title">{title}</h3>
                <ul class="cards">
                    {EXAMPLES.iter().filter(|e| e.group == group).map(|example| view! { <ExampleCard example /> }).collect_view()}
                </ul>
            </section>
        }
    };

    view! {
        <section class="pane gallery" role="region" aria-label="Examples">
            <h2 class="pane-title">{move || lang.get().strings().examples_title}</h2>
            {shelf(Group::Seeds)}
            {shelf(Group::Concepts)}
            {shelf(Group::Mistakes)}
        </section>
    }
}
