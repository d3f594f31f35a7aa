//! The Unicode properties upy needs beyond what `core::char` offers: which characters
//! `repr` shows as themselves, decimal digits for `int()`/`float()`, and titlecase.
//!
//! They follow CPython 3.11 (Unicode 14.0.0): the tables in `unicode/tables.rs` are
//! generated from its `unicodedata` by `unicode/generate.py`. Every table is a sorted list
//! searched by binary search, so lookups never allocate.

use alloc::borrow::Cow;
use alloc::string::String;

#[rustfmt::skip]
mod tables;

/// `str.isprintable()` of one character: false for the categories Cc, Cf, Cs, Co, Cn, Zl,
/// Zp and Zs (but not the space), which `repr` escapes.
/// Python's whitespace (`str.isspace`, `split()`, `strip()`): Unicode's White_Space and the
/// four ASCII separators `\x1c`-`\x1f`, which Python counts by their bidirectional class.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// `str.isdigit`: Unicode's Numeric_Type Decimal or Digit: the decimal digits, and the
/// superscript, subscript, circled and other digit forms (not fractions or numerals).
pub fn is_digit(c: char) -> bool {
    decimal_value(c).is_some()
        || matches!(c, '\u{B2}' | '\u{B3}' | '\u{B9}' | '\u{2070}' | '\u{2074}'..='\u{2079}'
            | '\u{2080}'..='\u{2089}' | '\u{2460}'..='\u{2468}' | '\u{2474}'..='\u{247C}'
            | '\u{2488}'..='\u{2490}' | '\u{24EA}' | '\u{24F5}'..='\u{24FD}' | '\u{24FF}'
            | '\u{2776}'..='\u{277E}' | '\u{2780}'..='\u{2788}' | '\u{278A}'..='\u{2792}'
            | '\u{1369}'..='\u{1371}' | '\u{19DA}' | '\u{1F100}'..='\u{1F10A}')
}

/// `str.isalpha`: the letters (general category L*). Unicode's Alphabetic property, which
/// Rust tests, also takes letter numbers such as 'Ⅷ'; those are left out here.
pub fn is_alpha(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x7f {
        return u >= 0x20;
    }
    let Some(flips) = tables::PRINTABLE.get((u >> 16) as usize) else {
        return false;
    };
    let low = (u & 0xffff) as u16;
    // An odd number of flips at or before `low` means the character is printable.
    flips.partition_point(|&f| f <= low) % 2 == 1
}

/// The value of a decimal digit (category Nd) of any script, as `str.isdecimal()` sees it.
pub fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    let zeros = &tables::DECIMAL_ZEROS;
    let i = zeros.partition_point(|&z| z <= u);
    let zero = *zeros.get(i.checked_sub(1)?)?;
    (u - zero < 10).then_some(u - zero)
}

/// `text` with every non-ASCII decimal digit replaced by its ASCII digit, as `int()` and
/// `float()` read their argument. Borrowed when there is nothing to replace.
pub fn ascii_digits(text: &str) -> Cow<'_, str> {
    let foreign_digit = |c: char| !c.is_ascii() && decimal_value(c).is_some();
    if text.is_ascii() || !text.chars().any(foreign_digit) {
        return Cow::Borrowed(text);
    }
    let mapped = text.chars().map(|c| match decimal_value(c) {
        Some(d) if foreign_digit(c) => char::from_digit(d, 10).unwrap_or(c),
        _ => c,
    });
    Cow::Owned(mapped.collect())
}

/// Whether `c` is a titlecase letter (category Lt, such as 'ǅ').
pub fn is_titlecase(c: char) -> bool {
    let Ok(u) = u16::try_from(c as u32) else {
        return false;
    };
    let ranges = &tables::TITLECASE_LETTERS;
    let i = ranges.partition_point(|&(start, _)| start <= u);
    i > 0 && u <= ranges[i - 1].1
}

/// Unicode's Cased property: lowercase, uppercase or titlecase. `str.title()` lowercases a
/// character after a cased one.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Appends the full titlecase mapping of `c` ('ß' gives "Ss", 'ǆ' gives 'ǅ'): its uppercase
/// unless the table says otherwise.
pub fn push_title(c: char, out: &mut String) {
    let special = u16::try_from(c as u32)
        .ok()
        .and_then(|u| tables::TITLECASE.binary_search_by_key(&u, |&(k, _)| k).ok());
    match special {
        Some(i) => {
            let mapped = tables::TITLECASE[i].1;
            let chars = mapped.iter().take_while(|&&m| m != 0);
            out.extend(chars.filter_map(|&m| char::from_u32(u32::from(m))));
        }
        None => out.extend(c.to_uppercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_follows_cpython() {
        for c in [' ', 'a', '~', '\u{a1}', 'é', '中', '\u{1f600}', '\u{e0100}'] {
            assert!(is_printable(c), "{c:?}");
        }
        let hidden = "\0\n\u{7f}\u{a0}\u{ad}\u{2028}\u{e000}\u{fffe}\u{1938a}\u{e0001}\u{10ffff}";
        for c in hidden.chars() {
            assert!(!is_printable(c), "{c:?}");
        }
    }

    #[test]
    fn decimal_digits_of_every_script() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{ff12}'), Some(2));
        assert_eq!(decimal_value('\u{1d7ff}'), Some(9));
        assert_eq!(decimal_value('\u{b2}'), None);
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\0'), None);
        assert_eq!(ascii_digits("x\u{661}\u{662}"), "x12");
        assert!(matches!(ascii_digits("12"), Cow::Borrowed(_)));
    }

    #[test]
    fn titlecase_differs_from_uppercase_where_the_table_says() {
        let title = |c: char| {
            let mut s = String::new();
            push_title(c, &mut s);
            s
        };
        assert_eq!(title('a'), "A");
        assert_eq!(title('ß'), "Ss");
        assert_eq!(title('ǆ'), "ǅ");
        assert_eq!(title('ﬃ'), "Ffi");
        assert!(is_titlecase('ǅ') && is_titlecase('\u{1ffc}') && !is_titlecase('A'));
        assert!(is_cased('ǅ') && is_cased('a') && !is_cased('中'));
    }
}
