//! The instruction set. Names follow CPython 3.11's `dis` where the
//! semantics match, so a disassembly reads like `dis`. Each variant documents
//! its stack effect: `[before] -> [after]`, top of stack on the right.
//! Jump targets are absolute instruction indices.

/// One instruction; `Copy` and 8 bytes so the dispatch loop stays cheap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    // === Stack ===
    /// Does nothing.
    Nop,
    /// `[a] -> []`.
    PopTop,
    /// Rotate: `[.., a1, .., an] -> [.., an, a1, ..]` over the top `n` items.
    Rot(u32),
    /// `[.., x(n-th from top)] -> [.., x, x]` (1 = top).
    Copy(u32),
    /// Swap the top with the `n`-th item (1-based).
    Swap(u32),

    // === Constants and names ===
    /// `[] -> [consts[i]]`.
    LoadConst(u32),
    /// `[] -> [locals[i]]`; UnboundLocalError if unset.
    LoadFast(u32),
    /// `[v] -> []`, `locals[i] = v`.
    StoreFast(u32),
    /// Unbinds `locals[i]`.
    DeleteFast(u32),
    /// `[] -> [cell.get()]` for cell/free slot `i`.
    LoadDeref(u32),
    /// `[v] -> []`, sets cell `i`.
    StoreDeref(u32),
    /// Unbinds cell `i`.
    DeleteDeref(u32),
    /// `[] -> [cell i]` (the cell itself, for building closures).
    LoadClosure(u32),
    /// `[] -> [globals[names[i]] or builtins[...]]`.
    LoadGlobal(u32),
    /// `[v] -> []`, `globals[names[i]] = v`.
    StoreGlobal(u32),
    /// Deletes a global.
    DeleteGlobal(u32),
    /// Class-body / module lookup: locals dict, then globals, then builtins.
    LoadName(u32),
    /// `[v] -> []` into the locals dict (class bodies).
    StoreName(u32),
    /// Deletes from the locals dict.
    DeleteName(u32),
    /// Class body reading a free variable: class dict first, then the cell.
    LoadClassDeref(u32),

    // === Attributes and subscripts ===
    /// `[obj] -> [obj.name]`.
    LoadAttr(u32),
    /// `[v, obj] -> []`, `obj.name = v`.
    StoreAttr(u32),
    /// `[obj] -> []`, `del obj.name`.
    DeleteAttr(u32),
    /// `[obj] -> [meth, obj]` or `[bound, Null]`: avoids a bound-method object.
    LoadMethod(u32),
    /// `[c, k] -> [c[k]]`.
    BinarySubscr,
    /// `[v, c, k] -> []`, `c[k] = v`.
    StoreSubscr,
    /// `[c, k] -> []`, `del c[k]`.
    DeleteSubscr,

    // === Operators ===
    /// `[a, b] -> [a op b]`; the operand is a `BinOp` code.
    BinaryOp(u8),
    /// `[a, b] -> [a op= b]` (in-place variant of `BinaryOp`).
    InplaceOp(u8),
    /// `[a] -> [op a]`; operand is a `UnaryOp` code.
    UnaryOp(u8),
    /// `[a, b] -> [a cmp b]`; operand is a `CmpOp` code.
    CompareOp(u8),
    /// `[a, b] -> [a is b]` (`1` = `is not`).
    IsOp(u8),
    /// `[a, b] -> [a in b]` (`1` = `not in`).
    ContainsOp(u8),

    // === Building ===
    /// `[x1..xn] -> [(x1..xn)]`.
    BuildTuple(u32),
    /// `[x1..xn] -> [[x1..xn]]`.
    BuildList(u32),
    /// `[x1..xn] -> [{x1..xn}]`.
    BuildSet(u32),
    /// `[k1, v1, .. kn, vn] -> [{k1: v1, ..}]`.
    BuildMap(u32),
    /// `[k, v] -> []` adding to the dict `n` below (dict comprehensions).
    MapAdd(u32),
    /// `[x] -> []` appending to the list `n` below.
    ListAppend(u32),
    /// `[x] -> []` adding to the set `n` below.
    SetAdd(u32),
    /// `[iterable] -> []` extending the list `n` below.
    ListExtend(u32),
    /// `[iterable] -> []` updating the set `n` below.
    SetUpdate(u32),
    /// `[mapping] -> []` updating the dict `n` below.
    DictUpdate(u32),
    /// `[mapping] -> []` merging into the dict `n` below; duplicates are a TypeError (`**` in calls).
    DictMerge(u32),
    /// `[list] -> [tuple(list)]`.
    ListToTuple,
    /// `[start, stop] -> [slice]` or `[start, stop, step] -> [slice]` (operand 2 or 3).
    BuildSlice(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (f-strings).
    BuildString(u32),
    /// `[v] -> [format(v, '')]` or `[v, spec] -> [format(v, spec)]`; operand: bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 has-spec.
    FormatValue(u8),

    // === Unpacking ===
    /// `[seq] -> [xn .. x1]` exactly `n` items.
    UnpackSequence(u32),
    /// `[seq] -> [after.., list, before..]`: operand = before | after << 16.
    UnpackEx(u32),

    // === Control flow ===
    /// Jump to target.
    Jump(u32),
    /// `[v] -> []`, jump if falsy.
    PopJumpIfFalse(u32),
    /// `[v] -> []`, jump if truthy.
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump if falsy, else `[]` (`and`).
    JumpIfFalseOrPop(u32),
    /// `[v] -> [v]` and jump if truthy, else `[]` (`or`).
    JumpIfTrueOrPop(u32),
    /// `[v] -> []`, jump if `v is None`.
    PopJumpIfNone(u32),
    /// `[v] -> []`, jump if `v is not None`.
    PopJumpIfNotNone(u32),
    /// `[x] -> [iter(x)]`.
    GetIter,
    /// `[it] -> [it, next(it)]`, or `[]` and jump when exhausted.
    ForIter(u32),

    // === Functions and calls ===
    /// `[defaults?, kwdefaults?, closure?, code] -> [function]`; operand bit flags: 1 defaults, 2 kwdefaults, 8 closure.
    MakeFunction(u8),
    /// `[callable, self_or_null, a1..an] -> [result]`.
    Call(u32),
    /// Like `Call`, with the last `k` args keyword args named by the tuple const pushed last: `[callable, self_or_null, a1..an, names] -> [result]`.
    CallKw(u32),
    /// `[callable, self_or_null, args_tuple, kwargs_dict?] -> [result]`; operand 1 = has kwargs.
    CallFunctionEx(u8),
    /// `[] -> [Null]`: placeholder for `self_or_null` before a plain call.
    PushNull,
    /// `[v] -> return v`.
    ReturnValue,
    /// `[cls_body_fn, name, bases..] -> [class]` (`__build_class__`), operand = number of bases; keywords unsupported.
    BuildClass(u32),

    // === Generators and coroutines ===
    /// `[v] -> yield v`; resumed with `[sent]`.
    YieldValue,
    /// `[recv, v] -> [recv, yielded]` and fall through to `YieldValue`, or `[result]` and jump when `recv` returns.
    Send(u32),
    /// `[x] -> [awaitable iterator]`; operand: 0 plain await, 1 after `__aenter__`, 2 after `__aexit__`.
    GetAwaitable(u8),
    /// `[x] -> [iter]` for `yield from`: coroutines allowed only in coroutine code.
    GetYieldFromIter,
    /// `[aiterable] -> [aiterator]`.
    GetAiter,
    /// `[aiter] -> [aiter, awaitable]`.
    GetAnext,
    /// Generator prologue: discards the first `send` value and checks it is None.
    ReturnGenerator,
    /// `[v] -> [wrapped]`: async generators wrap values they yield.
    AsyncGenWrap,

    // === Exceptions ===
    /// Pushes a handler: on exception unwind to the current depth and jump to target.
    SetupExcept(u32),
    /// Like `SetupExcept`, but unwinds to one item below the current depth:
    /// the top item (a `with` target's value, the exception a handler is
    /// handling) is not kept when the handler runs.
    SetupCleanup(u32),
    /// Pops the innermost handler.
    PopBlock,
    /// `[exc] -> [prev_exc_info, exc]` and makes `exc` the handled exception.
    PushExcInfo,
    /// `[prev_exc_info] -> []` restoring the handled exception.
    PopExcept,
    /// `[exc, type] -> [exc, bool]`.
    CheckExcMatch,
    /// `except*`: `[exc, type] -> [rest, match]` and `match` becomes the
    /// handled exception, or `[exc, None]` when nothing matches.
    CheckEgMatch,
    /// `except*` epilogue: `[orig, raised_list] -> [exc to raise, or None]`.
    PrepReraiseStar,
    /// `[exc] -> raise exc` again, keeping its traceback; operand 1 = also restore lasti (unused).
    Reraise(u8),
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    RaiseVarargs(u8),
    /// `[] -> [AssertionError]`.
    LoadAssertionError,

    // === Context managers ===
    /// `[mgr] -> [exit_bound, enter_result]`.
    BeforeWith,
    /// `[mgr] -> [aexit_bound, aenter_awaitable]`.
    BeforeAsyncWith,
    /// `[exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]`.
    WithExceptStart,

    // === Imports ===
    /// `[] -> [module]` for the module named `names[i]`.
    ImportName(u32),
    /// `[module] -> [module, module.name]`; ImportError if missing.
    ImportFrom(u32),
    /// `from m import *` into the module's globals.
    ImportStar,

    // === Match ===
    /// `[subject, cls, names_tuple] -> [attrs_tuple or None]`, operand = number of positional patterns.
    MatchClass(u32),
    /// `[subject] -> [subject, bool]` is it a mapping.
    MatchMapping,
    /// `[subject] -> [subject, bool]` is it a sequence (not str/bytes).
    MatchSequence,
    /// `[subject, keys] -> [subject, keys, values_tuple or None]`.
    MatchKeys,
    /// `[x] -> [x, len(x)]`.
    GetLen,
    /// `[subject, keys] -> [rest_dict]` for `**rest` in mapping patterns.
    CopyDictWithoutKeys,

}

