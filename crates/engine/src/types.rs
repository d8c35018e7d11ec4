//! The builtin type objects (`int`, `str`, `list`, ..., the exception
//! hierarchy), created once per thread and reachable from anywhere through
//! [`types()`], so that building an exception needs no VM handle.

use crate::objects::{AttrMap, Class, TypeTag};
use std::collections::HashMap;
use std::rc::Rc;

/// Every builtin class the engine refers to by name.
#[allow(missing_docs)]
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub generator: Rc<Class>,
    pub coroutine: Rc<Class>,
    pub async_generator: Rc<Class>,
    pub iterator: Rc<Class>,
    pub cell: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    /// Exceptions by name (`ValueError`, ...).
    pub exc: HashMap<&'static str, Rc<Class>>,
}

/// (name, base) of every builtin exception, parents before children.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Creates a builtin class deriving from `bases`.
pub fn new_class(name: &str, module: &str, bases: &[Rc<Class>], tag: TypeTag, is_builtin: bool) -> Rc<Class> {
    let mro = crate::objects::class::c3_mro(bases).unwrap_or_default();
    Rc::new(Class {
        name: name.into(),
        qualname: name.into(),
        module: module.into(),
        bases: bases.to_vec(),
        mro,
        dict: crate::objects::ClassDict::new(AttrMap::default()),
        tag,
        is_builtin,
    })
}

impl Types {
    fn build() -> Types {
        let object = new_class("object", "builtins", &[], TypeTag::Object, true);
        let ty = |name: &str, tag| new_class(name, "builtins", &[object.clone()], tag, true);
        let int = ty("int", TypeTag::Int);
        let bool_ = new_class("bool", "builtins", &[int.clone()], TypeTag::Bool, true);
        let mut exc: HashMap<&'static str, Rc<Class>> = HashMap::new();
        for (name, base) in EXCEPTIONS {
            let bases: Vec<Rc<Class>> = if base.is_empty() {
                vec![object.clone()]
            } else if *name == "ExceptionGroup" {
                vec![exc["BaseExceptionGroup"].clone(), exc["Exception"].clone()]
            } else {
                vec![exc[base].clone()]
            };
            exc.insert(name, new_class(name, "builtins", &bases, TypeTag::BaseException, true));
        }
        Types {
            type_: ty("type", TypeTag::Type),
            none: ty("NoneType", TypeTag::NoneType),
            not_implemented: ty("NotImplementedType", TypeTag::NotImplementedType),
            ellipsis: ty("ellipsis", TypeTag::Ellipsis),
            bool_,
            int,
            float: ty("float", TypeTag::Float),
            str_: ty("str", TypeTag::Str),
            bytes: ty("bytes", TypeTag::Bytes),
            bytearray: ty("bytearray", TypeTag::ByteArray),
            tuple: ty("tuple", TypeTag::Tuple),
            list: ty("list", TypeTag::List),
            dict: ty("dict", TypeTag::Dict),
            set: ty("set", TypeTag::Set),
            frozenset: ty("frozenset", TypeTag::FrozenSet),
            range: ty("range", TypeTag::Range),
            slice: ty("slice", TypeTag::Slice),
            function: ty("function", TypeTag::Function),
            builtin_function: ty("builtin_function_or_method", TypeTag::BuiltinFunction),
            method: ty("method", TypeTag::Method),
            module: ty("module", TypeTag::Module),
            generator: ty("generator", TypeTag::Generator),
            coroutine: ty("coroutine", TypeTag::Coroutine),
            async_generator: ty("async_generator", TypeTag::AsyncGenerator),
            iterator: ty("iterator", TypeTag::Iterator),
            cell: ty("cell", TypeTag::Cell),
            property: ty("property", TypeTag::Property),
            staticmethod: ty("staticmethod", TypeTag::StaticMethod),
            classmethod: ty("classmethod", TypeTag::ClassMethod),
            super_: ty("super", TypeTag::Super),
            object,
            exc,
        }
    }

    /// The builtin exception class called `name`.
    pub fn exc(&self, name: &str) -> Rc<Class> {
        self.exc.get(name).cloned().unwrap_or_else(|| self.exc["Exception"].clone())
    }
}

thread_local! {
    static TYPES: Rc<Types> = {
        let t = Rc::new(Types::build());
        crate::builtins::install_type_methods(&t);
        t
    };
}

/// The builtin types of this thread.
pub fn types() -> Rc<Types> {
    TYPES.with(Rc::clone)
}

/// Runs `f` on the builtin types of this thread without taking a
/// reference to them (for the VM's quick paths, where the count's
/// increment and decrement show).
#[inline]
pub fn with_types<R>(f: impl FnOnce(&Types) -> R) -> R {
    TYPES.with(|t| f(t))
}
