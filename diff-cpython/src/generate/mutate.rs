//! Changes in place: augmented assignment to a variable of any type, and the methods and
//! item, slice and attribute assignments that change a list, dict, set, bytearray or object,
//! each followed by the statement that cuts the variable back under its bound (see
//! `Gen::clip`) and by a print of it.

use super::ast::{Arg, BinOp, Expr, Stmt};
use super::expr::{Gen, INT_BITS, LIMIT, R, SEQ_LEN, STR_LEN, Ty, Var};
use super::lit;
use super::stmt::{MODULI, modulus, print_repr};

impl Gen<'_, '_> {
    pub(super) fn aug_assign(&mut self) -> R<Vec<Stmt>> {
        let ty = *self.u.choose(&[
            Ty::Int,
            Ty::Int,
            Ty::Float,
            Ty::Str,
            Ty::List,
            Ty::Tuple,
            Ty::Bool,
            Ty::Bytes,
            Ty::Set,
            Ty::Complex,
            Ty::Obj,
        ])?;
        let Some(v) = self.assignable(Some(ty))? else {
            return self.mutate();
        };
        let d = self.opts.max_expr_depth;
        let bound = ty.bound();
        let (op, value, w) = match ty {
            Ty::Int => {
                let op = *self.u.choose(&[
                    BinOp::Add,
                    BinOp::Sub,
                    BinOp::Mul,
                    BinOp::FloorDiv,
                    BinOp::Mod,
                    BinOp::BitAnd,
                    BinOp::BitOr,
                    BinOp::BitXor,
                    BinOp::LShift,
                    BinOp::RShift,
                    BinOp::Pow,
                ])?;
                match op {
                    BinOp::LShift | BinOp::RShift => {
                        (op, Expr::int(self.u.int_in_range(0..=70)?), bound + 70)
                    }
                    BinOp::Pow => (op, Expr::int(self.u.int_in_range(0..=3)?), bound * 3),
                    _ => {
                        let (e, w) = self.light(Ty::Int, d, LIMIT / 2)?;
                        (op, e, bound + w)
                    }
                }
            }
            Ty::Float => {
                let op = *self.u.choose(&[
                    BinOp::Add,
                    BinOp::Sub,
                    BinOp::Mul,
                    BinOp::Div,
                    BinOp::FloorDiv,
                    BinOp::Mod,
                ])?;
                let other = *self.u.choose(&[Ty::Float, Ty::Int])?;
                let (e, _) = self.expr(other, d)?;
                (op, e, 1)
            }
            Ty::Bool => {
                let op = *self
                    .u
                    .choose(&[BinOp::BitAnd, BinOp::BitOr, BinOp::BitXor])?;
                let (e, _) = self.expr(Ty::Bool, d)?;
                (op, e, 1)
            }
            Ty::Set => {
                let op =
                    *self
                        .u
                        .choose(&[BinOp::BitOr, BinOp::BitAnd, BinOp::Sub, BinOp::BitXor])?;
                let (e, w) = self.expr(Ty::Set, d)?;
                (op, e, bound + w)
            }
            Ty::Complex => {
                let op = *self.u.choose(&[BinOp::Add, BinOp::Sub, BinOp::Mul])?;
                let other = *self.u.choose(&[Ty::Complex, Ty::Int, Ty::Float])?;
                let (e, _) = self.light(other, d, 300)?;
                (op, e, 1)
            }
            Ty::Obj => {
                // `__iadd__` if the class has one, else `__add__` or `__radd__`.
                let other = *self.u.choose(&[Ty::Int, Ty::Obj])?;
                let (e, _) = self.light(other, d, INT_BITS)?;
                (BinOp::Add, e, bound)
            }
            _ => {
                if self.chance(1, 4)? {
                    let k = self.u.int_in_range(-1..=3)?;
                    (BinOp::Mul, Expr::int(k), bound * 3)
                } else {
                    let other = if ty == Ty::List && self.chance(1, 4)? {
                        Ty::Str
                    } else {
                        ty
                    };
                    let (e, w) = self.expr(other, d)?;
                    (BinOp::Add, e, bound + w)
                }
            }
        };
        let mut out = vec![Stmt::AugAssign(Expr::name(v.name.clone()), op, value)];
        out.extend(self.clip(&v, w)?);
        out.push(self.show(&v)?);
        Ok(out)
    }

