//! `cargo xtask bench`: the scripts of `tests/bench/` under CPython 3.11 and
//! under the engine (the release CLI), side by side: best-of-N wall time,
//! the ratio, peak RSS, and whether both printed the same stdout.
//!
//! Fairness: `python3` on PATH may be a pyenv shim that adds 50–130 ms a
//! start, so the real interpreter is resolved once (`sys.executable`) and
//! timed directly. The scripts are sized so CPython takes ≥ 0.5 s, which
//! makes its ~30 ms startup noise. Runs alternate CPython/engine so a burst
//! of load on the machine hits both. Peak RSS comes from GNU time's `%M`
//! (getrusage of the child); without `/usr/bin/time` the column is empty.
//! Nothing here asserts a time: DESIGN.md's budgets are read off the table.

use crate::child::{own_group, wait_timeout};
use crate::process::{run, step, version_of};
use crate::project::Project;
use crate::Result;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const GNU_TIME: &str = "/usr/bin/time";
/// One run of one script may take this long before the bench gives up on it.
const RUN_TIMEOUT: Duration = Duration::from_secs(600);

/// What the command line asked for.
struct Options {
    runs: usize,
    build: bool,
    filters: Vec<String>,
}

/// A program that runs a script: `program [args…] SCRIPT`.
struct Interpreter {
    /// Names its output files in `target/bench/`.
    name: &'static str,
    program: PathBuf,
    args: &'static [&'static str],
}

/// One timed run.
struct Sample {
    wall: f64,
    cpu: Option<f64>,
    rss_kib: Option<u64>,
    stdout: Vec<u8>,
    status: String,
}

/// Best of the runs of one program on one script.
struct Best {
    wall: f64,
    cpu: Option<f64>,
    rss_kib: Option<u64>,
    stdout: Vec<u8>,
    status: String,
}

/// `cargo xtask bench [--runs N] [--no-build] [NAME…]`.
pub fn run_bench(project: &Project, args: &[&str]) -> Result<()> {
    let options = parse(args)?;
    let engine = Interpreter {
        name: "engine",
        program: project.root.join("target/release/coroscope"),
        args: &["run"],
    };
    if options.build {
        step("build the release CLI");
        run(project
            .command("cargo")
            .args(["build", "--release", "-p", "coroscope-cli"]))?;
    }
    let python = Interpreter {
        name: "cpython",
        program: real_python(project)?,
        args: &[],
    };
    let scripts = scripts(&project.root.join("tests/bench"), &options.filters)?;
    let work = project.root.join("target/bench");
    std::fs::create_dir_all(&work)?;
    let has_time = Path::new(GNU_TIME).exists();
    step(&format!("bench: best of {} runs", options.runs));
    let version = version_of(&python.program).unwrap_or_default();
    println!("CPython: {} ({version})", python.program.display());
    println!("engine:  {} run", engine.program.display());
    println!("load average at start: {}", load_average());
    if !has_time {
        println!("({GNU_TIME} not found: no peak RSS)");
    }
    println!();
    print_header();
    let mut mismatches = 0;
    for script in &scripts {
        let name = script
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let (mut py, mut us) = (Vec::new(), Vec::new());
        for _ in 0..options.runs {
            py.push(sample(&python, script, &work, has_time)?);
            us.push(sample(&engine, script, &work, has_time)?);
        }
        let (py, us) = (best(py), best(us));
        let same = py.stdout == us.stdout && py.status == us.status;
        mismatches += usize::from(!same);
        print_row(&name, &py, &us, same);
    }
    println!();
    println!("ratio = engine / CPython (wall, best of {}); cpu = user+sys ratio; RSS = peak resident set.", options.runs);
    if mismatches > 0 {
        println!("✗ {mismatches} script(s) printed different stdout or ended differently; see target/bench/.");
    }
    Ok(())
}

fn parse(args: &[&str]) -> Result<Options> {
    let mut options = Options {
        runs: 3,
        build: true,
        filters: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match *arg {
            "--runs" => {
                let n = it.next().ok_or("--runs needs a number")?;
                options.runs = n
                    .parse()
                    .map_err(|_| format!("--runs: not a number: {n}"))?;
                if options.runs == 0 {
                    return Err("--runs must be at least 1".into());
                }
            }
            "--no-build" => options.build = false,
            flag if flag.starts_with('-') => {
                return Err(format!("bench: unknown option {flag}").into())
            }
            name => options.filters.push(name.to_owned()),
        }
    }
    Ok(options)
}

/// The interpreter behind `python3` (through any pyenv shim), checked to be 3.11.
pub fn real_python(project: &Project) -> Result<PathBuf> {
    let output = project
        .command("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    let path = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    if !output.status.success() || !path.is_file() {
        return Err("python3 did not name its executable".into());
    }
    let version = version_of(&path).unwrap_or_default();
    if !version.starts_with("Python 3.11") {
        println!("warning: the engine mirrors CPython 3.11, but python3 is {version}");
    }
    Ok(path)
}

