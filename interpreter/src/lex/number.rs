//! Numeric literals: integers in four radixes, floats and imaginary numbers.
//!
//! The grammar is Python 3's: underscores may separate digits (one at a time, never
//! trailing), decimal integers may not have leading zeros unless they are all zeros, and a
//! literal may not run straight into an identifier (`1abc`), except for the keywords that can
//! legally follow a number (`1if x else y`), as CPython allows. Integers that fit in an `i64`
//! become `Int::Small`; floats are converted by `core`, so they are correctly rounded.

use alloc::string::String;

use super::cursor::{Cursor, is_ascii_id_continue};
use super::token::Tok;
use crate::ast::{Int, Span};
use crate::syntax_error::SyntaxError;

/// Lexes the number starting at `cur.pos` (a digit, or `.` followed by a digit).
pub fn lex_number(cur: &mut Cursor<'_>) -> Result<Tok, SyntaxError> {
    let start = cur.pos;
    if cur.peek() == b'0' {
        let (radix, kind) = match cur.peek_at(1) {
            b'x' | b'X' => (16, "hexadecimal"),
            b'o' | b'O' => (8, "octal"),
            b'b' | b'B' => (2, "binary"),
            _ => (10, ""),
        };
        if radix != 10 {
            cur.bump();
            cur.bump();
            return lex_radix_int(cur, start, radix, kind);
        }
    }
    lex_decimal(cur, start)
}

/// "invalid ... literal", located as CPython does: at the character before the one that
/// made the literal invalid (which is at `cur.pos`).
fn invalid(cur: &Cursor<'_>, start: usize, kind: &str) -> SyntaxError {
    let mut msg = String::from("invalid ");
    msg.push_str(kind);
    msg.push_str(" literal");
    let at = cur.pos.saturating_sub(1).max(start);
    // The span ends after the offending character, which need not be ASCII.
    let end = cur.pos + cur.peek_char().map_or(1, char::len_utf8);
    SyntaxError::new(msg, Span::new(at as u32, end.min(cur.end) as u32))
}

/// `0x`, `0o` or `0b` has been consumed.
fn lex_radix_int(
    cur: &mut Cursor<'_>,
    start: usize,
    radix: u32,
    kind: &str,
) -> Result<Tok, SyntaxError> {
    let mut digits = String::new();
    loop {
        let b = cur.peek();
        if b == b'_' {
            cur.bump();
            if !(cur.peek() as char).is_digit(radix) {
                return Err(bad_digit_or_invalid(cur, start, radix, kind));
            }
        } else if (b as char).is_digit(radix) {
            digits.push(b as char);
            cur.bump();
        } else {
            break;
        }
    }
    if digits.is_empty() {
        return Err(bad_digit_or_invalid(cur, start, radix, kind));
    }
    if cur.peek().is_ascii_digit() {
        return Err(bad_digit_or_invalid(cur, start, radix, kind));
    }
    verify_end(cur, start, kind)?;
    Ok(Tok::Int(make_int(digits, radix)))
}

fn bad_digit_or_invalid(cur: &Cursor<'_>, start: usize, radix: u32, kind: &str) -> SyntaxError {
    let b = cur.peek();
    if radix < 10 && b.is_ascii_digit() {
        let mut msg = String::from("invalid digit '");
        msg.push(b as char);
        msg.push_str("' in ");
        msg.push_str(kind);
        msg.push_str(" literal");
        return SyntaxError::new(msg, Span::new(cur.pos as u32, cur.pos as u32 + 1));
    }
    invalid(cur, start, kind)
}

/// Reads `digit (["_"] digit)*` into `out`; the first digit must be next.
fn digit_part(cur: &mut Cursor<'_>, start: usize, out: &mut String) -> Result<(), SyntaxError> {
    loop {
        let b = cur.peek();
        if b.is_ascii_digit() {
            out.push(b as char);
            cur.bump();
        } else if b == b'_' {
            cur.bump();
            if !cur.peek().is_ascii_digit() {
                return Err(invalid(cur, start, "decimal"));
            }
        } else {
            return Ok(());
        }
    }
}

fn lex_decimal(cur: &mut Cursor<'_>, start: usize) -> Result<Tok, SyntaxError> {
    // The text handed to `f64::from_str`: digits, '.', 'e' and sign, no underscores.
    let mut text = String::new();
    let mut is_float = false;
    if cur.peek() != b'.' {
        digit_part(cur, start, &mut text)?;
    }
    let int_len = text.len();
    if cur.peek() == b'.' {
        cur.bump();
        is_float = true;
        text.push('.');
        if cur.peek().is_ascii_digit() {
            digit_part(cur, start, &mut text)?;
        }
    }
    if matches!(cur.peek(), b'e' | b'E') {
        let sign = matches!(cur.peek_at(1), b'+' | b'-');
        let first_digit = cur.peek_at(if sign { 2 } else { 1 });
        if first_digit.is_ascii_digit() {
            text.push('e');
            cur.bump();
            if sign {
                text.push(cur.peek() as char);
                cur.bump();
            }
            digit_part(cur, start, &mut text)?;
            is_float = true;
        } else if sign {
            // `1e+x`: the exponent has no digits.
            cur.bump();
            cur.bump();
            return Err(invalid(cur, start, "decimal"));
        }
        // Otherwise the 'e' begins a following word such as `else`; `verify_end` decides.
    }
    if matches!(cur.peek(), b'j' | b'J') {
        cur.bump();
        verify_end(cur, start, "imaginary")?;
        return Ok(Tok::Imag(parse_f64(&text)));
    }
    verify_end(cur, start, "decimal")?;
    if is_float {
        return Ok(Tok::Float(parse_f64(&text)));
    }
    let digits = &text[..int_len];
    if digits.len() > 1 && digits.starts_with('0') {
        if digits.bytes().any(|b| b != b'0') {
            return Err(SyntaxError::new(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
                Span::new(start as u32, cur.pos as u32),
            ));
        }
        return Ok(Tok::Int(Int::Small(0)));
    }
    text.truncate(int_len);
    Ok(Tok::Int(make_int(text, 10)))
}

fn parse_f64(text: &str) -> f64 {
    // The text is digits with at most one '.', and an exponent: always valid for `f64`.
    text.parse::<f64>().unwrap_or(f64::NAN)
}

/// Rejects a literal that runs into an identifier, allowing the keywords that can follow a
/// number in valid code (`and else for if in is not or`), as CPython does.
fn verify_end(cur: &Cursor<'_>, start: usize, kind: &str) -> Result<(), SyntaxError> {
    let b = cur.peek();
    if !(is_ascii_id_continue(b) || b >= 0x80) {
        return Ok(());
    }
    let rest = cur.src.as_bytes().get(cur.pos..cur.end).unwrap_or(&[]);
    let ok = match b {
        b'a' => rest.starts_with(b"and"),
        b'e' => rest.starts_with(b"else"),
        b'f' => rest.starts_with(b"for"),
        b'i' => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
        b'n' => rest.starts_with(b"not"),
        b'o' => rest.starts_with(b"or"),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(invalid(cur, start, kind))
    }
}

/// An integer from digits valid in `radix`: `Small` if it fits in an `i64`.
fn make_int(digits: String, radix: u32) -> Int {
    let mut value: i64 = 0;
    for b in digits.bytes() {
        let d = (b as char).to_digit(radix).unwrap_or(0) as i64;
        match value
            .checked_mul(radix as i64)
            .and_then(|v| v.checked_add(d))
        {
            Some(v) => value = v,
            None => return Int::Big { digits, radix },
        }
    }
    Int::Small(value)
}
