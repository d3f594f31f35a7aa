//! `Dict`: the insertion-ordered hash table behind `dict` (and module globals).
//!
//! Entries sit in a vector in insertion order; a `HashTable` of entry indices finds them by
//! hash. Deleting leaves a tombstone (`key == Value::DELETED`) so positions stay stable
//! for iterators.
//!
//! The entry vector follows CPython's layout step for step, because an iterator over a dict
//! that is changed under it sees positions: a table of `size` slots (a power of two, at least
//! 8) takes `size * 2 / 3` insertions; the one after that compacts the entries into a table
//! sized for three times the live items. Deleting never compacts, and `popitem` gives back the
//! tail of the vector (the next insertion reuses the position), as CPython's does.
//!
//! A dict of at most [`SMALL`] entry positions has no index: a lookup scans the entries,
//! which for the few keys of an instance's or a small literal's dict is quicker than hashing
//! into a table, and saves the table's allocation. The index is built when the entries
//! outgrow that and is only consulted while they do.
//!
//! The dict never compares keys itself: callers pass the hash and an equality closure, since
//! comparing keys needs the heap (strings, big ints, tuples) that the dict lives in.

use alloc::vec::Vec;

use hashbrown::HashTable;

use crate::value::Value;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

pub struct Dict {
    entries: Vec<Entry>,
    index: HashTable<u32>,
    len: usize,
    /// Insertions left before the next resize (CPython's `dk_usable`).
    usable: usize,
    /// Bumped by every change of the table's shape: a lookup that ran Python code (a key's
    /// `__eq__`) starts again when it moved.
    version: u32,
    /// A class's namespace: every change moves the type epoch (see `types::attr_cache`).
    watched: bool,
    /// Which of the dict types of `collections` it is, if any (`types::dict_kinds`).
    kind: DictKind,
    /// A defaultdict's `default_factory` (None when it has none), boxed so that the other
    /// dicts pay a pointer for it.
    factory: Option<alloc::boxed::Box<Value>>,
}

/// The builtin dict subclasses whose instances are dicts with a tag: every dict operation
/// applies to them, and their own behaviour (`__missing__`, order-sensitive `==`, the
/// repr) asks the tag.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictKind {
    Plain,
    DefaultDict,
    OrderedDict,
    Counter,
}

impl DictKind {
    pub fn type_id(self) -> crate::types::TypeId {
        use crate::types::TypeId;
        match self {
            DictKind::Plain => TypeId::Dict,
            DictKind::DefaultDict => TypeId::DefaultDict,
            DictKind::OrderedDict => TypeId::OrderedDict,
            DictKind::Counter => TypeId::Counter,
        }
    }

    /// The kind of dict instances of builtin type `t` have (`Plain` for `dict` itself).
    pub fn of(t: crate::types::TypeId) -> Option<DictKind> {
        use crate::types::TypeId;
        Some(match t {
            TypeId::Dict => DictKind::Plain,
            TypeId::DefaultDict => DictKind::DefaultDict,
            TypeId::OrderedDict => DictKind::OrderedDict,
            TypeId::Counter => DictKind::Counter,
            _ => return None,
        })
    }
}

/// Dict versions are drawn from one process-wide sequence, so a `(dict, version)` pair names
/// one state of one dict even when a freed dict's handle is reused (a global-name site relies
/// on it; it wraps only after 2^32 changes).
static VERSIONS: core::sync::atomic::AtomicU32 = core::sync::atomic::AtomicU32::new(1);

#[inline]
fn next_version() -> u32 {
    VERSIONS.fetch_add(1, core::sync::atomic::Ordering::Relaxed)
}

/// Entry positions (live or not) a dict holds before it keeps an index.
const SMALL: usize = 8;

/// The smallest table: 8 slots, 5 insertions.
const MIN_SIZE: usize = 8;

