//! Typed expressions: [`Gen::expr`] builds an expression of a wanted static type, together with
//! an estimate of the size of its value (its *weight*: bits for an int, length for a string or
//! a container), so nothing grows past [`LIMIT`].
//!
//! The static type is what the expression evaluates to whenever it does not raise; `Any` may be
//! anything, and is where ill-typed combinations (and so `TypeError`s) come from. Sizes are
//! conservative: an operand of unknown size counts as its type's bound.
//!
//! This file holds the types, the generator's state and the dispatch by type; the expressions
//! of each kind are built in `numbers` (ints, floats, bools), `text` (strings and formatting)
//! and `containers` (lists, tuples, dicts, comprehensions, `Any`).

use arbitrary::Unstructured;

use super::Options;
use super::ast::{Arg, BinOp, Expr};
use super::lit;

mod containers;
mod numbers;
mod text;

pub type R<T> = arbitrary::Result<T>;

/// The largest weight an expression may have: ints well under CPython's 4300-digit `str()`
/// limit, strings and lists of a few thousand items.
pub const LIMIT: u32 = 4000;
/// The size bound of a variable of each type (see [`Ty::bound`]).
pub const INT_BITS: u32 = 256;
pub const STR_LEN: u32 = 48;
pub const SEQ_LEN: u32 = 12;
/// The largest weight of a value stored in a container or an `Any` variable: whatever is read
/// back from one weighs this much.
pub const ELEM: u32 = 512;

/// A static type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Int,
    Float,
    Str,
    Bool,
    List,
    Tuple,
    Dict,
    Any,
}

impl Ty {
    pub const ALL: [Ty; 8] = [
        Ty::Int,
        Ty::Float,
        Ty::Str,
        Ty::Bool,
        Ty::List,
        Ty::Tuple,
        Ty::Dict,
        Ty::Any,
    ];

    /// The weight a variable of this type never exceeds.
    pub fn bound(self) -> u32 {
        match self {
            Ty::Int => INT_BITS,
            Ty::Any => ELEM,
            // Floats have a fixed size; `int(f)` and `round(f)` count as 1030 bits themselves.
            Ty::Float => 1,
            Ty::Str => STR_LEN,
            Ty::Bool => 1,
            Ty::List | Ty::Tuple | Ty::Dict => SEQ_LEN,
        }
    }

    /// The prefix of a variable's name, so a reader sees its type.
    pub fn prefix(self) -> &'static str {
        match self {
            Ty::Int => "i",
            Ty::Float => "f",
            Ty::Str => "s",
            Ty::Bool => "b",
            Ty::List => "l",
            Ty::Tuple => "t",
            Ty::Dict => "d",
            Ty::Any => "a",
        }
    }

    /// The builtin type's name, for `isinstance`.
    fn builtin(self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Str => "str",
            Ty::Bool => "bool",
            Ty::List => "list",
            Ty::Tuple => "tuple",
            Ty::Dict | Ty::Any => "dict",
        }
    }
}

/// A variable in scope.
#[derive(Clone, Debug)]
pub struct Var {
    pub name: String,
    pub ty: Ty,
}

/// A function the program may call.
#[derive(Clone, Debug)]
pub struct FnSig {
    pub name: String,
    /// Parameter names and types; the last `defaults` have default values.
    pub params: Vec<(String, Ty)>,
    pub defaults: usize,
    /// Takes `*args` (and so any number of extra positional arguments).
    pub star: bool,
    /// Takes `**kwargs`.
    pub double_star: bool,
    pub ret: Ty,
    /// The weight of what it returns.
    pub weight: u32,
    /// The first parameter is a recursion depth: calls pass a small int.
    pub small_first: bool,
}

/// The generator's state: the input, the scope, the functions defined so far.
pub struct Gen<'u, 'a> {
    pub u: &'u mut Unstructured<'a>,
    pub opts: Options,
    pub vars: Vec<Var>,
    pub fns: Vec<FnSig>,
    pub fresh: u32,
    /// `vars[base..]` belong to the function being generated (all of them at the top level).
    pub base: usize,
    /// Names of enclosing scopes the current function declared `global` or `nonlocal`.
    pub declared: Vec<String>,
    /// `vars[..globals]` are the program's global variables.
    pub globals: usize,
}

