//! Interned identifiers: one `Rc<str>` per distinct name.
//!
//! Every code object's `names` and every key an attribute store creates
//! come from here, so the name a `LoadAttr`/`LoadGlobal` carries and the
//! key it finds in a namespace are usually the same pointer, and the
//! quick paths' key check is a pointer comparison instead of a `memcmp`
//! (callgrind, method_calls.py: 11.3M instructions of `memcmp` for 70k
//! iterations). Equal text still compares equal: interning is an
//! optimisation, never a requirement.

use rustc_hash::FxHashSet;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// Interned names live as long as the thread.
    static NAMES: RefCell<FxHashSet<Rc<str>>> = RefCell::new(FxHashSet::default());
}

/// Names interned at most: past it (a program inventing attribute names
/// with `setattr`) new names get their own string, so the table stays
/// small; they still compare equal by text.
const INTERN_MAX: usize = 4096;

/// The shared `Rc<str>` for `name`.
pub fn intern(name: &str) -> Rc<str> {
    NAMES.with(|names| {
        if let Some(rc) = names.borrow().get(name) {
            return rc.clone();
        }
        let rc: Rc<str> = name.into();
        let mut names = names.borrow_mut();
        if names.len() < INTERN_MAX {
            names.insert(rc.clone());
        }
        rc
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn equal_names_share_one_string() {
        let a = super::intern("velocity");
        let b = super::intern(&String::from("velocity"));
        assert!(std::rc::Rc::ptr_eq(&a, &b));
        assert!(!std::rc::Rc::ptr_eq(&a, &super::intern("speed")));
    }
}
