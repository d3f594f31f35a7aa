//! Inline caches of attribute sites: each code object keeps, per entry of its `names`, what
//! the last `obj.name` read, method load or store through that name found, so the next one
//! on an instance of the same class skips the MRO walk, the `__getattribute__` check and
//! the hashing of the instance's dict.
//!
//! A site remembers the instance's class, the type epoch it was filled at
//! ([`crate::heap::type_epoch`], which moves whenever any class's namespace changes), and one
//! of three answers:
//! - `DICT`: the attribute is in the instance's dict at position `hint`, and nothing on the
//!   class takes precedence (no `__getattribute__`, no data descriptor of that name);
//! - `METHOD`: the class's plain function `value`, not shadowed in the instance's dict (which
//!   is checked on every use);
//! - `NATIVE`: for a method call on a builtin value (a dict, a str, ...), the type's native
//!   method; keyed by the builtin type, which never changes, so no epoch applies;
//! - `CLASS`: for a read, a plain value on the class (a number, str, tuple, ... that no type
//!   binds), not shadowed in the instance's dict (checked on every use);
//! - `STORE`: a store goes straight into the instance's dict at `hint` (no `__setattr__`, no
//!   descriptor, no `__slots__`).
//!
//! Every use checks the class, the epoch and, for `DICT`/`STORE`, that the key at `hint` is
//! the name; anything else falls back to the general path, which then refills the site. So a
//! site can only ever make a lookup faster, never answer differently.

use core::cell::Cell;

use super::{PyResult, Vm};
use crate::heap::Obj;
use crate::qstr::Qstr;
use crate::value::Value;

const EMPTY: u8 = 0;
const DICT: u8 = 1;
const METHOD: u8 = 2;
const STORE: u8 = 3;
/// A site that saw too many classes: no longer filled.
const MEGA: u8 = 4;
/// A global name: in the globals dict (`class` holds it) at `hint`, or, when the globals'
/// version is still `epoch`, in the builtins dict at `hint`.
const GLOBAL: u8 = 5;
const BUILTIN: u8 = 6;
/// A plain value found on the class (`value`), not shadowed in the instance's dict (checked
/// on every use).
const CLASS: u8 = 7;
/// A method of a builtin type (`class` is the type), the native function `value`.
const NATIVE: u8 = 8;

/// Refills by another class a site takes before it gives up (a site in a method of a base
/// class, reached by instances of many subclasses, would otherwise refill on every use).
const MAX_CLASS_CHANGES: u8 = 6;

/// Classes a site holds at once (a method of a base class often sees two or three, a
/// scheduler's base class four or five). Fewer on small targets, where sites cost RAM.
#[cfg(target_pointer_width = "64")]
const WAYS: usize = 4;
#[cfg(not(target_pointer_width = "64"))]
const WAYS: usize = 2;

/// Entry room of an instance dict made by a store site: what a dict's first insertion
/// leaves it with, so the footprint is the general path's.
const FIRST_DICT_ENTRIES: usize = 4;

/// Ways of a name: attribute loads and methods, stores, global names.
const BANKS: usize = 3;

#[derive(Clone, Copy)]
struct Site {
    class: Value,
    epoch: u32,
    kind: u8,
    /// How often the site was refilled for a different class.
    changes: u8,
    hint: u32,
    value: Value,
}

const NO_SITE: Site = Site {
    class: Value::UNBOUND,
    epoch: 0,
    kind: EMPTY,
    changes: 0,
    hint: 0,
    value: Value::UNBOUND,
};

/// The caches of one code object, one per name.
pub struct Sites(Box<[Cell<Site>]>);

use alloc::boxed::Box;

impl Sites {
    pub fn new(names: usize) -> Sites {
        Sites(
            (0..names * BANKS * WAYS)
                .map(|_| Cell::new(NO_SITE))
                .collect(),
        )
    }

    /// Where the ways of site `i` for `kind` start: stores have ways of their own, so
    /// `self.x = self.x + 1` does not make the load and the store evict each other.
    #[inline]
    fn base(i: u32, kind: u8) -> usize {
        let bank = match kind {
            STORE => 1,
            GLOBAL | BUILTIN => 2,
            _ => 0,
        };
        (i as usize * BANKS + bank) * WAYS
    }

    /// The global-name way of site `i`.
    #[inline]
    fn global(&self, i: u32) -> Option<Site> {
        self.0.get(Self::base(i, GLOBAL)).map(Cell::get)
    }

    fn set_global(&self, i: u32, site: Site) {
        if let Some(c) = self.0.get(Self::base(i, GLOBAL)) {
            c.set(site);
        }
    }

