//! `math.gamma` and `math.lgamma`: Lanczos' approximation with the `g = 6.0246800407767296`,
//! 13-term coefficients of Godfrey and Boost (the ones CPython uses, so results agree), the
//! reflection formula below zero, exact factorials at the small positive integers.

use super::{domain_error, one_arg, range_error, real};
use crate::builtins::Kw;
use crate::modules::fmath;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Lanczos' `g`, and `g - 1/2`: both exact in a double.
#[allow(clippy::excessive_precision)]
const G: f64 = 6.024680040776729583740234375;
#[allow(clippy::excessive_precision)]
const G_MINUS_HALF: f64 = 5.524680040776729583740234375;

/// The numerator of the Lanczos sum, by increasing power of `x`.
#[allow(clippy::excessive_precision)]
const NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// The denominator: the coefficients of `x (x + 1) ... (x + 11)`.
const DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The largest `n` whose `gamma(n) = (n - 1)!` is exact in a double.
const EXACT_UP_TO: f64 = 23.0;

/// `log(pi)`.
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// The Lanczos sum for `x > 0`: a rational function, evaluated in `1/x` from 5 up so it
/// cannot overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for (n, d) in NUM.iter().zip(&DEN).rev() {
            num = num * x + n;
            den = den * x + d;
        }
    } else {
        for (n, d) in NUM.iter().zip(&DEN) {
            num = num / x + n;
            den = den / x + d;
        }
    }
    num / den
}

/// `sin(pi * x)`, reduced first so the product with pi loses nothing near the zeros.
fn sin_pi(x: f64) -> f64 {
    use core::f64::consts::PI;
    let y = libm::fmod(x.abs(), 2.0);
    let r = match libm::round(2.0 * y) as i32 {
        0 => fmath::sin(PI * y),
        1 => fmath::cos(PI * (y - 0.5)),
        2 => fmath::sin(PI * (1.0 - y)),
        3 => -fmath::cos(PI * (y - 1.5)),
        _ => fmath::sin(PI * (y - 2.0)),
    };
    libm::copysign(1.0, x) * r
}

/// What `gamma` or `lgamma` gives: a value, a domain error or an overflow.
enum Outcome {
    Value(f64),
    Domain,
    Overflow,
}

fn overflow_checked(r: f64) -> Outcome {
    if r.is_infinite() {
        Outcome::Overflow
    } else {
        Outcome::Value(r)
    }
}

fn gamma_of(x: f64) -> Outcome {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Outcome::Value(x)
        } else {
            Outcome::Domain
        };
    }
    if x == 0.0 {
        return Outcome::Domain;
    }
    if x == libm::floor(x) {
        if x < 0.0 {
            return Outcome::Domain;
        }
        if x <= EXACT_UP_TO {
            let mut f = 1.0;
            let mut k = 2.0;
            while k < x {
                f *= k;
                k += 1.0;
            }
            return Outcome::Value(f);
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return overflow_checked(1.0 / x);
    }
    if ax > 200.0 {
        return if x < 0.0 {
            Outcome::Value(0.0 / sin_pi(x))
        } else {
            Outcome::Overflow
        };
    }
    let y = ax + G_MINUS_HALF;
    // The rounding error of `y`, recovered exactly.
    let z = if ax > G_MINUS_HALF {
        (y - ax) - G_MINUS_HALF
    } else {
        (y - G_MINUS_HALF) - ax
    };
    let z = z * G / y;
    let mut r;
    if x < 0.0 {
        r = -core::f64::consts::PI / sin_pi(ax) / ax * fmath::exp(y) / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= fmath::pow(y, ax - 0.5);
        } else {
            let half = fmath::pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / fmath::exp(y);
        r += z * r;
        if ax < 140.0 {
            r *= fmath::pow(y, ax - 0.5);
        } else {
            let half = fmath::pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    overflow_checked(r)
}

fn lgamma_of(x: f64) -> Outcome {
    if !x.is_finite() {
        return Outcome::Value(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == libm::floor(x) && x <= 2.0 {
        return if x <= 0.0 {
            Outcome::Domain
        } else {
            Outcome::Value(0.0)
        };
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return Outcome::Value(-fmath::log(ax));
    }
    let mut r = fmath::log(lanczos_sum(ax)) - G;
    r += (ax - 0.5) * (fmath::log(ax + G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOG_PI - fmath::log(sin_pi(ax).abs()) - fmath::log(ax) - r;
    }
    overflow_checked(r)
}

fn answer(vm: &mut Vm, outcome: Outcome) -> PyResult {
    match outcome {
        Outcome::Value(r) => vm.new_float(r),
        Outcome::Domain => Err(domain_error(vm)),
        Outcome::Overflow => Err(range_error(vm)),
    }
}

/// `math.gamma(x)`.
pub(super) fn gamma(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.gamma", args, kw)?;
    let x = real(vm, v)?;
    answer(vm, gamma_of(x))
}

/// `math.lgamma(x)`: `log(abs(gamma(x)))`, without overflowing where `gamma` does.
pub(super) fn lgamma(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.lgamma", args, kw)?;
    let x = real(vm, v)?;
    answer(vm, lgamma_of(x))
}
