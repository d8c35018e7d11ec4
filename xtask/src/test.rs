//! `cargo xtask test`: every test there is, in the order that fails fastest
//! — native tests, the release page build, the browser tests against it —
//! then the size report.

use crate::process::{run, step};
use crate::project::Project;
use crate::{setup, size, trunk, Result};
use std::time::Instant;

/// Runs the whole pipeline and prints how long each part took.
pub fn run_all(project: &Project) -> Result<()> {
    let started = Instant::now();
    let mut timings = Vec::new();
    let mut timed = |name: &'static str, part: &dyn Fn() -> Result<()>| -> Result<()> {
        let part_started = Instant::now();
        part()?;
        timings.push((name, part_started.elapsed().as_secs_f64()));
        Ok(())
    };
    timed("setup", &|| setup::all(project))?;
    timed("cargo test --workspace", &|| {
        step("cargo test --workspace");
        run(project.command("cargo").args(["test", "--workspace"]))
    })?;
    timed("release page (trunk)", &|| {
        step("release page: trunk build --release");
        trunk::build_release(project)
    })?;
    timed("browser tests", &|| browser_tests(project))?;
    size::report(project)?;

    step("done");
    for (name, seconds) in &timings {
        println!("{seconds:>8.1} s  {name}");
    }
    println!("{:>8.1} s  in all", started.elapsed().as_secs_f64());
    Ok(())
}

/// `node --test` over `tests/e2e/*.test.mjs` (Playwright in Chromium).
fn browser_tests(project: &Project) -> Result<()> {
    step("browser tests: node --test tests/e2e (headless Chromium)");
    let dir = project.root.join("tests").join("e2e");
    let mut files: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.test.mjs in {}", dir.display()).into());
    }
    run(project.command("node").arg("--test").args(&files))
}
