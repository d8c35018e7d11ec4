//! Modules: a name and a namespace. The `__main__` module's namespace is
//! the script's globals.

use super::{AttrMap, Value};
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

thread_local! {
    /// Moves on whenever a key may have been added to (or removed from)
    /// any module namespace, so `LoadGlobal` can trust "not in the globals,
    /// found in builtins at position p" until it does.
    static EPOCH: Cell<u64> = const { Cell::new(0) };
}

/// The current module-namespace epoch (see [`ModuleDict`]).
#[inline]
pub fn module_epoch() -> u64 {
    EPOCH.with(Cell::get)
}

fn bump_epoch() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

/// A module namespace: a `RefCell<AttrMap>` whose mutable borrows move
/// [`module_epoch`] on. Rebinding an existing name through [`Self::set`]
/// (what `StoreGlobal`/`StoreName` do) does not, so a module-level loop
/// that assigns globals keeps the builtins cache valid.
pub struct ModuleDict(RefCell<AttrMap>);

impl ModuleDict {
    /// Reads the namespace.
    #[inline]
    pub fn borrow(&self) -> Ref<'_, AttrMap> {
        self.0.borrow()
    }

    /// Writes the namespace (invalidating cached builtin lookups).
    pub fn borrow_mut(&self) -> RefMut<'_, AttrMap> {
        bump_epoch();
        self.0.borrow_mut()
    }

    /// Binds `name`, returning the old value; only a new key moves the epoch.
    pub fn set(&self, name: Rc<str>, value: Value) -> Option<Value> {
        let (_, old) = self.0.borrow_mut().insert_full(name, value);
        if old.is_none() {
            bump_epoch();
        }
        old
    }
}

/// A module object.
pub struct Module {
    /// `__name__`.
    pub name: Rc<str>,
    /// The module namespace (globals of its functions).
    pub dict: ModuleDict,
}

impl Module {
    /// An empty module.
    pub fn new(name: &str) -> Self {
        bump_epoch();
        Self { name: name.into(), dict: ModuleDict(RefCell::new(AttrMap::default())) }
    }
}
