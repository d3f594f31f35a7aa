//! The port's global allocator: per-thread size-class pools in front of the system allocator.
//!
//! The interpreter's objects own many small, short-lived blocks (the text of a str, a list's
//! items, a dict's table) that a collection frees by the thousand and the next burst of
//! allocation asks for again. Served from the system allocator, that churn goes through its
//! slow paths (its per-thread caches hold a handful of blocks per size); here every request
//! of at most `SMALL` bytes and alignment at most `GRAIN` is a pop from, and every release a
//! push onto, a free list of its size class.
//!
//! Invariants:
//! - A small block is `GRAIN`-aligned and `class_size(class)` bytes long; a block's class is
//!   a function of the size and alignment in its `Layout`, which Rust passes unchanged to
//!   `dealloc`, so a block always returns to the list of the class it was carved for.
//! - Pool memory is never returned to the system, so a block freed on another thread than
//!   the one that carved it simply joins that thread's list. Each thread's pools live in a
//!   `const`-initialised thread local without a destructor, so they are reachable for the
//!   thread's whole life (a block freed while a thread exits is never lost to a dead list).
//! - Everything else (large or over-aligned requests) goes to `System` unchanged.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::ptr;

/// Size-class granularity, and the alignment every small block has.
const GRAIN: usize = 16;
/// Number of size classes: 16, 32, ..., 512 bytes.
const CLASSES: usize = 32;
/// The largest request served by the pools.
const SMALL: usize = GRAIN * CLASSES;
/// Bytes a thread's pools take from the system at a time.
const CHUNK: usize = 128 * 1024;

struct Pools {
    /// Head of each class's free list; a free block's first word links the next.
    free: [*mut u8; CLASSES],
    /// The not yet carved part of the current chunk: `bump..end`.
    bump: *mut u8,
    end: *mut u8,
}

thread_local! {
    static POOLS: UnsafeCell<Pools> = const {
        UnsafeCell::new(Pools {
            free: [ptr::null_mut(); CLASSES],
            bump: ptr::null_mut(),
            end: ptr::null_mut(),
        })
    };
}

/// The class of a small layout, or `None` for the system allocator.
#[inline]
fn class_of(size: usize, align: usize) -> Option<usize> {
    (size <= SMALL && align <= GRAIN).then(|| size.saturating_sub(1) / GRAIN)
}

#[inline]
fn class_size(class: usize) -> usize {
    (class + 1) * GRAIN
}

impl Pools {
    /// # Safety
    /// `class < CLASSES`; the caller owns the returned block until it gives it to `push`.
    #[inline]
    unsafe fn pop(&mut self, class: usize) -> *mut u8 {
        let head = self.free[class];
        if head.is_null() {
            return unsafe { self.carve(class_size(class)) };
        }
        // SAFETY: a free block starts with the link written by `push`.
        self.free[class] = unsafe { head.cast::<*mut u8>().read() };
        head
    }

    /// # Safety
    /// `block` came from `pop(class)` (on any thread) and is no longer used.
    #[inline]
    unsafe fn push(&mut self, class: usize, block: *mut u8) {
        // SAFETY: every block is at least `GRAIN` bytes and `GRAIN`-aligned.
        unsafe { block.cast::<*mut u8>().write(self.free[class]) };
        self.free[class] = block;
    }

    #[cold]
    unsafe fn carve(&mut self, size: usize) -> *mut u8 {
        if (self.end as usize) - (self.bump as usize) < size {
            // The tail of the old chunk (less than one block) is left unused.
            // SAFETY: CHUNK is non-zero and GRAIN a power of two.
            let chunk = unsafe { System.alloc(Layout::from_size_align_unchecked(CHUNK, GRAIN)) };
            if chunk.is_null() {
                return chunk;
            }
            self.bump = chunk;
            // SAFETY: the chunk is CHUNK bytes long.
            self.end = unsafe { chunk.add(CHUNK) };
        }
        let block = self.bump;
        // SAFETY: at least `size` bytes remain before `end`.
        self.bump = unsafe { block.add(size) };
        block
    }
}

