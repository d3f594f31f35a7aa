//! The parser's groups: `(...)`, `(?:...)`, `(?P<name>...)`, `(?P=name)`, comments,
//! lookarounds, conditionals, atomic groups and inline flags.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Error, ErrorKind, GroupResult, MAX_DEPTH, Parser, err, is_identifier, py_repr, text};
use crate::modules::re::ast::Node;
use crate::modules::re::chars::Case;
use crate::modules::re::flags::*;

/// The flag a letter of `(?aiLmsux)` stands for.
fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

fn is_alpha(c: u32) -> bool {
    char::from_u32(c).is_some_and(char::is_alphabetic)
}

impl Parser<'_> {
    /// A group starting at the `(` under the cursor.
    pub(super) fn group(&mut self, flags: u32, at_start: bool) -> Result<GroupResult, Error> {
        let start = self.pos;
        self.pos += 1;
        if !self.eat('?') {
            let index = self.open_group(start)?;
            let body = self.nested(flags, start)?;
            return Ok(GroupResult::Node(self.close_group(index, body)));
        }
        let Some(c) = self.peek() else {
            return err("unexpected end of pattern".into(), self.pos);
        };
        self.pos += 1;
        let node = match char::from_u32(c).unwrap_or('\0') {
            'P' => {
                let Some(c2) = self.peek() else {
                    return err("unexpected end of pattern".into(), self.pos);
                };
                self.pos += 1;
                if c2 == u32::from(b'<') {
                    let name = self.name_until('>')?;
                    let index = self.open_group(start)?;
                    if let Some(&(_, was)) = self.names.iter().find(|(n, _)| *n == name) {
                        let msg = format!(
                            "redefinition of group name {} as group {index}; was group {was}",
                            py_repr(&name)
                        );
                        return err(msg, self.pos - name.chars().count() - 1);
                    }
                    self.names.push((name, index));
                    let body = self.nested(flags, start)?;
                    self.close_group(index, body)
                } else if c2 == u32::from(b'=') {
                    let name = self.name_until(')')?;
                    let name_pos = self.pos - name.chars().count() - 1;
                    let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) else {
                        return err(format!("unknown group name {}", py_repr(&name)), name_pos);
                    };
                    let after = self.pos;
                    self.backref(g, flags, name_pos, after)?
                } else {
                    let msg = format!("unknown extension ?P{}", text(&[c2]));
                    return err(msg, start + 1);
                }
            }
            ':' => self.nested(flags, start)?,
            '#' => {
                loop {
                    match self.peek() {
                        None => return err("missing ), unterminated comment".into(), start),
                        Some(0x29) => break,
                        Some(_) => self.pos += 1,
                    }
                }
                self.pos += 1;
                return Ok(GroupResult::Nothing);
            }
            '=' | '!' => {
                let body = self.nested(flags, start)?;
                Node::Look {
                    behind: false,
                    negated: c == u32::from(b'!'),
                    body: Box::new(body),
                }
            }
            '<' => {
                let Some(c2) = self.peek() else {
                    return err("unexpected end of pattern".into(), self.pos);
                };
                if c2 != u32::from(b'=') && c2 != u32::from(b'!') {
                    return err(format!("unknown extension ?<{}", text(&[c2])), start + 1);
                }
                self.pos += 1;
                let outer = self.lookbehind_groups;
                if outer.is_none() {
                    self.lookbehind_groups = Some(self.groups);
                }
                let body = self.nested(flags, start)?;
                if outer.is_none() {
                    self.lookbehind_groups = None;
                }
                Node::Look {
                    behind: true,
                    negated: c2 == u32::from(b'!'),
                    body: Box::new(body),
                }
            }
            '(' => self.conditional(flags, start)?,
            '>' => Node::Atomic(Box::new(self.nested(flags, start)?)),
            _ if flag_of(c).is_some() || c == u32::from(b'-') => match self.inline_flags(c)? {
                None => {
                    if !at_start {
                        let msg = "global flags not at the start of the expression";
                        return err(msg.into(), start);
                    }
                    let add = self.pending_flags;
                    return Ok(GroupResult::GlobalFlags(add));
                }
                Some((add, del)) => {
                    let inner = (flags | add) & !del;
                    self.nested(inner, start)?
                }
            },
            _ => return err(format!("unknown extension ?{}", text(&[c])), start + 1),
        };
        Ok(GroupResult::Node(node))
    }

    /// The body of a group up to its `)` (consumed), one level deeper.
    fn nested(&mut self, flags: u32, start: usize) -> Result<Node, Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Error {
                kind: ErrorKind::Recursion,
                msg: "maximum recursion depth exceeded".into(),
                pos: None,
            });
        }
        let body = self.alternation(flags, false)?;
        self.depth -= 1;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern".into(), start);
        }
        Ok(body)
    }

    fn open_group(&mut self, _start: usize) -> Result<u32, Error> {
        self.groups += 1;
        let index = self.groups;
        self.open.push(index);
        Ok(index)
    }

    fn close_group(&mut self, index: u32, body: Node) -> Node {
        self.open.retain(|&g| g != index);
        let w = body.width(&self.widths);
        while self.widths.len() <= index as usize {
            self.widths.push((0, super::MAXREPEAT));
        }
        if let Some(slot) = self.widths.get_mut(index as usize) {
            *slot = w;
        }
        Node::Group {
            index,
            body: Box::new(body),
        }
    }

    /// A backreference to group `g`, checked as CPython checks it; errors point at `pos`,
    /// or at `after` (the end of the reference) for one inside a look-behind.
    pub(super) fn backref(
        &mut self,
        g: u32,
        flags: u32,
        pos: usize,
        after: usize,
    ) -> Result<Node, Error> {
        if self.open.contains(&g) {
            return err("cannot refer to an open group".into(), pos);
        }
        if let Some(before) = self.lookbehind_groups {
            if g > before {
                let msg = "cannot refer to group defined in the same lookbehind subpattern";
                return err(msg.into(), after);
            }
        }
        let case = if flags & IGNORECASE == 0 {
            Case::Exact
        } else if self.bytes || flags & (ASCII | LOCALE) != 0 {
            Case::Ascii
        } else {
            Case::Unicode
        };
        Ok(Node::Backref { group: g, case })
    }

    /// A group name up to `end` (consumed), checked.
    fn name_until(&mut self, end: char) -> Result<String, Error> {
        let start = self.pos;
        let name = self.raw_name_until(end)?;
        let ok = (name.is_ascii() || !self.bytes) && is_identifier(&name);
        if !ok {
            return err(
                format!("bad character in group name {}", py_repr(&name)),
                start,
            );
        }
        Ok(name)
    }

    /// The text up to `end` (consumed), which must not be empty.
    fn raw_name_until(&mut self, end: char) -> Result<String, Error> {
        let start = self.pos;
        let mut chars: Vec<u32> = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                if chars.is_empty() {
                    return err("missing group name".into(), self.pos);
                }
                return err(format!("missing {end}, unterminated name"), start);
            };
            self.pos += 1;
            if c == end as u32 {
                if chars.is_empty() {
                    return err("missing group name".into(), self.pos - 1);
                }
                break;
            }
            chars.push(c);
            // A backslash takes the next character with it, as a token.
            if c == u32::from(b'\\') {
                if let Some(n) = self.peek() {
                    self.pos += 1;
                    chars.push(n);
                }
            }
        }
        Ok(text(&chars))
    }

    /// `(?(group)yes|no)` after its `(?(`.
    fn conditional(&mut self, flags: u32, start: usize) -> Result<Node, Error> {
        let name_pos = self.pos;
        let name = self.raw_name_until(')')?;
        let numeric = name
            .chars()
            .all(|c| crate::unicode::decimal_value(c).is_some());
        if !is_identifier(&name) && !numeric {
            let msg = format!("bad character in group name {}", py_repr(&name));
            return err(msg, name_pos);
        }
        let group = if is_identifier(&name) {
            match self.names.iter().find(|(n, _)| *n == name) {
                Some(&(_, g)) => g,
                None => {
                    return err(format!("unknown group name {}", py_repr(&name)), name_pos);
                }
            }
        } else {
            let mut g: u64 = 0;
            for c in name.chars() {
                let d = crate::unicode::decimal_value(c).unwrap_or(0);
                g = g.saturating_mul(10).saturating_add(u64::from(d));
            }
            if g == 0 {
                return err("bad group number".into(), name_pos);
            }
            if g >= 1 << 30 {
                return err(format!("invalid group reference {g}"), name_pos);
            }
            let g = g as u32;
            if !self.cond_refs.iter().any(|&(r, _)| r == g) {
                self.cond_refs.push((g, name_pos));
            }
            if let Some(before) = self.lookbehind_groups {
                if g > before {
                    let msg = "cannot refer to group defined in the same lookbehind subpattern";
                    return err(msg.into(), name_pos);
                }
            }
            g
        };
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Error {
                kind: ErrorKind::Recursion,
                msg: "maximum recursion depth exceeded".into(),
                pos: None,
            });
        }
        let yes = self.sequence(flags, false)?;
        let no = if self.eat('|') {
            let no = self.sequence(flags, false)?;
            if self.peek() == Some(u32::from(b'|')) {
                let msg = "conditional backref with more than two branches";
                return err(msg.into(), self.pos);
            }
            no
        } else {
            Node::Empty
        };
        self.depth -= 1;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern".into(), start);
        }
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    /// The flags of `(?aiLmsux-imsx:` or `(?aiLmsux)`, from their first letter `c` (already
    /// read): None for global flags (stored in `pending_flags`), else the flags turned on and
    /// off for the group.
    fn inline_flags(&mut self, mut c: u32) -> Result<Option<(u32, u32)>, Error> {
        let mut add = 0;
        let mut del = 0;
        if c != u32::from(b'-') {
            loop {
                let flag = flag_of(c).unwrap_or(0);
                if !self.bytes && c == u32::from(b'L') {
                    let msg = "bad inline flags: cannot use 'L' flag with a str pattern";
                    return err(msg.into(), self.pos);
                }
                if self.bytes && c == u32::from(b'u') {
                    let msg = "bad inline flags: cannot use 'u' flag with a bytes pattern";
                    return err(msg.into(), self.pos);
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    let msg = "bad inline flags: flags 'a', 'u' and 'L' are incompatible";
                    return err(msg.into(), self.pos);
                }
                let Some(n) = self.peek() else {
                    return err("missing -, : or )".into(), self.pos);
                };
                self.pos += 1;
                c = n;
                if matches!(c, 0x29 | 0x2d | 0x3a) {
                    break;
                }
                if flag_of(c).is_none() {
                    let msg = if is_alpha(c) {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return err(msg.into(), self.pos - 1);
                }
            }
        }
        if c == u32::from(b')') {
            self.pending_flags = add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            let msg = "bad inline flags: cannot turn on global flag";
            return err(msg.into(), self.pos - 1);
        }
        if c == u32::from(b'-') {
            let Some(n) = self.peek() else {
                return err("missing flag".into(), self.pos);
            };
            self.pos += 1;
            c = n;
            if flag_of(c).is_none() {
                let msg = if is_alpha(c) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return err(msg.into(), self.pos - 1);
            }
            loop {
                let flag = flag_of(c).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    let msg = "bad inline flags: cannot turn off flags 'a', 'u' and 'L'";
                    return err(msg.into(), self.pos);
                }
                del |= flag;
                let Some(n) = self.peek() else {
                    return err("missing :".into(), self.pos);
                };
                self.pos += 1;
                c = n;
                if c == u32::from(b':') {
                    break;
                }
                if flag_of(c).is_none() {
                    let msg = if is_alpha(c) {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return err(msg.into(), self.pos - 1);
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            let msg = "bad inline flags: cannot turn off global flag";
            return err(msg.into(), self.pos - 1);
        }
        if add & del != 0 {
            let msg = "bad inline flags: flag turned on and off";
            return err(msg.into(), self.pos - 1);
        }
        Ok(Some((add, del)))
    }
}
