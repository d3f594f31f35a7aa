//! Complex numbers: arithmetic with ints, floats and other complex numbers, integer powers,
//! `conjugate`, the `complex()` constructor, and the ways out: `abs`, `.real`, `.imag`,
//! equality and truth.
//!
//! Powers keep to small integer exponents, which CPython computes by repeated
//! multiplication; a float or complex exponent goes through the platform's `exp`/`log`,
//! whose last bit a second implementation need not share.

use super::super::ast::{BinOp, CmpOp, Expr, UnOp, str_lit};
use super::super::lit;
use super::{Gen, R, Ty};

impl Gen<'_, '_> {
    pub(super) fn complex_expr(&mut self, d: u32) -> R<Expr> {
        Ok(match self.pick(8)? {
            0 => self.leaf(Ty::Complex)?.0,
            1..=3 => {
                let (a, _) = self.expr(Ty::Complex, d)?;
                let other = *self
                    .u
                    .choose(&[Ty::Complex, Ty::Complex, Ty::Int, Ty::Float])?;
                let (b, _) = self.light(other, d, 300)?;
                let op = *self
                    .u
                    .choose(&[BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::Div])?;
                if self.chance(1, 2)? {
                    Expr::bin(op, b, a)
                } else {
                    Expr::bin(op, a, b)
                }
            }
            4 => {
                let (a, _) = self.expr(Ty::Complex, d)?;
                Expr::bin(BinOp::Pow, a, Expr::int(self.u.int_in_range(-2..=4)?))
            }
            5 => {
                let (a, _) = self.expr(Ty::Complex, d)?;
                match self.pick(3)? {
                    0 => Expr::Unary(UnOp::Neg, Box::new(a)),
                    1 => Expr::Unary(UnOp::Pos, Box::new(a)),
                    _ => Expr::method(a, "conjugate", vec![]),
                }
            }
            6 => match self.pick(3)? {
                0 => {
                    let (re, _) = self.expr(Ty::Float, d)?;
                    let (im, _) = self.expr(Ty::Float, d)?;
                    Expr::call("complex", vec![re, im])
                }
                1 => {
                    let ty = *self.u.choose(&[Ty::Int, Ty::Float, Ty::Bool])?;
                    let (x, _) = self.light(ty, d, 300)?;
                    Expr::call("complex", vec![x])
                }
                _ => Expr::call("complex", vec![str_lit(self.u.choose(lit::COMPLEX_STRS)?)]),
            },
            _ => match self.common(Ty::Complex, d)? {
                Some(r) => r.0,
                None => self.leaf(Ty::Complex)?.0,
            },
        })
    }

    /// Values of the older types made from complex numbers.
    pub(super) fn out_of_complex(&mut self, ty: Ty, d: u32) -> R<Option<(Expr, u32)>> {
        if !matches!(ty, Ty::Float | Ty::Bool) {
            return Ok(None);
        }
        let (c, _) = self.expr(Ty::Complex, d)?;
        Ok(Some(if ty == Ty::Float {
            match self.pick(3)? {
                0 => (Expr::call("abs", vec![c]), 1),
                1 => (Expr::Attr(Box::new(c), "real".into()), 1),
                _ => (Expr::Attr(Box::new(c), "imag".into()), 1),
            }
        } else if self.chance(1, 4)? {
            (Expr::call("bool", vec![c]), 1)
        } else {
            let other = *self.u.choose(&[Ty::Complex, Ty::Int, Ty::Float])?;
            let (b, _) = self.light(other, d, 300)?;
            let op = *self.u.choose(&[CmpOp::Eq, CmpOp::Ne])?;
            (Expr::compare(c, op, b), 1)
        }))
    }
}
