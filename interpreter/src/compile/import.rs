//! `import` and `from ... import` statements, and the checks CPython makes of
//! `from __future__ import` at compile time.
//!
//! `import a.b.c` is `IMPORT_NAME a.b.c` (with level 0 and no fromlist), which returns the
//! top package `a`; `import a.b.c as d` walks down to `c` with `IMPORT_FROM`. `from m import
//! x, y` passes the tuple of names as the fromlist and reads each with `IMPORT_FROM`.

use super::{CResult, Compiler};
use crate::ast::{Alias, Span, Stmt, StmtKind};
use crate::bytecode::op;
use crate::syntax_error::SyntaxError;
use crate::value::Value;

/// The features `from __future__ import` accepts (all of them always on, or, for
/// `annotations`, not implemented: annotations are still evaluated).
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Checks a module's `from __future__ import` statements: only at its start (after the
/// docstring), and only of features that exist.
pub(super) fn check_future(body: &[Stmt]) -> CResult {
    let mut at_start = true;
    for (i, stmt) in body.iter().enumerate() {
        match &stmt.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                if !at_start {
                    return Err(SyntaxError::new(
                        "from __future__ imports must occur at the beginning of the file",
                        stmt.span,
                    ));
                }
                for alias in names {
                    if alias.name == "braces" {
                        return Err(SyntaxError::new("not a chance", alias.span));
                    }
                    if !FUTURE_FEATURES.contains(&alias.name.as_str()) {
                        let msg = alloc::format!("future feature {} is not defined", alias.name);
                        return Err(SyntaxError::new(msg, alias.span));
                    }
                }
            }
            StmtKind::Expr(e)
                if i == 0
                    && matches!(
                        &e.kind,
                        crate::ast::ExprKind::Constant(crate::ast::Constant::Str(_))
                    ) => {}
            _ => at_start = false,
        }
    }
    Ok(())
}

impl<'a> Compiler<'a, '_> {
    /// `import a.b as c, d`.
    pub(super) fn import(&mut self, aliases: &'a [Alias]) -> CResult {
        for alias in aliases {
            self.load_const(Value::small_i16(0))?;
            self.emit(op::LOAD_NONE);
            let i = self.raw_name_index(&alias.name)?;
            self.emit_arg(op::IMPORT_NAME, i);
            match &alias.asname {
                Some(asname) => {
                    for part in alias.name.split('.').skip(1) {
                        let i = self.raw_name_index(part)?;
                        self.emit_arg(op::IMPORT_FROM, i);
                        self.emit(op::ROT_TWO);
                        self.emit(op::POP_TOP);
                    }
                    self.store_name(asname)?;
                }
                None => {
                    let top = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.store_name(top)?;
                }
            }
        }
        Ok(())
    }

    /// `from ..module import a as b, c` and `from module import *`.
    pub(super) fn import_from(
        &mut self,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        let level = i16::try_from(level)
            .map_err(|_| SyntaxError::new("too many dots in a relative import", Span::default()))?;
        self.load_const(Value::small_i16(level))?;
        for alias in names {
            let q = self.vm.qstrs.intern(&alias.name);
            self.load_const(Value::qstr(q))?;
        }
        let n = u16::try_from(names.len()).map_err(|_| Self::too_many("imported names"))?;
        self.emit_arg(op::BUILD_TUPLE, n);
        let i = self.raw_name_index(module.unwrap_or(""))?;
        self.emit_arg(op::IMPORT_NAME, i);
        if let [star] = names
            && star.name == "*"
        {
            self.emit(op::IMPORT_STAR);
            return Ok(());
        }
        for alias in names {
            let i = self.raw_name_index(&alias.name)?;
            self.emit_arg(op::IMPORT_FROM, i);
            self.store_name(alias.asname.as_deref().unwrap_or(&alias.name))?;
        }
        self.emit(op::POP_TOP);
        Ok(())
    }
}
