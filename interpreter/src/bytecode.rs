//! Code objects and the bytecode they hold.
//!
//! An instruction is one 32-bit unit: the opcode in the low byte and the operand in the 24 bits
//! above it (`op | arg << 8`). Opcodes below [`op::HAS_ARG`] take no operand (it is zero),
//! those up to [`op::HAS_JUMP`] a 16-bit one, jumps an absolute instruction index into
//! `Code::ops`, so a code object holds fewer than [`MAX_OPS`] instructions. One width for
//! every instruction keeps the dispatch loop's fetch to a load, a mask and a shift. Each
//! opcode's line below gives its operand and its effect on the value stack (`a b -> c` means
//! it pops `b` then `a`, pushes `c`).

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;

use crate::qstr::Qstr;
use crate::value::Value;

/// The version of the instruction set: compiled module files (`crate::image`) and frozen
/// code record it, so a change to an opcode's number or meaning must change it.
pub const VERSION: u8 = 1;

/// Opcodes, in three groups: no operand, a 16-bit operand, a 32-bit jump target.
pub mod op {
    // --- no operand ---
    pub const NOP: u8 = 0;
    /// `a ->`
    pub const POP_TOP: u8 = 1;
    /// `a -> a a`
    pub const DUP_TOP: u8 = 2;
    /// `a b -> a b a b`
    pub const DUP_TOP_TWO: u8 = 3;
    /// `a b -> b a`
    pub const ROT_TWO: u8 = 4;
    /// `a b c -> c a b`
    pub const ROT_THREE: u8 = 5;
    pub const LOAD_NONE: u8 = 6;
    pub const LOAD_TRUE: u8 = 7;
    pub const LOAD_FALSE: u8 = 8;
    /// `obj index -> obj[index]`
    pub const SUBSCR: u8 = 9;
    /// `value obj index ->` (obj[index] = value)
    pub const STORE_SUBSCR: u8 = 10;
    /// `obj index ->` (del obj[index])
    pub const DELETE_SUBSCR: u8 = 11;
    /// `a -> -a`
    pub const NEG: u8 = 12;
    /// `a -> +a`
    pub const POS: u8 = 13;
    /// `a -> ~a`
    pub const INVERT: u8 = 14;
    /// `a -> not a`
    pub const NOT: u8 = 15;
    /// `obj -> iter(obj)`
    pub const GET_ITER: u8 = 16;
    /// `value ->` returns from the frame.
    pub const RETURN_VALUE: u8 = 17;
    /// `->` pops the innermost exception handler block.
    pub const POP_BLOCK: u8 = 18;
    /// `exc -> exc`: starts handling `exc` (pushes it on the handled-exception stack).
    pub const PUSH_EXC_INFO: u8 = 19;
    /// `->` stops handling the innermost handled exception.
    pub const POP_EXCEPT: u8 = 20;
    /// `exc ->` raises `exc` again, keeping its traceback.
    pub const RERAISE: u8 = 21;
    /// `exc type -> exc matched`: does `exc` match the class or tuple of classes `type`?
    pub const EXC_MATCH: u8 = 22;
    /// `exc new ->`: stops handling `exc` and re-raises `new` (the end of an except clause
    /// that raised).
    pub const POP_EXCEPT_RERAISE: u8 = 23;
    /// `value ->` prints `repr(value)` unless None (the REPL's echo).
    pub const PRINT_EXPR: u8 = 24;
    /// `-> AssertionError`
    pub const LOAD_ASSERTION_ERROR: u8 = 25;
    /// `value spec -> formatted` (f-string field with a format spec).
    pub const FORMAT_WITH_SPEC: u8 = 26;
    /// `list value -> list` with the value appended (comprehensions, displays with `*`).
    pub const LIST_APPEND: u8 = 27;
    /// `list iterable -> list` extended.
    pub const LIST_EXTEND: u8 = 28;
    /// `list -> tuple`
    pub const LIST_TO_TUPLE: u8 = 29;
    /// `dict key value -> dict` with the item set.
    pub const MAP_ADD: u8 = 30;
    /// `dict mapping -> dict` updated (`**m` in a display).
    pub const DICT_UPDATE: u8 = 31;
    /// `-> __build_class__` (the builtin, whatever `builtins` holds under that name).
    pub const LOAD_BUILD_CLASS: u8 = 32;
    /// `mgr -> exit value`: looks up `__enter__` and `__exit__` on the manager's type,
    /// calls `__enter__`, and leaves `__exit__` bound to the manager below its result.
    pub const BEFORE_WITH: u8 = 33;
    /// `exit exc -> exit exc result`: calls `exit(type(exc), exc, traceback)` (the result
    /// is awaited first in `async with`).
    pub const WITH_EXCEPT_START: u8 = 34;
    /// `value -> sent`: the generator suspends, yielding `value`; when resumed, the value
    /// sent in (None for `next`) is pushed.
    pub const YIELD_VALUE: u8 = 35;
    /// `iter sent -> result`: sends `sent` into the iterator a `yield from` delegates to;
    /// while it yields, so does this generator (resuming at this instruction with the next
    /// value sent); when it returns, its return value replaces both.
    pub const YIELD_FROM: u8 = 36;
    /// `iterable -> iter` for `yield from` (a generator or coroutine passes as is).
    pub const GET_YIELD_FROM_ITER: u8 = 37;
    /// `obj -> awaitable` for `await` (a coroutine, or what `__await__` returns).
    pub const GET_AWAITABLE: u8 = 38;
    /// `mgr -> aexit awaitable`: `async with`'s `__aenter__()` (to await) below the bound
    /// `__aexit__`.
    pub const BEFORE_ASYNC_WITH: u8 = 39;
    /// `obj -> aiter`: `obj.__aiter__()` for `async for`.
    pub const GET_AITER: u8 = 40;
    /// `aiter -> aiter awaitable`: `aiter.__anext__()`, to await.
    pub const GET_ANEXT: u8 = 41;
    /// `aiter exc ->`: the end of an `async for` when `exc` is StopAsyncIteration, else
    /// `exc` raised again.
    pub const END_ASYNC_FOR: u8 = 42;
    /// `set iterable -> set` updated (`*it` in a set display).
    pub const SET_UPDATE: u8 = 43;
    /// `f list iterable -> f list` extended (`*it` among a call's arguments: its error
    /// names `f`).
    pub const CALL_LIST_EXTEND: u8 = 44;
    /// `f args dict mapping -> f args dict` merged (`**m` among a call's arguments): a
    /// repeated keyword is an error.
    pub const DICT_MERGE: u8 = 45;
    /// `f args dict key value -> f args dict` with the keyword added, unless repeated.
    pub const CALL_MAP_ADD: u8 = 46;
    /// `obj lower upper -> obj[lower:upper]`, without building a slice object when `obj`
    /// is a list or tuple and the bounds are small ints or None.
    pub const SLICE_SUBSCR: u8 = 47;
    /// `value obj lower upper ->`: `obj[lower:upper] = value`, likewise.
    pub const STORE_SLICE: u8 = 48;
    /// `orig raised ->`: the end of a `try` with `except*` clauses. Combines the exceptions
    /// in the list `raised` (what the clauses raised, then the unhandled rest or None) as
    /// CPython does against the caught `orig`, and raises the result; falls through when
    /// nothing is left to raise.
    pub const RERAISE_STAR: u8 = 49;
    /// `module ->`: binds the module's public names in the local namespace (`from m import *`).
    pub const IMPORT_STAR: u8 = 50;

