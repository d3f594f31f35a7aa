//! Statements, functions and the whole program.
//!
//! A program is: its class definitions (see `classes`), the initial assignments of its global
//! variables (literals, so they cannot fail), a few function and generator definitions, then
//! top-level statements, each wrapped in
//! `try: ... except Exception as e: print(...)`. Only the variables of the prelude, loop and
//! comprehension variables, and a function's parameters and locals exist, each with one static
//! type; statements reassign them with values of that type, so types stay known everywhere.

use super::Options;
use super::ast::{BinOp, CmpOp, Expr, Function, Handler, Program, Stmt, Try, str_lit};
use super::expr::{ELEM, FnSig, Gen, INT_BITS, R, SEQ_LEN, STR_LEN, Ty, Var};
use super::lit;
use arbitrary::Unstructured;

/// Moduli that keep an int variable under [`INT_BITS`] bits; negative ones give results of
/// their own sign.
pub(super) const MODULI: &[&str] = &[
    "1000003",
    "2**61 - 1",
    "10**40 + 7",
    "-(2**100)",
    "2**255 - 19",
    "-97",
    "2**64",
];

/// Where a statement is being generated.
#[derive(Clone, Copy)]
pub(super) struct Ctx {
    /// How many compound statements enclose it.
    pub depth: u32,
    /// How many loops enclose it (in this function).
    pub loops: u32,
    /// The return type when inside a function.
    pub ret: Option<Ty>,
    /// Inside an `except` clause (a bare `raise` is allowed).
    pub handler: bool,
    /// The item type when inside a generator function (a `yield` is allowed).
    pub gen_item: Option<Ty>,
    /// Inside a `try` or `with` block, where a generator must not yield (see `gendef`).
    pub guarded: bool,
}

pub fn program(u: &mut Unstructured<'_>, options: &Options) -> R<Program> {
    let mut g = Gen {
        u,
        opts: options.clone(),
        vars: Vec::new(),
        fns: Vec::new(),
        fresh: 0,
        base: 0,
        declared: Vec::new(),
        globals: 0,
        classes: Vec::new(),
        cms: Vec::new(),
        gens: Vec::new(),
    };
    let mut body = g.class_defs()?;
    for ty in Ty::VARS {
        let count = match ty {
            Ty::Int | Ty::Str | Ty::Any => 3,
            Ty::Bool | Ty::Tuple | Ty::Complex | Ty::Set => 1,
            _ => 2,
        };
        for n in 0..count {
            let name = format!("{}{n}", ty.prefix());
            let (value, _) = g.literal(ty)?;
            body.push(Stmt::Assign(Expr::name(name.clone()), value));
            g.vars.push(Var { name, ty });
        }
    }
    g.globals = g.vars.len();
    let functions = g.u.int_in_range(0..=g.opts.max_functions)?;
    for _ in 0..functions {
        if g.chance(1, 3)? {
            let (def, sig) = g.generator_def()?;
            body.push(Stmt::Def(def));
            g.gens.push(sig);
            continue;
        }
        let (def, sig) = if g.chance(1, 4)? {
            g.recursive_function()?
        } else {
            g.function(false)?
        };
        body.push(Stmt::Def(def));
        g.fns.push(sig);
    }
    let top = Ctx {
        depth: 0,
        loops: 0,
        ret: None,
        handler: false,
        gen_item: None,
        guarded: false,
    };
    let count = g.u.int_in_range(1..=g.opts.max_statements)?;
    for _ in 0..count {
        let stmts = g.stmt(top)?;
        body.push(g.guard(stmts));
    }
    Ok(Program { body })
}