/// The hash the index files an entry under. Python's hashes are not spread (`hash(n) == n`
/// for small ints), while the index takes its slot from the low bits and a tag from the top
/// seven: unmixed, consecutive keys fill runs of slots that every miss then walks, and every
/// small int carries the same tag. A folded multiply spreads every input bit over both ends.
#[inline]
fn spread(hash: u64) -> u64 {
    let p = u128::from(hash) * 0x9E37_79B9_7F4A_7C15;
    (p as u64) ^ ((p >> 64) as u64)
}

/// Insertions a table of `size` slots takes.
fn usable(size: usize) -> usize {
    size * 2 / 3
}

impl Default for Dict {
    fn default() -> Dict {
        Dict {
            entries: Vec::new(),
            index: HashTable::new(),
            len: 0,
            usable: usable(MIN_SIZE),
            version: next_version(),
            watched: false,
            kind: DictKind::Plain,
            factory: None,
        }
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty dict with room for `n` entries before its entry vector grows.
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            ..Dict::default()
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn kind(&self) -> DictKind {
        self.kind
    }

    /// Tags the dict as `kind`; a defaultdict starts with no factory (None).
    /// Returns the bytes the dict grew by (a defaultdict's factory).
    pub fn set_kind(&mut self, kind: DictKind) -> usize {
        self.kind = kind;
        let had = self.factory.is_some();
        self.factory = (kind == DictKind::DefaultDict).then(|| alloc::boxed::Box::new(Value::NONE));
        if self.factory.is_some() && !had {
            core::mem::size_of::<Value>()
        } else {
            0
        }
    }

    /// A defaultdict's `default_factory` (None for the other kinds).
    pub fn factory(&self) -> Value {
        self.factory.as_deref().copied().unwrap_or(Value::NONE)
    }

    pub fn set_factory(&mut self, f: Value) {
        if let Some(slot) = self.factory.as_deref_mut() {
            *slot = f;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The entry index of the key with `hash` for which `eq` holds.
    #[inline]
    pub fn find(&self, hash: u64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        if entries.len() <= SMALL {
            return entries
                .iter()
                .position(|e| e.hash == hash && e.key != Value::DELETED && eq(e.key));
        }
        self.index
            .find(spread(hash), |&i| {
                let e = &entries[i as usize];
                e.hash == hash && eq(e.key)
            })
            .map(|&i| i as usize)
    }

    /// The positions of the live entries with `hash`.
    pub fn candidates(&self, hash: u64) -> alloc::vec::Vec<usize> {
        let entries = &self.entries;
        if entries.len() <= SMALL {
            return (0..entries.len())
                .filter(|&i| entries[i].hash == hash && entries[i].key != Value::DELETED)
                .collect();
        }
        self.index
            .iter_hash(spread(hash))
            .map(|&i| i as usize)
            .filter(|&i| entries[i].hash == hash && entries[i].key != Value::DELETED)
            .collect()
    }

    /// Makes every later change of this dict invalidate the attribute cache.
    pub fn watch(&mut self) {
        self.watched = true;
    }

    #[inline]
    fn changed(&self) {
        if self.watched {
            crate::heap::types_changed();
        }
    }

    pub fn version(&self) -> u32 {
        self.version
    }

    /// The value at position `i` if the key there is `key` (identity): the check behind a
    /// position hint.
    #[inline]
    pub fn value_if_key_at(&self, i: usize, key: Value) -> Option<Value> {
        self.entries
            .get(i)
            .filter(|e| e.key == key)
            .map(|e| e.value)
    }

    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| e.key != Value::DELETED)
    }

    pub fn set_value(&mut self, i: usize, value: Value) {
        self.changed();
        if let Some(e) = self.entries.get_mut(i) {
            e.value = value;
        }
    }

    /// Whether the next `push` may allocate (the table resizes or the entries grow).
    pub fn push_allocates(&self) -> bool {
        self.usable == 0
            || self.entries.len() == self.entries.capacity()
            || self.entries.len() == SMALL
    }

    /// Appends a key the caller has checked is absent. Returns the bytes the dict grew by.
    pub fn push(&mut self, hash: u64, key: Value, value: Value) -> usize {
        let before = self.heap_bytes();
        self.changed();
        self.version = next_version();
        if self.usable == 0 {
            self.resize((self.len * 3).next_power_of_two().max(MIN_SIZE));
        }
        self.usable -= 1;
        let i = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        if self.entries.len() == SMALL + 1 {
            self.reindex();
        } else if self.entries.len() > SMALL {
            let entries = &self.entries;
            self.index
                .insert_unique(spread(hash), i, |&j| spread(entries[j as usize].hash));
        }
        self.len += 1;
        self.heap_bytes().saturating_sub(before)
    }

    /// Removes the entry at `i`, returning its key and value.
    pub fn remove(&mut self, i: usize) -> Option<(Value, Value)> {
        let e = *self.entry(i)?;
        self.changed();
        self.version = next_version();
        if self.entries.len() > SMALL
            && let Ok(slot) = self.index.find_entry(spread(e.hash), |&j| j as usize == i)
        {
            slot.remove();
        }
        self.entries[i] = Entry {
            hash: 0,
            key: Value::DELETED,
            value: Value::DELETED,
        };
        self.len -= 1;
        Some((e.key, e.value))
    }

    /// Removes the last live entry (`popitem`) and gives its position back, with any
    /// tombstones after it.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.last()?;
        let removed = self.remove(i);
        self.entries.truncate(i);
        removed
    }

