//! `OptionsPanel`: the [`RunSettings`](crate::run::RunSettings) a run
//! takes — CPU cost per instruction (the ideal clock at 0), the random
//! seed, the text `input()` reads, and how long `input()` waits as if
//! someone typed the line.

use crate::state::{Locale, Settings};
use coroscope_engine::LAPTOP_CPU_COST_NS;
use leptos::prelude::*;

/// A non-negative integer typed into a field (anything else reads as 0).
fn parse_count(text: &str) -> u64 {
    text.trim().parse().unwrap_or(0)
}

/// The collapsible options panel.
#[component]
pub fn OptionsPanel() -> impl IntoView {
    let Settings(settings) = expect_context();
    let Locale(lang) = expect_context();
    let s = move || lang.get().strings();

    view! {
        <details class="options">
            <summary>{move || s().options_title}</summary>
            <div class="option-grid">
                <label for="opt-cpu">{move || s().cpu_cost}</label>
                <input id="opt-cpu" type="number" min="0" max="1000000" step="1" inputmode="numeric"
                    aria-describedby="opt-cpu-note"
                    prop:value=move || settings.with(|s| s.cpu_cost_ns.to_string())
                    on:input=move |ev| settings.update(|s| s.cpu_cost_ns = parse_count(&event_target_value(&ev))) />
                <p id="opt-cpu-note" class="note">
                    {move || s().cpu_cost_note}
                    " "
                    <button type="button" class="link-button" on:click=move |_| settings.update(|s| s.cpu_cost_ns = 0)>
                        {move || s().ideal_clock}
                    </button>
                    " · "
                    <button type="button" class="link-button"
                        on:click=move |_| settings.update(|s| s.cpu_cost_ns = LAPTOP_CPU_COST_NS)>
                        {move || format!("{} ({LAPTOP_CPU_COST_NS} ns)", s().realistic_clock)}
                    </button>
                </p>

                <label for="opt-seed">{move || s().seed}</label>
                <input id="opt-seed" type="number" min="0" step="1" inputmode="numeric"
                    prop:value=move || settings.with(|s| s.seed.to_string())
                    on:input=move |ev| settings.update(|s| s.seed = parse_count(&event_target_value(&ev))) />

                <label for="opt-stdin">{move || s().stdin}</label>
                <textarea id="opt-stdin" rows="3" spellcheck="false" aria-describedby="opt-stdin-note"
                    prop:value=move || settings.with(|s| s.stdin.clone())
                    on:input=move |ev| settings.update(|s| s.stdin = event_target_value(&ev))></textarea>
                <p id="opt-stdin-note" class="note">{move || s().stdin_note}</p>

                <label for="opt-typing">{move || s().typing_delay}</label>
                <input id="opt-typing" type="number" min="0" step="100" inputmode="numeric"
                    aria-describedby="opt-typing-note"
                    prop:value=move || settings.with(|s| s.input_delay_ms.to_string())
                    on:input=move |ev| settings.update(|s| s.input_delay_ms = parse_count(&event_target_value(&ev))) />
                <p id="opt-typing-note" class="note">{move || s().typing_delay_note}</p>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::parse_count;

    #[test]
    fn fields_read_as_counts() {
        assert_eq!(parse_count(" 20 "), 20);
        assert_eq!(parse_count("-3"), 0);
        assert_eq!(parse_count(""), 0);
    }
}
