//! The values of `cmath`'s functions where a part of the argument is infinite or NaN, as
//! CPython gives them (C99's Annex G, with its choices where the standard leaves one).
//!
//! Each table is indexed by the class of the real part, then of the imaginary part (see
//! [`class`]). An entry is a value, a domain error, or `CODE` where the function computes
//! the result itself: both parts finite, or a value that depends on the finite part (an
//! infinite real part with a finite imaginary one, for `exp`, `cosh`, `sinh` and `tanh`).

use crate::types::complex::C;

/// A part of a special value.
#[derive(Clone, Copy)]
#[allow(clippy::upper_case_acronyms)]
pub(super) enum S {
    Z,
    NZ,
    INF,
    NINF,
    NAN,
    PI,
    NPI,
    PI2,
    NPI2,
    PI4,
    NPI4,
    PI34,
    NPI34,
    ONE,
    M1,
}

impl S {
    fn value(self) -> f64 {
        const P: f64 = core::f64::consts::PI;
        match self {
            S::Z => 0.0,
            S::NZ => -0.0,
            S::INF => f64::INFINITY,
            S::NINF => f64::NEG_INFINITY,
            S::NAN => f64::NAN,
            S::PI => P,
            S::NPI => -P,
            S::PI2 => P / 2.0,
            S::NPI2 => -P / 2.0,
            S::PI4 => P / 4.0,
            S::NPI4 => -P / 4.0,
            S::PI34 => 0.75 * P,
            S::NPI34 => -0.75 * P,
            S::ONE => 1.0,
            S::M1 => -1.0,
        }
    }
}

/// A table entry.
#[derive(Clone, Copy)]
pub(super) enum Entry {
    Value(S, S),
    Domain,
    Code,
}

/// What a special argument gives.
pub(super) enum Special {
    Value(C),
    Domain,
    /// Not a table value: the function computes it.
    Compute,
}

pub(super) type Table = [[Entry; 7]; 7];

use Entry::{Code as CODE, Domain as ERR};
use S::*;

const fn v(re: S, im: S) -> Entry {
    Entry::Value(re, im)
}

/// The class of a part: -inf, negative, -0.0, 0.0, positive, inf, NaN.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 { 5 } else { 0 }
    } else if x == 0.0 {
        if x.is_sign_negative() { 2 } else { 3 }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

/// The table's answer for `z`.
pub(super) fn lookup(table: &Table, z: C) -> Special {
    match table[class(z.re)][class(z.im)] {
        Entry::Value(re, im) => Special::Value(C {
            re: re.value(),
            im: im.value(),
        }),
        Entry::Domain => Special::Domain,
        Entry::Code => Special::Compute,
    }
}

/// `exp`.
#[rustfmt::skip]
pub(super) const EXP: Table = [
    [v(Z, Z), CODE, v(Z, NZ), v(Z, Z), CODE, v(Z, Z), v(Z, Z)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [ERR, CODE, v(INF, NZ), v(INF, Z), CODE, ERR, v(INF, NAN)],
    [v(NAN, NAN), v(NAN, NAN), v(NAN, NZ), v(NAN, Z), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN)],
];

/// `log`.
#[rustfmt::skip]
pub(super) const LOG: Table = [
    [v(INF, NPI34), v(INF, NPI), v(INF, NPI), v(INF, PI), v(INF, PI), v(INF, PI34), v(INF, NAN)],
    [v(INF, NPI2), CODE, CODE, CODE, CODE, v(INF, PI2), v(NAN, NAN)],
    [v(INF, NPI2), CODE, CODE, CODE, CODE, v(INF, PI2), v(NAN, NAN)],
    [v(INF, NPI2), CODE, CODE, CODE, CODE, v(INF, PI2), v(NAN, NAN)],
    [v(INF, NPI2), CODE, CODE, CODE, CODE, v(INF, PI2), v(NAN, NAN)],
    [v(INF, NPI4), v(INF, NZ), v(INF, NZ), v(INF, Z), v(INF, Z), v(INF, PI4), v(INF, NAN)],
    [v(INF, NAN), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN), v(INF, NAN), v(NAN, NAN)],
];

/// `sqrt`.
#[rustfmt::skip]
pub(super) const SQRT: Table = [
    [v(INF, NINF), v(Z, NINF), v(Z, NINF), v(Z, INF), v(Z, INF), v(INF, INF), v(NAN, INF)],
    [v(INF, NINF), CODE, CODE, CODE, CODE, v(INF, INF), v(NAN, NAN)],
    [v(INF, NINF), CODE, CODE, CODE, CODE, v(INF, INF), v(NAN, NAN)],
    [v(INF, NINF), CODE, CODE, CODE, CODE, v(INF, INF), v(NAN, NAN)],
    [v(INF, NINF), CODE, CODE, CODE, CODE, v(INF, INF), v(NAN, NAN)],
    [v(INF, NINF), v(INF, NZ), v(INF, NZ), v(INF, Z), v(INF, Z), v(INF, INF), v(INF, NAN)],
    [v(INF, NINF), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN), v(INF, INF), v(NAN, NAN)],
];

/// `acos`.
#[rustfmt::skip]
pub(super) const ACOS: Table = [
    [v(PI34, INF), v(PI, INF), v(PI, INF), v(PI, NINF), v(PI, NINF), v(PI34, NINF), v(NAN, INF)],
    [v(PI2, INF), CODE, CODE, CODE, CODE, v(PI2, NINF), v(NAN, NAN)],
    [v(PI2, INF), CODE, CODE, CODE, CODE, v(PI2, NINF), v(PI2, NAN)],
    [v(PI2, INF), CODE, CODE, CODE, CODE, v(PI2, NINF), v(PI2, NAN)],
    [v(PI2, INF), CODE, CODE, CODE, CODE, v(PI2, NINF), v(NAN, NAN)],
    [v(PI4, INF), v(Z, INF), v(Z, INF), v(Z, NINF), v(Z, NINF), v(PI4, NINF), v(NAN, INF)],
    [v(NAN, INF), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN), v(NAN, NINF), v(NAN, NAN)],
];

