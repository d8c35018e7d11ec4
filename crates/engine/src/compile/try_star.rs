//! `try` … `except*` (PEP 654), laid out as CPython 3.11's
//! `compiler_try_star_except` does. The handlers section keeps
//! `[prev, orig, raised, rest]` on the stack: each clause splits `rest`
//! with `CheckEgMatch`, runs its body on the matching part, and adds
//! whatever its body raises to `raised`; `PrepReraiseStar` then turns
//! `orig` and `raised` (plus the unhandled rest) into what to re-raise.

use super::codegen::{CResult, Compiler, FBlock};
use crate::bytecode::op::Instr;
use crate::objects::Value;
use ruff_python_ast as ast;

impl<'a> Compiler<'a> {
    /// `try: S except* T1 as V1: S1 … else: S_else` (no `finally`: the
    /// caller wraps that around this).
    pub(super) fn try_star_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise = self.new_label();
        // 1. The body, protected.
        self.protected_body(&t.body, handler, orelse)?;
        // 2. [exc] -> [prev, orig, raised = [], exc]
        self.bind(handler);
        self.emit(Instr::PushExcInfo);
        self.emit_jump(Instr::SetupCleanup(0), cleanup);
        self.unit().fblocks.push(FBlock::ExceptStar);
        self.emit(Instr::Copy(1));
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Swap(2));
        // 3. Each clause: [prev, orig, raised, rest] stays as it was.
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.except_star_clause(h)?;
        }
        // 4. The unhandled rest joins the raised list; what is left to raise?
        self.emit(Instr::ListAppend(1));
        self.unit().fblocks.pop();
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.emit_jump(Instr::PopJumpIfNotNone(0), reraise);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit_jump(Instr::Jump(0), end);
        // 5. [prev, exc]: restore the previous exception and raise.
        self.bind(reraise);
        self.emit(Instr::PopBlock);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.reraise_then_else(cleanup, &t.orelse, orelse, end)
    }

    /// One `except* T as name:` clause over `[.., raised, rest]`.
    fn except_star_clause(&mut self, h: &'a ast::ExceptHandlerExceptHandler) -> CResult<()> {
        self.set_line(h.range);
        let Some(ty) = &h.type_ else {
            return Err(self.error("expected one or more exception types", h.range));
        };
        let no_match = self.new_label();
        let raised = self.new_label();
        let next = self.new_label();
        // [rest, T] -> [rest', match] or [rest, None]
        self.expr(ty)?;
        self.emit(Instr::CheckEgMatch);
        self.emit(Instr::Copy(1));
        self.emit_jump(Instr::PopJumpIfNone(0), no_match);
        let name = h.name.as_ref().map(|n| n.as_str());
        match name {
            Some(n) => self.store_name(n),
            None => {
                self.emit(Instr::PopTop);
            }
        }
        // The body; an exception out of it goes to the raised list.
        self.emit_jump(Instr::SetupExcept(0), raised);
        self.stmts(&h.body)?;
        self.emit(Instr::PopBlock);
        self.unbind_handler_name(name);
        self.emit_jump(Instr::Jump(0), next);
        // [.., raised, rest, exc] -> [.., raised + [exc], rest]
        self.bind(raised);
        self.unbind_handler_name(name);
        self.emit(Instr::ListAppend(2));
        self.emit_jump(Instr::Jump(0), next);
        self.bind(no_match);
        self.emit(Instr::PopTop);
        self.bind(next);
        Ok(())
    }

    /// `name = None; del name` after a clause, as CPython's artificial cleanup.
    fn unbind_handler_name(&mut self, name: Option<&'a str>) {
        if let Some(n) = name {
            self.load_const(Value::None);
            self.store_name(n);
            self.delete_name(n);
        }
    }
}
