//! Attribute access on builtin values: methods of builtin types and a few data attributes.

use alloc::format;
use alloc::string::String;

use super::{PyResult, Raised, Vm};
use crate::heap::Obj;
use crate::qstr::{Q, Qstr};
use crate::value::Value;

impl Vm {
    /// The native method `name` of `v`'s type, if any.
    fn find_method(&self, v: Value, name: Qstr) -> Option<u16> {
        self.type_id_of(v)
            .mro()
            .find_map(|ty| crate::builtins::method_of(ty, name))
    }

    /// `obj.name` followed by a call: `(method, obj)`, or `(attribute, UNBOUND)`.
    pub(crate) fn load_method(&mut self, obj: Value, name: Qstr) -> PyResult<(Value, Value)> {
        if let Some(r) = self.load_attr_special(obj, name, true)? {
            return Ok(r);
        }
        if obj.as_builtin_type().is_none()
            && let Some(n) = self.find_method(obj, name)
        {
            if crate::builtins::is_class_method(n) {
                return Ok((Value::native(n), self.type_of(obj)));
            }
            return Ok((Value::native(n), obj));
        }
        let attr = self.load_attr(obj, name)?;
        Ok((attr, Value::UNBOUND))
    }

    /// Attribute access on instances and classes made by Python code, and on `super`
    /// objects: `None` for every other object.
    fn load_attr_special(
        &mut self,
        obj: Value,
        name: Qstr,
        method: bool,
    ) -> PyResult<Option<(Value, Value)>> {
        match self.heap.get(obj) {
            Some(Obj::Instance(_)) => {}
            Some(Obj::Exception(e)) if e.typ.as_builtin_type().is_none() => {}
            Some(Obj::Class(_)) => {
                // A metaclass's `__getattr__` answers for its classes what they lack.
                let meta = self.type_of(obj);
                return match self.class_getattr(obj, name) {
                    Ok(Some(v)) => Ok(Some((v, Value::UNBOUND))),
                    Ok(None) if self.lookup_user(meta, Q::__getattr__).is_some() => {
                        let raised = self.no_attribute_error(obj, name);
                        self.getattr_fallback(obj, meta, name, raised)
                    }
                    Ok(None) => Err(self.no_attribute_error(obj, name)),
                    Err(raised) => self.getattr_fallback(obj, meta, name, raised),
                };
            }
            Some(Obj::Module { .. }) => {
                return self
                    .module_getattr(obj, name)
                    .map(|v| Some((v, Value::UNBOUND)));
            }
            Some(Obj::Descr(d)) if matches!(**d, crate::heap::Descr::Super { .. }) => {
                return self.super_getattr(obj, name, method).map(Some);
            }
            _ => return Ok(None),
        }
        match self.instance_getattr(obj, name, method)? {
            Some(found) => Ok(Some(found)),
            None => Err(self.no_attribute_error(obj, name)),
        }
    }

    /// `obj.name`.
    pub(crate) fn load_attr(&mut self, obj: Value, name: Qstr) -> PyResult {
        if let Some((v, _)) = self.load_attr_special(obj, name, false)? {
            return Ok(v);
        }
        if let Some(v) = self.data_attr(obj, name)? {
            return Ok(v);
        }
        // The attribute dict of a function or a builtin exception.
        if let Some(d) = self.instance_dict(obj) {
            if name == Q::__dict__ {
                return Ok(self.instance_dict_mut(obj)?.unwrap_or(Value::NONE));
            }
            if d != Value::UNBOUND
                && let Some(v) = self.dict_get_qstr(d, name)
            {
                return Ok(v);
            }
            // A function without annotations gets an empty dict on first reading, kept.
            if name == Q::__annotations__ && self.is_function(obj) {
                let annotations = self.new_dict()?;
                self.roots.push(annotations);
                let stored = self.store_attr(obj, name, annotations);
                self.roots.pop();
                stored?;
                return Ok(annotations);
            }
        }
        if obj.as_builtin_type().is_none()
            && let Some(n) = self.find_method(obj, name)
        {
            // A class method read from a value binds its type: `{}.fromkeys`.
            let receiver = if crate::builtins::is_class_method(n) {
                self.type_of(obj)
            } else {
                obj
            };
            return self.alloc(Obj::BoundMethod {
                func: Value::native(n),
                receiver,
            });
        }
        if let Some(t) = obj.as_builtin_type() {
            // An unbound method of a builtin type: `str.upper`.
            let found = t
                .mro()
                .find_map(|tt| Some((tt, crate::builtins::method_of(tt, name)?)));
            if let Some((tt, n)) = found {
                if crate::builtins::is_class_method(n) {
                    return self.bind(Value::native(n), obj);
                }
                return self.native_descriptor(tt, n);
            }
            // Then the methods of its metaclass, bound to it: `int.mro()`, `int.__call__`.
            if let Some(n) = crate::builtins::method_of(crate::types::TypeId::Type, name) {
                return self.bind(Value::native(n), obj);
            }
        }
        Err(self.no_attribute(obj, name))
    }

