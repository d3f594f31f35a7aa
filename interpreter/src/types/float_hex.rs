//! `float.hex()` and `float.fromhex()`: doubles as exact hexadecimal text.
//!
//! `hex` writes every finite double in one fixed shape, `[-]0xH.HHHHHHHHHHHHHp±E`: a leading
//! `1` (normal) or `0` (subnormal, with `E` fixed at -1022), all 13 fraction digits, and a
//! signed binary exponent; zero is `0x0.0p+0`. Infinities and NaN are written as `repr` writes
//! them.
//!
//! `fromhex` reads any number of hex digits in constant memory: it keeps the first 16
//! significant digits in a `u64` and folds the rest into a sticky bit, which is all that
//! round-half-even to 53 bits (fewer for a subnormal result) needs. Exponents are saturated
//! far outside the double range, so no input overflows the arithmetic.

use alloc::format;
use alloc::string::String;

use crate::builtins::{Kw, arity};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Bits in a double's significand, counting the implicit leading one.
const MANT_DIG: i64 = 53;
/// One more than the binary exponent of the largest finite double (it is below 2**1024).
const MAX_EXP: i64 = 1024;
/// The exponent of the least significant bit of the smallest subnormal, 2**-1074.
const MIN_LSB: i64 = -1074;
/// Exponents beyond this are saturated: any such value overflows or underflows, whatever
/// the number of digits a string of addressable length can carry.
const EXP_LIMIT: i64 = 1 << 58;

/// Why a string is not a float's hexadecimal form.
#[derive(Debug, PartialEq, Eq)]
pub enum HexError {
    /// The text is not hexadecimal floating-point syntax.
    Invalid,
    /// The value is too large for a finite double.
    Overflow,
}

