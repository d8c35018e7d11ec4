//! Runs the script in the browser without freezing it: the engine advances
//! in slices of about [`SLICE_MS`] milliseconds, and between slices the
//! page yields to the browser (a `setTimeout(0)` task, awaited through
//! wasm-bindgen-futures) so it paints, takes clicks and keys — including
//! Stop, which ends the run at once. After every slice the trace snapshot
//! is published to [`CurrentTrace`], so the output and Gantt grow while the
//! run works, and [`Status`] carries the progress (virtual time, steps).
//!
//! The live run sits in a thread-local slot, tagged with an id: starting a
//! new run or pressing Stop replaces it, and a slice loop whose id is no
//! longer in the slot just ends.

use crate::run::{advance_slice, compile_marker};
use crate::state::{CurrentTrace, ErrorMarker, RunStatus, Script, Selection, Settings, Status};
use coroscope_engine::{Progress, Run};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Milliseconds of engine work per slice: under one 60 Hz frame, so the
/// page keeps painting and answering while a long run works.
pub const SLICE_MS: f64 = 12.0;

thread_local! {
    static ACTIVE: RefCell<Option<(u64, Run)>> = const { RefCell::new(None) };
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
}

/// Starts and stops runs; a context, so Run, Stop, Ctrl+Enter and the
/// gallery all drive the same one.
#[derive(Clone, Copy)]
pub struct Runner {
    script: RwSignal<String>,
    settings: RwSignal<crate::run::RunSettings>,
    trace: RwSignal<Option<Arc<coroscope_trace::Trace>>>,
    status: RwSignal<RunStatus>,
    marker: RwSignal<Option<crate::state::MarkedError>>,
    selection: RwSignal<Option<crate::state::Selected>>,
}

impl Runner {
    /// Builds the runner over the contexts [`crate::App`] provided.
    pub fn from_context() -> Self {
        Self {
            script: expect_context::<Script>().0,
            settings: expect_context::<Settings>().0,
            trace: expect_context::<CurrentTrace>().0,
            status: expect_context::<Status>().0,
            marker: expect_context::<ErrorMarker>().0,
            selection: expect_context::<Selection>().0,
        }
    }

    /// Runs the editor's script with the current settings (ending any run
    /// still working).
    pub fn start(self) {
        let source = self.script.get_untracked();
        let run = Run::new(&source, self.settings.with_untracked(|s| s.to_options()));
        let id = NEXT_ID.with(|next| {
            next.set(next.get() + 1);
            next.get()
        });
        ACTIVE.with_borrow_mut(|active| *active = Some((id, run)));
        self.marker.set(None);
        self.selection.set(None);
        self.status.set(RunStatus::Running { steps: 0, time: 0 });
        leptos::task::spawn_local(async move {
            while self.slice(id, &source) {
                next_task().await;
            }
        });
    }

    /// Ends the working run now, keeping what it recorded.
    pub fn stop(self) {
        let Some((_, mut run)) = ACTIVE.with_borrow_mut(Option::take) else { return };
        let steps = run.steps();
        run.stop();
        let trace = Arc::new(run.trace().clone());
        self.status.set(RunStatus::Stopped { steps, time: trace.end });
        self.trace.set(Some(trace));
    }

    /// One slice of run `id`; `false` once it is over (or replaced).
    fn slice(self, id: u64, source: &str) -> bool {
        let outcome = ACTIVE.with_borrow_mut(|active| {
            let (active_id, run) = active.as_mut()?;
            if *active_id != id {
                return None;
            }
            let started = js_sys::Date::now();
            let progress = advance_slice(run, || js_sys::Date::now() - started > SLICE_MS);
            let steps = run.steps();
            let trace = Arc::new(run.trace().clone());
            if progress != Progress::Running {
                *active = None;
            }
            Some((progress, steps, trace))
        });
        let Some((progress, steps, trace)) = outcome else { return false };
        let time = trace.end;
        self.trace.set(Some(trace));
        match progress {
            Progress::Running => {
                self.status.set(RunStatus::Running { steps, time });
                true
            }
            Progress::Finished(code) => {
                // A run that failed before its first instruction did not compile.
                if code != 0 && steps == 0 {
                    self.marker.set(compile_marker(source).map(|marker| crate::state::MarkedError { marker, reveal: true }));
                }
                self.status.set(RunStatus::Finished { code, steps, time });
                false
            }
        }
    }
}

/// Resolves in a new browser task, after the browser has had its turn.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}
