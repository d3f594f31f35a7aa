//! The mapping, set and object-model types of the API surface: dict and its views, set,
//! frozenset, slice, object, type and exceptions (see [`super::table`] for what a row means).

use super::table::Type;

pub const DICT: Type = Type {
    name: "dict",
    receivers: &["{'a': 1, 'b': 2}", "{}"],
    mutable: true,
    methods: &[&[
        ("clear", ""),
        ("copy", ""),
        ("fromkeys", "^t o?"),
        ("get", "`'a'` o?"),
        ("items", ""),
        ("keys", ""),
        ("values", ""),
        ("pop", "`'a'` o?"),
        ("popitem", ""),
        ("setdefault", "`'c'` o?"),
        ("update", "`{'c': 3}`? **"),
        ("__getitem__", "`'a'`"),
        ("__setitem__", "`'c'` o"),
        ("__delitem__", "`'a'`"),
        ("__contains__", "`'a'`"),
        ("__len__", ""),
        ("__eq__", "o"),
        ("__or__", "`{'c': 3}`"),
        ("__ior__", "`{'c': 3}`"),
        ("__iter__", ""),
        ("__reversed__", ""),
        ("__repr__", ""),
    ]],
};

/// What the three views share.
const VIEW: &[(&str, &str)] = &[
    ("mapping", "@"),
    ("__len__", ""),
    ("__iter__", ""),
    ("__reversed__", ""),
    ("__repr__", ""),
];

/// What the set-like views add.
const SET_VIEW: &[(&str, &str)] = &[
    ("isdisjoint", "t"),
    ("__contains__", "o"),
    ("__and__", "t"),
    ("__or__", "t"),
    ("__sub__", "t"),
    ("__xor__", "t"),
    ("__eq__", "o"),
];

pub const DICT_KEYS: Type = Type {
    name: "",
    receivers: &["{1: 'a', 2: 'b'}.keys()", "{}.keys()"],
    mutable: false,
    methods: &[VIEW, SET_VIEW],
};

pub const DICT_VALUES: Type = Type {
    name: "",
    receivers: &["{1: 'a', 2: 'b'}.values()"],
    mutable: false,
    methods: &[VIEW],
};

pub const DICT_ITEMS: Type = Type {
    name: "",
    receivers: &["{1: 'a', 2: 'b'}.items()"],
    mutable: false,
    methods: &[VIEW, SET_VIEW],
};

/// What set and frozenset share.
const SET_COMMON: &[(&str, &str)] = &[
    ("copy", ""),
    ("difference", "*t"),
    ("intersection", "*t"),
    ("isdisjoint", "t"),
    ("issubset", "t"),
    ("issuperset", "t"),
    ("symmetric_difference", "t"),
    ("union", "*t"),
    ("__contains__", "o"),
    ("__len__", ""),
    ("__or__", "`{9}`"),
    ("__and__", "`{1}`"),
    ("__sub__", "`{1}`"),
    ("__xor__", "`{1}`"),
    ("__eq__", "o"),
    ("__le__", "o"),
    ("__lt__", "o"),
    ("__iter__", ""),
];

pub const SET: Type = Type {
    name: "set",
    receivers: &["{1, 2, 3}", "set()"],
    mutable: true,
    methods: &[
        SET_COMMON,
        &[
            ("add", "o"),
            ("clear", ""),
            ("difference_update", "*t"),
            ("discard", "o"),
            ("intersection_update", "*t"),
            ("pop", ""),
            ("remove", "`1`"),
            ("symmetric_difference_update", "t"),
            ("update", "*t"),
            ("__ior__", "`{9}`"),
            ("__iand__", "`{1}`"),
            ("__isub__", "`{1}`"),
        ],
    ],
};

pub const FROZENSET: Type = Type {
    name: "frozenset",
    receivers: &["frozenset({1, 2, 3})", "frozenset()"],
    mutable: false,
    methods: &[SET_COMMON],
};

pub const SLICE: Type = Type {
    name: "slice",
    receivers: &["slice(1, 10, 2)", "slice(None)", "slice(-1, None, -1)"],
    mutable: false,
    methods: &[&[
        ("indices", "`5`"),
        ("start", "@"),
        ("stop", "@"),
        ("step", "@"),
        ("__eq__", "o"),
        ("__repr__", ""),
    ]],
};

pub const OBJECT: Type = Type {
    name: "object",
    receivers: &["K()"],
    mutable: true,
    methods: &[&[
        ("__eq__", "o"),
        ("__ne__", "o"),
        ("__lt__", "o"),
        ("__format__", "`''`"),
        ("__setattr__", "`'b'` o"),
        ("__getattribute__", "`'a'`"),
        ("__delattr__", "`'a'`"),
        ("__init_subclass__", "^"),
        ("__class__", "@"),
        ("__dict__", "@"),
    ]],
};

pub const TYPE: Type = Type {
    name: "type",
    receivers: &["int", "bool"],
    mutable: false,
    methods: &[&[
        ("mro", ""),
        ("__name__", "@"),
        ("__qualname__", "@"),
        ("__module__", "@"),
        ("__bases__", "@"),
        ("__mro__", "@"),
        ("__instancecheck__", "o"),
        ("__subclasscheck__", "y"),
        ("__call__", "`'7'`?"),
        ("__repr__", ""),
    ]],
};

pub const EXCEPTION: Type = Type {
    name: "BaseException",
    receivers: &[
        "ValueError('bad', 2)",
        "KeyError('k')",
        "StopIteration(3)",
        "Exception()",
    ],
    mutable: true,
    methods: &[&[
        ("add_note", "`'n'`"),
        ("with_traceback", "`None`"),
        ("args", "@"),
        ("__str__", ""),
        ("__repr__", ""),
        ("__reduce__", ""),
        ("__setstate__", "`{'x': 1}`"),
        ("value@StopIteration(3)", "@"),
    ]],
};

pub const OS_ERROR: Type = Type {
    name: "OSError",
    receivers: &["OSError(2, 'nf', 'f')", "OSError('x')"],
    mutable: false,
    methods: &[&[
        ("errno", "@"),
        ("strerror", "@"),
        ("filename", "@"),
        ("args", "@"),
        ("__str__", ""),
    ]],
};
