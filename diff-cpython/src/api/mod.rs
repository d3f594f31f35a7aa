//! The API-surface generator: programs that call every builtin function and every method of
//! every builtin type (the table in [`table`]) with arguments of every kind — valid ones, wrong
//! types, negative, zero, huge, empty, `None`, floats for ints, bools, one too many, one too few,
//! an unknown keyword (see [`spec`]) — so a silently accepted bad argument, a wrong exception or
//! a wrong message shows up as a difference from CPython.
//!
//! Every call is one `try:` line that prints, after a marker `#N` (its number in the surface),
//! a deterministic rendering of the result (and of the receiver, for mutable types), or the
//! exception's type name and message. Rendering (`show` in [`PRELUDE`]) sorts sets, drains
//! iterators (at most 20 items) and hides reprs that hold an address (`at 0x...`, and
//! `@ 0x...` as hash objects write it). The surface is cut into
//! programs of [`CHUNK`] calls; program `k` holds calls `k*CHUNK..`. [`compare`] matches the
//! two transcripts call by call.
//!
//! Invariants: a program is the same on every run (no `id()`, no hashes of strings, no set
//! order of strings); CPython never computes anything large (probes stay away from sizes
//! between 2**31 and 2**63, and exponents never get huge ones).

mod coll;
mod misc;
mod modules;
mod ops;
mod seq;
mod spec;
mod table;

use std::collections::HashMap;
use std::fmt::Write;

use crate::Outcome;
use crate::compare::Run;

/// Calls per program.
pub const CHUNK: usize = 250;

/// Defined at the top of every program: the receiver class `K`, the renderer `show`, and `p`
/// and `q`, which print a call's result or exception after its marker.
pub const PRELUDE: &str = r#"class K:
    def __init__(self):
        self.a = 1
def show(r):
    t = type(r)
    if t is set or t is frozenset:
        return t.__name__ + '{' + ', '.join(sorted([show(v) for v in r])) + '}'
    if hasattr(r, '__next__'):
        out = []
        for v in r:
            out.append(show(v))
            if len(out) == 20:
                break
        return '<iterator ' + ', '.join(out) + '>'
    s = repr(r)
    if ' at 0x' in s or ' object @ 0x' in s:
        return '<callable>' if callable(r) else '<object>'
    return s
def p(n, r, *x):
    print('\n#' + str(n), show(r), *['| ' + show(v) for v in x], '#$', end='')
def q(n, e):
    print('\n#' + str(n), '!', type(e).__name__ + ':', e, '#$', end='')
"#;

/// One call of the surface.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Call {
    /// The call as a reader would write it, e.g. `'Hello World'.center(None)`.
    pub text: String,
    /// The Python statement that makes it and prints its outcome, `#` standing for its
    /// number.
    code: String,
}

fn function_calls(out: &mut Vec<Call>) {
    for &(name, sig) in table::FUNCTIONS.iter().chain(modules::FUNCTIONS) {
        let name = name.split('@').next().unwrap_or(name);
        let parsed = spec::parse(sig, false);
        for args in spec::calls(&parsed, true) {
            let text = format!("{name}({args})");
            out.push(Call {
                code: format!("p(#, {text})"),
                text,
            });
        }
    }
}

fn method_calls(ty: &table::Type, out: &mut Vec<Call>) {
    let bytes = matches!(ty.name, "bytes" | "bytearray" | "memoryview");
    for &(entry, sig) in ty.methods.iter().flat_map(|group| group.iter()) {
        let (name, own_receiver) = match entry.split_once('@') {
            Some((name, receiver)) => (name, Some(receiver)),
            None => (entry, None),
        };
        let parsed = spec::parse(sig, bytes);
        let receivers: Vec<&str> = own_receiver.map_or_else(|| ty.receivers.to_vec(), |r| vec![r]);
        for (i, receiver) in receivers.iter().enumerate() {
            let first = i == 0;
            if parsed.attribute {
                out.push(Call {
                    text: format!("({receiver}).{name}"),
                    code: format!("x = {receiver}; p(#, x.{name})"),
                });
                continue;
            }
            let on = if parsed.on_type {
                if !first {
                    break;
                }
                if ty.name.is_empty() {
                    format!("type({receiver})")
                } else {
                    ty.name.to_string()
                }
            } else if receiver.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
                format!("({receiver})")
            } else {
                receiver.to_string()
            };
            let show = ty.mutable && !parsed.on_type;
            for args in spec::calls(&parsed, first) {
                let text = format!("{on}.{name}({args})");
                let code = if parsed.on_type {
                    format!("p(#, {text})")
                } else if show {
                    format!("x = {receiver}; p(#, x.{name}({args}), x)")
                } else {
                    format!("x = {receiver}; p(#, x.{name}({args}))")
                };
                out.push(Call { text, code });
            }
            if first && !parsed.on_type && !ty.name.is_empty() {
                let full = spec::full_args(&parsed);
                let sep = if full.is_empty() { "" } else { ", " };
                for recv in [receiver.to_string(), "None".to_string()] {
                    let text = format!("{}.{name}({recv}{sep}{full})", ty.name);
                    out.push(Call {
                        code: format!("p(#, {text})"),
                        text,
                    });
                }
            }
        }
    }
}

