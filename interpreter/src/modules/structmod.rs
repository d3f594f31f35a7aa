//! The `struct` module: `pack`, `pack_into`, `unpack`, `unpack_from`, `iter_unpack` and
//! `calcsize` over a format string, the `Struct` class and the `error` exception. Each
//! function compiles its format into a `Struct` (`types::structobj`) and calls its method.

use alloc::format;

use super::{Attr, ModuleDef};
use crate::builtins::Kw;
use crate::builtins::args::{Params, parse};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "struct",
    attrs: &[
        ("pack", Attr::Func(pack)),
        ("pack_into", Attr::Func(pack_into)),
        ("unpack", Attr::Func(unpack)),
        ("unpack_from", Attr::Func(unpack_from)),
        ("iter_unpack", Attr::Func(iter_unpack)),
        ("calcsize", Attr::Func(calcsize)),
        ("Struct", Attr::Type(TypeId::Struct)),
        ("error", Attr::Type(TypeId::StructError)),
    ],
    init: None,
};

/// Compiles `fmt` and calls `f` with the Struct (kept rooted meanwhile). The format is
/// hashed first, as CPython's cache of compiled formats does (an unhashable one is that
/// TypeError).
fn with_struct(vm: &mut Vm, fmt: Value, f: impl FnOnce(&mut Vm, Value) -> PyResult) -> PyResult {
    vm.hash(fmt)?;
    let st = vm.new_struct(fmt)?;
    vm.roots.push(st);
    let r = f(vm, st);
    vm.roots.pop();
    r
}

/// No keywords: the message names the function as `_struct.NAME`, as CPython's does.
fn no_keywords(vm: &mut Vm, name: &str, kw: Kw) -> PyResult<()> {
    kw.check(vm, &format!("_struct.{name}"), &[])
}

/// The format argument of a function taking values after it.
fn format_first(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&f) => Ok(f),
        None => Err(vm.type_error("missing format argument")),
    }
}

/// Exactly two arguments, as `unpack` and `iter_unpack` count them.
fn two(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<()> {
    if args.len() != 2 {
        let msg = format!("{name} expected 2 arguments, got {}", args.len());
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

/// `pack(format, *values)`.
fn pack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_keywords(vm, "pack", kw)?;
    let fmt = format_first(vm, args)?;
    with_struct(vm, fmt, |vm, st| {
        let data = vm.struct_pack_values(st, &args[1..], "pack")?;
        vm.new_bytes(data)
    })
}

/// `pack_into(format, buffer, offset, *values)`.
fn pack_into(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_keywords(vm, "pack_into", kw)?;
    let fmt = format_first(vm, args)?;
    with_struct(vm, fmt, |vm, st| vm.struct_pack_into(st, &args[1..]))
}

/// `unpack(format, buffer)`.
fn unpack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_keywords(vm, "unpack", kw)?;
    two(vm, "unpack", args)?;
    with_struct(vm, args[0], |vm, st| vm.struct_unpack_buffer(st, args[1]))
}

/// `unpack_from(format, /, buffer, offset=0)`.
fn unpack_from(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::format, Q::buffer, Q::offset],
        posonly: 1,
        required: 2,
        maxpos: 3,
    };
    let [fmt, buf, offset] = parse(vm, "unpack_from", args, kw, &params)?;
    let (fmt, buf) = (fmt.unwrap_or(Value::NONE), buf.unwrap_or(Value::NONE));
    with_struct(vm, fmt, |vm, st| vm.struct_unpack_from(st, buf, offset))
}

/// `iter_unpack(format, buffer)`.
fn iter_unpack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_keywords(vm, "iter_unpack", kw)?;
    two(vm, "iter_unpack", args)?;
    with_struct(vm, args[0], |vm, st| vm.struct_iter_unpack(st, args[1]))
}

/// `calcsize(format)`.
fn calcsize(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_keywords(vm, "calcsize", kw)?;
    crate::builtins::arity(vm, "_struct.calcsize", args, 1, 1)?;
    let text = crate::types::struct_fmt::format_text(vm, args[0])?;
    match crate::types::struct_fmt::parse(text.as_bytes()) {
        Ok(layout) => vm.new_int(layout.size as i64),
        Err(msg) => Err(crate::types::struct_fmt::struct_error(vm, msg)),
    }
}
