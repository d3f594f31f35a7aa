//! The builtins namespace, the table of native functions and methods, and calling builtin
//! types (`int("12")`, `ValueError("x")`).
//!
//! Every native (builtin function or method of a builtin type) has one entry in `NATIVES`;
//! a `Value` refers to it by index. Methods receive their object as the first argument.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::heap::{Obj, RangeObj};
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// Keyword arguments of a native call: parallel slices of names (qstrs) and values.
#[derive(Clone, Copy)]
pub struct Kw<'a> {
    pub names: &'a [Value],
    pub values: &'a [Value],
}

impl Kw<'_> {
    pub const NONE: Kw<'static> = Kw {
        names: &[],
        values: &[],
    };

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn get(&self, name: Qstr) -> Option<Value> {
        self.names
            .iter()
            .position(|&n| n == Value::qstr(name))
            .map(|i| self.values[i])
    }

    /// TypeError unless every keyword is one of `allowed`.
    pub fn check(&self, vm: &mut Vm, func: &str, allowed: &[Qstr]) -> PyResult<()> {
        for &n in self.names {
            if !allowed.iter().any(|&q| Value::qstr(q) == n) {
                let name = vm.string_of(n);
                let msg = if allowed.is_empty() {
                    format!("{func}() takes no keyword arguments")
                } else {
                    format!("'{name}' is an invalid keyword argument for {func}()")
                };
                return Err(vm.type_error(&msg));
            }
        }
        Ok(())
    }
}

pub type NativeFn = fn(&mut Vm, &[Value], Kw) -> PyResult;

pub struct Native {
    pub name: &'static str,
    pub f: NativeFn,
}

macro_rules! natives {
    ($($id:ident = $name:literal => $f:path),* $(,)?) => {
        /// Indices into `NATIVES`.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u16)]
        pub enum N { $($id),* }
        pub static NATIVES: &[Native] = &[$(Native { name: $name, f: $f }),*];
    };
}

use crate::types::{dict as d, list as l, str as s};

natives! {
    Print = "print" => print,
    Len = "len" => len,
    Repr = "repr" => repr,
    Abs = "abs" => abs,
    Min = "min" => min,
    Max = "max" => max,
    IsInstance = "isinstance" => isinstance,
    IsSubclass = "issubclass" => issubclass,
    Iter = "iter" => iter,
    Next = "next" => next,
    Sum = "sum" => sum,
    Any = "any" => any,
    All = "all" => all,
    Sorted = "sorted" => sorted,
    Chr = "chr" => chr,
    Ord = "ord" => ord,
    Hex = "hex" => hex,
    Oct = "oct" => oct,
    Bin = "bin" => bin,
    Divmod = "divmod" => divmod,
    Pow = "pow" => pow,
    Round = "round" => round,
    Hash = "hash" => hash,
    Id = "id" => id,
    Callable = "callable" => callable,
    Format = "format" => format_,
    // list
    ListAppend = "append" => l::append,
    ListPop = "pop" => l::pop,
    ListInsert = "insert" => l::insert,
    ListExtend = "extend" => l::extend,
    ListRemove = "remove" => l::remove,
    ListIndex = "index" => l::index,
    ListCount = "count" => l::count,
    ListClear = "clear" => l::clear,
    ListCopy = "copy" => l::copy,
    ListReverse = "reverse" => l::reverse,
    ListSort = "sort" => l::sort,
    TupleIndex = "index" => l::index,
    TupleCount = "count" => l::count,
    // dict
    DictGet = "get" => d::get,
    DictKeys = "keys" => d::keys,
    DictValues = "values" => d::values,
    DictItems = "items" => d::items,
    DictPop = "pop" => d::pop,
    DictSetdefault = "setdefault" => d::setdefault,
    DictUpdate = "update" => d::update,
    DictClear = "clear" => d::clear,
    DictCopy = "copy" => d::copy,
    DictPopitem = "popitem" => d::popitem,
    // str
    StrJoin = "join" => s::join,
    StrSplit = "split" => s::split,
    StrRsplit = "rsplit" => s::rsplit,
    StrUpper = "upper" => s::upper,
    StrLower = "lower" => s::lower,
    StrStrip = "strip" => s::strip,
    StrLstrip = "lstrip" => s::lstrip,
    StrRstrip = "rstrip" => s::rstrip,
    StrReplace = "replace" => s::replace,
    StrStartswith = "startswith" => s::startswith,
    StrEndswith = "endswith" => s::endswith,
    StrFind = "find" => s::find,
    StrRfind = "rfind" => s::rfind,
    StrIndex = "index" => s::index,
    StrCount = "count" => s::count,
    StrFormat = "format" => s::format,
    StrIsdigit = "isdigit" => s::isdigit,
    StrIsalpha = "isalpha" => s::isalpha,
    StrIsspace = "isspace" => s::isspace,
    StrIsupper = "isupper" => s::isupper,
    StrIslower = "islower" => s::islower,
    StrIsalnum = "isalnum" => s::isalnum,
    StrSplitlines = "splitlines" => s::splitlines,
    StrCapitalize = "capitalize" => s::capitalize,
    StrTitle = "title" => s::title,
    StrSwapcase = "swapcase" => s::swapcase,
    StrCenter = "center" => s::center,
    StrLjust = "ljust" => s::ljust,
    StrRjust = "rjust" => s::rjust,
    StrZfill = "zfill" => s::zfill,
    StrPartition = "partition" => s::partition,
    StrRpartition = "rpartition" => s::rpartition,
    // int and float
    IntBitLength = "bit_length" => int_bit_length,
    FloatIsInteger = "is_integer" => float_is_integer,
    // exceptions
    ExcWithTraceback = "with_traceback" => exc_with_traceback,
}

