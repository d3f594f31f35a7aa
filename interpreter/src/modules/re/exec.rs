//! The matcher: runs a program (`prog`) over a subject with an explicit backtracking stack.
//!
//! Nothing here recurses: choices, undo records for captures and counters, and the barriers
//! of atomic groups and lookarounds all live in one `Vec` of [`Entry`]. Running is resumable:
//! [`Exec::run`] executes at most its fuel in steps and returns `Paused` (the caller polls
//! for Ctrl-C and spends the VM's step budget, then calls again), or `NeedMemory` before the
//! stack would pass `stack_limit` (the caller charges the VM's heap budget and raises it).
//! The subject is passed to every call rather than held, so the caller can borrow it from
//! the heap afresh each time; it is read only through bounds-checked accessors.
//!
//! Invariant: every entry above a barrier was pushed after it; the constructs that push
//! barriers remove them (at their end instruction, or when backtracking pops them), so the
//! topmost barrier always belongs to the innermost construct still running.

use alloc::vec::Vec;

use super::chars::{Case, Cat, ascii_lower, fold, in_ranges, is_word, lower, upper};
use super::prog::*;

/// A sequence of characters to match against.
pub trait Subject {
    /// The character at `i`, or `u32::MAX` (which nothing matches) past the end.
    fn at(&self, i: usize) -> u32;

    /// The first index in `from..end` holding `c`.
    fn find(&self, c: u32, from: usize, end: usize) -> Option<usize> {
        (from..end).find(|&i| self.at(i) == c)
    }
}

impl Subject for [u8] {
    fn at(&self, i: usize) -> u32 {
        self.get(i).map_or(u32::MAX, |&b| u32::from(b))
    }

    fn find(&self, c: u32, from: usize, end: usize) -> Option<usize> {
        let byte = u8::try_from(c).ok()?;
        let hay = self.get(from..end.min(self.len()))?;
        hay.iter().position(|&b| b == byte).map(|i| from + i)
    }
}

impl Subject for [u32] {
    fn at(&self, i: usize) -> u32 {
        self.get(i).copied().unwrap_or(u32::MAX)
    }
}

/// Which kind of match is wanted.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// At the start position only.
    Match,
    /// At the start position, through to the end.
    Full,
    /// At the first position from the start where one exists.
    Search,
}

pub enum Outcome {
    Match,
    NoMatch,
    /// Out of fuel: call `run` again to go on.
    Paused,
    /// The stack is at `stack_limit`: raise it and call `run` again.
    NeedMemory,
}

/// An unset capture position.
pub const UNSET: usize = usize::MAX;

#[derive(Clone, Copy)]
enum Entry {
    /// Resume at `pc` with `pos`.
    Choice { pc: u32, pos: usize },
    /// Restore capture slot `slot` and the last group index.
    Mark {
        slot: u32,
        old: usize,
        lastindex: u32,
    },
    /// Restore repeat register `reg`.
    Reg { reg: u32, old: usize },
    /// A single-character repeat that can give back (greedy) or take more (lazy).
    Rep1 {
        cont: u32,
        item: u32,
        start: usize,
        count: usize,
        min: u32,
        max: u32,
        lazy: bool,
    },
    /// The start of an atomic group (`kind` 0) or a lookaround (1 positive, 2 negative),
    /// with the position it started at and (lookarounds) the instruction after it.
    Barrier { kind: u8, pos: usize, end: u32 },
}

/// The size of a stack entry, for charging the heap budget.
pub const ENTRY_BYTES: usize = core::mem::size_of::<Entry>();

pub struct Exec {
    /// The end of the subject as matching sees it (`endpos`).
    pub end: usize,
    /// Where matching starts (`pos`).
    pub start: usize,
    pub mode: Mode,
    /// An empty match at `start` is not allowed (the scan after an empty match).
    pub must_advance: bool,
    /// Capture positions: slots `2g` and `2g + 1` of group `g` (group 0 is the match).
    pub marks: Vec<usize>,
    /// The last group closed (`Match.lastindex`), 0 for none.
    pub lastindex: u32,
    regs: Vec<usize>,
    stack: Vec<Entry>,
    pub stack_limit: usize,
    pc: usize,
    pos: usize,
    /// Where the current attempt started; the next attempt's position.
    attempt: usize,
    next_attempt: usize,
    active: bool,
    fuel: usize,
}

