//! `_re`: the native half of the `re` module (the frozen `re.py` is the other): compiling a
//! pattern to a program kept as bytes, and running it over a subject.
//!
//! - `compile(pattern, flags)` gives `(code, flags, groups, names)`, or `(message, pos)`
//!   for a syntax error (`re.py` raises `re.error` from it); OverflowError, RecursionError
//!   and ValueError are raised here.
//! - `match(code, string, pos, endpos, mode, must_advance)` gives the capture positions of
//!   one match as a flat tuple (start and end of each group, -1 when unset, then
//!   `lastindex`, then `pos` and `endpos` as clamped), or None. `mode` is 0 for `match`, 1 for `fullmatch`, 2 for `search`.
//! - `scan(code, string, pos, endpos, limit, must_advance)` gives the positions of up to
//!   `limit` successive matches (0: all, negative: none), concatenated in one list after the clamped `pos`
//!   and `endpos`, as `findall`, `sub` and `split` want them.
//!
//! Matching runs in slices (`exec`): between them the VM spends its step budget and polls
//! for Ctrl-C, and the backtracking stack grows only after the heap budget accepts it.

mod ast;
mod chars;
mod compile;
mod exec;
mod flags;
mod parse;
mod prog;

use alloc::format;
use alloc::vec::Vec;

use super::{Attr, ModuleDef};
use crate::builtins::Kw;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use exec::{Exec, Mode, Outcome, UNSET};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "_re",
    attrs: &[
        ("compile", Attr::Func(compile_fn)),
        ("match", Attr::Func(match_fn)),
        ("scan", Attr::Func(scan_fn)),
        ("MAXREPEAT", Attr::Int(ast::MAXREPEAT as i64)),
    ],
    init: None,
};

/// Steps of the matcher per step of the VM's budget.
const SLICE: usize = 4096;
/// Backtrack entries granted at first; each later grant doubles the allowance.
const FIRST_GRANT: usize = 256;

fn positional(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, n: usize) -> PyResult<()> {
    kw.check(vm, name, &[])?;
    crate::builtins::args::positional(vm, name, args, n, n)
}

/// The pattern text as characters, and whether it is bytes.
fn pattern_chars(vm: &mut Vm, p: Value) -> PyResult<(Vec<u32>, bool)> {
    let p = vm.payload(p);
    if let Some(text) = vm.str_text(p) {
        let n = text.len();
        vm.check_building(n * 4)?;
        let chars = vm
            .str_text(p)
            .unwrap_or("")
            .chars()
            .map(|c| c as u32)
            .collect();
        return Ok((chars, false));
    }
    if let Some(b) = vm.buffer_of(p) {
        return Ok((b.iter().map(|&c| u32::from(c)).collect(), true));
    }
    let msg = "first argument must be string or compiled pattern";
    Err(vm.type_error(msg))
}

fn compile_fn(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    positional(vm, "compile", args, kw, 2)?;
    let (chars, bytes) = pattern_chars(vm, args[0])?;
    let flags = vm.index_c_int(args[1])? as u32;
    let parsed = match parse::parse(&chars, bytes, flags) {
        Ok(p) => p,
        Err(e) => return parse_error(vm, e),
    };
    let code = match compile::compile(&parsed, bytes) {
        Ok(code) => code,
        Err(e) => {
            let text = match e {
                compile::CompileError::LookBehindWidth => {
                    alloc::string::String::from("look-behind requires fixed-width pattern")
                }
                compile::CompileError::Template(op) => {
                    format!("internal: unsupported template operator {op}")
                }
            };
            let msg = vm.new_str_from(&text)?;
            return vm.new_tuple(alloc::vec![msg, Value::NONE]);
        }
    };
    let code = vm.new_bytes(prog::to_bytes(&code))?;
    vm.roots.push(code);
    let r = (|| {
        let mut names = Vec::new();
        for (name, index) in &parsed.names {
            let n = vm.new_str_from(name)?;
            vm.roots.push(n);
            let i = vm.new_int(i64::from(*index))?;
            let pair = vm.new_tuple(alloc::vec![n, i]);
            vm.roots.pop();
            names.push(pair?);
            vm.roots.push(*names.last().unwrap_or(&Value::NONE));
        }
        let count = names.len();
        let names_t = vm.new_tuple(names);
        vm.roots.truncate(vm.roots.len() - count);
        let names_t = names_t?;
        vm.roots.push(names_t);
        let f = vm.new_int(i64::from(parsed.flags));
        let g = vm.new_int(i64::from(parsed.groups));
        let out = match (f, g) {
            (Ok(f), Ok(g)) => vm.new_tuple(alloc::vec![code, f, g, names_t]),
            (Err(e), _) | (_, Err(e)) => Err(e),
        };
        vm.roots.pop();
        out
    })();
    vm.roots.pop();
    r
}

