//! Random Python-ish programs from a small grammar: mostly valid, so they
//! reach the VM and the builtins rather than stop in the parser. Names come
//! from a fixed pool the prelude defines, so most lookups succeed; the
//! types are mixed on purpose, so many operations raise.

use super::rng::Rng;

/// Variables the prelude binds (and statements rebind).
const VARS: &[&str] = &["a", "b", "s", "d", "t", "f", "n", "xs", "obj", "g"];

const PRELUDE: &str = "\
a = 7
b = [3, 1, 2]
s = 'héllo wörld'
d = {'k': 1, 2: 'two'}
t = (1, 'x', None)
f = 2.5
n = None
xs = {1, 2, 3}
class Box:
    cls_attr = 10
    def __init__(self, v=0):
        self.v = v
    def get(self):
        return self.v
    def __repr__(self):
        return f'Box({self.v!r})'
obj = Box(a)
def g(x, *args, k=1, **kw):
    return x
";

const BINARY: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "==", "!=", "<", "<=", ">",
    ">=", "in", "not in", "is", "is not", "and", "or", "@",
];
const UNARY: &[&str] = &["-", "+", "~", "not "];
const BUILTINS: &[&str] = &[
    "len",
    "str",
    "repr",
    "int",
    "float",
    "bool",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "sorted",
    "reversed",
    "sum",
    "min",
    "max",
    "abs",
    "hash",
    "iter",
    "next",
    "enumerate",
    "zip",
    "range",
    "round",
    "chr",
    "ord",
    "divmod",
    "pow",
    "isinstance",
    "type",
    "callable",
    "any",
    "all",
    "map",
    "filter",
    "format",
    "hex",
    "bin",
    "oct",
    "id",
    "getattr",
    "hasattr",
    "print",
    "bytes",
    "slice",
    "super",
    "vars",
    "dir",
    "ascii",
    "input",
];
const METHODS: &[&str] = &[
    "append",
    "pop",
    "get",
    "keys",
    "items",
    "values",
    "split",
    "join",
    "upper",
    "lower",
    "format",
    "count",
    "index",
    "insert",
    "remove",
    "sort",
    "reverse",
    "update",
    "setdefault",
    "add",
    "discard",
    "union",
    "replace",
    "strip",
    "startswith",
    "find",
    "encode",
    "decode",
    "copy",
    "clear",
    "extend",
    "center",
    "zfill",
    "partition",
    "splitlines",
    "is_integer",
    "bit_length",
    "conjugate",
    "get",
    "__len__",
    "__class__",
    "v",
    "cls_attr",
    "__dict__",
];
const LITERALS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "3",
    "255",
    "2**63",
    "10**20",
    "0.0",
    "-0.0",
    "1e308",
    "float('inf')",
    "float('nan')",
    "True",
    "False",
    "None",
    "''",
    "'abc'",
    "'é'",
    "b'xy'",
    "[]",
    "{}",
    "()",
    "(1,)",
    "[1, 2, 3]",
    "{'a': 1}",
    "{1, 2}",
    "range(5)",
    "Box(3)",
    "'%s-%d'",
    "'{}{}'",
    "1_000",
    "0x1f",
    "0o17",
    "0b101",
    "...",
];
const MODULES: &[&str] = &[
    "math",
    "random",
    "sys",
    "collections",
    "functools",
    "itertools",
    "string",
    "textwrap",
    "time",
    "contextlib",
    "dataclasses",
    "asyncio",
    "os",
    "json",
    "re",
];

/// A whole program: the prelude and a few random statements.
/// Half the time each statement is guarded by `try`, so that one raising
/// (most do: the types are random) doesn't end the program.
pub fn program(rng: &mut Rng) -> String {
    let mut text = String::from(PRELUDE);
    let guarded = rng.percent(50);
    for _ in 0..rng.between(1, 12) {
        if guarded {
            text.push_str("try:\n");
            text.push_str(&statement(rng, 1, 3));
            text.push_str("except Exception as e:\n    print(type(e).__name__)\n");
        } else {
            text.push_str(&statement(rng, 0, 3));
        }
    }
    text
}

