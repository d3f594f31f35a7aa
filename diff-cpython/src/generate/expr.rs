//! Typed expressions: [`Gen::expr`] builds an expression of a wanted static type, together with
//! an estimate of the size of its value (its *weight*: bits for an int, length for a string or
//! a container), so nothing grows past [`LIMIT`].
//!
//! The static type is what the expression evaluates to whenever it does not raise; `Any` may be
//! anything, and is where ill-typed combinations (and so `TypeError`s) come from. Sizes are
//! conservative: an operand of unknown size counts as its type's bound.
//!
//! This file holds the types, the generator's state and the dispatch by type; the expressions
//! of each kind are built in `numbers` (ints, floats, bools), `text` (strings and formatting),
//! `containers` (lists, tuples, dicts, comprehensions, `Any`), `sets`, `bytes`, `complex`,
//! `objects` (instances of the program's classes) and `gens` (generators and generator
//! expressions). Each of the later files also offers [`Gen::out_of_other`] its ways of turning
//! its values into the older types (`len(s)`, `b.hex()`, `abs(c)`, `o.v`, `list(g())`).

use arbitrary::Unstructured;

use super::Options;
use super::ast::{Arg, BinOp, Expr};
use super::lit;

mod bytes;
mod complex;
mod containers;
mod gens;
mod numbers;
mod objects;
mod sets;
mod text;

pub use gens::GenSig;
pub use objects::{ClassInfo, CmInfo, Enter};

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
    /// `bytes` or `bytearray`.
    Bytes,
    Complex,
    /// An instance of one of the program's value classes (see `objects`), whose `__repr__`
    /// the program defines.
    Obj,
    /// A `set` or `frozenset` of ints. Its repr is never printed (nor anything that iterates
    /// it in table order), only `sorted(...)`, its length and its members: the two
    /// interpreters need not lay out a hash table alike. So it is not in [`Ty::ALL`], never an
    /// item of a container nor a value of `Any`.
    Set,
}

impl Ty {
    /// The types whose values may be printed, stored anywhere and held by `Any`.
    pub const ALL: [Ty; 11] = [
        Ty::Int,
        Ty::Float,
        Ty::Str,
        Ty::Bool,
        Ty::List,
        Ty::Tuple,
        Ty::Dict,
        Ty::Any,
        Ty::Bytes,
        Ty::Complex,
        Ty::Obj,
    ];

    /// The types of [`Ty::ALL`] but `Any`: what an `Any` value may turn out to be.
    pub const CONCRETE: [Ty; 10] = [
        Ty::Int,
        Ty::Float,
        Ty::Str,
        Ty::Bool,
        Ty::List,
        Ty::Tuple,
        Ty::Dict,
        Ty::Bytes,
        Ty::Complex,
        Ty::Obj,
    ];

    /// The types a program has variables of.
    pub const VARS: [Ty; 12] = [
        Ty::Int,
        Ty::Float,
        Ty::Str,
        Ty::Bool,
        Ty::List,
        Ty::Tuple,
        Ty::Dict,
        Ty::Any,
        Ty::Bytes,
        Ty::Complex,
        Ty::Obj,
        Ty::Set,
    ];

    /// The weight a variable of this type never exceeds.
    pub fn bound(self) -> u32 {
        match self {
            Ty::Int => INT_BITS,
            Ty::Any => ELEM,
            // Floats have a fixed size; `int(f)` and `round(f)` count as 1030 bits themselves.
            Ty::Float | Ty::Complex => 1,
            Ty::Str | Ty::Bytes => STR_LEN,
            Ty::Bool => 1,
            Ty::List | Ty::Tuple | Ty::Dict | Ty::Set => SEQ_LEN,
            // An object's `v` is an int under the int bound; its repr is about that long.
            Ty::Obj => 80,
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
            Ty::Bytes => "y",
            Ty::Complex => "c",
            Ty::Obj => "o",
            Ty::Set => "z",
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
            Ty::Bytes => "bytes",
            Ty::Complex => "complex",
            Ty::Obj => "object",
            Ty::Set => "set",
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
    /// The program's value classes, context-manager classes and generator functions, in the
    /// order they are defined.
    pub classes: Vec<ClassInfo>,
    pub cms: Vec<CmInfo>,
    pub gens: Vec<GenSig>,
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
            .filter(|v| (ty == Ty::Any && v.ty != Ty::Set) || v.ty == ty)
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
            Ty::Any => match self.pick(Ty::CONCRETE.len() + 1)? {
                0 => (Expr::lit("None"), 1),
                n => self.literal(Ty::CONCRETE[n - 1])?,
            },
            Ty::Bytes => lit::bytes(self.u)?,
            Ty::Complex => (lit::complex(self.u)?, 1),
            Ty::Obj => self.obj_literal()?,
            Ty::Set => {
                let items = (0..self.u.int_in_range(0..=4)?)
                    .map(|_| Ok(Expr::int(self.u.int_in_range(-3..=20)?)))
                    .collect::<R<Vec<_>>>()?;
                if items.is_empty() {
                    (Expr::call("set", vec![]), 0)
                } else {
                    (Expr::Set(items), 4)
                }
            }
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
            Ty::Bytes => self.bytes_expr(d)?,
            Ty::Complex => (self.complex_expr(d)?, 1),
            Ty::Obj => self.obj_expr(d)?,
            Ty::Set => self.set_expr(d)?,
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

    /// A value of `ty` made from one of the newer kinds of value (a set, bytes, a complex
    /// number, an object, a generator), if one of them offers it.
    pub(super) fn out_of_other(&mut self, ty: Ty, d: u32) -> R<Option<(Expr, u32)>> {
        let first = self.pick(5)?;
        for k in 0..5 {
            let r = match (first + k) % 5 {
                0 => self.out_of_set(ty, d)?,
                1 => self.out_of_bytes(ty, d)?,
                2 => self.out_of_complex(ty, d)?,
                3 => self.out_of_obj(ty, d)?,
                _ => self.out_of_gen(ty, d)?,
            };
            if r.is_some() {
                return Ok(r);
            }
        }
        Ok(None)
    }

    /// [`Gen::out_of_other`], or a leaf when nothing offers `ty`.
    fn other_or_leaf(&mut self, ty: Ty, d: u32) -> R<(Expr, u32)> {
        match self.out_of_other(ty, d)? {
            Some(r) => Ok(r),
            None => self.leaf(ty),
        }
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
