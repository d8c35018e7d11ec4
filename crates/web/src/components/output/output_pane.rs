//! `OutputPane`: the text the last run wrote to stdout and stderr, rendered
//! as text (never as HTML: it is the program's, not ours).

use crate::run::RunOutput;
use crate::state::LastRun;
use leptos::prelude::*;

/// The region named `Output`.
#[component]
pub fn OutputPane() -> impl IntoView {
    let last_run = expect_context::<LastRun>().0.read_only();

    view! {
        <section class="pane output" role="region" aria-label="Output">
            <h2 class="pane-title">"Output"</h2>
            {move || match last_run.get() {
                None => view! { <p class="hint">"Press Run to see what the script prints."</p> }.into_any(),
                Some(output) => view! { <Printed output /> }.into_any(),
            }}
        </section>
    }
}

/// The two streams of one run, and its exit status when it failed.
#[component]
fn Printed(
    /// The finished run.
    output: RunOutput,
) -> impl IntoView {
    let RunOutput {
        stdout,
        stderr,
        exit_code,
    } = output;
    let status = (exit_code != 0).then(|| format!("exit status {exit_code}"));

    view! {
        <pre class="streams"><span class="stdout">{stdout}</span><span class="stderr">{stderr}</span></pre>
        {status.map(|status| view! { <p class="exit-status">{status}</p> })}
    }
}
