//! One run of a script through the engine's stepping API, to the end.
//!
//! For now the run goes on in one go; the engine's `advance(budget)` slices
//! are what later let the page run long scripts between frames and offer
//! Stop.

use coroscope_engine::{Progress, Run, RunOptions, Stream};

/// Instructions per `advance` call.
const SLICE: u64 = 1 << 16;

/// What a finished run printed, and how it ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunOutput {
    /// Everything written to `sys.stdout`.
    pub stdout: String,
    /// Everything written to `sys.stderr`.
    pub stderr: String,
    /// The exit status: 0, or 1 after an uncaught exception.
    pub exit_code: i32,
}

/// Runs `source` with the default options until it finishes.
pub fn run_to_end(source: &str) -> RunOutput {
    let mut run = Run::new(source, RunOptions::default());
    let exit_code = loop {
        if let Progress::Finished(code) = run.advance(SLICE) {
            break code;
        }
    };
    let trace = run.trace();
    RunOutput {
        stdout: trace.text_of(Stream::Stdout),
        stderr: trace.text_of(Stream::Stderr),
        exit_code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_printing_script_ends_with_output_and_status_zero() {
        let output = run_to_end("print('hello')\n");
        assert_eq!(output.exit_code, 0);
        assert!(!output.stdout.is_empty(), "no stdout in {output:?}");
    }
}
