//! The builtins namespace, the table of native functions and methods, and calling builtin
//! types (`int("12")`, `ValueError("x")`).
//!
//! Every native (builtin function or method of a builtin type) has one entry in `NATIVES`;
//! a `Value` refers to it by index. Methods receive their object as the first argument.

use alloc::format;

mod construct;
mod functions;

use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
pub(crate) use construct::construct;

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
use functions::*;

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
    StrIsprintable = "isprintable" => s::isprintable,
    StrIsdecimal = "isdecimal" => s::isdecimal,
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
            (Q::isprintable, N::StrIsprintable),
            (Q::isdecimal, N::StrIsdecimal),
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