/// Every call of the surface, in order: the builtin functions, each type's methods, then the
/// operators.
pub fn surface() -> Vec<Call> {
    let mut out = Vec::new();
    function_calls(&mut out);
    for ty in table::TYPES {
        method_calls(ty, &mut out);
    }
    ops::calls(&mut out);
    let mut seen = std::collections::HashSet::new();
    out.retain(|c| seen.insert(c.code.clone()));
    out
}

/// How many programs the surface makes.
pub fn programs(surface: &[Call]) -> usize {
    surface.len().div_ceil(CHUNK)
}

/// The calls of program `k` with their numbers.
pub fn chunk(surface: &[Call], k: usize) -> impl Iterator<Item = (usize, &Call)> {
    surface.iter().enumerate().skip(k * CHUNK).take(CHUNK)
}

/// The source of program `k`.
pub fn program(surface: &[Call], k: usize) -> String {
    let mut src = String::from(modules::IMPORTS);
    src.push_str(PRELUDE);
    for (n, call) in chunk(surface, k) {
        let code = call.code.replace("p(#,", &format!("p({n},"));
        let _ = writeln!(src, "try: {code}\nexcept Exception as e: q({n}, e)");
    }
    src.push_str("print()\n");
    src
}

/// A program's output split by call number. Each call's line ends in ` #$`; what a call
/// printed itself comes before its line, so it is put in front of that call's text.
fn by_call(stdout: &str) -> HashMap<usize, String> {
    let mut out = HashMap::new();
    let mut parts = stdout.split("\n#");
    let mut printed = parts.next().unwrap_or("").to_string();
    for part in parts {
        let (n, rest) = part.split_once(' ').unwrap_or((part, ""));
        let (text, after) = rest.rsplit_once(" #$").unwrap_or((rest, ""));
        if let Ok(n) = n.parse() {
            let text = if printed.is_empty() {
                text.to_string()
            } else {
                format!("(printed {printed:?}) {text}")
            };
            out.insert(n, text);
        }
        printed = after.trim_end_matches('\n').to_string();
    }
    out
}

/// How one call's outcome differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// upy has no such function, method or attribute.
    Missing,
    /// CPython raises, upy returns: a bad argument silently accepted.
    Accepted,
    /// Both return, different values.
    Result,
    /// CPython returns, upy raises.
    Rejected,
    /// Both raise, different exception types.
    ExceptionType,
    /// Both raise the same type with different messages.
    Message,
    /// upy printed nothing for the call: the program died before it.
    Lost,
}

/// One call whose outcome differs.
#[derive(Clone, Debug)]
pub struct Divergence {
    pub number: usize,
    pub call: String,
    pub category: Category,
    pub cpython: String,
    pub upy: String,
}

fn exception_type(s: &str) -> Option<&str> {
    s.strip_prefix("! ")
        .map(|r| r.split(':').next().unwrap_or(r))
}

fn categorize(cpython: &str, upy: &str) -> Category {
    match (exception_type(cpython), exception_type(upy)) {
        (_, Some("AttributeError")) if upy.contains("has no attribute") => Category::Missing,
        (_, Some("NameError")) if upy.contains("is not defined") => Category::Missing,
        (None, None) => Category::Result,
        (Some(_), None) => Category::Accepted,
        (None, Some(_)) => Category::Rejected,
        (Some(a), Some(b)) if a != b => Category::ExceptionType,
        _ => Category::Message,
    }
}

