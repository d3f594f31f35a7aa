//! The stack check of loaded code: every path through a code object's instructions keeps
//! the value stack and the handler blocks balanced, as the compiler's code always does.
//!
//! The VM trusts this of the code it runs: an instruction takes its operands from the top of
//! the frame's stack without checking that the frame pushed them, and a `POP_BLOCK` pops the
//! innermost handler. Compiled code is balanced by construction; a loaded image is checked
//! here, by following every path from the entry (and from each handler) with the depth of
//! the stack and of the blocks, which must agree wherever paths meet.

use alloc::vec;
use alloc::vec::Vec;

use crate::bytecode::{flags, op};

/// Deepest stack a loaded code object may reach (the compiler's code stays far below).
const MAX_DEPTH: u32 = 1 << 16;

/// The values an instruction pops and pushes when it falls through (operand `arg`); `None`
/// for an unknown opcode. Jumps' other edges are in [`check_stack`].
fn effect(opcode: u8, arg: u32, child_flags: &[u8]) -> Option<(u32, u32)> {
    use op::*;
    let n = arg;
    Some(match opcode {
        NOP | POP_BLOCK | POP_EXCEPT | DELETE_FAST | DELETE_DEREF | DELETE_GLOBAL | DELETE_NAME
        | JUMP | SETUP_EXCEPT => (0, 0),
        POP_TOP | RETURN_VALUE | RERAISE | PRINT_EXPR | IMPORT_STAR | STORE_FAST | STORE_DEREF
        | STORE_GLOBAL | STORE_NAME | DELETE_ATTR => (1, 0),
        DUP_TOP => (1, 2),
        DUP_TOP_TWO => (2, 4),
        ROT_TWO => (2, 2),
        ROT_THREE => (3, 3),
        LOAD_NONE | LOAD_TRUE | LOAD_FALSE | LOAD_ASSERTION_ERROR | LOAD_BUILD_CLASS
        | LOAD_CONST | LOAD_SMALL_INT | LOAD_FAST | LOAD_DEREF | LOAD_GLOBAL | LOAD_CLOSURE
        | LOAD_NAME | LOAD_FAST_ATTR => (0, 1),
        LOAD_FAST2 => (0, 2),
        SUBSCR | FORMAT_WITH_SPEC | LIST_APPEND | LIST_EXTEND | DICT_UPDATE | YIELD_FROM
        | SET_UPDATE | BINARY_OP | COMPARE_OP | MATCH_PATTERN | IMPORT_NAME => (2, 1),
        STORE_SUBSCR => (3, 0),
        DELETE_SUBSCR | END_ASYNC_FOR | STORE_ATTR | RERAISE_STAR | POP_EXCEPT_RERAISE => (2, 0),
        NEG | POS | INVERT | NOT | GET_ITER | PUSH_EXC_INFO | LIST_TO_TUPLE | YIELD_VALUE
        | GET_YIELD_FROM_ITER | GET_AWAITABLE | GET_AITER | LOAD_ATTR | FORMAT_VALUE
        | STORE_FAST_LOAD_FAST | BINARY_OP_SMALL | BINARY_OP_CONST | SUBSCR_SMALL => (1, 1),
        EXC_MATCH | CHECK_EG_MATCH => (2, 2),
        MAP_ADD | SLICE_SUBSCR | CALL_FUNCTION_EX => (3, 1),
        BEFORE_WITH | BEFORE_ASYNC_WITH | GET_ANEXT | LOAD_METHOD | IMPORT_FROM => (1, 2),
        WITH_EXCEPT_START => (2, 3),
        CALL_LIST_EXTEND => (3, 2),
        DICT_MERGE => (4, 3),
        CALL_MAP_ADD => (5, 3),
        STORE_SLICE => (4, 0),
        CALL_METHOD => (n + 2, 1),
        CALL_FUNCTION => (n + 1, 1),
        CALL_FUNCTION_KW => (n + 2, 1),
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => (n, 1),
        BUILD_MAP => (2 * n, 1),
        BUILD_SLICE if n == 2 || n == 3 => (n, 1),
        UNPACK_SEQUENCE => (1, n),
        UNPACK_EX => (1, (n & 0xff) + (n >> 8) + 1),
        MAKE_FUNCTION => {
            let f = *child_flags.get(arg as usize)?;
            let parts = [
                flags::HAS_DEFAULTS,
                flags::HAS_KWDEFAULTS,
                flags::HAS_CLOSURE,
            ];
            (parts.iter().filter(|&&p| f & p != 0).count() as u32, 1)
        }
        RAISE if n <= 2 => (n, 0),
        // The container sits `arg` values below the operands, which it outlives.
        COMP_LIST_APPEND | COMP_SET_ADD => (1, 0),
        COMP_MAP_ADD => (2, 0),
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => (1, 0),
        FOR_ITER => (1, 2),
        _ => return None,
    })
}

