//! The format mini-language of `format()`, `str.format` and f-strings, for str, int and
//! float: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
//!
//! Pure functions: errors come back as the `ValueError` message CPython uses.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::Signed;

#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
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
}

pub fn parse_spec(spec: &str) -> Result<Spec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c) = chars.get(i)
        && matches!(c, '+' | '-' | ' ')
    {
        s.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alternate = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
        i += 1;
    }
    if i > start {
        let digits: String = chars[start..i].iter().collect();
        s.width = digits
            .parse()
            .map_err(|_| String::from("Too many decimal digits in format string"))?;
    }
    if let Some(&c) = chars.get(i)
        && matches!(c, ',' | '_')
    {
        s.grouping = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if i == start {
            return Err(String::from("Format specifier missing precision"));
        }
        let digits: String = chars[start..i].iter().collect();
        s.precision = Some(
            digits
                .parse()
                .map_err(|_| String::from("Too many decimal digits in format string"))?,
        );
    }
    if i < chars.len() {
        s.kind = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(String::from("Invalid format specifier"));
    }
    Ok(s)
}

/// Pads `body` (whose sign/prefix part is `prefix`) to the spec's width.
fn pad(prefix: &str, body: &str, spec: &Spec, default_align: char) -> String {
    let len = prefix.chars().count() + body.chars().count();
    let (fill, align) = if spec.zero && spec.align.is_none() {
        ('0', '=')
    } else {
        (
            spec.fill.unwrap_or(' '),
            spec.align.unwrap_or(default_align),
        )
    };
    if len >= spec.width {
        return format!("{prefix}{body}");
    }
    let n = spec.width - len;
    let fills = |k: usize| core::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{prefix}{body}{}", fills(n)),
        '^' => format!("{}{prefix}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{prefix}{}{body}", fills(n)),
        _ => format!("{}{prefix}{body}", fills(n)),
    }
}

pub fn format_str(text: &str, spec: &Spec) -> Result<String, String> {
    if let Some(k) = spec.kind
        && k != 's'
    {
        return Err(format!(
            "Unknown format code '{k}' for object of type 'str'"
        ));
    }
    if spec.sign.is_some() {
        return Err(String::from("Sign not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(String::from(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: String = match spec.precision {
        Some(p) => text.chars().take(p).collect(),
        None => String::from(text),
    };
    Ok(pad("", &body, spec, '<'))
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn sign_prefix(negative: bool, spec: &Spec) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

pub fn format_int(n: &BigInt, spec: &Spec) -> Result<String, String> {
    let kind = spec.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = num_traits::ToPrimitive::to_f64(n).unwrap_or(f64::INFINITY);
        return format_float(f, spec);
    }
    if spec.precision.is_some() {
        return Err(String::from(
            "Precision not allowed in integer format specifier",
        ));
    }
    let mag = n.abs();
    let (digits, alt) = match kind {
        'd' | 'n' => (mag.to_str_radix(10), ""),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        'o' => (mag.to_str_radix(8), "0o"),
        'b' => (mag.to_str_radix(2), "0b"),
        'c' => {
            let c = num_traits::ToPrimitive::to_u32(n).and_then(char::from_u32);
            let Some(c) = c else {
                return Err(String::from("%c arg not in range(0x110000)"));
            };
            return Ok(pad("", &String::from(c), spec, '>'));
        }
        k => {
            return Err(format!(
                "Unknown format code '{k}' for object of type 'int'"
            ));
        }
    };
    let digits = match spec.grouping {
        Some(sep) => group(&digits, sep, if kind == 'd' || kind == 'n' { 3 } else { 4 }),
        None => digits,
    };
    let mut prefix = String::from(sign_prefix(n.is_negative(), spec));
    if spec.alternate {
        prefix.push_str(alt);
    }
    Ok(pad(&prefix, &digits, spec, '>'))
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
    let out = if -4 <= exp && exp < p_wide {
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

pub fn format_float(x: f64, spec: &Spec) -> Result<String, String> {
    let kind = spec.kind;
    if let Some(k) = kind
        && !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n')
    {
        return Err(format!(
            "Unknown format code '{k}' for object of type 'float'"
        ));
    }
    let negative = x.is_sign_negative() && !x.is_nan();
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
    let body = match spec.grouping {
        Some(sep) if a.is_finite() => {
            let split = body
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(body.len());
            format!("{}{}", group(&body[..split], sep, 3), &body[split..])
        }
        _ => body,
    };
    Ok(pad(sign_prefix(negative, spec), &body, spec, '>'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, spec: &str) -> String {
        format_float(x, &parse_spec(spec).unwrap()).unwrap()
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
    }

    #[test]
    fn ints_and_strs_format_like_python() {
        let i =
            |n: i64, spec: &str| format_int(&BigInt::from(n), &parse_spec(spec).unwrap()).unwrap();
        assert_eq!(i(255, "#x"), "0xff");
        assert_eq!(i(-42, "05d"), "-0042");
        assert_eq!(i(1234567, ","), "1,234,567");
        assert_eq!(i(5, "*^7"), "***5***");
        assert_eq!(
            format_str("ab", &parse_spec(">5").unwrap()).unwrap(),
            "   ab"
        );
        assert_eq!(
            format_str("abcdef", &parse_spec(".3").unwrap()).unwrap(),
            "abc"
        );
    }
}
