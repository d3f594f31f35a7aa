//! `int`: arbitrary precision, with small values tagged in the `Value` word.
//!
//! Every operation tries the small-int path first (checked i64 arithmetic) and falls back to
//! `BigInt`; results are normalised back to small ints whenever they fit, so a big int never
//! holds a value in the small range. Semantics follow CPython: floor division and modulo
//! round toward negative infinity, `**` with a negative exponent gives a float, true
//! division is correctly rounded where both operands are exact in a double.

use alloc::borrow::Cow;
use alloc::string::String;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::BinaryOp;
use crate::heap::Obj;
use crate::types::TypeId;
use crate::types::int_big::{BigFail, big_arith};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// Python's floor division of small ints; `None` when `b == 0`.
#[inline]
pub fn floor_div(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let q = a.wrapping_div(b);
    if (a.wrapping_rem(b) != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// Python's modulo of small ints (the sign of the divisor); `None` when `b == 0`.
#[inline]
pub fn floor_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

impl Vm {
    /// The TypeError for a value used where an integer is needed (an index, a count, a
    /// width): "'float' object cannot be interpreted as an integer".
    pub(crate) fn not_an_integer(&mut self, v: Value) -> Raised {
        let msg = alloc::format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name_of(v)
        );
        self.type_error(&msg)
    }

    /// The int `v` stands for where Python wants an integer (an index, a count, a code
    /// point): an int or bool itself, an int subclass's value, or what the object's
    /// `__index__` returns; `None` when it has none.
    pub(crate) fn as_index(&mut self, v: Value) -> PyResult<Option<Value>> {
        if self.is_int(v) {
            return Ok(Some(v));
        }
        self.index_dunder(v)
    }

    /// `as_index`, or the TypeError "'X' object cannot be interpreted as an integer".
    pub(crate) fn index_value(&mut self, v: Value) -> PyResult<Value> {
        match self.as_index(v)? {
            Some(i) => Ok(i),
            None => Err(self.not_an_integer(v)),
        }
    }

    /// `index_value` as a machine index (CPython's `Py_ssize_t`): OverflowError when it does
    /// not fit.
    pub(crate) fn index_ssize(&mut self, v: Value) -> PyResult<i64> {
        let i = self.index_value(v)?;
        match self.int_as_i64(i) {
            Some(n) => Ok(n),
            None => Err(self.raise_new(
                TypeId::OverflowError,
                "Python int too large to convert to C ssize_t",
            )),
        }
    }

    /// `index_value` as a C `int` (a flag, a tab size, a group size): OverflowError when it
    /// does not fit.
    pub(crate) fn index_c_int(&mut self, v: Value) -> PyResult<i32> {
        let i = self.index_value(v)?;
        match self.int_as_i64(i).and_then(|n| i32::try_from(n).ok()) {
            Some(n) => Ok(n),
            None => Err(self.raise_new(
                TypeId::OverflowError,
                "Python int too large to convert to C int",
            )),
        }
    }

    /// An int as an i64 for a bound that is clamped to a sequence's length anyway: one
    /// beyond the i64 range becomes a huge bound of its sign (half the range, so adding a
    /// length cannot overflow).
    pub(crate) fn clamped_i64(&self, v: Value) -> i64 {
        self.int_as_i64(v).unwrap_or_else(|| {
            if self.int_of(v).is_some_and(|b| b.sign() == Sign::Minus) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        })
    }

    /// How an argument-type error names a value's type: CPython's argument checks say
    /// "None" for None and the type's name for anything else.
    pub(crate) fn arg_type_name(&self, v: Value) -> &str {
        if v.is_none() {
            "None"
        } else {
            self.type_name_of(v)
        }
    }

    /// True for int and bool values.
    pub(crate) fn is_int(&self, v: Value) -> bool {
        v.is_small() || v.is_bool() || matches!(self.heap.get(v), Some(Obj::BigInt(_)))
    }

    /// The int value of an int or bool, borrowed when big.
    pub(crate) fn int_of(&self, v: Value) -> Option<Cow<'_, BigInt>> {
        if let Some(i) = v.as_small() {
            return Some(Cow::Owned(BigInt::from(i)));
        }
        if v.is_bool() {
            return Some(Cow::Owned(BigInt::from((v == Value::TRUE) as i64)));
        }
        match self.heap.get(v) {
            Some(Obj::BigInt(b)) => Some(Cow::Borrowed(b)),
            _ => None,
        }
    }

    /// The value of an int or bool as an i64, if it fits.
    pub(crate) fn int_as_i64(&self, v: Value) -> Option<i64> {
        if let Some(i) = v.as_small() {
            return Some(i);
        }
        if v.is_bool() {
            return Some((v == Value::TRUE) as i64);
        }
        match self.heap.get(v) {
            Some(Obj::BigInt(b)) => b.to_i64(),
            _ => None,
        }
    }

    /// Number of bits of an int's magnitude (0 for non-ints).
    pub(crate) fn int_bits(&self, v: Value) -> u64 {
        match v.as_small() {
            Some(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
            None => self.int_of(v).map_or(0, |b| b.bits()),
        }
    }

    /// The float nearest an int; OverflowError when out of range.
    pub(crate) fn int_to_f64(&mut self, v: Value) -> PyResult<f64> {
        if let Some(i) = self.int_as_i64(v) {
            return Ok(i as f64);
        }
        let f = self
            .int_of(v)
            .and_then(|b| b.to_f64())
            .unwrap_or(f64::INFINITY);
        if f.is_infinite() {
            return Err(self.raise_new(TypeId::OverflowError, "int too large to convert to float"));
        }
        Ok(f)
    }

    fn zero_division(&mut self, msg: &str) -> Raised {
        self.raise_new(TypeId::ZeroDivisionError, msg)
    }

    /// `a op b` for two ints (or bools).
    pub(crate) fn int_binary(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult {
        if a.is_bool() && b.is_bool() {
            let (x, y) = (a == Value::TRUE, b == Value::TRUE);
            match op {
                BinaryOp::And => return Ok(Value::bool(x & y)),
                BinaryOp::Or => return Ok(Value::bool(x | y)),
                BinaryOp::Xor => return Ok(Value::bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (self.int_as_i64(a), self.int_as_i64(b)) {
            let r = match op {
                BinaryOp::Add => x.checked_add(y),
                BinaryOp::Sub => x.checked_sub(y),
                BinaryOp::Mul => x.checked_mul(y),
                BinaryOp::FloorDiv => match floor_div(x, y) {
                    None => return Err(self.zero_division("integer division or modulo by zero")),
                    Some(q) if !(x == i64::MIN && y == -1) => Some(q),
                    Some(_) => None,
                },
                BinaryOp::Mod => match floor_mod(x, y) {
                    None => return Err(self.zero_division("integer modulo by zero")),
                    Some(r) => Some(r),
                },
                BinaryOp::And => Some(x & y),
                BinaryOp::Or => Some(x | y),
                BinaryOp::Xor => Some(x ^ y),
                BinaryOp::LShift => {
                    if y < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    if y < 63 && (x.unsigned_abs() >> (62 - y)) == 0 {
                        Some(x << y)
                    } else {
                        None
                    }
                }
                BinaryOp::RShift => {
                    if y < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    Some(if y >= 64 {
                        if x < 0 { -1 } else { 0 }
                    } else {
                        x >> y
                    })
                }
                BinaryOp::TrueDiv => return self.int_true_div(a, b),
                BinaryOp::Pow => {
                    if y < 0 {
                        return self.int_pow_negative(a, b);
                    }
                    if y <= u32::MAX as i64 {
                        x.checked_pow(y as u32)
                    } else {
                        None
                    }
                }
                BinaryOp::MatMul => return Ok(Value::NOT_IMPLEMENTED),
            };
            if let Some(r) = r {
                return self.new_int(r);
            }
        }
        self.big_binary(op, a, b)
    }

    fn big_binary(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult {
        // A product, power or shift whose result cannot fit what the heap has left is a
        // MemoryError before any of it is computed (a power can take seconds).
        let bits = match op {
            BinaryOp::Mul => self.int_bits(a).saturating_add(self.int_bits(b)),
            BinaryOp::LShift => match self.int_as_i64(b) {
                Some(n) if n > 0 && self.int_bits(a) > 0 => {
                    self.int_bits(a).saturating_add(n as u64)
                }
                _ => 0,
            },
            BinaryOp::Pow if self.int_bits(a) > 1 => match self.int_as_i64(b) {
                Some(n) if n > 0 => (self.int_bits(a) - 1).saturating_mul(n as u64),
                _ => 0,
            },
            _ => 0,
        };
        self.check_building(usize::try_from(bits / 8).unwrap_or(usize::MAX))?;
        let budget = self.heap.budget();
        let r = {
            let (Some(x), Some(y)) = (self.int_of(a), self.int_of(b)) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            big_arith(op, &x, &y, budget)
        };
        match r {
            Ok(r) => self.new_bigint(r),
            Err(BigFail::ZeroDivision(msg)) => Err(self.zero_division(msg)),
            Err(BigFail::NegativeShift) => Err(self.value_error("negative shift count")),
            Err(BigFail::TooManyDigits) => {
                Err(self.raise_new(TypeId::OverflowError, "too many digits in integer"))
            }
            Err(BigFail::Memory) => Err(self.raise_new(TypeId::MemoryError, "")),
            Err(BigFail::Elsewhere) => match op {
                BinaryOp::TrueDiv => self.int_true_div(a, b),
                BinaryOp::Pow => self.int_pow_negative(a, b),
                _ => Ok(Value::NOT_IMPLEMENTED),
            },
        }
    }

    /// `int ** negative int`: a float, as CPython computes it.
    fn int_pow_negative(&mut self, a: Value, b: Value) -> PyResult {
        let x = self.int_to_f64(a)?;
        let y = self.int_to_f64(b)?;
        self.float_pow(x, y)
    }

    /// `a / b` for ints: correctly rounded when both are exact doubles.
    fn int_true_div(&mut self, a: Value, b: Value) -> PyResult {
        let (Some(x), Some(y)) = (self.int_of(a), self.int_of(b)) else {
            return Ok(Value::NOT_IMPLEMENTED);
        };
        if y.is_zero() {
            return Err(self.zero_division("division by zero"));
        }
        const EXACT: u64 = 53;
        if x.bits() <= EXACT && y.bits() <= EXACT {
            let (fx, fy) = (x.to_f64().unwrap_or(0.0), y.to_f64().unwrap_or(1.0));
            return self.new_float(fx / fy);
        }
        // Scale so the quotient has 64+ significant bits, then round once to a double.
        let (x, y) = (x.into_owned(), y.into_owned());
        let negative = x.is_negative() != y.is_negative();
        let (x, y) = (x.abs(), y.abs());
        let shift = 66i64 - (x.bits() as i64 - y.bits() as i64);
        let (num, den) = if shift >= 0 {
            (x << shift as u64, y)
        } else {
            (x, y << (-shift) as u64)
        };
        let (q, r) = num.div_rem(&den);
        // Make the quotient's lowest bit sticky so the conversion rounds correctly.
        let q = if r.is_zero() { q } else { q | BigInt::one() };
        let mant = q.to_f64().unwrap_or(f64::INFINITY);
        let exp = -shift;
        let f = if exp > 2000 {
            f64::INFINITY
        } else if exp < -2200 {
            0.0
        } else {
            libm::ldexp(mant, exp as i32)
        };
        if f.is_infinite() {
            return Err(self.raise_new(
                TypeId::OverflowError,
                "integer division result too large for a float",
            ));
        }
        self.new_float(if negative { -f } else { f })
    }

    pub(crate) fn int_neg(&mut self, v: Value) -> PyResult {
        if let Some(i) = self.int_as_i64(v)
            && let Some(n) = i.checked_neg()
        {
            return self.new_int(n);
        }
        let b = self.int_of(v).map(|b| -b.into_owned()).unwrap_or_default();
        self.new_bigint(b)
    }

    pub(crate) fn int_invert(&mut self, v: Value) -> PyResult {
        if let Some(i) = self.int_as_i64(v) {
            return self.new_int(!i);
        }
        let b = self
            .int_of(v)
            .map(|b| -b.into_owned() - 1)
            .unwrap_or_default();
        self.new_bigint(b)
    }

    pub(crate) fn int_abs(&mut self, v: Value) -> PyResult {
        if let Some(i) = self.int_as_i64(v)
            && let Some(n) = i.checked_abs()
        {
            return self.new_int(n);
        }
        let b = self.int_of(v).map(|b| b.abs()).unwrap_or_default();
        self.new_bigint(b)
    }

    /// Decimal digits of an int.
    pub(crate) fn int_to_string(&self, v: Value) -> String {
        if let Some(i) = self.int_as_i64(v) {
            return alloc::format!("{i}");
        }
        self.int_of(v)
            .map(|b| b.to_str_radix(10))
            .unwrap_or_default()
    }

    /// Parses an int literal as `int(text, base)` does (base 0: from the prefix); `src` is
    /// the bytes-like object the text came from, which an error message shows as itself.
    pub(crate) fn parse_int_of(&mut self, text: &str, base: u32, src: Option<Value>) -> PyResult {
        let err = |vm: &mut Vm| {
            let r = match src {
                Some(v) => match vm.repr(v) {
                    Ok(r) => String::from(vm.str_text(r).unwrap_or("")),
                    Err(raised) => return raised,
                },
                None => vm.repr_str(text),
            };
            let msg = alloc::format!("invalid literal for int() with base {base}: {r}");
            vm.value_error(&msg)
        };
        // Decimal digits of any script count as their ASCII digits, in any base.
        let ascii = crate::unicode::ascii_digits(text);
        let s = ascii.trim_matches(|c: char| c.is_whitespace());
        let (negative, s) = match s.as_bytes().first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        let lower = s.get(..2).map(|p| p.to_ascii_lowercase());
        let (radix, digits) = match (base, lower.as_deref()) {
            (0 | 16, Some("0x")) => (16, &s[2..]),
            (0 | 8, Some("0o")) => (8, &s[2..]),
            (0 | 2, Some("0b")) => (2, &s[2..]),
            (0, _) => (10, s),
            (b, _) => (b, s),
        };
        let prefixed = digits.len() != s.len();
        // Underscores may separate digits (and follow a prefix), never lead, trail or double.
        let bytes = digits.as_bytes();
        let bad_underscore = bytes.is_empty()
            || (bytes[0] == b'_' && !prefixed)
            || bytes[bytes.len() - 1] == b'_'
            || bytes.windows(2).any(|w| w == b"__");
        if bad_underscore {
            return Err(err(self));
        }
        let clean: String = digits.chars().filter(|&c| c != '_').collect();
        if clean.is_empty() || !clean.chars().all(|c| c.is_digit(radix)) {
            return Err(err(self));
        }
        if base == 0
            && radix == 10
            && clean.len() > 1
            && clean.starts_with('0')
            && clean.bytes().any(|b| b != b'0')
        {
            return Err(err(self));
        }
        // Decimal (and other non-power-of-two bases) past CPython's digit limit.
        if !radix.is_power_of_two() && clean.len() > crate::types::format::MAX_STR_DIGITS {
            let msg = alloc::format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                crate::types::format::MAX_STR_DIGITS,
                clean.len()
            );
            return Err(self.value_error(&msg));
        }
        let Some(mut n) = BigInt::parse_bytes(clean.as_bytes(), radix) else {
            return Err(err(self));
        };
        if negative {
            n = -n;
        }
        self.new_bigint(n)
    }

    /// CPython's hash of an int: the value modulo 2**61 - 1, keeping the sign.
    pub(crate) fn int_hash(&self, v: Value) -> i64 {
        const P: i64 = (1 << 61) - 1;
        if let Some(i) = self.int_as_i64(v) {
            let h = if i < 0 {
                -((-(i as i128) % P as i128) as i64)
            } else {
                i % P
            };
            return if h == -1 { -2 } else { h };
        }
        let Some(b) = self.int_of(v) else { return 0 };
        let m = b.magnitude() % num_bigint::BigUint::from(P as u64);
        let h = m.to_i64().unwrap_or(0);
        let h = if b.sign() == Sign::Minus { -h } else { h };
        if h == -1 { -2 } else { h }
    }
}
