//! The attribute cache: what a name resolves to along a type's MRO, remembered per
//! `(type, name)` so attribute reads, method calls and dunder dispatch on instances do not
//! walk the MRO's dicts every time.
//!
//! A direct-mapped table of entries, each tagged with the type epoch it was filled at
//! ([`crate::heap::type_epoch`]). The epoch moves whenever a cached answer could change: a
//! class's own dict is written (its `Dict` is watched), a class is created, or one is freed
//! (its handle may come back as another class). An entry from an older epoch is a miss, so
//! the cache never answers from stale data; it only needs the epoch not to wrap all the way
//! round between a fill and a read (2^32 class-dict writes).
//!
//! The table is small and fixed (it is part of the VM's static footprint on the board).

use core::cell::Cell;

use crate::qstr::Qstr;
use crate::value::Value;

/// Entries in the table (a power of two).
#[cfg(target_pointer_width = "64")]
const ENTRIES: usize = 512;
#[cfg(not(target_pointer_width = "64"))]
const ENTRIES: usize = 64;

/// What is being asked of the MRO (part of the key).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Query {
    /// The first definition along the MRO (`lookup`).
    Any = 0,
    /// The first definition, when Python code made it (`lookup_user`).
    User = 1,
}

#[derive(Clone, Copy)]
struct Entry {
    ty: Value,
    /// The name's qstr id with the query in the top bit.
    key: u32,
    epoch: u32,
    /// The answer, `UNBOUND` for none.
    value: Value,
    /// For `Query::Any`: where the name last sat in an instance's attribute dict (instances
    /// of one class usually fill their dicts in the same order), `u32::MAX` for unknown. A
    /// hint is only ever checked, never trusted.
    hint: u32,
}

const EMPTY: Entry = Entry {
    ty: Value::UNBOUND,
    key: 0,
    epoch: 0,
    value: Value::UNBOUND,
    hint: u32::MAX,
};

pub(crate) struct AttrCache {
    entries: alloc::boxed::Box<[Cell<Entry>]>,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            entries: (0..ENTRIES).map(|_| Cell::new(EMPTY)).collect(),
        }
    }
}

impl AttrCache {
    /// The answer to `query` for `name` on type `ty`, computing it with `miss` when the
    /// table does not hold a current one.
    #[inline]
    pub(crate) fn get(
        &self,
        ty: Value,
        name: Qstr,
        query: Query,
        miss: impl FnOnce() -> Option<Value>,
    ) -> Option<Value> {
        self.get_slot(ty, name, query, miss).0
    }

    /// `get`, also returning the entry's slot for `hint`/`set_hint`.
    #[inline]
    pub(crate) fn get_slot(
        &self,
        ty: Value,
        name: Qstr,
        query: Query,
        miss: impl FnOnce() -> Option<Value>,
    ) -> (Option<Value>, usize) {
        let key = name.0 | (query as u32) << 31;
        let at = Self::slot(ty, key);
        let slot = &self.entries[at];
        let epoch = crate::heap::type_epoch();
        let e = slot.get();
        if e.ty == ty && e.key == key && e.epoch == epoch {
            return ((e.value != Value::UNBOUND).then_some(e.value), at);
        }
        let found = miss();
        slot.set(Entry {
            ty,
            key,
            epoch,
            value: found.unwrap_or(Value::UNBOUND),
            hint: u32::MAX,
        });
        (found, at)
    }

    #[inline]
    fn slot(ty: Value, key: u32) -> usize {
        let mix = (ty.raw() >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ u64::from(key);
        (mix.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 40) as usize % ENTRIES
    }

    /// The instance-dict position last seen for the entry at `at` (`u32::MAX` if none).
    #[inline]
    pub(crate) fn hint(&self, at: usize) -> u32 {
        self.entries.get(at).map_or(u32::MAX, |e| e.get().hint)
    }

    /// Remembers where the name of the entry at `at` sat in an instance's dict.
    #[inline]
    pub(crate) fn set_hint(&self, at: usize, hint: u32) {
        if let Some(slot) = self.entries.get(at) {
            let mut e = slot.get();
            e.hint = hint;
            slot.set(e);
        }
    }
}
