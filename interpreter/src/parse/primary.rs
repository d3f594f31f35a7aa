//! Primaries: an atom followed by trailers (`.name`, `(args)`, `[index]`), and the
//! subscript forms (indexes, slices, tuples of them, starred indexes).
//!
//! Trailers are applied in a loop, and the height of the chain they build counts against
//! the parser's height bound, so `a.b.c...` or `x[0][0]...` cannot build a tree too deep
//! to drop.

use alloc::boxed::Box;
use alloc::vec;

use super::expr::mk;
use super::parser::{PResult, Parser};
use crate::ast::{Expr, ExprKind};
use crate::lex::{Op, Tok};

impl Parser<'_> {
    /// An atom followed by any number of `.name`, `(args)` and `[index]` trailers, built in
    /// a loop.
    pub fn primary(&mut self) -> PResult<Expr> {
        let saved = self.measure();
        let start = self.span().start;
        let e = self.atom()?;
        let r = if matches!(self.tok(), Tok::Op(Op::Dot | Op::LPar | Op::LSqb)) {
            self.trailers(start, e)
        } else {
            Ok(e)
        };
        self.end_measure(saved);
        r
    }

    #[inline(never)]
    fn trailers(&mut self, start: u32, mut e: Expr) -> PResult<Expr> {
        let mut h = self.measured();
        loop {
            match self.tok() {
                Tok::Op(Op::Dot) => {
                    self.bump();
                    let (attr, span) = self.name()?;
                    e = mk(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                        },
                        start,
                        span.end,
                    );
                    h += 1;
                }
                Tok::Op(Op::LPar) => {
                    self.remeasure();
                    let (args, keywords) = self.call_args()?;
                    h = h.max(self.measured()) + 1;
                    let kind = ExprKind::Call {
                        func: Box::new(e),
                        args,
                        keywords,
                    };
                    e = mk(kind, start, self.prev_end());
                }
                Tok::Op(Op::LSqb) => {
                    self.remeasure();
                    let index = self.subscript()?;
                    h = h.max(self.measured()) + 1;
                    let kind = ExprKind::Subscript {
                        value: Box::new(e),
                        index: Box::new(index),
                    };
                    e = mk(kind, start, self.prev_end());
                }
                _ => return Ok(e),
            }
            self.grow(h)?;
        }
    }

    /// `'[' slices ']'`: one index, a slice, or a tuple of them.
    #[inline(never)]
    fn subscript(&mut self) -> PResult<Expr> {
        self.bump();
        self.enter()?;
        let r = self.slices();
        self.leave();
        let index = r?;
        self.close(Op::RSqb, &index)?;
        Ok(index)
    }

    fn slices(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let first = self.slice()?;
        // A lone starred index still makes a tuple: `a[*b]` is `a[(*b,)]`.
        if !self.at_op(Op::Comma) && !matches!(first.kind, ExprKind::Starred(_)) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RSqb) {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(mk(ExprKind::Tuple(elts), start, self.prev_end()))
    }

    /// `[lower] ':' [upper] [':' [step]]`, a starred expression, or a named expression.
    fn slice(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred(|p| p.bitwise_or());
        }
        let start = self.span().start;
        let lower = if self.at_op(Op::Colon) {
            None
        } else {
            Some(self.named_expression()?)
        };
        if !self.at_op(Op::Colon) {
            return lower.ok_or_else(|| self.invalid());
        }
        self.bump();
        let bound_ends = |p: &Self| p.at_op(Op::Colon) || p.at_op(Op::Comma) || p.at_op(Op::RSqb);
        let upper = if bound_ends(self) {
            None
        } else {
            Some(Box::new(self.expression()?))
        };
        let mut step = None;
        if self.eat_op(Op::Colon) && !(self.at_op(Op::Comma) || self.at_op(Op::RSqb)) {
            step = Some(Box::new(self.expression()?));
        }
        let kind = ExprKind::Slice {
            lower: lower.map(Box::new),
            upper,
            step,
        };
        Ok(mk(kind, start, self.prev_end()))
    }
}
