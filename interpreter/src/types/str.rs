//! `str` methods. Strings are UTF-8; character positions are counted in code points.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::{Kw, arity};
use crate::heap::Obj;
use crate::qstr::Q;
use crate::types::TypeId;
use crate::unicode;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The receiver's text (copied, since the VM is mutated while it is used).
fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<String> {
    match args.first().and_then(|&v| vm.str_text(v)) {
        Some(t) => Ok(String::from(t)),
        None => {
            let receiver = args.first().copied();
            Err(crate::builtins::wrong_receiver(vm, name, "str", receiver))
        }
    }
}

/// A str argument; `what` introduces the complaint (`"replace() argument 1 "`, or `""` for
/// CPython's bare "must be str, not int").
fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    let text = vm.payload(v);
    match vm.str_text(text) {
        Some(t) => Ok(String::from(t)),
        None => {
            // An argument check names None as such; the bare complaint names its type.
            let name = if what.is_empty() {
                vm.type_name_of(v)
            } else {
                vm.arg_type_name(v)
            };
            let msg = format!("{what}must be str, not {name}");
            Err(vm.type_error(&msg))
        }
    }
}

fn method(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<String> {
    method_args(vm, args, kw, name, min, max)?;
    this(vm, args, name)
}

/// The checks of `method` (keywords, receiver, arity) without copying the receiver's text,
/// for methods that read it in place (`text`).
fn method_args(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    kw.check(vm, name, &[])?;
    if args.first().and_then(|&v| vm.str_text(v)).is_none() {
        this(vm, args, name)?;
    }
    // The search methods parse their arguments the older way, with its own wording.
    if matches!(
        name,
        "count" | "find" | "rfind" | "index" | "rindex" | "startswith" | "endswith"
    ) {
        crate::builtins::args::parse_tuple_arity(vm, name, &args[1..], min, max)?;
        return Ok(());
    }
    let given = args.len().saturating_sub(1);
    if given < min || given > max {
        // CPython names the type in "takes exactly/no arguments", not in the range messages.
        let full = if min == max {
            format!("str.{name}")
        } else {
            String::from(name)
        };
        arity(vm, &full, &args[1..], min, max)?;
    }
    Ok(())
}

/// The receiver's text, in place (after `method_args` checked it is a str).
fn text<'v>(vm: &'v Vm, args: &[Value]) -> &'v str {
    args.first().and_then(|&v| vm.str_text(v)).unwrap_or("")
}

pub fn join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let sep = method(vm, args, kw, "join", 1, 1)?;
    let items = match vm.collect_iterable(args[1]) {
        Ok(items) => items,
        Err(raised) => {
            if vm.get_iter(args[1]).is_err() {
                vm.pending = Value::NONE;
                return Err(vm.type_error("can only join an iterable"));
            }
            return Err(raised);
        }
    };
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        // A str subclass instance joins as the text it extends.
        let text = vm.payload(*item);
        if let Some(n) = vm.str_text(text).map(str::len) {
            vm.check_building(out.len() + n)?;
        }
        match vm.str_text(text) {
            Some(t) => out.push_str(t),
            None => {
                let msg = format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name_of(*item)
                );
                return Err(vm.type_error(&msg));
            }
        }
    }
    vm.new_str(out)
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, from_right: bool) -> PyResult {
    let s = this(vm, args, name)?;
    crate::builtins::args::keyword_arity(vm, name, &args[1..], kw, 2)?;
    kw.check(vm, name, &[Q::sep, Q::maxsplit])?;
    let sep = args
        .get(1)
        .copied()
        .or(kw.get(Q::sep))
        .filter(|v| !v.is_none());
    let maxsplit = match args.get(2).copied().or(kw.get(Q::maxsplit)) {
        Some(m) => size_arg(vm, m)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<&str> = match sep {
        None => {
            let words = gather(
                vm,
                s.split(unicode::is_space).filter(|w| !w.is_empty()),
                limit.saturating_add(1),
            )?;
            if limit >= words.len() {
                words
            } else if !from_right {
                // The remainder keeps its inner whitespace, stripped at the front.
                let mut out = Vec::with_capacity(limit + 1);
                let mut rest = s.trim_start_matches(unicode::is_space);
                for _ in 0..limit {
                    let end = rest.find(unicode::is_space).unwrap_or(rest.len());
                    out.push(&rest[..end]);
                    rest = rest[end..].trim_start_matches(unicode::is_space);
                }
                if !rest.is_empty() {
                    out.push(rest);
                }
                out
            } else {
                let mut out = Vec::with_capacity(limit + 1);
                let mut rest = s.trim_end_matches(unicode::is_space);
                for _ in 0..limit {
                    let start = rest.rfind(unicode::is_space).map_or(0, |i| {
                        i + rest[i..].chars().next().map_or(1, char::len_utf8)
                    });
                    out.push(&rest[start..]);
                    rest = rest[..start].trim_end_matches(unicode::is_space);
                }
                if !rest.is_empty() {
                    out.push(rest);
                }
                out.reverse();
                out
            }
        }
        Some(sep) => {
            let Some(sep) = vm.str_text(sep).map(String::from) else {
                let msg = format!("must be str or None, not {}", vm.type_name_of(sep));
                return Err(vm.type_error(&msg));
            };
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let pieces = limit.saturating_add(1);
            if from_right {
                let mut v = gather(vm, s.rsplitn(pieces, sep.as_str()), usize::MAX)?;
                v.reverse();
                v
            } else {
                gather(vm, s.splitn(pieces, sep.as_str()), usize::MAX)?
            }
        }
    };
    let mut items = Vec::with_capacity(parts.len());
    let base = vm.roots.len();
    for p in parts {
        match vm.new_str_from(p) {
            Ok(v) => {
                items.push(v);
                vm.roots.push(v);
            }
            Err(e) => {
                vm.roots.truncate(base);
                return Err(e);
            }
        }
    }
    vm.roots.truncate(base);
    vm.new_list(items)
}

/// Gathers up to `max` pieces of a split, checking them against the heap as they
/// accumulate: each becomes a str object and a list slot, so a text of a million separators
/// is refused long before a million pieces are held outside the heap.
pub(crate) fn gather<'a, T>(
    vm: &mut Vm,
    pieces: impl Iterator<Item = &'a T>,
    max: usize,
) -> PyResult<Vec<&'a T>>
where
    T: ?Sized + 'a,
{
    const PIECE: usize = core::mem::size_of::<&str>() + core::mem::size_of::<Value>();
    let mut out = Vec::new();
    for p in pieces.take(max) {
        if out.len() % 1024 == 1023 {
            vm.check_building(out.len() * PIECE)?;
        }
        out.push(p);
    }
    Ok(out)
}

