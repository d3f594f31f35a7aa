//! Calling builtin types: `int("12", 16)`, `list(it)`, `range(...)`, `ValueError("x")`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::args::{self, Params};
use super::{Kw, arity};
use crate::heap::{Obj, RangeObj};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Calls builtin type `t`: constructors and exception classes.
pub(crate) fn construct(vm: &mut Vm, t: TypeId, args: &[Value], kw: Kw) -> PyResult {
    if t.is_subtype(TypeId::BaseExceptionGroup) {
        // `__new__` reads the positional arguments only; `__init__` refuses keywords.
        let eg = vm.new_exception_group(Value::builtin_type(t), args)?;
        kw.check(vm, t.name(), &[])?;
        return Ok(eg);
    }
    #[cfg(feature = "json")]
    if t == TypeId::JSONDecodeError {
        return crate::modules::json::new_decode_error_from_args(vm, args, kw);
    }
    if t.is_exception() {
        // NameError takes `name=`, AttributeError `name=` and `obj=` (kept in its dict).
        let allowed: &[crate::qstr::Qstr] = if t.is_subtype(TypeId::AttributeError) {
            &[Q::name, Q::obj]
        } else if t.is_subtype(TypeId::NameError) {
            &[Q::name]
        } else {
            &[]
        };
        kw.check(vm, t.name(), allowed)?;
        let exc = if t.is_subtype(TypeId::OSError) {
            vm.new_os_error(t, args)?
        } else {
            let args = vm.new_tuple(args.to_vec())?;
            vm.new_exception(Value::builtin_type(t), args)?
        };
        if !kw.is_empty() {
            vm.roots.push(exc);
            let r = (|| {
                let d = vm.instance_dict_mut(exc)?.unwrap_or(Value::NONE);
                for (&k, &v) in kw.names.iter().zip(kw.values) {
                    vm.dict_set(d, k, v)?;
                }
                Ok(())
            })();
            vm.roots.pop();
            r?;
        }
        return Ok(exc);
    }
    match t {
        TypeId::Int => construct_int(vm, args, kw),
        TypeId::Float => {
            kw.check(vm, "float", &[])?;
            arity(vm, "float", args, 0, 1)?;
            let Some(&x) = args.first() else {
                return vm.new_float(0.0);
            };
            if let Some(r) = vm.convert_dunder(x, Q::__float__)? {
                return Ok(r);
            }
            if let Some(r) = vm.index_dunder(x)? {
                return vm
                    .number_to_f64(r)
                    .and_then(|f| vm.new_float(f.unwrap_or(0.0)));
            }
            if let Some(r) = vm.float_from_text(x)? {
                return Ok(r);
            }
            let x = vm.payload(x);
            match vm.number_to_f64(x)? {
                Some(f) => vm.new_float(f),
                None => {
                    let msg = format!(
                        "float() argument must be a string or a real number, not '{}'",
                        vm.type_name_of(x)
                    );
                    Err(vm.type_error(&msg))
                }
            }
        }
        TypeId::Str => {
            let params = Params {
                names: &[Q::object, Q::encoding, Q::errors],
                posonly: 0,
                required: 0,
                maxpos: 3,
            };
            let [obj, encoding, errors] = args::parse(vm, "str", args, kw, &params)?;
            if encoding.is_some() || errors.is_some() {
                // The arguments' types are checked before the object is looked at.
                use crate::types::bytes_methods::codec_text;
                let enc = codec_text(vm, encoding, "str", "encoding", "utf-8")?;
                let errs = codec_text(vm, errors, "str", "errors", "strict")?;
                let Some(x) = obj else {
                    return Ok(Value::qstr(Q::empty));
                };
                let Some(data) = vm.buffer_of(x) else {
                    let msg = if vm.str_text(x).is_some() {
                        String::from("decoding str is not supported")
                    } else {
                        format!(
                            "decoding to str: need a bytes-like object, {} found",
                            vm.type_name_of(x)
                        )
                    };
                    return Err(vm.type_error(&msg));
                };
                let text = vm.decode_bytes(&data, &enc, &errs)?;
                return vm.new_str(text);
            }
            match obj {
                Some(x) => vm.str_value(x),
                None => Ok(Value::qstr(Q::empty)),
            }
        }
        TypeId::Bool => {
            kw.check(vm, "bool", &[])?;
            arity(vm, "bool", args, 0, 1)?;
            match args.first() {
                Some(&x) => vm.truthy(x).map(Value::bool),
                None => Ok(Value::FALSE),
            }
        }
        TypeId::List => {
            kw.check(vm, "list", &[])?;
            arity(vm, "list", args, 0, 1)?;
            let items = match args.first() {
                Some(&x) => vm.collect_iterable(x)?,
                None => Vec::new(),
            };
            vm.new_list(items)
        }
        TypeId::Tuple => {
            kw.check(vm, "tuple", &[])?;
            arity(vm, "tuple", args, 0, 1)?;
            if let Some(&x) = args.first()
                && matches!(vm.heap.get(x), Some(Obj::Tuple(_)))
            {
                return Ok(x);
            }
            let items = match args.first() {
                Some(&x) => vm.collect_iterable(x)?,
                None => Vec::new(),
            };
            vm.new_tuple(items)
        }
        TypeId::Deque => crate::types::deque_methods::construct(vm, args, kw),
        TypeId::DefaultDict | TypeId::OrderedDict | TypeId::Counter => {
            let kind =
                crate::types::dict::DictKind::of(t).unwrap_or(crate::types::dict::DictKind::Plain);
            crate::types::dict_kinds::construct(vm, kind, args, kw)
        }
        TypeId::Dict => {
            arity(vm, "dict", args, 0, 1)?;
            let d = vm.new_dict()?;
            vm.roots.push(d);
            let r = (|| {
                if let Some(&m) = args.first() {
                    vm.dict_update_from(d, m)?;
                }
                for (&k, &v) in kw.names.iter().zip(kw.values) {
                    vm.dict_set(d, k, v)?;
                }
                Ok(d)
            })();
            vm.roots.pop();
            r
        }
        TypeId::Range => construct_range(vm, args, kw),
        TypeId::Enumerate => {
            if args.is_empty() && kw.is_empty() {
                return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
            }
            // CPython's fast path names a lone keyword other than `iterable` (or a second
            // one other than `start`) as invalid before it looks for missing arguments.
            let lone = match (args.len(), kw.names) {
                (0, [k]) if *k != Value::qstr(Q::iterable) => Some(*k),
                (1, [k]) if *k != Value::qstr(Q::start) => Some(*k),
                _ => None,
            };
            if let Some(k) = lone {
                let text = vm.string_of(k);
                let msg = format!("'{text}' is an invalid keyword argument for enumerate()");
                return Err(vm.type_error(&msg));
            }
            let params = Params {
                names: &[Q::iterable, Q::start],
                posonly: 0,
                required: 1,
                maxpos: 2,
            };
            let [iterable, start] = args::parse(vm, "enumerate", args, kw, &params)?;
            let iterable = iterable.unwrap_or(Value::NONE);
            let start = start.unwrap_or(Value::small(0).unwrap_or(Value::NONE));
            // A bool, an int subclass or an `__index__` object counts as the int it is.
            let start = vm.index_value(start)?;
            let start = vm.unary_pos(start)?;
            vm.new_enumerate(iterable, start)
        }
        TypeId::Zip => {
            if kw.names.len() > 1 {
                let msg = format!(
                    "zip() takes at most 1 keyword argument ({} given)",
                    kw.names.len()
                );
                return Err(vm.type_error(&msg));
            }
            kw.check(vm, "zip", &[Q::strict])?;
            let zip = vm.new_zip(args)?;
            let strict = match kw.get(Q::strict) {
                Some(s) => vm.truthy(s)?,
                None => false,
            };
            if strict
                && let Some(Obj::Iter(it)) = vm.heap.get_mut(zip)
                && let crate::heap::IterObj::Zip { iters } = **it
            {
                **it = crate::heap::IterObj::StrictZip { iters };
            }
            Ok(zip)
        }
        TypeId::Complex => crate::types::complex::construct(vm, args, kw),
        TypeId::Bytes | TypeId::ByteArray | TypeId::MemoryView => {
            crate::types::bytes::construct(vm, t, args, kw)
        }
        TypeId::Array => crate::types::array_methods::construct(vm, args, kw),
        TypeId::Struct => {
            let params = crate::builtins::args::Params {
                names: &[Q::format],
                posonly: 0,
                required: 1,
                maxpos: 1,
            };
            let [fmt] = crate::builtins::args::parse(vm, "Struct", args, kw, &params)?;
            vm.new_struct(fmt.unwrap_or(Value::NONE))
        }
        TypeId::Set | TypeId::FrozenSet => {
            let name = t.name();
            kw.check(vm, name, &[])?;
            arity(vm, name, args, 0, 1)?;
            match args.first() {
                Some(&it) => {
                    if t == TypeId::FrozenSet
                        && matches!(vm.heap.get(it), Some(Obj::Set(s)) if s.frozen)
                    {
                        return Ok(it);
                    }
                    vm.set_from(it, t == TypeId::FrozenSet)
                }
                None => vm.new_set(t == TypeId::FrozenSet),
            }
        }
        TypeId::Map => {
            kw.check(vm, "map", &[])?;
            if args.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let zip = vm.new_zip(&args[1..])?;
            let iters = match vm.heap.get(zip) {
                Some(Obj::Iter(it)) => match **it {
                    crate::heap::IterObj::Zip { iters } => iters,
                    _ => Value::NONE,
                },
                _ => Value::NONE,
            };
            vm.alloc(Obj::Iter(alloc::boxed::Box::new(
                crate::heap::IterObj::Map {
                    func: args[0],
                    iters,
                },
            )))
        }
        TypeId::Filter => {
            kw.check(vm, "filter", &[])?;
            arity(vm, "filter", args, 2, 2)?;
            let it = vm.get_iter(args[1])?;
            vm.roots.push(it);
            let r = vm.alloc(Obj::Iter(alloc::boxed::Box::new(
                crate::heap::IterObj::Filter { func: args[0], it },
            )));
            vm.roots.pop();
            r
        }
        TypeId::Reversed => {
            kw.check(vm, "reversed", &[])?;
            args::positional(vm, "reversed", args, 1, 1)?;
            vm.reversed(args[0])
        }
        TypeId::Type => {
            if args.len() == 1 {
                if !kw.is_empty() {
                    return Err(vm.type_error("type() takes no keyword arguments"));
                }
                return Ok(vm.type_of(args[0]));
            }
            if args.len() != 3 {
                return Err(vm.type_error("type() takes 1 or 3 arguments"));
            }
            let meta = Value::builtin_type(TypeId::Type);
            vm.new_class(meta, args[0], args[1], args[2], kw)
        }
        TypeId::Object => {
            if !args.is_empty() || !kw.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            vm.new_instance_of_object()
        }
        TypeId::MappingProxy => crate::types::mappingproxy::construct(vm, args, kw),
        TypeId::Module => crate::types::module::construct(vm, args, kw),
        TypeId::Property | TypeId::ClassMethod | TypeId::StaticMethod | TypeId::Super => {
            crate::types::slots::construct_descr(vm, t, args, kw)
        }
        TypeId::Slice => {
            kw.check(vm, "slice", &[])?;
            arity(vm, "slice", args, 1, 3)?;
            let parts = match args {
                [stop] => [Value::NONE, *stop, Value::NONE],
                [start, stop] => [*start, *stop, Value::NONE],
                [start, stop, step, ..] => [*start, *stop, *step],
                [] => [Value::NONE; 3],
            };
            vm.alloc(Obj::Slice(alloc::boxed::Box::new(parts)))
        }
        TypeId::StringIO => crate::types::stream_mem::construct_stringio(vm, args, kw),
        TypeId::BytesIO => crate::types::stream_mem::construct_bytesio(vm, args, kw),
        TypeId::FileIO => crate::types::stream_make::construct_fileio(vm, args, kw),
        TypeId::TextIOWrapper => crate::types::stream_make::construct_text(vm, args, kw),
        _ => {
            let msg = format!("cannot create '{}' instances", t.name());
            Err(vm.type_error(&msg))
        }
    }
}

