//! The parser: tokens to the AST (in progress).