/// `acosh`.
#[rustfmt::skip]
pub(super) const ACOSH: Table = [
    [v(INF, NPI34), v(INF, NPI), v(INF, NPI), v(INF, PI), v(INF, PI), v(INF, PI34), v(INF, NAN)],
    [v(INF, NPI2), CODE, CODE, CODE, CODE, v(INF, PI2), v(NAN, NAN)],
    [v(INF, NPI2), CODE, CODE, CODE, CODE, v(INF, PI2), v(NAN, NAN)],
    [v(INF, NPI2), CODE, CODE, CODE, CODE, v(INF, PI2), v(NAN, NAN)],
    [v(INF, NPI2), CODE, CODE, CODE, CODE, v(INF, PI2), v(NAN, NAN)],
    [v(INF, NPI4), v(INF, NZ), v(INF, NZ), v(INF, Z), v(INF, Z), v(INF, PI4), v(INF, NAN)],
    [v(INF, NAN), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN), v(INF, NAN), v(NAN, NAN)],
];

/// `asinh`.
#[rustfmt::skip]
pub(super) const ASINH: Table = [
    [v(NINF, NPI4), v(NINF, NZ), v(NINF, NZ), v(NINF, Z), v(NINF, Z), v(NINF, PI4), v(NINF, NAN)],
    [v(NINF, NPI2), CODE, CODE, CODE, CODE, v(NINF, PI2), v(NAN, NAN)],
    [v(NINF, NPI2), CODE, CODE, CODE, CODE, v(NINF, PI2), v(NAN, NAN)],
    [v(INF, NPI2), CODE, CODE, CODE, CODE, v(INF, PI2), v(NAN, NAN)],
    [v(INF, NPI2), CODE, CODE, CODE, CODE, v(INF, PI2), v(NAN, NAN)],
    [v(INF, NPI4), v(INF, NZ), v(INF, NZ), v(INF, Z), v(INF, Z), v(INF, PI4), v(INF, NAN)],
    [v(INF, NAN), v(NAN, NAN), v(NAN, NZ), v(NAN, Z), v(NAN, NAN), v(INF, NAN), v(NAN, NAN)],
];

/// `atanh`.
#[rustfmt::skip]
pub(super) const ATANH: Table = [
    [v(NZ, NPI2), v(NZ, NPI2), v(NZ, NPI2), v(NZ, PI2), v(NZ, PI2), v(NZ, PI2), v(NZ, NAN)],
    [v(NZ, NPI2), CODE, CODE, CODE, CODE, v(NZ, PI2), v(NAN, NAN)],
    [v(NZ, NPI2), CODE, CODE, CODE, CODE, v(NZ, PI2), v(NZ, NAN)],
    [v(Z, NPI2), CODE, CODE, CODE, CODE, v(Z, PI2), v(Z, NAN)],
    [v(Z, NPI2), CODE, CODE, CODE, CODE, v(Z, PI2), v(NAN, NAN)],
    [v(Z, NPI2), v(Z, NPI2), v(Z, NPI2), v(Z, PI2), v(Z, PI2), v(Z, PI2), v(Z, NAN)],
    [v(Z, NPI2), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN), v(Z, PI2), v(NAN, NAN)],
];

/// `cosh`.
#[rustfmt::skip]
pub(super) const COSH: Table = [
    [ERR, CODE, v(INF, Z), v(INF, NZ), CODE, ERR, v(INF, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, Z)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, Z)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [ERR, CODE, v(INF, NZ), v(INF, Z), CODE, ERR, v(INF, NAN)],
    [v(NAN, NAN), v(NAN, NAN), v(NAN, Z), v(NAN, Z), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN)],
];

/// `sinh`.
#[rustfmt::skip]
pub(super) const SINH: Table = [
    [ERR, CODE, v(NINF, NZ), v(NINF, Z), CODE, ERR, v(INF, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(Z, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(Z, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [ERR, CODE, v(INF, NZ), v(INF, Z), CODE, ERR, v(INF, NAN)],
    [v(NAN, NAN), v(NAN, NAN), v(NAN, NZ), v(NAN, Z), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN)],
];

/// `tanh`.
#[rustfmt::skip]
pub(super) const TANH: Table = [
    [v(M1, Z), CODE, v(M1, NZ), v(M1, Z), CODE, v(M1, Z), v(M1, Z)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [v(ONE, Z), CODE, v(ONE, NZ), v(ONE, Z), CODE, v(ONE, Z), v(ONE, Z)],
    [v(NAN, NAN), v(NAN, NAN), v(NAN, NZ), v(NAN, Z), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN)],
];

/// `rect`.
#[rustfmt::skip]
pub(super) const RECT: Table = [
    [ERR, CODE, v(NINF, Z), v(NINF, NZ), CODE, ERR, v(INF, NAN)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [v(Z, Z), CODE, CODE, CODE, CODE, v(Z, Z), v(Z, Z)],
    [v(Z, Z), CODE, CODE, CODE, CODE, v(Z, Z), v(Z, Z)],
    [ERR, CODE, CODE, CODE, CODE, ERR, v(NAN, NAN)],
    [ERR, CODE, v(INF, NZ), v(INF, Z), CODE, ERR, v(INF, NAN)],
    [v(NAN, NAN), v(NAN, NAN), v(NAN, Z), v(NAN, Z), v(NAN, NAN), v(NAN, NAN), v(NAN, NAN)],
];
