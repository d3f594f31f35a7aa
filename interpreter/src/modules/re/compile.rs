//! The compiler: a syntax tree to a program (`prog`), and the first-character items that let
//! `search` skip positions where no match can start.
//!
//! A repeat of one character (`a*`, `[0-9]+?`, `.{2,5}+`) becomes a single `REP1`, which the
//! executor runs without a backtrack entry per character; other repeats become loops with a
//! counter register. Possessive repeats are greedy loops inside an atomic group.

use alloc::vec::Vec;

use super::ast::{Greed, MAXREPEAT, Node};
use super::chars::{Case, Class};
use super::parse::Parsed;
use super::prog::*;

/// Why a tree could not be compiled.
pub enum CompileError {
    /// A look-behind whose width varies.
    LookBehindWidth,
    /// A repeat under the (deprecated) TEMPLATE flag, named by CPython's operator.
    Template(&'static str),
}

struct Compiler {
    code: Vec<u32>,
    /// TEMPLATE patterns cannot repeat.
    template: bool,
    repeats: u32,
    /// Group widths by number, filled in as groups are compiled (for look-behind widths).
    widths: Vec<(u32, u32)>,
}

/// Compiles a parsed pattern.
pub fn compile(parsed: &Parsed, bytes: bool) -> Result<Vec<u32>, CompileError> {
    let mut c = Compiler {
        code: alloc::vec![0; HEADER],
        template: parsed.flags & super::flags::TEMPLATE != 0,
        repeats: 0,
        widths: alloc::vec![(0, MAXREPEAT); parsed.groups as usize + 1],
    };
    c.node(&parsed.root)?;
    c.code.push(MATCH);
    let mut code = c.code;
    code[0] = MAGIC;
    code[H_FLAGS] = parsed.flags;
    code[H_GROUPS] = parsed.groups;
    code[H_REPEATS] = c.repeats;
    code[H_BYTES] = u32::from(bytes);
    code[H_ANCHORED] = u32::from(anchored(&parsed.root));
    let mut items = Vec::new();
    if first_items(&parsed.root, &mut items) && !items.is_empty() {
        code[H_FIRST] = code.len() as u32;
        code[H_NFIRST] = items.len() as u32;
        for item in items {
            emit_single(&mut code, item);
        }
    }
    Ok(code)
}

/// Whether every match must start at the beginning of the subject (`\A` or `^` first).
fn anchored(node: &Node) -> bool {
    match node {
        Node::StartText | Node::Bol { multiline: false } => true,
        Node::Concat(items) => items.first().is_some_and(anchored),
        Node::Group { body, .. } | Node::Atomic(body) => anchored(body),
        Node::Alt(items) => !items.is_empty() && items.iter().all(anchored),
        _ => false,
    }
}

fn is_single(node: &Node) -> bool {
    matches!(node, Node::Lit { .. } | Node::Any { .. } | Node::Set { .. })
}

/// Collects single-character nodes one of which must match the first character of any
/// match; false when there is no such small set (a match may be empty, or start anywhere).
fn first_items<'n>(node: &'n Node, out: &mut Vec<&'n Node>) -> bool {
    const MAX_ITEMS: usize = 16;
    let ok = match node {
        Node::Lit { .. } | Node::Any { .. } | Node::Set { .. } => {
            out.push(node);
            true
        }
        Node::Concat(items) => {
            for item in items {
                let (lo, hi) = item.width(&[]);
                if hi == 0 {
                    continue;
                }
                return lo > 0 && first_items(item, out) && out.len() <= MAX_ITEMS;
            }
            false
        }
        Node::Group { body, .. } | Node::Atomic(body) => first_items(body, out),
        Node::Alt(items) => items.iter().all(|n| first_items(n, out)),
        Node::Repeat { body, min, .. } => *min > 0 && first_items(body, out),
        _ => false,
    };
    ok && out.len() <= MAX_ITEMS
}

/// Emits a single-character matcher.
fn emit_single(code: &mut Vec<u32>, node: &Node) {
    match node {
        Node::Lit { c, case } => {
            let op = match case {
                Case::Exact => CHAR,
                Case::Ascii => CHAR_IA,
                Case::Unicode => CHAR_IU,
            };
            code.extend([op, *c]);
        }
        Node::Any { dotall } => code.push(if *dotall { ANY_ALL } else { ANY }),
        Node::Set { class, case, ascii } => emit_set(code, class, *case, *ascii),
        _ => {}
    }
}

fn emit_set(code: &mut Vec<u32>, class: &Class, case: Case, ascii: bool) {
    let mut flags = case.code() << SET_CASE_SHIFT;
    if class.negated {
        flags |= SET_NEGATED;
    }
    if ascii {
        flags |= SET_ASCII;
    }
    let len = 2 + class.cats.len() + 2 * class.ranges.len();
    code.extend([SET, len as u32, flags, class.cats.len() as u32]);
    code.extend(class.cats.iter().map(|c| c.code()));
    for &(lo, hi) in &class.ranges {
        code.extend([lo, hi]);
    }
}

impl Compiler {
    fn here(&self) -> u32 {
        self.code.len() as u32
    }

    /// Emits an instruction with a placeholder operand at `slot` words in; returns the index
    /// of that operand, to patch later.
    fn patch_at(&self, back: usize) -> usize {
        self.code.len() - back
    }

