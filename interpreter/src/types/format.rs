//! The format mini-language of `format()`, `str.format` and f-strings, for str, int and
//! float: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`, and the integer
//! conversions of `%` formatting, which share its padding.
//!
//! Pure functions: errors come back as the exception CPython raises and its message.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Why a value could not be formatted: the exception to raise, with its message.
#[derive(Debug, PartialEq)]
pub enum FormatError {
    Value(String),
    Overflow(String),
}

impl From<String> for FormatError {
    fn from(msg: String) -> FormatError {
        FormatError::Value(msg)
    }
}

/// A parsed format spec. `zero` is the '0' before the width, which only counts when no fill
/// was given: it fills with zeros, and for numbers puts them after the sign.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

impl Spec {
    /// The fewest characters a value formatted with this spec and presentation `kind` takes:
    /// the width, and for fixed and scientific floats (and alternate 'g', which keeps its
    /// zeros) the precision. The VM checks it against the heap before building the text.
    pub fn min_len(&self, kind: Option<char>) -> usize {
        let keeps_precision = matches!(kind, Some('e' | 'E' | 'f' | 'F' | '%'))
            || (self.alternate && matches!(kind, None | Some('g' | 'G' | 'n')));
        let precision = if keeps_precision {
            self.precision.unwrap_or(0)
        } else {
            0
        };
        self.width.max(precision)
    }

    /// The fill character and alignment in effect, given the type's default alignment
    /// ('<' for str, '>' for numbers).
    fn fill_align(&self, default_align: char) -> (char, char) {
        let fill = self.fill.unwrap_or(if self.zero { '0' } else { ' ' });
        let align = match self.align {
            Some(a) => a,
            None if self.zero && default_align == '>' => '=',
            None => default_align,
        };
        (fill, align)
    }
}

/// A presentation type as CPython quotes it in messages: itself if printable ASCII, else
/// its code in hex (`'\xe9'`).
fn quote_kind(k: char) -> String {
    if (33..128).contains(&(k as u32)) {
        format!("'{k}'")
    } else {
        format!("'\\x{:x}'", k as u32)
    }
}

fn unknown_kind(k: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{type_name}'",
        quote_kind(k)
    )
}

