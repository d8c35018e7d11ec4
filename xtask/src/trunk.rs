//! Building and serving the page with Trunk: offline, with the version
//! check off, and verified to have used the wasm-bindgen and wasm-opt on
//! PATH (Trunk logs where each tool came from; with `--offline` a missing
//! one is an error rather than a download, and the log proves which binary
//! ran).

use crate::process::{describe, run, step};
use crate::project::Project;
use crate::{setup, Result};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The address `serve` uses (also in `Trunk.toml`).
const URL: &str = "http://127.0.0.1:8080/";

/// Trunk's log line for a tool found on PATH at the wanted version
/// (trunk 0.21 `tools::get_info`).
const SYSTEM_TOOL: &str = "using system installed binary: ";

/// `cargo xtask serve`: installs what is missing, builds, serves, rebuilds
/// on change. Prints the URL once the first build is done.
pub fn serve(project: &Project) -> Result<()> {
    setup::build_tools(project)?;
    fetch(project)?;
    step("trunk serve (release build; rebuilds when sources change)");
    let mut trunk = trunk(project, "serve");
    trunk.args([
        "--release",
        "--address",
        "127.0.0.1",
        "--port",
        "8080",
        "--open=false",
        "--disable-address-lookup=true",
    ]);
    let mut announced = false;
    run_checked(project, &mut trunk, || {
        if !announced {
            println!("\n    Coroscope is served at {URL}\n    (Ctrl-C stops; edits under crates/ and web/ rebuild it)\n");
            announced = true;
        }
    })
}

/// Builds the release page into `dist/`.
pub fn build_release(project: &Project) -> Result<()> {
    fetch(project)?;
    let mut trunk = trunk(project, "build");
    trunk.arg("--release");
    run_checked(project, &mut trunk, || {})
}

/// `cargo fetch`, so that Trunk's offline cargo build finds every crate.
fn fetch(project: &Project) -> Result<()> {
    run(project.command("cargo").args(["fetch", "--quiet"]))
}

fn trunk(project: &Project, subcommand: &str) -> Command {
    let mut trunk = project.command("trunk");
    trunk
        .arg(subcommand)
        .arg("--offline=true")
        .args(["--log", "error,trunk=info,trunk::tools=debug"])
        .env("TRUNK_SKIP_VERSION_CHECK", "true")
        .stdin(Stdio::null());
    trunk
}

/// Runs Trunk, echoing its log, and checks at every finished build that
/// the tools it used were the ones on PATH; `on_success` is called after
/// each such check. Returns when Trunk exits.
fn run_checked(project: &Project, trunk: &mut Command, mut on_success: impl FnMut()) -> Result<()> {
    println!("$ {}", describe(trunk));
    let expected = expected_tools(project)?;
    let mut child = trunk
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start trunk: {e}"))?;
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut used = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let line = line?;
        // The tools module logs at debug level only to be checked here.
        if !line.contains(" DEBUG ") {
            println!("{line}");
        }
        if let Some((_, path)) = line.split_once(SYSTEM_TOOL) {
            used.push(path.to_owned());
        }
        if line.trim_end().ends_with("success") {
            if let Err(error) = check_tools(&expected, &used) {
                let _ = child.kill();
                return Err(error);
            }
            println!(
                "checked: trunk used {}",
                expected
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(" and ")
            );
            on_success();
        }
    }
    let status = child.wait()?;
    if !status.success() {
        return Err(format!("trunk failed ({status})").into());
    }
    check_tools(&expected, &used)
}

/// wasm-bindgen as PATH resolves it, and the project's npm wasm-opt.
fn expected_tools(project: &Project) -> Result<Vec<PathBuf>> {
    let bindgen = project
        .which("wasm-bindgen")
        .ok_or("wasm-bindgen is not on PATH: run `cargo xtask setup`")?;
    Ok(vec![bindgen, project.node_bin().join("wasm-opt")])
}

/// Every expected tool appears in Trunk's "system installed binary" lines.
fn check_tools(expected: &[PathBuf], used: &[String]) -> Result<()> {
    for tool in expected {
        let shown = tool.display().to_string();
        if !used.iter().any(|line| line.starts_with(&shown)) {
            return Err(format!(
                "trunk did not report using {shown} (it reported {used:?}); it must use the tools on PATH"
            )
            .into());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tools_are_checked_against_trunks_log() {
        let expected = [
            PathBuf::from("/a/wasm-bindgen"),
            PathBuf::from("/b/wasm-opt"),
        ];
        let both = [
            "/a/wasm-bindgen detected_version=0.2.130".to_owned(),
            "/b/wasm-opt".to_owned(),
        ];
        assert!(check_tools(&expected, &both).is_ok());
        assert!(check_tools(&expected, &both[..1]).is_err());
        assert!(check_tools(&expected, &[]).is_err());
    }
}
