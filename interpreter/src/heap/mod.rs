//! The heap: every Python object that is not an immediate lives here, reached by handle.
//!
//! Objects sit in a vector of slots; a handle is a slot index. Free slots form a linked list
//! through `Obj::Free`. Collection is mark-sweep: the VM supplies the roots, marking follows
//! `Obj::trace` with an explicit work list (no recursion, so deep structures cannot overflow
//! the Rust stack), and sweeping frees every unmarked slot.
//!
//! Invariants:
//! - `bytes` is the exact sum of `Obj::size` over live slots right after a sweep; between
//!   collections it grows by each allocation and by the growth callers report (`grew`).
//! - A handle held anywhere reachable from the roots is never freed. Rust code that holds a
//!   value across an allocation must keep it reachable from the roots or have allocated it
//!   since the last safe point (the VM keeps those "young" values as roots).

mod obj;
mod sizes;

use alloc::vec::Vec;

pub use obj::{
    ClassObj, Descr, DictViewKind, ExcObj, Function, GenObj, GenState, Instance, InstanceSlot,
    IterObj, Layout, Obj, RangeObj, StrObj, TracebackEntry, TracebackObj, instance_slot,
};

use crate::value::Value;

const FREE_END: u32 = u32::MAX;

/// Moves whenever what a name resolves to along some type's MRO may have changed (see
/// `types::attr_cache`). Shared by every VM in the process: another VM's change only costs
/// this one a cache miss.
static TYPE_EPOCH: core::sync::atomic::AtomicU32 = core::sync::atomic::AtomicU32::new(0);

/// The current type epoch.
#[inline]
pub fn type_epoch() -> u32 {
    TYPE_EPOCH.load(core::sync::atomic::Ordering::Relaxed)
}

/// Invalidates every cached MRO lookup.
#[inline]
pub fn types_changed() {
    TYPE_EPOCH.fetch_add(1, core::sync::atomic::Ordering::Relaxed);
}

/// The smallest gap between collections, so small heaps are not collected on every
/// allocation: a 64th of the budget (1 MiB of the default 64 MiB), kept between these
/// bounds (and never above the budget itself).
const MIN_THRESHOLD: (usize, usize) = (64 * 1024, 1024 * 1024);

fn min_threshold(budget: usize) -> usize {
    (budget / 64).clamp(MIN_THRESHOLD.0, MIN_THRESHOLD.1)
}

pub struct Heap {
    slots: Vec<Obj>,
    marks: Vec<u64>,
    free: u32,
    live: usize,
    bytes: usize,
    budget: usize,
    threshold: usize,
    collections: usize,
    /// Bytes native code holds outside the heap while it builds a result (the items of a
    /// `list(iterable)` before the list exists): counted against the budget and the
    /// collection threshold like live objects.
    held: usize,
    /// Nesting of `micropython.heap_lock()`: while above 0 no allocation may happen (the
    /// threshold is 0, so every allocation takes the slow path, which refuses it).
    lock_depth: u32,
    /// `gc.disable()` clears it: then a collection happens only when the budget is reached.
    auto: bool,
    /// `gc.threshold(n)`: collect once `n` more bytes are allocated after a collection.
    user_threshold: Option<usize>,
    /// Streams with an open file found unreachable by the last sweeps, for the VM to write
    /// out and close (`Vm::finalize_streams`).
    finalized: Vec<crate::types::stream::Stream>,
}

impl Heap {
    pub fn new(budget: usize) -> Heap {
        Heap {
            slots: Vec::new(),
            marks: Vec::new(),
            free: FREE_END,
            live: 0,
            bytes: 0,
            budget,
            threshold: min_threshold(budget).min(budget),
            collections: 0,
            held: 0,
            lock_depth: 0,
            auto: true,
            user_threshold: None,
            finalized: Vec::new(),
        }
    }

    /// Whether `micropython.heap_lock()` holds the heap.
    #[inline]
    pub fn locked(&self) -> bool {
        self.lock_depth > 0
    }

    /// `micropython.heap_lock()`.
    pub fn lock(&mut self) {
        self.lock_depth = self.lock_depth.saturating_add(1);
        self.threshold = 0;
    }

    /// `micropython.heap_unlock()`: the depth left.
    pub fn unlock(&mut self) -> u32 {
        self.lock_depth = self.lock_depth.saturating_sub(1);
        self.reset_threshold();
        self.lock_depth
    }

    /// Undoes every `heap_lock()` (before an uncaught exception is reported).
    pub fn force_unlock(&mut self) {
        if self.lock_depth > 0 {
            self.lock_depth = 0;
            self.reset_threshold();
        }
    }

    /// The lock's nesting depth.
    pub fn lock_depth(&self) -> u32 {
        self.lock_depth
    }

    /// `gc.enable()` / `gc.disable()`.
    pub fn set_auto(&mut self, on: bool) {
        self.auto = on;
        self.reset_threshold();
    }

    /// `gc.isenabled()`.
    pub fn auto(&self) -> bool {
        self.auto
    }

