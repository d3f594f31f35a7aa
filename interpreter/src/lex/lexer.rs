//! The tokenizer's main loop: one pass over the source bytes producing all tokens.
//!
//! The whole source is tokenized before parsing, so the parser can look ahead and backtrack
//! freely (it needs to for `match` and parenthesised `with` items). If the lexer meets an
//! error it stops there: the token list ends with [`Tok::Error`] and [`Lexed::error`] says
//! why. Otherwise it ends with NEWLINE (if the last line had tokens), DEDENTs closing every
//! open block, and ENDMARKER. Inside brackets there are no NEWLINE, INDENT or DEDENT tokens.
//!
//! Invariant: at most [`MAX_BRACKETS`] brackets are ever open, and at most
//! [`super::indent::MAX_INDENT`] indentation levels, so the parser's recursion on them is bounded.

use alloc::format;
use alloc::vec::Vec;

use super::cursor::{
    Cursor, is_ascii_id_continue, is_ascii_id_start, is_id_continue, is_id_start, is_printable,
};
use super::indent::{Change, Indents};
use super::number::lex_number;
use super::string::{self, lex_string};
use super::token::{Kw, Op, Tok, Token};
use crate::ast::Span;
use crate::syntax_error::SyntaxError;

/// CPython's tokenizer limit on nested brackets.
pub const MAX_BRACKETS: usize = 200;

/// The tokens of a source, and the error that stopped the lexer, if any.
#[derive(Debug)]
pub struct Lexed {
    pub tokens: Vec<Token>,
    pub error: Option<LexError>,
}

#[derive(Debug, Clone)]
pub struct LexError {
    pub error: SyntaxError,
    /// A soft error is reported only if the parser gets as far as it; a hard one replaces
    /// any error the parser finds earlier, as CPython's tokenizer errors do. Soft ones are
    /// those CPython reports only when its parser asks for the token (indentation, line
    /// continuation, an unclosed bracket at the end, a stray `$`) or finds while parsing
    /// (bad escapes in literals).
    pub soft: bool,
}

/// Tokenizes a whole module.
pub fn tokenize(src: &str) -> Lexed {
    let mut lx = Lexer::new(src, 0, src.len(), false);
    if let Some(err) = check_source(src) {
        lx.tokens.push(Token {
            tok: Tok::Error,
            span: err.span,
        });
        return Lexed {
            tokens: lx.tokens,
            error: Some(LexError {
                error: err,
                soft: false,
            }),
        };
    }
    // A UTF-8 byte order mark at the start is not part of the program.
    if src.starts_with('\u{FEFF}') {
        lx.cur.pos = 3;
    }
    lx.run()
}

/// Tokenizes the expression `src[start..end]` of an f-string replacement field, as if it were
/// inside parentheses (no NEWLINE or indentation tokens). Offsets stay absolute.
pub fn tokenize_expr(src: &str, start: usize, end: usize) -> Lexed {
    Lexer::new(src, start, end, true).run()
}

fn check_source(src: &str) -> Option<SyntaxError> {
    if u32::try_from(src.len()).is_err() {
        return Some(SyntaxError::new("source code too long", Span::new(0, 0)));
    }
    let nul = src.bytes().position(|b| b == 0)?;
    Some(SyntaxError::new(
        "source code cannot contain null bytes",
        Span::new(nul as u32, nul as u32 + 1),
    ))
}

struct Lexer<'s> {
    cur: Cursor<'s>,
    tokens: Vec<Token>,
    indents: Indents,
    /// Open brackets: the byte and its offset.
    brackets: Vec<(u8, u32)>,
    /// Lexing an f-string expression: never at a line start, newlines are whitespace.
    expr_mode: bool,
    at_line_start: bool,
}

