//! Making streams other than through `open()`: `io.FileIO(...)`, `io.TextIOWrapper(...)`
//! over a binary stream, and the standard streams `sys` starts with.

use alloc::format;
use alloc::string::String;

use super::stream::{Newline, Raw, Stream, flags};
use super::stream_file::{open, str_or_none, text_over};
use crate::builtins::Kw;
use crate::builtins::args::{Params, parse};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A standard stream: text over a binary stream over `raw`, named `name`.
pub(crate) fn std_stream(vm: &mut Vm, raw: Raw, name: &str) -> PyResult {
    let (dir, mode, errors) = match raw {
        Raw::Stdin => (flags::READ, "r", "strict"),
        Raw::Stdout => (flags::WRITE, "w", "strict"),
        _ => (flags::WRITE, "w", "backslashreplace"),
    };
    let name = Value::qstr(vm.intern(name));
    let kind = if dir == flags::READ {
        TypeId::BufferedReader
    } else {
        TypeId::BufferedWriter
    };
    let mut s = Stream::new(kind, dir, raw);
    s.name = name;
    s.mode = Value::qstr(vm.intern(if dir == flags::READ { "rb" } else { "wb" }));
    let bin = vm.new_stream(s)?;
    vm.roots.push(bin);
    let mut s = Stream::new(TypeId::TextIOWrapper, dir, Raw::None);
    s.inner = bin;
    s.name = name;
    s.mode = Value::qstr(vm.intern(mode));
    s.enc_name = Value::qstr(vm.intern("utf-8"));
    s.errors = Value::qstr(vm.intern(errors));
    s.newline = Newline::Universal;
    if raw == Raw::Stderr {
        s.flags |= flags::LINE_BUFFERING;
    }
    let r = vm.new_stream(s);
    vm.roots.pop();
    r
}

/// `io.FileIO(file, mode='r', closefd=True, opener=None)`: `open()` unbuffered in binary.
pub(crate) fn construct_fileio(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::file, Q::mode, Q::closefd, Q::opener],
        posonly: 0,
        required: 1,
        maxpos: 4,
    };
    let [file, mode, closefd, opener] = parse(vm, "FileIO", args, kw, &params)?;
    let mode = mode.unwrap_or(Value::qstr(Q::r));
    let Some(text) = vm.str_text(mode).map(String::from) else {
        let msg = format!(
            "FileIO() argument 'mode' must be str, not {}",
            vm.type_name_of(mode)
        );
        return Err(vm.type_error(&msg));
    };
    if text.contains('t') || text.matches('b').count() > 1 {
        return Err(vm.value_error(&format!("invalid mode: {text}")));
    }
    let binary = if text.contains('b') {
        text
    } else {
        format!("{text}b")
    };
    let binary = vm.new_str(binary)?;
    vm.roots.push(binary);
    let zero = Value::small(0).unwrap_or(Value::NONE);
    let names = [Q::buffering, Q::closefd, Q::opener].map(Value::qstr);
    let values = [
        zero,
        closefd.unwrap_or(Value::TRUE),
        opener.unwrap_or(Value::NONE),
    ];
    let kw = Kw {
        names: &names,
        values: &values,
    };
    let r = open(vm, &[file.unwrap_or(Value::NONE), binary], kw);
    vm.roots.pop();
    r
}

/// `io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
/// line_buffering=False, write_through=False)` over one of the binary streams.
pub(crate) fn construct_text(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[
            Q::buffer,
            Q::encoding,
            Q::errors,
            Q::newline,
            Q::line_buffering,
            Q::write_through,
        ],
        posonly: 0,
        required: 1,
        maxpos: 6,
    };
    let [buffer, encoding, errors, newline, line_buffering, _] =
        parse(vm, "TextIOWrapper", args, kw, &params)?;
    let buffer = buffer.unwrap_or(Value::NONE);
    if vm.stream(buffer).is_none_or(|s| s.is_text()) {
        let msg = format!(
            "TextIOWrapper() argument 'buffer' must be a binary stream, not {}",
            vm.type_name_of(buffer)
        );
        return Err(vm.type_error(&msg));
    }
    let encoding = str_or_none(vm, encoding, "encoding")?;
    let errors = str_or_none(vm, errors, "errors")?;
    let newline = match newline.filter(|n| !n.is_none()) {
        Some(n) if vm.str_text(n).is_none() => {
            let msg = format!(
                "TextIOWrapper() argument 'newline' must be str or None, not {}",
                vm.type_name_of(n)
            );
            return Err(vm.type_error(&msg));
        }
        other => other,
    };
    let line = match line_buffering {
        Some(l) => vm.truthy(l)?,
        None => false,
    };
    let name = vm.stream(buffer).map_or(Value::UNBOUND, |s| s.name);
    let text = text_over(
        vm,
        buffer,
        name,
        Value::UNBOUND,
        encoding,
        errors,
        newline,
        if line { 1 } else { -1 },
    )?;
    Ok(text)
}
