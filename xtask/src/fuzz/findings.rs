//! What counts as a finding, how findings are grouped, and where they are
//! saved: `target/fuzz-findings/seed-N/<kind>-<hash>-<k>.py` with a `.txt`
//! beside it (verdict, origin, what CPython does with the same input).
//!
//! A finding is a panic, a crash (stack overflow, failed allocation, any
//! other abort), a timeout, an engine-reported internal error, or a peak
//! RSS above the flag. Timeouts, memory and aborts are judged against
//! CPython: an input that CPython can't run within the same limits either
//! (`'a' * 10**9` needs a gigabyte there too) is grouped apart, "(CPython
//! too)", from one CPython copes with, "(CPython copes)".

use super::runner::Verdict;
use crate::child::{capped, wait_timeout};
use crate::Result;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

/// Examples saved per group; the rest are only counted.
const SAVED_PER_GROUP: usize = 3;
/// GNU time, for CPython's peak RSS.
const GNU_TIME: &str = "/usr/bin/time";

/// What CPython did with an input.
pub struct Cpython {
    /// Exit status, time, peak RSS, last stderr line.
    pub summary: String,
    /// It ended by itself within the time limit (a `MemoryError` counts).
    pub in_time: bool,
    /// Its peak RSS stayed under the flag.
    pub in_memory: bool,
}

impl Cpython {
    /// The suffix of a signature judged against CPython: whether CPython
    /// ran the same input within the limit that the engine broke (time for
    /// a timeout; time and the RSS flag for the others).
    pub fn label(&self, signature: &str) -> &'static str {
        let copes = if kind(signature) == "timeout" {
            self.in_time
        } else {
            self.in_time && self.in_memory
        };
        if copes {
            "(CPython copes)"
        } else {
            "(CPython too)"
        }
    }
}

/// A group of findings with the same signature.
pub struct Group {
    pub signature: String,
    pub count: u64,
    /// Saved examples: the input file (`.py`).
    pub saved: Vec<PathBuf>,
}

/// The findings of one run.
pub struct Findings {
    pub dir: PathBuf,
    pub groups: BTreeMap<String, Group>,
    /// Limits the CPython triage runs under (the engine's).
    pub python: PathBuf,
    pub timeout: Duration,
    pub memory_kib: u64,
    pub rss_flag_kib: u64,
}

/// The signature of a verdict if it is a finding: kind, then what
/// distinguishes one bug from another (panic location, message shape).
pub fn signature(verdict: &Verdict, rss_flag_kib: u64) -> Option<String> {
    match verdict {
        Verdict::Panic(message) => {
            let (text, at) = message.rsplit_once(" at ").unwrap_or((message, ""));
            Some(format!("panic at {at}: {}", shape(text)))
        }
        Verdict::Crash(text) if text.contains("has overflowed its stack") => {
            Some("stack-overflow".to_owned())
        }
        Verdict::Crash(text) if text.contains("memory allocation of") => {
            let frame = text.split_once(" in ").map_or("", |(_, f)| f);
            Some(format!("alloc-failure in {frame}"))
        }
        Verdict::Crash(text) => Some(format!("crash: {}", shape(text))),
        Verdict::Timeout => Some("timeout".to_owned()),
        Verdict::Done { outcome, .. } if outcome.starts_with("internal-error") => Some(format!(
            "internal-error: {}",
            shape(outcome.trim_start_matches("internal-error "))
        )),
        Verdict::Done { peak_kib, .. } if *peak_kib > rss_flag_kib => Some("memory".to_owned()),
        Verdict::Done { .. } => None,
    }
}

/// Whether a finding of this signature is only one if CPython does better.
pub fn judged_against_cpython(signature: &str) -> bool {
    matches!(
        kind(signature),
        "timeout" | "memory" | "alloc-failure" | "stack-overflow"
    )
}

/// The first word of a signature: `panic`, `timeout`, `memory`, ….
fn kind(signature: &str) -> &str {
    signature.split([' ', ':']).next().unwrap_or("finding")
}