impl<'s> Lexer<'s> {
    fn new(src: &'s str, start: usize, end: usize, expr_mode: bool) -> Lexer<'s> {
        Lexer {
            cur: Cursor::new(src, start, end),
            tokens: Vec::with_capacity((end.saturating_sub(start)) / 4 + 4),
            indents: Indents::new(),
            brackets: Vec::new(),
            expr_mode,
            at_line_start: !expr_mode,
        }
    }

    fn run(mut self) -> Lexed {
        let error = match self.lex_all() {
            Ok(()) => None,
            Err(e) => {
                self.tokens.push(Token {
                    tok: Tok::Error,
                    span: e.error.span,
                });
                Some(e)
            }
        };
        Lexed {
            tokens: self.tokens,
            error,
        }
    }

    fn push(&mut self, tok: Tok, start: usize) {
        let span = self.cur.span_from(start);
        self.tokens.push(Token { tok, span });
    }

    fn lex_all(&mut self) -> Result<(), LexError> {
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                if self.line_start()? {
                    continue;
                }
            }
            while matches!(self.cur.peek(), b' ' | b'\t' | b'\x0c') {
                self.cur.bump();
            }
            if self.cur.at_end() {
                return self.end_of_input();
            }
            let start = self.cur.pos;
            let b = self.cur.peek();
            match b {
                b'#' => self.cur.skip_to_eol(),
                b'\n' | b'\r' => {
                    self.cur.eat_newline();
                    if self.brackets.is_empty() && !self.expr_mode {
                        self.push(Tok::Newline, start);
                        self.at_line_start = true;
                    }
                }
                b'\\' => {
                    self.cur.bump();
                    let continued = self.cur.eat_newline();
                    if !continued || self.cur.at_end() {
                        // CPython points just after the backslash.
                        let after = Span::new(start as u32 + 1, self.cur.pos.max(start + 1) as u32);
                        let err = if continued || self.cur.at_end() {
                            SyntaxError::new("unexpected EOF while parsing", after).incomplete()
                        } else {
                            SyntaxError::new(
                                "unexpected character after line continuation character",
                                after,
                            )
                        };
                        return Err(LexError {
                            error: err,
                            soft: true,
                        });
                    }
                }
                b'0'..=b'9' => {
                    let tok = lex_number(&mut self.cur).map_err(hard)?;
                    self.push(tok, start);
                }
                b'.' if self.cur.peek_at(1).is_ascii_digit() => {
                    let tok = lex_number(&mut self.cur).map_err(hard)?;
                    self.push(tok, start);
                }
                b'\'' | b'"' => {
                    let p = string::Prefix {
                        raw: false,
                        bytes: false,
                        fmt: false,
                    };
                    let tok = lex_string(&mut self.cur, start, p)?;
                    self.push(tok, start);
                }
                _ if is_ascii_id_start(b) || b >= 0x80 => self.word(start)?,
                _ => self.operator(start)?,
            }
        }
    }

    /// Handles indentation at the start of a logical line. Returns true if the line was
    /// blank or a comment (and has been consumed), so the caller starts over.
    fn line_start(&mut self) -> Result<bool, LexError> {
        if self.expr_mode || !self.brackets.is_empty() {
            return Ok(false);
        }
        let line_start = self.cur.pos;
        let (col, alt) = Indents::measure(&mut self.cur);
        match self.cur.peek() {
            b'#' | b'\n' | b'\r' => {
                self.cur.skip_to_eol();
                self.cur.eat_newline();
                self.at_line_start = true;
                return Ok(true);
            }
            _ if self.cur.at_end() => return Ok(false),
            _ => {}
        }
        let span = Span::new(line_start as u32, self.cur.pos as u32);
        match self.indents.apply(col, alt, span).map_err(|mut e| {
            // CPython reports an unindent mismatch at the end of the offending line.
            if e.kind == crate::syntax_error::SyntaxErrorKind::Indentation
                && e.msg.starts_with("unindent")
            {
                let mut probe = self.cur.clone();
                probe.skip_to_eol();
                e.span = Span::new(probe.pos as u32, probe.pos as u32);
            }
            LexError {
                error: e,
                soft: true,
            }
        })? {
            Change::Same => {}
            Change::Indent => self.tokens.push(Token {
                tok: Tok::Indent,
                span,
            }),
            Change::Dedent(n) => {
                let at = Span::new(self.cur.pos as u32, self.cur.pos as u32);
                for _ in 0..n {
                    self.tokens.push(Token {
                        tok: Tok::Dedent,
                        span: at,
                    });
                }
            }
        }
        Ok(false)
    }

    fn end_of_input(&mut self) -> Result<(), LexError> {
        if let Some(&(b, at)) = self.brackets.last() {
            let err = SyntaxError::new(
                format!("'{}' was never closed", b as char),
                Span::new(at, at + 1),
            )
            .incomplete();
            return Err(LexError {
                error: err,
                soft: true,
            });
        }
        let end = self.cur.pos;
        let at = Span::new(end as u32, end as u32);
        if !self.expr_mode {
            let needs_newline = matches!(self.tokens.last(),
                Some(t) if !matches!(t.tok, Tok::Newline | Tok::Indent | Tok::Dedent));
            if needs_newline {
                self.tokens.push(Token {
                    tok: Tok::Newline,
                    span: at,
                });
            }
            for _ in 0..self.indents.depth() {
                self.tokens.push(Token {
                    tok: Tok::Dedent,
                    span: at,
                });
            }
        }
        self.tokens.push(Token {
            tok: Tok::EndMarker,
            span: at,
        });
        Ok(())
    }

    /// An identifier, keyword, or string with a prefix.
    fn word(&mut self, start: usize) -> Result<(), LexError> {
        if self.cur.peek() >= 0x80 {
            let c = self.cur.peek_char().unwrap_or('\u{FFFD}');
            if !is_id_start(c) {
                self.cur.bump_char();
                let span = self.cur.span_from(start);
                let msg = if is_printable(c) {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                return Err(hard(SyntaxError::new(msg, span)));
            }
        }
        loop {
            let b = self.cur.peek();
            if is_ascii_id_continue(b) {
                self.cur.bump();
            } else if b >= 0x80 {
                match self.cur.peek_char() {
                    Some(c) if is_id_continue(c) => self.cur.bump_char(),
                    _ => break,
                }
            } else {
                break;
            }
        }
        let word = &self.cur.src[start..self.cur.pos];
        if matches!(self.cur.peek(), b'\'' | b'"')
            && let Some(p) = string::prefix(word.as_bytes())
        {
            let tok = lex_string(&mut self.cur, start, p)?;
            self.push(tok, start);
            return Ok(());
        }
        let tok = match Kw::from_word(word) {
            Some(kw) => Tok::Kw(kw),
            None => Tok::Name,
        };
        self.push(tok, start);
        Ok(())
    }

    fn operator(&mut self, start: usize) -> Result<(), LexError> {
        let b = self.cur.peek();
        let b1 = self.cur.peek_at(1);
        let b2 = self.cur.peek_at(2);
        let (op, len) = match (b, b1, b2) {
            (b'*', b'*', b'=') => (Op::DoubleStarEqual, 3),
            (b'/', b'/', b'=') => (Op::DoubleSlashEqual, 3),
            (b'>', b'>', b'=') => (Op::RightShiftEqual, 3),
            (b'<', b'<', b'=') => (Op::LeftShiftEqual, 3),
            (b'.', b'.', b'.') => (Op::Ellipsis, 3),
            (b'=', b'=', _) => (Op::EqEqual, 2),
            (b'!', b'=', _) => (Op::NotEqual, 2),
            (b'<', b'=', _) => (Op::LessEqual, 2),
            (b'>', b'=', _) => (Op::GreaterEqual, 2),
            (b'<', b'<', _) => (Op::LeftShift, 2),
            (b'>', b'>', _) => (Op::RightShift, 2),
            (b'*', b'*', _) => (Op::DoubleStar, 2),
            (b'/', b'/', _) => (Op::DoubleSlash, 2),
            (b'+', b'=', _) => (Op::PlusEqual, 2),
            (b'-', b'=', _) => (Op::MinEqual, 2),
            (b'*', b'=', _) => (Op::StarEqual, 2),
            (b'/', b'=', _) => (Op::SlashEqual, 2),
            (b'%', b'=', _) => (Op::PercentEqual, 2),
            (b'&', b'=', _) => (Op::AmperEqual, 2),
            (b'|', b'=', _) => (Op::VBarEqual, 2),
            (b'^', b'=', _) => (Op::CircumflexEqual, 2),
            (b'@', b'=', _) => (Op::AtEqual, 2),
            (b'-', b'>', _) => (Op::RArrow, 2),
            (b':', b'=', _) => (Op::ColonEqual, 2),
            (b'(', _, _) => (Op::LPar, 1),
            (b')', _, _) => (Op::RPar, 1),
            (b'[', _, _) => (Op::LSqb, 1),
            (b']', _, _) => (Op::RSqb, 1),
            (b'{', _, _) => (Op::LBrace, 1),
            (b'}', _, _) => (Op::RBrace, 1),
            (b':', _, _) => (Op::Colon, 1),
            (b',', _, _) => (Op::Comma, 1),
            (b';', _, _) => (Op::Semi, 1),
            (b'+', _, _) => (Op::Plus, 1),
            (b'-', _, _) => (Op::Minus, 1),
            (b'*', _, _) => (Op::Star, 1),
            (b'/', _, _) => (Op::Slash, 1),
            (b'|', _, _) => (Op::VBar, 1),
            (b'&', _, _) => (Op::Amper, 1),
            (b'<', _, _) => (Op::Less, 1),
            (b'>', _, _) => (Op::Greater, 1),
            (b'=', _, _) => (Op::Equal, 1),
            (b'.', _, _) => (Op::Dot, 1),
            (b'%', _, _) => (Op::Percent, 1),
            (b'~', _, _) => (Op::Tilde, 1),
            (b'^', _, _) => (Op::Circumflex, 1),
            (b'@', _, _) => (Op::At, 1),
            _ => {
                // `$`, `?`, `!` and backquote are not Python; control characters neither.
                self.cur.bump();
                let span = self.cur.span_from(start);
                if b.is_ascii_graphic() {
                    return Err(LexError {
                        error: SyntaxError::new("invalid syntax", span),
                        soft: true,
                    });
                }
                let msg = format!("invalid non-printable character U+{:04X}", b as u32);
                return Err(hard(SyntaxError::new(msg, span)));
            }
        };
        for _ in 0..len {
            self.cur.bump();
        }
        match op {
            Op::LPar | Op::LSqb | Op::LBrace => {
                if self.brackets.len() >= MAX_BRACKETS {
                    let err =
                        SyntaxError::new("too many nested parentheses", self.cur.span_from(start));
                    return Err(hard(err));
                }
                self.brackets.push((b, start as u32));
            }
            Op::RPar | Op::RSqb | Op::RBrace => self.close_bracket(b, start)?,
            _ => {}
        }
        self.push(Tok::Op(op), start);
        Ok(())
    }

    fn close_bracket(&mut self, b: u8, start: usize) -> Result<(), LexError> {
        let span = self.cur.span_from(start);
        let Some((open, at)) = self.brackets.pop() else {
            return Err(hard(SyntaxError::new(
                format!("unmatched '{}'", b as char),
                span,
            )));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if b == expected {
            return Ok(());
        }
        let open_line = self.cur.line_of(at as usize);
        let close_line = self.cur.line_of(start);
        let msg = if open_line == close_line {
            format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                b as char, open as char
            )
        } else {
            format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                b as char, open as char, open_line
            )
        };
        Err(hard(SyntaxError::new(msg, span)))
    }
}

impl LexError {
    /// Whether this is the "'(' was never closed" error at the end of input.
    pub fn is_unclosed_bracket(&self) -> bool {
        self.soft && self.error.incomplete && self.error.msg.ends_with("was never closed")
    }
}

fn hard(error: SyntaxError) -> LexError {
    LexError { error, soft: false }
}
