//! Slot wrappers: the special methods of builtin types as callable natives
//! (`int.__add__`, `list.__getitem__`, `super().__setitem__(k, v)`), and the methods and
//! constructors of `property`, `classmethod`, `staticmethod` and `super`.
//!
//! A wrapper acts on the builtin value a subclass instance extends (`payload`) and never
//! dispatches back to the instance's own special methods, so a Python `__getitem__` that
//! calls `super().__getitem__` cannot loop. Binary wrappers answer `NotImplemented` where the
//! builtin operation does not apply, as CPython's do.

use alloc::boxed::Box;
use alloc::format;

use crate::builtins::Kw;
use crate::bytecode::{BinaryOp, CompareOp};
use crate::heap::{Descr, Obj};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The count check of a slot wrapper taking `min..=max` arguments after its receiver, in
/// CPython's words ("expected 1 argument, got 2"). `unpack` is for the wrappers that unpack
/// their arguments as a tuple (`__setitem__`, `__setattr__`, `__pow__`, a sequence's
/// `__mul__`), whose messages CPython starts with a space.
pub(crate) fn wrapper_arity(
    vm: &mut Vm,
    args: &[Value],
    min: usize,
    max: usize,
    unpack: bool,
) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if !args.is_empty() && (min..=max).contains(&given) {
        return Ok(());
    }
    let (bound, n) = match (given < min, min == max) {
        (_, true) => ("", min),
        (true, false) => ("at least ", min),
        (false, false) => ("at most ", max),
    };
    let msg = format!(
        "{}expected {bound}{n} argument{}, got {given}",
        if unpack { " " } else { "" },
        if n == 1 { "" } else { "s" }
    );
    Err(vm.type_error(&msg))
}

/// The count check of a special method CPython defines as a plain method of `owner` (the
/// class that defines it) taking `n` arguments after its receiver:
/// "dict.__reversed__() takes no arguments (1 given)".
pub(crate) fn method_arity(
    vm: &mut Vm,
    args: &[Value],
    owner: &str,
    name: &str,
    n: usize,
) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if !args.is_empty() && given == n {
        return Ok(());
    }
    let msg = match n {
        0 => format!("{owner}.{name}() takes no arguments ({given} given)"),
        1 => format!("{owner}.{name}() takes exactly one argument ({given} given)"),
        _ => format!("{owner}.{name}() takes exactly {n} arguments ({given} given)"),
    };
    Err(vm.type_error(&msg))
}

/// The receiver of a slot wrapper taking `n` arguments in all, as the value it extends.
fn self_arg(vm: &mut Vm, args: &[Value], n: usize) -> PyResult<Value> {
    wrapper_arity(vm, args, n - 1, n - 1, false)?;
    Ok(vm.payload(args[0]))
}

/// The count check of a one-argument slot that some types define as a plain method, which
/// CPython words as the method's own (`dict.__getitem__() takes exactly one argument`).
fn method_o_arg(vm: &mut Vm, args: &[Value], name: &str, owners: &[TypeId]) -> PyResult<Value> {
    if args.len() != 2
        && let Some(&first) = args.first()
    {
        let t = vm.type_id_of(vm.payload(first));
        if owners.contains(&t) {
            let msg = format!(
                "{}.{name}() takes exactly one argument ({} given)",
                t.short_name(),
                args.len() - 1
            );
            return Err(vm.type_error(&msg));
        }
    }
    self_arg(vm, args, 2)
}

pub(crate) fn getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = method_o_arg(vm, args, "__getitem__", &[TypeId::Dict, TypeId::List])?;
    vm.subscr_builtin(v, args[1])
}

pub(crate) fn setitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 2, 2, true)?;
    let v = vm.payload(args[0]);
    vm.store_subscr_builtin(v, args[1], args[2])?;
    Ok(Value::NONE)
}

pub(crate) fn delitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = self_arg(vm, args, 2)?;
    vm.delete_subscr_builtin(v, args[1])?;
    Ok(Value::NONE)
}

