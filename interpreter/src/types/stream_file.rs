//! `open()`: CPython's checks of its arguments and mode, the port's file opened with the
//! matching [`OpenFlags`], and the stream objects over it (a `FileIO`, a `Buffered*`, and a
//! `TextIOWrapper` over that in text mode).

use alloc::format;
use alloc::string::String;

use super::stream::{Encoding, Raw, Stream, flags};
use super::stream_mem::newline_arg;
use crate::builtins::Kw;
use crate::builtins::args::{Params, parse};
use crate::port::OpenFlags;
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What `open()`'s mode asks for.
struct Mode {
    create: bool,
    read: bool,
    write: bool,
    append: bool,
    update: bool,
    binary: bool,
}

impl Mode {
    /// FileIO's name for the mode (`rb`, `wb`, `ab+`, `rb+`, ...).
    fn raw_name(&self) -> &'static str {
        match (self.create, self.append, self.read, self.update) {
            (true, _, _, false) => "xb",
            (true, _, _, true) => "xb+",
            (_, true, _, false) => "ab",
            (_, true, _, true) => "ab+",
            (_, _, _, true) => "rb+",
            (_, _, true, _) => "rb",
            _ => "wb",
        }
    }
}

/// Checks `mode` as CPython does, in its order.
fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    let mut m = Mode {
        create: false,
        read: false,
        write: false,
        append: false,
        update: false,
        binary: false,
    };
    let mut text = false;
    for (i, c) in mode.char_indices() {
        let flag = match c {
            'x' => &mut m.create,
            'r' => &mut m.read,
            'w' => &mut m.write,
            'a' => &mut m.append,
            '+' => &mut m.update,
            't' => &mut text,
            'b' => &mut m.binary,
            _ => return Err(vm.value_error(&format!("invalid mode: '{mode}'"))),
        };
        *flag = true;
        if mode[i + c.len_utf8()..].contains(c) {
            return Err(vm.value_error(&format!("invalid mode: '{mode}'")));
        }
    }
    if text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let n = [m.create, m.read, m.write, m.append]
        .iter()
        .filter(|&&f| f)
        .count();
    if n > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

