//! `__slots__`: the layout a class gives its instances, and `member_descriptor`, the data
//! descriptor each slot name becomes on the class (`type(P.x).__name__ == 'member_descriptor'`).
//!
//! A class's [`Layout`] lists the slot names of its instances, its bases' first: a subclass
//! appends the names its own `__slots__` adds, so slot `i` of a base is slot `i` of every
//! subclass, and a member descriptor is just (owning class, name, index). Bases whose
//! slots do not extend one another cannot be combined ("multiple bases have instance lay-out
//! conflict"), as in CPython.
//!
//! Where the values live, without growing an instance (pinned in `heap::sizes`):
//!
//! ```text
//!   Instance { class, dict, base }          ExcObj { .., slots }
//!                         │                                │
//!                         ▼                                ▼
//!   Obj::SlotValues [ base value | slot 0 | slot 1 | ... ] (UNBOUND = unset)
//! ```
//!
//! - An instance's `base` field holds the builtin value a subclass of a builtin type extends
//!   (or `UNBOUND`). The first slot set moves that value into entry 0 of a new
//!   `Obj::SlotValues` and points `base` at it; `Vm::payload` looks through it. Instances
//!   that never set a slot allocate nothing for slots.
//! - An exception keeps its slot values in `ExcObj::slots` (entry 0 unused).
//! - An instance whose class has no `__dict__` (`Layout::no_dict`) holds `NONE` in its
//!   `dict` field, so `instance_dict` answers "no dict" without looking at the class.
//!
//! Invariants: an `Obj::SlotValues` is reachable only from its one owner and is never a
//! Python value; `__class__` assignment keeps the layout (same slots, same dict-ness, same
//! builtin base), so an index that was valid for an object stays valid. Reads still check
//! bounds and treat a short vector as unset.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::builtins::Kw;
use crate::heap::{Descr, Layout, Obj};
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What `__slots__` in a class body asks for, checked against the bases.
pub(crate) struct SlotsPlan {
    pub layout: Layout,
    /// The names the class adds, in index order from `first`.
    pub own: Vec<Qstr>,
    pub first: u32,
}