    /// First opcode with a 16-bit operand.
    pub const HAS_ARG: u8 = 64;
    /// `-> consts[arg]`
    pub const LOAD_CONST: u8 = 64;
    /// `-> arg as i16` (a small int)
    pub const LOAD_SMALL_INT: u8 = 65;
    /// `-> locals[arg]` (UnboundLocalError when unassigned)
    pub const LOAD_FAST: u8 = 66;
    /// `value ->` locals[arg] = value
    pub const STORE_FAST: u8 = 67;
    pub const DELETE_FAST: u8 = 68;
    /// `-> cell contents` of the cell in locals[arg]
    pub const LOAD_DEREF: u8 = 69;
    pub const STORE_DEREF: u8 = 70;
    pub const DELETE_DEREF: u8 = 71;
    /// `-> globals[names[arg]]`, then builtins
    pub const LOAD_GLOBAL: u8 = 72;
    pub const STORE_GLOBAL: u8 = 73;
    pub const DELETE_GLOBAL: u8 = 74;
    /// `obj -> obj.names[arg]`
    pub const LOAD_ATTR: u8 = 75;
    /// `value obj ->` obj.names[arg] = value
    pub const STORE_ATTR: u8 = 76;
    pub const DELETE_ATTR: u8 = 77;
    /// `obj -> method self` or `obj -> attr UNBOUND`: a call with `CALL_METHOD` follows.
    pub const LOAD_METHOD: u8 = 78;
    /// `method self a1..an -> result`, arg = n
    pub const CALL_METHOD: u8 = 79;
    /// `f a1..an -> result`, arg = n
    pub const CALL_FUNCTION: u8 = 80;
    /// `f a1..an k1..km names -> result`, arg = n + m; `names` is a tuple of m keyword names
    pub const CALL_FUNCTION_KW: u8 = 81;
    /// `f args_tuple kwargs_dict_or_None -> result` (calls with `*` or `**`)
    pub const CALL_FUNCTION_EX: u8 = 82;
    /// `a b -> a op b`, arg = `BinaryOp` (plus `INPLACE` for augmented assignment)
    pub const BINARY_OP: u8 = 83;
    /// `a b -> a op b`, arg = `CompareOp`
    pub const COMPARE_OP: u8 = 84;
    /// `a1..an -> (a1, .., an)`
    pub const BUILD_TUPLE: u8 = 85;
    pub const BUILD_LIST: u8 = 86;
    /// `k1 v1 .. kn vn -> {k1: v1, ..}`
    pub const BUILD_MAP: u8 = 87;
    /// `start stop [step] -> slice`, arg = 2 or 3
    pub const BUILD_SLICE: u8 = 88;
    /// `seq -> an .. a1` (the first item on top), arg = n
    pub const UNPACK_SEQUENCE: u8 = 89;
    /// `seq -> ..`: arg = before | after << 8, with a list for the starred target
    pub const UNPACK_EX: u8 = 90;
    /// `[defaults] [kwdefaults] [closure] -> function` of codes[arg]; `Code::flags` says which
    pub const MAKE_FUNCTION: u8 = 91;
    /// `a1..an -> a1 + .. + an` (strings; f-strings), arg = n
    pub const BUILD_STRING: u8 = 92;
    /// `value -> str`, arg = conversion (0 none, 1 str, 2 repr, 3 ascii)
    pub const FORMAT_VALUE: u8 = 93;
    /// `[exc [cause]] ->` arg = number of operands (0 re-raises the handled exception)
    pub const RAISE: u8 = 94;
    /// `-> cell` of locals[arg] (to build a closure tuple)
    pub const LOAD_CLOSURE: u8 = 95;
    /// `subject values -> captures`: matches `subject` against the pattern `consts[arg]`
    /// (see `compile/pattern.rs`), giving the tuple of captured values, or None
    pub const MATCH_PATTERN: u8 = 103;
    /// `-> names[arg]` from the frame's namespace dict, then globals, then builtins
    /// (class bodies)
    pub const LOAD_NAME: u8 = 100;
    /// `value ->` namespace[names[arg]] = value
    pub const STORE_NAME: u8 = 101;
    /// `->` del namespace[names[arg]] (NameError when missing)
    pub const DELETE_NAME: u8 = 102;
    /// `a1..an -> {a1, ..}` (sets)
    pub const BUILD_SET: u8 = 96;
    /// `list it1..itn value -> list it1..itn`: appends to the list `arg` items below the value
    pub const COMP_LIST_APPEND: u8 = 97;
    /// `dict it.. key value -> dict it..`: sets the item in the dict `arg` items below
    pub const COMP_MAP_ADD: u8 = 98;
    /// `set it.. value -> set it..`
    pub const COMP_SET_ADD: u8 = 99;

