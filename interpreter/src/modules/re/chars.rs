//! Character properties of the regular-expression engine: the categories `\d`, `\w`, `\s`
//! (Unicode for str patterns, ASCII for bytes and under `re.ASCII`), case folding for
//! `re.IGNORECASE`, and character classes (`[a-z\d]`) as range lists.
//!
//! Characters are `u32` code points (a byte of a bytes subject is its value). Case-insensitive
//! comparison folds both sides with [`fold`]: the simple lowercase of the simple uppercase, so
//! that characters sharing an uppercase ('s', 'ſ'; 'i', 'ı') or a lowercase ('k', 'K' and the
//! Kelvin sign) compare equal, as they do in CPython.

use alloc::vec::Vec;

use crate::unicode;

/// How a pattern element compares letters.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Case {
    /// Exactly.
    Exact,
    /// ASCII letters without regard to case (bytes patterns, `re.ASCII`, `re.LOCALE`).
    Ascii,
    /// Unicode simple case folding (str patterns).
    Unicode,
}

impl Case {
    pub fn code(self) -> u32 {
        match self {
            Case::Exact => 0,
            Case::Ascii => 1,
            Case::Unicode => 2,
        }
    }

    pub fn from_code(c: u32) -> Case {
        match c {
            1 => Case::Ascii,
            2 => Case::Unicode,
            _ => Case::Exact,
        }
    }
}

/// The simple (one-character) lowercase of `c`.
pub fn lower(c: u32) -> u32 {
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    if ch.is_ascii() {
        return u32::from(ch.to_ascii_lowercase());
    }
    // 'İ' is the only character whose full lowercase is longer; its simple one is 'i'.
    if c == 0x130 {
        return 0x69;
    }
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ => c,
    }
}

/// The simple (one-character) uppercase of `c`.
pub fn upper(c: u32) -> u32 {
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    if ch.is_ascii() {
        return u32::from(ch.to_ascii_uppercase());
    }
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// The key two characters share when they are equal without regard to case.
pub fn fold(c: u32) -> u32 {
    lower(upper(c))
}

/// ASCII lowercase.
pub fn ascii_lower(c: u32) -> u32 {
    if (0x41..=0x5a).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// `c` folded as `case` compares it.
pub fn fold_as(c: u32, case: Case) -> u32 {
    match case {
        Case::Exact => c,
        Case::Ascii => ascii_lower(c),
        Case::Unicode => fold(c),
    }
}

pub fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 0x80 {
        return (0x30..=0x39).contains(&c);
    }
    !ascii && char::from_u32(c).is_some_and(|ch| unicode::decimal_value(ch).is_some())
}

pub fn is_space(c: u32, ascii: bool) -> bool {
    if c < 0x80 {
        return matches!(c, 0x09..=0x0d | 0x20) || (!ascii && (0x1c..=0x1f).contains(&c));
    }
    !ascii && char::from_u32(c).is_some_and(unicode::is_space)
}

pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 0x80 {
        return c == 0x5f || (c as u8).is_ascii_alphanumeric();
    }
    !ascii && char::from_u32(c).is_some_and(char::is_alphanumeric)
}

/// A category escape: `\d`, `\D`, `\w`, `\W`, `\s`, `\S`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cat {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

impl Cat {
    pub fn code(self) -> u32 {
        self as u32
    }

    pub fn from_code(c: u32) -> Cat {
        match c {
            0 => Cat::Digit,
            1 => Cat::NotDigit,
            2 => Cat::Word,
            3 => Cat::NotWord,
            4 => Cat::Space,
            _ => Cat::NotSpace,
        }
    }

    pub fn matches(self, c: u32, ascii: bool) -> bool {
        match self {
            Cat::Digit => is_digit(c, ascii),
            Cat::NotDigit => !is_digit(c, ascii),
            Cat::Word => is_word(c, ascii),
            Cat::NotWord => !is_word(c, ascii),
            Cat::Space => is_space(c, ascii),
            Cat::NotSpace => !is_space(c, ascii),
        }
    }
}

/// A character class as the parser builds it: ranges (inclusive) and categories.
#[derive(Clone, Default, Debug)]
pub struct Class {
    pub negated: bool,
    pub ranges: Vec<(u32, u32)>,
    pub cats: Vec<Cat>,
}

/// Ranges wider than this are not closed under case folding when a class is compiled for
/// `re.IGNORECASE`; the matcher also tries a character's lower- and uppercase, which covers
/// them.
const FOLD_CLOSE_LIMIT: u32 = 2048;

impl Class {
    /// Sorts and merges the ranges; under `case`, first adds the case variants of every
    /// character of the (narrow) ranges, so that a class needs no folding of its own.
    pub fn normalize(&mut self, case: Case) {
        if case != Case::Exact {
            let mut extra = Vec::new();
            for &(lo, hi) in &self.ranges {
                if hi - lo > FOLD_CLOSE_LIMIT {
                    continue;
                }
                for c in lo..=hi {
                    let variants = match case {
                        Case::Ascii => [ascii_lower(c), c, c],
                        _ => [lower(c), upper(c), fold(c)],
                    };
                    for v in variants {
                        if v != c {
                            extra.push((v, v));
                        }
                    }
                }
            }
            self.ranges.extend(extra);
        }
        self.ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(self.ranges.len());
        for &(lo, hi) in &self.ranges {
            match merged.last_mut() {
                Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
                _ => merged.push((lo, hi)),
            }
        }
        self.ranges = merged;
    }
}

/// Whether `c` falls in the sorted, merged `ranges` (pairs of words: low, high).
pub fn in_ranges(ranges: &[u32], c: u32) -> bool {
    let n = ranges.len() / 2;
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let start = ranges.get(2 * mid).copied().unwrap_or(u32::MAX);
        let end = ranges.get(2 * mid + 1).copied().unwrap_or(0);
        if c < start {
            hi = mid;
        } else if c > end {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    false
}
