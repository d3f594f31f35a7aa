//! The `os` module: the file system, environment and system services of the port
//! (`Port::list_dir`, `stat_path`, `mkdir`, ... ), with CPython's arguments and errors.
//!
//! Native here: `listdir`, `ilistdir` (MicroPython's: `(name, type, inode, size)` tuples),
//! `getcwd`, `getcwdb`, `chdir`, `stat`, `lstat`, `remove`, `unlink`, `rename`, `replace`,
//! `mkdir`, `rmdir`, `uname`, `urandom`, `strerror`, `fspath`, `getpid` and the constants.
//! Written in Python (the frozen `_os`, whose names `init` copies in): the records
//! `stat_result` and `uname_result`, `scandir` and its `DirEntry`, `walk`, `makedirs`,
//! `getenv`, `fsencode` and `fsdecode`. `os.path` is the frozen `posixpath`, also
//! entered in `sys.modules` as `os.path`.
//!
//! `environ` is a plain dict, a snapshot of the port's variables taken at import: changing
//! it changes what `getenv` sees, not the port's environment.
//!
//! Invariant: `init` enters the module in `sys.modules` before importing `_os` and
//! `posixpath` (which import `os` back), and takes it out again if they fail.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;

use super::os_args::{Also, PathArg, fspath_of, os_error, os_error2, path_arg};
use super::{Attr, ModuleDef};
use crate::builtins::Kw;
use crate::builtins::args::{Params, parse};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "os",
    attrs: &[
        ("listdir", Attr::Func(listdir)),
        ("ilistdir", Attr::Func(ilistdir)),
        ("_scandir", Attr::Func(scandir_entries)),
        ("getcwd", Attr::Func(getcwd)),
        ("getcwdb", Attr::Func(getcwdb)),
        ("chdir", Attr::Func(chdir)),
        ("stat", Attr::Func(stat)),
        ("lstat", Attr::Func(lstat)),
        ("remove", Attr::Func(remove)),
        ("unlink", Attr::Func(unlink)),
        ("rename", Attr::Func(rename)),
        ("replace", Attr::Func(replace)),
        ("mkdir", Attr::Func(mkdir)),
        ("rmdir", Attr::Func(rmdir)),
        ("uname", Attr::Func(uname)),
        ("urandom", Attr::Func(urandom)),
        ("strerror", Attr::Func(strerror)),
        ("fspath", Attr::Func(fspath)),
        ("getpid", Attr::Func(getpid)),
        ("error", Attr::Type(TypeId::OSError)),
        ("name", Attr::Str("posix")),
        ("sep", Attr::Str("/")),
        ("altsep", Attr::None),
        ("extsep", Attr::Str(".")),
        ("pathsep", Attr::Str(":")),
        ("curdir", Attr::Str(".")),
        ("pardir", Attr::Str("..")),
        ("linesep", Attr::Str("\n")),
        ("defpath", Attr::Str("/bin:/usr/bin")),
        ("devnull", Attr::Str("/dev/null")),
        ("SEEK_SET", Attr::Int(0)),
        ("SEEK_CUR", Attr::Int(1)),
        ("SEEK_END", Attr::Int(2)),
    ],
    init: Some(init),
};

/// The names the frozen `_os` gives `os`.
const FROM_PYTHON: [&str; 9] = [
    "stat_result",
    "uname_result",
    "makedirs",
    "getenv",
    "scandir",
    "DirEntry",
    "walk",
    "fsencode",
    "fsdecode",
];

fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let environ = vm.new_dict()?;
    vm.module_set(module, "environ", environ)?;
    for (k, v) in vm.port_mut().environ() {
        let key = vm.new_str_from(&k)?;
        vm.roots.push(key);
        let value = vm.new_str_from(&v);
        let r = value.and_then(|value| vm.dict_set(environ, key, value));
        vm.roots.pop();
        r?;
    }
    let key = Value::qstr(vm.intern("os"));
    vm.dict_set(vm.modules, key, module)?;
    let r = import_python_parts(vm, module);
    if r.is_err() {
        let _ = vm.dict_delete(vm.modules, key);
    }
    r
}

