//! The page's shared state, provided once by [`crate::App`] as newtype
//! contexts so `expect_context` finds each by its type.
//!
//! Two of them are the seam between the page's features: whoever runs a
//! script writes [`CurrentTrace`]; the output pane and the Gantt read it.
//! Whoever the user clicks (a Gantt span, an output line, the editor) writes
//! [`Selection`]; the others highlight what it names.

use crate::codemirror::EditorView;
use crate::i18n::Lang;
use crate::run::{CompileMarker, RunSettings};
use coroscope_trace::{LaneId, Nanos, Trace};
use leptos::prelude::*;
use std::sync::Arc;

/// The script as the editor last reported it.
#[derive(Clone, Copy)]
pub struct Script(pub RwSignal<String>);

/// The trace of the run on show: replaced by a new snapshot after every
/// slice while a run works, so it grows; `None` before the first run.
#[derive(Clone, Copy)]
pub struct CurrentTrace(pub RwSignal<Option<Arc<Trace>>>);

/// What the user picked; `None` when nothing is selected.
#[derive(Clone, Copy)]
pub struct Selection(pub RwSignal<Option<Selected>>);

/// One picked thing, named by what every view can find again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selected {
    /// The lane (task, thread) it belongs to, if any.
    pub lane: Option<LaneId>,
    /// The source line (1-based; 0 when it has none).
    pub line: u32,
    /// The global sequence number of the span or output event picked.
    pub seq: Option<u64>,
}

/// The run options the user set (options panel), autosaved.
#[derive(Clone, Copy)]
pub struct Settings(pub RwSignal<RunSettings>);

/// Where the current or last run is.
#[derive(Clone, Copy)]
pub struct Status(pub RwSignal<RunStatus>);

/// The state of the run on show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RunStatus {
    /// No run yet.
    #[default]
    Idle,
    /// Working between frames.
    Running {
        /// Instructions so far.
        steps: u64,
        /// Virtual time so far.
        time: Nanos,
    },
    /// Ended by itself with this exit status.
    Finished {
        /// Exit status (0, or 1 after an uncaught exception).
        code: i32,
        /// Instructions executed.
        steps: u64,
        /// Virtual time at the end.
        time: Nanos,
    },
    /// Ended by the Stop button.
    Stopped {
        /// Instructions executed.
        steps: u64,
        /// Virtual time when stopped.
        time: Nanos,
    },
}

impl RunStatus {
    /// Whether a run is working now.
    pub fn is_running(self) -> bool {
        matches!(self, RunStatus::Running { .. })
    }
}

/// The UI language.
#[derive(Clone, Copy)]
pub struct Locale(pub RwSignal<Lang>);

/// Whether the page is dark (`true`) or light.
#[derive(Clone, Copy)]
pub struct Dark(pub RwSignal<bool>);

/// The syntax error underlined in the editor: the last run's, or the one
/// found when typing paused.
#[derive(Clone, Copy)]
pub struct ErrorMarker(pub RwSignal<Option<MarkedError>>);

/// A syntax error to underline, and whether to scroll to it (a run's
/// error is revealed; one found while typing is not).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkedError {
    /// Where and what.
    pub marker: CompileMarker,
    /// Scroll the editor to it.
    pub reveal: bool,
}

/// The user's own script after a gallery example replaced it, so it can
/// be brought back (never lost silently).
#[derive(Clone, Copy)]
pub struct Recovery(pub RwSignal<Option<String>>);

/// The live CodeMirror view, once mounted (browser-only, so stored locally).
#[derive(Clone, Copy)]
pub struct Editor(pub StoredValue<Option<EditorView>, LocalStorage>);

impl Editor {
    /// Calls `f` with the view if the editor is mounted.
    pub fn with(self, f: impl FnOnce(&EditorView)) {
        self.0.with_value(|view| {
            if let Some(view) = view {
                f(view);
            }
        });
    }
}
