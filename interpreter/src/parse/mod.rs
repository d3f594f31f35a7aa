//! The parser: tokens to the AST of [`crate::ast`].
//!
//! Hand-written recursive descent over the whole token list, with precedence climbing for
//! binary operators. Every grammar file adds methods to the one [`parser::Parser`] type:
//! `stmt` (simple statements, blocks), `compound` (`if`, `def`, ...), `pattern` (`match`),
//! `expr` (operators), `primary` (trailers and subscripts), `atom` (literals, displays,
//! comprehensions), `args` (call arguments and parameter lists), `fstring`, and `target`
//! (assignment target checks). The depth bounds that keep any input from overflowing the
//! stack are described in `parser`.

mod args;
mod atom;
mod compound;
mod expr;
mod fstring;
mod parser;
mod pattern;
mod primary;
mod stmt;
mod target;

#[cfg(test)]
mod tests;

pub use parser::{MAX_HEIGHT, MAX_NESTING, parse_expression, parse_module};
