//! `property`, `staticmethod`, `classmethod` and `super`: native objects
//! that attribute lookup recognises.

use super::args;
use super::def;
use crate::objects::function::Kwargs;
use crate::objects::native::NativeObject;
use crate::objects::{BoundMethod, Class, Value};
use crate::types::{types, Types};
use crate::vm::exceptions::{new_exc, type_error, PyResult};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    /// Getter.
    pub fget: Option<Value>,
    /// Setter.
    pub fset: Option<Value>,
    /// Deleter.
    pub fdel: Option<Value>,
    /// Docstring.
    pub doc: Value,
}

/// `staticmethod(f)`.
pub struct StaticMethod(pub Value);
/// `classmethod(f)`.
pub struct ClassMethod(pub Value);
/// `super(cls, obj)`.
pub struct Super {
    /// Look up after this class in the MRO.
    pub after: Rc<Class>,
    /// The object (or class) methods bind to.
    pub obj: Value,
}

macro_rules! native {
    ($t:ty, $field:ident) => {
        impl NativeObject for $t {
            fn class(&self) -> Rc<Class> {
                types().$field.clone()
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
        }
    };
}
native!(Property, property);
native!(StaticMethod, staticmethod);
native!(ClassMethod, classmethod);
native!(Super, super_);

/// What a native class attribute is, for attribute lookup.
pub enum Descr<'a> {
    /// A property.
    Property(&'a Property),
    /// A staticmethod's function.
    StaticMethod(Value),
    /// A classmethod's function.
    ClassMethod(Value),
}

/// Recognises descriptor objects.
pub fn classify(n: &Rc<dyn NativeObject>) -> Option<Descr<'_>> {
    let any = n.as_any();
    if let Some(p) = any.downcast_ref::<Property>() {
        return Some(Descr::Property(p));
    }
    if let Some(s) = any.downcast_ref::<StaticMethod>() {
        return Some(Descr::StaticMethod(s.0.clone()));
    }
    if let Some(c) = any.downcast_ref::<ClassMethod>() {
        return Some(Descr::ClassMethod(c.0.clone()));
    }
    None
}

/// The function inside a staticmethod.
pub fn unwrap_staticmethod(n: &Rc<dyn NativeObject>) -> Option<Value> {
    n.as_any().downcast_ref::<StaticMethod>().map(|s| s.0.clone())
}

/// The function inside a classmethod.
pub fn unwrap_classmethod(n: &Rc<dyn NativeObject>) -> Option<Value> {
    n.as_any().downcast_ref::<ClassMethod>().map(|s| s.0.clone())
}

/// Installs constructors and methods.
pub fn install(t: &Types) {
    def(&mut t.property.dict.borrow_mut(), "__new__", property_new, Some("property"));
    def(&mut t.property.dict.borrow_mut(), "setter", property_setter, Some("property"));
    def(&mut t.property.dict.borrow_mut(), "getter", property_getter, Some("property"));
    def(&mut t.property.dict.borrow_mut(), "deleter", property_deleter, Some("property"));
    def(&mut t.staticmethod.dict.borrow_mut(), "__new__", staticmethod_new, Some("staticmethod"));
    def(&mut t.classmethod.dict.borrow_mut(), "__new__", classmethod_new, Some("classmethod"));
    def(&mut t.super_.dict.borrow_mut(), "__new__", super_new, Some("super"));
}

fn property_new(_: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let get = |i: usize, name: &str| a.get(i + 1).cloned().or_else(|| args::kw(k, name)).filter(|v| !v.is_none());
    Ok(Value::Native(Rc::new(Property { fget: get(0, "fget"), fset: get(1, "fset"), fdel: get(2, "fdel"), doc: get(3, "doc").unwrap_or(Value::None) })))
}

fn prop(v: &Value) -> PyResult<&Property> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<Property>().ok_or_else(|| type_error("expected a property")),
        _ => Err(type_error("expected a property")),
    }
}

fn property_setter(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let p = prop(&a[0])?;
    Ok(Value::Native(Rc::new(Property { fget: p.fget.clone(), fset: a.get(1).cloned(), fdel: p.fdel.clone(), doc: p.doc.clone() })))
}

