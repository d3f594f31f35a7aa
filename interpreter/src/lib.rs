//! upy: a MicroPython-class implementation of Python 3.
//!
//! The core is `no_std` with `alloc`: everything it needs from the outside world goes through
//! the [`Port`] trait. The pipeline is `lex` -> `parse` -> `compile` -> `vm`; values live in
//! one garbage-collected [`heap`] owned by the VM.

#![no_std]

extern crate alloc;

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod config;
pub mod digest;
pub mod heap;
pub mod image;
pub mod lex;
pub mod modules;
pub mod parse;
pub mod port;
pub mod qstr;
pub mod repl;
pub mod syntax_error;
pub mod types;
pub mod unicode;
pub mod value;
pub mod vm;

pub use config::Config;
pub use port::Port;
pub use syntax_error::{SyntaxError, SyntaxErrorKind};
pub use value::Value;
pub use vm::{Uncaught, Vm};
