//! The indentation stack: turning leading whitespace into INDENT and DEDENT tokens.
//!
//! As in CPython, a tab advances the column to the next multiple of 8 and a form feed resets
//! it. Each level is also measured with tabs counting as one column ("alt" columns): if the
//! two measures disagree about whether a line is indented more, less or the same, the
//! source mixes tabs and spaces ambiguously and that is a `TabError`. The stack always holds
//! the outermost level 0 and never more than [`MAX_INDENT`] levels.

use alloc::vec;
use alloc::vec::Vec;

use super::cursor::Cursor;
use crate::ast::Span;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// CPython's limit on indentation levels (including the outermost).
pub const MAX_INDENT: usize = 100;

pub struct Indents {
    stack: Vec<(u32, u32)>,
}

/// What the indentation of a new logical line does.
pub enum Change {
    Same,
    Indent,
    Dedent(usize),
}

impl Indents {
    pub fn new() -> Indents {
        Indents {
            stack: vec![(0, 0)],
        }
    }

    /// Measures the indentation at `cur.pos`, consuming it: `(column, alt column)`.
    pub fn measure(cur: &mut Cursor<'_>) -> (u32, u32) {
        let mut col: u32 = 0;
        let mut alt: u32 = 0;
        loop {
            match cur.peek() {
                b' ' => {
                    col = col.saturating_add(1);
                    alt = alt.saturating_add(1);
                }
                b'\t' => {
                    col = (col / 8).saturating_add(1).saturating_mul(8);
                    alt = alt.saturating_add(1);
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => return (col, alt),
            }
            cur.bump();
        }
    }

    /// Applies a line indented to `(col, alt)`; `span` locates errors.
    pub fn apply(&mut self, col: u32, alt: u32, span: Span) -> Result<Change, SyntaxError> {
        let (top, top_alt) = self.top();
        if col == top {
            if alt != top_alt {
                return Err(tab_error(span));
            }
            Ok(Change::Same)
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error(span));
            }
            if self.stack.len() >= MAX_INDENT {
                return Err(SyntaxError::new("too many levels of indentation", span)
                    .with_kind(SyntaxErrorKind::Indentation));
            }
            self.stack.push((col, alt));
            Ok(Change::Indent)
        } else {
            let mut n = 0;
            while self.stack.len() > 1 && col < self.top().0 {
                self.stack.pop();
                n += 1;
            }
            let (top, top_alt) = self.top();
            if col != top {
                return Err(SyntaxError::new(
                    "unindent does not match any outer indentation level",
                    span,
                )
                .with_kind(SyntaxErrorKind::Indentation));
            }
            if alt != top_alt {
                return Err(tab_error(span));
            }
            Ok(Change::Dedent(n))
        }
    }

    /// The number of open levels above the outermost.
    pub fn depth(&self) -> usize {
        self.stack.len() - 1
    }

    fn top(&self) -> (u32, u32) {
        self.stack.last().copied().unwrap_or((0, 0))
    }
}

fn tab_error(span: Span) -> SyntaxError {
    SyntaxError::new("inconsistent use of tabs and spaces in indentation", span)
        .with_kind(SyntaxErrorKind::Tab)
}
