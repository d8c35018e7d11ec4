//! The Coroscope playground page: a Leptos app (client-side rendered, built
//! by Trunk from the repository's `index.html`) that edits a script, runs it
//! on `coroscope-engine` and shows what it printed.
//!
//! # Layout
//! - `state` — the newtype contexts [`App`] provides; components take the
//!   half they need.
//! - `run` — drives one run through the engine's stepping API (plain Rust,
//!   tested natively).
//! - `palette` — lane colour classes shared by the Gantt and the output.
//! - `codemirror` — bindings to the editor bundle (`web/editor/`).
//! - `components/` — one component per file, a folder per feature:
//!   `editor`, `toolbar`, `output`, `gantt`.

mod codemirror;
mod components;
mod palette;
mod run;
mod state;

use components::{editor::CodeEditor, gantt::Timeline, output::OutputPane, toolbar::RunButton};
use leptos::prelude::*;
use state::{CurrentTrace, LastRun, Script, Selection};

/// The script the editor opens with.
const FIRST_SCRIPT: &str = r#"import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello, {name}")


async def main():
    await asyncio.gather(greet("world", 1.0), greet("asyncio", 0.5))


asyncio.run(main())
"#;

/// The whole page: provides the state and lays out its parts.
#[component]
pub fn App() -> impl IntoView {
    provide_context(Script(RwSignal::new(FIRST_SCRIPT.to_owned())));
    provide_context(LastRun(RwSignal::new(None)));
    provide_context(CurrentTrace(RwSignal::new(None)));
    provide_context(Selection(RwSignal::new(None)));

    view! {
        <header class="topbar">
            <h1 class="brand">"Coroscope"</h1>
            <p class="tagline">"Watch Python's asyncio run, step by step, on a virtual clock."</p>
            <RunButton />
        </header>
        <main class="workspace">
            <CodeEditor />
            <OutputPane />
            <Timeline />
        </main>
    }
}
