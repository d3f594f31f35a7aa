//! Frozen modules: Python modules built into the binary (the core's `abc`, `typing`, `asyncio`,
//! `posixpath` (`os.path`), and the Python halves of `re`, `select` and `os`; a port adds its
//! own with `Vm::add_frozen`), found by `import` after the native modules and before
//! `sys.path`.
//!
//! A frozen module is compiled ahead of time (`upy-cross --freeze` writes its code objects as
//! static data, `crate::image::FrozenCode`): importing it interns its names and makes its
//! constants, while its instructions are run where the binary holds them. A port may also
//! freeze plain source, compiled at import. A frozen module has no `__file__` and reads
//! `<module 'abc' (frozen)>`.
//!
//! Invariant: `frozen/images.rs` is what `upy-cross` makes of the `.py` files in `frozen/`
//! (`cargo xtask freeze` regenerates it; `upy-cross`'s tests check it is current).

use crate::vm::Vm;

/// A Python module built into the binary.
pub struct FrozenModule {
    /// Its full name (`abc`, `asyncio.core`).
    pub name: &'static str,
    /// Its code.
    pub code: Frozen,
    /// Whether it is a package (an `__init__.py`): its submodules are frozen modules named
    /// `name.sub`.
    pub package: bool,
}

/// A frozen module's code: compiled ahead of time (`upy-cross --freeze`), or source text
/// compiled when it is imported (simpler for a port, but its code then costs heap).
pub enum Frozen {
    Code(&'static crate::image::FrozenCode),
    Source(&'static str),
}

mod images;

/// The core's frozen modules, compiled ahead of time from the `.py` files in `frozen/`;
/// each is built with a cargo feature of `upy`.
pub const CORE: &[&FrozenModule] = images::MODULES;

impl Vm {
    /// Adds a frozen module for `import` to find (a port's own Python modules).
    pub fn add_frozen(&mut self, module: &'static FrozenModule) {
        self.frozen.push(module);
    }

    /// The frozen module named `name`, the last added winning.
    pub(crate) fn frozen_module(&self, name: &str) -> Option<&'static FrozenModule> {
        self.frozen.iter().rev().find(|m| m.name == name).copied()
    }
}
