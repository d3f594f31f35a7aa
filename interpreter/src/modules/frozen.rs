//! Frozen modules: Python modules built into the binary (the core's `abc`, `typing`, and
//! `os`'s `_os` and `posixpath`;
//! a port adds its own with `Vm::add_frozen`), found by `import` after the native modules and
//! before `sys.path`.
//!
//! A frozen module is held as source text in the binary's read-only data and compiled when it
//! is first imported; its module has no `__file__` and reads `<module 'abc' (frozen)>`.

use crate::vm::Vm;

/// A Python module built into the binary.
pub struct FrozenModule {
    /// Its full name (`abc`, `asyncio.core`).
    pub name: &'static str,
    /// Its source text.
    pub source: &'static str,
    /// Whether it is a package (an `__init__.py`): its submodules are frozen modules named
    /// `name.sub`.
    pub package: bool,
}

/// The core's frozen modules, each a cargo feature of `upy`.
pub const CORE: &[&FrozenModule] = &[
    #[cfg(feature = "abc")]
    &FrozenModule {
        name: "abc",
        source: include_str!("frozen/abc.py"),
        package: false,
    },
    #[cfg(feature = "typing")]
    &FrozenModule {
        name: "typing",
        source: include_str!("frozen/typing.py"),
        package: false,
    },
    #[cfg(feature = "os")]
    &FrozenModule {
        name: "_os",
        source: include_str!("frozen/_os.py"),
        package: false,
    },
    #[cfg(feature = "os")]
    &FrozenModule {
        name: "posixpath",
        source: include_str!("frozen/posixpath.py"),
        package: false,
    },
];

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
