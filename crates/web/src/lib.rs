//! The Coroscope playground page: a Leptos app (client-side rendered, built
//! by Trunk from the repository's `index.html`) that edits a script, runs it
//! on `coroscope-engine` in slices between frames, and shows what it printed
//! and when.
//!
//! # Layout
//! - `state` — the newtype contexts [`App`] provides; components take the
//!   half they need.
//! - `run` — settings, slicing and the syntax-error marker (plain Rust,
//!   tested natively); `run_loop` — the browser loop that advances a run
//!   between frames and stops it.
//! - `output_lines` — the run's writes cut into stamped lines.
//! - `gallery` — the examples (corpus scripts) and their explanations.
//! - `i18n` — the UI text in Korean and English; `storage` — autosave.
//! - `palette` — lane colour classes shared by the Gantt and the output.
//! - `codemirror` — bindings to the editor bundle (`web/editor/`).
//! - `components/` — one component per file, a folder per feature:
//!   `editor`, `toolbar`, `output`, `options`, `gallery`, `gantt`.

mod codemirror;
mod components;
pub mod gallery;
pub mod i18n;
pub mod output_lines;
mod palette;
pub mod run;
mod run_loop;
mod state;
mod storage;

use components::editor::{CodeEditor, RestoreNotice};
use components::gallery::ExamplesGallery;
use components::gantt::Timeline;
use components::options::OptionsPanel;
use components::output::OutputPane;
use components::toolbar::{LangToggle, RunButton, RunProgress, StopButton, ThemeToggle};
use i18n::Lang;
use leptos::prelude::*;
use run_loop::Runner;
use state::{CurrentTrace, Dark, Editor, ErrorMarker, Locale, Recovery, RunStatus, Script, Selection, Settings, Status};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The script the editor opens with on a first visit. The editor bundle
/// shows the same file before the wasm has started (web/editor/main.js).
pub const FIRST_SCRIPT: &str = include_str!("../../../web/editor/first_script.py");

/// The language to start in: the remembered choice, else the browser's.
fn first_lang() -> Lang {
    match storage::load("lang").as_deref() {
        Some("ko") => Lang::Ko,
        Some("en") => Lang::En,
        _ => Lang::from_tag(&window().navigator().language().unwrap_or_default()),
    }
}

/// Dark or light to start in: the remembered choice, else the system's.
fn first_dark() -> bool {
    match storage::load("theme").as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|query| query.matches()),
    }
}

/// Until the user picks a theme with the toggle, the page follows the
/// system's as it changes (a laptop going dark at sunset), not only at load.
fn follow_system_theme(dark: RwSignal<bool>) {
    let Some(query) = window().match_media("(prefers-color-scheme: dark)").ok().flatten() else { return };
    let watched = query.clone();
    let on_change = Closure::<dyn Fn()>::new(move || {
        if storage::load("theme").is_none() {
            dark.set(watched.matches());
        }
    });
    let _ = query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    // The page lives as long as its listener.
    on_change.forget();
}

/// Provides every context, restoring what storage remembers.
fn provide_state() {
    let script = storage::load("script").filter(|s| !s.is_empty()).unwrap_or_else(|| FIRST_SCRIPT.to_owned());
    provide_context(Script(RwSignal::new(script)));
    provide_context(CurrentTrace(RwSignal::new(None)));
    provide_context(Selection(RwSignal::new(None)));
    provide_context(Settings(RwSignal::new(storage::load_settings())));
    provide_context(Status(RwSignal::new(RunStatus::Idle)));
    provide_context(Locale(RwSignal::new(first_lang())));
    provide_context(Dark(RwSignal::new(first_dark())));
    provide_context(ErrorMarker(RwSignal::new(None)));
    provide_context(Recovery(RwSignal::new(storage::load("recovery").filter(|s| !s.is_empty()))));
    provide_context(Editor(StoredValue::new_local(None)));
    provide_context(Runner::from_context());
}

/// Keeps storage and `<html>` in step with the state (the outside world).
fn sync_outside() {
    let Script(script) = expect_context();
    let Settings(settings) = expect_context();
    let Locale(lang) = expect_context();
    let Dark(dark) = expect_context();
    Effect::new(move |_| script.with(|text| storage::save("script", text)));
    Effect::new(move |_| settings.with(storage::save_settings));
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().tag());
            let _ = root.set_attribute("data-theme", if dark.get() { "dark" } else { "light" });
        }
    });
    follow_system_theme(dark);
    // Ctrl/Cmd+Enter runs from anywhere (the editor handles its own first).
    let runner = expect_context::<Runner>();
    let handle = window_event_listener(leptos::ev::keydown, move |event| {
        if (event.ctrl_key() || event.meta_key()) && event.key() == "Enter" && !event.default_prevented() {
            event.prevent_default();
            runner.start();
        }
    });
    // The page lives as long as its listener.
    std::mem::forget(handle);
}

/// The whole page: provides the state and lays out its parts.
#[component]
pub fn App() -> impl IntoView {
    provide_state();
    sync_outside();
    let Locale(lang) = expect_context();

    view! {
        <header class="topbar">
            <h1 class="brand">"Coroscope"</h1>
            <p class="tagline">{move || lang.get().strings().tagline}</p>
            <div class="controls">
                <RunButton />
                <StopButton />
                <RunProgress />
            </div>
            <div class="prefs">
                <LangToggle />
                <ThemeToggle />
            </div>
        </header>
        <main class="workspace">
            <div class="pane code-pane">
                <h2 class="pane-title">{move || lang.get().strings().code_title}</h2>
                <RestoreNotice />
                <CodeEditor />
                <OptionsPanel />
            </div>
            <OutputPane />
            <Timeline />
            <ExamplesGallery />
        </main>
    }
}
