//! The parser's state and the helpers every grammar file uses: token access, errors and
//! the depth bounds.
//!
//! The parser is hand-written recursive descent over the token list from
//! [`crate::lex::tokenize`], which always ends with ENDMARKER or an error token; the cursor
//! never moves past that last token, so lookahead never runs off the end.
//!
//! Architecture invariant (bounded depth): no input can make the parser, or later passes
//! that recurse over the AST (including `Drop`), overflow the Rust stack.
//! - Recursive grammar rules (brackets, lambdas, conditional expressions, blocks, patterns)
//!   go through [`Parser::enter`], which allows [`MAX_NESTING`] levels.
//! - Rules that build deep trees in a loop (`a+b+c`, `a.b.c`, `x[0][0]`, `- - x`, `elif`
//!   chains) track the height of the tree they build and stop at [`MAX_HEIGHT`] levels, since
//!   the tree itself (whose `Drop` recurses) must stay shallow enough. `self.high` is a
//!   high-water mark: after parsing a node at nesting depth `d`, `high >= d + height`.
//!
//! Stack cost, measured in the dev profile (opt-level 1) on x86-64: about 2.5 KiB per
//! nesting level for brackets and calls, so the deepest input needs under 1 MiB. The
//! functions on the recursive path keep their uncommon cases in `#[inline(never)]` helpers
//! to keep their frames small.

use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::{Expr, Module, Span};
use crate::lex::{self, Kw, LexError, Op, Tok, Token};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

pub type PResult<T> = Result<T, SyntaxError>;

/// Levels of grammar recursion allowed (brackets, lambdas, blocks, ...).
pub const MAX_NESTING: u32 = 200;
/// The deepest AST (in expression nodes) the parser builds.
pub const MAX_HEIGHT: u32 = 1000;

const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";

/// Parses a whole module (a file, a `-c` string or one REPL input).
pub fn parse_module(src: &str) -> Result<Module, SyntaxError> {
    let mut p = Parser::new(src, lex::tokenize(src));
    let body = p.module_body().map_err(|e| p.final_error(e))?;
    Ok(Module { body })
}

/// Parses the input of `eval()`: one expression list, optionally followed by newlines
/// (CPython's `eval: expressions NEWLINE* ENDMARKER`: no `;`, no starred items).
pub fn parse_expression(src: &str) -> Result<Expr, SyntaxError> {
    let mut p = Parser::new(src, lex::tokenize(src));
    let r = p.expressions().and_then(|e| {
        if let Some(err) = p.legacy_statement(&e) {
            return Err(err);
        }
        while p.at(&Tok::Newline) {
            p.bump();
        }
        if p.at(&Tok::EndMarker) {
            Ok(e)
        } else {
            Err(p.invalid())
        }
    });
    r.map_err(|e| p.final_error(e))
}

pub struct Parser<'s> {
    pub src: &'s str,
    toks: Vec<Token>,
    pub pos: usize,
    lex_error: Option<LexError>,
    /// Current grammar recursion depth.
    pub depth: u32,
    /// High-water mark of `depth + height` for trees being measured (see the module doc).
    pub high: u32,
    /// Inside `attempt`: literal payloads are cloned, not taken, so a rewind finds them.
    speculating: u32,
}

