//! A byte cursor over the source, plus the character classes the lexer needs.
//!
//! Invariant: `pos` is always on a UTF-8 character boundary of `src` and never beyond
//! `end`; every advance is by a whole character (ASCII bytes are single characters), so
//! slicing `src` at `pos` cannot panic. `end` may be less than `src.len()` when lexing the
//! expression inside an f-string, so that offsets stay absolute.

use crate::ast::Span;

#[derive(Clone)]
pub struct Cursor<'s> {
    pub src: &'s str,
    bytes: &'s [u8],
    pub pos: usize,
    pub end: usize,
}

impl<'s> Cursor<'s> {
    /// A cursor over `src[start..end]`; the caller guarantees both are char boundaries.
    pub fn new(src: &'s str, start: usize, end: usize) -> Cursor<'s> {
        let end = end.min(src.len());
        Cursor {
            src,
            bytes: src.as_bytes(),
            pos: start.min(end),
            end,
        }
    }

    /// The byte at `pos`, or 0 at the end (the source never contains NUL: see `lex`).
    #[inline]
    pub fn peek(&self) -> u8 {
        if self.pos < self.end {
            self.bytes[self.pos]
        } else {
            0
        }
    }

    /// The byte `n` places after `pos`, or 0 past the end.
    #[inline]
    pub fn peek_at(&self, n: usize) -> u8 {
        match self.pos.checked_add(n) {
            Some(i) if i < self.end => self.bytes[i],
            _ => 0,
        }
    }

    #[inline]
    pub fn at_end(&self) -> bool {
        self.pos >= self.end
    }

    /// The character at `pos` (decoding UTF-8), if any.
    pub fn peek_char(&self) -> Option<char> {
        self.src
            .get(self.pos..self.end)
            .and_then(|s| s.chars().next())
    }

    /// Advances over one ASCII byte. Must only be called when `peek()` is ASCII.
    #[inline]
    pub fn bump(&mut self) {
        if self.pos < self.end {
            self.pos += 1;
        }
    }

    /// Advances over one whole character, whatever its width.
    pub fn bump_char(&mut self) {
        if let Some(c) = self.peek_char() {
            self.pos += c.len_utf8();
        }
    }

    /// Consumes `b` if it is next.
    #[inline]
    pub fn eat(&mut self, b: u8) -> bool {
        if self.peek() == b && !self.at_end() {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Consumes a line ending (`\n`, `\r\n` or `\r`) if one is next.
    pub fn eat_newline(&mut self) -> bool {
        match self.peek() {
            b'\n' => {
                self.pos += 1;
                true
            }
            b'\r' => {
                self.pos += 1;
                self.eat(b'\n');
                true
            }
            _ => false,
        }
    }

    /// Skips to the end of the line, leaving the line ending unconsumed.
    pub fn skip_to_eol(&mut self) {
        while !self.at_end() && !matches!(self.peek(), b'\n' | b'\r') {
            self.pos += 1;
        }
        // A comment may end inside a multi-byte character only if the source is not UTF-8,
        // which `&str` rules out; newline bytes never occur inside one.
    }

    pub fn span_from(&self, start: usize) -> Span {
        Span::new(start as u32, self.pos as u32)
    }

    /// The 1-based line of `offset`, counted on demand (only error messages need it).
    pub fn line_of(&self, offset: usize) -> u32 {
        let upto = &self.bytes[..offset.min(self.bytes.len())];
        let mut line = 1u32;
        let mut i = 0;
        while i < upto.len() {
            match upto[i] {
                b'\n' => line = line.saturating_add(1),
                b'\r' if upto.get(i + 1) != Some(&b'\n') => line = line.saturating_add(1),
                _ => {}
            }
            i += 1;
        }
        line
    }
}

/// Whether `b` can start an ASCII identifier.
#[inline]
pub fn is_ascii_id_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

#[inline]
pub fn is_ascii_id_continue(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// An approximation of `XID_Start` for non-ASCII characters: letters, letter numbers.
pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return is_ascii_id_start(c as u8);
    }
    c.is_alphabetic()
}

/// An approximation of `XID_Continue` for non-ASCII characters: `XID_Start`, digits,
/// combining marks and connector punctuation.
pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return is_ascii_id_continue(c as u8);
    }
    c.is_alphanumeric()
        || matches!(c as u32,
            0xB7 | 0x0300..=0x036F | 0x0483..=0x0487 | 0x0591..=0x05BD | 0x0610..=0x061A
            | 0x064B..=0x065F | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF | 0x200C | 0x200D | 0x203F | 0x2040 | 0x20D0..=0x20FF
            | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF3F
            | 0xE0100..=0xE01EF)
}

/// Whether CPython would call `c` printable (`str.isprintable()`); non-printable characters
/// get a different "invalid character" message.
pub fn is_printable(c: char) -> bool {
    crate::unicode::is_printable(c)
}