    /// Drops tombstones, rebuilds the index, and takes `usable(size)` insertions in all.
    fn resize(&mut self, size: usize) {
        self.usable = usable(size) - self.len;
        self.entries.retain(|e| e.key != Value::DELETED);
        self.reindex();
    }

    /// Rebuilds the index from the entries (empty while they fit the linear scan).
    fn reindex(&mut self) {
        self.index.clear();
        if self.entries.len() <= SMALL {
            return;
        }
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if e.key != Value::DELETED {
                self.index.insert_unique(spread(e.hash), i as u32, |&j| {
                    spread(entries[j as usize].hash)
                });
            }
        }
    }

    pub fn clear(&mut self) {
        self.changed();
        self.version = next_version();
        self.entries.clear();
        self.index.clear();
        self.len = 0;
        self.usable = usable(MIN_SIZE);
    }

    /// The live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.key != Value::DELETED)
    }

    /// The first live entry at or after position `pos`, with its position.
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find(|(_, e)| e.key != Value::DELETED)
    }

    /// The last live entry before position `pos`, with its position (reversed iteration).
    pub fn prev_before(&self, pos: usize) -> Option<(usize, &Entry)> {
        let below = self.entries.get(..pos).unwrap_or(&self.entries);
        let at = below.iter().rposition(|e| e.key != Value::DELETED)?;
        Some((at, &self.entries[at]))
    }

    /// The number of entry positions, live or deleted (where reversed iteration starts).
    pub fn positions(&self) -> usize {
        self.entries.len()
    }

    /// The last live entry (for `popitem`).
    pub fn last(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.key != Value::DELETED)
    }

    /// The first live entry.
    pub fn first(&self) -> Option<usize> {
        self.entries.iter().position(|e| e.key != Value::DELETED)
    }

    /// Moves the live entry at `i` in front of every other (`move_to_end(k, last=False)`),
    /// in place: no allocation, the index rebuilt.
    pub fn move_to_front(&mut self, i: usize) {
        if i >= self.entries.len() {
            return;
        }
        self.changed();
        self.version = next_version();
        self.entries[..=i].rotate_right(1);
        self.reindex();
    }

    pub fn heap_bytes(&self) -> usize {
        let factory = if self.factory.is_some() {
            core::mem::size_of::<Value>()
        } else {
            0
        };
        self.entries.capacity() * core::mem::size_of::<Entry>()
            + self.index.capacity() * 5
            + factory
    }

    pub fn trace(&self, mut f: impl FnMut(Value)) {
        for e in self.iter() {
            f(e.key);
            f(e.value);
        }
        if let Some(&factory) = self.factory.as_deref() {
            f(factory);
        }
    }
}