/// Copies the names of `_os` in, and sets `path` (`posixpath`, also `sys.modules['os.path']`).
fn import_python_parts(vm: &mut Vm, module: Value) -> PyResult<()> {
    let helpers = vm.import_absolute("_os")?;
    vm.roots.push(helpers);
    let r = (|| {
        for name in FROM_PYTHON {
            let q = vm.intern(name);
            let v = vm.load_attr(helpers, q)?;
            vm.module_set(module, name, v)?;
        }
        Ok(())
    })();
    vm.roots.pop();
    r?;
    let path = vm.import_absolute("posixpath")?;
    vm.roots.push(path);
    let r = (|| {
        vm.module_set(module, "path", path)?;
        let key = vm.new_str_from("os.path")?;
        vm.dict_set(vm.modules, key, path)
    })();
    vm.roots.pop();
    r
}

/// One path parameter named `path`, by position or keyword, with `more` keyword-only ones
/// after it: the path and the values of the others.
fn one_path<const N: usize>(
    vm: &mut Vm,
    func: &str,
    args: &[Value],
    kw: Kw,
    names: &[crate::qstr::Qstr],
    required: usize,
    also: Also,
) -> PyResult<(PathArg, [Option<Value>; N])> {
    let params = Params {
        names,
        posonly: 0,
        required,
        maxpos: 1,
    };
    // Argument Clinic calls a required positional parameter "exactly" one.
    crate::builtins::args::keyword_arity(vm, func, args, kw, N)?;
    if required == 1 && args.len() > 1 {
        let msg = format!(
            "{func}() takes exactly 1 positional argument ({} given)",
            args.len()
        );
        return Err(vm.type_error(&msg));
    }
    let got: [Option<Value>; N] = parse(vm, func, args, kw, &params)?;
    let v = got[0].unwrap_or(Value::NONE);
    let path = path_arg(vm, v, func, "path", also)?;
    Ok((path, got))
}

/// A str, or bytes when `bytes`.
fn text_value(vm: &mut Vm, text: &str, bytes: bool) -> PyResult {
    if bytes {
        vm.check_building(text.len())?;
        vm.new_bytes(text.as_bytes().to_vec())
    } else {
        vm.new_str_from(text)
    }
}

/// An int of a u64 (an inode or device number past `i64`).
fn int_u64(vm: &mut Vm, n: u64) -> PyResult {
    match i64::try_from(n) {
        Ok(i) => vm.new_int(i),
        Err(_) => vm.new_bigint(BigInt::from(n)),
    }
}

/// An int of an i128 (a time in nanoseconds).
fn int_i128(vm: &mut Vm, n: i128) -> PyResult {
    match i64::try_from(n) {
        Ok(i) => vm.new_int(i),
        Err(_) => vm.new_bigint(BigInt::from(n)),
    }
}

/// Builds a tuple from values made one at a time, each rooted until the tuple holds it.
fn tuple_of(
    vm: &mut Vm,
    makers: &mut dyn FnMut(&mut Vm, usize) -> PyResult<Option<Value>>,
) -> PyResult {
    let base = vm.roots.len();
    let r = (|| {
        let mut i = 0;
        while let Some(v) = makers(vm, i)? {
            vm.roots.push(v);
            i += 1;
        }
        Ok(())
    })();
    let items = vm.roots.split_off(base);
    r?;
    vm.new_tuple(items)
}

/// `listdir(path=None)`: the names in a directory, bytes for a bytes path.
fn listdir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (path, _) = one_path::<1>(vm, "listdir", args, kw, &[Q::path], 0, Also::IntOrNone)?;
    let entries = match vm.port_mut().list_dir(&path.text) {
        Ok(e) => e,
        Err(errno) => {
            let file = (!path.value.is_none()).then_some(path.value);
            let file = match file {
                Some(f) => f,
                None => vm.new_str_from(".")?,
            };
            vm.roots.push(file);
            let e = os_error(vm, errno, Some(file));
            vm.roots.pop();
            return Err(e);
        }
    };
    let base = vm.roots.len();
    let r = (|| {
        for e in &entries {
            let name = text_value(vm, &e.name, path.bytes)?;
            vm.roots.push(name);
        }
        Ok(())
    })();
    let items = vm.roots.split_off(base);
    r?;
    vm.new_list(items)
}

