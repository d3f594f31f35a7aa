//! Instances of the program's value classes (defined by `classes`): construction (directly,
//! through `type(o)`, a `@staticmethod` or a `@classmethod`), the operators their dunders
//! implement, and the ways out: attributes, properties, `len`, indexing, calls, iteration,
//! comparisons, `str`/`repr` and the method resolution order.
//!
//! An expression of type `Obj` holds an instance of some value class, not a known one: which
//! dunders it has is up to the class, and a missing one is an error path both interpreters
//! must agree on. Every value class has a `v` int attribute and a `__repr__`, so an object
//! prints the same in both.

use super::super::ast::{Arg, BinOp, CmpOp, CompKind, Comprehension, Expr, UnOp};
use super::{Gen, INT_BITS, R, Ty};

/// A value class the program defines.
#[derive(Clone, Debug)]
pub struct ClassInfo {
    pub name: String,
    /// The methods and dunders it has, defined or inherited (`double` is a property, `make`
    /// a staticmethod and `create` a classmethod).
    pub has: Vec<&'static str>,
}

/// What a context-manager class's `__enter__` returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enter {
    /// The manager itself (it has a `__repr__`).
    Itself,
    /// An int.
    Int,
    /// Nothing: `None`.
    Nothing,
}

/// A context-manager class the program defines.
#[derive(Clone, Debug)]
pub struct CmInfo {
    pub name: String,
    pub enter: Enter,
}

impl Gen<'_, '_> {
    fn class(&mut self) -> R<Option<ClassInfo>> {
        if self.classes.is_empty() {
            return Ok(None);
        }
        Ok(Some(self.u.choose(&self.classes)?.clone()))
    }

    /// `C(k)` for a small `k`; `None` while the classes are being defined.
    pub(super) fn obj_literal(&mut self) -> R<(Expr, u32)> {
        let Some(c) = self.class()? else {
            return Ok((Expr::lit("None"), 1));
        };
        let k = Expr::int(self.u.int_in_range(-9..=99)?);
        Ok((Expr::call(&c.name, vec![k]), 16))
    }

    pub(super) fn obj_expr(&mut self, d: u32) -> R<(Expr, u32)> {
        let Some(c) = self.class()? else {
            return self.obj_literal();
        };
        let w = Ty::Obj.bound();
        Ok(match self.pick(8)? {
            0 => self.leaf(Ty::Obj)?,
            1 => {
                let (x, _) = self.light(Ty::Int, d, INT_BITS)?;
                let ctor = match self.pick(4)? {
                    0 if c.has.contains(&"make") => {
                        Expr::Attr(Box::new(Expr::name(&c.name)), "make".into())
                    }
                    1 if c.has.contains(&"create") => {
                        Expr::Attr(Box::new(Expr::name(&c.name)), "create".into())
                    }
                    2 => {
                        let (o, _) = self.leaf(Ty::Obj)?;
                        Expr::call("type", vec![o])
                    }
                    _ => Expr::name(&c.name),
                };
                (Expr::Call(Box::new(ctor), vec![Arg::Pos(x)]), w)
            }
            2..=4 => {
                let (a, _) = self.expr(Ty::Obj, d)?;
                let (b, _) = if self.chance(1, 2)? {
                    self.expr(Ty::Obj, d)?
                } else {
                    self.light(Ty::Int, d, INT_BITS)?
                };
                if self.chance(1, 3)? {
                    (Expr::bin(BinOp::Add, b, a), w)
                } else {
                    (Expr::bin(BinOp::Add, a, b), w)
                }
            }
            5 => {
                let items = (0..self.u.int_in_range(1..=3)?)
                    .map(|_| self.expr(Ty::Obj, d).map(|r| r.0))
                    .collect::<R<Vec<_>>>()?;
                let f = *self.u.choose(&["min", "max"])?;
                (Expr::call(f, vec![Expr::List(items)]), w)
            }
            6 => {
                let (a, _) = self.expr(Ty::Obj, d)?;
                let (b, _) = self.expr(Ty::Obj, d)?;
                (
                    Expr::BoolOp(self.u.arbitrary()?, Box::new(a), Box::new(b)),
                    w,
                )
            }
            _ => match self.common(Ty::Obj, d)? {
                Some(r) => r,
                None => self.leaf(Ty::Obj)?,
            },
        })
    }

