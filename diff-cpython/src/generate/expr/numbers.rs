//! Ints, floats and bools: arithmetic, bit operations, conversions, comparisons and
//! boolean logic, with their weights.

use super::super::ast::{BinOp, CmpOp, Comprehension, Expr, UnOp, str_lit};
use super::super::lit;
use super::{ELEM, Gen, R, Ty, Var};

impl Gen<'_, '_> {
    pub(super) fn int_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(16)? {
            0 => self.leaf(Ty::Int)?,
            14 | 15 => self.other_or_leaf(Ty::Int, d)?,
            1 | 2 => {
                let ops = [
                    BinOp::Add,
                    BinOp::Sub,
                    BinOp::Mul,
                    BinOp::FloorDiv,
                    BinOp::Mod,
                    BinOp::BitAnd,
                    BinOp::BitOr,
                    BinOp::BitXor,
                ];
                let op = *self.u.choose(&ops)?;
                let (a, wa) = self.int_or_bool(d)?;
                let (b, wb) = self.int_or_bool(d)?;
                let w = match op {
                    BinOp::Mul => wa + wb,
                    BinOp::FloorDiv => wa,
                    BinOp::Mod => wb,
                    _ => wa.max(wb) + 1,
                };
                (Expr::bin(op, a, b), w)
            }
            3 => {
                let (a, wa) = self.expr(Ty::Int, d)?;
                let k = self.u.int_in_range(0..=9u32)?;
                let e = if self.chance(1, 4)? {
                    Expr::call("pow", vec![a, Expr::int(k.into())])
                } else {
                    Expr::bin(BinOp::Pow, a, Expr::int(k.into()))
                };
                (e, wa.saturating_mul(k.max(1)))
            }
            4 => {
                let (a, wa) = self.expr(Ty::Int, d)?;
                let k = self.u.int_in_range(-1..=80i64)?;
                if self.chance(1, 2)? {
                    (Expr::bin(BinOp::LShift, a, Expr::int(k)), wa + 81)
                } else {
                    (Expr::bin(BinOp::RShift, a, Expr::int(k)), wa)
                }
            }
            5 => {
                let (a, wa) = self.int_or_bool(d)?;
                let op = *self.u.choose(&[UnOp::Neg, UnOp::Invert, UnOp::Pos])?;
                (Expr::Unary(op, Box::new(a)), wa + 1)
            }
            6 => {
                let ty = *self.u.choose(&[Ty::Str, Ty::List, Ty::Tuple, Ty::Dict])?;
                let (a, _) = self.expr(ty, d)?;
                (Expr::call("len", vec![a]), 16)
            }
            7 => match self.pick(5)? {
                0 => {
                    let (f, _) = self.expr(Ty::Float, d)?;
                    (Expr::call("int", vec![f]), 1030)
                }
                1 => {
                    let s = str_lit(self.u.choose(lit::NUMERIC_STRS)?);
                    let mut args = vec![s];
                    if self.chance(1, 3)? {
                        args.push(Expr::int(*self.u.choose(&[0, 2, 8, 16, 36, 1])?));
                    }
                    (Expr::call("int", args), 80)
                }
                2 => {
                    let (f, _) = self.expr(Ty::Float, d)?;
                    (Expr::call("round", vec![f]), 1030)
                }
                3 => {
                    let (a, wa) = self.expr(Ty::Int, d)?;
                    (Expr::call("abs", vec![a]), wa)
                }
                _ => {
                    let (b, _) = self.expr(Ty::Bool, d)?;
                    (Expr::call("int", vec![b]), 1)
                }
            },
            8 => {
                let (s, _) = self.expr(Ty::Str, d)?;
                let (sub, _) = self.expr(Ty::Str, d.min(1))?;
                let m = *self.u.choose(&["find", "rfind", "count", "index"])?;
                (Expr::method(s, m, vec![sub]), 16)
            }
            9 => {
                let (l, _) = self.expr_of(&[Ty::List, Ty::Tuple], d)?;
                let (x, _) = self.expr(Ty::Any, d.min(1))?;
                let m = *self.u.choose(&["count", "index"])?;
                (Expr::method(l, m, vec![x]), 16)
            }
            10 => {
                let (a, wa) = self.expr(Ty::Int, d)?;
                match self.pick(5)? {
                    0 => (Expr::method(a, "bit_length", vec![]), 16),
                    1 => {
                        let (b, wb) = self.expr(Ty::Int, d)?;
                        let f = *self.u.choose(&["min", "max"])?;
                        (Expr::call(f, vec![a, b]), wa.max(wb))
                    }
                    2 => {
                        let (b, wb) = self.expr(Ty::Int, d)?;
                        let i = self.u.int_in_range(0..=1)?;
                        let dm = Expr::call("divmod", vec![a, b]);
                        (
                            Expr::Index(Box::new(dm), Box::new(Expr::int(i))),
                            wa.max(wb),
                        )
                    }
                    3 => {
                        let (b, _) = self.expr(Ty::Int, d)?;
                        let (m, wm) = self.expr(Ty::Int, d)?;
                        (Expr::call("pow", vec![a, b, m]), wm)
                    }
                    _ => {
                        let (s, _) = self.expr(Ty::Str, d)?;
                        let idx = self.small_int()?;
                        let c = Expr::Index(Box::new(s), Box::new(idx));
                        (Expr::call("ord", vec![c]), 21)
                    }
                }
            }
            11 => {
                let (l, w) = self.int_list(d)?;
                (Expr::call("sum", vec![l]), w + 8)
            }
            _ => match self.common(Ty::Int, d)? {
                Some(r) => r,
                None => self.leaf(Ty::Int)?,
            },
        })
    }

    pub(super) fn int_or_bool(&mut self, d: u32) -> R<(Expr, u32)> {
        let ty = if self.chance(1, 8)? {
            Ty::Bool
        } else {
            Ty::Int
        };
        self.expr(ty, d)
    }

    /// A list of ints (a comprehension over a range, or a list display) and the weight of its
    /// items.
    pub(super) fn int_list(&mut self, d: u32) -> R<(Expr, u32)> {
        if self.chance(1, 2)? {
            let items = (0..self.u.int_in_range(0..=4)?)
                .map(|_| self.light(Ty::Int, d.min(1), ELEM).map(|r| r.0))
                .collect::<R<Vec<_>>>()?;
            return Ok((Expr::List(items), ELEM));
        }
        let var = self.fresh_name("k");
        let range = Expr::call("range", vec![self.small_int()?]);
        self.vars.push(Var {
            name: var.clone(),
            ty: Ty::Int,
        });
        let elt = self.light(Ty::Int, d.min(1), ELEM);
        self.vars.pop();
        let comp = Comprehension {
            kind: super::super::ast::CompKind::List,
            elt: elt?.0,
            value: None,
            target: Expr::name(var),
            iter: range,
            cond: None,
        };
        Ok((Expr::Comp(Box::new(comp)), ELEM))
    }

    pub(super) fn float_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        let e = match self.pick(11)? {
            0 => return self.leaf(Ty::Float),
            10 => return self.other_or_leaf(Ty::Float, d),
            1 | 2 => {
                let ops = [
                    BinOp::Add,
                    BinOp::Sub,
                    BinOp::Mul,
                    BinOp::Div,
                    BinOp::FloorDiv,
                    BinOp::Mod,
                ];
                let op = *self.u.choose(&ops)?;
                let (a, _) = self.expr(Ty::Float, d)?;
                let other = if self.chance(1, 3)? {
                    Ty::Int
                } else {
                    Ty::Float
                };
                let (b, _) = self.expr(other, d)?;
                if self.chance(1, 2)? {
                    Expr::bin(op, b, a)
                } else {
                    Expr::bin(op, a, b)
                }
            }
            3 => {
                let (a, _) = self.expr(Ty::Int, d)?;
                let (b, _) = self.expr(Ty::Int, d)?;
                Expr::bin(BinOp::Div, a, b)
            }
            4 => {
                let (a, _) = self.expr(Ty::Float, d)?;
                if self.chance(1, 2)? {
                    Expr::bin(BinOp::Pow, a, Expr::int(self.u.int_in_range(-3..=8)?))
                } else {
                    let (b, _) = self.expr(Ty::Float, d)?;
                    Expr::bin(BinOp::Pow, Expr::call("abs", vec![a]), b)
                }
            }
            5 => {
                let (a, _) = self.expr(Ty::Float, d)?;
                match self.pick(3)? {
                    0 => Expr::Unary(UnOp::Neg, Box::new(a)),
                    1 => Expr::call("abs", vec![a]),
                    _ => Expr::call("round", vec![a, Expr::int(self.u.int_in_range(-3..=6)?)]),
                }
            }
            6 => match self.pick(3)? {
                0 => {
                    let (a, _) = self.expr(Ty::Int, d)?;
                    Expr::call("float", vec![a])
                }
                1 => Expr::call("float", vec![str_lit(self.u.choose(lit::NUMERIC_STRS)?)]),
                _ => {
                    let (a, _) = self.expr(Ty::Float, d)?;
                    let (b, _) = self.expr(Ty::Float, d)?;
                    let i = self.u.int_in_range(0..=1)?;
                    let dm = Expr::call("divmod", vec![a, b]);
                    Expr::Index(Box::new(dm), Box::new(Expr::int(i)))
                }
            },
            7 => {
                let (a, _) = self.expr(Ty::Float, d)?;
                let (b, _) = self.expr(Ty::Float, d)?;
                let f = *self.u.choose(&["min", "max"])?;
                Expr::call(f, vec![a, b])
            }
            _ => match self.common(Ty::Float, d)? {
                Some(r) => return Ok(r),
                None => return self.leaf(Ty::Float),
            },
        };
        Ok((e, 1))
    }

    pub(super) fn bool_expr(&mut self, d: u32) -> R<Expr> {
        if d == 0 {
            return Ok(self.leaf(Ty::Bool)?.0);
        }
        let d1 = d - 1;
        Ok(match self.pick(14)? {
            0 => self.leaf(Ty::Bool)?.0,
            12 | 13 => self.other_or_leaf(Ty::Bool, d1)?.0,
            1 | 2 => {
                let ty = *self
                    .u
                    .choose(&[Ty::Int, Ty::Float, Ty::Str, Ty::List, Ty::Tuple])?;
                let ops = [
                    CmpOp::Lt,
                    CmpOp::Le,
                    CmpOp::Gt,
                    CmpOp::Ge,
                    CmpOp::Eq,
                    CmpOp::Ne,
                ];
                let (first, _) = self.expr(ty, d1)?;
                let mut rest = Vec::new();
                for _ in 0..self.u.int_in_range(1..=2)? {
                    let other = if ty == Ty::Int && self.chance(1, 4)? {
                        Ty::Float
                    } else {
                        ty
                    };
                    rest.push((*self.u.choose(&ops)?, self.expr(other, d1)?.0));
                }
                Expr::Compare(Box::new(first), rest)
            }
            3 => {
                let (a, _) = self.expr(Ty::Any, d1)?;
                let (b, _) = self.expr(Ty::Any, d1)?;
                let op = *self
                    .u
                    .choose(&[CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Ge])?;
                Expr::compare(a, op, b)
            }
            4 => {
                let op = *self.u.choose(&[CmpOp::In, CmpOp::NotIn])?;
                if self.chance(1, 2)? {
                    let (s, _) = self.expr(Ty::Str, d1)?;
                    let (sub, _) = self.expr(Ty::Str, d1)?;
                    Expr::compare(sub, op, s)
                } else {
                    let ty = *self.u.choose(&[Ty::List, Ty::Tuple, Ty::Dict])?;
                    let (c, _) = self.expr(ty, d1)?;
                    let x = if ty == Ty::Dict {
                        lit::key(self.u)?
                    } else {
                        self.expr(Ty::Any, d1)?.0
                    };
                    Expr::compare(x, op, c)
                }
            }
            5 => {
                // Never a literal: `1 is None` draws a SyntaxWarning.
                let a = match self.var(Ty::Any)? {
                    Some(v) => Expr::Name(v.name),
                    None => Expr::method(self.leaf(Ty::Dict)?.0, "get", vec![lit::key(self.u)?]),
                };
                let op = *self.u.choose(&[CmpOp::Is, CmpOp::IsNot])?;
                Expr::compare(a, op, Expr::lit("None"))
            }
            6 => Expr::Not(Box::new(self.bool_expr(d1)?)),
            7 => {
                let a = self.bool_expr(d1)?;
                let b = self.bool_expr(d1)?;
                Expr::BoolOp(self.u.arbitrary()?, Box::new(a), Box::new(b))
            }
            8 => {
                let (a, _) = self.expr(Ty::Any, d1)?;
                let t = *self.u.choose(&Ty::ALL)?;
                let types = if self.chance(1, 3)? {
                    let t2 = *self.u.choose(&Ty::ALL)?;
                    Expr::Tuple(vec![Expr::name(t.builtin()), Expr::name(t2.builtin())])
                } else {
                    Expr::name(t.builtin())
                };
                Expr::call("isinstance", vec![a, types])
            }
            9 => {
                let (s, _) = self.expr(Ty::Str, d1)?;
                if self.chance(1, 2)? {
                    let m = *self.u.choose(&[
                        "isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum",
                    ])?;
                    Expr::method(s, m, vec![])
                } else {
                    let m = *self.u.choose(&["startswith", "endswith"])?;
                    let (p, _) = self.expr(Ty::Str, d1.min(1))?;
                    Expr::method(s, m, vec![p])
                }
            }
            10 => {
                let f = *self.u.choose(&["bool", "any", "all", "callable"])?;
                let ty = if f == "bool" || f == "callable" {
                    Ty::Any
                } else {
                    Ty::List
                };
                let (a, _) = self.expr(ty, d1)?;
                Expr::call(f, vec![a])
            }
            _ => match self.common(Ty::Bool, d1)? {
                Some(r) => r.0,
                None => {
                    let (f, _) = self.expr(Ty::Float, d1)?;
                    Expr::method(f, "is_integer", vec![])
                }
            },
        })
    }
}