/// `ilistdir(path='.')`: an iterator of `(name, type, inode, size)` for each entry.
fn ilistdir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    entries_common(vm, args, kw, "ilistdir")
}

/// What `_os.scandir` makes its entries of: `ilistdir`, its errors worded for `scandir`.
fn scandir_entries(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    entries_common(vm, args, kw, "scandir")
}

fn entries_common(vm: &mut Vm, args: &[Value], kw: Kw, func: &str) -> PyResult {
    let (path, _) = one_path::<1>(vm, func, args, kw, &[Q::path], 0, Also::IntOrNone)?;
    let entries = match vm.port_mut().list_dir(&path.text) {
        Ok(e) => e,
        Err(errno) => return Err(os_error(vm, errno, Some(path.value))),
    };
    let base = vm.roots.len();
    let r = (|| {
        for e in &entries {
            let name = text_value(vm, &e.name, path.bytes)?;
            vm.roots.push(name);
            let kind = vm.new_int(i64::from(e.kind))?;
            vm.roots.push(kind);
            let ino = int_u64(vm, e.ino)?;
            vm.roots.push(ino);
            let size = int_u64(vm, e.size)?;
            vm.roots.push(size);
            let n = vm.roots.len();
            let parts = vm.roots[n - 4..].to_vec();
            vm.roots.truncate(n - 4);
            let t = vm.new_tuple(parts)?;
            vm.roots.push(t);
        }
        Ok(())
    })();
    let items = vm.roots.split_off(base);
    r?;
    let list = vm.new_list(items)?;
    vm.roots.push(list);
    let it = vm.get_iter(list);
    vm.roots.pop();
    it
}

fn cwd_common(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, bytes: bool) -> PyResult {
    super::no_args(vm, name, args, kw)?;
    match vm.port_mut().getcwd() {
        Ok(cwd) => text_value(vm, &cwd, bytes),
        Err(errno) => Err(os_error(vm, errno, None)),
    }
}

/// `getcwd()`.
fn getcwd(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    cwd_common(vm, args, kw, "posix.getcwd", false)
}

/// `getcwdb()`.
fn getcwdb(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    cwd_common(vm, args, kw, "posix.getcwdb", true)
}

/// `chdir(path)`.
fn chdir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (path, _) = one_path::<1>(vm, "chdir", args, kw, &[Q::path], 1, Also::Int)?;
    match vm.port_mut().chdir(&path.text) {
        Ok(()) => Ok(Value::NONE),
        Err(errno) => Err(os_error(vm, errno, Some(path.value))),
    }
}

