//! The global allocator of every binary that links the engine: mimalloc
//! (the system allocator in wasm), counting per thread the bytes held (allocated minus freed).
//! The engine's memory limit (`coroscope_engine::vm::memory`) reads the
//! count; this crate exists only because the workspace forbids `unsafe`
//! code and a `GlobalAlloc` cannot be written without it.
//!
//! The count is per thread, not process-wide, because the engine runs each
//! script on one thread and tests run scripts on many threads at once: one
//! test's big allocation must not be another's `MemoryError`. A block
//! freed on another thread than it was allocated on makes both threads'
//! counts drift (hence signed); the engine never moves its heap objects
//! across threads.

use std::alloc::{GlobalAlloc, Layout};

/// The allocator whose bytes are counted (see `Cargo.toml` for why).
#[cfg(not(target_arch = "wasm32"))]
use mimalloc::MiMalloc as Inner;
#[cfg(target_arch = "wasm32")]
use std::alloc::System as Inner;
use std::cell::Cell;

thread_local! {
    /// Bytes this thread holds. A `const` initialiser and a type without a
    /// destructor: reading it never allocates, so the allocator may.
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

/// The inner allocator, counting (see the crate doc).
pub struct CountingAlloc;

#[inline]
fn add(delta: isize) {
    // `try_with`: while a thread exits its storage may be gone already.
    let _ = LIVE.try_with(|l| l.set(l.get().wrapping_add(delta)));
}

// SAFETY: every method forwards to `Inner` with the caller's arguments
// unchanged, so `Inner`'s guarantees are ours; the counting touches only
// a thread-local `Cell` (no allocation, no re-entrance).
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, forwarded.
        let p = unsafe { Inner.alloc(layout) };
        if !p.is_null() {
            add(layout.size() as isize);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, forwarded.
        let p = unsafe { Inner.alloc_zeroed(layout) };
        if !p.is_null() {
            add(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract, forwarded.
        unsafe { Inner.dealloc(ptr, layout) };
        add(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract, forwarded.
        let p = unsafe { Inner.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            add((new_size as isize).wrapping_sub(layout.size() as isize));
        }
        p
    }
}

#[global_allocator]
static GLOBAL: CountingAlloc = CountingAlloc;

/// Bytes the calling thread holds now.
#[inline]
pub fn live() -> isize {
    LIVE.with(Cell::get)
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_this_threads_allocations() {
        let before = super::live();
        let v: Vec<u8> = Vec::with_capacity(1 << 20);
        assert!(super::live() - before >= 1 << 20);
        drop(v);
        assert!(super::live() - before < 1 << 20);
    }
}