    fn patch(&mut self, at: usize, target: u32) {
        if let Some(w) = self.code.get_mut(at) {
            *w = target;
        }
    }

    fn node(&mut self, node: &Node) -> Result<(), CompileError> {
        match node {
            Node::Empty => {}
            Node::Lit { .. } | Node::Any { .. } | Node::Set { .. } => {
                emit_single(&mut self.code, node)
            }
            Node::Bol { multiline } => self.code.push(if *multiline { BOL_M } else { BOL }),
            Node::Eol { multiline } => self.code.push(if *multiline { EOL_M } else { EOL }),
            Node::StartText => self.code.push(START_TEXT),
            Node::EndText => self.code.push(END_TEXT),
            Node::WordBoundary { negated, ascii } => {
                let op = if *negated { NOT_WORDB } else { WORDB };
                self.code.extend([op, u32::from(*ascii)]);
            }
            Node::Group { index, body } => {
                self.code.extend([SAVE, 2 * index]);
                self.node(body)?;
                self.code.extend([SAVE, 2 * index + 1]);
                let w = body.width(&self.widths);
                if let Some(slot) = self.widths.get_mut(*index as usize) {
                    *slot = w;
                }
            }
            Node::Concat(items) => {
                for item in items {
                    self.node(item)?;
                }
            }
            Node::Alt(items) => self.alternation(items)?,
            Node::Repeat {
                body,
                min,
                max,
                greed,
            } => self.repeat(body, *min, *max, *greed)?,
            Node::Backref { group, case } => {
                self.code.extend([GROUPREF, *group, case.code()]);
            }
            Node::Look {
                behind,
                negated,
                body,
            } => {
                let mut width = 0;
                if *behind {
                    let (lo, hi) = body.width(&self.widths);
                    if lo != hi {
                        return Err(CompileError::LookBehindWidth);
                    }
                    width = lo;
                }
                self.code.extend([
                    LOOK_START,
                    u32::from(*negated),
                    u32::from(*behind),
                    width,
                    0,
                ]);
                let end_at = self.patch_at(1);
                self.node(body)?;
                self.code.push(LOOK_END);
                let here = self.here();
                self.patch(end_at, here);
            }
            Node::Cond { group, yes, no } => {
                self.code.extend([GROUP_EXISTS, *group, 0]);
                let no_at = self.patch_at(1);
                self.node(yes)?;
                self.code.extend([JMP, 0]);
                let end_at = self.patch_at(1);
                let here = self.here();
                self.patch(no_at, here);
                self.node(no)?;
                let here = self.here();
                self.patch(end_at, here);
            }
            Node::Atomic(body) => {
                self.code.push(ATOMIC_START);
                self.node(body)?;
                self.code.push(ATOMIC_END);
            }
        }
        Ok(())
    }

    fn alternation(&mut self, items: &[Node]) -> Result<(), CompileError> {
        let mut ends = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if i + 1 == items.len() {
                self.node(item)?;
                break;
            }
            let first = self.here() + 3;
            self.code.extend([SPLIT, first, 0]);
            let next_at = self.patch_at(1);
            self.node(item)?;
            self.code.extend([JMP, 0]);
            ends.push(self.patch_at(1));
            let here = self.here();
            self.patch(next_at, here);
        }
        let end = self.here();
        for at in ends {
            self.patch(at, end);
        }
        Ok(())
    }

    fn repeat(
        &mut self,
        body: &Node,
        min: u32,
        max: u32,
        greed: Greed,
    ) -> Result<(), CompileError> {
        if self.template {
            return Err(CompileError::Template(match greed {
                Greed::Greedy => "MAX_REPEAT",
                Greed::Lazy => "MIN_REPEAT",
                Greed::Possessive => "POSSESSIVE_REPEAT",
            }));
        }
        if max == 0 {
            return Ok(());
        }
        if is_single(body) {
            let g = match greed {
                Greed::Greedy => GREEDY,
                Greed::Lazy => LAZY,
                Greed::Possessive => POSSESSIVE,
            };
            let mut item = Vec::new();
            emit_single(&mut item, body);
            self.code.extend([REP1, min, max, g, item.len() as u32]);
            self.code.extend(item);
            return Ok(());
        }
        if greed == Greed::Possessive {
            self.code.push(ATOMIC_START);
            self.repeat(body, min, max, Greed::Greedy)?;
            self.code.push(ATOMIC_END);
            return Ok(());
        }
        if min == 0 && max == 1 {
            // `x?` and `x??`: one choice.
            let start = self.here();
            self.code.extend([SPLIT, 0, 0]);
            let body_start = self.here();
            self.node(body)?;
            let end = self.here();
            let (a, b) = if greed == Greed::Lazy {
                (end, body_start)
            } else {
                (body_start, end)
            };
            self.patch(start as usize + 1, a);
            self.patch(start as usize + 2, b);
            return Ok(());
        }
        let r = self.repeats;
        self.repeats += 1;
        self.code.extend([REP_INIT, r]);
        let test = self.here();
        let lazy = u32::from(greed == Greed::Lazy);
        self.code.extend([REP_TEST, r, min, max, lazy, 0]);
        let exit_at = self.patch_at(1);
        self.code.extend([REP_START, r]);
        self.node(body)?;
        self.code.extend([REP_NEXT, r, test, min]);
        let here = self.here();
        self.patch(exit_at, here);
        Ok(())
    }
}
