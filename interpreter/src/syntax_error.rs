//! The front end's error: what went wrong in the source text, and where.
//!
//! The lexer, parser and compiler all report a [`SyntaxError`]; the VM turns it into a Python
//! `SyntaxError` (or `IndentationError`, or `RecursionError` for input nested too deeply)
//! with the file name, line and column. Nothing in the front end panics on bad input.

use alloc::string::String;

use crate::ast::Span;

/// Which Python exception a front-end error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError` (a `SyntaxError` subclass): unexpected indent, unindent mismatch,
    /// an expected indented block.
    Indentation,
    /// `TabError`: inconsistent use of tabs and spaces.
    Tab,
    /// Input nested beyond the parser's depth bound: `RecursionError`, as CPython's
    /// "maximum recursion depth exceeded during compilation".
    TooDeep,
    /// Valid Python that this build cannot run yet: `NotImplementedError` at compile time.
    Unsupported,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// CPython's wording where it has one, e.g. `'(' was never closed`, `invalid syntax`.
    pub msg: String,
    /// Where: for most errors the offending token.
    pub span: Span,
    /// True when the input ended too early (open bracket, unterminated triple-quoted string,
    /// a block header with no body yet): the REPL reads another line instead of reporting.
    pub incomplete: bool,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::Syntax,
            msg: msg.into(),
            span,
            incomplete: false,
        }
    }

    pub fn with_kind(mut self, kind: SyntaxErrorKind) -> SyntaxError {
        self.kind = kind;
        self
    }

    pub fn incomplete(mut self) -> SyntaxError {
        self.incomplete = true;
        self
    }
}
