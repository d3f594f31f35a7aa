//! The logic of upy's fuzz targets, one plain function per target taking the fuzzer's bytes.
//!
//! The cargo-fuzz binaries in `fuzz/fuzz_targets/` are one-line wrappers around these
//! functions, and `tests/regressions.rs` replays every saved crash input under
//! `fuzz/regressions/<target>/` through them, so `cargo test` checks a fixed bug with exactly
//! the code that found it ([`replay`] runs each under a time limit). A target reports a bug
//! by panicking; it never catches one.
//!
//! - `lex`, `parse`, `compile` ([`front`]): any bytes give a result or a `SyntaxError`.
//! - `exec` ([`exec`]): a program runs under a tiny heap and a step budget, and the heap's
//!   invariants hold afterwards.
//! - `gc` ([`gc`]): heap operations checked against a model after every collection.
//! - `image` ([`image`]): a corrupt or made-up compiled module is refused with a
//!   `ValueError`, or runs; either way the heap stays sound.
//! - `differential` ([`differential`]): a generated program gives the same output and
//!   exception on upy as on CPython.

use std::borrow::Cow;

pub mod differential;
pub mod exec;
pub mod front;
pub mod gc;
pub mod image;
pub mod replay;

/// A target's function: it panics on a finding.
pub type Target = fn(&[u8]);

/// Every target: its name (the cargo-fuzz binary's and the `fuzz/regressions/` folder's) and
/// its function.
pub const TARGETS: &[(&str, Target)] = &[
    ("lex", front::lex),
    ("parse", front::parse),
    ("compile", front::compile),
    ("exec", exec::exec),
    ("gc", gc::gc),
    ("image", image::image),
    ("differential", differential::differential),
];

/// The function of the target called `name`.
pub fn target(name: &str) -> Option<Target> {
    TARGETS.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
}

/// The input as source text: the core takes `&str`, so bytes that are not UTF-8 are decoded
/// lossily.
pub(crate) fn source(data: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(data)
}