fn parse_error(vm: &mut Vm, e: parse::Error) -> PyResult {
    match e.kind {
        parse::ErrorKind::Syntax => {
            let msg = vm.new_str_from(&e.msg)?;
            vm.roots.push(msg);
            let pos = match e.pos {
                Some(p) => vm.new_int(p as i64),
                None => Ok(Value::NONE),
            };
            let r = pos.and_then(|pos| vm.new_tuple(alloc::vec![msg, pos]));
            vm.roots.pop();
            r
        }
        parse::ErrorKind::Overflow => Err(vm.raise_new(TypeId::OverflowError, &e.msg)),
        parse::ErrorKind::Recursion => Err(vm.raise_new(TypeId::RecursionError, &e.msg)),
        parse::ErrorKind::Value => Err(vm.value_error(&e.msg)),
    }
}

/// A subject as the matcher reads it.
enum Subject {
    /// An ASCII str, read in place.
    Ascii(Value),
    /// A str with other characters, decoded (and charged to the heap).
    Wide(Vec<u32>),
    /// A bytes-like object, read in place.
    Buffer(Value),
}

/// A program and a subject, checked against each other.
struct Job {
    code: Vec<u32>,
    subject: Subject,
    len: usize,
    /// Bytes held against the heap budget, given back by `finish`.
    held: usize,
}

impl Job {
    fn new(vm: &mut Vm, code: Value, string: Value) -> PyResult<Job> {
        let code = vm
            .with_buffer(code, prog::from_bytes)
            .flatten()
            .ok_or_else(|| vm.type_error("invalid compiled pattern"))?;
        let bytes_pattern = code.get(prog::H_BYTES) == Some(&1);
        let s = vm.payload(string);
        let mut held = 0;
        let (subject, len) = if let Some(text) = vm.str_text(s) {
            if bytes_pattern {
                return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
            }
            if text.is_ascii() {
                (Subject::Ascii(s), text.len())
            } else {
                let bytes = text.len() * 4;
                vm.reserve_bytes(bytes)?;
                vm.heap.hold(bytes);
                held = bytes;
                let wide: Vec<u32> = vm
                    .str_text(s)
                    .unwrap_or("")
                    .chars()
                    .map(|c| c as u32)
                    .collect();
                let n = wide.len();
                (Subject::Wide(wide), n)
            }
        } else if let Some(n) = vm.with_buffer(s, <[u8]>::len) {
            if !bytes_pattern {
                return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
            }
            (Subject::Buffer(s), n)
        } else {
            let msg = format!(
                "expected string or bytes-like object, got '{}'",
                vm.type_name_of(string)
            );
            return Err(vm.type_error(&msg));
        };
        Ok(Job {
            code,
            subject,
            len,
            held,
        })
    }

    /// Clamps `pos` and `endpos` as CPython does: `(start, end)`, or None when empty.
    fn bounds(&self, vm: &mut Vm, pos: Value, endpos: Value) -> PyResult<(usize, usize)> {
        let len = self.len as i64;
        let pos = vm.index_ssize(pos)?.clamp(0, len) as usize;
        let end = vm.index_ssize(endpos)?.clamp(0, len) as usize;
        Ok((pos, end))
    }

