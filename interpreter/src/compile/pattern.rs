//! The `match` statement: each case's pattern becomes a constant tree that the VM walks
//! (`MATCH_PATTERN`), with the values the pattern names (`Color.RED`, a class, a mapping
//! key) evaluated into a tuple beside it.
//!
//! A pattern node is a tuple whose first item is its kind:
//!
//! ```text
//!   (0,)                         wildcard `_`
//!   (1, slot)                    capture into slot
//!   (2, value)                   `subject == values[value]`
//!   (3, constant)                `subject is constant` (None, True, False)
//!   (4, star, star_slot, p...)   sequence; `star` is the position of `*x` or -1,
//!                                `star_slot` its capture slot or -1
//!   (5, rest_slot, (key...), (p...))   mapping; keys index `values`
//!   (6, class, (p...), (name...), (p...))   class pattern: positional, keyword
//!   (7, slot, p)                 `p as name`
//!   (8, p...)                    `p | q | ...`
//! ```
//!
//! A matched case stores its captures, in slot order, only after the whole pattern has
//! matched (a failed case binds nothing), then tests its guard.

use alloc::string::String;
use alloc::vec::Vec;

use super::{CResult, Compiler};
use crate::ast::{Expr, ExprKind, MatchCase, Pattern, PatternKind, Span};
use crate::bytecode::op;
use crate::syntax_error::SyntaxError;
use crate::value::Value;

/// What compiling one pattern collects.
#[derive(Default)]
struct Collect<'a> {
    /// Capture names, by slot.
    names: Vec<String>,
    /// Expressions whose values the pattern compares with, in order.
    values: Vec<&'a Expr>,
}