enum Step {
    Next,
    Fail,
    Matched,
}

impl Exec {
    /// A matcher for `code` over a subject of `end` characters from `start`.
    pub fn new(code: &[u32], start: usize, end: usize, mode: Mode) -> Exec {
        let groups = code.get(H_GROUPS).copied().unwrap_or(0) as usize;
        let repeats = code.get(H_REPEATS).copied().unwrap_or(0) as usize;
        Exec {
            end,
            start,
            mode,
            must_advance: false,
            marks: alloc::vec![UNSET; 2 * groups + 2],
            lastindex: 0,
            regs: alloc::vec![0; 2 * repeats],
            stack: Vec::new(),
            stack_limit: 0,
            pc: HEADER,
            pos: start,
            attempt: start,
            next_attempt: start,
            active: false,
            fuel: 0,
        }
    }

    /// Restarts at `start` (for the next match of a scan).
    pub fn restart(&mut self, start: usize, must_advance: bool) {
        self.start = start;
        self.next_attempt = start;
        self.must_advance = must_advance;
        self.active = false;
        self.stack.clear();
    }

    /// Grows the stack's allowance by `entries` (after the caller charged the heap for it).
    pub fn grant(&mut self, entries: usize) {
        self.stack_limit += entries;
        let want = self.stack_limit.saturating_sub(self.stack.len());
        self.stack.reserve_exact(want);
    }

    /// Runs for at most `fuel` steps.
    pub fn run<S: Subject + ?Sized>(&mut self, code: &[u32], s: &S, fuel: usize) -> Outcome {
        self.fuel = fuel;
        loop {
            if !self.active && !self.begin_attempt(code, s) {
                return Outcome::NoMatch;
            }
            if self.fuel == 0 {
                return Outcome::Paused;
            }
            self.fuel -= 1;
            if self.stack.len() + 4 > self.stack_limit {
                return Outcome::NeedMemory;
            }
            match self.step(code, s) {
                Step::Next => {}
                Step::Matched => {
                    self.active = false;
                    return Outcome::Match;
                }
                Step::Fail => {
                    if !self.backtrack(code, s) {
                        self.active = false;
                    }
                }
            }
        }
    }

    /// Starts the next attempt, skipping positions where no match can begin; false when
    /// there are none left.
    fn begin_attempt<S: Subject + ?Sized>(&mut self, code: &[u32], s: &S) -> bool {
        let mut at = self.next_attempt;
        if at > self.end {
            return false;
        }
        if self.mode == Mode::Search && at != self.start && code.get(H_ANCHORED) == Some(&1) {
            return false;
        }
        if self.mode == Mode::Search {
            let first = code.get(H_FIRST).copied().unwrap_or(0) as usize;
            let nfirst = code.get(H_NFIRST).copied().unwrap_or(0) as usize;
            if first != 0 && nfirst == 1 && code.get(first) == Some(&CHAR) {
                let c = self.word(code, first + 1);
                match s.find(c, at, self.end) {
                    Some(i) => at = i,
                    None => return false,
                }
            } else if first != 0 {
                loop {
                    if at >= self.end {
                        return false;
                    }
                    let c = s.at(at);
                    let mut pc = first;
                    let mut hit = false;
                    for _ in 0..nfirst {
                        if self.single(code, pc, c) {
                            hit = true;
                            break;
                        }
                        pc += inst_len(code, pc);
                    }
                    if hit {
                        break;
                    }
                    at += 1;
                }
            }
        }
        self.next_attempt = if self.mode == Mode::Search {
            at + 1
        } else {
            usize::MAX
        };
        self.attempt = at;
        self.pos = at;
        self.pc = HEADER;
        self.stack.clear();
        self.marks.iter_mut().for_each(|m| *m = UNSET);
        self.regs.iter_mut().for_each(|r| *r = 0);
        self.lastindex = 0;
        self.active = true;
        true
    }

