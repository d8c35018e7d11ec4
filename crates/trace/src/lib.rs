//! The Trace: what every task, thread and process of a run did, when, and
//! what it printed. It is the contract between the engine and the frontends
//! (see DESIGN.md, "Trace"); this crate depends on nothing of the engine.
#![warn(missing_docs)]

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
}

/// Everything the frontends draw about one run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    /// Program output in order of writing.
    pub output: Vec<OutputEvent>,
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
}
