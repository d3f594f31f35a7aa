//! The methods of `object` and `type` that Python code reaches explicitly
//! (`object.__new__(cls)`, `super().__init__()`, `object.__setattr__(self, k, v)`,
//! `type.__new__(mcs, name, bases, ns)`), the `__new__`/`__init__` of subclassable builtin
//! types, and the builtins `getattr`, `setattr`, `hasattr`, `delattr` and `vars`.

use alloc::format;
use alloc::vec::Vec;

use crate::builtins::{Kw, arity};
use crate::heap::Obj;
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::types::slots::{method_arity, wrapper_arity};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The qstr of an attribute-name argument, or CPython's TypeError.
fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Qstr> {
    if let Some(q) = v.as_qstr() {
        return Ok(q);
    }
    match vm.str_text(v) {
        Some(text) => {
            let text = alloc::string::String::from(text);
            Ok(vm.qstrs.intern(&text))
        }
        None => {
            let msg = format!(
                "attribute name must be string, not '{}'",
                vm.type_name_of(v)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// The attribute name argument of `getattr` and its kind.
fn plain_attr_name(vm: &mut Vm, v: Value) -> PyResult<Qstr> {
    if vm.str_text(v).is_none() {
        let msg = format!(
            "attribute name must be string, not '{}'",
            vm.type_name_of(v)
        );
        return Err(vm.type_error(&msg));
    }
    attr_name(vm, v)
}

/// Whether the class `t` (or a base made by Python code) overrides `name` of `object`.
fn overrides(vm: &Vm, t: Value, name: Qstr) -> bool {
    vm.lookup(t, name)
        .is_some_and(|f| f.as_native() != crate::builtins::method_of(TypeId::Object, name))
}

/// `object.__new__(cls, *args)`.
pub(crate) fn object_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if !vm.is_type(cls) {
        let msg = format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name_of(cls)
        );
        return Err(vm.type_error(&msg));
    }
    if args.len() > 1 || !kw.is_empty() {
        if overrides(vm, cls, Q::__new__) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides(vm, cls, Q::__init__) {
            let msg = format!("{}() takes no arguments", vm.type_name(cls));
            return Err(vm.type_error(&msg));
        }
    }
    let native = vm.native_type(cls);
    if native != TypeId::Object {
        let msg = format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            vm.type_name(cls),
            native.name()
        );
        return Err(vm.type_error(&msg));
    }
    if vm.class_ref(cls).is_none() {
        if cls == Value::builtin_type(TypeId::Object) {
            return vm.new_instance_of_object();
        }
        let msg = format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            vm.type_name(cls),
            vm.type_name(cls)
        );
        return Err(vm.type_error(&msg));
    }
    vm.new_instance(cls, Value::UNBOUND)
}

/// `object.__init__(self, *args)`.
pub(crate) fn object_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let Some(&obj) = args.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if args.len() > 1 || !kw.is_empty() {
        let t = vm.type_of(obj);
        if overrides(vm, t, Q::__init__) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides(vm, t, Q::__new__) {
            let msg = format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                vm.type_name(t)
            );
            return Err(vm.type_error(&msg));
        }
    }
    Ok(Value::NONE)
}

/// `object.__setattr__(obj, name, value)`.
pub(crate) fn object_setattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "__setattr__", &[])?;
    wrapper_arity(vm, args, 2, 2, true)?;
    let name = attr_name(vm, args[1])?;
    vm.setattr_generic_any(args[0], name, args[2])?;
    Ok(Value::NONE)
}

/// `object.__delattr__(obj, name)`.
pub(crate) fn object_delattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "__delattr__", &[])?;
    wrapper_arity(vm, args, 1, 1, false)?;
    let name = attr_name(vm, args[1])?;
    vm.setattr_generic_any(args[0], name, Value::UNBOUND)?;
    Ok(Value::NONE)
}

