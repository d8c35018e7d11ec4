//! Objects of the standard library implemented in Rust (deque, Task,
//! Future, Lock, ...). They expose their class, and callers downcast them.

use super::Class;
use std::any::Any;
use std::rc::Rc;

/// An object implemented in Rust.
pub trait NativeObject: Any {
    /// `type(obj)`.
    fn class(&self) -> Rc<Class>;
    /// For downcasting to the concrete type.
    fn as_any(&self) -> &dyn Any;
    /// The references the object holds, for the cycle finder
    /// (`tp_traverse`); false (the default) when it is not walked, so
    /// what it holds counts as referenced from outside.
    fn gc_children(&self, _out: &mut Vec<super::Value>) -> bool {
        false
    }
}