pub fn split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    split_impl(vm, args, kw, "split", false)
}

pub fn rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    split_impl(vm, args, kw, "rsplit", true)
}

/// `upper`/`lower`: the receiver with its case changed, by the ASCII mapping when it is
/// ASCII (the same result, without the Unicode tables).
fn change_case(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    ascii: fn(&str) -> String,
    unicode: fn(&str) -> String,
) -> PyResult {
    method_args(vm, args, kw, name, 0, 0)?;
    let s = text(vm, args);
    let out = if s.is_ascii() { ascii(s) } else { unicode(s) };
    vm.new_str(out)
}

pub fn upper(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    change_case(
        vm,
        args,
        kw,
        "upper",
        str::to_ascii_uppercase,
        str::to_uppercase,
    )
}

pub fn lower(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    change_case(
        vm,
        args,
        kw,
        "lower",
        str::to_ascii_lowercase,
        str::to_lowercase,
    )
}

fn strip_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult {
    let s = method(vm, args, kw, name, 0, 1)?;
    let chars: Option<Vec<char>> = match args.get(1).filter(|v| !v.is_none()) {
        Some(&c) => match vm.str_text(c) {
            Some(t) => Some(t.chars().collect()),
            None => {
                let msg = format!("{name} arg must be None or str");
                return Err(vm.type_error(&msg));
            }
        },
        None => None,
    };
    let test = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => unicode::is_space(c),
    };
    let mut t: &str = &s;
    if left {
        t = t.trim_start_matches(test);
    }
    if right {
        t = t.trim_end_matches(test);
    }
    if t.len() == s.len() {
        return Ok(args[0]);
    }
    vm.new_str(String::from(t))
}

pub fn strip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    strip_impl(vm, args, kw, "strip", true, true)
}

pub fn lstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    strip_impl(vm, args, kw, "lstrip", true, false)
}

pub fn rstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    strip_impl(vm, args, kw, "rstrip", false, true)
}

