//! Idempotent installs. Each tool is looked up on PATH and its version
//! checked first, so a run with everything present costs a few `--version`
//! calls. Everything comes from crates.io, npm or Debian's apt; Trunk is
//! never allowed to download anything itself (see `trunk`).

use crate::process::{run, step, version_of};
use crate::project::{
    toml_string, Project, CHROMIUM, TRUNK_VERSION, WASM_OPT_VERSION, WASM_TARGET,
};
use crate::Result;
use std::path::Path;
use std::process::Command;

/// Everything: what the page build needs, and the browser for the tests.
pub fn all(project: &Project) -> Result<()> {
    build_tools(project)?;
    browser_tools(project)
}

/// What building the page needs: the wasm target, Trunk, wasm-bindgen-cli,
/// the npm packages (wasm-opt, the editor bundle's).
pub fn build_tools(project: &Project) -> Result<()> {
    step("setup: build tools");
    wasm_target(project)?;
    cargo_tool(
        project,
        "trunk",
        TRUNK_VERSION,
        &["trunk", "--version", TRUNK_VERSION, "--locked"],
    )?;
    let bindgen = project.wasm_bindgen_version()?;
    check_trunk_pins(project, &bindgen)?;
    // Without --locked: wasm-bindgen-cli's own lockfile does not build on
    // this toolchain, its semver-compatible updates do.
    cargo_tool(
        project,
        "wasm-bindgen",
        &bindgen,
        &["wasm-bindgen-cli", "--version", &bindgen],
    )?;
    npm_packages(project, &project.root)?;
    npm_packages(project, &project.root.join("web"))?;
    wasm_opt(project)
}

/// What the browser tests need: Debian's Chromium and ChromeDriver
/// (playwright-core itself comes with the npm packages).
/// Also a Korean font (Debian's `fonts-nanum`), so the screenshots of the
/// Korean UI show Hangul rather than boxes.
pub fn browser_tools(project: &Project) -> Result<()> {
    step("setup: browser");
    let font = Path::new(KOREAN_FONT_DIR).is_dir();
    if let (Some(version), true) = (version_of(Path::new(CHROMIUM)), font) {
        println!("ok: {version} at {CHROMIUM}, Korean font in {KOREAN_FONT_DIR}");
        return Ok(());
    }
    if !is_root() {
        return Err(format!(
            "{CHROMIUM} or {KOREAN_FONT_DIR} is missing: run `sudo apt-get install chromium chromium-driver fonts-nanum`"
        )
        .into());
    }
    apt_get(project, &["update"])?;
    apt_get(project, &["install", "-y", "chromium", "chromium-driver", "fonts-nanum"])?;
    let version =
        version_of(Path::new(CHROMIUM)).ok_or("chromium still missing after apt-get install")?;
    println!("ok: {version}");
    Ok(())
}

/// Where Debian's `fonts-nanum` puts its fonts.
const KOREAN_FONT_DIR: &str = "/usr/share/fonts/truetype/nanum";

fn wasm_target(project: &Project) -> Result<()> {
    let output = project
        .command("rustup")
        .args(["target", "list", "--installed"])
        .output()?;
    if String::from_utf8_lossy(&output.stdout)
        .lines()
        .any(|line| line.trim() == WASM_TARGET)
    {
        println!("ok: rust target {WASM_TARGET}");
        return Ok(());
    }
    run(project
        .command("rustup")
        .args(["target", "add", WASM_TARGET]))
}

/// Ensures `binary --version` says `version`, else `cargo install`s it.
fn cargo_tool(project: &Project, binary: &str, version: &str, install_args: &[&str]) -> Result<()> {
    let found = project.which(binary).and_then(|path| version_of(&path));
    if found
        .as_deref()
        .is_some_and(|line| says_version(line, version))
    {
        println!("ok: {}", found.unwrap_or_default());
        return Ok(());
    }
    match found {
        Some(other) => println!("{binary}: found `{other}`, need {version}: installing"),
        None => println!("{binary}: not found, installing {version} (takes minutes, once)"),
    }
    run(project.command("cargo").arg("install").args(install_args))?;
    let now = project.which(binary).and_then(|path| version_of(&path));
    match now {
        Some(line) if says_version(&line, version) => Ok(()),
        _ => Err(format!("{binary} {version} installed, but PATH still finds {now:?}").into()),
    }
}

