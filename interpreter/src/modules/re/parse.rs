//! The pattern parser: pattern text (code points, or bytes as values 0-255) to a syntax tree,
//! with CPython's error messages and positions.
//!
//! Nesting (groups inside groups) recurses in Rust, bounded by `MAX_DEPTH`: a deeper pattern
//! is a RecursionError, never a stack overflow. Positions in errors count characters of the
//! pattern from 0.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::{Greed, MAXREPEAT, Node};
use super::chars::{Case, Cat, Class, fold_as};
use super::flags::*;

/// How deeply groups may nest.
pub const MAX_DEPTH: usize = 200;

/// Why a pattern was refused.
#[derive(Debug)]
pub enum ErrorKind {
    /// `re.error`, at a position (or none).
    Syntax,
    /// OverflowError (a repeat count past `MAXREPEAT`).
    Overflow,
    /// RecursionError (nesting past `MAX_DEPTH`).
    Recursion,
    /// ValueError (incompatible flags).
    Value,
}

#[derive(Debug)]
pub struct Error {
    pub kind: ErrorKind,
    pub msg: String,
    pub pos: Option<usize>,
}

fn err<T>(msg: String, pos: usize) -> Result<T, Error> {
    Err(Error {
        kind: ErrorKind::Syntax,
        msg,
        pos: Some(pos),
    })
}

/// A parsed pattern.
pub struct Parsed {
    pub root: Node,
    /// The number of capturing groups.
    pub groups: u32,
    /// Named groups, in order of definition.
    pub names: Vec<(String, u32)>,
    /// The flags after inline global flags and the implied `re.UNICODE` of str patterns.
    pub flags: u32,
}

struct Parser<'a> {
    src: &'a [u32],
    pos: usize,
    bytes: bool,
    /// The global flags (the argument and `(?x)` at the start).
    flags: u32,
    groups: u32,
    names: Vec<(String, u32)>,
    /// Groups opened and not yet closed.
    open: Vec<u32>,
    /// The (min, max) width of each closed group, by number (entry 0 unused).
    widths: Vec<(u32, u32)>,
    /// Conditional references to check once every group is known: (group, position).
    cond_refs: Vec<(u32, usize)>,
    /// While inside a look-behind: the number of groups before it.
    lookbehind_groups: Option<u32>,
    depth: usize,
    /// The flags of the global flag group just read.
    pending_flags: u32,
}

/// Parses `src` with the flags given to `compile`.
pub fn parse(src: &[u32], bytes: bool, flags: u32) -> Result<Parsed, Error> {
    let mut p = Parser {
        src,
        pos: 0,
        bytes,
        flags,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        widths: alloc::vec![(0, 0)],
        cond_refs: Vec::new(),
        lookbehind_groups: None,
        depth: 0,
        pending_flags: 0,
    };
    let root = p.alternation(flags, true)?;
    if p.pos < src.len() {
        // Only a `)` stops the top level early.
        return err("unbalanced parenthesis".into(), p.pos);
    }
    for &(g, pos) in &p.cond_refs {
        if g > p.groups {
            return err(format!("invalid group reference {g}"), pos);
        }
    }
    let flags = fix_flags(p.flags, bytes)?;
    Ok(Parsed {
        root,
        groups: p.groups,
        names: p.names,
        flags,
    })
}

