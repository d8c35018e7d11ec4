//! Symbol analysis: which names are local, global, cell or free in each
//! scope, as CPython's `symtable.c` decides. A first pass records bindings
//! and uses per scope; `resolve` then classifies every name.

use super::error::{CompileError, ErrorKind};
use super::lines::LineIndex;
use indexmap::{IndexMap, IndexSet};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};

/// What kind of code a scope compiles to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module.
    Module,
    /// A class body.
    Class,
    /// `def`, `async def`, `lambda`.
    Function,
    /// A comprehension or generator expression.
    Comprehension,
}

/// How a name is accessed in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Fast local slot.
    Local,
    /// Cell owned by this scope.
    Cell,
    /// Cell captured from an enclosing scope.
    Free,
    /// `global x` or an unbound name in a function.
    Global,
    /// Module / class namespace lookup (LoadName).
    Name,
}

/// One scope's analysis.
#[derive(Debug)]
pub struct Scope {
    /// Kind of scope.
    pub kind: ScopeKind,
    /// Enclosing scope.
    pub parent: Option<usize>,
    /// Parameters, in CPython's varnames order.
    pub params: Vec<String>,
    /// Names bound here (assignment, def, import, ...), in first-binding order.
    pub bound: IndexSet<String>,
    /// Names read here.
    pub used: IndexSet<String>,
    /// `global` declarations.
    pub globals: IndexSet<String>,
    /// `nonlocal` declarations.
    pub nonlocals: IndexSet<String>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// `async def`.
    pub is_async: bool,
    /// Contains `await` / async comprehension (for comprehension scopes).
    pub has_await: bool,
    /// Resolved access of every name seen.
    pub access: IndexMap<String, Access>,
    /// Cells this scope owns, in order.
    pub cellvars: IndexSet<String>,
    /// Cells this scope receives, in order.
    pub freevars: IndexSet<String>,
    /// Names bound by walrus inside comprehensions nested here.
    pub walrus_from_children: IndexSet<String>,
    /// Where each `nonlocal` was declared (for error locations).
    pub nonlocal_ranges: std::collections::HashMap<String, ruff_text_size::TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Self {
        Self {
            kind,
            parent,
            params: Vec::new(),
            bound: IndexSet::new(),
            used: IndexSet::new(),
            globals: IndexSet::new(),
            nonlocals: IndexSet::new(),
            is_generator: false,
            is_async: false,
            has_await: false,
            access: IndexMap::new(),
            cellvars: IndexSet::new(),
            freevars: IndexSet::new(),
            walrus_from_children: IndexSet::new(),
            nonlocal_ranges: Default::default(),
        }
    }

    /// How `name` is accessed here.
    pub fn access_of(&self, name: &str) -> Access {
        if let Some(a) = self.access.get(name) {
            return *a;
        }
        match self.kind {
            ScopeKind::Module | ScopeKind::Class => Access::Name,
            _ => Access::Global,
        }
    }
}

/// All scopes of a module, keyed by the source offset of their node.
pub struct SymTable {
    /// Scopes; index 0 is the module.
    pub scopes: Vec<Scope>,
    /// Scope index by the start offset of the defining node.
    pub by_offset: std::collections::HashMap<u32, usize>,
}

impl SymTable {
    /// The scope created for the node starting at `offset`.
    pub fn scope_at(&self, offset: u32) -> usize {
        self.by_offset.get(&offset).copied().unwrap_or(0)
    }
}

/// Private-name mangling (`__x` inside `class C` is `_C__x`), as CPython's
/// `_Py_Mangle` does.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    let Some(class) = private else { return name.into() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.into();
    }
    format!("_{stripped}{name}").into()
}

struct Builder<'a> {
    /// Name of the innermost enclosing class (for mangling).
    private: Option<String>,
    scopes: Vec<Scope>,
    by_offset: std::collections::HashMap<u32, usize>,
    current: usize,
    error: Option<CompileError>,
    lines: &'a LineIndex,
}

/// Analyses a module.
pub fn build(module: &[Stmt], lines: &LineIndex) -> Result<SymTable, CompileError> {
    let mut b = Builder {
        private: None,
        scopes: vec![Scope::new(ScopeKind::Module, None)],
        by_offset: Default::default(),
        current: 0,
        error: None,
        lines,
    };
    for stmt in module {
        b.visit_stmt(stmt);
    }
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut table = SymTable { scopes: b.scopes, by_offset: b.by_offset };
    resolve(&mut table, lines)?;
    Ok(table)
}

