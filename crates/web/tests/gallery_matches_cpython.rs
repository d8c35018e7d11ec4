//! The gallery's "matches CPython 3.11" badge, earned: every example runs
//! through the engine exactly as the page runs it (`RunSettings` with the
//! example's stdin, file name `main.py`) and its stdout and stderr are
//! compared with what CPython 3.11 printed for the same corpus script
//! (`tests/conformance/NNN_*.out`/`.err`, made by `tests/oracle/oracle.py`),
//! with the corpus file name read as `main.py` and CPython's optional caret
//! lines dropped, as the conformance harness does. A badged example that
//! differs fails; so does an unbadged one that matches (drop the flag only
//! when it is true).

use coroscope_engine::{Progress, Run, Stream};
use coroscope_web::gallery::{Group, EXAMPLES};
use coroscope_web::run::{RunSettings, FILENAME};
use std::path::{Path, PathBuf};

#[path = "../../../tests/support/carets.rs"]
mod carets;
use carets::strip_carets;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance")
}

fn expected(corpus: &str, extension: &str) -> String {
    let path = corpus_dir().join(format!("{corpus}.{extension}"));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    text.replace(&format!("{corpus}.py"), FILENAME)
}

/// Runs `source` as the page does; returns stdout and stderr.
fn run_like_the_page(source: &str, stdin: &str) -> (String, String) {
    let settings = RunSettings { stdin: stdin.to_owned(), ..RunSettings::default() };
    let source = source.to_owned();
    // A big stack as the conformance harness gives it (native frames of
    // nested Rust calls); the page's examples are shallow.
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let mut run = Run::new(&source, settings.to_options());
            while run.advance(1 << 20) == Progress::Running {}
            let trace = run.trace();
            (trace.text_of(Stream::Stdout), trace.text_of(Stream::Stderr))
        })
        .expect("thread")
        .join()
        .expect("the engine panicked")
}

#[test]
fn every_badge_is_earned() {
    let mut wrong = Vec::new();
    for example in EXAMPLES {
        let corpus_source = std::fs::read_to_string(corpus_dir().join(format!("{}.py", example.corpus)))
            .unwrap_or_else(|e| panic!("{}: no corpus script: {e}", example.id));
        assert_eq!(corpus_source, example.source, "{}: the gallery must show the corpus script", example.id);
        let stdin = std::fs::read_to_string(corpus_dir().join(format!("{}.in", example.corpus))).unwrap_or_default();
        assert_eq!(stdin, example.stdin, "{}: the gallery must feed the corpus script's stdin", example.id);

        let (out, err) = run_like_the_page(example.source, example.stdin);
        let matches = out == expected(example.corpus, "out")
            && strip_carets(&err) == strip_carets(&expected(example.corpus, "err"));
        if matches != example.matches_cpython {
            wrong.push(format!(
                "{} ({}): badge says {}, run {}\n--- stdout\n{out}--- stderr\n{err}",
                example.id,
                example.corpus,
                example.matches_cpython,
                if matches { "matches" } else { "differs" }
            ));
        }
    }
    assert!(wrong.is_empty(), "badges that are not true:\n{}", wrong.join("\n"));
}

#[test]
fn the_gallery_has_every_shelf_and_unique_ids() {
    for group in [Group::Seeds, Group::Concepts, Group::Mistakes] {
        assert!(EXAMPLES.iter().any(|e| e.group == group), "no example in {group:?}");
    }
    let mut ids: Vec<&str> = EXAMPLES.iter().map(|e| e.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), EXAMPLES.len(), "duplicate example ids");
    for example in EXAMPLES {
        assert!(example.about.iter().all(|text| !text.is_empty()), "{}: explanation missing", example.id);
    }
}