pub fn replace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    method_args(vm, args, kw, "replace", 2, 3)?;
    let old = str_arg(vm, args[1], "replace() argument 1 ")?;
    let new = str_arg(vm, args[2], "replace() argument 2 ")?;
    let count = match args.get(3) {
        Some(&c) => size_arg(vm, c)?,
        None => -1,
    };
    if new.len() > old.len() {
        // Only a growing replacement can outgrow the budget: size it first.
        let s = text(vm, args);
        let limit = usize::try_from(count).unwrap_or(usize::MAX);
        let n = if old.is_empty() {
            s.chars().count().saturating_add(1).min(limit)
        } else {
            s.match_indices(old.as_str()).take(limit).count()
        };
        let len = replaced_len(s.len(), n, old.len(), new.len());
        vm.check_building(len)?;
    }
    let s = text(vm, args);
    let out = if count < 0 {
        if old.is_empty() {
            // Insert between every character and at both ends.
            let mut out = String::from(new.as_str());
            for c in s.chars() {
                out.push(c);
                out.push_str(&new);
            }
            out
        } else {
            s.replace(old.as_str(), &new)
        }
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if (n as i64) < count {
                out.push_str(&new);
                n += 1;
            }
            out.push(c);
        }
        if (n as i64) < count {
            out.push_str(&new);
        }
        out
    } else {
        s.replacen(old.as_str(), &new, count as usize)
    };
    vm.new_str(out)
}

/// Resolves optional `start`/`end` arguments to a byte range of `s`.
/// The byte range of `s[start:end]` for the search methods, as CPython adjusts it: a
/// negative bound counts from the end, `end` is clamped to the length; `None` when
/// `start` lies past `end` (then even an empty substring is not found).
fn char_range(
    vm: &mut Vm,
    s: &str,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let n = s.chars().count() as i64;
    let mut bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        let Some(i) = v.map_or(Ok(None), |&v| vm.slice_bound(v))? else {
            return Ok(default);
        };
        Ok(if i < 0 { (i + n).max(0) } else { i })
    };
    let a = bound(start, 0)?;
    let b = bound(end, n)?.min(n);
    if a > b {
        return Ok(None);
    }
    let byte = |i: i64| s.char_indices().nth(i as usize).map_or(s.len(), |(b, _)| b);
    Ok(Some((byte(a), byte(b))))
}

fn affix(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, prefix: bool) -> PyResult {
    let s = method(vm, args, kw, name, 1, 3)?;
    let range = char_range(vm, &s, args.get(2), args.get(3))?;
    let test = |c: &str| match range {
        None => false,
        Some((a, b)) if prefix => s[a..b].starts_with(c),
        Some((a, b)) => s[a..b].ends_with(c),
    };
    if let Some(t) = vm.str_text(args[1]) {
        return Ok(Value::bool(test(t)));
    }
    if !matches!(vm.heap.get(args[1]), Some(Obj::Tuple(_))) {
        let msg = format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name_of(args[1])
        );
        return Err(vm.type_error(&msg));
    }
    // Item by item, as CPython does: a match ends the search before a bad item is seen.
    for item in vm.tuple_items(args[1]).to_vec() {
        let Some(t) = vm.str_text(item) else {
            let msg = format!(
                "tuple for {name} must only contain str, not {}",
                vm.type_name_of(item)
            );
            return Err(vm.type_error(&msg));
        };
        if test(t) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

pub fn startswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    affix(vm, args, kw, "startswith", true)
}

pub fn endswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    affix(vm, args, kw, "endswith", false)
}

/// The character index of `sub` in `s[start:end]`, searching from the left or right.
fn search(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, right: bool) -> PyResult<Option<i64>> {
    let s = method(vm, args, kw, name, 1, 3)?;
    let sub = str_arg(vm, args[1], "")?;
    let Some((a, b)) = char_range(vm, &s, args.get(2), args.get(3))? else {
        return Ok(None);
    };
    let hay = &s[a..b];
    let found = if right {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    Ok(found.map(|byte| s[..a + byte].chars().count() as i64))
}

pub fn find(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let r = search(vm, args, kw, "find", false)?;
    vm.new_int(r.unwrap_or(-1))
}

pub fn rfind(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let r = search(vm, args, kw, "rfind", true)?;
    vm.new_int(r.unwrap_or(-1))
}

pub fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    match search(vm, args, kw, "index", false)? {
        Some(i) => vm.new_int(i),
        None => Err(vm.value_error("substring not found")),
    }
}

pub fn rindex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    match search(vm, args, kw, "rindex", true)? {
        Some(i) => vm.new_int(i),
        None => Err(vm.value_error("substring not found")),
    }
}

pub fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let s = method(vm, args, kw, "count", 1, 3)?;
    let sub = str_arg(vm, args[1], "")?;
    let Some((a, b)) = char_range(vm, &s, args.get(2), args.get(3))? else {
        return vm.new_int(0);
    };
    let hay = &s[a..b];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub.as_str()).count()
    };
    vm.new_int(n as i64)
}

fn predicate(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, test: fn(&str) -> bool) -> PyResult {
    let s = method(vm, args, kw, name, 0, 0)?;
    Ok(Value::bool(!s.is_empty() && test(&s)))
}

pub fn isdigit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    predicate(vm, args, kw, "isdigit", |s| {
        s.chars().all(unicode::is_digit)
    })
}

