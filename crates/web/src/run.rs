//! Driving one run through the engine's stepping API in slices, the
//! settings a run takes, and the syntax-error marker. Plain Rust, tested
//! natively; `run_loop` schedules the slices between browser frames.

use coroscope_engine::compile::compile_module;
use coroscope_engine::{Progress, Run, RunOptions};

/// The file name tracebacks show for the editor's script.
pub const FILENAME: &str = "main.py";

/// Instructions per `advance` call. Small enough that checking the clock
/// between calls keeps a slice near its time budget (the engine runs some
/// tens of millions of instructions a second in wasm, so ~1 ms each).
pub const CHUNK: u64 = 20_000;

/// What the options panel sets; the rest of [`RunOptions`] keeps its
/// default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunSettings {
    /// Virtual nanoseconds per instruction (0: the ideal clock).
    pub cpu_cost_ns: u64,
    /// Seed of `random`.
    pub seed: u64,
    /// What `input()` reads.
    pub stdin: String,
    /// Virtual milliseconds `input()` blocks, as if someone typed the line.
    pub input_delay_ms: u64,
}

impl RunSettings {
    /// The engine's options for these settings.
    pub fn to_options(&self) -> RunOptions {
        RunOptions {
            filename: FILENAME.to_owned(),
            seed: self.seed,
            stdin: self.stdin.clone(),
            cpu_cost_ns: self.cpu_cost_ns,
            input_delay_ns: self.input_delay_ms.saturating_mul(1_000_000),
            ..RunOptions::default()
        }
    }
}

/// Runs `run` in chunks until it finishes or `out_of_time()` says the
/// slice is used up.
pub fn advance_slice(run: &mut Run, mut out_of_time: impl FnMut() -> bool) -> Progress {
    loop {
        let progress = run.advance(CHUNK);
        if progress != Progress::Running || out_of_time() {
            return progress;
        }
    }
}

/// Where to underline a syntax error, and CPython's text for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileMarker {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
    /// End line.
    pub end_line: u32,
    /// End column.
    pub end_col: u32,
    /// `SyntaxError: ...` as CPython's last line says it.
    pub message: String,
}

/// The syntax error of `source`, if it has one.
pub fn compile_marker(source: &str) -> Option<CompileMarker> {
    let error = compile_module(source, FILENAME).err()?;
    Some(CompileMarker {
        line: error.line.max(1),
        col: error.col.max(1),
        end_line: error.end_line,
        end_col: error.end_col,
        message: format!("{}: {}", error.kind.name(), error.message),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use coroscope_engine::Stream;

    #[test]
    fn an_endless_loop_is_sliced_and_stops_at_once() {
        let mut run = Run::new("while True:\n    pass\n", RunSettings::default().to_options());
        let mut slices = 0;
        for _ in 0..3 {
            let mut chunks = 0;
            let progress = advance_slice(&mut run, || {
                chunks += 1;
                chunks == 5
            });
            assert_eq!(progress, Progress::Running);
            slices += 1;
        }
        assert_eq!(slices, 3);
        assert!(run.steps() >= 3 * 5 * CHUNK, "ran {} instructions", run.steps());
        run.stop();
        assert_eq!(run.advance(CHUNK), Progress::Finished(1));
        assert!(run.trace().text_of(Stream::Stderr).contains("Stopped"));
    }

    #[test]
    fn a_short_script_finishes_in_one_slice() {
        let mut run = Run::new("print('hi')\n", RunSettings::default().to_options());
        assert_eq!(advance_slice(&mut run, || false), Progress::Finished(0));
        assert_eq!(run.trace().text_of(Stream::Stdout), "hi\n");
    }

    #[test]
    fn settings_reach_the_engine() {
        let settings = RunSettings { cpu_cost_ns: 0, seed: 0, stdin: "Ada\n".into(), input_delay_ms: 1500 };
        let source = "import time\nprint('hello', input(), time.monotonic())\n";
        let mut run = Run::new(source, settings.to_options());
        advance_slice(&mut run, || false);
        assert_eq!(run.trace().text_of(Stream::Stdout), "hello Ada 1.5\n");
    }

    #[test]
    fn a_syntax_error_is_marked_where_cpython_puts_it() {
        let marker = compile_marker("x = 1\nprint(x +)\n").expect("a syntax error");
        assert_eq!(marker.line, 2);
        assert!(marker.col >= 1);
        assert!(marker.message.starts_with("SyntaxError: "), "{marker:?}");
        assert_eq!(compile_marker("print(1)\n"), None);
    }
}