/// `object.__getattribute__(obj, name)`.
pub(crate) fn object_getattribute(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "__getattribute__", &[])?;
    wrapper_arity(vm, args, 1, 1, false)?;
    let name = attr_name(vm, args[1])?;
    let obj = args[0];
    if vm.user_class_of(obj).is_some() && !vm.is_type(obj) {
        let t = vm.type_of(obj);
        return match vm.generic_getattr(obj, t, name, false)? {
            Some((v, _)) => Ok(v),
            None => Err(vm.no_attribute_error(obj, name)),
        };
    }
    vm.load_attr(obj, name)
}

/// `object.__eq__(a, b)`: identity, else NotImplemented; builtin values compare as such.
pub(crate) fn object_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 1, 1, false)?;
    let (a, b) = (vm.payload(args[0]), vm.payload(args[1]));
    if a == b {
        return Ok(Value::TRUE);
    }
    // A mapping proxy compares as its mapping does, with the whole comparison.
    if let Some(m) = vm.proxied(a) {
        return vm.eq(m, b).map(Value::bool);
    }
    if vm.user_class_of(a).is_some()
        || vm.user_class_of(b).is_some()
        || !crate::types::slots::number_takes(vm, a, b)
    {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    // A builtin type's `__eq__` answers only for values it can compare with (a list with
    // lists, a str with strs...); anything else is NotImplemented, as in CPython.
    match (eq_family(vm, a), eq_family(vm, b)) {
        (Some(x), Some(y)) if x == y => vm.eq(a, b).map(Value::bool),
        // A bytearray or memoryview compares with any bytes-like; bytes only with bytes.
        (Some(BUFFER), Some(BYTES | BUFFER)) => vm.eq(a, b).map(Value::bool),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

const BYTES: u8 = 2;
const BUFFER: u8 = 8;

/// Which builtin values one builtin `__eq__` compares: numbers, strs, bytes, lists,
/// tuples, dicts, sets (with the set-like dict views), ranges, slices, and the mutable buffers;
/// `None` for the rest.
fn eq_family(vm: &Vm, v: Value) -> Option<u8> {
    if vm.is_int(v) || vm.is_float(v) || vm.complex_of(v).is_some() {
        return Some(0);
    }
    if vm.str_text(v).is_some() {
        return Some(1);
    }
    Some(match vm.heap.get(v)? {
        Obj::Bytes(_) => BYTES,
        Obj::ByteArray(_) | Obj::MemoryView(_) => BUFFER,
        Obj::List(_) => 3,
        Obj::Tuple(_) => 4,
        Obj::Dict(_) => 5,
        Obj::Set(_) => 6,
        Obj::DictView { kind, .. } if *kind != crate::heap::DictViewKind::Values => 6,
        Obj::Range(_) => 7,
        Obj::Slice(_) => 9,
        _ => return None,
    })
}

/// `object.__ne__(a, b)`: the negation of `a.__eq__(b)` unless that is NotImplemented.
pub(crate) fn object_ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 1, 1, false)?;
    let r = match vm.call_dunder(args[0], Q::__eq__, &args[1..2])? {
        Some(r) => r,
        None => object_eq(vm, args, Kw::NONE)?,
    };
    if r == Value::NOT_IMPLEMENTED {
        return Ok(r);
    }
    vm.truthy(r).map(|t| Value::bool(!t))
}

/// `object.__hash__(v)`.
pub(crate) fn object_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 0, 0, false)?;
    let p = vm.payload(args[0]);
    let h = if p != args[0] || vm.user_class_of(p).is_none() {
        vm.hash(p)?
    } else {
        crate::vm::identity_hash(p)
    };
    vm.new_int(h as i64)
}

/// `object.__repr__(v)`.
pub(crate) fn object_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 0, 0, false)?;
    let p = vm.payload(args[0]);
    if p != args[0] || vm.user_class_of(p).is_none() {
        return vm.repr(p);
    }
    let text = vm.default_repr(p);
    vm.new_str(text)
}

