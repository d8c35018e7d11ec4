//! Modules: a name and a namespace. The `__main__` module's namespace is
//! the script's globals.

use super::AttrMap;
use std::cell::RefCell;
use std::rc::Rc;

/// A module object.
pub struct Module {
    /// `__name__`.
    pub name: Rc<str>,
    /// The module namespace (globals of its functions).
    pub dict: RefCell<AttrMap>,
}

impl Module {
    /// An empty module.
    pub fn new(name: &str) -> Self {
        Self { name: name.into(), dict: RefCell::new(AttrMap::default()) }
    }
}
