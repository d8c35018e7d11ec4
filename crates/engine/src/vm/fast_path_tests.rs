//! The VM's fast paths (pooled frames, positional calls, `quick_step`,
//! the `LoadGlobal` position cache, int/float operators) must give what
//! the general paths give. The expected text is what CPython 3.11.7
//! printed for the same script.

use crate::{Progress, Run, RunOptions, Stream};

fn run(source: &str) -> String {
    run_sliced(source, 1 << 20).0
}

#[test]
fn global_positions_move_and_builtins_are_shadowed() {
    let src = "a = 1\nb = 2\ndef f():\n    return b\nprint(f())\ndel a\nprint(f())\nb = 3\nprint(f())\ndel b\nb = 4\nprint(f())\n\
               def g():\n    return len('ab')\nprint(g())\nlen = lambda s: 99\nprint(g())\ndel len\nprint(g())\n";
    assert_eq!(run(src), "2\n2\n3\n4\n2\n99\n2\n");
}

#[test]
fn positional_calls_defaults_errors_and_recursion() {
    let src = "def h(x, y=10, z=20):\n    return x + y + z\nprint(h(1), h(1, 2), h(1, 2, 3))\n\
               class C:\n    def m(self, k=5):\n        return k * 2\nc = C()\nprint(c.m(), c.m(4))\n\
               try:\n    h()\nexcept TypeError as e:\n    print(e)\n\
               try:\n    h(1, 2, 3, 4)\nexcept TypeError as e:\n    print(e)\n\
               def deep(n):\n    return deep(n + 1)\ntry:\n    deep(0)\nexcept RecursionError as e:\n    print('RecursionError', e)\n";
    assert_eq!(
        run(src),
        "31 23 6\n10 8\nh() missing 1 required positional argument: 'x'\n\
         h() takes from 1 to 3 positional arguments but 4 were given\nRecursionError maximum recursion depth exceeded\n"
    );
}

#[test]
fn int_and_float_operators_overflow_and_divide_like_cpython() {
    let src = "def ops():\n    x = 2 ** 62\n    print(x + x, x * 4, -x - x - x, 7 // -2, -7 % 3, 7 % -3, (2 ** 60) / 3, 10 / 4, 1 << 70)\n\
               \x20   print(3.5 + 1.25, 3.5 * 2.0, 1.0 / 3.0, 2.0 - 0.5, 10 >> 70, 5 ^ 3, 6 & 3, 6 | 1)\n\
               \x20   y = 9007199254740993\n    print(y / 1, y // 1)\n\
               \x20   try:\n        print(1 / 0)\n    except ZeroDivisionError as e:\n        print(e)\n\
               \x20   try:\n        print(1.0 / 0.0)\n    except ZeroDivisionError as e:\n        print(e)\n\
               \x20   t = 0\n    t += 2 ** 63 - 1\n    t += 1\n    print(t)\n\
               \x20   for i in range(3, -3, -2):\n        print(i, end=' ')\n    print()\nops()\n";
    assert_eq!(
        run(src),
        "9223372036854775808 18446744073709551616 -13835058055282163712 -4 2 -2 3.843071682022823e+17 2.5 1180591620717411303424\n\
         4.75 7.0 0.3333333333333333 1.5 0 6 2 7\n9007199254740992.0 9007199254740993\ndivision by zero\n\
         float division by zero\n9223372036854775808\n3 1 -1 \n"
    );
}

#[test]
fn overwritten_local_is_finalised_at_the_store() {
    let src = "class C:\n    def __del__(self):\n        print('del C')\n\
               def fin():\n    x = C()\n    x = 1\n    print('after store', x)\nfin()\nprint('end')\n";
    assert_eq!(run(src), "del C\nafter store 1\nend\n");
}

#[test]
fn cached_class_lookups_see_class_changes() {
    let src = "class A:\n    def m(self):\n        return 'A.m'\nclass B(A):\n    pass\nb = B()\n\
               def call(o):\n    return o.m()\ndef get(o):\n    return o.x\ndef put(o, v):\n    o.x = v\n\
               print(call(b))\nA.m = lambda self: 'new A.m'\nprint(call(b))\nB.m = lambda self: 'B.m'\nprint(call(b))\n\
               b.m = lambda: 'instance m'\nprint(call(b))\ndel b.m\ndel B.m\nprint(call(b))\n\
               put(b, 1)\nprint(get(b))\nA.x = property(lambda self: 'prop x')\nprint(get(b))\n\
               try:\n    put(b, 2)\nexcept AttributeError as e:\n    print('AttributeError')\n\
               del A.x\nput(b, 3)\nprint(get(b))\n\
               def sa(self, k, v):\n    print('setattr', k, v)\nB.__setattr__ = sa\nput(b, 4)\nprint(get(b))\n";
    assert_eq!(run(src), "A.m\nnew A.m\nB.m\ninstance m\nnew A.m\n1\nprop x\nAttributeError\n3\nsetattr x 4\n3\n");
}

#[test]
fn strings_appended_in_place_only_when_nothing_else_sees_them() {
    let src = "def f():\n    s = 'ab'\n    t = s\n    s += 'c'\n    print(s, t)\n    u = ''\n    for i in range(5):\n        u += str(i)\n    print(u, len(u))\n\
               \x20   v = '\u{e9}'\n    v += '\u{fc}'\n    print(v, len(v), v[1])\n    w = 'x'\n    w = w + 'y'\n    print(w, hash(w) == hash('xy'))\n\
               \x20   w += 'z'\n    print(w, hash(w) == hash('xyz'))\n    d = {w: 1}\n    w += '!'\n    print(d, w in d, 'xyz' in d)\nf()\n";
    assert_eq!(run(src), "abc ab\n01234 5\n\u{e9}\u{fc} 2 \u{fc}\nxy True\nxyz True\n{'xyz': 1} False True\n");
}