impl crate::vm::Vm {
    pub(crate) fn dict_ref(&self, d: Value) -> Option<&Dict> {
        match self.heap.get(d) {
            Some(crate::heap::Obj::Dict(dict)) => Some(dict),
            _ => None,
        }
    }

    /// The position of `key` (with `hash`) in dict `d`. Keys of builtin types compare
    /// without running Python code; when a candidate needs a class's `__eq__`, each call
    /// is followed by a check that the table did not change under it, and the lookup
    /// starts again if it did, as CPython's does.
    pub(crate) fn dict_find(
        &mut self,
        d: Value,
        hash: u64,
        key: Value,
    ) -> crate::vm::PyResult<Option<usize>> {
        loop {
            let Some(dict) = self.dict_ref(d) else {
                return Ok(None);
            };
            let mut needs_python = false;
            let found = dict.find(hash, |k| {
                if k == key {
                    return true;
                }
                if self.needs_python_eq(k, key) {
                    needs_python = true;
                    return false;
                }
                self.key_eq(k, key, 0)
            });
            if found.is_some() || !needs_python {
                return Ok(found);
            }
            let version = dict.version();
            let candidates = dict.candidates(hash);
            let mut moved = false;
            for i in candidates {
                let Some(k) = self
                    .dict_ref(d)
                    .and_then(|dict| dict.entry(i))
                    .map(|e| e.key)
                else {
                    moved = true;
                    break;
                };
                self.roots.push(k);
                let equal = self.eq(k, key);
                self.roots.pop();
                let equal = equal?;
                let same = self.dict_ref(d).is_some_and(|dict| {
                    dict.version() == version && dict.entry(i).is_some_and(|e| e.key == k)
                });
                if !same {
                    moved = true;
                    break;
                }
                if equal {
                    return Ok(Some(i));
                }
            }
            if !moved {
                return Ok(None);
            }
            self.tick()?;
        }
    }

    /// Whether `m` is a mapping to `**`, `dict()` and `update()`: a dict, or an object
    /// whose type has `keys`.
    pub(crate) fn is_mapping(&self, m: Value) -> bool {
        self.dict_ref(m).is_some() || self.lookup(self.type_of(m), crate::qstr::Q::keys).is_some()
    }

    /// Calls `each(key, m[key])` for every key of mapping `m`: `m.keys()` then `m[key]`,
    /// as CPython reads a mapping that is not a plain dict.
    pub(crate) fn mapping_items(
        &mut self,
        m: Value,
        mut each: impl FnMut(&mut Vm, Value, Value) -> crate::vm::PyResult<()>,
    ) -> crate::vm::PyResult<()> {
        if self.dict_ref(m).is_some() && !self.is_user_obj(m) {
            for (k, v) in self.dict_items(m) {
                each(self, k, v)?;
            }
            return Ok(());
        }
        let keys_fn = self.load_attr(m, crate::qstr::Q::keys)?;
        let keys = self.call_value(keys_fn, &[])?;
        self.roots.push(keys);
        let keys = self.collect_iterable(keys);
        self.roots.pop();
        let keys = keys?;
        let held = keys.len() * core::mem::size_of::<Value>();
        self.heap.hold(held);
        let base = self.roots.len();
        self.roots.extend_from_slice(&keys);
        let r = (|| {
            for &k in &keys {
                let v = self.subscr(m, k)?;
                self.roots.push(v);
                let r = each(self, k, v);
                self.roots.pop();
                r?;
            }
            Ok(())
        })();
        self.roots.truncate(base);
        self.heap.release(held);
        r
    }

