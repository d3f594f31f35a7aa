//! The methods of `memoryview`: its constructor, `tobytes`, `tolist`, `toreadonly`,
//! `release` with the context-manager protocol built on it, and `cast`.
//!
//! Every method but `release` and `__exit__` refuses a released view (`Vm::live_view`).

use alloc::boxed::Box;
use alloc::format;

use crate::builtins::Kw;
use crate::builtins::args::{Params, parse};
use crate::heap::Obj;
use crate::qstr::Q;
use crate::types::TypeId;
use crate::types::memview::MemView;
use crate::types::memview_fmt::{is_byte_format, itemsize};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The memoryview a method is called on, released or not.
fn receiver(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if matches!(vm.heap.get(v), Some(Obj::MemoryView(_))) => Ok(v),
        first => {
            let first = first.copied();
            Err(crate::builtins::wrong_receiver(
                vm,
                name,
                "memoryview",
                first,
            ))
        }
    }
}

/// The memoryview a method is called on, which must not be released.
fn live_receiver(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Value, MemView)> {
    let v = receiver(vm, args, name)?;
    Ok((v, vm.live_view(v)?))
}

/// `memoryview(object)`.
pub(crate) fn construct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    crate::builtins::args::keyword_arity(vm, "memoryview", args, kw, 1)?;
    kw.check(vm, "memoryview", &[Q::object])?;
    let Some(obj) = args.first().copied().or(kw.get(Q::object)) else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    match vm.new_view_of(obj)? {
        Some(v) => Ok(v),
        None => {
            let msg = format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name_of(obj)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// `memoryview.tobytes()`.
pub(crate) fn tobytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let m = receiver(vm, args, "tobytes")?;
    let [order] = parse(
        vm,
        "tobytes",
        &args[1..],
        kw,
        &Params {
            names: &[Q::order],
            posonly: 0,
            required: 0,
            maxpos: 1,
        },
    )?;
    vm.live_view(m)?;
    // Order only matters for views of more than one dimension, which upy does not make.
    if let Some(order) = order.filter(|o| !o.is_none()) {
        match vm.str_text(order) {
            Some("C" | "F" | "A") => {}
            Some(_) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
            None => {
                let msg = format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    vm.type_name_of(order)
                );
                return Err(vm.type_error(&msg));
            }
        }
    }
    let b = vm.buffer_items(m).unwrap_or_default();
    vm.new_bytes(b)
}

/// `memoryview.tolist()`: the items unpacked by the view's format.
pub(crate) fn tolist(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let m = receiver(vm, args, "tolist")?;
    crate::builtins::arity(vm, "memoryview.tolist", &args[1..], 0, 0)?;
    let items = vm.view_values(m)?;
    vm.new_list(items)
}

/// `memoryview.toreadonly()`.
pub(crate) fn toreadonly(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let m = receiver(vm, args, "toreadonly")?;
    crate::builtins::arity(vm, "memoryview.toreadonly", &args[1..], 0, 0)?;
    let view = MemView {
        readonly: true,
        ..vm.live_view(m)?
    };
    vm.alloc(Obj::MemoryView(Box::new(view)))
}

/// `memoryview.release()`: the view lets go of its buffer; releasing twice is allowed.
pub(crate) fn release(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let m = receiver(vm, args, "release")?;
    crate::builtins::arity(vm, "memoryview.release", &args[1..], 0, 0)?;
    release_view(vm, m);
    Ok(Value::NONE)
}

fn release_view(vm: &mut Vm, m: Value) {
    if let Some(Obj::MemoryView(view)) = vm.heap.get_mut(m) {
        view.released = true;
        view.obj = Value::NONE;
    }
}

/// `memoryview.__enter__()`: the view itself.
pub(crate) fn enter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let (m, _) = live_receiver(vm, args, "__enter__")?;
    crate::builtins::arity(vm, "memoryview.__enter__", &args[1..], 0, 0)?;
    Ok(m)
}

/// `memoryview.__exit__(*exc_info)`: releases the view; takes any positional arguments.
pub(crate) fn exit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let m = receiver(vm, args, "__exit__")?;
    kw.check(vm, "memoryview.__exit__", &[])?;
    release_view(vm, m);
    Ok(Value::NONE)
}

/// `memoryview.cast(format[, shape])`: a view of the same bytes as items of another native
/// single-character format. One of the two formats must be a byte format, the view must be
/// contiguous, and a shape must have one dimension (upy makes no multi-dimensional views).
pub(crate) fn cast(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let m = receiver(vm, args, "cast")?;
    let [format, shape] = parse(
        vm,
        "cast",
        &args[1..],
        kw,
        &Params {
            names: &[Q::format, Q::shape],
            posonly: 0,
            required: 1,
            maxpos: 2,
        },
    )?;
    let format = format.unwrap_or(Value::NONE);
    let Some(text) = vm.str_text(format).map(alloc::string::String::from) else {
        let msg = format!(
            "cast() argument 'format' must be str, not {}",
            vm.arg_type_name(format)
        );
        return Err(vm.type_error(&msg));
    };
    let view = vm.live_view(m)?;
    if !view.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let shape = match shape {
        None => None,
        Some(s) => {
            if view.len == 0 {
                return Err(
                    vm.type_error("memoryview: cannot cast view with zeros in shape or strides")
                );
            }
            match vm.heap.get(s) {
                Some(Obj::List(items)) => Some(items.to_vec()),
                Some(Obj::Tuple(items)) => Some(items.to_vec()),
                _ => return Err(vm.type_error("shape must be a list or a tuple")),
            }
        }
    };
    let (at, spelt) = match text.strip_prefix('@') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let fmt = match spelt.as_bytes() {
        [c] if itemsize(*c).is_some() && *c != b'w' => *c,
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format \
                 prefixed with an optional '@'",
            ));
        }
    };
    if !is_byte_format(view.fmt) && !is_byte_format(fmt) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let size = itemsize(fmt).unwrap_or(1);
    let nbytes = view.nbytes();
    if nbytes % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    if let Some(dims) = shape {
        cast_shape(vm, &dims, size, nbytes)?;
    }
    let cast = MemView {
        len: nbytes / size,
        step: size as isize,
        fmt,
        at,
        ..view
    };
    vm.alloc(Obj::MemoryView(Box::new(cast)))
}

/// Checks a cast's shape against the buffer: positive ints whose product covers the bytes.
/// A shape of other than one dimension is refused after those checks.
fn cast_shape(vm: &mut Vm, dims: &[Value], size: usize, nbytes: usize) -> PyResult<()> {
    if dims.len() > 64 {
        return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
    }
    let mut product: u128 = 1;
    for &d in dims {
        if !vm.is_int(d) {
            return Err(vm.type_error("memoryview.cast(): elements of shape must be integers"));
        }
        let n = match vm.int_as_i64(d) {
            Some(n) => n,
            None => {
                return Err(vm.raise_new(
                    TypeId::OverflowError,
                    "Python int too large to convert to C ssize_t",
                ));
            }
        };
        if n <= 0 {
            return Err(vm.value_error("memoryview.cast(): elements of shape must be integers > 0"));
        }
        product = product.saturating_mul(n as u128);
    }
    if product.saturating_mul(size as u128) != nbytes as u128 {
        return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
    }
    if dims.len() != 1 {
        return Err(vm.raise_new(
            TypeId::NotImplementedError,
            "memoryview: upy casts to one dimension only",
        ));
    }
    Ok(())
}