/// Parses `spec` for a value of type `type_name` whose presentation type defaults to
/// `default_kind` ('s' for str, 'd' for int, none for float).
pub fn parse_spec(spec: &str, type_name: &str, default_kind: Option<char>) -> Result<Spec, String> {
    let mut s = Spec::default();
    let mut rest = spec;
    let peek = |rest: &str, n: usize| rest.chars().nth(n);
    let bump = |rest: &mut &str| {
        let mut it = rest.chars();
        it.next();
        *rest = it.as_str();
    };
    let is_align = |c: Option<char>| matches!(c, Some('<' | '>' | '^' | '='));
    if is_align(peek(rest, 1)) {
        s.fill = peek(rest, 0);
        s.align = peek(rest, 1);
        bump(&mut rest);
        bump(&mut rest);
    } else if is_align(peek(rest, 0)) {
        s.align = peek(rest, 0);
        bump(&mut rest);
    }
    if let Some(c @ ('+' | '-' | ' ')) = peek(rest, 0) {
        s.sign = Some(c);
        bump(&mut rest);
    }
    if let Some(r) = rest.strip_prefix('z') {
        s.no_neg_zero = true;
        rest = r;
    }
    if let Some(r) = rest.strip_prefix('#') {
        s.alternate = true;
        rest = r;
    }
    if s.fill.is_none()
        && let Some(r) = rest.strip_prefix('0')
    {
        s.zero = true;
        rest = r;
    }
    let (width, r) = number(rest)?;
    s.width = width.unwrap_or(0);
    rest = r;
    if let Some(r) = rest.strip_prefix(',') {
        s.grouping = Some(',');
        rest = r;
    }
    if let Some(r) = rest.strip_prefix('_') {
        if s.grouping.is_some() {
            return Err(String::from("Cannot specify both ',' and '_'."));
        }
        s.grouping = Some('_');
        rest = r;
    }
    if s.grouping == Some('_') && rest.starts_with(',') {
        return Err(String::from("Cannot specify both ',' and '_'."));
    }
    if let Some(r) = rest.strip_prefix('.') {
        let (precision, r) = number(r)?;
        if precision.is_none() {
            return Err(String::from("Format specifier missing precision"));
        }
        s.precision = precision;
        rest = r;
    }
    let mut it = rest.chars();
    s.kind = it.next();
    if it.next().is_some() {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    s.kind = s.kind.or(default_kind);
    if let Some(sep) = s.grouping {
        let allowed = match s.kind {
            None | Some('d' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => true,
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            Some(_) => false,
        };
        if !allowed {
            let kind = s.kind.map_or_else(String::new, quote_kind);
            return Err(format!("Cannot specify '{sep}' with {kind}."));
        }
    }
    Ok(s)
}

/// The decimal number at the start of `text`, if any, and what follows it.
fn number(text: &str) -> Result<(Option<usize>, &str), String> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    if end == 0 {
        return Ok((None, text));
    }
    // CPython reads these as a C ssize_t.
    match text[..end].parse::<usize>() {
        Ok(n) if isize::try_from(n).is_ok() => Ok((Some(n), &text[end..])),
        _ => Err(String::from("Too many decimal digits in format string")),
    }
}

/// Pads `body` (after its sign or prefix `prefix`) to the spec's width.
fn pad(prefix: &str, body: &str, spec: &Spec, default_align: char) -> String {
    let len = prefix.chars().count() + body.chars().count();
    let n = spec.width.saturating_sub(len);
    let (fill, align) = spec.fill_align(default_align);
    let mut out = String::with_capacity(prefix.len() + body.len() + n * fill.len_utf8());
    let fills = |out: &mut String, k: usize| out.extend(core::iter::repeat_n(fill, k));
    match align {
        _ if n == 0 => {
            out.push_str(prefix);
            out.push_str(body);
        }
        '<' => {
            out.push_str(prefix);
            out.push_str(body);
            fills(&mut out, n);
        }
        '^' => {
            fills(&mut out, n / 2);
            out.push_str(prefix);
            out.push_str(body);
            fills(&mut out, n - n / 2);
        }
        '=' => {
            out.push_str(prefix);
            fills(&mut out, n);
            out.push_str(body);
        }
        _ => {
            fills(&mut out, n);
            out.push_str(prefix);
            out.push_str(body);
        }
    }
    out
}

pub fn format_str(text: &str, spec: &Spec) -> Result<String, FormatError> {
    if let Some(k) = spec.kind
        && k != 's'
    {
        return Err(unknown_kind(k, "str").into());
    }
    let refusal = match spec.sign {
        Some(' ') => Some("Space not allowed"),
        Some(_) => Some("Sign not allowed"),
        None if spec.no_neg_zero => Some("Negative zero coercion (z) not allowed"),
        None if spec.alternate => Some("Alternate form (#) not allowed"),
        None if spec.align == Some('=') => Some("'=' alignment not allowed"),
        None => None,
    };
    if let Some(what) = refusal {
        return Err(format!("{what} in string format specifier").into());
    }
    let body: String = match spec.precision {
        Some(p) => text.chars().take(p).collect(),
        None => String::from(text),
    };
    Ok(pad("", &body, spec, '<'))
}

/// ASCII `digits` with `sep` between groups of `every` from the right, and zeros (grouped
/// too) added on the left until the result is at least `min_len` long. A separator is
/// never first: CPython pads '1,234' to 8 as '0,001,234'.
fn group(digits: &str, sep: Option<char>, every: usize, min_len: usize) -> String {
    let mut rev = Vec::with_capacity(min_len.max(digits.len() * 2));
    let mut src = digits.bytes().rev();
    let mut in_group = 0;
    loop {
        let digit = src.next();
        if digit.is_none() && rev.len() >= min_len {
            break;
        }
        if let Some(sep) = sep
            && in_group == every
        {
            rev.push(u8::try_from(sep).unwrap_or(b','));
            in_group = 0;
        }
        rev.push(digit.unwrap_or(b'0'));
        in_group += 1;
    }
    rev.reverse();
    String::from_utf8(rev).unwrap_or_default()
}

/// `text`, a number as repr spells it, with `sep` between groups of three in the integer
/// digits that lead it (after any sign).
pub fn group_leading_digits(text: &str, sep: Option<char>) -> String {
    let body = text.strip_prefix('-').unwrap_or(text);
    let sign = &text[..text.len() - body.len()];
    let end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let grouped = group(&body[..end], sep, 3, 0);
    format!("{sign}{grouped}{}", &body[end..])
}

/// Lays out a number: `prefix` (sign, '0x'), the integer digits `digits` (grouped as the
/// spec says, every `every`), then `suffix` (fraction, exponent, '%'). Zero fill with '='
/// alignment goes between prefix and digits and is grouped like them.
fn layout(
    prefix: &str,
    digits: &str,
    suffix: &str,
    spec: &Spec,
    grouping: Option<char>,
    every: usize,
) -> String {
    let (fill, align) = spec.fill_align('>');
    let min_len = if fill == '0' && align == '=' {
        spec.width
            .saturating_sub(prefix.chars().count() + suffix.chars().count())
    } else {
        0
    };
    let mut body = group(digits, grouping, every, min_len);
    body.push_str(suffix);
    pad(prefix, &body, spec, '>')
}

fn sign_prefix(negative: bool, spec: &Spec) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// CPython's limit on the decimal digits of an int converted to or from a str (sys's
/// `get_int_max_str_digits()` default), which keeps the quadratic conversion bounded.
pub const MAX_STR_DIGITS: usize = 4300;

/// The error of converting an int of more than `MAX_STR_DIGITS` decimal digits to a str.
pub const TOO_MANY_DIGITS: &str = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

/// Whether `n` has more decimal digits than CPython converts to a str.
pub fn exceeds_str_digits(n: &BigInt) -> bool {
    // 10**4300 has 14285 bits: far from that boundary the bit length decides.
    match n.bits() {
        0..14_200 => false,
        14_200..14_400 => n.magnitude().to_str_radix(10).len() > MAX_STR_DIGITS,
        _ => true,
    }
}

/// Sign, prefix and digits of `n` in presentation `kind` ('d', 'x', 'X', 'o', 'b'), with
/// at least `min_digits` digits (the precision of `%d`), laid out by the spec.
/// About the most bytes the digits of an int of `bits` bits take as `kind` with grouping separators:
/// 'b', 'o' and 'x' hold 1, 3 and 4 bits a digit; decimal text is bounded by
/// `MAX_STR_DIGITS` and counts as nothing. A caller checks it against the heap before a
/// megabyte int becomes eight megabytes of binary digits.
pub fn int_digits_len(bits: u64, kind: char) -> usize {
    let per_digit = match kind {
        'b' => 1,
        'o' => 3,
        'x' | 'X' => 4,
        _ => return 0,
    };
    let digits = bits.div_ceil(per_digit);
    usize::try_from(digits.saturating_add(digits / 4)).unwrap_or(usize::MAX)
}

fn int_text(n: &BigInt, kind: char, spec: &Spec, min_digits: usize) -> String {
    let mag = n.abs();
    let (mut digits, alt, every) = match kind {
        'x' => (mag.to_str_radix(16), "0x", 4),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X", 4),
        'o' => (mag.to_str_radix(8), "0o", 4),
        'b' => (mag.to_str_radix(2), "0b", 4),
        _ => (mag.to_str_radix(10), "", 3),
    };
    if digits.len() < min_digits {
        digits.insert_str(0, &"0".repeat(min_digits - digits.len()));
    }
    let mut prefix = String::from(sign_prefix(n.is_negative(), spec));
    if spec.alternate {
        prefix.push_str(alt);
    }
    layout(&prefix, &digits, "", spec, spec.grouping, every)
}

/// `format(n, spec)` for an int (or a bool, named by `type_name`).
pub fn format_int(n: &BigInt, spec: &Spec, type_name: &str) -> Result<String, FormatError> {
    let kind = spec.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = n.to_f64().unwrap_or(f64::INFINITY);
        return format_float(f, spec);
    }
    if !matches!(kind, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
        return Err(unknown_kind(kind, type_name).into());
    }
    let refusal = if spec.precision.is_some() {
        Some("Precision not allowed in integer format specifier")
    } else if spec.no_neg_zero {
        Some("Negative zero coercion (z) not allowed in integer format specifier")
    } else if kind == 'c' && spec.sign.is_some() {
        Some("Sign not allowed with integer format specifier 'c'")
    } else if kind == 'c' && spec.alternate {
        Some("Alternate form (#) not allowed with integer format specifier 'c'")
    } else {
        None
    };
    if let Some(msg) = refusal {
        return Err(String::from(msg).into());
    }
    if kind == 'c' {
        // CPython reads the code as a C long first.
        let Some(code) = n.to_i64() else {
            let msg = "Python int too large to convert to C long";
            return Err(FormatError::Overflow(String::from(msg)));
        };
        let mut text = String::new();
        text.push(char_of(code)?);
        return Ok(pad("", &text, spec, '>'));
    }
    if !matches!(kind, 'x' | 'X' | 'o' | 'b') && exceeds_str_digits(n) {
        return Err(FormatError::Value(String::from(TOO_MANY_DIGITS)));
    }
    Ok(int_text(n, kind, spec, 0))
}

