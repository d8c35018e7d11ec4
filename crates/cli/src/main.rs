//! `coroscope run FILE [--cpu-cost NS] [--seed N] [--stdin FILE]
//! [--input-delay SECONDS] [--max-memory MIB] [--trace OUT.json] [--gantt]`: runs a script on
//! the engine's virtual clock and prints its output as `python3 FILE` would,
//! with Python's exit status. Each instruction costs `--cpu-cost` virtual
//! nanoseconds (default ≈ CPython's speed, `LAPTOP_CPU_COST_NS`; 0 is the
//! ideal clock the conformance corpus uses); `--trace` writes a Chrome/Perfetto trace, `--gantt` draws an
//! ASCII Gantt chart on stderr. Usage errors print one line and exit 2.

use coroscope_engine::{Progress, Run, RunOptions, Stream, LAPTOP_CPU_COST_NS};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: coroscope run FILE [--cpu-cost NS] [--seed N] [--stdin FILE] [--input-delay SECONDS] [--max-memory MIB] [--trace OUT.json] [--gantt]   (FILE may be - for standard input)";

/// What the command line asked for.
struct Args {
    file: String,
    stdin_file: Option<String>,
    seed: u64,
    cpu_cost: u64,
    trace_out: Option<String>,
    gantt: bool,
    input_delay_ns: u64,
    max_memory: Option<usize>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("run") => {}
        Some("-h" | "--help") | None => return Err(USAGE.to_owned()),
        Some(other) => return Err(format!("coroscope: unknown command '{other}'\n{USAGE}")),
    }
    let mut file = None;
    let mut stdin_file = None;
    let mut seed = 0;
    let mut cpu_cost = LAPTOP_CPU_COST_NS;
    let mut trace_out = None;
    let mut gantt = false;
    let mut input_delay_ns = 0;
    let mut max_memory = None;
    while let Some(a) = it.next() {
        match a.as_str() {
            "--cpu-cost" => {
                let v = it.next().ok_or("coroscope: --cpu-cost needs nanoseconds per instruction")?;
                cpu_cost = v.parse().map_err(|_| format!("coroscope: --cpu-cost expects a non-negative integer, got '{v}'"))?;
            }
            "--trace" => trace_out = Some(it.next().ok_or("coroscope: --trace needs an output file")?.clone()),
            "--gantt" => gantt = true,
            "--max-memory" => {
                let v = it.next().ok_or("coroscope: --max-memory needs MiB")?;
                let mib: usize = v.parse().map_err(|_| format!("coroscope: --max-memory expects MiB as a whole number, got '{v}'"))?;
                max_memory = Some(mib.saturating_mul(1 << 20));
            }
            "--input-delay" => {
                let v = it.next().ok_or("coroscope: --input-delay needs seconds")?;
                let secs: f64 = v.parse().ok().filter(|s: &f64| s.is_finite() && *s >= 0.0).ok_or_else(|| format!("coroscope: --input-delay expects non-negative seconds, got '{v}'"))?;
                input_delay_ns = (secs * 1e9).round() as u64;
            }
            "--stdin" => stdin_file = Some(it.next().ok_or("coroscope: --stdin needs a file")?.clone()),
            "--seed" => {
                let v = it.next().ok_or("coroscope: --seed needs a number")?;
                seed = v.parse().map_err(|_| format!("coroscope: --seed expects a non-negative integer, got '{v}'"))?;
            }
            flag if flag.starts_with("--") => return Err(format!("coroscope: unknown option '{flag}'\n{USAGE}")),
            path if file.is_none() => file = Some(path.to_owned()),
            extra => return Err(format!("coroscope: unexpected argument '{extra}'\n{USAGE}")),
        }
    }
    let file = file.ok_or_else(|| format!("coroscope: missing FILE\n{USAGE}"))?;
    Ok(Args { file, stdin_file, seed, cpu_cost, trace_out, gantt, input_delay_ns, max_memory })
}

fn read_source(file: &str) -> Result<String, String> {
    if file == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| format!("coroscope: can't read standard input: {e}"))?;
        return Ok(s);
    }
    std::fs::read_to_string(file).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "[Errno 2] No such file or directory".to_owned(),
            _ => e.to_string(),
        };
        format!("coroscope: can't open file '{file}': {why}")
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&args) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let source = match read_source(&args.file) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let stdin = match &args.stdin_file {
        Some(f) => match std::fs::read_to_string(f) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("coroscope: can't read --stdin file '{f}': {e}");
                return ExitCode::from(2);
            }
        },
        // Without --stdin, input() reads this process's standard input
        // (unless the script itself came from there).
        None if args.file != "-" => {
            let mut s = String::new();
            if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
                let _ = std::io::stdin().read_to_string(&mut s);
            }
            s
        }
        None => String::new(),
    };
    let filename = if args.file == "-" { "<stdin>".to_owned() } else { args.file.clone() };
    let mut options = RunOptions { filename, seed: args.seed, stdin, cpu_cost_ns: args.cpu_cost, input_delay_ns: args.input_delay_ns, ..RunOptions::default() };
    if let Some(bytes) = args.max_memory {
        options.max_memory = bytes;
    }
    let (trace_out, gantt) = (args.trace_out.clone(), args.gantt);
    // A panic is a bug in the engine. Release builds abort rather than
    // unwind (see the workspace's `[profile.release]`), so say so here,
    // with the status an unwound panic gets below.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("coroscope: internal error: {info}");
        // With RUST_BACKTRACE=1, where (for whoever fixes it).
        let trace = std::backtrace::Backtrace::capture();
        if trace.status() == std::backtrace::BacktraceStatus::Captured {
            eprintln!("{trace}");
        }
        std::process::exit(70);
    }));
    // Deeply nested Python-to-Rust calls need more stack than the default.
    let worker = std::thread::Builder::new().stack_size(256 << 20).spawn(move || execute(&source, options, trace_out.as_deref(), gantt));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code as u8),
        _ => {
            eprintln!("coroscope: internal error");
            ExitCode::from(70)
        }
    }
}

/// Runs to completion, streaming output as the run produces it, then
/// writes the trace exports asked for.
fn execute(source: &str, options: RunOptions, trace_out: Option<&str>, gantt: bool) -> i32 {
    let mut run = Run::new(source, options);
    let mut shown = 0;
    let code = loop {
        let progress = run.advance(1 << 24);
        let events = &run.trace().output[shown..];
        let mut out = std::io::stdout().lock();
        let mut err = std::io::stderr().lock();
        for e in events {
            let _ = match e.stream {
                Stream::Stdout => out.write_all(e.text.as_bytes()),
                Stream::Stderr => {
                    let _ = out.flush();
                    err.write_all(e.text.as_bytes())
                }
            };
        }
        let _ = out.flush();
        shown = run.trace().output.len();
        if let Progress::Finished(code) = progress {
            break code;
        }
    };
    let trace = run.trace();
    if let Some(path) = trace_out {
        if let Err(e) = std::fs::write(path, coroscope_trace::chrome::to_json(trace)) {
            eprintln!("coroscope: can't write trace '{path}': {e}");
        }
    }
    if gantt {
        eprint!("{}", coroscope_trace::ascii::render(trace, 100));
    }
    // The run is over (its finalisers ran in `advance`); the process ends
    // next, and the OS takes its memory back at once. Freeing the heap
    // object by object first (10⁵ tasks: ~10⁶ objects, and glibc trimming
    // as it goes) only cost time, as CPython also skips at exit.
    std::mem::forget(run);
    code
}
