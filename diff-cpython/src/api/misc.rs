//! The rest of the API surface: iterators, generators, the descriptor types (`property`,
//! `classmethod`, `staticmethod`), builtin function objects, `None` and the read-only
//! mapping proxy (see [`super::table`] for what a row means).
//!
//! Left out: iterators' `__reduce__` and `__setstate__` (pickling support, whose results
//! spell out an iterator's internals) and generators' `gi_*` attributes (frames and code
//! objects).

use super::table::Type;

/// What every iterator has.
const ITERATOR: &[(&str, &str)] = &[("__next__", ""), ("__iter__", "")];

/// The iterators over sequences and dicts, which also estimate their length.
pub const SIZED_ITERATOR: Type = Type {
    name: "",
    receivers: &[
        "iter([1, 2, 3])",
        "iter((1,))",
        "iter('ab')",
        "iter(b'ab')",
        "iter(bytearray(b'a'))",
        "iter(range(3))",
        "reversed(range(3))",
        "reversed([1, 2])",
        "iter({1: 2})",
        "iter({1: 2}.items())",
        "iter({1: 2}.values())",
    ],
    mutable: true,
    methods: &[ITERATOR, &[("__length_hint__", "")]],
};

/// The iterators the builtins make, which do not.
pub const BUILTIN_ITERATOR: Type = Type {
    name: "",
    receivers: &[
        "enumerate('ab')",
        "zip([1], [2])",
        "map(abs, [-1])",
        "filter(None, [0, 1])",
        "iter(int, 1)",
    ],
    mutable: true,
    methods: &[ITERATOR],
};

pub const GENERATOR: Type = Type {
    name: "",
    receivers: &["(x for x in [1, 2])"],
    mutable: false,
    methods: &[
        ITERATOR,
        &[
            ("send", "`None`"),
            ("throw", "`ValueError`"),
            ("close", ""),
            ("gi_running", "@"),
        ],
    ],
};

pub const PROPERTY: Type = Type {
    name: "property",
    receivers: &["property(abs)", "property()"],
    mutable: false,
    methods: &[&[
        ("getter", "f"),
        ("setter", "f"),
        ("deleter", "f"),
        ("fget", "@"),
        ("fset", "@"),
        ("fdel", "@"),
        ("__get__", "`-3` o?"),
        ("__set__", "o o"),
        ("__delete__", "o"),
    ]],
};

pub const CLASSMETHOD: Type = Type {
    name: "classmethod",
    receivers: &["classmethod(abs)"],
    mutable: false,
    methods: &[&[
        ("__func__", "@"),
        ("__wrapped__", "@"),
        ("__get__", "`None` `int`?"),
    ]],
};

pub const STATICMETHOD: Type = Type {
    name: "staticmethod",
    receivers: &["staticmethod(abs)"],
    mutable: false,
    methods: &[&[
        ("__func__", "@"),
        ("__wrapped__", "@"),
        ("__get__", "`None` `int`?"),
        ("__call__", "`-3`"),
    ]],
};

pub const BUILTIN_FUNCTION: Type = Type {
    name: "",
    receivers: &["abs", "[].append", "dict.fromkeys"],
    mutable: false,
    methods: &[&[
        ("__name__", "@"),
        ("__qualname__", "@"),
        ("__module__", "@"),
        ("__call__", "`-3`"),
    ]],
};

pub const NONE: Type = Type {
    name: "",
    receivers: &["None"],
    mutable: false,
    methods: &[&[
        ("__bool__", ""),
        ("__repr__", ""),
        ("__str__", ""),
        ("__eq__", "o"),
        ("__ne__", "o"),
        ("__lt__", "o"),
        ("__format__", "`''`"),
    ]],
};

pub const MAPPING_PROXY: Type = Type {
    name: "",
    receivers: &["{'a': 1, 'b': 2}.keys().mapping", "{}.keys().mapping"],
    mutable: false,
    methods: &[&[
        ("copy", ""),
        ("get", "`'a'` o?"),
        ("items", ""),
        ("keys", ""),
        ("values", ""),
        ("__getitem__", "`'a'`"),
        ("__contains__", "o"),
        ("__len__", ""),
        ("__iter__", ""),
        ("__reversed__", ""),
        ("__or__", "`{'c': 3}`"),
        ("__eq__", "o"),
        ("__repr__", ""),
    ]],
};