    /// Native method `n` as read from builtin type `owner`: a method descriptor that checks
    /// what it is called on (one per method, made on first use), except for `__new__`
    /// (static) and class methods (bound to the type).
    pub(crate) fn native_descriptor(&mut self, owner: crate::types::TypeId, n: u16) -> PyResult {
        if crate::builtins::is_class_method(n) {
            return self.bind(Value::native(n), Value::builtin_type(owner));
        }
        if crate::builtins::is_static_new(n) || n < crate::builtins::FIRST_METHOD {
            return Ok(Value::native(n));
        }
        let key = (owner as u16, n);
        if let Some(&d) = self.method_descrs.get(&key) {
            return Ok(d);
        }
        let d = crate::heap::Descr::Method {
            owner: Value::builtin_type(owner),
            func: Value::native(n),
        };
        let d = self.alloc(Obj::Descr(alloc::boxed::Box::new(d)))?;
        self.method_descrs.insert(key, d);
        Ok(d)
    }

    /// `__name__`, `__qualname__` (`list.append` for a method), `__module__` and
    /// `__doc__` of a builtin function or method.
    fn native_attr(&mut self, n: u16, name: Qstr) -> PyResult<Option<Value>> {
        let text = crate::builtins::NATIVES
            .get(n as usize)
            .map_or("?", |n| n.name);
        let owner = crate::builtins::native_owner(self, n);
        Ok(match name {
            Q::__name__ => Some(Value::qstr(self.qstrs.intern(text))),
            Q::__qualname__ => {
                let q = match owner {
                    Some(t) => format!("{}.{text}", t.short_name()),
                    None => String::from(text),
                };
                Some(Value::qstr(self.qstrs.intern(&q)))
            }
            Q::__module__ if owner.is_none() => Some(Value::qstr(self.qstrs.intern("builtins"))),
            Q::__module__ | Q::__doc__ => Some(Value::NONE),
            _ => None,
        })
    }

    /// The data attributes of builtin values (`e.args`, `x.real`, `f.__name__`).
    pub(crate) fn builtin_data_attr(&mut self, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
        self.data_attr(obj, name)
    }

