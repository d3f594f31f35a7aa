//! The `math` module: its table, the argument and error conventions its functions share,
//! and the functions of one or two floats (`sqrt`, `exp`, `atan2`, `pow`, `ldexp`, ...).
//!
//! Arguments are taken as CPython's `PyFloat_AsDouble` takes them (floats, ints, objects
//! with `__float__` or `__index__`; anything else is "must be real number, not X"). A result
//! is checked as CPython checks the C library's: NaN from a non-NaN argument is "math domain
//! error" (ValueError), an infinity from finite arguments is "math range error"
//! (OverflowError) for functions that can overflow and a domain error for the others.
//! Integer functions live in `math/ints.rs`, rounding to ints in `math/rounding.rs`,
//! logarithms in `math/logs.rs`, sums and norms in `math/sums.rs`, `gamma` and `lgamma` in
//! `math/gamma.rs`.

use alloc::format;

use super::fmath;
use super::{Attr, ModuleDef};
use crate::builtins::{Kw, arity};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

mod gamma;
mod ints;
mod logs;
mod rounding;
mod sums;

#[cfg(feature = "cmath")]
pub(crate) use sums::isclose_args;

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "math",
    attrs: &[
        (
            "__doc__",
            Attr::Str(
                "This module provides access to the mathematical functions\ndefined by the C standard.",
            ),
        ),
        ("pi", Attr::Float(core::f64::consts::PI)),
        ("e", Attr::Float(core::f64::consts::E)),
        ("tau", Attr::Float(core::f64::consts::TAU)),
        ("inf", Attr::Float(f64::INFINITY)),
        ("nan", Attr::Float(f64::NAN)),
        ("sqrt", Attr::Func(sqrt)),
        ("exp", Attr::Func(exp)),
        ("exp2", Attr::Func(exp2)),
        ("expm1", Attr::Func(expm1)),
        ("cbrt", Attr::Func(cbrt)),
        ("sin", Attr::Func(sin)),
        ("cos", Attr::Func(cos)),
        ("tan", Attr::Func(tan)),
        ("asin", Attr::Func(asin)),
        ("acos", Attr::Func(acos)),
        ("atan", Attr::Func(atan)),
        ("sinh", Attr::Func(sinh)),
        ("cosh", Attr::Func(cosh)),
        ("tanh", Attr::Func(tanh)),
        ("asinh", Attr::Func(asinh)),
        ("acosh", Attr::Func(acosh)),
        ("atanh", Attr::Func(atanh)),
        ("erf", Attr::Func(erf)),
        ("erfc", Attr::Func(erfc)),
        ("fabs", Attr::Func(fabs)),
        ("degrees", Attr::Func(degrees)),
        ("radians", Attr::Func(radians)),
        ("isnan", Attr::Func(isnan)),
        ("isinf", Attr::Func(isinf)),
        ("isfinite", Attr::Func(isfinite)),
        ("atan2", Attr::Func(atan2)),
        ("copysign", Attr::Func(copysign)),
        ("fmod", Attr::Func(fmod)),
        ("remainder", Attr::Func(remainder)),
        ("pow", Attr::Func(pow)),
        ("nextafter", Attr::Func(nextafter)),
        ("ulp", Attr::Func(ulp)),
        ("frexp", Attr::Func(frexp)),
        ("ldexp", Attr::Func(ldexp)),
        ("modf", Attr::Func(modf)),
        ("ceil", Attr::Func(rounding::ceil)),
        ("floor", Attr::Func(rounding::floor)),
        ("trunc", Attr::Func(rounding::trunc)),
        ("log", Attr::Func(logs::log)),
        ("log2", Attr::Func(logs::log2)),
        ("log10", Attr::Func(logs::log10)),
        ("log1p", Attr::Func(logs::log1p)),
        ("gamma", Attr::Func(gamma::gamma)),
        ("lgamma", Attr::Func(gamma::lgamma)),
        ("factorial", Attr::Func(ints::factorial)),
        ("comb", Attr::Func(ints::comb)),
        ("perm", Attr::Func(ints::perm)),
        ("gcd", Attr::Func(ints::gcd)),
        ("lcm", Attr::Func(ints::lcm)),
        ("isqrt", Attr::Func(ints::isqrt)),
        ("fsum", Attr::Func(sums::fsum)),
        ("prod", Attr::Func(sums::prod)),
        ("hypot", Attr::Func(sums::hypot)),
        ("dist", Attr::Func(sums::dist)),
        ("isclose", Attr::Func(sums::isclose)),
    ],
    init: None,
};

/// ValueError("math domain error").
pub(crate) fn domain_error(vm: &mut Vm) -> Raised {
    vm.value_error("math domain error")
}

