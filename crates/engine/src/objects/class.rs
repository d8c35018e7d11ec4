//! Classes: builtin types and user classes alike. Attribute lookup walks
//! the MRO (C3, as CPython computes it) through each class's namespace.

use super::{AttrMap, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The builtin representation a class's instances use. User classes
/// inherit the tag of their builtin base (`Object` for plain classes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum TypeTag {
    Object, Type, NoneType, NotImplementedType, Ellipsis, Bool, Int, Float, Str, Bytes, ByteArray,
    Tuple, List, Dict, Set, FrozenSet, Range, Slice, Function, BuiltinFunction, Method,
    Module, Generator, Coroutine, AsyncGenerator, Iterator, Cell, BaseException,
    Property, StaticMethod, ClassMethod, Super, Native,
}

thread_local! {
    /// Bumped whenever any class namespace may change (and when a class is
    /// created), so a cached attribute lookup made at an older value is
    /// known to be stale. Class namespaces change rarely after start-up.
    static EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The current class-namespace epoch (see [`ClassDict`]).
#[inline]
pub fn class_epoch() -> u64 {
    EPOCH.with(|e| e.get())
}

fn bump_epoch() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

/// A class namespace: a `RefCell<AttrMap>` whose every mutable borrow
/// moves [`class_epoch`] on, which is what lets `LoadAttr`, `LoadMethod`
/// and `StoreAttr` cache where a name was found in a class's MRO
/// (`Code::attr_cache`) and trust it until any class changes.
/// It also holds the root of its instances' shared attribute names
/// (`instance_dict::Keys`).
pub struct ClassDict(
    RefCell<AttrMap>,
    [std::cell::Cell<LookupCache>; Dunder::COUNT],
    std::cell::Cell<u8>,
    Rc<super::instance_dict::Keys>,
);

/// The special methods the VM looks up on every instance created or freed,
/// cached per class (in its [`ClassDict`]).
#[derive(Clone, Copy, Debug)]
pub enum Dunder {
    /// `__new__`.
    New,
    /// `__init__`.
    Init,
    /// `__del__`.
    Del,
    /// `__getattr__` (a property getter raising AttributeError falls back to it).
    GetAttr,
    /// `__setattr__` (`object`'s own lets attribute stores skip the protocol).
    SetAttr,
    /// `__hash__` (instances as dict keys and set members).
    Hash,
}

impl Dunder {
    const COUNT: usize = 6;

    fn name(self) -> &'static str {
        match self {
            Dunder::New => "__new__",
            Dunder::Init => "__init__",
            Dunder::Del => "__del__",
            Dunder::GetAttr => "__getattr__",
            Dunder::SetAttr => "__setattr__",
            Dunder::Hash => "__hash__",
        }
    }
}

impl ClassDict {
    /// A namespace for a new class (a new class also invalidates caches:
    /// it may reuse the address of a freed one).
    pub fn new(map: AttrMap) -> Self {
        bump_epoch();
        Self(RefCell::new(map), Default::default(), Default::default(), super::instance_dict::Keys::root())
    }

    /// Reads the namespace.
    #[inline]
    pub fn borrow(&self) -> std::cell::Ref<'_, AttrMap> {
        self.0.borrow()
    }

    /// Writes the namespace (invalidating every cached lookup).
    pub fn borrow_mut(&self) -> std::cell::RefMut<'_, AttrMap> {
        bump_epoch();
        self.0.borrow_mut()
    }

    /// How many attributes this class's instances have had at most: a new
    /// instance's namespace is allocated that big once, instead of growing
    /// 4 → 8 → 16 entries (see `instance_dict`).
    #[inline]
    pub fn attr_hint(&self) -> usize {
        self.2.get() as usize
    }

    /// Where the attribute names of this class's instances start from.
    #[inline]
    pub fn keys_root(&self) -> &Rc<super::instance_dict::Keys> {
        &self.3
    }

    /// An instance of this class now has `n` attributes.
    #[inline]
    pub fn note_attrs(&self, n: usize) {
        if n > self.2.get() as usize {
            self.2.set(n.min(u8::MAX as usize) as u8);
        }
    }
}