    fn data_attr(&mut self, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
        if name == Q::__class__ {
            return Ok(Some(self.type_of(obj)));
        }
        // The mutable containers set `__hash__` to None, on the type and its values alike.
        if name == Q::__hash__ {
            let t = obj
                .as_builtin_type()
                .unwrap_or_else(|| self.type_id_of(obj));
            if t.is_unhashable() {
                return Ok(Some(Value::NONE));
            }
        }
        if let Some(n) = obj.as_native() {
            return self.native_attr(n, name);
        }
        if obj.as_module_fn().is_some() {
            return self.module_fn_attr(obj, name);
        }
        if let Some(t) = obj.as_builtin_type() {
            return Ok(match name {
                Q::__name__ | Q::__qualname__ => {
                    Some(Value::qstr(self.qstrs.intern(t.short_name())))
                }
                Q::__module__ => Some(Value::qstr(self.qstrs.intern(t.module()))),
                Q::__doc__ => Some(Value::NONE),
                Q::__mro__ => {
                    let mro = self.mro_of(obj);
                    Some(self.new_tuple(mro)?)
                }
                Q::__bases__ => {
                    let bases = t.bases().map(Value::builtin_type).collect();
                    Some(self.new_tuple(bases)?)
                }
                Q::__base__ => Some(t.base().map_or(Value::NONE, Value::builtin_type)),
                _ => None,
            });
        }
        if self.is_int(obj) {
            return Ok(match name {
                Q::real | Q::numerator => Some(self.unary_pos(obj)?),
                Q::imag => Some(Value::small(0).unwrap_or(Value::NONE)),
                Q::denominator => Some(Value::small(1).unwrap_or(Value::NONE)),
                _ => None,
            });
        }
        if let Some(f) = self.float_of(obj) {
            return Ok(match name {
                Q::real => Some(if self.is_float(obj) {
                    obj
                } else {
                    self.new_float(f)?
                }),
                Q::imag => Some(self.new_float(0.0)?),
                _ => None,
            });
        }
        match self.heap.get(obj) {
            // A dict view's `mapping`: a read-only proxy of its dict.
            Some(&Obj::DictView { dict, .. }) if name == Q::mapping => {
                self.new_mappingproxy(dict).map(Some)
            }
            Some(Obj::Exception(e))
                if matches!(
                    name,
                    Q::msg
                        | Q::filename
                        | Q::lineno
                        | Q::offset
                        | Q::text
                        | Q::end_lineno
                        | Q::end_offset
                ) =>
            {
                let (typ, args) = (e.typ, e.args);
                if name == Q::filename
                    && self.is_subclass(typ, Value::builtin_type(crate::types::TypeId::OSError))
                {
                    return Ok(Some(
                        self.os_error_fields(obj).map_or(Value::NONE, |f| f[2]),
                    ));
                }
                if !self.is_subclass(typ, Value::builtin_type(crate::types::TypeId::SyntaxError)) {
                    return Ok(None);
                }
                let items = self.tuple_items(args).to_vec();
                let detail = items
                    .get(1)
                    .map(|&d| self.tuple_items(d).to_vec())
                    .unwrap_or_default();
                Ok(Some(match name {
                    Q::msg => items.first().copied().unwrap_or(Value::NONE),
                    Q::filename => detail.first().copied().unwrap_or(Value::NONE),
                    Q::lineno => detail.get(1).copied().unwrap_or(Value::NONE),
                    Q::offset => detail.get(2).copied().unwrap_or(Value::NONE),
                    Q::text => detail.get(3).copied().unwrap_or(Value::NONE),
                    Q::end_lineno => detail.get(4).copied().unwrap_or(Value::NONE),
                    _ => detail.get(5).copied().unwrap_or(Value::NONE),
                }))
            }
            Some(Obj::Exception(e))
                if matches!(name, Q::errno | Q::strerror | Q::filename2)
                    && self
                        .is_subclass(e.typ, Value::builtin_type(crate::types::TypeId::OSError)) =>
            {
                let at = match name {
                    Q::errno => 0,
                    Q::strerror => 1,
                    _ => 3,
                };
                Ok(Some(
                    self.os_error_fields(obj).map_or(Value::NONE, |f| f[at]),
                ))
            }
            Some(Obj::Exception(e)) if matches!(name, Q::value | Q::code | Q::name | Q::obj) => {
                // Set by the program or by the raise (a NameError's name): in the dict.
                let (typ, args, dict) = (e.typ, e.args, e.dict);
                if dict != Value::UNBOUND
                    && let Some(v) = self.dict_get_qstr(dict, name)
                {
                    return Ok(Some(v));
                }
                use crate::types::TypeId as T;
                let is = |vm: &Vm, t: T| vm.is_subclass(typ, Value::builtin_type(t));
                let items = self.tuple_items(args);
                Ok(match name {
                    Q::value if is(self, T::StopIteration) || is(self, T::StopAsyncIteration) => {
                        Some(items.first().copied().unwrap_or(Value::NONE))
                    }
                    Q::code if is(self, T::SystemExit) => Some(match items.len() {
                        0 => Value::NONE,
                        1 => items[0],
                        _ => args,
                    }),
                    Q::name if is(self, T::NameError) || is(self, T::AttributeError) => {
                        Some(Value::NONE)
                    }
                    Q::obj if is(self, T::AttributeError) => Some(Value::NONE),
                    _ => None,
                })
            }
            Some(Obj::Exception(e)) => Ok(match name {
                Q::message | Q::exceptions if e.group != Value::UNBOUND => {
                    let parts = self.group_parts(obj);
                    parts.map(|(m, x)| if name == Q::message { m } else { x })
                }
                Q::args => Some(e.args),
                Q::__cause__ => Some(e.cause),
                Q::__context__ => Some(e.context),
                Q::__suppress_context__ => Some(Value::bool(e.suppress_context)),
                Q::__traceback__ => return self.exc_traceback(obj).map(Some),
                _ => None,
            }),
            Some(Obj::Deque(q)) if name == Q::maxlen => Ok(Some(match q.maxlen {
                Some(m) => self.new_int(m as i64)?,
                None => Value::NONE,
            })),
            Some(Obj::Dict(d))
                if name == Q::default_factory
                    && d.kind() == crate::types::dict::DictKind::DefaultDict =>
            {
                Ok(Some(d.factory()))
            }
            Some(&Obj::Cell(v)) if name == Q::cell_contents => {
                if v == Value::UNBOUND {
                    Err(self.value_error("Cell is empty"))
                } else {
                    Ok(Some(v))
                }
            }
            Some(Obj::Traceback(tb)) => Ok(match name {
                Q::tb_next => Some(tb.next),
                Q::tb_lineno => Some(Value::small(i64::from(tb.entry.line)).unwrap_or(Value::NONE)),
                Q::tb_lasti => Some(Value::small(-1).unwrap_or(Value::NONE)),
                _ => None,
            }),
            // Metadata a program assigned (`wrapper.__name__ = f.__name__`) is in the dict.
            Some(Obj::Function(f))
                if f.meta != Value::UNBOUND
                    && matches!(
                        name,
                        Q::__name__ | Q::__qualname__ | Q::__doc__ | Q::__module__
                    )
                    && self.dict_get_qstr(f.meta, name).is_some() =>
            {
                Ok(self.dict_get_qstr(f.meta, name))
            }
            Some(Obj::Function(f)) => Ok(match name {
                Q::__name__ => Some(Value::qstr(f.code.name)),
                Q::__qualname__ => Some(Value::qstr(f.code.qualname)),
                Q::__module__ => self.dict_get_qstr(f.globals, Q::__name__),
                Q::__doc__ => Some(f.code.doc),
                Q::__globals__ => Some(f.globals),
                Q::__code__ => {
                    let code = f.code.clone();
                    return Ok(Some(self.alloc(Obj::Code(code))?));
                }
                Q::__defaults__ => Some(if f.defaults == Value::UNBOUND {
                    Value::NONE
                } else {
                    f.defaults
                }),
                Q::__kwdefaults__ => Some(if f.kwdefaults == Value::UNBOUND {
                    Value::NONE
                } else {
                    f.kwdefaults
                }),
                Q::__closure__ => Some(if f.closure == Value::UNBOUND {
                    Value::NONE
                } else {
                    f.closure
                }),
                _ => None,
            }),
            Some(Obj::BoundMethod { func, receiver }) => {
                let (func, receiver) = (*func, *receiver);
                match name {
                    Q::__self__ => Ok(Some(receiver)),
                    Q::__func__
                        if func.as_native().is_none()
                            || crate::builtins::is_builtin_function(func) =>
                    {
                        Ok(Some(func))
                    }
                    Q::__name__ | Q::__qualname__ | Q::__module__ | Q::__doc__ => {
                        self.data_attr(func, name)
                    }
                    // The method type's own attributes first, then the function's
                    // (`m.tag`, `m.__isabstractmethod__`), whose error a miss raises.
                    _ if self.is_function(func)
                        && (name == Q::__isabstractmethod__
                            || !self.qstr_text(name).starts_with("__")) =>
                    {
                        self.load_attr(func, name).map(Some)
                    }
                    _ => Ok(None),
                }
            }
            Some(Obj::Descr(d))
                if name == Q::__isabstractmethod__
                    && matches!(
                        **d,
                        crate::heap::Descr::Property(_)
                            | crate::heap::Descr::ClassMethod(_)
                            | crate::heap::Descr::StaticMethod(_)
                    ) =>
            {
                // Abstract when a function it wraps is (`abc.abstractmethod`).
                let parts: alloc::vec::Vec<Value> = match **d {
                    crate::heap::Descr::Property([fget, fset, fdel, _, _]) => {
                        alloc::vec![fget, fset, fdel]
                    }
                    crate::heap::Descr::ClassMethod(f) | crate::heap::Descr::StaticMethod(f) => {
                        alloc::vec![f]
                    }
                    _ => alloc::vec::Vec::new(),
                };
                for f in parts {
                    if f.is_none() {
                        continue;
                    }
                    match self.load_attr(f, Q::__isabstractmethod__) {
                        Ok(v) if self.truthy(v)? => return Ok(Some(Value::TRUE)),
                        Ok(_) => {}
                        Err(_) => self.pending = Value::NONE,
                    }
                }
                Ok(Some(Value::FALSE))
            }
            Some(Obj::Descr(d)) => Ok(match **d {
                crate::heap::Descr::Property([fget, fset, fdel, doc, _]) => match name {
                    Q::fget => Some(fget),
                    Q::fset => Some(fset),
                    Q::fdel => Some(fdel),
                    Q::__doc__ => Some(doc),
                    _ => None,
                },
                crate::heap::Descr::ClassMethod(f) | crate::heap::Descr::StaticMethod(f) => {
                    match name {
                        Q::__func__ | Q::__wrapped__ => Some(f),
                        _ => None,
                    }
                }
                crate::heap::Descr::Super { .. } => None,
                crate::heap::Descr::Union { args } => (name == Q::__args__).then_some(args),
                crate::heap::Descr::Alias { origin, args } => match name {
                    Q::__origin__ => Some(origin),
                    Q::__args__ => Some(args),
                    Q::__parameters__ => return self.new_tuple(alloc::vec![]).map(Some),
                    _ => None,
                },
                crate::heap::Descr::Member { .. } => return self.member_attr(obj, name),
                crate::heap::Descr::MappingProxy { .. } => None,
                crate::heap::Descr::TupleGetter { doc, .. } => (name == Q::__doc__).then_some(doc),
                crate::heap::Descr::Method { owner, func } => {
                    if name == Q::__objclass__ {
                        return Ok(Some(owner));
                    }
                    return match func.as_native() {
                        Some(n) => self.native_attr(n, name),
                        None => Ok(None),
                    };
                }
            }),
            Some(Obj::Generator(g)) => Ok(match name {
                Q::__name__ => Some(Value::qstr(g.name)),
                Q::__qualname__ => Some(Value::qstr(g.qualname)),
                Q::gi_running | Q::cr_running => {
                    Some(Value::bool(g.state == crate::heap::GenState::Running))
                }
                Q::gi_yieldfrom | Q::cr_await => Some(if g.yield_from == Value::UNBOUND {
                    Value::NONE
                } else {
                    g.yield_from
                }),
                _ => None,
            }),
            Some(Obj::Complex([re, im])) => {
                let (re, im) = (*re, *im);
                Ok(match name {
                    Q::real => Some(self.new_float(re)?),
                    Q::imag => Some(self.new_float(im)?),
                    _ => None,
                })
            }
            Some(Obj::Code(c)) => {
                let c = c.clone();
                Ok(match name {
                    Q::co_filename => Some(Value::qstr(c.filename)),
                    Q::co_name => Some(Value::qstr(c.name)),
                    Q::co_qualname => Some(Value::qstr(c.qualname)),
                    Q::co_argcount => Some(self.new_int(c.argcount as i64)?),
                    Q::co_posonlyargcount => Some(self.new_int(c.posonlycount as i64)?),
                    Q::co_kwonlyargcount => Some(self.new_int(c.kwonlycount as i64)?),
                    Q::co_nlocals => Some(self.new_int(c.nlocals as i64)?),
                    Q::co_firstlineno => Some(self.new_int(c.firstline as i64)?),
                    Q::co_varnames => {
                        let names = c.varnames[..c.freestart as usize]
                            .iter()
                            .map(|&q| Value::qstr(q))
                            .collect();
                        Some(self.new_tuple(names)?)
                    }
                    _ => None,
                })
            }
            Some(Obj::MemoryView(_)) => self.view_attr(obj, name),
            Some(Obj::Struct(_)) => self.struct_attr(obj, name),
            Some(Obj::Hash(_)) => self.hash_attr(obj, name),
            Some(Obj::Array(_)) => self.array_attr(obj, name),
            Some(Obj::Stream(_)) => self.stream_attr(obj, name),
            Some(Obj::Slice(parts)) => Ok(match name {
                Q::start => Some(parts[0]),
                Q::stop => Some(parts[1]),
                Q::step => Some(parts[2]),
                _ => None,
            }),
            Some(Obj::Range(r)) => {
                let v = match name {
                    Q::start => r.start,
                    Q::stop => r.stop,
                    Q::step => r.step,
                    _ => return Ok(None),
                };
                Ok(Some(self.new_i128(v)?))
            }
            _ => Ok(None),
        }
    }

