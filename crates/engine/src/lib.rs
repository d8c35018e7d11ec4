//! Coroscope's engine: compile Python source, run it on a resumable VM
//! driven by a virtual-clock executor, and record a [`Trace`].
//!
//! # Layout
//! - `compile` — source to code objects (the only user of `ruff_python_parser`).
//! - `bytecode` — the instruction set and code objects.
//! - `objects` — values and the objects behind them.
//! - `vm` — the dispatch loop and one file per concern beside it.
//! - `builtins`, `stdlib` — the builtin namespace and the modules.
//! - `algo` — CPython-exact algorithms on plain values (hashing, float repr, ...).
//! - `api` — the stepping API both frontends use: [`Run::new`], [`Run::advance`].
#![warn(missing_docs)]

pub mod algo;
mod api;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod exec;
pub mod objects;
pub mod stdlib;
pub mod types;
pub mod vm;

pub use api::{Progress, Run, RunOptions, LAPTOP_CPU_COST_NS};
pub use coroscope_trace::{OutputEvent, Stream, Trace};
