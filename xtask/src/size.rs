//! The size report: what a first visit downloads, gzipped. DESIGN.md's
//! budget is 1 MB gzipped in total (wasm + js + css + editor).
//!
//! "What the page loads" is `index.html` and every file of `dist/` that it
//! names (Trunk writes each asset's hashed name into it, the wasm included
//! through its preload link); anything else in `dist/` is listed apart.

use crate::process::step;
use crate::project::Project;
use crate::Result;
use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;
use std::path::{Path, PathBuf};

/// DESIGN.md: page weight for a first run ≤ 1 MB gzipped.
const BUDGET_BYTES: u64 = 1_000_000;

struct Entry {
    name: String,
    raw: u64,
    gzipped: u64,
}

/// Prints the report for `dist/`; returns the gzipped total.
pub fn report(project: &Project) -> Result<u64> {
    step("size of the page (gzip -9, what a first visit loads)");
    let dist = project.dist();
    let index = std::fs::read_to_string(dist.join("index.html")).map_err(|e| {
        format!("no dist/index.html ({e}): build the page first (`cargo xtask serve` or `test`)")
    })?;
    let (mut loaded, mut other) = (Vec::new(), Vec::new());
    for path in files_under(&dist)? {
        let name = path
            .strip_prefix(&dist)?
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = std::fs::read(&path)?;
        let entry = Entry {
            raw: bytes.len() as u64,
            gzipped: gzipped_len(&bytes)?,
            name,
        };
        if entry.name == "index.html" || index.contains(&entry.name) {
            loaded.push(entry);
        } else {
            other.push(entry);
        }
    }
    loaded.sort_by_key(|entry| std::cmp::Reverse(entry.gzipped));
    println!("{:>12} {:>12}  file", "bytes", "gzipped");
    for entry in &loaded {
        println!(
            "{:>12} {:>12}  {}",
            group(entry.raw),
            group(entry.gzipped),
            entry.name
        );
    }
    let total: u64 = loaded.iter().map(|entry| entry.gzipped).sum();
    let share = total as f64 * 100.0 / BUDGET_BYTES as f64;
    println!(
        "total: {} bytes gzipped, {share:.0}% of the {} byte budget",
        group(total),
        group(BUDGET_BYTES)
    );
    if total > BUDGET_BYTES {
        println!(
            "warning: OVER BUDGET by {} bytes",
            group(total - BUDGET_BYTES)
        );
    }
    for entry in &other {
        println!(
            "(not loaded by index.html: {}, {} bytes gzipped)",
            entry.name,
            group(entry.gzipped)
        );
    }
    Ok(total)
}

fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files.extend(files_under(&path)?);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

fn gzipped_len(bytes: &[u8]) -> Result<u64> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?.len() as u64)
}

/// `1234567` → `1,234,567`.
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(group(0), "0");
        assert_eq!(group(999), "999");
        assert_eq!(group(1000), "1,000");
        assert_eq!(group(1_234_567), "1,234,567");
    }

    #[test]
    fn gzip_shrinks_repetition() {
        let len = gzipped_len(&[b'a'; 10_000]).unwrap();
        assert!(len < 100, "{len}");
    }
}
