//! `object`'s and `type`'s methods.

use super::def;
use crate::objects::function::Kwargs;
use crate::objects::Value;
use crate::types::Types;
use crate::vm::exceptions::PyResult;
use crate::vm::Vm;

/// Installs the methods.
pub fn install(t: &Types) {
    let mut d = t.object.dict.borrow_mut();
    def(&mut d, "__init__", init, Some("object"));
    def(&mut d, "__eq__", eq, Some("object"));
    def(&mut d, "__ne__", ne, Some("object"));
    def(&mut d, "__str__", str_, Some("object"));
    def(&mut d, "__repr__", repr, Some("object"));
    def(&mut d, "__hash__", hash, Some("object"));
    def(&mut d, "__setattr__", setattr, Some("object"));
    def(&mut d, "__getattribute__", getattribute, Some("object"));
    def(&mut d, "__format__", format, Some("object"));
    drop(d);
    let mut d = t.type_.dict.borrow_mut();
    def(&mut d, "mro", mro, Some("type"));
    def(&mut d, "__subclasses__", subclasses, Some("type"));
}

fn init(_: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn eq(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(if a[0].is(&a[1]) { Value::Bool(true) } else { Value::NotImplemented })
}

fn ne(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(if a[0].is(&a[1]) { Value::Bool(false) } else { Value::NotImplemented })
}

fn str_(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let cls = vm.type_of(&a[0]);
    match cls.lookup("__repr__") {
        Some(r) if !matches!(&r, Value::Builtin(b) if b.owner.as_deref() == Some("object")) => vm.call(&r, vec![a[0].clone()]),
        _ => Ok(Value::str(crate::vm::repr::default_repr(&cls, &a[0]))),
    }
}

fn repr(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let cls = vm.type_of(&a[0]);
    Ok(Value::str(crate::vm::repr::default_repr(&cls, &a[0])))
}

fn hash(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(crate::algo::hash::hash_pointer(a[0].ptr().unwrap_or(0) as u64)))
}

fn setattr(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    if let (Value::Instance(i), Some(Value::Str(name)), Some(v)) = (&a[0], a.get(1), a.get(2)) {
        i.attrs.borrow_mut().insert(name.as_str(), v.clone());
    }
    Ok(Value::None)
}

fn getattribute(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let name = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        _ => return Err(crate::vm::exceptions::type_error("attribute name must be string")),
    };
    vm.getattr(&a[0], &name)
}

fn format(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let spec = a.get(1).and_then(|s| s.as_str().map(str::to_owned)).unwrap_or_default();
    if !spec.is_empty() {
        let tn = vm.type_name(&a[0]);
        return Err(crate::vm::exceptions::type_error(format!("unsupported format string passed to {tn}.__format__")));
    }
    Ok(Value::str(vm.str_of(&a[0])?))
}

fn mro(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    match &a[0] {
        Value::Class(c) => Ok(Value::list(c.mro_with_self().map(Value::Class).collect())),
        _ => Ok(Value::list(vec![])),
    }
}

fn subclasses(_: &mut Vm, _: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::list(vec![]))
}