const _: () = assert!(std::mem::size_of::<Instr>() <= 8);

/// Binary operator codes for [`Instr::BinaryOp`] and [`Instr::InplaceOp`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
#[allow(missing_docs)]
pub enum BinOp {
    Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
}

impl BinOp {
    /// All operators, indexable by their code.
    pub const ALL: [BinOp; 13] = [
        BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::MatMul, BinOp::TrueDiv, BinOp::FloorDiv,
        BinOp::Mod, BinOp::Pow, BinOp::LShift, BinOp::RShift, BinOp::And, BinOp::Or, BinOp::Xor,
    ];

    /// The operator as Python spells it (for error messages).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+", BinOp::Sub => "-", BinOp::Mul => "*", BinOp::MatMul => "@",
            BinOp::TrueDiv => "/", BinOp::FloorDiv => "//", BinOp::Mod => "%", BinOp::Pow => "**",
            BinOp::LShift => "<<", BinOp::RShift => ">>", BinOp::And => "&", BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The dunder method names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Unary operator codes for [`Instr::UnaryOp`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
#[allow(missing_docs)]
pub enum UnOp {
    Neg, Pos, Invert, Not,
}

/// Comparison codes for [`Instr::CompareOp`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
#[allow(missing_docs)]
pub enum CmpOp {
    Lt, Le, Eq, Ne, Gt, Ge,
}

impl CmpOp {
    /// All comparisons, indexable by their code.
    pub const ALL: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];

    /// The operator as Python spells it.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<", CmpOp::Le => "<=", CmpOp::Eq => "==",
            CmpOp::Ne => "!=", CmpOp::Gt => ">", CmpOp::Ge => ">=",
        }
    }

    /// (`__lt__`, reflected `__gt__`).
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            CmpOp::Lt => ("__lt__", "__gt__"), CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Eq => ("__eq__", "__eq__"), CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Gt => ("__gt__", "__lt__"), CmpOp::Ge => ("__ge__", "__le__"),
        }
    }
}
