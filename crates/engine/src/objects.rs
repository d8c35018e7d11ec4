//! Python values and the objects behind them. [`Value`] is a small enum:
//! immediates inline, everything else behind an `Rc`, so cloning a value is
//! a reference-count bump and the last drop frees (and finalises) an object
//! exactly when CPython would.

pub mod class;
pub mod dict;
pub mod exception;
pub mod function;
pub mod generator;
pub mod instance;
pub mod instance_dict;
pub mod intern;
pub mod iter;
pub mod list;
pub mod module;
pub mod native;
pub mod pystr;
pub mod range;
pub mod set;
pub mod tuple;
pub mod value;

pub use class::{Class, ClassDict, TypeTag};
pub use dict::Dict;
pub use exception::ExcData;
pub use function::{BoundMethod, Builtin, Function, NativeFn};
pub use generator::{GenKind, Generator};
pub use instance::Instance;
pub use instance_dict::InstanceDict;
pub use intern::intern;
pub use list::PyList;
pub use module::Module;
pub use pystr::PyStr;
pub use range::PyRange;
pub use set::PySet;
pub use tuple::PyTuple;
pub use value::{AttrMap, Cell, Value};
