//! `RunProgress`: where the run is — virtual time and instructions while it
//! works, how it ended after. A polite live region, so screen readers hear
//! the end of a run without being flooded while it works.

use crate::state::{Locale, RunStatus, Status};
use coroscope_trace::fmt_seconds;
use leptos::prelude::*;

/// `1234567` as `1,234,567`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The status line of the top bar.
#[component]
pub fn RunProgress() -> impl IntoView {
    let Locale(lang) = expect_context();
    let Status(status) = expect_context();
    let text = move || {
        let s = lang.get().strings();
        let line = |word: &str, steps: u64, time: u64| {
            format!("{word} · t = {} s · {} {}", fmt_seconds(time), grouped(steps), s.instructions)
        };
        match status.get() {
            RunStatus::Idle => String::new(),
            RunStatus::Running { steps, time } => line(s.running, steps, time),
            RunStatus::Stopped { steps, time } => line(s.stopped, steps, time),
            RunStatus::Finished { code, steps, time } => {
                let word = if code == 0 { s.finished.to_owned() } else { format!("{} · {} {code}", s.finished, s.exit_status) };
                line(&word, steps, time)
            }
        }
    };
    let state = move || match status.get() {
        RunStatus::Idle => "idle",
        RunStatus::Running { .. } => "running",
        RunStatus::Stopped { .. } => "stopped",
        RunStatus::Finished { code: 0, .. } => "finished",
        RunStatus::Finished { .. } => "failed",
    };

    view! {
        <p class="run-progress" role="status" aria-live="polite" data-state=state>
            <span class="spinner" aria-hidden="true"></span>
            {text}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(1234567), "1,234,567");
    }
}
