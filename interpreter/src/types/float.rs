//! `float`: IEEE doubles, boxed on the heap.
//!
//! `repr` is the shortest string that round-trips (Rust's formatter finds the digits; the
//! layout follows CPython: scientific notation below 1e-4 and from 1e16 up). Floor division
//! and modulo take the sign of the divisor, as in CPython.

use alloc::format;
use alloc::string::String;

use crate::bytecode::BinaryOp;
use crate::heap::Obj;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Formats `x` as CPython's `repr(float)` does.
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return String::from("nan");
    }
    if x.is_infinite() {
        return String::from(if x > 0.0 { "inf" } else { "-inf" });
    }
    if x == 0.0 {
        return String::from(if x.is_sign_negative() { "-0.0" } else { "0.0" });
    }
    // `{:e}` gives the shortest round-trip digits: "d.ddde±x".
    let sci = format!("{:e}", x);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let (digits, exp) = even_on_tie(x, digits, exp);
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                for _ in digits.len()..point {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!(
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    }
    out
}

/// The shortest digits of `x` (value `0.d1d2... * 10**(exp+1)`), made to end in an even digit
/// when `x` lies exactly halfway between two shortest candidates that both read back as `x`:
/// Rust may pick either, CPython picks the even one (`869400370866060.25` is
/// `869400370866060.2`, but `2**-24` is `5.960464477539063e-08`). A tie needs `x`'s exact
/// decimal expansion to be one digit longer than the shortest, so at most 18 digits: only
/// such `x` are examined.
fn even_on_tie(x: f64, digits: String, exp: i32) -> (String, i32) {
    const MANTISSA: u64 = (1 << 52) - 1;
    let x = x.abs();
    if x >= 1e18 {
        return (digits, exp);
    }
    let bits = x.to_bits();
    let biased = (bits >> 52) as i32;
    let (mut m, mut e) = if biased == 0 {
        (bits & MANTISSA, -1074)
    } else {
        ((bits & MANTISSA) | (1 << 52), biased - 1075)
    };
    let zeros = m.trailing_zeros();
    m >>= zeros;
    e += zeros as i32;
    // x = exact * 10**scale, exactly; `exact` has no trailing zero digit.
    let (exact, scale) = match e {
        0.. => (u128::from(m) << e, 0),
        -26..0 => (u128::from(m) * 5u128.pow(e.unsigned_abs()), e),
        _ => return (digits, exp),
    };
    let text = format!("{exact}");
    if text.len() != digits.len() + 1 || !text.ends_with('5') {
        return (digits, exp);
    }
    let low: u128 = exact / 10;
    let top = text.len() as i32 - 1 + scale;
    let (chosen, top) = if low % 2 == 0 {
        (low, top)
    } else {
        let high = low + 1;
        // A carry (…99 + 1) makes the number one digit longer.
        let longer = format!("{high}").len() > text.len() - 1;
        (high, top + i32::from(longer))
    };
    let chosen = format!("{chosen}");
    let chosen = chosen.trim_end_matches('0');
    // Only a candidate that reads back as `x` will do: beside a power of two the interval
    // that rounds to `x` is lopsided, and the even neighbour may fall outside it.
    let back: Option<f64> = format!("0.{chosen}e{}", top + 1).parse().ok();
    if back != Some(x) {
        return (digits, exp);
    }
    (String::from(chosen), top)
}

/// Python's `divmod` for floats: (floor quotient, remainder with the divisor's sign).
/// The caller has checked `b != 0`.
pub fn divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = libm::fmod(a, b);
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, b);
    }
    let floordiv = if div != 0.0 {
        let mut f = libm::floor(div);
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        libm::copysign(0.0, a / b)
    };
    (floordiv, m)
}

