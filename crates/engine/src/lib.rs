//! Coroscope's engine: compile Python source, run it on a resumable VM
//! driven by a virtual-clock executor, and record a [`Trace`].
//!
//! # Layout
//! - `api` — the stepping API both frontends use: [`Run::new`], [`Run::advance`].
#![warn(missing_docs)]

mod algo;
mod api;

pub use api::{Progress, Run, RunOptions};
pub use coroscope_trace::{OutputEvent, Stream, Trace};
