//! The compiled form of a pattern: a program of `u32` words, kept as bytes in the pattern
//! object and run by `exec`.
//!
//! Layout: a header of `HEADER` words, then the instructions from word `HEADER`, then the
//! first-character items (single-character instructions one after another) that `search`
//! uses to skip ahead. Every jump target and offset is a word index into the program; the
//! executor reads words with bounds checks, so a damaged program fails to match rather than
//! panics.
//!
//! Instructions (operands after the opcode):
//!
//! | opcode | operands | meaning |
//! | --- | --- | --- |
//! | `MATCH` | | success (subject to `fullmatch` and the empty-match rule) |
//! | `CHAR` | c | the character `c` |
//! | `CHAR_IA` | c | `c`, ASCII letters in either case (`c` lowered) |
//! | `CHAR_IU` | c | `c` by Unicode simple folding (`c` folded) |
//! | `ANY` | | any character but `\n` |
//! | `ANY_ALL` | | any character |
//! | `SET` | len, flags, ncats, cats.., ranges.. | a class; `len` counts the words after it |
//! | `BOL`, `BOL_M` | | `^` (multiline: also after `\n`) |
//! | `EOL`, `EOL_M` | | `$` (multiline: also before any `\n`) |
//! | `START_TEXT`, `END_TEXT` | | `\A`, `\Z` |
//! | `WORDB`, `NOT_WORDB` | ascii | `\b`, `\B` |
//! | `SAVE` | slot | records the position in capture slot `slot` |
//! | `JMP` | target | |
//! | `SPLIT` | a, b | goes on at `a`, and at `b` if that fails |
//! | `REP1` | min, max, greed, len, item.. | repeats the single-character `item` |
//! | `REP_INIT` | r | zeroes repeat counter `r` |
//! | `REP_TEST` | r, min, max, lazy, exit | decides whether another iteration runs |
//! | `REP_START` | r | notes where an iteration starts |
//! | `REP_NEXT` | r, loop, min | counts an iteration; an empty one past `min` leaves |
//! | `GROUPREF` | g, case | the text group `g` matched |
//! | `GROUP_EXISTS` | g, no | goes to `no` unless group `g` matched |
//! | `ATOMIC_START`, `ATOMIC_END` | | drops the choices made between them |
//! | `LOOK_START` | negated, behind, width, end | a lookaround ending at `end` |
//! | `LOOK_END` | | the end of a lookaround's body |

pub const MAGIC: u32 = 0x7570_7265;

/// Header words: magic, flags, groups, repeat counters, bytes pattern, first-items offset,
/// first-items count, anchored.
pub const HEADER: usize = 8;
pub const H_FLAGS: usize = 1;
pub const H_GROUPS: usize = 2;
pub const H_REPEATS: usize = 3;
pub const H_BYTES: usize = 4;
pub const H_FIRST: usize = 5;
pub const H_NFIRST: usize = 6;
pub const H_ANCHORED: usize = 7;

pub const MATCH: u32 = 1;
pub const CHAR: u32 = 2;
pub const CHAR_IA: u32 = 3;
pub const CHAR_IU: u32 = 4;
pub const ANY: u32 = 5;
pub const ANY_ALL: u32 = 6;
pub const SET: u32 = 7;
pub const BOL: u32 = 8;
pub const BOL_M: u32 = 9;
pub const EOL: u32 = 10;
pub const EOL_M: u32 = 11;
pub const START_TEXT: u32 = 12;
pub const END_TEXT: u32 = 13;
pub const WORDB: u32 = 14;
pub const NOT_WORDB: u32 = 15;
pub const SAVE: u32 = 16;
pub const JMP: u32 = 17;
pub const SPLIT: u32 = 18;
pub const REP1: u32 = 19;
pub const REP_INIT: u32 = 20;
pub const REP_TEST: u32 = 21;
pub const REP_START: u32 = 22;
pub const REP_NEXT: u32 = 23;
pub const GROUPREF: u32 = 24;
pub const GROUP_EXISTS: u32 = 25;
pub const ATOMIC_START: u32 = 26;
pub const ATOMIC_END: u32 = 27;
pub const LOOK_START: u32 = 28;
pub const LOOK_END: u32 = 29;

/// `SET` flag bits.
pub const SET_NEGATED: u32 = 1;
pub const SET_ASCII: u32 = 8;
/// The class's case mode (`Case::code`) sits in bits 1-2.
pub const SET_CASE_SHIFT: u32 = 1;

/// `REP1` greed codes.
pub const GREEDY: u32 = 0;
pub const LAZY: u32 = 1;
pub const POSSESSIVE: u32 = 2;

/// The number of words of the instruction at `pc` (opcode included); 1 for an unknown one.
pub fn inst_len(code: &[u32], pc: usize) -> usize {
    let op = code.get(pc).copied().unwrap_or(0);
    match op {
        CHAR | CHAR_IA | CHAR_IU | WORDB | NOT_WORDB | SAVE | JMP | REP_INIT | REP_START => 2,
        SPLIT | GROUPREF | GROUP_EXISTS => 3,
        REP_NEXT => 4,
        LOOK_START => 5,
        REP_TEST => 6,
        SET => 2 + code.get(pc + 1).copied().unwrap_or(0) as usize,
        REP1 => 5 + code.get(pc + 4).copied().unwrap_or(0) as usize,
        _ => 1,
    }
}

/// Serializes a program as little-endian bytes.
pub fn to_bytes(code: &[u32]) -> alloc::vec::Vec<u8> {
    code.iter().flat_map(|w| w.to_le_bytes()).collect()
}

/// Reads a program back from its bytes; None if they are not one.
pub fn from_bytes(bytes: &[u8]) -> Option<alloc::vec::Vec<u32>> {
    if bytes.len() % 4 != 0 || bytes.len() < HEADER * 4 {
        return None;
    }
    let code: alloc::vec::Vec<u32> = bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    (code.first() == Some(&MAGIC)).then_some(code)
}
