//! `hashlib.file_digest(fileobj, digest, /, *, _bufsize=2**18)`: the digest of a binary
//! file's contents, read in pieces of `_bufsize` bytes.
//!
//! As in CPython, an object with `getbuffer` (a BytesIO) is hashed whole, and one with
//! `readinto` and a true `readable()` is read into a buffer until it gives 0 bytes. upy's
//! own binary streams have neither method, so they are read with `read(_bufsize)` instead.

use alloc::format;

use crate::builtins::Kw;
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::types::hashobj::Algo;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `obj.name` if it has it (None when the lookup raises AttributeError).
fn attr_of(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
    match vm.load_attr(obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(raised) => {
            if vm.is_instance(vm.pending, Value::builtin_type(TypeId::AttributeError)) {
                vm.pending = Value::NONE;
                Ok(None)
            } else {
                Err(raised)
            }
        }
    }
}

/// Checks the arguments as CPython's Python-level function binds them.
fn bind(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<(Value, Value, Option<Value>)> {
    const NAME: &str = "file_digest";
    if args.len() > 2 {
        let msg = format!(
            "{NAME}() takes 2 positional arguments but {} were given",
            args.len()
        );
        return Err(vm.type_error(&msg));
    }
    let mut bufsize = None;
    for (&k, &v) in kw.names.iter().zip(kw.values) {
        if k == Value::qstr(Q::_bufsize) {
            bufsize = Some(v);
        } else {
            let text = vm.string_of(k);
            let msg = format!("{NAME}() got an unexpected keyword argument '{text}'");
            return Err(vm.type_error(&msg));
        }
    }
    match args {
        [fileobj, digest] => Ok((*fileobj, *digest, bufsize)),
        [_] => Err(vm.type_error(&format!(
            "{NAME}() missing 1 required positional argument: 'digest'"
        ))),
        _ => Err(vm.type_error(&format!(
            "{NAME}() missing 2 required positional arguments: 'fileobj' and 'digest'"
        ))),
    }
}

pub(super) fn file_digest(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (fileobj, digest, bufsize) = bind(vm, args, kw)?;
    let h = match vm.str_text(digest) {
        Some(name) => match Algo::from_name(name) {
            Some(algo) => vm.new_hash(algo, None)?,
            None => {
                let msg = format!("unsupported hash type {name}");
                return Err(vm.value_error(&msg));
            }
        },
        None => vm.call_value(digest, &[])?,
    };
    vm.roots.push(h);
    let r = feed(vm, fileobj, h, bufsize);
    vm.roots.pop();
    r.map(|()| h)
}

/// Reads `fileobj` into the hash object `h`.
fn feed(vm: &mut Vm, fileobj: Value, h: Value, bufsize: Option<Value>) -> PyResult<()> {
    let update = vm.load_attr(h, Q::update)?;
    vm.roots.push(update);
    let r = feed_with(vm, fileobj, update, bufsize);
    vm.roots.pop();
    r
}

fn feed_with(vm: &mut Vm, fileobj: Value, update: Value, bufsize: Option<Value>) -> PyResult<()> {
    if let Some(getbuffer) = attr_of(vm, fileobj, Q::getbuffer)? {
        let data = vm.call_value(getbuffer, &[])?;
        vm.roots.push(data);
        let r = vm.call_value(update, &[data]);
        vm.roots.pop();
        return r.map(|_| ());
    }
    let size = match bufsize {
        Some(v) => vm.index_ssize(v)?,
        None => 1 << 18,
    };
    let readinto = attr_of(vm, fileobj, Q::readinto)?;
    let own_stream = matches!(
        vm.type_of(fileobj).as_builtin_type(),
        Some(
            TypeId::BytesIO
                | TypeId::FileIO
                | TypeId::BufferedReader
                | TypeId::BufferedRandom
                | TypeId::BufferedWriter
        )
    );
    let readable = match attr_of(vm, fileobj, Q::readable)? {
        Some(f) if readinto.is_some() || own_stream => {
            let r = vm.call_value(f, &[])?;
            vm.truthy(r)?
        }
        _ => false,
    };
    if !readable {
        let text = vm.repr(fileobj)?;
        let text = vm.string_of(text);
        let msg = format!("'{text}' is not a file-like object in binary reading mode.");
        return Err(vm.value_error(&msg));
    }
    let size_value = vm.new_int(size)?;
    vm.roots.push(size_value);
    let r = match readinto {
        Some(readinto) => read_into(vm, readinto, update, size),
        None => read_pieces(vm, fileobj, update, size_value),
    };
    vm.roots.pop();
    r
}

/// CPython's loop: `readinto` a buffer of `size` bytes until it reads 0.
fn read_into(vm: &mut Vm, readinto: Value, update: Value, size: i64) -> PyResult<()> {
    let Ok(size) = usize::try_from(size) else {
        return Err(vm.value_error("negative count"));
    };
    vm.check_building(size)?;
    let buf = vm.new_bytearray(alloc::vec![0; size])?;
    vm.roots.push(buf);
    let r = (|| loop {
        let n = vm.call_value(readinto, &[buf])?;
        let n = vm.index_ssize(n)?;
        if n == 0 {
            return Ok(());
        }
        let got = vm.buffer_of(buf).unwrap_or_default();
        let n = usize::try_from(n).unwrap_or(0).min(got.len());
        let piece = vm.new_bytes(got.get(..n).unwrap_or(&[]).to_vec())?;
        vm.roots.push(piece);
        let r = vm.call_value(update, &[piece]);
        vm.roots.pop();
        r?;
    })();
    vm.roots.pop();
    r
}

/// upy's streams: `read(size)` until it gives nothing.
fn read_pieces(vm: &mut Vm, fileobj: Value, update: Value, size: Value) -> PyResult<()> {
    let read = vm.load_attr(fileobj, Q::read)?;
    vm.roots.push(read);
    let r = (|| loop {
        let piece = vm.call_value(read, &[size])?;
        vm.roots.push(piece);
        let empty = vm.len_of(piece).map(|n| n == 0);
        let r = match empty {
            Ok(false) => vm.call_value(update, &[piece]).map(|_| false),
            other => other,
        };
        vm.roots.pop();
        if r? {
            return Ok(());
        }
    })();
    vm.roots.pop();
    r
}