/// Where a class attribute lookup found a name: for one class (by
/// address) at one [`class_epoch`], the depth in the class + MRO
/// (`ABSENT` = nowhere) and the position in that namespace. Holds no
/// references, so caching never keeps an object alive.
#[derive(Clone, Copy, Debug)]
pub struct LookupCache {
    class: usize,
    epoch: u64,
    depth: u32,
    pos: u32,
}

impl LookupCache {
    /// For an instance of `class`: when this site's cache says the name is
    /// in neither the class nor its MRO (and no class has changed since),
    /// the position in the instance's namespace where the name was last
    /// found. Instances built by the same `__init__` put their attributes
    /// in the same order, so one hint serves a whole class, as CPython's
    /// `LOAD_ATTR_INSTANCE_VALUE` specialisation does with shared keys.
    #[inline]
    pub fn instance_pos(&self, class: &Rc<Class>) -> Option<usize> {
        let current = self.class == Rc::as_ptr(class) as usize && self.epoch == class_epoch() && self.depth == ABSENT;
        current.then_some(self.pos as usize)
    }

    /// Whether the cache holds a result for `class` at the current epoch
    /// (found or absent), so [`Class::lookup_cached`] answers without a
    /// walk.
    #[inline]
    pub fn is_current(&self, class: &Rc<Class>) -> bool {
        self.class == Rc::as_ptr(class) as usize && self.epoch == class_epoch()
    }

    /// Records where the name sat in an instance's namespace, when the
    /// cache holds an "absent from the class" result.
    #[inline]
    pub fn note_instance_pos(cell: &std::cell::Cell<LookupCache>, pos: usize) {
        let mut c = cell.get();
        if c.depth == ABSENT {
            c.pos = pos as u32;
            cell.set(c);
        }
    }
}

impl Default for LookupCache {
    fn default() -> Self {
        Self { class: 0, epoch: u64::MAX, depth: 0, pos: 0 }
    }
}

const ABSENT: u32 = u32::MAX;

/// A class object.
pub struct Class {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// `__module__` (`builtins` for builtin types).
    pub module: Rc<str>,
    /// Direct bases, in order.
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, excluding the class itself.
    pub mro: Vec<Rc<Class>>,
    /// The class namespace.
    pub dict: ClassDict,
    /// The builtin representation of instances.
    pub tag: TypeTag,
    /// Builtin types refuse attribute assignment.
    pub is_builtin: bool,
}

