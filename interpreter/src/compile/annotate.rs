//! Code generation for variable annotations (`target: annotation [= value]`).
//!
//! As in CPython 3.11 (without `from __future__ import annotations`): a module or class
//! body that holds an annotated assignment anywhere outside nested `def`s and classes
//! first makes sure its namespace has an `__annotations__` dict; a simple name's
//! annotation is then evaluated and stored there under the (mangled) name. Other targets'
//! annotations are evaluated and dropped; in a function body annotations are not evaluated
//! at all. An attribute or subscript target without a value still evaluates its object
//! (and index).

use super::{CResult, Compiler};
use crate::ast::{Expr, ExprKind, Stmt, StmtKind};
use crate::bytecode::op;

/// The namespace key for annotations.
const ANNOTATIONS: &str = "__annotations__";

/// Whether `body` holds an annotated assignment, looking into compound statements but not
/// into function or class definitions (CPython's `find_ann`).
pub(super) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a, '_> {
    /// CPython's `SETUP_ANNOTATIONS` for a module or class `body` that needs it: binds
    /// `__annotations__` to a new dict unless the namespace already has one. A module's
    /// namespace may (an `exec` namespace, or a REPL session across inputs); a class body's
    /// is new, and reading the name there would find the module's dict instead.
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) -> CResult {
        if !has_annotations(body) {
            return Ok(());
        }
        let mut guard = None;
        if self.unit.scope == 0 {
            // try: __annotations__ / except: __annotations__ = {}. Only a missing name
            // can fail here, so the handler does not test the exception's type.
            let setup = self.jump_forward(op::SETUP_EXCEPT);
            self.load_name(ANNOTATIONS)?;
            self.emit(op::POP_TOP);
            self.emit(op::POP_BLOCK);
            guard = Some(self.jump_forward(op::JUMP));
            self.patch_here(setup);
            self.emit(op::POP_TOP);
        }
        self.emit_arg(op::BUILD_MAP, 0);
        self.store_name(ANNOTATIONS)?;
        if let Some(end) = guard {
            self.patch_here(end);
        }
        Ok(())
    }

    /// `target: annotation [= value]`.
    pub(super) fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.store(target)?;
        }
        let evaluated = !self.scope().is_function();
        match &target.kind {
            ExprKind::Name(name) if simple && evaluated => {
                self.expr(annotation)?;
                self.load_name(ANNOTATIONS)?;
                let key = self.mangled(name);
                let key = self.str_const(&key)?;
                self.load_const(key)?;
                self.emit(op::STORE_SUBSCR);
                return Ok(());
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.expr(obj)?;
                self.emit(op::POP_TOP);
            }
            ExprKind::Subscript { value: obj, index } if value.is_none() => {
                self.expr(obj)?;
                self.emit(op::POP_TOP);
                self.expr(index)?;
                self.emit(op::POP_TOP);
            }
            _ => {}
        }
        if evaluated && !simple {
            self.expr(annotation)?;
            self.emit(op::POP_TOP);
        }
        Ok(())
    }
}