/// OverflowError("math range error").
pub(crate) fn range_error(vm: &mut Vm) -> Raised {
    vm.raise_new(TypeId::OverflowError, "math range error")
}

/// `isclose`'s `rel_tol` (default 1e-9) and `abs_tol` (default 0.0), shared with `cmath`:
/// reals, neither negative.
pub(crate) fn tolerances(
    vm: &mut Vm,
    rel_tol: Option<Value>,
    abs_tol: Option<Value>,
) -> PyResult<(f64, f64)> {
    let rel_tol = match rel_tol {
        Some(t) => real(vm, t)?,
        None => 1e-9,
    };
    let abs_tol = match abs_tol {
        Some(t) => real(vm, t)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    Ok((rel_tol, abs_tol))
}

/// `v` as a double, as CPython's `PyFloat_AsDouble` takes it.
pub(crate) fn real(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.real_to_f64(v)? {
        Some(x) => Ok(x),
        None => {
            let msg = format!("must be real number, not {}", vm.type_name_of(v));
            Err(vm.type_error(&msg))
        }
    }
}

/// The one argument of a function that takes exactly one and no keywords (`math.sqrt`).
pub(crate) fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    kw.check(vm, name, &[])?;
    arity(vm, name, args, 1, 1)?;
    Ok(args[0])
}

/// The two arguments of a function that takes exactly two by position (`math.pow`).
pub(crate) fn two_args(
    vm: &mut Vm,
    qualified: &str,
    name: &str,
    args: &[Value],
    kw: Kw,
) -> PyResult<(Value, Value)> {
    kw.check(vm, qualified, &[])?;
    crate::builtins::args::positional(vm, name, args, 2, 2)?;
    Ok((args[0], args[1]))
}

/// The result `r` of a function of `x`, checked as CPython checks the C library's.
pub(crate) fn checked(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    vm.new_float(r)
}

/// The result `r` of a function of `x` and `y`, checked the same way.
fn checked2(vm: &mut Vm, x: f64, y: f64, r: f64) -> PyResult {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    vm.new_float(r)
}

/// Functions of one float whose result is checked by [`checked`]; `true` marks those that
/// can overflow (an infinite result is then a range error, not a domain error).
macro_rules! unary {
    ($($name:ident $text:literal => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
                let v = one_arg(vm, concat!("math.", $text), args, kw)?;
                let x = real(vm, v)?;
                let f: fn(f64) -> f64 = $f;
                checked(vm, x, f(x), $overflow)
            }
        )*
    };
}

unary! {
    sqrt "sqrt" => fmath::sqrt, false;
    exp "exp" => fmath::exp, true;
    exp2 "exp2" => fmath::exp2, true;
    expm1 "expm1" => fmath::expm1, true;
    cbrt "cbrt" => fmath::cbrt, false;
    sin "sin" => fmath::sin, false;
    cos "cos" => fmath::cos, false;
    tan "tan" => fmath::tan, false;
    asin "asin" => fmath::asin, false;
    acos "acos" => fmath::acos, false;
    atan "atan" => fmath::atan, false;
    sinh "sinh" => fmath::sinh, true;
    cosh "cosh" => fmath::cosh, true;
    tanh "tanh" => fmath::tanh, false;
    asinh "asinh" => fmath::asinh, false;
    acosh "acosh" => fmath::acosh, false;
    atanh "atanh" => fmath::atanh, false;
    erf "erf" => fmath::erf, false;
    erfc "erfc" => fmath::erfc, false;
    fabs "fabs" => f64::abs, false;
}

/// The predicates of one float.
macro_rules! predicate {
    ($($name:ident $text:literal => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
                let v = one_arg(vm, concat!("math.", $text), args, kw)?;
                let x = real(vm, v)?;
                let f: fn(f64) -> bool = $f;
                Ok(Value::bool(f(x)))
            }
        )*
    };
}

predicate! {
    isnan "isnan" => f64::is_nan;
    isinf "isinf" => f64::is_infinite;
    isfinite "isfinite" => f64::is_finite;
}

/// `degrees(x)`: `x * (180 / pi)`, never an error (a huge `x` gives inf).
fn degrees(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.degrees", args, kw)?;
    let x = real(vm, v)?;
    vm.new_float(x * (180.0 / core::f64::consts::PI))
}

/// `radians(x)`: `x * (pi / 180)`.
fn radians(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.radians", args, kw)?;
    let x = real(vm, v)?;
    vm.new_float(x * (core::f64::consts::PI / 180.0))
}