impl Gen<'_, '_> {
    /// `try: stmts except Exception as e: print(type(e).__name__[, e])`.
    fn guard(&mut self, stmts: Vec<Stmt>) -> Stmt {
        let mut args = vec![
            str_lit("!"),
            Expr::Attr(
                Box::new(Expr::call("type", vec![Expr::name("e")])),
                "__name__".into(),
            ),
        ];
        if self.opts.messages {
            args.push(Expr::name("e"));
        }
        Stmt::Try(Try {
            body: stmts,
            handlers: vec![Handler {
                types: vec!["Exception".into()],
                name: Some("e".into()),
                body: vec![Stmt::Expr(Expr::call("print", args))],
            }],
            orelse: None,
            finally: None,
        })
    }

    /// Variables a statement here may assign: the current function's own (or, at the top
    /// level, every variable) and those declared `global` or `nonlocal`.
    pub(super) fn assignable(&mut self, ty: Option<Ty>) -> R<Option<Var>> {
        let candidates: Vec<Var> = self
            .vars
            .iter()
            .enumerate()
            .filter(|(i, v)| *i >= self.base || self.declared.contains(&v.name))
            .map(|(_, v)| v)
            .filter(|v| ty.is_none_or(|t| v.ty == t))
            .cloned()
            .collect();
        if candidates.is_empty() {
            return Ok(None);
        }
        Ok(Some(self.u.choose(&candidates)?.clone()))
    }

    /// One statement (possibly with the statements that cut its result back and print it).
    pub(super) fn stmt(&mut self, ctx: Ctx) -> R<Vec<Stmt>> {
        let d = self.opts.max_expr_depth;
        if let Some(item) = ctx.gen_item
            && !ctx.guarded
            && self.chance(1, 4)?
        {
            return Ok(vec![self.yield_stmt(item)?]);
        }
        let compound = ctx.depth < self.opts.max_block_depth && !self.u.is_empty();
        let choice = self.pick(if compound { 19 } else { 10 })?;
        match choice {
            0 | 1 => self.assign(ctx),
            2 => self.aug_assign(),
            3 | 4 => self.mutate(),
            5 => {
                let print = self.print()?;
                Ok(vec![print])
            }
            6 => {
                let (test, _) = self.expr(Ty::Bool, d)?;
                let msg = lit::string(self.u)?.0;
                Ok(vec![Stmt::Assert(test, self.chance(1, 2)?.then_some(msg))])
            }
            7 => self.unpack(),
            8 => match self.user_call(Ty::Any, d)? {
                Some((call, _)) => Ok(vec![print_repr(call)]),
                None => self.assign(ctx),
            },
            9 => match self.drive_gen()? {
                Some(stmts) => Ok(stmts),
                None => self.mutate(),
            },
            10 | 11 => self.if_stmt(ctx),
            12 => self.for_stmt(ctx),
            13 => self.while_stmt(ctx),
            14 | 15 => self.try_stmt(ctx),
            16 | 17 => self.with_stmt(ctx),
            _ => self.jump(ctx),
        }
    }

    pub(super) fn block(&mut self, ctx: Ctx, min: u32, max: u32) -> R<Vec<Stmt>> {
        let inner = Ctx {
            depth: ctx.depth + 1,
            ..ctx
        };
        let scope = self.vars.len();
        let mut body = Vec::new();
        for _ in 0..self.u.int_in_range(min..=max)? {
            body.extend(self.stmt(inner)?);
        }
        self.vars.truncate(scope);
        Ok(body)
    }

    /// `break`, `continue`, `return` or `raise`, where one is allowed, usually under an `if`.
    fn jump(&mut self, ctx: Ctx) -> R<Vec<Stmt>> {
        let mut options = vec![0];
        if ctx.loops > 0 {
            options.extend([1, 2]);
        }
        if ctx.ret.is_some() {
            options.push(3);
        }
        if ctx.handler {
            options.push(4);
        }
        let jump = match *self.u.choose(&options)? {
            1 => Stmt::Break,
            2 => Stmt::Continue,
            3 => {
                let ty = ctx.ret.expect("inside a function");
                let (e, _) = self.light(ty, 2, 1000)?;
                Stmt::Return(Some(e))
            }
            4 => Stmt::Raise(None),
            _ => self.raise()?,
        };
        if self.chance(3, 4)? {
            let (test, _) = self.expr(Ty::Bool, 2)?;
            Ok(vec![Stmt::If(vec![(test, vec![jump])], None)])
        } else {
            Ok(vec![jump])
        }
    }