/// The character of `%c` or format type 'c'. Surrogates are in range for CPython but a
/// Rust `char` cannot hold them: upy refuses them with a ValueError.
fn char_of(code: i64) -> Result<char, FormatError> {
    if !(0..0x110000).contains(&code) {
        return Err(FormatError::Overflow(String::from(
            "%c arg not in range(0x110000)",
        )));
    }
    u32::try_from(code)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| FormatError::Value(String::from("%c arg not in range(0x110000)")))
}

/// `%d`, `%i`, `%u`, `%x`, `%X`, `%o` of an int: the precision is the minimum number of
/// digits ('i' and 'u' are 'd').
pub fn printf_int(n: &BigInt, spec: &Spec) -> Result<String, FormatError> {
    let min_digits = spec.precision.unwrap_or(0);
    let kind = spec.kind.unwrap_or('d');
    if !matches!(kind, 'x' | 'X' | 'o') && exceeds_str_digits(n) {
        return Err(FormatError::Value(String::from(TOO_MANY_DIGITS)));
    }
    Ok(int_text(n, kind, spec, min_digits))
}

/// `%c` of an int code: precision and zero padding do not apply.
pub fn printf_char(code: &BigInt, spec: &Spec) -> Result<String, FormatError> {
    let mut text = String::new();
    text.push(char_of(code.to_i64().unwrap_or(-1))?);
    let sp = Spec {
        zero: false,
        ..spec.clone()
    };
    Ok(pad("", &text, &sp, '>'))
}

