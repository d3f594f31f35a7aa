//! The `match` statement and its patterns.
//!
//! `match` and `case` are soft keywords: a statement starting with the name `match` is a
//! match statement only if a subject expression and a `:` follow (checked by parsing ahead
//! and rewinding), so `match = 1` and `match(x)` stay ordinary code. Nested patterns go
//! through `Parser::enter`, like brackets in expressions.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::expr::mk;
use super::parser::{PResult, Parser};
use crate::ast::{
    BinOp, Constant, Expr, ExprKind, MatchCase, Pattern, PatternKind, Span, Stmt, StmtKind, UnaryOp,
};
use crate::lex::{Kw, Op, Tok};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

fn pat(kind: PatternKind, start: u32, end: u32) -> Pattern {
    Pattern {
        kind,
        span: Span::new(start, end),
    }
}

impl Parser<'_> {
    /// A match statement, or `None` (having consumed nothing) if this `match` is a name.
    #[inline(never)]
    pub fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let start = self.span().start;
        let subject = self.attempt(|p| {
            p.bump();
            let subject = p.match_subject()?;
            if !p.at_op(Op::Colon) {
                return Err(p.invalid());
            }
            Ok(subject)
        })?;
        let Some(subject) = subject else {
            return Ok(None);
        };
        self.bump();
        if !self.at(&Tok::Newline) {
            return Err(self.invalid());
        }
        self.bump();
        if !self.at(&Tok::Indent) {
            if let Some(e) = self.lex_error_here() {
                return Err(e);
            }
            let line = self.line_of(start);
            let err = SyntaxError::new(
                alloc::format!("expected an indented block after 'match' statement on line {line}"),
                self.span(),
            )
            .with_kind(SyntaxErrorKind::Indentation);
            return Err(if self.at(&Tok::EndMarker) {
                err.incomplete()
            } else {
                err
            });
        }
        self.bump();
        self.enter()?;
        let cases = self.case_blocks();
        self.leave();
        let cases = cases?;
        let end = self.last_real_end();
        Ok(Some(Stmt {
            kind: StmtKind::Match { subject, cases },
            span: Span::new(start, end),
        }))
    }

    /// `star_named_expression ',' star_named_expressions? | named_expression`.
    fn match_subject(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let first = self.star_named_expression()?;
        if !self.at_op(Op::Comma) {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.invalid());
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::Colon) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(mk(ExprKind::Tuple(elts), start, self.prev_end()))
    }

    fn case_blocks(&mut self) -> PResult<Vec<MatchCase>> {
        let mut cases = Vec::new();
        loop {
            if self.at(&Tok::Dedent) {
                self.bump();
                break;
            }
            if self.at(&Tok::EndMarker) && !cases.is_empty() {
                break;
            }
            if !self.at_soft("case") {
                return Err(self.invalid());
            }
            let start = self.bump().start;
            let pattern = self.patterns()?;
            let guard = if self.eat_kw(Kw::If) {
                Some(self.named_expression()?)
            } else {
                None
            };
            self.expect_colon(None)?;
            let body = self.block("'case' statement", start)?;
            cases.push(MatchCase {
                pattern,
                guard,
                body,
            });
        }
        Ok(cases)
    }

    /// `open_sequence_pattern | pattern`: a bare comma-separated list is a sequence.
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.span().start;
        let first = self.maybe_star_pattern()?;
        if !self.at_op(Op::Comma) {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Err(self.error("invalid syntax", first.span));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::Colon) || self.at_kw(Kw::If) {
                break;
            }
            elts.push(self.maybe_star_pattern()?);
        }
        Ok(pat(PatternKind::Sequence(elts), start, self.prev_end()))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if !self.at_op(Op::Star) {
            return self.pattern();
        }
        let start = self.bump().start;
        let (name, span) = self.name()?;
        let name = if name == "_" { None } else { Some(name) };
        Ok(pat(PatternKind::Star(name), start, span.end))
    }

    /// `or_pattern ['as' NAME]`.
    fn pattern(&mut self) -> PResult<Pattern> {
        let start = self.span().start;
        let p = self.or_pattern()?;
        if !self.at_kw(Kw::As) {
            return Ok(p);
        }
        self.bump();
        if !matches!(self.tok(), Tok::Name) {
            return Err(self.error("invalid pattern target", self.span()));
        }
        let (name, span) = self.name()?;
        if name == "_" {
            return Err(self.error("cannot use '_' as a target", span));
        }
        let kind = PatternKind::As {
            pattern: Some(Box::new(p)),
            name: Some(name),
        };
        Ok(pat(kind, start, span.end))
    }

    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.span().start;
        let first = self.closed_pattern()?;
        if !self.at_op(Op::VBar) {
            return Ok(first);
        }
        let mut alts = vec![first];
        while self.eat_op(Op::VBar) {
            alts.push(self.closed_pattern()?);
        }
        Ok(pat(PatternKind::Or(alts), start, self.prev_end()))
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.span().start;
        match self.tok() {
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Op(Op::Minus) => {
                let e = self.signed_number_pattern()?;
                Ok(pat(PatternKind::Value(e), start, self.prev_end()))
            }
            Tok::Str(_) | Tok::Bytes(_) | Tok::FStr { .. } => {
                let e = self.atom()?;
                if matches!(e.kind, ExprKind::FString(_)) {
                    let msg = "patterns may only match literals and attribute lookups";
                    return Err(self.error(msg, e.span));
                }
                Ok(pat(PatternKind::Value(e), start, self.prev_end()))
            }
            Tok::Kw(Kw::None | Kw::True | Kw::False) => {
                let e = self.atom()?;
                Ok(pat(PatternKind::Singleton(e), start, self.prev_end()))
            }
            Tok::Name => self.name_pattern(),
            Tok::Op(Op::LPar) => self.nested_pattern(Self::paren_pattern),
            Tok::Op(Op::LSqb) => self.nested_pattern(Self::list_pattern),
            Tok::Op(Op::LBrace) => self.nested_pattern(Self::mapping_pattern),
            _ => Err(self.invalid()),
        }
    }

    fn nested_pattern(&mut self, f: fn(&mut Self, u32) -> PResult<Pattern>) -> PResult<Pattern> {
        let start = self.bump().start;
        self.enter()?;
        let r = f(self, start);
        self.leave();
        r
    }

    /// `NUMBER`, `-NUMBER`, or a complex literal `[-]real (+|-) imag`.
    fn signed_number_pattern(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let neg = self.eat_op(Op::Minus);
        if !matches!(self.tok(), Tok::Int(_) | Tok::Float(_) | Tok::Imag(_)) {
            return Err(self.invalid());
        }
        let mut real = self.atom()?;
        if neg {
            let end = self.prev_end();
            real = mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(real),
                },
                start,
                end,
            );
        }
        let op = match self.tok() {
            Tok::Op(Op::Plus) => BinOp::Add,
            Tok::Op(Op::Minus) => BinOp::Sub,
            _ => return Ok(real),
        };
        let real_is_imag = matches!(&real.kind, ExprKind::Constant(Constant::Imaginary(_)))
            || matches!(&real.kind, ExprKind::UnaryOp { operand, .. }
            if matches!(operand.kind, ExprKind::Constant(Constant::Imaginary(_))));
        if real_is_imag {
            return Err(self.error("real number required in complex literal", real.span));
        }
        self.bump();
        if !matches!(self.tok(), Tok::Imag(_)) {
            return Err(self.error("imaginary number required in complex literal", self.span()));
        }
        let imag = self.atom()?;
        let end = self.prev_end();
        Ok(mk(
            ExprKind::BinOp {
                left: Box::new(real),
                op,
                right: Box::new(imag),
            },
            start,
            end,
        ))
    }

    /// A capture `x`, the wildcard `_`, a value `a.b`, or a class pattern `C(...)`.
    fn name_pattern(&mut self) -> PResult<Pattern> {
        let (first, span) = self.name()?;
        let start = span.start;
        let mut name_expr = mk(ExprKind::Name(first), span.start, span.end);
        let mut dotted = false;
        while self.eat_op(Op::Dot) {
            let (attr, s) = self.name()?;
            name_expr = mk(
                ExprKind::Attribute {
                    value: Box::new(name_expr),
                    attr,
                },
                start,
                s.end,
            );
            dotted = true;
            self.grow(1)?;
        }
        if self.at_op(Op::LPar) {
            self.bump();
            self.enter()?;
            let r = self.class_pattern(name_expr);
            self.leave();
            return r;
        }
        if dotted {
            return Ok(pat(PatternKind::Value(name_expr), start, self.prev_end()));
        }
        let ExprKind::Name(name) = name_expr.kind else {
            return Err(self.invalid());
        };
        let name = if name == "_" { None } else { Some(name) };
        Ok(pat(
            PatternKind::As {
                pattern: None,
                name,
            },
            start,
            span.end,
        ))
    }

    /// After `(`: `()`, a group `(p)`, or a sequence `(p,)`, `(p, q)`.
    fn paren_pattern(&mut self, start: u32) -> PResult<Pattern> {
        if self.at_op(Op::RPar) {
            let end = self.bump().end;
            return Ok(pat(PatternKind::Sequence(Vec::new()), start, end));
        }
        let first = self.maybe_star_pattern()?;
        if self.eat_op(Op::RPar) {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Ok(pat(
                    PatternKind::Sequence(vec![first]),
                    start,
                    self.prev_end(),
                ));
            }
            return Ok(first);
        }
        let elts = self.pattern_list_rest(first, Op::RPar)?;
        Ok(pat(PatternKind::Sequence(elts), start, self.prev_end()))
    }

    fn list_pattern(&mut self, start: u32) -> PResult<Pattern> {
        if self.at_op(Op::RSqb) {
            let end = self.bump().end;
            return Ok(pat(PatternKind::Sequence(Vec::new()), start, end));
        }
        let first = self.maybe_star_pattern()?;
        let elts = self.pattern_list_rest(first, Op::RSqb)?;
        Ok(pat(PatternKind::Sequence(elts), start, self.prev_end()))
    }

    /// The rest of a comma-separated pattern list through `close`.
    fn pattern_list_rest(&mut self, first: Pattern, close: Op) -> PResult<Vec<Pattern>> {
        let mut elts = vec![first];
        loop {
            if self.eat_op(close) {
                return Ok(elts);
            }
            if !self.eat_op(Op::Comma) {
                return Err(self.invalid());
            }
            if self.eat_op(close) {
                return Ok(elts);
            }
            elts.push(self.maybe_star_pattern()?);
        }
    }

    /// After `{`: `key: pattern` entries and an optional final `**rest`.
    fn mapping_pattern(&mut self, start: u32) -> PResult<Pattern> {
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest: Option<String> = None;
        loop {
            if self.eat_op(Op::RBrace) {
                break;
            }
            if rest.is_some() {
                return Err(self.invalid());
            }
            if self.eat_op(Op::DoubleStar) {
                let (name, span) = self.name()?;
                if name == "_" {
                    return Err(self.error("invalid syntax", span));
                }
                rest = Some(name);
            } else {
                keys.push(self.mapping_key()?);
                if !self.eat_op(Op::Colon) {
                    return Err(self.invalid());
                }
                patterns.push(self.pattern()?);
            }
            if !self.eat_op(Op::Comma) {
                self.expect_op(Op::RBrace)?;
                break;
            }
        }
        Ok(pat(
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            },
            start,
            self.prev_end(),
        ))
    }

    /// A mapping pattern key: a literal or a dotted name.
    fn mapping_key(&mut self) -> PResult<Expr> {
        match self.tok() {
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Op(Op::Minus) => {
                self.signed_number_pattern()
            }
            Tok::Str(_) | Tok::Bytes(_) | Tok::Kw(Kw::None | Kw::True | Kw::False) => self.atom(),
            Tok::Name => {
                let (first, span) = self.name()?;
                let mut e = mk(ExprKind::Name(first), span.start, span.end);
                let mut dotted = false;
                while self.eat_op(Op::Dot) {
                    let (attr, s) = self.name()?;
                    e = mk(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                        },
                        span.start,
                        s.end,
                    );
                    dotted = true;
                    self.grow(1)?;
                }
                if !dotted {
                    return Err(self.invalid());
                }
                Ok(e)
            }
            _ => Err(self.invalid()),
        }
    }

    /// After `Cls(`: positional patterns, then `name=pattern` keyword patterns.
    fn class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        let start = cls.span.start;
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        loop {
            if self.eat_op(Op::RPar) {
                break;
            }
            if matches!(self.tok(), Tok::Name) && matches!(self.peek(1), Tok::Op(Op::Equal)) {
                let (name, _) = self.name()?;
                self.bump();
                kwd_attrs.push(name);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(self.error("positional patterns follow keyword patterns", p.span));
                }
                patterns.push(p);
            }
            if !self.eat_op(Op::Comma) {
                self.expect_op(Op::RPar)?;
                break;
            }
        }
        let kind = PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        };
        Ok(pat(kind, start, self.prev_end()))
    }
}
