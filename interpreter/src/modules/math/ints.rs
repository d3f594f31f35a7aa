//! The integer functions of `math`: `factorial`, `comb`, `perm`, `gcd`, `lcm` and `isqrt`.
//!
//! Arguments are taken through `__index__` (a float is a TypeError). Products of many
//! factors are formed by binary splitting, so the multiplications near the top are between
//! numbers of similar size; a result's size is estimated first and checked against the heap
//! budget, so `factorial(10**12)` is a MemoryError before any work is done.

use alloc::borrow::Cow;
use alloc::format;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::one_arg;
use crate::builtins::Kw;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The int an argument stands for, owned.
fn index_big(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    let i = vm.index_value(v)?;
    Ok(vm.int_of(i).map(Cow::into_owned).unwrap_or_default())
}

/// Checks that an int of about `bits` bits can be built, and charges the work of building
/// it to the step budget.
fn check_result_bits(vm: &mut Vm, bits: f64) -> PyResult<()> {
    let bits = if bits.is_finite() && bits > 0.0 {
        bits as u64
    } else {
        0
    };
    vm.check_building(usize::try_from(bits / 8).unwrap_or(usize::MAX))?;
    vm.spend(bits / 256)
}

/// `lo * (lo + 1) * ... * (lo + count - 1)`, by binary splitting.
fn rising(lo: &BigUint, count: u64) -> BigUint {
    if let Some(l) = lo.to_u64()
        && l.checked_add(count).is_some()
    {
        return rising_small(l, count);
    }
    if count <= 8 {
        let mut acc = BigUint::one();
        for i in 0..count {
            acc *= lo + i;
        }
        return acc;
    }
    let half = count / 2;
    let upper = lo + half;
    rising(lo, half) * rising(&upper, count - half)
}

/// [`rising`] for factors that all fit in 64 bits.
fn rising_small(lo: u64, count: u64) -> BigUint {
    if count <= 16 {
        let mut acc = BigUint::one();
        // Pairs of factors multiply in 128 bits before touching the big number.
        let mut f = lo;
        let mut left = count;
        while left > 0 {
            let mut word: u128 = u128::from(f);
            f += 1;
            left -= 1;
            if left > 0
                && let Some(w) = word.checked_mul(u128::from(f))
            {
                word = w;
                f += 1;
                left -= 1;
            }
            acc *= word;
        }
        return acc;
    }
    let half = count / 2;
    rising_small(lo, half) * rising_small(lo + half, count - half)
}

/// The number of bits of `n!`, about (Stirling's formula).
fn factorial_bits(n: f64) -> f64 {
    if n < 2.0 {
        return 1.0;
    }
    let log2_e = core::f64::consts::LOG2_E;
    n * libm::log2(n) - n * log2_e + 0.5 * libm::log2(core::f64::consts::TAU * n) + 1.0
}

/// `math.factorial(n)`.
pub(super) fn factorial(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.factorial", args, kw)?;
    let n = index_big(vm, v)?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        let msg = format!("factorial() argument should not exceed {}", i64::MAX);
        return Err(vm.raise_new(TypeId::OverflowError, &msg));
    };
    check_result_bits(vm, factorial_bits(n as f64))?;
    let r = rising_small(1, n as u64);
    vm.new_bigint(BigInt::from(r))
}

/// `n` and `k` of `comb` and `perm`, checked to be non-negative.
fn n_and_k(vm: &mut Vm, n: Value, k: Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_big(vm, n)?;
    let k = index_big(vm, k)?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.sign() == Sign::Minus {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `math.perm(n, k=None)`: the ways to choose `k` of `n` items in order (`n!` without `k`).
pub(super) fn perm(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "math.perm", &[])?;
    crate::builtins::args::positional(vm, "perm", args, 1, 2)?;
    let k = args.get(1).copied().filter(|k| !k.is_none());
    let Some(k) = k else {
        return factorial(vm, &args[..1], Kw::NONE);
    };
    let (n, k) = n_and_k(vm, args[0], k)?;
    if k > n {
        return vm.new_int(0);
    }
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        let msg = format!("k must not exceed {}", i64::MAX);
        return Err(vm.raise_new(TypeId::OverflowError, &msg));
    };
    let n = n.magnitude();
    check_result_bits(vm, k as f64 * n.bits() as f64)?;
    let lo = n - k + 1u32;
    vm.new_bigint(BigInt::from(rising(&lo, k)))
}

/// `math.comb(n, k)`: the ways to choose `k` of `n` items, unordered.
pub(super) fn comb(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "math.comb", &[])?;
    crate::builtins::args::positional(vm, "comb", args, 2, 2)?;
    let (n, k) = n_and_k(vm, args[0], args[1])?;
    if k > n {
        return vm.new_int(0);
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        let msg = format!("min(n - k, k) must not exceed {}", i64::MAX);
        return Err(vm.raise_new(TypeId::OverflowError, &msg));
    };
    let n = n.magnitude();
    check_result_bits(vm, k as f64 * n.bits() as f64)?;
    let lo = n - k + 1u32;
    let r = rising(&lo, k) / rising_small(1, k);
    vm.new_bigint(BigInt::from(r))
}

/// `math.gcd(*integers)`: the greatest common divisor, `0` for no arguments.
pub(super) fn gcd(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "math.gcd", &[])?;
    let mut r = BigInt::zero();
    for &a in args {
        let x = index_big(vm, a)?;
        if !r.is_one() {
            r = r.gcd(&x);
        }
    }
    vm.new_bigint(r)
}

/// `math.lcm(*integers)`: the least common multiple, `1` for no arguments, `0` when one of
/// them is `0`.
pub(super) fn lcm(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "math.lcm", &[])?;
    let mut r = BigInt::one();
    for (i, &a) in args.iter().enumerate() {
        let x = index_big(vm, a)?;
        if i == 0 {
            r = x.abs();
        } else if !r.is_zero() {
            if x.is_zero() {
                r = BigInt::zero();
                continue;
            }
            vm.check_building(usize::try_from((r.bits() + x.bits()) / 8).unwrap_or(usize::MAX))?;
            r = r.lcm(&x);
        }
    }
    vm.new_bigint(r)
}

/// `math.isqrt(n)`: the greatest int whose square is at most `n`.
pub(super) fn isqrt(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.isqrt", args, kw)?;
    let n = index_big(vm, v)?;
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    let r = match n.to_u64() {
        Some(s) => BigInt::from(s.sqrt()),
        None => BigInt::from(n.magnitude().sqrt()),
    };
    vm.new_bigint(r)
}