/// The native method `name` of builtin type `t` (not of its bases).
pub fn method_of(t: TypeId, name: Qstr) -> Option<u16> {
    let table: &[(Qstr, N)] = match t {
        TypeId::List => &[
            (Q::append, N::ListAppend),
            (Q::pop, N::ListPop),
            (Q::insert, N::ListInsert),
            (Q::extend, N::ListExtend),
            (Q::remove, N::ListRemove),
            (Q::index, N::ListIndex),
            (Q::count, N::ListCount),
            (Q::clear, N::ListClear),
            (Q::copy, N::ListCopy),
            (Q::reverse, N::ListReverse),
            (Q::sort, N::ListSort),
        ],
        TypeId::Tuple => &[(Q::index, N::TupleIndex), (Q::count, N::TupleCount)],
        TypeId::Dict => &[
            (Q::get, N::DictGet),
            (Q::keys, N::DictKeys),
            (Q::values, N::DictValues),
            (Q::items, N::DictItems),
            (Q::pop, N::DictPop),
            (Q::setdefault, N::DictSetdefault),
            (Q::update, N::DictUpdate),
            (Q::clear, N::DictClear),
            (Q::copy, N::DictCopy),
            (Q::popitem, N::DictPopitem),
        ],
        TypeId::Str => &[
            (Q::join, N::StrJoin),
            (Q::split, N::StrSplit),
            (Q::rsplit, N::StrRsplit),
            (Q::upper, N::StrUpper),
            (Q::lower, N::StrLower),
            (Q::strip, N::StrStrip),
            (Q::lstrip, N::StrLstrip),
            (Q::rstrip, N::StrRstrip),
            (Q::replace, N::StrReplace),
            (Q::startswith, N::StrStartswith),
            (Q::endswith, N::StrEndswith),
            (Q::find, N::StrFind),
            (Q::rfind, N::StrRfind),
            (Q::index, N::StrIndex),
            (Q::count, N::StrCount),
            (Q::format, N::StrFormat),
            (Q::isdigit, N::StrIsdigit),
            (Q::isalpha, N::StrIsalpha),
            (Q::isspace, N::StrIsspace),
            (Q::isupper, N::StrIsupper),
            (Q::islower, N::StrIslower),
            (Q::isalnum, N::StrIsalnum),
            (Q::splitlines, N::StrSplitlines),
            (Q::capitalize, N::StrCapitalize),
            (Q::title, N::StrTitle),
            (Q::swapcase, N::StrSwapcase),
            (Q::center, N::StrCenter),
            (Q::ljust, N::StrLjust),
            (Q::rjust, N::StrRjust),
            (Q::zfill, N::StrZfill),
            (Q::partition, N::StrPartition),
            (Q::rpartition, N::StrRpartition),
        ],
        TypeId::Int => &[(Q::bit_length, N::IntBitLength)],
        TypeId::Float => &[(Q::is_integer, N::FloatIsInteger)],
        TypeId::BaseException => &[(Q::with_traceback, N::ExcWithTraceback)],
        _ => &[],
    };
    table
        .iter()
        .find(|(q, _)| *q == name)
        .map(|(_, n)| *n as u16)
}

