//! The methods of every stream (`read`, `write`, `seek`, ...), one native each, which
//! check the stream as CPython's class of that stream does (a closed stream, a direction it
//! lacks: each class words these its own way) and then go to the memory, binary or text
//! layer.

use alloc::format;
use alloc::vec::Vec;

use super::stream::{Raw, flags};
use crate::builtins::{Kw, arity};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What a method does, for the checks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Op {
    Read,
    Read1,
    Readline,
    Readlines,
    Write,
    Writelines,
    Seek,
    Tell,
    Truncate,
    Flush,
    Readable,
    Writable,
    Seekable,
    Isatty,
    Fileno,
    Iter,
    Next,
    Enter,
    Getvalue,
}

const DOT: &str = "I/O operation on closed file.";
const NODOT: &str = "I/O operation on closed file";

/// What a closed stream of `kind` says to `op` (`None`: it does not check).
fn closed_message(kind: TypeId, op: Op) -> Option<&'static str> {
    use Op::*;
    match kind {
        TypeId::BytesIO => (op != Fileno && op != Iter).then_some(DOT),
        TypeId::StringIO => match op {
            Flush | Fileno => None,
            Readlines | Writelines | Isatty | Iter | Enter => Some(DOT),
            _ => Some(NODOT),
        },
        TypeId::FileIO => match op {
            Readlines | Writelines | Flush | Iter | Enter => Some(DOT),
            _ => Some(NODOT),
        },
        TypeId::TextIOWrapper => match op {
            Readable | Writable | Seekable | Isatty | Fileno => Some(NODOT),
            _ => Some(DOT),
        },
        _ => Some(match op {
            Read | Read1 => "read of closed file",
            Readline | Next => "readline of closed file",
            Seek => "seek of closed file",
            Write => "write to closed file",
            Flush if kind != TypeId::BufferedReader => "flush of closed file",
            Truncate => "truncate of closed file",
            Tell | Readable | Writable | Seekable | Isatty | Fileno => NODOT,
            _ => DOT,
        }),
    }
}

/// The stream a method was called on, checked for `op`: `Err` with CPython's error, or
/// `Ok(Some(v))` when the answer is known already (`writable()` of a reader is False even
/// closed).
pub(super) fn check(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    op: Op,
) -> PyResult<(Value, Option<Value>)> {
    let v = crate::builtins::checked_receiver(vm, args, name, "_io._IOBase", |vm, v| {
        vm.stream(v).is_some()
    })?;
    let Some(s) = vm.stream(v) else {
        return Ok((v, None));
    };
    let (kind, closed) = (s.kind, s.closed());
    let (readable, writable) = (s.has(flags::READ), s.has(flags::WRITE));
    let inner_kind = vm.stream(s.inner).map(|i| i.kind);
    use Op::*;
    match (kind, op) {
        (TypeId::BufferedReader, Write | Writelines) if op == Write => {
            return Err(vm.unsupported("write"));
        }
        (TypeId::BufferedWriter, Read | Readline | Next) => return Err(vm.unsupported("read")),
        (TypeId::BufferedWriter, Read1) => return Err(vm.unsupported("read1")),
        (TypeId::BufferedReader, Writable) | (TypeId::BufferedWriter, Readable) => {
            return Ok((v, Some(Value::FALSE)));
        }
        (TypeId::TextIOWrapper, Writable) if inner_kind == Some(TypeId::BufferedReader) => {
            return Ok((v, Some(Value::FALSE)));
        }
        (TypeId::TextIOWrapper, Readable) if inner_kind == Some(TypeId::BufferedWriter) => {
            return Ok((v, Some(Value::FALSE)));
        }
        (TypeId::BytesIO, Fileno) | (TypeId::StringIO, Fileno) => {
            return Err(vm.unsupported("fileno"));
        }
        _ => {}
    }
    if closed && let Some(msg) = closed_message(kind, op) {
        return Err(vm.closed_error(msg));
    }
    let reads = matches!(op, Read | Read1 | Readline | Readlines | Next);
    let writes = matches!(op, Write | Writelines);
    match kind {
        TypeId::TextIOWrapper if reads && !readable => Err(vm.unsupported("not readable")),
        TypeId::TextIOWrapper if writes && !writable => Err(vm.unsupported("not writable")),
        TypeId::FileIO if reads && !readable => Err(vm.unsupported("File not open for reading")),
        TypeId::FileIO if writes && !writable => Err(vm.unsupported("File not open for writing")),
        _ => Ok((v, None)),
    }
}

