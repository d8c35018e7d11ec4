//! The code generator's machinery: a stack of compilation units (one per
//! code object being built), labels and jump patching, constants, name
//! resolution through the symbol table, and the "frame blocks" that tell
//! `break`/`continue`/`return` what to unwind (as in CPython's compile.c).

use super::error::{CompileError, ErrorKind};
use super::lines::LineIndex;
use super::symtable::{Access, ScopeKind, SymTable};
use crate::bytecode::code::{Code, CodeKind};
use crate::bytecode::op::Instr;
use crate::objects::Value;
use indexmap::IndexSet;
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::rc::Rc;

/// A jump target, bound to an instruction index later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(usize);

/// What an enclosing construct needs undone when control leaves it early.
pub enum FBlock<'a> {
    /// `while`: continue → start, break → end.
    While { start: Label, end: Label },
    /// `for`: the iterator is on the stack.
    For { start: Label, end: Label },
    /// Inside `try:` with handlers.
    Try,
    /// Inside `try:` with `finally:` — run `body` when leaving.
    Finally { body: &'a [Stmt] },
    /// Inside a `finally:` block entered by an exception: `[prev, exc]` on the stack.
    FinallyHandler,
    /// Inside `with`: `[exit]` on the stack.
    With { is_async: bool },
    /// Inside an `except` body: `[prev]` on the stack; `name` is bound.
    Handler { name: Option<&'a str> },
    /// Inside the clauses of an `except*` (CPython's EXCEPTION_GROUP_HANDLER):
    /// `break`, `continue` and `return` may not leave it.
    ExceptStar,
}

/// One code object under construction.
pub struct Unit<'a> {
    pub scope: usize,
    /// The innermost enclosing class name, for private-name mangling.
    pub private: Option<String>,
    pub kind: CodeKind,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    pub names: IndexSet<String>,
    pub varnames: IndexSet<String>,
    pub cellvars: IndexSet<String>,
    pub freevars: IndexSet<String>,
    pub labels: Vec<Option<u32>>,
    pub patches: Vec<(usize, Label)>,
    pub fblocks: Vec<FBlock<'a>>,
    pub line: u32,
    pub argcount: u32,
    pub posonly: u32,
    pub kwonly: u32,
    pub varargs: bool,
    pub varkw: bool,
}

/// The code generator.
pub struct Compiler<'a> {
    pub source: &'a str,
    pub filename: Rc<str>,
    pub lines: &'a LineIndex,
    pub table: &'a SymTable,
    pub units: Vec<Unit<'a>>,
}

pub type CResult<T> = Result<T, CompileError>;

impl<'a> Compiler<'a> {
    pub fn new(source: &'a str, filename: &str, lines: &'a LineIndex, table: &'a SymTable) -> Self {
        Self { source, filename: filename.into(), lines, table, units: Vec::new() }
    }

    /// Compiles the module body.
    pub fn compile_module(mut self, body: &'a [Stmt]) -> CResult<Rc<Code>> {
        self.enter(0, CodeKind::Module, "<module>", "<module>", 1);
        if let Some(doc) = docstring(body) {
            self.load_const(Value::str(doc));
            let i = self.name_index("__doc__");
            self.emit(Instr::StoreName(i));
        }
        self.setup_annotations(body);
        self.stmts(body)?;
        self.load_const(Value::None);
        self.emit(Instr::ReturnValue);
        Ok(self.leave())
    }

    // === Units ===

