//! `__future__`: the module `from __future__ import x` imports at run time, after the
//! compiler has checked the feature names (`compile::import`). Importing a feature changes
//! nothing: the historical ones are always on, and `annotations` (postponed evaluation) and
//! `barry_as_FLUFL` (the `<>` operator) are not implemented.
//!
//! Each feature is bound to its compiler flag (CPython binds a `_Feature` record instead; a
//! program that prints one sees the difference).

use super::{Attr, ModuleDef};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "__future__",
    attrs: &[
        ("nested_scopes", Attr::Int(0x0010)),
        ("generators", Attr::Int(0)),
        ("division", Attr::Int(0x20000)),
        ("absolute_import", Attr::Int(0x40000)),
        ("with_statement", Attr::Int(0x80000)),
        ("print_function", Attr::Int(0x100000)),
        ("unicode_literals", Attr::Int(0x200000)),
        ("barry_as_FLUFL", Attr::Int(0x400000)),
        ("generator_stop", Attr::Int(0x800000)),
        ("annotations", Attr::Int(0x1000000)),
    ],
    init: None,
};
