//! Statements. Exception handling follows CPython 3.11's layout (handler
//! prologue `PushExcInfo`, a cleanup handler that restores the previous
//! exception, `finally` bodies duplicated on every exit path) with a block
//! stack in place of the exception table.

use super::codegen::{CResult, Compiler, FBlock, Label};
use super::symtable::ScopeKind;
use crate::bytecode::code::CodeKind;
use crate::bytecode::op::{BinOp, Instr};
use crate::objects::Value;
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    pub fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s.range());
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::PopTop);
            }
            Stmt::Pass(_) => {}
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                // Module and class bodies record simple annotations in `__annotations__`.
                if let (Expr::Name(n), true) = (&*a.target, a.simple) {
                    if matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class) {
                        self.expr(&a.annotation)?;
                        let ann = self.name_index("__annotations__");
                        self.emit(Instr::LoadName(ann));
                        let mangled = self.mangled(n.id.as_str());
                        self.load_const(Value::str(mangled));
                        self.emit(Instr::StoreSubscr);
                    }
                }
            }
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_continue(true, b.range())?,
            Stmt::Continue(c) => self.break_continue(false, c.range())?,
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::RaiseVarargs(n));
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.expr(&a.test)?;
                self.emit_jump(Instr::PopJumpIfTrue(0), end);
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.emit(Instr::PushNull);
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.bind(end);
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::With(w) => self.with_stmt(w, 0)?,
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.as_str();
                    let idx = self.name_index(full);
                    self.emit(Instr::ImportName(idx));
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b as c`: ImportName of a dotted name gives `a.b` itself.
                            self.store_name(asname.as_str());
                        }
                        None => {
                            if full.contains('.') {
                                // `import a.b` binds `a`.
                                self.emit(Instr::PopTop);
                                let top = full.split('.').next().unwrap_or(full);
                                let t = self.name_index(top);
                                self.emit(Instr::ImportName(t));
                            }
                            self.store_name(full.split('.').next().unwrap_or(full));
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                if i.level > 0 {
                    return Err(self.error("attempted relative import with no known parent package", i.range));
                }
                let idx = self.name_index(module);
                self.emit(Instr::ImportName(idx));
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        self.emit(Instr::ImportStar);
                        return Ok(());
                    }
                    let n = self.name_index(alias.name.as_str());
                    self.emit(Instr::ImportFrom(n));
                    self.store_name(alias.asname.as_ref().unwrap_or(&alias.name).as_str());
                }
                self.emit(Instr::PopTop);
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => return Err(self.error("Coroscope does not support 'type' aliases", t.range)),
            Stmt::IpyEscapeCommand(c) => return Err(self.error("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        if !matches!(self.scope_kind(), ScopeKind::Function | ScopeKind::Comprehension) {
            return Err(self.error("'return' outside function", r.range));
        }
        if r.value.is_some() && self.unit().kind == CodeKind::AsyncGenerator {
            return Err(self.error("'return' with value in async generator", r.range));
        }
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Value::None),
        }
        self.unwind_all(true, r.range)?;
        self.set_line(r.range());
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// Unwinds every frame block (for `return`).
    fn unwind_all(&mut self, preserve_tos: bool, range: ruff_text_size::TextRange) -> CResult<()> {
        let n = self.unit().fblocks.len();
        let mut popped = Vec::new();
        for _ in 0..n {
            let fb = self.unit().fblocks.pop().expect("fblock");
            self.unwind_fblock(&fb, preserve_tos, range)?;
            popped.push(fb);
        }
        while let Some(fb) = popped.pop() {
            self.unit().fblocks.push(fb);
        }
        Ok(())
    }

    /// Emits what leaving `fb` early requires. The block is already
    /// popped from the stack, so a `finally` body compiles without itself.
    /// `range` is the leaving statement's (an `except*` body refuses it).
    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool, range: ruff_text_size::TextRange) -> CResult<()> {
        match fb {
            FBlock::ExceptStar => {
                return Err(self.error("'break', 'continue' and 'return' cannot appear in an except* block", range));
            }
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::Try => {
                self.emit(Instr::PopBlock);
            }
            FBlock::Finally { body } => {
                self.emit(Instr::PopBlock);
                let line = self.unit().line;
                self.stmts(body)?;
                self.restore_line(line);
            }
            FBlock::FinallyHandler => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::PopTop);
                    self.emit(Instr::Swap(2));
                } else {
                    self.emit(Instr::PopTop);
                }
                self.emit(Instr::PopExcept);
            }
            FBlock::With { is_async } => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_none(*is_async);
            }
            FBlock::Handler { name } => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, range: ruff_text_size::TextRange) -> CResult<()> {
        let mut popped = Vec::new();
        let mut target = None;
        while let Some(fb) = self.unit().fblocks.pop() {
            match &fb {
                FBlock::While { start, end } | FBlock::For { start, end } => {
                    let is_for = matches!(fb, FBlock::For { .. });
                    target = Some((*start, *end, is_for));
                    popped.push(fb);
                    break;
                }
                _ => {
                    self.unwind_fblock(&fb, false, range)?;
                    popped.push(fb);
                }
            }
        }
        while let Some(fb) = popped.pop() {
            self.unit().fblocks.push(fb);
        }
        let Some((start, end, is_for)) = target else {
            let msg = if is_break { "'break' outside loop" } else { "'continue' not properly in loop" };
            return Err(self.error(msg, range));
        };
        if is_break {
            if is_for {
                self.emit(Instr::PopTop);
            }
            self.emit_jump(Instr::Jump(0), end);
        } else {
            self.emit_jump(Instr::Jump(0), start);
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.cond_jump(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Instr::Jump(0), end);
            self.bind(next);
            next = self.new_label();
            if let Some(test) = &clause.test {
                self.set_line(test.range());
                self.cond_jump(test, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    /// Evaluates `test` and jumps to `target` when its truth equals `when`.
    pub fn cond_jump(&mut self, test: &'a Expr, when: bool, target: Label) -> CResult<()> {
        if let Expr::UnaryOp(u) = test {
            if u.op == ast::UnaryOp::Not {
                return self.cond_jump(&u.operand, !when, target);
            }
        }
        self.expr(test)?;
        if when {
            self.emit_jump(Instr::PopJumpIfTrue(0), target);
        } else {
            self.emit_jump(Instr::PopJumpIfFalse(0), target);
        }
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.set_line(w.test.range());
        self.cond_jump(&w.test, false, orelse)?;
        self.unit().fblocks.push(FBlock::While { start, end });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.set_line(w.range());
        self.emit_jump(Instr::Jump(0), start);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return self.async_for(f);
        }
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.iter_expr(&f.iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        self.set_line(f.range());
        self.emit_jump(Instr::ForIter(0), orelse);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::For { start, end });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.set_line(f.range());
        self.emit_jump(Instr::Jump(0), start);
        self.bind(orelse);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn async_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if self.unit().kind != CodeKind::Coroutine && self.unit().kind != CodeKind::AsyncGenerator {
            return Err(self.error("'async for' outside async function", f.range));
        }
        let start = self.new_label();
        let handler = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Instr::GetAiter);
        self.bind(start);
        self.set_line(f.range());
        self.emit_jump(Instr::SetupExcept(0), handler);
        self.emit(Instr::GetAnext);
        self.load_const(Value::None);
        self.yield_from_loop();
        self.emit(Instr::PopBlock);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::For { start, end });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Instr::Jump(0), start);
        // StopAsyncIteration ends the loop; anything else propagates.
        self.bind(handler);
        // [exc] → [exc, bool] (CheckExcMatch keeps the exception).
        self.load_builtin_exc("StopAsyncIteration");
        self.emit(Instr::CheckExcMatch);
        let matched = self.new_label();
        self.emit_jump(Instr::PopJumpIfTrue(0), matched);
        self.emit(Instr::Reraise(0));
        self.bind(matched);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopTop);
        self.bind(orelse);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    pub fn load_builtin_exc(&mut self, name: &str) {
        let i = self.name_index(name);
        self.emit(Instr::LoadGlobal(i));
    }

    /// `[recv, value]` → drives `recv` until it returns; leaves its result.
    pub fn yield_from_loop(&mut self) {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.emit_jump(Instr::Send(0), exit);
        self.emit(Instr::YieldValue);
        self.emit_jump(Instr::Jump(0), send);
        self.bind(exit);
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
            self.emit(Instr::PushNull);
        }
        self.set_line(f.range());
        let body = &f.body;
        self.make_function(f, f.name.as_str(), Some(&f.parameters), f.returns.as_deref(), f.is_async, |c| {
            c.stmts(body)?;
            c.load_const(Value::None);
            c.emit(Instr::ReturnValue);
            Ok(())
        })?;
        if let Some(doc) = super::codegen::docstring(body) {
            self.emit(Instr::Copy(1));
            self.load_const(Value::str(doc));
            self.emit(Instr::Swap(2));
            let i = self.name_index("__doc__");
            self.emit(Instr::StoreAttr(i));
        }
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(f.name.as_str());
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
            self.emit(Instr::PushNull);
        }
        self.set_line(c.range());
        let scope = self.table.scope_at(c.range.start().to_u32());
        let has_class_cell = self.table.scopes[scope].cellvars.contains("__class__");
        let body = &c.body;
        let name = c.name.as_str();
        let qualname = self.qualname_for(name);
        let closure = self.emit_closure(scope);
        let first_line = self.lines.line(c.range.start());
        self.enter(scope, CodeKind::Class, name, &qualname, first_line);
        if let Some(doc) = super::codegen::docstring(body) {
            self.load_const(Value::str(doc));
            let i = self.name_index("__doc__");
            self.emit(Instr::StoreName(i));
        }
        self.setup_annotations(body);
        self.stmts(body)?;
        if has_class_cell {
            self.emit(Instr::LoadClosure(0));
            let i = self.name_index("__classcell__");
            self.emit(Instr::StoreName(i));
        }
        self.load_const(Value::None);
        self.emit(Instr::ReturnValue);
        let code = self.leave();
        let i = self.add_const(Value::Code(code));
        self.emit(Instr::LoadConst(i));
        self.emit(Instr::MakeFunction(if closure { 8 } else { 0 }));
        self.load_const(Value::str(name));
        let mut nbases = 0;
        if let Some(args) = &c.arguments {
            if let Some(k) = args.keywords.first() {
                return Err(self.error("Coroscope does not support class keyword arguments (metaclass=...) yet", k.range));
            }
            for b in args.args.iter() {
                self.expr(b)?;
                nbases += 1;
            }
        }
        self.emit(Instr::BuildClass(nbases));
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(name);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binop(a.op) as u8;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.set_line(a.range());
                self.emit(Instr::InplaceOp(op));
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Copy(1));
                let i = self.attr_index(at.attr.as_str());
                self.emit(Instr::LoadAttr(i));
                self.expr(&a.value)?;
                self.set_line(a.range());
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                self.set_line(a.range());
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot(3));
                self.emit(Instr::StoreSubscr);
            }
            other => return Err(self.error("'expression' is an illegal expression for augmented assignment", other.range())),
        }
        Ok(())
    }

    /// Stores TOS into an assignment target.
    pub fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(a.attr.as_str());
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    Some(i) => {
                        let after = elts.len() - i - 1;
                        self.emit(Instr::UnpackEx(i as u32 | (after as u32) << 16));
                    }
                    None => {
                        self.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        other => self.store_target(other)?,
                    }
                }
            }
            Expr::Starred(s) => return Err(self.error("starred assignment target must be in a list or tuple", s.range)),
            other => return Err(self.error(format!("cannot assign to {}", expr_kind_name(other)), other.range())),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(a.attr.as_str());
                self.emit(Instr::DeleteAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.error(format!("cannot delete {}", expr_kind_name(other)), other.range())),
        }
        Ok(())
    }

    fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        // try/finally wrapping try/except.
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupExcept(0), handler);
        self.unit().fblocks.push(FBlock::Finally { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(&t.finalbody)?;
        self.emit_jump(Instr::Jump(0), end);
        // Exceptional path: run the finally body, then re-raise.
        self.bind(handler);
        let cleanup = self.new_label();
        self.emit(Instr::PushExcInfo);
        self.emit_jump(Instr::SetupCleanup(0), cleanup);
        self.unit().fblocks.push(FBlock::FinallyHandler);
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise(0));
        self.emit_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }

    /// `cleanup: [prev, exc] → restore prev, re-raise exc`.
    pub(super) fn emit_cleanup(&mut self, cleanup: Label) {
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(0));
    }

    /// A `try` body under a handler at `handler`: when it completes,
    /// control jumps to `orelse` (`try`'s `else`, shared by `except` and
    /// `except*`).
    pub(super) fn protected_body(&mut self, body: &'a [ast::Stmt], handler: Label, orelse: Label) -> CResult<()> {
        self.emit_jump(Instr::SetupExcept(0), handler);
        self.unit().fblocks.push(FBlock::Try);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.emit_jump(Instr::Jump(0), orelse);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.is_star {
            return self.try_star_except(t);
        }
        let handler = self.new_label();
        let end = self.new_label();
        let orelse = self.new_label();
        self.protected_body(&t.body, handler, orelse)?;
        self.bind(handler);
        let cleanup = self.new_label();
        self.emit(Instr::PushExcInfo);
        self.emit_jump(Instr::SetupCleanup(0), cleanup);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Instr::CheckExcMatch);
                self.emit_jump(Instr::PopJumpIfFalse(0), next);
            }
            let name = h.name.as_ref().map(|n| n.as_str());
            match name {
                Some(n) => {
                    self.store_name(n);
                    let name_cleanup = self.new_label();
                    self.emit_jump(Instr::SetupExcept(0), name_cleanup);
                    self.unit().fblocks.push(FBlock::Handler { name: Some(n) });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.load_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                    self.emit_jump(Instr::Jump(0), end);
                    // An exception in the body: unbind the name, re-raise to `cleanup`.
                    self.bind(name_cleanup);
                    self.load_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                    self.emit(Instr::Reraise(0));
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.unit().fblocks.push(FBlock::Handler { name: None });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.emit_jump(Instr::Jump(0), end);
                }
            }
            self.bind(next);
        }
        // No handler matched.
        self.reraise_then_else(cleanup, &t.orelse, orelse, end)
    }

    /// The tail `except` and `except*` share: re-raise what no handler
    /// took, the handlers' cleanup, then `else` and the end.
    pub(super) fn reraise_then_else(&mut self, cleanup: Label, orelse_body: &'a [ast::Stmt], orelse: Label, end: Label) -> CResult<()> {
        self.emit(Instr::Reraise(0));
        self.emit_cleanup(cleanup);
        self.bind(orelse);
        self.stmts(orelse_body)?;
        self.bind(end);
        Ok(())
    }

    fn with_stmt(&mut self, w: &'a ast::StmtWith, item: usize) -> CResult<()> {
        let Some(it) = w.items.get(item) else {
            return self.stmts(&w.body);
        };
        if w.is_async && !matches!(self.unit().kind, CodeKind::Coroutine | CodeKind::AsyncGenerator) {
            return Err(self.error("'async with' outside async function", w.range));
        }
        let handler = self.new_label();
        let end = self.new_label();
        self.set_line(it.context_expr.range());
        self.expr(&it.context_expr)?;
        self.set_line(w.range());
        if w.is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitable(1));
            self.load_const(Value::None);
            self.yield_from_loop();
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.emit_jump(Instr::SetupCleanup(0), handler);
        match &it.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        self.unit().fblocks.push(FBlock::With { is_async: w.is_async });
        self.with_stmt(w, item + 1)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.set_line(w.range());
        self.call_exit_none(w.is_async);
        self.emit_jump(Instr::Jump(0), end);
        // [exit, exc]
        self.bind(handler);
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.emit(Instr::PushExcInfo);
        self.emit_jump(Instr::SetupCleanup(0), cleanup);
        self.emit(Instr::WithExceptStart);
        if w.is_async {
            self.emit(Instr::GetAwaitable(2));
            self.load_const(Value::None);
            self.yield_from_loop();
        }
        self.emit_jump(Instr::PopJumpIfTrue(0), suppress);
        self.emit(Instr::Reraise(0));
        self.bind(suppress);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump(0), end);
        self.emit_cleanup(cleanup);
        self.bind(end);
        Ok(())
    }

    /// `[exit] → []` calling `exit(None, None, None)` (awaiting it if async).
    fn call_exit_none(&mut self, is_async: bool) {
        self.emit(Instr::PushNull);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Instr::Call(3));
        if is_async {
            self.emit(Instr::GetAwaitable(2));
            self.load_const(Value::None);
            self.yield_from_loop();
        }
        self.emit(Instr::PopTop);
    }
}

/// Maps ruff's operator to ours.
pub fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator::*;
    match op {
        Add => BinOp::Add,
        Sub => BinOp::Sub,
        Mult => BinOp::Mul,
        MatMult => BinOp::MatMul,
        Div => BinOp::TrueDiv,
        Mod => BinOp::Mod,
        Pow => BinOp::Pow,
        LShift => BinOp::LShift,
        RShift => BinOp::RShift,
        BitOr => BinOp::Or,
        BitXor => BinOp::Xor,
        BitAnd => BinOp::And,
        FloorDiv => BinOp::FloorDiv,
    }
}

/// What CPython calls an expression in "cannot assign to ..." messages.
pub fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => "literal",
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Await(_) => "await expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::Generator(_) => "generator expression",
        _ => "expression",
    }
}

#[allow(dead_code)]
fn _ctx(_: ExprContext) {}
