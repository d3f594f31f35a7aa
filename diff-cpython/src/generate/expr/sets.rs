//! Sets and frozensets of ints: displays, comprehensions, the operators `| & - ^`, the named
//! methods, and the ways out of a set that do not depend on its table order (`sorted`, `len`,
//! `sum`, `min`, `max`, membership and the subset comparisons).
//!
//! Sets of strings appear only inside one expression that sorts or counts them: a string's
//! hash, and so its place in a table, changes from one CPython process to the next.

use super::super::ast::{Arg, BinOp, CmpOp, CompKind, Comprehension, Expr};
use super::super::lit;
use super::{ELEM, Gen, R, Ty, Var};

impl Gen<'_, '_> {
    pub(super) fn set_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(9)? {
            0 => self.leaf(Ty::Set)?,
            1 | 2 => {
                let (a, wa) = self.expr(Ty::Set, d)?;
                let (b, wb) = self.set_or_frozen(d)?;
                let op =
                    *self
                        .u
                        .choose(&[BinOp::BitOr, BinOp::BitAnd, BinOp::Sub, BinOp::BitXor])?;
                let w = match op {
                    BinOp::BitOr | BinOp::BitXor => wa + wb,
                    BinOp::BitAnd => wa.min(wb),
                    _ => wa,
                };
                (Expr::bin(op, a, b), w)
            }
            3 => {
                let (a, wa) = self.expr(Ty::Set, d)?;
                let m = *self.u.choose(&[
                    "union",
                    "intersection",
                    "difference",
                    "symmetric_difference",
                ])?;
                // The methods take any iterable, and more than one.
                let (b, wb) = if self.chance(1, 2)? {
                    self.int_list(d)?
                } else {
                    self.expr(Ty::Set, d)?
                };
                let wb = wb.min(50);
                let mut args = vec![b];
                if self.chance(1, 4)? {
                    args.push(Expr::call("range", vec![self.small_int()?]));
                }
                (Expr::method(a, m, args), wa + wb + 50)
            }
            4 => {
                if self.chance(1, 2)? {
                    let (l, _) = self.int_list(d)?;
                    (Expr::call("set", vec![l]), 50)
                } else {
                    let r = Expr::call("range", vec![self.small_int()?]);
                    (Expr::call("set", vec![r]), 50)
                }
            }
            5 => (self.set_comprehension(d)?, 50),
            6 => {
                let items = (0..self.u.int_in_range(1..=4)?)
                    .map(|_| self.light(Ty::Int, d.min(1), ELEM).map(|r| r.0))
                    .collect::<R<Vec<_>>>()?;
                (Expr::Set(items), 4)
            }
            7 => {
                let (a, w) = self.expr(Ty::Set, d)?;
                match self.pick(3)? {
                    0 => (Expr::call("frozenset", vec![a]), w),
                    1 => (Expr::call("set", vec![a]), w),
                    _ => (Expr::method(a, "copy", vec![]), w),
                }
            }
            _ => match self.common(Ty::Set, d)? {
                Some(r) => r,
                None => self.leaf(Ty::Set)?,
            },
        })
    }

    /// A set, or now and then a frozenset made from one.
    fn set_or_frozen(&mut self, d: u32) -> R<(Expr, u32)> {
        let (s, w) = self.expr(Ty::Set, d)?;
        Ok(if self.chance(1, 4)? {
            (Expr::call("frozenset", vec![s]), w)
        } else {
            (s, w)
        })
    }

    /// `{f(k) for k in range(n) if ...}`.
    fn set_comprehension(&mut self, d: u32) -> R<Expr> {
        let var = self.fresh_name("k");
        let range = Expr::call("range", vec![self.small_int()?]);
        self.vars.push(Var {
            name: var.clone(),
            ty: Ty::Int,
        });
        let elt = self.light(Ty::Int, d.min(1), ELEM).map(|r| r.0);
        let cond = if self.chance(1, 3)? {
            Some(self.bool_expr(d.min(1)))
        } else {
            None
        };
        self.vars.pop();
        let elt = Expr::bin(BinOp::Mod, elt?, Expr::int(self.u.int_in_range(2..=9)?));
        Ok(Expr::Comp(Box::new(Comprehension {
            kind: CompKind::Set,
            elt,
            value: None,
            target: Expr::name(var),
            iter: range,
            cond: cond.transpose()?,
        })))
    }

    /// Values of the older types made from sets.
    pub(super) fn out_of_set(&mut self, ty: Ty, d: u32) -> R<Option<(Expr, u32)>> {
        Ok(Some(match ty {
            Ty::Int => {
                let (s, _) = self.expr(Ty::Set, d)?;
                let f = *self.u.choose(&["len", "len", "sum", "min", "max"])?;
                (Expr::call(f, vec![s]), ELEM)
            }
            Ty::Bool => {
                let (a, _) = self.expr(Ty::Set, d)?;
                match self.pick(4)? {
                    0 => {
                        let (b, _) = self.set_or_frozen(d)?;
                        let op = *self.u.choose(&[
                            CmpOp::Lt,
                            CmpOp::Le,
                            CmpOp::Gt,
                            CmpOp::Ge,
                            CmpOp::Eq,
                            CmpOp::Ne,
                        ])?;
                        (Expr::compare(a, op, b), 1)
                    }
                    1 => {
                        let (x, _) = self.light(Ty::Int, d.min(1), ELEM)?;
                        let op = *self.u.choose(&[CmpOp::In, CmpOp::NotIn])?;
                        (Expr::compare(x, op, a), 1)
                    }
                    2 => {
                        let m = *self.u.choose(&["isdisjoint", "issubset", "issuperset"])?;
                        let (b, _) = if self.chance(1, 2)? {
                            self.int_list(d)?
                        } else {
                            self.set_or_frozen(d)?
                        };
                        (Expr::method(a, m, vec![b]), 1)
                    }
                    _ => (Expr::call("bool", vec![a]), 1),
                }
            }
            Ty::List => {
                if self.chance(1, 3)? {
                    // A set of strings, sorted at once.
                    let (s, w) = self.expr(Ty::Str, d)?;
                    let (t, _) = self.expr(Ty::Str, d.min(1))?;
                    let op = *self.u.choose(&[
                        BinOp::BitOr,
                        BinOp::BitAnd,
                        BinOp::Sub,
                        BinOp::BitXor,
                    ])?;
                    let set = Expr::bin(
                        op,
                        Expr::call("set", vec![s]),
                        Expr::call("frozenset", vec![t]),
                    );
                    return Ok(Some((Expr::call("sorted", vec![set]), w + 50)));
                }
                let (s, w) = self.expr(Ty::Set, d)?;
                let mut args = vec![Arg::Pos(s)];
                if self.chance(1, 3)? {
                    args.push(Arg::Kw("reverse".into(), lit::bool(self.u)?));
                }
                (Expr::Call(Box::new(Expr::name("sorted")), args), w)
            }
            _ => return Ok(None),
        }))
    }
}
