//! String and bytes literals: prefixes, finding the closing quote, and decoding escapes.
//!
//! Scanning and decoding are separate passes: the scanner only finds where the literal
//! ends (a backslash always escapes the next character, even in raw strings, as in CPython),
//! then the body is decoded in one go. Bodies without backslashes or carriage returns are
//! copied as they are. Line endings inside literals are normalised to `\n`, as CPython's
//! universal-newline reading does. f-string bodies are left for the parser to split.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::cursor::Cursor;
use super::lexer::LexError;
use super::token::Tok;
use super::unicode_names;
use crate::ast::Span;
use crate::syntax_error::SyntaxError;

/// What a string prefix asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fmt: bool,
}

/// The meaning of `word` as a string prefix (`r`, `u`, `b`, `br`, `rb`, `f`, `fr`, `rf`, in
/// any case), or `None` if it is not one.
pub fn prefix(word: &[u8]) -> Option<Prefix> {
    let mut p = Prefix {
        raw: false,
        bytes: false,
        fmt: false,
    };
    match word.len() {
        1 => match word[0].to_ascii_lowercase() {
            b'r' => p.raw = true,
            b'b' => p.bytes = true,
            b'f' => p.fmt = true,
            b'u' => {}
            _ => return None,
        },
        2 => {
            let a = word[0].to_ascii_lowercase();
            let b = word[1].to_ascii_lowercase();
            let other = match (a, b) {
                (b'r', o) | (o, b'r') => o,
                _ => return None,
            };
            p.raw = true;
            match other {
                b'b' => p.bytes = true,
                b'f' => p.fmt = true,
                _ => return None,
            }
        }
        _ => return None,
    }
    Some(p)
}

/// Lexes a literal whose prefix starts at `start` and whose opening quote is at `cur.pos`.
///
/// Unterminated literals are hard errors; undecodable escapes and non-ASCII bytes are soft
/// ones, reported only if the parser reaches the literal (CPython finds them while parsing).
pub fn lex_string(cur: &mut Cursor<'_>, start: usize, p: Prefix) -> Result<Tok, LexError> {
    let q = cur.peek();
    cur.bump();
    let triple = cur.peek() == q && cur.peek_at(1) == q;
    if triple {
        cur.bump();
        cur.bump();
    }
    let body_start = cur.pos;
    let mut has_escape = false;
    let mut has_cr = false;
    let mut non_ascii = false;
    let mut after_continuation = false;
    let body_end;
    loop {
        if cur.at_end() {
            return Err(hard(unterminated(cur, start, triple, after_continuation)));
        }
        let b = cur.peek();
        after_continuation = false;
        if b == q {
            if !triple {
                body_end = cur.pos;
                cur.bump();
                break;
            }
            if cur.peek_at(1) == q && cur.peek_at(2) == q {
                body_end = cur.pos;
                cur.pos += 3;
                break;
            }
            cur.bump();
        } else if b == b'\\' {
            has_escape = true;
            cur.bump();
            if cur.eat_newline() {
                after_continuation = true;
            } else if !cur.at_end() {
                non_ascii |= cur.peek() >= 0x80;
                cur.bump_char();
            }
        } else if b == b'\n' || b == b'\r' {
            if !triple {
                return Err(hard(unterminated(cur, start, false, false)));
            }
            has_cr |= b == b'\r';
            cur.eat_newline();
        } else if b >= 0x80 {
            non_ascii = true;
            cur.bump_char();
        } else {
            cur.bump();
        }
    }
    let body = &cur.src[body_start..body_end];
    // CPython reports errors in a literal's value just after the literal.
    let span = Span::new(cur.pos as u32, cur.pos as u32);
    if p.fmt {
        return Ok(Tok::FStr {
            raw: p.raw,
            body: Span::new(body_start as u32, body_end as u32),
        });
    }
    if p.bytes {
        if non_ascii {
            let err = SyntaxError::new("bytes can only contain ASCII literal characters", span);
            return Err(soft(err));
        }
        if p.raw || !has_escape {
            return Ok(Tok::Bytes(normalise_newlines(body, has_cr).into_bytes()));
        }
        return decode_bytes(body, span).map(Tok::Bytes).map_err(soft);
    }
    if p.raw || !has_escape {
        return Ok(Tok::Str(normalise_newlines(body, has_cr)));
    }
    let mut out = String::with_capacity(body.len());
    decode_str_into(&mut out, body, span).map_err(soft)?;
    Ok(Tok::Str(out))
}