    /// Whether site `i` may still be filled (it has not seen too many classes).
    #[inline]
    fn fillable(&self, i: u32, kind: u8) -> bool {
        self.0
            .get(Self::base(i, kind))
            .is_some_and(|c| c.get().kind != MEGA)
    }

    /// The way of site `i` that holds `class`, if any.
    #[inline]
    fn get(&self, i: u32, kind: u8, class: Value) -> Option<Site> {
        let at = Self::base(i, kind);
        self.0
            .get(at..at + WAYS)?
            .iter()
            .map(Cell::get)
            .find(|s| s.class == class)
    }

    /// Fills site `i` for `site.class`: the way that holds the class, else the older way
    /// moves aside for it; a site that keeps seeing new classes stops being filled.
    fn set(&self, i: u32, mut site: Site) {
        let at = Self::base(i, site.kind);
        let Some(ways) = self.0.get(at..at + WAYS) else {
            return;
        };
        let first = ways[0].get();
        if first.kind == MEGA {
            return;
        }
        site.changes = first.changes;
        if let Some(w) = ways.iter().find(|w| w.get().class == site.class) {
            w.set(site);
            return;
        }
        if ways.iter().all(|w| w.get().kind != EMPTY) {
            site.changes = first.changes.saturating_add(1);
            if site.changes > MAX_CLASS_CHANGES {
                site.kind = MEGA;
                ways[0].set(site);
                return;
            }
        }
        for k in (1..WAYS).rev() {
            ways[k].set(ways[k - 1].get());
        }
        ways[0].set(site);
    }
}

impl Vm {
    /// The instance's class and attribute dict, when `obj` is an instance of a class made by
    /// Python code (the only objects sites serve).
    #[inline]
    fn site_instance(&self, obj: Value) -> Option<(Value, Value)> {
        match self.heap.get(obj)? {
            Obj::Instance(i) if i.class.as_handle().is_some() => Some((i.class, i.dict)),
            _ => None,
        }
    }

    /// A live site of `kind` for `obj`: its class matches and no class changed since.
    #[inline]
    fn live_site(&self, sites: &Sites, i: u32, obj: Value, kind: u8) -> Option<(Site, Value)> {
        let (class, dict) = self.site_instance(obj)?;
        let s = sites.get(i, kind, class)?;
        (s.kind == kind && s.epoch == crate::heap::type_epoch()).then_some((s, dict))
    }

    /// `obj.name` from the site, if it holds an instance-dict position.
    #[inline]
    pub(crate) fn site_load(&self, sites: &Sites, i: u32, obj: Value, name: Qstr) -> Option<Value> {
        let (s, dict) = self.live_site(sites, i, obj, DICT)?;
        match self.heap.get(dict)? {
            Obj::Dict(d) => d.value_if_key_at(s.hint as usize, Value::qstr(name)),
            _ => None,
        }
    }

    /// `obj.name` from the site, if it holds a plain class attribute the instance's dict does
    /// not shadow. Tried after `site_load` misses, out of the dispatch loop's way.
    #[inline(never)]
    pub(crate) fn site_load_class(
        &self,
        sites: &Sites,
        i: u32,
        obj: Value,
        name: Qstr,
    ) -> Option<Value> {
        self.unshadowed_site(sites, i, obj, name, CLASS)
    }

    /// The class attribute a `kind` site (`METHOD` or `CLASS`) holds for `obj`, unless the
    /// instance's own dict has `name`.
    #[inline]
    fn unshadowed_site(
        &self,
        sites: &Sites,
        i: u32,
        obj: Value,
        name: Qstr,
        kind: u8,
    ) -> Option<Value> {
        let (s, dict) = self.live_site(sites, i, obj, kind)?;
        (dict == Value::UNBOUND || self.dict_get_qstr(dict, name).is_none()).then_some(s.value)
    }

    /// Whether a class attribute reads as itself through an instance: a value no type
    /// binds (numbers, strs, bytes, tuples, None and bools), never a function or descriptor.
    fn plain_class_value(&self, v: Value) -> bool {
        if v.as_small().is_some() || v.as_qstr().is_some() || v.is_imm_float() {
            return true;
        }
        if v.is_none() || v.is_bool() {
            return true;
        }
        matches!(
            self.heap.get(v),
            Some(Obj::Str(_) | Obj::Tuple(_) | Obj::Float(_) | Obj::Bytes(_))
        )
    }

    /// The function `obj.name(...)` calls, from the site, if it holds.
    #[inline]
    pub(crate) fn site_method(
        &self,
        sites: &Sites,
        i: u32,
        obj: Value,
        name: Qstr,
    ) -> Option<Value> {
        self.unshadowed_site(sites, i, obj, name, METHOD)
    }

