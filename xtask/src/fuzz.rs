//! `cargo xtask fuzz`: feeds random and mutated source to compile+run and
//! looks for panics, crashes, hangs and unbounded memory.
//!
//! `cargo fuzz` needs a nightly compiler and the project builds on stable
//! 1.95, so this is a property-style fuzzer instead. Inputs are the
//! conformance scripts (`tests/conformance/*.py`) and random programs
//! (`generate`), each mutated a few times (`mutate`). Batches of inputs run
//! in a child process (`runner`, the `coroscope-fuzz-runner` binary) with a
//! small instruction limit, a wall-clock limit per input and an
//! address-space cap, so a panic or a hang is caught and the input saved
//! (`findings`). At the end each group of findings is shrunk (`minimize`).
//!
//! Everything random comes from one seed, printed at the start: the same
//! seed and corpus give the same inputs in the same order.

mod findings;
mod generate;
mod minimize;
mod mutate;
mod rng;
mod runner;

use crate::process::step;
use crate::project::Project;
use crate::Result;
use findings::{signature, Findings};
use rng::Rng;
use runner::{Runner, Verdict};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Inputs longer than this are cut (keeps nesting mutations from growing
/// without end).
const MAX_INPUT_BYTES: usize = 1 << 20;
/// The time limit per candidate while shrinking a finding.
const MINIMIZE_TIMEOUT: Duration = Duration::from_secs(3);
/// How often the loop prints a progress line.
const PROGRESS_EVERY: Duration = Duration::from_secs(60);

/// What the command line asked for.
struct Options {
    minutes: f64,
    seed: u64,
    batch: usize,
    timeout: Duration,
    max_instructions: u64,
    memory_mib: u64,
    rss_flag_mib: u64,
    release: bool,
    minimize_secs: u64,
    /// A runner built elsewhere (say from a clean checkout while the
    /// working tree doesn't build).
    prebuilt: Option<PathBuf>,
    replay: Vec<PathBuf>,
    /// Only write this many inputs to `target/fuzz-work/dump/`.
    dump: usize,
}

const USAGE: &str = "usage: cargo xtask fuzz [--minutes N] [--seed N] [--batch N] [--timeout SECS]
                        [--max-instructions N] [--memory-mib N] [--rss-flag-mib N]
                        [--release] [--minimize-secs N] [--runner PATH]
       cargo xtask fuzz --replay FILE...      (run files, print each verdict)
       cargo xtask fuzz --seed N --dump N     (write the first N inputs to target/fuzz-work/dump/)";

/// One input of a batch: its text, the stdin of the script it came from, and
/// where it came from.
struct Input {
    text: Vec<u8>,
    stdin: Option<String>,
    origin: String,
}

/// A conformance script, as a starting point.
struct Seed {
    name: String,
    text: Vec<u8>,
    stdin: Option<String>,
}

/// `cargo xtask fuzz …`.
pub fn run_fuzz(project: &Project, args: &[&str]) -> Result<()> {
    let options = parse(args)?;
    let work = project.root.join("target/fuzz-work");
    std::fs::create_dir_all(&work)?;
    if options.dump > 0 {
        return dump(&options, &project.root, &work.join("dump"));
    }
    let path = match &options.prebuilt {
        Some(prebuilt) => {
            let copy = work.join("coroscope-fuzz-runner");
            std::fs::copy(prebuilt, &copy)
                .map_err(|e| format!("--runner {}: {e}", prebuilt.display()))?;
            copy
        }
        None => {
            step("build the fuzz runner");
            runner::build(&project.root, options.release, &work)?
        }
    };
    let runner = Runner {
        path,
        timeout: options.timeout,
        max_instructions: options.max_instructions,
        memory_kib: options.memory_mib * 1024,
        restart_above_kib: options.rss_flag_mib * 1024 / 2,
        stderr_path: work.join("runner.stderr"),
    };
    if !options.replay.is_empty() {
        return replay(&runner, &options.replay);
    }
    let dir = project
        .root
        .join("target/fuzz-findings")
        .join(format!("seed-{}", options.seed));
    std::fs::create_dir_all(&dir)?;
    let mut findings = Findings {
        dir,
        groups: BTreeMap::new(),
        python: crate::bench::real_python(project)?,
        timeout: options.timeout,
        memory_kib: options.memory_mib * 1024,
        rss_flag_kib: options.rss_flag_mib * 1024,
    };
    let seeds = load_seeds(&project.root.join("tests/conformance"))?;
    step(&format!(
        "fuzz for {} min with seed {} ({} conformance scripts, batches of {}, ≤ {} instructions, {} s and {} MiB per input)",
        options.minutes, options.seed, seeds.len(), options.batch, options.max_instructions,
        options.timeout.as_secs(), options.memory_mib
    ));
    let engine = match &options.prebuilt {
        Some(path) => format!("engine: prebuilt runner {}", path.display()),
        None => format!("engine: working tree at {}", engine_revision(&project.root)),
    };
    println!("{engine}");
    let stats = fuzz_loop(&options, &runner, &seeds, &mut findings, &work)?;
    summarize(&options, &stats, &findings, &engine)?;
    if options.minimize_secs > 0 && !findings.groups.is_empty() {
        minimize_all(&runner, &findings, &options)?;
    }
    Ok(())
}

fn parse(args: &[&str]) -> Result<Options> {
    let mut options = Options {
        minutes: 10.0,
        seed: seed_from_clock(),
        batch: 64,
        timeout: Duration::from_secs(10),
        max_instructions: 2_000_000,
        memory_mib: 2048,
        rss_flag_mib: 512,
        release: false,
        minimize_secs: 120,
        prebuilt: None,
        replay: Vec::new(),
        dump: 0,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| -> Result<f64> {
            let v = it
                .next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))?;
            v.parse::<f64>()
                .map_err(|_| format!("{name}: not a number: {v}").into())
        };
        match *arg {
            "--minutes" => options.minutes = value(arg)?,
            "--seed" => options.seed = value(arg)? as u64,
            "--batch" => options.batch = (value(arg)? as usize).max(1),
            "--timeout" => options.timeout = Duration::from_secs_f64(value(arg)?),
            "--max-instructions" => options.max_instructions = value(arg)? as u64,
            "--memory-mib" => options.memory_mib = value(arg)? as u64,
            "--rss-flag-mib" => options.rss_flag_mib = value(arg)? as u64,
            "--minimize-secs" => options.minimize_secs = value(arg)? as u64,
            "--release" => options.release = true,
            "--dump" => options.dump = value(arg)? as usize,
            "--runner" => {
                let path = it
                    .next()
                    .ok_or_else(|| format!("--runner needs a path\n{USAGE}"))?;
                options.prebuilt = Some(PathBuf::from(path));
            }
            "--replay" => {
                options.replay = it.by_ref().map(PathBuf::from).collect();
                if options.replay.is_empty() {
                    return Err(format!("--replay needs files\n{USAGE}").into());
                }
            }
            other => return Err(format!("fuzz: unknown argument {other}\n{USAGE}").into()),
        }
    }
    Ok(options)
}