    fn word(&self, code: &[u32], pc: usize) -> u32 {
        code.get(pc).copied().unwrap_or(0)
    }

    /// The character at `i` if it is before the end.
    fn ch<S: Subject + ?Sized>(&self, s: &S, i: usize) -> Option<u32> {
        (i < self.end).then(|| s.at(i))
    }

    /// Whether the single-character instruction at `pc` matches `c`.
    fn single(&self, code: &[u32], pc: usize, c: u32) -> bool {
        if c == u32::MAX {
            return false;
        }
        let arg = self.word(code, pc + 1);
        match self.word(code, pc) {
            CHAR => c == arg,
            CHAR_IA => ascii_lower(c) == arg,
            CHAR_IU => c == arg || fold(c) == arg,
            ANY => c != 0x0a,
            ANY_ALL => true,
            SET => set_matches(code, pc, c),
            _ => false,
        }
    }

    fn push(&mut self, e: Entry) {
        self.stack.push(e);
    }

    fn set_mark(&mut self, slot: usize, value: usize) {
        let Some(old) = self.marks.get(slot).copied() else {
            return;
        };
        self.push(Entry::Mark {
            slot: slot as u32,
            old,
            lastindex: self.lastindex,
        });
        self.marks[slot] = value;
        if slot % 2 == 1 {
            self.lastindex = (slot / 2) as u32;
        }
    }

    fn set_reg(&mut self, reg: usize, value: usize) {
        let Some(old) = self.regs.get(reg).copied() else {
            return;
        };
        self.push(Entry::Reg {
            reg: reg as u32,
            old,
        });
        self.regs[reg] = value;
    }

    fn is_word_at<S: Subject + ?Sized>(&self, s: &S, i: Option<usize>, ascii: bool) -> bool {
        match i {
            Some(i) => self.ch(s, i).is_some_and(|c| is_word(c, ascii)),
            None => false,
        }
    }