fn property_getter(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let p = prop(&a[0])?;
    Ok(Value::Native(Rc::new(Property { fget: a.get(1).cloned(), fset: p.fset.clone(), fdel: p.fdel.clone(), doc: p.doc.clone() })))
}

fn property_deleter(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let p = prop(&a[0])?;
    Ok(Value::Native(Rc::new(Property { fget: p.fget.clone(), fset: p.fset.clone(), fdel: a.get(1).cloned(), doc: p.doc.clone() })))
}

fn staticmethod_new(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("staticmethod", &a[1..], 1, 1)?;
    Ok(Value::Native(Rc::new(StaticMethod(a[1].clone()))))
}

fn classmethod_new(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("classmethod", &a[1..], 1, 1)?;
    Ok(Value::Native(Rc::new(ClassMethod(a[1].clone()))))
}

/// `super()` / `super(cls, obj)`: the zero-argument form reads the calling
/// frame's `__class__` cell and first argument, as CPython does.
fn super_new(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let a = &a[1..];
    let (cls, obj) = if a.len() == 2 {
        match &a[0] {
            Value::Class(c) => (c.clone(), a[1].clone()),
            _ => return Err(type_error("super() argument 1 must be a type")),
        }
    } else {
        let Some(frame) = vm.frames.last() else { return Err(new_exc("RuntimeError", "super(): no arguments")) };
        let code = frame.code.clone();
        let Some(idx) = code.freevars.iter().position(|f| &**f == "__class__") else {
            return Err(new_exc("RuntimeError", "super(): __class__ cell not found"));
        };
        let cell = frame.cells[code.cellvars.len() + idx].borrow().clone();
        let Value::Class(c) = cell else { return Err(new_exc("RuntimeError", "super(): empty __class__ cell")) };
        if code.argcount == 0 && !code.varargs {
            return Err(new_exc("RuntimeError", "super(): no arguments"));
        }
        let first = match code.cell_params.iter().position(|p| *p == Some(0)) {
            Some(ci) => frame.cells[ci].borrow().clone(),
            None => frame.locals().first().cloned().unwrap_or(Value::Null),
        };
        (c, first)
    };
    Ok(Value::Native(Rc::new(Super { after: cls, obj })))
}

/// Attribute lookup through a `super` object.
pub fn super_getattr(vm: &mut Vm, s: &Super, name: &str) -> PyResult<Option<Value>> {
    let start = match &s.obj {
        Value::Class(c) if c.is_subclass(&s.after) => c.clone(),
        other => vm.type_of(other),
    };
    // The classes after `s.after` in the MRO, walked in place (collecting
    // the MRO cost an allocation and a count per class on every
    // `super().method`).
    let mro = || std::iter::once(&start).chain(start.mro.iter());
    let pos = mro().position(|c| Rc::ptr_eq(c, &s.after)).map_or(usize::MAX, |p| p + 1);
    for c in mro().skip(pos) {
        let found = c.dict.borrow().get(name).cloned();
        if let Some(v) = found {
            let bound = match &v {
                Value::Function(_) => match &s.obj {
                    Value::Class(_) if name == "__new__" => v,
                    obj => Value::BoundMethod(Rc::new(BoundMethod { func: v, receiver: obj.clone() })),
                },
                // `__new__` is a static method: `super().__new__(cls, ..)`
                // passes the class itself.
                Value::Builtin(_) if name == "__new__" => v,
                Value::Builtin(b) if b.owner.is_some() => Value::Builtin(Rc::new(crate::objects::Builtin {
                    name: b.name.clone(),
                    func: b.func,
                    receiver: Some(s.obj.clone()),
                    owner: b.owner.clone(),
                })),
                Value::Native(n) => match classify(n) {
                    Some(Descr::ClassMethod(f)) => {
                        let cls = match &s.obj {
                            Value::Class(c) => c.clone(),
                            o => vm.type_of(o),
                        };
                        Value::BoundMethod(Rc::new(BoundMethod { func: f, receiver: Value::Class(cls) }))
                    }
                    Some(Descr::StaticMethod(f)) => f,
                    Some(Descr::Property(p)) => match &p.fget {
                        Some(g) => return vm.call(g, vec![s.obj.clone()]).map(Some),
                        None => v,
                    },
                    None => v,
                },
                _ => v,
            };
            return Ok(Some(bound));
        }
    }
    Ok(None)
}