impl<'a> Compiler<'a, '_> {
    pub(super) fn match_stmt(
        &mut self,
        subject: &'a Expr,
        cases: &'a [MatchCase],
        span: Span,
    ) -> CResult {
        self.expr(subject)?;
        let mut ends = Vec::new();
        for (i, case) in cases.iter().enumerate() {
            let last = i + 1 == cases.len();
            if !last && case.guard.is_none() && irrefutable(&case.pattern) {
                return Err(SyntaxError::new(
                    unreachable_message(&case.pattern),
                    case.pattern.span,
                ));
            }
            let mut c = Collect::default();
            let tree = self.pattern_tree(&case.pattern, &mut c)?;
            self.set_line(case.pattern.span);
            self.emit(op::DUP_TOP);
            for v in &c.values {
                self.expr(v)?;
            }
            self.emit_arg(op::BUILD_TUPLE, c.values.len() as u16);
            let index = self.add_const(tree)?;
            self.emit_arg(op::MATCH_PATTERN, index);
            self.emit(op::DUP_TOP);
            self.emit(op::LOAD_NONE);
            self.emit_arg(op::COMPARE_OP, crate::bytecode::CompareOp::Is as u16);
            let fail = self.jump_forward(op::POP_JUMP_IF_TRUE);
            self.emit_arg(op::UNPACK_SEQUENCE, c.names.len() as u16);
            for name in &c.names {
                self.store_name(name)?;
            }
            let mut guard_fail = None;
            if let Some(g) = &case.guard {
                self.expr(g)?;
                guard_fail = Some(self.jump_forward(op::POP_JUMP_IF_FALSE));
            }
            self.emit(op::POP_TOP);
            self.body(&case.body)?;
            ends.push(self.jump_forward(op::JUMP));
            self.patch_here(fail);
            self.emit(op::POP_TOP);
            if let Some(g) = guard_fail {
                self.patch_here(g);
            }
        }
        self.set_line(span);
        self.emit(op::POP_TOP);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    /// A tuple constant.
    fn tuple_const(&mut self, items: Vec<Value>) -> CResult<Value> {
        self.vm.new_tuple(items).map_err(|_| self.out_of_memory())
    }

    fn small(i: i64) -> Value {
        Value::small(i).unwrap_or(Value::NONE)
    }

    fn capture_slot(c: &mut Collect<'a>, name: &str, span: Span) -> CResult<Value> {
        if c.names.iter().any(|n| n == name) {
            return Err(SyntaxError::new(
                alloc::format!("multiple assignments to name '{name}' in pattern"),
                span,
            ));
        }
        c.names.push(String::from(name));
        Ok(Self::small(c.names.len() as i64 - 1))
    }

    fn value_slot(c: &mut Collect<'a>, e: &'a Expr) -> Value {
        c.values.push(e);
        Self::small(c.values.len() as i64 - 1)
    }

    fn pattern_tree(&mut self, p: &'a Pattern, c: &mut Collect<'a>) -> CResult<Value> {
        let items = match &p.kind {
            PatternKind::As {
                pattern: None,
                name: None,
            } => alloc::vec![Self::small(0)],
            PatternKind::As {
                pattern: None,
                name: Some(n),
            } => alloc::vec![Self::small(1), Self::capture_slot(c, n, p.span)?],
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => {
                let sub = self.pattern_tree(inner, c)?;
                match name {
                    Some(n) => alloc::vec![Self::small(7), Self::capture_slot(c, n, p.span)?, sub],
                    None => return Ok(sub),
                }
            }
            PatternKind::Value(e) => alloc::vec![Self::small(2), Self::value_slot(c, e)],
            PatternKind::Singleton(e) => {
                let v = match &e.kind {
                    ExprKind::Constant(crate::ast::Constant::True) => Value::TRUE,
                    ExprKind::Constant(crate::ast::Constant::False) => Value::FALSE,
                    _ => Value::NONE,
                };
                alloc::vec![Self::small(3), v]
            }
            PatternKind::Sequence(ps) => {
                let star = ps
                    .iter()
                    .position(|q| matches!(q.kind, PatternKind::Star(_)));
                if ps
                    .iter()
                    .filter(|q| matches!(q.kind, PatternKind::Star(_)))
                    .count()
                    > 1
                {
                    return Err(SyntaxError::new(
                        "multiple starred names in sequence pattern",
                        p.span,
                    ));
                }
                let mut items =
                    alloc::vec![Self::small(4), Self::small(star.map_or(-1, |s| s as i64))];
                let star_slot = match star.map(|s| &ps[s].kind) {
                    Some(PatternKind::Star(Some(n))) => Self::capture_slot(c, n, p.span)?,
                    _ => Self::small(-1),
                };
                items.push(star_slot);
                for q in ps {
                    if matches!(q.kind, PatternKind::Star(_)) {
                        items.push(Self::small(0));
                        continue;
                    }
                    items.push(self.pattern_tree(q, c)?);
                }
                items
            }
            PatternKind::Star(_) => {
                return Err(SyntaxError::new("can't use starred name here", p.span));
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                let mut key_slots = Vec::with_capacity(keys.len());
                let mut literals: Vec<LiteralKey> = Vec::new();
                for k in keys {
                    if let Some((lit, text)) = literal_key(k) {
                        if literals.contains(&lit) {
                            let msg =
                                alloc::format!("mapping pattern checks duplicate key ({text})");
                            return Err(SyntaxError::new(msg, k.span));
                        }
                        literals.push(lit);
                    }
                    key_slots.push(Self::value_slot(c, k));
                }
                let mut subs = Vec::with_capacity(patterns.len());
                for q in patterns {
                    subs.push(self.pattern_tree(q, c)?);
                }
                let rest_slot = match rest {
                    Some(n) => Self::capture_slot(c, n, p.span)?,
                    None => Self::small(-1),
                };
                let keys_t = self.tuple_const(key_slots)?;
                let subs_t = self.tuple_const(subs)?;
                alloc::vec![Self::small(5), rest_slot, keys_t, subs_t]
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                let cls_slot = Self::value_slot(c, cls);
                let mut pos = Vec::with_capacity(patterns.len());
                for q in patterns {
                    pos.push(self.pattern_tree(q, c)?);
                }
                let mut names = Vec::with_capacity(kwd_attrs.len());
                for (i, a) in kwd_attrs.iter().enumerate() {
                    if kwd_attrs[..i].contains(a) {
                        return Err(SyntaxError::new(
                            alloc::format!("attribute name repeated in class pattern: {a}"),
                            p.span,
                        ));
                    }
                    names.push(Value::qstr(self.vm.qstrs.intern(a)));
                }
                let mut kw = Vec::with_capacity(kwd_patterns.len());
                for q in kwd_patterns {
                    kw.push(self.pattern_tree(q, c)?);
                }
                let pos_t = self.tuple_const(pos)?;
                let names_t = self.tuple_const(names)?;
                let kw_t = self.tuple_const(kw)?;
                alloc::vec![Self::small(6), cls_slot, pos_t, names_t, kw_t]
            }
            PatternKind::Or(alts) => {
                let mut items = alloc::vec![Self::small(8)];
                let mut first: Option<Vec<String>> = None;
                for (i, alt) in alts.iter().enumerate() {
                    if i + 1 < alts.len() && irrefutable(alt) {
                        return Err(SyntaxError::new(unreachable_message(alt), alt.span));
                    }
                    let mut sub = Collect::default();
                    let tree = self.pattern_tree(alt, &mut sub)?;
                    let mut sorted = sub.names.clone();
                    sorted.sort();
                    match &first {
                        None => {
                            for n in &sub.names {
                                Self::capture_slot(c, n, alt.span)?;
                            }
                            first = Some(sorted);
                        }
                        Some(f) if *f != sorted => {
                            return Err(SyntaxError::new(
                                "alternative patterns bind different names",
                                alt.span,
                            ));
                        }
                        Some(_) => {}
                    }
                    // Every alternative binds its names into the same slots, and its
                    // values follow the ones collected so far.
                    let remap: Vec<i64> = sub
                        .names
                        .iter()
                        .map(|n| c.names.iter().position(|m| m == n).map_or(-1, |i| i as i64))
                        .collect();
                    let tree = self.remap_slots(tree, &remap)?;
                    let tree = self.shift_values(tree, c.values.len() as i64)?;
                    c.values.extend(sub.values);
                    items.push(tree);
                }
                items
            }
        };
        self.tuple_const(items)
    }

    /// Rewrites the capture slots of a compiled pattern through `remap`.
    fn remap_slots(&mut self, tree: Value, remap: &[i64]) -> CResult<Value> {
        self.rewrite(tree, &|kind, i, v| match (kind, i) {
            (1 | 7, 1) | (4, 2) | (5, 1) => v
                .as_small()
                .filter(|&s| s >= 0)
                .map(|s| Value::small(remap.get(s as usize).copied().unwrap_or(-1)).unwrap_or(v)),
            _ => None,
        })
    }

    /// Shifts the value indices of a compiled pattern by `offset`.
    fn shift_values(&mut self, tree: Value, offset: i64) -> CResult<Value> {
        self.rewrite(tree, &|kind, i, v| match (kind, i) {
            (2, 1) | (6, 1) => v.as_small().map(|s| Value::small(s + offset).unwrap_or(v)),
            _ => None,
        })
    }

    /// Rebuilds a pattern tree, replacing leaf items for which `f(kind, position, item)`
    /// answers; sub-patterns (and tuples of them) are rewritten recursively.
    fn rewrite(
        &mut self,
        tree: Value,
        f: &dyn Fn(i64, usize, Value) -> Option<Value>,
    ) -> CResult<Value> {
        let items = self.vm.tuple_items(tree).to_vec();
        let kind = items.first().and_then(|v| v.as_small()).unwrap_or(0);
        let mut out = Vec::with_capacity(items.len());
        for (i, &v) in items.iter().enumerate() {
            if let Some(n) = f(kind, i, v) {
                out.push(n);
                continue;
            }
            let is_sub = match kind {
                4 => i >= 3,
                7 => i == 2,
                8 => i >= 1,
                _ => false,
            };
            let is_sub_tuple = matches!((kind, i), (5, 2) | (5, 3) | (6, 2) | (6, 4));
            if is_sub {
                out.push(self.rewrite(v, f)?);
            } else if is_sub_tuple && !(kind == 5 && i == 2) {
                let subs = self.vm.tuple_items(v).to_vec();
                let mut new = Vec::with_capacity(subs.len());
                for s in subs {
                    new.push(self.rewrite(s, f)?);
                }
                out.push(self.tuple_const(new)?);
            } else if kind == 5 && i == 2 {
                // Mapping keys are value indices.
                let keys = self.vm.tuple_items(v).to_vec();
                let mut new = Vec::with_capacity(keys.len());
                for k in keys {
                    new.push(f(2, 1, k).unwrap_or(k));
                }
                out.push(self.tuple_const(new)?);
            } else {
                out.push(v);
            }
        }
        self.tuple_const(out)
    }
}

