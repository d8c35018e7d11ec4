//! The run's memory limit (`vm::memory`): cases CPython cannot reproduce
//! (its limit is the machine's memory, ours is `RunOptions::max_memory`).
//! Its own test binary, one test per script, so the big allocations of one
//! do not run beside the conformance corpus' thread.

use coroscope_engine::{Progress, Run, RunOptions, Stream};

/// Runs `source` with a `limit`-byte budget: (stdout, stderr, exit status).
fn run(source: &str, limit: usize) -> (String, String, i32) {
    run_sliced(source, limit, 1 << 16)
}

/// [`run`], advancing the run `slice` instructions at a time.
fn run_sliced(source: &str, limit: usize, slice: u64) -> (String, String, i32) {
    let mut run = Run::new(source, RunOptions { max_memory: limit, ..RunOptions::default() });
    let code = loop {
        if let Progress::Finished(code) = run.advance(slice) {
            break code;
        }
    };
    (run.trace().text_of(Stream::Stdout), run.trace().text_of(Stream::Stderr), code)
}

#[test]
fn many_moderate_strings_end_in_a_catchable_memory_error() {
    let source = "xs = []\ntry:\n    while True:\n        xs.append('x' * 10**6)\nexcept MemoryError as e:\n    n = len(xs)\n    xs = None\n    print('MemoryError', repr(e), 50 <= n <= 67)\nprint('after')\n";
    let (out, err, code) = run(source, 64 << 20);
    assert_eq!((out.as_str(), err.as_str(), code), ("MemoryError MemoryError() True\nafter\n", "", 0));
}

#[test]
fn many_small_objects_stop_the_run_with_a_notice() {
    let source = "xs = []\nwhile True:\n    xs.append([len(xs)])\n";
    let (out, err, code) = run(source, 32 << 20);
    assert_eq!(out, "");
    assert_eq!(code, 1);
    assert!(err.contains("used more memory than the playground allows"), "{err}");
}

#[test]
fn a_request_past_the_budget_is_memory_error_even_when_cpython_would_succeed() {
    // 100 MB is fine for CPython; with a 32 MiB budget it is MemoryError.
    let (out, err, code) = run("s = 'x' * 100_000_000\n", 32 << 20);
    assert_eq!(out, "");
    assert_eq!(code, 1);
    assert!(err.ends_with("MemoryError\n"), "{err}");
}

#[test]
fn the_budget_is_per_run() {
    // After a run that hit the limit, the next one has its full budget.
    let _ = run("xs = []\nwhile True:\n    xs.append('y' * 10**6)\n", 16 << 20);
    let (out, _, code) = run("s = 'x' * 10**7\nprint(len(s))\n", 16 << 20);
    assert_eq!((out.as_str(), code), ("10000000\n", 0));
}

#[test]
fn a_repr_that_doubles_each_time_is_a_catchable_memory_error() {
    // Found by the fuzzer: each key holds the repr of the whole dict, so
    // the repr doubles; one of them (520 MB) made the allocator abort the
    // run instead of raising.
    let source = "d = {}\ntry:\n    for i in range(60):\n        d[repr(d) + str(i)] = i\nexcept MemoryError as e:\n    n = len(d)\n    d = None\n    print('MemoryError', repr(e), 15 <= n <= 30)\n\
                  t = [[]]\ntry:\n    for i in range(60):\n        t = [t, str(t), (str(t),), {str(t)}]\nexcept MemoryError:\n    t = None\n    print('nested MemoryError')\nprint('after')\n";
    let (out, err, code) = run(source, 64 << 20);
    assert_eq!((out.as_str(), err.as_str(), code), ("MemoryError MemoryError() True\nnested MemoryError\nafter\n", "", 0));
}

#[test]
fn appending_ints_in_one_long_slice_stops_the_run_with_a_notice() {
    // `xs.append(0)` runs in the inner loop itself (`vm::hot`), which
    // builds nothing but the list: it must still give the run's poll its
    // chance when the list grows past the budget, even when the page or
    // the CLI hands the run one very long slice.
    let (out, err, code) = run_sliced("def grow():\n    xs = []\n    while True:\n        xs.append(0)\n\ngrow()\n", 32 << 20, 1 << 40);
    assert_eq!((out.as_str(), code), ("", 1));
    assert!(err.contains("used more memory than the playground allows"), "{err}");
}

#[test]
fn the_repr_of_a_long_list_costs_about_its_length() {
    // The list takes 24 MB; its repr is 3 MB. Built from a copy of the
    // list and one string per item (a fuzz finding: `print([0] * 10**7)`
    // peaked at 1.1 GB), it went past a 48 MiB budget.
    let source = "x = [0] * 10**6\ns = repr(x)\nprint(len(s), s[:7], s[-4:])\n";
    let (out, err, code) = run(source, 48 << 20);
    assert_eq!((out.as_str(), err.as_str(), code), ("3000000 [0, 0,  , 0]\n", "", 0));
}

#[test]
fn concatenating_lists_past_the_budget_is_a_catchable_memory_error() {
    // A fuzz finding: a list doubled by `xs + xs` aborted the run when the
    // allocation failed; CPython raises MemoryError.
    let source = "xs = [0] * 1000\ntry:\n    while True:\n        xs = xs + xs\nexcept MemoryError:\n    n = len(xs)\n    xs = None\n    print('MemoryError', n)\n";
    let (out, err, code) = run(source, 64 << 20);
    assert_eq!((out.as_str(), err.as_str(), code), ("MemoryError 1024000\n", "", 0));
}
