//! Text to `float`: the literal grammar `float()` and `complex()` accept.
//!
//! A literal is an optional sign, then `inf`, `infinity` or `nan` in any case, or ASCII
//! digits with an optional point and an optional exponent, grouped by single underscores
//! between digits. Rust's parser rounds correctly for any number of digits but saturates
//! large exponents, so the literal is first normalised to `0.DIGITS e E` with the exponent
//! folded in; values whose `E` is far outside the double range are settled without it.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Exponents are saturated here, far beyond any that could matter for a string of
/// addressable length (its digit count is added to them).
const EXP_LIMIT: i64 = 1 << 58;

impl Vm {
    /// `float(x)` for a str or bytes-like `x`, once `__float__` and `__index__` are ruled
    /// out: `None` when `x` is neither. A str may use decimal digits of any script and
    /// Unicode whitespace around the number; the bytes of a bytes-like object must be ASCII,
    /// with ASCII whitespace around. The error shows `repr(x)`, as CPython's does.
    pub(crate) fn float_from_text(&mut self, x: Value) -> PyResult<Option<Value>> {
        let p = self.payload(x);
        let parsed = if let Some(text) = self.str_text(p) {
            parse_decimal(crate::unicode::ascii_digits(text).trim())
        } else if let Some(parsed) = self.with_buffer(p, |b| {
            core::str::from_utf8(b)
                .ok()
                .and_then(|t| parse_decimal(t.trim_matches(is_ascii_space)))
        }) {
            parsed
        } else {
            return Ok(None);
        };
        if let Some(f) = parsed {
            return self.new_float(f).map(Some);
        }
        let r = self.repr(x)?;
        let msg = format!(
            "could not convert string to float: {}",
            self.str_text(self.payload(r)).unwrap_or("")
        );
        Err(self.value_error(&msg))
    }
}

/// Whether `c` is whitespace to C's `isspace` in the C locale (space, `\t`, `\n`, `\v`,
/// `\f`, `\r`), which is what CPython strips around the text of a bytes-like object.
fn is_ascii_space(c: char) -> bool {
    matches!(c, ' ' | '\t'..='\r')
}

/// Whether every `_` in `s` sits between two ASCII digits.
pub(crate) fn underscores_between_digits(s: &str) -> bool {
    let b = s.as_bytes();
    let digit_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    b.iter()
        .enumerate()
        .all(|(i, &c)| c != b'_' || (i > 0 && digit_at(i - 1) && digit_at(i + 1)))
}

/// Parses a trimmed float literal with ASCII digits (see the module doc); `None` when `s`
/// is not one.
pub(crate) fn parse_decimal(s: &str) -> Option<f64> {
    let (sign, body) = match s.as_bytes().first() {
        Some(b'-') => (-1.0, &s[1..]),
        Some(b'+') => (1.0, &s[1..]),
        _ => (1.0, s),
    };
    if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        return Some(sign * f64::INFINITY);
    }
    if body.eq_ignore_ascii_case("nan") {
        return Some(sign * f64::NAN);
    }
    if !underscores_between_digits(body) {
        return None;
    }
    let b: Vec<u8> = body.bytes().filter(|&c| c != b'_').collect();
    let digits_from = |mut i: usize| {
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    };
    let int_end = digits_from(0);
    let (frac_start, frac_end) = match b.get(int_end) {
        Some(b'.') => (int_end + 1, digits_from(int_end + 1)),
        _ => (int_end, int_end),
    };
    if int_end == 0 && frac_end == frac_start {
        return None;
    }
    let mut i = frac_end;
    let mut exp: i64 = 0;
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        let negative = b.get(i) == Some(&b'-');
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let start = i;
        i = digits_from(i);
        if i == start {
            return None;
        }
        for &c in &b[start..i] {
            exp = (exp * 10 + i64::from(c - b'0')).min(EXP_LIMIT);
        }
        if negative {
            exp = -exp;
        }
    }
    if i != b.len() {
        return None;
    }
    // The value is 0.DIGITS * 10**point, DIGITS without leading or trailing zeros.
    let all = b[..int_end].iter().chain(&b[frac_start..frac_end]);
    let leading = all.clone().take_while(|&&c| c == b'0').count();
    let digits: String = all.skip(leading).map(|&c| char::from(c)).collect();
    let digits = digits.trim_end_matches('0');
    let point = exp + int_end as i64 - leading as i64;
    let magnitude = if digits.is_empty() || point < -330 {
        // Zero, or below 1e-330: less than half the smallest subnormal.
        0.0
    } else if point > 310 {
        // At least 1e309: beyond the largest double.
        f64::INFINITY
    } else {
        format!("0.{digits}e{point}").parse::<f64>().ok()?
    };
    Some(sign * magnitude)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_decimal_literals_with_underscores() {
        assert_eq!(parse_decimal("1_0.2_5"), Some(10.25));
        assert_eq!(parse_decimal("-iNfInItY"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_decimal("1.e5"), Some(1e5));
        assert_eq!(parse_decimal("-0.0").map(f64::is_sign_negative), Some(true));
        for bad in [
            "", "1_", "_1", "1__0", "1._5", "1e_5", ".e5", "0x10", "1e+-5", "- 1", ".",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn folds_huge_exponents_into_the_digits() {
        let mut ones = "1".repeat(200_000);
        ones.push_str("e-200000");
        assert_eq!(parse_decimal(&ones), Some(0.1111111111111111));
        let mut tiny = String::from("0.");
        tiny.push_str(&"0".repeat(200_000));
        tiny.push_str("1e200000");
        assert_eq!(parse_decimal(&tiny), Some(0.1));
        assert_eq!(
            parse_decimal("1e99999999999999999999999"),
            Some(f64::INFINITY)
        );
        assert_eq!(parse_decimal("1e-99999999999999999999999"), Some(0.0));
        assert_eq!(parse_decimal("2.4703282292062328e-324"), Some(5e-324));
    }
}