/// CPython's complaint about an irrefutable pattern before others.
fn unreachable_message(p: &Pattern) -> String {
    match &p.kind {
        PatternKind::As {
            name: Some(n),
            pattern: None,
        } => alloc::format!("name capture '{n}' makes remaining patterns unreachable"),
        PatternKind::Or(alts) => match alts.iter().find(|a| irrefutable(a)) {
            Some(a) => unreachable_message(a),
            None => String::from("wildcard makes remaining patterns unreachable"),
        },
        _ => String::from("wildcard makes remaining patterns unreachable"),
    }
}

/// Whether a pattern matches every subject (a capture or wildcard, possibly in an `as` or
/// an alternative).
fn irrefutable(p: &Pattern) -> bool {
    match &p.kind {
        PatternKind::As { pattern: None, .. } => true,
        PatternKind::As {
            pattern: Some(inner),
            ..
        } => irrefutable(inner),
        PatternKind::Or(alts) => alts.iter().any(irrefutable),
        _ => false,
    }
}

/// A literal mapping-pattern key, compared as Python compares the values (`1`, `1.0` and
/// `True` are one key), for the compile-time duplicate check.
#[derive(PartialEq)]
enum LiteralKey {
    None,
    Int(i64),
    Float(u64),
    Imaginary(u64),
    Str(String),
    Bytes(Vec<u8>),
}

