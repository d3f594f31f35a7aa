//! The `cmath` module: its table, how its functions take complex arguments, and the
//! functions that are not plain maps of one complex number (`log` with a base, `phase`,
//! `polar`, `rect`, the predicates, `isclose`).
//!
//! An argument is taken as CPython's `PyComplex_AsCComplex` takes it: a complex (or
//! subclass), what a class's `__complex__` returns, or else any real number as the real
//! part. The functions themselves are in `cmath/funcs.rs`, their values at infinities and
//! NaNs in `cmath/special.rs`.

use alloc::format;

use super::math::{domain_error, one_arg, range_error, real};
use super::{Attr, ModuleDef};
use crate::builtins::Kw;
use crate::qstr::Q;
use crate::types::complex::C;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

mod funcs;
mod special;

use funcs::{Fail, Res};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "cmath",
    attrs: &[
        (
            "__doc__",
            Attr::Str(
                "This module provides access to mathematical functions for complex\nnumbers.",
            ),
        ),
        ("pi", Attr::Float(core::f64::consts::PI)),
        ("e", Attr::Float(core::f64::consts::E)),
        ("tau", Attr::Float(core::f64::consts::TAU)),
        ("inf", Attr::Float(f64::INFINITY)),
        ("nan", Attr::Float(f64::NAN)),
        ("sqrt", Attr::Func(sqrt)),
        ("exp", Attr::Func(exp)),
        ("log", Attr::Func(log)),
        ("log10", Attr::Func(log10)),
        ("acos", Attr::Func(acos)),
        ("asin", Attr::Func(asin)),
        ("atan", Attr::Func(atan)),
        ("cos", Attr::Func(cos)),
        ("sin", Attr::Func(sin)),
        ("tan", Attr::Func(tan)),
        ("acosh", Attr::Func(acosh)),
        ("asinh", Attr::Func(asinh)),
        ("atanh", Attr::Func(atanh)),
        ("cosh", Attr::Func(cosh)),
        ("sinh", Attr::Func(sinh)),
        ("tanh", Attr::Func(tanh)),
        ("phase", Attr::Func(phase)),
        ("polar", Attr::Func(polar)),
        ("rect", Attr::Func(rect)),
        ("isfinite", Attr::Func(isfinite)),
        ("isinf", Attr::Func(isinf)),
        ("isnan", Attr::Func(isnan)),
        ("isclose", Attr::Func(isclose)),
    ],
    init: Some(init),
};

/// `infj` and `nanj`, the complex constants (a table holds no complex values).
fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    for (name, im) in [("infj", f64::INFINITY), ("nanj", f64::NAN)] {
        let z = vm.new_complex(C { re: 0.0, im })?;
        vm.module_set(module, name, z)?;
    }
    Ok(())
}

/// `v` as a complex number.
fn complex_arg(vm: &mut Vm, v: Value) -> PyResult<C> {
    if let Some(z) = vm.complex_of(v) {
        return Ok(z);
    }
    if let Some(r) = vm.call_dunder(v, Q::__complex__, &[])? {
        return match vm.complex_of(r) {
            Some(z) => Ok(z),
            None => {
                let msg = format!(
                    "__complex__ returned non-complex (type {})",
                    vm.type_name_of(r)
                );
                Err(vm.type_error(&msg))
            }
        };
    }
    Ok(C {
        re: real(vm, v)?,
        im: 0.0,
    })
}

/// A function's value as a Python complex, or its error.
fn answer(vm: &mut Vm, r: Res) -> PyResult {
    match r {
        Ok(z) => vm.new_complex(z),
        Err(Fail::Domain) => Err(domain_error(vm)),
        Err(Fail::Range) => Err(range_error(vm)),
    }
}

/// The maps of one complex number.
macro_rules! unary {
    ($($name:ident $text:literal;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
                let v = one_arg(vm, concat!("cmath.", $text), args, kw)?;
                let z = complex_arg(vm, v)?;
                answer(vm, funcs::$name(z))
            }
        )*
    };
}