fn hard(error: SyntaxError) -> LexError {
    LexError { error, soft: false }
}

fn soft(error: SyntaxError) -> LexError {
    LexError { error, soft: true }
}

fn unterminated(cur: &Cursor<'_>, start: usize, triple: bool, continued: bool) -> SyntaxError {
    // At the end of input, the line of the last character (not the empty one after it).
    let line = if cur.at_end() {
        cur.line_of(cur.pos.saturating_sub(1))
    } else {
        cur.line_of(cur.pos)
    };
    let what = if triple {
        "unterminated triple-quoted string literal"
    } else {
        "unterminated string literal"
    };
    let err = SyntaxError::new(
        format!("{what} (detected at line {line})"),
        Span::new(start as u32, start as u32 + 1),
    );
    // A triple-quoted string, or a one-line string continued with a backslash, may go on
    // in the next line the REPL reads.
    if (triple || continued) && cur.at_end() {
        err.incomplete()
    } else {
        err
    }
}

fn normalise_newlines(body: &str, has_cr: bool) -> String {
    if !has_cr {
        return String::from(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

fn unicode_error(a: usize, b: usize, reason: &str, span: Span) -> SyntaxError {
    SyntaxError::new(
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {a}-{b}: {reason}"
        ),
        span,
    )
}

/// Appends the value of the non-raw str literal text `text` to `out`, resolving escapes.
/// Errors point at `span` and give positions within `text`, as CPython does.
pub fn decode_str_into(out: &mut String, text: &str, span: Span) -> Result<(), SyntaxError> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut lit = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                out.push_str(&text[lit..i]);
                let esc = i;
                i += 1;
                let Some(&c) = bytes.get(i) else {
                    out.push('\\');
                    lit = i;
                    break;
                };
                i += 1;
                match c {
                    b'\n' => {}
                    b'\r' => {
                        if bytes.get(i) == Some(&b'\n') {
                            i += 1;
                        }
                    }
                    b'0'..=b'7' => {
                        let (v, n) = octal(&bytes[esc + 1..]);
                        i = esc + 1 + n;
                        // Every octal escape is at most 0o777, a valid code point.
                        out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
                    }
                    b'x' | b'u' | b'U' => {
                        let (n, what) = match c {
                            b'x' => (2, "truncated \\xXX escape"),
                            b'u' => (4, "truncated \\uXXXX escape"),
                            _ => (8, "truncated \\UXXXXXXXX escape"),
                        };
                        let (v, got) = hex(&bytes[i..], n);
                        if got < n {
                            return Err(unicode_error(esc, i + got - 1, what, span));
                        }
                        i += n;
                        match char::from_u32(v) {
                            Some(ch) => out.push(ch),
                            None if v <= 0x10FFFF => {
                                return Err(unicode_error(
                                    esc,
                                    i - 1,
                                    "surrogate code points are not supported",
                                    span,
                                ));
                            }
                            None => {
                                return Err(unicode_error(
                                    esc,
                                    i - 1,
                                    "illegal Unicode character",
                                    span,
                                ));
                            }
                        }
                    }
                    b'N' => {
                        i = named_escape(out, text, esc, span)?;
                    }
                    _ => match simple_escape(c) {
                        Some(v) => out.push(v as char),
                        None => {
                            // Unknown escapes keep their backslash; the character after it
                            // is copied as ordinary text (it may be multi-byte).
                            lit = esc;
                            i = esc + 1;
                            continue;
                        }
                    },
                }
                lit = i;
            }
            b'\r' => {
                out.push_str(&text[lit..i]);
                out.push('\n');
                i += 1;
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
                lit = i;
            }
            _ => i += 1,
        }
    }
    out.push_str(&text[lit..]);
    Ok(())
}