    /// `gc.threshold(n)` (`None`: back to the default schedule).
    pub fn set_user_threshold(&mut self, n: Option<usize>) {
        self.user_threshold = n;
        self.reset_threshold();
    }

    /// `gc.threshold()`.
    pub fn user_threshold(&self) -> Option<usize> {
        self.user_threshold
    }

    /// When the next collection happens: 0 while locked; the budget with automatic
    /// collection off; `gc.threshold`'s bytes past what is in use; by default once the heap
    /// (with what native code holds) has doubled.
    fn reset_threshold(&mut self) {
        let used = self.bytes + self.held;
        self.threshold = if self.lock_depth > 0 {
            0
        } else if !self.auto {
            self.budget
        } else if let Some(n) = self.user_threshold {
            used.saturating_add(n).min(self.budget)
        } else {
            (used * 2).max(min_threshold(self.budget)).min(self.budget)
        };
    }

    /// Bytes in use by live objects (exact after a collection).
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    pub fn budget(&self) -> usize {
        self.budget
    }

    /// Bytes counted against the budget: live objects and what native code holds.
    pub fn in_use(&self) -> usize {
        self.bytes.saturating_add(self.held)
    }

    pub fn live_objects(&self) -> usize {
        self.live
    }

    pub fn collections(&self) -> usize {
        self.collections
    }

    /// True when an allocation of `size` bytes should first trigger a collection.
    #[inline]
    pub fn wants_collection(&self, size: usize) -> bool {
        self.bytes.saturating_add(self.held).saturating_add(size) > self.threshold
    }

    /// Counts `n` bytes native code now holds outside the heap.
    pub fn hold(&mut self, n: usize) {
        self.held = self.held.saturating_add(n);
    }

    /// Gives back bytes counted by `hold`.
    pub fn release(&mut self, n: usize) {
        self.held = self.held.saturating_sub(n);
    }

    /// True when `size` more bytes fit in the budget.
    #[inline]
    pub fn fits(&self, size: usize) -> bool {
        self.bytes.saturating_add(self.held).saturating_add(size) <= self.budget
    }

    /// Stores `obj` in a free slot and returns its handle. The caller has checked the budget.
    #[inline]
    pub fn insert(&mut self, obj: Obj) -> Value {
        let size = obj.size();
        self.insert_sized(obj, size)
    }

    /// `insert` for a caller that knows `obj.size()` already (a float's is a constant).
    #[inline]
    pub fn insert_sized(&mut self, obj: Obj, size: usize) -> Value {
        self.bytes += size;
        self.live += 1;
        if self.free != FREE_END {
            let index = self.free;
            let slot = &mut self.slots[index as usize];
            if let Obj::Free { next } = *slot {
                self.free = next;
            }
            // The slot held `Obj::Free`, which owns nothing: skip its drop glue.
            core::mem::forget(core::mem::replace(slot, obj));
            Value::handle(index)
        } else {
            let index = self.slots.len() as u32;
            self.slots.push(obj);
            if self.marks.len() * 64 < self.slots.len() {
                self.marks.push(0);
            }
            Value::handle(index)
        }
    }

    /// The streams with open files that collections found unreachable since last asked.
    pub fn take_finalized(&mut self) -> Vec<crate::types::stream::Stream> {
        core::mem::take(&mut self.finalized)
    }