    pub(super) fn raise(&mut self) -> R<Stmt> {
        let ty = *self.u.choose(lit::EXCEPTIONS)?;
        let mut args = Vec::new();
        if self.chance(3, 4)? {
            args.push(self.item(1)?);
        }
        Ok(Stmt::Raise(Some(Expr::call(ty, args))))
    }

    /// `v = expr`, cut back to `v`'s bound, and printed.
    fn assign(&mut self, ctx: Ctx) -> R<Vec<Stmt>> {
        let Some(v) = self.assignable(None)? else {
            return Ok(vec![self.print()?]);
        };
        let d = self.opts.max_expr_depth;
        let (value, w) = if v.ty == Ty::Any {
            self.light(Ty::Any, d, ELEM)?
        } else {
            self.expr(v.ty, d)?
        };
        let mut out = vec![Stmt::Assign(Expr::name(v.name.clone()), value)];
        out.extend(self.clip(&v, w)?);
        if ctx.ret.is_none() || self.chance(1, 2)? {
            out.push(self.show(&v)?);
        }
        Ok(out)
    }

    /// The statement that brings `v` back under its bound after it may have reached weight `w`.
    pub(super) fn clip(&mut self, v: &Var, w: u32) -> R<Vec<Stmt>> {
        let name = || Expr::name(v.name.clone());
        let cut =
            |n: i64| Expr::Slice(Box::new(name()), [None, Some(Box::new(Expr::int(n))), None]);
        Ok(match v.ty {
            Ty::Int if w > INT_BITS => {
                let m = *self.u.choose(MODULI)?;
                vec![Stmt::AugAssign(name(), BinOp::Mod, modulus(m))]
            }
            Ty::Str | Ty::Bytes if w > STR_LEN => {
                vec![Stmt::Assign(name(), cut(STR_LEN as i64))]
            }
            Ty::Set if w > SEQ_LEN => {
                let sorted = Expr::call("sorted", vec![name()]);
                let cut = Expr::Slice(
                    Box::new(sorted),
                    [None, Some(Box::new(Expr::int(SEQ_LEN as i64))), None],
                );
                vec![Stmt::Assign(name(), Expr::call("set", vec![cut]))]
            }
            Ty::Tuple if w > SEQ_LEN => vec![Stmt::Assign(name(), cut(SEQ_LEN as i64))],
            Ty::List if w > SEQ_LEN => {
                let tail = Expr::Slice(
                    Box::new(name()),
                    [Some(Box::new(Expr::int(SEQ_LEN as i64))), None, None],
                );
                vec![Stmt::Del(tail)]
            }
            _ => Vec::new(),
        })
    }

    /// `print(repr(v))`, or another way of showing `v`.
    pub(super) fn show(&mut self, v: &Var) -> R<Stmt> {
        let mut name = Expr::name(v.name.clone());
        if v.ty == Ty::Set {
            // Never a set's own repr: its order is the table's.
            name = Expr::call("sorted", vec![name]);
        }
        Ok(match self.pick(4)? {
            0 => Stmt::Expr(Expr::call("print", vec![str_lit(&v.name), name])),
            _ => print_repr(name),
        })
    }