    /// Values of the older types made from objects.
    pub(super) fn out_of_obj(&mut self, ty: Ty, d: u32) -> R<Option<(Expr, u32)>> {
        if self.classes.is_empty()
            || !matches!(ty, Ty::Int | Ty::Str | Ty::Bool | Ty::List | Ty::Tuple)
        {
            return Ok(None);
        }
        let (o, _) = self.expr(Ty::Obj, d)?;
        let attr = |o: Expr, name: &str| Expr::Attr(Box::new(o), name.into());
        Ok(Some(match ty {
            Ty::Int => match self.pick(8)? {
                0 | 1 => (attr(o, "v"), INT_BITS),
                2 => (Expr::call("len", vec![o]), 16),
                3 => (Expr::Index(Box::new(o), Box::new(self.small_int()?)), 8),
                4 => {
                    let (x, _) = self.light(Ty::Int, d.min(1), INT_BITS)?;
                    (Expr::Call(Box::new(o), vec![Arg::Pos(x)]), INT_BITS)
                }
                5 => (attr(o, "double"), INT_BITS + 2),
                6 => {
                    let args = if self.chance(1, 2)? {
                        vec![self.light(Ty::Int, d.min(1), INT_BITS)?.0]
                    } else {
                        vec![]
                    };
                    (Expr::method(o, "calc", args), INT_BITS)
                }
                _ => (Expr::call("sum", vec![o]), 16),
            },
            Ty::Str => match self.pick(5)? {
                0 => (Expr::call("str", vec![o]), 100),
                1 => (Expr::method(o, "who", vec![]), 40),
                2 => (attr(o, "tag"), 20),
                3 => {
                    let t = Expr::call("type", vec![o]);
                    (attr(t, "__name__"), 10)
                }
                _ => (Expr::call("repr", vec![o]), 100),
            },
            Ty::Bool => match self.pick(6)? {
                0 | 1 => {
                    let other = *self.u.choose(&[Ty::Obj, Ty::Obj, Ty::Int])?;
                    let (b, _) = self.light(other, d.min(1), INT_BITS)?;
                    let op =
                        *self
                            .u
                            .choose(&[CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Gt, CmpOp::Le])?;
                    (Expr::compare(o, op, b), 1)
                }
                2 => (Expr::call("bool", vec![o]), 1),
                3 => {
                    let (x, _) = self.light(Ty::Int, d.min(1), INT_BITS)?;
                    let op = *self.u.choose(&[CmpOp::In, CmpOp::NotIn])?;
                    (Expr::compare(x, op, o), 1)
                }
                4 => {
                    let c = self.class()?.expect("classes exist").name;
                    (Expr::call("isinstance", vec![o, Expr::name(c)]), 1)
                }
                _ => {
                    let name = *self.u.choose(&["'w'", "'v'", "'double'", "'who'"])?;
                    (Expr::call("hasattr", vec![o, Expr::lit(name)]), 1)
                }
            },
            Ty::List => match self.pick(4)? {
                0 => (Expr::call("list", vec![o]), 20),
                1 => {
                    let (b, _) = self.expr(Ty::Obj, d)?;
                    let (c, _) = self.expr(Ty::Obj, d.min(1))?;
                    (Expr::call("sorted", vec![Expr::List(vec![o, b, c])]), 3)
                }
                2 => {
                    // The method resolution order, by name.
                    let c = self.class()?.expect("classes exist").name;
                    let k = self.fresh_name("k");
                    let comp = Comprehension {
                        kind: CompKind::List,
                        elt: attr(Expr::name(&k), "__name__"),
                        value: None,
                        target: Expr::name(k),
                        iter: attr(Expr::name(c), "__mro__"),
                        cond: None,
                    };
                    (Expr::Comp(Box::new(comp)), 6)
                }
                _ => {
                    let x = self.fresh_name("x");
                    let elt = Expr::Unary(UnOp::Neg, Box::new(Expr::name(&x)));
                    let comp = Comprehension {
                        kind: CompKind::List,
                        elt,
                        value: None,
                        target: Expr::name(x),
                        iter: o,
                        cond: None,
                    };
                    (Expr::Comp(Box::new(comp)), 20)
                }
            },
            _ => (Expr::call("tuple", vec![o]), 20),
        }))
    }
}
