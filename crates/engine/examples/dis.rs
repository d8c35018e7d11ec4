//! Prints the bytecode of a script, code object by code object (a
//! developer's aid when reading profiles: `cargo run -p coroscope-engine
//! --example dis -- FILE`).

use coroscope_engine::bytecode::code::Code;
use coroscope_engine::objects::Value;

fn dump(code: &Code) {
    println!("== {} (line {})", code.name, code.first_line);
    for (ip, instr) in code.instrs.iter().enumerate() {
        println!("{ip:5} {:4} {instr:?}", code.line_at(ip));
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            dump(inner);
        }
    }
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dis FILE");
        std::process::exit(2);
    };
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("dis: {path}: {e}");
        std::process::exit(2);
    });
    match coroscope_engine::compile::compile_module(&source, &path) {
        Ok(code) => dump(&code),
        Err(e) => {
            eprintln!("dis: {e:?}");
            std::process::exit(1);
        }
    }
}