pub(crate) fn len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = self_arg(vm, args, 1)?;
    let n = vm.len_builtin(v)?;
    vm.new_int(n as i64)
}

pub(crate) fn contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let owners = [TypeId::Dict, TypeId::Set, TypeId::FrozenSet];
    let v = method_o_arg(vm, args, "__contains__", &owners)?;
    vm.contains(v, args[1]).map(Value::bool)
}

pub(crate) fn iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = self_arg(vm, args, 1)?;
    vm.get_iter(v)
}

pub(crate) fn bool_(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = self_arg(vm, args, 1)?;
    vm.truthy(v).map(Value::bool)
}

pub(crate) fn int(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = self_arg(vm, args, 1)?;
    crate::builtins::construct(vm, TypeId::Int, &[v], Kw::NONE)
}

pub(crate) fn index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = self_arg(vm, args, 1)?;
    vm.unary_pos(v)
}

pub(crate) fn float(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = self_arg(vm, args, 1)?;
    crate::builtins::construct(vm, TypeId::Float, &[v], Kw::NONE)
}

pub(crate) fn neg(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = self_arg(vm, args, 1)?;
    vm.unary_neg(v)
}

pub(crate) fn pos(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = self_arg(vm, args, 1)?;
    vm.unary_pos(v)
}

pub(crate) fn abs(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = self_arg(vm, args, 1)?;
    vm.abs(v)
}

pub(crate) fn invert(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = self_arg(vm, args, 1)?;
    vm.unary_invert(v)
}

/// How far up the numeric tower a value is: int (and bool) 1, float 2, complex 3; 0 for
/// anything else.
fn numeric_rank(vm: &Vm, v: Value) -> u8 {
    if vm.is_int(v) {
        1
    } else if vm.is_float(v) {
        2
    } else if vm.complex_of(v).is_some() {
        3
    } else {
        0
    }
}

/// Whether a number's own operator slot handles `other`: only a number no higher up the
/// tower (`int.__add__(1.5)` is NotImplemented; float's reflected slot answers instead).
pub(crate) fn number_takes(vm: &Vm, this: Value, other: Value) -> bool {
    let (r, o) = (numeric_rank(vm, this), numeric_rank(vm, other));
    r == 0 || (o != 0 && o <= r)
}

