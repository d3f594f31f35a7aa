//! Instances of classes: creating them (`type.__call__`), attribute access with the
//! descriptor protocol, and calling the special methods a class defines.
//!
//! Attribute lookup on an instance follows CPython's order: a data descriptor found on the
//! type (a property, or an object whose type has `__set__` or `__delete__`) wins over the
//! instance's `__dict__`, which wins over anything else found on the type; `__getattr__` is
//! the last resort. A function found on the type binds to the instance; `LOAD_METHOD` gets
//! the function and the instance apart, so a method call allocates no bound method.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::Kw;
use crate::heap::{Descr, Instance, Obj};
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// What an attribute found on a type does when read through an instance.
enum Found {
    /// A plain function (or native method): binds to the instance.
    Method(Value),
    /// A value to return as is.
    Plain(Value),
}

impl Vm {
    /// The attribute dict of an instance or exception (`UNBOUND` when it has none yet),
    /// or `None` for objects that cannot hold attributes.
    pub(crate) fn instance_dict(&self, v: Value) -> Option<Value> {
        match self.heap.get(v)? {
            // `NONE` marks an instance without a `__dict__` (`types::member`).
            Obj::Instance(i) if i.dict == Value::NONE => None,
            Obj::Instance(i) if i.class.as_builtin_type().is_some() => None,
            Obj::Instance(i) => Some(i.dict),
            Obj::Exception(e) => Some(e.dict),
            Obj::Function(f) => Some(f.dict),
            Obj::Module { dict, .. } => Some(*dict),
            _ => None,
        }
    }

    /// The attribute dict of `v`, created on first use.
    pub(crate) fn instance_dict_mut(&mut self, v: Value) -> PyResult<Option<Value>> {
        match self.instance_dict(v) {
            None => Ok(None),
            Some(d) if d != Value::UNBOUND => Ok(Some(d)),
            Some(_) => {
                let d = self.new_dict()?;
                match self.heap.get_mut(v) {
                    Some(Obj::Instance(i)) => i.dict = d,
                    Some(Obj::Exception(e)) => e.dict = d,
                    Some(Obj::Function(f)) => f.dict = d,
                    _ => {}
                }
                Ok(Some(d))
            }
        }
    }

    /// Whether `attr` (found on a type) is a data descriptor: it takes part in setting.
    pub(crate) fn is_data_descriptor(&self, attr: Value) -> bool {
        match self.heap.get(attr) {
            Some(Obj::Descr(d)) => matches!(
                **d,
                Descr::Property(_) | Descr::Member { .. } | Descr::TupleGetter { .. }
            ),
            Some(Obj::Instance(i)) => {
                self.lookup_user(i.class, Q::__set__).is_some()
                    || self.lookup_user(i.class, Q::__delete__).is_some()
            }
            _ => false,
        }
    }

    /// Whether reading `attr` through an instance calls something (a property, or an
    /// object whose class has `__get__`).
    fn has_descriptor_get(&self, attr: Value) -> bool {
        match self.heap.get(attr) {
            Some(Obj::Instance(i)) => self.lookup_user(i.class, Q::__get__).is_some(),
            _ => true,
        }
    }

    /// Reads descriptor `attr` found on `type(obj)`.
    fn descriptor_get(&mut self, attr: Value, obj: Value, owner: Value) -> PyResult<Found> {
        // A class method of a builtin base binds the class (`D(a=1).fromkeys`).
        if attr
            .as_native()
            .is_some_and(crate::builtins::is_class_method)
        {
            return Ok(Found::Plain(self.bind(attr, owner)?));
        }
        if attr
            .as_native()
            .is_some_and(|n| n >= crate::builtins::FIRST_METHOD)
            || self.is_function(attr)
        {
            return Ok(Found::Method(attr));
        }
        match self.heap.get(attr) {
            Some(Obj::Descr(d)) => match **d {
                Descr::ClassMethod(f) => Ok(Found::Plain(self.bind(f, owner)?)),
                Descr::StaticMethod(f) => Ok(Found::Plain(f)),
                Descr::Property([fget, ..]) => {
                    if fget.is_none() {
                        let msg = format!(
                            "property '{}' of '{}' object has no getter",
                            self.property_name(attr),
                            self.type_name(owner)
                        );
                        return Err(self.raise_new(TypeId::AttributeError, &msg));
                    }
                    Ok(Found::Plain(self.call_value(fget, &[obj])?))
                }
                Descr::Super { .. }
                | Descr::Union { .. }
                | Descr::Alias { .. }
                | Descr::MappingProxy { .. } => Ok(Found::Plain(attr)),
                // Called with the instance first, which the descriptor then checks.
                Descr::Method { .. } => Ok(Found::Method(attr)),
                Descr::Member { .. } => Ok(Found::Plain(self.member_get(attr, obj)?)),
                Descr::TupleGetter { index, .. } => {
                    Ok(Found::Plain(self.tuple_getter_get(index, obj)?))
                }
            },
            Some(Obj::Instance(i)) => {
                let class = i.class;
                match self.lookup_user(class, Q::__get__) {
                    Some(get) => Ok(Found::Plain(self.call_value(get, &[attr, obj, owner])?)),
                    None => Ok(Found::Plain(attr)),
                }
            }
            _ => Ok(Found::Plain(attr)),
        }
    }