/// `object.__str__(v)`: `repr(v)`, through the class's `__repr__`.
pub(crate) fn object_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 0, 0, false)?;
    let p = vm.payload(args[0]);
    // A builtin value (or the one a subclass instance extends) has its own `str`; any other
    // object's is its repr.
    if p != args[0] || vm.user_class_of(p).is_none() && vm.str_text(p).is_some() {
        return vm.str_value(p);
    }
    vm.repr(args[0])
}

/// The class whose `__format__` formats `v`, as messages name it: int (for bools too),
/// float, complex and str define their own; everything else uses object's.
pub(crate) fn format_owner(vm: &Vm, v: Value) -> &'static str {
    match vm.type_id_of(vm.payload(v)) {
        TypeId::Int | TypeId::Bool => "int",
        TypeId::Float => "float",
        TypeId::Complex => "complex",
        TypeId::Str => "str",
        _ => "object",
    }
}

/// `object.__format__(v, spec)`.
pub(crate) fn object_format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let owner = args.first().map_or("object", |&a| format_owner(vm, a));
    method_arity(vm, args, owner, "__format__", 1)?;
    let p = vm.payload(args[0]);
    if vm.str_text(args[1]).is_none() {
        let msg = format!(
            "__format__() argument must be str, not {}",
            vm.arg_type_name(args[1])
        );
        return Err(vm.type_error(&msg));
    }
    let spec = vm.string_of(args[1]);
    if p != args[0] || vm.user_class_of(p).is_none() {
        return vm.format(p, &spec);
    }
    if !spec.is_empty() {
        let msg = format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name_of(p)
        );
        return Err(vm.type_error(&msg));
    }
    vm.str_value(args[0])
}

/// `object.__init_subclass__()`: takes nothing.
pub(crate) fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() {
        let name = match args.first() {
            Some(&cls) if vm.is_type(cls) => format!("{}.__init_subclass__", vm.type_name(cls)),
            // Reached as `object.__init_subclass__`, with no class before the arguments.
            _ => alloc::string::String::from("object.__init_subclass__"),
        };
        let msg = format!("{name}() takes no keyword arguments");
        return Err(vm.type_error(&msg));
    }
    // Reached through a class, the class comes first.
    let given = match args.first() {
        Some(&cls) if vm.is_type(cls) => args.len() - 1,
        _ => args.len(),
    };
    if given > 0 {
        let name = match args.first() {
            Some(&cls) if vm.is_type(cls) => vm.type_name(cls),
            _ => "object",
        };
        let msg = format!("{name}.__init_subclass__() takes no arguments ({given} given)");
        return Err(vm.type_error(&msg));
    }
    Ok(Value::NONE)
}