    // --- superinstructions: two common neighbours as one, made by the compiler's emitter
    // (`Emitter::fuse`) when no jump can land between them and they share a line ---
    /// `-> locals[arg & 0xff] locals[arg >> 8]`
    pub const LOAD_FAST2: u8 = 104;
    /// `value -> locals[arg >> 8]` after `locals[arg & 0xff] = value`
    pub const STORE_FAST_LOAD_FAST: u8 = 105;
    /// `-> locals[arg & 0xff].names[arg >> 8]`
    pub const LOAD_FAST_ATTR: u8 = 106;
    /// `a -> a op k`, `op` the `BinaryOp` in the low 6 bits, `k` a small int in the high 10
    /// (two's complement)
    pub const BINARY_OP_SMALL: u8 = 107;
    /// `a -> a op consts[arg >> 6]`, `op` the `BinaryOp` in the low 6 bits
    pub const BINARY_OP_CONST: u8 = 108;
    /// `obj -> obj[k]`, `k` the operand as an i16
    pub const SUBSCR_SMALL: u8 = 109;
    /// `level fromlist -> module`: imports `names[arg]` (`__import__`).
    pub const IMPORT_NAME: u8 = 110;
    /// `module -> module value`: `names[arg]` from the module (`from m import x`).
    pub const IMPORT_FROM: u8 = 111;

