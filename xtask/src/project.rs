//! Where things are and which versions are pinned.

use crate::Result;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Trunk, pinned: 0.22 needs a newer rustc than the project's 1.95.
pub const TRUNK_VERSION: &str = "0.21.14";
/// The wasm-opt that `binaryen` in `package.json` ships, as Trunk names it
/// (`[tools] wasm_opt` in `Trunk.toml`). Debian's binaryen 108 miscompiles
/// current wasm-bindgen output, so the npm one goes first on PATH.
pub const WASM_OPT_VERSION: &str = "version_132";
/// The Rust target of the page.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Debian's browser, driven by playwright-core in `tests/e2e`.
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// The repository and the environment its tools run in.
pub struct Project {
    /// The repository root (holds `Cargo.toml`, `index.html`, `Trunk.toml`).
    pub root: PathBuf,
}

impl Project {
    /// The repository this xtask was built from.
    pub fn locate() -> Self {
        let xtask_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        Self {
            root: xtask_dir
                .parent()
                .expect("xtask/ has a parent")
                .to_path_buf(),
        }
    }

    /// `dist/`, where Trunk puts the built page.
    pub fn dist(&self) -> PathBuf {
        self.root.join("dist")
    }

    /// Where the npm tools (wasm-opt) land; first on PATH for every command.
    pub fn node_bin(&self) -> PathBuf {
        self.root.join("node_modules").join(".bin")
    }

    /// PATH for every tool: the project's npm tools first, then cargo's
    /// install directory, then the caller's PATH.
    pub fn path_env(&self) -> OsString {
        let current = std::env::var_os("PATH").unwrap_or_default();
        let mut dirs = vec![self.node_bin(), cargo_bin_dir()];
        dirs.extend(std::env::split_paths(&current));
        std::env::join_paths(dirs).expect("PATH entries hold no separator")
    }

    /// A command run at the root with [`Project::path_env`].
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.current_dir(&self.root).env("PATH", self.path_env());
        command
    }

    /// Resolves `name` on [`Project::path_env`].
    pub fn which(&self, name: &str) -> Option<PathBuf> {
        crate::process::which(name, &self.path_env())
    }

    /// The `wasm-bindgen` version in `Cargo.lock`; the CLI must match it exactly.
    pub fn wasm_bindgen_version(&self) -> Result<String> {
        let lock = std::fs::read_to_string(self.root.join("Cargo.lock"))?;
        locked_version(&lock, "wasm-bindgen")
            .ok_or_else(|| "Cargo.lock has no wasm-bindgen package; run `cargo fetch`".into())
    }
}

/// Where `cargo install` puts binaries.
fn cargo_bin_dir() -> PathBuf {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo")
        });
    cargo_home.join("bin")
}

/// The version of package `name` in a `Cargo.lock`.
fn locked_version(lock: &str, name: &str) -> Option<String> {
    let wanted = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            let version = lines
                .next()?
                .trim()
                .strip_prefix("version = \"")?
                .strip_suffix('"')?;
            return Some(version.to_owned());
        }
    }
    None
}

/// The value of `key = "…"` in a TOML file's text (first match; enough for
/// `Trunk.toml`, whose keys are unique).
pub fn toml_string(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (k, v) = line.split_once('=')?;
        (k.trim() == key).then(|| v.trim().trim_matches('"').to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"
[[package]]
name = "wasm-bindgen-shared"
version = "0.1.0"

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
"#;

    #[test]
    fn reads_the_exact_package_from_the_lock() {
        assert_eq!(
            locked_version(LOCK, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(locked_version(LOCK, "leptos"), None);
    }

    #[test]
    fn reads_a_string_key_from_toml() {
        let text = "[tools]\nwasm_bindgen = \"0.2.130\"\nwasm_opt = \"version_132\"\n";
        assert_eq!(
            toml_string(text, "wasm_opt").as_deref(),
            Some("version_132")
        );
        assert_eq!(toml_string(text, "missing"), None);
    }

    #[test]
    fn trunk_toml_pins_the_lock_and_the_npm_wasm_opt() {
        let project = Project::locate();
        let trunk_toml = std::fs::read_to_string(project.root.join("Trunk.toml")).unwrap();
        assert_eq!(
            toml_string(&trunk_toml, "wasm_bindgen"),
            Some(project.wasm_bindgen_version().unwrap())
        );
        assert_eq!(
            toml_string(&trunk_toml, "wasm_opt").as_deref(),
            Some(WASM_OPT_VERSION)
        );
    }
}