/// A size argument that may be None (`argument should be integer or None, not 'str'`):
/// `None` for None, a negative size or none given.
pub(super) fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    let Some(&v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if vm.as_index(v)?.is_none() {
        let msg = format!(
            "argument should be integer or None, not '{}'",
            vm.type_name_of(v)
        );
        return Err(vm.type_error(&msg));
    }
    let n = vm.index_ssize(v)?;
    Ok(usize::try_from(n).ok())
}

pub(super) fn kind(vm: &Vm, v: Value) -> TypeId {
    vm.stream(v).map_or(TypeId::BytesIO, |s| s.kind)
}

/// Reads from any stream: `size` items, a line with `line`.
fn read_any(vm: &mut Vm, v: Value, size: Option<usize>, line: bool) -> PyResult {
    match kind(vm, v) {
        TypeId::StringIO if line => vm.sio_readline(v, size),
        TypeId::StringIO => vm.sio_read(v, size),
        TypeId::TextIOWrapper => vm.text_read(v, size, line),
        _ => {
            let b = if line {
                vm.bin_readline(v, size)?
            } else {
                vm.bin_read(v, size)?
            };
            vm.new_bytes(b)
        }
    }
}

pub(crate) fn read(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "read", &[])?;
    arity(vm, "read", args.get(1..).unwrap_or(&[]), 0, 1)?;
    let (v, _) = check(vm, args, "read", Op::Read)?;
    read_sized(vm, v, args.get(1))
}

pub(crate) fn read1(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "read1", &[])?;
    arity(vm, "read1", args.get(1..).unwrap_or(&[]), 0, 1)?;
    let (v, _) = check(vm, args, "read1", Op::Read1)?;
    read_sized(vm, v, args.get(1))
}

fn read_sized(vm: &mut Vm, v: Value, size: Option<&Value>) -> PyResult {
    let buffered = matches!(
        kind(vm, v),
        TypeId::BufferedReader | TypeId::BufferedRandom | TypeId::FileIO
    );
    if buffered
        && let Some(&n) = size.filter(|n| vm.is_int(**n))
        && vm.int_as_i64(n).is_some_and(|n| n < -1)
    {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    let size = size_arg(vm, size)?;
    read_any(vm, v, size, false)
}

pub(crate) fn readline(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "readline", &[])?;
    arity(vm, "readline", args.get(1..).unwrap_or(&[]), 0, 1)?;
    let (v, _) = check(vm, args, "readline", Op::Readline)?;
    let size = match args.get(1) {
        Some(&n) if kind(vm, v) == TypeId::TextIOWrapper => {
            usize::try_from(vm.index_ssize(n)?).ok()
        }
        other => size_arg(vm, other)?,
    };
    read_any(vm, v, size, true)
}

pub(crate) fn readlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "readlines", &[])?;
    arity(vm, "readlines", args.get(1..).unwrap_or(&[]), 0, 1)?;
    let (v, _) = check(vm, args, "readlines", Op::Readlines)?;
    let hint = size_arg(vm, args.get(1))?.filter(|&n| n > 0);
    let list = vm.new_list(Vec::new())?;
    vm.roots.push(list);
    let r = (|| {
        let mut total = 0usize;
        loop {
            let line = read_any(vm, v, None, true)?;
            let n = vm.len_builtin(line)?;
            if n == 0 {
                return Ok(list);
            }
            vm.list_push(list, line)?;
            total = total.saturating_add(n);
            if hint.is_some_and(|h| total >= h) {
                return Ok(list);
            }
        }
    })();
    vm.roots.pop();
    r
}