    /// The name a property reports in messages (its getter's name).
    fn property_name(&self, prop: Value) -> String {
        if let Some(Obj::Descr(d)) = self.heap.get(prop)
            && let Descr::Property(parts) = **d
        {
            // The name it was assigned to in its class body, else its accessor's name.
            if let Some(name) = self.str_text(parts[4]) {
                return String::from(name);
            }
            for f in parts.iter().take(3) {
                if let Some(Obj::Function(func)) = self.heap.get(*f) {
                    return String::from(self.qstr_text(func.code.name));
                }
            }
        }
        String::from("?")
    }

    /// A bound method: `f` with `receiver` as its first argument.
    pub(crate) fn bind(&mut self, f: Value, receiver: Value) -> PyResult {
        self.alloc(Obj::BoundMethod { func: f, receiver })
    }

    /// A descriptor found on a class, read through the class itself (`A.f`, `A.cm`).
    pub(crate) fn bind_descriptor_to_class(&mut self, attr: Value, cls: Value) -> PyResult {
        match self.heap.get(attr) {
            Some(Obj::Descr(d)) => match **d {
                Descr::ClassMethod(f) => self.bind(f, cls),
                Descr::StaticMethod(f) => Ok(f),
                _ => Ok(attr),
            },
            Some(Obj::Instance(i)) => {
                let class = i.class;
                match self.lookup_user(class, Q::__get__) {
                    Some(get) => self.call_value(get, &[attr, Value::NONE, cls]),
                    None => Ok(attr),
                }
            }
            _ => Ok(attr),
        }
    }

    /// `obj.name` for an object whose class is made by Python code; with `method`, a
    /// function found on the class comes back unbound with `obj` as the receiver.
    pub(crate) fn instance_getattr(
        &mut self,
        obj: Value,
        name: Qstr,
        method: bool,
    ) -> PyResult<Option<(Value, Value)>> {
        let t = self.type_of(obj);
        if let Some(ga) = self.lookup_user(t, Q::__getattribute__) {
            let r = self.call_value(ga, &[obj, Value::qstr(name)]);
            return match r {
                Ok(v) => Ok(Some((v, Value::UNBOUND))),
                Err(raised) => self.getattr_fallback(obj, t, name, raised),
            };
        }
        match self.generic_getattr(obj, t, name, method) {
            Ok(Some(found)) => Ok(Some(found)),
            Ok(None) => {
                if self.lookup_user(t, Q::__getattr__).is_none() {
                    return Ok(None);
                }
                let raised = self.no_attribute_error(obj, name);
                self.getattr_fallback(obj, t, name, raised)
            }
            Err(raised) => self.getattr_fallback(obj, t, name, raised),
        }
    }

    /// After an AttributeError, `__getattr__` if the class has one.
    pub(crate) fn getattr_fallback(
        &mut self,
        obj: Value,
        t: Value,
        name: Qstr,
        raised: Raised,
    ) -> PyResult<Option<(Value, Value)>> {
        let is_attr_error =
            self.is_instance(self.pending, Value::builtin_type(TypeId::AttributeError));
        match self.lookup_user(t, Q::__getattr__) {
            Some(ga) if is_attr_error => {
                self.pending = Value::NONE;
                let v = self.call_value(ga, &[obj, Value::qstr(name)])?;
                Ok(Some((v, Value::UNBOUND)))
            }
            _ => Err(raised),
        }
    }

