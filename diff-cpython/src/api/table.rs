//! The API surface the generator calls: every builtin function and every method of every
//! builtin type that upy means to have, as CPython 3.11 spells them, each with a signature in
//! the small language of [`super::spec`].
//!
//! The table is deliberate: it was drawn once from CPython's `dir()` of each type and trimmed
//! by hand. Left out are functions whose result cannot be compared (`id`, `dir`, `globals`
//! and `locals` with no argument, the interactive helpers `help`, `exit`, `quit`, `copyright`,
//! `credits`, `license`, `breakpoint`), `open` (a port's business), hashes of strings and
//! bytes (randomised per process), and `__sizeof__`-like introspection of the implementation.
//!
//! A method name may carry its own receiver after `@` (`"format@'<{}>'"`), for methods that
//! need one the type's usual receivers do not give.

use super::{coll, misc, seq};

/// One builtin type: how to name it, values to call its methods on, and the methods.
pub struct Type {
    /// The type as a Python expression, for unbound calls (`str.upper(None)`); empty when the
    /// type has no builtin name.
    pub name: &'static str,
    /// Receivers; every probe runs on the first, the valid calls on all of them.
    pub receivers: &'static [&'static str],
    /// Whether calls may change the receiver, so it is shown after each call.
    pub mutable: bool,
    /// `(name, signature)` pairs, in groups so types can share them.
    pub methods: &'static [&'static [(&'static str, &'static str)]],
}

/// Builtin functions, including the types called as constructors.
pub const FUNCTIONS: &[(&str, &str)] = &[
    ("abs", "`-3`"),
    ("aiter", "o"),
    ("all", "t"),
    ("any", "t"),
    ("anext", "o o?"),
    ("ascii", "`'é\\n'`"),
    ("bin", "i"),
    ("bool", "`1`?"),
    ("bytearray", "source=`'ab'`? encoding=k? errors=r?"),
    ("bytes", "source=`'ab'`? encoding=k? errors=r?"),
    ("callable", "o"),
    ("chr", "`65`"),
    ("classmethod", "f"),
    (
        "compile",
        "source=`'1+1'` filename=`'<s>'` mode=`'eval'` flags=`0`? dont_inherit=o? optimize=`0`?",
    ),
    ("complex", "real=`1`? imag=`2`?"),
    ("delattr", "`K()` `'a'`"),
    ("dict", "`[('a', 1)]`? **"),
    ("divmod", "`7` `2`"),
    ("enumerate", "iterable=t start=i?"),
    ("eval", "`'1+2'` `{}`? `{}`?"),
    ("exec", "`'y=1'` `{}`? `{}`?"),
    ("filter", "`None` t"),
    ("float", "`'2.5'`?"),
    ("format", "`5` `'>4'`?"),
    ("frozenset", "t?"),
    ("getattr", "`1` `'real'` o?"),
    ("globals", "-"),
    ("hasattr", "`1` `'real'`"),
    ("hash", "h"),
    ("hex", "i"),
    ("input", "`'?'`?"),
    ("int", "`'12'`? base=`10`?"),
    ("isinstance", "`1` y"),
    ("issubclass", "`bool` y"),
    ("iter", "`[1, 2]` o?"),
    ("len", "`[1]`"),
    ("list", "t?"),
    ("locals", "-"),
    ("map", "f t *t"),
    ("max", "`[3, 1]` ~key=f? ~default=o?"),
    ("max@", "`3` `1` *o"),
    ("min", "`[3, 1]` ~key=f? ~default=o?"),
    ("min@", "`3` `1` *o"),
    ("memoryview", "object=`b'ab'`"),
    ("next", "`iter([1])` o?"),
    ("object", ""),
    ("oct", "i"),
    ("ord", "`'a'`"),
    ("pow", "base=`3` exp=`4`! mod=`5`?"),
    ("print", "*o ~sep=s? ~end=`'.\\n'`? ~file=`None`? ~flush=o?"),
    ("property", "fget=f? fset=f? fdel=f? doc=o?"),
    ("range", "`1` `10`? `2`?"),
    ("repr", "o"),
    ("reversed", "`[1, 2]`"),
    ("round", "`2.567` ndigits=`2`!?"),
    ("round@", "`1234` ndigits=`-2`!?"),
    ("set", "t?"),
    ("setattr", "`K()` `'b'` o"),
    ("slice", "o o? o?"),
    ("sorted", "`[3, 1, 2]` ~key=f? ~reverse=o?"),
    ("staticmethod", "f"),
    ("str", "object=`b'ab'`? encoding=k? errors=r?"),
    ("sum", "t start=`10`?"),
    ("super", "`int`? `True`?"),
    ("tuple", "t?"),
    ("type", "o"),
    ("type@", "`'A'` `(int,)` `{'x': 1}`"),
    ("vars", "`K()`"),
    ("zip", "*t ~strict=o?"),
    ("__import__", "`'sys'`"),
];

