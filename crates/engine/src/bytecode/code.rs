//! Code objects: one per module, function, class body, lambda and
//! comprehension, as in CPython. Immutable once built; shared by `Rc`.

use super::op::Instr;
use crate::objects::Value;
use std::rc::Rc;

/// What kind of callable a code object's frames are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// Module top level.
    Module,
    /// A class body (names go to the class namespace).
    Class,
    /// `def` / `lambda` / comprehension.
    Function,
    /// `def` containing `yield`.
    Generator,
    /// `async def`.
    Coroutine,
    /// `async def` containing `yield`.
    AsyncGenerator,
}

/// A compiled unit of bytecode with everything a frame needs.
#[derive(Debug)]
pub struct Code {
    /// `co_name`, e.g. `main` or `<listcomp>`.
    pub name: Rc<str>,
    /// `co_qualname`, e.g. `Foo.bar.<locals>.baz`.
    pub qualname: Rc<str>,
    /// The file name tracebacks show.
    pub filename: Rc<str>,
    /// Line of the `def` (or 1 for modules).
    pub first_line: u32,
    /// The instructions.
    pub instrs: Vec<Instr>,
    /// Source line of each instruction (same length as `instrs`).
    pub lines: Vec<u32>,
    /// Constants referenced by `LoadConst`.
    pub consts: Vec<Value>,
    /// Per name: where `LoadGlobal` found it last time, checked before use.
    pub name_cache: Box<[std::cell::Cell<GlobalSlot>]>,
    /// Per name: where `LoadAttr`/`LoadMethod`/`StoreAttr` last found it in
    /// an instance's class (slot `2i`), and `__setattr__` for `StoreAttr`
    /// (slot `2i + 1`); see [`crate::objects::class::LookupCache`].
    pub attr_cache: Box<[std::cell::Cell<crate::objects::class::LookupCache>]>,
    /// Names referenced by global/attribute/name instructions.
    pub names: Vec<Rc<str>>,
    /// Fast locals, parameters first.
    pub varnames: Vec<Rc<str>>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<Rc<str>>,
    /// Variables this scope captures from outer scopes.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar, the parameter index it is initialised from, if any.
    pub cell_params: Vec<Option<u32>>,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonly: u32,
    /// Keyword-only parameters.
    pub kwonly: u32,
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkw: bool,
    /// Function, generator, coroutine, ...
    pub kind: CodeKind,
    /// Module scope or class body: names resolve through dicts.
    pub max_stack: u32,
    /// A plain function (not a generator or coroutine) without
    /// `*args`, `**kwargs`, keyword-only parameters or cell variables:
    /// a positional call only moves its arguments into the first locals.
    /// Worked out once here so a call tests one flag instead of five
    /// fields (see `vm::quick::binds_positionally`).
    pub plain_args: bool,
}

/// Where `LoadGlobal` found a name: its position in the globals (checked
/// by comparing the key stored there), or, when it was not a global, its
/// position in builtins, valid while [`crate::objects::module::module_epoch`]
/// is `epoch` (no module has gained or lost a key since).
#[derive(Clone, Copy, Debug)]
pub struct GlobalSlot {
    /// Position in the globals (`u32::MAX`: none known).
    pub global: u32,
    /// Position in builtins, for `epoch`.
    pub builtin: u32,
    /// The module epoch `builtin` was found at (`u64::MAX`: none).
    pub epoch: u64,
    /// The address of the globals `builtin` was looked up for.
    pub module: usize,
}

impl Default for GlobalSlot {
    fn default() -> Self {
        Self { global: u32::MAX, builtin: 0, epoch: u64::MAX, module: 0 }
    }
}

impl Code {
    /// The source line of instruction `ip` (the last one if out of range).
    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).or(self.lines.last()).copied().unwrap_or(self.first_line)
    }

    /// Number of fast-local slots.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
}
