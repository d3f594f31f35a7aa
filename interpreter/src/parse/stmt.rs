//! Statements: the module body, blocks, and the simple statements (expressions,
//! assignments, `pass`, `return`, `import`, ...). Compound statements are in `compound`.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::parser::{PResult, Parser};
use super::target;
use crate::ast::{Alias, BinOp, Expr, ExprKind, Span, Stmt, StmtKind};
use crate::lex::{Kw, Op, Tok};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

fn stmt(kind: StmtKind, start: u32, end: u32) -> Stmt {
    Stmt {
        kind,
        span: Span::new(start, end),
    }
}

impl Parser<'_> {
    pub fn module_body(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.tok() {
                Tok::EndMarker => return Ok(body),
                Tok::Newline => {
                    self.bump();
                }
                _ => self.statement(&mut body)?,
            }
        }
    }

    /// One statement line (or compound statement), appended to `out`.
    pub fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let s = match self.tok() {
            Tok::Kw(Kw::If) => self.if_stmt()?,
            Tok::Kw(Kw::While) => self.while_stmt()?,
            Tok::Kw(Kw::For) => self.for_stmt(false, self.span().start)?,
            Tok::Kw(Kw::Try) => self.try_stmt()?,
            Tok::Kw(Kw::With) => self.with_stmt(false, self.span().start)?,
            Tok::Kw(Kw::Def) => self.funcdef(Vec::new(), false, self.span().start)?,
            Tok::Kw(Kw::Class) => self.classdef(Vec::new())?,
            Tok::Op(Op::At) => self.decorated()?,
            Tok::Kw(Kw::Async) => self.async_stmt(Vec::new())?,
            Tok::Name if self.at_soft("match") => match self.match_stmt()? {
                Some(s) => s,
                None => return self.simple_stmts(out),
            },
            _ => return self.simple_stmts(out),
        };
        out.push(s);
        Ok(())
    }

    /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_stmt()?);
            if !self.eat_op(Op::Semi) || self.at(&Tok::Newline) {
                break;
            }
        }
        if !self.at(&Tok::Newline) {
            return Err(self.invalid());
        }
        self.bump();
        Ok(())
    }

    /// The body after a compound statement's `:`: an indented block or a same-line suite.
    /// `what` names the statement for "expected an indented block after ...".
    pub fn block(&mut self, what: &str, header: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at(&Tok::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if !self.at(&Tok::Indent) {
            if let Some(e) = self.lex_error_here() {
                return Err(e);
            }
            let line = self.line_of(header);
            let err = SyntaxError::new(
                format!("expected an indented block after {what} on line {line}"),
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
        let r = self.block_body(&mut body);
        self.leave();
        r?;
        Ok(body)
    }

    fn block_body(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            match self.tok() {
                Tok::Dedent => {
                    self.bump();
                    return Ok(());
                }
                Tok::EndMarker => return Ok(()),
                _ => self.statement(body)?,
            }
        }
    }

    /// The 1-based line of `offset`, for messages that mention another line.
    pub fn line_of(&self, offset: u32) -> usize {
        let upto = self
            .src
            .as_bytes()
            .get(..offset as usize)
            .unwrap_or(self.src.as_bytes());
        let mut line = 1;
        for (i, &b) in upto.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && upto.get(i + 1) != Some(&b'\n')) {
                line += 1;
            }
        }
        line
    }

    /// Expects the `:` ending a compound statement header whose last part is `last`.
    pub fn expect_colon(&mut self, last: Option<&Expr>) -> PResult<()> {
        if self.eat_op(Op::Colon) {
            return Ok(());
        }
        if self.at(&Tok::Newline) {
            return Err(self.specific("expected ':'", self.span()));
        }
        if let Some(e) = last
            && self.at_op(Op::Equal)
        {
            return Err(self.misplaced_eq(e));
        }
        Err(self.invalid())
    }

    #[inline(never)]
    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.span().start;
        let kind = match self.tok() {
            Tok::Kw(Kw::Pass) => {
                self.bump();
                StmtKind::Pass
            }
            Tok::Kw(Kw::Break) => {
                self.bump();
                StmtKind::Break
            }
            Tok::Kw(Kw::Continue) => {
                self.bump();
                StmtKind::Continue
            }
            Tok::Kw(Kw::Return) => {
                self.bump();
                let value = if self.starts_expression() {
                    Some(self.star_expressions()?)
                } else {
                    None
                };
                StmtKind::Return(value)
            }
            Tok::Kw(Kw::Raise) => {
                self.bump();
                let mut exc = None;
                let mut cause = None;
                if self.starts_expression() {
                    exc = Some(self.expression()?);
                    if self.eat_kw(Kw::From) {
                        cause = Some(self.expression()?);
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            Tok::Kw(Kw::Global) | Tok::Kw(Kw::Nonlocal) => {
                let global = self.at_kw(Kw::Global);
                self.bump();
                let mut names = vec![self.name()?.0];
                while self.eat_op(Op::Comma) {
                    names.push(self.name()?.0);
                }
                if global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Tok::Kw(Kw::Del) => {
                self.bump();
                let mut targets = Vec::new();
                loop {
                    let t = self.target_elem()?;
                    target::check_delete(self, &t)?;
                    targets.push(t);
                    if !self.eat_op(Op::Comma) || !self.starts_expression() {
                        break;
                    }
                }
                StmtKind::Delete(targets)
            }
            Tok::Kw(Kw::Assert) => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat_op(Op::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Tok::Kw(Kw::Import) => self.import()?,
            Tok::Kw(Kw::From) => self.import_from()?,
            _ => return self.expr_stmt(),
        };
        Ok(stmt(kind, start, self.prev_end()))
    }

    /// `yield` or an expression list, as the right-hand side of an assignment.
    fn assigned_value(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    /// An expression statement, or an (augmented, annotated) assignment.
    #[inline(never)]
    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.span().start;
        let parenthesised = self.at_op(Op::LPar);
        let mut bare_yield = self.at_kw(Kw::Yield);
        let first = self.assigned_value()?;
        let kind = if self.at_op(Op::Equal) {
            let mut targets = vec![first];
            // Whether each target is an unparenthesised `yield`.
            let mut bare = vec![bare_yield];
            let value = loop {
                self.bump();
                bare_yield = self.at_kw(Kw::Yield);
                let v = self.assigned_value()?;
                if !self.at_op(Op::Equal) {
                    break v;
                }
                targets.push(v);
                bare.push(bare_yield);
            };
            self.check_assign_targets(&targets, &bare)?;
            StmtKind::Assign { targets, value }
        } else if let Some(op) = self.aug_op() {
            target::check_aug(self, &first)?;
            self.bump();
            let value = self.assigned_value()?;
            StmtKind::AugAssign {
                target: first,
                op,
                value,
            }
        } else if self.at_op(Op::Colon) {
            self.check_annotated(&first)?;
            self.bump();
            let annotation = self.expression()?;
            let value = if self.eat_op(Op::Equal) {
                Some(self.assigned_value()?)
            } else {
                None
            };
            let simple = !parenthesised && matches!(first.kind, ExprKind::Name(_));
            StmtKind::AnnAssign {
                target: first,
                annotation,
                value,
                simple,
            }
        } else if self.at_op(Op::ColonEqual) {
            // `x := 1` needs parentheses as a statement.
            if matches!(first.kind, ExprKind::Name(_)) {
                return Err(self.invalid());
            }
            let msg = format!(
                "cannot use assignment expressions with {}",
                target::expr_name(&first)
            );
            return Err(self.specific(msg, first.span));
        } else {
            if let Some(e) = self.legacy_statement(&first) {
                return Err(e);
            }
            StmtKind::Expr(first)
        };
        Ok(stmt(kind, start, self.prev_end()))
    }

    /// `print x` or `exec x`, Python 2 statements: the error CPython gives when `first` is
    /// followed by the start of another expression.
    pub fn legacy_statement(&self, first: &Expr) -> Option<crate::syntax_error::SyntaxError> {
        let ExprKind::Name(n) = &first.kind else {
            return None;
        };
        if (n == "print" || n == "exec")
            && self.starts_expression()
            && self.lex_error_here().is_none()
        {
            let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
            return Some(self.error(msg, first.span));
        }
        None
    }

    fn check_assign_targets(&self, targets: &[Expr], bare_yield: &[bool]) -> PResult<()> {
        for (t, &bare) in targets.iter().zip(bare_yield) {
            if bare && matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                return Err(self.error("assignment to yield expression not possible", t.span));
            }
            if let [only] = targets
                && target::here_hint_applies(only)
                && !matches!(
                    only.kind,
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                )
            {
                let msg = format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    target::expr_name(only)
                );
                return Err(self.error(msg, only.span));
            }
            target::check_assign(self, t)?;
        }
        Ok(())
    }

    fn check_annotated(&self, t: &Expr) -> PResult<()> {
        let msg = match &t.kind {
            ExprKind::Name(n) if n == "__debug__" => "cannot assign to __debug__",
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                return Ok(());
            }
            ExprKind::Tuple(_) => "only single target (not tuple) can be annotated",
            ExprKind::List(_) => "only single target (not list) can be annotated",
            _ => "illegal target for annotation",
        };
        Err(self.error(msg, t.span))
    }

    fn aug_op(&self) -> Option<BinOp> {
        let Tok::Op(op) = self.tok() else { return None };
        Some(match op {
            Op::PlusEqual => BinOp::Add,
            Op::MinEqual => BinOp::Sub,
            Op::StarEqual => BinOp::Mult,
            Op::AtEqual => BinOp::MatMult,
            Op::SlashEqual => BinOp::Div,
            Op::PercentEqual => BinOp::Mod,
            Op::AmperEqual => BinOp::BitAnd,
            Op::VBarEqual => BinOp::BitOr,
            Op::CircumflexEqual => BinOp::BitXor,
            Op::LeftShiftEqual => BinOp::LShift,
            Op::RightShiftEqual => BinOp::RShift,
            Op::DoubleStarEqual => BinOp::Pow,
            Op::DoubleSlashEqual => BinOp::FloorDiv,
            _ => return None,
        })
    }

    /// `NAME ('.' NAME)*`.
    fn dotted_name(&mut self) -> PResult<(String, Span)> {
        let (mut name, span) = self.name()?;
        let mut end = span.end;
        while self.at_op(Op::Dot) {
            self.bump();
            let (part, s) = self.name()?;
            name.push('.');
            name.push_str(&part);
            end = s.end;
        }
        Ok((name, Span::new(span.start, end)))
    }

    /// `import a.b as c, d`.
    #[inline(never)]
    fn import(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let (name, span) = self.dotted_name()?;
            let asname = if self.eat_kw(Kw::As) {
                Some(self.name()?.0)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: Span::new(span.start, self.prev_end()),
            });
            if !self.eat_op(Op::Comma) {
                return Ok(StmtKind::Import(names));
            }
        }
    }

    /// `from ..mod import a as b, c`, `from . import (a, b,)`, `from m import *`.
    #[inline(never)]
    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level: u32 = 0;
        loop {
            if self.eat_op(Op::Dot) {
                level = level.saturating_add(1);
            } else if self.eat_op(Op::Ellipsis) {
                level = level.saturating_add(3);
            } else {
                break;
            }
        }
        let module = if matches!(self.tok(), Tok::Name) {
            Some(self.dotted_name()?.0)
        } else if level == 0 {
            return Err(self.invalid());
        } else {
            None
        };
        self.expect_kw(Kw::Import)?;
        if self.at_op(Op::Star) {
            let span = self.bump();
            let names = vec![Alias {
                name: String::from("*"),
                asname: None,
                span,
            }];
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let parens = self.eat_op(Op::LPar);
        let mut names = Vec::new();
        loop {
            let (name, span) = self.name()?;
            let asname = if self.eat_kw(Kw::As) {
                Some(self.name()?.0)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: Span::new(span.start, self.prev_end()),
            });
            if !self.eat_op(Op::Comma) {
                break;
            }
            if parens && self.at_op(Op::RPar) {
                break;
            }
            if !parens && !matches!(self.tok(), Tok::Name) {
                let span = Span::new(self.prev_end().saturating_sub(1), self.prev_end());
                let msg = "trailing comma not allowed without surrounding parentheses";
                return Err(self.specific(msg, span));
            }
        }
        if parens {
            self.expect_op(Op::RPar)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }
}
