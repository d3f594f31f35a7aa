//! Atoms: names, literals (with implicit string concatenation), parenthesised forms,
//! list/set/dict displays and comprehensions.
//!
//! Every bracketed form goes through `Parser::enter`, so bracket nesting is bounded both by
//! the lexer's limit and by the parser's.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::expr::mk;
use super::parser::{PResult, Parser};
use super::target;
use crate::ast::{Comprehension, Constant, Expr, ExprKind, FStringPart, Span};
use crate::lex::{Kw, Op, Tok};

impl Parser<'_> {
    pub fn atom(&mut self) -> PResult<Expr> {
        let span = self.span();
        let constant = |c| Ok(mk(ExprKind::Constant(c), span.start, span.end));
        match self.tok() {
            Tok::Name => {
                let (name, span) = self.name()?;
                Ok(mk(ExprKind::Name(name), span.start, span.end))
            }
            Tok::Kw(Kw::None) => {
                self.bump();
                constant(Constant::None)
            }
            Tok::Kw(Kw::True) => {
                self.bump();
                constant(Constant::True)
            }
            Tok::Kw(Kw::False) => {
                self.bump();
                constant(Constant::False)
            }
            Tok::Op(Op::Ellipsis) => {
                self.bump();
                constant(Constant::Ellipsis)
            }
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => self.number(),
            Tok::Str(_) | Tok::Bytes(_) | Tok::FStr { .. } => self.strings(),
            Tok::Op(Op::LPar) => self.bracketed(Self::paren),
            Tok::Op(Op::LSqb) => self.bracketed(Self::list),
            Tok::Op(Op::LBrace) => self.bracketed(Self::brace),
            _ => Err(self.invalid()),
        }
    }

    #[inline(never)]
    fn number(&mut self) -> PResult<Expr> {
        let (tok, span) = self.take();
        let c = match tok {
            Tok::Int(i) => Constant::Int(i),
            Tok::Float(f) => Constant::Float(f),
            Tok::Imag(f) => Constant::Imaginary(f),
            _ => Constant::None,
        };
        Ok(mk(ExprKind::Constant(c), span.start, span.end))
    }

    fn bracketed(&mut self, f: fn(&mut Self, u32) -> PResult<Expr>) -> PResult<Expr> {
        let start = self.bump().start;
        self.enter()?;
        let r = f(self, start);
        self.leave();
        r
    }

    /// After `(`: `()`, a group, a tuple, a generator expression or `(yield ...)`.
    fn paren(&mut self, start: u32) -> PResult<Expr> {
        if self.at_op(Op::RPar) {
            let end = self.bump().end;
            return Ok(mk(ExprKind::Tuple(Vec::new()), start, end));
        }
        if self.at_kw(Kw::Yield) {
            let e = self.yield_expr()?;
            self.close(Op::RPar, &e)?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        if self.at_comp_for() {
            let elt = self.comp_element(first)?;
            let generators = self.comp_for()?;
            let end = self.expect_op(Op::RPar)?.end;
            return Ok(mk(ExprKind::GeneratorExp { elt, generators }, start, end));
        }
        if self.at_op(Op::RPar) {
            // A group keeps the span of its contents; a tuple's span takes in the brackets.
            self.bump();
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.error("cannot use starred expression here", first.span));
            }
            return Ok(first);
        }
        let elts = self.display_rest(first, Op::RPar)?;
        Ok(mk(ExprKind::Tuple(elts), start, self.prev_end()))
    }

    /// The rest of a comma-separated display after its first element, through the closing
    /// bracket `close`.
    fn display_rest(&mut self, first: Expr, close: Op) -> PResult<Vec<Expr>> {
        let mut elts = Vec::new();
        let mut last = first;
        loop {
            if !self.eat_op(Op::Comma) {
                self.close(close, &last)?;
                elts.push(last);
                return Ok(elts);
            }
            elts.push(last);
            if self.eat_op(close) {
                return Ok(elts);
            }
            last = self.star_named_expression()?;
        }
    }

    /// After `[`: a list display or a list comprehension.
    fn list(&mut self, start: u32) -> PResult<Expr> {
        if self.at_op(Op::RSqb) {
            let end = self.bump().end;
            return Ok(mk(ExprKind::List(Vec::new()), start, end));
        }
        let first = self.star_named_expression()?;
        if self.at_comp_for() {
            let elt = self.comp_element(first)?;
            let generators = self.comp_for()?;
            let end = self.expect_op(Op::RSqb)?.end;
            return Ok(mk(ExprKind::ListComp { elt, generators }, start, end));
        }
        let elts = self.display_rest(first, Op::RSqb)?;
        Ok(mk(ExprKind::List(elts), start, self.prev_end()))
    }

    /// After `{`: a dict or set display, or a dict or set comprehension.
    fn brace(&mut self, start: u32) -> PResult<Expr> {
        if self.at_op(Op::RBrace) {
            let end = self.bump().end;
            return Ok(mk(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                start,
                end,
            ));
        }
        if self.at_op(Op::DoubleStar) {
            return self.dict_rest(start, Vec::new(), Vec::new());
        }
        let parenthesised = self.at_op(Op::LPar);
        let first = self.star_named_expression()?;
        if !self.at_op(Op::Colon) {
            if self.at_comp_for() {
                let elt = self.comp_element(first)?;
                let generators = self.comp_for()?;
                let end = self.expect_op(Op::RBrace)?.end;
                return Ok(mk(ExprKind::SetComp { elt, generators }, start, end));
            }
            let elts = self.display_rest(first, Op::RBrace)?;
            return Ok(mk(ExprKind::Set(elts), start, self.prev_end()));
        }
        // A key is an `expression`: a walrus needs its own parentheses.
        let named = matches!(first.kind, ExprKind::NamedExpr { .. }) && !parenthesised;
        if named || matches!(first.kind, ExprKind::Starred(_)) {
            return Err(self.invalid());
        }
        self.bump();
        let value = self.dict_value()?;
        if self.at_comp_for() {
            let generators = self.comp_for()?;
            let end = self.expect_op(Op::RBrace)?.end;
            let kind = ExprKind::DictComp {
                key: Box::new(first),
                value: Box::new(value),
                generators,
            };
            return Ok(mk(kind, start, end));
        }
        self.dict_rest(start, vec![Some(first)], vec![value])
    }

    fn dict_value(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return Err(self.error(
                "cannot use a starred expression in a dictionary value",
                self.span(),
            ));
        }
        if self.at_op(Op::Comma) || self.at_op(Op::RBrace) {
            let colon = Span::new(self.prev_end().saturating_sub(1), self.prev_end());
            return Err(self.error("expression expected after dictionary key and ':'", colon));
        }
        self.expression()
    }

    /// Dict entries after the ones given, through the `}`. Stands on a `**` when there are
    /// none yet, otherwise after the last value.
    fn dict_rest(
        &mut self,
        start: u32,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> PResult<Expr> {
        if keys.is_empty() {
            let unpack = self.span();
            self.dict_entry(&mut keys, &mut values)?;
            if self.at_comp_for() {
                // `{**x for x in y}` as a whole is CPython's one specific error here.
                let at_for = self.span();
                self.comp_for()?;
                if self.at_op(Op::RBrace) {
                    let msg = "dict unpacking cannot be used in dict comprehension";
                    return Err(self.error(msg, unpack));
                }
                return Err(self.error("invalid syntax", at_for));
            }
        }
        loop {
            if !self.eat_op(Op::Comma) {
                match values.last() {
                    Some(last) => self.close(Op::RBrace, last)?,
                    None => self.expect_op(Op::RBrace)?.end,
                };
                break;
            }
            if self.eat_op(Op::RBrace) {
                break;
            }
            self.dict_entry(&mut keys, &mut values)?;
        }
        Ok(mk(ExprKind::Dict { keys, values }, start, self.prev_end()))
    }

    /// `'**' bitwise_or | expression ':' expression`.
    fn dict_entry(&mut self, keys: &mut Vec<Option<Expr>>, values: &mut Vec<Expr>) -> PResult<()> {
        if self.eat_op(Op::DoubleStar) {
            keys.push(None);
            values.push(self.bitwise_or()?);
            return Ok(());
        }
        let key = self.expression()?;
        if !self.eat_op(Op::Colon) {
            if self.at_op(Op::Comma) || self.at_op(Op::RBrace) {
                return Err(self.error("':' expected after dictionary key", key.span));
            }
            return Err(self.missing_comma(&key));
        }
        values.push(self.dict_value()?);
        keys.push(Some(key));
        Ok(())
    }

    pub fn at_comp_for(&self) -> bool {
        self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && matches!(self.peek(1), Tok::Kw(Kw::For)))
    }

    /// Checks the element of a comprehension and boxes it.
    fn comp_element(&self, elt: Expr) -> PResult<Box<Expr>> {
        if matches!(elt.kind, ExprKind::Starred(_)) {
            return Err(self.error(
                "iterable unpacking cannot be used in comprehension",
                elt.span,
            ));
        }
        Ok(Box::new(elt))
    }

    /// `('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+`.
    pub fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_comp_for() {
            let is_async = self.eat_kw(Kw::Async);
            self.bump();
            let target = self.target_list()?;
            target::check_assign(self, &target)?;
            if !self.eat_kw(Kw::In) {
                return Err(self.invalid());
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(generators)
    }

    /// A `for` target: `star_target (',' star_target)* [',']`, stopping before `in`.
    pub fn target_list(&mut self) -> PResult<Expr> {
        self.comma_tuple(Self::target_elem)
    }

    pub fn target_elem(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred(|p| p.bitwise_or());
        }
        self.bitwise_or()
    }

    /// Adjacent string literals, joined: str, bytes, or an f-string when any part is one.
    #[inline(never)]
    fn strings(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let mut text = String::new();
        let mut bytes: Option<Vec<u8>> = None;
        let mut parts: Option<Vec<FStringPart>> = None;
        let mut seen_str = false;
        loop {
            let is_bytes = match self.tok() {
                Tok::Bytes(_) => true,
                Tok::Str(_) | Tok::FStr { .. } => false,
                _ => break,
            };
            if (is_bytes && seen_str) || (!is_bytes && bytes.is_some()) {
                // Reported after the last of the adjacent literals, as CPython does.
                while matches!(self.tok(), Tok::Str(_) | Tok::Bytes(_) | Tok::FStr { .. }) {
                    self.bump();
                }
                let end = self.prev_end();
                let msg = "cannot mix bytes and nonbytes literals";
                return Err(self.error(msg, crate::ast::Span::new(end, end)));
            }
            match self.take().0 {
                Tok::Bytes(b) => match &mut bytes {
                    Some(all) => all.extend_from_slice(&b),
                    None => bytes = Some(b),
                },
                Tok::Str(s) => {
                    seen_str = true;
                    match &mut parts {
                        Some(p) => push_literal(p, &s),
                        None if text.is_empty() => text = s,
                        None => text.push_str(&s),
                    }
                }
                Tok::FStr { raw, body } => {
                    seen_str = true;
                    let p = parts.get_or_insert_with(Vec::new);
                    if !text.is_empty() {
                        push_literal(p, &core::mem::take(&mut text));
                    }
                    let mut p = core::mem::take(p);
                    self.fstring_body(raw, body, &mut p, 0)?;
                    parts = Some(p);
                }
                _ => {}
            }
        }
        let end = self.prev_end();
        let kind = match (bytes, parts) {
            (Some(b), _) => ExprKind::Constant(Constant::Bytes(b)),
            (None, Some(p)) => ExprKind::FString(p),
            (None, None) => ExprKind::Constant(Constant::Str(text)),
        };
        Ok(mk(kind, start, end))
    }
}

/// Appends literal text to f-string parts, merging with a preceding literal.
pub fn push_literal(parts: &mut Vec<FStringPart>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(last)) = parts.last_mut() {
        last.push_str(s);
    } else {
        parts.push(FStringPart::Literal(String::from(s)));
    }
}