/// The builtin functions, by name.
const FUNCTIONS: &[(Qstr, N)] = &[
    (Q::print, N::Print),
    (Q::len, N::Len),
    (Q::repr, N::Repr),
    (Q::abs, N::Abs),
    (Q::min, N::Min),
    (Q::max, N::Max),
    (Q::isinstance, N::IsInstance),
    (Q::issubclass, N::IsSubclass),
    (Q::iter, N::Iter),
    (Q::next, N::Next),
    (Q::sum, N::Sum),
    (Q::any, N::Any),
    (Q::all, N::All),
    (Q::sorted, N::Sorted),
    (Q::chr, N::Chr),
    (Q::ord, N::Ord),
    (Q::hex, N::Hex),
    (Q::oct, N::Oct),
    (Q::bin, N::Bin),
    (Q::divmod, N::Divmod),
    (Q::pow, N::Pow),
    (Q::round, N::Round),
    (Q::hash, N::Hash),
    (Q::id, N::Id),
    (Q::callable, N::Callable),
    (Q::format, N::Format),
];

/// The types visible as builtins.
const TYPES: &[TypeId] = &[
    TypeId::Object,
    TypeId::Type,
    TypeId::Int,
    TypeId::Bool,
    TypeId::Float,
    TypeId::Str,
    TypeId::List,
    TypeId::Tuple,
    TypeId::Dict,
    TypeId::Range,
    TypeId::Slice,
    TypeId::Enumerate,
    TypeId::Zip,
];

/// Builds the builtins dict.
pub(crate) fn make_builtins(vm: &mut Vm) -> Value {
    let Ok(b) = vm.new_dict() else {
        return Value::NONE;
    };
    vm.roots.push(b);
    for &(name, n) in FUNCTIONS {
        let _ = vm.dict_set(b, Value::qstr(name), Value::native(n as u16));
    }
    let types = TYPES
        .iter()
        .copied()
        .chain(TypeId::all().iter().copied().filter(|t| t.is_exception()));
    for t in types {
        let name = vm.qstrs.intern(t.name());
        let _ = vm.dict_set(b, Value::qstr(name), Value::builtin_type(t));
    }
    let aliases = [
        ("EnvironmentError", TypeId::OSError),
        ("IOError", TypeId::OSError),
    ];
    for (name, t) in aliases {
        let q = vm.qstrs.intern(name);
        let _ = vm.dict_set(b, Value::qstr(q), Value::builtin_type(t));
    }
    for (name, v) in [
        ("None", Value::NONE),
        ("Ellipsis", Value::ELLIPSIS),
        ("NotImplemented", Value::NOT_IMPLEMENTED),
    ] {
        let q = vm.qstrs.intern(name);
        let _ = vm.dict_set(b, Value::qstr(q), v);
    }
    vm.roots.pop();
    b
}

pub(crate) fn arity(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        if min == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else if min == 0 {
            format!("{name}() takes no arguments ({n} given)")
        } else {
            format!("{name} expected {min} arguments, got {n}")
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(&msg))
}

