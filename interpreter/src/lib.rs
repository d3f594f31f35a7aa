//! upy: a MicroPython-class implementation of Python 3.
//!
//! The core is `no_std` with `alloc`: everything it needs from the outside world goes through
//! the [`Port`] trait. The pipeline is `lex` -> `parse` -> `compile` -> `vm`; values live in
//! one garbage-collected [`heap`] owned by the VM.

#![no_std]

extern crate alloc;

pub mod ast;
pub mod lex;
pub mod parse;
pub mod syntax_error;

pub use syntax_error::{SyntaxError, SyntaxErrorKind};
