//! `collections`: the container types beyond the builtins. `deque`, `defaultdict`,
//! `OrderedDict` and `Counter` are builtin types (`types::deque`, `types::dict_kinds`,
//! `types::counter`); `namedtuple` makes tuple subclasses (`types::namedtuple`).

use super::{Attr, ModuleDef};
use crate::types::TypeId;

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "collections",
    attrs: &[
        ("deque", Attr::Type(TypeId::Deque)),
        ("defaultdict", Attr::Type(TypeId::DefaultDict)),
        ("OrderedDict", Attr::Type(TypeId::OrderedDict)),
        ("Counter", Attr::Type(TypeId::Counter)),
        (
            "namedtuple",
            Attr::Func(crate::types::namedtuple::namedtuple),
        ),
    ],
    init: None,
};
