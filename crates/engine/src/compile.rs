//! Source to code objects. `ruff_python_parser` is used here and nowhere
//! else: its AST is walked by our symbol table and code generator, and its
//! errors are converted to CPython's `SyntaxError` wording in `parse_error`.

mod codegen;
pub mod error;
mod expr;
mod nesting;
pub mod lines;
mod parse_error;
mod string_error;
mod pattern;
mod stmt;
mod try_star;
pub mod symtable;

use crate::bytecode::code::Code;
pub use error::{CompileError, ErrorKind};
use std::rc::Rc;

/// Compiles a module's source. `filename` is what tracebacks show.
pub fn compile_module(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    nesting::check(source)?;
    let lines = lines::LineIndex::new(source);
    let parsed = ruff_python_parser::parse_module(source).map_err(|e| parse_error::convert(&e, source, &lines))?;
    let module = parsed.syntax();
    let table = symtable::build(&module.body, &lines)?;
    codegen::Compiler::new(source, filename, &lines, &table).compile_module(&module.body)
}
