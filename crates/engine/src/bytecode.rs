//! Bytecode: the instruction set ([`op::Instr`]) and code objects
//! ([`code::Code`]) that the compiler emits and the VM runs.
pub mod code;
pub mod op;
