//! Literals: the values the generator starts from, each with its size estimate.
//!
//! The pools lean towards edges: zero, minus one, powers of two around the machine word sizes
//! (where a small-int representation turns into a big one), huge decimal literals, the float
//! edges (subnormals, `inf`, `nan`, `-0.0`, values whose shortest repr is long), and strings
//! with escapes, quotes and characters outside ASCII; bytes with bytes outside ASCII and
//! outside UTF-8; complex numbers with signed zeros and infinite parts.

use arbitrary::Unstructured;

use super::ast::{BinOp, Expr, UnOp, str_lit};

type R<T> = arbitrary::Result<T>;

/// Ints written as literals, with a form chosen for the lexer's sake.
const INTS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "7",
    "10",
    "255",
    "0xff",
    "0o17",
    "0b1011",
    "1_000_000",
    "2147483647",
    "4294967296",
    "1073741823",
    "1073741824",
    "4611686018427387903",
    "4611686018427387904",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551615",
    "18446744073709551617",
    "0x7fffffffffffffff",
    "0xFFFFFFFFFFFFFFFFFFFF",
    "100000000000000000000000000000",
    "12345678901234567890123456789012345678901234567890",
    "3**40",
    "2**100",
    "10**30",
    "-2**64",
    "-10**20",
];

/// Floats written as literals (or expressions with a float value).
const FLOATS: &[&str] = &[
    "0.0",
    "1.5",
    "0.1",
    "2.5",
    "-0.0",
    "3.141592653589793",
    "1e16",
    "1e22",
    "1e300",
    "1e-300",
    "2.5e-320",
    "123456789.125",
    ".5",
    "5.",
    "1_000.000_1",
    "0.30000000000000004",
    "1.7976931348623157e308",
    "5e-324",
    "float('inf')",
    "-float('inf')",
    "float('nan')",
    "-1.25",
    "1e15",
    "9007199254740993.0",
];

/// Pieces of string literals.
const STRS: &[&str] = &[
    "",
    "a",
    "abc",
    "Hello, World",
    "  padded  ",
    "a,b,,c",
    "x y\tz\n",
    "123",
    "-42",
    "3.5",
    "é",
    "naïve café",
    "中文字",
    "😀!",
    "MiXeD case",
    "'quote'",
    "\"dq\"",
    "back\\slash",
    "a-b-c",
    "ababab",
    "line1\nline2\r\nline3",
    "0x1f",
    "  42  ",
    "ÀÉÎõü",
    "ß",
    "title case words",
    "\x00nul",
    "tab\there",
];

/// Bytes and bytearrays written as literals or simple constructor calls.
const BYTES: &[&str] = &[
    "b''",
    "b'a'",
    "b'abc'",
    "b'\\x00\\xff'",
    "b'hello world'",
    "b'a,b,,c'",
    "b'  pad  '",
    "b'MiXeD Case'",
    "b'123'",
    "b'x\\ny\\tz'",
    "b\"it's\"",
    "b'caf\\xc3\\xa9'",
    "b'\\x80abc'",
    "b'ababab'",
    "bytes(3)",
    "bytes([104, 105])",
    "bytearray(b'xyz')",
    "bytearray()",
    "bytearray(b'hello')",
    "'été'.encode()",
    "bytes.fromhex('de ad be ef')",
    "bytes(range(65, 70))",
];

/// Complex numbers (and expressions with a complex value) written as pool entries.
const COMPLEX: &[&str] = &[
    "1j",
    "3j",
    "0j",
    "1.5j",
    "-2j",
    "-0j",
    "1e300j",
    "0.5j",
    "complex(1, -1)",
    "complex(0.5)",
    "complex('1+2j')",
    "complex('-1.5j')",
    "complex(-1.25, 1e-05)",
    "complex(float('inf'), 1)",
    "complex(-0.0, 2)",
    "complex(3, 4)",
];

/// Strings `complex()` parses, or almost does.
pub const COMPLEX_STRS: &[&str] = &[
    "1+2j",
    "-3j",
    " 4.5-1j ",
    "(1+1j)",
    "j",
    "1e3+1e-3j",
    "inf+nanj",
    "1 + 2j",
    "abc",
    "2",
];

/// Strings that `int()` and `float()` parse, or almost do.
pub const NUMERIC_STRS: &[&str] = &[
    "0",
    "-17",
    " 42 ",
    "+5",
    "1_000",
    "12345678901234567890",
    "ff",
    "0x1F",
    "0b101",
    "0o777",
    "1.5",
    "-2.5e3",
    "inf",
    "-Infinity",
    "nan",
    "1e500",
    "abc",
    "",
    " ",
    "1__0",
    "1e-5",
    ".5",
];

/// The keys dicts use: few, so dicts stay small however many keys a loop assigns. `True`
/// and `1.0` collide with `1` on purpose.
const KEYS: &[&str] = &[
    "0", "1", "2", "3", "'a'", "'b'", "'key'", "'é'", "True", "1.0", "(1, 'a')", "()", "-1", "None",
];

/// An estimate of the size (bits) of an int literal from its source text.
fn int_weight(text: &str) -> u32 {
    if let Some((base, exp)) = text.trim_start_matches('-').split_once("**") {
        let base: f64 = base.parse().unwrap_or(10.0);
        let exp: f64 = exp.parse().unwrap_or(64.0);
        return (base.log2() * exp).ceil() as u32 + 1;
    }
    let digits = text.chars().filter(char::is_ascii_alphanumeric).count() as u32;
    digits * 4 + 1
}