pub fn isalpha(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    predicate(vm, args, kw, "isalpha", |s| {
        s.chars().all(unicode::is_alpha)
    })
}

pub fn isspace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    predicate(vm, args, kw, "isspace", |s| {
        s.chars().all(unicode::is_space)
    })
}

pub fn isalnum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    predicate(vm, args, kw, "isalnum", |s| {
        s.chars().all(char::is_alphanumeric)
    })
}

// A titlecase letter ('ǅ') is cased but neither upper nor lower: it spoils both tests.
pub fn isupper(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    predicate(vm, args, kw, "isupper", |s| {
        s.chars().any(|c| c.is_uppercase())
            && !s
                .chars()
                .any(|c| c.is_lowercase() || unicode::is_titlecase(c))
    })
}

pub fn islower(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    predicate(vm, args, kw, "islower", |s| {
        s.chars().any(|c| c.is_lowercase())
            && !s
                .chars()
                .any(|c| c.is_uppercase() || unicode::is_titlecase(c))
    })
}

pub fn isdecimal(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    predicate(vm, args, kw, "isdecimal", |s| {
        s.chars().all(|c| unicode::decimal_value(c).is_some())
    })
}

pub fn isnumeric(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    predicate(vm, args, kw, "isnumeric", |s| {
        s.chars().all(char::is_numeric)
    })
}

pub fn isidentifier(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    predicate(vm, args, kw, "isidentifier", |s| {
        let mut chars = s.chars();
        chars.next().is_some_and(crate::lex::cursor::is_id_start)
            && chars.all(crate::lex::cursor::is_id_continue)
    })
}

/// Upper- and titlecase letters only after uncased characters, lowercase only after cased
/// ones, and at least one cased character.
pub fn istitle(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    predicate(vm, args, kw, "istitle", |s| {
        let (mut prev_cased, mut any) = (false, false);
        for c in s.chars() {
            if c.is_uppercase() || unicode::is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

/// True for the empty string too.
pub fn isascii(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let s = method(vm, args, kw, "isascii", 0, 0)?;
    Ok(Value::bool(s.is_ascii()))
}

/// `lower()` with the full case folds of the characters whose fold differs from their
/// lowercase ('ß' folds to "ss", final 'ς' to 'σ').
pub fn casefold(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let s = method(vm, args, kw, "casefold", 0, 0)?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    vm.new_str(out)
}

/// `str.maketrans(x[, y[, z]])`: the dict `translate` takes (a static method; `args[0]` is
/// the type).
pub fn maketrans(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "maketrans", &[])?;
    let args = &args[1.min(args.len())..];
    crate::builtins::arity(vm, "maketrans", args, 1, 3)?;
    let table = vm.new_dict()?;
    vm.roots.push(table);
    let r = fill_maketrans(vm, table, args);
    vm.roots.pop();
    r.map(|()| table)
}

fn fill_maketrans(vm: &mut Vm, table: Value, args: &[Value]) -> PyResult<()> {
    let ord = |vm: &mut Vm, c: char| vm.new_int(c as i64);
    if args.len() == 1 {
        if !matches!(vm.heap.get(args[0]), Some(Obj::Dict(_))) {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        for (k, v) in vm.dict_items(args[0]) {
            let key = match vm.str_text(k).map(|t| {
                let mut cs = t.chars();
                (cs.next(), cs.next())
            }) {
                Some((Some(c), None)) => ord(vm, c)?,
                Some(_) => {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1")
                    );
                }
                None if vm.is_int(k) => k,
                None => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers")
                    );
                }
            };
            vm.dict_set(table, key, v)?;
        }
        return Ok(());
    }
    let (Some(x), Some(y)) = (
        vm.str_text(args[0]).map(String::from),
        vm.str_text(args[1]).map(String::from),
    ) else {
        let bad = if vm.str_text(args[0]).is_none() {
            args[0]
        } else {
            args[1]
        };
        let msg = format!(
            "maketrans() argument {} must be str, not {}",
            if bad == args[0] { 1 } else { 2 },
            vm.arg_type_name(bad)
        );
        return Err(vm.type_error(&msg));
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        let (k, v) = (ord(vm, a)?, ord(vm, b)?);
        vm.dict_set(table, k, v)?;
    }
    if let Some(&z) = args.get(2) {
        let Some(z) = vm.str_text(z).map(String::from) else {
            let msg = format!(
                "maketrans() argument 3 must be str, not {}",
                vm.arg_type_name(z)
            );
            return Err(vm.type_error(&msg));
        };
        for c in z.chars() {
            let k = ord(vm, c)?;
            vm.dict_set(table, k, Value::NONE)?;
        }
    }
    Ok(())
}

/// `s.translate(table)`: each character looked up as `table[ord(c)]`: a str replaces it,
/// an int is a code point, None deletes it, and a LookupError keeps it.
pub fn translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let s = method(vm, args, kw, "translate", 1, 1)?;
    let table = args[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = vm.new_int(c as i64)?;
        let v = match vm.subscr(table, key) {
            Ok(v) => v,
            Err(raised) => {
                let lookup = Value::builtin_type(crate::types::TypeId::LookupError);
                if !vm.is_instance(vm.pending, lookup) {
                    return Err(raised);
                }
                vm.pending = Value::NONE;
                out.push(c);
                continue;
            }
        };
        if v.is_none() {
            continue;
        }
        if let Some(n) = vm.str_text(v).map(str::len) {
            vm.check_building(out.len() + n)?;
        }
        if let Some(t) = vm.str_text(v) {
            out.push_str(t);
            continue;
        }
        match vm.int_as_i64(v) {
            Some(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(r) => out.push(r),
                None => {
                    return Err(vm.value_error("character mapping must be in range(0x110000)"));
                }
            },
            None => {
                return Err(vm.type_error("character mapping must return integer, None or str"));
            }
        }
    }
    vm.new_str(out)
}

