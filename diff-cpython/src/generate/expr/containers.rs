//! Lists, tuples, dicts, comprehensions and expressions of any type.

use super::super::ast::{Arg, BinOp, Comprehension, Expr};
use super::super::lit;
use super::{ELEM, Gen, R, SEQ_LEN, STR_LEN, Ty, Var};

impl Gen<'_, '_> {
    /// Something to iterate over, bounded in length, and the type of its items.
    pub fn iterable(&mut self, d: u32) -> R<(Expr, Ty)> {
        Ok(match self.pick(9)? {
            // Generators over generators, but not without end.
            7 if d > 0 => {
                let item = *self.u.choose(&[Ty::Int, Ty::Any, Ty::Str])?;
                (self.some_gen(item, d - 1)?, item)
            }
            7 => (Expr::call("range", vec![self.small_int()?]), Ty::Int),
            8 => match self.pick(3)? {
                0 => {
                    let (s, _) = self.light(Ty::Set, d.min(1), 50)?;
                    (Expr::call("sorted", vec![s]), Ty::Int)
                }
                1 => (self.short(Ty::Bytes, d)?, Ty::Int),
                _ => (self.leaf(Ty::Obj)?.0, Ty::Int),
            },
            0 => (Expr::call("range", vec![self.small_int()?]), Ty::Int),
            1 => {
                let a = Expr::int(self.u.int_in_range(-3..=5)?);
                let b = Expr::int(self.u.int_in_range(-3..=9)?);
                let mut args = vec![a, b];
                if self.chance(1, 2)? {
                    args.push(Expr::int(*self.u.choose(&[1, 2, 3, -1, -2])?));
                }
                (Expr::call("range", args), Ty::Int)
            }
            2 => (self.short(Ty::Str, d)?, Ty::Str),
            3 => (self.short(Ty::List, d)?, Ty::Any),
            4 => (self.short(Ty::Tuple, d)?, Ty::Any),
            5 => {
                let (m, _) = self.light(Ty::Dict, d.min(1), SEQ_LEN)?;
                match self.pick(3)? {
                    0 => (m, Ty::Any),
                    1 => (Expr::method(m, "values", vec![]), Ty::Any),
                    _ => (Expr::method(m, "items", vec![]), Ty::Tuple),
                }
            }
            _ => {
                let l = self.short(Ty::List, d)?;
                if self.chance(1, 2)? {
                    (Expr::call("enumerate", vec![l]), Ty::Tuple)
                } else {
                    let s = self.short(Ty::Str, d)?;
                    (Expr::call("zip", vec![l, s]), Ty::Tuple)
                }
            }
        })
    }

    /// A sequence of type `ty` short enough to loop over: cut to 12 items if it may be longer.
    pub fn short(&mut self, ty: Ty, d: u32) -> R<Expr> {
        let (e, w) = self.expr(ty, d.min(1))?;
        Ok(if w > 50 {
            Expr::Slice(Box::new(e), [None, Some(Box::new(Expr::int(12))), None])
        } else {
            e
        })
    }

