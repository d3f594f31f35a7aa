//! `set` and `frozenset`: an open-addressing hash table laid out as CPython's is.
//!
//! The layout is behaviour: a set iterates (and prints) in the order of its table slots,
//! so `{3, 1, 2}` prints `{1, 2, 3}` as in CPython only if every slot is chosen the same
//! way. The table follows CPython's `setobject.c` step for step: sizes are powers of two
//! from 8; a key's probe sequence is `hash & mask`, then up to 9 linear neighbours, then
//! `i = i * 5 + 1 + perturb` with `perturb >>= 5`; deleting leaves a dummy; the table grows
//! when `fill * 5 >= mask * 3`, to hold `used * 4` (`used * 2` past 50000), re-inserting
//! the entries in slot order.
//!
//! Like `Dict`, the table never compares keys itself: the VM does (`set_find`), since
//! equality may run a class's `__eq__`, after which the probe restarts if the table moved.

use alloc::vec;
use alloc::vec::Vec;

use crate::value::Value;

/// `hash` of an empty slot is irrelevant; a dummy's key is `Value::DELETED`.
#[derive(Clone, Copy)]
pub struct SetEntry {
    pub hash: u64,
    pub key: Value,
}

const EMPTY: SetEntry = SetEntry {
    hash: 0,
    key: Value::UNBOUND,
};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

pub struct SetTable {
    table: Vec<SetEntry>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` looks next.
    finger: usize,
    /// Bumped by every change of the table's shape.
    version: u32,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable::new()
    }
}

/// The result of looking a key up.
pub enum Probe {
    /// The key is at this slot.
    Found(usize),
    /// Absent: it would go at this slot.
    Absent(usize),
    /// The slot holds a key with the same hash that only Python code can compare.
    Compare(usize),
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            table: vec![EMPTY; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn version(&self) -> u32 {
        self.version
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The slots `hash` probes, in order, until `visit` stops the walk.
    fn probe(&self, hash: u64, mut visit: impl FnMut(usize) -> bool) {
        let mask = self.mask();
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if !visit(j) {
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Looks `key` up: `same(k)` answers whether slot key `k` (with an equal hash) is the
    /// key without running Python code, `None` when it cannot tell. `skip` lists slots
    /// already compared by Python code and found unequal.
    pub fn find(
        &self,
        hash: u64,
        key: Value,
        skip: &[usize],
        mut same: impl FnMut(Value) -> Option<bool>,
    ) -> Probe {
        let mut free = None;
        let mut result = None;
        self.probe(hash, |j| {
            let e = self.table[j];
            if e.key == Value::UNBOUND {
                result = Some(Probe::Absent(free.unwrap_or(j)));
                return false;
            }
            if e.key == Value::DELETED {
                // A new key takes the last dummy its probe passed, as in CPython.
                free = Some(j);
                return true;
            }
            if e.hash == hash && !skip.contains(&j) {
                if e.key == key {
                    result = Some(Probe::Found(j));
                    return false;
                }
                match same(e.key) {
                    Some(true) => {
                        result = Some(Probe::Found(j));
                        return false;
                    }
                    Some(false) => {}
                    None => {
                        result = Some(Probe::Compare(j));
                        return false;
                    }
                }
            }
            true
        });
        result.unwrap_or(Probe::Absent(0))
    }

    pub fn entry(&self, i: usize) -> Option<SetEntry> {
        self.table
            .get(i)
            .copied()
            .filter(|e| e.key != Value::UNBOUND && e.key != Value::DELETED)
    }

    /// Puts a key found absent at `slot`. Returns the bytes the table grew by.
    pub fn insert_at(&mut self, slot: usize, hash: u64, key: Value) -> usize {
        let before = self.heap_bytes();
        self.version = self.version.wrapping_add(1);
        let was = self.table[slot].key;
        self.table[slot] = SetEntry { hash, key };
        self.used += 1;
        if was == Value::UNBOUND {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let minused = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(minused);
            }
        }
        self.heap_bytes().saturating_sub(before)
    }

    /// Grows (or rebuilds) the table to hold more than `minused` entries.
    pub fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = core::mem::replace(&mut self.table, vec![EMPTY; size]);
        self.version = self.version.wrapping_add(1);
        self.fill = self.used;
        for e in old {
            if e.key != Value::UNBOUND && e.key != Value::DELETED {
                self.insert_clean(e.hash, e.key);
            }
        }
    }

    /// Inserts into a table known to hold no dummies and not this key.
    fn insert_clean(&mut self, hash: u64, key: Value) {
        let mut slot = 0;
        self.probe(hash, |j| {
            if self.table[j].key == Value::UNBOUND {
                slot = j;
                return false;
            }
            true
        });
        self.table[slot] = SetEntry { hash, key };
    }

    /// Removes the key at slot `i` (leaving a dummy).
    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
        let e = self.entry(i)?;
        self.version = self.version.wrapping_add(1);
        self.table[i] = SetEntry {
            hash: u64::MAX,
            key: Value::DELETED,
        };
        self.used -= 1;
        Some(e.key)
    }

    /// `set.pop()`: the first active slot from the finger on.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.table.len();
        let mut i = self.finger & self.mask();
        for _ in 0..n {
            if self.entry(i).is_some() {
                let key = self.remove_at(i);
                self.finger = i + 1;
                return key;
            }
            i = (i + 1) & self.mask();
        }
        None
    }

    pub fn clear(&mut self) {
        *self = SetTable::new();
    }

    /// The active entries in slot order.
    pub fn iter(&self) -> impl Iterator<Item = SetEntry> + '_ {
        self.table
            .iter()
            .copied()
            .filter(|e| e.key != Value::UNBOUND && e.key != Value::DELETED)
    }

    /// The first active slot at or after `pos`, with its key.
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        (pos..self.table.len()).find_map(|i| self.entry(i).map(|e| (i, e.key)))
    }

    /// Makes room before merging `extra` more keys, as CPython's `set_merge` does.
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// The table's slot count.
    pub fn slots(&self) -> usize {
        self.table.len()
    }

    pub fn heap_bytes(&self) -> usize {
        self.table.capacity() * core::mem::size_of::<SetEntry>()
    }

    pub fn trace(&self, mut f: impl FnMut(Value)) {
        for e in self.iter() {
            f(e.key);
        }
    }
}
