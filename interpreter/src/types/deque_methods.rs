//! The methods of `collections.deque` (natives of the `natives!` table), its constructor
//! and `__init__`, with CPython's argument checks and messages. The object itself and its
//! protocols are in `deque`.

use alloc::format;

use crate::builtins::args::{self, Params};
use crate::builtins::{Kw, arity};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The deque a method runs on (a subclass instance's payload by then).
fn deque_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    crate::builtins::checked_receiver(vm, args, name, "collections.deque", |vm, v| vm.is_deque(v))
}

/// Checks a method that takes exactly `n` arguments (0 or 1) and no keywords.
fn simple<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    kw: Kw,
    name: &str,
    n: usize,
) -> PyResult<(Value, &'a [Value])> {
    let full = format!("deque.{name}");
    kw.check(vm, &full, &[])?;
    let d = deque_arg(vm, args, name)?;
    arity(vm, &full, &args[1..], n, n)?;
    Ok((d, &args[1..]))
}

/// `maxlen` as `deque()` takes it: None, or a non-negative int (not merely an index).
fn maxlen_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let p = vm.payload(v);
    if !vm.is_int(p) {
        return Err(vm.type_error("an integer is required"));
    }
    let Some(n) = vm.int_as_i64(p) else {
        return Err(vm.raise_new(
            TypeId::OverflowError,
            "Python int too large to convert to C ssize_t",
        ));
    };
    if n < 0 {
        return Err(vm.value_error("maxlen must be non-negative"));
    }
    Ok(Some(usize::try_from(n).unwrap_or(usize::MAX)))
}

const INIT: Params = Params {
    names: &[Q::iterable, Q::maxlen],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

/// `deque(iterable=(), maxlen=None)`.
pub(crate) fn construct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let d = vm.new_deque(None)?;
    vm.roots.push(d);
    let r = init(vm, d, args, kw);
    vm.roots.pop();
    r.map(|()| d)
}

/// `deque.__init__(self, iterable=(), maxlen=None)` on the deque `d`: sets the bound,
/// empties it, then adds the items.
pub(crate) fn init(vm: &mut Vm, d: Value, args: &[Value], kw: Kw) -> PyResult<()> {
    let [iterable, maxlen] = args::parse(vm, "deque", args, kw, &INIT)?;
    let maxlen = maxlen_arg(vm, maxlen)?;
    if let Some(q) = vm.deque_mut(d) {
        q.maxlen = maxlen;
    }
    vm.deque_clear(d);
    match iterable {
        Some(it) => vm.deque_extend(d, it, false),
        None => Ok(()),
    }
}

pub fn append(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (d, rest) = simple(vm, args, kw, "append", 1)?;
    vm.deque_push(d, rest[0], false)?;
    Ok(Value::NONE)
}

pub fn appendleft(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (d, rest) = simple(vm, args, kw, "appendleft", 1)?;
    vm.deque_push(d, rest[0], true)?;
    Ok(Value::NONE)
}

fn pop_end(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, left: bool) -> PyResult {
    let (d, _) = simple(vm, args, kw, name, 0)?;
    let item = vm.deque_mut(d).and_then(|q| {
        let item = if left {
            q.items.pop_front()
        } else {
            q.items.pop_back()
        };
        if item.is_some() {
            q.state = q.state.wrapping_add(1);
        }
        item
    });
    match item {
        Some(v) => Ok(v),
        None => Err(vm.raise_new(TypeId::IndexError, "pop from an empty deque")),
    }
}

pub fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    pop_end(vm, args, kw, "pop", false)
}

pub fn popleft(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    pop_end(vm, args, kw, "popleft", true)
}

pub fn extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (d, rest) = simple(vm, args, kw, "extend", 1)?;
    vm.deque_extend(d, rest[0], false)?;
    Ok(Value::NONE)
}

pub fn extendleft(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (d, rest) = simple(vm, args, kw, "extendleft", 1)?;
    vm.deque_extend(d, rest[0], true)?;
    Ok(Value::NONE)
}

pub fn clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (d, _) = simple(vm, args, kw, "clear", 0)?;
    vm.deque_clear(d);
    Ok(Value::NONE)
}

pub fn reverse(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (d, _) = simple(vm, args, kw, "reverse", 0)?;
    if let Some(q) = vm.deque_mut(d) {
        q.items.make_contiguous().reverse();
    }
    Ok(Value::NONE)
}