    pub fn enter(&mut self, scope: usize, kind: CodeKind, name: &str, qualname: &str, first_line: u32) {
        let s = &self.table.scopes[scope];
        let mut varnames = IndexSet::new();
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for p in &s.params {
                varnames.insert(p.clone());
            }
            for (n, a) in &s.access {
                if *a == Access::Local {
                    varnames.insert(n.clone());
                }
            }
        }
        let private = match self.units.last() {
            Some(parent) if self.table.scopes[parent.scope].kind == ScopeKind::Class => Some(parent.name.clone()),
            Some(parent) => parent.private.clone(),
            None => None,
        };
        self.units.push(Unit {
            private,
            scope,
            kind,
            name: name.to_owned(),
            qualname: qualname.to_owned(),
            first_line,
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: IndexSet::new(),
            varnames,
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            labels: Vec::new(),
            patches: Vec::new(),
            fblocks: Vec::new(),
            line: first_line,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkw: false,
        });
    }

    pub fn leave(&mut self) -> Rc<Code> {
        let mut u = self.units.pop().expect("unit");
        for (at, label) in std::mem::take(&mut u.patches) {
            let target = u.labels[label.0].unwrap_or(0);
            u.instrs[at] = retarget(u.instrs[at], target);
        }
        let cell_params = u.cellvars.iter().map(|c| u.varnames.get_index_of(c).map(|i| i as u32)).collect();
        let names: Vec<Rc<str>> = u.names.iter().map(|n| crate::objects::intern(n)).collect();
        let plain_args = u.kind == CodeKind::Function && !u.varargs && !u.varkw && u.kwonly == 0 && u.cellvars.is_empty();
        Rc::new(Code {
            name: u.name.into(),
            qualname: u.qualname.into(),
            filename: self.filename.clone(),
            first_line: u.first_line,
            instrs: u.instrs,
            lines: u.lines,
            consts: u.consts,
            name_cache: names.iter().map(|_| Default::default()).collect(),
            attr_cache: (0..2 * names.len()).map(|_| Default::default()).collect(),
            names,
            varnames: u.varnames.iter().map(|n| Rc::from(n.as_str())).collect(),
            cellvars: u.cellvars.iter().map(|n| Rc::from(n.as_str())).collect(),
            freevars: u.freevars.iter().map(|n| Rc::from(n.as_str())).collect(),
            cell_params,
            argcount: u.argcount,
            posonly: u.posonly,
            kwonly: u.kwonly,
            varargs: u.varargs,
            varkw: u.varkw,
            kind: u.kind,
            max_stack: 16,
            plain_args,
        })
    }

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    pub fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.units.last().expect("unit").scope].kind
    }

    // === Emission ===

    pub fn emit(&mut self, instr: Instr) -> usize {
        let u = self.unit();
        u.instrs.push(instr);
        let line = u.line;
        u.lines.push(line);
        u.instrs.len() - 1
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() - 1)
    }

    pub fn bind(&mut self, label: Label) {
        let u = self.unit();
        u.labels[label.0] = Some(u.instrs.len() as u32);
    }

    /// Emits a jump-like instruction (its operand is patched to `label`).
    pub fn emit_jump(&mut self, instr: Instr, label: Label) {
        let at = self.emit(instr);
        self.unit().patches.push((at, label));
    }

    pub fn set_line(&mut self, range: TextRange) -> u32 {
        let line = self.lines.line(range.start());
        let u = self.unit();
        std::mem::replace(&mut u.line, line)
    }

    pub fn restore_line(&mut self, line: u32) {
        self.unit().line = line;
    }

    pub fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Instr::LoadConst(i));
    }

    pub fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        let found = u.consts.iter().position(|c| same_const(c, &v));
        match found {
            Some(i) => i as u32,
            None => {
                u.consts.push(v);
                (u.consts.len() - 1) as u32
            }
        }
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        let (i, _) = self.unit().names.insert_full(name.to_owned());
        i as u32
    }

    /// The mangled form of an identifier in the current unit.
    pub fn mangled(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        let private = if self.table.scopes[u.scope].kind == ScopeKind::Class { Some(u.name.as_str()) } else { u.private.as_deref() };
        super::symtable::mangle(private, name).into_owned()
    }

    /// `names` index of an attribute name (mangled).
    pub fn attr_index(&mut self, name: &str) -> u32 {
        let m = self.mangled(name);
        self.name_index(&m)
    }

    // === Names ===

    fn access(&self, name: &str) -> Access {
        let u = self.units.last().expect("unit");
        let a = self.table.scopes[u.scope].access_of(name);
        if a == Access::Local && !u.varnames.contains(name) {
            // A name the table saw only in a nested comprehension's walrus, etc.
            return match self.table.scopes[u.scope].kind {
                ScopeKind::Module | ScopeKind::Class => Access::Name,
                _ => Access::Global,
            };
        }
        a
    }

    fn deref_index(&self, name: &str) -> u32 {
        let u = self.units.last().expect("unit");
        match u.cellvars.get_index_of(name) {
            Some(i) => i as u32,
            None => (u.cellvars.len() + u.freevars.get_index_of(name).unwrap_or(0)) as u32,
        }
    }

    pub fn load_name(&mut self, name: &str) {
        let mangled = self.mangled(name);
        let name = mangled.as_str();
        match self.access(name) {
            Access::Local => {
                let i = self.unit().varnames.get_index_of(name).unwrap_or(0) as u32;
                self.emit(Instr::LoadFast(i));
            }
            Access::Cell => {
                let i = self.deref_index(name);
                self.emit(Instr::LoadDeref(i));
            }
            Access::Free => {
                let i = self.deref_index(name);
                if self.scope_kind() == ScopeKind::Class {
                    self.emit(Instr::LoadClassDeref(i));
                } else {
                    self.emit(Instr::LoadDeref(i));
                }
            }
            Access::Global => {
                let i = self.name_index(name);
                self.emit(Instr::LoadGlobal(i));
            }
            Access::Name => {
                let i = self.name_index(name);
                self.emit(Instr::LoadName(i));
            }
        }
    }

    pub fn store_name(&mut self, name: &str) {
        let mangled = self.mangled(name);
        let name = mangled.as_str();
        match self.access(name) {
            Access::Local => {
                let i = self.unit().varnames.get_index_of(name).unwrap_or(0) as u32;
                self.emit(Instr::StoreFast(i));
            }
            Access::Cell | Access::Free => {
                let i = self.deref_index(name);
                self.emit(Instr::StoreDeref(i));
            }
            Access::Global => {
                let i = self.name_index(name);
                self.emit(Instr::StoreGlobal(i));
            }
            Access::Name => {
                let i = self.name_index(name);
                self.emit(Instr::StoreName(i));
            }
        }
    }

    pub fn delete_name(&mut self, name: &str) {
        let mangled = self.mangled(name);
        let name = mangled.as_str();
        match self.access(name) {
            Access::Local => {
                let i = self.unit().varnames.get_index_of(name).unwrap_or(0) as u32;
                self.emit(Instr::DeleteFast(i));
            }
            Access::Cell | Access::Free => {
                let i = self.deref_index(name);
                self.emit(Instr::DeleteDeref(i));
            }
            Access::Global => {
                let i = self.name_index(name);
                self.emit(Instr::DeleteGlobal(i));
            }
            Access::Name => {
                let i = self.name_index(name);
                self.emit(Instr::DeleteName(i));
            }
        }
    }

    // === Errors ===

    pub fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        CompileError::at(ErrorKind::Syntax, msg.into(), range, self.lines)
    }

    /// The qualified name for a nested definition called `name`.
    pub fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        match self.table.scopes[u.scope].kind {
            ScopeKind::Module => name.to_owned(),
            ScopeKind::Class => format!("{}.{name}", u.qualname),
            _ => format!("{}.<locals>.{name}", u.qualname),
        }
    }

    // === Functions ===

    /// Emits the closure tuple for a nested scope and returns whether it has one.
    pub fn emit_closure(&mut self, child: usize) -> bool {
        let free: Vec<String> = self.table.scopes[child].freevars.iter().cloned().collect();
        if free.is_empty() {
            return false;
        }
        for name in &free {
            let u = self.units.last().expect("unit");
            let i = if u.cellvars.contains(name.as_str()) || u.freevars.contains(name.as_str()) {
                self.deref_index(name)
            } else {
                0
            };
            self.emit(Instr::LoadClosure(i));
        }
        self.emit(Instr::BuildTuple(free.len() as u32));
        true
    }

    /// Compiles a function body into a code object and emits `MakeFunction`.
    pub fn make_function(
        &mut self,
        node: &impl Ranged,
        name: &str,
        params: Option<&'a ast::Parameters>,
        returns: Option<&'a Expr>,
        is_async: bool,
        body: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        let scope = self.table.scope_at(node.range().start().to_u32());
        let mut flags = 0u8;
        if let Some(p) = params {
            let defaults: Vec<&Expr> = p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
            if !defaults.is_empty() {
                for d in &defaults {
                    self.expr(d)?;
                }
                self.emit(Instr::BuildTuple(defaults.len() as u32));
                flags |= 1;
            }
            let kwdefaults: Vec<(&str, &Expr)> = p.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.as_str(), d))).collect();
            if !kwdefaults.is_empty() {
                for (n, d) in &kwdefaults {
                    self.load_const(Value::str(*n));
                    self.expr(d)?;
                }
                self.emit(Instr::BuildMap(kwdefaults.len() as u32));
                flags |= 2;
            }
        }
        if let Some(p) = params {
            let mut n = 0;
            for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()).map(|a| &a.parameter).chain(p.vararg.as_deref()).chain(p.kwarg.as_deref()) {
                if let Some(ann) = &a.annotation {
                    self.load_const(Value::str(a.name.as_str()));
                    self.expr(ann)?;
                    n += 1;
                }
            }
            if let Some(ret) = returns {
                self.load_const(Value::str("return"));
                self.expr(ret)?;
                n += 1;
            }
            if n > 0 {
                self.emit(Instr::BuildMap(n));
                flags |= 4;
            }
        }
        if self.emit_closure(scope) {
            flags |= 8;
        }
        let s = &self.table.scopes[scope];
        let kind = match (is_async, s.is_generator) {
            (true, true) => CodeKind::AsyncGenerator,
            (true, false) => CodeKind::Coroutine,
            (false, true) => CodeKind::Generator,
            (false, false) => CodeKind::Function,
        };
        let qualname = self.qualname_for(name);
        let first_line = self.lines.line(node.range().start());
        self.enter(scope, kind, name, &qualname, first_line);
        if let Some(p) = params {
            let u = self.unit();
            u.posonly = p.posonlyargs.len() as u32;
            u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            u.kwonly = p.kwonlyargs.len() as u32;
            u.varargs = p.vararg.is_some();
            u.varkw = p.kwarg.is_some();
        }
        if kind != CodeKind::Function {
            self.emit(Instr::ReturnGenerator);
        }
        body(self)?;
        let code = self.leave();
        let i = self.add_const(Value::Code(code));
        self.emit(Instr::LoadConst(i));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }
}

