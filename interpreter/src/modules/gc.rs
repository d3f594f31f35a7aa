//! The `gc` module: the collector's controls and the heap's figures, as MicroPython has them
//! (`collect`, `enable`, `disable`, `isenabled`, `mem_alloc`, `mem_free`, `threshold`).
//!
//! The figures are the heap's own accounting against its budget (`Config::heap_size`):
//! `mem_alloc()` is the bytes live objects (and what native code holds) take, exact right
//! after `collect()`; `mem_free()` is the budget less that. With automatic collection off, a
//! collection still happens when the budget is reached, before `MemoryError` is raised.

use super::{Attr, ModuleDef, no_args};
use crate::builtins::Kw;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "gc",
    attrs: &[
        ("collect", Attr::Func(collect)),
        ("enable", Attr::Func(enable)),
        ("disable", Attr::Func(disable)),
        ("isenabled", Attr::Func(isenabled)),
        ("mem_alloc", Attr::Func(mem_alloc)),
        ("mem_free", Attr::Func(mem_free)),
        ("threshold", Attr::Func(threshold)),
    ],
    init: None,
};

/// `gc.collect()`: collects now; the number of objects freed.
fn collect(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "gc.collect", args, kw)?;
    let before = vm.heap.live_objects();
    vm.collect_garbage();
    let freed = before.saturating_sub(vm.heap.live_objects());
    vm.new_int(freed as i64)
}

fn enable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "gc.enable", args, kw)?;
    vm.heap.set_auto(true);
    Ok(Value::NONE)
}

fn disable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "gc.disable", args, kw)?;
    vm.heap.set_auto(false);
    Ok(Value::NONE)
}

fn isenabled(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "gc.isenabled", args, kw)?;
    Ok(Value::bool(vm.heap.auto()))
}

fn mem_alloc(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "gc.mem_alloc", args, kw)?;
    vm.new_int(vm.heap.in_use() as i64)
}

fn mem_free(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "gc.mem_free", args, kw)?;
    let free = vm.heap.budget().saturating_sub(vm.heap.in_use());
    vm.new_int(free as i64)
}

/// `gc.threshold([amount])`: collect after `amount` more bytes (-1: the default schedule);
/// without an argument, the amount set, or -1.
fn threshold(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "threshold", &[])?;
    crate::builtins::args::parse_tuple_arity(vm, "threshold", args, 0, 1)?;
    let Some(&amount) = args.first() else {
        return match vm.heap.user_threshold() {
            Some(n) => vm.new_int(n as i64),
            None => vm.new_int(-1),
        };
    };
    let n = vm.index_ssize(amount)?;
    vm.heap.set_user_threshold(usize::try_from(n).ok());
    Ok(Value::NONE)
}
