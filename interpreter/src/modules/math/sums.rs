//! `math.fsum`, `prod`, `hypot`, `dist` and `isclose`.
//!
//! `fsum` keeps the running total exactly as a list of non-overlapping partial sums
//! (Shewchuk's algorithm) and rounds once at the end, half to even. `hypot` and `dist`
//! scale the coordinates by a power of two, sum their squares in double-double arithmetic
//! and correct the square root by one Newton step, so the result is correctly rounded but in
//! rare near-halfway cases.

use alloc::vec::Vec;

use super::real;
use crate::builtins::Kw;
use crate::builtins::args::{self, Params};
use crate::bytecode::BinaryOp;
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Why an exact sum has no float value.
enum FsumError {
    Overflow,
    InfMinusInf,
}

/// An exact running sum of floats.
#[derive(Default)]
struct ExactSum {
    /// Non-overlapping, increasing in magnitude; their exact sum is the total so far.
    partials: Vec<f64>,
    /// The sum of the infinities and NaNs met (they leave the partials alone).
    special: f64,
    /// The sum of the infinities alone: NaN once both signs were met.
    infinities: f64,
}

impl ExactSum {
    fn add(&mut self, item: f64) -> Result<(), FsumError> {
        let mut x = item;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x == 0.0 {
            return Ok(());
        }
        if x.is_finite() {
            self.partials.push(x);
            return Ok(());
        }
        if item.is_finite() {
            return Err(FsumError::Overflow);
        }
        if item.is_infinite() {
            self.infinities += item;
        }
        self.special += item;
        self.partials.clear();
        Ok(())
    }

    /// The total rounded once to a float, half to even.
    fn total(&self) -> Result<f64, FsumError> {
        if self.special != 0.0 {
            if self.infinities.is_nan() {
                return Err(FsumError::InfMinusInf);
            }
            return Ok(self.special);
        }
        let p = &self.partials;
        let Some((&top, rest)) = p.split_last() else {
            return Ok(0.0);
        };
        let mut hi = top;
        let mut lo = 0.0;
        let mut n = rest.len();
        while n > 0 {
            n -= 1;
            let (x, y) = (hi, p[n]);
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // The partials below the one that stopped the loop can push a tie the other way:
        // `hi + lo` is exactly halfway only if they are all zero.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if x - hi == y {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// `math.fsum(iterable)`: the correctly rounded sum of the floats.
pub(super) fn fsum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let iterable = super::one_arg(vm, "math.fsum", args, kw)?;
    let mut sum = ExactSum::default();
    let mut failed = None;
    vm.for_each_item(iterable, |vm, item| {
        let x = real(vm, item)?;
        match sum.add(x) {
            Ok(()) => Ok(true),
            Err(e) => {
                failed = Some(e);
                Ok(false)
            }
        }
    })?;
    match failed.map_or_else(|| sum.total(), Err) {
        Ok(r) => vm.new_float(r),
        Err(FsumError::Overflow) => {
            Err(vm.raise_new(TypeId::OverflowError, "intermediate overflow in fsum"))
        }
        Err(FsumError::InfMinusInf) => Err(vm.value_error("-inf + inf in fsum")),
    }
}

/// `math.prod(iterable, /, *, start=1)`: `start` times every item, in order.
pub(super) fn prod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::iterable, Q::start],
        posonly: 1,
        required: 1,
        maxpos: 1,
    };
    let [iterable, start] = args::parse(vm, "prod", args, kw, &params)?;
    let iterable = iterable.unwrap_or(Value::NONE);
    let mut total = start.unwrap_or(Value::small(1).unwrap_or(Value::NONE));
    let slot = vm.roots.len();
    vm.roots.push(total);
    let r = vm.for_each_item(iterable, |vm, item| {
        total = vm.binary_op(BinaryOp::Mul, total, item, false)?;
        vm.roots[slot] = total;
        Ok(true)
    });
    vm.roots.truncate(slot);
    r.map(|()| total)
}

/// `math.hypot(*coordinates)`: the Euclidean norm.
pub(super) fn hypot(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "math.hypot", &[])?;
    vm.check_building(args.len().saturating_mul(size_of::<f64>()))?;
    let mut coords = Vec::with_capacity(args.len());
    for &a in args {
        coords.push(real(vm, a)?.abs());
    }
    vm.new_float(norm(&coords))
}

/// `math.dist(p, q)`: the Euclidean distance between two points of as many coordinates.
pub(super) fn dist(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "math.dist", &[])?;
    args::positional(vm, "dist", args, 2, 2)?;
    let base = vm.roots.len();
    let r = dist_of(vm, args[0], args[1]);
    vm.roots.truncate(base);
    let d = r?;
    vm.new_float(d)
}