use ruff_python_ast::Expr;

impl Compiler<'_> {
    /// `SETUP_ANNOTATIONS`: a body with annotated names gets an
    /// `__annotations__` dict before it runs.
    pub fn setup_annotations(&mut self, body: &[Stmt]) {
        if body.iter().any(|s| matches!(s, Stmt::AnnAssign(a) if a.simple && matches!(&*a.target, Expr::Name(_)))) {
            self.emit(Instr::BuildMap(0));
            let i = self.name_index("__annotations__");
            self.emit(Instr::StoreName(i));
        }
    }
}

/// The docstring of a body: its first statement, if a string literal.
pub fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_owned()),
            _ => None,
        },
        _ => None,
    }
}

fn same_const(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::None, Value::None) => true,
        _ => false,
    }
}

fn retarget(instr: Instr, t: u32) -> Instr {
    match instr {
        Instr::Jump(_) => Instr::Jump(t),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
        Instr::PopJumpIfNone(_) => Instr::PopJumpIfNone(t),
        Instr::PopJumpIfNotNone(_) => Instr::PopJumpIfNotNone(t),
        Instr::ForIter(_) => Instr::ForIter(t),
        Instr::Send(_) => Instr::Send(t),
        Instr::SetupExcept(_) => Instr::SetupExcept(t),
        Instr::SetupCleanup(_) => Instr::SetupCleanup(t),
        other => other,
    }
}