    /// First opcode with a jump target (an instruction index).
    pub const HAS_JUMP: u8 = 128;
    pub const JUMP: u8 = 128;
    /// `cond ->` jumps when falsy
    pub const POP_JUMP_IF_FALSE: u8 = 129;
    pub const POP_JUMP_IF_TRUE: u8 = 130;
    /// `cond -> cond` and jumps when falsy, else `cond ->`
    pub const JUMP_IF_FALSE_OR_POP: u8 = 131;
    pub const JUMP_IF_TRUE_OR_POP: u8 = 132;
    /// `iter -> iter next` or, when exhausted, `iter ->` and jumps
    pub const FOR_ITER: u8 = 133;
    /// `->` pushes a handler block: an exception raised before the matching `POP_BLOCK`
    /// truncates the stack to its depth now, pushes the exception and jumps to the target.
    pub const SETUP_EXCEPT: u8 = 134;
    /// `rest type -> rest' match`: splits the exception `rest` by `type` for an `except*`
    /// clause, handling `match` from now on; when nothing matches, `rest type -> rest` and
    /// jumps.
    pub const CHECK_EG_MATCH: u8 = 135;
}

/// The operand of `BINARY_OP`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinaryOp {
    /// Added to the operand for augmented assignment (`+=`).
    pub const INPLACE: u16 = 32;

    pub const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::Sub,
        BinaryOp::Mul,
        BinaryOp::TrueDiv,
        BinaryOp::FloorDiv,
        BinaryOp::Mod,
        BinaryOp::Pow,
        BinaryOp::LShift,
        BinaryOp::RShift,
        BinaryOp::And,
        BinaryOp::Or,
        BinaryOp::Xor,
        BinaryOp::MatMul,
    ];

    pub fn from_arg(arg: u16) -> Option<BinaryOp> {
        BinaryOp::ALL
            .get((arg & !BinaryOp::INPLACE) as usize)
            .copied()
    }

    /// The operator as Python spells it, for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::TrueDiv => "/",
            BinaryOp::FloorDiv => "//",
            BinaryOp::Mod => "%",
            BinaryOp::Pow => "** or pow()",
            BinaryOp::LShift => "<<",
            BinaryOp::RShift => ">>",
            BinaryOp::And => "&",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
            BinaryOp::MatMul => "@",
        }
    }
}

