//! `coroscope-fuzz-runner [--max-instructions N] FILE...`: the child process
//! of `cargo xtask fuzz`. It runs each file through the engine, one after
//! another on one thread (as the page runs one script after another), and
//! reports on stdout, one line each, flushed at once:
//!
//! ```text
//! start INDEX
//! done INDEX EXIT_CODE PEAK_RSS_KB OUTCOME [DETAIL]
//! ```
//!
//! OUTCOME is `ok`, the exception type of the last stderr line
//! (`SyntaxError`, `TypeError`, ...), or for the engine's own stops
//! `instruction-limit`, `output-limit` and `internal-error` (then DETAIL is
//! the engine's message). A panic prints `PANIC: message at
//! file:line:col` on stderr and exits with status 101 at once, so the parent
//! knows which input did it from the last `start` line without `done`. A
//! hang shows as no `done` line; the parent kills the process. Peak RSS is
//! per input: the runner resets the kernel's high-water mark
//! (`/proc/self/clear_refs`) before each one.
//!
//! A file `X.in` beside `X` is the run's stdin text. The worker thread gets
//! the CLI's 256 MiB stack, so a stack overflow here is one in the CLI too.

use coroscope_engine::{Progress, Run, RunOptions, Stream};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Text `input()` reads when an input has no `.in` file.
const DEFAULT_STDIN: &str = "3\nhello\n42\n";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut max_instructions = 2_000_000;
    if args.first().map(String::as_str) == Some("--max-instructions") && args.len() >= 2 {
        let Ok(n) = args[1].parse() else {
            eprintln!("coroscope-fuzz-runner: --max-instructions expects a number");
            return ExitCode::from(2);
        };
        max_instructions = n;
        args.drain(..2);
    }
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "<non-string payload>".to_owned());
        let at = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        eprintln!("PANIC: {} at {at}", message.replace('\n', "\\n"));
        // Exit here, before unwinding runs any of the engine's destructors.
        std::process::exit(101);
    }));
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run_all(&args, max_instructions));
    match worker.map(|h| h.join()) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        _ => ExitCode::from(70),
    }
}

fn run_all(files: &[String], max_instructions: u64) {
    for (index, file) in files.iter().enumerate() {
        report(&format!("start {index}"));
        let bytes = std::fs::read(file).unwrap_or_default();
        let source = String::from_utf8_lossy(&bytes);
        let stdin = std::fs::read_to_string(Path::new(file).with_extension("in"))
            .unwrap_or_else(|_| DEFAULT_STDIN.to_owned());
        reset_peak_rss();
        let options = RunOptions {
            filename: "fuzz.py".to_owned(),
            seed: 0,
            stdin,
            max_instructions,
            // Under the parent's 512 MiB RSS flag: a run that reaches the
            // engine's memory limit must end there, not be flagged.
            max_memory: 256 << 20,
            ..RunOptions::default()
        };
        let mut run = Run::new(&source, options);
        let code = loop {
            if let Progress::Finished(code) = run.advance(1 << 16) {
                break code;
            }
        };
        let outcome = outcome(&run.trace().text_of(Stream::Stderr), code);
        report(&format!("done {index} {code} {} {outcome}", peak_rss_kb()));
    }
}

fn report(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// `ok`, the engine's stop reason, or the exception type the last stderr
/// line names.
fn outcome(stderr: &str, code: i32) -> String {
    if code == 0 {
        return "ok".to_owned();
    }
    let last = stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    if let Some(message) = last.strip_prefix("[Coroscope] Internal error: ") {
        return format!("internal-error {message}");
    }
    if last.starts_with("[Coroscope] The run was stopped after") {
        return "instruction-limit".to_owned();
    }
    if last.starts_with("[Coroscope] The run was stopped: it printed") {
        return "output-limit".to_owned();
    }
    if last.starts_with("[Coroscope] The run was stopped: it used more memory") {
        return "memory-limit".to_owned();
    }
    let name: String = last
        .split(':')
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(40)
        .collect();
    if name.is_empty() {
        format!("exit{code}")
    } else {
        name
    }
}

/// Resets VmHWM (`man 5 proc`, clear_refs value 5).
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}
