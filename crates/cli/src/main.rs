//! `coroscope run FILE`: runs a script on the engine and prints its output
//! as `python3 FILE` would.

use coroscope_engine::{Progress, Run, RunOptions, Stream};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [cmd, file] = args.as_slice() else {
        eprintln!("usage: coroscope run FILE");
        return ExitCode::from(2);
    };
    if cmd != "run" {
        eprintln!("coroscope: unknown command '{cmd}'");
        return ExitCode::from(2);
    }
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("coroscope: can't open file '{file}': {e}");
            return ExitCode::from(2);
        }
    };
    let mut run = Run::new(&source, RunOptions { filename: file.clone(), ..RunOptions::default() });
    let code = loop {
        if let Progress::Finished(code) = run.advance(1 << 20) {
            break code;
        }
    };
    let trace = run.trace();
    print!("{}", trace.text_of(Stream::Stdout));
    let _ = std::io::stdout().flush();
    eprint!("{}", trace.text_of(Stream::Stderr));
    ExitCode::from(code as u8)
}