/// `\N{NAME}` starting at `esc` (the backslash); returns the index after it.
fn named_escape(
    out: &mut String,
    text: &str,
    esc: usize,
    span: Span,
) -> Result<usize, SyntaxError> {
    let bytes = text.as_bytes();
    let open = esc + 2;
    if bytes.get(open) != Some(&b'{') {
        return Err(unicode_error(
            esc,
            esc + 1,
            "malformed \\N character escape",
            span,
        ));
    }
    let close = match bytes[open..].iter().position(|&b| b == b'}') {
        Some(n) => open + n,
        None => {
            return Err(unicode_error(
                esc,
                bytes.len().saturating_sub(1),
                "malformed \\N character escape",
                span,
            ));
        }
    };
    let name = &text[open + 1..close];
    if name.is_empty() {
        return Err(unicode_error(
            esc,
            close,
            "malformed \\N character escape",
            span,
        ));
    }
    match unicode_names::lookup(name) {
        Some(c) => {
            out.push(c);
            Ok(close + 1)
        }
        None => Err(unicode_error(
            esc,
            close,
            "unknown Unicode character name",
            span,
        )),
    }
}

/// The byte meant by a one-character escape such as `\n`.
fn simple_escape(c: u8) -> Option<u8> {
    Some(match c {
        b'\\' => b'\\',
        b'\'' => b'\'',
        b'"' => b'"',
        b'a' => 7,
        b'b' => 8,
        b'f' => 12,
        b'n' => b'\n',
        b'r' => b'\r',
        b't' => b'\t',
        b'v' => 11,
        _ => return None,
    })
}

/// Up to three octal digits at the start of `b`: their value and how many there were.
fn octal(b: &[u8]) -> (u32, usize) {
    let mut v = 0;
    let mut n = 0;
    while n < 3 {
        match b.get(n) {
            Some(&d @ b'0'..=b'7') => v = v * 8 + (d - b'0') as u32,
            _ => break,
        }
        n += 1;
    }
    (v, n)
}

/// Up to `max` hex digits at the start of `b`: their value and how many there were.
fn hex(b: &[u8], max: usize) -> (u32, usize) {
    let mut v: u32 = 0;
    let mut n = 0;
    while n < max {
        match b.get(n).and_then(|&d| (d as char).to_digit(16)) {
            Some(d) => v = v.wrapping_mul(16).wrapping_add(d),
            None => break,
        }
        n += 1;
    }
    (v, n)
}

/// The value of a non-raw bytes literal body (already known to be ASCII).
fn decode_bytes(text: &str, span: Span) -> Result<Vec<u8>, SyntaxError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\r' {
            out.push(b'\n');
            i += 1;
            if bytes.get(i) == Some(&b'\n') {
                i += 1;
            }
            continue;
        }
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let esc = i;
        i += 1;
        let Some(&c) = bytes.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'0'..=b'7' => {
                let (v, n) = octal(&bytes[esc + 1..]);
                i = esc + 1 + n;
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let (v, got) = hex(&bytes[i..], 2);
                if got < 2 {
                    return Err(SyntaxError::new(
                        format!("(value error) invalid \\x escape at position {esc}"),
                        span,
                    ));
                }
                i += 2;
                out.push(v as u8);
            }
            _ => match simple_escape(c) {
                Some(v) => out.push(v),
                None => {
                    out.push(b'\\');
                    i = esc + 1;
                }
            },
        }
    }
    Ok(out)
}
