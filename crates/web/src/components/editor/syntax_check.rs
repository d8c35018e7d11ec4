//! Checks the script's syntax whenever typing pauses, so a learner sees the
//! underline, with CPython's `SyntaxError: …` as its tooltip, before pressing
//! Run (and a shared link that does not compile is marked as it opens).
//! Compiling without running is cheap, but not free on a pasted file of
//! 10⁵ lines, so only the last edit of a burst is checked, after [`PAUSE`].
//! What it finds is not scrolled to: the view stays where the user writes.

use crate::run::compile_marker;
use crate::state::MarkedError;
use leptos::prelude::*;
use std::time::Duration;

/// How long typing must pause before the text is checked.
pub const PAUSE: Duration = Duration::from_millis(500);

/// Marks `script`'s syntax error (or clears the mark) in `marker` each time
/// the text has stopped changing for [`PAUSE`].
pub fn check_when_typing_pauses(script: RwSignal<String>, marker: RwSignal<Option<MarkedError>>) {
    // Each edit takes a ticket; a timer whose ticket is no longer the
    // latest was overtaken by further typing and does nothing.
    let latest = StoredValue::new(0u64);
    Effect::new(move |_| {
        script.track();
        let ticket = latest.get_value() + 1;
        latest.set_value(ticket);
        set_timeout(
            move || {
                if latest.get_value() != ticket {
                    return;
                }
                let found = script.with_untracked(|text| compile_marker(text));
                marker.set(found.map(|marker| MarkedError { marker, reveal: false }));
            },
            PAUSE,
        );
    });
}