impl Gen<'_, '_> {
    pub fn pick(&mut self, n: usize) -> R<usize> {
        self.u.choose_index(n)
    }

    pub fn chance(&mut self, numerator: u8, denominator: u8) -> R<bool> {
        self.u.ratio(numerator, denominator)
    }

    pub fn fresh_name(&mut self, prefix: &str) -> String {
        self.fresh += 1;
        format!("{prefix}{}", self.fresh)
    }

    /// A visible variable of type `ty` (any variable for `Any`).
    pub fn var(&mut self, ty: Ty) -> R<Option<Var>> {
        let matching: Vec<&Var> = self
            .vars
            .iter()
            .filter(|v| ty == Ty::Any || v.ty == ty)
            .collect();
        if matching.is_empty() {
            return Ok(None);
        }
        let i = self.u.choose_index(matching.len())?;
        Ok(Some(matching[i].clone()))
    }

    /// A literal of type `ty` and its weight.
    pub fn literal(&mut self, ty: Ty) -> R<(Expr, u32)> {
        Ok(match ty {
            Ty::Int => lit::int(self.u)?,
            Ty::Float => (lit::float(self.u)?, 1),
            Ty::Str => lit::string(self.u)?,
            Ty::Bool => (lit::bool(self.u)?, 1),
            Ty::List => {
                let items = self.scalars(4)?;
                (Expr::List(items), 4)
            }
            Ty::Tuple => {
                let items = self.scalars(4)?;
                (Expr::Tuple(items), 4)
            }
            Ty::Dict => {
                let mut items = Vec::new();
                for _ in 0..self.u.int_in_range(0..=4)? {
                    let k = lit::key(self.u)?;
                    let v = self.scalar()?;
                    items.push((k, v));
                }
                (Expr::Dict(items), 4)
            }
            Ty::Any => match self.pick(8)? {
                0 => (Expr::lit("None"), 1),
                n => self.literal(Ty::ALL[n - 1])?,
            },
        })
    }

    /// A literal int, float, string, bool or `None`.
    fn scalar(&mut self) -> R<Expr> {
        Ok(match self.pick(5)? {
            0 => lit::int(self.u)?.0,
            1 => lit::float(self.u)?,
            2 => lit::string(self.u)?.0,
            3 => lit::bool(self.u)?,
            _ => Expr::lit("None"),
        })
    }

    fn scalars(&mut self, max: u32) -> R<Vec<Expr>> {
        (0..self.u.int_in_range(0..=max)?)
            .map(|_| self.scalar())
            .collect()
    }

    /// An expression of any type light enough to be stored in a container.
    pub fn item(&mut self, d: u32) -> R<Expr> {
        self.light(Ty::Any, d, ELEM).map(|r| r.0)
    }

    /// An expression of type `ty` weighing at most `max` (a leaf if the first try is heavier).
    pub fn light(&mut self, ty: Ty, d: u32, max: u32) -> R<(Expr, u32)> {
        let (e, w) = self.expr(ty, d)?;
        if w <= max {
            return Ok((e, w));
        }
        let (e, w) = self.leaf(ty)?;
        if w <= max {
            Ok((e, w))
        } else {
            self.literal(ty)
        }
    }

    /// A variable of type `ty` or a literal.
    fn leaf(&mut self, ty: Ty) -> R<(Expr, u32)> {
        if self.chance(2, 3)?
            && let Some(v) = self.var(ty)?
        {
            return Ok((Expr::Name(v.name), ty.bound()));
        }
        self.literal(ty)
    }