/// The operand of `COMPARE_OP`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CompareOp {
    pub const ALL: [CompareOp; 10] = [
        CompareOp::Lt,
        CompareOp::Le,
        CompareOp::Eq,
        CompareOp::Ne,
        CompareOp::Gt,
        CompareOp::Ge,
        CompareOp::Is,
        CompareOp::IsNot,
        CompareOp::In,
        CompareOp::NotIn,
    ];

    pub fn from_arg(arg: u16) -> Option<CompareOp> {
        CompareOp::ALL.get(arg as usize).copied()
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
            CompareOp::Is => "is",
            CompareOp::IsNot => "is not",
            CompareOp::In => "in",
            CompareOp::NotIn => "not in",
        }
    }
}

/// `Code::flags` bits.
pub mod flags {
    /// `MAKE_FUNCTION` pops a tuple of positional defaults.
    pub const HAS_DEFAULTS: u8 = 1;
    /// `MAKE_FUNCTION` pops a dict of keyword-only defaults.
    pub const HAS_KWDEFAULTS: u8 = 2;
    /// `MAKE_FUNCTION` pops a tuple of cells (the code has free variables).
    pub const HAS_CLOSURE: u8 = 4;
    /// The function takes `*args`.
    pub const VARARGS: u8 = 8;
    /// The function takes `**kwargs`.
    pub const VARKEYWORDS: u8 = 16;
    /// Calling the function makes a generator (its body has `yield`).
    pub const GENERATOR: u8 = 32;
    /// Calling the function makes a coroutine (`async def`).
    pub const COROUTINE: u8 = 64;
    /// Calling the function makes an async generator (`async def` with `yield`).
    pub const ASYNC_GENERATOR: u8 = 128;
}

/// A compiled function body, module or REPL input. Immutable once built.
pub struct Code {
    pub name: Qstr,
    /// The dotted name used in error messages, e.g. `outer.<locals>.inner`.
    pub qualname: Qstr,
    pub filename: Qstr,
    /// The instructions, one unit each (see the module's documentation).
    pub ops: Ops,
    /// Constants: ints, floats, strings, tuples of them, keyword-name tuples.
    pub consts: Box<[Value]>,
    /// Nested code objects, for `MAKE_FUNCTION`.
    pub codes: Box<[Rc<Code>]>,
    /// Names of globals and attributes.
    pub names: Box<[Qstr]>,
    /// Names of the local slots: parameters first (positional, keyword-only, `*args`,
    /// `**kwargs`), then other locals, then free variables.
    pub varnames: Box<[Qstr]>,
    /// Positional parameters (including positional-only).
    pub argcount: u16,
    pub posonlycount: u16,
    pub kwonlycount: u16,
    /// Local slots in all (parameters, locals, cells and free variables).
    pub nlocals: u16,
    /// Slots holding cells created at entry (captured locals), by index.
    pub cellslots: Box<[u16]>,
    /// The first slot of the free variables; they fill the slots up to `nlocals`.
    pub freestart: u16,
    pub flags: u8,
    /// Deepest value stack the body needs beyond its locals.
    pub stacksize: u16,
    /// `(offset, line)` pairs, offsets increasing: instructions from `offset` on are on `line`.
    pub lines: Box<[(u32, u32)]>,
    pub firstline: u32,
    /// The docstring of a function (`NONE` without one).
    pub doc: Value,
    /// The inline caches of the attribute sites, one per entry of `names`.
    pub sites: crate::vm::sites::Sites,
}

impl Code {
    /// The source line of the instruction at `offset`.
    pub fn line_at(&self, offset: usize) -> u32 {
        let i = self
            .lines
            .partition_point(|&(start, _)| start as usize <= offset);
        if i == 0 {
            self.firstline
        } else {
            self.lines[i - 1].1
        }
    }

    pub fn trace(&self, mut f: impl FnMut(Value)) {
        self.trace_dyn(&mut f);
    }