    pub(super) fn print(&mut self) -> R<Stmt> {
        let d = self.opts.max_expr_depth;
        Ok(match self.pick(5)? {
            0 | 1 => {
                let (e, _) = self.expr(Ty::Any, d)?;
                print_repr(e)
            }
            2 => {
                let (e, _) = self.expr(Ty::Str, d)?;
                Stmt::Expr(Expr::call("print", vec![e]))
            }
            3 => {
                let mut args: Vec<super::ast::Arg> = Vec::new();
                for _ in 0..self.u.int_in_range(0..=3)? {
                    args.push(super::ast::Arg::Pos(self.expr(Ty::Any, d.min(2))?.0));
                }
                if self.chance(1, 2)? {
                    args.push(super::ast::Arg::Kw("sep".into(), lit::char(self.u)?));
                }
                if self.chance(1, 3)? {
                    let end = str_lit(self.u.choose(&["!\n", "\n\n", " <end>\n"])?);
                    args.push(super::ast::Arg::Kw("end".into(), end));
                }
                Stmt::Expr(Expr::Call(Box::new(Expr::name("print")), args))
            }
            _ => {
                let (l, _) = self.expr(Ty::List, d.min(2))?;
                Stmt::Expr(Expr::call("print", vec![Expr::Starred(Box::new(l))]))
            }
        })
    }

    /// Assignment to several targets at once.
    fn unpack(&mut self) -> R<Vec<Stmt>> {
        let d = self.opts.max_expr_depth.min(2);
        let (Some(a), Some(b)) = (self.assignable(None)?, self.assignable(None)?) else {
            return Ok(vec![self.print()?]);
        };
        if a.name == b.name {
            return Ok(vec![self.print()?]);
        }
        let targets = Expr::Tuple(vec![Expr::name(a.name.clone()), Expr::name(b.name.clone())]);
        let mut out = Vec::new();
        if a.ty == b.ty && self.chance(1, 3)? {
            // A swap.
            let value = Expr::Tuple(vec![Expr::name(b.name.clone()), Expr::name(a.name.clone())]);
            out.push(Stmt::Assign(targets, value));
        } else if a.ty == Ty::Any && b.ty == Ty::Any {
            // Unpacking something of unknown shape: a ValueError or TypeError as often as not.
            let value = self.item(d)?;
            let targets = if self.chance(1, 3)? {
                Expr::Tuple(vec![
                    Expr::name(a.name.clone()),
                    Expr::Starred(Box::new(Expr::name(b.name.clone()))),
                ])
            } else {
                targets
            };
            out.push(Stmt::Assign(targets, value));
        } else {
            let (va, wa) = self.light(a.ty, d, a.ty.bound())?;
            let (vb, wb) = self.light(b.ty, d, b.ty.bound())?;
            out.push(Stmt::Assign(targets, Expr::Tuple(vec![va, vb])));
            out.extend(self.clip(&a, wa)?);
            out.extend(self.clip(&b, wb)?);
        }
        out.push(self.show(&a)?);
        out.push(self.show(&b)?);
        Ok(out)
    }

    fn if_stmt(&mut self, ctx: Ctx) -> R<Vec<Stmt>> {
        let mut branches = Vec::new();
        for _ in 0..self.u.int_in_range(1..=3)? {
            let (test, _) = self.expr(Ty::Bool, self.opts.max_expr_depth)?;
            let body = self.block(ctx, 1, 3)?;
            branches.push((test, body));
        }
        let orelse = if self.chance(1, 2)? {
            Some(self.block(ctx, 1, 2)?)
        } else {
            None
        };
        Ok(vec![Stmt::If(branches, orelse)])
    }

