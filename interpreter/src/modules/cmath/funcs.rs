//! The complex functions of `cmath` on values: Kahan's formulas (through square roots of
//! `1 ± z`, which keep the branch cuts and signed zeros right), with the scaling CPython
//! applies near overflow and underflow, and the special-value tables of `special.rs`.
//!
//! A function gives its value or why it has none: a domain error (a pole, an invalid
//! operation) or a range error (a finite argument whose value overflows).

use core::f64::consts::{E, LN_2, LN_10, PI};

use super::special::{self, Special, Table};
use crate::modules::fmath;
use crate::modules::math::atan2_of;
use crate::types::complex::C;

/// Why a complex function has no value.
pub(super) enum Fail {
    Domain,
    Range,
}

pub(super) type Res = Result<C, Fail>;

const fn c(re: f64, im: f64) -> C {
    C { re, im }
}

/// Past this, `hypot` of the parts could overflow: such arguments are halved first.
const LARGE: f64 = f64::MAX / 4.0;
/// The scaling used on arguments whose parts are both subnormal.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn sqrt_large() -> f64 {
    fmath::sqrt(LARGE)
}

fn log_large() -> f64 {
    fmath::log(LARGE)
}

/// The table's value for a special argument, or `None` when the function computes it.
fn special_of(table: &Table, z: C) -> Option<Res> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    match special::lookup(table, z) {
        Special::Value(r) => Some(Ok(r)),
        Special::Domain => Some(Err(Fail::Domain)),
        Special::Compute => None,
    }
}

/// A result computed from finite parts: an infinite part is an overflow.
fn overflow_checked(r: C) -> Res {
    if r.re.is_infinite() || r.im.is_infinite() {
        Err(Fail::Range)
    } else {
        Ok(r)
    }
}

