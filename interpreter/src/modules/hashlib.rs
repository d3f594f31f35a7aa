//! The `hashlib` module: the constructors `md5`, `sha1`, `sha224`, `sha256`, `sha384` and
//! `sha512`, `new(name, data=b'')`, `file_digest` (in `hashlib_file`), and the sets
//! `algorithms_guaranteed` and `algorithms_available` (both the six algorithms upy implements). The hash objects are
//! `types::hashobj`; the digests are `crate::digest`.
//!
//! Arguments are checked and worded as CPython's OpenSSL-backed constructors word them
//! (`openssl_sha256() takes at most 1 positional argument (2 given)`), since those are the
//! ones a CPython program meets.

use alloc::format;
use alloc::vec::Vec;

use super::{Attr, ModuleDef};
use crate::builtins::Kw;
use crate::builtins::args::{Params, parse};
use crate::qstr::Q;
use crate::types::hashobj::Algo;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "hashlib",
    attrs: &[
        ("md5", Attr::Func(md5)),
        ("sha1", Attr::Func(sha1)),
        ("sha224", Attr::Func(sha224)),
        ("sha256", Attr::Func(sha256)),
        ("sha384", Attr::Func(sha384)),
        ("sha512", Attr::Func(sha512)),
        ("new", Attr::Func(new)),
        ("file_digest", Attr::Func(super::hashlib_file::file_digest)),
    ],
    init: Some(init),
};

/// Sets `algorithms_guaranteed` and `algorithms_available`.
fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    for attr in ["algorithms_guaranteed", "algorithms_available"] {
        let set = vm.new_set(false)?;
        vm.roots.push(set);
        let r = (|| {
            for algo in Algo::ALL {
                let name = Value::qstr(vm.intern(algo.name()));
                vm.set_add(set, name)?;
            }
            vm.module_set(module, attr, set)
        })();
        vm.roots.pop();
        r?;
    }
    Ok(())
}

/// A constructor: `openssl_NAME(string=b'', *, usedforsecurity=True)`.
fn construct(vm: &mut Vm, algo: Algo, args: &[Value], kw: Kw) -> PyResult {
    let fname = format!("openssl_{}", algo.name());
    let params = Params {
        names: &[Q::string, Q::usedforsecurity],
        posonly: 0,
        required: 0,
        maxpos: 1,
    };
    let [data, _] = parse(vm, &fname, args, kw, &params)?;
    vm.new_hash(algo, data)
}

fn md5(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    construct(vm, Algo::Md5, args, kw)
}

fn sha1(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    construct(vm, Algo::Sha1, args, kw)
}

fn sha224(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    construct(vm, Algo::Sha224, args, kw)
}

fn sha256(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    construct(vm, Algo::Sha256, args, kw)
}

fn sha384(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    construct(vm, Algo::Sha384, args, kw)
}

fn sha512(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    construct(vm, Algo::Sha512, args, kw)
}

/// `new(name, data=b'', **kwargs)`: CPython's Python-level `__hash_new`, which binds `name`
/// and `data` and passes the rest to `_hashlib.new(name, string=b'', *,
/// usedforsecurity=True)`; messages name each of the two as CPython's do.
fn new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    const OUTER: &str = "__hash_new";
    if args.len() > 2 {
        let msg = format!(
            "{OUTER}() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        );
        return Err(vm.type_error(&msg));
    }
    let mut bound = [args.first().copied(), args.get(1).copied()];
    let (mut names, mut values) = (Vec::new(), Vec::new());
    for (&k, &v) in kw.names.iter().zip(kw.values) {
        let slot = if k == Value::qstr(Q::name) {
            0
        } else if k == Value::qstr(Q::data) {
            1
        } else {
            names.push(k);
            values.push(v);
            continue;
        };
        if bound[slot].is_some() {
            let text = vm.string_of(k);
            let msg = format!("{OUTER}() got multiple values for argument '{text}'");
            return Err(vm.type_error(&msg));
        }
        bound[slot] = Some(v);
    }
    let Some(name) = bound[0] else {
        let msg = format!("{OUTER}() missing 1 required positional argument: 'name'");
        return Err(vm.type_error(&msg));
    };
    // `_hashlib.new(name, data, **rest)`: `data` always goes by position (the placeholder
    // stands for its default), so an explicit `string=` clashes with it.
    let inner_args = [name, bound[1].unwrap_or(Value::NONE)];
    let params = Params {
        names: &[Q::name, Q::string, Q::usedforsecurity],
        posonly: 0,
        required: 1,
        maxpos: 2,
    };
    let rest = Kw {
        names: &names,
        values: &values,
    };
    parse::<3>(vm, "new", &inner_args, rest, &params)?;
    // A name with a NUL in it cannot reach the C library's lookup: CPython calls it no
    // string at all.
    if vm.str_text(name).is_none() {
        // CPython looks the name up in a set first: an unhashable one fails there.
        vm.hash(name)?;
    }
    let Some(text) = vm.str_text(name).filter(|t| !t.contains('\0')) else {
        return Err(vm.type_error("name must be a string"));
    };
    let algo = Algo::from_name(text);
    let Some(algo) = algo else {
        let text = alloc::string::String::from(text);
        // The data is checked before the name is looked up.
        if let Some(d) = bound[1] {
            vm.hash_data(d, |_| {})?;
        }
        let msg = format!("unsupported hash type {text}");
        return Err(vm.value_error(&msg));
    };
    vm.new_hash(algo, bound[1])
}
