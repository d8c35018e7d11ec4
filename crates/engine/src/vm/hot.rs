//! The builtin methods learners' loops call most — `xs.append(x)`,
//! `xs.pop()`, `d.get(k, default)` — and the functions `len(x)` and
//! `abs(x)`, run by the inner loop itself, as CPython specialises
//! `xs.append(x)` into `CALL_NO_KW_LIST_APPEND` and `len(x)` into
//! `PRECALL_NO_KW_LEN`.
//!
//! Through the general path such a call cost ~380 machine instructions
//! (callgrind, an append/pop loop): `LoadMethod` looked the name up in the
//! type through the thread's type table and the site's cache, and `Call`
//! settled the count, moved the arguments into an array, checked the
//! receiver and the argument count, and called through a function pointer.
//! Here `LoadMethod` knows the method by its interned name (a builtin
//! type's methods cannot be replaced: `list.append = f` is a TypeError),
//! and `Call` knows it by pointer, the arguments still in place. The
//! functions are known by their Rust function (each run installs its own
//! `builtins` module, so there is no one object to compare with).
//!
//! Only the cases that cannot fail or run Python code are taken: a str or
//! int key for `get` (whose hash and equality call no `__hash__`/`__eq__`),
//! a non-empty list and an in-range int index for `pop`, a str, tuple,
//! list or dict for `len`, an int (but the most negative) or a float for
//! `abs`. Anything else (an error to raise, another key, a bound method
//! called later, the same method called as `list.append(xs, x)`) takes
//! the general path, which gives the same result, so the two cannot be
//! told apart.

use super::frame::Frame;
use super::quick::{plain_dict_find, plain_key_hash, push_under_top};
use crate::objects::{intern, Builtin, Value};
use std::rc::Rc;

/// The methods, with the interned names a `LoadMethod` site finds them
/// by: one per thread, as the builtin types are.
struct HotMethods {
    append: Rc<str>,
    pop: Rc<str>,
    get: Rc<str>,
    list_append: Rc<Builtin>,
    list_pop: Rc<Builtin>,
    dict_get: Rc<Builtin>,
}

impl HotMethods {
    /// Taken from the builtin types' namespaces, so what `LoadMethod` pushes
    /// is the very object the general lookup finds: a `Call` that turns to
    /// the general path (a wrong argument count) calls the same method.
    fn new() -> Self {
        let t = crate::types::types();
        let method = |class: &crate::objects::Class, name: &str| match class.dict.borrow().get(name) {
            Some(Value::Builtin(b)) => Rc::clone(b),
            _ => unreachable!("the builtin types define {name}"),
        };
        Self {
            append: intern("append"),
            pop: intern("pop"),
            get: intern("get"),
            list_append: method(&t.list, "append"),
            list_pop: method(&t.list, "pop"),
            dict_get: method(&t.dict, "get"),
        }
    }
}

thread_local! {
    static HOT: HotMethods = HotMethods::new();
}

/// `LoadMethod(i)` of `append`/`pop` on a list or `get` on a dict:
/// `[obj] -> [method, obj]`. `false`: any other case, nothing changed.
#[inline(always)]
pub(super) fn load_method(frame: &mut Frame, i: u32) -> bool {
    let name = &frame.code.names[i as usize];
    let found = HOT.with(|hot| match frame.stack.last() {
        Some(Value::List(_)) if Rc::ptr_eq(name, &hot.append) => Some(Rc::clone(&hot.list_append)),
        Some(Value::List(_)) if Rc::ptr_eq(name, &hot.pop) => Some(Rc::clone(&hot.list_pop)),
        Some(Value::Dict(_)) if Rc::ptr_eq(name, &hot.get) => Some(Rc::clone(&hot.dict_get)),
        _ => None,
    });
    let Some(method) = found else { return false };
    push_under_top(&mut frame.stack, Value::Builtin(method));
    true
}

/// `Call(n)` of one of the methods as `LoadMethod` left it, `[method,
/// receiver, args..]`, in a case that cannot fail: the result replaces the
/// three (or more) slots. `false`: anything else, nothing changed. What
/// the call drops (a temporary receiver, an unused default) may queue a
/// finaliser; the caller checks.
#[inline(always)]
pub(super) fn call(frame: &mut Frame, n: u32) -> bool {
    // Only a list or dict receiver can be one of the methods, and only an
    // empty self slot and one argument one of the functions: the calls
    // of anything else are turned away here, in line.
    let at = frame.stack.len() - n as usize - 2;
    match frame.stack[at + 1] {
        Value::List(_) | Value::Dict(_) => HOT.with(|hot| call_method(&mut frame.stack, hot, at)),
        Value::Null if n == 1 => call_function(&mut frame.stack, at),
        _ => false,
    }
}