/// Digits collapsed and length capped, so the same bug with other values
/// groups together.
fn shape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().take(120) {
        if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// FNV-1a, for short stable file names.
fn hash(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

impl Findings {
    /// Records one finding; saves it if its group has room. For verdicts
    /// judged against CPython, runs CPython first and folds its behaviour
    /// into the signature.
    pub fn record(
        &mut self,
        signature: String,
        verdict: &Verdict,
        input: &Path,
        origin: &str,
    ) -> Result<()> {
        let (signature, cpython) = if judged_against_cpython(&signature) {
            let cpython = self.cpython(input);
            let label = cpython.label(&signature);
            (format!("{signature} {label}"), Some(cpython))
        } else {
            (signature, None)
        };
        let group = self
            .groups
            .entry(signature.clone())
            .or_insert_with(|| Group {
                signature: signature.clone(),
                count: 0,
                saved: Vec::new(),
            });
        group.count += 1;
        let number = group.saved.len() + 1;
        if number > SAVED_PER_GROUP {
            return Ok(());
        }
        let name = format!("{}-{:08x}-{number}", kind(&signature), hash(&signature));
        let saved = self.dir.join(format!("{name}.py"));
        std::fs::copy(input, &saved)?;
        let stdin = input.with_extension("in");
        if stdin.exists() {
            std::fs::copy(&stdin, saved.with_extension("in"))?;
        }
        let cpython = match cpython {
            Some(c) => c.summary,
            None => self.cpython(&saved).summary,
        };
        let report = format!(
            "signature: {signature}\nverdict:   {verdict:?}\norigin:    {origin}\nCPython:   {cpython}\n"
        );
        std::fs::write(saved.with_extension("txt"), report)?;
        if let Some(group) = self.groups.get_mut(&signature) {
            group.saved.push(saved);
        }
        Ok(())
    }

    /// What CPython does with `input` under the engine's limits.
    pub fn cpython(&self, input: &Path) -> Cpython {
        let not_run = |why: String| Cpython {
            summary: format!("not run: {why}"),
            in_time: false,
            in_memory: false,
        };
        let stdin = input.with_extension("in");
        let stdin = if stdin.exists() {
            std::fs::File::open(&stdin)
                .map(Stdio::from)
                .unwrap_or_else(|_| Stdio::null())
        } else {
            Stdio::null()
        };
        let err_path = self.dir.join("cpython.stderr");
        let usage_path = self.dir.join("cpython.usage");
        let _ = std::fs::remove_file(&usage_path);
        let err_file = match std::fs::File::create(&err_path) {
            Ok(f) => f,
            Err(e) => return not_run(e.to_string()),
        };
        let mut command = capped(Path::new(GNU_TIME), self.memory_kib);
        command
            .arg("-f")
            .arg("%M")
            .arg("-o")
            .arg(&usage_path)
            .arg(&self.python)
            .arg(input)
            .env("PYTHONHASHSEED", "0")
            .stdin(stdin)
            .stdout(Stdio::null())
            .stderr(err_file);
        let started = Instant::now();
        let mut child = match command.spawn() {
            Ok(c) => c,
            Err(e) => return not_run(e.to_string()),
        };
        let status = wait_timeout(&mut child, self.timeout);
        let secs = started.elapsed().as_secs_f64();
        let stderr = std::fs::read_to_string(&err_path).unwrap_or_default();
        let last: String = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .chars()
            .take(200)
            .collect();
        let peak_kib: Option<u64> = std::fs::read_to_string(&usage_path)
            .ok()
            .and_then(|t| t.lines().last().and_then(|l| l.trim().parse().ok()));
        let peak = peak_kib.map_or_else(String::new, |k| {
            format!(", peak RSS {:.1} MiB", k as f64 / 1024.0)
        });
        let under_flag = peak_kib.is_some_and(|k| k <= self.rss_flag_kib);
        let (summary, in_time) = match status {
            Ok(Some(s)) if s.success() => (format!("ok in {secs:.2} s{peak}"), true),
            // GNU time passes the exit status on; a signal becomes 128+N.
            Ok(Some(s)) => match s.code() {
                Some(code) if code < 128 => {
                    (format!("exit {code} in {secs:.2} s{peak}: {last}"), true)
                }
                _ => (
                    format!("killed ({s}) after {secs:.2} s{peak}: {last}"),
                    false,
                ),
            },
            Ok(None) => (format!("timeout after {} s", self.timeout.as_secs()), false),
            Err(e) => return not_run(e.to_string()),
        };
        Cpython {
            summary,
            in_time,
            in_memory: under_flag,
        }
    }

    /// Total findings over all groups.
    pub fn total(&self) -> u64 {
        self.groups.values().map(|g| g.count).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_group_by_location_and_message_shape() {
        let a = signature(
            &Verdict::Panic("index 5 out of range at src/x.rs:10:5".into()),
            1,
        );
        let b = signature(
            &Verdict::Panic("index 17 out of range at src/x.rs:10:5".into()),
            1,
        );
        assert_eq!(a, b);
        assert_eq!(
            a.as_deref(),
            Some("panic at src/x.rs:10:5: index # out of range")
        );
    }

    #[test]
    fn ordinary_outcomes_are_not_findings() {
        let done = Verdict::Done {
            code: 1,
            peak_kib: 10,
            outcome: "TypeError".into(),
        };
        assert_eq!(signature(&done, 100), None);
        let big = Verdict::Done {
            code: 0,
            peak_kib: 1000,
            outcome: "ok".into(),
        };
        assert_eq!(signature(&big, 100).as_deref(), Some("memory"));
    }
}