/// One statement at `indent` levels; `depth` bounds the nesting below it.
pub fn statement(rng: &mut Rng, indent: usize, depth: usize) -> String {
    let pad = "    ".repeat(indent);
    let kinds = if depth == 0 { 6 } else { 17 };
    let e = |rng: &mut Rng| expr(rng, 3);
    let v = |rng: &mut Rng| (*rng.pick(VARS)).to_owned();
    match rng.below(kinds) {
        0 => format!("{pad}{} = {}\n", v(rng), e(rng)),
        1 => format!("{pad}print({})\n", e(rng)),
        2 => format!("{pad}{} {}= {}\n", v(rng), rng.pick(&BINARY[..12]), e(rng)),
        3 => format!("{pad}{}[{}] = {}\n", v(rng), e(rng), e(rng)),
        4 => format!("{pad}import {}\n", rng.pick(MODULES)),
        5 => format!("{pad}{}, *{} = {}\n", v(rng), v(rng), e(rng)),
        6 => format!("{pad}if {}:\n{}{pad}else:\n{}", e(rng), block(rng, indent, depth), block(rng, indent, depth)),
        7 => format!("{pad}for {} in {}:\n{}", v(rng), e(rng), block(rng, indent, depth)),
        8 => format!("{pad}_i = 0\n{pad}while _i < {}:\n{pad}    _i += 1\n{}", rng.below(50), block(rng, indent, depth)),
        9 => format!(
            "{pad}def fn{}(x, y=2, *a, **k):\n{}{pad}    return {}\n{pad}print(fn{}({}))\n",
            depth, block(rng, indent, depth), e(rng), depth, e(rng)
        ),
        10 => format!(
            "{pad}try:\n{}{pad}except {} as err:\n{pad}    print(type(err).__name__, err)\n{pad}finally:\n{pad}    pass\n",
            block(rng, indent, depth),
            rng.pick(&["Exception", "TypeError", "(ValueError, KeyError)", "BaseException", "ZeroDivisionError"])
        ),
        11 => format!(
            "{pad}class C{depth}(Box):\n{pad}    def get(self):\n{pad}        return super().get() + {}\n{pad}print(C{depth}({}).get())\n",
            e(rng), e(rng)
        ),
        12 => format!(
            "{pad}def gen{depth}():\n{pad}    yield {}\n{pad}    yield from {}\n{pad}    return {}\n{pad}print(list(gen{depth}()))\n",
            e(rng), e(rng), e(rng)
        ),
        13 => format!("{pad}with {} as w:\n{}", e(rng), block(rng, indent, depth)),
        14 => format!(
            "{pad}match {}:\n{pad}    case [x, *rest]:\n{pad}        print(x)\n{pad}    case {{'k': v}}:\n{pad}        print(v)\n{pad}    case Box(v=w) if w:\n{pad}        print(w)\n{pad}    case _:\n{}",
            e(rng), block(rng, indent + 1, depth)
        ),
        15 => format!(
            "{pad}async def co{depth}():\n{pad}    return {}\n{pad}c = co{depth}()\n{pad}try:\n{pad}    c.send(None)\n{pad}except StopIteration as stop:\n{pad}    print(stop.value)\n",
            e(rng)
        ),
        _ => format!("{pad}del {}[{}]\n", v(rng), e(rng)),
    }
}

fn block(rng: &mut Rng, indent: usize, depth: usize) -> String {
    (0..rng.between(1, 3))
        .map(|_| statement(rng, indent + 1, depth - 1))
        .collect()
}

/// An expression whose nesting is at most `depth`.
pub fn expr(rng: &mut Rng, depth: usize) -> String {
    if depth == 0 || rng.percent(30) {
        return atom(rng);
    }
    let sub = |rng: &mut Rng| expr(rng, depth - 1);
    match rng.below(14) {
        0 | 1 => format!("({} {} {})", sub(rng), rng.pick(BINARY), sub(rng)),
        2 => format!("({}{})", rng.pick(UNARY), sub(rng)),
        3 => {
            let args: Vec<String> = (0..rng.below(3)).map(|_| sub(rng)).collect();
            format!("{}({})", rng.pick(BUILTINS), args.join(", "))
        }
        4 => format!("({}).{}({})", sub(rng), rng.pick(METHODS), sub(rng)),
        5 => format!("({})[{}]", sub(rng), sub(rng)),
        6 => format!(
            "({})[{}:{}:{}]",
            sub(rng),
            sub(rng),
            sub(rng),
            rng.pick(&["1", "-1", "2", ""])
        ),
        7 => format!("({} if {} else {})", sub(rng), sub(rng), sub(rng)),
        // A comprehension's iterable may not hold `:=` (a SyntaxError).
        8 => format!("[{} for _x in {} if _x]", sub(rng), rng.pick(VARS)),
        9 => format!("{{_k: {} for _k in {}}}", sub(rng), rng.pick(VARS)),
        // Python 3.11 allows no quote inside an f-string's braces.
        10 => format!(
            "f'{{{}!r:>{}}}-{{{}}}'",
            rng.pick(VARS),
            rng.below(8),
            rng.pick(VARS)
        ),
        11 => format!("(lambda q=({}): q)({})", sub(rng), sub(rng)),
        12 => format!("(_w := {})", sub(rng)),
        _ => format!("({}, *{})", sub(rng), sub(rng)),
    }
}

fn atom(rng: &mut Rng) -> String {
    if rng.percent(50) {
        (*rng.pick(VARS)).to_owned()
    } else {
        (*rng.pick(LITERALS)).to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_are_deterministic() {
        assert_eq!(program(&mut Rng::new(3)), program(&mut Rng::new(3)));
    }

    #[test]
    fn blocks_are_indented_under_their_header() {
        let mut rng = Rng::new(11);
        for _ in 0..200 {
            let text = statement(&mut rng, 1, 2);
            assert!(text.lines().all(|l| l.starts_with("    ")), "{text}");
        }
    }
}
