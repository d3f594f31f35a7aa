//! `math.log` (with an optional base), `log2`, `log10` and `log1p`.
//!
//! An int argument is taken exactly: one too large for a float is split as `m * 2**e` with
//! `0.5 <= m < 1` (`m` rounded to 53 bits), and its logarithm is `log(m) + e * log(2)`, so
//! `log(10**1000)` works where `float(10**1000)` overflows. A zero or negative int is a
//! domain error before any conversion.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive};

use super::{checked, domain_error, one_arg, real};
use crate::builtins::Kw;
use crate::modules::fmath;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `math.log(x[, base])`: the natural logarithm, or `log(x) / log(base)`.
pub(super) fn log(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "log", &[])?;
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, args[0], fmath::log)?;
    let Some(&base) = args.get(1) else {
        return vm.new_float(num);
    };
    let den = log_of(vm, base, fmath::log)?;
    if den == 0.0 {
        return Err(vm.raise_new(TypeId::ZeroDivisionError, "float division by zero"));
    }
    vm.new_float(num / den)
}

/// `math.log2(x)`.
pub(super) fn log2(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.log2", args, kw)?;
    let r = log_of(vm, v, fmath::log2)?;
    vm.new_float(r)
}

/// `math.log10(x)`.
pub(super) fn log10(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.log10", args, kw)?;
    let r = log_of(vm, v, fmath::log10)?;
    vm.new_float(r)
}

/// `math.log1p(x)`: `log(1 + x)`, accurate for small `x`; `-0.0` stays `-0.0`.
pub(super) fn log1p(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.log1p", args, kw)?;
    let x = real(vm, v)?;
    let r = if x == 0.0 { x } else { fmath::log1p(x) };
    checked(vm, x, r, false)
}

/// The logarithm `f` of `v`: ints exactly, any other real number as a float.
fn log_of(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let p = vm.payload(v);
    if vm.is_int(p) {
        if let Some(n) = vm.int_as_i64(p) {
            if n <= 0 {
                return Err(domain_error(vm));
            }
            return Ok(f(n as f64));
        }
        let (m, e) = match vm.int_of(p) {
            Some(b) if b.sign() == Sign::Plus => match b.to_f64().filter(|x| x.is_finite()) {
                Some(x) => (x, 0),
                None => split(&b),
            },
            _ => return Err(domain_error(vm)),
        };
        return Ok(if e == 0 {
            f(m)
        } else {
            f(m) + f(2.0) * e as f64
        });
    }
    let x = real(vm, v)?;
    let r = if x.is_nan() {
        x
    } else if x <= 0.0 {
        return Err(domain_error(vm));
    } else {
        f(x)
    };
    Ok(r)
}

/// A positive int too large for a float as `(m, e)`: `n` is about `m * 2**e`, `m` in
/// `[0.5, 1)` and rounded half to even to 53 bits.
fn split(n: &BigInt) -> (f64, u64) {
    const DIGITS: u64 = 53;
    let bits = n.bits();
    if bits <= DIGITS {
        return (n.to_f64().unwrap_or(0.0), 0);
    }
    let shift = bits - DIGITS;
    let mut top: BigInt = n >> shift;
    let low: BigInt = n - (&top << shift);
    let half = BigInt::one() << (shift - 1);
    if low > half || (low == half && top.is_odd()) {
        top += 1;
    }
    let mut e = bits;
    let mut top = top.to_u64().unwrap_or(0);
    if top == 1 << DIGITS {
        top >>= 1;
        e += 1;
    }
    let m = top as f64 / (1u64 << DIGITS) as f64;
    (m, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(top: u64, low_bits: u32) -> BigInt {
        BigInt::from(top) << low_bits
    }

    #[test]
    fn split_rounds_half_to_even() {
        let p52 = 1u64 << 52;
        let scale = (1u64 << 53) as f64;
        // Below half: truncated.
        assert_eq!(split(&big((1 << 54) + 1, 1000)), (0.5, 1055));
        // Exactly half, odd: rounded up to even.
        let n = big(((p52 + 1) << 1) | 1, 1000);
        assert_eq!(split(&n), ((p52 + 2) as f64 / scale, 1054));
        // Exactly half, even: kept.
        let n = big(((p52 + 2) << 1) | 1, 1000);
        assert_eq!(split(&n), ((p52 + 2) as f64 / scale, 1054));
        // A carry out of the top bit renormalises.
        let n = big((((1u64 << 53) - 1) << 2) | 3, 1000);
        assert_eq!(split(&n), (0.5, 1056));
    }
}
