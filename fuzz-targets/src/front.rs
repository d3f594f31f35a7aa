//! The front-end targets: `lex`, `parse` and `compile` take any bytes and must come back with
//! a result or a `SyntaxError`, never a panic, a hang or a stack overflow.
//!
//! Bytes that are not UTF-8 are decoded lossily: the core's entry points take `&str`, and the
//! replacement characters still reach the lexer's handling of unexpected characters.
//!
//! Beyond "no panic", the lexer and parser are held to the invariant the rest of the pipeline
//! relies on: every span they report lies inside the source, on character boundaries, so
//! that error reporting can slice the source by it.

use upy::ast::Span;

use crate::source;

/// `lex`: tokenizes the input.
pub fn lex(data: &[u8]) {
    let src = source(data);
    let lexed = upy::lex::tokenize(&src);
    for token in &lexed.tokens {
        check_span(&src, token.span, "token");
    }
    if let Some(err) = &lexed.error {
        check_span(&src, err.error.span, "lexer error");
    }
}

/// `parse`: parses the input as a module.
pub fn parse(data: &[u8]) {
    let src = source(data);
    if let Err(err) = upy::parse::parse_module(&src) {
        check_span(&src, err.span, "syntax error");
    }
}

/// `compile`: compiles the input as a module in a fresh VM, without running it (a syntax
/// error comes back as the exception the VM would raise, with its line and column).
pub fn compile(data: &[u8]) {
    let src = source(data);
    let mut vm = crate::exec::quiet_vm(upy::Config::default());
    let _ = vm.compile_module(&src, "<fuzz>");
}

/// Panics unless `span` is a well-formed range of `src` on character boundaries.
fn check_span(src: &str, span: Span, what: &str) {
    let (start, end) = (span.start as usize, span.end as usize);
    assert!(
        start <= end && end <= src.len(),
        "{what} span {start}..{end} outside a source of {} bytes",
        src.len()
    );
    assert!(
        src.is_char_boundary(start) && src.is_char_boundary(end),
        "{what} span {start}..{end} splits a character"
    );
}