/// True for the empty string too, unlike the other predicates.
pub fn isprintable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let s = method(vm, args, kw, "isprintable", 0, 0)?;
    Ok(Value::bool(s.chars().all(unicode::is_printable)))
}

pub fn splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let s = this(vm, args, "splitlines")?;
    crate::builtins::args::keyword_arity(vm, "splitlines", &args[1..], kw, 1)?;
    kw.check(vm, "splitlines", &[Q::keepends])?;
    let keep = match args.get(1).copied().or(kw.get(Q::keepends)) {
        Some(k) => vm.index_c_int(k)? != 0,
        None => false,
    };
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    let ends = core::iter::from_fn(|| {
        for (at, c) in chars.by_ref() {
            let brk = matches!(
                c,
                '\n' | '\r'
                    | '\x0b'
                    | '\x0c'
                    | '\x1c'
                    | '\x1d'
                    | '\x1e'
                    | '\u{85}'
                    | '\u{2028}'
                    | '\u{2029}'
            );
            if brk {
                let mut end = at + c.len_utf8();
                if c == '\r' && chars.next_if(|&(_, n)| n == '\n').is_some() {
                    end += 1;
                }
                let line = &s[start..if keep { end } else { at }];
                start = end;
                return Some(line);
            }
        }
        // The last line, when text follows the last break.
        let line = (start < s.len()).then(|| &s[start..]);
        start = s.len();
        line
    });
    let lines = gather(vm, ends, usize::MAX)?;
    let base = vm.roots.len();
    let mut items = Vec::new();
    for l in lines {
        let v = match vm.new_str_from(l) {
            Ok(v) => v,
            Err(e) => {
                vm.roots.truncate(base);
                return Err(e);
            }
        };
        vm.roots.push(v);
        items.push(v);
    }
    vm.roots.truncate(base);
    vm.new_list(items)
}

/// Titlecases the first character ('ß' becomes "Ss") and lowercases the rest. The rest is
/// lowercased as part of the whole string, so that a final 'Σ' becomes 'ς'.
pub fn capitalize(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let s = method(vm, args, kw, "capitalize", 0, 0)?;
    let mut out = String::with_capacity(s.len());
    if let Some(first) = s.chars().next() {
        unicode::push_title(first, &mut out);
        let lower = s.to_lowercase();
        // The first character's lowercase is as long in UTF-8 in context as alone.
        let skip: usize = first.to_lowercase().map(char::len_utf8).sum();
        out.push_str(lower.get(skip..).unwrap_or(""));
    }
    vm.new_str(out)
}

/// How many characters `c` becomes in `str::to_lowercase`, which maps each character as
/// `char::to_lowercase` does except the context-dependent 'Σ' (always one character).
fn lowercase_len(c: char) -> usize {
    if c == 'Σ' {
        1
    } else {
        c.to_lowercase().count()
    }
}

/// Titlecases each character that follows an uncased one and lowercases the others, taking
/// the lowercase from the whole string's so that 'Σ' at the end of a word becomes 'ς'.
pub fn title(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let s = method(vm, args, kw, "title", 0, 0)?;
    let lower = s.to_lowercase();
    let mut lower_chars = lower.chars();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        let lowered = lower_chars.by_ref().take(lowercase_len(c));
        if prev_cased {
            out.extend(lowered);
        } else {
            lowered.for_each(drop);
            unicode::push_title(c, &mut out);
        }
        prev_cased = unicode::is_cased(c);
    }
    vm.new_str(out)
}

