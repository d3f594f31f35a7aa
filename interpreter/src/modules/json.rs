//! The `json` module: `dumps`, `dump`, `loads`, `load` and `JSONDecodeError`, behaving as
//! CPython 3.11's `json` package does with its C accelerator.
//!
//! This file owns the module table and the argument binding of the four functions, which
//! CPython writes in Python (so their argument errors are worded as a Python function's,
//! and extra keywords go on to the encoder's or decoder's constructor). The encoder lives in
//! `json_encode.rs`, the scanner in `json_decode.rs`, and the detection of the encoding of
//! bytes input in `json_text.rs`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Attr, ModuleDef};
use crate::builtins::Kw;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[path = "json_decode.rs"]
mod decode;
#[path = "json_encode.rs"]
mod encode;
#[path = "json_text.rs"]
mod text;

pub(crate) use decode::new_decode_error_from_args;

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "json",
    attrs: &[
        ("dumps", Attr::Func(dumps)),
        ("dump", Attr::Func(dump)),
        ("loads", Attr::Func(loads)),
        ("load", Attr::Func(load)),
        ("JSONDecodeError", Attr::Type(TypeId::JSONDecodeError)),
    ],
    init: None,
};

/// The keyword-only parameters of `dumps` and `dump`, in the order of `ENC_*` below.
const ENCODE_KW: &[&str] = &[
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "cls",
    "indent",
    "separators",
    "default",
    "sort_keys",
];
const ENC_SKIPKEYS: usize = 0;
const ENC_ENSURE_ASCII: usize = 1;
const ENC_CHECK_CIRCULAR: usize = 2;
const ENC_ALLOW_NAN: usize = 3;
const ENC_CLS: usize = 4;
const ENC_INDENT: usize = 5;
const ENC_SEPARATORS: usize = 6;
const ENC_DEFAULT: usize = 7;
const ENC_SORT_KEYS: usize = 8;

/// The keyword-only parameters of `loads` and `load`, in the order of `DEC_*` below.
const DECODE_KW: &[&str] = &[
    "cls",
    "object_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
    "object_pairs_hook",
];
const DEC_CLS: usize = 0;
const DEC_OBJECT_HOOK: usize = 1;
const DEC_PARSE_FLOAT: usize = 2;
const DEC_PARSE_INT: usize = 3;
const DEC_PARSE_CONSTANT: usize = 4;
const DEC_OBJECT_PAIRS_HOOK: usize = 5;

