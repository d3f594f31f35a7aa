//! Compound statements: `if`, `while`, `for`, `try`, `with`, `def`, `class`, decorators and
//! `async`. (`match` is in `pattern`.)
//!
//! A statement's span starts at its keyword (`async` for async forms; `def`/`class` rather
//! than the first decorator, as CPython's line numbers do) and ends with its last body
//! statement. `elif` chains are collected in a loop and nested afterwards, and count
//! against the height bound, so a long chain cannot exhaust the stack.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::parser::{PResult, Parser};
use super::target;
use crate::ast::{ClassDef, ExceptHandler, Expr, FunctionDef, Span, Stmt, StmtKind, WithItem};
use crate::lex::{Kw, Op, Tok};
use crate::syntax_error::SyntaxError;

impl Parser<'_> {
    /// `if`, its `elif`s and `else`, nested as `If` statements in `orelse`.
    #[inline(never)]
    pub fn if_stmt(&mut self) -> PResult<Stmt> {
        let mut clauses: Vec<(u32, Expr, Vec<Stmt>)> = Vec::new();
        let mut what = "'if' statement";
        loop {
            let start = self.bump().start;
            let test = self.named_expression()?;
            self.expect_colon(Some(&test))?;
            let body = self.block(what, start)?;
            clauses.push((start, test, body));
            self.grow(clauses.len() as u32)?;
            if !self.at_kw(Kw::Elif) {
                break;
            }
            what = "'elif' statement";
        }
        let mut orelse = self.else_block()?;
        let end = self.last_real_end();
        while let Some((start, test, body)) = clauses.pop() {
            let s = Stmt {
                kind: StmtKind::If { test, body, orelse },
                span: Span::new(start, end),
            };
            if clauses.is_empty() {
                return Ok(s);
            }
            orelse = alloc::vec![s];
        }
        Err(self.invalid())
    }

    /// An optional `else: block`.
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw(Kw::Else) {
            return Ok(Vec::new());
        }
        let start = self.bump().start;
        self.expect_colon(None)?;
        self.block("'else' statement", start)
    }

    #[inline(never)]
    pub fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.bump().start;
        let test = self.named_expression()?;
        self.expect_colon(Some(&test))?;
        let body = self.block("'while' statement", start)?;
        let orelse = self.else_block()?;
        let end = self.last_real_end();
        Ok(Stmt {
            kind: StmtKind::While { test, body, orelse },
            span: Span::new(start, end),
        })
    }

    /// `for` (after any `async`, which starts at `start`).
    #[inline(never)]
    pub fn for_stmt(&mut self, is_async: bool, start: u32) -> PResult<Stmt> {
        let header = self.bump().start;
        let target = self.target_list()?;
        target::check_assign(self, &target)?;
        if !self.eat_kw(Kw::In) {
            return Err(self.invalid());
        }
        let iter = self.star_expressions()?;
        self.expect_colon(None)?;
        let body = self.block("'for' statement", header)?;
        let orelse = self.else_block()?;
        let end = self.last_real_end();
        let kind = StmtKind::For {
            is_async,
            target,
            iter,
            body,
            orelse,
        };
        Ok(Stmt {
            kind,
            span: Span::new(start, end),
        })
    }

    #[inline(never)]
    pub fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.bump().start;
        self.expect_colon(None)?;
        let body = self.block("'try' statement", start)?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        let mut star: Option<bool> = None;
        while self.at_kw(Kw::Except) {
            let hstart = self.bump().start;
            let is_star = self.eat_op(Op::Star);
            if star.is_some_and(|s| s != is_star) {
                let msg = "cannot have both 'except' and 'except*' on the same 'try'";
                return Err(self.error(msg, Span::new(hstart, self.prev_end())));
            }
            star = Some(is_star);
            if let Some(prev) = handlers.last()
                && prev.typ.is_none()
            {
                return Err(self.error("default 'except:' must be last", prev.span));
            }
            let mut typ = None;
            let mut name = None;
            if !self.at_op(Op::Colon) {
                let t = self.expression()?;
                if self.at_op(Op::Comma) {
                    let span = Span::new(t.span.start, self.span().end);
                    return Err(self.error("multiple exception types must be parenthesized", span));
                }
                typ = Some(t);
                if self.eat_kw(Kw::As) {
                    name = Some(self.name()?.0);
                }
            } else if is_star {
                return Err(self.error("expected one or more exception types", self.span()));
            }
            self.expect_colon(None)?;
            let what = if is_star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            let hbody = self.block(what, hstart)?;
            let span = Span::new(hstart, self.last_real_end());
            handlers.push(ExceptHandler {
                typ,
                name,
                body: hbody,
                span,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let mut finalbody = Vec::new();
        if self.at_kw(Kw::Finally) {
            let fstart = self.bump().start;
            self.expect_colon(None)?;
            finalbody = self.block("'finally' statement", fstart)?;
        } else if handlers.is_empty() {
            if let Some(e) = self.lex_error_here() {
                return Err(e);
            }
            let err = SyntaxError::new("expected 'except' or 'finally' block", self.span());
            return Err(if self.at(&Tok::EndMarker) {
                err.incomplete()
            } else {
                err
            });
        }
        let end = self.last_real_end();
        let kind = StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            star: star.unwrap_or(false),
        };
        Ok(Stmt {
            kind,
            span: Span::new(start, end),
        })
    }

    /// `with` (after any `async`, which starts at `start`).
    #[inline(never)]
    pub fn with_stmt(&mut self, is_async: bool, start: u32) -> PResult<Stmt> {
        let header = self.bump().start;
        let mut items = None;
        if self.at_op(Op::LPar) {
            // `with (a as b, c):` — parenthesised items, unless the parenthesis belongs to the
            // first item's expression, as in `with (a, b) as c:` or `with (yield):`.
            items = self.attempt(|p| {
                p.bump();
                let mut items = Vec::new();
                loop {
                    items.push(p.with_item()?);
                    if !p.eat_op(Op::Comma) || p.at_op(Op::RPar) {
                        break;
                    }
                }
                p.expect_op(Op::RPar)?;
                if !p.at_op(Op::Colon) {
                    return Err(p.invalid());
                }
                Ok(items)
            })?;
        }
        let items = match items {
            Some(items) => items,
            None => {
                let mut items = Vec::new();
                loop {
                    items.push(self.with_item()?);
                    if !self.eat_op(Op::Comma) {
                        break;
                    }
                }
                items
            }
        };
        self.expect_colon(None)?;
        let body = self.block("'with' statement", header)?;
        let end = self.last_real_end();
        Ok(Stmt {
            kind: StmtKind::With {
                is_async,
                items,
                body,
            },
            span: Span::new(start, end),
        })
    }

    #[inline(never)]
    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.expression()?;
        let mut target = None;
        if self.eat_kw(Kw::As) {
            let t = self.target_elem_single()?;
            target::check_assign(self, &t)?;
            target = Some(t);
        }
        Ok(WithItem { context, target })
    }

    /// A single `star_target` (a parenthesised or bracketed tuple is one target).
    fn target_elem_single(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred(|p| p.bitwise_or());
        }
        self.bitwise_or()
    }

    /// Decorators, then the `def`, `async def` or `class` they decorate.
    #[inline(never)]
    pub fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            decorators.push(self.named_expression()?);
            if !self.at(&Tok::Newline) {
                return Err(self.invalid());
            }
            self.bump();
        }
        match self.tok() {
            Tok::Kw(Kw::Def) => self.funcdef(decorators, false, self.span().start),
            Tok::Kw(Kw::Class) => self.classdef(decorators),
            Tok::Kw(Kw::Async) if matches!(self.peek(1), Tok::Kw(Kw::Def)) => {
                self.async_stmt(decorators)
            }
            _ => Err(self.invalid()),
        }
    }

    /// `async def`, `async for` or `async with`.
    #[inline(never)]
    pub fn async_stmt(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let start = self.bump().start;
        match self.tok() {
            Tok::Kw(Kw::Def) => self.funcdef(decorators, true, start),
            Tok::Kw(Kw::For) if decorators.is_empty() => self.for_stmt(true, start),
            Tok::Kw(Kw::With) if decorators.is_empty() => self.with_stmt(true, start),
            _ => Err(self.invalid()),
        }
    }

    /// `def name(params) [-> returns]: block`, standing on `def`.
    #[inline(never)]
    pub fn funcdef(&mut self, decorators: Vec<Expr>, is_async: bool, start: u32) -> PResult<Stmt> {
        let header = self.bump().start;
        let (name, _) = self.name()?;
        if !self.at_op(Op::LPar) {
            return Err(self.specific("expected '('", self.span()));
        }
        self.bump();
        self.enter()?;
        let params = self.parameters(false);
        self.leave();
        let params = params?;
        self.expect_op(Op::RPar)?;
        let returns = if self.eat_op(Op::RArrow) {
            Some(self.expression()?)
        } else {
            None
        };
        self.expect_colon(None)?;
        let body = self.block("function definition", header)?;
        let end = self.last_real_end();
        let def = FunctionDef {
            name,
            is_async,
            decorators,
            params,
            returns,
            body,
        };
        Ok(Stmt {
            kind: StmtKind::FunctionDef(Box::new(def)),
            span: Span::new(start, end),
        })
    }

    /// `class name[(bases, keywords)]: block`, standing on `class`.
    #[inline(never)]
    pub fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let start = self.bump().start;
        let (name, _) = self.name()?;
        let open = self.span().start;
        let (bases, keywords) = if self.at_op(Op::LPar) {
            self.call_args()?
        } else {
            (Vec::new(), Vec::new())
        };
        // A generator expression without its own parentheses cannot be a base class.
        if let Some(g) = bases.iter().find(|b| b.span.start == open) {
            return Err(self.error("invalid syntax", g.span));
        }
        self.expect_colon(None)?;
        let body = self.block("class definition", start)?;
        let end = self.last_real_end();
        let def = ClassDef {
            name,
            decorators,
            bases,
            keywords,
            body,
        };
        Ok(Stmt {
            kind: StmtKind::ClassDef(Box::new(def)),
            span: Span::new(start, end),
        })
    }
}