    /// A comprehension: `[elt for x in iterable if cond]` or `{k: v for ...}`.
    pub(super) fn comprehension(&mut self, d: u32, dict: bool) -> R<Expr> {
        let (iter, item) = self.iterable(d)?;
        let mut names = Vec::new();
        let target = if item == Ty::Tuple && self.chance(2, 3)? {
            let (a, b) = (self.fresh_name("x"), self.fresh_name("y"));
            names.push(Var {
                name: a.clone(),
                ty: Ty::Any,
            });
            names.push(Var {
                name: b.clone(),
                ty: Ty::Any,
            });
            Expr::Tuple(vec![Expr::name(a), Expr::name(b)])
        } else {
            let x = self.fresh_name("x");
            names.push(Var {
                name: x.clone(),
                ty: item,
            });
            Expr::name(x)
        };
        let scope = self.vars.len();
        self.vars.extend(names);
        let result = (|| -> R<Expr> {
            let elt_ty = *self.u.choose(&Ty::ALL)?;
            let elt = self.light(elt_ty, d.min(1), ELEM)?.0;
            let value = if dict {
                Some(self.item(d.min(1))?)
            } else {
                None
            };
            let cond = if self.chance(1, 3)? {
                Some(self.bool_expr(d.min(1))?)
            } else {
                None
            };
            let elt = if dict {
                // Keys stay few, whatever the items are.
                match self.pick(3)? {
                    0 => lit::key(self.u)?,
                    1 => Expr::call("str", vec![elt]),
                    _ => Expr::call("len", vec![Expr::call("repr", vec![elt])]),
                }
            } else {
                elt
            };
            Ok(Expr::Comp(Box::new(Comprehension {
                kind: super::super::ast::CompKind::List,
                elt,
                value,
                target,
                iter,
                cond,
            })))
        })();
        self.vars.truncate(scope);
        result
    }

