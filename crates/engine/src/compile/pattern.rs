//! The `match` statement. Each pattern is compiled as "pop the subject,
//! push whether it matched", binding captures as it goes; sequence and
//! class patterns index into the subject rather than unpacking it.

use super::codegen::{CResult, Compiler};
use crate::bytecode::op::{CmpOp, Instr};
use crate::objects::Value;
use ruff_python_ast::{self as ast, Pattern};

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        let end = self.new_label();
        self.expr(&m.subject)?;
        for case in &m.cases {
            let next = self.new_label();
            self.emit(Instr::Copy(1));
            self.pattern(&case.pattern)?;
            self.emit_jump(Instr::PopJumpIfFalse(0), next);
            if let Some(g) = &case.guard {
                self.cond_jump(g, false, next)?;
            }
            self.emit(Instr::PopTop);
            self.stmts(&case.body)?;
            self.emit_jump(Instr::Jump(0), end);
            self.bind(next);
        }
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// `[subject] -> [matched: bool]`.
    fn pattern(&mut self, p: &'a Pattern) -> CResult<()> {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::CompareOp(CmpOp::Eq as u8));
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                });
                self.emit(Instr::IsOp(0));
            }
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => {
                    self.emit(Instr::PopTop);
                    self.load_const(Value::Bool(true));
                }
                (None, Some(n)) => {
                    self.store_name(n.as_str());
                    self.load_const(Value::Bool(true));
                }
                (Some(inner), name) => {
                    let fail = self.new_label();
                    let end = self.new_label();
                    self.emit(Instr::Copy(1));
                    self.pattern(inner)?;
                    self.emit_jump(Instr::PopJumpIfFalse(0), fail);
                    match name {
                        Some(n) => self.store_name(n.as_str()),
                        None => {
                            self.emit(Instr::PopTop);
                        }
                    }
                    self.load_const(Value::Bool(true));
                    self.emit_jump(Instr::Jump(0), end);
                    self.bind(fail);
                    self.emit(Instr::PopTop);
                    self.load_const(Value::Bool(false));
                    self.bind(end);
                }
            },
            Pattern::MatchOr(o) => {
                let success = self.new_label();
                let end = self.new_label();
                for alt in &o.patterns {
                    self.emit(Instr::Copy(1));
                    self.pattern(alt)?;
                    self.emit_jump(Instr::PopJumpIfTrue(0), success);
                }
                self.emit(Instr::PopTop);
                self.load_const(Value::Bool(false));
                self.emit_jump(Instr::Jump(0), end);
                self.bind(success);
                self.emit(Instr::PopTop);
                self.load_const(Value::Bool(true));
                self.bind(end);
            }
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m)?,
            Pattern::MatchClass(c) => self.class_pattern(c)?,
            Pattern::MatchStar(s) => return Err(self.error("can't use starred name here", s.range)),
        }
        Ok(())
    }

    /// Emits the shared tail: `fail` pops the subject and pushes False.
    fn finish(&mut self, fail: super::codegen::Label) {
        let end = self.new_label();
        self.emit(Instr::PopTop);
        self.load_const(Value::Bool(true));
        self.emit_jump(Instr::Jump(0), end);
        self.bind(fail);
        self.emit(Instr::PopTop);
        self.load_const(Value::Bool(false));
        self.bind(end);
    }

    fn sequence_pattern(&mut self, pats: &'a [Pattern]) -> CResult<()> {
        let fail = self.new_label();
        let star = pats.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
        self.emit(Instr::MatchSequence);
        self.emit_jump(Instr::PopJumpIfFalse(0), fail);
        self.emit(Instr::GetLen);
        let fixed = pats.len() - star.is_some() as usize;
        self.load_const(Value::Int(fixed as i64));
        let cmp = if star.is_some() { CmpOp::Ge } else { CmpOp::Eq };
        self.emit(Instr::CompareOp(cmp as u8));
        self.emit_jump(Instr::PopJumpIfFalse(0), fail);
        for (i, p) in pats.iter().enumerate() {
            if let Pattern::MatchStar(s) = p {
                if let Some(name) = &s.name {
                    let after = pats.len() - i - 1;
                    self.emit(Instr::Copy(1));
                    self.load_const(Value::Int(i as i64));
                    if after > 0 {
                        self.load_const(Value::Int(-(after as i64)));
                    } else {
                        self.load_const(Value::None);
                    }
                    self.emit(Instr::BuildSlice(2));
                    self.emit(Instr::BinarySubscr);
                    self.load_name("list");
                    self.emit(Instr::PushNull);
                    self.emit(Instr::Rot(3));
                    self.emit(Instr::Rot(3));
                    self.emit(Instr::Call(1));
                    self.store_name(name.as_str());
                }
                continue;
            }
            let index = match star {
                Some(s) if i > s => -((pats.len() - i) as i64),
                _ => i as i64,
            };
            self.emit(Instr::Copy(1));
            self.load_const(Value::Int(index));
            self.emit(Instr::BinarySubscr);
            self.pattern(p)?;
            self.emit_jump(Instr::PopJumpIfFalse(0), fail);
        }
        self.finish(fail);
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &'a ast::PatternMatchMapping) -> CResult<()> {
        let fail = self.new_label();
        self.emit(Instr::MatchMapping);
        self.emit_jump(Instr::PopJumpIfFalse(0), fail);
        for (key, pat) in m.keys.iter().zip(m.patterns.iter()) {
            self.expr(key)?;
            self.emit(Instr::Copy(2));
            self.emit(Instr::ContainsOp(0));
            self.emit_jump(Instr::PopJumpIfFalse(0), fail);
            self.emit(Instr::Copy(1));
            self.expr(key)?;
            self.emit(Instr::BinarySubscr);
            self.pattern(pat)?;
            self.emit_jump(Instr::PopJumpIfFalse(0), fail);
        }
        if let Some(rest) = &m.rest {
            self.emit(Instr::Copy(1));
            for key in m.keys.iter() {
                self.expr(key)?;
            }
            self.emit(Instr::BuildTuple(m.keys.len() as u32));
            self.emit(Instr::CopyDictWithoutKeys);
            self.store_name(rest.as_str());
            self.emit(Instr::PopTop);
        }
        self.finish(fail);
        Ok(())
    }

    fn class_pattern(&mut self, c: &'a ast::PatternMatchClass) -> CResult<()> {
        let fail = self.new_label();
        let fail_attrs = self.new_label();
        let done = self.new_label();
        self.emit(Instr::Copy(1));
        self.expr(&c.cls)?;
        let names: Vec<Value> = c.arguments.keywords.iter().map(|k| Value::str(k.attr.as_str())).collect();
        self.load_const(Value::tuple(names));
        let npos = c.arguments.patterns.len() as u32;
        self.emit(Instr::MatchClass(npos));
        self.emit(Instr::Copy(1));
        self.emit_jump(Instr::PopJumpIfNone(0), fail_attrs);
        let subs: Vec<&'a Pattern> = c.arguments.patterns.iter().chain(c.arguments.keywords.iter().map(|k| &k.pattern)).collect();
        for (i, p) in subs.into_iter().enumerate() {
            self.emit(Instr::Copy(1));
            self.load_const(Value::Int(i as i64));
            self.emit(Instr::BinarySubscr);
            self.pattern(p)?;
            self.emit_jump(Instr::PopJumpIfFalse(0), fail_attrs);
        }
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump(0), done);
        self.bind(fail_attrs);
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump(0), fail);
        self.bind(done);
        self.finish(fail);
        Ok(())
    }
}
