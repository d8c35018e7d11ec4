//! Driving `coroscope-fuzz-runner` (crate `crates/fuzz`): one child process
//! per batch of inputs, under a memory cap, with a wall-clock limit per
//! input. A panic, crash or hang ends the child; the input it was on gets
//! that verdict and a new child goes on with the rest of the batch.

use crate::child::{capped, kill_group, signal_of};
use crate::Result;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

/// How one input ended.
#[derive(Clone, Debug)]
pub enum Verdict {
    /// The engine finished it (exit code, peak RSS in KiB, outcome tag and
    /// detail as the runner reported them).
    Done {
        code: i32,
        peak_kib: u64,
        outcome: String,
    },
    /// A Rust panic: message and location.
    Panic(String),
    /// The process died otherwise (signal, abort): what it said.
    Crash(String),
    /// No answer within the time limit.
    Timeout,
}

/// The built runner and its limits.
pub struct Runner {
    /// A private copy of the binary, so a rebuild by someone else mid-run
    /// doesn't change what is being fuzzed.
    pub path: PathBuf,
    pub timeout: Duration,
    pub max_instructions: u64,
    pub memory_kib: u64,
    /// After an input peaks above this, the child is replaced: the
    /// allocator keeps freed memory, so the next input's peak RSS would
    /// start from this one's.
    pub restart_above_kib: u64,
    /// Where each child's stderr goes (read after it dies).
    pub stderr_path: PathBuf,
}

impl Runner {
    /// Runs every file; one verdict per file, in order.
    pub fn run_batch(&self, files: &[PathBuf]) -> Result<Vec<Verdict>> {
        let mut verdicts = Vec::with_capacity(files.len());
        while verdicts.len() < files.len() {
            let first = verdicts.len();
            self.run_from(&files[first..], &mut verdicts)?;
        }
        Ok(verdicts)
    }

    /// One child over `files`, until it ends or hangs; pushes the verdicts
    /// it produced (at least one).
    fn run_from(&self, files: &[PathBuf], verdicts: &mut Vec<Verdict>) -> Result<()> {
        let base = verdicts.len();
        let mut child = self.spawn(files)?;
        let stdout = child.stdout.take().ok_or("runner without stdout")?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut running = false;
        loop {
            match rx.recv_timeout(self.timeout) {
                Ok(line) => {
                    if line.starts_with("start ") {
                        running = true;
                    } else if let Some(verdict) = parse_done(&line) {
                        let restart = matches!(verdict, Verdict::Done { peak_kib, .. } if peak_kib > self.restart_above_kib);
                        verdicts.push(verdict);
                        running = false;
                        if restart && base + files.len() > verdicts.len() {
                            let _ = child.kill();
                            child.wait()?;
                            return Ok(());
                        }
                    }
                }
                Err(RecvTimeoutError::Disconnected) => {
                    let status = child.wait()?;
                    if running || verdicts.len() == base {
                        verdicts.push(self.death(&status));
                    }
                    return Ok(());
                }
                Err(RecvTimeoutError::Timeout) => {
                    kill_group(&mut child)?;
                    verdicts.push(Verdict::Timeout);
                    return Ok(());
                }
            }
        }
    }

    fn spawn(&self, files: &[PathBuf]) -> Result<Child> {
        let child = capped(&self.path, self.memory_kib)
            .arg("--max-instructions")
            .arg(self.max_instructions.to_string())
            .env("RUST_BACKTRACE", "1")
            .args(files)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&self.stderr_path)?)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", self.path.display()))?;
        Ok(child)
    }

    /// What a child that died on an input said about it.
    fn death(&self, status: &std::process::ExitStatus) -> Verdict {
        let stderr = std::fs::read_to_string(&self.stderr_path).unwrap_or_default();
        if let Some(line) = stderr.lines().find_map(|l| l.strip_prefix("PANIC: ")) {
            return Verdict::Panic(line.to_owned());
        }
        let how = match signal_of(status) {
            Some(signal) => format!("signal {signal}"),
            None => format!("exit {}", status.code().unwrap_or(-1)),
        };
        let first = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let frame = engine_frame(&stderr).map_or_else(String::new, |f| format!(" in {f}"));
        Verdict::Crash(format!("{how}: {first}{frame}"))
    }
}

/// The innermost engine function of a Rust backtrace (the runner runs with
/// `RUST_BACKTRACE=1`, and an allocation failure prints one).
fn engine_frame(stderr: &str) -> Option<&str> {
    stderr.lines().find_map(|line| {
        let (number, function) = line.trim().split_once(": ")?;
        let is_frame = number.chars().all(|c| c.is_ascii_digit());
        (is_frame && function.starts_with("coroscope_engine::")).then_some(function)
    })
}

/// `done INDEX CODE PEAK_KIB OUTCOME…`.
fn parse_done(line: &str) -> Option<Verdict> {
    let mut parts = line.strip_prefix("done ")?.splitn(4, ' ');
    let _index = parts.next()?;
    let code = parts.next()?.parse().ok()?;
    let peak_kib = parts.next()?.parse().ok()?;
    let outcome = parts.next().unwrap_or("").to_owned();
    Some(Verdict::Done {
        code,
        peak_kib,
        outcome,
    })
}

/// Builds the runner (`dev` profile unless `release`: debug assertions and
/// overflow checks on, as cargo-fuzz builds) and copies it into `work`.
pub fn build(root: &Path, release: bool, work: &Path) -> Result<PathBuf> {
    let mut command = std::process::Command::new("cargo");
    command
        .current_dir(root)
        .args(["build", "-p", "coroscope-fuzz"]);
    if release {
        command.arg("--release");
    }
    crate::process::run(&mut command)?;
    let profile = if release { "release" } else { "debug" };
    let built = root
        .join("target")
        .join(profile)
        .join("coroscope-fuzz-runner");
    let copy = work.join("coroscope-fuzz-runner");
    std::fs::copy(&built, &copy)?;
    Ok(copy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_done_lines() {
        let Some(Verdict::Done {
            code,
            peak_kib,
            outcome,
        }) = parse_done("done 3 1 4096 internal-error bad thing")
        else {
            panic!("not parsed");
        };
        assert_eq!(
            (code, peak_kib, outcome.as_str()),
            (1, 4096, "internal-error bad thing")
        );
        assert!(parse_done("start 3").is_none());
    }

    #[test]
    fn finds_the_innermost_engine_frame() {
        let stderr = "memory allocation of 8 bytes failed\nstack backtrace:\n   0: std::alloc::rust_oom\n             at /rustc/library/std/src/alloc.rs:424:5\n  10: coroscope_engine::builtins::seq_ops::repeat\n  11: coroscope_engine::vm::Vm::run\n";
        assert_eq!(
            engine_frame(stderr),
            Some("coroscope_engine::builtins::seq_ops::repeat")
        );
        assert_eq!(engine_frame("thread 'x' has overflowed its stack"), None);
    }
}