/// The arguments of a call bound to a Python-style signature `name(*positional, *,
/// *keyword_only, **kw)`: each parameter's value (`None` when not passed) and the extra
/// keywords, in the order given.
struct Bound {
    params: Vec<Option<Value>>,
    extra: Vec<(Value, Value)>,
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Binds `args` and `kw` as CPython binds a Python function's, with its messages.
fn bind(
    vm: &mut Vm,
    name: &str,
    positional: &[&str],
    keyword_only: &[&str],
    args: &[Value],
    kw: Kw,
) -> PyResult<Bound> {
    let np = positional.len();
    let mut params: Vec<Option<Value>> = alloc::vec![None; np + keyword_only.len()];
    let mut extra = Vec::new();
    if args.len() > np {
        let kwonly_given = kw
            .names
            .iter()
            .filter(|&&k| vm.str_text(k).is_some_and(|t| keyword_only.contains(&t)))
            .count();
        let n = args.len();
        let msg = if kwonly_given > 0 {
            format!(
                "{name}() takes {np} positional argument{} but {n} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                plural(np),
                plural(n),
                plural(kwonly_given)
            )
        } else {
            format!(
                "{name}() takes {np} positional argument{} but {n} {} given",
                plural(np),
                if n == 1 { "was" } else { "were" }
            )
        };
        return Err(vm.type_error(&msg));
    }
    for (slot, &a) in params.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for (&k, &v) in kw.names.iter().zip(kw.values) {
        let text = vm.str_text(k).unwrap_or("");
        let found = positional
            .iter()
            .chain(keyword_only)
            .position(|&p| p == text);
        match found {
            Some(i) if params[i].is_some() => {
                let msg = format!("{name}() got multiple values for argument '{text}'");
                return Err(vm.type_error(&msg));
            }
            Some(i) => params[i] = Some(v),
            None => extra.push((k, v)),
        }
    }
    let missing: Vec<String> = positional
        .iter()
        .zip(&params)
        .filter(|(_, p)| p.is_none())
        .map(|(n, _)| format!("'{n}'"))
        .collect();
    if !missing.is_empty() {
        let list = match missing.as_slice() {
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            [init @ .., last] => format!("{}, and {last}", init.join(", ")),
            [] => String::new(),
        };
        let msg = format!(
            "{name}() missing {} required positional argument{}: {list}",
            missing.len(),
            plural(missing.len())
        );
        return Err(vm.type_error(&msg));
    }
    Ok(Bound { params, extra })
}

/// The error a constructor of `class` raises for an unexpected keyword.
fn unexpected_keyword(vm: &mut Vm, class: &str, key: Value) -> crate::vm::Raised {
    let msg = format!(
        "{class}.__init__() got an unexpected keyword argument '{}'",
        vm.string_of(key)
    );
    vm.type_error(&msg)
}

/// `cls=`: upy has no `JSONEncoder` / `JSONDecoder` classes to subclass, so any class but
/// None is refused.
fn refuse_cls(vm: &mut Vm, cls: Option<Value>, what: &str) -> PyResult<()> {
    match cls {
        Some(c) if !c.is_none() => {
            let msg = format!("cls= is not supported: upy's json has no {what} class");
            Err(vm.raise_new(TypeId::NotImplementedError, &msg))
        }
        _ => Ok(()),
    }
}

fn truthy(vm: &mut Vm, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

/// Binds and checks the encoder's options; `positional` is `["obj"]` or `["obj", "fp"]`.
fn encoder_for(
    vm: &mut Vm,
    name: &str,
    positional: &[&str],
    args: &[Value],
    kw: Kw,
) -> PyResult<(Vec<Option<Value>>, encode::Options)> {
    let b = bind(vm, name, positional, ENCODE_KW, args, kw)?;
    let p = &b.params[positional.len()..];
    refuse_cls(vm, p[ENC_CLS], "JSONEncoder")?;
    if let Some(&(k, _)) = b.extra.first() {
        return Err(unexpected_keyword(vm, "JSONEncoder", k));
    }
    let opt = |i: usize| p[i].filter(|v| !v.is_none());
    let options = encode::Options {
        skipkeys: truthy(vm, p[ENC_SKIPKEYS], false)?,
        ensure_ascii: truthy(vm, p[ENC_ENSURE_ASCII], true)?,
        check_circular: truthy(vm, p[ENC_CHECK_CIRCULAR], true)?,
        allow_nan: truthy(vm, p[ENC_ALLOW_NAN], true)?,
        indent: opt(ENC_INDENT),
        separators: opt(ENC_SEPARATORS),
        default: opt(ENC_DEFAULT),
        sort_keys: truthy(vm, p[ENC_SORT_KEYS], false)?,
    };
    Ok((b.params, options))
}

/// `json.dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
/// allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False,
/// **kw)`.
fn dumps(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (params, options) = encoder_for(vm, "dumps", &["obj"], args, kw)?;
    let obj = params[0].unwrap_or(Value::NONE);
    let text = encode::encode(vm, obj, &options, false)?;
    vm.new_str(text)
}

/// `json.dump(obj, fp, ...)`: `dumps`, written to `fp.write`.
fn dump(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (params, options) = encoder_for(vm, "dump", &["obj", "fp"], args, kw)?;
    let obj = params[0].unwrap_or(Value::NONE);
    let fp = params[1].unwrap_or(Value::NONE);
    let write_name = vm.intern("write");
    let write = vm.load_attr(fp, write_name)?;
    vm.roots.push(write);
    let r = (|| {
        let text = encode::encode(vm, obj, &options, true)?;
        let s = vm.new_str(text)?;
        vm.call_value(write, &[s]).map(|_| ())
    })();
    vm.roots.pop();
    r.map(|()| Value::NONE)
}

/// Binds and checks the decoder's options and turns `s` into text.
fn decode_with(vm: &mut Vm, s: Value, p: &[Option<Value>], extra: &[(Value, Value)]) -> PyResult {
    let (doc, text) = text::document(vm, s)?;
    vm.roots.push(doc);
    let r = (|| {
        refuse_cls(vm, p[DEC_CLS], "JSONDecoder")?;
        let mut strict = true;
        for &(k, v) in extra {
            if vm.str_text(k) == Some("strict") {
                strict = vm.truthy(v)?;
            } else {
                return Err(unexpected_keyword(vm, "JSONDecoder", k));
            }
        }
        let opt = |i: usize| p[i].filter(|v| !v.is_none());
        let options = decode::Options {
            object_hook: opt(DEC_OBJECT_HOOK),
            parse_float: opt(DEC_PARSE_FLOAT),
            parse_int: opt(DEC_PARSE_INT),
            parse_constant: opt(DEC_PARSE_CONSTANT),
            object_pairs_hook: opt(DEC_OBJECT_PAIRS_HOOK),
            strict,
        };
        decode::decode(vm, doc, &text, &options)
    })();
    vm.roots.pop();
    r
}

/// `json.loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
/// parse_constant=None, object_pairs_hook=None, **kw)`.
fn loads(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let b = bind(vm, "loads", &["s"], DECODE_KW, args, kw)?;
    let s = b.params[0].unwrap_or(Value::NONE);
    decode_with(vm, s, &b.params[1..], &b.extra)
}

/// `json.load(fp, ...)`: `loads(fp.read(), ...)`.
fn load(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let b = bind(vm, "load", &["fp"], DECODE_KW, args, kw)?;
    let fp = b.params[0].unwrap_or(Value::NONE);
    let read_name = vm.intern("read");
    let read = vm.load_attr(fp, read_name)?;
    vm.roots.push(read);
    let s = vm.call_value(read, &[]);
    vm.roots.pop();
    let s = s?;
    vm.roots.push(s);
    let r = decode_with(vm, s, &b.params[1..], &b.extra);
    vm.roots.pop();
    r
}