    /// `**m` among the arguments of a call of `f`: merges `m` into the keywords `d`.
    /// What a dict merge reads from `m`: a dict subclass that keeps dict's own iteration
    /// is read as the dict it extends, bypassing its `__getitem__` and `keys` (as CPython's
    /// merge does); anything else as itself.
    fn merge_source(&self, m: Value) -> Value {
        match self.user_class_of(m) {
            Some(t)
                if self.dict_ref(self.payload(m)).is_some()
                    && self.lookup_user(t, crate::qstr::Q::__iter__).is_none() =>
            {
                self.payload(m)
            }
            _ => m,
        }
    }

    pub(crate) fn dict_merge(&mut self, f: Value, d: Value, m: Value) -> crate::vm::PyResult<()> {
        if !self.is_mapping(m) {
            return Err(self.star_error(Some(f), m, "**", "a mapping"));
        }
        let m = self.merge_source(m);
        self.mapping_items(m, |vm, k, v| {
            if vm.str_text(k).is_none() {
                return Err(vm.type_error("keywords must be strings"));
            }
            if vm.dict_get(d, k)?.is_some() {
                return Err(vm.repeated_keyword(f, k));
            }
            vm.dict_set(d, k, v)
        })
    }

    /// `f() got multiple values for keyword argument 'k'`.
    pub(crate) fn repeated_keyword(&mut self, f: Value, k: Value) -> crate::vm::Raised {
        let msg = alloc::format!(
            "{} got multiple values for keyword argument '{}'",
            self.function_str(f),
            self.string_of(k)
        );
        self.type_error(&msg)
    }

    /// `f() argument after * must be an iterable, not int` (or, with no call, the display's
    /// `Value after * must be ...`).
    pub(crate) fn star_error(
        &mut self,
        f: Option<Value>,
        v: Value,
        star: &str,
        what: &str,
    ) -> crate::vm::Raised {
        let t = self.type_name_of(v);
        let msg = match f {
            Some(f) => alloc::format!(
                "{} argument after {star} must be {what}, not {t}",
                self.function_str(f)
            ),
            None => alloc::format!("Value after {star} must be {what}, not {t}"),
        };
        self.type_error(&msg)
    }

    /// How CPython names a callable in argument errors: `module.qualname()` for a Python
    /// function or method, `name()` for a builtin, else `T object`.
    pub(crate) fn function_str(&self, f: Value) -> alloc::string::String {
        let f = match self.heap.get(f) {
            Some(crate::heap::Obj::BoundMethod { func, .. }) => *func,
            _ => f,
        };
        match self.heap.get(f) {
            Some(crate::heap::Obj::Function(func)) => {
                let module = self
                    .dict_get_qstr(func.globals, crate::qstr::Q::__name__)
                    .and_then(|m| self.str_text(m))
                    .unwrap_or("");
                let name = self.qstrs.text(func.code.qualname);
                if module.is_empty() || module == "builtins" {
                    alloc::format!("{name}()")
                } else {
                    alloc::format!("{module}.{name}()")
                }
            }
            Some(crate::heap::Obj::Class(_)) => alloc::format!("{}()", self.qualified_name(f)),
            _ => {
                if let Some(n) = f
                    .as_native()
                    .and_then(|n| crate::builtins::NATIVES.get(n as usize))
                {
                    return alloc::format!("{}()", n.name);
                }
                if let Some(t) = f.as_builtin_type() {
                    return alloc::format!("{}()", t.name());
                }
                alloc::format!("{} object", self.type_name_of(f))
            }
        }
    }

