//! The `array` module: the `array` type (`types::array`), its alias `ArrayType`, and
//! `typecodes`, the typecodes it takes.

use super::{Attr, ModuleDef};
use crate::types::TypeId;

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "array",
    attrs: &[
        ("array", Attr::Type(TypeId::Array)),
        ("ArrayType", Attr::Type(TypeId::Array)),
        ("typecodes", Attr::Str(crate::types::array::TYPECODES)),
    ],
    init: None,
};
