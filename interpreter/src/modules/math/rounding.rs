//! `math.ceil`, `math.floor` and `math.trunc`: a number rounded to an int.
//!
//! A class of Python code answers through its `__ceil__`, `__floor__` or `__trunc__` (whose
//! result is returned as it is); an int (or bool, or int subclass) is its own int value; a
//! float is rounded and made an int of any size. Past that, `ceil` and `floor` take any real
//! number (`__float__`, `__index__`) while `trunc` wants the method.

use alloc::format;

use super::{one_arg, real};
use crate::builtins::Kw;
use crate::qstr::{Q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `math.ceil(x)`: the least int `>= x`.
pub(super) fn ceil(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.ceil", args, kw)?;
    round_with(vm, v, Q::__ceil__, libm::ceil)
}

/// `math.floor(x)`: the greatest int `<= x`.
pub(super) fn floor(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.floor", args, kw)?;
    round_with(vm, v, Q::__floor__, libm::floor)
}

/// `math.trunc(x)`: `x` rounded toward zero, through `__trunc__` for other types.
pub(super) fn trunc(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "math.trunc", args, kw)?;
    if let Some(r) = vm.call_dunder(v, Q::__trunc__, &[])? {
        return Ok(r);
    }
    let p = vm.payload(v);
    if vm.is_int(p) {
        return vm.unary_pos(p);
    }
    match vm.float_of(p) {
        Some(x) => vm.float_to_int(libm::trunc(x)),
        None => {
            let msg = format!(
                "type {} doesn't define __trunc__ method",
                vm.type_name_of(v)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// `ceil` or `floor` of `v`: its class's method `name` if Python code defines one, else the
/// int itself, else `round` of its value as a float.
fn round_with(vm: &mut Vm, v: Value, name: Qstr, round: fn(f64) -> f64) -> PyResult {
    if let Some(f) = vm.float_of(v) {
        return vm.float_to_int(round(f));
    }
    if let Some(r) = vm.call_dunder(v, name, &[])? {
        return Ok(r);
    }
    let p = vm.payload(v);
    if vm.is_int(p) {
        return vm.unary_pos(p);
    }
    let x = real(vm, v)?;
    vm.float_to_int(round(x))
}