/// The checks CPython makes of a pattern's final flags.
pub fn fix_flags(mut flags: u32, bytes: bool) -> Result<u32, Error> {
    let value = |msg: &str| Error {
        kind: ErrorKind::Value,
        msg: msg.into(),
        pos: None,
    };
    if bytes {
        if flags & UNICODE != 0 {
            return Err(value("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(value("ASCII and LOCALE flags are incompatible"));
        }
    } else {
        if flags & LOCALE != 0 {
            return Err(value("cannot use LOCALE flag with a str pattern"));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(value("ASCII and UNICODE flags are incompatible"));
        }
    }
    Ok(flags)
}

/// A character's text for messages.
fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

fn text(cs: &[u32]) -> String {
    cs.iter().map(|&c| ch(c)).collect()
}

/// Python's `repr` of a str (for group names in messages).
pub fn py_repr(s: &str) -> String {
    let mut out = String::new();
    crate::vm::repr_text(s, &mut out);
    out
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(crate::lex::cursor::is_id_start)
        && chars.all(crate::lex::cursor::is_id_continue)
}

fn octal(c: u32) -> bool {
    (0x30..=0x37).contains(&c)
}

fn digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

fn hex_value(c: u32) -> Option<u32> {
    char::from_u32(c)?.to_digit(16)
}

/// The comparison mode of a literal under `flags`.
fn case_of(flags: u32, bytes: bool) -> Case {
    if flags & IGNORECASE == 0 {
        Case::Exact
    } else if bytes || flags & (ASCII | LOCALE) != 0 {
        Case::Ascii
    } else {
        Case::Unicode
    }
}

fn ascii_of(flags: u32, bytes: bool) -> bool {
    bytes || flags & (ASCII | LOCALE) != 0
}

/// What an escape stands for.
enum Escape {
    Char(u32),
    Cat(Cat),
    Node(Node),
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.src.get(self.pos).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c as u32) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn lit(&self, c: u32, flags: u32) -> Node {
        let case = case_of(flags, self.bytes);
        Node::Lit {
            c: fold_as(c, case),
            case,
        }
    }

    /// Skips whitespace and `#` comments (verbose mode).
    fn skip_verbose(&mut self) {
        while let Some(c) = self.peek() {
            if matches!(c, 0x20 | 0x09..=0x0d) {
                self.pos += 1;
            } else if c == u32::from(b'#') {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == 0x0a {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// Alternatives separated by `|`, up to a `)` or the end.
    fn alternation(&mut self, flags: u32, top: bool) -> Result<Node, Error> {
        let mut alts = Vec::new();
        loop {
            let first = top && alts.is_empty();
            alts.push(self.sequence(flags, first)?);
            if !self.eat('|') {
                break;
            }
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    /// Items up to a `|`, a `)` or the end. `first`: at the very start of the pattern, where
    /// global flags may stand.
    fn sequence(&mut self, mut flags: u32, first: bool) -> Result<Node, Error> {
        let mut items: Vec<Node> = Vec::new();
        // Whether the items so far are only global flag groups.
        let mut only_flags = first;
        // Whether a comment group came last, and what the item before it was.
        let mut after_comment = false;
        let mut last_quantified = false;
        let mut last_grouped = false;
        loop {
            if flags & VERBOSE != 0 {
                self.skip_verbose();
            }
            let Some(c) = self.peek() else { break };
            let here = self.pos;
            let item = match char::from_u32(c).unwrap_or('\0') {
                '|' | ')' => break,
                '*' | '+' | '?' | '{' => {
                    if c == u32::from(b'{') && self.quantifier_braces().is_none() {
                        self.pos += 1;
                        self.lit(c, flags)
                    } else if let (true, Some(last)) = (after_comment, items.pop()) {
                        // `a(?#...)*`: the quantifier applies to the item before the comment.
                        if last_quantified {
                            return err("multiple repeat".into(), here);
                        }
                        let item = self.quantify(last, flags, last_grouped)?;
                        items.push(item);
                        last_quantified = true;
                        continue;
                    } else {
                        return err("nothing to repeat".into(), here);
                    }
                }
                '(' => match self.group(flags, only_flags)? {
                    GroupResult::Node(n) => n,
                    GroupResult::GlobalFlags(add) => {
                        self.flags |= add;
                        flags |= add;
                        after_comment = true;
                        continue;
                    }
                    GroupResult::Nothing => {
                        after_comment = true;
                        continue;
                    }
                },
                '[' => self.class(flags)?,
                '.' => {
                    self.pos += 1;
                    Node::Any {
                        dotall: flags & DOTALL != 0,
                    }
                }
                '^' => {
                    self.pos += 1;
                    Node::Bol {
                        multiline: flags & MULTILINE != 0,
                    }
                }
                '$' => {
                    self.pos += 1;
                    Node::Eol {
                        multiline: flags & MULTILINE != 0,
                    }
                }
                '\\' => match self.escape(flags, false)? {
                    Escape::Char(c) => self.lit(c, flags),
                    Escape::Cat(cat) => Node::Set {
                        class: Class {
                            negated: false,
                            ranges: Vec::new(),
                            cats: alloc::vec![cat],
                        },
                        case: Case::Exact,
                        ascii: ascii_of(flags, self.bytes),
                    },
                    Escape::Node(n) => n,
                },
                _ => {
                    self.pos += 1;
                    self.lit(c, flags)
                }
            };
            only_flags = false;
            after_comment = false;
            let grouped = c == u32::from(b'(');
            let before = self.pos;
            let item = self.quantify(item, flags, grouped)?;
            last_quantified = self.pos != before && matches!(item, Node::Repeat { .. });
            last_grouped = grouped;
            items.push(item);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// Reads `{m,n}` at the cursor without moving it, or None when the braces are not a
    /// quantifier (then `{` is a literal).
    fn quantifier_braces(&self) -> Option<Braces<'_>> {
        let rest = self.src.get(self.pos..)?;
        if rest.first() != Some(&u32::from(b'{')) || rest.get(1) == Some(&u32::from(b'}')) {
            return None;
        }
        let digits_from = |mut i: usize| {
            let start = i;
            while rest.get(i).is_some_and(|&c| digit(c)) {
                i += 1;
            }
            (rest.get(start..i).unwrap_or(&[]), i)
        };
        let (lo, mut i) = digits_from(1);
        let (hi, _) = if rest.get(i) == Some(&u32::from(b',')) {
            let (hi, j) = digits_from(i + 1);
            i = j;
            (hi, true)
        } else {
            (lo, false)
        };
        if rest.get(i) != Some(&u32::from(b'}')) {
            return None;
        }
        Some(Braces { lo, hi, len: i + 1 })
    }

    /// Applies the quantifiers that follow `item`; a group (`grouped`) can always be
    /// repeated, whatever its body.
    fn quantify(&mut self, item: Node, flags: u32, grouped: bool) -> Result<Node, Error> {
        if flags & VERBOSE != 0 {
            self.skip_verbose();
        }
        let here = self.pos;
        let Some(c) = self.peek() else {
            return Ok(item);
        };
        let (min, max) = match char::from_u32(c).unwrap_or('\0') {
            '*' => {
                self.pos += 1;
                (0, MAXREPEAT)
            }
            '+' => {
                self.pos += 1;
                (1, MAXREPEAT)
            }
            '?' => {
                self.pos += 1;
                (0, 1)
            }
            '{' => {
                let Some(Braces { lo, hi, len }) = self.quantifier_braces() else {
                    return Ok(item);
                };
                let min = if lo.is_empty() { 0 } else { repeat_number(lo)? };
                let max = if hi.is_empty() {
                    MAXREPEAT
                } else {
                    repeat_number(hi)?
                };
                if max < min {
                    return err("min repeat greater than max repeat".into(), here + 1);
                }
                self.pos += len;
                (min, max)
            }
            _ => return Ok(item),
        };
        let anchor = matches!(
            item,
            Node::Empty
                | Node::Bol { .. }
                | Node::Eol { .. }
                | Node::StartText
                | Node::EndText
                | Node::WordBoundary { .. }
        );
        if anchor && !grouped {
            return err("nothing to repeat".into(), here);
        }
        let greed = if self.eat('?') {
            Greed::Lazy
        } else if self.eat('+') {
            Greed::Possessive
        } else {
            Greed::Greedy
        };
        let node = Node::Repeat {
            body: Box::new(item),
            min,
            max,
            greed,
        };
        // A second quantifier is an error.
        if flags & VERBOSE != 0 {
            self.skip_verbose();
        }
        if let Some(c) = self.peek() {
            let again = matches!(c, 0x2a | 0x2b | 0x3f)
                || (c == u32::from(b'{') && self.quantifier_braces().is_some());
            if again {
                return err("multiple repeat".into(), self.pos);
            }
        }
        Ok(node)
    }
}

/// A repeat bound: its digits as a number below `MAXREPEAT`.
fn repeat_number(digits: &[u32]) -> Result<u32, Error> {
    let mut n: u64 = 0;
    for &d in digits {
        n = n.saturating_mul(10).saturating_add(u64::from(d - 0x30));
    }
    if n >= u64::from(MAXREPEAT) {
        return Err(Error {
            kind: ErrorKind::Overflow,
            msg: "the repetition number is too large".into(),
            pos: None,
        });
    }
    Ok(n as u32)
}

/// The parts of a `{m,n}` quantifier: the digits of each bound (the same for `{m}`) and the
/// length of the whole.
struct Braces<'s> {
    lo: &'s [u32],
    hi: &'s [u32],
    len: usize,
}

enum GroupResult {
    Node(Node),
    GlobalFlags(u32),
    Nothing,
}

#[path = "parse_escape.rs"]
mod escape;
#[path = "parse_group.rs"]
mod group;
