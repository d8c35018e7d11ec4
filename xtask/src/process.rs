//! Running commands: echoed before they run, failing loudly, timed.

use crate::Result;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Prints a step header; steps are what `cargo xtask test` reports timings of.
pub fn step(title: &str) {
    println!("\n==> {title}");
}

/// Runs `command` with inherited stdio and fails unless it exits 0.
pub fn run(command: &mut Command) -> Result<()> {
    println!("$ {}", describe(command));
    let started = Instant::now();
    let status = command
        .status()
        .map_err(|e| format!("cannot start `{}`: {e}", describe(command)))?;
    if !status.success() {
        return Err(format!("`{}` failed ({status})", describe(command)).into());
    }
    println!("  ({:.1} s)", started.elapsed().as_secs_f64());
    Ok(())
}

/// The first line `program --version` prints, or `None` if it can't run.
pub fn version_of(program: &Path) -> Option<String> {
    let output = Command::new(program)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines().next().map(|line| line.trim().to_owned())
}

/// Finds `name` on `path` (a PATH-style list) as `which` would.
pub fn which(name: &str, path: &std::ffi::OsStr) -> Option<PathBuf> {
    std::env::split_paths(path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
}

/// `program arg arg…`, for echoing.
pub fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}
