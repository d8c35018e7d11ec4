//! An ASCII Gantt chart of a trace, for the CLI's `--gantt`: one row per
//! lane, time left to right, `#` running, `~` waiting, `=` blocked, `.`
//! ready, `|` an instant (zero-width running under the ideal clock).

use crate::{fmt_seconds, SpanState, Trace};

/// Renders `trace` at most `width` characters wide.
pub fn render(trace: &Trace, width: usize) -> String {
    let width = width.max(20);
    let name_w = trace.lanes.iter().map(|l| l.name.chars().count()).max().unwrap_or(4).min(24);
    let cols = width.saturating_sub(name_w + 3).max(10);
    let end = trace.end.max(1);
    let col_of = |t: u64| ((t as u128 * (cols as u128 - 1)) / end as u128) as usize;
    let mut out = format!("{:name_w$} | 0s{:>pad$}\n", "lane", format!("{}s", fmt_seconds(trace.end)), pad = cols - 2);
    for lane in &trace.lanes {
        let mut row = vec![' '; cols];
        for span in trace.spans_of(lane.id) {
            let ch = match span.state {
                SpanState::Running => '#',
                SpanState::Ready => '.',
                SpanState::Waiting(_) => '~',
                SpanState::Blocked(_) => '=',
                SpanState::Done(_) => continue,
            };
            let (a, b) = (col_of(span.start), col_of(span.end));
            if a == b {
                if row[a] == ' ' || ch == '#' {
                    row[a] = if ch == '#' { '|' } else { ch };
                }
            } else {
                for c in row.iter_mut().take(b).skip(a) {
                    *c = ch;
                }
            }
        }
        let name: String = lane.name.chars().take(name_w).collect();
        out.push_str(&format!("{name:name_w$} | {}\n", row.iter().collect::<String>().trim_end()));
    }
    out.push_str(&format!("{:name_w$}   # running  | instant  ~ waiting  = blocked  . ready\n", ""));
    out
}
