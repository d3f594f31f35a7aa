//! Code generation for `try ... except* ...` (PEP 654).
//!
//! The exception caught is split clause by clause: each `except*` takes the part of what is
//! still unhandled that matches its types (`CHECK_EG_MATCH`), runs its body with that part
//! as the handled exception, and collects whatever the body raises. At the end
//! `RERAISE_STAR` combines the raised exceptions with the unhandled rest the way CPython
//! does (`vm/exc_star.rs`) and raises the result, if any.
//!
//! ```text
//!     SETUP_EXCEPT handler
//!     <body>
//!     POP_BLOCK; <orelse>; JUMP end
//! handler:                          orig
//!     PUSH_EXC_INFO; SETUP_EXCEPT cleanup
//!     DUP_TOP; BUILD_LIST 0; ROT_TWO  orig raised rest
//!   each clause:
//!     <type>; CHECK_EG_MATCH next    orig raised rest match
//!     <store name> | POP_TOP
//!     SETUP_EXCEPT raised_here; <body>; POP_BLOCK; <clear name>; JUMP next
//!   raised_here:                    orig raised rest exc
//!     COMP_LIST_APPEND 1; <clear name>
//!   next:
//!     LIST_APPEND                   orig raised   (the rest joins the raised ones)
//!     POP_BLOCK; POP_EXCEPT
//!     RERAISE_STAR; JUMP end         (raises, or pops both and falls through)
//! cleanup:                          orig new
//!     POP_EXCEPT_RERAISE
//! end:
//! ```
//!
//! A `break`, `continue` or `return` leaving a clause body is a SyntaxError, as in CPython
//! (`FBlock::StarHandler`).

use super::{CResult, Compiler, FBlock};
use crate::ast::{ExceptHandler, Span, Stmt};
use crate::bytecode::op;
use crate::syntax_error::SyntaxError;

/// The message of a jump out of an `except*` clause.
pub(super) const JUMP_OUT: &str =
    "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Compiler<'a, '_> {
    pub(super) fn try_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (setup, end) = self.protected_body(body, orelse)?;
        self.patch_here(setup);
        self.emit(op::PUSH_EXC_INFO);
        let cleanup = self.jump_forward(op::SETUP_EXCEPT);
        self.emit(op::DUP_TOP);
        self.emit_arg(op::BUILD_LIST, 0);
        self.emit(op::ROT_TWO);
        for h in handlers {
            self.star_clause(h)?;
        }
        self.emit(op::LIST_APPEND);
        self.emit(op::POP_BLOCK);
        self.emit(op::POP_EXCEPT);
        self.emit(op::RERAISE_STAR);
        let end2 = self.jump_forward(op::JUMP);
        self.cleanup_landing(cleanup, [end, end2]);
        Ok(())
    }

    /// One `except* T [as name]: body`, with `orig raised rest` on the stack.
    fn star_clause(&mut self, h: &'a ExceptHandler) -> CResult {
        self.set_line(h.span);
        let Some(typ) = &h.typ else {
            return Err(SyntaxError::new(
                "expected one or more exception types",
                h.span,
            ));
        };
        self.expr(typ)?;
        let next = self.jump_forward(op::CHECK_EG_MATCH);
        match &h.name {
            Some(n) => self.store_name(n)?,
            None => self.emit(op::POP_TOP),
        }
        let raised = self.jump_forward(op::SETUP_EXCEPT);
        self.unit.fblocks.push(FBlock::StarHandler);
        self.body(&h.body)?;
        self.unit.fblocks.pop();
        self.emit(op::POP_BLOCK);
        if let Some(n) = &h.name {
            self.clear_name(n)?;
        }
        let done = self.jump_forward(op::JUMP);
        self.patch_here(raised);
        self.emit_arg(op::COMP_LIST_APPEND, 1);
        if let Some(n) = &h.name {
            self.clear_name(n)?;
        }
        self.patch_here(done);
        self.patch_here(next);
        Ok(())
    }

    /// The error for a `break`, `continue` or `return` at `span` that would leave the
    /// blocks above `depth` through an `except*` clause.
    pub(super) fn check_star_exit(&self, depth: usize, span: Span) -> CResult {
        let blocks = self.unit.fblocks.get(depth..).unwrap_or(&[]);
        if blocks.iter().any(|b| matches!(b, FBlock::StarHandler)) {
            return Err(SyntaxError::new(JUMP_OUT, span));
        }
        Ok(())
    }
}