/// `copy()` and `__copy__()`: a deque of the same items and maxlen. A subclass instance
/// (received as itself) is copied by calling its class with the items and the maxlen.
fn copy_of(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult {
    let full = format!("deque.{name}");
    kw.check(vm, &full, &[])?;
    let Some(&receiver) = args.first() else {
        return Err(crate::builtins::wrong_receiver(
            vm,
            name,
            "collections.deque",
            None,
        ));
    };
    let d = vm.payload(receiver);
    deque_arg(vm, &[d], name)?;
    arity(vm, &full, &args[1..], 0, 0)?;
    let maxlen = vm.deque_ref(d).and_then(|q| q.maxlen);
    if d == receiver {
        return vm.deque_copy(d, maxlen);
    }
    let cls = vm.type_of(receiver);
    match maxlen {
        Some(m) => {
            let m = vm.new_int(m as i64)?;
            vm.call_value(cls, &[receiver, m])
        }
        None => vm.call_value(cls, &[receiver]),
    }
}

pub fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    copy_of(vm, args, kw, "copy")
}

pub fn dunder_copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    copy_of(vm, args, kw, "__copy__")
}

pub fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (d, rest) = simple(vm, args, kw, "count", 1)?;
    let x = rest[0];
    let mut n = 0i64;
    let mut at = 0;
    let len = vm.deque_len(d);
    while let Some(i) = vm.deque_find(d, x, at, len, TypeId::RuntimeError)? {
        n += 1;
        at = i + 1;
    }
    vm.new_int(n)
}

/// A bound of `index`: clamped to the deque as a slice bound is.
fn bound(vm: &mut Vm, v: Value, len: usize) -> PyResult<usize> {
    let Some(i) = vm.as_index(v)? else {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    };
    let i = vm.clamped_i64(i);
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

/// The `ValueError` of `index` and `remove`: "x is not in deque".
fn not_found(vm: &mut Vm, x: Value) -> crate::vm::Raised {
    match vm.repr(x) {
        Ok(r) => {
            let msg = format!("{} is not in deque", vm.string_of(r));
            vm.value_error(&msg)
        }
        Err(e) => e,
    }
}

pub fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "index", &[])?;
    let d = deque_arg(vm, args, "index")?;
    args::parse_tuple_arity(vm, "index", &args[1..], 1, 3)?;
    let len = vm.deque_len(d);
    let start = match args.get(2) {
        Some(&s) => bound(vm, s, len)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(&s) => bound(vm, s, len)?,
        None => len,
    };
    match vm.deque_find(d, args[1], start, stop.max(start), TypeId::RuntimeError)? {
        Some(i) => vm.new_int(i as i64),
        None => Err(not_found(vm, args[1])),
    }
}

pub fn insert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "insert", &[])?;
    let d = deque_arg(vm, args, "insert")?;
    args::parse_tuple_arity(vm, "insert", &args[1..], 2, 2)?;
    let i = vm.index_ssize(args[1])?;
    let (len, full) = match vm.deque_ref(d) {
        Some(q) => (q.items.len(), q.maxlen == Some(q.items.len())),
        None => (0, false),
    };
    if full {
        return Err(vm.raise_new(TypeId::IndexError, "deque already at its maximum size"));
    }
    let n = len as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    vm.deque_room(d, 1)?;
    if let Some(q) = vm.deque_mut(d) {
        q.state = q.state.wrapping_add(1);
        q.items.insert(at, args[2]);
    }
    Ok(Value::NONE)
}

pub fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (d, rest) = simple(vm, args, kw, "remove", 1)?;
    let len = vm.deque_len(d);
    match vm.deque_find(d, rest[0], 0, len, TypeId::IndexError)? {
        Some(i) => {
            vm.deque_store_at(d, i, Value::UNBOUND);
            Ok(Value::NONE)
        }
        None => Err(not_found(vm, rest[0])),
    }
}

pub fn rotate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "deque.rotate", &[])?;
    let d = deque_arg(vm, args, "rotate")?;
    args::positional(vm, "deque.rotate", &args[1..], 0, 1)?;
    let n = match args.get(1) {
        Some(&n) => vm.index_ssize(n)?,
        None => 1,
    };
    vm.deque_rotate(d, n);
    Ok(Value::NONE)
}

/// `deque.__reversed__()`: an iterator from the right end.
pub fn reversed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (d, _) = simple(vm, args, kw, "__reversed__", 0)?;
    vm.deque_iter(d, true)
}
