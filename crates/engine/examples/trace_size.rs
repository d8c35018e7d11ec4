//! `cargo run --release -p coroscope-engine --example trace_size -- FILE`:
//! how many bytes of heap a finished run's trace holds, in all and per
//! lane (per task, in the executor benchmarks), next to its Chrome JSON
//! size. A finished run has dropped its VM and keeps only the trace, so
//! the bytes the thread holds then, less those it held before, are the
//! trace's (as allocated, spare capacity included).

use coroscope_engine::{Progress, Run, RunOptions};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: trace_size FILE");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("trace_size: {path}: {e}");
            std::process::exit(2);
        }
    };
    let before = coroscope_memcount::live();
    let options = RunOptions { filename: path.clone(), cpu_cost_ns: 0, ..RunOptions::default() };
    let mut run = Run::new(&source, options);
    while let Progress::Running = run.advance(1 << 20) {}
    let held = coroscope_memcount::live() - before;
    let trace = run.trace();
    let lanes = trace.lanes.len().max(1);
    let json = coroscope_trace::chrome::to_json(trace).len();
    println!("lanes {lanes}, spans {}, events {}, output lines {}", trace.spans.len(), trace.events.len(), trace.output.len());
    println!("heap   {held:>12} bytes  {:>7.0} bytes/lane", held as f64 / lanes as f64);
    println!("json   {json:>12} bytes  {:>7.0} bytes/lane", json as f64 / lanes as f64);
}