fn seed_from_clock() -> u64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    now.as_secs() ^ u64::from(now.subsec_nanos())
}

/// `git describe`-like: the commit and how many engine files differ from it
/// (others edit the engine while the fuzzer runs).
fn engine_revision(root: &Path) -> String {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .current_dir(root)
            .args(args)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default()
    };
    let commit = git(&["rev-parse", "--short", "HEAD"]);
    let dirty = git(&["status", "--porcelain", "crates/engine"])
        .lines()
        .count();
    format!("commit {commit}, {dirty} uncommitted file(s) under crates/engine")
}

fn load_seeds(dir: &Path) -> Result<Vec<Seed>> {
    let mut seeds = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    for path in paths {
        seeds.push(Seed {
            name: path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
            text: std::fs::read(&path)?,
            stdin: std::fs::read_to_string(path.with_extension("in")).ok(),
        });
    }
    if seeds.is_empty() {
        return Err(format!("no scripts in {}", dir.display()).into());
    }
    Ok(seeds)
}

/// A conformance script (70%) or a generated program, mutated a few times.
fn make_input(rng: &mut Rng, seeds: &[Seed], donors: &[Vec<u8>]) -> Input {
    let (mut text, stdin, origin, least) = if rng.percent(70) {
        let seed = rng.pick(seeds);
        (seed.text.clone(), seed.stdin.clone(), seed.name.clone(), 1)
    } else {
        (
            generate::program(rng).into_bytes(),
            None,
            "generated".to_owned(),
            0,
        )
    };
    let rounds = (*rng.pick(&[0, 1, 1, 1, 1, 2, 2, 3, 4, 8])).max(least);
    for _ in 0..rounds {
        mutate::any(rng, &mut text, donors);
        text.truncate(MAX_INPUT_BYTES);
    }
    Input {
        text,
        stdin,
        origin: format!("{origin}, {rounds} mutation(s)"),
    }
}

