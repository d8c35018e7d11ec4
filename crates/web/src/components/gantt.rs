//! The Gantt chart of a run: lanes (loop, tasks, threads) over virtual time.

mod timeline;

pub use timeline::Timeline;