/// Lowercases upper and uppercases lower characters; the lowercase comes from the whole
/// string's, as in `title`, for the final 'ς'.
pub fn swapcase(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let s = method(vm, args, kw, "swapcase", 0, 0)?;
    let lower = s.to_lowercase();
    let mut lower_chars = lower.chars();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let lowered = lower_chars.by_ref().take(lowercase_len(c));
        if c.is_uppercase() {
            out.extend(lowered);
        } else {
            lowered.for_each(drop);
            if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
    }
    vm.new_str(out)
}

/// A width or count argument (an index-sized int, as CPython's `Py_ssize_t`): TypeError
/// for a non-integer, OverflowError past the index range either way.
pub(crate) fn size_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let w = vm.index_dunder(v)?.unwrap_or(v);
    if !vm.is_int(w) {
        return Err(vm.not_an_integer(v));
    }
    match vm.int_as_i64(w) {
        Some(n) => Ok(n),
        None => Err(vm.raise_new(
            TypeId::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

fn justify(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, align: char) -> PyResult {
    let s = method(vm, args, kw, name, 1, 2)?;
    let width = size_arg(vm, args[1])?;
    let fill = match args.get(2) {
        Some(&f) => {
            if vm.str_text(vm.payload(f)).is_none() {
                let msg = format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name_of(f)
                );
                return Err(vm.type_error(&msg));
            }
            let t = str_arg(vm, f, "")?;
            let mut it = t.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    );
                }
            }
        }
        None => ' ',
    };
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(args[0]);
    }
    let n = (width - len) as usize;
    // The result must fit the heap before it is built.
    vm.reserve_bytes(n.saturating_mul(fill.len_utf8()).saturating_add(s.len()))?;
    let pad = |k: usize| core::iter::repeat_n(fill, k).collect::<String>();
    let out = match align {
        '<' => format!("{s}{}", pad(n)),
        '>' => format!("{}{s}", pad(n)),
        _ => {
            // CPython puts the odd extra fill on the left when the width is odd.
            let left = n / 2 + (n & width as usize & 1);
            format!("{}{s}{}", pad(left), pad(n - left))
        }
    };
    vm.new_str(out)
}

/// `str.expandtabs(tabsize=8)`: tabs become spaces up to the next multiple of `tabsize`
/// columns (the column counts from the last line break).
pub fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let s = this(vm, args, "expandtabs")?;
    crate::builtins::args::keyword_arity(vm, "expandtabs", &args[1..], kw, 1)?;
    kw.check(vm, "expandtabs", &[Q::tabsize])?;
    let size = match args.get(1).copied().or(kw.get(Q::tabsize)) {
        Some(t) => i64::from(vm.index_c_int(t)?),
        None => 8,
    };
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    vm.reserve_bytes(out.len().saturating_add(n as usize))?;
                    out.extend(core::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    vm.new_str(out)
}

pub fn center(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    justify(vm, args, kw, "center", '^')
}

pub fn ljust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    justify(vm, args, kw, "ljust", '<')
}

pub fn rjust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    justify(vm, args, kw, "rjust", '>')
}

pub fn zfill(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let s = method(vm, args, kw, "zfill", 1, 1)?;
    let width = size_arg(vm, args[1])?;
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(args[0]);
    }
    let n = (width - len) as usize;
    vm.reserve_bytes(n.saturating_add(s.len()))?;
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (String::from(c), &s[1..]),
        _ => (String::new(), s.as_str()),
    };
    vm.new_str(format!("{sign}{}{rest}", "0".repeat(n)))
}

fn partition_impl(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, right: bool) -> PyResult {
    let s = method(vm, args, kw, name, 1, 1)?;
    let sep = str_arg(vm, args[1], "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right {
        s.rfind(sep.as_str())
    } else {
        s.find(sep.as_str())
    };
    let parts = match found {
        Some(i) => [
            String::from(&s[..i]),
            sep.clone(),
            String::from(&s[i + sep.len()..]),
        ],
        None if right => [String::new(), String::new(), s.clone()],
        None => [s.clone(), String::new(), String::new()],
    };
    let base = vm.roots.len();
    let mut items = Vec::new();
    for p in parts {
        let v = vm.new_str(p)?;
        vm.roots.push(v);
        items.push(v);
    }
    vm.roots.truncate(base);
    vm.new_tuple(items)
}