    /// Whether comparing two keys may run Python code (a class's `__eq__`, inside tuples too).
    pub(crate) fn needs_python_eq(&self, a: Value, b: Value) -> bool {
        if a.as_handle().is_none() && b.as_handle().is_none() {
            return false;
        }
        if self.is_user_obj(a) || self.is_user_obj(b) {
            return true;
        }
        if self.complex_of(a).is_some() || self.complex_of(b).is_some() {
            return true;
        }
        matches!(
            (self.heap.get(a), self.heap.get(b)),
            (
                Some(crate::heap::Obj::Tuple(_)),
                Some(crate::heap::Obj::Tuple(_))
            ) | (
                Some(crate::heap::Obj::Set(_)),
                Some(crate::heap::Obj::Set(_))
            )
        )
    }

    /// `d[key]` if present. Raises for an unhashable key, or what a key's `__eq__` raises.
    pub(crate) fn dict_get(&mut self, d: Value, key: Value) -> crate::vm::PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let Some(i) = self.dict_find(d, hash, key)? else {
            return Ok(None);
        };
        Ok(self
            .dict_ref(d)
            .and_then(|dict| dict.entry(i))
            .map(|e| e.value))
    }

    /// `dict_get_qstr` for an attribute of an instance of a class: tries the position the
    /// attribute cache's entry `at` remembers first, and remembers where it was found.
    #[inline]
    pub(crate) fn dict_get_attr(
        &self,
        d: Value,
        name: crate::qstr::Qstr,
        at: usize,
    ) -> Option<Value> {
        let dict = self.dict_ref(d)?;
        let key = Value::qstr(name);
        let hint = self.attr_cache.hint(at) as usize;
        if let Some(v) = dict.value_if_key_at(hint, key) {
            return Some(v);
        }
        let hash = self.qstrs.hash(name);
        let i = dict.find(hash, |k| {
            k == key || (k.as_qstr().is_none() && self.key_eq(k, key, 0))
        })?;
        self.attr_cache.set_hint(at, i as u32);
        dict.entry(i).map(|e| e.value)
    }

    /// Lookup by an interned name (globals, builtins): never raises.
    pub(crate) fn dict_get_qstr(&self, d: Value, name: crate::qstr::Qstr) -> Option<Value> {
        let dict = self.dict_ref(d)?;
        let key = Value::qstr(name);
        let hash = self.qstrs.hash(name);
        let i = dict.find(hash, |k| {
            k == key || (k.as_qstr().is_none() && self.key_eq(k, key, 0))
        })?;
        dict.entry(i).map(|e| e.value)
    }

    /// `d[key] = value`.
    pub(crate) fn dict_set(
        &mut self,
        d: Value,
        key: Value,
        value: Value,
    ) -> crate::vm::PyResult<()> {
        let hash = self.hash(key)?;
        if self.dict_ref(d).is_none() {
            return Ok(());
        }
        if let Some(i) = self.dict_find(d, hash, key)? {
            if let Some(crate::heap::Obj::Dict(dict)) = self.heap.get_mut(d) {
                dict.set_value(i, value);
            }
            return Ok(());
        }
        // Only growth needs room: a dict with space left takes a key even in a full heap.
        let grows = self.dict_ref(d).is_some_and(|dict| dict.push_allocates());
        if grows {
            let extra = self.dict_ref(d).map_or(0, |dict| dict.heap_bytes()).max(64);
            self.reserve_bytes(extra)?;
        }
        if let Some(crate::heap::Obj::Dict(dict)) = self.heap.get_mut(d) {
            let grew = dict.push(hash, key, value);
            self.heap.grew(grew);
        }
        Ok(())
    }

    /// `del d[key]`: false when absent.
    pub(crate) fn dict_delete(&mut self, d: Value, key: Value) -> crate::vm::PyResult<bool> {
        Ok(self.dict_pop(d, key)?.is_some())
    }

    /// Removes `key`, returning its value.
    pub(crate) fn dict_pop(&mut self, d: Value, key: Value) -> crate::vm::PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let Some(i) = self.dict_find(d, hash, key)? else {
            return Ok(None);
        };
        match self.heap.get_mut(d) {
            Some(crate::heap::Obj::Dict(dict)) => Ok(dict.remove(i).map(|(_, v)| v)),
            _ => Ok(None),
        }
    }

    /// The items of a dict, in order.
    pub(crate) fn dict_items(&self, d: Value) -> alloc::vec::Vec<(Value, Value)> {
        self.dict_ref(d)
            .map(|dict| dict.iter().map(|e| (e.key, e.value)).collect())
            .unwrap_or_default()
    }

    pub(crate) fn dict_len(&self, d: Value) -> usize {
        self.dict_ref(d).map_or(0, |dict| dict.len())
    }

    /// `d.update(m)` for a dict `m`, or an iterable of pairs.
    pub(crate) fn dict_update_from(&mut self, d: Value, m: Value) -> crate::vm::PyResult<()> {
        let m = self.merge_source(m);
        if self.dict_ref(m).is_some() && !self.is_user_obj(m) {
            for (k, v) in self.dict_items(m) {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if self.is_mapping(m) {
            return self.mapping_items(m, |vm, k, v| vm.dict_set(d, k, v));
        }
        let pairs = self.collect_iterable(m)?;
        self.roots.push(m);
        let r = (|| {
            for (n, pair) in pairs.into_iter().enumerate() {
                let items = self.collect_iterable(pair).map_err(|_| {
                    self.pending = Value::NONE;
                    let msg = alloc::format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    );
                    self.type_error(&msg)
                })?;
                if items.len() != 2 {
                    let msg = alloc::format!(
                        "dictionary update sequence element #{n} has length {}; 2 is required",
                        items.len()
                    );
                    return Err(self.value_error(&msg));
                }
                self.dict_set(d, items[0], items[1])?;
            }
            Ok(())
        })();
        self.roots.pop();
        r
    }
}

