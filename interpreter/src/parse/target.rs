//! Validation of assignment, deletion and augmented-assignment targets.
//!
//! Targets are parsed as ordinary expressions and checked afterwards, which gives CPython's
//! messages ("cannot assign to function call", "cannot delete literal") naming the first
//! offending sub-expression. The recursion here follows tuples and lists of the target only,
//! whose depth the parser has already bounded.

use alloc::format;

use super::parser::{PResult, Parser};
use crate::ast::{Constant, Expr, ExprKind, UnaryOp};

/// How CPython names an expression in "cannot assign to ..." messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(n) if n == "__debug__" => "__debug__",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Whether CPython words an invalid single target `e` in `e = value` as "cannot assign to
/// X here. Maybe you meant '==' instead of '='?": only for operands of `|` and tighter
/// operators that are not displays or the singletons.
pub fn here_hint_applies(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::List(_)
        | ExprKind::Tuple(_)
        | ExprKind::GeneratorExp { .. }
        | ExprKind::Compare { .. }
        | ExprKind::BoolOp { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::Starred(_)
        | ExprKind::NamedExpr { .. }
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_)
        | ExprKind::Slice { .. } => false,
        ExprKind::UnaryOp {
            op: UnaryOp::Not, ..
        } => false,
        ExprKind::Constant(c) => !matches!(c, Constant::None | Constant::True | Constant::False),
        _ => true,
    }
}

/// The first sub-expression of `e` that cannot be a target.
fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(n) if n == "__debug__" => Some(e),
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) if !del => invalid_target(inner, del),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            elts.iter().find_map(|x| invalid_target(x, del))
        }
        _ => Some(e),
    }
}

/// Checks an assignment target (also `for`, comprehension and `with ... as` targets).
pub fn check_assign(p: &Parser<'_>, e: &Expr) -> PResult<()> {
    if let Some(bad) = invalid_target(e, false) {
        return Err(p.error(format!("cannot assign to {}", expr_name(bad)), bad.span));
    }
    check_starred(p, e, true)
}

/// The compiler-level rules on starred targets: not alone, at most one per sequence.
fn check_starred(p: &Parser<'_>, e: &Expr, top: bool) -> PResult<()> {
    match &e.kind {
        ExprKind::Starred(inner) => {
            if top {
                let msg = "starred assignment target must be in a list or tuple";
                return Err(p.error(msg, e.span));
            }
            check_starred(p, inner, true)
        }
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            let mut stars = elts
                .iter()
                .filter(|x| matches!(x.kind, ExprKind::Starred(_)));
            if let (Some(_), Some(second)) = (stars.next(), stars.next()) {
                return Err(p.error("multiple starred expressions in assignment", second.span));
            }
            for x in elts {
                check_starred(p, x, false)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Checks the targets of `del`.
pub fn check_delete(p: &Parser<'_>, e: &Expr) -> PResult<()> {
    match invalid_target(e, true) {
        Some(bad) => Err(p.error(format!("cannot delete {}", expr_name(bad)), bad.span)),
        None => Ok(()),
    }
}

/// Checks the target of an augmented assignment: a name, attribute or subscript only.
pub fn check_aug(p: &Parser<'_>, e: &Expr) -> PResult<()> {
    match &e.kind {
        ExprKind::Name(n) if n == "__debug__" => Err(p.error("cannot assign to __debug__", e.span)),
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => {
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(e)
            );
            Err(p.error(msg, e.span))
        }
    }
}