impl<'a> Builder<'a> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn fail(&mut self, msg: String, range: ruff_text_size::TextRange) {
        if self.error.is_none() {
            self.error = Some(CompileError::at(ErrorKind::Syntax, msg, range, self.lines));
        }
    }

    fn bind(&mut self, name: &str) {
        let name = mangle(self.private.as_deref(), name).into_owned();
        self.scope().bound.insert(name);
    }

    fn use_name(&mut self, name: &str) {
        let name = &*mangle(self.private.as_deref(), name).into_owned();
        self.scope().used.insert(name.to_owned());
        if name == "super" {
            self.scope().used.insert("__class__".to_owned());
        }
    }

    fn push(&mut self, kind: ScopeKind, offset: u32) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.current)));
        self.by_offset.insert(offset, id);
        let prev = self.current;
        self.current = id;
        prev
    }

    /// Binds a function's parameters in CPython's order (positional,
    /// keyword-only, `*args`, `**kwargs`); a name bound twice (after
    /// mangling) is CPython's `duplicate argument` SyntaxError, marked on
    /// the second one.
    fn params(&mut self, params: &ast::Parameters) {
        let positional = params.posonlyargs.iter().chain(params.args.iter()).chain(params.kwonlyargs.iter());
        let star = params.vararg.iter().chain(params.kwarg.iter()).map(|p| &p.name);
        let mut names: IndexSet<String> = IndexSet::new();
        for ident in positional.map(|p| &p.parameter.name).chain(star) {
            let name = mangle(self.private.as_deref(), ident.as_str()).into_owned();
            if !names.insert(name) {
                self.fail(format!("duplicate argument '{}' in function definition", ident.as_str()), ident.range);
            }
        }
        for n in &names {
            self.bind(n);
        }
        self.scope().params = names.into_iter().collect();
    }

    fn visit_defaults(&mut self, params: &'a ast::Parameters) {
        for p in params.posonlyargs.iter().chain(params.args.iter()).chain(params.kwonlyargs.iter()) {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
    }

    fn comprehension(&mut self, offset: u32, generators: &'a [ast::Comprehension], elts: &[&'a Expr]) {
        // The first iterator is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        let prev = self.push(ScopeKind::Comprehension, offset);
        self.scope().params = vec![".0".to_owned()];
        self.bind(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
            if g.is_async {
                self.scope().has_await = true;
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.current = prev;
    }

    fn check_declared_before(&mut self, name: &str, range: ruff_text_size::TextRange, what: &str) {
        let s = &self.scopes[self.current];
        if s.used.contains(name) {
            self.fail(format!("name '{name}' is used prior to {what} declaration"), range);
        } else if s.bound.contains(name) && !s.params.iter().any(|p| p == name) {
            self.fail(format!("name '{name}' is assigned to before {what} declaration"), range);
        }
    }
}

impl<'a> Visitor<'a> for Builder<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_defaults(&f.parameters);
                self.bind(f.name.as_str());
                let prev = self.push(ScopeKind::Function, f.range.start().to_u32());
                self.scope().is_async = f.is_async;
                self.params(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.current = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value);
                    }
                }
                self.bind(c.name.as_str());
                let prev = self.push(ScopeKind::Class, c.range.start().to_u32());
                let outer = self.private.replace(c.name.as_str().to_owned());
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.private = outer;
                self.current = prev;
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let n = mangle(self.private.as_deref(), n.as_str()).into_owned();
                    self.check_declared_before(&n, g.range, "global");
                    self.scope().globals.insert(n);
                }
            }
            Stmt::Nonlocal(n) => {
                if self.scopes[self.current].kind == ScopeKind::Module {
                    self.fail("nonlocal declaration not allowed at module level".into(), n.range);
                }
                for name in &n.names {
                    let name = mangle(self.private.as_deref(), name.as_str()).into_owned();
                    self.check_declared_before(&name, n.range, "nonlocal");
                    self.scope().nonlocals.insert(name.clone());
                    self.scope().nonlocal_ranges.insert(name, n.range);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str().to_owned(),
                        None => a.name.as_str().split('.').next().unwrap_or("").to_owned(),
                    };
                    self.bind(&bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).as_str().to_owned();
                    if bound != "*" {
                        self.bind(&bound);
                    }
                }
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    self.bind(n.id.as_str());
                } else {
                    self.visit_expr(&a.target);
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
            }
            Stmt::AugAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                    self.bind(n.id.as_str());
                } else {
                    self.visit_expr(&a.target);
                }
                self.visit_expr(&a.value);
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject);
                for case in &m.cases {
                    self.visit_pattern(&case.pattern);
                    if let Some(g) = &case.guard {
                        self.visit_expr(g);
                    }
                    for s in &case.body {
                        self.visit_stmt(s);
                    }
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        match pattern {
            ast::Pattern::MatchAs(p) => {
                if let Some(n) = &p.name {
                    self.bind(n.as_str());
                }
            }
            ast::Pattern::MatchStar(p) => {
                if let Some(n) = &p.name {
                    self.bind(n.as_str());
                }
            }
            ast::Pattern::MatchMapping(p) => {
                if let Some(n) = &p.rest {
                    self.bind(n.as_str());
                }
            }
            _ => {}
        }
        visitor::walk_pattern(self, pattern);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ExprContext::Load => self.use_name(n.id.as_str()),
                _ => self.bind(n.id.as_str()),
            },
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p);
                }
                let prev = self.push(ScopeKind::Function, l.range.start().to_u32());
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.visit_expr(&l.body);
                self.current = prev;
            }
            Expr::ListComp(c) => self.comprehension(c.range.start().to_u32(), &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(c.range.start().to_u32(), &c.generators, &[&c.elt]),
            Expr::Generator(c) => {
                self.comprehension(c.range.start().to_u32(), &c.generators, &[&c.elt]);
                if let Some(id) = self.by_offset.get(&c.range.start().to_u32()).copied() {
                    self.scopes[id].is_generator = true;
                }
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c.range.start().to_u32(), &c.generators, &elts);
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.scope().is_generator = true;
                visitor::walk_expr(self, expr);
            }
            Expr::Await(_) => {
                self.scope().has_await = true;
                visitor::walk_expr(self, expr);
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    // PEP 572: the target binds in the nearest non-comprehension scope.
                    let mut s = self.current;
                    while self.scopes[s].kind == ScopeKind::Comprehension {
                        self.scopes[s].walrus_from_children.insert(t.id.as_str().to_owned());
                        s = self.scopes[s].parent.unwrap_or(0);
                    }
                    self.scopes[s].bound.insert(t.id.as_str().to_owned());
                }
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// Classifies every name of every scope (parents before children).
fn resolve(table: &mut SymTable, lines: &LineIndex) -> Result<(), CompileError> {
    for id in 0..table.scopes.len() {
        let names: Vec<String> = {
            let s = &table.scopes[id];
            s.bound.iter().chain(s.used.iter()).chain(s.nonlocals.iter()).chain(s.globals.iter()).chain(s.walrus_from_children.iter()).cloned().collect()
        };
        for name in names {
            let access = classify(table, id, &name).map_err(|mut e| {
                if let Some(r) = table.scopes[id].nonlocal_ranges.get(&name) {
                    e = CompileError::at(e.kind, e.message.clone(), *r, lines);
                }
                e
            })?;
            table.scopes[id].access.insert(name, access);
        }
    }
    Ok(())
}