// --- methods ---

use crate::builtins::{Kw, arity};
use crate::heap::{DictViewKind, Obj};
use crate::vm::{PyResult, Vm};

fn dict_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if matches!(vm.heap.get(v), Some(Obj::Dict(_))) => Ok(v),
        _ => {
            let receiver = args.first().copied();
            Err(crate::builtins::wrong_receiver(vm, name, "dict", receiver))
        }
    }
}

/// Raises `KeyError(key)`.
pub(crate) fn key_error(vm: &mut Vm, key: Value) -> crate::vm::Raised {
    match vm.new_tuple(alloc::vec![key]) {
        Ok(args) => {
            match vm.new_exception(Value::builtin_type(crate::types::TypeId::KeyError), args) {
                Ok(exc) => vm.raise(exc),
                Err(r) => r,
            }
        }
        Err(r) => r,
    }
}

pub fn get(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "dict.get", &[])?;
    let d = dict_arg(vm, args, "get")?;
    arity(vm, "dict.get", &args[1..], 1, 2)?;
    Ok(vm
        .dict_get(d, args[1])?
        .unwrap_or(args.get(2).copied().unwrap_or(Value::NONE)))
}

fn view(vm: &mut Vm, args: &[Value], kw: Kw, kind: DictViewKind, name: &str) -> PyResult {
    kw.check(vm, &alloc::format!("dict.{name}"), &[])?;
    let d = dict_arg(vm, args, name)?;
    arity(vm, &alloc::format!("dict.{name}"), &args[1..], 0, 0)?;
    vm.alloc(Obj::DictView { dict: d, kind })
}

pub fn keys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    view(vm, args, kw, DictViewKind::Keys, "keys")
}

pub fn values(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    view(vm, args, kw, DictViewKind::Values, "values")
}

pub fn items(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    view(vm, args, kw, DictViewKind::Items, "items")
}

pub fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "dict.pop", &[])?;
    let d = dict_arg(vm, args, "pop")?;
    arity(vm, "dict.pop", &args[1..], 1, 2)?;
    match vm.dict_pop(d, args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(&default) => Ok(default),
            None => Err(key_error(vm, args[1])),
        },
    }
}

