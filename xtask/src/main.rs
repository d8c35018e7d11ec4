//! `cargo xtask`: the project's automation, in Rust so a new user needs
//! nothing but cargo (the alias is in `.cargo/config.toml`).
//!
//! - `setup` — install what the build and the tests need, if missing.
//! - `serve` — setup, build the page, serve it on http://127.0.0.1:8080.
//! - `test`  — setup, `cargo test --workspace`, build the release page, run
//!   the browser tests in headless Chromium, print the size report.
//! - `size`  — the gzipped size of every file the built page loads.
//! - `bench` — `tests/bench/*.py` under CPython 3.11 and the engine: wall
//!   time, ratio, peak RSS, same stdout or not.
//! - `fuzz`  — random and mutated source through the engine, in a child
//!   process: panics, crashes, hangs and memory, saved and shrunk.
//!
//! # Layout
//! - `project` — paths, pinned versions, the environment tools run in.
//! - `process` — running commands and reading their versions.
//! - `setup` — idempotent installs, each checked against PATH first.
//! - `trunk` — builds and serves with Trunk, offline, and checks that it
//!   used the tools on PATH.
//! - `test` — the test pipeline; `size` — the size report.
//! - `bench` — the benchmark table; `fuzz` — the fuzzer (its runner is the
//!   `crates/fuzz` binary); `child` — timeouts and memory caps for the
//!   processes they start.

mod bench;
mod child;
mod fuzz;
mod process;
mod project;
mod setup;
mod size;
mod test;
mod trunk;

use project::Project;
use std::process::ExitCode;

/// Errors end the command with a message; this is the CLI edge.
type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  setup   install what is missing (wasm target, trunk, wasm-bindgen-cli,
          wasm-opt, npm packages, Chromium)
  serve   build the page and serve it on http://127.0.0.1:8080 (rebuilds on change)
  test    cargo test --workspace, the release page, browser tests, size report
  size    gzipped size of every file the built page (dist/) loads
  bench [--runs N] [--no-build] [NAME…]
          tests/bench/*.py under CPython and the engine, side by side
  fuzz [--minutes N] [--seed N] [--replay FILE…]
          mutated and random source through the engine in a child process:
          panics, crashes, hangs, memory (findings in target/fuzz-findings/)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let project = Project::locate();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["setup"] => setup::all(&project),
        ["serve"] => trunk::serve(&project),
        ["test"] => test::run_all(&project),
        ["size"] => size::report(&project).map(|_| ()),
        ["bench", rest @ ..] => bench::run_bench(&project, rest),
        ["fuzz", rest @ ..] => fuzz::run_fuzz(&project, rest),
        ["help" | "-h" | "--help"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: error: {error}");
            ExitCode::FAILURE
        }
    }
}
