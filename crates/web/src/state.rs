//! The page's shared state, provided once by [`crate::App`] as newtype
//! contexts so `expect_context` finds each by its type.
//!
//! Two of them are the seam between the page's features: whoever runs a
//! script writes [`CurrentTrace`]; the output pane and the Gantt read it.
//! Whoever the user clicks (a Gantt span, an output line, the editor) writes
//! [`Selection`]; the others highlight what it names.

use crate::run::RunOutput;
use coroscope_trace::{LaneId, Trace};
use leptos::prelude::*;
use std::sync::Arc;

/// The script as the editor last reported it.
#[derive(Clone, Copy)]
pub struct Script(pub RwSignal<String>);

/// What the last run printed; `None` until the first run.
#[derive(Clone, Copy)]
pub struct LastRun(pub RwSignal<Option<RunOutput>>);

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
