//! The Trace: what every task, thread and process of a run did, when, and
//! what it printed. It is the contract between the engine and the frontends
//! (see DESIGN.md, "Trace"); this crate depends on nothing of the engine.
//!
//! # Model
//! - [`Lane`]s: the main thread (which runs the event loop), each asyncio
//!   Task, each simulated thread and process.
//! - [`Span`]s per lane, covering its life: running, ready, waiting (on
//!   what), blocked, done.
//! - [`OutputEvent`]s: every write to stdout/stderr with its virtual time,
//!   lane and global sequence number.
//! - [`Event`]s: task lifecycle and notices.
//! - Every record carries a `seq` from one global counter: the step order,
//!   which shows interleavings even when everything happens at time 0.
//!
//! # Layout
//! - `ascii` — the ASCII Gantt chart for the CLI.
//! - `chrome` — Chrome/Perfetto trace JSON.
//! - `layout` — the web Gantt's geometry: lane window, span rectangles,
//!   ticks, zoom and pan, tooltip text.
#![warn(missing_docs)]

pub mod ascii;
pub mod chrome;
pub mod layout;

/// Index of a lane in [`Trace::lanes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct LaneId(pub u32);

/// Virtual time in nanoseconds since the run started.
pub type Nanos = u64;

/// Which standard stream a line of output went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    /// `sys.stdout`.
    Stdout,
    /// `sys.stderr`.
    Stderr,
}

/// One chunk of program output, in the order the program wrote it.
#[derive(Clone, Debug, PartialEq)]
pub struct OutputEvent {
    /// The stream written to.
    pub stream: Stream,
    /// The text written (may hold several lines or part of one).
    pub text: String,
    /// Virtual time of the write.
    pub time: Nanos,
    /// The lane that wrote it.
    pub lane: LaneId,
    /// Source line executing at the write (0 if unknown).
    pub line: u32,
    /// Global sequence number.
    pub seq: u64,
}

impl OutputEvent {
    /// A write at time 0 on the main lane (compile errors, notices).
    pub fn plain(stream: Stream, text: impl Into<String>) -> Self {
        Self { stream, text: text.into(), time: 0, lane: LaneId(0), line: 0, seq: 0 }
    }
}

/// What kind of execution a lane shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneKind {
    /// The main thread / event loop.
    Main,
    /// An asyncio Task.
    Task,
    /// A simulated OS thread.
    Thread,
    /// A simulated process.
    Process,
}

/// One row of the Gantt chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// Its id (its index in the trace).
    pub id: LaneId,
    /// Main, task, thread or process.
    pub kind: LaneKind,
    /// Display name (`Task-2`, `MainThread`, ...).
    pub name: String,
    /// The coroutine (or function) it runs.
    pub coro: std::sync::Arc<str>,
    /// The lane that created it.
    pub parent: Option<LaneId>,
    /// When it was created.
    pub created: Nanos,
    /// Source line of its creation (0 if unknown).
    pub line: u32,
}

/// What a lane is doing during a span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpanState {
    /// Executing bytecode.
    Running,
    /// Runnable, waiting for the event loop to step it.
    Ready,
    /// Suspended at an `await`, waiting on the described thing.
    Waiting(String),
    /// Blocked inside `time.sleep` / `input()` (holding its thread).
    Blocked(String),
    /// Finished: `result`, `exception: ...` or `cancelled`.
    Done(String),
}

impl SpanState {
    /// A short label (`running`, `waiting`, ...).
    pub fn label(&self) -> &'static str {
        match self {
            SpanState::Running => "running",
            SpanState::Ready => "ready",
            SpanState::Waiting(_) => "waiting",
            SpanState::Blocked(_) => "blocked",
            SpanState::Done(_) => "done",
        }
    }
}

/// A stretch of one lane's life in one state.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// The lane.
    pub lane: LaneId,
    /// The state.
    pub state: SpanState,
    /// Start time.
    pub start: Nanos,
    /// End time (equal to `start` for instants under the ideal clock).
    pub end: Nanos,
    /// Sequence number when it started.
    pub start_seq: u64,
    /// Sequence number when it ended.
    pub end_seq: u64,
    /// Source line where the lane was when the span began (0 if unknown).
    pub line: u32,
}

/// Lifecycle events and notices.
#[derive(Clone, Debug, PartialEq)]
pub enum EventKind {
    /// A lane was created.
    Created,
    /// A task was cancelled.
    Cancelled,
    /// A lane finished.
    Finished,
    /// A warning was printed.
    Warning(String),
    /// An exception nobody caught.
    Uncaught(String),
    /// A notice from Coroscope (deadlock, limits).
    Notice(String),
}

/// A point event on a lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The lane.
    pub lane: LaneId,
    /// What happened.
    pub kind: EventKind,
    /// When.
    pub time: Nanos,
    /// Global sequence number.
    pub seq: u64,
}

/// Everything the frontends draw about one run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    /// Program output in order of writing.
    pub output: Vec<OutputEvent>,
    /// Lanes; index 0 is the main thread.
    pub lanes: Vec<Lane>,
    /// Closed spans, in the order they ended.
    pub spans: Vec<Span>,
    /// Lifecycle events.
    pub events: Vec<Event>,
    /// Virtual time at the end of the run (so far).
    pub end: Nanos,
}

impl Trace {
    /// All text written to `stream`, concatenated.
    pub fn text_of(&self, stream: Stream) -> String {
        self.output
            .iter()
            .filter(|event| event.stream == stream)
            .map(|event| event.text.as_str())
            .collect()
    }

    /// Spans of one lane, in time order.
    pub fn spans_of(&self, lane: LaneId) -> impl Iterator<Item = &Span> {
        self.spans.iter().filter(move |s| s.lane == lane)
    }
}

/// Seconds as a short decimal string (`0`, `1.5`, `3.25`).
pub fn fmt_seconds(ns: Nanos) -> String {
    let s = ns as f64 / 1e9;
    let text = format!("{s:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text.is_empty() { "0".into() } else { text.to_owned() }
}
