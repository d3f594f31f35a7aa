//! `seek`, `tell` and `truncate` of every stream, with each class's rules: a StringIO
//! seeks by characters and refuses relative moves, a BytesIO clamps at 0, a text file takes
//! only positions `tell` gave (or 0 from the current position or the end), a binary file
//! any.

use alloc::format;

use super::stream::flags;
use super::stream_methods::{Op, check, kind, size_arg};
use crate::builtins::{Kw, arity};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(crate) fn seek(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "seek", &[])?;
    arity(vm, "seek", args.get(1..).unwrap_or(&[]), 1, 2)?;
    let (v, _) = check(vm, args, "seek", Op::Seek)?;
    let k = kind(vm, v);
    let whence = match args.get(2) {
        Some(&w) => vm.index_c_int(w)?,
        None => 0,
    };
    let pos = args[1];
    if k == TypeId::TextIOWrapper && vm.as_index(pos)?.is_none() {
        let msg = format!(
            "'<' not supported between instances of '{}' and 'int'",
            vm.type_name_of(pos)
        );
        return Err(vm.type_error(&msg));
    }
    let pos = vm.index_ssize(pos)?;
    let at = match k {
        TypeId::StringIO => {
            if !(0..=2).contains(&whence) {
                let msg = format!("Invalid whence ({whence}, should be 0, 1 or 2)");
                return Err(vm.value_error(&msg));
            }
            if pos < 0 && whence == 0 {
                return Err(vm.value_error(&format!("Negative seek position {pos}")));
            }
            // CPython words an end-relative seek as cur-relative too.
            if whence != 0 && pos != 0 {
                return Err(vm.raise_new(TypeId::OSError, "Can't do nonzero cur-relative seeks"));
            }
            let at = match whence {
                0 => usize::try_from(pos).unwrap_or(usize::MAX),
                1 => vm.stream(v).map_or(0, |s| s.pos),
                _ => vm.mem_len(v),
            };
            set_pos(vm, v, at);
            at as u64
        }
        TypeId::BytesIO => {
            if !(0..=2).contains(&whence) {
                let msg = format!("invalid whence ({whence}, should be 0, 1 or 2)");
                return Err(vm.value_error(&msg));
            }
            if pos < 0 && whence == 0 {
                return Err(vm.value_error(&format!("negative seek value {pos}")));
            }
            let base = match whence {
                0 => 0,
                1 => vm.stream(v).map_or(0, |s| s.pos) as i64,
                _ => vm.mem_len(v) as i64,
            };
            let at = usize::try_from(base.saturating_add(pos).max(0)).unwrap_or(usize::MAX);
            set_pos(vm, v, at);
            at as u64
        }
        TypeId::TextIOWrapper => {
            let inner = vm.stream(v).map_or(Value::NONE, |s| s.inner);
            match whence {
                0 if pos < 0 => {
                    return Err(vm.value_error(&format!("negative seek position {pos}")));
                }
                1 | 2 if pos != 0 => {
                    let msg = if whence == 1 { "cur" } else { "end" };
                    let msg = format!("can't do nonzero {msg}-relative seeks");
                    return Err(vm.unsupported(&msg));
                }
                0..=2 => {}
                _ => {
                    let msg = format!("invalid whence ({whence}, should be 0, 1 or 2)");
                    return Err(vm.value_error(&msg));
                }
            }
            if whence == 1 {
                vm.bin_tell(inner)?
            } else {
                vm.bin_seek(inner, pos, whence as u8)?
            }
        }
        _ => {
            if !(0..=2).contains(&whence) {
                let msg = format!("whence value {whence} unsupported");
                return Err(vm.value_error(&msg));
            }
            vm.bin_seek(v, pos, whence as u8)?
        }
    };
    vm.new_int(i64::try_from(at).unwrap_or(i64::MAX))
}

fn set_pos(vm: &mut Vm, v: Value, at: usize) {
    if let Some(s) = vm.stream_mut(v) {
        s.pos = at;
    }
}

pub(crate) fn tell(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "tell", &[])?;
    arity(vm, "tell", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let (v, _) = check(vm, args, "tell", Op::Tell)?;
    let at = match kind(vm, v) {
        TypeId::StringIO | TypeId::BytesIO => vm.stream(v).map_or(0, |s| s.pos as u64),
        TypeId::TextIOWrapper => {
            let inner = vm.stream(v).map_or(Value::NONE, |s| s.inner);
            vm.bin_tell(inner)?
        }
        _ => vm.bin_tell(v)?,
    };
    vm.new_int(i64::try_from(at).unwrap_or(i64::MAX))
}

pub(crate) fn truncate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "truncate", &[])?;
    arity(vm, "truncate", args.get(1..).unwrap_or(&[]), 0, 1)?;
    let (v, _) = check(vm, args, "truncate", Op::Truncate)?;
    let k = kind(vm, v);
    let target = if k == TypeId::TextIOWrapper {
        vm.stream(v).map_or(v, |s| s.inner)
    } else {
        v
    };
    if matches!(k, TypeId::TextIOWrapper | TypeId::BufferedReader)
        || (k == TypeId::FileIO && vm.stream(v).is_some_and(|s| !s.has(flags::WRITE)))
    {
        let msg = if k == TypeId::FileIO {
            "File not open for writing"
        } else {
            "truncate"
        };
        if k != TypeId::TextIOWrapper || vm.stream(target).is_some_and(|s| !s.has(flags::WRITE)) {
            return Err(vm.unsupported(msg));
        }
    }
    let size = match args.get(1).filter(|s| !s.is_none()) {
        None => None,
        Some(&n) => {
            let n = match k {
                TypeId::StringIO | TypeId::BytesIO => {
                    size_arg(vm, Some(&n))?;
                    vm.index_ssize(n)?
                }
                _ => vm.index_ssize(n)?,
            };
            if n < 0 {
                let msg = match k {
                    TypeId::StringIO => format!("Negative size value {n}"),
                    TypeId::BytesIO => format!("negative size value {n}"),
                    _ => return Err(vm.os_error_errno(crate::port::EINVAL, None)),
                };
                return Err(vm.value_error(&msg));
            }
            Some(n as u64)
        }
    };
    let size = match (k, size) {
        (TypeId::StringIO | TypeId::BytesIO, s) => {
            let n = s.unwrap_or_else(|| vm.stream(v).map_or(0, |s| s.pos as u64));
            vm.mem_truncate(v, usize::try_from(n).unwrap_or(usize::MAX));
            n
        }
        (_, Some(n)) => {
            vm.bin_truncate(target, n)?;
            n
        }
        (_, None) => {
            let n = vm.bin_tell(target)?;
            vm.bin_truncate(target, n)?;
            n
        }
    };
    vm.new_int(i64::try_from(size).unwrap_or(i64::MAX))
}