    fn no_attribute(&mut self, obj: Value, name: Qstr) -> Raised {
        let attr = String::from(self.qstr_text(name));
        let msg = match obj.as_builtin_type() {
            Some(t) => format!("type object '{}' has no attribute '{attr}'", t.name()),
            None => format!(
                "'{}' object has no attribute '{attr}'",
                self.type_name_of(obj)
            ),
        };
        let r = self.raise_new(crate::types::TypeId::AttributeError, &msg);
        self.annotate_raised(r, &[(Q::name, Value::qstr(name)), (Q::obj, obj)])
    }

    /// `obj.name = value`.
    pub(crate) fn store_attr(&mut self, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
        if matches!(name, Q::message | Q::exceptions) && self.group_parts(obj).is_some() {
            return Err(self.raise_new(crate::types::TypeId::AttributeError, "readonly attribute"));
        }
        // A cell's contents are writable and deletable (`del` stores `UNBOUND`: empty).
        if name == Q::cell_contents
            && let Some(Obj::Cell(v)) = self.heap.get_mut(obj)
        {
            *v = value;
            return Ok(());
        }
        if let Some(Obj::Function(f)) = self.heap.get(obj)
            && matches!(
                name,
                Q::__name__ | Q::__qualname__ | Q::__doc__ | Q::__module__
            )
        {
            let meta = f.meta;
            if matches!(name, Q::__name__ | Q::__qualname__) && self.str_text(value).is_none() {
                let msg = format!("{} must be set to a string object", self.qstr_text(name));
                return Err(self.type_error(&msg));
            }
            let meta = if meta == Value::UNBOUND {
                let d = self.new_dict()?;
                if let Some(Obj::Function(f)) = self.heap.get_mut(obj) {
                    f.meta = d;
                }
                d
            } else {
                meta
            };
            // `del f.__doc__` leaves None, as CPython's does.
            let value = if value == Value::UNBOUND {
                Value::NONE
            } else {
                value
            };
            return self.dict_set(meta, Value::qstr(name), value);
        }
        if matches!(self.heap.get(obj), Some(Obj::Exception(_))) && value == Value::UNBOUND {
            let msg = match name {
                Q::__cause__ | Q::__context__ | Q::__traceback__ | Q::args => {
                    format!("{} may not be deleted", self.qstr_text(name))
                }
                Q::__suppress_context__ => String::from("can't delete numeric/char attribute"),
                _ => String::new(),
            };
            if !msg.is_empty() {
                return Err(self.type_error(&msg));
            }
        }
        if matches!(name, Q::__cause__ | Q::__context__)
            && matches!(self.heap.get(obj), Some(Obj::Exception(_)))
            && !value.is_none()
            && !matches!(self.heap.get(self.payload(value)), Some(Obj::Exception(_)))
        {
            let msg = format!(
                "exception {} must be None or derive from BaseException",
                if name == Q::__cause__ {
                    "cause"
                } else {
                    "context"
                }
            );
            return Err(self.type_error(&msg));
        }
        if let Some(Obj::Exception(e)) = self.heap.get_mut(obj) {
            match name {
                Q::__cause__ => {
                    e.cause = value;
                    e.suppress_context = true;
                    return Ok(());
                }
                Q::__context__ => {
                    e.context = value;
                    return Ok(());
                }
                Q::__suppress_context__ => {
                    e.suppress_context = value == Value::TRUE;
                    return Ok(());
                }
                Q::__traceback__ => return self.set_exc_traceback(obj, value),
                Q::args => {
                    let items = self.collect_iterable(value)?;
                    let t = self.new_tuple(items)?;
                    if let Some(Obj::Exception(e)) = self.heap.get_mut(obj) {
                        e.args = t;
                    }
                    return Ok(());
                }
                _ => {}
            }
        }
        if self.user_class_of(obj).is_some() {
            return if matches!(self.heap.get(obj), Some(Obj::Class(_))) {
                let meta = self.type_of(obj);
                match self.lookup_user(meta, Q::__setattr__) {
                    Some(f) => self
                        .call_value(f, &[obj, Value::qstr(name), value])
                        .map(|_| ()),
                    None => self.setattr_generic_any(obj, name, value),
                }
            } else {
                self.instance_setattr(obj, name, value)
            };
        }
        self.setattr_generic_any(obj, name, value)
    }