    /// The live streams with an open file.
    pub fn open_streams(&self) -> Vec<Value> {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, o)| matches!(o, Obj::Stream(s) if s.needs_finalizing()))
            .map(|(i, _)| Value::handle(i as u32))
            .collect()
    }

    /// Records that a live object grew by `delta` bytes (a list or dict that reallocated).
    #[inline]
    pub fn grew(&mut self, delta: usize) {
        self.bytes = self.bytes.saturating_add(delta);
    }

    #[inline]
    pub fn get(&self, v: Value) -> Option<&Obj> {
        self.slots.get(v.as_handle()? as usize)
    }

    #[inline]
    pub fn get_mut(&mut self, v: Value) -> Option<&mut Obj> {
        self.slots.get_mut(v.as_handle()? as usize)
    }

    /// The object behind a handle the caller knows to be live.
    #[inline]
    pub fn obj(&self, v: Value) -> &Obj {
        match v.as_handle().and_then(|h| self.slots.get(h as usize)) {
            Some(obj) => obj,
            None => &Obj::Free { next: FREE_END },
        }
    }

    /// Marks everything reachable from `roots` and frees the rest.
    pub fn collect(&mut self, roots: impl IntoIterator<Item = Value>) {
        self.marks.iter_mut().for_each(|m| *m = 0);
        let mut work: Vec<u32> = Vec::new();
        let marks = &mut self.marks;
        let mut push = |v: Value, work: &mut Vec<u32>| {
            if let Some(h) = v.as_handle() {
                let (word, bit) = ((h / 64) as usize, h % 64);
                if let Some(m) = marks.get_mut(word)
                    && *m & (1 << bit) == 0
                {
                    *m |= 1 << bit;
                    work.push(h);
                }
            }
        };
        for root in roots {
            push(root, &mut work);
        }
        while let Some(h) = work.pop() {
            if let Some(obj) = self.slots.get(h as usize) {
                obj.trace(|child| push(child, &mut work));
            }
        }
        self.sweep();
    }

    fn sweep(&mut self) {
        let mut bytes = 0;
        let mut live = 0;
        let mut free = FREE_END;
        let mut freed_class = false;
        // Walk backwards so the free list hands out low slots first.
        for index in (0..self.slots.len()).rev() {
            let marked = self.marks[index / 64] & (1 << (index % 64)) != 0;
            let slot = &mut self.slots[index];
            if marked {
                bytes += slot.size();
                live += 1;
            } else {
                if matches!(slot, Obj::Class(_)) {
                    freed_class = true;
                }
                let dead = core::mem::replace(slot, Obj::Free { next: free });
                if let Obj::Stream(s) = dead {
                    if s.needs_finalizing() {
                        self.finalized.push(*s);
                    }
                } else if dead.owns_memory() {
                    drop(dead);
                } else {
                    // Nothing to give back: skip the drop glue (most dead objects are
                    // floats and cells).
                    core::mem::forget(dead);
                }
                free = index as u32;
            }
        }
        if freed_class {
            types_changed();
        }
        // Trailing free slots could be trimmed here; keeping them makes reuse cheap.
        self.free = free;
        self.bytes = bytes;
        self.live = live;
        self.collections += 1;
        self.reset_threshold();
    }

    /// Checks the heap's invariants right after a collection from `roots`: every handle
    /// reachable from the roots is live, the free list holds exactly the free slots, and the
    /// byte count is the exact sum of the live objects' sizes. For tests and fuzzing.
    pub fn check(&self, roots: &[Value]) -> Result<(), alloc::string::String> {
        use alloc::format;
        let mut seen = alloc::vec![false; self.slots.len()];
        let mut work: Vec<Value> = roots.to_vec();
        while let Some(v) = work.pop() {
            let Some(h) = v.as_handle() else { continue };
            let Some(obj) = self.slots.get(h as usize) else {
                return Err(format!("handle {h} is past the end of the heap"));
            };
            if matches!(obj, Obj::Free { .. }) {
                return Err(format!("reachable handle {h} points to a free slot"));
            }
            if !core::mem::replace(&mut seen[h as usize], true) {
                obj.trace(|child| work.push(child));
            }
        }
        let mut free = 0;
        let mut at = self.free;
        while at != FREE_END {
            match self.slots.get(at as usize) {
                Some(Obj::Free { next }) => at = *next,
                _ => return Err(format!("free list reaches live or missing slot {at}")),
            }
            free += 1;
            if free > self.slots.len() {
                return Err("free list has a cycle".into());
            }
        }
        let live: Vec<&Obj> = self
            .slots
            .iter()
            .filter(|o| !matches!(o, Obj::Free { .. }))
            .collect();
        if live.len() + free != self.slots.len() || live.len() != self.live {
            return Err(format!(
                "{} slots: {} live (counted {}), {} on the free list",
                self.slots.len(),
                live.len(),
                self.live,
                free
            ));
        }
        let bytes: usize = live.iter().map(|o| o.size()).sum();
        if bytes != self.bytes {
            return Err(format!(
                "byte count {} but live objects take {bytes}",
                self.bytes
            ));
        }
        Ok(())
    }

    pub fn set_threshold(&mut self, threshold: usize) {
        if self.lock_depth == 0 {
            self.threshold = threshold.min(self.budget);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn slot_is_small() {
        assert!(
            core::mem::size_of::<Obj>() <= 32,
            "{}",
            core::mem::size_of::<Obj>()
        );
    }

    #[test]
    fn unreachable_objects_are_freed_and_slots_reused() {
        let mut heap = Heap::new(1 << 20);
        let a = heap.insert(Obj::Float(1.0));
        let b = heap.insert(Obj::Float(2.0));
        let list = heap.insert(Obj::List(vec![a]));
        heap.collect([list]);
        heap.check(&[list]).unwrap();
        assert_eq!(heap.live_objects(), 2);
        assert!(matches!(heap.get(b), Some(Obj::Free { .. })));
        let c = heap.insert(Obj::Float(3.0));
        assert_eq!(c, b);
        assert!(matches!(heap.get(a), Some(Obj::Float(x)) if *x == 1.0));
    }

    #[test]
    fn cycles_are_collected_and_accounting_is_exact() {
        let mut heap = Heap::new(1 << 20);
        let l1 = heap.insert(Obj::List(vec![]));
        let l2 = heap.insert(Obj::List(vec![l1]));
        if let Some(Obj::List(items)) = heap.get_mut(l1) {
            items.push(l2);
        }
        heap.collect([]);
        assert_eq!(heap.live_objects(), 0);
        assert_eq!(heap.bytes(), 0);
    }
}
