//! Comparing our stderr with CPython's expected files: CPython 3.11 marks
//! the failing expression under each traceback line (`    ^^^^~~~~`), and the
//! issue makes those markers optional, so every comparison drops them on both
//! sides. Shared by the engine's conformance test and the page's gallery test
//! through `#[path]`, so the two can never disagree on what "matches" means.

/// Drops CPython's caret lines, also inside exception-group boxes (`    |    ^^^^`).
pub fn strip_carets(text: &str) -> String {
    text.lines()
        .filter(|l| {
            let t = l.trim_start_matches([' ', '|']).trim_end();
            l.trim().is_empty() || t.is_empty() || !t.chars().all(|c| c == '^' || c == '~')
        })
        .map(|l| format!("{l}\n"))
        .collect()
}