/// The two float arguments of `math.NAME(x, y)`.
fn two_reals(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<(f64, f64)> {
    let qualified = format!("math.{name}");
    let (a, b) = two_args(vm, &qualified, name, args, kw)?;
    Ok((real(vm, a)?, real(vm, b)?))
}

/// `atan2(y, x)`, with C99's signed zeros and infinities.
fn atan2(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (y, x) = two_reals(vm, "atan2", args, kw)?;
    checked2(vm, y, x, atan2_of(y, x))
}

/// C99's `atan2`, with the special values decided here (not every C library agrees).
pub(crate) fn atan2_of(y: f64, x: f64) -> f64 {
    use core::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        let a = if x.is_infinite() {
            if x.is_sign_positive() {
                FRAC_PI_4
            } else {
                0.75 * PI
            }
        } else {
            FRAC_PI_2
        };
        return libm::copysign(a, y);
    }
    if x.is_infinite() || y == 0.0 {
        let a = if x.is_sign_positive() { 0.0 } else { PI };
        return libm::copysign(a, y);
    }
    fmath::atan2(y, x)
}

fn copysign(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (x, y) = two_reals(vm, "copysign", args, kw)?;
    checked2(vm, x, y, libm::copysign(x, y))
}

/// `fmod(x, y)`: the remainder with `x`'s sign, exact; `fmod(x, inf)` is `x`.
fn fmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (x, y) = two_reals(vm, "fmod", args, kw)?;
    if y.is_infinite() && x.is_finite() {
        return vm.new_float(x);
    }
    checked2(vm, x, y, libm::fmod(x, y))
}

/// `remainder(x, y)`: IEEE 754's remainder (the quotient rounded half to even), exact.
fn remainder(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (x, y) = two_reals(vm, "remainder", args, kw)?;
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    } else if y.is_infinite() {
        x
    } else {
        libm::remainder(x, y)
    };
    vm.new_float(r)
}

/// `pow(x, y)`: C99's special values (`1 ** nan` and `nan ** 0` are 1), a domain error for a
/// negative base to a fractional power or zero to a negative one, a range error on overflow.
fn pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (x, y) = two_reals(vm, "pow", args, kw)?;
    let odd_int = |y: f64| y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
    let r = if x.is_nan() {
        if y == 0.0 { 1.0 } else { x }
    } else if y.is_nan() {
        if x == 1.0 { 1.0 } else { y }
    } else if x.is_infinite() {
        if y > 0.0 {
            if odd_int(y) { x } else { x.abs() }
        } else if y == 0.0 {
            1.0
        } else if odd_int(y) {
            libm::copysign(0.0, x)
        } else {
            0.0
        }
    } else if y.is_infinite() {
        let ax = x.abs();
        if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = fmath::pow(x, y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    vm.new_float(r)
}

/// `nextafter(x, y)`: the next double after `x` towards `y`.
fn nextafter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (x, y) = two_reals(vm, "nextafter", args, kw)?;
    vm.new_float(libm::nextafter(x, y))
}

/// `ulp(x)`: the gap between `|x|` and the next double away from zero (the one below, at
/// the largest finite double).
fn ulp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.ulp", args, kw)?;
    let x = real(vm, v)?.abs();
    let r = if !x.is_finite() {
        x
    } else if x == f64::MAX {
        x - libm::nextafter(x, 0.0)
    } else {
        libm::nextafter(x, f64::INFINITY) - x
    };
    vm.new_float(r)
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`; `(x, 0)` for zeros,
/// infinities and NaN.
fn frexp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.frexp", args, kw)?;
    let x = real(vm, v)?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    let m = vm.new_float(m)?;
    let e = vm.new_int(i64::from(e))?;
    vm.new_tuple(alloc::vec![m, e])
}

/// `ldexp(x, i)`: `x * 2**i`, exactly up to rounding at the bottom of the range; `i` must be
/// an int (not merely an object with `__index__`).
fn ldexp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two_args(vm, "math.ldexp", "ldexp", args, kw)?;
    let x = real(vm, a)?;
    let i = vm.payload(b);
    if !vm.is_int(i) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let exp = vm.clamped_i64(i);
    if x == 0.0 || !x.is_finite() {
        return vm.new_float(x);
    }
    let r = if exp > i64::from(i32::MAX) {
        f64::INFINITY
    } else if exp < i64::from(i32::MIN) {
        libm::copysign(0.0, x)
    } else {
        libm::ldexp(x, exp as i32)
    };
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    vm.new_float(r)
}

/// `modf(x)`: `(fraction, integral part)`, both with `x`'s sign.
fn modf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.modf", args, kw)?;
    let x = real(vm, v)?;
    let (frac, int) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else {
        libm::modf(x)
    };
    let frac = vm.new_float(frac)?;
    let int = vm.new_float(int)?;
    vm.new_tuple(alloc::vec![frac, int])
}