    /// `obj.name = value` through the site, if it holds; false when not done. The first
    /// attribute stored on a fresh instance makes its dict here, sized as the general path
    /// would leave it after one insertion.
    #[inline]
    pub(crate) fn site_store(
        &mut self,
        sites: &Sites,
        i: u32,
        obj: Value,
        name: Qstr,
        value: Value,
    ) -> PyResult<bool> {
        let Some((s, mut dict)) = self.live_site(sites, i, obj, STORE) else {
            return Ok(false);
        };
        if dict == Value::UNBOUND {
            if s.hint != 0 {
                return Ok(false);
            }
            // `obj` and `value` are on the value stack: a collection here keeps them.
            dict = self.alloc(Obj::Dict(Box::new(
                crate::types::dict::Dict::with_capacity(FIRST_DICT_ENTRIES),
            )))?;
            if let Some(Obj::Instance(inst)) = self.heap.get_mut(obj) {
                inst.dict = dict;
            }
        }
        let key = Value::qstr(name);
        let hash = self.qstrs.hash(name);
        Ok(match self.heap.get_mut(dict) {
            Some(Obj::Dict(d)) if d.value_if_key_at(s.hint as usize, key).is_some() => {
                d.set_value(s.hint as usize, value);
                true
            }
            // The name is not there yet and this instance's dict is where the one that filled
            // the site was when it took the name (`__init__` setting attributes in order):
            // append it, when that needs no allocation.
            Some(Obj::Dict(d))
                if d.positions() == s.hint as usize
                    && !d.push_allocates()
                    && d.find(hash, |k| k == key).is_none() =>
            {
                d.push(hash, key, value);
                true
            }
            _ => false,
        })
    }

    /// What the general path would do for `obj.name` on this class, if a site can say it:
    /// `(class, attribute on the class)` when no `__getattribute__` (or, for a store,
    /// `__setattr__`) of Python code intervenes.
    fn site_plan(
        &self,
        obj: Value,
        name: Qstr,
        hook: Qstr,
    ) -> Option<(Value, Value, Option<Value>)> {
        let (class, dict) = self.site_instance(obj)?;
        // Dunder names have rules of their own (`__class__`, `__dict__`): never cached.
        let text = self.qstr_text(name);
        if text.starts_with("__") && text.ends_with("__") {
            return None;
        }
        if self.lookup_user(class, hook).is_some() {
            return None;
        }
        Some((class, dict, self.lookup(class, name)))
    }

    /// After a read of `obj.name` by the general path: remember where it was found.
    pub(crate) fn fill_load_site(&self, sites: &Sites, i: u32, obj: Value, name: Qstr) {
        if !sites.fillable(i, DICT) {
            return;
        }
        let Some((class, dict, attr)) = self.site_plan(obj, name, crate::qstr::Q::__getattribute__)
        else {
            return;
        };
        if attr.is_some_and(|a| self.is_data_descriptor(a)) {
            return;
        }
        let Some(hint) = self.dict_position(dict, name) else {
            // Not in the instance's dict: a plain value on the class reads as itself.
            if let Some(a) = attr.filter(|&a| self.plain_class_value(a)) {
                sites.set(
                    i,
                    Site {
                        class,
                        epoch: crate::heap::type_epoch(),
                        kind: CLASS,
                        changes: 0,
                        hint: 0,
                        value: a,
                    },
                );
            }
            return;
        };
        {
            sites.set(
                i,
                Site {
                    class,
                    epoch: crate::heap::type_epoch(),
                    kind: DICT,
                    changes: 0,
                    hint,
                    value: Value::UNBOUND,
                },
            );
        }
    }

    /// After a method load of `obj.name` by the general path: remember a plain function.
    pub(crate) fn fill_method_site(&self, sites: &Sites, i: u32, obj: Value, name: Qstr) {
        if !sites.fillable(i, METHOD) {
            return;
        }
        let Some((class, dict, Some(attr))) =
            self.site_plan(obj, name, crate::qstr::Q::__getattribute__)
        else {
            return;
        };
        if !self.is_function(attr) || self.dict_position(dict, name).is_some() {
            return;
        }
        sites.set(
            i,
            Site {
                class,
                epoch: crate::heap::type_epoch(),
                kind: METHOD,
                changes: 0,
                hint: 0,
                value: attr,
            },
        );
    }

