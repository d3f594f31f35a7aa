//! The operators of the API surface: every binary operator with a value of each builtin
//! type on one side and every probe on the other, the unary operators, and the augmented
//! assignments of the mutable types, which go through the interpreter's operator paths
//! rather than the special methods the method table calls.

use super::Call;
use super::spec::PROBES;
use super::table::TYPES;

/// The binary operators, and whether a huge right operand is kept away (`**` and `<<` would
/// compute for ever).
const BINARY: &[(&str, bool)] = &[
    ("+", false),
    ("-", false),
    ("*", false),
    ("/", false),
    ("//", false),
    ("%", false),
    ("**", true),
    ("<<", true),
    (">>", false),
    ("&", false),
    ("|", false),
    ("^", false),
    ("==", false),
    ("<", false),
    (">=", false),
    ("in", false),
];

/// Probes too large for the right of `**` and `<<`.
const HUGE: &[&str] = &["2**63", "2**70", "-2**70", "10**20"];

/// The types whose values take part: the builtin value types, not the iterators, generators
/// and function objects.
pub(super) const OPERAND_TYPES: usize = 22;

/// Every operator call, in order.
pub(super) fn calls(out: &mut Vec<Call>) {
    debug_assert!(TYPES[OPERAND_TYPES].receivers[0].starts_with("iter("));
    for ty in &TYPES[..OPERAND_TYPES] {
        let recv = ty.receivers[0];
        for &(op, no_huge) in BINARY {
            for &probe in PROBES {
                if !(no_huge && HUGE.contains(&probe)) {
                    push(out, format!("({recv}) {op} ({probe})"));
                }
                // The probe on the left: the receiver is small, so any probe is safe.
                push(out, format!("({probe}) {op} ({recv})"));
            }
        }
        for op in ["-", "+", "~", "not "] {
            push(out, format!("{op}({recv})"));
        }
        if ty.mutable {
            for &(op, no_huge) in BINARY.iter().take(12) {
                for &probe in PROBES {
                    if no_huge && HUGE.contains(&probe) {
                        continue;
                    }
                    let text = format!("x = {recv}; x {op}= {probe}");
                    out.push(Call {
                        code: format!("x = {recv}; x {op}= {probe}; p(#, x)"),
                        text,
                    });
                }
            }
        }
    }
}

fn push(out: &mut Vec<Call>, text: String) {
    out.push(Call {
        code: format!("p(#, {text})"),
        text,
    });
}