    /// Runs `exec` to its next match, or to the end: true if it found one.
    fn run(&mut self, vm: &mut Vm, exec: &mut Exec) -> PyResult<bool> {
        loop {
            let outcome = match &self.subject {
                Subject::Ascii(v) => {
                    let text = vm.str_text(*v).unwrap_or("");
                    exec.run(&self.code, text.as_bytes(), SLICE)
                }
                Subject::Wide(w) => exec.run(&self.code, &w[..], SLICE),
                Subject::Buffer(v) => {
                    let code = &self.code;
                    vm.with_buffer(*v, |b| exec.run(code, b, SLICE))
                        .unwrap_or(Outcome::NoMatch)
                }
            };
            match outcome {
                Outcome::Match => return Ok(true),
                Outcome::NoMatch => return Ok(false),
                Outcome::Paused => vm.tick()?,
                Outcome::NeedMemory => {
                    let entries = exec.stack_limit.max(FIRST_GRANT);
                    let bytes = entries * exec::ENTRY_BYTES;
                    vm.reserve_bytes(bytes)?;
                    vm.heap.hold(bytes);
                    self.held += bytes;
                    exec.grant(entries);
                }
            }
        }
    }

    /// Sets up a matcher, charging its registers to the heap.
    fn exec(&mut self, vm: &mut Vm, start: usize, end: usize, mode: Mode) -> PyResult<Exec> {
        let groups = self.code.get(prog::H_GROUPS).copied().unwrap_or(0) as usize;
        let repeats = self.code.get(prog::H_REPEATS).copied().unwrap_or(0) as usize;
        let bytes = (2 * groups + 2 + 2 * repeats) * core::mem::size_of::<usize>();
        vm.reserve_bytes(bytes)?;
        vm.heap.hold(bytes);
        self.held += bytes;
        Ok(Exec::new(&self.code, start, end, mode))
    }

    fn finish(&mut self, vm: &mut Vm) {
        vm.heap.release(self.held);
        self.held = 0;
    }
}

fn small(n: usize) -> Value {
    Value::small(n as i64).unwrap_or(Value::NONE)
}

/// Appends the marks of a match (and its `lastindex`) to `out`.
fn push_marks(exec: &Exec, out: &mut Vec<Value>) {
    for &m in &exec.marks {
        let v = if m == UNSET { -1 } else { m as i64 };
        out.push(Value::small(v).unwrap_or(Value::NONE));
    }
    out.push(Value::small(i64::from(exec.lastindex)).unwrap_or(Value::NONE));
}

fn match_fn(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    positional(vm, "match", args, kw, 6)?;
    let mut job = Job::new(vm, args[0], args[1])?;
    let r = (|| {
        let (start, end) = job.bounds(vm, args[2], args[3])?;
        let mode = match vm.index_ssize(args[4])? {
            0 => Mode::Match,
            1 => Mode::Full,
            _ => Mode::Search,
        };
        let must_advance = vm.truthy(args[5])?;
        if end < start {
            return Ok(Value::NONE);
        }
        let mut exec = job.exec(vm, start, end, mode)?;
        exec.must_advance = must_advance;
        if !job.run(vm, &mut exec)? {
            return Ok(Value::NONE);
        }
        let mut out = Vec::new();
        push_marks(&exec, &mut out);
        out.extend([small(start), small(end)]);
        vm.new_tuple(out)
    })();
    job.finish(vm);
    r
}

fn scan_fn(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    positional(vm, "scan", args, kw, 6)?;
    let mut job = Job::new(vm, args[0], args[1])?;
    let r = (|| {
        let (start, end) = job.bounds(vm, args[2], args[3])?;
        let limit = vm.index_ssize(args[4])?;
        let must_advance = vm.truthy(args[5])?;
        let list = vm.new_list(alloc::vec![small(start), small(end)])?;
        // A negative count or maxsplit asks for no matches at all.
        let Ok(limit) = usize::try_from(limit) else {
            return Ok(list);
        };
        if end < start {
            return Ok(list);
        }
        vm.roots.push(list);
        let r = (|| {
            let mut exec = job.exec(vm, start, end, Mode::Search)?;
            exec.must_advance = must_advance;
            let mut found = 0;
            let mut marks = Vec::new();
            while job.run(vm, &mut exec)? {
                marks.clear();
                push_marks(&exec, &mut marks);
                for &m in &marks {
                    vm.list_push(list, m)?;
                }
                found += 1;
                if found == limit {
                    break;
                }
                let (Some(&s), Some(&e)) = (exec.marks.first(), exec.marks.get(1)) else {
                    break;
                };
                if e > end {
                    break;
                }
                exec.restart(e, s == e);
                vm.tick()?;
            }
            Ok(list)
        })();
        vm.roots.pop();
        r
    })();
    job.finish(vm);
    r
}

#[cfg(test)]
mod tests;