/// Small requests from the thread's pools, the rest from `System`.
pub struct PoolAlloc;

// SAFETY: small blocks are disjoint pieces of chunks that are never freed, handed out by one
// thread's pools at a time; everything else is `System`'s.
unsafe impl GlobalAlloc for PoolAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout.size(), layout.align()) {
            // SAFETY: the thread local is only touched by this thread, never re-entrantly
            // (carving calls `System`, not this allocator).
            Some(class) => POOLS.with(|p| unsafe { (*p.get()).pop(class) }),
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        match class_of(layout.size(), layout.align()) {
            // SAFETY: as in `alloc`; `block` was carved for this class.
            Some(class) => POOLS.with(|p| unsafe { (*p.get()).push(class, block) }),
            None => unsafe { System.dealloc(block, layout) },
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if class_of(layout.size(), layout.align()).is_none() {
            return unsafe { System.alloc_zeroed(layout) };
        }
        let block = unsafe { self.alloc(layout) };
        if !block.is_null() {
            // SAFETY: the block holds at least `layout.size()` bytes.
            unsafe { block.write_bytes(0, layout.size()) };
        }
        block
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = class_of(layout.size(), layout.align());
        let new = class_of(new_size, layout.align());
        match (old, new) {
            // The block already has room: a class's blocks are all the same size.
            (Some(a), Some(b)) if a == b => block,
            // SAFETY: a system block resized by the system.
            (None, None) => unsafe { System.realloc(block, layout, new_size) },
            _ => {
                // SAFETY: `new_size` is non-zero and, rounded up to the alignment, does not
                // overflow (`GlobalAlloc::realloc`'s contract).
                let new_layout =
                    unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
                let moved = unsafe { self.alloc(new_layout) };
                if !moved.is_null() {
                    // SAFETY: both blocks hold at least the smaller size and are disjoint.
                    unsafe {
                        ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                        self.dealloc(block, layout);
                    }
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_cover_small_sizes_exactly() {
        assert_eq!(class_of(1, 1), Some(0));
        assert_eq!(class_of(16, 8), Some(0));
        assert_eq!(class_of(17, 8), Some(1));
        assert_eq!(class_of(SMALL, 16), Some(CLASSES - 1));
        assert_eq!(class_of(SMALL + 1, 8), None);
        assert_eq!(class_of(32, 32), None);
        for size in 1..=SMALL {
            let class = class_of(size, 1).unwrap();
            assert!(class_size(class) >= size && class_size(class) - size < GRAIN);
        }
    }

    #[test]
    fn blocks_are_reused_resized_and_kept_apart() {
        let a = PoolAlloc;
        let small = Layout::from_size_align(24, 8).unwrap();
        // SAFETY: layouts are non-zero; each block is freed once with its own layout.
        unsafe {
            let x = a.alloc(small);
            let y = a.alloc(small);
            assert_ne!(x, y);
            assert_eq!(x as usize % GRAIN, 0);
            x.write_bytes(7, 24);
            a.dealloc(x, small);
            let z = a.alloc(small);
            assert_eq!(z, x, "a freed block is the next one handed out");
            // Growing within the class keeps the block; across classes copies the bytes.
            z.write_bytes(9, 24);
            let same = a.realloc(z, small, 30);
            assert_eq!(same, z);
            let big = a.realloc(same, Layout::from_size_align(30, 8).unwrap(), 4000);
            assert!((0..24).all(|i| *big.add(i) == 9));
            let back = a.realloc(big, Layout::from_size_align(4000, 8).unwrap(), 20);
            assert!((0..20).all(|i| *back.add(i) == 9));
            a.dealloc(back, Layout::from_size_align(20, 8).unwrap());
            a.dealloc(y, small);
            let zeroed = a.alloc_zeroed(small);
            assert!((0..24).all(|i| *zeroed.add(i) == 0));
            a.dealloc(zeroed, small);
        }
    }
}
