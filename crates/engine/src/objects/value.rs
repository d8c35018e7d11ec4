//! The [`Value`] enum.
//!
//! Cloning is cheap (a copy or an `Rc` bump). Identity (`is`) compares the
//! immediate or the pointer. `Null` is a VM-internal marker (unbound local,
//! the "no self" slot of a call) and never reaches Python code.

use super::*;
use crate::objects::iter::PyIter;
use crate::objects::native::NativeObject;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

/// Attribute namespaces: insertion-ordered, keyed by interned names.
pub type AttrMap = indexmap::IndexMap<Rc<str>, Value, rustc_hash::FxBuildHasher>;

/// A closure cell shared between a scope and the functions defined in it.
pub type Cell = Rc<RefCell<Value>>;

/// A Python value.
///
/// The tag is a whole word (`repr(u64)`), so every payload starts at byte
/// 8 and a value moves as three aligned words. With a one-byte tag, `Bool`
/// kept its payload at byte 1 and LLVM moved values as a byte, two
/// overlapping 4-byte pieces and two words; reading such a value back as
/// 16 bytes missed store forwarding, a stall per push/pop pair (perf, a
/// loop of `b.x *= 1`: 16% of its time on the two pops of a `StoreAttr`).
#[derive(Clone, Default)]
#[repr(u64)]
pub enum Value {
    /// VM-internal: "nothing here" (never visible to Python).
    #[default]
    Null,
    /// `None`.
    None,
    /// `NotImplemented`.
    NotImplemented,
    /// `...`.
    Ellipsis,
    /// `True`/`False`.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// Any other int; always normalised (never fits in `i64`).
    BigInt(Rc<BigInt>),
    /// `float`.
    Float(f64),
    /// `str`.
    Str(Rc<PyStr>),
    /// `bytes`.
    Bytes(Rc<[u8]>),
    /// `bytearray`: shared and mutable, like a list.
    ByteArray(Rc<RefCell<Vec<u8>>>),
    /// `tuple`.
    Tuple(super::PyTuple),
    /// `list`.
    List(Rc<RefCell<super::PyList>>),
    /// `dict`.
    Dict(Rc<RefCell<Dict>>),
    /// `set`.
    Set(Rc<RefCell<PySet>>),
    /// `frozenset`.
    FrozenSet(Rc<PySet>),
    /// `range(start, stop, step)`.
    Range(Rc<PyRange>),
    /// `slice(start, stop, step)`.
    Slice(Rc<[Value; 3]>),
    /// A Python function.
    Function(Rc<Function>),
    /// A function bound to its first argument (methods).
    BoundMethod(Rc<BoundMethod>),
    /// A function written in Rust.
    Builtin(Rc<Builtin>),
    /// A class (builtin type or user class).
    Class(Rc<Class>),
    /// An instance of a user class (or of a builtin exception).
    Instance(Rc<Instance>),
    /// A module.
    Module(Rc<Module>),
    /// A generator, coroutine or async generator.
    Generator(Rc<Generator>),
    /// Builtin iterators (list_iterator, map, zip, ...).
    Iter(Rc<RefCell<PyIter>>),
    /// A closure cell (only inside closures' tuples).
    Cell(Cell),
    /// Objects of the standard library written in Rust (deque, Task, ...).
    Native(Rc<dyn NativeObject>),
    /// A code object (a constant of the enclosing code, for `MakeFunction`).
    Code(Rc<crate::bytecode::code::Code>),
}

const _: () = assert!(std::mem::size_of::<Value>() <= 24);
const _: () = assert!(std::mem::size_of::<Option<Value>>() <= 24);

impl Value {
    /// A new `str` value.
    pub fn str(s: impl Into<String>) -> Value {
        Value::Str(Rc::new(PyStr::new(s.into())))
    }

    /// A new `list` value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items.into())))
    }

    /// A new `tuple` value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(items.into())
    }

    /// A new 2-tuple (`(key, value)` of `dict.items()`, `divmod`): one
    /// allocation, where [`Value::tuple`] fills a vector first.
    pub fn pair(a: Value, b: Value) -> Value {
        Value::Tuple([a, b].into())
    }

    /// A new `dict` value.
    pub fn dict(d: Dict) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }

    /// An int from a big integer, normalised to `Int` when it fits.
    pub fn from_bigint(n: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(n)),
        }
    }

    /// Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) | (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the object behind the value, if it has one (for `id`).
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const () as usize,
            Str(r) => Rc::as_ptr(r) as *const () as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const () as usize,
            Tuple(r) => Rc::as_ptr(r.rc()) as *const Value as usize,
            List(r) => Rc::as_ptr(r) as *const () as usize,
            Dict(r) => Rc::as_ptr(r) as *const () as usize,
            Set(r) => Rc::as_ptr(r) as *const () as usize,
            FrozenSet(r) => Rc::as_ptr(r) as *const () as usize,
            Range(r) => Rc::as_ptr(r) as *const () as usize,
            Slice(r) => Rc::as_ptr(r) as *const () as usize,
            Function(r) => Rc::as_ptr(r) as *const () as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const () as usize,
            Builtin(r) => Rc::as_ptr(r) as *const () as usize,
            Class(r) => Rc::as_ptr(r) as *const () as usize,
            Instance(r) => Rc::as_ptr(r) as *const () as usize,
            Module(r) => Rc::as_ptr(r) as *const () as usize,
            Generator(r) => Rc::as_ptr(r) as *const () as usize,
            Iter(r) => Rc::as_ptr(r) as *const () as usize,
            Cell(r) => Rc::as_ptr(r) as *const () as usize,
            Native(r) => Rc::as_ptr(r) as *const () as usize,
            Code(r) => Rc::as_ptr(r) as *const () as usize,
            _ => return Option::None,
        })
    }

    /// `Some(&str)` for `str` values.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// True for `Null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// True for `None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// True for values that own no reference (`Null`, `None`, bools,
    /// small ints, floats, ...): dropping one frees nothing and runs no
    /// finaliser, so hot paths may forget it instead of calling the drop
    /// glue.
    #[inline(always)]
    pub fn is_immediate(&self) -> bool {
        matches!(self, Value::Null | Value::None | Value::NotImplemented | Value::Ellipsis | Value::Bool(_) | Value::Int(_) | Value::Float(_))
    }

    /// `clone`, with the values hot paths move most (ints, floats,
    /// instances, strings) copied inline: the derived `clone` is an
    /// out-of-line call through a jump table (~11 machine instructions a
    /// value; callgrind, method_calls: 1.1M of them for `LoadFast self`).
    #[inline(always)]
    pub fn clone_hot(&self) -> Value {
        match self {
            Value::Int(n) => Value::Int(*n),
            Value::Float(x) => Value::Float(*x),
            Value::Instance(i) => Value::Instance(Rc::clone(i)),
            Value::Str(s) => Value::Str(Rc::clone(s)),
            other => other.clone(),
        }
    }

    /// Drops the value, with an instance's count moved inline and
    /// immediates skipping the drop glue (an out-of-line call otherwise).
    /// The same effect as `drop`, finalisers included.
    #[inline(always)]
    pub fn drop_hot(self) {
        match self {
            Value::Instance(i) => drop(i),
            v if v.is_immediate() => std::mem::forget(v),
            v => drop(v),
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::str(s)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::str(s)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "<null>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            _ => write!(f, "<value>"),
        }
    }
}