    /// Executes the instruction at `pc`.
    fn step<S: Subject + ?Sized>(&mut self, code: &[u32], s: &S) -> Step {
        let pc = self.pc;
        let pos = self.pos;
        let op = self.word(code, pc);
        let a = self.word(code, pc + 1);
        match op {
            CHAR | CHAR_IA | CHAR_IU | ANY | ANY_ALL | SET => match self.ch(s, pos) {
                Some(c) if self.single(code, pc, c) => {
                    self.pos += 1;
                    self.pc += inst_len(code, pc);
                }
                _ => return Step::Fail,
            },
            MATCH => {
                if self.mode == Mode::Full && pos != self.end {
                    return Step::Fail;
                }
                if self.must_advance && pos == self.start && self.attempt == self.start {
                    return Step::Fail;
                }
                if let Some(m) = self.marks.get_mut(0..2) {
                    m[0] = self.attempt;
                    m[1] = pos;
                }
                return Step::Matched;
            }
            BOL | START_TEXT => {
                if pos != 0 {
                    return Step::Fail;
                }
                self.pc += 1;
            }
            BOL_M => {
                if pos != 0 && self.ch(s, pos - 1) != Some(0x0a) {
                    return Step::Fail;
                }
                self.pc += 1;
            }
            EOL => {
                let ok = pos == self.end || (pos + 1 == self.end && self.ch(s, pos) == Some(0x0a));
                if !ok {
                    return Step::Fail;
                }
                self.pc += 1;
            }
            EOL_M => {
                if pos != self.end && self.ch(s, pos) != Some(0x0a) {
                    return Step::Fail;
                }
                self.pc += 1;
            }
            END_TEXT => {
                if pos != self.end {
                    return Step::Fail;
                }
                self.pc += 1;
            }
            WORDB | NOT_WORDB => {
                let ascii = a != 0;
                let before = self.is_word_at(s, pos.checked_sub(1), ascii);
                let after = self.is_word_at(s, Some(pos), ascii);
                let boundary = before != after;
                // CPython finds no non-boundary in an empty subject.
                let ok = if op == WORDB {
                    boundary
                } else {
                    !boundary && self.end != 0
                };
                if !ok {
                    return Step::Fail;
                }
                self.pc += 2;
            }
            SAVE => {
                self.set_mark(a as usize, pos);
                self.pc += 2;
            }
            JMP => self.pc = a as usize,
            SPLIT => {
                let b = self.word(code, pc + 2);
                self.push(Entry::Choice { pc: b, pos });
                self.pc = a as usize;
            }
            REP1 => return self.rep1(code, s),
            REP_INIT => {
                self.set_reg(2 * a as usize, 0);
                self.pc += 2;
            }
            REP_TEST => {
                let count = self.regs.get(2 * a as usize).copied().unwrap_or(0);
                let min = self.word(code, pc + 2) as usize;
                let max = self.word(code, pc + 3);
                let lazy = self.word(code, pc + 4) != 0;
                let exit = self.word(code, pc + 5);
                let body = (pc + 6) as u32;
                if count < min {
                    self.pc = body as usize;
                } else if max != u32::MAX && count >= max as usize {
                    self.pc = exit as usize;
                } else if lazy {
                    self.push(Entry::Choice { pc: body, pos });
                    self.pc = exit as usize;
                } else {
                    self.push(Entry::Choice { pc: exit, pos });
                    self.pc = body as usize;
                }
            }
            REP_START => {
                self.set_reg(2 * a as usize + 1, pos);
                self.pc += 2;
            }
            REP_NEXT => {
                let r = 2 * a as usize;
                let count = self.regs.get(r).copied().unwrap_or(0) + 1;
                let began = self.regs.get(r + 1).copied().unwrap_or(UNSET);
                let min = self.word(code, pc + 3) as usize;
                self.set_reg(r, count);
                if pos == began && count > min {
                    self.pc += 4;
                } else {
                    self.pc = self.word(code, pc + 2) as usize;
                }
            }
            GROUPREF => return self.groupref(code, s, a as usize),
            GROUP_EXISTS => {
                let g = a as usize;
                let set = self.marks.get(2 * g).is_some_and(|&m| m != UNSET)
                    && self.marks.get(2 * g + 1).is_some_and(|&m| m != UNSET);
                self.pc = if set {
                    pc + 3
                } else {
                    self.word(code, pc + 2) as usize
                };
            }
            ATOMIC_START => {
                self.push(Entry::Barrier {
                    kind: 0,
                    pos,
                    end: 0,
                });
                self.pc += 1;
            }
            ATOMIC_END => {
                self.cut();
                self.pc += 1;
            }
            LOOK_START => {
                let negated = a != 0;
                let behind = self.word(code, pc + 2) != 0;
                let width = self.word(code, pc + 3) as usize;
                let end = self.word(code, pc + 4);
                if behind && pos < width {
                    if negated {
                        self.pc = end as usize;
                        return Step::Next;
                    }
                    return Step::Fail;
                }
                self.push(Entry::Barrier {
                    kind: if negated { 2 } else { 1 },
                    pos,
                    end,
                });
                if behind {
                    self.pos -= width;
                }
                self.pc += 5;
            }
            LOOK_END => {
                let Some(b) = self.top_barrier() else {
                    return Step::Fail;
                };
                let Some(Entry::Barrier { kind, pos, .. }) = self.stack.get(b).copied() else {
                    return Step::Fail;
                };
                if kind == 2 {
                    // The body matched: the negative assertion fails. Undo what the body
                    // did, then fail past the barrier.
                    while self.stack.len() > b {
                        if let Some(e) = self.stack.pop() {
                            self.undo(e);
                        }
                    }
                    return Step::Fail;
                }
                self.cut();
                self.pos = pos;
                self.pc += 1;
            }
            _ => return Step::Fail,
        }
        Step::Next
    }