impl<'s> Parser<'s> {
    pub fn new(src: &'s str, lexed: lex::Lexed) -> Parser<'s> {
        let mut toks = lexed.tokens;
        if toks.is_empty() {
            let end = src.len() as u32;
            toks.push(Token {
                tok: Tok::EndMarker,
                span: Span::new(end, end),
            });
        }
        Parser {
            src,
            toks,
            pos: 0,
            lex_error: lexed.error,
            depth: 0,
            high: 0,
            speculating: 0,
        }
    }

    // ----- Token access -----

    #[inline]
    pub fn tok(&self) -> &Tok {
        &self.toks[self.pos].tok
    }

    #[inline]
    pub fn span(&self) -> Span {
        self.toks[self.pos].span
    }

    /// The token `n` places ahead (the last token if that is past the end).
    pub fn peek(&self, n: usize) -> &Tok {
        let i = self.pos.saturating_add(n).min(self.toks.len() - 1);
        &self.toks[i].tok
    }

    /// Moves to the next token (never past the last) and returns the span of this one.
    #[inline]
    pub fn bump(&mut self) -> Span {
        let s = self.span();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        s
    }

    /// Takes the current token's payload (for literals) and moves on.
    pub fn take(&mut self) -> (Tok, Span) {
        let span = self.span();
        let tok = if self.speculating > 0 {
            self.toks[self.pos].tok.clone()
        } else {
            core::mem::replace(&mut self.toks[self.pos].tok, Tok::Taken)
        };
        self.bump();
        (tok, span)
    }

    /// End of the previous token: where a node that ends at the last consumed token ends.
    pub fn prev_end(&self) -> u32 {
        match self.pos.checked_sub(1) {
            Some(i) => self.toks[i].span.end,
            None => 0,
        }
    }

    /// The end of the last consumed token other than NEWLINE, INDENT and DEDENT: where a
    /// compound statement ends (including a trailing `;`, as in CPython).
    pub fn last_real_end(&self) -> u32 {
        self.toks[..self.pos.min(self.toks.len())]
            .iter()
            .rev()
            .find(|t| !matches!(t.tok, Tok::Newline | Tok::Indent | Tok::Dedent))
            .map_or(0, |t| t.span.end)
    }

    #[inline]
    pub fn at(&self, t: &Tok) -> bool {
        self.tok() == t
    }

    #[inline]
    pub fn at_op(&self, op: Op) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    #[inline]
    pub fn at_kw(&self, kw: Kw) -> bool {
        matches!(self.tok(), Tok::Kw(k) if *k == kw)
    }

    pub fn eat_op(&mut self, op: Op) -> bool {
        if self.at_op(op) {
            self.bump();
            true
        } else {
            false
        }
    }

    pub fn eat_kw(&mut self, kw: Kw) -> bool {
        if self.at_kw(kw) {
            self.bump();
            true
        } else {
            false
        }
    }

    pub fn expect_op(&mut self, op: Op) -> PResult<Span> {
        if self.at_op(op) {
            Ok(self.bump())
        } else {
            Err(self.invalid())
        }
    }

    pub fn expect_kw(&mut self, kw: Kw) -> PResult<Span> {
        if self.at_kw(kw) {
            Ok(self.bump())
        } else {
            Err(self.invalid())
        }
    }

    /// The source text of the current token.
    pub fn text(&self) -> &'s str {
        self.text_of(self.span())
    }

    pub fn text_of(&self, span: Span) -> &'s str {
        self.src
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    /// Whether the current token is the name `word` (a soft keyword such as `match`).
    pub fn at_soft(&self, word: &str) -> bool {
        matches!(self.tok(), Tok::Name) && self.text() == word
    }

    /// Consumes a NAME and returns it.
    pub fn name(&mut self) -> PResult<(String, Span)> {
        if matches!(self.tok(), Tok::Name) {
            let s = String::from(self.text());
            Ok((s, self.bump()))
        } else {
            Err(self.invalid())
        }
    }

    // ----- Errors -----

    pub fn error(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(msg, span)
    }

    /// The generic error at the current token: "invalid syntax", unless the lexer has a
    /// better explanation (its error, or a hard error later in the source, as CPython's
    /// tokenizer errors win over generic syntax errors), or the token is an INDENT.
    pub fn invalid(&self) -> SyntaxError {
        if let Some(e) = self.lex_error_here() {
            return e;
        }
        let span = self.span();
        match self.tok() {
            Tok::Indent => SyntaxError::new(
                "unexpected indent",
                Span::new(span.end.saturating_sub(1).max(span.start), span.end),
            )
            .with_kind(SyntaxErrorKind::Indentation),
            Tok::Dedent => SyntaxError::new("unexpected unindent", span)
                .with_kind(SyntaxErrorKind::Indentation),
            Tok::EndMarker => SyntaxError::new("invalid syntax", span).incomplete(),
            _ => SyntaxError::new("invalid syntax", span),
        }
    }

