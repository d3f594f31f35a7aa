//! The `io` module: the stream types (`StringIO`, `BytesIO`, `FileIO`, `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom`, `TextIOWrapper`, all in `types::stream*`), `open`
//! (the builtin itself), the `SEEK_*` constants, `DEFAULT_BUFFER_SIZE` and
//! `UnsupportedOperation`.

use super::{Attr, ModuleDef};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "io",
    attrs: &[
        ("StringIO", Attr::Type(TypeId::StringIO)),
        ("BytesIO", Attr::Type(TypeId::BytesIO)),
        ("FileIO", Attr::Type(TypeId::FileIO)),
        ("BufferedReader", Attr::Type(TypeId::BufferedReader)),
        ("BufferedWriter", Attr::Type(TypeId::BufferedWriter)),
        ("BufferedRandom", Attr::Type(TypeId::BufferedRandom)),
        ("TextIOWrapper", Attr::Type(TypeId::TextIOWrapper)),
        (
            "UnsupportedOperation",
            Attr::Type(TypeId::UnsupportedOperation),
        ),
        ("SEEK_SET", Attr::Int(0)),
        ("SEEK_CUR", Attr::Int(1)),
        ("SEEK_END", Attr::Int(2)),
        (
            "DEFAULT_BUFFER_SIZE",
            Attr::Int(crate::types::stream::BUFFER_SIZE as i64),
        ),
    ],
    init: Some(init),
};

/// `io.open` is the builtin `open`.
fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let open = Value::native(crate::builtins::N::Open as u16);
    vm.module_set(module, "open", open)
}
