//! The syntax tree of a regular expression, as `parse` builds it and `compile` reads it.
//!
//! Every leaf carries the flags in force where it was written (`(?i:...)` scopes them), so
//! the compiler needs no flag state of its own.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::chars::{Case, Class};

/// The largest repeat count (`{m,n}` bounds must stay below it); also "unbounded".
pub const MAXREPEAT: u32 = u32::MAX;

/// How a repeat chooses how many times to match.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Debug)]
pub enum Node {
    Empty,
    /// One character, compared as `case` says (already folded when not exact).
    Lit {
        c: u32,
        case: Case,
    },
    /// `.`: any character, or any but a newline.
    Any {
        dotall: bool,
    },
    Set {
        class: Class,
        case: Case,
        ascii: bool,
    },
    /// `^`.
    Bol {
        multiline: bool,
    },
    /// `$`.
    Eol {
        multiline: bool,
    },
    /// `\A`.
    StartText,
    /// `\Z`.
    EndText,
    /// `\b` (or `\B` when `negated`).
    WordBoundary {
        negated: bool,
        ascii: bool,
    },
    /// A capturing group (numbered from 1).
    Group {
        index: u32,
        body: Box<Node>,
    },
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        body: Box<Node>,
        min: u32,
        /// `MAXREPEAT` for no bound.
        max: u32,
        greed: Greed,
    },
    Backref {
        group: u32,
        case: Case,
    },
    Look {
        behind: bool,
        negated: bool,
        body: Box<Node>,
    },
    /// `(?(group)yes|no)`.
    Cond {
        group: u32,
        yes: Box<Node>,
        no: Box<Node>,
    },
    /// `(?>...)`.
    Atomic(Box<Node>),
}

impl Node {
    /// The least and most characters the node can match (`MAXREPEAT` for unbounded), given
    /// the widths of the groups so far (for backreferences).
    pub fn width(&self, groups: &[(u32, u32)]) -> (u32, u32) {
        match self {
            Node::Empty
            | Node::Bol { .. }
            | Node::Eol { .. }
            | Node::StartText
            | Node::EndText
            | Node::WordBoundary { .. }
            | Node::Look { .. } => (0, 0),
            Node::Lit { .. } | Node::Any { .. } | Node::Set { .. } => (1, 1),
            Node::Group { body, .. } | Node::Atomic(body) => body.width(groups),
            Node::Concat(items) => items.iter().fold((0, 0), |(lo, hi), n| {
                let (a, b) = n.width(groups);
                (lo.saturating_add(a), hi.saturating_add(b))
            }),
            Node::Alt(items) => {
                let mut lo = MAXREPEAT;
                let mut hi = 0;
                for n in items {
                    let (a, b) = n.width(groups);
                    lo = lo.min(a);
                    hi = hi.max(b);
                }
                if items.is_empty() { (0, 0) } else { (lo, hi) }
            }
            Node::Repeat { body, min, max, .. } => {
                let (a, b) = body.width(groups);
                let hi = if *max == MAXREPEAT && b > 0 {
                    MAXREPEAT
                } else {
                    b.saturating_mul(*max)
                };
                (a.saturating_mul(*min), hi)
            }
            Node::Backref { group, .. } => groups
                .get(*group as usize)
                .copied()
                .unwrap_or((0, MAXREPEAT)),
            Node::Cond { yes, no, .. } => {
                let (a, b) = yes.width(groups);
                let (c, d) = no.width(groups);
                (a.min(c), b.max(d))
            }
        }
    }
}