/// `tests/bench/*.py` whose names contain one of `filters` (all if none).
fn scripts(dir: &Path, filters: &[String]) -> Result<Vec<PathBuf>> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .filter(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
        })
        .collect();
    found.sort();
    if found.is_empty() {
        return Err(format!("no bench scripts in {} match {filters:?}", dir.display()).into());
    }
    Ok(found)
}

/// Runs `program script` once, stdout to a file, timed from spawn to exit.
fn sample(interpreter: &Interpreter, script: &Path, work: &Path, has_time: bool) -> Result<Sample> {
    let stem = script.file_stem().unwrap_or_default().to_string_lossy();
    let (program, who) = (&interpreter.program, interpreter.name);
    let out_path = work.join(format!("{stem}.{who}.stdout"));
    let err_path = work.join(format!("{stem}.{who}.stderr"));
    let usage_path = work.join(format!("{stem}.{who}.usage"));
    let mut command = if has_time {
        let mut c = Command::new(GNU_TIME);
        c.arg("-f")
            .arg("%M %U %S")
            .arg("-o")
            .arg(&usage_path)
            .arg(program);
        c
    } else {
        Command::new(program)
    };
    command
        .args(interpreter.args)
        .arg(script)
        .current_dir(script.parent().unwrap_or(Path::new(".")))
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path)?)
        .stderr(std::fs::File::create(&err_path)?);
    own_group(&mut command);
    let started = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
    let status = wait_timeout(&mut child, RUN_TIMEOUT)?;
    let wall = started.elapsed().as_secs_f64();
    let status = match status {
        Some(s) => s.code().map_or_else(|| format!("{s}"), |c| c.to_string()),
        None => format!("timeout after {} s", RUN_TIMEOUT.as_secs()),
    };
    let (rss_kib, cpu) = if has_time {
        read_usage(&usage_path)
    } else {
        (None, None)
    };
    Ok(Sample {
        wall,
        cpu,
        rss_kib,
        stdout: std::fs::read(&out_path)?,
        status,
    })
}

/// GNU time's `%M %U %S` line (the last one: a failing command adds a
/// "Command exited with non-zero status" line before it).
fn read_usage(path: &Path) -> (Option<u64>, Option<f64>) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let fields: Vec<&str> = text
        .lines()
        .last()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let rss = fields.first().and_then(|f| f.parse().ok());
    let cpu = match (fields.get(1), fields.get(2)) {
        (Some(u), Some(s)) => u
            .parse::<f64>()
            .ok()
            .zip(s.parse::<f64>().ok())
            .map(|(u, s)| u + s),
        _ => None,
    };
    (rss, cpu)
}

/// Fastest wall time, least CPU time, largest peak RSS; stdout and status
/// of the first run (all runs are deterministic).
fn best(samples: Vec<Sample>) -> Best {
    let wall = samples.iter().map(|s| s.wall).fold(f64::INFINITY, f64::min);
    let cpu = samples.iter().filter_map(|s| s.cpu).reduce(f64::min);
    let rss_kib = samples.iter().filter_map(|s| s.rss_kib).max();
    let first = samples.into_iter().next().expect("at least one run");
    Best {
        wall,
        cpu,
        rss_kib,
        stdout: first.stdout,
        status: first.status,
    }
}

fn print_header() {
    println!(
        "{:<20} {:>10} {:>10} {:>8} {:>8} {:>11} {:>11}  stdout",
        "script", "CPython s", "engine s", "ratio", "cpu", "CPython RSS", "engine RSS"
    );
}

fn print_row(name: &str, py: &Best, us: &Best, same: bool) {
    let ratio = us.wall / py.wall;
    let cpu = match (us.cpu, py.cpu) {
        (Some(u), Some(p)) if p > 0.0 => format!("{:.2}×", u / p),
        _ => "-".to_owned(),
    };
    let mark = if same {
        "✓".to_owned()
    } else {
        format!("✗ (exit {} vs {})", py.status, us.status)
    };
    println!(
        "{:<20} {:>10.3} {:>10.3} {:>7.2}× {:>8} {:>11} {:>11}  {mark}",
        name,
        py.wall,
        us.wall,
        ratio,
        cpu,
        megabytes(py.rss_kib),
        megabytes(us.rss_kib)
    );
}

fn megabytes(kib: Option<u64>) -> String {
    kib.map_or_else(
        || "-".to_owned(),
        |k| format!("{:.1} MB", k as f64 / 1024.0),
    )
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|_| "unknown".to_owned())
}
