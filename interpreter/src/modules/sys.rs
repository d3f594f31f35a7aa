//! The `sys` module: the interpreter's state as Python sees it (`argv`, `path`, `modules`, the
//! recursion limit) and what it knows of its build (`byteorder`, `maxsize`, `platform`).
//!
//! `sys` is made when the VM starts, as in CPython: `import` reads `sys.path` from it even
//! when a program never imports it. `sys.modules` is the VM's own table of imported modules.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Attr, ModuleDef, no_args, one_arg};
use crate::builtins::Kw;
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "sys",
    attrs: &[
        ("exit", Attr::Func(exit)),
        ("getrecursionlimit", Attr::Func(getrecursionlimit)),
        ("setrecursionlimit", Attr::Func(setrecursionlimit)),
        ("intern", Attr::Func(intern)),
        ("exc_info", Attr::Func(exc_info)),
        ("print_exception", Attr::Func(print_exception)),
        ("getdefaultencoding", Attr::Func(getdefaultencoding)),
        ("get_int_max_str_digits", Attr::Func(get_int_max_str_digits)),
        (
            "byteorder",
            Attr::Str(if cfg!(target_endian = "little") {
                "little"
            } else {
                "big"
            }),
        ),
        ("maxsize", Attr::Int(isize::MAX as i64)),
        ("version", Attr::Str(VERSION)),
        ("hexversion", Attr::Int(0x030b_00f0)),
        ("api_version", Attr::Int(1013)),
    ],
    init: Some(init),
};

/// The Python version upy implements, then upy's own.
const VERSION: &str = concat!("3.11.0 (upy ", env!("CARGO_PKG_VERSION"), ")");

fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    vm.module_set(module, "modules", vm.modules)?;
    for name in ["path", "argv"] {
        let list = vm.new_list(Vec::new())?;
        vm.module_set(module, name, list)?;
    }
    let platform = vm.intern(vm.platform());
    vm.module_set(module, "platform", Value::qstr(platform))?;
    let final_ = Value::qstr(vm.intern("final"));
    let small = |i: i64| Value::small(i).unwrap_or(Value::NONE);
    let version_info = record(
        vm,
        "version_info",
        "major minor micro releaselevel serial",
        &[small(3), small(11), small(0), final_, small(0)],
    )?;
    vm.module_set(module, "version_info", version_info)?;
    let name = Value::qstr(vm.intern("upy"));
    let mut version = Vec::new();
    for part in env!("CARGO_PKG_VERSION").split('.').take(3) {
        version.push(small(part.parse().unwrap_or(0)));
    }
    version.resize(3, small(0));
    version.extend([final_, small(0)]);
    let version = record(
        vm,
        "version_info",
        "major minor micro releaselevel serial",
        &version,
    )?;
    vm.roots.push(version);
    let implementation = record(
        vm,
        "implementation",
        "name version hexversion cache_tag",
        &[name, version, small(0x030b_00f0), Value::NONE],
    );
    vm.roots.pop();
    vm.module_set(module, "implementation", implementation?)?;
    set_builtin_module_names(vm, module)?;
    std_streams(vm, module)
}

/// Sets `sys.builtin_module_names` to the sorted names of the VM's native modules.
pub(crate) fn set_builtin_module_names(vm: &mut Vm, module: Value) -> PyResult<()> {
    let mut names: Vec<&'static str> = vm.native_module_names().collect();
    names.sort_unstable();
    names.dedup();
    let names = names
        .into_iter()
        .map(|n| Value::qstr(vm.intern(n)))
        .collect();
    let names = vm.new_tuple(names)?;
    vm.module_set(module, "builtin_module_names", names)
}

/// `sys.stdin`, `sys.stdout` and `sys.stderr` (and their `__stdin__` ... twins): text
/// streams over the port's input and outputs, made once per VM.
fn std_streams(vm: &mut Vm, module: Value) -> PyResult<()> {
    use crate::types::stream::Raw;
    let streams = [
        (Raw::Stdin, "<stdin>", "stdin", "__stdin__"),
        (Raw::Stdout, "<stdout>", "stdout", "__stdout__"),
        (Raw::Stderr, "<stderr>", "stderr", "__stderr__"),
    ];
    for (i, (raw, name, attr, dunder)) in streams.into_iter().enumerate() {
        let stream = match vm.std_streams[i] {
            v if v.is_none() => crate::types::stream_make::std_stream(vm, raw, name)?,
            v => v,
        };
        vm.std_streams[i] = stream;
        vm.module_set(module, attr, stream)?;
        vm.module_set(module, dunder, stream)?;
    }
    Ok(())
}