/// Writes one piece to any stream: its length in characters or bytes.
fn write_one(vm: &mut Vm, v: Value, piece: Value) -> PyResult<usize> {
    match kind(vm, v) {
        TypeId::StringIO | TypeId::TextIOWrapper => {
            let Some(text) = vm.str_text(piece).map(alloc::string::String::from) else {
                let msg = if kind(vm, v) == TypeId::StringIO {
                    format!("string argument expected, got '{}'", vm.type_name_of(piece))
                } else {
                    format!(
                        "write() argument must be str, not {}",
                        vm.arg_type_name(piece)
                    )
                };
                return Err(vm.type_error(&msg));
            };
            let n = vm.str_chars(piece);
            if kind(vm, v) == TypeId::StringIO {
                vm.sio_write(v, &text)?;
            } else {
                vm.text_write(v, &text)?;
            }
            Ok(n)
        }
        _ => {
            let bytes = vm.bytes_arg(piece)?;
            vm.bin_write(v, &bytes)?;
            Ok(bytes.len())
        }
    }
}

pub(crate) fn write(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "write", &[])?;
    arity(vm, "write", args.get(1..).unwrap_or(&[]), 1, 1)?;
    let (v, _) = check(vm, args, "write", Op::Write)?;
    let n = write_one(vm, v, args[1])?;
    vm.new_int(n as i64)
}

pub(crate) fn writelines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "writelines", &[])?;
    arity(vm, "writelines", args.get(1..).unwrap_or(&[]), 1, 1)?;
    let (v, _) = check(vm, args, "writelines", Op::Writelines)?;
    let it = vm.get_iter(args[1])?;
    vm.roots.push(it);
    let r = (|| {
        while let Some(line) = vm.iter_next(it)? {
            check(vm, &[v], "write", Op::Write)?;
            write_one(vm, v, line)?;
        }
        Ok(Value::NONE)
    })();
    vm.roots.pop();
    r
}

pub(crate) fn flush(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "flush", &[])?;
    arity(vm, "flush", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let (v, _) = check(vm, args, "flush", Op::Flush)?;
    let target = match vm.stream(v) {
        Some(s) if s.kind == TypeId::TextIOWrapper => s.inner,
        _ => v,
    };
    vm.bin_flush(target)?;
    Ok(Value::NONE)
}

/// Closes any stream (a text stream closes its buffer too); closing again does nothing.
pub(crate) fn close_stream(vm: &mut Vm, v: Value) -> PyResult<()> {
    let Some(s) = vm.stream(v) else {
        return Ok(());
    };
    if s.closed() {
        return Ok(());
    }
    match s.kind {
        TypeId::TextIOWrapper => {
            let inner = s.inner;
            if let Some(s) = vm.stream_mut(v) {
                s.flags |= flags::CLOSED;
            }
            vm.bin_close(inner)
        }
        TypeId::StringIO => {
            if let Some(s) = vm.stream_mut(v) {
                s.flags |= flags::CLOSED;
                s.buf = Vec::new();
            }
            Ok(())
        }
        _ => {
            vm.bin_close(v)?;
            if let Some(s) = vm.stream_mut(v)
                && s.kind == TypeId::BytesIO
            {
                s.buf = Vec::new();
            }
            Ok(())
        }
    }
}

pub(crate) fn close(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "close", &[])?;
    arity(vm, "close", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let v = crate::builtins::checked_receiver(vm, args, "close", "_io._IOBase", |vm, v| {
        vm.stream(v).is_some()
    })?;
    close_stream(vm, v)?;
    Ok(Value::NONE)
}

