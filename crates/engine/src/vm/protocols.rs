//! Protocol instructions: `with` / `async with` entry, and the `match`
//! statement's class, mapping and sequence checks.

use super::exceptions::{type_error, PyResult};
use super::Vm;
use crate::objects::{Dict, TypeTag, Value};

/// The method names and wording of one `with` form.
struct ContextProtocol {
    enter: &'static str,
    exit: &'static str,
    what: &'static str,
}

impl ContextProtocol {
    const SYNC: Self = Self { enter: "__enter__", exit: "__exit__", what: "context manager" };
    const ASYNC: Self = Self { enter: "__aenter__", exit: "__aexit__", what: "asynchronous context manager" };
}

impl Vm {
    /// `BeforeWith`: `[mgr] -> [exit_bound, enter_result]`.
    pub(super) fn before_with(&mut self, mgr: Value) -> PyResult<()> {
        self.enter_context(mgr, ContextProtocol::SYNC)
    }

    /// `BeforeAsyncWith`: `[mgr] -> [aexit_bound, aenter_awaitable]`.
    pub(super) fn before_async_with(&mut self, mgr: Value) -> PyResult<()> {
        self.enter_context(mgr, ContextProtocol::ASYNC)
    }

    /// Both `with` forms: looks up the pair of methods on the type (as
    /// CPython does, not on the instance), calls the entering one and leaves
    /// the bound exit method under its result.
    fn enter_context(&mut self, mgr: Value, protocol: ContextProtocol) -> PyResult<()> {
        let cls = self.type_of(&mgr);
        let (Some(enter), Some(exit)) = (cls.lookup(protocol.enter), cls.lookup(protocol.exit)) else {
            let missing = if cls.lookup(protocol.enter).is_none() { String::new() } else { format!(" (missed {} method)", protocol.exit) };
            return Err(type_error(format!("'{}' object does not support the {} protocol{missing}", cls.name, protocol.what)));
        };
        let exit_bound = self.bind_method(exit, &mgr);
        let r = self.call(&enter, vec![mgr])?;
        let f = self.frames.last_mut().expect("frame");
        f.push(exit_bound);
        f.push(r);
        Ok(())
    }

    /// Binds a function found on a type to `obj`.
    pub fn bind_method(&self, func: Value, obj: &Value) -> Value {
        match &func {
            Value::Function(_) => Value::BoundMethod(std::rc::Rc::new(crate::objects::BoundMethod { func, receiver: obj.clone() })),
            Value::Builtin(b) if b.receiver.is_none() => Value::Builtin(std::rc::Rc::new(crate::objects::Builtin {
                name: b.name.clone(),
                func: b.func,
                receiver: Some(obj.clone()),
                owner: b.owner.clone(),
            })),
            _ => func,
        }
    }

    /// `MatchClass`: the attributes a class pattern checks, or None.
    pub(super) fn match_class(&mut self, subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
        let Value::Class(c) = cls else {
            return Err(type_error("called match pattern must be a class"));
        };
        if !crate::builtins::functions::is_instance(self, subject, cls)? {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if npos > 0 {
            let self_match = matches!(
                c.tag,
                TypeTag::Bool | TypeTag::Int | TypeTag::Float | TypeTag::Str | TypeTag::Bytes | TypeTag::ByteArray | TypeTag::Tuple | TypeTag::List | TypeTag::Dict | TypeTag::Set | TypeTag::FrozenSet
            ) && c.is_builtin;
            if self_match {
                if npos > 1 {
                    return Err(type_error(format!("{}() accepts 1 positional sub-pattern ({npos} given)", c.name)));
                }
                out.push(subject.clone());
            } else {
                let match_args = match c.lookup("__match_args__") {
                    Some(Value::Tuple(t)) => t.to_vec(),
                    Some(_) => return Err(type_error(format!("{}.__match_args__ must be a tuple", c.name))),
                    None => Vec::new(),
                };
                if npos > match_args.len() {
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({npos} given)",
                        c.name,
                        match_args.len(),
                        if match_args.len() == 1 { "" } else { "s" }
                    )));
                }
                for name in &match_args[..npos] {
                    let n = name.as_str().unwrap_or("").to_owned();
                    match self.getattr_opt(subject, &n)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(ns) = names {
            for name in ns.iter() {
                let n = name.as_str().unwrap_or("").to_owned();
                match self.getattr_opt(subject, &n)? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(out))
    }

    /// Mapping check for `MatchMapping` beyond plain dicts.
    pub(super) fn is_mapping_like(&self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(i) => matches!(*i.base(), Value::Dict(_)),
            Value::Native(_) => self.type_of(v).lookup("keys").is_some() && self.type_of(v).lookup("__getitem__").is_some(),
            _ => false,
        }
    }

    /// Sequence check for `MatchSequence` (str/bytes/dict excluded).
    pub(super) fn is_sequence_for_match(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(i) => matches!(*i.base(), Value::List(_) | Value::Tuple(_)),
            Value::Native(_) => self.type_of(v).name.as_ref() == "deque",
            _ => false,
        }
    }

    /// `MatchKeys` (unused by our codegen, kept for completeness).
    pub(super) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = self.collect(keys)?;
        let mut out = Vec::new();
        for k in keys {
            if !self.contains(subject, &k)? {
                return Ok(Value::None);
            }
            out.push(self.getitem(subject, &k)?);
        }
        Ok(Value::tuple(out))
    }

    /// `**rest` in a mapping pattern.
    pub(super) fn copy_dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = self.collect(keys)?;
        let items: Vec<(Value, Value)> = match subject {
            Value::Dict(d) => d.borrow().iter().map(|(_, k, v)| (k.clone(), v.clone())).collect(),
            _ => Vec::new(),
        };
        let mut d = Dict::new();
        'outer: for (k, v) in items {
            for x in &keys {
                if self.eq(&k, x)? {
                    continue 'outer;
                }
            }
            self.dict_set(&mut d, k, v)?;
        }
        Ok(Value::dict(d))
    }
}