/// The distance between `p` and `q`; the coordinates are left on `vm.roots`.
fn dist_of(vm: &mut Vm, p: Value, q: Value) -> PyResult<f64> {
    let p = vm.collect_iterable(p)?;
    vm.roots.extend_from_slice(&p);
    let q = vm.collect_iterable(q)?;
    vm.roots.extend_from_slice(&q);
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    vm.check_building(p.len().saturating_mul(size_of::<f64>()))?;
    let mut diffs = Vec::with_capacity(p.len());
    for (&a, &b) in p.iter().zip(&q) {
        let a = real(vm, a)?;
        let b = real(vm, b)?;
        diffs.push((a - b).abs());
    }
    Ok(norm(&diffs))
}

/// The square root of the sum of the squares of `v`'s items (all `>= 0` or NaN): an
/// infinity wins over a NaN.
fn norm(v: &[f64]) -> f64 {
    let max = v.iter().copied().fold(0.0, f64::max);
    if v.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if v.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || v.len() == 1 {
        return max;
    }
    // Scale so the largest is in [0.5, 1): no square overflows, and the scaling is exact.
    let (_, e) = libm::frexp(max);
    let (mut hi, mut lo) = (0.0, 0.0);
    for &x in v {
        let x = libm::ldexp(x, -e);
        let (sq, sq_err) = two_product(x, x);
        let (s, s_err) = two_sum(hi, sq);
        hi = s;
        lo += sq_err + s_err;
    }
    let h = libm::sqrt(hi + lo);
    // One Newton step on the exact residual of `h * h`.
    let (hh, hh_err) = two_product(h, h);
    let residual = ((hi - hh) - hh_err) + lo;
    let h = h + residual / (2.0 * h);
    libm::ldexp(h, e)
}

/// `a + b` and the rounding error of that sum, exactly.
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// `a * b` and the rounding error of that product, exactly (Dekker's splitting; `a` and `b`
/// are far from overflow).
fn two_product(a: f64, b: f64) -> (f64, f64) {
    let split = |x: f64| {
        let c = 134_217_729.0 * x;
        let hi = c - (c - x);
        (hi, x - hi)
    };
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
pub(super) fn isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let [a, b, rel_tol, abs_tol] = isclose_args(vm, args, kw)?;
    let a = real(vm, a.unwrap_or(Value::NONE))?;
    let b = real(vm, b.unwrap_or(Value::NONE))?;
    let (rel_tol, abs_tol) = super::tolerances(vm, rel_tol, abs_tol)?;
    Ok(Value::bool(is_close(
        a,
        b,
        (b - a).abs(),
        rel_tol * b.abs(),
        rel_tol * a.abs(),
        abs_tol,
    )))
}

/// Whether two numbers `diff` apart are close: equal, or (both finite and) within one of
/// the tolerances.
fn is_close(a: f64, b: f64, diff: f64, rel_b: f64, rel_a: f64, abs_tol: f64) -> bool {
    if a == b {
        return true;
    }
    if a.is_infinite() || b.is_infinite() {
        return false;
    }
    diff <= rel_b.abs() || diff <= rel_a.abs() || diff <= abs_tol
}

/// The arguments of `isclose` (of `math` and `cmath`): `a` and `b`, which may be passed by
/// name too, then the keyword-only tolerances.
pub(crate) fn isclose_args(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<[Option<Value>; 4]> {
    args::keyword_arity(vm, "isclose", args, kw, 4)?;
    if args.len() > 2 {
        let msg = alloc::format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        );
        return Err(vm.type_error(&msg));
    }
    let names = [
        vm.intern("a"),
        vm.intern("b"),
        vm.intern("rel_tol"),
        vm.intern("abs_tol"),
    ];
    let params = Params {
        names: &names,
        posonly: 0,
        required: 2,
        maxpos: 2,
    };
    args::parse(vm, "isclose", args, kw, &params)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fsum(items: &[f64]) -> Option<f64> {
        let mut s = ExactSum::default();
        for &x in items {
            s.add(x).ok()?;
        }
        s.total().ok()
    }

    #[test]
    fn exact_sums() {
        assert_eq!(fsum(&[1e100, 1.0, -1e100]), Some(1.0));
        assert_eq!(fsum(&[0.1; 10]), Some(1.0));
        // Halfway between two doubles, pushed up by a tiny third term.
        assert_eq!(
            fsum(&[1.0, 1.1102230246251565e-16, 1e-300]),
            Some(1.0000000000000002)
        );
        assert_eq!(fsum(&[1e308, 1e308]), None);
        assert!(fsum(&[f64::INFINITY, f64::NAN]).is_some_and(f64::is_nan));
    }

    #[test]
    fn norms() {
        assert_eq!(norm(&[3.0, 4.0]), 5.0);
        assert_eq!(norm(&[]), 0.0);
        assert_eq!(norm(&[f64::NAN, f64::INFINITY]), f64::INFINITY);
        assert_eq!(norm(&[1e308, 1e308]), 1.4142135623730951e308);
        assert_eq!(norm(&[5e-324, 5e-324]), 5e-324);
    }
}
