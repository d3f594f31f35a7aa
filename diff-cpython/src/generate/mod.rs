//! The program generator: well-formed, deterministic Python programs for differential testing
//! of upy against CPython.
//!
//! A program works on ints (small and big), floats, complex numbers, strings, bytes and
//! bytearrays, lists, tuples, dicts, sets and frozensets of ints, bools, `None` and instances
//! of its own classes, with operators, builtins, methods, comparisons, slicing, f-strings and
//! `%` formatting (of str and bytes), control flow (`if`, bounded `for` and `while`,
//! `break`/`continue`/`else`), functions (defaults, keyword and star arguments, closures with
//! `nonlocal`, `global`, lambdas, bounded recursion), exceptions (`try`/`except`/`else`/
//! `finally`, `raise`, `assert`) and:
//! - classes (`classes`): single and multiple inheritance with `super()`, `__init__`, class and
//!   instance attributes, methods, `@property`, `@staticmethod`, `@classmethod`, operator
//!   dunders (`__add__`, `__radd__`, `__iadd__`, `__eq__`, `__lt__`, `__hash__`, `__len__`,
//!   `__getitem__`, `__iter__`, `__contains__`, `__bool__`, `__str__`, `__call__`), some
//!   answering `NotImplemented`, every class printing through a `__repr__` it defines;
//! - generators (`gendef`, `expr/gens`): `yield`, `yield from` (and its value), `return value`,
//!   generator expressions, consumed by `list()`, `next()` with and without a default, `send`,
//!   `throw`, `close`, `in` and `for`;
//! - `with` over context-manager classes that print on entry and exit and sometimes suppress
//!   the exception.
//!
//! It prints every value it computes with `print(repr(...))`, so a wrong value shows up in the
//! output.
//!
//! Every choice is drawn from an [`arbitrary::Unstructured`], so the same code serves a
//! cargo-fuzz target (fuzzer bytes in, a program out: [`program`]) and ordinary tests (bytes
//! from a seeded generator: [`from_seed`]). Any byte string gives a valid program; running out
//! of bytes just makes the rest of the program plain.
//!
//! Invariants of a generated program, which the two interpreters must agree on:
//! - It parses and terminates: loops run over small ranges or bounded sequences, `while` loops
//!   count, recursion is bounded by a literal, functions only call functions defined before
//!   them, generators yield from bounded loops only, and no method body calls an instance
//!   (so no dunder recurses).
//! - Values stay small: every variable has one static type for the whole program and a size
//!   bound (ints under 2**256, strings and bytes of at most 48 items, at most 12 list or set
//!   elements); a statement that may grow a variable past its bound is followed by one that
//!   cuts it back (`x %= M`, `s = s[:48]`, `del l[12:]`), and an expression is only built when
//!   an estimate of its size stays under a limit (no `10**10**10`; no int too long for `str()`
//!   under CPython's 4300-digit limit). Objects keep their `v` under a modulus; generators
//!   never yield containers (a list rebuilt from a generator yielding itself would nest
//!   exponentially).
//! - Output is deterministic: no `id()`, no `hash()` of strings or of objects that hash by
//!   identity, no default `object` repr (it holds an address), no generator object printed,
//!   nothing from the clock or the platform. A set is shown only through `sorted`, `len`,
//!   membership and comparisons (never its repr or iteration order: that is its hash table's
//!   layout, and a string's hash changes from one CPython process to the next). No `yield` sits
//!   in a `try` or `with` block, so when an abandoned generator is finalized does not show.
//!   Complex powers keep to small integer exponents (no platform `exp`/`log`). Dicts keep
//!   insertion order in both interpreters.
//! - Each top-level statement runs inside `try: ... except Exception as e:` printing the
//!   exception's type name (and, with [`Options::messages`], its message), so one error does not
//!   end the program. Class definitions and the variables' initial values come first, outside
//!   any `try`, and cannot fail.
//! - Only the language upy supports today: no imports, `async`, `match`, decorators other than
//!   the three builtins, or metaclasses.

mod ast;
mod classes;
mod expr;
mod gendef;
mod lit;
mod mutate;
mod stmt;

use arbitrary::Unstructured;

pub use ast::{
    Arg, BinOp, Class, CmpOp, CompKind, Comprehension, Expr, FPart, Function, Handler, Program,
    Stmt, Try, UnOp,
};

/// What the generator may produce.
#[derive(Clone, Debug)]
pub struct Options {
    /// The most top-level statements (after the variables' initial assignments).
    pub max_statements: u32,
    /// The deepest nesting of expressions.
    pub max_expr_depth: u32,
    /// The deepest nesting of compound statements.
    pub max_block_depth: u32,
    /// How many functions to define, at most.
    pub max_functions: u32,
    /// Print `str(e)` of each caught exception, not only its type name.
    pub messages: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_statements: 24,
            max_expr_depth: 3,
            max_block_depth: 3,
            max_functions: 4,
            messages: true,
        }
    }
}

/// CPython output past which a generated program is out of the generator's range, skipped
/// rather than reported. Its size bounds are approximate (a list's weight counts its length,
/// not its items' sizes, so a loop that nests a list in itself grows it exponentially), and
/// past a few MiB upy's heap budget (64 MiB by default) rightly ends such a program with
/// `MemoryError` where CPython goes on.
pub const MAX_OUTPUT: usize = 1 << 20;

/// True when CPython's run of a generated program is out of the generator's range (see
/// [`MAX_OUTPUT`]).
pub fn out_of_range(cpython: &crate::Outcome) -> bool {
    cpython.stdout.len() > MAX_OUTPUT
}

/// A program's source built from `u` with the default [`Options`]: the entry point for fuzz
/// targets.
pub fn program(u: &mut Unstructured<'_>) -> arbitrary::Result<String> {
    Ok(generate(u, &Options::default())?.to_source())
}

/// A program built from `u` with `options`.
pub fn generate(u: &mut Unstructured<'_>, options: &Options) -> arbitrary::Result<Program> {
    stmt::program(u, options)
}

impl<'a> arbitrary::Arbitrary<'a> for Program {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Program> {
        generate(u, &Options::default())
    }
}

/// The program for `seed`: the same seed gives the same program on every machine.
pub fn from_seed(seed: u64, options: &Options) -> Program {
    let bytes = seed_bytes(seed, 16 * 1024);
    let mut u = Unstructured::new(&bytes);
    // The generator never fails on a short input; it only becomes plainer.
    generate(&mut u, options).expect("the generator accepts any input")
}

/// `len` bytes from SplitMix64 started at `seed`.
fn seed_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        out.extend_from_slice(&z.to_le_bytes());
    }
    out.truncate(len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_deterministic_and_differ() {
        let o = Options::default();
        assert_eq!(from_seed(7, &o).to_source(), from_seed(7, &o).to_source());
        assert_ne!(from_seed(7, &o).to_source(), from_seed(8, &o).to_source());
    }

    #[test]
    fn any_bytes_give_a_program() {
        for bytes in [&[][..], &[0xff; 3][..], &[0u8; 64][..], &[0x5a; 1000][..]] {
            let mut u = Unstructured::new(bytes);
            let source = program(&mut u).unwrap();
            assert!(source.contains("print"), "{source}");
        }
    }
}