    fn undo(&mut self, e: Entry) {
        match e {
            Entry::Mark {
                slot,
                old,
                lastindex,
            } => {
                if let Some(m) = self.marks.get_mut(slot as usize) {
                    *m = old;
                }
                self.lastindex = lastindex;
            }
            Entry::Reg { reg, old } => {
                if let Some(r) = self.regs.get_mut(reg as usize) {
                    *r = old;
                }
            }
            _ => {}
        }
    }

    fn top_barrier(&self) -> Option<usize> {
        self.stack
            .iter()
            .rposition(|e| matches!(e, Entry::Barrier { .. }))
    }

    /// Removes the topmost barrier and the choices above it, keeping the undo records (so
    /// that captures made inside are still undone if matching backtracks past).
    fn cut(&mut self) {
        let Some(b) = self.top_barrier() else {
            return;
        };
        let mut w = b;
        for r in b + 1..self.stack.len() {
            let e = self.stack[r];
            if matches!(e, Entry::Mark { .. } | Entry::Reg { .. }) {
                self.stack[w] = e;
                w += 1;
            }
        }
        self.fuel = self.fuel.saturating_sub((self.stack.len() - b) / 8);
        self.stack.truncate(w);
    }

    /// `REP1`: a repeat of a single-character matcher.
    fn rep1<S: Subject + ?Sized>(&mut self, code: &[u32], s: &S) -> Step {
        let pc = self.pc;
        let min = self.word(code, pc + 1);
        let max = self.word(code, pc + 2);
        let greed = self.word(code, pc + 3);
        let item = pc + 5;
        let cont = pc + inst_len(code, pc);
        let start = self.pos;
        let room = self.end.saturating_sub(start);
        if greed == LAZY {
            let min = min as usize;
            if min > room {
                return Step::Fail;
            }
            for i in 0..min {
                if !self.single(code, item, s.at(start + i)) {
                    return Step::Fail;
                }
            }
            self.fuel = self.fuel.saturating_sub(min / 16);
            if (min as u64) < u64::from(max) {
                self.push(Entry::Rep1 {
                    cont: cont as u32,
                    item: item as u32,
                    start,
                    count: min,
                    min: min as u32,
                    max,
                    lazy: true,
                });
            }
            self.pos = start + min;
            self.pc = cont;
            return Step::Next;
        }
        let limit = if max == u32::MAX {
            room
        } else {
            room.min(max as usize)
        };
        let mut count = 0;
        // The common `.*` and `.*` with DOTALL need no per-character test.
        if self.word(code, item) == ANY_ALL {
            count = limit;
        } else {
            while count < limit && self.single(code, item, s.at(start + count)) {
                count += 1;
            }
        }
        self.fuel = self.fuel.saturating_sub(count / 16);
        if count < min as usize {
            return Step::Fail;
        }
        if greed == GREEDY && count > min as usize {
            self.push(Entry::Rep1 {
                cont: cont as u32,
                item: item as u32,
                start,
                count,
                min,
                max,
                lazy: false,
            });
        }
        self.pos = start + count;
        self.pc = cont;
        Step::Next
    }

    /// `GROUPREF`: the text group `g` matched, again.
    fn groupref<S: Subject + ?Sized>(&mut self, code: &[u32], s: &S, g: usize) -> Step {
        let case = Case::from_code(self.word(code, self.pc + 2));
        let (Some(&a), Some(&b)) = (self.marks.get(2 * g), self.marks.get(2 * g + 1)) else {
            return Step::Fail;
        };
        if a == UNSET || b == UNSET || b < a {
            return Step::Fail;
        }
        let len = b - a;
        if self.pos + len > self.end {
            return Step::Fail;
        }
        for i in 0..len {
            let (x, y) = (s.at(a + i), s.at(self.pos + i));
            let same = match case {
                Case::Exact => x == y,
                Case::Ascii => ascii_lower(x) == ascii_lower(y),
                Case::Unicode => x == y || fold(x) == fold(y),
            };
            if !same {
                return Step::Fail;
            }
        }
        self.fuel = self.fuel.saturating_sub(len / 16);
        self.pos += len;
        self.pc += 3;
        Step::Next
    }