/// Dunders and attributes shared by int, float and complex (`!` keeps huge values off
/// exponents).
const NUMBER: &[(&str, &str)] = &[
    ("__add__", "o"),
    ("__sub__", "o"),
    ("__mul__", "o"),
    ("__truediv__", "o"),
    ("__pow__", "`2`! o?"),
    ("__neg__", ""),
    ("__pos__", ""),
    ("__abs__", ""),
    ("__bool__", ""),
    ("__eq__", "o"),
    ("__ne__", "o"),
    ("__format__", "`'>6'`"),
    ("__repr__", ""),
    ("conjugate", ""),
    ("real", "@"),
    ("imag", "@"),
];

/// Dunders shared by int and float.
const REAL: &[(&str, &str)] = &[
    ("as_integer_ratio", ""),
    ("__floordiv__", "o"),
    ("__mod__", "o"),
    ("__divmod__", "o"),
    ("__int__", ""),
    ("__float__", ""),
    ("__trunc__", ""),
    ("__floor__", ""),
    ("__ceil__", ""),
    ("__lt__", "o"),
    ("__le__", "o"),
];

const INT: &[(&str, &str)] = &[
    ("bit_count", ""),
    ("bit_length", ""),
    ("denominator", "@"),
    ("numerator", "@"),
    ("to_bytes", "length=`10`? byteorder=`'little'`? ~signed=o?"),
    (
        "from_bytes",
        "^bytes=`b'\\x01\\x02'` byteorder=`'little'`? ~signed=o?",
    ),
    ("__lshift__", "`3`!"),
    ("__rshift__", "`1`"),
    ("__and__", "o"),
    ("__or__", "o"),
    ("__xor__", "o"),
    ("__invert__", ""),
    ("__index__", ""),
    ("__round__", "`-1`!?"),
    // Not float's: the hash of a NaN differs from one process to the next.
    ("__hash__", ""),
];

const FLOAT: &[(&str, &str)] = &[
    ("hex", ""),
    ("is_integer", ""),
    ("fromhex", "^`'0x1.8p1'`"),
    ("__round__", "`1`?"),
];

/// Every builtin type with methods, in the order their calls are numbered: the value types
/// first (the operators take the first `ops::OPERAND_TYPES` of them), then the iterators,
/// generators and function objects.
pub const TYPES: &[Type] = &[
    Type {
        name: "int",
        receivers: &["5", "-7", "0", "2**70"],
        mutable: false,
        methods: &[NUMBER, REAL, INT],
    },
    Type {
        name: "bool",
        receivers: &["True", "False"],
        mutable: false,
        methods: &[&[
            ("__and__", "o"),
            ("__or__", "o"),
            ("__xor__", "o"),
            ("__repr__", ""),
            ("bit_length", ""),
            ("__index__", ""),
        ]],
    },
    Type {
        name: "float",
        receivers: &["2.5", "-0.0", "float('inf')", "float('nan')", "1e300"],
        mutable: false,
        methods: &[NUMBER, REAL, FLOAT],
    },
    Type {
        name: "complex",
        receivers: &["(1+2j)", "0j"],
        mutable: false,
        methods: &[NUMBER],
    },
    seq::STR,
    seq::BYTES,
    seq::BYTEARRAY,
    seq::MEMORYVIEW,
    seq::LIST,
    seq::TUPLE,
    seq::RANGE,
    coll::DICT,
    coll::DICT_KEYS,
    coll::DICT_VALUES,
    coll::DICT_ITEMS,
    coll::SET,
    coll::FROZENSET,
    coll::SLICE,
    coll::OBJECT,
    coll::TYPE,
    coll::EXCEPTION,
    coll::OS_ERROR,
    misc::SIZED_ITERATOR,
    misc::BUILTIN_ITERATOR,
    misc::GENERATOR,
    misc::PROPERTY,
    misc::CLASSMETHOD,
    misc::STATICMETHOD,
    misc::BUILTIN_FUNCTION,
    misc::NONE,
    misc::MAPPING_PROXY,
];