fn print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "print", &[Q::sep, Q::end, Q::file, Q::flush])?;
    let text_arg = |vm: &mut Vm, name: &str, v: Option<Value>, default: &str| -> PyResult<String> {
        match v {
            None => Ok(String::from(default)),
            Some(v) if v.is_none() => Ok(String::from(default)),
            Some(v) => match vm.str_text(v) {
                Some(t) => Ok(String::from(t)),
                None => {
                    let msg = format!(
                        "{name} must be None or a string, not {}",
                        vm.type_name_of(v)
                    );
                    Err(vm.type_error(&msg))
                }
            },
        }
    };
    let sep = text_arg(vm, "sep", kw.get(Q::sep), " ")?;
    let end = text_arg(vm, "end", kw.get(Q::end), "\n")?;
    let mut out = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        vm.str_into(a, &mut out)?;
    }
    out.push_str(&end);
    vm.write_out(&out);
    Ok(Value::NONE)
}

fn len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "len", &[])?;
    arity(vm, "len", args, 1, 1)?;
    let v = args[0];
    let n = match vm.length(v) {
        Some(n) => n,
        None if matches!(vm.heap.get(v), Some(Obj::Range(_))) => return Err(overflow(vm)),
        None => {
            let msg = format!("object of type '{}' has no len()", vm.type_name_of(v));
            return Err(vm.type_error(&msg));
        }
    };
    vm.new_int(n as i64)
}

impl Vm {
    /// `len(v)` for sized builtins.
    pub(crate) fn length(&self, v: Value) -> Option<usize> {
        if let Some(q) = v.as_qstr() {
            return Some(self.qstrs.text(q).chars().count());
        }
        match self.heap.get(v)? {
            Obj::Str(s) => Some(s.chars),
            Obj::List(items) => Some(items.len()),
            Obj::Tuple(items) => Some(items.len()),
            Obj::Dict(d) => Some(d.len()),
            Obj::Range(r) => usize::try_from(r.len())
                .ok()
                .filter(|&n| n <= isize::MAX as usize),
            Obj::DictView { dict, .. } => Some(self.dict_len(*dict)),
            _ => None,
        }
    }
}

fn repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "repr", &[])?;
    arity(vm, "repr", args, 1, 1)?;
    vm.repr(args[0])
}

fn abs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "abs", &[])?;
    arity(vm, "abs", args, 1, 1)?;
    vm.abs(args[0])
}

fn min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    min_max(vm, args, kw, "min", crate::bytecode::CompareOp::Lt)
}

fn max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    min_max(vm, args, kw, "max", crate::bytecode::CompareOp::Gt)
}

fn min_max(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    op: crate::bytecode::CompareOp,
) -> PyResult {
    kw.check(vm, name, &[Q::key, Q::default])?;
    let key = kw.get(Q::key).filter(|k| !k.is_none());
    let items = match args.len() {
        0 => {
            let msg = format!("{name} expected at least 1 argument, got 0");
            return Err(vm.type_error(&msg));
        }
        1 => vm.collect_iterable(args[0])?,
        _ => {
            if kw.get(Q::default).is_some() {
                let msg = format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                );
                return Err(vm.type_error(&msg));
            }
            args.to_vec()
        }
    };
    if items.is_empty() {
        if let Some(d) = kw.get(Q::default) {
            return Ok(d);
        }
        let msg = format!("{name}() arg is an empty sequence");
        return Err(vm.value_error(&msg));
    }
    let base = vm.roots.len();
    vm.roots.extend_from_slice(&items);
    let r = (|| {
        let mut best = items[0];
        let mut best_key = match key {
            Some(k) => vm.call_value(k, &[best])?,
            None => best,
        };
        vm.roots.push(best_key);
        for &item in &items[1..] {
            let k = match key {
                Some(kf) => vm.call_value(kf, &[item])?,
                None => item,
            };
            if vm.order(op, k, best_key)? {
                best = item;
                best_key = k;
                vm.roots.push(k);
            }
        }
        Ok(best)
    })();
    vm.roots.truncate(base);
    r
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "isinstance", &[])?;
    arity(vm, "isinstance", args, 2, 2)?;
    let r = class_check(
        vm,
        args[1],
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
        &|vm, t| vm.is_instance(args[0], t),
    )?;
    Ok(Value::bool(r))
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "issubclass", &[])?;
    arity(vm, "issubclass", args, 2, 2)?;
    if args[0].as_builtin_type().is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let r = class_check(
        vm,
        args[1],
        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        &|vm, t| vm.is_subclass(args[0], t),
    )?;
    Ok(Value::bool(r))
}