pub(crate) fn getvalue(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "getvalue", &[])?;
    arity(vm, "getvalue", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let (v, _) = check(vm, args, "getvalue", Op::Getvalue)?;
    if kind(vm, v) == TypeId::StringIO {
        return vm.sio_getvalue(v);
    }
    let bytes = vm.stream(v).map(|s| s.buf.clone()).unwrap_or_default();
    vm.new_bytes(bytes)
}

/// `readable()`, `writable()`, `seekable()` and `isatty()`.
fn ask(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, op: Op, flag: u8) -> PyResult {
    kw.check(vm, name, &[])?;
    arity(vm, name, args.get(1..).unwrap_or(&[]), 0, 0)?;
    let (v, known) = check(vm, args, name, op)?;
    if let Some(answer) = known {
        return Ok(answer);
    }
    Ok(Value::bool(
        flag != 0 && vm.stream(v).is_some_and(|s| s.has(flag)),
    ))
}

pub(crate) fn readable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    ask(vm, args, kw, "readable", Op::Readable, flags::READ)
}

pub(crate) fn writable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    ask(vm, args, kw, "writable", Op::Writable, flags::WRITE)
}

pub(crate) fn seekable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    ask(vm, args, kw, "seekable", Op::Seekable, flags::SEEK)
}

pub(crate) fn isatty(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    ask(vm, args, kw, "isatty", Op::Isatty, 0)
}

/// `fileno()`: the standard streams are 0, 1 and 2; the port's files have no number.
pub(crate) fn fileno(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "fileno", &[])?;
    arity(vm, "fileno", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let (v, _) = check(vm, args, "fileno", Op::Fileno)?;
    let raw = match vm.stream(v) {
        Some(s) if s.kind == TypeId::TextIOWrapper => vm.stream(s.inner).map(|i| i.raw),
        Some(s) => Some(s.raw),
        None => None,
    };
    match raw {
        Some(Raw::Stdin) => Ok(Value::small(0).unwrap_or(Value::NONE)),
        Some(Raw::Stdout) => Ok(Value::small(1).unwrap_or(Value::NONE)),
        Some(Raw::Stderr) => Ok(Value::small(2).unwrap_or(Value::NONE)),
        _ => Err(vm.unsupported("fileno")),
    }
}

pub(crate) fn enter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "__enter__", &[])?;
    arity(vm, "__enter__", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let (v, _) = check(vm, args, "__enter__", Op::Enter)?;
    Ok(v)
}

pub(crate) fn exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let v = crate::builtins::checked_receiver(vm, args, "__exit__", "_io._IOBase", |vm, v| {
        vm.stream(v).is_some()
    })?;
    close_stream(vm, v)?;
    Ok(Value::NONE)
}

pub(crate) fn iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "__iter__", &[])?;
    arity(vm, "__iter__", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let (v, _) = check(vm, args, "__iter__", Op::Iter)?;
    Ok(v)
}

pub(crate) fn next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "__next__", &[])?;
    arity(vm, "__next__", args.get(1..).unwrap_or(&[]), 0, 0)?;
    match vm.stream_next(args.first().copied().unwrap_or(Value::NONE))? {
        Some(line) => Ok(line),
        None => Err(vm.stop_iteration_with(Value::NONE)),
    }
}

impl Vm {
    /// The next line of a stream being iterated, `None` at the end.
    pub(crate) fn stream_next(&mut self, v: Value) -> PyResult<Option<Value>> {
        let (v, _) = check(self, &[v], "__next__", Op::Next)?;
        let line = read_any(self, v, None, true)?;
        if self.len_builtin(line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line))
    }

    /// `iter(stream)`: the stream itself, open.
    pub(crate) fn stream_iter(&mut self, v: Value) -> PyResult {
        let (v, _) = check(self, &[v], "__iter__", Op::Iter)?;
        Ok(v)
    }
}