/// The key of a literal (an optionally negated number, a string, bytes, None or a bool)
/// and its repr; `None` for value patterns, which are checked when the match runs.
fn literal_key(e: &crate::ast::Expr) -> Option<(LiteralKey, String)> {
    use crate::ast::{Constant, ExprKind, Int, UnaryOp};
    let (negate, c) = match &e.kind {
        ExprKind::Constant(c) => (false, c),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(c) => (true, c),
            _ => return None,
        },
        _ => return None,
    };
    Some(match c {
        Constant::None => (LiteralKey::None, String::from("None")),
        Constant::True => (LiteralKey::Int(1), String::from("True")),
        Constant::False => (LiteralKey::Int(0), String::from("False")),
        Constant::Int(Int::Small(i)) => {
            let i = if negate { i.checked_neg()? } else { *i };
            (LiteralKey::Int(i), alloc::format!("{i}"))
        }
        Constant::Float(f) => {
            let f = if negate { -f } else { *f };
            let key = if libm::trunc(f) == f && libm::fabs(f) < 9.0e15 {
                LiteralKey::Int(f as i64)
            } else {
                LiteralKey::Float(f.to_bits())
            };
            (key, crate::types::float::repr(f))
        }
        Constant::Imaginary(f) if !negate => {
            let r = crate::types::float::repr(*f);
            let r = r.strip_suffix(".0").unwrap_or(&r);
            // `0j == 0`: a zero imaginary is the key 0.
            let key = if *f == 0.0 {
                LiteralKey::Int(0)
            } else {
                LiteralKey::Imaginary(f.to_bits())
            };
            (key, alloc::format!("{r}j"))
        }
        Constant::Str(t) if !negate => {
            let mut text = String::new();
            crate::vm::repr_text(t, &mut text);
            (LiteralKey::Str(t.clone()), text)
        }
        Constant::Bytes(b) if !negate => {
            let mut text = String::new();
            crate::types::bytes::bytes_repr(b, false, &mut text);
            (LiteralKey::Bytes(b.clone()), text)
        }
        _ => return None,
    })
}
