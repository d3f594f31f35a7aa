//! Generator functions: their definitions, `yield` and `yield from` statements inside them,
//! and the statement that drives a generator by hand (`next`, `send`, `throw`, `close`).
//!
//! A generator yields from bounded loops only, so every generator ends. No `yield` is ever
//! inside a `try` or `with` block: CPython finalizes an abandoned generator as soon as its
//! last reference goes (running its `finally` clauses and `__exit__` methods, which print),
//! while a tracing collector may never do so, and when is not part of the language.

use super::ast::{Expr, Function, Stmt, str_lit};
use super::expr::{ELEM, Gen, GenSig, R, Ty, Var};
use super::stmt::{Ctx, print_repr};

impl Gen<'_, '_> {
    /// A generator function, and its signature.
    pub(super) fn generator_def(&mut self) -> R<(Function, GenSig)> {
        let name = self.fresh_name("gen");
        let item = *self
            .u
            .choose(&[Ty::Int, Ty::Int, Ty::Any, Ty::Str, Ty::Bool])?;
        let ret = *self.u.choose(&Ty::ALL)?;
        let saved = (self.vars.len(), self.base, self.declared.len());
        self.base = self.vars.len();
        let result = self.generator_body(name, item, ret);
        self.vars.truncate(saved.0);
        self.base = saved.1;
        self.declared.truncate(saved.2);
        result
    }

    fn generator_body(&mut self, name: String, item: Ty, ret: Ty) -> R<(Function, GenSig)> {
        let mut params = Vec::new();
        let mut sig_params = Vec::new();
        let count = self.u.int_in_range(0..=2)?;
        let defaults = self.u.int_in_range(0..=count)?;
        for i in 0..count {
            let ty = *self.u.choose(&Ty::ALL)?;
            let p = self.fresh_name("p");
            let default = if i >= count - defaults {
                Some(self.literal(ty)?.0)
            } else {
                None
            };
            params.push((p.clone(), default));
            sig_params.push((p.clone(), ty));
            self.vars.push(Var { name: p, ty });
        }
        let d = self.opts.max_expr_depth.min(2);
        let mut body = Vec::new();
        if self.chance(2, 3)? {
            let (iter, it) = self.iterable(1)?;
            let x = self.fresh_name("x");
            self.vars.push(Var {
                name: x.clone(),
                ty: it,
            });
            let y = self.yield_stmt(item);
            self.vars.pop();
            body.push(Stmt::For(Expr::name(x), iter, vec![y?], None));
        }
        body.push(self.yield_stmt(item)?);
        let ctx = Ctx {
            depth: 1,
            loops: 0,
            ret: Some(ret),
            handler: false,
            gen_item: Some(item),
            guarded: false,
        };
        for _ in 0..self.u.int_in_range(0..=2)? {
            body.extend(self.stmt(ctx)?);
        }
        if self.chance(1, 2)? {
            // `yield from` another generator (whose return value it gets) or a sequence.
            let r = self.fresh_name("r");
            let source = self.yield_source(item, d)?;
            body.push(Stmt::Assign(
                Expr::name(&r),
                Expr::YieldFrom(Box::new(source)),
            ));
            body.push(Stmt::Expr(Expr::call(
                "print",
                vec![str_lit("from"), Expr::call("repr", vec![Expr::name(r)])],
            )));
        }
        if self.chance(1, 2)? {
            // What `send` passes in (`None` under `next`).
            let got = self.fresh_name("got");
            let (e, _) = self.item_expr(item, d)?;
            body.push(Stmt::Assign(
                Expr::name(&got),
                Expr::Yield(Some(Box::new(e))),
            ));
            body.push(Stmt::Expr(Expr::call(
                "print",
                vec![str_lit("got"), Expr::call("repr", vec![Expr::name(got)])],
            )));
        }
        if self.chance(3, 4)? {
            let (value, _) = self.light(ret, d, 1000)?;
            body.push(Stmt::Return(Some(value)));
        }
        let sig = GenSig {
            name: name.clone(),
            params: sig_params,
            defaults,
            item,
        };
        let def = Function {
            decorators: Vec::new(),
            name,
            params,
            star: None,
            double_star: None,
            body,
        };
        Ok((def, sig))
    }

    /// What `yield from` draws from: a generator of `item`s, or a short sequence of them.
    fn yield_source(&mut self, item: Ty, d: u32) -> R<Expr> {
        if self.chance(1, 2)? {
            return self.some_gen(item, d);
        }
        Ok(match item {
            Ty::Int => Expr::call("range", vec![self.small_int()?]),
            Ty::Str => self.short(Ty::Str, d)?,
            Ty::Bool => Expr::List(vec![Expr::lit("True"), Expr::lit("False")]),
            _ => {
                let items = (0..self.u.int_in_range(0..=3)?)
                    .map(|_| self.item_expr(item, d).map(|r| r.0))
                    .collect::<R<Vec<_>>>()?;
                Expr::Tuple(items)
            }
        })
    }

    /// `yield value` (sometimes a bare `yield` or `yield from`, when the items may be
    /// anything).
    pub(super) fn yield_stmt(&mut self, item: Ty) -> R<Stmt> {
        let d = self.opts.max_expr_depth.min(2);
        Ok(Stmt::Expr(match self.pick(6)? {
            0 if item == Ty::Any => Expr::Yield(None),
            1 => Expr::YieldFrom(Box::new(self.yield_source(item, d)?)),
            _ => Expr::Yield(Some(Box::new(self.item_expr(item, d)?.0))),
        }))
    }

    /// `g = gen(...)`, then `next`, `send`, `throw` and `close` on it, each result printed,
    /// and what is left of it as a list.
    pub(super) fn drive_gen(&mut self) -> R<Option<Vec<Stmt>>> {
        let Some(call) = self.gen_call(Ty::Any, 2)? else {
            return Ok(None);
        };
        let g = self.fresh_name("g");
        let name = || Expr::name(&g);
        let mut out = vec![
            Stmt::Assign(name(), call),
            print_repr(Expr::call("next", vec![name()])),
        ];
        for _ in 0..self.u.int_in_range(1..=3)? {
            let s = match self.pick(6)? {
                0 | 1 => {
                    let (v, _) = self.light(Ty::Any, 1, ELEM)?;
                    print_repr(Expr::method(name(), "send", vec![v]))
                }
                2 => {
                    let ty = *self.u.choose(super::lit::EXCEPTIONS)?;
                    let exc = Expr::call(ty, vec![str_lit("thrown")]);
                    print_repr(Expr::method(name(), "throw", vec![exc]))
                }
                3 => Stmt::Expr(Expr::method(name(), "close", vec![])),
                _ => {
                    let (v, _) = self.light(Ty::Any, 1, ELEM)?;
                    print_repr(Expr::call("next", vec![name(), v]))
                }
            };
            out.push(s);
        }
        out.push(print_repr(Expr::call("list", vec![name()])));
        Ok(Some(out))
    }
}