    /// A change to a list or dict in place, then the container printed.
    pub(super) fn mutate(&mut self) -> R<Vec<Stmt>> {
        let ty = *self.u.choose(&[
            Ty::List,
            Ty::Dict,
            Ty::List,
            Ty::Dict,
            Ty::Set,
            Ty::Bytes,
            Ty::Obj,
        ])?;
        let Some(v) = self.var(ty)? else {
            return Ok(vec![self.print()?]);
        };
        if matches!(ty, Ty::Set | Ty::Bytes | Ty::Obj) {
            let mut out = self.mutate_new(&v)?;
            out.push(self.show(&v)?);
            return Ok(out);
        }
        let name = || Expr::name(v.name.clone());
        let d = self.opts.max_expr_depth.min(2);
        let mut out = Vec::new();
        if ty == Ty::List {
            let s = match self.pick(12)? {
                0 => Stmt::Expr(Expr::method(name(), "append", vec![self.item(d)?])),
                1 => {
                    // A snapshot: `l.extend(enumerate(l))` would grow `l` without end.
                    let (it, _) = self.iterable(d)?;
                    let it = Expr::call("list", vec![it]);
                    Stmt::Expr(Expr::method(name(), "extend", vec![it]))
                }
                2 => {
                    let i = self.small_int()?;
                    Stmt::Expr(Expr::method(name(), "insert", vec![i, self.item(d)?]))
                }
                3 => Stmt::Expr(Expr::method(name(), "remove", vec![self.item(1)?])),
                4 => {
                    let args = if self.chance(1, 2)? {
                        vec![self.small_int()?]
                    } else {
                        vec![]
                    };
                    print_repr(Expr::method(name(), "pop", args))
                }
                5 => Stmt::Expr(Expr::method(name(), "reverse", vec![])),
                6 => {
                    let mut args = Vec::new();
                    if self.chance(1, 2)? {
                        let key = *self.u.choose(&["str", "repr", "lambda v: -v", "len"])?;
                        args.push(Arg::Kw("key".into(), Expr::lit(key)));
                    }
                    if self.chance(1, 2)? {
                        args.push(Arg::Kw("reverse".into(), lit::bool(self.u)?));
                    }
                    Stmt::Expr(Expr::Call(
                        Box::new(Expr::Attr(Box::new(name()), "sort".into())),
                        args,
                    ))
                }
                7 => Stmt::Expr(Expr::method(name(), "clear", vec![])),
                8 => {
                    let target = self.subscript(name())?;
                    let value = if matches!(target, Expr::Slice(..)) {
                        let (it, _) = self.iterable(1)?;
                        it
                    } else {
                        self.item(d)?
                    };
                    Stmt::Assign(target, value)
                }
                9 => Stmt::Del(self.subscript(name())?),
                10 => {
                    let i = self.small_int()?;
                    let target = Expr::Index(Box::new(name()), Box::new(i));
                    Stmt::AugAssign(target, BinOp::Add, self.item(1)?)
                }
                _ => {
                    // A list that contains itself.
                    Stmt::Expr(Expr::method(name(), "append", vec![name()]))
                }
            };
            out.push(s);
            out.extend(self.clip(&v, SEQ_LEN + 1)?);
        } else {
            let key = lit::key(self.u)?;
            let s = match self.pick(9)? {
                0 | 1 => {
                    let target = Expr::Index(Box::new(name()), Box::new(key));
                    Stmt::Assign(target, self.item(d)?)
                }
                2 => Stmt::Del(Expr::Index(Box::new(name()), Box::new(key))),
                3 => {
                    let (other, _) = self.light(Ty::Dict, d, SEQ_LEN)?;
                    Stmt::Expr(Expr::method(name(), "update", vec![other]))
                }
                4 => {
                    let mut args = vec![key];
                    if self.chance(1, 2)? {
                        args.push(self.item(1)?);
                    }
                    print_repr(Expr::method(name(), "pop", args))
                }
                5 => print_repr(Expr::method(name(), "setdefault", vec![key, self.item(d)?])),
                6 => print_repr(Expr::method(name(), "popitem", vec![])),
                7 => {
                    // The counting idiom.
                    let get = Expr::method(name(), "get", vec![key.clone(), Expr::int(0)]);
                    let target = Expr::Index(Box::new(name()), Box::new(key));
                    Stmt::Assign(target, Expr::bin(BinOp::Add, get, Expr::int(1)))
                }
                _ => Stmt::Expr(Expr::method(name(), "clear", vec![])),
            };
            out.push(s);
        }
        out.push(print_repr(name()));
        Ok(out)
    }