    fn for_stmt(&mut self, ctx: Ctx) -> R<Vec<Stmt>> {
        let (iter, item) = if ctx.loops > 0 {
            // Inner loops stay short, so nested loops do not multiply into long runs.
            let n = self.u.int_in_range(0..=4)?;
            (Expr::call("range", vec![Expr::int(n)]), Ty::Int)
        } else {
            self.iterable(2)?
        };
        let scope = self.vars.len();
        let target = if item == Ty::Tuple && self.chance(1, 2)? {
            let (a, b) = (self.fresh_name("x"), self.fresh_name("y"));
            self.vars.push(Var {
                name: a.clone(),
                ty: Ty::Any,
            });
            self.vars.push(Var {
                name: b.clone(),
                ty: Ty::Any,
            });
            Expr::Tuple(vec![Expr::name(a), Expr::name(b)])
        } else {
            let x = self.fresh_name("x");
            self.vars.push(Var {
                name: x.clone(),
                ty: item,
            });
            Expr::name(x)
        };
        let inner = Ctx {
            loops: ctx.loops + 1,
            ..ctx
        };
        let body = self.block(inner, 1, 3);
        self.vars.truncate(scope);
        let body = body?;
        let orelse = if self.chance(1, 4)? {
            Some(self.block(ctx, 1, 1)?)
        } else {
            None
        };
        Ok(vec![Stmt::For(target, iter, body, orelse)])
    }

    /// `w = 0; while w < n: w += 1; ...`: the counter goes up first, so `continue` cannot
    /// skip it.
    fn while_stmt(&mut self, ctx: Ctx) -> R<Vec<Stmt>> {
        let w = self.fresh_name("w");
        let limit = if ctx.loops > 0 {
            self.u.int_in_range(0..=4)?
        } else {
            self.u.int_in_range(0..=12)?
        };
        let mut test = Expr::compare(Expr::name(w.clone()), CmpOp::Lt, Expr::int(limit));
        if self.chance(1, 3)? {
            let (extra, _) = self.expr(Ty::Bool, 2)?;
            test = Expr::BoolOp(true, Box::new(test), Box::new(extra));
        }
        let inner = Ctx {
            loops: ctx.loops + 1,
            ..ctx
        };
        let mut body = vec![Stmt::AugAssign(
            Expr::name(w.clone()),
            BinOp::Add,
            Expr::int(1),
        )];
        body.extend(self.block(inner, 1, 3)?);
        let orelse = if self.chance(1, 4)? {
            Some(self.block(ctx, 1, 1)?)
        } else {
            None
        };
        Ok(vec![
            Stmt::Assign(Expr::name(w.clone()), Expr::int(0)),
            Stmt::While(test, body, orelse),
        ])
    }

    fn try_stmt(&mut self, ctx: Ctx) -> R<Vec<Stmt>> {
        let ctx = Ctx {
            guarded: true,
            ..ctx
        };
        let inner = ctx;
        let mut body = self.block(inner, 1, 3)?;
        if self.chance(1, 3)? {
            body.push(self.raise()?);
        }
        let mut handlers = Vec::new();
        for _ in 0..self.u.int_in_range(0..=2)? {
            let mut types = vec![self.u.choose(lit::EXCEPTIONS)?.to_string()];
            if self.chance(1, 4)? {
                types.push(self.u.choose(lit::EXCEPTIONS)?.to_string());
            }
            let name = self.fresh_name("e");
            let shown = Expr::Attr(
                Box::new(Expr::call("type", vec![Expr::name(name.clone())])),
                "__name__".into(),
            );
            let mut hbody = vec![Stmt::Expr(Expr::call(
                "print",
                vec![str_lit("caught"), shown, Expr::name(name.clone())],
            ))];
            let inner = Ctx {
                handler: true,
                ..ctx
            };
            if self.chance(1, 2)? {
                hbody.extend(self.block(inner, 1, 2)?);
            }
            handlers.push(Handler {
                types,
                name: Some(name),
                body: hbody,
            });
        }
        if handlers.is_empty() || self.chance(1, 6)? {
            let body = self.block(
                Ctx {
                    handler: true,
                    ..ctx
                },
                1,
                1,
            )?;
            handlers.push(Handler {
                types: if self.chance(1, 2)? {
                    vec![]
                } else {
                    vec!["Exception".into()]
                },
                name: None,
                body,
            });
        }
        let orelse = if self.chance(1, 3)? {
            Some(self.block(ctx, 1, 2)?)
        } else {
            None
        };
        let finally = if self.chance(1, 3)? {
            let mut f = vec![Stmt::Expr(Expr::call("print", vec![str_lit("finally")]))];
            if self.chance(1, 3)? {
                f.extend(self.block(ctx, 1, 1)?);
            }
            Some(f)
        } else {
            None
        };
        Ok(vec![Stmt::Try(Try {
            body,
            handlers,
            orelse,
            finally,
        })])
    }

