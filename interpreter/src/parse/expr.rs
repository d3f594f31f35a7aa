//! Expressions, from the lowest precedence (`lambda`, `x if c else y`) down to primaries
//! (`a.b`, `f(x)`, `a[i]`).
//!
//! Binary operators use precedence climbing: left-associative chains are built in a loop,
//! and recursion only climbs the fixed number of precedence levels. Prefix operators
//! (`-`, `~`, `not`) are collected in a loop too, so `- - - x` costs no stack. `**` is
//! right-associative and binds tighter than a unary operator on its left (`-2**2` is
//! `-(2**2)`) but not on its right (`2**-1`).

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

use super::parser::{PResult, Parser};
use super::target;
use crate::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, Parameters, Span, UnaryOp};
use crate::lex::{Kw, Op, Tok};

pub fn mk(kind: ExprKind, start: u32, end: u32) -> Expr {
    Expr {
        kind,
        span: Span::new(start, end),
    }
}

impl Parser<'_> {
    /// Whether the current token can begin an expression (used to spot trailing commas).
    pub fn starts_expression(&self) -> bool {
        match self.tok() {
            Tok::Name
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Bytes(_)
            | Tok::FStr { .. } => true,
            Tok::Kw(k) => matches!(
                k,
                Kw::None | Kw::True | Kw::False | Kw::Not | Kw::Lambda | Kw::Await
            ),
            Tok::Op(o) => matches!(
                o,
                Op::LPar
                    | Op::LSqb
                    | Op::LBrace
                    | Op::Minus
                    | Op::Plus
                    | Op::Tilde
                    | Op::Star
                    | Op::Ellipsis
            ),
            _ => false,
        }
    }

    /// `star_expressions`: `a`, `*a`, `a, *b,` (a tuple when there is a comma).
    pub fn star_expressions(&mut self) -> PResult<Expr> {
        self.comma_tuple(Self::star_expression)
    }

    /// `item (',' item)* [',']`: the item itself without a comma, else a tuple of them (a
    /// trailing comma ends the list where no expression follows).
    pub fn comma_tuple(&mut self, item: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let start = self.span().start;
        let first = item(self)?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(item(self)?);
        }
        Ok(mk(ExprKind::Tuple(elts), start, self.prev_end()))
    }

    /// `expression (',' expression)* [',']`: a tuple if there is a comma.
    pub fn expressions(&mut self) -> PResult<Expr> {
        self.comma_tuple(Self::expression)
    }

    /// `'*' bitwise_or | expression`.
    pub fn star_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred(|p| p.bitwise_or());
        }
        self.expression()
    }

    /// `'*' bitwise_or | named_expression`, as in displays.
    pub fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred(|p| p.bitwise_or());
        }
        self.named_expression()
    }

    pub fn starred(&mut self, f: impl FnOnce(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let start = self.bump().start;
        let value = f(self)?;
        let end = self.prev_end();
        Ok(mk(ExprKind::Starred(Box::new(value)), start, end))
    }

    /// `NAME ':=' expression | expression`.
    pub fn named_expression(&mut self) -> PResult<Expr> {
        let e = self.expression()?;
        if self.at_op(Op::ColonEqual) {
            return self.walrus(e);
        }
        Ok(e)
    }

    #[inline(never)]
    fn walrus(&mut self, target: Expr) -> PResult<Expr> {
        if !matches!(target.kind, ExprKind::Name(_)) {
            let msg = alloc::format!(
                "cannot use assignment expressions with {}",
                target::expr_name(&target)
            );
            return Err(self.specific(msg, target.span));
        }
        self.bump();
        let value = self.expression()?;
        let (start, end) = (target.span.start, self.prev_end());
        Ok(mk(
            ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            },
            start,
            end,
        ))
    }

    /// `disjunction ['if' disjunction 'else' expression] | lambdef`.
    ///
    /// This and the functions below it down to `atom` recurse for every bracket level, so
    /// they keep only the common path inline and move the rest to `#[inline(never)]`
    /// helpers, which keeps their stack frames small.
    pub fn expression(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Lambda) {
            return self.lambda();
        }
        let start = self.span().start;
        let body = self.disjunction()?;
        if !self.at_kw(Kw::If) {
            return Ok(body);
        }
        self.conditional(start, body)
    }

    #[inline(never)]
    fn conditional(&mut self, start: u32, body: Expr) -> PResult<Expr> {
        self.bump();
        let test = self.disjunction()?;
        if !self.eat_kw(Kw::Else) {
            if self.at_op(Op::Colon) {
                return Err(self.invalid());
            }
            let span = Span::new(start, test.span.end);
            return Err(self.specific("expected 'else' after 'if' expression", span));
        }
        self.enter()?;
        let orelse = self.expression();
        self.leave();
        let orelse = orelse?;
        let end = self.prev_end();
        let kind = ExprKind::IfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
        };
        Ok(mk(kind, start, end))
    }

    #[inline(never)]
    fn lambda(&mut self) -> PResult<Expr> {
        let start = self.bump().start;
        // One level covers both the defaults (which may hold lambdas) and the body.
        self.enter()?;
        let r = self.lambda_rest();
        self.leave();
        let (params, body) = r?;
        let end = self.prev_end();
        Ok(mk(
            ExprKind::Lambda {
                params: Box::new(params),
                body: Box::new(body),
            },
            start,
            end,
        ))
    }

    fn lambda_rest(&mut self) -> PResult<(Parameters, Expr)> {
        let params = self.parameters(true)?;
        if !self.eat_op(Op::Colon) {
            return Err(self.invalid());
        }
        let body = self.expression()?;
        Ok((params, body))
    }

    /// `conjunction ('or' conjunction)*`, where a conjunction is
    /// `inversion ('and' inversion)*`.
    pub fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let first = self.inversion()?;
        if !(self.at_kw(Kw::And) || self.at_kw(Kw::Or)) {
            return Ok(first);
        }
        self.bool_ops(start, first)
    }

    /// The `and`/`or` operators after `first`, each flattened into one `BoolOp`.
    #[inline(never)]
    fn bool_ops(&mut self, start: u32, first: Expr) -> PResult<Expr> {
        let mut ors: Vec<Expr> = Vec::new();
        let mut ands: Vec<Expr> = vec![first];
        let mut and_start = start;
        loop {
            if self.eat_kw(Kw::And) {
                ands.push(self.inversion()?);
            } else if self.at_kw(Kw::Or) {
                let end = self.prev_end();
                self.bump();
                ors.push(bool_op(
                    BoolOp::And,
                    core::mem::take(&mut ands),
                    and_start,
                    end,
                ));
                and_start = self.span().start;
                ands.push(self.inversion()?);
            } else {
                break;
            }
        }
        let end = self.prev_end();
        let last = bool_op(BoolOp::And, ands, and_start, end);
        if ors.is_empty() {
            return Ok(last);
        }
        ors.push(last);
        Ok(bool_op(BoolOp::Or, ors, start, end))
    }

    /// `'not'* comparison`, where a comparison is `bitwise_or (cmp_op bitwise_or)*`.
    fn inversion(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Not) {
            return self.not_chain();
        }
        let start = self.span().start;
        let left = self.bitwise_or()?;
        if self.cmp_op().is_none() {
            return Ok(left);
        }
        self.comparison(start, left)
    }

    /// `not`s applied in a loop, so that any number of them costs no stack.
    #[inline(never)]
    fn not_chain(&mut self) -> PResult<Expr> {
        let mut starts = Vec::new();
        while self.at_kw(Kw::Not) {
            starts.push(self.bump().start);
            self.grow(starts.len() as u32)?;
        }
        let saved = self.measure();
        let operand_start = self.span().start;
        let mut e = self.bitwise_or()?;
        if self.cmp_op().is_some() {
            e = self.comparison(operand_start, e)?;
        }
        self.grow(self.measured() + starts.len() as u32)?;
        self.end_measure(saved);
        let end = self.prev_end();
        for start in starts.into_iter().rev() {
            e = mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(e),
                },
                start,
                end,
            );
        }
        Ok(e)
    }

    /// The comparison operator at the current token, and how many tokens it takes.
    fn cmp_op(&self) -> Option<(CmpOp, usize)> {
        Some(match self.tok() {
            Tok::Op(Op::EqEqual) => (CmpOp::Eq, 1),
            Tok::Op(Op::NotEqual) => (CmpOp::NotEq, 1),
            Tok::Op(Op::Less) => (CmpOp::Lt, 1),
            Tok::Op(Op::LessEqual) => (CmpOp::LtE, 1),
            Tok::Op(Op::Greater) => (CmpOp::Gt, 1),
            Tok::Op(Op::GreaterEqual) => (CmpOp::GtE, 1),
            Tok::Kw(Kw::In) => (CmpOp::In, 1),
            Tok::Kw(Kw::Not) if matches!(self.peek(1), Tok::Kw(Kw::In)) => (CmpOp::NotIn, 2),
            Tok::Kw(Kw::Is) if matches!(self.peek(1), Tok::Kw(Kw::Not)) => (CmpOp::IsNot, 2),
            Tok::Kw(Kw::Is) => (CmpOp::Is, 1),
            _ => return None,
        })
    }

    /// The comparison operators after `left` (which began at `start`), flattened into one
    /// `Compare`.
    #[inline(never)]
    fn comparison(&mut self, start: u32, left: Expr) -> PResult<Expr> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, n)) = self.cmp_op() {
            for _ in 0..n {
                self.bump();
            }
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        let end = self.prev_end();
        Ok(mk(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            start,
            end,
        ))
    }

    pub fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    /// The binary operator at the current token and its precedence (higher binds tighter).
    fn bin_op(&self) -> Option<(BinOp, u8)> {
        let Tok::Op(op) = self.tok() else { return None };
        Some(match op {
            Op::VBar => (BinOp::BitOr, 1),
            Op::Circumflex => (BinOp::BitXor, 2),
            Op::Amper => (BinOp::BitAnd, 3),
            Op::LeftShift => (BinOp::LShift, 4),
            Op::RightShift => (BinOp::RShift, 4),
            Op::Plus => (BinOp::Add, 5),
            Op::Minus => (BinOp::Sub, 5),
            Op::Star => (BinOp::Mult, 6),
            Op::Slash => (BinOp::Div, 6),
            Op::DoubleSlash => (BinOp::FloorDiv, 6),
            Op::Percent => (BinOp::Mod, 6),
            Op::At => (BinOp::MatMult, 6),
            _ => return None,
        })
    }

    /// Precedence climbing over the binary operators binding at least as tight as `min`.
    /// Spans run from the first token of an operand to the last, so they take in the
    /// parentheses of a parenthesised operand, as CPython's do.
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let saved = self.measure();
        let start = self.span().start;
        let left = self.factor()?;
        let r = match self.bin_op() {
            Some((_, prec)) if prec >= min => self.binary_rest(start, left, min),
            _ => Ok(left),
        };
        self.end_measure(saved);
        r
    }

    /// The loop of `binary` once an operator follows the first operand `left`.
    #[inline(never)]
    fn binary_rest(&mut self, start: u32, mut left: Expr, min: u8) -> PResult<Expr> {
        let mut h = self.measured();
        while let Some((op, prec)) = self.bin_op() {
            if prec < min {
                break;
            }
            self.bump();
            self.remeasure();
            let right = self.binary(prec + 1)?;
            h = h.max(self.measured()) + 1;
            self.grow(h)?;
            let end = self.prev_end();
            left = mk(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                start,
                end,
            );
        }
        Ok(left)
    }

    /// `('+' | '-' | '~')* ['await'] primary ['**' factor]`.
    fn factor(&mut self) -> PResult<Expr> {
        if matches!(self.tok(), Tok::Op(Op::Minus | Op::Plus | Op::Tilde)) {
            return self.unary_chain();
        }
        let start = self.span().start;
        let base = if self.at_kw(Kw::Await) {
            self.await_primary()?
        } else {
            self.primary()?
        };
        if !self.at_op(Op::DoubleStar) {
            return Ok(base);
        }
        self.power(start, base)
    }

    /// Prefix operators applied in a loop, so that any number of them costs no stack.
    #[inline(never)]
    fn unary_chain(&mut self) -> PResult<Expr> {
        let mut ops = Vec::new();
        loop {
            let op = match self.tok() {
                Tok::Op(Op::Minus) => UnaryOp::USub,
                Tok::Op(Op::Plus) => UnaryOp::UAdd,
                Tok::Op(Op::Tilde) => UnaryOp::Invert,
                _ => break,
            };
            ops.push((op, self.bump().start));
            self.grow(ops.len() as u32)?;
        }
        let saved = self.measure();
        let base_start = self.span().start;
        let mut e = if self.at_kw(Kw::Await) {
            self.await_primary()?
        } else {
            self.primary()?
        };
        if self.at_op(Op::DoubleStar) {
            e = self.power(base_start, e)?;
        }
        self.grow(self.measured() + ops.len() as u32)?;
        self.end_measure(saved);
        let end = self.prev_end();
        for (op, start) in ops.into_iter().rev() {
            e = mk(
                ExprKind::UnaryOp {
                    op,
                    operand: Box::new(e),
                },
                start,
                end,
            );
        }
        Ok(e)
    }

    /// `base '**' factor`: right-associative, through bounded recursion.
    #[inline(never)]
    fn power(&mut self, start: u32, base: Expr) -> PResult<Expr> {
        self.bump();
        self.enter()?;
        let exp = self.factor();
        self.leave();
        let exp = exp?;
        let end = self.prev_end();
        let kind = ExprKind::BinOp {
            left: Box::new(base),
            op: BinOp::Pow,
            right: Box::new(exp),
        };
        Ok(mk(kind, start, end))
    }

    #[inline(never)]
    fn await_primary(&mut self) -> PResult<Expr> {
        let start = self.bump().start;
        let e = self.primary()?;
        let end = self.prev_end();
        Ok(mk(ExprKind::Await(Box::new(e)), start, end))
    }

    /// `'yield' 'from' expression | 'yield' [star_expressions]`.
    pub fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.bump().start;
        if self.eat_kw(Kw::From) {
            let e = self.expression()?;
            let end = self.prev_end();
            return Ok(mk(ExprKind::YieldFrom(Box::new(e)), start, end));
        }
        if self.starts_expression() {
            let e = self.star_expressions()?;
            let end = self.prev_end();
            return Ok(mk(ExprKind::Yield(Some(Box::new(e))), start, end));
        }
        Ok(mk(ExprKind::Yield(None), start, self.prev_end()))
    }

    /// Expects the closing bracket `op` after the element `last`; explains a missing comma
    /// between two expressions, or a misplaced `=`, as CPython does.
    pub fn close(&mut self, op: Op, last: &Expr) -> PResult<u32> {
        if self.at_op(op) {
            return Ok(self.bump().end);
        }
        Err(self.missing_comma(last))
    }

    /// The error for an unexpected token after the element `last` inside brackets.
    pub fn missing_comma(&self, last: &Expr) -> crate::syntax_error::SyntaxError {
        if self.at_op(Op::Equal) {
            return self.misplaced_eq(last);
        }
        self.missing_comma_after(last.span, matches!(last.kind, ExprKind::Name(_)))
    }

    /// "Perhaps you forgot a comma?" when another expression follows the one at `last`
    /// inside brackets, except after a name followed by a string (Python 2's `print "x"`).
    pub fn missing_comma_after(
        &self,
        last: Span,
        is_name: bool,
    ) -> crate::syntax_error::SyntaxError {
        let legacy =
            is_name && matches!(self.tok(), Tok::Str(_) | Tok::Bytes(_) | Tok::FStr { .. });
        if self.starts_expression() && !legacy && self.lex_error_here().is_none() {
            let span = Span::new(last.start, self.span().end);
            return self.error("invalid syntax. Perhaps you forgot a comma?", span);
        }
        self.invalid()
    }

    /// The error for `=` after the expression `e` where `=` cannot be (`if x = 1:`).
    pub fn misplaced_eq(&self, e: &Expr) -> crate::syntax_error::SyntaxError {
        if let Some(err) = self.lex_error_here() {
            return err;
        }
        match &e.kind {
            ExprKind::Name(_) => self.error(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                Span::new(e.span.start, self.span().end),
            ),
            _ if target::here_hint_applies(e) => {
                let msg = alloc::format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    target::expr_name(e)
                );
                self.error(msg, e.span)
            }
            _ => self.invalid(),
        }
    }
}

/// `values` joined by `op`; a single value stands alone.
fn bool_op(op: BoolOp, mut values: Vec<Expr>, start: u32, end: u32) -> Expr {
    if values.len() == 1
        && let Some(v) = values.pop()
    {
        return v;
    }
    mk(ExprKind::BoolOp { op, values }, start, end)
}
