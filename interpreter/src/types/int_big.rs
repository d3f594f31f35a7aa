//! Arithmetic on big ints, away from the heap: operands are borrowed, never copied, and a
//! failure is a [`BigFail`] the caller turns into the Python exception.
//!
//! Floor division and modulo whose quotient is known to fit in 61 bits (the common case of
//! a spigot or a base conversion: a big number divided by one of nearly its size) estimate
//! the quotient from the leading 62 bits of the divisor and correct it by at most a few
//! steps, which costs a few linear passes instead of a general long division.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::BinaryOp;

/// Why a big-int operation gave no int.
pub(crate) enum BigFail {
    /// ZeroDivisionError with this message.
    ZeroDivision(&'static str),
    /// ValueError: negative shift count.
    NegativeShift,
    /// OverflowError: too many digits in integer.
    TooManyDigits,
    /// MemoryError: the result cannot fit the heap.
    Memory,
    /// The operation is not an int-to-int one here (true division, a negative power,
    /// matrix multiplication); the caller takes another path.
    Elsewhere,
}

/// Whether a result of `bits` bits can fit a heap of `budget` bytes.
fn fits(bits: u64, budget: usize) -> Result<(), BigFail> {
    let bytes = bits / 8;
    if bytes as usize > budget || bytes > isize::MAX as u64 {
        return Err(BigFail::Memory);
    }
    Ok(())
}

/// `x op y` on big ints with Python's semantics, refusing results past `budget` bytes.
pub(crate) fn big_arith(
    op: BinaryOp,
    x: &BigInt,
    y: &BigInt,
    budget: usize,
) -> Result<BigInt, BigFail> {
    Ok(match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => {
            fits(x.bits() + y.bits(), budget)?;
            x * y
        }
        BinaryOp::FloorDiv | BinaryOp::Mod => {
            if y.is_zero() {
                return Err(BigFail::ZeroDivision(if op == BinaryOp::Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                }));
            }
            let (q, r) = floor_divmod(x, y);
            if op == BinaryOp::Mod { r } else { q }
        }
        BinaryOp::And => x & y,
        BinaryOp::Or => x | y,
        BinaryOp::Xor => x ^ y,
        BinaryOp::LShift | BinaryOp::RShift => {
            if y.is_negative() {
                return Err(BigFail::NegativeShift);
            }
            let Some(n) = y.to_u64() else {
                if op == BinaryOp::RShift {
                    return Ok(BigInt::from(if x.is_negative() { -1 } else { 0 }));
                }
                if x.is_zero() {
                    return Ok(BigInt::zero());
                }
                return Err(BigFail::TooManyDigits);
            };
            if op == BinaryOp::LShift {
                if x.is_zero() {
                    return Ok(BigInt::zero());
                }
                fits(x.bits().saturating_add(n), budget)?;
                x << n
            } else if n >= x.bits() {
                // Arithmetic shift: floor division by 2**n.
                BigInt::from(if x.is_negative() { -1 } else { 0 })
            } else {
                x >> n
            }
        }
        BinaryOp::Pow => {
            if y.is_negative() {
                return Err(BigFail::Elsewhere);
            }
            if x.is_zero() || x.is_one() {
                return Ok(x.clone());
            }
            if *x == BigInt::from(-1) {
                return Ok(BigInt::from(if y.is_even() { 1 } else { -1 }));
            }
            let Some(e) = y.to_u64() else {
                return Err(BigFail::Memory);
            };
            fits(x.bits().saturating_mul(e), budget)?;
            let Ok(e32) = u32::try_from(e) else {
                return Err(BigFail::Memory);
            };
            num_traits::Pow::pow(x, e32)
        }
        BinaryOp::TrueDiv | BinaryOp::MatMul => return Err(BigFail::Elsewhere),
    })
}

/// Python's `divmod` on big ints: the quotient rounds toward negative infinity and the
/// remainder takes the divisor's sign. `y` is not zero.
pub(crate) fn floor_divmod(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    let Some((q, r)) = divmod_small_quotient(x.magnitude(), y.magnitude()) else {
        return x.div_mod_floor(y);
    };
    // Truncated division on the magnitudes, then the signs, then the floor correction.
    let negative = x.is_negative() != y.is_negative();
    let mut q = BigInt::from(q);
    let mut r = BigInt::from_biguint(Sign::Plus, r);
    if x.is_negative() {
        r = -r;
    }
    if negative {
        q = -q;
    }
    if !r.is_zero() && r.is_negative() != y.is_negative() {
        q -= 1;
        r += y;
    }
    (q, r)
}

/// Truncated `divmod` of magnitudes when the quotient fits in 61 bits and the divisor is
/// past two words (below that the general division is already linear); `None` otherwise.
fn divmod_small_quotient(x: &BigUint, y: &BigUint) -> Option<(u64, BigUint)> {
    let (xb, yb) = (x.bits(), y.bits());
    if yb <= 128 || xb < yb || xb - yb > 60 {
        return None;
    }
    // The leading 62 bits of y and the matching bits of x: their quotient is within two of
    // the true one, since the neglected low parts change x / y by less than q / 2**61 + 1.
    let shift = yb - 62;
    let xt = (x >> shift).to_u128()?;
    let yt = (y >> shift).to_u64()?;
    let mut q = u64::try_from(xt / u128::from(yt)).ok()?;
    let mut prod = y * q;
    let mut steps = 0;
    while prod > *x {
        q = q.checked_sub(1)?;
        prod -= y;
        steps += 1;
        if steps > 4 {
            return None;
        }
    }
    let mut r = x - prod;
    while r >= *y {
        q = q.checked_add(1)?;
        r -= y;
        steps += 1;
        if steps > 4 {
            return None;
        }
    }
    Some((q, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn small_quotient_division_agrees_with_the_general_one() {
        let base = big("123456789012345678901234567890123456789012345678901234567890123");
        let mut cases = alloc::vec::Vec::new();
        for k in [1u64, 2, 3, 7, 10, 1 << 20, (1 << 60) - 1, 1 << 60, u64::MAX] {
            for delta in [-3i64, -1, 0, 1, 5] {
                cases.push((&base * k + delta, base.clone()));
                cases.push((&base * k + delta, (&base << 3u32) + 1));
            }
        }
        cases.push(((BigInt::one() << 200u32) - 1, BigInt::one() << 199u32));
        cases.push((BigInt::one() << 200u32, (BigInt::one() << 200u32) - 1));
        for (a, b) in cases {
            for (x, y) in [(&a, &b), (&-&a, &b), (&a, &-&b), (&-&a, &-&b)] {
                let want = x.div_mod_floor(y);
                assert_eq!(floor_divmod(x, y), want, "{x} divmod {y}");
            }
        }
    }
}