/// `sys.exit([status])`: raises SystemExit.
fn exit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "sys.exit", &[])?;
    crate::builtins::args::positional(vm, "exit", args, 0, 1)?;
    // `exit(None)` is a plain exit, with no arguments.
    let args = match args {
        [none] if none.is_none() => &[],
        _ => args,
    };
    let args = vm.new_tuple(args.to_vec())?;
    let exc = vm.new_exception(Value::builtin_type(TypeId::SystemExit), args)?;
    Err(vm.raise(exc))
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "sys.getrecursionlimit", args, kw)?;
    vm.new_int(vm.config().max_depth as i64)
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let limit = one_arg(vm, "sys.setrecursionlimit", args, kw)?;
    if vm.is_float(limit) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let limit = vm.index_c_int(limit)?;
    if limit < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.depth();
    if limit as usize <= depth {
        let msg = format!(
            "cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low"
        );
        return Err(vm.raise_new(TypeId::RecursionError, &msg));
    }
    vm.set_max_depth(limit as usize);
    Ok(Value::NONE)
}

/// `sys.intern(s)`: the one interned str equal to `s`.
fn intern(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let s = one_arg(vm, "sys.intern", args, kw)?;
    if vm.type_of(s) != Value::builtin_type(TypeId::Str) {
        let msg = if vm.str_text(vm.payload(s)).is_some() {
            format!("can't intern {}", vm.type_name_of(s))
        } else if s.is_none() {
            String::from("intern() argument must be str, not None")
        } else {
            format!("intern() argument must be str, not {}", vm.type_name_of(s))
        };
        return Err(vm.type_error(&msg));
    }
    if s.as_qstr().is_some() {
        return Ok(s);
    }
    let text = vm.string_of(s);
    Ok(Value::qstr(vm.intern(&text)))
}

/// `sys.exc_info()`: the exception being handled as `(type, value, traceback)`.
fn exc_info(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "sys.exc_info", args, kw)?;
    match vm.handled_exception() {
        Some(exc) => {
            let typ = vm.type_of(exc);
            let tb = vm.load_attr(exc, Q::__traceback__)?;
            vm.new_tuple(alloc::vec![typ, exc, tb])
        }
        None => vm.new_tuple(alloc::vec![Value::NONE; 3]),
    }
}

fn getdefaultencoding(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "sys.getdefaultencoding", args, kw)?;
    Ok(Value::qstr(vm.intern("utf-8")))
}

fn get_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "sys.get_int_max_str_digits", args, kw)?;
    vm.new_int(crate::types::format::MAX_STR_DIGITS as i64)
}

/// `sys.print_exception(exc, file=sys.stdout, /)` (MicroPython's): prints `exc`'s traceback
/// and message, without its chained exceptions, to `file`.
fn print_exception(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "print_exception", &[])?;
    crate::builtins::args::parse_tuple_arity(vm, "print_exception", args, 1, 2)?;
    let exc = args[0];
    if !matches!(
        vm.heap.get(vm.payload(exc)),
        Some(crate::heap::Obj::Exception(_))
    ) {
        let msg = format!(
            "print_exception() argument must be an exception, not {}",
            vm.type_name_of(exc)
        );
        return Err(vm.type_error(&msg));
    }
    let mut text = String::new();
    vm.format_one(exc, &mut text);
    let text = vm.new_str(text)?;
    vm.roots.push(text);
    let file = args.get(1).copied().unwrap_or(Value::NONE);
    let names = [Value::qstr(Q::end), Value::qstr(Q::file)];
    let values = [Value::qstr(Q::empty), file];
    let r = crate::builtins::functions::print(
        vm,
        &[text],
        Kw {
            names: &names,
            values: &values,
        },
    );
    vm.roots.pop();
    r
}

/// A record of `values` named by `fields` (space-separated): a named tuple class called
/// `name` (`version_info(major=3, ...)`), or a plain tuple in a build without
/// `collections`.
fn record(vm: &mut Vm, name: &str, fields: &str, values: &[Value]) -> PyResult {
    #[cfg(feature = "collections")]
    {
        let typename = vm.new_str_from(name)?;
        vm.roots.push(typename);
        let field_names = vm.new_str_from(fields);
        let r = field_names.and_then(|f| {
            vm.roots.push(f);
            let class = crate::types::namedtuple::namedtuple(vm, &[typename, f], Kw::NONE);
            vm.roots.pop();
            class
        });
        vm.roots.pop();
        let class = r?;
        vm.roots.push(class);
        let record = vm.call_value(class, values);
        vm.roots.pop();
        record
    }
    #[cfg(not(feature = "collections"))]
    {
        let _ = (name, fields);
        vm.new_tuple(values.to_vec())
    }
}