fn classify(table: &mut SymTable, id: usize, name: &str) -> Result<Access, CompileError> {
    let s = &table.scopes[id];
    if s.globals.contains(name) {
        return Ok(Access::Global);
    }
    let is_comprehension_walrus = s.kind == ScopeKind::Comprehension && s.walrus_from_children.contains(name);
    let wants_outer = s.nonlocals.contains(name) || is_comprehension_walrus;
    if !wants_outer && s.bound.contains(name) {
        return Ok(match s.kind {
            ScopeKind::Module | ScopeKind::Class => Access::Name,
            _ => {
                if table.scopes[id].cellvars.contains(name) { Access::Cell } else { Access::Local }
            }
        });
    }
    // Look for a binding in enclosing function scopes (class scopes are skipped,
    // except that a class provides the implicit `__class__` cell).
    let mut chain = Vec::new();
    let mut p = s.parent;
    let is_class_scope = s.kind == ScopeKind::Class;
    while let Some(pid) = p {
        let ps = &table.scopes[pid];
        if ps.kind == ScopeKind::Class {
            if name == "__class__" {
                table.scopes[pid].cellvars.insert(name.to_owned());
                table.scopes[pid].access.insert(name.to_owned(), Access::Cell);
                for c in chain.iter().copied().chain(std::iter::once(id)) {
                    table.scopes[c].freevars.insert(name.to_owned());
                }
                return Ok(Access::Free);
            }
            // A class between a function and its method passes the cell through.
            chain.push(pid);
            p = ps.parent;
            continue;
        }
        if ps.kind == ScopeKind::Module {
            break;
        }
        if ps.globals.contains(name) {
            break;
        }
        if ps.bound.contains(name) && !ps.nonlocals.contains(name) || ps.nonlocals.contains(name) || ps.freevars.contains(name) {
            let binds_here = ps.bound.contains(name) && !ps.nonlocals.contains(name) && !(ps.kind == ScopeKind::Comprehension && ps.walrus_from_children.contains(name));
            if binds_here {
                table.scopes[pid].cellvars.insert(name.to_owned());
                if let Some(a) = table.scopes[pid].access.get_mut(name) {
                    *a = Access::Cell;
                }
            } else {
                table.scopes[pid].freevars.insert(name.to_owned());
            }
            for c in chain.iter().copied() {
                table.scopes[c].freevars.insert(name.to_owned());
                table.scopes[c].access.entry(name.to_owned()).or_insert(Access::Free);
            }
            table.scopes[id].freevars.insert(name.to_owned());
            return Ok(Access::Free);
        }
        chain.push(pid);
        p = ps.parent;
    }
    if wants_outer && !is_comprehension_walrus {
        return Err(CompileError::message(ErrorKind::Syntax, format!("no binding for nonlocal '{name}' found")));
    }
    if is_comprehension_walrus {
        return Ok(Access::Global);
    }
    Ok(match table.scopes[id].kind {
        ScopeKind::Module => Access::Name,
        _ if is_class_scope => Access::Name,
        _ => Access::Global,
    })
}