/// `removeprefix` and `removesuffix`: the text without the affix when it has it, else the
/// same text.
fn remove_affix(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, suffix: bool) -> PyResult {
    let s = method(vm, args, kw, name, 1, 1)?;
    let Some(affix) = vm.str_text(args[1]).map(String::from) else {
        // CPython names None itself here, and the type of anything else.
        let t = if args[1].is_none() {
            "None"
        } else {
            vm.type_name_of(args[1])
        };
        let msg = format!("{name}() argument must be str, not {t}");
        return Err(vm.type_error(&msg));
    };
    let rest = if suffix {
        s.strip_suffix(affix.as_str())
    } else {
        s.strip_prefix(affix.as_str())
    };
    match rest {
        Some(rest) if !affix.is_empty() => vm.new_str_from(rest),
        // Unchanged: the same str (or the str an instance extends).
        _ => Ok(vm.payload(args[0])),
    }
}

pub fn removeprefix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    remove_affix(vm, args, kw, "removeprefix", false)
}

pub fn removesuffix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    remove_affix(vm, args, kw, "removesuffix", true)
}

pub fn partition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    partition_impl(vm, args, kw, "partition", false)
}

pub fn rpartition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    partition_impl(vm, args, kw, "rpartition", true)
}

/// `str.format`: `{}`, `{0}`, `{name}`, with `!r`/`!s`/`!a` and a format spec.
pub fn format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let template = this(vm, args, "format")?;
    let mut state = FormatState {
        auto: 0,
        manual: false,
        mapping: None,
    };
    let out = format_template(vm, &template, &args[1..], kw, &mut state, 0)?;
    vm.new_str(out)
}

/// `str.format_map(mapping)`: `str.format` with named fields looked up in `mapping` by
/// subscription (so a dict subclass's `__missing__` answers), not copied to keywords.
pub fn format_map(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "str.format_map", &[])?;
    let template = this(vm, args, "format_map")?;
    arity(vm, "str.format_map", &args[1..], 1, 1)?;
    let mut state = FormatState {
        auto: 0,
        manual: false,
        mapping: Some(args[1]),
    };
    let out = format_template(vm, &template, &[], Kw::NONE, &mut state, 0)?;
    vm.new_str(out)
}

/// Field numbering shared by a template and the specs nested in it.
struct FormatState {
    auto: usize,
    manual: bool,
    /// Where named fields come from for `format_map`.
    mapping: Option<Value>,
}