/// The calls of program `k` whose outcomes differ between CPython and upy.
pub fn compare(surface: &[Call], k: usize, cpython: &Outcome, upy: &Run) -> Vec<Divergence> {
    let left = by_call(&cpython.stdout);
    let right = by_call(upy.stdout());
    let ended = match upy {
        Run::Finished(o) => o
            .exception
            .as_ref()
            .map(|e| format!("{}: {}", e.type_name, e.message)),
        Run::Timeout { .. } => Some("timeout".into()),
        Run::Crash { message, .. } => Some(format!("crash: {message}")),
    };
    let mut out = Vec::new();
    for (n, call) in chunk(surface, k) {
        let cp = left.get(&n).cloned().unwrap_or_default();
        let (up, category) = match right.get(&n) {
            Some(up) if *up == cp => continue,
            Some(up) => (up.clone(), categorize(&cp, up)),
            None => (
                format!(
                    "(nothing; the program ended: {})",
                    ended.as_deref().unwrap_or("?")
                ),
                Category::Lost,
            ),
        };
        out.push(Divergence {
            number: n,
            call: call.text.clone(),
            category,
            cpython: cp,
            upy: up,
        });
    }
    out
}

/// Deliberate differences: `PATTERN # reason` lines, `PATTERN` a call's text or, ending in
/// `*`, a prefix of it. Blank lines and lines starting with `#` are skipped.
#[derive(Clone, Debug, Default)]
pub struct AllowList {
    entries: Vec<(String, String)>,
}

impl AllowList {
    /// Parses an allow-list file's text; an entry without a reason is an error.
    pub fn parse(text: &str) -> anyhow::Result<AllowList> {
        let mut entries = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((pattern, reason)) = line.rsplit_once(" # ") else {
                anyhow::bail!("line {}: no ` # reason`: {line}", i + 1);
            };
            entries.push((pattern.trim().to_string(), reason.trim().to_string()));
        }
        Ok(AllowList { entries })
    }

    /// Whether `call` is a deliberate difference.
    pub fn allows(&self, call: &str) -> bool {
        self.entries
            .iter()
            .any(|(pattern, _)| match pattern.strip_suffix('*') {
                Some(prefix) => call.starts_with(prefix),
                None => call == pattern,
            })
    }
}

/// Runs programs `range` of `surface` on both sides and returns the calls whose outcomes
/// differ, in surface order.
#[cfg(feature = "upy")]
pub fn run(
    differ: &crate::differ::Differ,
    surface: &[Call],
    range: std::ops::Range<usize>,
) -> anyhow::Result<Vec<Divergence>> {
    let mut out = Vec::new();
    for k in range {
        let source = program(surface, k);
        let both = differ.run(&source, &format!("api{k}.py"))?;
        out.extend(compare(surface, k, &both.cpython, &both.upy));
    }
    Ok(out)
}

/// The text of the known-divergences file for `found`: one call a line, by category.
pub fn known_text(found: &[Divergence]) -> String {
    let mut sorted: Vec<&Divergence> = found.iter().collect();
    sorted.sort_by_key(|d| (d.category, d.number));
    let mut out = String::from(KNOWN_HEADER);
    for d in sorted {
        let _ = writeln!(out, "{:?}\t{}", d.category, d.call);
    }
    out
}

/// Opens the known-divergences file.
const KNOWN_HEADER: &str = "\
# Calls of the API surface where upy still differs from CPython: bugs to fix, not choices.
# Written by `upy-diff --api --bless`; the api test fails on a divergence missing here and on
# an entry that no longer diverges. One call a line: its category, a tab, the call.
";

/// The calls listed in a known-divergences file.
pub fn known_calls(text: &str) -> std::collections::BTreeSet<String> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split_once('\t').map_or(l, |(_, call)| call).to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_call_is_unique_and_the_surface_is_large() {
        let s = surface();
        assert!(s.len() > 5000, "{} calls", s.len());
        assert!(s.iter().any(|c| c.text == "'Hello World'.center(None)"));
        assert!(s.iter().any(|c| c.text == "abs()"));
    }

    #[test]
    fn output_splits_by_marker() {
        let m = by_call("\n#3 1 #$\n#4 ! TypeError: x\ny #$?\n#5 'a' #$\n");
        assert_eq!(m[&3], "1");
        assert_eq!(m[&4], "! TypeError: x\ny");
        assert_eq!(m[&5], "(printed \"?\") 'a'");
    }
}
