//! Generators as values: calls of the program's generator functions and generator
//! expressions, always consumed where they are made (`list`, `tuple`, `sum`, `sorted`,
//! `next` with or without a default, `any`/`all`, `in`, `join`, `for`), so a generator object
//! is never printed (its repr holds an address) nor stored.
//!
//! Each generator yields a bounded number of items (its loops run over bounded iterables),
//! so consuming one always ends. Items are never containers: `l = list(g())` in a loop, with a
//! `g` that yields `l`, would nest `l` in itself exponentially (see [`Gen::item_expr`]).

use super::super::ast::{Arg, CmpOp, CompKind, Comprehension, Expr, str_lit};
use super::{ELEM, Gen, R, Ty, Var};

/// A generator function the program defines.
#[derive(Clone, Debug)]
pub struct GenSig {
    pub name: String,
    /// Parameter names and types; the last `defaults` have default values.
    pub params: Vec<(String, Ty)>,
    pub defaults: usize,
    /// The type of what it yields.
    pub item: Ty,
}

impl Gen<'_, '_> {
    /// A call of a generator function yielding `item` (any item for `Any`), if there is one.
    pub fn gen_call(&mut self, item: Ty, d: u32) -> R<Option<Expr>> {
        let candidates: Vec<GenSig> = self
            .gens
            .iter()
            .filter(|g| item == Ty::Any || g.item == item)
            .cloned()
            .collect();
        if candidates.is_empty() {
            return Ok(None);
        }
        let g = self.u.choose(&candidates)?.clone();
        let required = g.params.len() - g.defaults;
        let mut args = Vec::new();
        for (i, (name, ty)) in g.params.iter().enumerate() {
            if i >= required && self.chance(1, 2)? {
                continue;
            }
            let (e, _) = self.light(*ty, d.min(1), ty.bound())?;
            if i >= required && self.chance(1, 2)? {
                args.push(Arg::Kw(name.clone(), e));
            } else if args.iter().all(|a| matches!(a, Arg::Pos(_))) {
                args.push(Arg::Pos(e));
            } else {
                args.push(Arg::Kw(name.clone(), e));
            }
        }
        Ok(Some(Expr::Call(Box::new(Expr::name(g.name)), args)))
    }

    /// `(elt for x in iterable if cond)` with items of type `item`.
    pub fn genexp(&mut self, item: Ty, d: u32) -> R<Expr> {
        let (iter, it) = self.iterable(d.min(1))?;
        let x = self.fresh_name("x");
        self.vars.push(Var {
            name: x.clone(),
            ty: it,
        });
        let elt = self.item_expr(item, d.min(1));
        let cond = if self.chance(1, 3)? {
            Some(self.bool_expr(d.min(1)))
        } else {
            None
        };
        self.vars.pop();
        Ok(Expr::Comp(Box::new(Comprehension {
            kind: CompKind::Gen,
            elt: elt?.0,
            value: None,
            target: Expr::name(x),
            iter,
            cond: cond.transpose()?,
        })))
    }

    /// An item for a generator to yield: of type `item`, where `Any` stands for a value of
    /// any type that is not a container.
    pub fn item_expr(&mut self, item: Ty, d: u32) -> R<(Expr, u32)> {
        let ty = if item == Ty::Any {
            *self.u.choose(&[
                Ty::Int,
                Ty::Float,
                Ty::Str,
                Ty::Bool,
                Ty::Bytes,
                Ty::Complex,
                Ty::Obj,
            ])?
        } else {
            item
        };
        self.light(ty, d, ELEM)
    }

    /// A generator of `item`s: a call of a generator function, or a generator expression.
    pub fn some_gen(&mut self, item: Ty, d: u32) -> R<Expr> {
        if self.chance(2, 3)?
            && let Some(call) = self.gen_call(item, d)?
        {
            return Ok(call);
        }
        self.genexp(item, d)
    }

    /// Values of the older types made by consuming a generator.
    pub(super) fn out_of_gen(&mut self, ty: Ty, d: u32) -> R<Option<(Expr, u32)>> {
        Ok(Some(match ty {
            Ty::List => {
                let g = self.some_gen(Ty::Any, d)?;
                let f = *self.u.choose(&["list", "list", "sorted"])?;
                (Expr::call(f, vec![g]), ELEM)
            }
            Ty::Tuple => {
                let g = self.some_gen(Ty::Any, d)?;
                (Expr::call("tuple", vec![g]), ELEM)
            }
            Ty::Int => {
                let g = self.some_gen(Ty::Int, d)?;
                if self.chance(1, 4)? {
                    let l = Expr::call("list", vec![g]);
                    (Expr::call("len", vec![l]), 16)
                } else {
                    (Expr::call("sum", vec![g]), ELEM + 16)
                }
            }
            Ty::Bool => match self.pick(3)? {
                0 => {
                    let (x, _) = self.light(Ty::Any, d.min(1), ELEM)?;
                    let g = self.some_gen(Ty::Any, d)?;
                    (Expr::compare(x, CmpOp::In, g), 1)
                }
                _ => {
                    let g = self.some_gen(Ty::Bool, d)?;
                    let f = *self.u.choose(&["any", "all"])?;
                    (Expr::call(f, vec![g]), 1)
                }
            },
            Ty::Str => {
                let g = self.some_gen(Ty::Str, d)?;
                let sep = str_lit(self.u.choose(&["", ",", " - "])?);
                (Expr::method(sep, "join", vec![g]), ELEM * 4)
            }
            Ty::Any => {
                let g = self.some_gen(Ty::Any, d)?;
                if self.chance(2, 3)? {
                    let (dflt, _) = self.light(Ty::Any, d.min(1), ELEM)?;
                    (Expr::call("next", vec![g, dflt]), ELEM)
                } else {
                    (Expr::call("next", vec![g]), ELEM)
                }
            }
            _ => return Ok(None),
        }))
    }
}