/// `__round__` of int and float: `round(x[, ndigits])`.
pub(crate) fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(&format!(
            "__round__ expected at most 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let mut plain = [Value::NONE; 2];
    plain[0] = vm.payload(args[0]);
    // `int.__round__` wants an integer; only float's takes None for "no digits".
    if args.len() == 2 && args[1].is_none() && vm.is_int(plain[0]) {
        return Err(vm.not_an_integer(args[1]));
    }
    plain[1..args.len()].copy_from_slice(&args[1..]);
    crate::builtins::functions::round(vm, &plain[..args.len()], kw)
}

/// `__trunc__`, `__floor__` and `__ceil__` of int (itself) and float (an int, rounded
/// toward zero, down or up).
pub(crate) fn trunc(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    to_int(vm, args, "__trunc__", |f| f)
}

pub(crate) fn floor(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    to_int(vm, args, "__floor__", libm::floor)
}

pub(crate) fn ceil(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    to_int(vm, args, "__ceil__", libm::ceil)
}

fn to_int(vm: &mut Vm, args: &[Value], name: &str, rounding: fn(f64) -> f64) -> PyResult {
    let owner = args
        .first()
        .map(|&a| vm.type_id_of(vm.payload(a)).short_name());
    method_arity(vm, args, owner.unwrap_or("int"), name, 0)?;
    let v = vm.payload(args[0]);
    match vm.float_of(v) {
        Some(f) => vm.float_to_int(rounding(f)),
        None => vm.unary_pos(v),
    }
}

/// `__divmod__` and `__rdivmod__` of int and float.
pub(crate) fn divmod(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    divmod_slot(vm, args, false)
}

pub(crate) fn rdivmod(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    divmod_slot(vm, args, true)
}

fn divmod_slot(vm: &mut Vm, args: &[Value], reflected: bool) -> PyResult {
    let a = self_arg(vm, args, 2)?;
    let b = vm.payload(args[1]);
    if !number_takes(vm, a, b) || numeric_rank(vm, b) == 0 {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    crate::builtins::functions::divmod_numbers(vm, x, y)
}

/// A binary wrapper: `reflected` swaps the operands (`__radd__`).
fn binary(vm: &mut Vm, args: &[Value], op: BinaryOp, reflected: bool, inplace: bool) -> PyResult {
    let unpacks = op == BinaryOp::Mul
        && args.first().is_some_and(|&a| {
            let a = vm.payload(a);
            vm.str_text(a).is_some()
                || matches!(
                    vm.heap.get(a),
                    Some(Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_))
                )
        });
    wrapper_arity(vm, args, 1, 1, unpacks)?;
    let a = vm.payload(args[0]);
    // A sequence's `__mul__` and `__rmul__` (CPython's `sq_repeat`) take any index as the
    // count and refuse anything else.
    let repeatable = vm.str_text(a).is_some()
        || matches!(
            vm.heap.get(a),
            Some(Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_))
        );
    if repeatable && op == BinaryOp::Mul {
        let n = vm.index_value(args[1])?;
        return vm.binary_op_builtin(op, a, n, inplace);
    }
    let b = vm.payload(args[1]);
    if vm.user_class_of(a).is_some() || vm.user_class_of(b).is_some() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if !number_takes(vm, a, b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    // A mapping proxy's `|` is its mapping's, copied, with any error that brings.
    if op == BinaryOp::Or && (vm.proxied(x).is_some() || vm.proxied(y).is_some()) {
        return vm.binary_op(op, x, y, inplace);
    }
    // A mapping proxy's `|` is its mapping's, copied, with any error that brings.
    if op == BinaryOp::Or && (vm.proxied(x).is_some() || vm.proxied(y).is_some()) {
        return vm.binary_op(op, x, y, inplace);
    }
    // Sequence concatenation and repetition raise their own TypeError (CPython's
    // `sq_concat`), where the numbers answer NotImplemented.
    let sequence =
        vm.str_text(x).is_some() || matches!(vm.heap.get(x), Some(Obj::List(_) | Obj::Tuple(_)));
    if sequence && !reflected && matches!(op, BinaryOp::Add | BinaryOp::Mul) {
        return vm.binary_op(op, x, y, inplace);
    }
    vm.binary_op_builtin(op, x, y, inplace)
}

macro_rules! binary_slots {
    ($($name:ident $rname:ident = $op:ident),* $(,)?) => {$(
        pub(crate) fn $name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
            binary(vm, args, BinaryOp::$op, false, false)
        }
        pub(crate) fn $rname(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
            binary(vm, args, BinaryOp::$op, true, false)
        }
    )*};
}

binary_slots! {
    add radd = Add,
    sub rsub = Sub,
    mul rmul = Mul,
    truediv rtruediv = TrueDiv,
    floordiv rfloordiv = FloorDiv,
    mod_ rmod = Mod,
    lshift rlshift = LShift,
    rshift rrshift = RShift,
    and rand = And,
    or ror = Or,
    xor rxor = Xor,
}

pub(crate) fn rpow(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    binary(vm, args, BinaryOp::Pow, true, false)
}