    fn trace_dyn(&self, f: &mut dyn FnMut(Value)) {
        if self.doc.as_handle().is_some() {
            f(self.doc);
        }
        self.consts.iter().copied().for_each(&mut *f);
        for code in self.codes.iter() {
            code.trace_dyn(f);
        }
    }
}

/// A code object's instructions: made by the compiler or a loaded image (`Heap`), or
/// frozen into the binary (`Static`, read in place from flash). Cloning is a reference-count
/// increment or a copy of the slice, so the dispatch loop can hold its own handle.
#[derive(Clone)]
pub enum Ops {
    Heap(Rc<[u32]>),
    Static(&'static [u32]),
}

impl core::ops::Deref for Ops {
    type Target = [u32];

    #[inline(always)]
    fn deref(&self) -> &[u32] {
        match self {
            Ops::Heap(ops) => ops,
            Ops::Static(ops) => ops,
        }
    }
}

impl From<Vec<u32>> for Ops {
    fn from(ops: Vec<u32>) -> Ops {
        Ops::Heap(ops.into())
    }
}

/// Instructions a code object may hold: jump targets are 24-bit operands.
pub const MAX_OPS: usize = 1 << 24;

/// The unit of `op` with operand `arg`.
#[inline]
pub const fn unit(op: u8, arg: u32) -> u32 {
    op as u32 | arg << 8
}

/// A growable instruction buffer, used by the compiler.
#[derive(Default)]
pub struct Emitter {
    pub ops: Vec<u32>,
}

impl Emitter {
    pub fn op(&mut self, op: u8) {
        debug_assert!(op < op::HAS_ARG);
        self.ops.push(unit(op, 0));
    }

    pub fn op_arg(&mut self, op: u8, arg: u16) {
        debug_assert!((op::HAS_ARG..op::HAS_JUMP).contains(&op));
        self.ops.push(unit(op, u32::from(arg)));
    }

    /// Emits a jump and returns its index, for `patch`. A target past [`MAX_OPS`] is cut
    /// short here; the compiler refuses such a code object as a whole.
    pub fn jump(&mut self, op: u8, target: u32) -> usize {
        debug_assert!(op >= op::HAS_JUMP);
        let at = self.ops.len();
        self.ops.push(unit(op, target & 0xff_ffff));
        at
    }

    /// Points the jump at index `at` to `target`.
    pub fn patch(&mut self, at: usize, target: u32) {
        if let Some(w) = self.ops.get_mut(at) {
            *w = unit(*w as u8, target & 0xff_ffff);
        }
    }

    pub fn here(&self) -> u32 {
        self.ops.len() as u32
    }