/// `stat(path, *, dir_fd=None, follow_symlinks=True)` and `lstat(path, *, dir_fd=None)`.
fn stat_common(vm: &mut Vm, args: &[Value], kw: Kw, func: &str) -> PyResult {
    let lstat = func == "lstat";
    let (path, fd, follow) = if lstat {
        let names = [Q::path, Q::dir_fd];
        let (p, g) = one_path::<2>(vm, func, args, kw, &names, 1, Also::Nothing)?;
        (p, g[1], None)
    } else {
        let names = [Q::path, Q::dir_fd, Q::follow_symlinks];
        let (p, g) = one_path::<3>(vm, func, args, kw, &names, 1, Also::Int)?;
        (p, g[1], g[2])
    };
    no_dir_fd(vm, fd)?;
    let follow = match follow {
        Some(f) => vm.truthy(f)?,
        None => !lstat,
    };
    let st = match vm.port_mut().stat_path(&path.text, follow) {
        Ok(st) => st,
        Err(errno) => return Err(os_error(vm, errno, Some(path.value))),
    };
    let secs = |ns: i128| ns.div_euclid(1_000_000_000);
    let float = |ns: i128| ns as f64 / 1e9;
    let fields = tuple_of(vm, &mut |vm, i| {
        Ok(Some(match i {
            0 => vm.new_int(i64::from(st.mode))?,
            1 => int_u64(vm, st.ino)?,
            2 => int_u64(vm, st.dev)?,
            3 => int_u64(vm, st.nlink)?,
            4 => vm.new_int(i64::from(st.uid))?,
            5 => vm.new_int(i64::from(st.gid))?,
            6 => int_u64(vm, st.size)?,
            7 => int_i128(vm, secs(st.atime_ns))?,
            8 => int_i128(vm, secs(st.mtime_ns))?,
            9 => int_i128(vm, secs(st.ctime_ns))?,
            10 => vm.new_float(float(st.atime_ns))?,
            11 => vm.new_float(float(st.mtime_ns))?,
            12 => vm.new_float(float(st.ctime_ns))?,
            13 => int_i128(vm, st.atime_ns)?,
            14 => int_i128(vm, st.mtime_ns)?,
            15 => int_i128(vm, st.ctime_ns)?,
            16 => int_u64(vm, st.blksize)?,
            17 => int_u64(vm, st.blocks)?,
            18 => int_u64(vm, st.rdev)?,
            _ => return Ok(None),
        }))
    })?;
    record(vm, "stat_result", fields)
}

/// An instance of the frozen `_os`'s record class `class` made from `fields`.
fn record(vm: &mut Vm, class: &str, fields: Value) -> PyResult {
    vm.roots.push(fields);
    let r = (|| {
        let helpers = vm.import_absolute("_os")?;
        let q = vm.intern(class);
        let cls = vm.load_attr(helpers, q)?;
        vm.call_value(cls, &[fields])
    })();
    vm.roots.pop();
    r
}

fn stat(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    stat_common(vm, args, kw, "stat")
}

fn lstat(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    stat_common(vm, args, kw, "lstat")
}

/// `remove(path, *, dir_fd=None)` and `unlink`.
fn remove_common(vm: &mut Vm, args: &[Value], kw: Kw, func: &str) -> PyResult {
    let (path, got) = one_path::<2>(vm, func, args, kw, &[Q::path, Q::dir_fd], 1, Also::Nothing)?;
    no_dir_fd(vm, got[1])?;
    match vm.port_mut().remove(&path.text) {
        Ok(()) => Ok(Value::NONE),
        Err(errno) => Err(os_error(vm, errno, Some(path.value))),
    }
}

/// A `dir_fd` other than None: upy has no directory descriptors.
fn no_dir_fd(vm: &mut Vm, fd: Option<Value>) -> PyResult<()> {
    match fd {
        Some(v) if !v.is_none() => Err(vm.raise_new(
            TypeId::NotImplementedError,
            "dir_fd unavailable on this platform",
        )),
        _ => Ok(()),
    }
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    remove_common(vm, args, kw, "remove")
}

fn unlink(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    remove_common(vm, args, kw, "unlink")
}

/// `rmdir(path, *, dir_fd=None)`.
fn rmdir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (path, got) = one_path::<2>(
        vm,
        "rmdir",
        args,
        kw,
        &[Q::path, Q::dir_fd],
        1,
        Also::Nothing,
    )?;
    no_dir_fd(vm, got[1])?;
    match vm.port_mut().rmdir(&path.text) {
        Ok(()) => Ok(Value::NONE),
        Err(errno) => Err(os_error(vm, errno, Some(path.value))),
    }
}