    /// Pops entries until one gives another way to go on; false when none is left.
    fn backtrack<S: Subject + ?Sized>(&mut self, code: &[u32], s: &S) -> bool {
        while let Some(e) = self.stack.pop() {
            match e {
                Entry::Mark { .. } | Entry::Reg { .. } => self.undo(e),
                Entry::Choice { pc, pos } => {
                    self.pc = pc as usize;
                    self.pos = pos;
                    return true;
                }
                Entry::Barrier { kind, pos, end } => {
                    if kind == 2 {
                        // The body of a negative lookaround failed: it holds.
                        self.pos = pos;
                        self.pc = end as usize;
                        return true;
                    }
                }
                Entry::Rep1 {
                    cont,
                    item,
                    start,
                    count,
                    min,
                    max,
                    lazy,
                } => {
                    if let Some(c) =
                        self.rep1_next(code, s, cont, item, start, count, min, max, lazy)
                    {
                        self.pos = start + c;
                        self.pc = cont as usize;
                        return true;
                    }
                }
            }
        }
        false
    }

    /// The next count a single-character repeat tries after `count` failed, re-pushing its
    /// entry when yet another remains.
    #[allow(clippy::too_many_arguments)]
    fn rep1_next<S: Subject + ?Sized>(
        &mut self,
        code: &[u32],
        s: &S,
        cont: u32,
        item: u32,
        start: usize,
        count: usize,
        min: u32,
        max: u32,
        lazy: bool,
    ) -> Option<usize> {
        let min = min as usize;
        let next = if lazy {
            if max != u32::MAX && count >= max as usize {
                return None;
            }
            if start + count >= self.end || !self.single(code, item as usize, s.at(start + count)) {
                return None;
            }
            count + 1
        } else {
            let mut c = count.checked_sub(1)?;
            if c < min {
                return None;
            }
            // When a literal follows, only counts that leave it next can succeed.
            let (op, lit) = (
                self.word(code, cont as usize),
                self.word(code, cont as usize + 1),
            );
            if op == CHAR {
                let from = c;
                while c >= min && (start + c >= self.end || s.at(start + c) != lit) {
                    if c == 0 {
                        self.fuel = self.fuel.saturating_sub((from - c) / 16);
                        return None;
                    }
                    c -= 1;
                }
                self.fuel = self.fuel.saturating_sub((from - c) / 16);
                if c < min {
                    return None;
                }
            }
            c
        };
        let more = if lazy {
            max == u32::MAX || next < max as usize
        } else {
            next > min
        };
        if more {
            self.push(Entry::Rep1 {
                cont,
                item,
                start,
                count: next,
                min: min as u32,
                max,
                lazy,
            });
        }
        Some(next)
    }
}

/// Whether the `SET` at `pc` matches `c`.
fn set_matches(code: &[u32], pc: usize, c: u32) -> bool {
    let len = code.get(pc + 1).copied().unwrap_or(0) as usize;
    let Some(body) = code.get(pc + 2..pc + 2 + len) else {
        return false;
    };
    let flags = body.first().copied().unwrap_or(0);
    let ncats = body.get(1).copied().unwrap_or(0) as usize;
    let cats = body.get(2..2 + ncats).unwrap_or(&[]);
    let ranges = body.get(2 + ncats..).unwrap_or(&[]);
    let ascii = flags & SET_ASCII != 0;
    let case = Case::from_code((flags >> SET_CASE_SHIFT) & 3);
    let test =
        |c: u32| in_ranges(ranges, c) || cats.iter().any(|&k| Cat::from_code(k).matches(c, ascii));
    let mut hit = test(c);
    if !hit {
        hit = match case {
            Case::Exact => false,
            Case::Ascii => {
                let l = ascii_lower(c);
                let u = if (0x61..=0x7a).contains(&c) {
                    c - 32
                } else {
                    c
                };
                (l != c && test(l)) || (u != c && test(u))
            }
            Case::Unicode => {
                let (l, u) = (lower(c), upper(c));
                (l != c && test(l)) || (u != c && test(u)) || test(fold(c))
            }
        };
    }
    hit != (flags & SET_NEGATED != 0)
}
