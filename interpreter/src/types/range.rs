//! The methods of `range` and `slice` objects: `range.index`, `range.count`,
//! `slice.indices`.

use crate::builtins::{Kw, arity};
use crate::heap::Obj;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The position of int `v` in the range, if it is there.
fn position(vm: &Vm, r: Value, v: Value) -> Option<i128> {
    let Some(Obj::Range(range)) = vm.heap.get(r) else {
        return None;
    };
    if !vm.is_int(v) {
        return None;
    }
    let i = vm
        .int_of(v)
        .and_then(|b| num_traits::ToPrimitive::to_i128(b.as_ref()))?;
    let (start, stop, step) = (range.start, range.stop, range.step);
    let inside = if step > 0 {
        start <= i && i < stop
    } else {
        stop < i && i <= start
    };
    (inside && (i - start) % step == 0).then(|| (i - start) / step)
}

/// `range.index(v)`.
pub(crate) fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "index", &[])?;
    arity(vm, "index", &args[1.min(args.len())..], 1, 1)?;
    if let Some(i) = position(vm, args[0], args[1]) {
        return vm.new_i128(i);
    }
    // Other kinds of value (a bool among them) are found by equality, as in a sequence.
    let exact_int = vm.is_int(args[1]) && !args[1].is_bool();
    if !exact_int {
        let mut at = 0i128;
        let mut found = None;
        vm.for_each_item(args[0], |vm, x| {
            if vm.eq(x, args[1])? {
                found = Some(at);
                return Ok(false);
            }
            at += 1;
            Ok(true)
        })?;
        if let Some(i) = found {
            return vm.new_i128(i);
        }
    }
    if !exact_int {
        return Err(vm.value_error("sequence.index(x): x not in sequence"));
    }
    let r = vm.repr(args[1])?;
    let msg = alloc::format!("{} is not in range", vm.string_of(r));
    Err(vm.value_error(&msg))
}

/// `range.count(v)`.
pub(crate) fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "count", &[])?;
    arity(vm, "count", &args[1.min(args.len())..], 1, 1)?;
    if vm.is_int(args[1]) {
        return Ok(
            Value::small(position(vm, args[0], args[1]).is_some() as i64).unwrap_or(Value::NONE),
        );
    }
    let mut n = 0i64;
    vm.for_each_item(args[0], |vm, x| {
        if vm.eq(x, args[1])? {
            n += 1;
        }
        Ok(true)
    })?;
    vm.new_int(n)
}

/// `slice.indices(length)`: `(start, stop, step)` clamped to a sequence of `length`.
pub(crate) fn indices(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "slice.indices", &[])?;
    arity(vm, "slice.indices", &args[1.min(args.len())..], 1, 1)?;
    let Some(parts) = vm.slice_parts(args[0]) else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let len = vm.index_dunder(args[1])?.unwrap_or(args[1]);
    if !vm.is_int(len) {
        return Err(vm.not_an_integer(args[1]));
    }
    // In wide integers, as CPython computes them in its own.
    let Some(len) = vm
        .int_of(len)
        .and_then(|b| num_traits::ToPrimitive::to_i128(b.as_ref()))
    else {
        return Err(vm.raise_new(
            TypeId::OverflowError,
            "Python int too large to convert to C ssize_t",
        ));
    };
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = vm.slice_indices_wide(parts, len)?;
    let mut items = alloc::vec::Vec::with_capacity(3);
    for x in [start, stop, step] {
        let v = vm.new_i128(x)?;
        vm.roots.push(v);
        items.push(v);
    }
    let t = vm.new_tuple(items);
    vm.roots.truncate(vm.roots.len() - 3);
    t
}