    /// A change in place to a set, a bytearray or an object (which a `bytes` value or a
    /// frozenset turns into an `AttributeError`).
    fn mutate_new(&mut self, v: &Var) -> R<Vec<Stmt>> {
        let name = || Expr::name(v.name.clone());
        let small = |g: &mut Self| -> R<Expr> { Ok(g.light(Ty::Int, 1, 64)?.0) };
        Ok(match v.ty {
            Ty::Set => {
                let s = match self.pick(6)? {
                    0 | 1 => Stmt::Expr(Expr::method(name(), "add", vec![small(self)?])),
                    2 => Stmt::Expr(Expr::method(name(), "discard", vec![small(self)?])),
                    3 => Stmt::Expr(Expr::method(name(), "remove", vec![small(self)?])),
                    4 => {
                        let m = *self.u.choose(&[
                            "update",
                            "intersection_update",
                            "difference_update",
                            "symmetric_difference_update",
                        ])?;
                        let (other, _) = self.light(Ty::Set, 1, SEQ_LEN)?;
                        Stmt::Expr(Expr::method(name(), m, vec![other]))
                    }
                    _ => Stmt::Expr(Expr::method(name(), "clear", vec![])),
                };
                let mut out = vec![s];
                out.extend(self.clip(v, SEQ_LEN + 1)?);
                out
            }
            Ty::Bytes => {
                let byte = |g: &mut Self| -> R<Expr> { Ok(Expr::int(g.u.int_in_range(-1..=256)?)) };
                let s = match self.pick(7)? {
                    0 => Stmt::Expr(Expr::method(name(), "append", vec![byte(self)?])),
                    1 => {
                        let (b, _) = self.light(Ty::Bytes, 1, STR_LEN)?;
                        Stmt::Expr(Expr::method(name(), "extend", vec![b]))
                    }
                    2 => {
                        let i = self.small_int()?;
                        let target = Expr::Index(Box::new(name()), Box::new(i));
                        Stmt::Assign(target, byte(self)?)
                    }
                    3 => Stmt::Del(self.subscript(name())?),
                    4 => print_repr(Expr::method(name(), "pop", vec![])),
                    5 => {
                        let (i, b) = (self.small_int()?, byte(self)?);
                        Stmt::Expr(Expr::method(name(), "insert", vec![i, b]))
                    }
                    _ => {
                        let target = self.slice_only(name())?;
                        let (b, _) = self.light(Ty::Bytes, 1, STR_LEN)?;
                        Stmt::Assign(target, b)
                    }
                };
                let mut out = vec![s];
                out.extend(self.clip(v, STR_LEN + 50)?);
                out
            }
            _ => {
                let attr = |a: &str| Expr::Attr(Box::new(name()), a.into());
                match self.pick(3)? {
                    0 => {
                        let (e, _) = self.light(Ty::Int, 2, INT_BITS)?;
                        vec![Stmt::Assign(attr("v"), e)]
                    }
                    1 => {
                        let (e, _) = self.light(Ty::Int, 2, INT_BITS)?;
                        vec![Stmt::AugAssign(attr("v"), BinOp::Add, e), {
                            let m = *self.u.choose(MODULI)?;
                            Stmt::AugAssign(attr("v"), BinOp::Mod, modulus(m))
                        }]
                    }
                    _ => {
                        let (e, _) = self.light(Ty::Int, 2, INT_BITS)?;
                        vec![Stmt::Assign(attr("w"), e)]
                    }
                }
            }
        })
    }
}