/// An optional str argument of `open()`: "open() argument 'encoding' must be str or None".
pub(super) fn str_or_none(vm: &mut Vm, v: Option<Value>, name: &str) -> PyResult<Option<Value>> {
    match v.filter(|v| !v.is_none()) {
        None => Ok(None),
        Some(v) if vm.str_text(v).is_some() => Ok(Some(v)),
        Some(v) => {
            let msg = format!(
                "open() argument '{name}' must be str or None, not {}",
                vm.type_name_of(v)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// The encodings a text file knows, by any of their names.
fn encoding_of(name: &str) -> Option<Encoding> {
    let lower: String = name
        .chars()
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    match lower.as_str() {
        "utf-8" | "utf8" | "u8" => Some(Encoding::Utf8),
        "ascii" | "us-ascii" | "646" => Some(Encoding::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" => {
            Some(Encoding::Latin1)
        }
        _ => None,
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub(crate) fn open(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    const NAMES: &[Qstr] = &[
        Q::file,
        Q::mode,
        Q::buffering,
        Q::encoding,
        Q::errors,
        Q::newline,
        Q::closefd,
        Q::opener,
    ];
    let params = Params {
        names: NAMES,
        posonly: 0,
        required: 1,
        maxpos: 8,
    };
    let [
        file,
        mode,
        buffering,
        encoding,
        errors,
        newline,
        closefd,
        opener,
    ] = parse(vm, "open", args, kw, &params)?;
    let file = file.unwrap_or(Value::NONE);
    let mode_value = mode.unwrap_or(Value::qstr(Q::r));
    let Some(mode) = vm.str_text(mode_value).map(String::from) else {
        let msg = format!(
            "open() argument 'mode' must be str, not {}",
            vm.type_name_of(mode_value)
        );
        return Err(vm.type_error(&msg));
    };
    let buffering = match buffering {
        Some(b) => vm.index_c_int(b)?,
        None => -1,
    };
    let encoding = str_or_none(vm, encoding, "encoding")?;
    let errors = str_or_none(vm, errors, "errors")?;
    let newline_value = str_or_none(vm, newline, "newline")?;
    let closefd = match closefd {
        Some(c) => vm.truthy(c)?,
        None => true,
    };
    let path = if let Some(text) = vm.str_text(file) {
        String::from(text)
    } else if let Some(b) = vm.buffer_of(file).filter(|_| vm.is_bytes_like(file)) {
        String::from_utf8_lossy(&b).into_owned()
    } else if vm.is_int(file) {
        String::new()
    } else {
        let msg = format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name_of(file)
        );
        return Err(vm.type_error(&msg));
    };
    let m = parse_mode(vm, &mode)?;
    if m.binary && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline_value.is_some() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    if !m.create && !m.read && !m.write && !m.append {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if !closefd && !vm.is_int(file) {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    if buffering == 0 && !m.binary {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    // The port has no descriptors to wrap: a number, or what an opener returns, names none.
    if let Some(opener) = opener.filter(|o| !o.is_none()) {
        let f = vm.new_int(i64::from(open_flags_bits(&m)))?;
        vm.call_value(opener, &[file, f])?;
        return Err(vm.os_error_errno(crate::port::EBADF, None));
    }
    if vm.is_int(file) {
        return Err(vm.os_error_errno(crate::port::EBADF, None));
    }
    let flags = OpenFlags {
        read: m.read || m.update,
        write: !m.read || m.update,
        append: m.append,
        create: m.create || m.write || m.append,
        truncate: m.write,
        exclusive: m.create,
    };
    let handle = match vm.port_mut().open(&path, flags) {
        Ok(h) => h,
        Err(e) => return Err(vm.os_error_errno(e, Some(file))),
    };
    if m.append {
        let _ = vm.port_mut().seek(handle, 0, 2);
    }
    let mut bits = flags::SEEK | flags::CLOSEFD;
    if flags.read {
        bits |= flags::READ;
    }
    if flags.write {
        bits |= flags::WRITE;
    }
    if m.append {
        bits |= flags::APPEND;
    }
    let kind = match (buffering, m.update, m.read) {
        (0, _, _) => TypeId::FileIO,
        (_, true, _) => TypeId::BufferedRandom,
        (_, _, true) => TypeId::BufferedReader,
        _ => TypeId::BufferedWriter,
    };
    let mut s = Stream::new(kind, bits, Raw::File(handle));
    s.name = file;
    s.mode = Value::qstr(vm.intern(m.raw_name()));
    let bin = match vm.new_stream(s) {
        Ok(v) => v,
        Err(r) => {
            vm.port_mut().close(handle);
            return Err(r);
        }
    };
    if m.binary {
        return Ok(bin);
    }
    vm.roots.push(bin);
    let r = text_over(
        vm,
        bin,
        file,
        mode_value,
        encoding,
        errors,
        newline_value,
        buffering,
    );
    vm.roots.pop();
    if r.is_err() {
        let _ = vm.bin_close(bin);
    }
    r
}

/// The `flags` argument an opener gets (the Linux `O_*` values).
fn open_flags_bits(m: &Mode) -> i32 {
    let access = match (m.read, m.update) {
        (_, true) => 2,
        (true, false) => 0,
        _ => 1,
    };
    let mut bits = access | 0o2000000; // O_CLOEXEC
    if m.write {
        bits |= 0o1100; // O_CREAT | O_TRUNC
    }
    if m.append {
        bits |= 0o2100; // O_CREAT | O_APPEND
    }
    if m.create {
        bits |= 0o300; // O_CREAT | O_EXCL
    }
    bits
}

/// The TextIOWrapper `open()` puts over binary stream `bin`.
#[allow(clippy::too_many_arguments)]
pub(super) fn text_over(
    vm: &mut Vm,
    bin: Value,
    name: Value,
    mode: Value,
    encoding: Option<Value>,
    errors: Option<Value>,
    newline: Option<Value>,
    buffering: i32,
) -> PyResult {
    let enc_name = match encoding {
        Some(e) => e,
        None => vm.new_str_from("UTF-8")?,
    };
    vm.roots.push(enc_name);
    let enc_text = vm.string_of(enc_name);
    let Some(enc) = encoding_of(&enc_text) else {
        vm.roots.pop();
        let msg = format!("unknown encoding: {enc_text}");
        return Err(vm.raise_new(TypeId::LookupError, &msg));
    };
    let nl = match newline_arg(vm, newline, false) {
        Ok(nl) => nl,
        Err(r) => {
            vm.roots.pop();
            return Err(r);
        }
    };
    let bits = vm.stream(bin).map_or(0, |s| s.flags) & (flags::READ | flags::WRITE | flags::SEEK);
    let mut s = Stream::new(TypeId::TextIOWrapper, bits, Raw::None);
    s.inner = bin;
    s.name = name;
    s.mode = mode;
    s.enc_name = enc_name;
    s.errors = errors.unwrap_or(Value::qstr(Q::strict));
    s.newline = nl;
    s.encoding = enc;
    if buffering == 1 {
        s.flags |= flags::LINE_BUFFERING;
    }
    let r = vm.new_stream(s);
    vm.roots.pop();
    r
}
