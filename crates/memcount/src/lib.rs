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
use mi::Mimalloc as Inner;
#[cfg(target_arch = "wasm32")]
use std::alloc::System as Inner;

/// mimalloc as a `GlobalAlloc`. Not the `mimalloc` crate's: it asks for
/// every block through `mi_malloc_aligned`, whose slow path took 235k of
/// the 631k allocations of 10⁴ asyncio tasks (~150 machine instructions
/// each). Plain `mi_malloc` already aligns to 16 bytes (and a block to its
/// size below that), as glibc's does, so, like std's `System`, only
/// stricter alignments go the aligned way.
#[cfg(not(target_arch = "wasm32"))]
mod mi {
    use libmimalloc_sys::{mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc, mi_zalloc_aligned};
    use std::alloc::{GlobalAlloc, Layout};
    use std::ffi::c_void;

    /// The alignment every `mi_malloc` block has (`MI_MAX_ALIGN_SIZE`).
    const MIN_ALIGN: usize = 16;

    /// Whether plain `mi_malloc` of `size` bytes is aligned enough.
    #[inline]
    fn plain(align: usize, size: usize) -> bool {
        align <= MIN_ALIGN && align <= size
    }

    pub struct Mimalloc;

    // SAFETY: each method calls the mimalloc function for its contract,
    // with an alignment mimalloc guarantees for the size (see `plain`).
    unsafe impl GlobalAlloc for Mimalloc {
        #[inline]
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: mimalloc's allocation functions accept any size.
            unsafe {
                if plain(layout.align(), layout.size()) {
                    mi_malloc(layout.size()).cast()
                } else {
                    mi_malloc_aligned(layout.size(), layout.align()).cast()
                }
            }
        }

        #[inline]
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            // SAFETY: as `alloc`.
            unsafe {
                if plain(layout.align(), layout.size()) {
                    mi_zalloc(layout.size()).cast()
                } else {
                    mi_zalloc_aligned(layout.size(), layout.align()).cast()
                }
            }
        }

        #[inline]
        unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
            // SAFETY: `ptr` came from this allocator (the caller's contract).
            unsafe { mi_free(ptr.cast::<c_void>()) }
        }

        #[inline]
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            // SAFETY: `ptr` came from this allocator with `layout` (the
            // caller's contract); the new block keeps the alignment.
            unsafe {
                if plain(layout.align(), new_size) {
                    mi_realloc(ptr.cast::<c_void>(), new_size).cast()
                } else {
                    mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
                }
            }
        }
    }
}
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

    /// Blocks are aligned as asked, whichever path served them, also
    /// after growing and shrinking.
    #[test]
    fn blocks_are_aligned() {
        use std::alloc::{alloc, alloc_zeroed, dealloc, realloc, Layout};
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 3, 8, 12, 16, 24, 100, 5000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: a non-zero size; each block freed with its layout.
                unsafe {
                    let p = alloc(layout);
                    assert!(!p.is_null() && p as usize % align == 0, "{size} bytes aligned {align}");
                    let q = realloc(p, layout, size * 3);
                    assert!(!q.is_null() && q as usize % align == 0, "grown to {} aligned {align}", size * 3);
                    dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                    let z = alloc_zeroed(layout);
                    assert!(z as usize % align == 0 && *z == 0);
                    dealloc(z, layout);
                }
            }
        }
    }
}
