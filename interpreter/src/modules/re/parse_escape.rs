//! The parser's escapes (`\n`, `\x41`, `\101`, `\1`, `\d`, `\b`, ...) and character classes.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Error, Escape, Parser, ascii_of, case_of, ch, digit, err, hex_value, octal, text};
use crate::modules::re::ast::Node;
use crate::modules::re::chars::{Cat, Class};

/// A simple escape's character (`\n`), for both contexts.
fn simple(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 0x5c,
        _ => return None,
    })
}

fn category(c: char) -> Option<Cat> {
    Some(match c {
        'd' => Cat::Digit,
        'D' => Cat::NotDigit,
        'w' => Cat::Word,
        'W' => Cat::NotWord,
        's' => Cat::Space,
        'S' => Cat::NotSpace,
        _ => return None,
    })
}

impl Parser<'_> {
    /// Reads up to `n` characters satisfying `ok`.
    fn take_while(&mut self, n: usize, ok: impl Fn(u32) -> bool) -> Vec<u32> {
        let mut out = Vec::new();
        while out.len() < n {
            match self.peek() {
                Some(c) if ok(c) => {
                    out.push(c);
                    self.pos += 1;
                }
                _ => break,
            }
        }
        out
    }

    /// The escape at the cursor (a backslash), inside a class or not.
    pub(super) fn escape(&mut self, flags: u32, in_class: bool) -> Result<Escape, Error> {
        let start = self.pos;
        self.pos += 1;
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)".into(), start);
        };
        self.pos += 1;
        let cc = char::from_u32(c).unwrap_or('\0');
        let escape_text =
            |p: &Parser| format!("\\{}", text(p.src.get(start + 1..p.pos).unwrap_or(&[])));
        let ascii = ascii_of(flags, self.bytes);
        if !in_class {
            match cc {
                'A' => return Ok(Escape::Node(Node::StartText)),
                'Z' => return Ok(Escape::Node(Node::EndText)),
                'b' | 'B' => {
                    return Ok(Escape::Node(Node::WordBoundary {
                        negated: cc == 'B',
                        ascii,
                    }));
                }
                _ => {}
            }
        } else if cc == 'b' {
            return Ok(Escape::Char(8));
        }
        if let Some(cat) = category(cc) {
            return Ok(Escape::Cat(cat));
        }
        if let Some(v) = simple(cc) {
            return Ok(Escape::Char(v));
        }
        let text_pattern = !self.bytes;
        match cc {
            'x' => {
                let digits = self.take_while(2, |d| hex_value(d).is_some());
                if digits.len() != 2 {
                    return err(format!("incomplete escape {}", escape_text(self)), start);
                }
                return Ok(Escape::Char(hex_number(&digits)));
            }
            'u' | 'U' if text_pattern => {
                let n = if cc == 'u' { 4 } else { 8 };
                let digits = self.take_while(n, |d| hex_value(d).is_some());
                if digits.len() != n {
                    return err(format!("incomplete escape {}", escape_text(self)), start);
                }
                let v = hex_number(&digits);
                if char::from_u32(v).is_none() && v > 0x10ffff {
                    return err(format!("bad escape {}", escape_text(self)), start);
                }
                return Ok(Escape::Char(v));
            }
            'N' if text_pattern => {
                return self.named_char(start);
            }
            '0' => {
                let digits = self.take_while(2, octal);
                let mut v = 0;
                for d in digits {
                    v = v * 8 + (d - 0x30);
                }
                return Ok(Escape::Char(v));
            }
            _ if in_class && octal(c) => {
                let digits = self.take_while(2, octal);
                let mut v = c - 0x30;
                for d in digits {
                    v = v * 8 + (d - 0x30);
                }
                if v > 0o377 {
                    let msg = format!(
                        "octal escape value {} outside of range 0-0o377",
                        escape_text(self)
                    );
                    return err(msg, start);
                }
                return Ok(Escape::Char(v));
            }
            _ if in_class && digit(c) => {
                return err(format!("bad escape {}", escape_text(self)), start);
            }
            _ if digit(c) => return self.group_or_octal(flags, start, c),
            _ => {}
        }
        if cc.is_ascii_alphabetic() {
            return err(format!("bad escape {}", escape_text(self)), start);
        }
        Ok(Escape::Char(c))
    }

    /// `\1`..`\99` or a three-digit octal escape (`\101`), after the first digit `c`.
    fn group_or_octal(&mut self, flags: u32, start: usize, c: u32) -> Result<Escape, Error> {
        let mut digits = alloc::vec![c];
        if let Some(d2) = self.peek().filter(|&d| digit(d)) {
            self.pos += 1;
            digits.push(d2);
            if octal(c) && octal(d2) {
                if let Some(d3) = self.peek().filter(|&d| octal(d)) {
                    self.pos += 1;
                    let v = (c - 0x30) * 64 + (d2 - 0x30) * 8 + (d3 - 0x30);
                    if v > 0o377 {
                        let msg = format!(
                            "octal escape value \\{} outside of range 0-0o377",
                            text(&[c, d2, d3])
                        );
                        return err(msg, start);
                    }
                    return Ok(Escape::Char(v));
                }
            }
        }
        let group = digits.iter().fold(0, |n, &d| n * 10 + (d - 0x30));
        if group <= self.groups {
            let node = self.backref(group, flags, start, self.pos)?;
            return Ok(Escape::Node(node));
        }
        err(format!("invalid group reference {group}"), start + 1)
    }

    /// `\N{name}`: upy has no table of character names, so only the form is checked.
    fn named_char(&mut self, start: usize) -> Result<Escape, Error> {
        if !self.eat('{') {
            return err("missing {".into(), self.pos);
        }
        let name_start = self.pos;
        let mut name = String::new();
        loop {
            match self.peek() {
                None if name.is_empty() => {
                    return err("missing character name".into(), name_start);
                }
                None => return err("missing }, unterminated name".into(), name_start),
                Some(0x7d) => break,
                Some(c) => {
                    name.push(ch(c));
                    self.pos += 1;
                }
            }
        }
        self.pos += 1;
        if name.is_empty() {
            return err("missing character name".into(), name_start);
        }
        let _ = start;
        let msg = format!("undefined character name {}", super::py_repr(&name));
        err(msg, start)
    }

    /// A character class at the cursor (a `[`).
    pub(super) fn class(&mut self, flags: u32) -> Result<Node, Error> {
        let here = self.pos;
        self.pos += 1;
        let mut class = Class {
            negated: self.eat('^'),
            ..Class::default()
        };
        let mut items = 0usize;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set".into(), here);
            };
            if c == u32::from(b']') && items > 0 {
                self.pos += 1;
                break;
            }
            items += 1;
            let this_start = self.pos;
            let first = self.class_item(flags)?;
            if self.eat('-') {
                let Some(c2) = self.peek() else {
                    return err("unterminated character set".into(), here);
                };
                if c2 == u32::from(b']') {
                    self.pos += 1;
                    add_item(&mut class, first);
                    class.ranges.push((0x2d, 0x2d));
                    break;
                }
                let second = self.class_item(flags)?;
                let (Escape::Char(lo), Escape::Char(hi)) = (&first, &second) else {
                    return err(self.range_message(this_start), this_start);
                };
                if hi < lo {
                    return err(self.range_message(this_start), this_start);
                }
                class.ranges.push((*lo, *hi));
            } else {
                add_item(&mut class, first);
            }
        }
        let case = case_of(flags, self.bytes);
        class.normalize(case);
        Ok(Node::Set {
            class,
            case,
            ascii: ascii_of(flags, self.bytes),
        })
    }

    fn range_message(&self, start: usize) -> String {
        format!(
            "bad character range {}",
            text(self.src.get(start..self.pos).unwrap_or(&[]))
        )
    }

    /// One item of a class: a character, an escape or a category.
    fn class_item(&mut self, flags: u32) -> Result<Escape, Error> {
        match self.peek() {
            Some(0x5c) => self.escape(flags, true),
            Some(c) => {
                self.pos += 1;
                Ok(Escape::Char(c))
            }
            None => err("unterminated character set".into(), self.pos),
        }
    }
}

fn add_item(class: &mut Class, item: Escape) {
    match item {
        Escape::Char(c) => class.ranges.push((c, c)),
        Escape::Cat(cat) => class.cats.push(cat),
        Escape::Node(_) => {}
    }
}

fn hex_number(digits: &[u32]) -> u32 {
    digits.iter().fold(0u32, |n, &d| {
        n.wrapping_mul(16).wrapping_add(hex_value(d).unwrap_or(0))
    })
}