impl Class {
    /// Looks `name` up in the class and its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let hash = name_hash(name);
        std::iter::once(self)
            .chain(self.mro.iter().map(|c| &**c))
            .find_map(|c| find_hashed(&c.dict.borrow(), hash, name).map(|(_, v)| v.clone()))
    }

    /// [`Self::lookup`] remembering where the name was found in `cache`
    /// (one per instruction site); the same result, without hashing the
    /// name in every namespace of the MRO while no class has changed.
    #[inline]
    pub fn lookup_cached(self: &Rc<Self>, name: &str, cache: &std::cell::Cell<LookupCache>) -> Option<Value> {
        let epoch = class_epoch();
        let me = Rc::as_ptr(self) as usize;
        let c = cache.get();
        if c.class == me && c.epoch == epoch {
            if c.depth == ABSENT {
                return None;
            }
            let owner: &Class = if c.depth == 0 { self } else { &self.mro[c.depth as usize - 1] };
            if let Some((_, v)) = owner.dict.borrow().get_index(c.pos as usize) {
                return Some(v.clone());
            }
        }
        let mut found = None;
        let mut at = LookupCache { class: me, epoch, depth: ABSENT, pos: 0 };
        let hash = name_hash(name);
        for (depth, owner) in std::iter::once(&**self).chain(self.mro.iter().map(|c| &**c)).enumerate() {
            if let Some((pos, v)) = find_hashed(&owner.dict.borrow(), hash, name) {
                found = Some(v.clone());
                at.depth = depth as u32;
                at.pos = pos as u32;
                break;
            }
        }
        cache.set(at);
        found
    }

    /// [`Self::lookup_cached`], with what is found lent to `f` instead of
    /// cloned: a caller that keeps only part of it (the `Rc` of a function)
    /// gets it in a register rather than as a `Value` written to memory in
    /// pieces and read back whole (a store-forwarding stall).
    #[inline]
    pub fn peek_cached<R>(self: &Rc<Self>, name: &str, cache: &std::cell::Cell<LookupCache>, f: impl FnOnce(Option<&Value>) -> R) -> R {
        let c = cache.get();
        if c.class == Rc::as_ptr(self) as usize && c.epoch == class_epoch() && c.depth != ABSENT {
            let owner: &Class = if c.depth == 0 { self } else { &self.mro[c.depth as usize - 1] };
            if let Some((_, v)) = owner.dict.borrow().get_index(c.pos as usize) {
                return f(Some(v));
            }
        }
        f(self.lookup_cached(name, cache).as_ref())
    }

    /// `self.lookup("__init__")` and the like, through the class's own cache.
    #[inline]
    pub fn lookup_dunder(self: &Rc<Self>, which: Dunder) -> Option<Value> {
        self.lookup_cached(which.name(), &self.dict.1[which as usize])
    }

    /// True when attribute stores on instances use `object.__setattr__`
    /// (no Python-level override anywhere in the MRO).
    #[inline]
    pub fn has_default_setattr(self: &Rc<Self>) -> bool {
        self.peek_dunder(Dunder::SetAttr, |v| matches!(v, Some(Value::Builtin(_))))
    }

    /// `f` of what [`Self::lookup_dunder`] finds, looking at the value in
    /// place while the class's cache is current instead of cloning it: a
    /// test such as [`Self::has_default_setattr`], run on every attribute
    /// store, then moves no reference count.
    #[inline]
    pub fn peek_dunder<R>(self: &Rc<Self>, which: Dunder, f: impl FnOnce(Option<&Value>) -> R) -> R {
        let c = self.dict.1[which as usize].get();
        if c.class == Rc::as_ptr(self) as usize && c.epoch == class_epoch() {
            if c.depth == ABSENT {
                return f(None);
            }
            let owner: &Class = if c.depth == 0 { self } else { &self.mro[c.depth as usize - 1] };
            if let Some((_, v)) = owner.dict.borrow().get_index(c.pos as usize) {
                return f(Some(v));
            }
        }
        f(self.lookup_dunder(which).as_ref())
    }

    /// True if `self` is `other` or derives from it.
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The class followed by its MRO.
    pub fn mro_with_self(self: &Rc<Self>) -> impl Iterator<Item = Rc<Class>> + '_ {
        std::iter::once(self.clone()).chain(self.mro.iter().cloned())
    }
}

/// The hash every class namespace (an [`AttrMap`], hashed with
/// `FxBuildHasher`) files `name` under: an MRO walk computes it once
/// instead of once per class (callgrind: hashing was most of a missed
/// `lookup_cached`).
#[inline]
fn name_hash(name: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(name)
}

/// `map.get_full(name)` with the name's hash already computed; keys are
/// usually the interned string itself, so the pointer is compared first.
#[inline]
fn find_hashed<'a>(map: &'a AttrMap, hash: u64, name: &str) -> Option<(usize, &'a Value)> {
    use indexmap::map::RawEntryApiV1;
    let same = |k: &Rc<str>| (k.as_ptr() == name.as_ptr() && k.len() == name.len()) || **k == *name;
    map.raw_entry_v1().from_hash_full(hash, same).map(|(i, _, v)| (i, v))
}

/// Computes the C3 linearisation of `bases` (the MRO of a new class,
/// excluding the class itself). `None` when no consistent order exists.
pub fn c3_mro(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> =
        bases.iter().map(|b| b.mro_with_self().collect()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs.iter().map(|s| s[0].clone()).find(|cand| {
            !seqs.iter().any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, cand)))
        })?;
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}
