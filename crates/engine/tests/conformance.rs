//! Runs every script of `tests/conformance` through the engine and compares
//! its stdout and stderr with what CPython 3.11 printed (`.out`/`.err`,
//! made by `tests/oracle/oracle.py`). CPython's optional `^^^^` marker
//! lines are ignored. Scripts listed in `tests/conformance/KNOWN_FAILURES`
//! are expected to fail (the list must shrink, never hide a regression):
//! a listed script that passes also fails the test, so the list stays true.
//!
//! `CONFORMANCE_FILTER=substr cargo test -p coroscope-engine --test conformance`
//! runs a subset and prints a diff for each mismatch.

use coroscope_engine::{Progress, Run, RunOptions, Stream};
use std::path::{Path, PathBuf};

#[path = "../../../tests/support/carets.rs"]
mod carets;
use carets::strip_carets;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance")
}

fn directive(source: &str, key: &str) -> Option<String> {
    for line in source.lines() {
        let Some(rest) = line.strip_prefix('#') else { break };
        if let Some((k, v)) = rest.trim().split_once(':') {
            if k.trim() == key {
                return Some(v.trim().to_owned());
            }
        }
    }
    None
}

struct Outcome {
    name: String,
    ok: bool,
    detail: String,
}

fn run_script(path: &Path) -> Outcome {
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let source = std::fs::read_to_string(path).unwrap();
    let expected_out = std::fs::read_to_string(path.with_extension("out")).unwrap_or_default();
    let expected_err = strip_carets(&std::fs::read_to_string(path.with_extension("err")).unwrap_or_default());
    let stdin = std::fs::read_to_string(path.with_extension("in")).unwrap_or_default();
    let seed = directive(&source, "seed").and_then(|s| s.parse().ok()).unwrap_or(0);
    let filename = path.file_name().unwrap().to_string_lossy().into_owned();
    let options = RunOptions { filename, seed, stdin, max_instructions: 300_000_000, cpu_cost_ns: 0, ..RunOptions::default() };
    let src = source.clone();
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut run = Run::new(&src, options);
            while run.advance(1 << 20) == Progress::Running {}
            let t = run.trace();
            (t.text_of(Stream::Stdout), t.text_of(Stream::Stderr))
        })
        .unwrap();
    let (out, err) = match handle.join() {
        Ok(r) => r,
        Err(_) => return Outcome { name, ok: false, detail: "engine panicked".into() },
    };
    let err = strip_carets(&err);
    let ok = out == expected_out && err == expected_err;
    let mut detail = String::new();
    if out != expected_out {
        detail.push_str(&diff("stdout", &expected_out, &out));
    }
    if err != expected_err {
        detail.push_str(&diff("stderr", &expected_err, &err));
    }
    Outcome { name, ok, detail }
}

fn diff(what: &str, expected: &str, actual: &str) -> String {
    let mut out = format!("--- {what}: expected (CPython) vs actual (engine)\n");
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut shown = 0;
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            out.push_str(&format!("  line {}:\n    - {}\n    + {}\n", i + 1, x.unwrap_or(&"<none>"), y.unwrap_or(&"<none>")));
            shown += 1;
            if shown >= 4 {
                out.push_str("    ...\n");
                break;
            }
        }
    }
    out
}

#[test]
fn conformance_corpus() {
    let dir = corpus_dir();
    let filter = std::env::var("CONFORMANCE_FILTER").unwrap_or_default();
    let known: Vec<String> = std::fs::read_to_string(dir.join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(&filter))
        .collect();
    scripts.sort();
    let workers = 2;
    let chunks: Vec<Vec<PathBuf>> = (0..workers).map(|w| scripts.iter().skip(w).step_by(workers).cloned().collect()).collect();
    let handles: Vec<_> = chunks.into_iter().map(|c| std::thread::spawn(move || c.iter().map(|p| run_script(p)).collect::<Vec<_>>())).collect();
    let mut outcomes: Vec<Outcome> = handles.into_iter().flat_map(|h| h.join().unwrap()).collect();
    outcomes.sort_by(|a, b| a.name.cmp(&b.name));
    let passed = outcomes.iter().filter(|o| o.ok).count();
    let mut regressions = Vec::new();
    let mut stale = Vec::new();
    for o in &outcomes {
        let listed = known.contains(&o.name);
        if !o.ok && (!listed || !filter.is_empty()) {
            regressions.push(o);
        }
        if o.ok && listed {
            stale.push(o.name.clone());
        }
    }
    println!("conformance: {passed}/{} scripts match CPython", outcomes.len());
    for o in &regressions {
        println!("MISMATCH {}\n{}", o.name, o.detail);
    }
    if filter.is_empty() {
        let unexpected: Vec<&str> = regressions.iter().map(|o| o.name.as_str()).collect();
        assert!(unexpected.is_empty(), "scripts failing that are not in KNOWN_FAILURES: {unexpected:?}");
        assert!(stale.is_empty(), "scripts now passing; remove them from KNOWN_FAILURES: {stale:?}");
    } else {
        assert!(regressions.is_empty(), "{} mismatches", regressions.len());
    }
}