/// `type.__new__(meta, name, bases, ns, **kw)`, and `type(x)`.
pub(crate) fn type_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    match args.len() {
        2 if kw.is_empty() => Ok(vm.type_of(args[1])),
        4 => vm.new_class(args[0], args[1], args[2], args[3], kw),
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__call__(cls, *args, **kw)`: `__new__` then `__init__`.
pub(crate) fn type_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    if !vm.is_type(cls) {
        let msg = format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            vm.type_name_of(cls)
        );
        return Err(vm.type_error(&msg));
    }
    if let Some(t) = cls.as_builtin_type() {
        return crate::builtins::construct(vm, t, &args[1..], kw);
    }
    vm.type_call(cls, &args[1..], kw)
}

/// `type.__init__`: nothing to do.
pub(crate) fn type_init(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::NONE)
}

/// `cls.mro()`.
pub(crate) fn type_mro(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "mro", &[])?;
    if args.len() > 1 && vm.is_type(args[0]) {
        let owner = alloc::string::String::from(vm.type_name(args[0]));
        method_arity(vm, args, &owner, "mro", 0)?;
    }
    arity(vm, "mro", args, 1, 1)?;
    if !vm.is_type(args[0]) {
        let msg = format!(
            "descriptor 'mro' for 'type' objects doesn't apply to a '{}' object",
            vm.type_name_of(args[0])
        );
        return Err(vm.type_error(&msg));
    }
    let mro = vm.mro_of(args[0]);
    vm.new_list(mro)
}

/// `type.__subclasscheck__` and `__instancecheck__` of `type` itself.
/// Their messages name the class they are called on (`int.__instancecheck__()`).
pub(crate) fn type_instancecheck(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let owner = receiver_class_name(vm, args);
    method_arity(vm, args, &owner, "__instancecheck__", 1)?;
    Ok(Value::bool(vm.is_instance(args[1], args[0])))
}

pub(crate) fn type_subclasscheck(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let owner = receiver_class_name(vm, args);
    method_arity(vm, args, &owner, "__subclasscheck__", 1)?;
    if !vm.is_type(args[1]) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::bool(vm.is_subclass(args[1], args[0])))
}

/// The name of the class a method of `type` is called on, for its messages.
fn receiver_class_name(vm: &Vm, args: &[Value]) -> alloc::string::String {
    match args.first() {
        Some(&c) if vm.is_type(c) => alloc::string::String::from(vm.type_name(c)),
        _ => alloc::string::String::from("type"),
    }
}

/// `__new__` of a subclassable builtin type (`int.__new__(cls, x)`): the builtin value,
/// wrapped in an instance when `cls` is a subclass.
pub(crate) fn builtin_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("__new__(): not enough arguments"));
    };
    if !vm.is_type(cls) {
        let msg = format!(
            "__new__(X): X is not a type object ({})",
            vm.type_name_of(cls)
        );
        return Err(vm.type_error(&msg));
    }
    let native = vm.native_type(cls);
    if native == TypeId::Type {
        return type_new(vm, args, kw);
    }
    if native == TypeId::Object {
        return object_new(vm, args, kw);
    }
    if native.is_exception() {
        let exc_args = vm.new_tuple(args[1..].to_vec())?;
        return vm.new_exception(cls, exc_args);
    }
    // Mutable containers start empty; their `__init__` fills them.
    let value = match native {
        TypeId::List => vm.new_list(Vec::new())?,
        TypeId::Dict => vm.new_dict()?,
        TypeId::DefaultDict | TypeId::OrderedDict | TypeId::Counter => {
            let kind = crate::types::dict::DictKind::of(native)
                .unwrap_or(crate::types::dict::DictKind::Plain);
            vm.new_dict_kind(kind)?
        }
        TypeId::Deque => vm.new_deque(None)?,
        TypeId::Set => vm.new_set(false)?,
        TypeId::ByteArray => vm.new_bytearray(Vec::new())?,
        _ => crate::builtins::construct(vm, native, &args[1..], kw)?,
    };
    if cls.as_builtin_type().is_some() {
        return Ok(value);
    }
    vm.roots.push(value);
    let r = vm.new_instance(cls, value);
    vm.roots.pop();
    r
}

/// `list.__init__(self, iterable=())` and `dict.__init__(self, *args, **kw)`.
pub(crate) fn container_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let Some(&obj) = args.first() else {
        return Err(vm.type_error("__init__(): not enough arguments"));
    };
    let target = vm.payload(obj);
    match vm.heap.get(target) {
        Some(Obj::List(_)) => {
            kw.check(vm, "list", &[])?;
            arity(vm, "list", &args[1..], 0, 1)?;
            let items = match args.get(1) {
                Some(&it) => vm.collect_iterable(it)?,
                None => Vec::new(),
            };
            if let Some(Obj::List(list)) = vm.heap.get_mut(target) {
                *list = items;
            }
            Ok(Value::NONE)
        }
        Some(Obj::ByteArray(_)) => {
            let data = match args.get(1) {
                Some(_) => {
                    let v = crate::types::bytes::construct(vm, TypeId::ByteArray, &args[1..], kw)?;
                    vm.buffer_of(v).unwrap_or_default()
                }
                None => Vec::new(),
            };
            if let Some(Obj::ByteArray(b)) = vm.heap.get_mut(target) {
                *b = data;
            }
            Ok(Value::NONE)
        }
        Some(Obj::Set(s)) if !s.frozen => {
            kw.check(vm, "set", &[])?;
            arity(vm, "set", &args[1..], 0, 1)?;
            if let Some(Obj::Set(s)) = vm.heap.get_mut(target) {
                s.table.clear();
            }
            if let Some(&it) = args.get(1) {
                vm.set_update(target, it)?;
            }
            Ok(Value::NONE)
        }
        Some(Obj::Deque(_)) => {
            crate::types::deque_methods::init(vm, target, &args[1..], kw)?;
            Ok(Value::NONE)
        }
        Some(Obj::Dict(d)) if d.kind() != crate::types::dict::DictKind::Plain => {
            crate::types::dict_kinds::init(vm, target, &args[1..], kw)?;
            Ok(Value::NONE)
        }
        Some(Obj::Dict(_)) => {
            arity(vm, "dict", &args[1..], 0, 1)?;
            let mut call_args = alloc::vec![target];
            call_args.extend_from_slice(&args[1..]);
            crate::types::dict::update(vm, &call_args, kw)?;
            Ok(Value::NONE)
        }
        _ => object_init(vm, args, kw),
    }
}

/// `BaseException.__init__(self, *args)`: sets `args`.
pub(crate) fn exception_init(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let Some(&obj) = args.first() else {
        return Err(vm.type_error("__init__(): not enough arguments"));
    };
    let t = vm.new_tuple(args[1..].to_vec())?;
    if let Some(Obj::Exception(e)) = vm.heap.get_mut(obj) {
        e.args = t;
    }
    Ok(Value::NONE)
}

/// `getattr(obj, name[, default])`.
pub(crate) fn getattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "getattr", &[])?;
    if args.len() < 2 {
        let msg = format!("getattr expected at least 2 arguments, got {}", args.len());
        return Err(vm.type_error(&msg));
    }
    arity(vm, "getattr", args, 2, 3)?;
    let name = plain_attr_name(vm, args[1])?;
    match vm.load_attr(args[0], name) {
        Ok(v) => Ok(v),
        Err(raised) => match args.get(2) {
            Some(&default)
                if vm.is_instance(vm.pending, Value::builtin_type(TypeId::AttributeError)) =>
            {
                vm.pending = Value::NONE;
                Ok(default)
            }
            _ => Err(raised),
        },
    }
}

/// `hasattr(obj, name)`.
pub(crate) fn hasattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "hasattr", &[])?;
    arity(vm, "hasattr", args, 2, 2)?;
    let name = plain_attr_name(vm, args[1])?;
    match vm.load_attr(args[0], name) {
        Ok(_) => Ok(Value::TRUE),
        Err(raised) => {
            if vm.is_instance(vm.pending, Value::builtin_type(TypeId::AttributeError)) {
                vm.pending = Value::NONE;
                Ok(Value::FALSE)
            } else {
                Err(raised)
            }
        }
    }
}

/// `setattr(obj, name, value)`.
pub(crate) fn setattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "setattr", &[])?;
    arity(vm, "setattr", args, 3, 3)?;
    let name = plain_attr_name(vm, args[1])?;
    vm.store_attr(args[0], name, args[2])?;
    Ok(Value::NONE)
}

/// `delattr(obj, name)`.
pub(crate) fn delattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "delattr", &[])?;
    arity(vm, "delattr", args, 2, 2)?;
    let name = plain_attr_name(vm, args[1])?;
    vm.delete_attr(args[0], name)?;
    Ok(Value::NONE)
}

/// `vars([obj])`.
pub(crate) fn vars(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "vars", &[])?;
    arity(vm, "vars", args, 0, 1)?;
    let Some(&obj) = args.first() else {
        // `vars()` is `locals()`.
        return vm.current_locals();
    };
    match vm.load_attr(obj, Q::__dict__) {
        Ok(d) => Ok(d),
        Err(_) => {
            vm.pending = Value::NONE;
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
    }
}
