//! Calls: binding arguments to parameters with CPython's error messages,
//! pushing frames for Python functions, running Rust functions, creating
//! instances, building functions and classes.

use super::exceptions::{exc_data, type_error};
use super::frame::{Frame, ReturnMode};
use super::{Exit, PyResult, Unwind, Vm};
use crate::bytecode::code::{Code, CodeKind};
use crate::objects::function::Kwargs;
use crate::objects::generator::GenKind;
use crate::objects::class::Dunder;
use crate::objects::{AttrMap, Class, Dict, Function, Generator, Instance, TypeTag, Value};
use crate::types::types;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// `Call(n)` / `CallKw(n)`: `[callable, self_or_null, args.., names?]`.
    pub(super) fn call_from_stack(&mut self, n: usize, kwnames: Option<Value>) -> PyResult<()> {
        if let Some(Value::Tuple(names)) = &kwnames {
            if super::quick::call_kw(&mut self.frames, &mut self.frame_pool, self.limits.recursion, n, names) {
                return Ok(());
            }
        }
        if kwnames.is_none() {
            // By the callable's kind first: a Rust function (the usual
            // callable here) then pays for no test of the class cases.
            let f = self.frames.last().expect("a running frame");
            #[expect(clippy::collapsible_match, reason = "as guards, the calls would overlap the borrow of the stack")]
            match &f.stack[f.stack.len() - n - 2] {
                Value::Builtin(b) if b.receiver.is_none() && !matches!(b.owner.as_deref(), Some("generator" | "coroutine")) => {
                    return self.call_builtin_fast(n);
                }
                Value::Function(_) => {
                    if self.call_function_quick(n) {
                        return Ok(());
                    }
                }
                Value::Class(_) => {
                    if n == 1 && (self.call_type_of() || self.call_str_of_int()) {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        self.call_general(n, kwnames)
    }

    /// The rest of [`Self::call_from_stack`]: arguments in a vector,
    /// through `invoke`. Out of line, so that the quick cases above pay
    /// for none of its frame (~0x2e8 bytes of stack and every register
    /// saved).
    #[inline(never)]
    fn call_general(&mut self, n: usize, kwnames: Option<Value>) -> PyResult<()> {
        // The receiver (when `LoadMethod` left one) goes first: one vector
        // of the right size, instead of inserting it at the front later.
        let f = self.frame();
        let at = f.stack.len() - n;
        let has_receiver = !f.stack[at - 1].is_null();
        let mut args = Vec::with_capacity(n + has_receiver as usize);
        if has_receiver {
            args.push(std::mem::take(&mut f.stack[at - 1]));
        }
        args.extend(f.stack.drain(at..));
        f.stack.pop();
        let callable = f.pop();
        let mut kwargs = Kwargs::new();
        if let Some(Value::Tuple(names)) = kwnames {
            let split = args.len() - names.len();
            let values = args.split_off(split);
            for (name, v) in names.iter().zip(values) {
                if let Value::Str(s) = name {
                    kwargs.push((s.as_str().into(), v));
                }
            }
        }
        if let Some(v) = self.invoke(&callable, args, kwargs, false)? {
            self.frame().push(v);
        }
        Ok(())
    }

    /// `type(x)`: `[type, NULL, x] -> [type of x]`, what `type.__new__`
    /// answers for one argument, without the argument vectors of a class
    /// call (asyncio asks `type(...)` a dozen times a task). `false`: not
    /// that call, nothing changed.
    fn call_type_of(&mut self) -> bool {
        let f = self.frames.last_mut().expect("a running frame");
        let at = f.stack.len() - 3;
        let Value::Class(c) = &f.stack[at] else { return false };
        if !f.stack[at + 1].is_null() || !Rc::ptr_eq(c, &types().type_) {
            return false;
        }
        let arg = f.stack.pop().unwrap_or_default();
        f.stack.truncate(at);
        let cls = self.type_of(&arg);
        self.frame().push(Value::Class(cls));
        true
    }

    /// `str(i)` of a small int: `[str, NULL, i] -> [decimal text]`, what
    /// `Vm::instantiate`'s one-argument `str` case gives, without the
    /// argument vector and `str_of`'s dispatch (string_build.py converts
    /// 10⁵ ints this way). `false`: not that call, nothing changed.
    fn call_str_of_int(&mut self) -> bool {
        let f = self.frames.last_mut().expect("a running frame");
        let at = f.stack.len() - 3;
        let [Value::Class(c), Value::Null, Value::Int(i)] = &f.stack[at..] else { return false };
        if !Rc::ptr_eq(c, &types().str_) {
            return false;
        }
        let text = Value::str(i.to_string());
        f.stack.truncate(at);
        f.stack.push(text);
        true
    }

    /// [`super::quick::call_function`] on this VM's fiber and frame pool.
    pub(super) fn call_function_quick(&mut self, n: usize) -> bool {
        super::quick::call_function(&mut self.frames, &mut self.frame_pool, self.limits.recursion, n)
    }

    /// `Call(n)` of an unbound Rust function (a builtin, or a method found
    /// by `LoadMethod` with its receiver in the self slot): the arguments
    /// go to it in [`Vm::arg_buf`], reused from call to call.
    pub(super) fn call_builtin_fast(&mut self, n: usize) -> PyResult<()> {
        let f = self.frames.last().expect("a running frame");
        let at = f.stack.len() - n - 2;
        // The commonest calls (`abs(x)`, `xs.append(x)`, `d.get(k, v)`)
        // pass their arguments in an array on the Rust stack: no vector to
        // lend, fill and clear (callgrind, a loop of `abs(i)`: ~250 machine
        // instructions a call before).
        match n + !f.stack[at + 1].is_null() as usize {
            1 => return self.call_builtin_with::<1>(at),
            2 => return self.call_builtin_with::<2>(at),
            3 => return self.call_builtin_with::<3>(at),
            _ => {}
        }
        let mut args = std::mem::take(&mut self.arg_buf);
        let f = self.frames.last_mut().expect("a running frame");
        let at = f.stack.len() - n - 2;
        let start = if f.stack[at + 1].is_null() { at + 2 } else { at + 1 };
        // Moved one by one (`drain` into `extend` cost ~140 machine
        // instructions a call for two arguments); the emptied slots, the
        // self slot and the callable then leave the stack.
        for v in &mut f.stack[start..] {
            args.push(std::mem::take(v));
        }
        let b = pop_rust_callable(&mut f.stack, at);
        unwrap_builtin_receiver(&b, &mut args);
        let r = (b.func)(self, &args, NO_KWARGS);
        args.clear();
        if self.arg_buf.capacity() < args.capacity() {
            // Usually the empty vector `take` left, which owns no buffer:
            // forgotten rather than sent through the drop glue (an
            // out-of-line call, ~26 machine instructions).
            let old = std::mem::replace(&mut self.arg_buf, args);
            if old.capacity() == 0 {
                std::mem::forget(old);
            }
        }
        let v = r?;
        self.frame().push(v);
        Ok(())
    }

    /// [`Self::call_builtin_fast`] of `N` arguments (the receiver in the
    /// self slot included) for the Rust function at `at`: they move into
    /// an array; the emptied slots (and a NULL self slot) are forgotten,
    /// owning nothing.
    #[inline(always)]
    fn call_builtin_with<const N: usize>(&mut self, at: usize) -> PyResult<()> {
        let f = self.frames.last_mut().expect("a running frame");
        let start = f.stack.len() - N;
        let mut args: [Value; N] = std::array::from_fn(|k| std::mem::take(&mut f.stack[start + k]));
        let b = pop_rust_callable(&mut f.stack, at);
        unwrap_builtin_receiver(&b, &mut args);
        let r = (b.func)(self, &args, NO_KWARGS);
        for v in args {
            v.drop_hot();
        }
        let v = r?;
        self.frame().push(v);
        Ok(())
    }

    /// `CallFunctionEx`: `[callable, self_or_null, args, kwargs?]`.
    pub(super) fn call_ex(&mut self, has_kwargs: bool) -> PyResult<()> {
        let f = self.frame();
        let kw = if has_kwargs { Some(f.pop()) } else { None };
        let argv = f.pop();
        let receiver = f.pop();
        let callable = f.pop();
        let mut args = match argv {
            Value::Tuple(t) => t.to_vec(),
            other => self.collect(&other)?,
        };
        if !receiver.is_null() {
            args.insert(0, receiver);
        }
        let mut kwargs = Kwargs::new();
        if let Some(Value::Dict(d)) = kw {
            for (k, v) in d.borrow().keys().zip(d.borrow().values()) {
                match k {
                    Value::Str(s) => kwargs.push((s.as_str().into(), v.clone())),
                    _ => return Err(type_error("keywords must be strings")),
                }
            }
        }
        if let Some(v) = self.invoke(&callable, args, kwargs, false)? {
            self.frame().push(v);
        }
        Ok(())
    }

    /// Calls `callable` from Rust and runs it to completion.
    pub fn call(&mut self, callable: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_kw(callable, args, Kwargs::new())
    }

    /// Calls `callable` with keyword arguments from Rust, to completion.
    pub fn call_kw(&mut self, callable: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        match self.invoke(callable, args, kwargs, true)? {
            Some(v) => Ok(v),
            None => Err(Unwind::Stop(super::exceptions::StopReason::Internal("nested call pushed a frame".into()))),
        }
    }

    /// Instructions a nested run (a Rust caller waits) may execute: what is
    /// left of the run's limit, so an endless `__repr__` or key function
    /// ends with the instruction-limit notice instead of hanging.
    pub fn nested_budget(&self) -> u64 {
        self.limits.instructions.saturating_sub(self.steps + self.rust_steps)
    }

    /// Runs a frame to completion in a nested loop (a Rust caller waits).
    pub fn run_nested(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        frame.mode = ReturnMode::Boundary;
        self.push_frame(frame)?;
        let base = self.frames.len() - 1;
        let mut budget = self.nested_budget();
        match self.run(base, &mut budget) {
            Ok(Exit::Return(v)) => Ok(v),
            Ok(Exit::OutOfBudget) => {
                self.frames.truncate(base);
                Err(Unwind::Stop(super::exceptions::StopReason::InstructionLimit))
            }
            Ok(_) => Err(type_error("cannot suspend here")),
            Err(e) => {
                self.frames.truncate(base);
                Err(e)
            }
        }
    }

    /// Calls anything callable. Returns `Some(result)`, or `None` when a
    /// frame was pushed whose result the caller's stack will receive
    /// (only when `nested` is false).
    pub fn invoke(&mut self, callable: &Value, mut args: Vec<Value>, kwargs: Kwargs, nested: bool) -> PyResult<Option<Value>> {
        match callable {
            Value::Function(func) => {
                let mut frame = self.make_frame(func, args, kwargs)?;
                if let Some(kind) = gen_kind(frame.code.kind) {
                    // A generator holds its frame while suspended (10⁵ tasks
                    // hold 10⁵): no more room than `generator_capacity`
                    // stays with it (binding may have reserved more).
                    frame.stack.shrink_to(Frame::generator_capacity(&frame.code));
                    frame.cells.shrink_to_fit();
                    frame.blocks.shrink_to_fit();
                    let name = func.name.borrow().clone();
                    let qualname = func.qualname.borrow().clone();
                    let gen = Generator::new(kind, name, qualname, frame);
                    return Ok(Some(Value::Generator(Rc::new(gen))));
                }
                if nested {
                    return self.run_nested(frame).map(Some);
                }
                self.push_frame(frame)?;
                Ok(None)
            }
            Value::BoundMethod(bm) => {
                args.insert(0, bm.receiver.clone());
                let func = bm.func.clone();
                self.invoke(&func, args, kwargs, nested)
            }
            Value::Builtin(b) => {
                if let Some(r) = &b.receiver {
                    args.insert(0, r.clone());
                }
                unwrap_builtin_receiver(b, &mut args);
                if !nested && kwargs.is_empty() {
                    if let Some(pushed) = self.resume_in_fiber(b, &args)? {
                        return Ok(pushed);
                    }
                }
                (b.func)(self, &args, &kwargs).map(Some)
            }
            Value::Class(c) => self.instantiate(c, args, kwargs, nested),
            Value::Instance(_) | Value::Native(_) => {
                let cls = self.type_of(callable);
                match cls.lookup("__call__") {
                    Some(m) => {
                        args.insert(0, callable.clone());
                        self.invoke(&m, args, kwargs, nested)
                    }
                    None => Err(type_error(format!("'{}' object is not callable", cls.name))),
                }
            }
            _ => {
                let tn = self.type_name(callable);
                Err(type_error(format!("'{tn}' object is not callable")))
            }
        }
    }

    /// Builds the frame for a call of `func`, binding the arguments.
    pub fn make_frame(&mut self, func: &Rc<Function>, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Box<Frame>> {
        let mut frame = if gen_kind(func.code.kind).is_some() {
            // A generator keeps its frame while suspended, with buffers
            // sized to fit (see `invoke`): a fresh one that small, rather
            // than a pooled one to shrink (a reallocation each).
            Box::new(Frame::for_generator(func.code.clone(), func.globals.clone()))
        } else {
            let mut frame = self.frame_pool.alloc(&func.code, &func.globals);
            frame.stack.reserve(func.code.nlocals() + func.code.max_stack as usize);
            frame
        };
        // The frame's values are empty and it owns them: the locals are
        // bound at 0, the operand stack goes above them.
        bind_args(func, args, kwargs, &mut frame.stack)?;
        let code = &func.code;
        for p in &code.cell_params {
            let init = p.map(|i| frame.stack[i as usize].clone()).unwrap_or(Value::Null);
            frame.cells.push(Rc::new(RefCell::new(init)));
        }
        frame.cells.extend(func.closure.iter().cloned());
        frame.func = Some(func.clone());
        Ok(frame)
    }

    /// `Class(...)`: `__new__` then `__init__`, or a builtin constructor.
    fn instantiate(&mut self, cls: &Rc<Class>, args: Vec<Value>, kwargs: Kwargs, nested: bool) -> PyResult<Option<Value>> {
        if cls.is_builtin && cls.tag != TypeTag::BaseException {
            if args.len() == 1 && kwargs.is_empty() && cls.tag == TypeTag::Type && Rc::ptr_eq(cls, &crate::types::types().type_) {
                // `type(x)`, as common as `isinstance` in library code: the
                // class without looking up `type.__new__` and building its
                // argument vector.
                return Ok(Some(Value::Class(self.type_of(&args[0]))));
            }
            if args.len() == 1 && kwargs.is_empty() && Rc::ptr_eq(cls, &crate::types::types().str_) {
                // `str(x)`, the commonest conversion: `str.__new__`'s
                // one-argument case without its argument vector. An exact
                // str is returned as it is (`str(s) is s`, as in CPython).
                return Ok(Some(match &args[0] {
                    Value::Str(_) => args[0].clone(),
                    other => Value::str(self.str_of(other)?),
                }));
            }
            let ctor = cls.lookup_dunder(Dunder::New).ok_or_else(|| type_error(format!("cannot create '{}' instances", cls.name)))?;
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(Value::Class(cls.clone()));
            a.extend(args);
            return self.invoke(&ctor, a, kwargs, true);
        }
        let instance = self.new_instance(cls, &args, &kwargs)?;
        if !matches!(&instance, Value::Instance(i) if i.class.is_subclass(cls)) {
            return Ok(Some(instance));
        }
        let init = cls.lookup_dunder(Dunder::Init);
        match init {
            Some(Value::Function(f)) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(instance.clone());
                a.extend(args);
                if gen_kind(f.code.kind).is_some() {
                    // A generator (or `async def`) `__init__` returns its
                    // generator object, never None: made by the call, then
                    // refused, as CPython does. (Pushed as a plain frame,
                    // its `yield` ran in the caller's place.)
                    let made = self.invoke(&Value::Function(f.clone()), a, kwargs, true)?.unwrap_or(Value::None);
                    let tn = self.type_name(&made);
                    // Freed before the error leaves, as CPython frees it:
                    // a coroutine's "never awaited" warning names this line.
                    drop(made);
                    if super::finalize::pending() {
                        self.run_finalizers()?;
                    }
                    return Err(type_error(format!("__init__() should return None, not '{tn}'")));
                }
                let mut frame = self.make_frame(&f, a, kwargs)?;
                if nested {
                    let r = self.run_nested(frame)?;
                    if !r.is_none() {
                        let tn = self.type_name(&r);
                        return Err(type_error(format!("__init__() should return None, not '{tn}'")));
                    }
                    return Ok(Some(instance));
                }
                frame.mode = ReturnMode::Init(instance);
                self.push_frame(frame)?;
                Ok(None)
            }
            Some(other) if !is_object_init(&other) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(instance.clone());
                a.extend(args);
                self.invoke(&other, a, kwargs, true)?;
                Ok(Some(instance))
            }
            _ => {
                let has_new = cls.lookup_dunder(Dunder::New).is_some();
                if (!args.is_empty() || !kwargs.is_empty()) && !has_new && cls.tag == TypeTag::Object {
                    return Err(type_error(format!("{}() takes no arguments", cls.name)));
                }
                Ok(Some(instance))
            }
        }
    }

    /// `__new__`: a user override, or a fresh instance.
    fn new_instance(&mut self, cls: &Rc<Class>, args: &[Value], kwargs: &Kwargs) -> PyResult<Value> {
        if let Some(new) = cls.lookup_dunder(Dunder::New) {
            let new = match &new {
                Value::Native(n) => crate::builtins::descriptors::unwrap_staticmethod(n).unwrap_or(new.clone()),
                _ => new.clone(),
            };
            if let Value::Function(_) = new {
                let mut a = vec![Value::Class(cls.clone())];
                a.extend(args.iter().cloned());
                return self.call_kw(&new, a, kwargs.clone());
            }
            if let Value::Builtin(b) = &new {
                if !cls.is_builtin && matches!(b.owner.as_deref(), Some("str" | "int" | "float" | "bytes" | "tuple" | "frozenset")) {
                    // `class S(str)`: the value comes from the arguments, as
                    // the immutable type's `__new__` makes it (`S("hi")`
                    // wrapped an empty string before).
                    let mut a = vec![Value::Class(cls.clone())];
                    a.extend(args.iter().cloned());
                    return self.call_kw(&new, a, kwargs.clone());
                }
            }
        }
        let cls = &self.exception_group_class(cls, args)?;
        let mut inst = Instance::new(cls.clone());
        if let Some(e) = &inst.exc {
            e.borrow_mut().args = args.to_vec();
        }
        if cls.tag != TypeTag::Object && cls.tag != TypeTag::BaseException {
            inst.base = Some(Box::new(crate::builtins::empty_base_value(cls.tag)));
        }
        Ok(Value::Instance(Rc::new(inst)))
    }

    /// `BaseExceptionGroup(msg, excs)` validates its arguments and becomes
    /// an `ExceptionGroup` when every member is an `Exception`.
    fn exception_group_class(&mut self, cls: &Rc<Class>, args: &[Value]) -> PyResult<Rc<Class>> {
        if cls.tag != TypeTag::BaseException {
            return Ok(cls.clone());
        }
        let t = types();
        let base_group = t.exc("BaseExceptionGroup");
        if !cls.is_subclass(&base_group) {
            return Ok(cls.clone());
        }
        let name = cls.name.clone();
        if args.len() != 2 {
            return Err(type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len())));
        }
        if !matches!(args[0], Value::Str(_)) {
            return Err(type_error("argument 1 must be str"));
        }
        let items = self.collect(&args[1]).map_err(|_| type_error("second argument (exceptions) must be a sequence"))?;
        if items.is_empty() {
            return Err(super::exceptions::value_error("second argument (exceptions) must be a non-empty sequence"));
        }
        let exception = t.exc("Exception");
        let mut all_exceptions = true;
        for (i, e) in items.iter().enumerate() {
            match exc_data(e) {
                Some(inst) => all_exceptions &= inst.class.is_subclass(&exception),
                None => return Err(super::exceptions::value_error(format!("Item {i} of second argument (exceptions) is not an exception"))),
            }
        }
        if Rc::ptr_eq(cls, &base_group) && all_exceptions {
            return Ok(t.exc("ExceptionGroup"));
        }
        if !all_exceptions && cls.is_subclass(&exception) {
            return Err(type_error(format!("Cannot nest BaseExceptions in an {name}")));
        }
        Ok(cls.clone())
    }

    /// `MakeFunction`: `[defaults?, kwdefaults?, closure?, code] -> [function]`.
    pub(super) fn make_function(&mut self, flags: u8) -> PyResult<Value> {
        let f = self.frame();
        let code = match f.pop() {
            Value::Code(c) => c,
            _ => return Err(type_error("MakeFunction without code")),
        };
        let closure_flag = flags & 8 != 0;
        let closure = if closure_flag {
            match f.pop() {
                Value::Tuple(t) => t.iter().filter_map(|c| if let Value::Cell(c) = c { Some(c.clone()) } else { None }).collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let annotations = if flags & 4 != 0 { Some(f.pop()) } else { None };
        let kwdefaults = if flags & 2 != 0 {
            match f.pop() {
                Value::Dict(d) => d.borrow().iter().filter_map(|(_, k, v)| k.as_str().map(|k| (Rc::from(k), v.clone()))).collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let defaults = if flags & 1 != 0 {
            match f.pop() {
                Value::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let globals = f.globals.clone();
        let func = Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            dict: RefCell::new(AttrMap::default()),
        };
        if let Some(a) = annotations {
            func.dict.borrow_mut().insert("__annotations__".into(), a);
        }
        Ok(Value::Function(Rc::new(func)))
    }

    /// `BuildClass(n)`: `[body, name, bases..] -> [class]`.
    pub(super) fn build_class(&mut self, nbases: usize) -> PyResult<()> {
        let f = self.frame();
        let bases = f.pop_n(nbases);
        let name = f.pop();
        let body = f.pop();
        let Value::Function(body) = body else { return Err(type_error("class body is not a function")) };
        let name: Rc<str> = name.as_str().unwrap_or("?").into();
        let mut base_classes = Vec::new();
        for b in bases {
            match b {
                Value::Class(c) => base_classes.push(c),
                other => {
                    let tn = self.type_name(&other);
                    return Err(type_error(format!("bases must be types, not {tn}")));
                }
            }
        }
        let cls = self.create_class(&name, &body, base_classes)?;
        self.frame().push(Value::Class(cls));
        Ok(())
    }

    /// Runs a class body and creates the class from its namespace.
    pub fn create_class(&mut self, name: &Rc<str>, body: &Rc<Function>, bases: Vec<Rc<Class>>) -> PyResult<Rc<Class>> {
        let t = types();
        let bases = if bases.is_empty() { vec![t.object.clone()] } else { bases };
        let Some(mro) = crate::objects::class::c3_mro(&bases) else {
            return Err(type_error("Cannot create a consistent method resolution order (MRO)"));
        };
        let ns = Rc::new(RefCell::new(AttrMap::default()));
        let module_name = body.globals.dict.borrow().get("__name__").cloned().unwrap_or(Value::str("__main__"));
        ns.borrow_mut().insert("__module__".into(), module_name.clone());
        ns.borrow_mut().insert("__qualname__".into(), Value::str(body.code.qualname.to_string()));
        let mut frame = self.make_frame(body, vec![], Kwargs::new())?;
        frame.class_ns = Some(ns.clone());
        self.run_nested(frame)?;
        let tag = bases.iter().map(|b| b.tag).find(|t| *t != TypeTag::Object).unwrap_or(TypeTag::Object);
        let mut dict = std::mem::take(&mut *ns.borrow_mut());
        let class_cell = dict.shift_remove("__classcell__");
        // A class that defines __eq__ but not __hash__ is unhashable (type.__new__).
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert("__hash__".into(), Value::None);
        }
        let qualname: Rc<str> = dict.get("__qualname__").and_then(|q| q.as_str().map(Rc::from)).unwrap_or(name.clone());
        // The body may set `__module__` (as stdlib classes do); it wins.
        let module: Rc<str> = dict.get("__module__").and_then(|m| m.as_str().map(Rc::from)).unwrap_or_else(|| module_name.as_str().unwrap_or("__main__").into());
        let cls = Rc::new(Class {
            name: name.clone(),
            qualname,
            module,
            bases,
            mro,
            dict: crate::objects::ClassDict::new(dict),
            tag,
            is_builtin: false,
        });
        // The body stored its implicit `__class__` cell (used by zero-argument
        // super()) as `__classcell__`; CPython's type.__new__ fills it here.
        if let Some(Value::Cell(cell)) = class_cell {
            *cell.borrow_mut() = Value::Class(cls.clone());
        }
        self.init_subclass(&cls)?;
        Ok(cls)
    }

    fn init_subclass(&mut self, cls: &Rc<Class>) -> PyResult<()> {
        for base in &cls.mro {
            if base.is_builtin {
                break;
            }
            if let Some(hook) = base.dict.borrow().get("__init_subclass__").cloned() {
                let func = match &hook {
                    Value::Native(n) => crate::builtins::descriptors::unwrap_classmethod(n).unwrap_or(hook.clone()),
                    _ => hook.clone(),
                };
                self.call(&func, vec![Value::Class(cls.clone())])?;
                break;
            }
        }
        Ok(())
    }
}

impl Vm {
    /// `gen.send(v)` / `gen.throw(e)` / `next(gen)` called from Python code
    /// resume the generator on the running fiber (no Rust recursion), so an
    /// event loop written in Python can step coroutines that later suspend
    /// or run out of budget. `Some(None)`: a frame was pushed.
    fn resume_in_fiber(&mut self, b: &crate::objects::Builtin, args: &[Value]) -> PyResult<Option<Option<Value>>> {
        if !matches!(b.owner.as_deref(), Some("generator" | "coroutine")) {
            return Ok(None);
        }
        let Some(Value::Generator(g)) = args.first() else { return Ok(None) };
        if g.kind == GenKind::AsyncGenerator {
            return Ok(None);
        }
        let g = g.clone();
        let with = match &*b.name {
            "send" => super::coroutine::Resume::Send(args.get(1).cloned().unwrap_or(Value::None)),
            "__next__" => super::coroutine::Resume::Send(Value::None),
            "throw" => super::coroutine::Resume::Throw(crate::builtins::asyncgen::throw_arg(self, args)?),
            _ => return Ok(None),
        };
        self.gen_method_send(&g, with)?;
        Ok(Some(None))
    }
}

/// The keyword arguments of a call that has none, without building
/// (and dropping) an empty vector each time.
const NO_KWARGS: &Kwargs = &Vec::new();

fn is_object_init(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if b.owner.as_deref() == Some("object"))
}

fn gen_kind(kind: CodeKind) -> Option<GenKind> {
    match kind {
        CodeKind::Generator => Some(GenKind::Generator),
        CodeKind::Coroutine => Some(GenKind::Coroutine),
        CodeKind::AsyncGenerator => Some(GenKind::AsyncGenerator),
        _ => None,
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` (CPython's missing-args list).
fn name_list(names: &[Rc<str>]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// True when a call of `func` with these arguments binds by moving the
/// positional arguments into the first locals and filling the trailing
/// defaults: no keywords, no `*args`/`**kwargs`/keyword-only parameters,
/// and between the required and the total positional count. Generators
/// and coroutines too (their frames are bound here, not in the quick
/// path). Nothing in that case can raise.
fn bind_positional(func: &Function, args: &[Value], kwargs: &Kwargs) -> bool {
    let code = &func.code;
    let argcount = code.argcount as usize;
    kwargs.is_empty()
        && !code.varargs
        && !code.varkw
        && code.kwonly == 0
        && args.len() <= argcount
        && args.len() + func.defaults.len() >= argcount
}

/// Binds call arguments to the fast locals of `func`, as CPython's
/// `initialize_locals` does, with its error messages.
/// `locals` arrives empty and leaves with `code.nlocals()` slots.
fn bind_args(func: &Function, args: Vec<Value>, kwargs: Kwargs, locals: &mut Vec<Value>) -> PyResult<()> {
    if bind_positional(func, &args, &kwargs) {
        let argcount = func.code.argcount as usize;
        let (nargs, ndef) = (args.len(), func.defaults.len());
        locals.reserve(func.code.nlocals());
        locals.extend(args);
        if nargs < argcount {
            locals.extend(func.defaults[ndef - (argcount - nargs)..].iter().cloned());
        }
        locals.resize(func.code.nlocals(), Value::Null);
        return Ok(());
    }
    let code: &Code = &func.code;
    let qual = func.qualname.borrow().clone();
    let argcount = code.argcount as usize;
    let kwonly = code.kwonly as usize;
    locals.resize(code.nlocals(), Value::Null);
    let npos = args.len();
    if npos > argcount && !code.varargs {
        let ndef = func.defaults.len();
        let given_kw = kwargs.iter().filter(|(k, _)| code.varnames[..argcount].iter().any(|v| v == k)).count();
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", argcount - ndef, argcount)
        } else {
            plural(argcount, "positional argument")
        };
        let given = if given_kw > 0 {
            format!("{npos} positional argument{} (and {} keyword-only argument{})", if npos == 1 { "" } else { "s" }, given_kw, if given_kw == 1 { "" } else { "s" })
        } else {
            format!("{npos}")
        };
        let verb = if npos == 1 && given_kw == 0 { "was" } else { "were" };
        return Err(type_error(format!("{qual}() takes {takes} but {given} {verb} given")));
    }
    let mut args = args.into_iter();
    for slot in locals.iter_mut().take(argcount.min(npos)) {
        *slot = args.next().unwrap_or_default();
    }
    let mut slot = argcount + kwonly;
    if code.varargs {
        locals[slot] = Value::tuple(args.collect());
        slot += 1;
    }
    let mut varkw = code.varkw.then(Dict::new);
    if !code.varkw {
        let posonly: Vec<&str> = kwargs.iter().filter(|(k, _)| code.varnames[..code.posonly as usize].iter().any(|v| v == k)).map(|(k, _)| &**k).collect();
        if !posonly.is_empty() {
            return Err(type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly.join(", ")
            )));
        }
    }
    for (name, value) in kwargs {
        let pos = code.varnames[..argcount + kwonly].iter().position(|v| *v == name);
        match pos {
            Some(i) if i >= code.posonly as usize => {
                if !locals[i].is_null() {
                    return Err(type_error(format!("{qual}() got multiple values for argument '{name}'")));
                }
                locals[i] = value;
            }
            _ => match &mut varkw {
                Some(d) => {
                    let key = Value::str(name.to_string());
                    let h = crate::vm::ops::hash_str(&name);
                    if let Some(s) = d.find::<()>(h, |k| Ok(k.as_str() == Some(&name))).ok().flatten() {
                        d.set_at(s, value);
                    } else {
                        d.push(h, key, value);
                    }
                }
                None if pos.is_some() => {
                    return Err(type_error(format!(
                        "{qual}() got some positional-only arguments passed as keyword arguments: '{name}'"
                    )))
                }
                None => return Err(type_error(format!("{qual}() got an unexpected keyword argument '{name}'"))),
            },
        }
    }
    if let Some(d) = varkw {
        locals[slot] = Value::dict(d);
    }
    let ndef = func.defaults.len();
    let first_default = argcount - ndef.min(argcount);
    let mut missing = Vec::new();
    for i in 0..argcount {
        if locals[i].is_null() {
            if i >= first_default {
                locals[i] = func.defaults[i - first_default].clone();
            } else {
                missing.push(code.varnames[i].clone());
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{qual}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    for i in argcount..argcount + kwonly {
        if locals[i].is_null() {
            let name = &code.varnames[i];
            match func.kwdefaults.iter().find(|(k, _)| k == name) {
                Some((_, v)) => locals[i] = v.clone(),
                None => missing.push(name.clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{qual}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    let _ = exc_data;
    Ok(())
}

/// Takes a `Call`'s Rust function (at `at`) off the stack once its
/// arguments have moved out: every slot above it is then NULL, which owns
/// nothing, so they are forgotten rather than run through the drop glue.
#[inline(always)]
fn pop_rust_callable(stack: &mut Vec<Value>, at: usize) -> Rc<crate::objects::Builtin> {
    for _ in at + 1..stack.len() {
        if let Some(v) = stack.pop() {
            std::mem::forget(v);
        }
    }
    let Some(Value::Builtin(b)) = stack.pop() else { unreachable!("checked by call_from_stack") };
    b
}

/// A method of an immutable builtin type (`str.upper`, `int.__add__`,
/// `str.__str__` ...) called on an instance of a user subclass works on
/// the builtin value the instance wraps, as the C method sees the object
/// as that type. Without this, `str.__str__` on a `class S(str)` instance
/// asked `str()` of the instance again, forever (stack overflow), and the
/// other methods refused it. (`list`/`dict`/`set` methods unwrap their
/// receiver themselves and may return it, so they are left alone.)
#[inline]
fn unwrap_builtin_receiver(b: &crate::objects::Builtin, args: &mut [Value]) {
    let Some(Value::Instance(inst)) = args.first() else { return };
    if !matches!(b.owner.as_deref(), Some("str" | "int" | "float" | "bytes" | "tuple" | "frozenset")) {
        return;
    }
    let base = inst.base().clone();
    let wraps_owner = match (&base, b.owner.as_deref()) {
        (Value::Str(_), Some("str")) | (Value::Bytes(_), Some("bytes")) | (Value::Tuple(_), Some("tuple")) | (Value::FrozenSet(_), Some("frozenset")) => true,
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some("int")) | (Value::Float(_), Some("float")) => true,
        _ => false,
    };
    if wraps_owner {
        args[0] = base;
    }
}