/// `trunk 0.21.14` / `wasm-bindgen 0.2.130`: the second word is the version.
fn says_version(line: &str, version: &str) -> bool {
    line.split_whitespace().nth(1) == Some(version)
}

/// Trunk looks for exactly the versions in `Trunk.toml`; keep them equal to
/// what is installed, or it would want to download.
fn check_trunk_pins(project: &Project, bindgen: &str) -> Result<()> {
    let text = std::fs::read_to_string(project.root.join("Trunk.toml"))?;
    let pinned = toml_string(&text, "wasm_bindgen");
    if pinned.as_deref() != Some(bindgen) {
        return Err(format!(
            "Trunk.toml pins wasm_bindgen = {pinned:?} but Cargo.lock has wasm-bindgen {bindgen}: update Trunk.toml"
        )
        .into());
    }
    if toml_string(&text, "wasm_opt").as_deref() != Some(WASM_OPT_VERSION) {
        return Err(format!("Trunk.toml must pin wasm_opt = \"{WASM_OPT_VERSION}\"").into());
    }
    Ok(())
}

/// `npm ci` in `dir` unless `node_modules` is newer than the lockfile.
fn npm_packages(project: &Project, dir: &Path) -> Result<()> {
    let lock = dir.join("package-lock.json");
    let installed = dir.join("node_modules").join(".package-lock.json");
    let shown = dir
        .strip_prefix(&project.root)
        .unwrap_or(dir)
        .join("package-lock.json");
    if is_newer(&installed, &lock) && is_newer(&installed, &dir.join("package.json")) {
        println!("ok: npm packages of {}", shown.display());
        return Ok(());
    }
    if project.which("npm").is_none() {
        return Err("npm is missing: install Node.js 20 or newer with npm".into());
    }
    let mut npm = project.command("npm");
    npm.current_dir(dir)
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
    run(&mut npm)
}

fn is_newer(a: &Path, b: &Path) -> bool {
    let modified = |path: &Path| path.metadata().and_then(|meta| meta.modified()).ok();
    matches!((modified(a), modified(b)), (Some(a), Some(b)) if a >= b)
}

/// The npm `binaryen` package's wasm-opt, which must be first on PATH.
fn wasm_opt(project: &Project) -> Result<()> {
    let expected = project.node_bin().join("wasm-opt");
    let found = project.which("wasm-opt");
    if found.as_deref() != Some(expected.as_path()) {
        return Err(format!(
            "wasm-opt on PATH is {found:?}, expected {}",
            expected.display()
        )
        .into());
    }
    let version = version_of(&expected).unwrap_or_default();
    if !version.contains(&format!("({WASM_OPT_VERSION})")) {
        return Err(format!(
            "{} says `{version}`, expected {WASM_OPT_VERSION}",
            expected.display()
        )
        .into());
    }
    println!("ok: {version} (npm binaryen)");
    Ok(())
}

fn apt_get(project: &Project, args: &[&str]) -> Result<()> {
    let mut apt = project.command("apt-get");
    apt.args(args)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .stdin(std::process::Stdio::null());
    run(&mut apt)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_lines_match_on_the_second_word() {
        assert!(says_version("trunk 0.21.14", "0.21.14"));
        assert!(!says_version("trunk 0.21.1", "0.21.14"));
        assert!(says_version("wasm-bindgen 0.2.130", "0.2.130"));
        assert!(!says_version("", "0.2.130"));
    }

    #[test]
    fn a_missing_file_is_never_newer() {
        let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
        assert!(!is_newer(Path::new("/nonexistent/x"), &here));
        assert!(is_newer(&here, &here));
    }
}