    /// An int whose absolute value is at most about 50: sizes, indices, counts.
    pub fn small_int(&mut self) -> R<Expr> {
        Ok(match self.pick(5)? {
            0 | 1 => Expr::int(self.u.int_in_range(-3..=12)?),
            2 => match self.var(Ty::Str)? {
                Some(v) => Expr::call("len", vec![Expr::Name(v.name)]),
                None => Expr::int(2),
            },
            3 => match self.var(Ty::List)? {
                Some(v) => Expr::call("len", vec![Expr::Name(v.name)]),
                None => Expr::int(1),
            },
            _ => match self.var(Ty::Int)? {
                Some(v) => Expr::bin(
                    BinOp::Mod,
                    Expr::Name(v.name),
                    Expr::int(self.u.int_in_range(2..=9)?),
                ),
                None => Expr::int(0),
            },
        })
    }

    /// An expression of type `ty` nested at most `depth` deep, with its weight.
    pub fn expr(&mut self, ty: Ty, depth: u32) -> R<(Expr, u32)> {
        if depth == 0 || self.u.is_empty() {
            return self.leaf(ty);
        }
        let d = depth - 1;
        let (e, w) = match ty {
            Ty::Int => self.int_expr(d)?,
            Ty::Float => self.float_expr(d)?,
            Ty::Str => self.str_expr(d)?,
            Ty::Bool => (self.bool_expr(d)?, 1),
            Ty::List => self.list_expr(d)?,
            Ty::Tuple => self.tuple_expr(d)?,
            Ty::Dict => self.dict_expr(d)?,
            Ty::Any => self.any_expr(d)?,
        };
        if w > LIMIT {
            return self.leaf(ty);
        }
        Ok((e, w))
    }

    /// An expression of one of the types `tys`.
    fn expr_of(&mut self, tys: &[Ty], depth: u32) -> R<(Expr, u32)> {
        let ty = *self.u.choose(tys)?;
        self.expr(ty, depth)
    }

    /// The second and third branch of a conditional expression, or a call of a user function.
    fn common(&mut self, ty: Ty, d: u32) -> R<Option<(Expr, u32)>> {
        if self.chance(1, 2)? {
            let (a, wa) = self.expr(ty, d)?;
            let (b, wb) = self.expr(ty, d)?;
            let test = self.bool_expr(d)?;
            return Ok(Some((
                Expr::IfExp(Box::new(a), Box::new(test), Box::new(b)),
                wa.max(wb),
            )));
        }
        self.user_call(ty, d)
    }

    /// A call of a user function returning `ty`, if there is one.
    pub fn user_call(&mut self, ty: Ty, d: u32) -> R<Option<(Expr, u32)>> {
        let candidates: Vec<FnSig> = self
            .fns
            .iter()
            .filter(|f| ty == Ty::Any || f.ret == ty)
            .cloned()
            .collect();
        if candidates.is_empty() {
            return Ok(None);
        }
        let f = self.u.choose(&candidates)?.clone();
        let mut args = Vec::new();
        let required = f.params.len() - f.defaults;
        let mut by_keyword = false;
        for (i, (name, pty)) in f.params.iter().enumerate() {
            if i >= required && self.chance(1, 3)? {
                by_keyword = true;
                continue;
            }
            let (e, _) = if i == 0 && f.small_first {
                (self.small_int()?, 8)
            } else {
                self.light(*pty, d.min(1), pty.bound())?
            };
            if by_keyword || (i > 0 && self.chance(1, 5)?) {
                by_keyword = true;
                args.push(Arg::Kw(name.clone(), e));
            } else {
                args.push(Arg::Pos(e));
            }
        }
        if f.star && !by_keyword && self.chance(1, 2)? {
            if self.chance(1, 2)? {
                args.push(Arg::Pos(self.leaf(Ty::Any)?.0));
            } else {
                let (l, _) = self.leaf(Ty::List)?;
                args.push(Arg::Pos(Expr::Starred(Box::new(l))));
            }
        }
        if f.double_star && self.chance(1, 2)? {
            if self.chance(1, 2)? {
                let (e, _) = self.leaf(Ty::Any)?;
                args.push(Arg::Kw("extra".into(), e));
            } else {
                let (m, _) = self.leaf(Ty::Dict)?;
                args.push(Arg::DoubleStar(m));
            }
        }
        Ok(Some((
            Expr::Call(Box::new(Expr::name(f.name)), args),
            f.weight,
        )))
    }
}
