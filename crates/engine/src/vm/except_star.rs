//! The two instructions behind `except*` (PEP 654), as CPython 3.11's
//! ceval runs them: `CheckEgMatch` splits the exception being handled by
//! one clause's types, and `PrepReraiseStar` decides what leaves the `try`
//! once every clause ran — the unhandled rest and the parts re-raised with
//! a bare `raise` folded back into one group shaped like the original, and
//! exceptions newly raised in the clauses gathered beside it into a new
//! `ExceptionGroup("", [...])`.

use super::exceptions::{exc_data, type_error, PyResult};
use super::Vm;
use crate::builtins::exc_group::{is_group, leaf_ids, split, Matcher};
use crate::objects::Value;
use crate::types::types;

impl Vm {
    /// `CheckEgMatch`: `[exc, type] -> [rest, match]` when part of `exc`
    /// matches (the match becomes the exception being handled), else
    /// `[exc, None]`. Mirrors `exception_group_match` (Python/ceval.c).
    pub(super) fn check_eg_match(&mut self) -> PyResult<()> {
        let f = self.frame();
        let ty = f.pop();
        let exc = f.pop();
        check_except_star_type(&ty)?;
        let (rest, matched) = self.eg_match(&exc, &ty)?;
        let f = self.frame();
        match matched {
            None => {
                f.push(exc);
                f.push(Value::None);
            }
            Some(m) => {
                f.push(rest.unwrap_or(Value::None));
                f.exc_info = m.clone();
                f.push(m);
            }
        }
        Ok(())
    }

    /// (rest, match) of `exc` against `ty`; a matching naked exception is
    /// wrapped in `ExceptionGroup('', [exc])`.
    fn eg_match(&mut self, exc: &Value, ty: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
        if exc.is_none() {
            return Ok((None, None));
        }
        if self.exception_matches(exc, ty)? {
            if is_group(exc) {
                return Ok((None, Some(exc.clone())));
            }
            let cls = Value::Class(types().exc("BaseExceptionGroup"));
            let wrapped = self.call(&cls, vec![Value::str(""), Value::tuple(vec![exc.clone()])])?;
            return Ok((None, Some(wrapped)));
        }
        if is_group(exc) {
            let m = Matcher::from_value(ty)?;
            let (matched, rest) = split(self, exc, &m, true)?;
            return Ok((rest, matched));
        }
        Ok((None, None))
    }

    /// `PrepReraiseStar`: `[orig, excs] -> [exc to raise, or None]`.
    /// Mirrors `_PyExc_PrepReraiseStar` (Objects/exceptions.c).
    pub(super) fn prep_reraise_star(&mut self) -> PyResult<()> {
        let f = self.frame();
        let excs = f.pop();
        let orig = f.pop();
        let excs = self.collect(&excs)?;
        let result = self.reraise_star_result(&orig, excs)?;
        self.frame().push(result);
        Ok(())
    }

    fn reraise_star_result(&mut self, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
        // 1. Nothing raised or left over: the `try` completes normally.
        let excs: Vec<Value> = excs.into_iter().filter(|e| !e.is_none()).collect();
        if excs.is_empty() {
            return Ok(Value::None);
        }
        // 2. A naked exception was wrapped: only one clause could run.
        if !is_group(orig) {
            return Ok(excs[0].clone());
        }
        // 3. Parts of `orig` (re-raised or unhandled) versus new exceptions.
        let (reraised, mut raised): (Vec<Value>, Vec<Value>) =
            excs.into_iter().partition(|e| same_metadata(e, orig));
        // 4. The re-raised leaves, projected back onto `orig`'s shape.
        let mut ids = Vec::new();
        for e in &reraised {
            leaf_ids(self, e, &mut ids, 0)?;
        }
        let (kept, _) = split(self, orig, &Matcher::Ids(ids), false)?;
        // 5. New exceptions first, then the projection, in a new group.
        if raised.is_empty() {
            return Ok(kept.unwrap_or(Value::None));
        }
        raised.extend(kept);
        if raised.len() == 1 {
            return Ok(raised.pop().expect("one exception"));
        }
        self.new_exception_group(raised)
    }

    /// `_PyExc_CreateExceptionGroup("", excs)`.
    fn new_exception_group(&mut self, excs: Vec<Value>) -> PyResult<Value> {
        let cls = Value::Class(types().exc("BaseExceptionGroup"));
        self.call(&cls, vec![Value::str(""), Value::list(excs)])
    }
}

/// `check_except_star_type_valid`: exception classes, and no groups.
fn check_except_star_type(ty: &Value) -> PyResult<()> {
    let t = types();
    let (base, group) = (t.exc("BaseException"), t.exc("BaseExceptionGroup"));
    let items: Vec<Value> = match ty {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    for item in &items {
        match item {
            Value::Class(c) if c.is_subclass(&base) => {
                if c.is_subclass(&group) {
                    return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
                }
            }
            _ => return Err(type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }
    Ok(())
}

/// `is_same_exception_metadata`: a part split off `orig` shares its
/// traceback, cause and context (and, in 3.11, its notes list).
fn same_metadata(e: &Value, orig: &Value) -> bool {
    if e.is(orig) {
        return true;
    }
    let (Some(a), Some(b)) = (exc_data(e), exc_data(orig)) else { return false };
    let (a, b) = (a.exc.as_ref().expect("exc").borrow(), b.exc.as_ref().expect("exc").borrow());
    let same = |x: &Option<Value>, y: &Option<Value>| match (x.as_ref().filter(|v| !v.is_none()), y.as_ref().filter(|v| !v.is_none())) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    let same_tb = a.traceback.len() == b.traceback.len()
        && a.traceback.iter().zip(&b.traceback).all(|(x, y)| std::rc::Rc::ptr_eq(&x.code, &y.code) && x.line == y.line);
    same_tb && same(&a.cause, &b.cause) && same(&a.context, &b.context)
}
