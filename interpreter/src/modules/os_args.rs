//! The path arguments and errors of `os`: what a str, bytes or `os.PathLike` argument names
//! (with CPython's TypeError and ValueError for anything else), and the `OSError` subclass
//! of a failed call, worded `[Errno 2] No such file or directory: 'nope'`.

use alloc::format;
use alloc::string::String;

use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// What else a path parameter takes besides str, bytes and `os.PathLike` (the types its
/// TypeError lists).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Also {
    Nothing,
    /// A file descriptor (`stat`, `chdir`); upy has none to offer, so every one is bad.
    Int,
    /// A file descriptor, or None for the current directory (`listdir`).
    IntOrNone,
}

/// A path argument: its text, whether it was bytes (results follow its kind), and the
/// value itself (errors name it as given).
pub(crate) struct PathArg {
    pub text: String,
    pub bytes: bool,
    pub value: Value,
}

/// The str or bytes a str, bytes or `os.PathLike` stands for (`os.fspath`), or `None` for
/// anything else; a `__fspath__` returning something else is a TypeError.
pub(crate) fn fspath_of(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let p = vm.payload(v);
    if vm.str_text(p).is_some() || matches!(vm.heap.get(p), Some(crate::heap::Obj::Bytes(_))) {
        return Ok(Some(v));
    }
    let Some(r) = vm.call_dunder(v, Q::__fspath__, &[])? else {
        return Ok(None);
    };
    let rp = vm.payload(r);
    if vm.str_text(rp).is_some() || matches!(vm.heap.get(rp), Some(crate::heap::Obj::Bytes(_))) {
        return Ok(Some(r));
    }
    let msg = format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        vm.type_name_of(v),
        vm.type_name_of(r)
    );
    Err(vm.type_error(&msg))
}

/// Parameter `param` of `func` as a path, checked as CPython checks it.
pub(crate) fn path_arg(
    vm: &mut Vm,
    v: Value,
    func: &str,
    param: &str,
    also: Also,
) -> PyResult<PathArg> {
    if v.is_none() && also == Also::IntOrNone {
        return Ok(PathArg {
            text: String::from("."),
            bytes: false,
            value: v,
        });
    }
    let path = match fspath_of(vm, v)? {
        Some(p) => Some(p),
        // Other bytes-like objects pass (CPython warns that they will not).
        None if vm.is_bytes_like(vm.payload(v)) => Some(v),
        None => None,
    };
    if let Some(p) = path {
        let p = vm.payload(p);
        if let Some(text) = vm.str_text(p) {
            if text.contains('\0') {
                return Err(vm.value_error("embedded null byte"));
            }
            let text = String::from(text);
            return Ok(PathArg {
                text,
                bytes: false,
                value: v,
            });
        }
        if let Some(b) = vm.buffer_of(p) {
            if b.contains(&0) {
                let msg = format!("{func}: embedded null character in path");
                return Err(vm.value_error(&msg));
            }
            let text = String::from_utf8_lossy(&b).into_owned();
            return Ok(PathArg {
                text,
                bytes: true,
                value: v,
            });
        }
    }
    if also != Also::Nothing && vm.is_int(vm.payload(v)) {
        // upy opens no file descriptors, so none is valid.
        return Err(os_error(vm, crate::port::EBADF, None));
    }
    let kinds = match also {
        Also::Nothing => "string, bytes or os.PathLike",
        Also::Int => "string, bytes, os.PathLike or integer",
        Also::IntOrNone => "string, bytes, os.PathLike, integer or None",
    };
    let msg = format!(
        "{func}: {param} should be {kinds}, not {}",
        vm.type_name_of(v)
    );
    Err(vm.type_error(&msg))
}

/// The OSError (subclass by errno) for a failed call on `file` (none, one or two paths).
pub(crate) fn os_error(vm: &mut Vm, errno: i32, file: Option<Value>) -> Raised {
    vm.os_error_errno(errno, file)
}

/// The OSError for a failed call on two paths (`rename`): `... : 'a' -> 'b'`.
pub(crate) fn os_error2(vm: &mut Vm, errno: i32, from: Value, to: Value) -> Raised {
    let made = (|| {
        let n = vm.new_int(i64::from(errno))?;
        let text = vm.new_str_from(crate::types::stream::strerror(errno))?;
        vm.roots.push(text);
        let r = vm.new_os_error(TypeId::OSError, &[n, text, from, Value::NONE, to]);
        vm.roots.pop();
        r
    })();
    match made {
        Ok(exc) => vm.raise(exc),
        Err(raised) => raised,
    }
}
