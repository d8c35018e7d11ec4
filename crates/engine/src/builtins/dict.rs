//! `dict` methods and views.

use super::args;
use super::def;
use crate::objects::function::Kwargs;
use crate::objects::iter::{DictPart, PyIter};
use crate::objects::native::NativeObject;
use crate::objects::{AttrMap, Class, Dict, Value};
use crate::vm::exceptions::{key_error, type_error, PyResult};
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// Installs `dict`'s methods.
pub fn install(d: &mut AttrMap) {
    let m: &[(&str, crate::objects::NativeFn)] = &[
        ("get", get), ("setdefault", setdefault), ("pop", pop), ("popitem", popitem), ("keys", keys),
        ("values", values), ("items", items), ("update", update), ("clear", clear), ("copy", copy),
("__len__", len), ("__getitem__", getitem), ("__setitem__", setitem),
        ("__delitem__", delitem), ("__contains__", contains), ("__iter__", iter), ("__init__", init),
    ];
    for (name, f) in m {
        def(d, name, *f, Some("dict"));
    }
    let from = crate::builtins::func("fromkeys", fromkeys);
    d.insert("fromkeys".into(), Value::Native(Rc::new(crate::builtins::descriptors::ClassMethod(from))));
}

/// The dict behind `self` (a dict or a subclass instance wrapping one).
pub fn this(v: &Value) -> PyResult<Rc<RefCell<Dict>>> {
    match v {
        Value::Dict(d) => Ok(d.clone()),
        Value::Instance(i) => match &*i.base() {
            Value::Dict(d) => Ok(d.clone()),
            _ => Err(type_error("descriptor requires a 'dict' object")),
        },
        _ => Err(type_error("descriptor requires a 'dict' object")),
    }
}

