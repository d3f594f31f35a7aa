//! f-strings (CPython 3.11 semantics): splitting the body into literal text and replacement
//! fields `{expr!conv:spec}`, and parsing each field's expression.
//!
//! The lexer hands over the body as a span. Here the body is scanned once: literal text is
//! decoded as a str literal (`{{` and `}}` stand for braces), and for each field the end
//! of the expression is found by tracking brackets and quotes, as CPython 3.11 does; the
//! expression is then tokenized in place (so its spans point into the file) and parsed by
//! this same parser, as if it were in parentheses. Format specs may hold nested fields, two
//! levels deep at most.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use super::atom::push_literal;
use super::expr::mk;
use super::parser::{PResult, Parser};
use crate::ast::{Expr, ExprKind, FStringPart, FormattedValue, Span};
use crate::lex::{self, Op, Tok};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// Nesting of format specs allowed, as in CPython.
const MAX_SPEC_NESTING: u32 = 2;

impl Parser<'_> {
    /// Where errors in an f-string's text are reported: just after the literal, as CPython
    /// 3.11 does (errors in a field's expression point into the expression instead).
    fn after_literal(&self) -> Span {
        let end = self.prev_end();
        Span::new(end, end)
    }

    /// Parses the body of an f-string token, appending its parts to `parts`.
    pub fn fstring_body(
        &mut self,
        raw: bool,
        body: Span,
        parts: &mut Vec<FStringPart>,
        nest: u32,
    ) -> PResult<()> {
        let end = body.end as usize;
        let stop = self.fstring_parts(raw, body.start as usize, end, false, nest, parts)?;
        debug_assert_eq!(stop, end);
        Ok(())
    }

    /// Literal text and fields from `i` to `end`; in a format spec (`spec`), stops at the
    /// `}` closing it and returns its position.
    fn fstring_parts(
        &mut self,
        raw: bool,
        mut i: usize,
        end: usize,
        spec: bool,
        nest: u32,
        parts: &mut Vec<FStringPart>,
    ) -> PResult<usize> {
        let bytes = self.src.as_bytes();
        let mut lit = String::new();
        let mut seg = i;
        loop {
            if i >= end {
                if spec {
                    return Err(self.error("f-string: expecting '}'", self.after_literal()));
                }
                self.fstring_literal(raw, seg, end, &mut lit)?;
                push_literal(parts, &lit);
                return Ok(end);
            }
            match bytes[i] {
                b'{' if !spec && bytes.get(i + 1) == Some(&b'{') && i + 1 < end => {
                    self.fstring_literal(raw, seg, i + 1, &mut lit)?;
                    i += 2;
                    seg = i;
                }
                b'}' if !spec && bytes.get(i + 1) == Some(&b'}') && i + 1 < end => {
                    self.fstring_literal(raw, seg, i + 1, &mut lit)?;
                    i += 2;
                    seg = i;
                }
                b'}' if spec => {
                    self.fstring_literal(raw, seg, i, &mut lit)?;
                    push_literal(parts, &lit);
                    return Ok(i);
                }
                b'}' => {
                    let span = self.after_literal();
                    return Err(self.error("f-string: single '}' is not allowed", span));
                }
                b'{' => {
                    self.fstring_literal(raw, seg, i, &mut lit)?;
                    push_literal(parts, &core::mem::take(&mut lit));
                    let (value, next) = self.fstring_field(raw, i, end, nest)?;
                    parts.push(FStringPart::Value(value));
                    i = next;
                    seg = i;
                }
                b'\\' if !raw => {
                    // Skip the escaped character so it is not taken for a brace, except
                    // a brace itself; `\N{...}` is skipped whole.
                    match bytes.get(i + 1) {
                        Some(b'N') if bytes.get(i + 2) == Some(&b'{') => {
                            let close = bytes[i..end].iter().position(|&b| b == b'}');
                            i = close.map_or(end, |n| i + n + 1);
                        }
                        Some(b'{' | b'}') | None => i += 1,
                        Some(_) => i += 2,
                    }
                }
                _ => i += 1,
            }
        }
    }

    /// Appends the literal text `src[from..to]` of an f-string, decoding escapes unless raw.
    fn fstring_literal(&self, raw: bool, from: usize, to: usize, out: &mut String) -> PResult<()> {
        let Some(text) = self.src.get(from..to.max(from)) else {
            return Ok(());
        };
        if raw {
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                if c == '\r' {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push('\n');
                } else {
                    out.push(c);
                }
            }
            return Ok(());
        }
        lex::decode_str_into(out, text, self.after_literal())
    }

    /// A replacement field starting at the `{` at `open`; returns it and the index after
    /// its `}`.
    fn fstring_field(
        &mut self,
        raw: bool,
        open: usize,
        end: usize,
        nest: u32,
    ) -> PResult<(FormattedValue, usize)> {
        let bytes = self.src.as_bytes();
        if nest >= MAX_SPEC_NESTING {
            let span = self.after_literal();
            return Err(self.error("f-string: expressions nested too deeply", span));
        }
        let expr_start = open + 1;
        let mut j = self.fstring_expr_end(expr_start, end)?;
        let text = self.src.get(expr_start..j).unwrap_or("");
        if text.trim().is_empty() {
            let span = self.after_literal();
            let msg = match bytes.get(j) {
                Some(&c @ (b'!' | b':' | b'=')) => {
                    alloc::format!("f-string: expression required before '{}'", c as char)
                }
                _ => String::from("f-string: empty expression not allowed"),
            };
            return Err(self.error(msg, span));
        }
        let value = self.fstring_expr(expr_start, j)?;
        let mut debug_text = None;
        if bytes.get(j) == Some(&b'=') && j < end {
            j += 1;
            while j < end && matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                j += 1;
            }
            debug_text = Some(String::from(self.src.get(expr_start..j).unwrap_or("")));
        }
        let mut conversion = None;
        if j < end && bytes[j] == b'!' {
            j += 1;
            match bytes.get(j) {
                Some(&c @ (b'r' | b's' | b'a')) if j < end => {
                    conversion = Some(c as char);
                    j += 1;
                }
                _ => {
                    let span = self.after_literal();
                    let msg = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
                    return Err(self.error(msg, span));
                }
            }
        }
        let mut format_spec = None;
        if j < end && bytes[j] == b':' {
            let mut spec = Vec::new();
            j = self.fstring_parts(raw, j + 1, end, true, nest + 1, &mut spec)?;
            format_spec = Some(spec);
        }
        if j >= end || bytes[j] != b'}' {
            return Err(self.error("f-string: expecting '}'", self.after_literal()));
        }
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        let fv = FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
            debug_text,
        };
        Ok((fv, j + 1))
    }

    /// Finds where the expression of a field starting at `i` ends: at a `}`, `!`, `:` or
    /// `=` outside brackets and strings (but not at `!=`, `==`, `<=`, `>=`).
    fn fstring_expr_end(&self, mut i: usize, end: usize) -> PResult<usize> {
        let bytes = self.src.as_bytes();
        let mut stack: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        let at = |i: usize| if i < end { bytes[i] } else { 0 };
        let err = |msg: &str| Err(SyntaxError::new(msg, self.after_literal()));
        loop {
            if i >= end {
                if quote.is_some() {
                    return err("f-string: unterminated string");
                }
                if let Some(&open) = stack.last() {
                    return err(&alloc::format!("f-string: unmatched '{}'", open as char));
                }
                return err("f-string: expecting '}'");
            }
            let c = bytes[i];
            if let Some((q, triple)) = quote {
                if c == b'\\' {
                    return err("f-string expression part cannot include a backslash");
                }
                if c == q {
                    if !triple {
                        quote = None;
                    } else if at(i + 1) == q && at(i + 2) == q {
                        quote = None;
                        i += 2;
                    }
                }
                i += 1;
                continue;
            }
            match c {
                b'\\' => return err("f-string expression part cannot include a backslash"),
                b'#' => return err("f-string expression part cannot include '#'"),
                b'\'' | b'"' => {
                    if at(i + 1) == c && at(i + 2) == c {
                        quote = Some((c, true));
                        i += 2;
                    } else {
                        quote = Some((c, false));
                    }
                }
                b'(' | b'[' | b'{' => {
                    if stack.len() >= lex::MAX_BRACKETS {
                        return err("f-string: too many nested parenthesis");
                    }
                    stack.push(c);
                }
                b')' | b']' | b'}' => match stack.pop() {
                    None if c == b'}' => return Ok(i),
                    None => {
                        let msg = alloc::format!("f-string: unmatched '{}'", c as char);
                        return err(&msg);
                    }
                    Some(open) => {
                        let want = match open {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        if c != want {
                            let msg = alloc::format!(
                                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char,
                                open as char
                            );
                            return err(&msg);
                        }
                    }
                },
                b'=' | b'!' | b'<' | b'>' if at(i + 1) == b'=' => i += 1,
                b'!' | b':' | b'=' if stack.is_empty() => return Ok(i),
                _ => {}
            }
            i += 1;
        }
    }

    /// Parses `src[start..end]` as the expression of a field, as if parenthesised.
    fn fstring_expr(&mut self, start: usize, end: usize) -> PResult<Expr> {
        let lexed = lex::tokenize_expr(self.src, start, end);
        let saved = self.swap_tokens(lexed);
        let r = match self.enter() {
            Ok(()) => {
                let r = self.fstring_expr_tokens();
                self.leave();
                r
            }
            Err(e) => Err(e),
        };
        self.restore_tokens(saved);
        r.map_err(|mut e| {
            if e.kind != SyntaxErrorKind::TooDeep && !e.msg.starts_with("f-string") {
                e.msg.insert_str(0, "f-string: ");
            }
            e
        })
    }

    fn fstring_expr_tokens(&mut self) -> PResult<Expr> {
        let e = if self.at(&Tok::Kw(lex::Kw::Yield)) {
            self.yield_expr()?
        } else {
            let first = self.star_named_expression()?;
            // The field is parsed as if in parentheses: `(*x)` and `(*x for ...)` are errors.
            let starred = matches!(first.kind, ExprKind::Starred(_));
            if starred && self.at_comp_for() {
                let msg = "iterable unpacking cannot be used in comprehension";
                return Err(self.error(msg, first.span));
            }
            if starred && !self.at_op(Op::Comma) {
                return Err(self.error("cannot use starred expression here", first.span));
            }
            if self.at_comp_for() {
                let start = first.span.start;
                let generators = self.comp_for()?;
                let elt = Box::new(first);
                mk(
                    ExprKind::GeneratorExp { elt, generators },
                    start,
                    self.prev_end(),
                )
            } else if self.at_op(Op::Comma) {
                let start = first.span.start;
                let mut elts = alloc::vec![first];
                while self.eat_op(Op::Comma) {
                    if self.at(&Tok::EndMarker) {
                        break;
                    }
                    elts.push(self.star_named_expression()?);
                }
                mk(ExprKind::Tuple(elts), start, self.prev_end())
            } else {
                first
            }
        };
        if !self.at(&Tok::EndMarker) {
            return Err(self.missing_comma(&e));
        }
        Ok(e)
    }
}