pub fn setdefault(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "dict.setdefault", &[])?;
    let d = dict_arg(vm, args, "setdefault")?;
    arity(vm, "dict.setdefault", &args[1..], 1, 2)?;
    if let Some(v) = vm.dict_get(d, args[1])? {
        return Ok(v);
    }
    let default = args.get(2).copied().unwrap_or(Value::NONE);
    vm.dict_set(d, args[1], default)?;
    Ok(default)
}

pub fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let d = dict_arg(vm, args, "update")?;
    arity(vm, "dict.update", &args[1..], 0, 1)?;
    if let Some(&m) = args.get(1) {
        vm.dict_update_from(d, m)?;
    }
    for (&k, &v) in kw.names.iter().zip(kw.values) {
        vm.dict_set(d, k, v)?;
    }
    Ok(Value::NONE)
}

pub fn clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "dict.clear", &[])?;
    let d = dict_arg(vm, args, "clear")?;
    arity(vm, "dict.clear", &args[1..], 0, 0)?;
    if let Some(Obj::Dict(dict)) = vm.heap.get_mut(d) {
        dict.clear();
    }
    Ok(Value::NONE)
}

pub fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "dict.copy", &[])?;
    let d = dict_arg(vm, args, "copy")?;
    arity(vm, "dict.copy", &args[1..], 0, 0)?;
    let new = vm.new_dict()?;
    for (k, v) in vm.dict_items(d) {
        vm.dict_set(new, k, v)?;
    }
    Ok(new)
}

pub fn popitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "dict.popitem", &[])?;
    let d = dict_arg(vm, args, "popitem")?;
    arity(vm, "dict.popitem", &args[1..], 0, 0)?;
    let removed = match vm.heap.get_mut(d) {
        Some(Obj::Dict(dict)) => dict.pop_last(),
        _ => None,
    };
    match removed {
        Some((k, v)) => {
            vm.roots.extend([k, v]);
            let t = vm.new_tuple(alloc::vec![k, v]);
            vm.roots.truncate(vm.roots.len() - 2);
            t
        }
        None => Err(vm.raise_new(
            crate::types::TypeId::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

/// `dict.fromkeys(iterable, value=None)`: a class method (a subclass makes its own kind).
pub fn fromkeys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "dict.fromkeys", &[])?;
    let (cls, rest) = match args.first() {
        Some(&c) if vm.is_type(c) => (c, &args[1..]),
        _ => (Value::builtin_type(crate::types::TypeId::Dict), args),
    };
    crate::builtins::arity(vm, "fromkeys", rest, 1, 2)?;
    let value = rest.get(1).copied().unwrap_or(Value::NONE);
    let d = if cls == Value::builtin_type(crate::types::TypeId::Dict) {
        vm.new_dict()?
    } else {
        vm.call_value(cls, &[])?
    };
    vm.roots.push(d);
    let r = vm.for_each_item(rest[0], |vm, k| {
        vm.store_subscr(d, k, value)?;
        Ok(true)
    });
    vm.roots.pop();
    r.map(|()| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Value {
        Value::small(i).unwrap()
    }

    #[test]
    fn keeps_insertion_order_across_deletes() {
        let mut d = Dict::new();
        for i in 0..20 {
            d.push(i as u64 % 3, int(i), int(i * 10));
        }
        for i in 0..15 {
            let at = d.find(i as u64 % 3, |k| k == int(i)).unwrap();
            assert_eq!(d.remove(at), Some((int(i), int(i * 10))));
        }
        let keys: Vec<Value> = d.iter().map(|e| e.key).collect();
        assert_eq!(keys, (15..20).map(int).collect::<Vec<_>>());
        assert_eq!(d.len(), 5);
        assert!(d.find(19 % 3, |k| k == int(19)).is_some());
        assert!(d.find(3 % 3, |k| k == int(3)).is_none());
    }
}