/// CPython's hash of a float: equal to the int hash for integral values.
pub fn hash(x: f64) -> i64 {
    const BITS: i32 = 61;
    const P: u64 = (1 << BITS) - 1;
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.is_nan() {
        return 0;
    }
    let (mut m, mut e) = libm::frexp(x);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & P) | (h >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= P {
            h -= P;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    h = ((h << e) & P) | (h >> (BITS - e));
    let h = h as i64 * sign;
    if h == -1 { -2 } else { h }
}

/// `round(x, ndigits)` for a finite `x`: `x` rounded half to even at `10**-ndigits`, exactly
/// (from the exact binary value, not from a decimal approximation), then read back as the
/// nearest double. `None` when the result is too large to represent.
pub(crate) fn round_to_digits(x: f64, ndigits: i64) -> Option<f64> {
    use num_bigint::BigInt;
    use num_integer::Integer;
    // Past these, rounding cannot change a double, or leaves only zero.
    if ndigits > 323 {
        return Some(x);
    }
    if ndigits < -308 {
        return Some(0.0 * x);
    }
    if x == 0.0 {
        return Some(x);
    }
    // x = mantissa * 2**exp exactly.
    let bits = x.abs().to_bits();
    let biased = (bits >> 52) as i64;
    let (mantissa, exp) = if biased == 0 {
        (bits & ((1 << 52) - 1), -1074)
    } else {
        ((bits & ((1 << 52) - 1)) | (1 << 52), biased - 1075)
    };
    // x * 10**ndigits = num / den.
    let ten = |n: i64| num_traits::Pow::pow(BigInt::from(10), n.unsigned_abs());
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(1);
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= exp.unsigned_abs() as usize;
    }
    if ndigits >= 0 {
        num *= ten(ndigits);
    } else {
        den *= ten(ndigits);
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let text = format!("{sign}{q}e{}", -ndigits);
    let r: f64 = text.parse().ok()?;
    r.is_finite().then_some(r)
}

/// Why a float power has no float result.
#[derive(Debug, PartialEq)]
pub(crate) enum PowError {
    ZeroToNegative,
    Complex,
    Overflow,
}

/// Python's `v ** w` for floats: the special cases decided in CPython's order (an infinite
/// exponent before a zero base, so `0.0 ** -inf` is `inf`), then [`pow`].
pub(crate) fn float_pow(v: f64, w: f64) -> Result<f64, PowError> {
    let odd = |x: f64| libm::fmod(x.abs(), 2.0) == 1.0;
    if w == 0.0 {
        return Ok(1.0);
    }
    if v.is_nan() {
        return Ok(v);
    }
    if w.is_nan() {
        return Ok(if v == 1.0 { 1.0 } else { w });
    }
    if w.is_infinite() {
        let v = v.abs();
        return Ok(if v == 1.0 {
            1.0
        } else if (w > 0.0) == (v > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if v.is_infinite() {
        return Ok(match (w > 0.0, odd(w)) {
            (true, true) => v,
            (true, false) => v.abs(),
            (false, true) => libm::copysign(0.0, v),
            (false, false) => 0.0,
        });
    }
    if v == 0.0 {
        if w < 0.0 {
            return Err(PowError::ZeroToNegative);
        }
        return Ok(if odd(w) { v } else { 0.0 });
    }
    let mut negate = false;
    let mut base = v;
    if v < 0.0 {
        if libm::floor(w) != w {
            return Err(PowError::Complex);
        }
        base = -v;
        negate = odd(w);
    }
    let r = if base == 1.0 { 1.0 } else { pow(base, w) };
    if r.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(if negate { -r } else { r })
}

/// `x ** y` past Python's special cases. With the `std` feature it is the host C library's
/// `pow`, the one CPython calls on the same host, so results agree to the last bit; without
/// it (bare metal) the `libm` crate's, which may differ in the last digit.
pub(crate) fn pow(x: f64, y: f64) -> f64 {
    #[cfg(feature = "std")]
    {
        extern crate std;
        x.powf(y)
    }
    #[cfg(not(feature = "std"))]
    {
        libm::pow(x, y)
    }
}

impl Vm {
    /// Whether `v` is an exact float (immediate or boxed).
    #[inline]
    pub(crate) fn is_float(&self, v: Value) -> bool {
        v.as_float().is_some() || matches!(self.heap.get(v), Some(Obj::Float(_)))
    }

    /// The double of an exact float.
    #[inline]
    pub(crate) fn float_of(&self, v: Value) -> Option<f64> {
        if let Some(f) = v.as_float() {
            return Some(f);
        }
        match self.heap.get(v) {
            Some(Obj::Float(f)) => Some(*f),
            _ => None,
        }
    }

    /// An int, bool or float as a double (for mixed arithmetic); None for other types.
    pub(crate) fn number_to_f64(&mut self, v: Value) -> PyResult<Option<f64>> {
        if let Some(f) = self.float_of(v) {
            return Ok(Some(f));
        }
        if self.is_int(v) {
            return self.int_to_f64(v).map(Some);
        }
        Ok(None)
    }

    /// A real number as a double, as CPython's `PyFloat_AsDouble` takes it: a float or int
    /// (or a subclass of one), or an object with `__float__` or `__index__`; `None` for
    /// anything else.
    pub(crate) fn real_to_f64(&mut self, v: Value) -> PyResult<Option<f64>> {
        let p = self.payload(v);
        if let Some(f) = self.number_to_f64(p)? {
            return Ok(Some(f));
        }
        if !self.is_user_obj(v) {
            return Ok(None);
        }
        if let Some(f) = self.convert_dunder(v, crate::qstr::Q::__float__)? {
            return self.number_to_f64(f);
        }
        match self.index_dunder(v)? {
            Some(i) => self.int_to_f64(i).map(Some),
            None => Ok(None),
        }
    }

    /// `a op b` where at least one side is a float and the other a number.
    pub(crate) fn float_binary(&mut self, op: BinaryOp, a: f64, b: f64) -> PyResult {
        let r = match op {
            BinaryOp::Add => a + b,
            BinaryOp::Sub => a - b,
            BinaryOp::Mul => a * b,
            BinaryOp::TrueDiv => {
                if b == 0.0 {
                    return Err(self.raise_new(TypeId::ZeroDivisionError, "float division by zero"));
                }
                a / b
            }
            BinaryOp::FloorDiv => {
                if b == 0.0 {
                    return Err(
                        self.raise_new(TypeId::ZeroDivisionError, "float floor division by zero")
                    );
                }
                divmod(a, b).0
            }
            BinaryOp::Mod => {
                if b == 0.0 {
                    return Err(self.raise_new(TypeId::ZeroDivisionError, "float modulo"));
                }
                divmod(a, b).1
            }
            BinaryOp::Pow => return self.float_pow(a, b),
            _ => return Ok(Value::NOT_IMPLEMENTED),
        };
        self.new_float(r)
    }

    /// `v ** w` for floats (and for ints with a negative exponent).
    pub(crate) fn float_pow(&mut self, v: f64, w: f64) -> PyResult {
        match float_pow(v, w) {
            Ok(r) => self.new_float(r),
            Err(PowError::ZeroToNegative) => Err(self.raise_new(
                TypeId::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            )),
            // A negative base to a fractional power is complex, as in CPython.
            Err(PowError::Complex) => {
                use crate::types::complex::{C, pow};
                match pow(C { re: v, im: 0.0 }, C { re: w, im: 0.0 }) {
                    Ok(z) => self.new_complex(z),
                    Err(msg) => Err(self.raise_new(TypeId::OverflowError, msg)),
                }
            }
            Err(PowError::Overflow) => Err(self.raise_new(
                TypeId::OverflowError,
                "(34, 'Numerical result out of range')",
            )),
        }
    }

    /// `int(x)` for a float: truncation toward zero.
    pub(crate) fn float_to_int(&mut self, f: f64) -> PyResult {
        if f.is_nan() {
            return Err(self.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(self.raise_new(
                TypeId::OverflowError,
                "cannot convert float infinity to integer",
            ));
        }
        let t = libm::trunc(f);
        if t.abs() < 9.0e18 {
            return self.new_int(t as i64);
        }
        let b = num_bigint::BigInt::from(0) + float_to_bigint(t);
        self.new_bigint(b)
    }
}

/// The exact integer value of an integral, finite double.
pub fn float_to_bigint(t: f64) -> num_bigint::BigInt {
    let bits = t.to_bits();
    let negative = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mant, shift) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    let mut b = num_bigint::BigInt::from(mant);
    if shift >= 0 {
        b <<= shift as u64;
    } else {
        b >>= (-shift) as u64;
    }
    if negative { -b } else { b }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        let cases: &[(f64, &str)] = &[
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (1.5e300, "1.5e+300"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (5e-324, "5e-324"),
            (2.5, "2.5"),
            (100.0, "100.0"),
            (1e22, "1e+22"),
            (0.5e-4, "5e-05"),
            (f64::INFINITY, "inf"),
        ];
        for &(x, want) in cases {
            assert_eq!(repr(x), want);
        }
    }

    #[test]
    fn repr_of_every_power_of_two_reads_back() {
        for k in -1074..1024 {
            let x = libm::ldexp(1.0, k);
            for y in [x, 3.0 * x, -x] {
                if y.is_finite() {
                    assert_eq!(repr(y).parse::<f64>(), Ok(y), "2**{k}: {}", repr(y));
                }
            }
        }
        assert_eq!(repr(libm::ldexp(1.0, -24)), "5.960464477539063e-08");
        assert_eq!(repr(869400370866060.0 + 0.25), "869400370866060.2");
    }

    #[test]
    fn divmod_signs() {
        assert_eq!(divmod(7.0, -2.0), (-4.0, -1.0));
        assert_eq!(divmod(-7.0, 2.0), (-4.0, 1.0));
        assert_eq!(divmod(7.5, 2.0), (3.0, 1.5));
    }

    #[test]
    fn hash_of_integral_floats_is_the_int_hash() {
        assert_eq!(hash(1.0), 1);
        assert_eq!(hash(-1.0), -2);
        assert_eq!(
            hash(1e20),
            (100000000000000000000u128 % ((1u128 << 61) - 1)) as i64
        );
        assert_eq!(hash(0.5), 1 << 60);
    }
}