fn class_check(
    vm: &mut Vm,
    spec: Value,
    err: &str,
    test: &dyn Fn(&Vm, Value) -> bool,
) -> PyResult<bool> {
    if spec.as_builtin_type().is_some() {
        return Ok(test(vm, spec));
    }
    if let Some(Obj::Tuple(items)) = vm.heap.get(spec) {
        for &t in items.clone().iter() {
            if class_check(vm, t, err, test)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(vm.type_error(err))
}

fn iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "iter", &[])?;
    arity(vm, "iter", args, 1, 1)?;
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "next", &[])?;
    arity(vm, "next", args, 1, 2)?;
    match vm.iter_next(args[0])? {
        Some(v) => Ok(v),
        None if args.len() == 2 => Ok(args[1]),
        None => Err(vm.stop_iteration()),
    }
}

fn sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "sum", &[Q::start])?;
    arity(vm, "sum", args, 1, 2)?;
    let mut total = args
        .get(1)
        .copied()
        .or(kw.get(Q::start))
        .unwrap_or(Value::small(0).unwrap_or(Value::NONE));
    if vm.str_text(total).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let items = vm.collect_iterable(args[0])?;
    let base = vm.roots.len();
    vm.roots.extend_from_slice(&items);
    let r = (|| {
        for item in items {
            total = vm.binary_op(crate::bytecode::BinaryOp::Add, total, item, false)?;
            vm.roots.push(total);
        }
        Ok(total)
    })();
    vm.roots.truncate(base);
    r
}

fn any(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "any", &[])?;
    arity(vm, "any", args, 1, 1)?;
    for item in vm.collect_iterable(args[0])? {
        if vm.truthy(item)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn all(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "all", &[])?;
    arity(vm, "all", args, 1, 1)?;
    for item in vm.collect_iterable(args[0])? {
        if !vm.truthy(item)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "sorted", &[Q::key, Q::reverse])?;
    if args.len() != 1 {
        let msg = format!("sorted expected 1 argument, got {}", args.len());
        return Err(vm.type_error(&msg));
    }
    let items = vm.collect_iterable(args[0])?;
    let list = vm.new_list(items)?;
    vm.roots.push(list);
    let r = vm.sort_list(list, kw.get(Q::key), kw.get(Q::reverse));
    vm.roots.pop();
    r.map(|_| list)
}

fn chr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "chr", &[])?;
    arity(vm, "chr", args, 1, 1)?;
    if !vm.is_int(args[0]) {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name_of(args[0])
        );
        return Err(vm.type_error(&msg));
    }
    match vm
        .int_as_i64(args[0])
        .and_then(|i| u32::try_from(i).ok())
        .and_then(char::from_u32)
    {
        Some(c) => vm.new_char(c),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "ord", &[])?;
    arity(vm, "ord", args, 1, 1)?;
    let Some(text) = vm.str_text(args[0]) else {
        let msg = format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name_of(args[0])
        );
        return Err(vm.type_error(&msg));
    };
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => vm.new_int(c as i64),
        _ => {
            let msg = format!(
                "ord() expected a character, but string of length {} found",
                text.chars().count()
            );
            Err(vm.type_error(&msg))
        }
    }
}