/// The text `int()` parses from a str (or str subclass), or from a bytes-like object (each
/// byte one character; the object itself then names the literal in an error).
fn int_source(vm: &Vm, x: Value) -> Option<(String, Option<Value>)> {
    let p = vm.payload(x);
    if let Some(text) = vm.str_text(p) {
        return Some((String::from(text), None));
    }
    if !vm.is_bytes_like(p) {
        return None;
    }
    let text = vm.with_buffer(p, |b| b.iter().map(|&c| char::from(c)).collect::<String>())?;
    Some((text, Some(p)))
}

fn construct_int(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::x, Q::base],
        posonly: 1,
        required: 0,
        maxpos: 2,
    };
    let [x, base] = args::parse(vm, "int", args, kw, &params)?;
    let Some(x) = x else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::small(0).unwrap_or(Value::NONE));
    };
    if let Some(b) = base {
        let b = vm.index_value(b)?;
        let b = match vm.int_as_i64(b) {
            Some(b) if b == 0 || (2..=36).contains(&b) => b as u32,
            _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
        };
        let Some((text, src)) = int_source(vm, x) else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        return vm.parse_int_of(&text, b, src);
    }
    if let Some(r) = vm.convert_dunder(x, Q::__int__)? {
        return Ok(r);
    }
    if let Some(r) = vm.index_dunder(x)? {
        return Ok(r);
    }
    if let Some((text, src)) = int_source(vm, x) {
        return vm.parse_int_of(&text, 10, src);
    }
    let x = vm.payload(x);
    if vm.is_int(x) {
        return vm.unary_pos(x);
    }
    if let Some(f) = vm.float_of(x) {
        return vm.float_to_int(f);
    }
    let msg = format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name_of(x)
    );
    Err(vm.type_error(&msg))
}

fn construct_range(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "range", &[])?;
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    arity(vm, "range", args, 1, 3)?;
    let mut parts = [0i128; 3];
    for (i, &a) in args.iter().enumerate() {
        let a = vm.index_value(a)?;
        // Bounded so that every length and item of the range fits an i128.
        match vm
            .int_of(a)
            .and_then(|b| num_traits::ToPrimitive::to_i128(b.as_ref()))
        {
            Some(n) if n.unsigned_abs() < 1 << 120 => parts[i] = n,
            _ => {
                return Err(vm.raise_new(
                    TypeId::OverflowError,
                    "range() arguments beyond 2**120 are not supported",
                ));
            }
        }
    }
    let (start, stop, step) = match args.len() {
        1 => (0, parts[0], 1),
        2 => (parts[0], parts[1], 1),
        _ => (parts[0], parts[1], parts[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    vm.alloc(Obj::Range(alloc::boxed::Box::new(RangeObj {
        start,
        stop,
        step,
    })))
}