    /// The error to report for a failed parse that stopped with `e`. As in CPython, the
    /// rest of the source is tokenized first: a tokenizer error anywhere wins, and so does a
    /// bracket left open on a line before the error.
    pub fn final_error(&self, e: SyntaxError) -> SyntaxError {
        let Some(lex) = &self.lex_error else { return e };
        if !lex.soft {
            return lex.error.clone();
        }
        if lex.is_unclosed_bracket()
            && self.line_of(lex.error.span.start) < self.line_of(e.span.start)
        {
            // More input cannot fix the error found before the end.
            let mut err = lex.error.clone();
            err.incomplete = e.incomplete;
            return err;
        }
        e
    }

    /// The lexer's error if the parser has reached it, or a hard lexer error anywhere.
    pub fn lex_error_here(&self) -> Option<SyntaxError> {
        let e = self.lex_error.as_ref()?;
        if matches!(self.tok(), Tok::Error) || !e.soft {
            Some(e.error.clone())
        } else {
            None
        }
    }

    /// A specific error at `span`, unless the parser stands on the lexer's error token
    /// (then the lexer's error explains it better).
    pub fn specific(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        if matches!(self.tok(), Tok::Error)
            && let Some(e) = &self.lex_error
        {
            return e.error.clone();
        }
        SyntaxError::new(msg, span)
    }

    pub fn too_deep(&self) -> SyntaxError {
        // The lexer's bracket and indentation limits are met at the same depth: prefer
        // their messages, as CPython's tokenizer would report them first.
        if let Some(e) = &self.lex_error
            && !e.soft
        {
            return e.error.clone();
        }
        SyntaxError::new(TOO_DEEP, self.span()).with_kind(SyntaxErrorKind::TooDeep)
    }

    // ----- Depth bounds -----

    /// Enters one level of grammar recursion; pair every successful call with `leave`.
    pub fn enter(&mut self) -> PResult<()> {
        if self.depth >= MAX_NESTING {
            return Err(self.too_deep());
        }
        self.depth += 1;
        if self.depth > self.high {
            self.high = self.depth;
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Starts measuring the height of the next subtree; returns the mark to restore.
    #[inline]
    pub fn measure(&mut self) -> u32 {
        core::mem::replace(&mut self.high, self.depth)
    }

    /// The height of what was parsed since `measure` (or the last `remeasure`).
    #[inline]
    pub fn measured(&self) -> u32 {
        self.high.saturating_sub(self.depth)
    }

    #[inline]
    pub fn remeasure(&mut self) {
        self.high = self.depth;
    }

    /// Checks that a tree of height `h` built here is within bounds and records it.
    pub fn grow(&mut self, h: u32) -> PResult<()> {
        let abs = self.depth.saturating_add(h);
        if abs > MAX_HEIGHT {
            return Err(self.too_deep());
        }
        if abs > self.high {
            self.high = abs;
        }
        Ok(())
    }

    /// Ends a measurement begun with `measure`, keeping the larger high-water mark.
    #[inline]
    pub fn end_measure(&mut self, saved: u32) {
        if saved > self.high {
            self.high = saved;
        }
    }

    // ----- Backtracking -----

    /// Runs `f`; on failure (other than a depth error) rewinds and returns `None`.
    pub fn attempt<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<Option<T>> {
        let (pos, depth, high) = (self.pos, self.depth, self.high);
        self.speculating += 1;
        let r = f(self);
        self.speculating -= 1;
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.kind == SyntaxErrorKind::TooDeep => Err(e),
            Err(_) => {
                self.pos = pos;
                self.depth = depth;
                self.high = high;
                Ok(None)
            }
        }
    }

    /// Swaps in another token list (for an f-string expression); returns the old one.
    pub fn swap_tokens(&mut self, lexed: lex::Lexed) -> (Vec<Token>, usize, Option<LexError>) {
        let mut toks = lexed.tokens;
        if toks.is_empty() {
            toks.push(Token {
                tok: Tok::EndMarker,
                span: self.span(),
            });
        }
        let old_toks = core::mem::replace(&mut self.toks, toks);
        let old_err = core::mem::replace(&mut self.lex_error, lexed.error);
        let old_pos = core::mem::replace(&mut self.pos, 0);
        (old_toks, old_pos, old_err)
    }

    pub fn restore_tokens(&mut self, saved: (Vec<Token>, usize, Option<LexError>)) {
        self.toks = saved.0;
        self.pos = saved.1;
        self.lex_error = saved.2;
    }
}
