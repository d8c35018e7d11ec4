//! The Gantt chart of a run: one lane per task, thread and process (the
//! event loop on top) over virtual time or step order. The geometry —
//! lane window, rectangles, ticks, zoom — is `coroscope_trace::layout`;
//! these components only turn it into elements and events into state.
//!
//! - `timeline` — the `Timeline` region: controls, legend, chart, tooltip.
//! - `gantt_state` — the chart's own signals (axis, zoom, scroll, hover).
//! - `gantt_controls`, `gantt_legend`, `gantt_axis`, `gantt_lane`,
//!   `gantt_chart`, `gantt_tooltip` — one part each.
//! - `gantt_words` — the chart's words in Korean and English.
//! - `dom` — the few browser reads the chart needs (clock, geometry).
//! - `test_hook` — `window.__coroscopeShowTrace`, for the browser tests.

mod dom;
mod gantt_axis;
mod gantt_chart;
mod gantt_controls;
mod gantt_lane;
mod gantt_legend;
mod gantt_state;
mod gantt_tooltip;
mod gantt_words;
mod test_hook;
mod timeline;

pub use timeline::Timeline;