/// Counts of what happened.
#[derive(Default)]
struct Stats {
    inputs: u64,
    batches: u64,
    outcomes: BTreeMap<String, u64>,
    max_peak_kib: u64,
    /// Memory findings that did not repeat when run alone.
    unconfirmed: u64,
    elapsed: Duration,
}

fn fuzz_loop(
    options: &Options,
    runner: &Runner,
    seeds: &[Seed],
    findings: &mut Findings,
    work: &Path,
) -> Result<Stats> {
    let mut rng = Rng::new(options.seed);
    let donors: Vec<Vec<u8>> = seeds.iter().map(|s| s.text.clone()).collect();
    let batch_dir = work.join("batch");
    let started = Instant::now();
    let budget = Duration::from_secs_f64(options.minutes * 60.0);
    let mut stats = Stats::default();
    let mut next_report = PROGRESS_EVERY;
    while started.elapsed() < budget {
        let inputs: Vec<Input> = (0..options.batch)
            .map(|_| make_input(&mut rng, seeds, &donors))
            .collect();
        let files = write_batch(&batch_dir, &inputs)?;
        let verdicts = runner.run_batch(&files)?;
        stats.batches += 1;
        for ((verdict, file), input) in verdicts.iter().zip(&files).zip(&inputs) {
            stats.inputs += 1;
            count(&mut stats, verdict);
            if let Some(sig) = signature(verdict, findings.rss_flag_kib) {
                // A peak may include what earlier inputs of the batch left
                // in the allocator: a memory finding must repeat alone.
                if sig == "memory" && !alone_too(runner, file, &sig, findings)? {
                    stats.unconfirmed += 1;
                    continue;
                }
                println!(
                    "  finding #{}: {sig} ({})",
                    findings.total() + 1,
                    input.origin
                );
                findings.record(sig, verdict, file, &input.origin)?;
            }
        }
        if started.elapsed() >= next_report {
            next_report += PROGRESS_EVERY;
            progress(&stats, findings, started.elapsed());
        }
    }
    stats.elapsed = started.elapsed();
    Ok(stats)
}

/// Whether `file` run alone in a fresh child gives `sig` again.
fn alone_too(runner: &Runner, file: &Path, sig: &str, findings: &Findings) -> Result<bool> {
    let verdicts = runner.run_batch(&[file.to_path_buf()])?;
    Ok(signature(&verdicts[0], findings.rss_flag_kib).as_deref() == Some(sig))
}

fn write_batch(dir: &Path, inputs: &[Input]) -> Result<Vec<PathBuf>> {
    if dir.exists() {
        std::fs::remove_dir_all(dir)?;
    }
    std::fs::create_dir_all(dir)?;
    let mut files = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        let path = dir.join(format!("{i:04}.py"));
        std::fs::write(&path, &input.text)?;
        if let Some(stdin) = &input.stdin {
            std::fs::write(path.with_extension("in"), stdin)?;
        }
        files.push(path);
    }
    Ok(files)
}

fn count(stats: &mut Stats, verdict: &Verdict) {
    let key = match verdict {
        Verdict::Done {
            code,
            outcome,
            peak_kib,
        } => {
            stats.max_peak_kib = stats.max_peak_kib.max(*peak_kib);
            let tag = outcome.split(' ').next().unwrap_or("");
            if *code == 0 {
                "ok".to_owned()
            } else {
                tag.to_owned()
            }
        }
        Verdict::Panic(_) => "PANIC".to_owned(),
        Verdict::Crash(_) => "CRASH".to_owned(),
        Verdict::Timeout => "TIMEOUT".to_owned(),
    };
    *stats.outcomes.entry(key).or_default() += 1;
}

fn progress(stats: &Stats, findings: &Findings, elapsed: Duration) {
    let secs = elapsed.as_secs_f64();
    println!(
        "[{:>3}:{:02}] {} inputs ({:.1}/s), {} findings in {} group(s)",
        elapsed.as_secs() / 60,
        elapsed.as_secs() % 60,
        stats.inputs,
        stats.inputs as f64 / secs,
        findings.total(),
        findings.groups.len()
    );
}