    pub(super) fn list_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(15)? {
            0 => self.leaf(Ty::List)?,
            13 | 14 => self.other_or_leaf(Ty::List, d)?,
            1 => {
                let (a, wa) = self.expr(Ty::List, d)?;
                let (b, wb) = self.expr(Ty::List, d)?;
                (Expr::bin(BinOp::Add, a, b), wa + wb)
            }
            2 => {
                let (a, wa) = self.expr(Ty::List, d)?;
                let k = Expr::int(self.u.int_in_range(-1..=3)?);
                if self.chance(1, 2)? {
                    (Expr::bin(BinOp::Mul, k, a), wa * 3)
                } else {
                    (Expr::bin(BinOp::Mul, a, k), wa * 3)
                }
            }
            3 => {
                let (a, w) = self.expr(Ty::List, d)?;
                (self.slice_only(a)?, w)
            }
            4 => {
                let (a, w) = self.expr_of(&[Ty::List, Ty::Str, Ty::Tuple], d)?;
                let mut args = vec![Arg::Pos(a)];
                if self.chance(1, 2)? {
                    let key = *self.u.choose(&[
                        "len",
                        "str",
                        "abs",
                        "repr",
                        "lambda v: -v",
                        "lambda v: (v % 3, v)",
                        "lambda v: str(v)[::-1]",
                    ])?;
                    args.push(Arg::Kw("key".into(), Expr::lit(key)));
                }
                if self.chance(1, 3)? {
                    args.push(Arg::Kw("reverse".into(), lit::bool(self.u)?));
                }
                (Expr::Call(Box::new(Expr::name("sorted")), args), w)
            }
            5 => {
                let ty = *self.u.choose(&[Ty::Str, Ty::Tuple, Ty::Dict, Ty::List])?;
                let (a, w) = self.expr(ty, d)?;
                let a = if ty == Ty::Dict {
                    let m = *self.u.choose(&["keys", "values", "items"])?;
                    Expr::method(a, m, vec![])
                } else {
                    a
                };
                (Expr::call("list", vec![a]), w)
            }
            6 => {
                // A list's bound counts its items, not their lengths: a long string is cut to
                // a variable's length first, or each pass of a loop that splits the repr of
                // the list's own items (escapes doubling) would grow it exponentially.
                let (s, w) = self.expr(Ty::Str, d)?;
                let (s, w) = if w > STR_LEN {
                    let end = Expr::int(i64::from(STR_LEN));
                    (
                        Expr::Slice(Box::new(s), [None, Some(Box::new(end)), None]),
                        STR_LEN,
                    )
                } else {
                    (s, w)
                };
                let m = *self.u.choose(&["split", "rsplit", "splitlines"])?;
                let mut args = Vec::new();
                if m != "splitlines" && self.chance(1, 2)? {
                    args.push(lit::char(self.u)?);
                    if self.chance(1, 2)? {
                        args.push(Expr::int(self.u.int_in_range(-1..=2)?));
                    }
                }
                (Expr::method(s, m, args), w)
            }
            7 | 8 => (self.comprehension(d, false)?, 200),
            9 => {
                let items = (0..self.u.int_in_range(0..=4)?)
                    .map(|_| self.item(d))
                    .collect::<R<Vec<_>>>()?;
                (Expr::List(items), 4)
            }
            10 => {
                let (a, wa) = self.expr(Ty::List, d)?;
                if self.chance(1, 2)? {
                    let e = Expr::call(
                        "enumerate",
                        vec![a, Expr::int(self.u.int_in_range(-1..=3)?)],
                    );
                    (Expr::call("list", vec![e]), wa)
                } else {
                    let (b, wb) = self.expr_of(&[Ty::Str, Ty::List], d)?;
                    (
                        Expr::call("list", vec![Expr::call("zip", vec![a, b])]),
                        wa.min(wb),
                    )
                }
            }
            11 => {
                let (a, w) = self.expr(Ty::List, d)?;
                (Expr::method(a, "copy", vec![]), w)
            }
            _ => match self.common(Ty::List, d)? {
                Some(r) => r,
                None => self.leaf(Ty::List)?,
            },
        })
    }

    /// A slice (never a single index) of `value`.
    pub fn slice_only(&mut self, value: Expr) -> R<Expr> {
        loop {
            let e = self.subscript(value.clone())?;
            if matches!(e, Expr::Slice(..)) || self.u.is_empty() {
                return Ok(match e {
                    Expr::Index(v, i) => Expr::Slice(v, [Some(i), None, None]),
                    e => e,
                });
            }
        }
    }

    pub(super) fn tuple_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(8)? {
            0 => self.leaf(Ty::Tuple)?,
            7 => self.other_or_leaf(Ty::Tuple, d)?,
            1 => {
                let items = (0..self.u.int_in_range(0..=3)?)
                    .map(|_| self.item(d))
                    .collect::<R<Vec<_>>>()?;
                (Expr::Tuple(items), 3)
            }
            2 => {
                let (a, w) = self.expr_of(&[Ty::List, Ty::Str], d)?;
                (Expr::call("tuple", vec![a]), w)
            }
            3 => {
                let (a, wa) = self.expr(Ty::Tuple, d)?;
                if self.chance(1, 2)? {
                    let (b, wb) = self.expr(Ty::Tuple, d)?;
                    (Expr::bin(BinOp::Add, a, b), wa + wb)
                } else {
                    (self.slice_only(a)?, wa)
                }
            }
            4 => {
                let ty = *self.u.choose(&[Ty::Int, Ty::Float])?;
                let (a, _) = self.light(ty, d, ELEM)?;
                let (b, _) = self.light(Ty::Int, d, ELEM)?;
                (Expr::call("divmod", vec![a, b]), 2)
            }
            5 => {
                let (s, w) = self.expr(Ty::Str, d)?;
                let m = *self.u.choose(&["partition", "rpartition"])?;
                (Expr::method(s, m, vec![lit::char(self.u)?]), w)
            }
            _ => match self.common(Ty::Tuple, d)? {
                Some(r) => r,
                None => self.leaf(Ty::Tuple)?,
            },
        })
    }

    pub(super) fn dict_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(7)? {
            0 => self.leaf(Ty::Dict)?,
            1 => {
                let mut items = Vec::new();
                for _ in 0..self.u.int_in_range(0..=4)? {
                    items.push((lit::key(self.u)?, self.item(d)?));
                }
                (Expr::Dict(items), 4)
            }
            2 => (self.comprehension(d, true)?, 20),
            3 => {
                let (keys, _) = self.expr(Ty::Str, d)?;
                let (values, _) = self.expr(Ty::List, d)?;
                let z = Expr::call("zip", vec![keys, values]);
                (Expr::call("dict", vec![z]), 12)
            }
            4 => {
                let (m, w) = self.expr(Ty::Dict, d)?;
                if self.chance(1, 2)? {
                    (Expr::call("dict", vec![m]), w)
                } else {
                    (Expr::method(m, "copy", vec![]), w)
                }
            }
            5 => {
                let mut args = Vec::new();
                for name in ["a", "b", "c"] {
                    if self.chance(1, 2)? {
                        args.push(Arg::Kw(name.into(), self.item(d)?));
                    }
                }
                (Expr::Call(Box::new(Expr::name("dict")), args), 3)
            }
            _ => match self.common(Ty::Dict, d)? {
                Some(r) => r,
                None => self.leaf(Ty::Dict)?,
            },
        })
    }

    pub(super) fn any_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(15)? {
            0 => self.leaf(Ty::Any)?,
            14 => self.other_or_leaf(Ty::Any, d)?,
            1..=4 => {
                let ty = *self.u.choose(&Ty::CONCRETE)?;
                self.expr(ty, d + 1)?
            }
            5 => {
                let (c, _) = self.expr_of(&[Ty::List, Ty::Tuple], d)?;
                let i = self.small_int()?;
                (Expr::Index(Box::new(c), Box::new(i)), ELEM)
            }
            6 => {
                let (m, _) = self.expr(Ty::Dict, d)?;
                let k = lit::key(self.u)?;
                match self.pick(3)? {
                    0 => (Expr::Index(Box::new(m), Box::new(k)), ELEM),
                    1 => (Expr::method(m, "get", vec![k]), ELEM),
                    _ => {
                        let (dflt, w) = self.expr(Ty::Any, d)?;
                        (Expr::method(m, "get", vec![k, dflt]), w.max(ELEM))
                    }
                }
            }
            7 => {
                let (l, _) = self.expr_of(&[Ty::List, Ty::Str, Ty::Tuple], d)?;
                let f = *self.u.choose(&["min", "max", "sum", "len"])?;
                (Expr::call(f, vec![l]), ELEM + 8)
            }
            8 => {
                // Any two values: many combinations raise TypeError, which is the point.
                let (a, wa) = self.expr(Ty::Any, d)?;
                let (b, wb) = self.expr(Ty::Any, d)?;
                let op = *self.u.choose(&[
                    BinOp::Add,
                    BinOp::Sub,
                    BinOp::Mod,
                    BinOp::FloorDiv,
                    BinOp::Div,
                    BinOp::BitAnd,
                ])?;
                let w = if op == BinOp::Add {
                    wa + wb
                } else {
                    wa.max(wb)
                };
                (Expr::bin(op, a, b), w + 1)
            }
            9 => {
                let (a, wa) = self.expr(Ty::Any, d)?;
                let k = self.u.int_in_range(-1..=3)?;
                (Expr::bin(BinOp::Mul, a, Expr::int(k)), wa * 3)
            }
            10 => {
                let (a, wa) = self.expr(Ty::Any, d)?;
                let (b, wb) = self.expr(Ty::Any, d)?;
                (
                    Expr::BoolOp(self.u.arbitrary()?, Box::new(a), Box::new(b)),
                    wa.max(wb),
                )
            }
            11 => {
                // A lambda called on the spot, closing over the variables in scope.
                let p = self.fresh_name("p");
                let ty = *self.u.choose(&Ty::ALL)?;
                let (arg, _) = self.light(ty, d, ty.bound())?;
                self.vars.push(Var {
                    name: p.clone(),
                    ty,
                });
                let body = self.expr(Ty::Any, d);
                self.vars.pop();
                let (body, w) = body?;
                let lambda = Expr::Lambda(vec![(p, None)], Box::new(body));
                (
                    Expr::Call(Box::new(lambda), vec![Arg::Pos(arg)]),
                    w.max(ty.bound()),
                )
            }
            12 => {
                let (l, _) = self.expr(Ty::List, d)?;
                (Expr::call("next", vec![Expr::call("iter", vec![l])]), ELEM)
            }
            _ => match self.common(Ty::Any, d)? {
                Some(r) => r,
                None => self.leaf(Ty::Any)?,
            },
        })
    }
}