/// Digits after the point beyond which an `f64` in fixed notation has only zeros (its exact
/// expansion ends by 2**-1074), and likewise significant digits in scientific notation (at
/// most 767). Rust's formatter panics on a precision above `u16::MAX`, so larger precisions
/// are formatted at these and padded with the zeros.
const FIXED_DIGITS: usize = 1100;
const SCI_DIGITS: usize = 800;

/// `x` in fixed notation with `prec` digits after the point, for any `prec`.
fn fixed(x: f64, prec: usize) -> String {
    let mut s = format!("{:.*}", prec.min(FIXED_DIGITS), x);
    if prec > FIXED_DIGITS && x.is_finite() {
        s.extend(core::iter::repeat_n('0', prec - FIXED_DIGITS));
    }
    s
}

/// `x` in scientific notation with `prec` digits after the point, Python style (`e+05`).
fn sci(x: f64, prec: usize, upper: bool) -> String {
    let mut s = format!("{:.*e}", prec.min(SCI_DIGITS), x);
    if prec > SCI_DIGITS
        && let Some(at) = s.find('e')
    {
        s.insert_str(at, &"0".repeat(prec - SCI_DIGITS));
    }
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let out = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper { out.to_uppercase() } else { out }
}

fn strip_zeros(s: &str) -> String {
    let (num, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let num = if num.contains('.') {
        num.trim_end_matches('0').trim_end_matches('.')
    } else {
        num
    };
    format!("{num}{exp}")
}

/// The 'g' presentation: fixed or scientific, whichever is shorter for `prec` digits.
/// `repr_like` is the presentation of no type with a precision: fixed notation keeps a
/// digit after the point, and so gives way to scientific one exponent sooner.
fn general(x: f64, prec: usize, upper: bool, alternate: bool, repr_like: bool) -> String {
    // Without '#' the trailing zeros go, and digits past the f64's exact expansion are zeros,
    // so a huge precision need not be built.
    let p = if alternate {
        prec
    } else {
        prec.min(SCI_DIGITS)
    }
    .max(1);
    let e_form = sci(x, p - 1, false);
    let exp: i32 = e_form
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let exp = i64::from(exp);
    let p_wide = i64::try_from(p).unwrap_or(i64::MAX);
    let fixed_below = if repr_like { p_wide - 1 } else { p_wide };
    let out = if -4 <= exp && exp < fixed_below {
        let f = fixed(x, usize::try_from(p_wide - 1 - exp).unwrap_or(0));
        let f = if alternate { f } else { strip_zeros(&f) };
        if repr_like && !f.contains('.') {
            format!("{f}.0")
        } else {
            f
        }
    } else if alternate {
        e_form
    } else {
        strip_zeros(&e_form)
    };
    if upper { out.to_uppercase() } else { out }
}

pub fn format_float(x: f64, spec: &Spec) -> Result<String, FormatError> {
    let kind = spec.kind;
    if let Some(k) = kind
        && !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n')
    {
        return Err(unknown_kind(k, "float").into());
    }
    let a = x.abs();
    let upper = matches!(kind, Some('E' | 'F' | 'G'));
    let body = if !a.is_finite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        let s = if upper {
            s.to_uppercase()
        } else {
            String::from(s)
        };
        if kind == Some('%') { s + "%" } else { s }
    } else {
        match kind {
            Some('e' | 'E') => sci(a, spec.precision.unwrap_or(6), upper),
            Some('f' | 'F') => fixed(a, spec.precision.unwrap_or(6)),
            Some('%') => fixed(a * 100.0, spec.precision.unwrap_or(6)) + "%",
            Some('g' | 'G' | 'n') => {
                general(a, spec.precision.unwrap_or(6), upper, spec.alternate, false)
            }
            _ => match spec.precision {
                Some(p) => general(a, p, false, spec.alternate, true),
                None => super::float::repr(a),
            },
        }
    };
    // '#' keeps the point even with no digits after it.
    let body = match body.find(|c: char| !c.is_ascii_digit()) {
        _ if !spec.alternate || !a.is_finite() => body,
        Some(at) if body[at..].starts_with('.') => body,
        at => {
            let at = at.unwrap_or(body.len());
            format!("{}.{}", &body[..at], &body[at..])
        }
    };
    // 'z' drops the sign of a value that rounds to zero.
    let shows_zero = || {
        let mantissa = body.split(['e', 'E']).next().unwrap_or("");
        a.is_finite() && mantissa.bytes().all(|b| !b.is_ascii_digit() || b == b'0')
    };
    let negative = x.is_sign_negative() && !x.is_nan() && !(spec.no_neg_zero && shows_zero());
    let prefix = sign_prefix(negative, spec);
    if !a.is_finite() {
        // 'inf' and 'nan' are not grouped, nor are the zeros that pad them.
        return Ok(layout(prefix, "", &body, spec, None, 3));
    }
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, suffix) = body.split_at(split);
    Ok(layout(prefix, digits, suffix, spec, spec.grouping, 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, spec: &str) -> String {
        format_float(x, &parse_spec(spec, "float", None).unwrap()).unwrap()
    }

    fn i(n: i64, spec: &str) -> Result<String, FormatError> {
        format_int(
            &BigInt::from(n),
            &parse_spec(spec, "int", Some('d')).unwrap(),
            "int",
        )
    }

    fn s(text: &str, spec: &str) -> String {
        format_str(text, &parse_spec(spec, "str", Some('s')).unwrap()).unwrap()
    }

    #[test]
    fn floats_format_like_python() {
        assert_eq!(f(1.23456, ".2f"), "1.23");
        assert_eq!(f(1234.5, ".2"), "1.2e+03");
        assert_eq!(f(1.0, ".2"), "1.0");
        assert_eq!(f(0.00001234, "g"), "1.234e-05");
        assert_eq!(f(123456789.0, "g"), "1.23457e+08");
        assert_eq!(f(2.5, "e"), "2.500000e+00");
        assert_eq!(f(-1.5, "+08.2f"), "-0001.50");
        assert_eq!(f(0.25, ".1%"), "25.0%");
        assert_eq!(f(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(f(-1234.5, "010,"), "-001,234.5");
        assert_eq!(f(-0.001, "z.1f"), "0.0");
        assert_eq!(f(f64::NEG_INFINITY, "010,"), "-000000inf");
    }

    #[test]
    fn ints_and_strs_format_like_python() {
        assert_eq!(i(255, "#x").unwrap(), "0xff");
        assert_eq!(i(-42, "05d").unwrap(), "-0042");
        assert_eq!(i(1234567, ",").unwrap(), "1,234,567");
        assert_eq!(i(5, "*^7").unwrap(), "***5***");
        assert_eq!(i(12, "<08").unwrap(), "12000000");
        assert_eq!(i(1234, "08,").unwrap(), "0,001,234");
        assert_eq!(i(1234, "#013_x").unwrap(), "0x0_0000_04d2");
        assert_eq!(i(65, "c").unwrap(), "A");
        assert_eq!(
            i(0x110000, "c"),
            Err(FormatError::Overflow(
                "%c arg not in range(0x110000)".into()
            ))
        );
        assert_eq!(s("ab", ">5"), "   ab");
        assert_eq!(s("abcdef", ".3"), "abc");
        assert_eq!(s("7", "08"), "70000000");
    }

    #[test]
    fn bad_specs_are_refused_with_cpython_messages() {
        let err = |spec: &str| parse_spec(spec, "str", Some('s')).unwrap_err();
        assert_eq!(err(","), "Cannot specify ',' with 's'.");
        assert_eq!(err(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(
            err("xx"),
            "Invalid format specifier 'xx' for object of type 'str'"
        );
        assert_eq!(err(".x"), "Format specifier missing precision");
        assert_eq!(err("_\u{e9}"), "Cannot specify '_' with '\\xe9'.");
    }

    #[test]
    fn printf_precision_is_a_minimum_digit_count() {
        let spec = |flags: &str| Spec {
            kind: flags.chars().last(),
            alternate: flags.contains('#'),
            zero: flags.contains('0'),
            width: 8,
            precision: Some(4),
            ..Spec::default()
        };
        assert_eq!(
            printf_int(&BigInt::from(-5), &spec("d")).ok().as_deref(),
            Some("   -0005")
        );
        assert_eq!(
            printf_int(&BigInt::from(255), &spec("#0x")).ok().as_deref(),
            Some("0x0000ff")
        );
    }
}
