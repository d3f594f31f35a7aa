//! The sequence types of the API surface: str, bytes, bytearray, memoryview, list, tuple and
//! range (see [`super::table`] for what a row means).

use super::table::Type;

/// Text methods str has with a str argument where bytes has a bytes one; `S` stands for the
/// sequence's own kind of substring and `C` for its one-character fill.
const TEXT: &[(&str, &str)] = &[
    ("capitalize", ""),
    ("center", "`15` C?"),
    ("count", "S i? i?"),
    ("endswith", "S i? i?"),
    ("expandtabs", "tabsize=`4`?"),
    ("find", "S i? i?"),
    ("index", "S i? i?"),
    ("isalnum", ""),
    ("isalpha", ""),
    ("isascii", ""),
    ("isdigit", ""),
    ("islower", ""),
    ("isspace", ""),
    ("istitle", ""),
    ("isupper", ""),
    ("ljust", "`15` C?"),
    ("lower", ""),
    ("lstrip", "S?"),
    ("partition", "S"),
    ("removeprefix", "S"),
    ("removesuffix", "S"),
    ("replace", "S S i?"),
    ("rfind", "S i? i?"),
    ("rindex", "S i? i?"),
    ("rjust", "`15` C?"),
    ("rpartition", "S"),
    ("rsplit", "sep=S? maxsplit=`1`?"),
    ("rstrip", "S?"),
    ("split", "sep=S? maxsplit=`1`?"),
    ("splitlines", "keepends=o?"),
    ("startswith", "S i? i?"),
    ("strip", "S?"),
    ("swapcase", ""),
    ("title", ""),
    ("upper", ""),
    ("zfill", "`15`"),
    ("__contains__", "S"),
    ("__getitem__", "i"),
    ("__len__", ""),
    ("__mul__", "`2`"),
    ("__rmul__", "`2`"),
    ("__mod__", "o"),
    ("__eq__", "o"),
    ("__lt__", "o"),
    ("__iter__", ""),
    ("__repr__", ""),
];

const STR_ONLY: &[(&str, &str)] = &[
    ("casefold", ""),
    ("encode", "encoding=k? errors=r?"),
    ("format@'<{}>'", "*o **"),
    ("format_map@'<{a}>'", "m"),
    ("isdecimal", ""),
    ("isidentifier", ""),
    ("isnumeric", ""),
    ("isprintable", ""),
    ("join", "T"),
    ("maketrans", "^`'ab'` `'cd'`? `'x'`?"),
    ("translate", "`{108: 'L'}`"),
    ("__add__", "S"),
    ("__format__", "`'>15'`"),
    ("__str__", ""),
];

const BYTES_ONLY: &[(&str, &str)] = &[
    ("decode", "encoding=k? errors=r?"),
    ("fromhex", "^`'4142 43'`"),
    ("hex", "sep=`':'`? bytes_per_sep=`2`?"),
    ("join", "U"),
    ("maketrans", "^`b'ab'` `b'cd'`"),
    ("translate", "`None` delete=`b'l'`?"),
    ("__add__", "S"),
];

const BYTEARRAY_ONLY: &[(&str, &str)] = &[
    ("append", "`33`"),
    ("clear", ""),
    ("copy", ""),
    ("extend", "`b'!?'`"),
    ("insert", "`1` `33`"),
    ("pop", "i?"),
    ("remove", "`108`"),
    ("reverse", ""),
    ("__setitem__", "i `33`"),
    ("__delitem__", "i"),
    ("__iadd__", "S"),
    ("__imul__", "`2`"),
];

pub const STR: Type = Type {
    name: "str",
    receivers: &["'Hello World'", "''", "'a\\tb\\nc d'", "'ǅx ß'"],
    mutable: false,
    methods: &[TEXT, STR_ONLY],
};

pub const BYTES: Type = Type {
    name: "bytes",
    receivers: &["b'Hello World'", "b''", "b'a\\tb\\nc d'"],
    mutable: false,
    methods: &[TEXT, BYTES_ONLY],
};

pub const BYTEARRAY: Type = Type {
    name: "bytearray",
    receivers: &["bytearray(b'Hello World')", "bytearray()"],
    mutable: true,
    methods: &[TEXT, BYTES_ONLY, BYTEARRAY_ONLY],
};

pub const MEMORYVIEW: Type = Type {
    name: "memoryview",
    receivers: &["memoryview(b'Hello')", "memoryview(bytearray(b'ab'))"],
    mutable: false,
    methods: &[&[
        ("cast", "`'B'` shape=`[5]`?"),
        ("hex", "sep=`':'`? bytes_per_sep=`2`?"),
        ("release", ""),
        ("tobytes", "order=`'C'`?"),
        ("tolist", ""),
        ("toreadonly", ""),
        ("c_contiguous", "@"),
        ("contiguous", "@"),
        ("f_contiguous", "@"),
        ("format", "@"),
        ("itemsize", "@"),
        ("nbytes", "@"),
        ("ndim", "@"),
        ("readonly", "@"),
        ("shape", "@"),
        ("strides", "@"),
        ("suboffsets", "@"),
        ("__getitem__", "i"),
        ("__setitem__", "i `33`"),
        ("__len__", ""),
        ("__eq__", "o"),
    ]],
};

/// What list and tuple share.
const SEQUENCE: &[(&str, &str)] = &[
    ("count", "o"),
    ("index", "o i? i?"),
    ("__contains__", "o"),
    ("__getitem__", "i"),
    ("__len__", ""),
    ("__mul__", "`2`"),
    ("__eq__", "o"),
    ("__lt__", "o"),
    ("__iter__", ""),
    ("__repr__", ""),
];

pub const LIST: Type = Type {
    name: "list",
    receivers: &["[3, 1, 2]", "[]", "['b', 'a']"],
    mutable: true,
    methods: &[
        SEQUENCE,
        &[
            ("append", "o"),
            ("clear", ""),
            ("copy", ""),
            ("extend", "t"),
            ("insert", "i o"),
            ("pop", "i?"),
            ("remove", "o"),
            ("reverse", ""),
            ("sort", "~key=f? ~reverse=o?"),
            ("__add__", "`[9]`"),
            ("__iadd__", "t"),
            ("__imul__", "`2`"),
            ("__setitem__", "i o"),
            ("__delitem__", "i"),
            ("__reversed__", ""),
        ],
    ],
};

pub const TUPLE: Type = Type {
    name: "tuple",
    receivers: &["(3, 1, 2)", "()"],
    mutable: false,
    methods: &[SEQUENCE, &[("__add__", "`(9,)`")]],
};

pub const RANGE: Type = Type {
    name: "range",
    receivers: &[
        "range(1, 10, 2)",
        "range(0)",
        "range(10**20)",
        "range(5, -5, -3)",
    ],
    mutable: false,
    methods: &[&[
        ("count", "`3`"),
        ("index", "`3`"),
        ("start", "@"),
        ("stop", "@"),
        ("step", "@"),
        ("__getitem__", "i"),
        ("__contains__", "o"),
        ("__len__", ""),
        ("__eq__", "o"),
        ("__reversed__", ""),
        ("__iter__", ""),
        ("__repr__", ""),
    ]],
};