    /// A function: typed parameters (some with defaults, maybe `*args`/`**kwargs`), a body
    /// that may declare globals, define and call a closure, and ends with a `return`.
    pub(super) fn function(&mut self, nested: bool) -> R<(Function, FnSig)> {
        let name = self.fresh_name(if nested { "inner" } else { "fn" });
        let ret = *self.u.choose(&Ty::ALL)?;
        let saved = (self.vars.len(), self.base, self.declared.len());
        self.base = self.vars.len();
        let result = self.function_body(name, ret, nested);
        self.vars.truncate(saved.0);
        self.base = saved.1;
        self.declared.truncate(saved.2);
        result
    }

    fn function_body(&mut self, name: String, ret: Ty, nested: bool) -> R<(Function, FnSig)> {
        let mut params = Vec::new();
        let mut sig_params = Vec::new();
        let count = self.u.int_in_range(0..=3)?;
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
        let star = self.chance(1, 5)?.then(|| self.fresh_name("args"));
        let double_star = self.chance(1, 6)?.then(|| self.fresh_name("kw"));
        for (extra, ty) in [(&star, Ty::Tuple), (&double_star, Ty::Dict)] {
            if let Some(name) = extra {
                self.vars.push(Var {
                    name: name.clone(),
                    ty,
                });
            }
        }
        let mut body = Vec::new();
        // Declarations come first: a name used before its `global` statement is an error.
        let enclosing: Vec<(usize, Var)> = self.vars[..self.base]
            .iter()
            .cloned()
            .enumerate()
            .filter(|(_, v)| v.ty != Ty::Any)
            .collect();
        if !enclosing.is_empty() && self.chance(1, 3)? {
            let (i, v) = self.u.choose(&enclosing)?.clone();
            let is_global = i < self.globals;
            if is_global {
                body.push(Stmt::Global(vec![v.name.clone()]));
            } else if nested {
                body.push(Stmt::Nonlocal(vec![v.name.clone()]));
            }
            if is_global || nested {
                self.declared.push(v.name);
            }
        }
        for _ in 0..self.u.int_in_range(0..=2)? {
            let ty = *self.u.choose(&Ty::ALL)?;
            let local = self.fresh_name("v");
            let (value, _) = self.literal(ty)?;
            body.push(Stmt::Assign(Expr::name(local.clone()), value));
            self.vars.push(Var { name: local, ty });
        }
        let ctx = Ctx {
            depth: 1,
            loops: 0,
            ret: Some(ret),
            handler: false,
            gen_item: None,
            guarded: false,
        };
        if !nested && self.chance(1, 4)? {
            let (def, sig) = self.function(true)?;
            body.push(Stmt::Def(def));
            self.fns.push(sig);
            let call = self.user_call(Ty::Any, 1);
            self.fns.pop();
            if let Some((call, _)) = call? {
                body.push(print_repr(call));
            }
        }
        for _ in 0..self.u.int_in_range(1..=3)? {
            body.extend(self.stmt(ctx)?);
        }
        let (value, _) = self.light(ret, self.opts.max_expr_depth, 1000)?;
        body.push(Stmt::Return(Some(value)));
        let weight = match ret {
            Ty::Float | Ty::Bool => 1,
            Ty::Any => ELEM,
            _ => 1000,
        };
        let sig = FnSig {
            name: name.clone(),
            params: sig_params,
            defaults,
            star: star.is_some(),
            double_star: double_star.is_some(),
            ret,
            weight,
            small_first: false,
        };
        let def = Function {
            decorators: Vec::new(),
            name,
            params,
            star,
            double_star,
            body,
        };
        Ok((def, sig))
    }