    /// `object.__getattribute__(obj, name)`: `None` when the attribute does not exist.
    pub(crate) fn generic_getattr(
        &mut self,
        obj: Value,
        t: Value,
        name: Qstr,
        method: bool,
    ) -> PyResult<Option<(Value, Value)>> {
        let (attr, at) = self.lookup_slot(t, name);
        if let Some(a) = attr
            && self.is_data_descriptor(a)
            && self.has_descriptor_get(a)
        {
            return match self.descriptor_get(a, obj, t)? {
                Found::Method(f) | Found::Plain(f) => Ok(Some((f, Value::UNBOUND))),
            };
        }
        if let Some(d) = self.instance_dict(obj)
            && d != Value::UNBOUND
            && let Some(v) = self.dict_get_attr(d, name, at)
        {
            return Ok(Some((v, Value::UNBOUND)));
        }
        if let Some(a) = attr {
            return match self.descriptor_get(a, obj, t)? {
                Found::Method(f) => {
                    // A plain method of a builtin type acts on the value the instance extends.
                    let receiver = match f.as_native() {
                        Some(n)
                            if n < crate::builtins::FIRST_SPECIAL
                                && !crate::builtins::receives_instance(n) =>
                        {
                            self.payload(obj)
                        }
                        _ => obj,
                    };
                    if method {
                        Ok(Some((f, receiver)))
                    } else {
                        Ok(Some((self.bind(f, receiver)?, Value::UNBOUND)))
                    }
                }
                Found::Plain(v) => Ok(Some((v, Value::UNBOUND))),
            };
        }
        match name {
            Q::__class__ => Ok(Some((t, Value::UNBOUND))),
            Q::__dict__ => match self.instance_dict_mut(obj)? {
                Some(d) => Ok(Some((d, Value::UNBOUND))),
                None => Ok(None),
            },
            _ => {
                // The builtin data attributes of what the instance extends (`args`, `real`).
                let base = self.payload(obj);
                if base != obj
                    && let Some(v) = self.builtin_data_attr(base, name)?
                {
                    return Ok(Some((v, Value::UNBOUND)));
                }
                if matches!(self.heap.get(obj), Some(Obj::Exception(_)))
                    && let Some(v) = self.builtin_data_attr(obj, name)?
                {
                    return Ok(Some((v, Value::UNBOUND)));
                }
                Ok(None)
            }
        }
    }