/// [`call`] of `len(x)` or `abs(x)`: `[function, NULL, x]` at `at`.
#[inline(never)]
fn call_function(stack: &mut Vec<Value>, at: usize) -> bool {
    let Value::Builtin(b) = &stack[at] else { return false };
    let x = &stack[at + 2];
    let result = if std::ptr::fn_addr_eq(b.func, crate::builtins::functions::len as crate::objects::NativeFn) {
        let n = match x {
            Value::Str(s) => s.char_len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Dict(d) => d.borrow().len(),
            _ => return false,
        };
        Value::Int(n as i64)
    } else if std::ptr::fn_addr_eq(b.func, crate::builtins::functions::abs as crate::objects::NativeFn) {
        match x {
            Value::Int(i) if *i != i64::MIN => Value::Int(i.abs()),
            Value::Float(f) => Value::Float(f.abs()),
            _ => return false,
        }
    } else {
        return false;
    };
    // The function, the empty self slot and the argument.
    stack.truncate(at);
    stack.push(result);
    true
}

/// [`call`] of the method at `at`.
#[inline(never)]
fn call_method(stack: &mut Vec<Value>, hot: &HotMethods, at: usize) -> bool {
    let Value::Builtin(b) = &stack[at] else { return false };
    let result = if Rc::ptr_eq(b, &hot.list_append) {
        let [Value::List(l), _] = &stack[at + 1..] else { return false };
        let full = {
            let items = l.borrow();
            items.len() == items.capacity()
        };
        if full && super::memory::over_limit() {
            return false;
        }
        list_append(stack)
    } else if Rc::ptr_eq(b, &hot.list_pop) {
        match list_pop(&stack[at + 1..]) {
            Some(v) => v,
            None => return false,
        }
    } else if Rc::ptr_eq(b, &hot.dict_get) {
        match dict_get(stack, at + 1) {
            Some(v) => v,
            None => return false,
        }
    } else {
        return false;
    };
    // The method, the receiver and what arguments are left.
    stack.truncate(at);
    stack.push(result);
    true
}

/// `[.., list, x]`: `x` moves onto the end of the list. (Over the memory
/// budget when the list must grow, [`call_method`] leaves it to the general path,
/// as the quick `BuildList` does: the run's poll, which only runs between
/// quick stretches, then gets its chance to end the run.)
#[inline(always)]
fn list_append(stack: &mut Vec<Value>) -> Value {
    let x = stack.pop().expect("matched by the caller");
    let Some(Value::List(l)) = stack.last() else { unreachable!("matched by the caller") };
    l.borrow_mut().push(x);
    Value::None
}

/// `[list]` or `[list, i]` for an int index in range: the item it
/// removes. `None`: an empty list or another index, whose error (or
/// `__index__`) the general path gives.
#[inline(always)]
fn list_pop(args: &[Value]) -> Option<Value> {
    let (l, i) = match args {
        [Value::List(l)] => (l, -1),
        [Value::List(l), Value::Int(i)] => (l, *i),
        _ => return None,
    };
    let mut items = l.borrow_mut();
    let len = items.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return None;
    }
    Some(if j == len - 1 { items.pop()? } else { items.remove(j as usize) })
}

/// `[dict, key]` or `[dict, key, default]` from `at`, for a str or int
/// key: the value found, else the default (moved out of its slot), else
/// None. `None`: another key or probe (see [`plain_dict_find`]).
#[inline(always)]
fn dict_get(stack: &mut [Value], at: usize) -> Option<Value> {
    let ([Value::Dict(d), key] | [Value::Dict(d), key, _]) = &stack[at..] else { return None };
    let h = plain_key_hash(key)?;
    let found = {
        let d = d.borrow();
        match plain_dict_find(&d, h, key).ok()? {
            Some(slot) => Some(d.value_at(slot).clone()),
            None => None,
        }
    };
    Some(match found {
        Some(v) => v,
        None => stack.get_mut(at + 2).map(std::mem::take).unwrap_or(Value::None),
    })
}