    /// `object.__setattr__(obj, name, value)`, or `__delattr__` when `value` is `UNBOUND`.
    pub(crate) fn setattr_generic_any(
        &mut self,
        obj: Value,
        name: Qstr,
        value: Value,
    ) -> PyResult<()> {
        if let Some(c) = self.class_ref(obj) {
            let dict = c.dict;
            if name == Q::__abstractmethods__ {
                let on = value != Value::UNBOUND && self.truthy(value)?;
                if let Some(Obj::Class(c)) = self.heap.get_mut(obj) {
                    c.layout.abstract_ = on;
                }
            }
            if value == Value::UNBOUND {
                if !self.dict_delete(dict, Value::qstr(name))? {
                    return Err(self.no_attribute_error(obj, name));
                }
                return Ok(());
            }
            return self.dict_set(dict, Value::qstr(name), value);
        }
        if self.instance_dict(obj).is_some()
            && !matches!(self.heap.get(obj), Some(Obj::Instance(i)) if i.class.as_builtin_type().is_some())
        {
            return self.generic_setattr(obj, name, value);
        }
        if matches!(name, Q::__name__ | Q::__qualname__)
            && matches!(self.heap.get(obj), Some(Obj::Generator(_)))
        {
            // A generator's or coroutine's names can be reassigned, to strs only.
            let Some(text) = self.str_text(value).map(String::from) else {
                let msg = format!("{} must be set to a string object", self.qstr_text(name));
                return Err(self.type_error(&msg));
            };
            let q = self.qstrs.intern(&text);
            if let Some(Obj::Generator(g)) = self.heap.get_mut(obj) {
                if name == Q::__name__ {
                    g.name = q;
                } else {
                    g.qualname = q;
                }
            }
            return Ok(());
        }
        if self.set_factory_attr(obj, name, value) {
            return Ok(());
        }
        if name == Q::__class__ && obj.as_builtin_type().is_none() {
            return Err(self.type_error(if value == Value::UNBOUND {
                "can't delete __class__ attribute"
            } else {
                "__class__ assignment only supported for mutable types or ModuleType subclasses"
            }));
        }
        let attr = String::from(self.qstr_text(name));
        if let Some(t) = obj.as_builtin_type() {
            let msg = format!(
                "cannot set '{attr}' attribute of immutable type '{}'",
                t.name()
            );
            return Err(self.type_error(&msg));
        }
        let tname = String::from(self.type_name_of(obj));
        // The fields of a slice, a range and a complex are read-only members.
        let member = match self.heap.get(obj) {
            Some(Obj::Slice(_) | Obj::Range(_)) => {
                matches!(name, Q::start | Q::stop | Q::step)
            }
            Some(Obj::Complex(_)) => matches!(name, Q::real | Q::imag),
            Some(Obj::BoundMethod { .. }) => matches!(name, Q::__self__ | Q::__func__),
            _ => false,
        };
        let msg = if member {
            String::from("readonly attribute")
        } else if self.find_method(obj, name).is_some() {
            format!("'{tname}' object attribute '{attr}' is read-only")
        } else if !matches!(self.heap.get(obj), Some(Obj::BoundMethod { .. }))
            && self.data_attr(obj, name)?.is_some()
        {
            format!("attribute '{attr}' of '{tname}' objects is not writable")
        } else {
            format!("'{tname}' object has no attribute '{attr}'")
        };
        Err(self.raise_new(crate::types::TypeId::AttributeError, &msg))
    }

    /// `del obj.name`.
    pub(crate) fn delete_attr(&mut self, obj: Value, name: Qstr) -> PyResult<()> {
        self.store_attr(obj, name, Value::UNBOUND)
    }
}