/// Whether an instruction never falls through to the next.
fn ends_path(opcode: u8) -> bool {
    matches!(
        opcode,
        op::RETURN_VALUE | op::RERAISE | op::POP_EXCEPT_RERAISE | op::RAISE | op::JUMP
    )
}

/// Records that a path reaches instruction `at` in state `s` (stack depth, block depth).
fn reach(
    state: &mut [Option<(u32, u32)>],
    work: &mut Vec<usize>,
    at: usize,
    s: (u32, u32),
) -> Result<(), &'static str> {
    match state.get(at) {
        None => Err("a path runs past the last instruction"),
        Some(None) => {
            state[at] = Some(s);
            work.push(at);
            Ok(())
        }
        Some(Some(seen)) if *seen == s => Ok(()),
        Some(Some(_)) => Err("unbalanced stack where paths meet"),
    }
}

/// Checks that every path through `ops` keeps the stack and the blocks balanced;
/// `child_flags` are the flags of the nested code objects (what `MAKE_FUNCTION` pops).
pub(crate) fn check_stack(ops: &[u32], child_flags: &[u8]) -> Result<(), &'static str> {
    // The stack depth and the block depth on entry to each instruction, once reached.
    let mut state: Vec<Option<(u32, u32)>> = vec![None; ops.len()];
    let mut work = vec![0usize];
    state[0] = Some((0, 0));
    while let Some(at) = work.pop() {
        let (depth, blocks) = state[at].unwrap_or((0, 0));
        let w = ops[at];
        let (opcode, arg) = (w as u8, w >> 8);
        let Some((pops, pushes)) = effect(opcode, arg, child_flags) else {
            return Err("an unknown instruction");
        };
        let needs = match opcode {
            op::COMP_LIST_APPEND | op::COMP_SET_ADD => arg + 2,
            op::COMP_MAP_ADD => arg + 3,
            _ => pops,
        };
        if depth < needs {
            return Err("an instruction pops more than its frame pushed");
        }
        let after = depth - pops + pushes;
        if after > MAX_DEPTH {
            return Err("the stack grows too deep");
        }
        let target = arg as usize;
        match opcode {
            op::POP_BLOCK if blocks == 0 => return Err("a block popped that was not set up"),
            op::POP_BLOCK => reach(&mut state, &mut work, at + 1, (after, blocks - 1))?,
            op::SETUP_EXCEPT => {
                // The handler runs with the stack as it is here, plus the exception.
                reach(&mut state, &mut work, target, (depth + 1, blocks))?;
                reach(&mut state, &mut work, at + 1, (depth, blocks + 1))?;
            }
            op::JUMP => reach(&mut state, &mut work, target, (depth, blocks))?,
            op::JUMP_IF_FALSE_OR_POP | op::JUMP_IF_TRUE_OR_POP => {
                reach(&mut state, &mut work, target, (depth, blocks))?;
                reach(&mut state, &mut work, at + 1, (after, blocks))?;
            }
            op::FOR_ITER => {
                reach(&mut state, &mut work, target, (depth - 1, blocks))?;
                reach(&mut state, &mut work, at + 1, (after, blocks))?;
            }
            op::CHECK_EG_MATCH => {
                reach(&mut state, &mut work, target, (depth - 1, blocks))?;
                reach(&mut state, &mut work, at + 1, (after, blocks))?;
            }
            op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE => {
                reach(&mut state, &mut work, target, (after, blocks))?;
                reach(&mut state, &mut work, at + 1, (after, blocks))?;
            }
            _ if ends_path(opcode) => {}
            _ => reach(&mut state, &mut work, at + 1, (after, blocks))?,
        }
    }
    Ok(())
}