    /// `obj.name = value` (or `del obj.name` when `value` is `UNBOUND`) on an object whose
    /// class is made by Python code.
    pub(crate) fn instance_setattr(
        &mut self,
        obj: Value,
        name: Qstr,
        value: Value,
    ) -> PyResult<()> {
        let t = self.type_of(obj);
        let hook = if value == Value::UNBOUND {
            Q::__delattr__
        } else {
            Q::__setattr__
        };
        if let Some(f) = self.lookup_user(t, hook) {
            if value == Value::UNBOUND {
                self.call_value(f, &[obj, Value::qstr(name)])?;
            } else {
                self.call_value(f, &[obj, Value::qstr(name), value])?;
            }
            return Ok(());
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__` / `object.__delattr__`.
    pub(crate) fn generic_setattr(&mut self, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        let (attr, at) = self.lookup_slot(t, name);
        if attr.is_none() && self.collections_setattr(obj, name, value)? {
            return Ok(());
        }
        if let Some(attr) = attr {
            if let Some(Obj::Descr(d)) = self.heap.get(attr)
                && let Descr::Member { .. } = **d
            {
                return self.member_set(attr, obj, value);
            }
            if let Some(Obj::Descr(d)) = self.heap.get(attr)
                && let Descr::TupleGetter { .. } = **d
            {
                let msg = if value == Value::UNBOUND {
                    "can't delete attribute"
                } else {
                    "can't set attribute"
                };
                return Err(self.raise_new(TypeId::AttributeError, msg));
            }
            if let Some(Obj::Descr(d)) = self.heap.get(attr)
                && let Descr::Property([_, fset, fdel, _, _]) = **d
            {
                let (f, what) = if value == Value::UNBOUND {
                    (fdel, "deleter")
                } else {
                    (fset, "setter")
                };
                if f.is_none() {
                    let msg = format!(
                        "property '{}' of '{}' object has no {what}",
                        self.property_name(attr),
                        self.type_name(t)
                    );
                    return Err(self.raise_new(TypeId::AttributeError, &msg));
                }
                if value == Value::UNBOUND {
                    self.call_value(f, &[obj])?;
                } else {
                    self.call_value(f, &[obj, value])?;
                }
                return Ok(());
            }
            if let Some(Obj::Instance(i)) = self.heap.get(attr) {
                let class = i.class;
                let hook = if value == Value::UNBOUND {
                    Q::__delete__
                } else {
                    Q::__set__
                };
                if let Some(f) = self.lookup_user(class, hook) {
                    if value == Value::UNBOUND {
                        self.call_value(f, &[attr, obj])?;
                    } else {
                        self.call_value(f, &[attr, obj, value])?;
                    }
                    return Ok(());
                }
            }
        }
        if name == Q::__dict__
            && matches!(self.heap.get(obj), Some(Obj::Instance(_)))
            && self.instance_dict(obj).is_some()
        {
            // A new attribute dict (any dict, a subclass's included); deleting it leaves
            // an empty one, made when next needed.
            let d = self.payload(value);
            if value != Value::UNBOUND && !matches!(self.heap.get(d), Some(Obj::Dict(_))) {
                let msg = format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    self.type_name_of(value)
                );
                return Err(self.type_error(&msg));
            }
            if let Some(Obj::Instance(i)) = self.heap.get_mut(obj) {
                i.dict = if value == Value::UNBOUND { value } else { d };
            }
            return Ok(());
        }
        if name == Q::__class__ && value != Value::UNBOUND {
            if !self.is_type(value) || self.class_ref(value).is_none() {
                return Err(self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
            }
            if matches!(self.heap.get(obj), Some(Obj::Instance(_))) && !self.same_layout(value, t) {
                let msg = format!(
                    "__class__ assignment: '{}' object layout differs from '{}'",
                    self.type_name(value),
                    self.type_name(t)
                );
                return Err(self.type_error(&msg));
            }
            if let Some(Obj::Instance(i)) = self.heap.get_mut(obj) {
                i.class = value;
                // Sites and cached lookups may depend on what class an object is.
                crate::heap::types_changed();
                return Ok(());
            }
        }
        let Some(d) = self.instance_dict_mut(obj)? else {
            // No dict to put it in: an attribute the class has is read-only here.
            if attr.is_some() {
                let msg = format!(
                    "'{}' object attribute '{}' is read-only",
                    self.type_name(t),
                    self.qstr_text(name)
                );
                return Err(self.raise_new(TypeId::AttributeError, &msg));
            }
            return Err(self.no_attribute_error(obj, name));
        };
        if value == Value::UNBOUND {
            if !self.dict_delete(d, Value::qstr(name))? {
                return Err(self.no_attribute_error(obj, name));
            }
            return Ok(());
        }
        // Rebinding an attribute the instance has: where the cache saw it last.
        let hint = self.attr_cache.hint(at) as usize;
        if let Some(Obj::Dict(dict)) = self.heap.get_mut(d)
            && dict.value_if_key_at(hint, Value::qstr(name)).is_some()
        {
            dict.set_value(hint, value);
            return Ok(());
        }
        self.dict_set(d, Value::qstr(name), value)
    }

    /// `'A' object has no attribute 'x'`.
    pub(crate) fn no_attribute_error(&mut self, obj: Value, name: Qstr) -> Raised {
        let msg = if self.is_type(obj) {
            format!(
                "type object '{}' has no attribute '{}'",
                self.type_name(obj),
                self.qstr_text(name)
            )
        } else {
            format!(
                "'{}' object has no attribute '{}'",
                self.type_name_of(obj),
                self.qstr_text(name)
            )
        };
        let r = self.raise_new(TypeId::AttributeError, &msg);
        self.annotate_raised(r, &[(Q::name, Value::qstr(name)), (Q::obj, obj)])
    }

    /// `cls.name` for a class made by Python code.
    pub(crate) fn class_getattr(&mut self, cls: Value, name: Qstr) -> PyResult<Option<Value>> {
        let meta = self.type_of(cls);
        let meta_attr = self.lookup_user(meta, name);
        if let Some(a) = meta_attr
            && self.is_data_descriptor(a)
        {
            return match self.descriptor_get(a, cls, meta)? {
                Found::Method(f) | Found::Plain(f) => Ok(Some(f)),
            };
        }
        if let Some(attr) = self.lookup(cls, name) {
            // A class method a builtin base provides binds this class (`D.fromkeys`); any
            // other method reads as that base's descriptor.
            if let Some(n) = attr.as_native()
                && crate::builtins::is_class_method(n)
            {
                return self.bind(attr, cls).map(Some);
            }
            if let Some(n) = attr.as_native()
                && !crate::builtins::is_class_method(n)
                && let Some(owner) = self
                    .mro_of(cls)
                    .into_iter()
                    .filter_map(|b| b.as_builtin_type())
                    .find(|&t| crate::builtins::method_of(t, name) == Some(n))
            {
                return self.native_descriptor(owner, n).map(Some);
            }
            return self.bind_descriptor_to_class(attr, cls).map(Some);
        }
        let Some(c) = self.class_ref(cls) else {
            return Ok(None);
        };
        let v = match name {
            Q::__name__ => c.name,
            Q::__qualname__ => c.qualname,
            Q::__bases__ => c.bases,
            Q::__dict__ => {
                let d = c.dict;
                return self.new_mappingproxy(d).map(Some);
            }
            Q::__class__ => c.meta,
            Q::__base__ => {
                let bases = self.tuple_items(c.bases).to_vec();
                let native = c.native;
                // The first base with the most derived layout, as CPython's `best_base`.
                bases
                    .iter()
                    .copied()
                    .find(|&b| self.native_type(b).layout() == native.layout())
                    .or_else(|| bases.first().copied())
                    .unwrap_or(Value::builtin_type(TypeId::Object))
            }
            Q::__mro__ => {
                let mro = c.mro.clone();
                return self.new_tuple(mro).map(Some);
            }
            _ => {
                if let Some(a) = meta_attr {
                    return match self.descriptor_get(a, cls, meta)? {
                        Found::Method(f) => self.bind(f, cls).map(Some),
                        Found::Plain(v) => Ok(Some(v)),
                    };
                }
                // Methods of `type` itself (`A.mro()`).
                if let Some(n) = crate::builtins::method_of(TypeId::Type, name) {
                    return self.bind(Value::native(n), cls).map(Some);
                }
                return Ok(None);
            }
        };
        Ok(Some(v))
    }

    /// Calls the special method `name` of `v`'s class if Python code defines it: `None`
    /// when it does not (the builtin behaviour then applies).
    pub(crate) fn call_dunder(
        &mut self,
        v: Value,
        name: Qstr,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(t) = self.user_class_of(v) else {
            return Ok(None);
        };
        let Some(f) = self.lookup_user(t, name) else {
            return Ok(None);
        };
        self.call_method_value(f, v, t, args).map(Some)
    }

    /// Calls `f` (found on `t`, the class of `v`) as a method of `v`.
    pub(crate) fn call_method_value(
        &mut self,
        f: Value,
        v: Value,
        t: Value,
        args: &[Value],
    ) -> PyResult {
        if f.is_none() {
            // A special method set to None is called like any None (iteration and `in`
            // check for None themselves and word it their own way).
            return Err(self.type_error("'NoneType' object is not callable"));
        }
        let mut buf: Vec<Value> = Vec::with_capacity(args.len() + 1);
        match self.descriptor_get(f, v, t)? {
            Found::Method(m) => {
                buf.push(v);
                buf.extend_from_slice(args);
                self.call_value(m, &buf)
            }
            Found::Plain(m) => self.call_value(m, args),
        }
    }

    /// The `__init__` to run in the dispatch loop for a call of `cls`, when calling it means
    /// exactly: a plain instance from `object.__new__` (no metaclass `__call__`, no `__new__`
    /// of Python code, no builtin base), then that Python function (not a generator).
    pub(crate) fn inline_init(&self, cls: Value) -> Option<Value> {
        if !matches!(self.heap.get(cls), Some(Obj::Class(_)))
            || self.type_of(cls) != Value::builtin_type(TypeId::Type)
            || self.native_type(cls) != TypeId::Object
            || self.lookup_user(cls, Q::__new__).is_some()
        {
            return None;
        }
        let init = self.lookup_user(cls, Q::__init__)?;
        match self.heap.get(init) {
            Some(Obj::Function(f))
                if f.code.flags
                    & (crate::bytecode::flags::GENERATOR
                        | crate::bytecode::flags::COROUTINE
                        | crate::bytecode::flags::ASYNC_GENERATOR)
                    == 0 =>
            {
                Some(init)
            }
            _ => None,
        }
    }

    /// `cls(*args, **kw)` for a class made by Python code: `__new__`, then `__init__`
    /// when `__new__` gave an instance of `cls`.
    pub(crate) fn call_class(&mut self, cls: Value, args: &[Value], kw: Kw) -> PyResult {
        let meta = self.type_of(cls);
        if let Some(call) = self.lookup_user(meta, Q::__call__) {
            let mut buf = Vec::with_capacity(args.len() + 1);
            buf.push(cls);
            buf.extend_from_slice(args);
            return self.call_with_kw(call, &buf, kw);
        }
        self.type_call(cls, args, kw)
    }

    /// `type.__call__(cls, *args, **kw)`.
    pub(crate) fn type_call(&mut self, cls: Value, args: &[Value], kw: Kw) -> PyResult {
        let mut buf = Vec::with_capacity(args.len() + 1);
        buf.push(cls);
        buf.extend_from_slice(args);
        let new = self.lookup_user(cls, Q::__new__);
        let obj = match new {
            Some(f) => {
                let f = self.bind_descriptor_to_class(f, cls)?;
                self.call_with_kw(f, &buf, kw)?
            }
            None => {
                let n = self.lookup(cls, Q::__new__).and_then(|v| v.as_native());
                let native = match n.and_then(|i| crate::builtins::NATIVES.get(i as usize)) {
                    Some(native) => native.f,
                    None => crate::types::object::object_new,
                };
                native(self, &buf, kw)?
            }
        };
        if !self.is_instance(obj, cls) {
            return Ok(obj);
        }
        self.roots.push(obj);
        let r = (|| {
            let t = self.type_of(obj);
            match self.lookup_user(t, Q::__init__) {
                Some(init) => {
                    buf[0] = obj;
                    let f = match self.descriptor_get(init, obj, t)? {
                        Found::Method(m) => m,
                        Found::Plain(m) => {
                            buf.remove(0);
                            m
                        }
                    };
                    let r = self.call_with_kw(f, &buf, kw)?;
                    if !r.is_none() {
                        let msg = format!(
                            "__init__() should return None, not '{}'",
                            self.type_name_of(r)
                        );
                        return Err(self.type_error(&msg));
                    }
                }
                None => {
                    let n = self.lookup(t, Q::__init__).and_then(|v| v.as_native());
                    if let Some(native) = n.and_then(|i| crate::builtins::NATIVES.get(i as usize)) {
                        buf[0] = obj;
                        (native.f)(self, &buf, kw)?;
                    }
                }
            }
            Ok(obj)
        })();
        self.roots.pop();
        r
    }

    /// `object()`: an instance with no attributes.
    /// "Can't instantiate abstract class A with abstract methods f, g".
    #[inline(never)]
    fn abstract_class_error(&mut self, cls: Value) -> crate::vm::Raised {
        let names = match self.class_ref(cls).map(|c| c.dict) {
            Some(d) => self.dict_get_qstr(d, Q::__abstractmethods__),
            None => None,
        };
        let mut texts: alloc::vec::Vec<alloc::string::String> = match names {
            Some(n) => match self.collect_iterable(n) {
                Ok(items) => items.iter().map(|&v| self.string_of(v)).collect(),
                Err(raised) => return raised,
            },
            None => alloc::vec::Vec::new(),
        };
        texts.sort();
        let msg = alloc::format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            self.type_name(cls),
            if texts.len() == 1 { "" } else { "s" },
            texts.join(", ")
        );
        self.type_error(&msg)
    }

    pub(crate) fn new_instance_of_object(&mut self) -> PyResult {
        self.new_instance(Value::builtin_type(TypeId::Object), Value::UNBOUND)
    }

    /// A new instance of `cls` whose class is made by Python code, extending `base`
    /// (`UNBOUND` for plain objects).
    pub(crate) fn new_instance(&mut self, cls: Value, base: Value) -> PyResult {
        // `NONE` for "no `__dict__`" (`types::member`); `object()` has none either.
        let dict = match self.class_ref(cls) {
            Some(c) if c.layout.abstract_ => return Err(self.abstract_class_error(cls)),
            Some(c) if !c.layout.no_dict => Value::UNBOUND,
            _ => Value::NONE,
        };
        self.alloc(Obj::Instance(crate::heap::instance_slot(Instance {
            class: cls,
            dict,
            base,
        })))
    }
}