    /// `obj.name` for a call when the site's user-class way missed: a builtin receiver's
    /// method from the site, else the general path, which then refills the site.
    #[inline(never)]
    pub(crate) fn load_method_at(
        &mut self,
        sites: &Sites,
        i: u32,
        obj: Value,
        name: Qstr,
    ) -> PyResult<(Value, Value)> {
        let builtin = self.builtin_receiver(obj);
        if let Some(t) = builtin
            && let Some(s) = sites.get(i, NATIVE, t)
            && s.kind == NATIVE
        {
            return Ok((s.value, obj));
        }
        let found = self.load_method(obj, name)?;
        match builtin {
            // A builtin type's methods never change: no epoch to check.
            Some(t) if found.1 == obj && found.0.as_native().is_some() => sites.set(
                i,
                Site {
                    class: t,
                    epoch: 0,
                    kind: NATIVE,
                    changes: 0,
                    hint: 0,
                    value: found.0,
                },
            ),
            Some(_) => {}
            None => self.fill_method_site(sites, i, obj, name),
        }
        Ok(found)
    }

    /// The builtin type of `obj` when its methods come from that type's native table alone
    /// (not an instance of a class made by Python code, a class, a descriptor, or an object
    /// with a dict of its own: an exception or a function), as a site's key.
    fn builtin_receiver(&self, obj: Value) -> Option<Value> {
        if matches!(
            self.heap.get(obj),
            Some(
                Obj::Instance(_)
                    | Obj::Class(_)
                    | Obj::Descr(_)
                    | Obj::Exception(_)
                    | Obj::Function(_)
            )
        ) || obj.as_builtin_type().is_some()
        {
            return None;
        }
        Some(Value::builtin_type(self.type_id_of(obj)))
    }

    /// After a store to `obj.name` by the general path: remember the dict position.
    pub(crate) fn fill_store_site(&self, sites: &Sites, i: u32, obj: Value, name: Qstr) {
        if !sites.fillable(i, STORE) {
            return;
        }
        let Some((class, dict, attr)) = self.site_plan(obj, name, crate::qstr::Q::__setattr__)
        else {
            return;
        };
        if attr.is_some_and(|a| self.is_data_descriptor(a))
            || self.class_ref(class).is_some_and(|c| c.layout.no_dict)
        {
            return;
        }
        if let Some(hint) = self.dict_position(dict, name) {
            sites.set(
                i,
                Site {
                    class,
                    epoch: crate::heap::type_epoch(),
                    kind: STORE,
                    changes: 0,
                    hint,
                    value: Value::UNBOUND,
                },
            );
        }
    }

    /// The value of global `name` from the site, if it holds: still at its position in
    /// `globals`, or absent from `globals` (unchanged since) and at its position in builtins.
    #[inline]
    pub(crate) fn site_global(
        &self,
        sites: &Sites,
        i: u32,
        globals: Value,
        name: Qstr,
    ) -> Option<Value> {
        let s = sites.global(i)?;
        if s.class != globals {
            return None;
        }
        let key = Value::qstr(name);
        match s.kind {
            GLOBAL => match self.heap.get(globals)? {
                Obj::Dict(d) => d.value_if_key_at(s.hint as usize, key),
                _ => None,
            },
            BUILTIN => {
                let Some(Obj::Dict(g)) = self.heap.get(globals) else {
                    return None;
                };
                if g.version() != s.epoch {
                    return None;
                }
                match self.heap.get(self.builtins)? {
                    Obj::Dict(b) => b.value_if_key_at(s.hint as usize, key),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// After the general path found global `name`: remember where.
    pub(crate) fn fill_global_site(&self, sites: &Sites, i: u32, globals: Value, name: Qstr) {
        if let Some(hint) = self.dict_position(globals, name) {
            let site = Site {
                class: globals,
                epoch: 0,
                kind: GLOBAL,
                changes: 0,
                hint,
                value: Value::UNBOUND,
            };
            sites.set_global(i, site);
            return;
        }
        let Some(Obj::Dict(g)) = self.heap.get(globals) else {
            return;
        };
        let version = g.version();
        // Code given builtins of its own (`eval(s, {"__builtins__": {...}})`) is not cached.
        if self.builtins_of(globals) != self.builtins {
            return;
        }
        if let Some(hint) = self.dict_position(self.builtins, name) {
            let site = Site {
                class: globals,
                epoch: version,
                kind: BUILTIN,
                changes: 0,
                hint,
                value: Value::UNBOUND,
            };
            sites.set_global(i, site);
        }
    }

    /// Where `name` is in dict `d`, by identity of the interned key.
    fn dict_position(&self, d: Value, name: Qstr) -> Option<u32> {
        let Some(Obj::Dict(dict)) = self.heap.get(d) else {
            return None;
        };
        let key = Value::qstr(name);
        dict.find(self.qstrs.hash(name), |k| k == key)
            .map(|i| i as u32)
    }
}
