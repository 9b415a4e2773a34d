//! The system allocator, counting what each thread holds: a test binary that measures
//! allocation installs it with
//! `#[global_allocator] static ALLOCATOR: common::alloc::Counting = common::alloc::Counting;`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting the bytes each thread holds and the most it held.
pub struct Counting;

thread_local! {
    /// Bytes allocated minus bytes freed on this thread (negative when it frees memory that
    /// another thread allocated).
    static CURRENT: Cell<isize> = const { Cell::new(0) };
    /// The highest `CURRENT` since the last [`peak_during`] started.
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn add(bytes: usize) {
    let bytes = isize::try_from(bytes).unwrap_or(isize::MAX);
    // `try_with`: the allocator also runs while a thread's locals are being torn down.
    let _ = CURRENT.try_with(|current| {
        let now = current.get().saturating_add(bytes);
        current.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

fn sub(bytes: usize) {
    let bytes = isize::try_from(bytes).unwrap_or(isize::MAX);
    let _ = CURRENT.try_with(|current| current.set(current.get().saturating_sub(bytes)));
}

// SAFETY: every call goes to `System` unchanged; the counters are plain thread-local cells
// (const-initialised, no destructor), which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            add(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            add(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) };
        sub(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as is.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            // Count the new block before freeing the old one: a moving realloc holds both.
            add(new_size);
            sub(layout.size());
        }
        new
    }
}

/// Starts a measurement on this thread: what it holds now (for [`peak_since`]).
pub fn start() -> isize {
    let start = CURRENT.with(Cell::get);
    PEAK.with(|peak| peak.set(start));
    start
}

/// The most bytes this thread held at once since [`start`] returned `start`, above that.
pub fn peak_since(start: isize) -> usize {
    usize::try_from(PEAK.with(Cell::get) - start).unwrap_or(0)
}

/// The most bytes this thread held at once while `f` ran, above what it held before, and what
/// `f` returned.
pub fn peak_during<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let start = start();
    let out = f();
    (peak_since(start), out)
}