#[test]
fn cached_dunders_and_builtins_see_later_definitions() {
    let src = "class P:\n    def __init__(self, x):\n        self.x = x\ndef make(v):\n    return P(v)\np = make(1)\ndel p\n\
               P.__del__ = lambda self: print('del P', self.x)\np = make(2)\ndel p\n\
               def init2(self, x):\n    self.x = x * 10\nP.__init__ = init2\nq = make(3)\nprint(q.x)\ndel q\n\
               P.__new__ = lambda cls, x: 'not a P'\nprint(make(4))\n\
               total = 0\nfor i in range(3):\n    total += len('abc')\n    if i == 1:\n        len = lambda s: 100\nprint(total)\n";
    assert_eq!(run(src), "del P 2\n30\ndel P 30\nnot a P\n106\n");
}

#[test]
fn lukewarm_quick_cases_match_the_general_paths() {
    // `del d[k]` of a value with a finaliser takes `step` (its `__del__`
    // prints before the next statement); unpacking a shared tuple clones,
    // an unshared one moves; `-n` past i64, and `//` and `%` round down.
    let src = concat!(
        "class D:\n",
        "    def __init__(self, n):\n",
        "        self.n = n\n",
        "    def __del__(self):\n",
        "        print('del', self.n)\n",
        "d = {'a': 1, 'b': D(1), 2: 'x'}\n",
        "del d['a']\n",
        "print('after a')\n",
        "del d['b']\n",
        "print('after b')\n",
        "del d[2]\n",
        "try:\n",
        "    del d['zz']\n",
        "except KeyError as e:\n",
        "    print('KeyError', e)\n",
        "t = (1, [2])\n",
        "x, y = t\n",
        "print(x, y, t)\n",
        "for i, (j, k) in enumerate([(1, 2), (3, 4)]):\n",
        "    print(i, j, k)\n",
        "print(-5, -(-9223372036854775807 - 1), not [], not 0, 'k' in {'k': 1}, 3 not in {3: 0})\n",
        "print((1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), 7 // -2, -7 % 3, divmod(-7, 2))\n",
    );
    assert_eq!(run(src), "after a\ndel 1\nafter b\nKeyError 'zz'\n1 [2] (1, [2])\n0 1 2\n1 3 4\n-5 9223372036854775808 True True True False\n(1,) (1, 2) (1, 2, 3) (1, 2, 3, 4) -4 2 (-4, 1)\n");
}

/// Runs `source` in slices of `slice` instructions; its output (stdout
/// then stderr) and the instructions it took.
fn run_sliced(source: &str, slice: u64) -> (String, u64) {
    let options = RunOptions { filename: "t.py".into(), seed: 0, stdin: String::new(), max_instructions: 10_000_000, cpu_cost_ns: 0, ..RunOptions::default() };
    let src = source.to_owned();
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let mut run = Run::new(&src, options);
            while run.advance(slice) == Progress::Running {}
            let t = run.trace();
            (t.text_of(Stream::Stdout) + &t.text_of(Stream::Stderr), run.steps())
        })
        .unwrap()
        .join()
        .unwrap()
}

/// An int comparison runs the jump after it in the same step (see
/// `quick::compare_op`), counted as its own instruction: every slicing of
/// the budget, one instruction at a time included (a slice can end between
/// the two), gives the same output and the same count.
#[test]
fn a_comparison_and_its_jump_count_as_two_in_any_slicing() {
    let src = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\
               i = 0\nwhile i < 7:\n    if i >= 3 and i != 5:\n        print(i, fib(i))\n    i += 1\n";
    let (whole, steps) = run_sliced(src, 1 << 20);
    assert_eq!(whole, "3 2\n4 3\n6 8\n");
    for slice in [1, 2, 3, 5, 7] {
        assert_eq!(run_sliced(src, slice), (whole.clone(), steps), "slices of {slice}");
    }
}

/// `xs.append(x)`, `xs.pop()`, `d.get(k)`, `len(x)` and `abs(x)` run in the
/// inner loop (see `vm::hot`) and fall back to the general call for the
/// cases it turns away; either way each is one instruction, so every
/// slicing gives the same output and count.
#[test]
fn hot_builtin_calls_give_the_same_output_and_count_in_any_slicing() {
    let src = "def churn():\n    xs, d, total = [], {'a': 1}, 0\n    for i in range(12):\n        xs.append(i - 6)\n\
               \x20       if i % 3 == 0:\n            total += xs.pop() + abs(i - 20) + len(xs) + d.get('a', 0) + d.get(i, -1)\n\
               \x20   try:\n        [].pop()\n    except IndexError as e:\n        print(e)\n\
               \x20   print(total, xs, xs.pop(0), xs.pop(-1), len('한국'), abs(-2.5), d.get([1][0]))\nchurn()\n";
    let (whole, steps) = run_sliced(src, 1 << 20);
    assert_eq!(whole, "pop from empty list\n68 [-4, -2, -1, 1, 2, 4] -5 5 2 2.5 None\n");
    for slice in [1, 2, 3, 5, 7] {
        assert_eq!(run_sliced(src, slice), (whole.clone(), steps), "slices of {slice}");
    }
}
