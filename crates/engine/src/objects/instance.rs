//! Instances of user classes (and of exception classes, which carry
//! [`ExcData`]; and of subclasses of builtin types, which carry the builtin
//! value they extend).

use super::{Class, ExcData, InstanceDict, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// An object created by calling a class.
pub struct Instance {
    /// `type(obj)`.
    pub class: Rc<Class>,
    /// `obj.__dict__`.
    pub attrs: RefCell<InstanceDict>,
    /// Exception state, for instances of `BaseException` subclasses (boxed:
    /// inline it made every instance 170 bytes bigger).
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// The builtin value a subclass of `list`/`dict`/`int`/... wraps, set
    /// when the instance is made (boxed: most instances have none, and
    /// inline it made every instance 16 bytes bigger; see [`Self::base`]).
    pub base: Option<Box<Value>>,
    /// `__del__` already ran (set on the copy a finaliser resurrects).
    pub del_done: std::cell::Cell<bool>,
    /// Creation order: CPython's collector finalises the objects left at
    /// exit in the order of its lists, which is the order they were created
    /// in (see `stdlib::gc::finalize_leftovers`).
    pub seq: u64,
}

thread_local! {
    static CREATED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

impl Instance {
    /// A fresh instance of `class` with an empty namespace.
    pub fn new(class: Rc<Class>) -> Self {
        let room = class.dict.attr_hint();
        Self::with_room(class, room)
    }

    /// [`Self::new`] with room for `room` attributes.
    pub fn with_room(class: Rc<Class>, room: usize) -> Self {
        let exc = (class.tag == super::TypeTag::BaseException).then(|| Box::new(RefCell::new(ExcData::default())));
        let attrs = RefCell::new(InstanceDict::with_capacity(class.dict.keys_root(), room));
        let seq = CREATED.with(|c| {
            c.set(c.get() + 1);
            c.get()
        });
        Self { class, attrs, exc, base: None, del_done: std::cell::Cell::new(false), seq }
    }

    /// The builtin value it wraps; `Null` for an instance of a class
    /// without a builtin base.
    #[inline]
    pub fn base(&self) -> &Value {
        match &self.base {
            Some(v) => v,
            None => &Value::Null,
        }
    }

    /// Reads an attribute from the instance's own namespace.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        self.attrs.borrow().get(name)
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        if self.class.tag != super::TypeTag::BaseException && !self.class.is_builtin {
            if let Some(del) = self.class.lookup_dunder(super::class::Dunder::Del) {
                crate::vm::finalize::defer_del(self, del);
            }
        }
    }
}
