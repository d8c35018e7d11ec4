//! Expressions: operators, literals, calls (with `LoadMethod` for method
//! calls), comprehensions as nested functions, f-strings, lambdas, `yield`,
//! `await`.

use super::codegen::{CResult, Compiler};
use super::stmt::binop;
use super::symtable::ScopeKind;
use crate::bytecode::code::CodeKind;
use crate::algo::startup_interned::interned_at_startup;
use crate::bytecode::op::{CmpOp, Instr, UnOp};
use crate::objects::Value;
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let saved = self.set_line(e.range());
        self.expr_inner(e)?;
        self.restore_line(saved);
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::NumberLiteral(n) => {
                let v = match &n.value {
                    ast::Number::Int(i) => int_value(i),
                    ast::Number::Float(f) => Value::Float(*f),
                    ast::Number::Complex { .. } => return Err(self.error("Coroscope does not support complex numbers yet", n.range)),
                };
                self.load_const(v);
            }
            Expr::StringLiteral(s) => self.load_const(Value::str(s.value.to_str())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                self.load_const(Value::Bytes(bytes.into()));
            }
            Expr::BooleanLiteral(b) => self.load_const(Value::Bool(b.value)),
            Expr::NoneLiteral(_) => self.load_const(Value::None),
            Expr::EllipsisLiteral(_) => self.load_const(Value::Ellipsis),
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_line(a.range);
                let i = self.attr_index(a.attr.as_str());
                self.emit(Instr::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(s.range);
                self.emit(Instr::BinarySubscr);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                match &s.step {
                    Some(p) => {
                        self.expr(p)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(b.range);
                self.emit(Instr::BinaryOp(binop(b.op) as u8));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.set_line(u.range);
                let op = match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                self.emit(Instr::UnaryOp(op as u8));
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        match b.op {
                            ast::BoolOp::And => self.emit_jump(Instr::JumpIfFalseOrPop(0), end),
                            ast::BoolOp::Or => self.emit_jump(Instr::JumpIfTrueOrPop(0), end),
                        }
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.cond_jump(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Instr::Jump(0), end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Copy(1));
                if let Expr::Name(t) = &*n.target {
                    self.store_name(t.id.as_str());
                }
            }
            Expr::Tuple(t) => self.sequence(&t.elts, SeqKind::Tuple)?,
            Expr::List(l) => self.sequence(&l.elts, SeqKind::List)?,
            Expr::Set(s) => self.sequence(&s.elts, SeqKind::Set)?,
            Expr::Dict(d) => self.dict(d)?,
            Expr::Call(c) => self.call(c)?,
            Expr::Lambda(l) => {
                let body = &l.body;
                self.make_function(l, "<lambda>", l.parameters.as_deref(), None, false, |c| {
                    c.expr(body)?;
                    c.emit(Instr::ReturnValue);
                    Ok(())
                })?;
            }
            Expr::ListComp(c) => self.comprehension(c, "<listcomp>", &c.generators, Comp::List(&c.elt))?,
            Expr::SetComp(c) => self.comprehension(c, "<setcomp>", &c.generators, Comp::Set(&c.elt))?,
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(self.error("dict unpacking cannot be used in dict comprehension", c.range));
                };
                self.comprehension(c, "<dictcomp>", &c.generators, Comp::Dict(key, &c.value))?
            }
            Expr::Generator(g) => self.comprehension(g, "<genexpr>", &g.generators, Comp::Gen(&g.elt))?,
            Expr::Await(a) => {
                if !matches!(self.unit().kind, CodeKind::Coroutine | CodeKind::AsyncGenerator) {
                    let in_func = matches!(self.scope_kind(), ScopeKind::Function | ScopeKind::Comprehension);
                    let msg = if in_func && !matches!(self.scope_kind(), ScopeKind::Comprehension) {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    return Err(self.error(msg, a.range));
                }
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Instr::GetAwaitable(0));
                self.load_const(Value::None);
                self.yield_from_loop();
            }
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                if self.unit().kind == CodeKind::AsyncGenerator {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range)?;
                if self.unit().kind == CodeKind::AsyncGenerator {
                    return Err(self.error("'yield from' inside async function", y.range));
                }
                self.expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Value::None);
                self.yield_from_loop();
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::Starred(s) => return Err(self.error("can't use starred expression here", s.range)),
            Expr::TString(t) => return Err(self.error("Coroscope does not support t-strings", t.range)),
            Expr::IpyEscapeCommand(c) => return Err(self.error("invalid syntax", c.range)),
        }
        Ok(())
    }

    fn check_yield(&mut self, range: ruff_text_size::TextRange) -> CResult<()> {
        match self.scope_kind() {
            ScopeKind::Function => Ok(()),
            ScopeKind::Comprehension => Err(self.error("'yield' inside list comprehension", range)),
            _ => Err(self.error("'yield' outside function", range)),
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            self.set_line(c.range);
            if i + 1 < n {
                self.emit(Instr::Copy(1));
                self.emit(Instr::Rot(3));
            }
            self.emit(cmp_instr(*op));
            if i + 1 < n {
                self.emit_jump(Instr::JumpIfFalseOrPop(0), cleanup);
            }
        }
        if n > 1 {
            self.emit_jump(Instr::Jump(0), end);
            self.bind(cleanup);
            self.emit(Instr::Swap(2));
            self.emit(Instr::PopTop);
            self.bind(end);
        }
        Ok(())
    }

    /// An iterable (of `for`, a comprehension): a set display of constants
    /// is the frozenset CPython's AST optimizer makes of it (`fold_iter`),
    /// whose order is the order it is iterated in.
    pub fn iter_expr(&mut self, e: &'a Expr) -> CResult<()> {
        if let Expr::Set(s) = e {
            if let Some(folded) = folded_set_display(self.source, &s.elts) {
                self.load_const(folded);
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> CResult<()> {
        if kind == SeqKind::Set && elts.len() > 2 {
            // CPython 3.11 folds three or more constants into a frozenset
            // (`starunpack_helper`), which decides the order the set prints in.
            if let Some(folded) = folded_set_display(self.source, elts) {
                self.emit(Instr::BuildSet(0));
                self.load_const(folded);
                self.emit(Instr::SetUpdate(1));
                return Ok(());
            }
        }
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::Tuple => Instr::BuildTuple(n),
                SeqKind::List => Instr::BuildList(n),
                SeqKind::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            SeqKind::Set => self.emit(Instr::BuildSet(0)),
            _ => self.emit(Instr::BuildList(0)),
        };
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(match kind {
                        SeqKind::Set => Instr::SetUpdate(1),
                        _ => Instr::ListExtend(1),
                    });
                }
                other => {
                    self.expr(other)?;
                    self.emit(match kind {
                        SeqKind::Set => Instr::SetAdd(1),
                        _ => Instr::ListAppend(1),
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let has_spread = d.items.iter().any(|i| i.key.is_none());
        if !has_spread {
            for item in &d.items {
                if let Some(k) = &item.key {
                    self.expr(k)?;
                }
                self.expr(&item.value)?;
            }
            self.emit(Instr::BuildMap(d.items.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    self.emit(Instr::BuildMap(1));
                    self.emit(Instr::DictUpdate(1));
                }
                None => {
                    self.expr(&item.value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let args = &c.arguments;
        let simple = !args.args.iter().any(|a| matches!(a, Expr::Starred(_))) && !args.keywords.iter().any(|k| k.arg.is_none());
        // obj.method(...) → LoadMethod.
        match &*c.func {
            Expr::Attribute(a) if simple => {
                self.expr(&a.value)?;
                self.set_line(a.range);
                let i = self.attr_index(a.attr.as_str());
                self.emit(Instr::LoadMethod(i));
            }
            f => {
                self.expr(f)?;
                self.emit(Instr::PushNull);
            }
        }
        if simple {
            for a in args.args.iter() {
                self.expr(a)?;
            }
            let mut names = Vec::new();
            for k in args.keywords.iter() {
                self.expr(&k.value)?;
                names.push(Value::str(k.arg.as_ref().map(|a| a.as_str()).unwrap_or("")));
            }
            self.set_line(c.range());
            let n = (args.args.len() + args.keywords.len()) as u32;
            if names.is_empty() {
                self.emit(Instr::Call(n));
            } else {
                self.load_const(Value::tuple(names));
                self.emit(Instr::CallKw(n));
            }
            return Ok(());
        }
        // General form: build a tuple and a dict, then CallFunctionEx.
        self.emit(Instr::BuildList(0));
        for a in args.args.iter() {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Instr::ListExtend(1));
                }
                other => {
                    self.expr(other)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        let has_kw = !args.keywords.is_empty();
        if has_kw {
            self.emit(Instr::BuildMap(0));
            for k in args.keywords.iter() {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Value::str(name.as_str()));
                        self.expr(&k.value)?;
                        self.emit(Instr::BuildMap(1));
                        self.emit(Instr::DictMerge(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Instr::DictMerge(1));
                    }
                }
            }
        }
        self.set_line(c.range());
        self.emit(Instr::CallFunctionEx(has_kw as u8));
        Ok(())
    }

    fn comprehension(&mut self, node: &impl Ranged, name: &str, gens: &'a [ast::Comprehension], comp: Comp<'a>) -> CResult<()> {
        let scope = self.table.scope_at(node.range().start().to_u32());
        let is_async = self.table.scopes[scope].has_await || gens.iter().any(|g| g.is_async);
        if is_async && !matches!(self.unit().kind, CodeKind::Coroutine | CodeKind::AsyncGenerator) && !matches!(comp, Comp::Gen(_)) {
            return Err(self.error("asynchronous comprehension outside of an asynchronous function", node.range()));
        }
        let mut flags = 0;
        if self.emit_closure(scope) {
            flags |= 8;
        }
        let kind = match (&comp, is_async) {
            (Comp::Gen(_), true) => CodeKind::AsyncGenerator,
            (Comp::Gen(_), false) => CodeKind::Generator,
            (_, true) => CodeKind::Coroutine,
            _ => CodeKind::Function,
        };
        let qualname = self.qualname_for(name);
        let line = self.lines.line(node.range().start());
        self.enter(scope, kind, name, &qualname, line);
        self.unit().argcount = 1;
        if kind != CodeKind::Function {
            self.emit(Instr::ReturnGenerator);
        }
        match comp {
            Comp::List(_) => self.emit(Instr::BuildList(0)),
            Comp::Set(_) => self.emit(Instr::BuildSet(0)),
            Comp::Dict(..) => self.emit(Instr::BuildMap(0)),
            Comp::Gen(_) => 0,
        };
        self.comp_loop(gens, 0, &comp, kind)?;
        if !matches!(comp, Comp::Gen(_)) {
            self.emit(Instr::ReturnValue);
        } else {
            self.load_const(Value::None);
            self.emit(Instr::ReturnValue);
        }
        let code = self.leave();
        let i = self.add_const(Value::Code(code));
        self.emit(Instr::LoadConst(i));
        self.emit(Instr::MakeFunction(flags));
        self.emit(Instr::PushNull);
        self.iter_expr(&gens[0].iter)?;
        if gens[0].is_async {
            self.emit(Instr::GetAiter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        if kind == CodeKind::Coroutine {
            self.emit(Instr::GetAwaitable(0));
            self.load_const(Value::None);
            self.yield_from_loop();
        }
        Ok(())
    }

    fn comp_loop(&mut self, gens: &'a [ast::Comprehension], depth: usize, comp: &Comp<'a>, kind: CodeKind) -> CResult<()> {
        let g = &gens[depth];
        let start = self.new_label();
        let end = self.new_label();
        let handler = self.new_label();
        if depth == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.iter_expr(&g.iter)?;
            self.emit(if g.is_async { Instr::GetAiter } else { Instr::GetIter });
        }
        self.bind(start);
        if g.is_async {
            self.emit_jump(Instr::SetupExcept(0), handler);
            self.emit(Instr::GetAnext);
            self.load_const(Value::None);
            self.yield_from_loop();
            self.emit(Instr::PopBlock);
        } else {
            self.emit_jump(Instr::ForIter(0), end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.cond_jump(cond, false, start)?;
        }
        if depth + 1 < gens.len() {
            self.comp_loop(gens, depth + 1, comp, kind)?;
        } else {
            // The accumulator sits below one iterator per loop level.
            let below = (depth + 2) as u32;
            match comp {
                Comp::List(e) => {
                    self.expr(e)?;
                    self.emit(Instr::ListAppend(below));
                }
                Comp::Set(e) => {
                    self.expr(e)?;
                    self.emit(Instr::SetAdd(below));
                }
                Comp::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(below));
                }
                Comp::Gen(e) => {
                    self.expr(e)?;
                    if kind == CodeKind::AsyncGenerator {
                        self.emit(Instr::AsyncGenWrap);
                    }
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.emit_jump(Instr::Jump(0), start);
        if g.is_async {
            self.bind(handler);
            self.load_builtin_exc("StopAsyncIteration");
            self.emit(Instr::CheckExcMatch);
            let ok = self.new_label();
            self.emit_jump(Instr::PopJumpIfTrue(0), ok);
            self.emit(Instr::Reraise(0));
            self.bind(ok);
            self.emit(Instr::PopTop);
            self.emit(Instr::PopTop);
        }
        self.bind(end);
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut n = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    if !s.value.is_empty() {
                        self.load_const(Value::str(&*s.value));
                        n += 1;
                    }
                }
                ast::FStringPart::FString(fs) => {
                    n += self.fstring_elements(&fs.elements)?;
                }
            }
        }
        if n == 0 {
            self.load_const(Value::str(""));
        } else if n > 1 {
            self.emit(Instr::BuildString(n));
        }
        Ok(())
    }

    fn fstring_elements(&mut self, elements: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Value::str(&*l.value));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(d) = &i.debug_text {
                        let text = format!("{}{}{}", d.leading(), d.expression(), d.trailing());
                        self.load_const(Value::str(text));
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut flags = conv;
                    if let Some(spec) = &i.format_spec {
                        let parts = self.fstring_elements(&spec.elements)?;
                        if parts == 0 {
                            self.load_const(Value::str(""));
                        } else if parts > 1 {
                            self.emit(Instr::BuildString(parts));
                        }
                        flags |= 4;
                    }
                    self.emit(Instr::FormatValue(flags));
                    n += 1;
                }
            }
        }
        Ok(n)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn cmp_instr(op: ast::CmpOp) -> Instr {
    use ast::CmpOp::*;
    match op {
        Eq => Instr::CompareOp(CmpOp::Eq as u8),
        NotEq => Instr::CompareOp(CmpOp::Ne as u8),
        Lt => Instr::CompareOp(CmpOp::Lt as u8),
        LtE => Instr::CompareOp(CmpOp::Le as u8),
        Gt => Instr::CompareOp(CmpOp::Gt as u8),
        GtE => Instr::CompareOp(CmpOp::Ge as u8),
        Is => Instr::IsOp(0),
        IsNot => Instr::IsOp(1),
        In => Instr::ContainsOp(0),
        NotIn => Instr::ContainsOp(1),
    }
}

/// An int literal's value (ruff keeps big literals as their source text).
/// The frozenset constant CPython makes of a set display whose items are
/// all constants, see [`PySet::folded_display`](crate::objects::PySet::folded_display).
fn folded_set_display(source: &str, elts: &[Expr]) -> Option<Value> {
    let items = elts.iter().map(constant).collect::<Option<Vec<_>>>()?;
    let interned = |s: &str| interned_at_startup(s) || module_identifiers(source).contains(s);
    let set = crate::objects::PySet::folded_display(&items, interned)?;
    Some(Value::FrozenSet(std::rc::Rc::new(set)))
}

/// An expression CPython's AST optimizer turns into a constant, for the
/// kinds a folded set display can hold: literals, negated numbers, tuples.
fn constant(e: &Expr) -> Option<Value> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => int_value(i),
            ast::Number::Float(f) => Value::Float(*f),
            ast::Number::Complex { .. } => return None,
        },
        Expr::StringLiteral(s) => Value::str(s.value.to_str()),
        Expr::BytesLiteral(b) => Value::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::BooleanLiteral(b) => Value::Bool(b.value),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match constant(&u.operand)? {
            Value::Int(n) => n.checked_neg().map_or_else(|| Value::from_bigint(-BigInt::from(n)), Value::Int),
            Value::BigInt(n) => Value::from_bigint(-(*n).clone()),
            Value::Float(x) => Value::Float(-x),
            _ => return None,
        },
        Expr::Tuple(t) => Value::tuple(t.elts.iter().map(constant).collect::<Option<Vec<_>>>()?),
        _ => return None,
    })
}

/// The module's identifiers, which CPython's parser interns (so a string
/// constant equal to one is replaced when the code object is made).
fn module_identifiers(source: &str) -> std::collections::HashSet<&str> {
    let Ok(parsed) = ruff_python_parser::parse_module(source) else { return Default::default() };
    let names = parsed.tokens().iter().filter(|t| t.kind() == ruff_python_ast::token::TokenKind::Name);
    names.map(|t| &source[t.range()]).collect()
}

fn int_value(i: &ast::Int) -> Value {
    if let Some(v) = i.as_i64() {
        return Value::Int(v);
    }
    let text = i.to_string().replace('_', "").to_lowercase();
    let (radix, digits) = if let Some(d) = text.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = text.strip_prefix("0o") {
        (8, d)
    } else if let Some(d) = text.strip_prefix("0b") {
        (2, d)
    } else {
        (10, text.as_str())
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).map(Value::from_bigint).unwrap_or(Value::Int(0))
}
