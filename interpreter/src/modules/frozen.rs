//! Frozen modules: Python modules built into the binary (the core's `abc`, `typing`, `select` and the `asyncio` package;
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
    #[cfg(feature = "asyncio")]
    &FrozenModule {
        name: "asyncio",
        source: include_str!("frozen/asyncio/__init__.py"),
        package: true,
    },
    #[cfg(feature = "asyncio")]
    &FrozenModule {
        name: "asyncio.core",
        source: include_str!("frozen/asyncio/core.py"),
        package: false,
    },
    #[cfg(feature = "asyncio")]
    &FrozenModule {
        name: "asyncio.funcs",
        source: include_str!("frozen/asyncio/funcs.py"),
        package: false,
    },
    #[cfg(feature = "asyncio")]
    &FrozenModule {
        name: "asyncio.locks",
        source: include_str!("frozen/asyncio/locks.py"),
        package: false,
    },
    #[cfg(feature = "asyncio")]
    &FrozenModule {
        name: "asyncio.queues",
        source: include_str!("frozen/asyncio/queues.py"),
        package: false,
    },
    #[cfg(feature = "asyncio")]
    &FrozenModule {
        name: "asyncio.streams",
        source: include_str!("frozen/asyncio/streams.py"),
        package: false,
    },
    #[cfg(feature = "abc")]
    &FrozenModule {
        name: "abc",
        source: include_str!("frozen/abc.py"),
        package: false,
    },
    #[cfg(feature = "select")]
    &FrozenModule {
        name: "select",
        source: include_str!("frozen/select.py"),
        package: false,
    },
    #[cfg(feature = "typing")]
    &FrozenModule {
        name: "typing",
        source: include_str!("frozen/typing.py"),
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
