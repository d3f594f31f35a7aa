//! `collections.defaultdict` and `collections.OrderedDict`: dicts with a kind tag
//! (`dict::DictKind`), so that everything a dict does they do too, with what they add:
//! a defaultdict's `default_factory` and `__missing__`; an OrderedDict's `move_to_end`,
//! `popitem(last=)` and order-sensitive `==`; the repr, `copy` and `|` of both.
//! (`Counter`, the third kind, is in `counter`.)

use alloc::format;
use alloc::string::String;

use crate::builtins::Kw;
use crate::builtins::args::{self, Params};
use crate::heap::Obj;
use crate::qstr::Q;
use crate::types::TypeId;
use crate::types::dict::DictKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// A new empty dict of `kind`.
    pub(crate) fn new_dict_kind(&mut self, kind: DictKind) -> PyResult {
        let d = self.new_dict()?;
        if let Some(Obj::Dict(dict)) = self.heap.get_mut(d) {
            let grew = dict.set_kind(kind);
            self.heap.grew(grew);
        }
        Ok(d)
    }

    /// The kind of a dict value (`None` for anything else).
    pub(crate) fn dict_kind(&self, d: Value) -> Option<DictKind> {
        self.dict_ref(d).map(|dict| dict.kind())
    }

    /// What `d[key]` gives for a missing key of a dict of its own kind: a defaultdict's
    /// new default (stored), a Counter's 0; `None` where a KeyError is due.
    pub(crate) fn dict_missing(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        match self.dict_ref(d).map(|dict| (dict.kind(), dict.factory())) {
            Some((DictKind::DefaultDict, f)) if !f.is_none() => {
                let v = self.call_value(f, &[])?;
                self.roots.push(v);
                let r = self.dict_set(d, key, v);
                self.roots.pop();
                r.map(|()| Some(v))
            }
            Some((DictKind::Counter, _)) => Ok(Some(Value::small(0).unwrap_or(Value::NONE))),
            _ => Ok(None),
        }
    }

    /// The repr of a defaultdict, OrderedDict or Counter `d`, or of a subclass instance
    /// whose type is named `name`.
    pub(crate) fn dict_kind_repr_into(
        &mut self,
        d: Value,
        name: &str,
        out: &mut String,
    ) -> PyResult<()> {
        match self.dict_kind(d) {
            Some(DictKind::DefaultDict) => {
                let f = self.dict_ref(d).map_or(Value::NONE, |dict| dict.factory());
                out.push_str(name);
                out.push('(');
                if self.repr_enter(f, "", "", out)? {
                    let r = self.repr_into(f, out);
                    self.repr_stack.pop();
                    r?;
                }
                out.push_str(", ");
                self.repr_dict(d, out)?;
                out.push(')');
                Ok(())
            }
            Some(DictKind::OrderedDict) => {
                if !self.repr_enter(d, "", "", out)? {
                    return Ok(());
                }
                out.push_str(name);
                out.push('(');
                let items = self.dict_items(d);
                let r = (|| {
                    if items.is_empty() {
                        return Ok(());
                    }
                    out.push('[');
                    for (i, (k, v)) in items.into_iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push('(');
                        self.repr_into(k, out)?;
                        out.push_str(", ");
                        self.repr_into(v, out)?;
                        out.push(')');
                    }
                    out.push(']');
                    Ok(())
                })();
                self.repr_stack.pop();
                out.push(')');
                r
            }
            Some(DictKind::Counter) => self.counter_repr_into(d, name, out),
            _ => self.repr_dict(d, out),
        }
    }

    /// Whether two OrderedDicts (equal as dicts) hold their keys in the same order.
    pub(crate) fn odict_same_order(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let keys = |vm: &Vm, d: Value| -> alloc::vec::Vec<Value> {
            vm.dict_items(d).into_iter().map(|(k, _)| k).collect()
        };
        let (x, y) = (keys(self, a), keys(self, b));
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.into_iter().zip(y) {
            if p != q && !self.eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a | b` where either is a dict of a kind: a new dict of that side's kind (and
    /// factory) holding `a`'s items, then `b`'s.
    pub(crate) fn dict_kind_or(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        // A Counter's `|` with anything but a Counter is a plain dict's.
        let kinded = |vm: &Vm, v: Value| {
            vm.dict_kind(v)
                .filter(|&k| k != DictKind::Plain && k != DictKind::Counter)
        };
        let Some(own) = [a, b].into_iter().find(|&v| kinded(self, v).is_some()) else {
            return Ok(None);
        };
        let kind = self.dict_kind(own).unwrap_or(DictKind::Plain);
        let factory = self.dict_ref(own).map_or(Value::NONE, |d| d.factory());
        let new = self.new_dict_kind(kind)?;
        if let Some(Obj::Dict(dict)) = self.heap.get_mut(new) {
            dict.set_factory(factory);
        }
        self.roots.push(new);
        let r = self
            .dict_update_from(new, a)
            .and_then(|()| self.dict_update_from(new, b));
        self.roots.pop();
        r.map(|()| Some(new))
    }
}

/// `defaultdict(default_factory=None, /, *args, **kwargs)` and the other kinds' calls.
pub(crate) fn construct(vm: &mut Vm, kind: DictKind, args: &[Value], kw: Kw) -> PyResult {
    let d = vm.new_dict_kind(kind)?;
    vm.roots.push(d);
    let r = init(vm, d, args, kw);
    vm.roots.pop();
    r.map(|()| d)
}

/// `__init__` of a dict of a kind: a defaultdict takes its factory first; an OrderedDict
/// and a Counter are updated from at most one positional argument and the keywords.
pub(crate) fn init(vm: &mut Vm, d: Value, args: &[Value], kw: Kw) -> PyResult<()> {
    match vm.dict_kind(d) {
        Some(DictKind::DefaultDict) => {
            let rest = match args.first() {
                Some(&f) => {
                    let callable = crate::builtins::functions::callable(vm, &[f], Kw::NONE)?;
                    if !f.is_none() && callable != Value::TRUE {
                        return Err(vm.type_error("first argument must be callable or None"));
                    }
                    if let Some(Obj::Dict(dict)) = vm.heap.get_mut(d) {
                        dict.set_factory(f);
                    }
                    &args[1..]
                }
                None => args,
            };
            crate::builtins::arity(vm, "dict", rest, 0, 1)?;
            update(vm, d, rest.first().copied(), kw)
        }
        Some(DictKind::Counter) => vm.counter_init(d, args, kw),
        _ => {
            if args.len() > 1 {
                let msg = format!("expected at most 1 arguments, got {}", args.len());
                return Err(vm.type_error(&msg));
            }
            update(vm, d, args.first().copied(), kw)
        }
    }
}

/// `d.update(m, **kw)` as `dict.update` does it.
fn update(vm: &mut Vm, d: Value, m: Option<Value>, kw: Kw) -> PyResult<()> {
    if let Some(m) = m {
        vm.dict_update_from(d, m)?;
    }
    for (&k, &v) in kw.names.iter().zip(kw.values) {
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

/// The dict of kind `kind` a method runs on.
fn kind_arg(vm: &mut Vm, args: &[Value], name: &str, kind: DictKind) -> PyResult<Value> {
    let owner = kind.type_id().name();
    crate::builtins::checked_receiver(vm, args, name, owner, |vm, v| {
        vm.dict_kind(vm.payload(v)) == Some(kind)
    })
}

/// `defaultdict.__missing__(key)`: KeyError without a factory, else a new default,
/// stored under `key`.
pub fn missing(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "defaultdict.__missing__", &[])?;
    let d = kind_arg(vm, args, "__missing__", DictKind::DefaultDict)?;
    crate::builtins::arity(vm, "defaultdict.__missing__", &args[1..], 1, 1)?;
    match vm.dict_missing(d, args[1])? {
        Some(v) => Ok(v),
        None => {
            let t = vm.new_tuple(alloc::vec![args[1]])?;
            let exc = vm.new_exception(Value::builtin_type(TypeId::KeyError), t)?;
            Err(vm.raise(exc))
        }
    }
}

/// `copy()` of a defaultdict (`type(d)(d.default_factory, d)`) or an OrderedDict
/// (`type(d)(d)`): a subclass instance is received as itself, so its class makes the copy.
fn copy_kind(vm: &mut Vm, args: &[Value], kw: Kw, kind: DictKind, name: &str) -> PyResult {
    let owner = kind.type_id().short_name();
    let full = format!("{owner}.{name}");
    kw.check(vm, &full, &[])?;
    let d = kind_arg(vm, args, name, kind)?;
    crate::builtins::arity(vm, &full, &args[1..], 0, 0)?;
    let cls = vm.type_of(d);
    let p = vm.payload(d);
    if kind == DictKind::DefaultDict {
        let f = vm.dict_ref(p).map_or(Value::NONE, |dict| dict.factory());
        return vm.call_value(cls, &[f, d]);
    }
    vm.call_value(cls, &[d])
}

pub fn defaultdict_copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    copy_kind(vm, args, kw, DictKind::DefaultDict, "copy")
}

pub fn defaultdict_dunder_copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    copy_kind(vm, args, kw, DictKind::DefaultDict, "__copy__")
}

pub fn odict_copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    copy_kind(vm, args, kw, DictKind::OrderedDict, "copy")
}

const MOVE_TO_END: Params = Params {
    names: &[Q::key, Q::last],
    posonly: 0,
    required: 1,
    maxpos: 2,
};

/// `OrderedDict.move_to_end(key, last=True)`.
pub fn move_to_end(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let d = kind_arg(vm, args, "move_to_end", DictKind::OrderedDict)?;
    let [key, last] = args::parse(vm, "move_to_end", &args[1..], kw, &MOVE_TO_END)?;
    let key = key.unwrap_or(Value::NONE);
    let last = match last {
        Some(l) => vm.truthy(l)?,
        None => true,
    };
    let hash = vm.hash(key)?;
    let Some(i) = vm.dict_find(d, hash, key)? else {
        let t = vm.new_tuple(alloc::vec![key])?;
        let exc = vm.new_exception(Value::builtin_type(TypeId::KeyError), t)?;
        return Err(vm.raise(exc));
    };
    if !last {
        if let Some(Obj::Dict(dict)) = vm.heap.get_mut(d) {
            dict.move_to_front(i);
        }
        return Ok(Value::NONE);
    }
    // Taken out and put back at the end: room first, so the key is never lost.
    let grows = vm.dict_ref(d).is_some_and(|dict| dict.push_allocates());
    if grows {
        let extra = vm.dict_ref(d).map_or(0, |dict| dict.heap_bytes()).max(64);
        vm.reserve_bytes(extra)?;
    }
    if let Some(Obj::Dict(dict)) = vm.heap.get_mut(d)
        && let Some((k, v)) = dict.remove(i)
    {
        let grew = dict.push(hash, k, v);
        vm.heap.grew(grew);
    }
    Ok(Value::NONE)
}

const POPITEM: Params = Params {
    names: &[Q::last],
    posonly: 0,
    required: 0,
    maxpos: 1,
};

/// `OrderedDict.popitem(last=True)`: the last pair (the first with `last` false).
pub fn odict_popitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let d = kind_arg(vm, args, "popitem", DictKind::OrderedDict)?;
    let [last] = args::parse(vm, "popitem", &args[1..], kw, &POPITEM)?;
    let last = match last {
        Some(l) => vm.truthy(l)?,
        None => true,
    };
    let removed = match vm.heap.get_mut(d) {
        Some(Obj::Dict(dict)) if last => dict.pop_last(),
        Some(Obj::Dict(dict)) => dict.first().and_then(|i| dict.remove(i)),
        _ => None,
    };
    let Some((k, v)) = removed else {
        return Err(vm.raise_new(TypeId::KeyError, "dictionary is empty"));
    };
    vm.roots.extend([k, v]);
    let t = vm.new_tuple(alloc::vec![k, v]);
    vm.roots.truncate(vm.roots.len() - 2);
    t
}

impl Vm {
    /// `obj.default_factory = value` (or `del`, which leaves None) on a defaultdict or an
    /// instance extending one: true when done.
    pub(crate) fn set_factory_attr(
        &mut self,
        obj: Value,
        name: crate::qstr::Qstr,
        value: Value,
    ) -> bool {
        if name != Q::default_factory {
            return false;
        }
        let d = self.payload(obj);
        if self.dict_kind(d) != Some(DictKind::DefaultDict) {
            return false;
        }
        let value = if value == Value::UNBOUND {
            Value::NONE
        } else {
            value
        };
        if let Some(Obj::Dict(dict)) = self.heap.get_mut(d) {
            dict.set_factory(value);
        }
        true
    }

    /// The data attributes of the collections types on an instance extending one, which
    /// its class does not override: `default_factory` is set on the defaultdict, `maxlen`
    /// is read-only. `Ok(true)` when handled.
    pub(crate) fn collections_setattr(
        &mut self,
        obj: Value,
        name: crate::qstr::Qstr,
        value: Value,
    ) -> PyResult<bool> {
        if self.set_factory_attr(obj, name, value) {
            return Ok(true);
        }
        if name == Q::maxlen && self.is_deque(self.payload(obj)) {
            let msg = format!(
                "attribute 'maxlen' of '{}' objects is not writable",
                TypeId::Deque.name()
            );
            return Err(self.raise_new(TypeId::AttributeError, &msg));
        }
        Ok(false)
    }
}