/// `i * w` rotated back: the functions defined by another at `i * z`.
fn rotated(z: C, f: fn(C) -> Res) -> Res {
    let s = f(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

pub(super) fn sqrt(z: C) -> Res {
    if let Some(r) = special_of(&special::SQRT, z) {
        return r;
    }
    if z.re == 0.0 && z.im == 0.0 {
        return Ok(c(0.0, z.im));
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        let ax = libm::ldexp(ax, SCALE_UP);
        let h = fmath::hypot(ax, libm::ldexp(ay, SCALE_UP));
        libm::ldexp(fmath::sqrt(ax + h), SCALE_DOWN)
    } else {
        let ax = ax / 8.0;
        2.0 * fmath::sqrt(ax + fmath::hypot(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    Ok(if z.re >= 0.0 {
        c(s, libm::copysign(d, z.im))
    } else {
        c(d, libm::copysign(s, z.im))
    })
}

pub(super) fn exp(z: C) -> Res {
    if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
        let big = if z.re > 0.0 { f64::INFINITY } else { 0.0 };
        let (co, si) = (fmath::cos(z.im), fmath::sin(z.im));
        return Ok(c(libm::copysign(big, co), libm::copysign(big, si)));
    }
    if let Some(r) = special_of(&special::EXP, z) {
        return r;
    }
    let r = if z.re > log_large() {
        let l = fmath::exp(z.re - 1.0);
        c(l * fmath::cos(z.im) * E, l * fmath::sin(z.im) * E)
    } else {
        let l = fmath::exp(z.re);
        c(l * fmath::cos(z.im), l * fmath::sin(z.im))
    };
    overflow_checked(r)
}

/// The natural logarithm; `log(0)` is a domain error.
pub(super) fn log(z: C) -> Res {
    match log_with_error(z) {
        (r, false) => Ok(r),
        (_, true) => Err(Fail::Domain),
    }
}

/// The natural logarithm and whether it is a domain error: `log(0)` is `-inf` with the
/// argument's phase, and an error, which `log(z, base)` forgets once it takes the logarithm
/// of the base (so `log(0, 2)` is `-inf + nanj`, as in CPython).
pub(super) fn log_with_error(z: C) -> (C, bool) {
    if let Some(r) = special_of(&special::LOG, z) {
        return match r {
            Ok(r) => (r, false),
            Err(_) => (c(f64::NAN, f64::NAN), true),
        };
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        fmath::log(fmath::hypot(ax / 2.0, ay / 2.0)) + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax == 0.0 && ay == 0.0 {
            return (c(f64::NEG_INFINITY, atan2_of(z.im, z.re)), true);
        }
        let h = fmath::hypot(libm::ldexp(ax, 53), libm::ldexp(ay, 53));
        fmath::log(h) - 53.0 * LN_2
    } else {
        let h = fmath::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            fmath::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            fmath::log(h)
        }
    };
    (c(re, atan2_of(z.im, z.re)), false)
}

pub(super) fn log10(z: C) -> Res {
    let s = log(z)?;
    Ok(c(s.re / LN_10, s.im / LN_10))
}

/// `log(hypot(x, y))` for parts near overflow: of the halves, plus `2 log(2)`, as the
/// large-argument forms of the inverse functions want it.
fn log_hypot_halves(x: f64, y: f64) -> f64 {
    fmath::log(fmath::hypot(x / 2.0, y / 2.0)) + LN_2 * 2.0
}

pub(super) fn acos(z: C) -> Res {
    if let Some(r) = special_of(&special::ACOS, z) {
        return r;
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = fmath::atan2(z.im.abs(), z.re);
        let l = log_hypot_halves(z.re, z.im);
        let im = if z.re < 0.0 {
            -libm::copysign(l, z.im)
        } else {
            libm::copysign(l, -z.im)
        };
        return Ok(c(re, im));
    }
    let s1 = sqrt(c(1.0 - z.re, -z.im))?;
    let s2 = sqrt(c(1.0 + z.re, z.im))?;
    Ok(c(
        2.0 * fmath::atan2(s1.re, s2.re),
        fmath::asinh(s2.re * s1.im - s2.im * s1.re),
    ))
}

pub(super) fn acosh(z: C) -> Res {
    if let Some(r) = special_of(&special::ACOSH, z) {
        return r;
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return Ok(c(log_hypot_halves(z.re, z.im), fmath::atan2(z.im, z.re)));
    }
    let s1 = sqrt(c(z.re - 1.0, z.im))?;
    let s2 = sqrt(c(z.re + 1.0, z.im))?;
    Ok(c(
        fmath::asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * fmath::atan2(s1.im, s2.re),
    ))
}

pub(super) fn asinh(z: C) -> Res {
    if let Some(r) = special_of(&special::ASINH, z) {
        return r;
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = log_hypot_halves(z.re, z.im);
        let re = if z.im >= 0.0 {
            libm::copysign(l, z.re)
        } else {
            -libm::copysign(l, -z.re)
        };
        return Ok(c(re, fmath::atan2(z.im, z.re.abs())));
    }
    let s1 = sqrt(c(1.0 + z.im, -z.re))?;
    let s2 = sqrt(c(1.0 - z.im, z.re))?;
    Ok(c(
        fmath::asinh(s1.re * s2.im - s2.re * s1.im),
        fmath::atan2(z.im, s1.re * s2.re - s1.im * s2.im),
    ))
}

pub(super) fn asin(z: C) -> Res {
    rotated(z, asinh)
}

pub(super) fn atanh(z: C) -> Res {
    if let Some(r) = special_of(&special::ATANH, z) {
        return r;
    }
    if z.re < 0.0 {
        let r = atanh(c(-z.re, -z.im))?;
        return Ok(c(-r.re, -r.im));
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        let h = fmath::hypot(z.re / 2.0, z.im / 2.0);
        return Ok(c(z.re / 4.0 / h / h, -libm::copysign(PI / 2.0, -z.im)));
    }
    if z.re == 1.0 && ay < fmath::sqrt(f64::MIN_POSITIVE) {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        let re = -fmath::log(fmath::sqrt(ay) / fmath::sqrt(fmath::hypot(ay, 2.0)));
        return Ok(c(re, libm::copysign(fmath::atan2(2.0, -ay) / 2.0, z.im)));
    }
    let (x, y) = (z.re, z.im);
    Ok(c(
        fmath::log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0,
        -fmath::atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
    ))
}

pub(super) fn atan(z: C) -> Res {
    rotated(z, atanh)
}

/// `cosh` and `sinh` at an infinite real part and a finite, non-zero imaginary one.
fn hyperbolic_at_infinity(z: C, sinh: bool) -> C {
    let (co, si) = (fmath::cos(z.im), fmath::sin(z.im));
    let re = libm::copysign(f64::INFINITY, co);
    let im = libm::copysign(f64::INFINITY, si);
    match (sinh, z.re > 0.0) {
        (_, true) => c(re, im),
        (false, false) => c(re, -im),
        (true, false) => c(-re, im),
    }
}

pub(super) fn cosh(z: C) -> Res {
    if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
        return Ok(hyperbolic_at_infinity(z, false));
    }
    if let Some(r) = special_of(&special::COSH, z) {
        return r;
    }
    let r = if z.re.abs() > log_large() {
        let x = z.re - libm::copysign(1.0, z.re);
        c(
            fmath::cos(z.im) * fmath::cosh(x) * E,
            fmath::sin(z.im) * fmath::sinh(x) * E,
        )
    } else {
        c(
            fmath::cos(z.im) * fmath::cosh(z.re),
            fmath::sin(z.im) * fmath::sinh(z.re),
        )
    };
    overflow_checked(r)
}

pub(super) fn sinh(z: C) -> Res {
    if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
        return Ok(hyperbolic_at_infinity(z, true));
    }
    if let Some(r) = special_of(&special::SINH, z) {
        return r;
    }
    let r = if z.re.abs() > log_large() {
        let x = z.re - libm::copysign(1.0, z.re);
        c(
            fmath::cos(z.im) * fmath::sinh(x) * E,
            fmath::sin(z.im) * fmath::cosh(x) * E,
        )
    } else {
        c(
            fmath::cos(z.im) * fmath::sinh(z.re),
            fmath::sin(z.im) * fmath::cosh(z.re),
        )
    };
    overflow_checked(r)
}

pub(super) fn tanh(z: C) -> Res {
    if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
        let im = 2.0 * fmath::sin(z.im) * fmath::cos(z.im);
        return Ok(c(libm::copysign(1.0, z.re), libm::copysign(0.0, im)));
    }
    if let Some(r) = special_of(&special::TANH, z) {
        return r;
    }
    if z.re.abs() > log_large() {
        let im = 4.0 * fmath::sin(z.im) * fmath::cos(z.im) * fmath::exp(-2.0 * z.re.abs());
        return Ok(c(libm::copysign(1.0, z.re), im));
    }
    let tx = fmath::tanh(z.re);
    let ty = fmath::tan(z.im);
    let cx = 1.0 / fmath::cosh(z.re);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

pub(super) fn cos(z: C) -> Res {
    cosh(c(-z.im, z.re))
}

pub(super) fn sin(z: C) -> Res {
    rotated(z, sinh)
}

pub(super) fn tan(z: C) -> Res {
    rotated(z, tanh)
}

/// `rect(r, phi)`: `r * (cos(phi) + i sin(phi))`.
pub(super) fn rect(r: f64, phi: f64) -> Res {
    let z = c(r, phi);
    if r.is_infinite() && phi.is_finite() && phi != 0.0 {
        let (co, si) = (fmath::cos(phi), fmath::sin(phi));
        let (co, si) = if r > 0.0 { (co, si) } else { (-co, -si) };
        return Ok(c(
            libm::copysign(f64::INFINITY, co),
            libm::copysign(f64::INFINITY, si),
        ));
    }
    if let Some(v) = special_of(&special::RECT, z) {
        return v;
    }
    // A zero angle keeps its sign in the imaginary part.
    if phi == 0.0 {
        return Ok(c(r, r * phi));
    }
    Ok(c(r * fmath::cos(phi), r * fmath::sin(phi)))
}

/// `abs(z)`: an infinite part wins over a NaN; an overflow from finite parts is a range
/// error.
pub(super) fn abs(z: C) -> Result<f64, Fail> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() || z.im.is_infinite() {
            return Ok(f64::INFINITY);
        }
        return Ok(f64::NAN);
    }
    let r = fmath::hypot(z.re, z.im);
    if r.is_finite() {
        Ok(r)
    } else {
        Err(Fail::Range)
    }
}
