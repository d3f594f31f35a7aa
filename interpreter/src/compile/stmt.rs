//! Code generation for statements: assignment, control flow, exception handling, `def`.

use alloc::vec::Vec;

use super::{CResult, Compiler, FBlock, Mode};
use crate::ast::*;
use crate::bytecode::{BinaryOp, flags, op};
use crate::syntax_error::SyntaxError;

pub(super) fn binop(op: crate::ast::BinOp) -> BinaryOp {
    use crate::ast::BinOp as B;
    match op {
        B::Add => BinaryOp::Add,
        B::Sub => BinaryOp::Sub,
        B::Mult => BinaryOp::Mul,
        B::MatMult => BinaryOp::MatMul,
        B::Div => BinaryOp::TrueDiv,
        B::Mod => BinaryOp::Mod,
        B::Pow => BinaryOp::Pow,
        B::LShift => BinaryOp::LShift,
        B::RShift => BinaryOp::RShift,
        B::BitOr => BinaryOp::Or,
        B::BitXor => BinaryOp::Xor,
        B::BitAnd => BinaryOp::And,
        B::FloorDiv => BinaryOp::FloorDiv,
    }
}

impl<'a> Compiler<'a, '_> {
    pub(super) fn body(&mut self, stmts: &'a [Stmt]) -> CResult {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    pub(super) fn stmt(&mut self, stmt: &'a Stmt) -> CResult {
        self.set_line(stmt.span);
        match &stmt.kind {
            StmtKind::Expr(e) => {
                if matches!(self.mode, Mode::Interactive | Mode::Single) && self.unit.scope == 0 {
                    self.expr(e)?;
                    self.emit(op::PRINT_EXPR);
                } else if !matches!(e.kind, ExprKind::Constant(_)) {
                    self.expr(e)?;
                    self.emit(op::POP_TOP);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(op::DUP_TOP);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign {
                target,
                op: bop,
                value,
            } => self.aug_assign(target, *bop, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple)?,
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Break => self.break_(stmt.span)?,
            StmtKind::Continue => self.continue_(stmt.span)?,
            StmtKind::Return(value) => {
                if !self.scope().is_function() {
                    return Err(SyntaxError::new("'return' outside function", stmt.span));
                }
                if value.is_some() && self.unit.is_async_gen {
                    return Err(SyntaxError::new(
                        "'return' with value in async generator",
                        stmt.span,
                    ));
                }
                self.check_star_exit(0, stmt.span)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.emit(op::LOAD_NONE),
                }
                self.unwind_all(true)?;
                self.emit(op::RETURN_VALUE);
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete(t))?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit_arg(op::RAISE, n);
            }
            StmtKind::Assert { .. } if self.vm.opt_level > 0 => {}
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                let end = self.jump_forward(op::POP_JUMP_IF_TRUE);
                self.emit(op::LOAD_ASSERTION_ERROR);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit_arg(op::CALL_FUNCTION, 1);
                }
                self.emit_arg(op::RAISE, 1);
                self.patch_here(end);
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let else_ = self.jump_forward(op::POP_JUMP_IF_FALSE);
                self.body(body)?;
                if orelse.is_empty() {
                    self.patch_here(else_);
                } else {
                    let end = self.jump_forward(op::JUMP);
                    self.patch_here(else_);
                    self.body(orelse)?;
                    self.patch_here(end);
                }
            }
            StmtKind::While { test, body, orelse } => self.while_(test, body, orelse)?,
            StmtKind::For {
                is_async: false,
                target,
                iter,
                body,
                orelse,
            } => self.for_(target, iter, body, orelse)?,
            StmtKind::Try {
                star,
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if !finalbody.is_empty() {
                    self.try_finally(body, handlers, orelse, finalbody, *star)?;
                } else if *star {
                    self.try_star(body, handlers, orelse)?;
                } else {
                    self.try_except(body, handlers, orelse)?;
                }
            }
            StmtKind::FunctionDef(f) => self.function_def(f, stmt.span)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.async_for(target, iter, body, orelse, stmt.span)?,
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async && !self.unit.is_async {
                    return Err(SyntaxError::new(
                        "'async with' outside async function",
                        stmt.span,
                    ));
                }
                self.with(items, body, *is_async, stmt.span)?
            }
            StmtKind::ClassDef(c) => self.class_def(c, stmt.span)?,
            StmtKind::Import(aliases) => self.import(aliases)?,
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level)?,
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases, stmt.span)?,
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, bop: crate::ast::BinOp, value: &'a Expr) -> CResult {
        let arg = binop(bop) as u16 | BinaryOp::INPLACE;
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n)?;
                self.expr(value)?;
                self.set_line(target.span);
                self.emit_arg(op::BINARY_OP, arg);
                self.store_name(n)
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(op::DUP_TOP);
                let i = self.name_index(attr)?;
                self.emit_arg(op::LOAD_ATTR, i);
                self.expr(value)?;
                self.emit_arg(op::BINARY_OP, arg);
                self.emit(op::ROT_TWO);
                self.emit_arg(op::STORE_ATTR, i);
                Ok(())
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.subscript_index(index)?;
                self.emit(op::DUP_TOP_TWO);
                self.emit(op::SUBSCR);
                self.expr(value)?;
                self.emit_arg(op::BINARY_OP, arg);
                self.emit(op::ROT_THREE);
                self.emit(op::STORE_SUBSCR);
                Ok(())
            }
            _ => Err(SyntaxError::new(
                "'expression' is an illegal expression for augmented assignment",
                target.span,
            )),
        }
    }

    /// Stores the value on top of the stack into `target`.
    pub(super) fn store(&mut self, target: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr)?;
                self.emit_arg(op::STORE_ATTR, i);
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                let sliced = self.simple_slice(index)?;
                self.emit(if sliced {
                    op::STORE_SLICE
                } else {
                    op::STORE_SUBSCR
                });
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                match star {
                    None => {
                        if items.len() > u16::MAX as usize {
                            return Err(SyntaxError::new(
                                "too many expressions in star-unpacking assignment",
                                target.span,
                            ));
                        }
                        self.emit_arg(op::UNPACK_SEQUENCE, items.len() as u16);
                    }
                    Some(at) => {
                        let after = items.len() - at - 1;
                        if items
                            .iter()
                            .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(SyntaxError::new(
                                "multiple starred expressions in assignment",
                                target.span,
                            ));
                        }
                        if at > 255 || after > 255 {
                            return Err(SyntaxError::new(
                                "too many expressions in star-unpacking assignment",
                                target.span,
                            ));
                        }
                        self.emit_arg(op::UNPACK_EX, (at | after << 8) as u16);
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.store(inner)?,
                        _ => self.store(item)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => Err(SyntaxError::new(
                "starred assignment target must be in a list or tuple",
                target.span,
            )),
            _ => Err(SyntaxError::new("cannot assign to expression", target.span)),
        }
    }

    fn delete(&mut self, target: &'a Expr) -> CResult {
        self.set_line(target.span);
        match &target.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr)?;
                self.emit_arg(op::DELETE_ATTR, i);
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(op::DELETE_SUBSCR);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|t| self.delete(t))
            }
            _ => Err(SyntaxError::new("cannot delete expression", target.span)),
        }
    }

    fn while_(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let start = self.here();
        let always = matches!(test.kind, ExprKind::Constant(Constant::True))
            || matches!(&test.kind, ExprKind::Constant(Constant::Int(Int::Small(i))) if *i != 0);
        let exit = if always {
            None
        } else {
            self.expr(test)?;
            Some(self.jump_forward(op::POP_JUMP_IF_FALSE))
        };
        self.unit.fblocks.push(FBlock::Loop {
            start,
            breaks: Vec::new(),
            iter: false,
        });
        self.body(body)?;
        let Some(FBlock::Loop { breaks, .. }) = self.unit.fblocks.pop() else {
            return Ok(());
        };
        self.emit_jump(op::JUMP, start);
        if let Some(exit) = exit {
            self.patch_here(exit);
        }
        self.body(orelse)?;
        breaks.into_iter().for_each(|b| self.patch_here(b));
        Ok(())
    }

    fn for_(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        self.expr(iter)?;
        self.emit(op::GET_ITER);
        let start = self.here();
        let exit = self.jump_forward(op::FOR_ITER);
        self.store(target)?;
        self.unit.fblocks.push(FBlock::Loop {
            start,
            breaks: Vec::new(),
            iter: true,
        });
        self.body(body)?;
        let Some(FBlock::Loop { breaks, .. }) = self.unit.fblocks.pop() else {
            return Ok(());
        };
        self.emit_jump(op::JUMP, start);
        self.patch_here(exit);
        self.body(orelse)?;
        breaks.into_iter().for_each(|b| self.patch_here(b));
        Ok(())
    }

    fn break_(&mut self, span: Span) -> CResult {
        let Some(depth) = self
            .unit
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            // CPython leaves the blocks before it looks for the loop.
            self.check_star_exit(0, span)?;
            return Err(SyntaxError::new("'break' outside loop", span));
        };
        self.check_star_exit(depth + 1, span)?;
        self.unwind_to(depth + 1, false)?;
        if let Some(FBlock::Loop { iter: true, .. }) = self.unit.fblocks.get(depth) {
            self.emit(op::POP_TOP);
        }
        let at = self.jump_forward(op::JUMP);
        if let Some(FBlock::Loop { breaks, .. }) = self.unit.fblocks.get_mut(depth) {
            breaks.push(at);
        }
        Ok(())
    }

    fn continue_(&mut self, span: Span) -> CResult {
        let Some(depth) = self
            .unit
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            self.check_star_exit(0, span)?;
            return Err(SyntaxError::new("'continue' not properly in loop", span));
        };
        self.check_star_exit(depth + 1, span)?;
        self.unwind_to(depth + 1, false)?;
        if let Some(&FBlock::Loop { start, .. }) = self.unit.fblocks.get(depth) {
            self.emit_jump(op::JUMP, start);
        }
        Ok(())
    }

    /// Unwinds every block of the unit, for `return` (whose value is on the stack).
    fn unwind_all(&mut self, keep_top: bool) -> CResult {
        self.unwind_to(0, keep_top)
    }

    /// Emits the code that leaves the blocks above `depth`, innermost first. With
    /// `keep_top`, a value on top of the stack (the return value) is preserved.
    fn unwind_to(&mut self, depth: usize, keep_top: bool) -> CResult {
        let mut i = self.unit.fblocks.len();
        while i > depth {
            i -= 1;
            let discard = |c: &mut Self| {
                if keep_top {
                    c.emit(op::ROT_TWO);
                }
                c.emit(op::POP_TOP);
            };
            match &self.unit.fblocks[i] {
                FBlock::Loop { iter, .. } => {
                    if *iter && keep_top {
                        discard(self);
                    }
                }
                FBlock::TryExcept => self.emit(op::POP_BLOCK),
                // `check_star_exit` refuses these jumps before any code is emitted.
                FBlock::StarHandler => {}
                FBlock::Finally(body) => {
                    let body: &'a [Stmt] = body;
                    self.emit(op::POP_BLOCK);
                    // The finally body runs outside its own block (a `return` inside it must
                    // not run it again).
                    let saved = self.unit.fblocks.split_off(i);
                    if keep_top {
                        self.unit.fblocks.push(FBlock::PopValue);
                    }
                    let result = self.body(body);
                    if keep_top {
                        self.unit.fblocks.pop();
                    }
                    self.unit.fblocks.extend(saved);
                    result?;
                }
                FBlock::Handler(name) => {
                    let name = *name;
                    self.emit(op::POP_BLOCK);
                    self.emit(op::POP_EXCEPT);
                    discard(self);
                    if let Some(n) = name {
                        self.clear_name(n)?;
                    }
                }
                FBlock::FinallyHandler => {
                    self.emit(op::POP_BLOCK);
                    self.emit(op::POP_EXCEPT);
                    discard(self);
                }
                FBlock::PopValue => discard(self),
                FBlock::With { is_async } => {
                    // Leaving the body normally: `__exit__(None, None, None)`.
                    let is_async = *is_async;
                    self.emit(op::POP_BLOCK);
                    if keep_top {
                        self.emit(op::ROT_TWO);
                    }
                    self.call_exit_none(is_async);
                }
            }
        }
        Ok(())
    }

    /// `name = None; del name`: the end of `except E as name`.
    pub(super) fn clear_name(&mut self, name: &str) -> CResult {
        self.emit(op::LOAD_NONE);
        self.store_name(name)?;
        self.delete_name(name)
    }

    /// The `try` body under a handler block, then the `else` body, then a jump past the
    /// handlers: returns the handler's patch (for `patch_here` at the handler) and the jump.
    pub(super) fn protected_body(
        &mut self,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<(super::Patch, super::Patch)> {
        let setup = self.jump_forward(op::SETUP_EXCEPT);
        self.unit.fblocks.push(FBlock::TryExcept);
        self.body(body)?;
        self.unit.fblocks.pop();
        self.emit(op::POP_BLOCK);
        self.body(orelse)?;
        Ok((setup, self.jump_forward(op::JUMP)))
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (setup, end) = self.protected_body(body, orelse)?;
        let mut ends = alloc::vec![end];
        // The handler: the exception is on the stack.
        self.patch_here(setup);
        self.emit(op::PUSH_EXC_INFO);
        let cleanup = self.jump_forward(op::SETUP_EXCEPT);
        for h in handlers {
            self.set_line(h.span);
            let next = match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(op::EXC_MATCH);
                    Some(self.jump_forward(op::POP_JUMP_IF_FALSE))
                }
                None => None,
            };
            if let Some(n) = &h.name {
                self.emit(op::DUP_TOP);
                self.store_name(n)?;
            }
            self.unit.fblocks.push(FBlock::Handler(h.name.as_deref()));
            self.body(&h.body)?;
            self.unit.fblocks.pop();
            self.emit(op::POP_BLOCK);
            self.emit(op::POP_EXCEPT);
            self.emit(op::POP_TOP);
            if let Some(n) = &h.name {
                self.clear_name(n)?;
            }
            ends.push(self.jump_forward(op::JUMP));
            match next {
                Some(next) => self.patch_here(next),
                None => break,
            }
        }
        // No clause matched: leave the cleanup block, stop handling, and raise the exception
        // again. (Re-raising inside the cleanup block would pop the exception below the
        // depth the block recorded, and the unwinder would lose a value under it.)
        self.emit(op::POP_BLOCK);
        self.emit(op::POP_EXCEPT);
        self.emit(op::RERAISE);
        self.cleanup_landing(cleanup, ends);
        Ok(())
    }

    /// The end of a handler's code: the cleanup block's landing, where an exception raised
    /// while handling stops handling and propagates (`POP_EXCEPT_RERAISE`), then the
    /// forward jumps `ends` to what follows.
    pub(super) fn cleanup_landing(
        &mut self,
        cleanup: super::Patch,
        ends: impl IntoIterator<Item = super::Patch>,
    ) {
        self.patch_here(cleanup);
        self.emit(op::POP_EXCEPT_RERAISE);
        ends.into_iter().for_each(|e| self.patch_here(e));
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> CResult {
        let setup = self.jump_forward(op::SETUP_EXCEPT);
        self.unit.fblocks.push(FBlock::Finally(finalbody));
        if handlers.is_empty() {
            self.body(body)?;
        } else if star {
            self.try_star(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit.fblocks.pop();
        self.emit(op::POP_BLOCK);
        self.body(finalbody)?;
        let end = self.jump_forward(op::JUMP);
        // The exceptional path: run the finally body with the exception handled, then
        // re-raise it.
        self.patch_here(setup);
        self.emit(op::PUSH_EXC_INFO);
        let cleanup = self.jump_forward(op::SETUP_EXCEPT);
        self.unit.fblocks.push(FBlock::FinallyHandler);
        self.body(finalbody)?;
        self.unit.fblocks.pop();
        self.emit(op::POP_BLOCK);
        self.emit(op::POP_EXCEPT);
        self.emit(op::RERAISE);
        self.cleanup_landing(cleanup, [end]);
        Ok(())
    }

    /// `with a as x, b as y: body` is two nested `with`s. Each one:
    ///
    /// ```text
    ///     <a>; BEFORE_WITH            exit value
    ///     <store x> | POP_TOP         exit
    ///     SETUP_EXCEPT handler
    ///     <body>
    ///     POP_BLOCK; exit(None, None, None); POP_TOP; JUMP end
    /// handler:                        exit exc
    ///     PUSH_EXC_INFO; SETUP_EXCEPT cleanup
    ///     WITH_EXCEPT_START           exit exc suppress
    ///     POP_JUMP_IF_TRUE suppress
    ///     POP_BLOCK; POP_EXCEPT; RERAISE
    /// suppress:
    ///     POP_BLOCK; POP_EXCEPT; POP_TOP; POP_TOP; JUMP end
    /// cleanup:                        exit exc new
    ///     POP_EXCEPT_RERAISE
    /// end:
    /// ```
    fn with(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
        span: Span,
    ) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&item.context)?;
        self.set_line(span);
        if is_async {
            self.emit(op::BEFORE_ASYNC_WITH);
            self.await_top();
        } else {
            self.emit(op::BEFORE_WITH);
        }
        match &item.target {
            Some(t) => self.store(t)?,
            None => self.emit(op::POP_TOP),
        }
        let setup = self.jump_forward(op::SETUP_EXCEPT);
        self.unit.fblocks.push(FBlock::With { is_async });
        let r = self.with(rest, body, is_async, span);
        self.unit.fblocks.pop();
        r?;
        self.set_line(span);
        self.emit(op::POP_BLOCK);
        self.call_exit_none(is_async);
        let end = self.jump_forward(op::JUMP);
        self.patch_here(setup);
        self.emit(op::PUSH_EXC_INFO);
        let cleanup = self.jump_forward(op::SETUP_EXCEPT);
        self.emit(op::WITH_EXCEPT_START);
        if is_async {
            self.await_top();
        }
        let suppress = self.jump_forward(op::POP_JUMP_IF_TRUE);
        self.emit(op::POP_BLOCK);
        self.emit(op::POP_EXCEPT);
        self.emit(op::RERAISE);
        self.patch_here(suppress);
        self.emit(op::POP_BLOCK);
        self.emit(op::POP_EXCEPT);
        self.emit(op::POP_TOP);
        self.emit(op::POP_TOP);
        let end2 = self.jump_forward(op::JUMP);
        self.cleanup_landing(cleanup, [end, end2]);
        Ok(())
    }

    /// `exit -> `: calls the bound `__exit__` on top of the stack with three Nones (and
    /// awaits the result of an `__aexit__`).
    fn call_exit_none(&mut self, is_async: bool) {
        self.emit(op::LOAD_NONE);
        self.emit(op::LOAD_NONE);
        self.emit(op::LOAD_NONE);
        self.emit_arg(op::CALL_FUNCTION, 3);
        if is_async {
            self.await_top();
        }
        self.emit(op::POP_TOP);
    }

    /// `awaitable -> result`: awaits the value on top of the stack.
    pub(super) fn await_top(&mut self) {
        self.emit(op::GET_AWAITABLE);
        self.emit(op::LOAD_NONE);
        self.emit(op::YIELD_FROM);
    }

    /// `async for target in iter: body else: orelse`:
    ///
    /// ```text
    ///     <iter>; GET_AITER
    /// start:
    ///     SETUP_EXCEPT end; GET_ANEXT; <await>; POP_BLOCK
    ///     <store target>; <body>; JUMP start
    /// end:                            aiter exc
    ///     END_ASYNC_FOR; <orelse>
    /// ```
    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> CResult {
        if !self.unit.is_async {
            return Err(SyntaxError::new("'async for' outside async function", span));
        }
        self.expr(iter)?;
        self.set_line(span);
        self.emit(op::GET_AITER);
        let start = self.here();
        let end = self.jump_forward(op::SETUP_EXCEPT);
        self.emit(op::GET_ANEXT);
        self.await_top();
        self.emit(op::POP_BLOCK);
        self.store(target)?;
        self.unit.fblocks.push(FBlock::Loop {
            start,
            breaks: Vec::new(),
            iter: true,
        });
        self.body(body)?;
        let Some(FBlock::Loop { breaks, .. }) = self.unit.fblocks.pop() else {
            return Ok(());
        };
        self.emit_jump(op::JUMP, start);
        self.patch_here(end);
        self.set_line(span);
        self.emit(op::END_ASYNC_FOR);
        self.body(orelse)?;
        breaks.into_iter().for_each(|b| self.patch_here(b));
        Ok(())
    }

    fn function_def(&mut self, f: &'a FunctionDef, span: Span) -> CResult {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let mut fl = self.defaults(&f.params)?;
        if f.is_async {
            fl |= flags::COROUTINE;
        }
        self.set_line(span);
        self.make_function(
            super::scope::node_key(f),
            &f.name,
            &f.params,
            span,
            fl,
            |c| {
                if let Some(Stmt {
                    kind: StmtKind::Expr(doc),
                    ..
                }) = f.body.first()
                    && let ExprKind::Constant(crate::ast::Constant::Str(text)) = &doc.kind
                {
                    c.unit.doc = c.str_const(text)?;
                }
                c.body(&f.body)?;
                c.emit(op::LOAD_NONE);
                c.emit(op::RETURN_VALUE);
                Ok(())
            },
        )?;
        self.store_annotations(f)?;
        for _ in &f.decorators {
            self.emit_arg(op::CALL_FUNCTION, 1);
        }
        self.store_name(&f.name)
    }

    /// With the new function on the stack: evaluates its parameter and return annotations
    /// into a dict and stores it as the function's `__annotations__` (nothing to do when it
    /// has none; reading the attribute then gives an empty dict).
    fn store_annotations(&mut self, f: &'a FunctionDef) -> CResult {
        let p = &f.params;
        // CPython's order: the ordinary parameters before the positional-only ones.
        let params = p.args.iter().chain(&p.posonly).chain(&p.vararg);
        let params = params.chain(&p.kwonly).chain(&p.kwarg);
        let mut annotated: Vec<(&str, &'a crate::ast::Expr)> = params
            .filter_map(|p| Some((p.name.as_str(), p.annotation.as_ref()?)))
            .collect();
        if let Some(r) = &f.returns {
            annotated.push(("return", r));
        }
        if annotated.is_empty() {
            return Ok(());
        }
        self.emit(op::DUP_TOP);
        for &(name, e) in &annotated {
            let name = self.mangled(name);
            let q = self.vm.qstrs.intern(&name);
            self.load_const(crate::value::Value::qstr(q))?;
            self.expr(e)?;
        }
        let n = u16::try_from(annotated.len()).map_err(|_| Self::too_many("annotations"))?;
        self.emit_arg(op::BUILD_MAP, n);
        self.emit(op::ROT_TWO);
        let i = self.name_index("__annotations__")?;
        self.emit_arg(op::STORE_ATTR, i);
        Ok(())
    }

    /// `class C(bases, **kw): body` is `C = __build_class__(<body function>, 'C', bases,
    /// **kw)`, decorated. The body runs with the class namespace as its locals; when a
    /// method needs `__class__` (zero-argument `super()`), the body stores its cell as
    /// `__classcell__` for `type.__new__` to fill in.
    fn class_def(&mut self, c: &'a ClassDef, span: Span) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.set_line(span);
        self.emit(op::LOAD_BUILD_CLASS);
        let node = super::scope::node_key(c);
        let scope = self.scope_of(node, span)?;
        static NO_PARAMS: Parameters = Parameters {
            posonly: Vec::new(),
            args: Vec::new(),
            vararg: None,
            kwonly: Vec::new(),
            kwarg: None,
        };
        self.make_function(node, &c.name, &NO_PARAMS, span, 0, |cc| {
            cc.setup_annotations(&c.body)?;
            cc.store_docstring(&c.body)?;
            cc.body(&c.body)?;
            if cc.scopes[scope].cells.iter().any(|n| n == "__class__") {
                match cc.scope().storage("__class__") {
                    super::scope::Storage::Deref(i) => cc.emit_arg(op::LOAD_CLOSURE, i),
                    _ => {
                        return Err(SyntaxError::new("internal error: no __class__ cell", span));
                    }
                }
                cc.store_name("__classcell__")?;
            }
            cc.emit(op::LOAD_NONE);
            cc.emit(op::RETURN_VALUE);
            Ok(())
        })?;
        let name = self.vm.qstrs.intern(&c.name);
        self.load_const(crate::value::Value::qstr(name))?;
        self.call_tail(span, 2, &c.bases, &c.keywords)?;
        for _ in &c.decorators {
            self.emit_arg(op::CALL_FUNCTION, 1);
        }
        self.store_name(&c.name)
    }

    /// Pushes the defaults tuple and the keyword-only defaults dict; returns the flags.
    pub(super) fn defaults(&mut self, params: &'a Parameters) -> CResult<u8> {
        let mut fl = 0;
        let positional: Vec<&'a Param> = params.posonly.iter().chain(&params.args).collect();
        let n = positional.iter().filter(|p| p.default.is_some()).count();
        if n > 0 {
            for p in positional.iter().filter_map(|p| p.default.as_ref()) {
                self.expr(p)?;
            }
            self.emit_arg(op::BUILD_TUPLE, n as u16);
            fl |= flags::HAS_DEFAULTS;
        }
        let kw: Vec<&'a Param> = params
            .kwonly
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kw.is_empty() {
            for p in &kw {
                let q = self.vm.qstrs.intern(&p.name);
                self.load_const(crate::value::Value::qstr(q))?;
                if let Some(d) = &p.default {
                    self.expr(d)?;
                }
            }
            self.emit_arg(op::BUILD_MAP, kw.len() as u16);
            fl |= flags::HAS_KWDEFAULTS;
        }
        Ok(fl)
    }
}

use crate::ast::Span;