    /// `def r(n, acc): if n <= 0: return acc; return r(n - 1, f(acc, n))`, called with a small
    /// `n`.
    fn recursive_function(&mut self) -> R<(Function, FnSig)> {
        let name = self.fresh_name("rec");
        let ty = *self.u.choose(&[Ty::Int, Ty::Str, Ty::List])?;
        let (n, acc) = (self.fresh_name("n"), self.fresh_name("acc"));
        let saved = (self.vars.len(), self.base);
        self.base = self.vars.len();
        self.vars.push(Var {
            name: n.clone(),
            ty: Ty::Int,
        });
        self.vars.push(Var {
            name: acc.clone(),
            ty,
        });
        let step = self.expr(ty, 2);
        self.vars.truncate(saved.0);
        self.base = saved.1;
        let (step, w) = step?;
        let step = if w > ty.bound() {
            let bound = || Some(Box::new(Expr::int(ty.bound().into())));
            let slice = |e: Expr| Expr::Slice(Box::new(e), [None, bound(), None]);
            match ty {
                Ty::Int => Expr::bin(BinOp::Mod, step, modulus(self.u.choose(MODULI)?)),
                // Bounded in depth as well as length: each item becomes a short string, so a
                // step that nests `acc` in itself cannot grow exponentially over the calls.
                Ty::List => {
                    let var = self.fresh_name("x");
                    let item = Expr::call("repr", vec![Expr::name(var.clone())]);
                    Expr::Comp(Box::new(super::ast::Comprehension {
                        kind: super::ast::CompKind::List,
                        elt: slice(item),
                        value: None,
                        target: Expr::name(var),
                        iter: slice(step),
                        cond: None,
                    }))
                }
                _ => slice(step),
            }
        } else {
            step
        };
        let base_case = Stmt::If(
            vec![(
                Expr::compare(Expr::name(n.clone()), CmpOp::Le, Expr::int(0)),
                vec![Stmt::Return(Some(Expr::name(acc.clone())))],
            )],
            None,
        );
        let recurse = Expr::call(
            &name,
            vec![
                Expr::bin(BinOp::Sub, Expr::name(n.clone()), Expr::int(1)),
                step,
            ],
        );
        let def = Function {
            decorators: Vec::new(),
            name: name.clone(),
            params: vec![(n.clone(), None), (acc.clone(), None)],
            star: None,
            double_star: None,
            body: vec![base_case, Stmt::Return(Some(recurse))],
        };
        let sig = FnSig {
            name,
            // The depth comes from `small_int`, never a big int.
            params: vec![(n, Ty::Int), (acc, ty)],
            defaults: 0,
            star: false,
            double_star: false,
            ret: ty,
            weight: ty.bound(),
            small_first: true,
        };
        Ok((def, sig))
    }
}

pub(super) fn print_repr(e: Expr) -> Stmt {
    Stmt::Expr(Expr::call("print", vec![Expr::call("repr", vec![e])]))
}

/// A modulus from [`MODULI`] as an expression.
pub(super) fn modulus(text: &str) -> Expr {
    match text {
        "2**61 - 1" => Expr::bin(BinOp::Sub, pow(2, 61), Expr::int(1)),
        "10**40 + 7" => Expr::bin(BinOp::Add, pow(10, 40), Expr::int(7)),
        "-(2**100)" => Expr::Unary(super::ast::UnOp::Neg, Box::new(pow(2, 100))),
        "2**255 - 19" => Expr::bin(BinOp::Sub, pow(2, 255), Expr::int(19)),
        "2**64" => pow(2, 64),
        other => Expr::int(other.parse().expect("a literal modulus")),
    }
}

fn pow(a: i64, b: i64) -> Expr {
    Expr::bin(BinOp::Pow, Expr::int(a), Expr::int(b))
}