/// `__pow__(exp[, mod])`: with a modulus only ints take part; floats and complex numbers
/// refuse it with their own errors.
pub(crate) fn pow(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 1, 2, true)?;
    let Some(&modulus) = args.get(2).filter(|m| !m.is_none()) else {
        let args = if args.len() == 3 { &args[..2] } else { args };
        return binary(vm, args, BinaryOp::Pow, false, false);
    };
    let (a, b, m) = (
        vm.payload(args[0]),
        vm.payload(args[1]),
        vm.payload(modulus),
    );
    if vm.user_class_of(a).is_some() || vm.user_class_of(b).is_some() || !number_takes(vm, a, b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if matches!(vm.heap.get(a), Some(Obj::Complex(_))) {
        return Err(vm.value_error("complex modulo"));
    }
    if vm.is_int(a) && vm.is_int(b) && vm.is_int(m) {
        return crate::builtins::functions::pow(vm, &[a, b, m], Kw::NONE);
    }
    if vm.is_int(a) && !vm.is_float(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"))
}

pub(crate) fn iadd(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    binary(vm, args, BinaryOp::Add, false, true)
}

pub(crate) fn ior(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    binary(vm, args, BinaryOp::Or, false, true)
}

pub(crate) fn iand(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    binary(vm, args, BinaryOp::And, false, true)
}

pub(crate) fn isub(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    binary(vm, args, BinaryOp::Sub, false, true)
}

pub(crate) fn ixor(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    binary(vm, args, BinaryOp::Xor, false, true)
}

/// `__reversed__` of list, dict, range and the dict views: `reversed(x)`.
pub(crate) fn reversed(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let owner = args
        .first()
        .map(|&a| vm.type_id_of(vm.payload(a)).short_name());
    method_arity(vm, args, owner.unwrap_or("object"), "__reversed__", 0)?;
    let v = vm.payload(args[0]);
    // A mapping proxy reverses its mapping.
    let v = vm.proxied(v).unwrap_or(v);
    crate::builtins::construct(vm, TypeId::Reversed, &[v], Kw::NONE)
}

/// `BaseException.__reduce__`: the class and the arguments, and the attributes set on the
/// exception when there are any.
pub(crate) fn exc_reduce(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    method_arity(vm, args, "BaseException", "__reduce__", 0)?;
    let Some(Obj::Exception(e)) = vm.heap.get(args[0]) else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'BaseException' object"));
    };
    let (typ, exc_args, dict) = (e.typ, e.args, e.dict);
    let mut items = alloc::vec![typ, exc_args];
    if dict != Value::UNBOUND && vm.len_builtin(dict)? > 0 {
        items.push(dict);
    }
    vm.new_tuple(items)
}

/// `BaseException.__setstate__(state)`: sets the attributes a dict names; None does nothing.
pub(crate) fn exc_setstate(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    method_arity(vm, args, "BaseException", "__setstate__", 1)?;
    let state = args[1];
    if state.is_none() {
        return Ok(Value::NONE);
    }
    if !matches!(vm.heap.get(state), Some(Obj::Dict(_))) {
        return Err(vm.type_error("state is not a dictionary"));
    }
    for (k, v) in vm.dict_items(state) {
        crate::types::object::setattr(vm, &[args[0], k, v], Kw::NONE)?;
    }
    Ok(Value::NONE)
}

pub(crate) fn imul(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    binary(vm, args, BinaryOp::Mul, false, true)
}

/// An ordering wrapper: the builtin comparison of two builtin values, else NotImplemented.
fn order(vm: &mut Vm, args: &[Value], op: CompareOp) -> PyResult {
    let a = self_arg(vm, args, 2)?;
    let b = vm.payload(args[1]);
    if vm.user_class_of(a).is_some() || vm.user_class_of(b).is_some() || !number_takes(vm, a, b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match vm.partial_order_opt(op, a, b)? {
        Some(r) => Ok(Value::bool(r)),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

pub(crate) fn lt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    order(vm, args, CompareOp::Lt)
}

pub(crate) fn le(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    order(vm, args, CompareOp::Le)
}

pub(crate) fn gt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    order(vm, args, CompareOp::Gt)
}

pub(crate) fn ge(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    order(vm, args, CompareOp::Ge)
}

/// `BaseException.__str__`.
pub(crate) fn exc_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 0, 0, false)?;
    let mut out = alloc::string::String::new();
    vm.exc_args_str_into(args[0], &mut out)?;
    vm.new_str(out)
}