/// `template.format(*positional, **kw)`; `depth` counts nested specs (`'{:>{}}'`), of
/// which CPython allows two levels.
fn format_template(
    vm: &mut Vm,
    template: &str,
    positional: &[Value],
    kw: Kw,
    state: &mut FormatState,
    depth: usize,
) -> PyResult<String> {
    if depth > 1 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '}' => return Err(vm.value_error("Single '}' encountered in format string")),
            '{' => {
                if chars.peek().is_none() {
                    return Err(vm.value_error("Single '{' encountered in format string"));
                }
                let (name, conv, spec) = parse_field(vm, &mut chars)?;
                let (name, spec) = (name.as_str(), spec.as_str());
                let value = format_field(vm, name, positional, kw, state)?;
                vm.roots.push(value);
                let r = (|| {
                    let converted = match conv {
                        None => value,
                        Some('r') => vm.format_conversion(value, 2)?,
                        Some('s') => vm.format_conversion(value, 1)?,
                        Some('a') => vm.format_conversion(value, 3)?,
                        Some(c) => {
                            let msg = if (' '..='~').contains(&c) && c != ' ' {
                                format!("Unknown conversion specifier {c}")
                            } else {
                                format!("Unknown conversion specifier \\x{:x}", c as u32)
                            };
                            return Err(vm.value_error(&msg));
                        }
                    };
                    let spec = if spec.contains('{') {
                        format_template(vm, spec, positional, kw, state, depth + 1)?
                    } else {
                        String::from(spec)
                    };
                    let s = vm.format(converted, &spec)?;
                    Ok(String::from(vm.str_text(s).unwrap_or("")))
                })();
                vm.roots.pop();
                let r = r?;
                // The result grows field by field outside the heap.
                vm.check_building(out.len() + r.len())?;
                out.push_str(&r);
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

/// Reads a replacement field after its `{` as CPython's parser does: the field name (up to
/// `}`, `:` or `!`, brackets skipped whole), an optional `!c` conversion, and an optional
/// `:spec` whose nested `{}` are counted. Each malformed shape has CPython's message.
fn parse_field(
    vm: &mut Vm,
    chars: &mut core::iter::Peekable<core::str::Chars>,
) -> PyResult<(String, Option<char>, String)> {
    let mut name = String::new();
    let mut end = None;
    while let Some(c) = chars.next() {
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                name.push('[');
                while let Some(&d) = chars.peek() {
                    if d == ']' {
                        break;
                    }
                    name.push(d);
                    chars.next();
                }
            }
            '}' | ':' | '!' => {
                end = Some(c);
                break;
            }
            _ => name.push(c),
        }
    }
    let mut conv = None;
    let mut spec = String::new();
    match end {
        None => return Err(vm.value_error("expected '}' before end of string")),
        Some('}') => {}
        Some(c) => {
            if c == '!' {
                let Some(cv) = chars.next() else {
                    return Err(
                        vm.value_error("end of string while looking for conversion specifier")
                    );
                };
                conv = Some(cv);
                match chars.next() {
                    Some('}') => return Ok((name, conv, spec)),
                    Some(':') | None => {}
                    Some(_) => {
                        return Err(vm.value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            let mut count = 1;
            loop {
                let Some(ch) = chars.next() else {
                    return Err(vm.value_error("unmatched '{' in format spec"));
                };
                match ch {
                    '{' => count += 1,
                    '}' => {
                        count -= 1;
                        if count == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                spec.push(ch);
            }
        }
    }
    Ok((name, conv, spec))
}

/// A field name or index made of decimal digits: `Some(n)`, or CPython's error when it does
/// not fit; `None` when it is not all digits.
fn format_index(vm: &mut Vm, text: &str) -> PyResult<Option<usize>> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    match text.parse::<usize>() {
        Ok(n) if n <= isize::MAX as usize => Ok(Some(n)),
        _ => Err(vm.value_error("Too many decimal digits in format string")),
    }
}

/// The value a replacement field names: an argument, then `.attr` and `[key]` steps.
fn format_field(
    vm: &mut Vm,
    field: &str,
    positional: &[Value],
    kw: Kw,
    state: &mut FormatState,
) -> PyResult {
    let end = field.find(['.', '[']).unwrap_or(field.len());
    let (name, mut rest) = field.split_at(end);
    let number = format_index(vm, name)?;
    let positional_field = name.is_empty() || number.is_some();
    if state.mapping.is_some() && positional_field {
        return Err(vm.value_error("Format string contains positional fields"));
    }
    let mut value = if name.is_empty() {
        if state.manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let i = state.auto;
        state.auto += 1;
        match positional.get(i) {
            Some(&v) => v,
            None => {
                let msg = format!("Replacement index {i} out of range for positional args tuple");
                return Err(vm.raise_new(TypeId::IndexError, &msg));
            }
        }
    } else if let Some(i) = number {
        if state.auto > 0 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        state.manual = true;
        match positional.get(i) {
            Some(&v) => v,
            None => {
                let msg = format!("Replacement index {i} out of range for positional args tuple");
                return Err(vm.raise_new(TypeId::IndexError, &msg));
            }
        }
    } else if let Some(m) = state.mapping {
        let key = vm.new_str_from(name)?;
        vm.roots.push(key);
        let r = vm.subscr(m, key);
        vm.roots.pop();
        r?
    } else {
        let q = vm.qstrs.intern(name);
        match kw.get(q) {
            Some(v) => v,
            None => {
                let key = vm.new_str_from(name)?;
                let args = vm.new_tuple(alloc::vec![key])?;
                let exc = vm.new_exception(Value::builtin_type(TypeId::KeyError), args)?;
                return Err(vm.raise(exc));
            }
        }
    };
    while !rest.is_empty() {
        let base = vm.roots.len();
        vm.roots.push(value);
        let r = if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            let attr = &after[..end];
            if attr.is_empty() {
                vm.roots.truncate(base);
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let q = vm.qstrs.intern(attr);
            rest = &after[end..];
            vm.load_attr(value, q)
        } else if let Some(after) = rest.strip_prefix('[') {
            let Some(close) = after.find(']') else {
                vm.roots.truncate(base);
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &after[..close];
            rest = &after[close + 1..];
            if key.is_empty() {
                vm.roots.truncate(base);
                return Err(vm.value_error("Empty attribute in format string"));
            }
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                vm.roots.truncate(base);
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
            let k = match format_index(vm, key) {
                Ok(Some(i)) => vm.new_int(i as i64),
                Ok(None) => vm.new_str_from(key),
                Err(e) => Err(e),
            };
            k.and_then(|k| vm.subscr(value, k))
        } else {
            vm.roots.truncate(base);
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        };
        vm.roots.truncate(base);
        value = r?;
    }
    Ok(value)
}

/// The length of a text of `len` bytes after `n` replacements of `old` bytes by `new` bytes
/// (saturating: an impossible size is refused by the budget all the same).
pub(crate) fn replaced_len(len: usize, n: usize, old: usize, new: usize) -> usize {
    (len - n.saturating_mul(old).min(len)).saturating_add(n.saturating_mul(new))
}