fn radix(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, radix: u32, prefix: &str) -> PyResult {
    kw.check(vm, name, &[])?;
    arity(vm, name, args, 1, 1)?;
    let Some(n) = vm.int_of(args[0]).map(|b| b.into_owned()) else {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name_of(args[0])
        );
        return Err(vm.type_error(&msg));
    };
    let digits = num_traits::Signed::abs(&n).to_str_radix(radix);
    let sign = if n.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    vm.new_str(format!("{sign}{prefix}{digits}"))
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    radix(vm, args, kw, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    radix(vm, args, kw, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    radix(vm, args, kw, "bin", 2, "0b")
}

fn divmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "divmod", &[])?;
    arity(vm, "divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    let numbers = (vm.is_int(a) || vm.is_float(a)) && (vm.is_int(b) || vm.is_float(b));
    if !numbers {
        let msg = format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name_of(a),
            vm.type_name_of(b)
        );
        return Err(vm.type_error(&msg));
    }
    if vm.is_float(a) || vm.is_float(b) {
        let x = vm.number_to_f64(a)?.unwrap_or(0.0);
        let y = vm.number_to_f64(b)?.unwrap_or(0.0);
        if y == 0.0 {
            return Err(vm.raise_new(TypeId::ZeroDivisionError, "float divmod()"));
        }
        let (q, r) = crate::types::float::divmod(x, y);
        let q = vm.new_float(q)?;
        let r = vm.new_float(r)?;
        return vm.new_tuple(vec![q, r]);
    }
    let q = vm.binary_op(crate::bytecode::BinaryOp::FloorDiv, a, b, false)?;
    vm.roots.push(q);
    let r = vm.binary_op(crate::bytecode::BinaryOp::Mod, a, b, false);
    vm.roots.pop();
    let r = r?;
    vm.new_tuple(vec![q, r])
}

fn pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "pow", &[Q::base, Q::exp, Q::mod_])?;
    arity(vm, "pow", args, 2, 3)?;
    if args.len() == 3 && !args[2].is_none() {
        let (Some(b), Some(e), Some(m)) =
            (vm.int_of(args[0]), vm.int_of(args[1]), vm.int_of(args[2]))
        else {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        let (b, e, m) = (b.into_owned(), e.into_owned(), m.into_owned());
        if num_traits::Zero::is_zero(&m) {
            return Err(vm.value_error("pow() 3rd argument cannot be 0"));
        }
        if e.sign() == num_bigint::Sign::Minus {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        let r = b.modpow(&e, &m);
        // modpow's result takes the sign of the base; Python's takes the modulus's.
        let r = num_integer::Integer::mod_floor(&r, &m);
        return vm.new_bigint(r);
    }
    vm.binary_op(crate::bytecode::BinaryOp::Pow, args[0], args[1], false)
}

fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "round", &[Q::ndigits])?;
    arity(vm, "round", args, 1, 2)?;
    let ndigits = args
        .get(1)
        .copied()
        .or(kw.get(Q::ndigits))
        .filter(|v| !v.is_none());
    let x = args[0];
    if vm.is_int(x) {
        let Some(nd) = ndigits else {
            return vm.unary_pos(x);
        };
        let nd = vm.int_as_i64(nd).unwrap_or(0);
        if nd >= 0 {
            return vm.unary_pos(x);
        }
        // Round half to even at 10**-nd.
        let n = vm.int_of(x).map(|b| b.into_owned()).unwrap_or_default();
        let Ok(exp) = u32::try_from(-nd) else {
            return vm.new_int(0);
        };
        let p = num_traits::Pow::pow(num_bigint::BigInt::from(10), exp);
        let (q, r) = num_integer::Integer::div_mod_floor(&n, &p);
        let twice = &r * 2;
        let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
            q + 1
        } else {
            q
        };
        return vm.new_bigint(q * p);
    }
    let Some(f) = vm.float_of(x) else {
        let msg = format!(
            "type {} doesn't define __round__ method",
            vm.type_name_of(x)
        );
        return Err(vm.type_error(&msg));
    };
    match ndigits {
        None => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.raise_new(
                    TypeId::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let r = libm::rint(f);
            vm.float_to_int(r)
        }
        Some(nd) => {
            let nd = vm.int_as_i64(nd).unwrap_or(0);
            if !f.is_finite() || nd > 330 {
                return vm.new_float(f);
            }
            if nd < -330 {
                return vm.new_float(0.0 * f);
            }
            // Correctly rounded: format with the digits, then parse back.
            let r = if nd >= 0 {
                let s = format!("{:.*}", nd as usize, f);
                s.parse::<f64>().unwrap_or(f)
            } else {
                let p = libm::pow(10.0, (-nd) as f64);
                libm::rint(f / p) * p
            };
            vm.new_float(r)
        }
    }
}

fn hash(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "hash", &[])?;
    arity(vm, "hash", args, 1, 1)?;
    let h = vm.hash(args[0])?;
    vm.new_int(h as i64)
}

