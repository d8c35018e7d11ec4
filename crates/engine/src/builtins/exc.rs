//! Methods and attributes of `BaseException`.

use super::def;
use crate::objects::function::Kwargs;
use crate::objects::{AttrMap, Instance, Value};
use crate::vm::exceptions::{exc_data, type_error, PyResult};
use crate::vm::Vm;

/// Installs `BaseException`'s methods.
pub fn install(d: &mut AttrMap) {
    def(d, "__init__", init, Some("BaseException"));
    def(d, "with_traceback", with_traceback, Some("BaseException"));
    def(d, "add_note", add_note, Some("BaseException"));
}

fn init(_: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Value> {
    if let Some((name, _)) = k.first() {
        let cls = match &a[0] {
            Value::Instance(i) => i.class.name.to_string(),
            _ => "BaseException".into(),
        };
        return Err(type_error(format!("{cls}() takes no keyword arguments")).with_name_hint(name));
    }
    if let Some(inst) = exc_data(&a[0]) {
        inst.exc.as_ref().expect("exc").borrow_mut().args = a[1..].to_vec();
    }
    Ok(Value::None)
}

fn with_traceback(_: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn add_note(vm: &mut Vm, a: &[Value], _: &Kwargs) -> PyResult<Value> {
    let note = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => return Err(type_error(format!("note must be a str, not '{}'", vm.type_name(other)))),
        None => return Err(type_error("add_note() takes exactly one argument (0 given)")),
    };
    if let Some(inst) = exc_data(&a[0]) {
        inst.exc.as_ref().expect("exc").borrow_mut().notes.push(note);
    }
    Ok(Value::None)
}

/// `exc.args`, `exc.__cause__`, `StopIteration.value`, ...
pub fn exc_attr(vm: &mut Vm, inst: &Instance, name: &str) -> Option<Value> {
    let d = inst.exc.as_ref()?.borrow();
    Some(match name {
        "args" => Value::tuple(d.args.clone()),
        "__cause__" => d.cause.clone().unwrap_or(Value::None),
        "__context__" => d.context.clone().unwrap_or(Value::None),
        "__suppress_context__" => Value::Bool(d.suppress_context),
        "__traceback__" => if d.traceback.is_empty() { Value::None } else {
            let e = d.traceback.last().cloned();
            match e {
                Some(entry) => Value::Native(std::rc::Rc::new(Traceback { line: entry.line, name: entry.code.name.to_string() })),
                None => Value::None,
            }
        },
        "__notes__" if !d.notes.is_empty() => Value::list(d.notes.iter().map(|n| Value::str(n.as_str())).collect()),
        "value" if inst.class.is_subclass(&crate::types::types().exc("StopIteration")) => d.args.first().cloned().unwrap_or(Value::None),
        "code" if inst.class.is_subclass(&crate::types::types().exc("SystemExit")) => match d.args.len() {
            0 => Value::None,
            1 => d.args[0].clone(),
            _ => Value::tuple(d.args.clone()),
        },
        "errno" | "strerror" | "filename" if inst.class.is_subclass(&crate::types::types().exc("OSError")) => Value::None,
        "name" if inst.class.is_subclass(&crate::types::types().exc("NameError")) => Value::None,
        "msg" if inst.class.is_subclass(&crate::types::types().exc("SyntaxError")) => d.args.first().cloned().unwrap_or(Value::None),
        "exceptions" if inst.class.is_subclass(&crate::types::types().exc("BaseExceptionGroup")) => d.args.get(1).cloned().map(|v| match v {
            Value::List(l) => Value::tuple(l.borrow().to_vec()),
            other => other,
        }).unwrap_or(Value::tuple(vec![])),
        "message" if inst.class.is_subclass(&crate::types::types().exc("BaseExceptionGroup")) => d.args.first().cloned().unwrap_or(Value::None),
        _ => {
            let _ = vm;
            return None;
        }
    })
}

trait Hint {
    fn with_name_hint(self, name: &str) -> Self;
}

impl Hint for crate::vm::Unwind {
    fn with_name_hint(self, _name: &str) -> Self {
        self
    }
}

/// A traceback object: enough for `tb is not None` and `tb.tb_lineno`.
pub struct Traceback {
    /// Line of the innermost frame.
    pub line: u32,
    /// Name of its code.
    pub name: String,
}

thread_local! {
    static TB_CLASS: std::rc::Rc<crate::objects::Class> = {
        let t = crate::types::types();
        crate::types::new_class("traceback", "builtins", &[t.object.clone()], crate::objects::TypeTag::Native, true)
    };
}

impl crate::objects::native::NativeObject for Traceback {
    fn class(&self) -> std::rc::Rc<crate::objects::Class> {
        TB_CLASS.with(std::rc::Rc::clone)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
