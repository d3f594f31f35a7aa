//! The methods of `bytes`, `bytearray` and `memoryview`, and `int.to_bytes`/`from_bytes`.
//!
//! Methods that make a new sequence return the receiver's kind (a bytearray's `upper()`
//! is a bytearray). Case and class predicates are ASCII-only, as CPython's are for bytes.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::{Kw, arity};
use crate::heap::Obj;
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The receiver's bytes.
pub(super) fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Vec<u8>> {
    // A memoryview's own methods (`hex`) read a strided view item by item.
    match args.first().and_then(|&v| vm.buffer_items(v)) {
        Some(b) => Ok(b),
        None if args.first().is_some_and(|&v| vm.is_released_view(v)) => Err(vm.released_error()),
        None => {
            let receiver = args.first().copied();
            Err(crate::builtins::wrong_receiver(vm, name, "bytes", receiver))
        }
    }
}

/// A bytes-like argument.
pub(crate) fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.buffer_of(v) {
        Some(b) => Ok(b),
        None if vm.is_released_view(v) => Err(vm.released_error()),
        None if vm.is_strided_view(v) => Err(vm.not_contiguous()),
        None => {
            let msg = format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name_of(v)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// A search argument: a bytes-like or an int in range(256).
fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.is_int(v) || vm.index_dunder(v)?.is_some() {
        return Ok(alloc::vec![vm.byte_value(v)?]);
    }
    match vm.buffer_of(v) {
        Some(b) => Ok(b),
        None if vm.is_released_view(v) => Err(vm.released_error()),
        None if vm.is_strided_view(v) => Err(vm.not_contiguous()),
        None => {
            let msg = format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name_of(v)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// `start` and `end` arguments resolved as slice bounds against `len`.
fn bounds(
    vm: &mut Vm,
    len: usize,
    start: Option<Value>,
    end: Option<Value>,
) -> PyResult<(usize, usize)> {
    let mut resolve = |v: Option<Value>, default: usize| -> PyResult<usize> {
        let Some(i) = v.map_or(Ok(None), |v| vm.slice_bound(v))? else {
            return Ok(default);
        };
        let len = len as i64;
        Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
    };
    let s = resolve(start, 0)?;
    let e = resolve(end, len)?;
    Ok((s, e))
}

fn find_in(hay: &[u8], needle: &[u8], right: bool) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    if right {
        (0..=last)
            .rev()
            .find(|&i| &hay[i..i + needle.len()] == needle)
    } else {
        (0..=last).find(|&i| &hay[i..i + needle.len()] == needle)
    }
}

fn search(vm: &mut Vm, args: &[Value], name: &str, right: bool) -> PyResult<Option<usize>> {
    crate::builtins::args::parse_tuple_arity(vm, name, &args[1.min(args.len())..], 1, 3)?;
    let hay = this(vm, args, name)?;
    let sub = needle(vm, args[1])?;
    let (s, e) = bounds(vm, hay.len(), args.get(2).copied(), args.get(3).copied())?;
    if s > e || s > hay.len() {
        return Ok(None);
    }
    Ok(find_in(&hay[s..e], &sub, right).map(|i| i + s))
}

pub(crate) fn find(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let r = search(vm, args, "find", false)?;
    vm.new_int(r.map_or(-1, |i| i as i64))
}

pub(crate) fn rfind(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let r = search(vm, args, "rfind", true)?;
    vm.new_int(r.map_or(-1, |i| i as i64))
}

pub(crate) fn index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    match search(vm, args, "index", false)? {
        Some(i) => vm.new_int(i as i64),
        None => Err(vm.value_error("subsection not found")),
    }
}

pub(crate) fn rindex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    match search(vm, args, "rindex", true)? {
        Some(i) => vm.new_int(i as i64),
        None => Err(vm.value_error("subsection not found")),
    }
}

pub(crate) fn count(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    crate::builtins::args::parse_tuple_arity(vm, "count", &args[1.min(args.len())..], 1, 3)?;
    let hay = this(vm, args, "count")?;
    let sub = needle(vm, args[1])?;
    let (s, e) = bounds(vm, hay.len(), args.get(2).copied(), args.get(3).copied())?;
    if s > e {
        return vm.new_int(0);
    }
    let hay = &hay[s..e];
    if sub.is_empty() {
        return vm.new_int(hay.len() as i64 + 1);
    }
    let (mut n, mut i) = (0, 0);
    while let Some(j) = find_in(&hay[i..], &sub, false) {
        n += 1;
        i += j + sub.len();
    }
    vm.new_int(n)
}

fn affix(vm: &mut Vm, args: &[Value], name: &str, prefix: bool) -> PyResult {
    crate::builtins::args::parse_tuple_arity(vm, name, &args[1.min(args.len())..], 1, 3)?;
    let hay = this(vm, args, name)?;
    let (s, e) = bounds(vm, hay.len(), args.get(2).copied(), args.get(3).copied())?;
    let candidates: Vec<Value> = match vm.heap.get(args[1]) {
        Some(Obj::Tuple(t)) => t.to_vec(),
        _ => alloc::vec![args[1]],
    };
    for c in candidates {
        if vm.is_released_view(c) {
            return Err(vm.released_error());
        }
        if vm.is_strided_view(c) {
            return Err(vm.not_contiguous());
        }
        let Some(p) = vm.buffer_of(c) else {
            let msg = format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name_of(c)
            );
            return Err(vm.type_error(&msg));
        };
        if s > hay.len() || s > e {
            continue;
        }
        let part = &hay[s..e];
        if (prefix && part.starts_with(&p)) || (!prefix && part.ends_with(&p)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

pub(crate) fn startswith(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    affix(vm, args, "startswith", true)
}

pub(crate) fn endswith(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    affix(vm, args, "endswith", false)
}

pub(crate) fn replace(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "replace", &args[1.min(args.len())..], 2, 3)?;
    let b = this(vm, args, "replace")?;
    let old = bytes_arg(vm, args[1])?;
    let new = bytes_arg(vm, args[2])?;
    let limit = match args.get(3) {
        Some(&c) => vm.index_ssize(c)?,
        None => -1,
    };
    let n = if new.len() <= old.len() {
        // The result is no longer than `b`.
        0
    } else if old.is_empty() {
        b.len() + 1
    } else {
        let mut n = 0;
        let mut i = 0;
        while i + old.len() <= b.len() && (limit < 0 || (n as i64) < limit) {
            if b[i..].starts_with(&old) {
                n += 1;
                i += old.len();
            } else {
                i += 1;
            }
        }
        n
    };
    let n = if limit < 0 { n } else { n.min(limit as usize) };
    vm.check_building(crate::types::str::replaced_len(
        b.len(),
        n,
        old.len(),
        new.len(),
    ))?;
    let mut out = Vec::with_capacity(b.len());
    let mut done = 0i64;
    let mut i = 0;
    if old.is_empty() {
        for &c in &b {
            if limit < 0 || done < limit {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(c);
        }
        if limit < 0 || done < limit {
            out.extend_from_slice(&new);
        }
        vm.reserve_bytes(out.len())?;
        return vm.new_bytes_like(args[0], out);
    }
    while i < b.len() {
        if (limit < 0 || done < limit) && b[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            done += 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    vm.new_bytes_like(args[0], out)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: Kw, right: bool) -> PyResult {
    let name = if right { "rsplit" } else { "split" };
    crate::builtins::args::keyword_arity(vm, name, &args[1.min(args.len())..], kw, 2)?;
    kw.check(vm, name, &[Q::sep, Q::maxsplit])?;
    let b = this(vm, args, name)?;
    let sep = args
        .get(1)
        .copied()
        .or(kw.get(Q::sep))
        .filter(|v| !v.is_none());
    let maxsplit = match args.get(2).copied().or(kw.get(Q::maxsplit)) {
        Some(m) => vm.index_ssize(m)?,
        None => -1,
    };
    // Pieces are ranges of `b`, counted against the heap as they accumulate (see
    // `str::gather`); each is copied only as it becomes an object.
    const PIECE: usize = 2 * core::mem::size_of::<usize>();
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep {
        None => {
            let words: Vec<(usize, usize)> = {
                let mut w = Vec::new();
                let mut i = 0;
                while i < b.len() {
                    while i < b.len() && is_space(b[i]) {
                        i += 1;
                    }
                    let st = i;
                    while i < b.len() && !is_space(b[i]) {
                        i += 1;
                    }
                    if st < i {
                        if w.len() % 1024 == 1023 {
                            vm.check_building(w.len() * PIECE)?;
                        }
                        w.push((st, i));
                    }
                }
                w
            };
            if maxsplit < 0 || words.len() as i64 <= maxsplit {
                parts = words.iter().map(|&(s, e)| &b[s..e]).collect();
            } else if !right {
                let m = maxsplit as usize;
                for &(s, e) in &words[..m] {
                    parts.push(&b[s..e]);
                }
                // The remainder keeps its trailing whitespace.
                parts.push(&b[words[m].0..]);
            } else {
                let m = maxsplit as usize;
                let keep = words.len() - m;
                // The remainder keeps its leading whitespace.
                parts.push(&b[..words[keep - 1].1]);
                for &(s, e) in &words[keep..] {
                    parts.push(&b[s..e]);
                }
            }
        }
        Some(sep) => {
            let sep = bytes_arg(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut pieces = Vec::new();
            let mut i = 0;
            let mut start = 0;
            while i + sep.len() <= b.len() {
                if b[i..i + sep.len()] == sep[..] {
                    if pieces.len() % 1024 == 1023 {
                        vm.check_building(pieces.len() * PIECE)?;
                    }
                    pieces.push((start, i));
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            pieces.push((start, b.len()));
            if maxsplit >= 0 && pieces.len() as i64 > maxsplit + 1 {
                let m = maxsplit as usize;
                if right {
                    let keep = pieces.len() - m;
                    let merged = (0, pieces[keep - 1].1);
                    let mut p = alloc::vec![merged];
                    p.extend_from_slice(&pieces[keep..]);
                    pieces = p;
                } else {
                    let merged = (pieces[m].0, b.len());
                    pieces.truncate(m);
                    pieces.push(merged);
                }
            }
            parts = pieces.iter().map(|&(s, e)| &b[s..e]).collect();
        }
    }
    let mut items = Vec::with_capacity(parts.len());
    let base = vm.roots.len();
    for p in parts {
        let v = match vm.new_bytes_like(args[0], p.to_vec()) {
            Ok(v) => v,
            Err(e) => {
                vm.roots.truncate(base);
                return Err(e);
            }
        };
        vm.roots.push(v);
        items.push(v);
    }
    let r = vm.new_list(items);
    vm.roots.truncate(base);
    r
}

pub(crate) fn split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    split_impl(vm, args, kw, false)
}

pub(crate) fn rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    split_impl(vm, args, kw, true)
}

pub(crate) fn join(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "join", &args[1.min(args.len())..], 1, 1)?;
    let sep = this(vm, args, "join")?;
    if !vm.is_iterable(args[1]) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.collect_iterable(args[1])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = vm.buffer_of(*item) else {
            let msg = format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name_of(*item)
            );
            return Err(vm.type_error(&msg));
        };
        vm.check_building(out.len() + sep.len() + b.len())?;
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    vm.new_bytes_like(args[0], out)
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult {
    arity(vm, name, &args[1.min(args.len())..], 0, 1)?;
    let b = this(vm, args, name)?;
    let chars = match args.get(1).filter(|v| !v.is_none()) {
        Some(&c) => Some(bytes_arg(vm, c)?),
        None => None,
    };
    let strip = |c: u8| match &chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(b[e - 1]) {
            e -= 1;
        }
    }
    vm.new_bytes_like(args[0], b[s..e].to_vec())
}

pub(crate) fn strip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    strip_impl(vm, args, "strip", true, true)
}

pub(crate) fn lstrip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    strip_impl(vm, args, "lstrip", true, false)
}

pub(crate) fn rstrip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    strip_impl(vm, args, "rstrip", false, true)
}

fn map_bytes(vm: &mut Vm, args: &[Value], name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    arity(vm, name, &args[1.min(args.len())..], 0, 0)?;
    let b = this(vm, args, name)?;
    vm.new_bytes_like(args[0], f(&b))
}

pub(crate) fn upper(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    map_bytes(vm, args, "upper", |b| b.to_ascii_uppercase())
}

pub(crate) fn lower(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    map_bytes(vm, args, "lower", |b| b.to_ascii_lowercase())
}

pub(crate) fn swapcase(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    map_bytes(vm, args, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

pub(crate) fn title(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    map_bytes(vm, args, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

pub(crate) fn capitalize(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    map_bytes(vm, args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn predicate(vm: &mut Vm, args: &[Value], name: &str, f: fn(&[u8]) -> bool) -> PyResult {
    arity(vm, name, &args[1.min(args.len())..], 0, 0)?;
    let b = this(vm, args, name)?;
    Ok(Value::bool(f(&b)))
}

pub(crate) fn isdigit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    predicate(vm, args, "isdigit", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    })
}

pub(crate) fn isalpha(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    predicate(vm, args, "isalpha", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}

pub(crate) fn isalnum(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    predicate(vm, args, "isalnum", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}

pub(crate) fn isspace(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    predicate(vm, args, "isspace", |b| {
        !b.is_empty() && b.iter().all(|&c| is_space(c))
    })
}

pub(crate) fn isascii(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    predicate(vm, args, "isascii", |b| b.is_ascii())
}

pub(crate) fn isupper(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    predicate(vm, args, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

pub(crate) fn islower(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    predicate(vm, args, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

pub(crate) fn istitle(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    predicate(vm, args, "istitle", |b| {
        let (mut cased, mut prev_cased) = (false, false);
        for &c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn partition_impl(vm: &mut Vm, args: &[Value], name: &str, right: bool) -> PyResult {
    arity(vm, name, &args[1.min(args.len())..], 1, 1)?;
    let b = this(vm, args, name)?;
    let sep = bytes_arg(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts: [Vec<u8>; 3] = match find_in(&b, &sep, right) {
        Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
        None if right => [Vec::new(), Vec::new(), b.clone()],
        None => [b.clone(), Vec::new(), Vec::new()],
    };
    let mut items = Vec::with_capacity(3);
    let base = vm.roots.len();
    for p in parts {
        let v = vm.new_bytes_like(args[0], p)?;
        vm.roots.push(v);
        items.push(v);
    }
    let r = vm.new_tuple(items);
    vm.roots.truncate(base);
    r
}

pub(crate) fn partition(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    partition_impl(vm, args, "partition", false)
}

pub(crate) fn rpartition(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    partition_impl(vm, args, "rpartition", true)
}

fn justify(vm: &mut Vm, args: &[Value], name: &str, align: char) -> PyResult {
    arity(vm, name, &args[1.min(args.len())..], 1, 2)?;
    let b = this(vm, args, name)?;
    let width = vm.index_ssize(args[1])?;
    let fill = match args.get(2) {
        Some(&f) => match vm.buffer_of(f) {
            Some(v) if v.len() == 1 => v[0],
            _ => {
                let msg = format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.arg_type_name(f)
                );
                return Err(vm.type_error(&msg));
            }
        },
        None => b' ',
    };
    if width <= b.len() as i64 {
        return vm.new_bytes_like(args[0], b);
    }
    let width = width as usize;
    vm.reserve_bytes(width)?;
    let pad = width - b.len();
    let (left, right) = match align {
        '<' => (0, pad),
        '>' => (pad, 0),
        _ => {
            let left = pad / 2 + (pad & width & 1);
            (left, pad - left)
        }
    };
    let mut out = alloc::vec![fill; left];
    out.extend_from_slice(&b);
    out.extend(core::iter::repeat_n(fill, right));
    vm.new_bytes_like(args[0], out)
}

pub(crate) fn center(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    justify(vm, args, "center", '^')
}

pub(crate) fn ljust(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    justify(vm, args, "ljust", '<')
}

pub(crate) fn rjust(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    justify(vm, args, "rjust", '>')
}

pub(crate) fn zfill(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "zfill", &args[1.min(args.len())..], 1, 1)?;
    let b = this(vm, args, "zfill")?;
    let width = vm.index_ssize(args[1])?;
    if width <= b.len() as i64 {
        return vm.new_bytes_like(args[0], b);
    }
    vm.reserve_bytes(width as usize)?;
    let pad = width as usize - b.len();
    let mut out = Vec::with_capacity(width as usize);
    let (sign, rest) = match b.first() {
        Some(&c) if c == b'+' || c == b'-' => (Some(c), &b[1..]),
        _ => (None, &b[..]),
    };
    if let Some(s) = sign {
        out.push(s);
    }
    out.extend(core::iter::repeat_n(b'0', pad));
    out.extend_from_slice(rest);
    vm.new_bytes_like(args[0], out)
}

pub(crate) fn splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "splitlines", &[Q::keepends])?;
    crate::builtins::args::parse_tuple_arity(vm, "splitlines", &args[1.min(args.len())..], 0, 1)?;
    let b = this(vm, args, "splitlines")?;
    let keep = match args.get(1).copied().or(kw.get(Q::keepends)) {
        Some(k) => vm.index_c_int(k)? != 0,
        None => false,
    };
    let mut lines = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol > 0 {
            let end = if keep { i + eol } else { i };
            lines.push(b[start..end].to_vec());
            i += eol;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        lines.push(b[start..].to_vec());
    }
    let base = vm.roots.len();
    let mut items = Vec::new();
    for l in lines {
        let v = vm.new_bytes_like(args[0], l)?;
        vm.roots.push(v);
        items.push(v);
    }
    let r = vm.new_list(items);
    vm.roots.truncate(base);
    r
}

/// A codec argument (`encoding` or `errors`) of `func` as text, `default` when it was not
/// passed; a non-str is a TypeError naming the parameter.
pub(crate) fn codec_text(
    vm: &mut Vm,
    v: Option<Value>,
    func: &str,
    param: &str,
    default: &str,
) -> PyResult<String> {
    let Some(v) = v else {
        return Ok(String::from(default));
    };
    match vm.str_text(v) {
        Some(t) => Ok(String::from(t)),
        None => {
            let msg = format!(
                "{func}() argument '{param}' must be str, not {}",
                vm.arg_type_name(v)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// The `encoding` (default utf-8) and `errors` (default strict) arguments of `decode` and
/// `encode`.
fn codec_args(vm: &mut Vm, args: &[Value], kw: Kw, func: &str) -> PyResult<(String, String)> {
    let enc = args.get(1).copied().or(kw.get(Q::encoding));
    let enc = codec_text(vm, enc, func, "encoding", "utf-8")?;
    let errors = args.get(2).copied().or(kw.get(Q::errors));
    let errors = codec_text(vm, errors, func, "errors", "strict")?;
    Ok((enc, errors))
}

pub(crate) fn decode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    crate::builtins::args::keyword_arity(vm, "decode", &args[1.min(args.len())..], kw, 2)?;
    kw.check(vm, "decode", &[Q::encoding, Q::errors])?;
    let b = this(vm, args, "decode")?;
    let (enc, errors) = codec_args(vm, args, kw, "decode")?;
    let text = vm.decode_bytes(&b, &enc, &errors)?;
    vm.new_str(text)
}

pub(crate) fn encode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    crate::builtins::args::keyword_arity(vm, "encode", &args[1.min(args.len())..], kw, 2)?;
    kw.check(vm, "encode", &[Q::encoding, Q::errors])?;
    let Some(text) = args.first().and_then(|&v| vm.str_text(v)).map(String::from) else {
        return Err(vm.type_error("descriptor 'encode' requires a 'str' object"));
    };
    let (enc, errors) = codec_args(vm, args, kw, "encode")?;
    let b = vm.encode_text(&text, &enc, &errors)?;
    vm.new_bytes(b)
}

pub(crate) fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let b = this(vm, args, "hex")?;
    let [sep, group] = crate::builtins::args::parse(
        vm,
        "hex",
        &args[1..],
        kw,
        &crate::builtins::args::Params {
            names: &[Q::sep, Q::bytes_per_sep],
            posonly: 0,
            required: 0,
            maxpos: 2,
        },
    )?;
    // The separator's length is checked before its type, as CPython does.
    let sep = match sep {
        Some(s) => {
            if vm.len_builtin(s)? != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            match vm.str_text(s).map(String::from).or_else(|| {
                vm.buffer_of(s)
                    .map(|b| b.iter().map(|&c| c as char).collect())
            }) {
                Some(t) => Some(t),
                None => return Err(vm.type_error("sep must be str or bytes.")),
            }
        }
        None => None,
    };
    let group = match group {
        Some(g) => i64::from(vm.index_c_int(g)?),
        None => 1,
    };
    // Groups of no bytes put no separator anywhere.
    let sep = sep.filter(|_| group != 0);
    // Two digits a byte, and a separator between groups: checked against the heap before
    // any of it is built.
    let g = group.unsigned_abs().max(1) as usize;
    let n = b.len();
    let seps = match &sep {
        Some(sep) if n > 0 => (n - 1) / g * sep.len(),
        _ => 0,
    };
    vm.check_building(n.saturating_mul(2).saturating_add(seps))?;
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(n * 2 + seps);
    for (i, &c) in b.iter().enumerate() {
        if let Some(sep) = &sep {
            // Positive groups count from the right, negative from the left.
            let boundary = if group > 0 {
                i > 0 && (n - i) % g == 0
            } else {
                i > 0 && i % g == 0
            };
            if boundary {
                out.push_str(sep);
            }
        }
        out.push(char::from(DIGITS[usize::from(c >> 4)]));
        out.push(char::from(DIGITS[usize::from(c & 15)]));
    }
    vm.new_str(out)
}

pub(crate) fn fromhex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    // Called on the type (`bytes.fromhex(s)`) or bound to it.
    let (cls, rest) = match args.first() {
        Some(&c) if vm.is_type(c) => (c, &args[1..]),
        _ => (Value::builtin_type(TypeId::Bytes), args),
    };
    arity(vm, "fromhex", rest, 1, 1)?;
    let Some(text) = vm.str_text(rest[0]).map(String::from) else {
        let msg = format!(
            "fromhex() argument must be str, not {}",
            vm.arg_type_name(rest[0])
        );
        return Err(vm.type_error(&msg));
    };
    // Every digit is ASCII, so the text is read as bytes; a position in a message counts
    // characters. The result is at most half the text, which the heap holds already.
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).and_then(|&c| char::from(c).to_digit(16));
    let mut out = Vec::with_capacity(bytes.len() / 2);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        match (digit(i), digit(i + 1)) {
            (Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 2;
            }
            (hi, _) => {
                let at = if hi.is_some() { i + 1 } else { i };
                let pos = text[..at].chars().count();
                let msg =
                    format!("non-hexadecimal number found in fromhex() arg at position {pos}");
                return Err(vm.value_error(&msg));
            }
        }
    }
    if vm.native_type(cls) == TypeId::ByteArray {
        return vm.new_bytearray(out);
    }
    vm.new_bytes(out)
}

/// The bytearray being changed by a mutating method.
fn target(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first().map(|&v| vm.payload(v)) {
        Some(v) if matches!(vm.heap.get(v), Some(Obj::ByteArray(_))) => Ok(v),
        _ => {
            let receiver = args.first().copied();
            Err(crate::builtins::wrong_receiver(
                vm,
                name,
                "bytearray",
                receiver,
            ))
        }
    }
}

fn with_array<R>(vm: &mut Vm, ba: Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    match vm.heap.get_mut(ba) {
        Some(Obj::ByteArray(b)) => Some(f(b)),
        _ => None,
    }
}

pub(crate) fn append(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "append", &args[1.min(args.len())..], 1, 1)?;
    let ba = target(vm, args, "append")?;
    let c = vm.byte_value(args[1])?;
    vm.reserve_bytes(1)?;
    with_array(vm, ba, |b| b.push(c));
    Ok(Value::NONE)
}

pub(crate) fn extend(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "extend", &args[1.min(args.len())..], 1, 1)?;
    let ba = target(vm, args, "extend")?;
    let src = args[1];
    // A bytes-like object adds its bytes; any other iterable adds its items, each a byte
    // value (a str's items are not).
    let more = match vm.buffer_of(src) {
        Some(bytes) => bytes,
        // A buffer is taken whole, and only a simple one.
        None if vm.is_strided_view(src) || vm.is_released_view(src) => {
            return Err(vm.type_error("can't set bytearray slice from memoryview"));
        }
        None if vm.is_iterable(src) => {
            // The bytes gathered so far count against the heap, a page at a time.
            const PAGE: usize = 4096;
            let mut out = alloc::vec::Vec::new();
            let mut held = 0;
            let r = vm.for_each_item(src, |vm, item| {
                if out.len() == held {
                    vm.reserve_bytes(PAGE)?;
                    vm.heap.hold(PAGE);
                    held += PAGE;
                }
                out.push(vm.byte_value(item)?);
                Ok(true)
            });
            vm.heap.release(held);
            r?;
            out
        }
        None => {
            let msg = format!("can't extend bytearray with {}", vm.type_name_of(src));
            return Err(vm.type_error(&msg));
        }
    };
    vm.reserve_bytes(more.len())?;
    with_array(vm, ba, |b| b.extend_from_slice(&more));
    Ok(Value::NONE)
}

pub(crate) fn insert(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "insert", &args[1.min(args.len())..], 2, 2)?;
    let ba = target(vm, args, "insert")?;
    if !vm.is_int(args[1]) {
        return Err(vm.not_an_integer(args[1]));
    }
    let c = vm.byte_value(args[2])?;
    let len = vm.buffer_of(ba).map_or(0, |b| b.len()) as i64;
    let i = vm.int_as_i64(args[1]).unwrap_or(0);
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    with_array(vm, ba, |b| b.insert(at, c));
    Ok(Value::NONE)
}

pub(crate) fn pop(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "pop", &args[1.min(args.len())..], 0, 1)?;
    let ba = target(vm, args, "pop")?;
    // The index is converted before the length is looked at.
    let index = match args.get(1) {
        Some(&v) => Some(vm.index_ssize(v)?),
        None => None,
    };
    let len = vm.buffer_of(ba).map_or(0, |b| b.len());
    if len == 0 {
        return Err(vm.raise_new(TypeId::IndexError, "pop from empty bytearray"));
    }
    let i = match index {
        Some(i) => {
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j >= len as i64 {
                return Err(vm.raise_new(TypeId::IndexError, "pop index out of range"));
            }
            j as usize
        }
        None => len - 1,
    };
    let c = with_array(vm, ba, |b| b.remove(i)).unwrap_or(0);
    vm.new_int(c as i64)
}

pub(crate) fn remove(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "remove", &args[1.min(args.len())..], 1, 1)?;
    let ba = target(vm, args, "remove")?;
    let c = vm.byte_value(args[1])?;
    let found = with_array(vm, ba, |b| match b.iter().position(|&x| x == c) {
        Some(i) => {
            b.remove(i);
            true
        }
        None => false,
    });
    if found != Some(true) {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(Value::NONE)
}

pub(crate) fn clear(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let ba = target(vm, args, "clear")?;
    arity(vm, "bytearray.clear", &args[1..], 0, 0)?;
    with_array(vm, ba, |b| b.clear());
    Ok(Value::NONE)
}

pub(crate) fn reverse(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let ba = target(vm, args, "reverse")?;
    arity(vm, "bytearray.reverse", &args[1..], 0, 0)?;
    with_array(vm, ba, |b| b.reverse());
    Ok(Value::NONE)
}

pub(crate) fn copy(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let ba = target(vm, args, "copy")?;
    arity(vm, "bytearray.copy", &args[1..], 0, 0)?;
    let b = vm.buffer_of(ba).unwrap_or_default();
    vm.new_bytearray(b)
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub(crate) fn to_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "to_bytes", &[Q::length, Q::byteorder, Q::signed])?;
    crate::builtins::args::max_positional(vm, "to_bytes", &args[1.min(args.len())..], 2)?;
    let n = args[0];
    let length = args.get(1).copied().or(kw.get(Q::length));
    let length = match length {
        Some(l) => {
            if !vm.is_int(l) {
                return Err(vm.not_an_integer(l));
            }
            match vm.int_as_i64(l) {
                Some(l) if l < 0 => {
                    return Err(vm.value_error("length argument must be non-negative"));
                }
                Some(l) => l as usize,
                None => {
                    return Err(vm.raise_new(
                        TypeId::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    ));
                }
            }
        }
        None => 1,
    };
    let little = byteorder(
        vm,
        args.get(2).copied().or(kw.get(Q::byteorder)),
        "to_bytes",
    )?;
    let signed = match kw.get(Q::signed) {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let big = vm.int_of(n).map(|b| b.into_owned()).unwrap_or_default();
    if !signed && big.sign() == num_bigint::Sign::Minus {
        return Err(vm.raise_new(
            TypeId::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    vm.reserve_bytes(length)?;
    let mut bytes = if signed {
        big.to_signed_bytes_le()
    } else {
        big.to_bytes_le().1
    };
    if big.sign() == num_bigint::Sign::NoSign {
        bytes.clear();
    }
    let fill = if signed && big.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    if bytes.len() > length {
        return Err(vm.raise_new(TypeId::OverflowError, "int too big to convert"));
    }
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    vm.new_bytes(bytes)
}

fn byteorder(vm: &mut Vm, v: Option<Value>, func: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(b) => match vm.str_text(b) {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => {
                let msg = format!(
                    "{func}() argument 'byteorder' must be str, not {}",
                    vm.arg_type_name(b)
                );
                Err(vm.type_error(&msg))
            }
        },
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub(crate) fn from_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "from_bytes", &[Q::bytes, Q::byteorder, Q::signed])?;
    let rest = match args.first() {
        Some(&c) if vm.is_type(c) => &args[1..],
        _ => args,
    };
    crate::builtins::args::max_positional(vm, "from_bytes", rest, 2)?;
    let Some(src) = rest.first().copied().or(kw.get(Q::bytes)) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    // As `bytes(x)` would take it, except that neither a str nor a count converts.
    let data = match vm.buffer_of(src) {
        Some(b) => b,
        None if vm.is_released_view(src) => return Err(vm.released_error()),
        None if vm.str_text(src).is_some() || vm.is_int(src) => {
            let msg = format!("cannot convert '{}' object to bytes", vm.type_name_of(src));
            return Err(vm.type_error(&msg));
        }
        None => vm.bytes_from_value(src, "bytes")?,
    };
    let little = byteorder(
        vm,
        rest.get(1).copied().or(kw.get(Q::byteorder)),
        "from_bytes",
    )?;
    let signed = match kw.get(Q::signed) {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut le = data;
    if !little {
        le.reverse();
    }
    let n = if signed {
        num_bigint::BigInt::from_signed_bytes_le(&le)
    } else {
        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &le)
    };
    vm.new_bigint(n)
}