fn id(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "id", &[])?;
    arity(vm, "id", args, 1, 1)?;
    vm.new_int((args[0].raw() >> 1) as i64)
}

fn callable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "callable", &[])?;
    arity(vm, "callable", args, 1, 1)?;
    let v = args[0];
    let r = v.as_native().is_some()
        || v.as_builtin_type().is_some()
        || matches!(
            vm.heap.get(v),
            Some(Obj::Function(_) | Obj::BoundMethod { .. })
        );
    Ok(Value::bool(r))
}

fn format_(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "format", &[])?;
    arity(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(&s) => match vm.str_text(s) {
            Some(t) => String::from(t),
            None => {
                let msg = format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name_of(s)
                );
                return Err(vm.type_error(&msg));
            }
        },
        None => String::new(),
    };
    vm.format(args[0], &spec)
}

fn int_bit_length(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let bits = vm.int_bits(args[0]);
    vm.new_int(bits as i64)
}

fn float_is_integer(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let f = vm.float_of(args[0]).unwrap_or(0.0);
    Ok(Value::bool(f.is_finite() && libm::floor(f) == f))
}

fn exc_with_traceback(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    Ok(args[0])
}

/// Calls builtin type `t`: constructors and exception classes.
pub(crate) fn construct(vm: &mut Vm, t: TypeId, args: &[Value], kw: Kw) -> PyResult {
    if t.is_exception() {
        kw.check(vm, t.name(), &[])?;
        let args = vm.new_tuple(args.to_vec())?;
        return vm.new_exception(Value::builtin_type(t), args);
    }
    match t {
        TypeId::Int => construct_int(vm, args, kw),
        TypeId::Float => {
            kw.check(vm, "float", &[])?;
            arity(vm, "float", args, 0, 1)?;
            let Some(&x) = args.first() else {
                return vm.new_float(0.0);
            };
            if let Some(text) = vm.str_text(x) {
                let text = String::from(text);
                return vm.parse_float(&text);
            }
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
            kw.check(vm, "str", &[])?;
            arity(vm, "str", args, 0, 1)?;
            match args.first() {
                Some(&x) => vm.str_value(x),
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
            kw.check(vm, "enumerate", &[Q::start])?;
            arity(vm, "enumerate", args, 1, 2)?;
            let start = args
                .get(1)
                .copied()
                .or(kw.get(Q::start))
                .unwrap_or(Value::small(0).unwrap_or(Value::NONE));
            if !vm.is_int(start) {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name_of(start)
                );
                return Err(vm.type_error(&msg));
            }
            vm.new_enumerate(args[0], start)
        }
        TypeId::Zip => {
            kw.check(vm, "zip", &[])?;
            vm.new_zip(args)
        }
        TypeId::Type => {
            kw.check(vm, "type", &[])?;
            if args.len() == 1 {
                return Ok(vm.type_of(args[0]));
            }
            Err(vm.type_error("type() takes 1 or 3 arguments"))
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
        _ => {
            let msg = format!("cannot create '{}' instances", t.name());
            Err(vm.type_error(&msg))
        }
    }
}

fn construct_int(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "int", &[Q::base])?;
    arity(vm, "int", args, 0, 2)?;
    let base = args.get(1).copied().or(kw.get(Q::base));
    let Some(&x) = args.first() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::small(0).unwrap_or(Value::NONE));
    };
    if let Some(b) = base {
        let Some(text) = vm.str_text(x).map(String::from) else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        let b = match vm.int_as_i64(b) {
            Some(b) if b == 0 || (2..=36).contains(&b) => b as u32,
            _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
        };
        return vm.parse_int(&text, b);
    }
    if let Some(text) = vm.str_text(x).map(String::from) {
        return vm.parse_int(&text, 10);
    }
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
        if !vm.is_int(a) {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name_of(a)
            );
            return Err(vm.type_error(&msg));
        }
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

fn overflow(vm: &mut Vm) -> Raised {
    vm.raise_new(
        TypeId::OverflowError,
        "Python int too large to convert to C ssize_t",
    )
}