    /// Replaces the instruction at `at` (the last one, with a 16-bit operand) and the one
    /// being emitted, `op` with `arg`, by their superinstruction, when they have one.
    /// The caller guarantees that no jump targets the instruction being emitted and that
    /// both are on one line. Returns whether it fused.
    pub fn fuse(&mut self, at: usize, op: u8, arg: u16) -> bool {
        let Some(&[w]) = self.ops.get(at..) else {
            return false;
        };
        let (prev, parg) = (w as u8, (w >> 8) as u16);
        let byte = |a: u16| a < 256;
        let fused = match (prev, op) {
            (op::LOAD_FAST, op::LOAD_FAST) if byte(parg) && byte(arg) => {
                (op::LOAD_FAST2, parg | arg << 8)
            }
            (op::STORE_FAST, op::LOAD_FAST) if byte(parg) && byte(arg) => {
                (op::STORE_FAST_LOAD_FAST, parg | arg << 8)
            }
            (op::LOAD_FAST, op::LOAD_ATTR) if byte(parg) && byte(arg) => {
                (op::LOAD_FAST_ATTR, parg | arg << 8)
            }
            (op::LOAD_SMALL_INT, op::BINARY_OP)
                if arg < 64 && (-512..512).contains(&(parg as i16)) =>
            {
                (op::BINARY_OP_SMALL, arg | parg << 6)
            }
            (op::LOAD_CONST, op::BINARY_OP) if arg < 64 && parg < 1024 => {
                (op::BINARY_OP_CONST, arg | parg << 6)
            }
            (op::LOAD_SMALL_INT, op::SUBSCR) => (op::SUBSCR_SMALL, parg),
            _ => return false,
        };
        self.ops.truncate(at);
        self.op_arg(fused.0, fused.1);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::{Emitter, op, unit};
    use alloc::vec;
    use alloc::vec::Vec;

    fn fused(first: (u8, u16), second: (u8, u16)) -> Option<Vec<u32>> {
        let mut em = Emitter::default();
        em.op(op::NOP);
        em.op_arg(first.0, first.1);
        em.fuse(1, second.0, second.1).then_some(em.ops)
    }

    #[test]
    fn neighbours_fuse_into_their_superinstruction() {
        let cases = [
            (
                (op::LOAD_FAST, 3),
                (op::LOAD_FAST, 255),
                op::LOAD_FAST2,
                3 | 255 << 8,
            ),
            (
                (op::STORE_FAST, 1),
                (op::LOAD_FAST, 2),
                op::STORE_FAST_LOAD_FAST,
                1 | 2 << 8,
            ),
            (
                (op::LOAD_FAST, 7),
                (op::LOAD_ATTR, 9),
                op::LOAD_FAST_ATTR,
                7 | 9 << 8,
            ),
            (
                (op::LOAD_SMALL_INT, (-512i16) as u16),
                (op::BINARY_OP, 33),
                op::BINARY_OP_SMALL,
                33 | 0x200 << 6,
            ),
            (
                (op::LOAD_SMALL_INT, 511),
                (op::BINARY_OP, 0),
                op::BINARY_OP_SMALL,
                511 << 6,
            ),
            (
                (op::LOAD_CONST, 1023),
                (op::BINARY_OP, 2),
                op::BINARY_OP_CONST,
                2 | 1023 << 6,
            ),
            (
                (op::LOAD_SMALL_INT, (-30000i16) as u16),
                (op::SUBSCR, 0),
                op::SUBSCR_SMALL,
                (-30000i16) as u16,
            ),
        ];
        for (first, second, want, arg) in cases {
            assert_eq!(
                fused(first, second),
                Some(vec![unit(op::NOP, 0), unit(want, u32::from(arg))]),
                "{first:?} {second:?}"
            );
        }
        // The operand of BINARY_OP_SMALL decodes back to the constant.
        assert_eq!(((33 | 0x200 << 6) as u16 as i16) >> 6, -512);
    }

    #[test]
    fn jumps_are_patched_in_place() {
        let mut em = Emitter::default();
        em.op(op::NOP);
        let at = em.jump(op::JUMP, 0);
        em.op_arg(op::LOAD_CONST, 7);
        em.patch(at, em.here());
        assert_eq!(
            em.ops,
            vec![unit(op::NOP, 0), unit(op::JUMP, 3), unit(op::LOAD_CONST, 7)]
        );
        // A target past the operand's 24 bits is cut short; the compiler refuses the code.
        em.patch(at, 1 << 24 | 5);
        assert_eq!(em.ops[at], unit(op::JUMP, 5));
    }

    #[test]
    fn operands_that_do_not_fit_stay_apart() {
        let cases = [
            ((op::LOAD_FAST, 256), (op::LOAD_FAST, 0)),
            ((op::LOAD_FAST, 0), (op::LOAD_ATTR, 256)),
            ((op::LOAD_SMALL_INT, 512), (op::BINARY_OP, 0)),
            ((op::LOAD_SMALL_INT, (-513i16) as u16), (op::BINARY_OP, 0)),
            ((op::LOAD_CONST, 1024), (op::BINARY_OP, 0)),
            ((op::LOAD_FAST, 0), (op::STORE_FAST, 1)),
            ((op::LOAD_GLOBAL, 0), (op::LOAD_FAST, 1)),
        ];
        for (first, second) in cases {
            assert_eq!(fused(first, second), None, "{first:?} {second:?}");
        }
    }
}