/// Formats `x` as CPython's `float.hex()` does.
pub fn to_hex(x: f64) -> String {
    if !x.is_finite() {
        return super::float::repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if raw_exp == 0 {
        (0, -1022)
    } else {
        (1, raw_exp - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// Parses CPython's `float.fromhex` syntax: surrounding ASCII whitespace, then `inf`,
/// `infinity` or `nan` with an optional sign, or an optional sign, an optional `0x`, hex
/// digits with an optional point (at least one digit), and an optional `p` exponent.
pub fn from_hex(text: &str) -> Result<f64, HexError> {
    let s = text.as_bytes();
    let mut i = skip_space(s, 0);
    let mut negative = false;
    if let Some(&c @ (b'+' | b'-')) = s.get(i) {
        negative = c == b'-';
        i += 1;
    }
    let value = match special(&s[i..]) {
        Some((f, used)) => {
            i += used;
            f
        }
        None => {
            if s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x' | b'X')) {
                i += 2;
            }
            let (value, end) = finite(s, i)?;
            i = end;
            value
        }
    };
    if skip_space(s, i) != s.len() {
        return Err(HexError::Invalid);
    }
    Ok(if negative { -value } else { value })
}

/// The index of the first byte from `i` on that is not ASCII whitespace (as `str.isspace`
/// sees ASCII: space, `\t`, `\n`, `\v`, `\f`, `\r`).
fn skip_space(s: &[u8], mut i: usize) -> usize {
    while matches!(s.get(i), Some(b' ' | b'\t'..=b'\r')) {
        i += 1;
    }
    i
}

/// `inf`, `infinity` or `nan` (any case) at the start of `s`: the value and bytes used.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let starts = |word: &[u8]| s.len() >= word.len() && s[..word.len()].eq_ignore_ascii_case(word);
    if starts(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if starts(b"inf") {
        Some((f64::INFINITY, 3))
    } else if starts(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    }
}

/// Reads `digits[.digits][p[±]decimal]` from `s[start..]`: the correctly rounded magnitude
/// and the index after it.
fn finite(s: &[u8], start: usize) -> Result<(f64, usize), HexError> {
    let hex = |c: u8| (c as char).to_digit(16);
    // The significant digits: up to 16 in `mant`, any beyond folded into `sticky`, and
    // `dropped` counting those beyond so the exponent can account for them.
    let mut mant: u64 = 0;
    let mut kept = 0u32;
    let mut sticky = false;
    let mut dropped: i64 = 0;
    let mut fraction_digits: i64 = 0;
    let mut any_digit = false;
    let mut seen_point = false;
    let mut i = start;
    loop {
        match s.get(i) {
            Some(&b'.') if !seen_point => seen_point = true,
            Some(&c) => {
                let Some(d) = hex(c) else { break };
                any_digit = true;
                if seen_point {
                    fraction_digits += 1;
                }
                if kept < 16 {
                    if mant != 0 || d != 0 {
                        mant = mant << 4 | u64::from(d);
                        kept += 1;
                    }
                } else {
                    sticky |= d != 0;
                    dropped += 1;
                }
            }
            None => break,
        }
        i += 1;
    }
    if !any_digit {
        return Err(HexError::Invalid);
    }
    let mut exp: i64 = 0;
    if matches!(s.get(i), Some(b'p' | b'P')) {
        i += 1;
        let negative = s.get(i) == Some(&b'-');
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !s.get(i).is_some_and(u8::is_ascii_digit) {
            return Err(HexError::Invalid);
        }
        while let Some(&c @ b'0'..=b'9') = s.get(i) {
            exp = (exp * 10 + i64::from(c - b'0')).min(EXP_LIMIT);
            i += 1;
        }
        if negative {
            exp = -exp;
        }
    }
    if mant == 0 {
        return Ok((0.0, i));
    }
    // The value is (mant + a fraction below one, nonzero when sticky) * 2**scale.
    let scale = exp + 4 * (dropped - fraction_digits);
    Ok((round(mant, sticky, scale)?, i))
}

/// `(mant + tail) * 2**scale` rounded half-to-even to a double, where `tail` is in [0, 1)
/// and nonzero exactly when `sticky`. `mant` is nonzero.
fn round(mant: u64, sticky: bool, scale: i64) -> Result<f64, HexError> {
    // The value lies in [2**(top-1), 2**top).
    let top = scale + i64::from(64 - mant.leading_zeros());
    if top > MAX_EXP {
        return Err(HexError::Overflow);
    }
    if top < MIN_LSB - 1 {
        // Below half the smallest subnormal: rounds to zero.
        return Ok(0.0);
    }
    // The exponent of the result's last bit: 53 bits below the top, but never below the
    // subnormal limit.
    let lsb = (top - MANT_DIG).max(MIN_LSB);
    let shift = lsb - scale;
    if shift <= 0 {
        // At most 53 significant bits, all kept: exact (and `sticky` is false, as a
        // sticky value fills all 64 bits of `mant`).
        return Ok(libm::scalbn(mant as f64, scale as i32));
    }
    // 0 < shift <= 66 here, as top >= -1075 and mant has at most 64 bits.
    let wide = u128::from(mant);
    let kept = wide >> shift;
    let rest = wide & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    let up = rest > half || (rest == half && (sticky || kept & 1 == 1));
    let q = kept + u128::from(up);
    let x = libm::scalbn(q as f64, lsb as i32);
    if x.is_infinite() {
        return Err(HexError::Overflow);
    }
    Ok(x)
}

/// `float.hex()`.
pub(crate) fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "float.hex", &[])?;
    arity(vm, "float.hex", &args[1.min(args.len())..], 0, 0)?;
    let x = args.first().and_then(|&v| vm.float_of(v)).unwrap_or(0.0);
    vm.new_str(to_hex(x))
}

/// `float.fromhex(string)`, a class method: a subclass gets `cls(value)`.
pub(crate) fn fromhex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "float.fromhex", &[])?;
    let (cls, rest) = match args.first() {
        Some(&c) if vm.is_type(c) => (c, &args[1..]),
        _ => (Value::builtin_type(TypeId::Float), args),
    };
    arity(vm, "float.fromhex", rest, 1, 1)?;
    let text = vm.payload(rest[0]);
    let parsed = match vm.str_text(text) {
        Some(text) => from_hex(text),
        None => return Err(vm.type_error("bad argument type for built-in operation")),
    };
    let x = match parsed {
        Ok(x) => x,
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"));
        }
        Err(HexError::Overflow) => {
            return Err(vm.raise_new(
                TypeId::OverflowError,
                "hexadecimal value too large to represent as a float",
            ));
        }
    };
    let f = vm.new_float(x)?;
    if cls == Value::builtin_type(TypeId::Float) {
        Ok(f)
    } else {
        vm.call_value(cls, &[f])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_every_kind_of_double() {
        assert_eq!(to_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(to_hex(f64::from_bits(1)), "0x0.0000000000001p-1022");
        assert_eq!(to_hex(f64::MAX), "0x1.fffffffffffffp+1023");
        assert_eq!(to_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(to_hex(f64::NEG_INFINITY), "-inf");
        assert_eq!(to_hex(f64::NAN), "nan");
    }

    #[test]
    fn round_trips() {
        for x in [
            1.0,
            0.1,
            -2.5e-310,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            123456.789,
        ] {
            assert_eq!(from_hex(&to_hex(x)), Ok(x));
        }
    }

    #[test]
    fn rounds_half_to_even() {
        assert_eq!(from_hex("0x1p-1075"), Ok(0.0));
        assert_eq!(from_hex("0x1.0000001p-1075"), Ok(5e-324));
        assert_eq!(from_hex("0x3p-1076"), Ok(5e-324));
        assert_eq!(from_hex("0x3p-1075"), Ok(5e-324 * 2.0));
        assert_eq!(from_hex("0x1.00000000000008"), Ok(1.0));
        assert_eq!(
            from_hex("0x1.000000000000080000000001"),
            Ok(1.0 + f64::EPSILON)
        );
        assert_eq!(from_hex("0x1.00000000000018"), Ok(1.0 + 2.0 * f64::EPSILON));
        assert_eq!(from_hex("0x1.fffffffffffff7ffffp1023"), Ok(f64::MAX));
        assert_eq!(from_hex("0x1.fffffffffffff8p1023"), Err(HexError::Overflow));
    }

    #[test]
    fn rejects_malformed_text() {
        for s in [
            "", "0x", ".", "0x1p", "0x1p+", "1_0", "+-1", "- 1", "infinit", "0x1 p1",
        ] {
            assert_eq!(from_hex(s), Err(HexError::Invalid), "{s:?}");
        }
        assert_eq!(from_hex(" -InFiNiTy\n"), Ok(f64::NEG_INFINITY));
        assert_eq!(
            from_hex("0x1p99999999999999999999999"),
            Err(HexError::Overflow)
        );
        assert_eq!(from_hex("0x0p99999999999999999999999"), Ok(0.0));
    }
}
