//! The run's memory limit: a counting allocator and the allocation guard
//! every builder of a big object asks first.
//!
//! # What is counted
//! Every byte the engine's thread holds on the Rust heap: the global
//! allocator of `coroscope_memcount` wraps the system allocator and keeps,
//! per thread, the bytes allocated minus the bytes freed. So all objects count (strings,
//! lists, dicts, big ints, frames, the trace), exactly, not an estimate.
//! A run's budget is measured from what the thread held when the run
//! started ([`start_run`]), so a page that keeps old traces alive does not
//! eat the next run's budget.
//!
//! # How the limit ends a run
//! - Builders whose size comes from the program (`'x' * n`, `'a'.center(n)`,
//!   `bytes(n)`, `1 << n`, a format width, ...) call [`reserve`] (or
//!   [`reserve_items`]) with the size they are about to allocate; past the
//!   budget that is `MemoryError`, as CPython raises when `malloc` fails,
//!   and nothing is allocated. A size that does not even fit in `usize` is
//!   `MemoryError` too (CPython's `PyMem_Malloc` overflow check).
//! - Many small allocations (`xs.append(object())` forever) never ask; the
//!   dispatch loop polls [`over_limit`] every few thousand instructions and
//!   stops the run with a Coroscope notice. Between two polls an
//!   instruction allocates a bounded amount unless it is a guarded builder,
//!   so the overshoot is small.
//!
//! Why not let allocation fail: Rust aborts the process on allocation
//! failure, and in the browser an abort kills the page (wasm, panic=abort).

use super::exceptions::{new_exc, PyResult, Unwind};
use std::cell::Cell;

/// The default budget of one run: 512 MiB (the page's wasm memory can grow
/// to 4 GiB at most; the CLI should not eat the machine).
pub const DEFAULT_LIMIT: usize = 512 << 20;

thread_local! {
    /// The count of `coroscope_memcount` past which the running run is out
    /// of memory.
    static LIMIT: Cell<isize> = const { Cell::new(DEFAULT_LIMIT as isize) };
}

/// Bytes this thread holds now.
pub fn live() -> isize {
    coroscope_memcount::live()
}

/// Starts a run's budget: from now on the thread may hold `limit` bytes
/// more than it holds now.
pub fn start_run(limit: usize) {
    let limit = isize::try_from(limit).unwrap_or(isize::MAX);
    LIMIT.with(|l| l.set(live().saturating_add(limit)));
}

/// Whether the thread holds more than the running run's budget.
#[inline]
pub fn over_limit() -> bool {
    live() > LIMIT.with(Cell::get)
}

/// Whether `bytes` more fit in the running run's budget.
pub fn fits(bytes: usize) -> bool {
    match isize::try_from(bytes) {
        Ok(b) => live().saturating_add(b) <= LIMIT.with(Cell::get),
        Err(_) => false,
    }
}

/// CPython's `MemoryError` (no message, as `PyErr_NoMemory` raises it).
pub fn memory_error() -> Unwind {
    new_exc("MemoryError", "")
}

/// The allocation guard: `MemoryError` unless `bytes` more fit in the
/// run's budget. Call it before building an object whose size the program
/// chose.
pub fn reserve(bytes: usize) -> PyResult<()> {
    if fits(bytes) {
        Ok(())
    } else {
        Err(memory_error())
    }
}

/// [`reserve`] for `count` items of `size` bytes each; an overflowing
/// product is `MemoryError` too.
pub fn reserve_items(count: usize, size: usize) -> PyResult<()> {
    reserve(count.checked_mul(size).ok_or_else(memory_error)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guard_refuses_past_the_budget() {
        start_run(64 << 20);
        assert!(reserve(1 << 20).is_ok());
        assert!(reserve(128 << 20).is_err());
        assert!(reserve_items(usize::MAX / 2, 8).is_err());
        start_run(DEFAULT_LIMIT);
    }
}
