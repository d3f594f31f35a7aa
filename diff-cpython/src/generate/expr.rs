//! Typed expressions: [`Gen::expr`] builds an expression of a wanted static type, together with
//! an estimate of the size of its value (its *weight*: bits for an int, length for a string or
//! a container), so nothing grows past [`LIMIT`].
//!
//! The static type is what the expression evaluates to whenever it does not raise; `Any` may be
//! anything, and is where ill-typed combinations (and so `TypeError`s) come from. Sizes are
//! conservative: an operand of unknown size counts as its type's bound.

use arbitrary::Unstructured;

use super::Options;
use super::ast::{Arg, BinOp, CmpOp, Comprehension, Expr, FPart, UnOp, str_lit};
use super::lit;

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

    fn int_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(14)? {
            0 => self.leaf(Ty::Int)?,
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

    fn int_or_bool(&mut self, d: u32) -> R<(Expr, u32)> {
        let ty = if self.chance(1, 8)? {
            Ty::Bool
        } else {
            Ty::Int
        };
        self.expr(ty, d)
    }

    /// A list of ints (a comprehension over a range, or a list display) and the weight of its
    /// items.
    fn int_list(&mut self, d: u32) -> R<(Expr, u32)> {
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
            elt: elt?.0,
            value: None,
            target: Expr::name(var),
            iter: range,
            cond: None,
        };
        Ok((Expr::Comp(Box::new(comp)), ELEM))
    }

    fn float_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        let e = match self.pick(10)? {
            0 => return self.leaf(Ty::Float),
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

    fn str_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(16)? {
            0 => self.leaf(Ty::Str)?,
            1 => {
                let (a, wa) = self.expr(Ty::Str, d)?;
                let (b, wb) = self.expr(Ty::Str, d)?;
                (Expr::bin(BinOp::Add, a, b), wa + wb)
            }
            2 => {
                let (a, wa) = self.expr(Ty::Str, d)?;
                let k = self.u.int_in_range(-1..=4)?;
                (Expr::bin(BinOp::Mul, a, Expr::int(k)), wa * 4)
            }
            3 => {
                let (s, w) = self.expr(Ty::Str, d)?;
                (self.subscript(s)?, w)
            }
            4 => {
                let (a, w) = self.expr(Ty::Any, d)?;
                let f = *self.u.choose(&["str", "repr"])?;
                (Expr::call(f, vec![a]), (w * 4).clamp(40, 2000))
            }
            5 | 6 => {
                let (s, w) = self.expr(Ty::Str, d)?;
                match self.pick(4)? {
                    0 => {
                        let m = *self.u.choose(&[
                            "upper",
                            "lower",
                            "strip",
                            "lstrip",
                            "rstrip",
                            "capitalize",
                            "title",
                            "swapcase",
                        ])?;
                        let mut args = Vec::new();
                        if m.ends_with("strip") && self.chance(1, 3)? {
                            args.push(lit::char(self.u)?);
                        }
                        (Expr::method(s, m, args), w * 3)
                    }
                    1 => {
                        let (old, _) = lit::string(self.u)?;
                        let (new, wn) = lit::string(self.u)?;
                        let mut args = vec![old, new];
                        if self.chance(1, 3)? {
                            args.push(Expr::int(self.u.int_in_range(-1..=3)?));
                        }
                        (Expr::method(s, "replace", args), w * (wn + 1) + wn)
                    }
                    2 => {
                        let m = *self.u.choose(&["center", "ljust", "rjust", "zfill"])?;
                        let mut args = vec![Expr::int(self.u.int_in_range(-2..=30)?)];
                        if m != "zfill" && self.chance(1, 3)? {
                            args.push(lit::char(self.u)?);
                        }
                        (Expr::method(s, m, args), w + 30)
                    }
                    _ => {
                        let parts = self.expr(Ty::List, d)?.0;
                        let strs = self.map_str(parts)?;
                        (Expr::method(s, "join", vec![strs]), (w + 40) * 12)
                    }
                }
            }
            7 => (self.fstring(d)?, 400),
            8 => (self.percent_format(d)?, 400),
            9 => {
                let (a, w) = self.expr(Ty::Int, d)?;
                let f = *self.u.choose(&["hex", "oct", "bin", "chr", "str"])?;
                (Expr::call(f, vec![a]), w + 3)
            }
            10 => {
                let (a, _) = self.expr(Ty::Any, d)?;
                let spec = str_lit(&self.format_spec()?);
                (Expr::call("format", vec![a, spec]), 1100)
            }
            11 => {
                let template = *self.u.choose(&[
                    "{} and {}",
                    "{1}{0}",
                    "{0!r:>12}",
                    "<{:^7}>",
                    "{:}|{!s}",
                    "{{}}{}",
                    "{0}{0}",
                ])?;
                let (a, _) = self.expr(Ty::Any, d)?;
                let (b, _) = self.expr(Ty::Any, d)?;
                (Expr::method(str_lit(template), "format", vec![a, b]), 1100)
            }
            12 => {
                let (a, _) = self.expr(Ty::Any, d)?;
                let t = Expr::call("type", vec![a]);
                (Expr::Attr(Box::new(t), "__name__".into()), 10)
            }
            13 => {
                let (l, w) = self.expr(Ty::List, d)?;
                let strs = self.map_str(l)?;
                let sep = lit::char(self.u)?;
                (Expr::method(sep, "join", vec![strs]), w * 400)
            }
            _ => match self.common(Ty::Str, d)? {
                Some(r) => r,
                None => self.leaf(Ty::Str)?,
            },
        })
    }

    /// `[str(x) for x in items]`.
    fn map_str(&mut self, items: Expr) -> R<Expr> {
        let var = self.fresh_name("x");
        let f = *self.u.choose(&["str", "repr"])?;
        Ok(Expr::Comp(Box::new(Comprehension {
            elt: Expr::call(f, vec![Expr::name(var.clone())]),
            value: None,
            target: Expr::name(var),
            iter: items,
            cond: None,
        })))
    }

    /// `value[i]` or a slice of `value`, with small bounds.
    pub fn subscript(&mut self, value: Expr) -> R<Expr> {
        if self.chance(1, 2)? {
            let i = self.small_int()?;
            return Ok(Expr::Index(Box::new(value), Box::new(i)));
        }
        let mut parts: [Option<Box<Expr>>; 3] = [None, None, None];
        for (i, part) in parts.iter_mut().enumerate() {
            if self.chance(1, 2)? {
                let e = if i == 2 {
                    Expr::int(*self.u.choose(&[-1, 2, -2, 3, 0, 1])?)
                } else {
                    self.small_int()?
                };
                *part = Some(Box::new(e));
            }
        }
        Ok(Expr::Slice(Box::new(value), parts))
    }

    /// An f-string. Replacement fields hold names and simple operations only: before Python
    /// 3.12, an f-string's expressions cannot contain its quote character or a backslash.
    fn fstring(&mut self, _d: u32) -> R<Expr> {
        let mut parts = Vec::new();
        for _ in 0..self.u.int_in_range(1..=3)? {
            if self.chance(1, 2)? {
                let (text, _) = lit::string(self.u)?;
                if let Expr::Lit(t) = text {
                    // The literal's body, unescaped again: it is re-escaped when printed.
                    let body = t[1..t.len() - 1].to_string();
                    let raw = body
                        .replace("\\\\", "\u{0}BS")
                        .replace("\\n", "\n")
                        .replace("\\t", "\t")
                        .replace("\\r", "\r")
                        .replace("\\'", "'")
                        .replace("\\x00", "\u{0}")
                        .replace("\u{0}BS", "\\");
                    parts.push(FPart::Text(raw));
                }
            }
            let ty = *self
                .u
                .choose(&[Ty::Int, Ty::Float, Ty::Str, Ty::Any, Ty::List])?;
            let e = match self.var(ty)? {
                Some(v) if self.chance(3, 4)? => {
                    let n = Expr::Name(v.name);
                    match (ty, self.pick(4)?) {
                        (Ty::Int | Ty::Float, 0) => {
                            Expr::bin(BinOp::Mul, n, Expr::int(self.u.int_in_range(-2..=3)?))
                        }
                        (Ty::Str | Ty::List, 0) => Expr::call("len", vec![n]),
                        _ => n,
                    }
                }
                _ => Expr::int(self.u.int_in_range(-20..=20)?),
            };
            let conversion = match self.pick(5)? {
                0 => Some('r'),
                1 => Some('s'),
                _ => None,
            };
            let spec = if conversion.is_none() || self.chance(1, 4)? {
                self.format_spec()?
            } else {
                String::new()
            };
            parts.push(FPart::Field(e, conversion, spec));
        }
        Ok(Expr::FString(parts))
    }

    /// A format spec, for a value of any type.
    fn format_spec(&mut self) -> R<String> {
        Ok((*self.u.choose(lit::FORMAT_SPECS)?).into())
    }

    /// `'...' % args` with directives matched to values of roughly the right type.
    fn percent_format(&mut self, d: u32) -> R<Expr> {
        let mut template = String::new();
        let mut args = Vec::new();
        for _ in 0..self.u.int_in_range(1..=3)? {
            let (spec, kind) = *self.u.choose(lit::PERCENT_SPECS)?;
            template.push_str(spec);
            template.push(' ');
            let ty = match kind {
                'i' => Ty::Int,
                'f' => *self.u.choose(&[Ty::Float, Ty::Int])?,
                's' => Ty::Str,
                '-' => continue,
                _ => Ty::Any,
            };
            // Now and then a value of the wrong type, for the error path.
            let ty = if self.chance(1, 10)? { Ty::Any } else { ty };
            args.push(self.expr(ty, d.min(1))?.0);
        }
        let rhs = if args.len() == 1 && self.chance(1, 2)? {
            args.pop().expect("one argument")
        } else {
            Expr::Tuple(args)
        };
        Ok(Expr::bin(BinOp::Mod, str_lit(&template), rhs))
    }

    fn bool_expr(&mut self, d: u32) -> R<Expr> {
        if d == 0 {
            return Ok(self.leaf(Ty::Bool)?.0);
        }
        let d1 = d - 1;
        Ok(match self.pick(12)? {
            0 => self.leaf(Ty::Bool)?.0,
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

    /// Something to iterate over, bounded in length, and the type of its items.
    pub fn iterable(&mut self, d: u32) -> R<(Expr, Ty)> {
        Ok(match self.pick(7)? {
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
    fn short(&mut self, ty: Ty, d: u32) -> R<Expr> {
        let (e, w) = self.expr(ty, d.min(1))?;
        Ok(if w > 50 {
            Expr::Slice(Box::new(e), [None, Some(Box::new(Expr::int(12))), None])
        } else {
            e
        })
    }

    /// A comprehension: `[elt for x in iterable if cond]` or `{k: v for ...}`.
    fn comprehension(&mut self, d: u32, dict: bool) -> R<Expr> {
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

    fn list_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(13)? {
            0 => self.leaf(Ty::List)?,
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
                let (s, w) = self.expr(Ty::Str, d)?;
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
    fn slice_only(&mut self, value: Expr) -> R<Expr> {
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

    fn tuple_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(7)? {
            0 => self.leaf(Ty::Tuple)?,
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

    fn dict_expr(&mut self, d: u32) -> R<(Expr, u32)> {
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

    fn any_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        Ok(match self.pick(14)? {
            0 => self.leaf(Ty::Any)?,
            1..=4 => {
                let ty = *self.u.choose(&Ty::ALL[..7])?;
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
