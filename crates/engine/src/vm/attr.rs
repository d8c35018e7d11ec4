//! Attribute access (`obj.name`, `obj.name = v`, `del obj.name`), method
//! loading without bound-method objects, and `type(obj)`.
//! Follows CPython's `PyObject_GenericGetAttr`: data descriptors on the
//! type, then the instance namespace, then other class attributes, then
//! `__getattr__`.

use super::exceptions::{new_exc, type_error};
use super::{PyResult, Vm};
use crate::builtins::descriptors::{self, Descr};
use crate::objects::class::{Dunder, LookupCache};
use crate::objects::{BoundMethod, Builtin, Class, TypeTag, Value};
use crate::types::types;
use std::rc::Rc;

thread_local! {
    static ITER_CLASSES: std::cell::RefCell<std::collections::HashMap<&'static str, Rc<Class>>> = Default::default();
}

/// The class of a builtin iterator kind (`map`, `list_iterator`, ...).
fn iter_class(name: &'static str) -> Rc<Class> {
    ITER_CLASSES.with(|m| {
        m.borrow_mut()
            .entry(name)
            .or_insert_with(|| {
                let t = types();
                let c = crate::types::new_class(name, "builtins", &[t.object.clone()], TypeTag::Iterator, true);
                crate::builtins::iters::install_iterator_methods(&mut c.dict.borrow_mut(), name);
                c
            })
            .clone()
    })
}

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        // Instances first: no thread-local lookup of the builtin types.
        if let Value::Instance(i) = v {
            return i.class.clone();
        }
        let t = types();
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::Class(_) => t.type_.clone(),
            Value::Instance(i) => i.class.clone(),
            Value::Module(_) => t.module.clone(),
            Value::Generator(g) => match g.kind {
                crate::objects::GenKind::Generator => t.generator.clone(),
                crate::objects::GenKind::Coroutine => t.coroutine.clone(),
                crate::objects::GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::Iter(it) => iter_class(it.borrow().type_name()),
            Value::Cell(_) => t.cell.clone(),
            Value::Native(n) => n.class(),
            Value::Code(_) => t.object.clone(),
        }
    }

    /// The name of `type(v)`, for messages.
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Iter(it) => it.borrow().type_name().to_owned(),
            _ => self.type_of(v).name.to_string(),
        }
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    /// The AttributeError CPython raises for a missing attribute.
    pub fn attribute_error(&self, obj: &Value, name: &str) -> super::Unwind {
        let msg = match obj {
            Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
            Value::Class(c) => format!("type object '{}' has no attribute '{name}'", c.name),
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        let e = new_exc("AttributeError", &msg);
        super::exceptions::set_name_obj(&e, name, Some(obj.clone()));
        e
    }

    /// `LoadAttr`'s [`Self::getattr`]: the class part of the lookup goes
    /// through the instruction site's cache.
    pub fn getattr_cached(&mut self, obj: &Value, name: &str, cache: &std::cell::Cell<LookupCache>) -> PyResult<Value> {
        match self.getattr_opt_in(obj, name, Some(cache))? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    /// `LoadAttr` of a property whose getter is a plain Python function,
    /// on an instance of a class without `__getattr__` (which a getter's
    /// AttributeError would fall back to): pushes the getter's frame, whose
    /// return value lands on the caller's stack as a call's does. Through
    /// [`Self::call`] the getter ran in a nested dispatch loop behind a
    /// boundary frame. `Ok(false)`: not such an attribute, nothing done.
    pub(super) fn push_property_getter(&mut self, obj: &Value, name: &str, cache: &std::cell::Cell<LookupCache>) -> PyResult<bool> {
        let Value::Instance(inst) = obj else { return Ok(false) };
        let Some(Value::Native(n)) = inst.class.lookup_cached(name, cache) else { return Ok(false) };
        let Some(Descr::Property(p)) = descriptors::classify(&n) else { return Ok(false) };
        let Some(Value::Function(getter)) = &p.fget else { return Ok(false) };
        if getter.code.kind != crate::bytecode::code::CodeKind::Function || inst.class.lookup_dunder(Dunder::GetAttr).is_some() {
            return Ok(false);
        }
        // Laid out as a method call (`[getter, self]`) the getter takes the
        // positional-call fast path; any other signature binds in full.
        let getter = getter.clone();
        let f = self.frame();
        f.push(Value::Function(getter.clone()));
        f.push(obj.clone());
        if !self.call_function_quick(0) {
            let f = self.frame();
            f.stack.truncate(f.stack.len() - 2);
            let frame = self.make_frame(&getter, vec![obj.clone()], crate::objects::function::Kwargs::new())?;
            self.push_frame(frame)?;
        }
        Ok(true)
    }

    /// `getattr(obj, name, None)`-like: `None` when missing (other errors propagate).
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        self.getattr_opt_in(obj, name, None)
    }

    fn getattr_opt_in(&mut self, obj: &Value, name: &str, cache: Option<&std::cell::Cell<LookupCache>>) -> PyResult<Option<Value>> {
        if let Value::Class(c) = obj {
            return self.class_getattr(c, name);
        }
        if let Value::Module(m) = obj {
            if let Some(v) = m.dict.borrow().get(name) {
                return Ok(Some(v.clone()));
            }
            if name == "__dict__" {
                return Ok(Some(crate::builtins::attrmap_to_dict(self, &m.dict.borrow())?));
            }
            return Ok(None);
        }
        let cls = self.type_of(obj);
        let class_attr = match cache {
            Some(c) => cls.lookup_cached(name, c),
            None => cls.lookup(name),
        };
        if let Some(Value::Native(n)) = &class_attr {
            if let Some(Descr::Property(p)) = descriptors::classify(n) {
                return match &p.fget {
                    // As slot_tp_getattr_hook: an AttributeError from the
                    // getter falls back to the class's `__getattr__`.
                    Some(g) => match self.call(g, vec![obj.clone()]) {
                        Err(super::Unwind::Raise(e)) if super::exceptions::is_exc(&e, "AttributeError") && !cls.is_builtin => {
                            match cls.lookup_dunder(Dunder::GetAttr) {
                                Some(ga) => self.call(&ga, vec![obj.clone(), Value::str(name)]).map(Some),
                                None => Err(super::Unwind::Raise(e)),
                            }
                        }
                        other => other.map(Some),
                    },
                    None => Err(new_exc("AttributeError", &format!("property '{name}' of '{}' object has no getter", cls.name))),
                };
            }
        }
        if let Value::Instance(inst) = obj {
            if let Some((pos, v)) = inst.attrs.borrow().get_full(name) {
                if let (None, Some(c)) = (&class_attr, cache) {
                    LookupCache::note_instance_pos(c, pos);
                }
                return Ok(Some(v));
            }
        }
        if let Some(v) = crate::builtins::special_attr(self, obj, name)? {
            return Ok(Some(v));
        }
        if let Some(attr) = class_attr {
            return Ok(Some(self.bind(attr, obj, &cls)));
        }
        if !cls.is_builtin {
            if let Some(ga) = cls.lookup("__getattr__") {
                return match self.call(&ga, vec![obj.clone(), Value::str(name)]) {
                    Ok(v) => Ok(Some(v)),
                    Err(super::Unwind::Raise(e)) if super::exceptions::is_exc(&e, "AttributeError") => {
                        Err(super::Unwind::Raise(e))
                    }
                    Err(e) => Err(e),
                };
            }
        }
        Ok(None)
    }

    /// Binds a class attribute found on `obj`'s type (functions become methods).
    fn bind(&mut self, attr: Value, obj: &Value, cls: &Rc<Class>) -> Value {
        match &attr {
            Value::Function(_) => Value::BoundMethod(Rc::new(BoundMethod { func: attr, receiver: obj.clone() })),
            Value::Builtin(b) if b.receiver.is_none() && b.owner.is_some() => Value::Builtin(Rc::new(Builtin {
                name: b.name.clone(),
                func: b.func,
                receiver: Some(obj.clone()),
                owner: b.owner.clone(),
            })),
            Value::Native(n) => match descriptors::classify(n) {
                Some(Descr::StaticMethod(f)) => f,
                Some(Descr::ClassMethod(f)) => {
                    Value::BoundMethod(Rc::new(BoundMethod { func: f, receiver: Value::Class(cls.clone()) }))
                }
                _ => attr,
            },
            _ => attr,
        }
    }

    /// Attribute lookup on a class object.
    fn class_getattr(&mut self, c: &Rc<Class>, name: &str) -> PyResult<Option<Value>> {
        if let Some(v) = c.lookup(name) {
            return Ok(Some(match &v {
                Value::Native(n) => match descriptors::classify(n) {
                    Some(Descr::StaticMethod(f)) => f,
                    Some(Descr::ClassMethod(f)) => {
                        Value::BoundMethod(Rc::new(BoundMethod { func: f, receiver: Value::Class(c.clone()) }))
                    }
                    _ => v,
                },
                _ => v,
            }));
        }
        let obj = Value::Class(c.clone());
        if let Some(v) = crate::builtins::special_attr(self, &obj, name)? {
            return Ok(Some(v));
        }
        // Methods of `type` itself (e.g. `cls.mro()`).
        if let Some(v) = types().type_.lookup(name) {
            return Ok(Some(self.bind(v, &obj, &types().type_)));
        }
        Ok(None)
    }

    /// `LoadMethod`: `(callable, receiver)` or `(bound, Null)`.
    pub fn load_method(&mut self, obj: Value, name: &str) -> PyResult<(Value, Value)> {
        self.load_method_in(obj, name, None)
    }

    /// [`Self::load_method`], with the instruction site's class-lookup cache.
    pub fn load_method_in(&mut self, obj: Value, name: &str, cache: Option<&std::cell::Cell<LookupCache>>) -> PyResult<(Value, Value)> {
        if let Value::Instance(inst) = &obj {
            if !inst.attrs.borrow().contains_key(name) {
                let found = match cache {
                    Some(c) => inst.class.lookup_cached(name, c),
                    None => inst.class.lookup(name),
                };
                if let Some(f @ Value::Function(_)) = found {
                    return Ok((f, obj));
                }
            }
            let v = self.getattr_opt_in(&obj, name, cache)?;
            return match v {
                Some(v) => Ok((v, Value::Null)),
                None => Err(self.attribute_error(&obj, name)),
            };
        } else if let Value::Native(_) = &obj {
            // Only the object's own methods: other natives resolve the
            // rest through `special_attr`. A `super` object resolves every
            // name through the MRO after its class (`super().__new__` is
            // `object.__new__`, not super's own constructor).
            let cls = self.type_of(&obj);
            if cls.tag != TypeTag::Super {
                let own = cls.dict.borrow().get(name).cloned();
                if let Some(b @ Value::Builtin(_)) = own {
                    return Ok((b, obj));
                }
            }
        } else if !matches!(obj, Value::Class(_) | Value::Module(_)) {
            let cls = self.type_of(&obj);
            let found = match cache {
                Some(c) => cls.lookup_cached(name, c),
                None => cls.lookup(name),
            };
            if let Some(b @ Value::Builtin(_)) = found {
                return Ok((b, obj));
            }
        }
        let v = self.getattr(&obj, name)?;
        Ok((v, Value::Null))
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        self.setattr_in(obj, name, value, None)
    }

    /// [`Self::setattr`]; for instances, `caches` are the instruction
    /// site's for `name` and for `__setattr__` in the class.
    pub fn setattr_in(&mut self, obj: &Value, name: &str, value: Value, caches: Option<(&std::cell::Cell<LookupCache>, &std::cell::Cell<LookupCache>)>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class.clone();
                // `__setattr__` through the class's own cache: a store site
                // that sees several classes (a base `__init__` run for
                // subclasses) would miss a per-site cache every time.
                let (attr, sa) = match caches {
                    Some((c, _)) => (cls.lookup_cached(name, c), cls.lookup_dunder(Dunder::SetAttr)),
                    None => (cls.lookup(name), cls.lookup_dunder(Dunder::SetAttr)),
                };
                if let Some(Value::Native(n)) = &attr {
                    if let Some(Descr::Property(p)) = descriptors::classify(&n) {
                        return match &p.fset {
                            Some(s) => self.call(s, vec![obj.clone(), value]).map(|_| ()),
                            None => Err(new_exc(
                                "AttributeError",
                                &format!("property '{name}' of '{}' object has no setter", cls.name),
                            )),
                        };
                    }
                }
                if let Some(sa) = sa {
                    if !matches!(sa, Value::Builtin(_)) {
                        return self.call(&sa, vec![obj.clone(), Value::str(name), value]).map(|_| ());
                    }
                }
                if let Some(hook) = crate::builtins::setattr_hook(self, obj, name, &value)? {
                    return hook;
                }
                // Rebinding an existing attribute (`self.n += 1`) replaces
                // the value in place: no new key string, no second hash.
                let mut attrs = inst.attrs.borrow_mut();
                let old = match attrs.get_full_mut(name) {
                    Some((pos, slot)) => {
                        if let (None, Some((c, _))) = (&attr, caches) {
                            LookupCache::note_instance_pos(c, pos);
                        }
                        Some(std::mem::replace(slot, value))
                    }
                    None => {
                        attrs.insert(name, value);
                        cls.dict.note_attrs(attrs.len());
                        None
                    }
                };
                drop(attrs);
                // The old value drops after the namespace is released (its
                // finaliser may look at this object).
                drop(old);
                Ok(())
            }
            Value::Class(c) => {
                if c.is_builtin {
                    return Err(type_error(format!(
                        "cannot set '{name}' attribute of immutable type '{}'",
                        c.name
                    )));
                }
                // The old value drops once the namespace is released: its
                // finaliser (a list of instances going away) may look the
                // class up (`Ticket.issued = []` freeing the tickets).
                let old = c.dict.borrow_mut().insert(name.into(), value);
                drop(old);
                Ok(())
            }
            Value::Function(f) => {
                match name {
                    "__name__" => *f.name.borrow_mut() = value.as_str().unwrap_or("").into(),
                    "__qualname__" => *f.qualname.borrow_mut() = value.as_str().unwrap_or("").into(),
                    _ => {
                        let old = f.dict.borrow_mut().insert(name.into(), value);
                        drop(old);
                    }
                }
                Ok(())
            }
            Value::Module(m) => {
                let old = m.dict.borrow_mut().insert(name.into(), value);
                drop(old);
                Ok(())
            }
            Value::Native(_) => match crate::builtins::setattr_hook(self, obj, name, &value)? {
                Some(r) => r,
                None => Err(self.no_setattr(obj, name)),
            },
            _ => Err(self.no_setattr(obj, name)),
        }
    }

    fn no_setattr(&mut self, obj: &Value, name: &str) -> super::Unwind {
        let tn = self.type_name(obj);
        let cls = self.type_of(obj);
        if matches!(crate::builtins::special_attr(self, obj, name), Ok(Some(_))) && name != "__class__" {
            return new_exc("AttributeError", &format!("attribute '{name}' of '{tn}' objects is not writable"));
        }
        if cls.lookup(name).is_some() {
            new_exc("AttributeError", &format!("'{tn}' object attribute '{name}' is read-only"))
        } else {
            new_exc("AttributeError", &format!("'{tn}' object has no attribute '{name}'"))
        }
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(Value::Native(n)) = inst.class.lookup(name) {
                    if let Some(Descr::Property(p)) = descriptors::classify(&n) {
                        return match &p.fdel {
                            Some(d) => self.call(d, vec![obj.clone()]).map(|_| ()),
                            None => Err(new_exc(
                                "AttributeError",
                                &format!("property '{name}' of '{}' object has no deleter", inst.class.name),
                            )),
                        };
                    }
                }
                if let Some(da) = inst.class.lookup("__delattr__") {
                    if matches!(da, Value::Function(_)) {
                        return self.call(&da, vec![obj.clone(), Value::str(name)]).map(|_| ());
                    }
                }
                let removed = inst.attrs.borrow_mut().shift_remove(name);
                match removed {
                    Some(_) => Ok(()),
                    None => Err(self.attribute_error(obj, name)),
                }
            }
            // Removed, then dropped once the namespace is released (see
            // `setattr_in`): a scrutinee's borrow lasts the whole `match`.
            Value::Class(c) if !c.is_builtin => {
                let removed = c.dict.borrow_mut().shift_remove(name);
                match removed {
                    Some(_) => Ok(()),
                    None => Err(new_exc("AttributeError", &format!("type object '{}' has no attribute '{name}'", c.name))),
                }
            }
            Value::Module(m) => {
                let removed = m.dict.borrow_mut().shift_remove(name);
                match removed {
                    Some(_) => Ok(()),
                    None => Err(self.attribute_error(obj, name)),
                }
            }
            _ => Err(self.attribute_error(obj, name)),
        }
    }

    /// True for instances whose class has tag `tag` (subclasses of builtins).
    pub fn is_instance_of_tag(&self, v: &Value, tag: TypeTag) -> bool {
        self.type_of(v).tag == tag
    }
}