fn get(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    // CPython's `dict.get` unpacks its arguments as a tuple: "get
    // expected at least 1 argument, got 0", not the method wording.
    args::count("get", &a[1..], 1, 2)?;
    let d = this(&a[0])?;
    Ok(vm.dict_get(&d, &a[1])?.unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("setdefault", &a[1..], 1, 2)?;
    let d = this(&a[0])?;
    if let Some(v) = vm.dict_get(&d, &a[1])? {
        return Ok(v);
    }
    let default = a.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set_cell(&d, a[1].clone(), default.clone())?;
    Ok(default)
}

fn pop(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    args::count("pop", &a[1..], 1, 2)?;
    let d = this(&a[0])?;
    let h = vm.hash(&a[1])?;
    let slot = {
        let dd = d.borrow();
        vm.dict_find(&dd, h, &a[1])?
    };
    match slot {
        Some(s) => Ok(d.borrow_mut().remove_at(s).1),
        None => a.get(2).cloned().ok_or_else(|| key_error(a[1].clone())),
    }
}

fn popitem(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let d = this(&a[0])?;
    let item = d.borrow_mut().pop_last();
    match item {
        Some((k, v)) => Ok(Value::pair(k, v)),
        None => Err(key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

/// A `dict_keys`/`dict_values`/`dict_items` view.
pub struct DictView {
    /// The dict viewed.
    pub dict: Rc<RefCell<Dict>>,
    /// Which part.
    pub part: DictPart,
}

thread_local! {
    static VIEW_CLASSES: [Rc<Class>; 3] = {
        let t = crate::types::types();
        let mk = |name: &str| {
            let c = crate::types::new_class(name, "builtins", &[t.object.clone()], crate::objects::TypeTag::Native, true);
            {
                let mut d = c.dict.borrow_mut();
                def(&mut d, "__len__", view_len, Some(name));
                def(&mut d, "__iter__", view_iter, Some(name));
                def(&mut d, "__contains__", view_contains, Some(name));
                def(&mut d, "__repr__", view_repr, Some(name));
            }
            c
        };
        [mk("dict_keys"), mk("dict_values"), mk("dict_items")]
    };
}

impl NativeObject for DictView {
    fn class(&self) -> Rc<Class> {
        let i = match self.part {
            DictPart::Keys => 0,
            DictPart::Values => 1,
            DictPart::Items => 2,
        };
        VIEW_CLASSES.with(|c| c[i].clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn view(v: &Value) -> PyResult<&DictView> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<DictView>().ok_or_else(|| type_error("expected a dict view")),
        _ => Err(type_error("expected a dict view")),
    }
}

/// Iterator over a view.
pub fn view_iterator(v: &DictView) -> Value {
    let len = v.dict.borrow().len();
    Value::Iter(Rc::new(RefCell::new(PyIter::Dict { dict: v.dict.clone(), pos: 0, len, part: v.part })))
}

fn view_len(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(view(&a[0])?.dict.borrow().len() as i64))
}

fn view_iter(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(view_iterator(view(&a[0])?))
}

fn view_contains(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let v = view(&a[0])?;
    let d = v.dict.clone();
    match v.part {
        DictPart::Keys => Ok(Value::Bool(vm.dict_get(&d, &a[1])?.is_some())),
        DictPart::Values => {
            let vals: Vec<Value> = d.borrow().values().cloned().collect();
            for x in vals {
                if vm.eq(&x, &a[1])? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        DictPart::Items => {
            let Value::Tuple(t) = &a[1] else { return Ok(Value::Bool(false)) };
            if t.len() != 2 {
                return Ok(Value::Bool(false));
            }
            match vm.dict_get(&d, &t[0])? {
                Some(v) => Ok(Value::Bool(vm.eq(&v, &t[1])?)),
                None => Ok(Value::Bool(false)),
            }
        }
    }
}

fn view_repr(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let v = view(&a[0])?;
    let (name, items): (&str, Vec<Value>) = match v.part {
        DictPart::Keys => ("dict_keys", v.dict.borrow().keys().cloned().collect()),
        DictPart::Values => ("dict_values", v.dict.borrow().values().cloned().collect()),
        DictPart::Items => ("dict_items", v.dict.borrow().iter().map(|(_, k, v)| Value::pair(k.clone(), v.clone())).collect()),
    };
    let inner = vm.repr(&Value::list(items))?;
    Ok(Value::str(format!("{name}({inner})")))
}

fn make_view(a: &[Value], part: DictPart) -> PyResult<Value> {
    Ok(Value::Native(Rc::new(DictView { dict: this(&a[0])?, part })))
}

fn keys(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    make_view(a, DictPart::Keys)
}

fn values(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    make_view(a, DictPart::Values)
}

fn items(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    make_view(a, DictPart::Items)
}

fn update(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    let d = this(&a[0])?;
    if let Some(src) = a.get(1) {
        vm.dict_update_from(&d, src, false)?;
    }
    for (key, v) in k {
        vm.dict_set_cell(&d, Value::str(&**key), v.clone())?;
    }
    Ok(Value::None)
}

fn clear(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let old = std::mem::take(&mut *this(&a[0])?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::dict(this(&a[0])?.borrow().clone()))
}

/// `dict.fromkeys(iterable, value=None)`; `a[0]` is the class.
fn fromkeys(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let keys = vm.collect(a.get(1).unwrap_or(&Value::None))?;
    let v = a.get(2).cloned().unwrap_or(Value::None);
    let d = Rc::new(RefCell::new(Dict::new()));
    for k in keys {
        vm.dict_set_cell(&d, k, v.clone())?;
    }
    Ok(Value::Dict(d))
}

fn len(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(Value::Int(this(&a[0])?.borrow().len() as i64))
}

fn getitem(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.getitem(&Value::Dict(this(&a[0])?), &a[1])
}

fn setitem(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.dict_set_cell(&this(&a[0])?, a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.delitem(&Value::Dict(this(&a[0])?), &a[1])?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let d = this(&a[0])?;
    Ok(Value::Bool(vm.dict_get(&d, &a[1])?.is_some()))
}

fn iter(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    vm.get_iter(&Value::Dict(this(&a[0])?))
}

fn init(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    update(vm, a, k)
}
