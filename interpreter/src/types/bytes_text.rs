//! The text-editing methods of `bytes` and `bytearray` beyond the basic ones in
//! `bytes_methods.rs`: `removeprefix`, `removesuffix`, `expandtabs`, `translate` and the
//! static `maketrans`.
//!
//! Each returns the receiver's kind (a bytearray's result is a new bytearray). A result that
//! grows (`expandtabs`) is measured first and reserved against the heap before it is built.

use alloc::format;
use alloc::vec::Vec;

use super::bytes_methods::{bytes_arg, this};
use crate::builtins::args::{Params, parse};
use crate::builtins::{Kw, arity};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `name` as CPython's one-argument messages spell it: `bytearray.removeprefix`.
fn qualified(vm: &Vm, args: &[Value], name: &str) -> alloc::string::String {
    let owner = match args.first().map(|&a| vm.type_id_of(vm.payload(a))) {
        Some(TypeId::ByteArray) => "bytearray",
        _ => "bytes",
    };
    format!("{owner}.{name}")
}

fn remove_affix(vm: &mut Vm, args: &[Value], name: &str, prefix: bool) -> PyResult {
    let full = qualified(vm, args, name);
    arity(vm, &full, &args[1.min(args.len())..], 1, 1)?;
    let b = this(vm, args, name)?;
    let affix = bytes_arg(vm, args[1])?;
    let kept = if prefix {
        b.strip_prefix(affix.as_slice())
    } else {
        b.strip_suffix(affix.as_slice())
    };
    match kept {
        // An unchanged bytes is returned as itself, as CPython does.
        None if vm.type_id_of(args[0]) == TypeId::Bytes => Ok(args[0]),
        None => vm.new_bytes_like(args[0], b),
        Some(rest) => {
            let rest = rest.to_vec();
            vm.new_bytes_like(args[0], rest)
        }
    }
}

pub(crate) fn removeprefix(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    remove_affix(vm, args, "removeprefix", true)
}

pub(crate) fn removesuffix(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    remove_affix(vm, args, "removesuffix", false)
}

/// `expandtabs(tabsize=8)`: each tab becomes spaces up to the next multiple of `tabsize`
/// columns; a newline or carriage return starts the count again.
pub(crate) fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let b = this(vm, args, "expandtabs")?;
    let [tabsize] = parse(
        vm,
        "expandtabs",
        &args[1..],
        kw,
        &Params {
            names: &[Q::tabsize],
            posonly: 0,
            required: 0,
            maxpos: 1,
        },
    )?;
    let tab = match tabsize {
        Some(t) => u64::try_from(vm.index_c_int(t)?).unwrap_or(0),
        None => 8,
    };
    // First the length, so a huge tab size is a MemoryError before anything is built.
    let (mut len, mut col) = (0u64, 0u64);
    for &c in &b {
        match c {
            b'\t' if tab > 0 => {
                let n = tab - col % tab;
                len += n;
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                len += 1;
                col = 0;
            }
            _ => {
                len += 1;
                col += 1;
            }
        }
    }
    let len = usize::try_from(len).map_err(|_| vm.raise_new(TypeId::MemoryError, ""))?;
    vm.reserve_bytes(len)?;
    let mut out = Vec::with_capacity(len);
    let mut col = 0u64;
    for &c in &b {
        match c {
            b'\t' if tab > 0 => {
                let n = tab - col % tab;
                out.extend(core::iter::repeat_n(b' ', n as usize));
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    vm.new_bytes_like(args[0], out)
}

/// `translate(table, /, delete=b'')`: drops the bytes in `delete`, then maps each byte
/// through `table` (256 bytes, or None for no mapping).
pub(crate) fn translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let b = this(vm, args, "translate")?;
    let [table, delete] = parse(
        vm,
        "translate",
        &args[1..],
        kw,
        &Params {
            names: &[Q::table, Q::delete],
            posonly: 1,
            required: 1,
            maxpos: 2,
        },
    )?;
    let table = match table.filter(|t| !t.is_none()) {
        Some(t) => {
            let t = bytes_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        None => None,
    };
    let delete = match delete {
        Some(d) => bytes_arg(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[usize::from(c)]))
        .collect();
    vm.new_bytes_like(args[0], out)
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of `frm` to the byte of
/// `to` at the same place. Static: reached through the type or an instance, it is given no
/// receiver.
pub(crate) fn maketrans(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let args = match args.first() {
        Some(&c) if vm.is_type(c) => &args[1..],
        _ => args,
    };
    crate::builtins::args::positional(vm, "maketrans", args, 2, 2)?;
    let from = bytes_arg(vm, args[0])?;
    let to = bytes_arg(vm, args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(&to) {
        table[usize::from(f)] = t;
    }
    vm.new_bytes(table)
}