/// `BaseException.__repr__`.
pub(crate) fn exc_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 0, 0, false)?;
    let mut out = alloc::string::String::new();
    vm.repr_builtin_into(args[0], &mut out)?;
    vm.new_str(out)
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`, `classmethod(f)`,
/// `staticmethod(f)`, `super([type[, obj]])`.
pub(crate) fn construct_descr(vm: &mut Vm, t: TypeId, args: &[Value], kw: Kw) -> PyResult {
    let descr = match t {
        TypeId::Property => {
            kw.check(vm, "property", &[Q::fget, Q::fset, Q::fdel, Q::doc])?;
            if args.len() > 4 {
                let msg = format!(
                    "property() takes at most 4 arguments ({} given)",
                    args.len()
                );
                return Err(vm.type_error(&msg));
            }
            let mut parts = [Value::NONE; 5];
            parts[..args.len()].copy_from_slice(args);
            for (i, name) in [Q::fget, Q::fset, Q::fdel].into_iter().enumerate() {
                if let Some(v) = kw.get(name) {
                    parts[i] = v;
                }
            }
            if let Some(v) = kw.get(Q::doc) {
                parts[3] = v;
            }
            Descr::Property(parts)
        }
        TypeId::ClassMethod | TypeId::StaticMethod => {
            let name = t.name();
            kw.check(vm, name, &[])?;
            if args.len() != 1 {
                let msg = format!("{name} expected 1 argument, got {}", args.len());
                return Err(vm.type_error(&msg));
            }
            if t == TypeId::ClassMethod {
                Descr::ClassMethod(args[0])
            } else {
                Descr::StaticMethod(args[0])
            }
        }
        _ => {
            kw.check(vm, "super", &[])?;
            if args.len() > 2 {
                let msg = format!("super() expected at most 2 arguments, got {}", args.len());
                return Err(vm.type_error(&msg));
            }
            let (typ, obj) = match *args {
                [] => vm.super_args_from_frame()?,
                [typ] => (typ, Value::NONE),
                [typ, obj] => (typ, obj),
                _ => unreachable!(),
            };
            if !vm.is_type(typ) {
                let msg = format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name_of(typ)
                );
                return Err(vm.type_error(&msg));
            }
            let fits = obj.is_none()
                || vm.is_instance(obj, typ)
                || (vm.is_type(obj) && vm.is_subclass(obj, typ));
            if !fits {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            Descr::Super { typ, obj }
        }
    };
    vm.alloc(Obj::Descr(Box::new(descr)))
}

/// `__get__(obj, owner=None)` of functions, properties, classmethods and staticmethods.
/// `property.__set__(obj, value)` and `__delete__(obj)`: the setter or deleter called, or
/// the AttributeError a property without one raises.
pub(crate) fn property_set(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 2, 2, true)?;
    property_call(vm, args[0], 1, &args[1..], "setter")
}

pub(crate) fn property_delete(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 1, 1, false)?;
    property_call(vm, args[0], 2, &args[1..], "deleter")
}

/// Calls accessor `which` (0 get, 1 set, 2 delete) of property `p` with `args`.
fn property_call(vm: &mut Vm, p: Value, which: usize, args: &[Value], what: &str) -> PyResult {
    let Some(Obj::Descr(d)) = vm.heap.get(p) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let Descr::Property(parts) = **d else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = parts[which];
    if f.is_none() {
        let msg = format!(
            "property of '{}' object has no {what}",
            vm.type_name_of(args[0])
        );
        return Err(vm.raise_new(TypeId::AttributeError, &msg));
    }
    vm.call_value(f, args)?;
    Ok(Value::NONE)
}

/// `__call__` of builtin functions and static methods: the call itself.
pub(crate) fn call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let Some((&f, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    let target = match vm.heap.get(f) {
        Some(Obj::Descr(d)) => match **d {
            Descr::StaticMethod(inner) => inner,
            _ => f,
        },
        _ => f,
    };
    vm.call_with_kw(target, rest, kw)
}

/// `__next__` of the builtin iterators: the next item, or StopIteration.
pub(crate) fn next_item(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 0, 0, false)?;
    crate::builtins::functions::next(vm, &args[..1], Kw::NONE)
}

pub(crate) fn descr_get(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    wrapper_arity(vm, args, 1, 2, true)?;
    let (d, obj) = (args[0], args[1]);
    let owner = match args.get(2) {
        Some(&o) if !o.is_none() => o,
        _ => vm.type_of(obj),
    };
    if obj.is_none() && args.get(2).is_none_or(|o| o.is_none()) {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    if vm.is_function(d) {
        return if obj.is_none() {
            Ok(d)
        } else {
            vm.bind(d, obj)
        };
    }
    match vm.heap.get(d) {
        Some(Obj::Descr(descr)) => match **descr {
            Descr::ClassMethod(f) => vm.bind(f, owner),
            Descr::StaticMethod(f) => Ok(f),
            Descr::Property([fget, ..]) => {
                if obj.is_none() {
                    return Ok(d);
                }
                if fget.is_none() {
                    let msg = format!(
                        "property of '{}' object has no getter",
                        vm.type_name_of(obj)
                    );
                    return Err(vm.raise_new(TypeId::AttributeError, &msg));
                }
                vm.call_value(fget, &[obj])
            }
            Descr::Super { .. } | Descr::Union { .. } | Descr::Alias { .. } => Ok(d),
            Descr::Method { .. } => {
                if obj.is_none() {
                    Ok(d)
                } else {
                    vm.bind(d, obj)
                }
            }
            Descr::MappingProxy { .. } => Ok(d),
            Descr::Member { .. } => {
                if obj.is_none() {
                    Ok(d)
                } else {
                    vm.member_get(d, obj)
                }
            }
            Descr::TupleGetter { index, .. } => {
                if obj.is_none() {
                    Ok(d)
                } else {
                    vm.tuple_getter_get(index, obj)
                }
            }
        },
        _ => Ok(d),
    }
}

/// A copy of a property with one accessor replaced (`@x.setter`).
fn property_with(vm: &mut Vm, args: &[Value], which: usize, name: &str) -> PyResult {
    if args.len() != 2 {
        let msg = format!(
            "property.{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        );
        return Err(vm.type_error(&msg));
    }
    let Some(Obj::Descr(d)) = vm.heap.get(args[0]) else {
        let msg = format!("descriptor '{name}' for 'property' objects doesn't apply");
        return Err(vm.type_error(&msg));
    };
    let Descr::Property(mut parts) = **d else {
        let msg = format!("descriptor '{name}' for 'property' objects doesn't apply");
        return Err(vm.type_error(&msg));
    };
    parts[which] = args[1];
    vm.alloc(Obj::Descr(Box::new(Descr::Property(parts))))
}

pub(crate) fn property_getter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "property.getter", &[])?;
    property_with(vm, args, 0, "getter")
}

pub(crate) fn property_setter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "property.setter", &[])?;
    property_with(vm, args, 1, "setter")
}

pub(crate) fn property_deleter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "property.deleter", &[])?;
    property_with(vm, args, 2, "deleter")
}

impl Vm {
    /// The `__class__` cell and first argument of the calling frame, for `super()`.
    pub(crate) fn super_args_from_frame(&mut self) -> PyResult<(Value, Value)> {
        let Some(frame) = self.frames.last() else {
            return Err(self.raise_new(TypeId::RuntimeError, "super(): no arguments"));
        };
        let code = frame.code.clone();
        let base = frame.base;
        if code.argcount == 0 && code.flags & crate::bytecode::flags::VARARGS == 0 {
            return Err(self.raise_new(TypeId::RuntimeError, "super(): no arguments"));
        }
        let mut first = self.stack.get(base).copied().unwrap_or(Value::UNBOUND);
        // The first argument may itself live in a cell.
        if code.cellslots.contains(&0)
            && let Some(Obj::Cell(v)) = self.heap.get(first)
        {
            first = *v;
        }
        if first == Value::UNBOUND {
            return Err(self.raise_new(TypeId::RuntimeError, "super(): arg[0] deleted"));
        }
        let slot = code.varnames[code.freestart as usize..]
            .iter()
            .position(|&q| q == Q::__class__)
            .map(|i| i + code.freestart as usize);
        let Some(slot) = slot else {
            return Err(self.raise_new(TypeId::RuntimeError, "super(): __class__ cell not found"));
        };
        let cell = self.stack.get(base + slot).copied().unwrap_or(Value::NONE);
        match self.heap.get(cell) {
            Some(Obj::Cell(c)) if *c != Value::UNBOUND => Ok((*c, first)),
            _ => Err(self.raise_new(TypeId::RuntimeError, "super(): empty __class__ cell")),
        }
    }

    /// `super_obj.name`: the MRO of the object's type, after `typ`.
    pub(crate) fn super_getattr(
        &mut self,
        sup: Value,
        name: crate::qstr::Qstr,
        method: bool,
    ) -> PyResult<(Value, Value)> {
        let Some(Obj::Descr(d)) = self.heap.get(sup) else {
            return Err(self.no_attribute_error(sup, name));
        };
        let Descr::Super { typ, obj } = **d else {
            return Err(self.no_attribute_error(sup, name));
        };
        let start = if obj.is_none() {
            Value::NONE
        } else if self.is_type(obj) && self.is_subclass(obj, typ) {
            obj
        } else {
            self.type_of(obj)
        };
        if !start.is_none() && name != Q::__class__ {
            let mro = self.mro_of(start);
            let after = mro
                .iter()
                .position(|&k| k == typ)
                .map_or(mro.len(), |i| i + 1);
            let found = mro[after..].iter().find_map(|&k| self.own_attr(k, name));
            if let Some(attr) = found {
                let instance = !self.is_type(obj) || start != obj;
                if attr.as_native().is_some() || self.is_function(attr) {
                    if !instance {
                        // `super().__new__` and other lookups through a class: unbound,
                        // except the class-level natives `__init_subclass__`, which bind.
                        if attr.as_native().is_some() && name == Q::__init_subclass__ {
                            if method {
                                return Ok((attr, obj));
                            }
                            return Ok((self.bind(attr, obj)?, Value::UNBOUND));
                        }
                        return Ok((attr, Value::UNBOUND));
                    }
                    if method {
                        return Ok((attr, obj));
                    }
                    return Ok((self.bind(attr, obj)?, Value::UNBOUND));
                }
                if let Some(Obj::Descr(dd)) = self.heap.get(attr) {
                    match **dd {
                        Descr::ClassMethod(f) => return Ok((self.bind(f, start)?, Value::UNBOUND)),
                        Descr::StaticMethod(f) => return Ok((f, Value::UNBOUND)),
                        Descr::Property([fget, ..]) if instance && !fget.is_none() => {
                            return Ok((self.call_value(fget, &[obj])?, Value::UNBOUND));
                        }
                        _ => {}
                    }
                }
                if let Some(t) = self.user_class_of(attr)
                    && let Some(get) = self.lookup_user(t, Q::__get__)
                {
                    let inst = if instance { obj } else { Value::NONE };
                    return Ok((self.call_value(get, &[attr, inst, start])?, Value::UNBOUND));
                }
                return Ok((attr, Value::UNBOUND));
            }
        }
        match name {
            Q::__class__ => Ok((Value::builtin_type(TypeId::Super), Value::UNBOUND)),
            Q::__self__ => Ok((obj, Value::UNBOUND)),
            _ => {
                let msg = format!("'super' object has no attribute '{}'", self.qstr_text(name));
                Err(self.raise_new(TypeId::AttributeError, &msg))
            }
        }
    }
}