impl Vm {
    /// The layout of a class named `name` with `bases` (heap classes or builtin types) and
    /// namespace `dict`, whose builtin base is `native`.
    pub(crate) fn plan_slots(
        &mut self,
        name: Value,
        bases: &[Value],
        dict: Value,
        native: TypeId,
    ) -> PyResult<SlotsPlan> {
        let inherited = self.base_layout(bases)?;
        // Exceptions always have a `__dict__`.
        let base_dict = native.is_exception()
            || bases
                .iter()
                .any(|&b| self.class_ref(b).is_some_and(|c| !c.layout.no_dict));
        let base_weakref = bases
            .iter()
            .any(|&b| self.class_ref(b).is_some_and(|c| c.layout.weakref));
        let first = inherited.len() as u32;
        let Some(spec) = self.dict_get_qstr(dict, Q::__slots__) else {
            let layout = Layout {
                slots: inherited.into(),
                own: 0,
                no_dict: false,
                weakref: true,
                abstract_: false,
            };
            return Ok(SlotsPlan {
                layout,
                own: Vec::new(),
                first,
            });
        };
        let names = self.slot_names(spec)?;
        if !names.is_empty()
            && matches!(
                native,
                TypeId::Int | TypeId::Bytes | TypeId::Tuple | TypeId::Type
            )
        {
            let base = bases
                .iter()
                .copied()
                .find(|&b| self.native_type(b) == native)
                .unwrap_or(Value::builtin_type(native));
            let msg = format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                self.type_name(base)
            );
            return Err(self.type_error(&msg));
        }
        let (mut add_dict, mut add_weakref) = (false, false);
        let class_name = String::from(self.str_text(name).unwrap_or(""));
        let mut own = Vec::with_capacity(names.len());
        for n in names {
            let text = self.qstr_text(n);
            if text == "__dict__" {
                if base_dict || add_dict {
                    return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                }
                add_dict = true;
                continue;
            }
            if text == "__weakref__" {
                if base_weakref || add_weakref {
                    return Err(self.type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                add_weakref = true;
                continue;
            }
            let mangled = crate::compile::mangle(Some(&class_name), text);
            let mangled = String::from(mangled.as_ref());
            let q = self.qstrs.intern(&mangled);
            if self.dict_get_qstr(dict, q).is_some() {
                let msg = format!("'{mangled}' in __slots__ conflicts with class variable");
                return Err(self.value_error(&msg));
            }
            own.push(q);
        }
        // CPython orders the descriptors (and so the indices) by name.
        own.sort_by(|&a, &b| self.qstr_text(a).cmp(self.qstr_text(b)));
        let mut slots = inherited;
        slots.extend_from_slice(&own);
        let layout = Layout {
            slots: slots.into(),
            own: own.len() as u32,
            no_dict: !(base_dict || add_dict),
            weakref: base_weakref || add_weakref,
            abstract_: false,
        };
        Ok(SlotsPlan { layout, own, first })
    }

    /// The slot names a class with `bases` inherits: those of the base with the most, which
    /// must extend every other base's.
    fn base_layout(&mut self, bases: &[Value]) -> PyResult<Vec<Qstr>> {
        let layouts: Vec<Value> = bases.iter().map(|&b| self.layout_owner(b)).collect();
        let Some(winner) = layouts
            .iter()
            .copied()
            .filter(|o| *o != Value::UNBOUND)
            .max_by_key(|&o| self.class_ref(o).map_or(0, |c| c.layout.slots.len()))
        else {
            return Ok(Vec::new());
        };
        let winner_mro = self.mro_of(winner);
        if layouts
            .iter()
            .any(|o| *o != Value::UNBOUND && !winner_mro.contains(o))
        {
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        Ok(self
            .class_ref(winner)
            .map_or(Vec::new(), |c| c.layout.slots.to_vec()))
    }

    /// The class in `t`'s MRO that added the last of its slots, else `UNBOUND`.
    fn layout_owner(&self, t: Value) -> Value {
        self.mro_find(t, |k| {
            self.class_ref(k)
                .is_some_and(|c| c.layout.own > 0)
                .then_some(k)
        })
        .unwrap_or(Value::UNBOUND)
    }

    /// The names a `__slots__` value declares (a string or an iterable of strings, each an
    /// identifier).
    fn slot_names(&mut self, slots: Value) -> PyResult<Vec<Qstr>> {
        let items = if self.str_text(slots).is_some() {
            vec![slots]
        } else {
            self.collect_iterable(slots)?
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let Some(text) = self.str_text(item) else {
                let msg = format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name_of(item)
                );
                return Err(self.type_error(&msg));
            };
            let mut chars = text.chars();
            let ok = chars.next().is_some_and(crate::lex::cursor::is_id_start)
                && chars.all(crate::lex::cursor::is_id_continue);
            if !ok {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            let text = String::from(text);
            out.push(self.qstrs.intern(&text));
        }
        Ok(out)
    }

    /// Puts a member descriptor for each name `plan` adds into the namespace of `cls`.
    pub(crate) fn add_members(
        &mut self,
        cls: Value,
        dict: Value,
        plan: &SlotsPlan,
    ) -> PyResult<()> {
        for (i, &name) in plan.own.iter().enumerate() {
            let index = plan.first + i as u32;
            let d = self.alloc(Obj::Descr(Box::new(Descr::Member {
                owner: cls,
                name,
                index,
            })))?;
            self.dict_set(dict, Value::qstr(name), d)?;
        }
        Ok(())
    }

    /// Whether instances of `a` may become instances of `b` (`obj.__class__ = b`).
    pub(crate) fn same_layout(&self, a: Value, b: Value) -> bool {
        match (self.class_ref(a), self.class_ref(b)) {
            (Some(x), Some(y)) => x.native == y.native && x.layout == y.layout,
            _ => false,
        }
    }

    /// The value in slot `index` of `obj` (`UNBOUND` when unset).
    fn slot_value(&self, obj: Value, index: u32) -> Value {
        let holder = match self.heap.get(obj) {
            Some(Obj::Instance(i)) => i.base,
            Some(Obj::Exception(e)) => e.slots,
            _ => return Value::UNBOUND,
        };
        match self.heap.get(holder) {
            Some(Obj::SlotValues(v)) => {
                v.get(index as usize + 1).copied().unwrap_or(Value::UNBOUND)
            }
            _ => Value::UNBOUND,
        }
    }

    /// Stores `value` (`UNBOUND` to clear) in slot `index` of `obj`, making its vector of
    /// slot values on first use.
    fn set_slot_value(&mut self, obj: Value, index: u32, value: Value) -> PyResult<()> {
        let at = index as usize + 1;
        let (holder, carried) = match self.heap.get(obj) {
            Some(Obj::Instance(i)) => (i.base, i.base),
            Some(Obj::Exception(e)) => (e.slots, Value::UNBOUND),
            _ => return Ok(()),
        };
        if let Some(Obj::SlotValues(v)) = self.heap.get_mut(holder)
            && let Some(slot) = v.get_mut(at)
        {
            *slot = value;
            return Ok(());
        }
        if value == Value::UNBOUND {
            return Ok(());
        }
        // First use (or, defensively, a vector too short): a new one, keeping what it held.
        let t = self.type_of(obj);
        let n = self
            .class_ref(t)
            .map_or(0, |c| c.layout.slots.len())
            .max(index as usize)
            + 1;
        let mut items = vec![Value::UNBOUND; n];
        match self.heap.get(holder) {
            Some(Obj::SlotValues(old)) => {
                for (d, s) in items.iter_mut().zip(old.iter()) {
                    *d = *s;
                }
            }
            _ => items[0] = carried,
        }
        items[at] = value;
        self.roots.push(obj);
        self.roots.push(value);
        let r = self.alloc(Obj::SlotValues(items.into_boxed_slice()));
        self.roots.truncate(self.roots.len() - 2);
        let vector = r?;
        match self.heap.get_mut(obj) {
            Some(Obj::Instance(i)) => i.base = vector,
            Some(Obj::Exception(e)) => e.slots = vector,
            _ => {}
        }
        Ok(())
    }

    /// The owner, name and index of member descriptor `d`.
    fn member_parts(&self, d: Value) -> Option<(Value, Qstr, u32)> {
        match self.heap.get(d) {
            Some(Obj::Descr(descr)) => match **descr {
                Descr::Member { owner, name, index } => Some((owner, name, index)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `descriptor 'x' for 'P' objects doesn't apply to a 'int' object` unless `obj` is an
    /// instance of the member's class.
    fn member_check(&mut self, owner: Value, name: Qstr, obj: Value) -> PyResult<()> {
        if self.is_instance(obj, owner) {
            return Ok(());
        }
        let msg = format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            self.qstr_text(name),
            self.type_name(owner),
            self.type_name_of(obj)
        );
        Err(self.type_error(&msg))
    }

    /// `obj.x` through member descriptor `d`.
    pub(crate) fn member_get(&mut self, d: Value, obj: Value) -> PyResult {
        let Some((owner, name, index)) = self.member_parts(d) else {
            return Ok(d);
        };
        self.member_check(owner, name, obj)?;
        let v = self.slot_value(obj, index);
        if v == Value::UNBOUND {
            return Err(self.no_attribute_error(obj, name));
        }
        Ok(v)
    }

    /// `obj.x = value` through member descriptor `d`, or `del obj.x` when `value` is
    /// `UNBOUND` (an unset slot then raises `AttributeError: x`).
    pub(crate) fn member_set(&mut self, d: Value, obj: Value, value: Value) -> PyResult<()> {
        let Some((owner, name, index)) = self.member_parts(d) else {
            return Ok(());
        };
        self.member_check(owner, name, obj)?;
        if value == Value::UNBOUND && self.slot_value(obj, index) == Value::UNBOUND {
            let name = String::from(self.qstr_text(name));
            return Err(self.raise_new(TypeId::AttributeError, &name));
        }
        self.set_slot_value(obj, index, value)
    }

    /// The data attributes of a member descriptor: `__name__`, `__qualname__`,
    /// `__objclass__`, `__doc__`.
    pub(crate) fn member_attr(&mut self, d: Value, attr: Qstr) -> PyResult<Option<Value>> {
        let Some((owner, name, _)) = self.member_parts(d) else {
            return Ok(None);
        };
        Ok(match attr {
            Q::__name__ => Some(Value::qstr(name)),
            Q::__objclass__ => Some(owner),
            Q::__doc__ => Some(Value::NONE),
            Q::__qualname__ => {
                let qualname = self.class_ref(owner).map_or(Value::NONE, |c| c.qualname);
                let text = format!(
                    "{}.{}",
                    self.str_text(qualname).unwrap_or("?"),
                    self.qstr_text(name)
                );
                Some(self.new_str(text)?)
            }
            _ => None,
        })
    }

    /// `<member 'x' of 'P' objects>`.
    pub(crate) fn member_repr(&self, d: Value) -> String {
        let Some((owner, name, _)) = self.member_parts(d) else {
            return String::from("<member>");
        };
        format!(
            "<member '{}' of '{}' objects>",
            self.qstr_text(name),
            self.type_name(owner)
        )
    }
}

/// `member_descriptor.__set__(self, obj, value)`.
pub(crate) fn member_set(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    // CPython's wording names no function here (its tuple unpacking is given an empty name).
    if args.len() != 3 {
        let msg = format!(
            " expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(&msg));
    }
    vm.member_set(args[0], args[1], args[2])?;
    Ok(Value::NONE)
}

/// `member_descriptor.__delete__(self, obj)`.
pub(crate) fn member_delete(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 2 {
        let msg = format!("expected 1 argument, got {}", args.len().saturating_sub(1));
        return Err(vm.type_error(&msg));
    }
    vm.member_set(args[0], args[1], Value::UNBOUND)?;
    Ok(Value::NONE)
}