/// The expression for a pool entry: a leading `-` becomes a unary minus and `a**b` a power,
/// so the entry prints with the parentheses its context needs.
fn pooled(text: &str) -> Expr {
    if let Some(rest) = text.strip_prefix('-') {
        return Expr::Unary(UnOp::Neg, Box::new(pooled(rest)));
    }
    if let Some((base, exp)) = text.split_once("**") {
        return Expr::bin(BinOp::Pow, Expr::lit(base), Expr::lit(exp));
    }
    Expr::lit(text)
}

pub fn int(u: &mut Unstructured<'_>) -> R<(Expr, u32)> {
    Ok(match u.choose_index(4)? {
        0 => {
            let n = u.int_in_range(-5..=12)?;
            (Expr::int(n), 5)
        }
        1 => {
            let text = *u.choose(INTS)?;
            (pooled(text), int_weight(text))
        }
        2 => {
            let n: i64 = u.arbitrary()?;
            (Expr::int(n), 64)
        }
        _ => {
            let text = *u.choose(INTS)?;
            let e = Expr::Unary(UnOp::Neg, Box::new(pooled(text)));
            (e, int_weight(text))
        }
    })
}

pub fn float(u: &mut Unstructured<'_>) -> R<Expr> {
    Ok(match u.choose_index(3)? {
        0 | 1 => pooled(u.choose(FLOATS)?),
        _ => {
            let mantissa = u.int_in_range(0..=99999u32)?;
            let exp = u.int_in_range(-30..=30i32)?;
            let e = Expr::lit(format!("{}.{}e{exp}", mantissa / 100, mantissa % 100));
            if u.arbitrary()? {
                Expr::Unary(UnOp::Neg, Box::new(e))
            } else {
                e
            }
        }
    })
}

/// A string literal.
pub fn string(u: &mut Unstructured<'_>) -> R<(Expr, u32)> {
    let mut s = String::new();
    for _ in 0..u.int_in_range(1..=2)? {
        s.push_str(u.choose(STRS)?);
    }
    let weight = s.chars().count() as u32;
    Ok((str_lit(&s), weight))
}

/// A single character, for `ord` and separators.
pub fn char(u: &mut Unstructured<'_>) -> R<Expr> {
    let c = *u.choose(&["a", ",", " ", "-", "é", "中", "😀", "\n", "ab", ""])?;
    Ok(str_lit(c))
}

/// A bytes or bytearray value and its weight (length).
pub fn bytes(u: &mut Unstructured<'_>) -> R<(Expr, u32)> {
    Ok((Expr::lit(*u.choose(BYTES)?), 16))
}

/// A short bytes literal, for separators and search arguments.
pub fn short_bytes(u: &mut Unstructured<'_>) -> R<Expr> {
    let b = *u.choose(&[
        "b''", "b','", "b' '", "b'a'", "b'ab'", "b'\\xff'", "b'-'", "b'l'",
    ])?;
    Ok(Expr::lit(b))
}

/// A complex number: a pool entry, an imaginary literal, or a real and imaginary part added.
pub fn complex(u: &mut Unstructured<'_>) -> R<Expr> {
    Ok(match u.choose_index(3)? {
        0 => pooled(u.choose(COMPLEX)?),
        1 => {
            let re = if u.arbitrary()? { int(u)?.0 } else { float(u)? };
            let im = Expr::lit(format!("{}j", u.int_in_range(0..=12)?));
            let op = if u.arbitrary()? {
                BinOp::Add
            } else {
                BinOp::Sub
            };
            Expr::bin(op, re, im)
        }
        _ => {
            let n = u.int_in_range(0..=999u32)?;
            Expr::lit(format!("{}.{}j", n / 10, n % 10))
        }
    })
}

pub fn key(u: &mut Unstructured<'_>) -> R<Expr> {
    Ok(pooled(u.choose(KEYS)?))
}

pub fn bool(u: &mut Unstructured<'_>) -> R<Expr> {
    Ok(Expr::lit(if u.arbitrary()? { "True" } else { "False" }))
}

/// Names of exception types a program may raise and catch.
pub const EXCEPTIONS: &[&str] = &[
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "ZeroDivisionError",
    "ArithmeticError",
    "LookupError",
    "RuntimeError",
    "OverflowError",
    "AssertionError",
    "NameError",
    "AttributeError",
    "Exception",
];

/// Format specs for f-strings and `format()`.
pub const FORMAT_SPECS: &[&str] = &[
    "", ">8", "<6", "^9", "*^11", "08", "+", "x", "X", "#x", "o", "b", "#b", ",", "_", ".3f",
    "10.2f", "e", ".2e", "g", ".3g", "%", ".1%", "+.1f", "d", "5d", "s", ">5s", "n", "c", "=+8",
];

/// `%`-format directives, with the kind of value each wants (`i`nt, `f`loat, `s`tring, `a`ny).
pub const PERCENT_SPECS: &[(&str, char)] = &[
    ("%d", 'i'),
    ("%i", 'i'),
    ("%5d", 'i'),
    ("%-5d|", 'i'),
    ("%05d", 'i'),
    ("%x", 'i'),
    ("%#X", 'i'),
    ("%o", 'i'),
    ("%s", 'a'),
    ("%r", 'a'),
    ("%10s|", 's'),
    ("%-8s|", 's'),
    ("%.2s", 's'),
    ("%f", 'f'),
    ("%.3f", 'f'),
    ("%e", 'f'),
    ("%g", 'f'),
    ("%8.2f", 'f'),
    ("%+d", 'i'),
    ("%c", 'i'),
    ("%%", '-'),
];