unary! {
    sqrt "sqrt";
    exp "exp";
    log10 "log10";
    acos "acos";
    asin "asin";
    atan "atan";
    cos "cos";
    sin "sin";
    tan "tan";
    acosh "acosh";
    asinh "asinh";
    atanh "atanh";
    cosh "cosh";
    sinh "sinh";
    tanh "tanh";
}

/// `log(z[, base])`: the natural logarithm, or `log(z) / log(base)`; a zero `z` or a base
/// of 0 or 1 is a domain error.
fn log(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "cmath.log", &[])?;
    crate::builtins::args::positional(vm, "log", args, 1, 2)?;
    let z = complex_arg(vm, args[0])?;
    let (mut x, mut failed) = funcs::log_with_error(z);
    if let Some(&b) = args.get(1) {
        let base = complex_arg(vm, b)?;
        let (y, base_failed) = funcs::log_with_error(base);
        failed = base_failed;
        match crate::types::complex::quot(x, y) {
            Some(q) => x = q,
            None => failed = true,
        }
    }
    if failed {
        return Err(domain_error(vm));
    }
    vm.new_complex(x)
}

/// `phase(z)`: the argument of `z`, in `[-pi, pi]`. A phase that underflows to zero from
/// a non-zero imaginary part is a range error, as the C library under CPython reports it.
fn phase(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "cmath.phase", args, kw)?;
    let z = complex_arg(vm, v)?;
    let phi = super::math::atan2_of(z.im, z.re);
    if phi == 0.0 && z.im != 0.0 && z.re.is_finite() {
        return Err(range_error(vm));
    }
    vm.new_float(phi)
}

/// `polar(z)`: `(abs(z), phase(z))`.
fn polar(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "cmath.polar", args, kw)?;
    let z = complex_arg(vm, v)?;
    let r = match funcs::abs(z) {
        Ok(r) => r,
        Err(_) => return Err(range_error(vm)),
    };
    let phi = super::math::atan2_of(z.im, z.re);
    let r = vm.new_float(r)?;
    let phi = vm.new_float(phi)?;
    vm.new_tuple(alloc::vec![r, phi])
}

/// `rect(r, phi)`: the complex number of modulus `r` and argument `phi`.
fn rect(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "cmath.rect", &[])?;
    crate::builtins::args::positional(vm, "rect", args, 2, 2)?;
    let r = real(vm, args[0])?;
    let phi = real(vm, args[1])?;
    answer(vm, funcs::rect(r, phi))
}

/// The predicates of a complex number.
macro_rules! predicate {
    ($($name:ident $text:literal => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
                let v = one_arg(vm, concat!("cmath.", $text), args, kw)?;
                let z = complex_arg(vm, v)?;
                let f: fn(C) -> bool = $f;
                Ok(Value::bool(f(z)))
            }
        )*
    };
}

predicate! {
    isfinite "isfinite" => |z| z.re.is_finite() && z.im.is_finite();
    isinf "isinf" => |z| z.re.is_infinite() || z.im.is_infinite();
    isnan "isnan" => |z| z.re.is_nan() || z.im.is_nan();
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)` for complex numbers: the modulus of the
/// difference against the tolerances.
fn isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let [a, b, rel_tol, abs_tol] = super::math::isclose_args(vm, args, kw)?;
    let a = complex_arg(vm, a.unwrap_or(Value::NONE))?;
    let b = complex_arg(vm, b.unwrap_or(Value::NONE))?;
    let (rel_tol, abs_tol) = super::math::tolerances(vm, rel_tol, abs_tol)?;
    if a == b {
        return Ok(Value::TRUE);
    }
    let infinite = |z: C| z.re.is_infinite() || z.im.is_infinite();
    if infinite(a) || infinite(b) {
        return Ok(Value::FALSE);
    }
    let modulus = |z: C| funcs::abs(z).unwrap_or(f64::INFINITY);
    let diff = modulus(C {
        re: a.re - b.re,
        im: a.im - b.im,
    });
    let close = diff <= rel_tol * modulus(b) || diff <= rel_tol * modulus(a) || diff <= abs_tol;
    Ok(Value::bool(close))
}