/// `mkdir(path, mode=0o777, *, dir_fd=None)`.
fn mkdir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::path, Q::mode, Q::dir_fd],
        posonly: 0,
        required: 1,
        maxpos: 2,
    };
    let [p, mode, fd] = parse(vm, "mkdir", args, kw, &params)?;
    let path = path_arg(vm, p.unwrap_or(Value::NONE), "mkdir", "path", Also::Nothing)?;
    let mode = match mode {
        Some(m) => vm.index_c_int(m)?,
        None => 0o777,
    };
    no_dir_fd(vm, fd)?;
    match vm.port_mut().mkdir(&path.text, mode as u32) {
        Ok(()) => Ok(Value::NONE),
        Err(errno) => Err(os_error(vm, errno, Some(path.value))),
    }
}

/// `rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)` (the descriptors are not
/// offered).
fn rename(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    rename_common(vm, args, kw, "rename")
}

/// `replace(src, dst)`: `rename`, which replaces a file at `dst` on every port.
fn replace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    rename_common(vm, args, kw, "replace")
}

fn rename_common(vm: &mut Vm, args: &[Value], kw: Kw, func: &str) -> PyResult {
    let params = Params {
        names: &[Q::src, Q::dst],
        posonly: 0,
        required: 2,
        maxpos: 2,
    };
    let [s, d] = parse(vm, func, args, kw, &params)?;
    let (s, d) = (s.unwrap_or(Value::NONE), d.unwrap_or(Value::NONE));
    let from = path_arg(vm, s, func, "src", Also::Nothing)?;
    let to = path_arg(vm, d, func, "dst", Also::Nothing)?;
    match vm.port_mut().rename(&from.text, &to.text) {
        Ok(()) => Ok(Value::NONE),
        Err(errno) => Err(os_error2(vm, errno, s, d)),
    }
}

/// `uname()`: `posix.uname_result(sysname=..., nodename=..., release=..., version=...,
/// machine=...)`.
fn uname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    super::no_args(vm, "posix.uname", args, kw)?;
    let u = vm.port_mut().uname();
    let parts = [u.sysname, u.nodename, u.release, u.version, u.machine];
    let fields = tuple_of(vm, &mut |vm, i| match parts.get(i) {
        Some(s) => vm.new_str_from(s).map(Some),
        None => Ok(None),
    })?;
    record(vm, "uname_result", fields)
}

/// `urandom(size)`: `size` random bytes from the port, counted against the heap first.
fn urandom(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let n = super::one_arg(vm, "posix.urandom", args, kw)?;
    let n = vm.index_ssize(n)?;
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.value_error("negative argument not allowed"));
    };
    vm.check_building(n)?;
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n).is_err() {
        return Err(vm.raise_new(TypeId::MemoryError, ""));
    }
    buf.resize(n, 0);
    if let Err(errno) = vm.port_mut().urandom(&mut buf) {
        return Err(os_error(vm, errno, None));
    }
    vm.new_bytes(buf)
}

/// `strerror(code)`: the C library's text for an error number.
fn strerror(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let code = super::one_arg(vm, "posix.strerror", args, kw)?;
    let code = vm.index_value(code)?;
    let Some(n) = vm.int_as_i64(code).and_then(|n| i32::try_from(n).ok()) else {
        return Err(vm.raise_new(
            TypeId::OverflowError,
            "Python int too large to convert to C int",
        ));
    };
    let text = match (n, super::errno::message(n)) {
        (0, _) => String::from("Success"),
        (_, Some(t)) => String::from(t),
        (_, None) => format!("Unknown error {n}"),
    };
    vm.new_str_from(&text)
}

/// `fspath(path)`: the str or bytes a path-like object stands for.
fn fspath(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::path],
        posonly: 0,
        required: 1,
        maxpos: 1,
    };
    let [p] = parse(vm, "fspath", args, kw, &params)?;
    let p = p.unwrap_or(Value::NONE);
    match fspath_of(vm, p)? {
        Some(v) => Ok(v),
        None => {
            let msg = format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name_of(p)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// `getpid()`.
fn getpid(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    super::no_args(vm, "posix.getpid", args, kw)?;
    match vm.port_mut().getpid() {
        Some(pid) => vm.new_int(i64::from(pid)),
        None => Err(os_error(vm, crate::port::ENOSYS, None)),
    }
}