fn summarize(options: &Options, stats: &Stats, findings: &Findings, engine: &str) -> Result<()> {
    let mut text = format!(
        "seed {}\n{}\nfuzzed {:.1} min: {} inputs in {} batches ({:.1}/s)\nlimits: {} instructions, {} s, {} MiB address space; RSS flag {} MiB\nlargest peak RSS of a finished input: {:.1} MiB ({} high peak(s) not repeated alone)\n\noutcomes:\n",
        options.seed,
        engine,
        stats.elapsed.as_secs_f64() / 60.0,
        stats.inputs,
        stats.batches,
        stats.inputs as f64 / stats.elapsed.as_secs_f64().max(1e-9),
        options.max_instructions,
        options.timeout.as_secs(),
        options.memory_mib,
        options.rss_flag_mib,
        stats.max_peak_kib as f64 / 1024.0,
        stats.unconfirmed,
    );
    let mut outcomes: Vec<(&String, &u64)> = stats.outcomes.iter().collect();
    outcomes.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (outcome, n) in outcomes {
        text.push_str(&format!("  {n:>8}  {outcome}\n"));
    }
    text.push_str(&format!(
        "\nfindings: {} in {} group(s)\n",
        findings.total(),
        findings.groups.len()
    ));
    for group in findings.groups.values() {
        text.push_str(&format!("  {:>6}  {}\n", group.count, group.signature));
        for saved in &group.saved {
            text.push_str(&format!("          {}\n", saved.display()));
        }
    }
    step("fuzz summary");
    print!("{text}");
    std::fs::write(findings.dir.join("SUMMARY.txt"), text)?;
    Ok(())
}

/// Shrinks the first example of each group; saves `NAME.min.py`. A
/// candidate that still hangs costs the whole timeout, so candidates get
/// at most [`MINIMIZE_TIMEOUT`]: a real hang hangs as well in 3 s as in 10.
fn minimize_all(runner: &Runner, findings: &Findings, options: &Options) -> Result<()> {
    step(&format!(
        "minimize each group's first example (≤ {} s each)",
        options.minimize_secs
    ));
    let runner = Runner {
        path: runner.path.clone(),
        timeout: runner.timeout.min(MINIMIZE_TIMEOUT),
        max_instructions: runner.max_instructions,
        memory_kib: runner.memory_kib,
        restart_above_kib: runner.restart_above_kib,
        stderr_path: runner.stderr_path.clone(),
    };
    let scratch = findings.dir.join("candidate.py");
    for group in findings.groups.values() {
        let Some(first) = group.saved.first() else {
            continue;
        };
        let input = std::fs::read(first)?;
        let stdin = first.with_extension("in");
        if stdin.exists() {
            std::fs::copy(&stdin, scratch.with_extension("in"))?;
        } else if scratch.with_extension("in").exists() {
            std::fs::remove_file(scratch.with_extension("in"))?;
        }
        let wanted = group.signature.clone();
        let mut still_fails = |text: &[u8]| -> bool {
            if std::fs::write(&scratch, text).is_err() {
                return false;
            }
            let Ok(verdicts) = runner.run_batch(std::slice::from_ref(&scratch)) else {
                return false;
            };
            let Some(sig) = signature(&verdicts[0], findings.rss_flag_kib) else {
                return false;
            };
            if findings::judged_against_cpython(&sig) {
                wanted == format!("{sig} {}", findings.cpython(&scratch).label(&sig))
            } else {
                sig == wanted
            }
        };
        let deadline = Instant::now() + Duration::from_secs(options.minimize_secs);
        let small = minimize::shrink(&input, &mut still_fails, deadline);
        let out = first.with_extension("min.py");
        std::fs::write(&out, &small)?;
        std::fs::write(&scratch, &small)?;
        let cpython = findings.cpython(&scratch).summary;
        std::fs::write(
            first.with_extension("min.txt"),
            format!("signature: {wanted}\nCPython:   {cpython}\n"),
        )?;
        println!(
            "{} → {} bytes: {}",
            group.signature,
            small.len(),
            out.display()
        );
    }
    Ok(())
}

/// Writes the first `options.dump` inputs of the seed, to look at.
fn dump(options: &Options, root: &Path, dir: &Path) -> Result<()> {
    let seeds = load_seeds(&root.join("tests/conformance"))?;
    let donors: Vec<Vec<u8>> = seeds.iter().map(|s| s.text.clone()).collect();
    let mut rng = Rng::new(options.seed);
    let inputs: Vec<Input> = (0..options.dump)
        .map(|_| make_input(&mut rng, &seeds, &donors))
        .collect();
    write_batch(dir, &inputs)?;
    for (i, input) in inputs.iter().enumerate() {
        println!("{}/{i:04}.py: {}", dir.display(), input.origin);
    }
    Ok(())
}

/// Runs each file and prints its verdict (to check a reproducer).
fn replay(runner: &Runner, files: &[PathBuf]) -> Result<()> {
    let verdicts = runner.run_batch(files)?;
    for (file, verdict) in files.iter().zip(verdicts) {
        println!("{}: {verdict:?}", file.display());
    }
    Ok(())
}
