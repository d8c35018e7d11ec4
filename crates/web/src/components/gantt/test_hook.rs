//! Hooks on `window` for the browser tests and the bench, to time the
//! chart alone, apart from the Run pipeline (the `Timeline` region's
//! `data-render-ms` then says how long indexing, layout and drawing took):
//! - `__coroscopeShowTrace(source)` runs `source` to the end on the engine,
//!   puts its trace on show and returns how long the run took (ms);
//! - `__coroscopeShowSample(n)` shows `layout::sample::sleepers(n)`, a
//!   synthetic trace of `n` tasks (the 100,000-task case: building it takes
//!   milliseconds, running such a script in the page most of a minute).

use super::dom;
use crate::state::{CurrentTrace, Selection};
use coroscope_engine::{Progress, Run, RunOptions};
use coroscope_trace::layout::sample;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// Instructions per `advance` call.
const SLICE: u64 = 1 << 20;

/// Installs the hooks on `window`.
pub fn install() {
    let CurrentTrace(current) = expect_context();
    let Selection(selection) = expect_context();
    let show_trace = Closure::<dyn Fn(String) -> f64>::new(move |source: String| {
        let started = dom::now_ms();
        let mut run = Run::new(&source, RunOptions::default());
        while !matches!(run.advance(SLICE), Progress::Finished(_)) {}
        let took = dom::now_ms() - started;
        // A new run: what was selected named the old one's spans.
        selection.set(None);
        current.set(Some(Arc::new(run.trace().clone())));
        took
    });
    let show_sample = Closure::<dyn Fn(u32) -> f64>::new(move |tasks: u32| {
        let started = dom::now_ms();
        let trace = sample::sleepers(tasks);
        let took = dom::now_ms() - started;
        selection.set(None);
        current.set(Some(Arc::new(trace)));
        took
    });
    if let Some(window) = web_sys::window() {
        for (name, hook) in [("__coroscopeShowTrace", show_trace.as_ref()), ("__coroscopeShowSample", show_sample.as_ref())] {
            let _ = js_sys::Reflect::set(&window, &JsValue::from_str(name), hook);
        }
    }
    // The page lives as long as the hooks.
    show_trace.forget();
    show_sample.forget();
}
