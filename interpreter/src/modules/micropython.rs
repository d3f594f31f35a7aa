//! The `micropython` module: MicroPython's access to the interpreter's internals: `const`,
//! the optimisation level, memory and qstr reports, stack use, the heap lock, the interrupt
//! character and the scheduler.
//!
//! `schedule(f, arg)` queues a call that runs at the next step of the running code (a call
//! or a backward jump, see `Vm::tick`), never inside another scheduled call; the queue holds
//! `SCHEDULE_DEPTH` calls.

use alloc::format;
use alloc::string::String;

use super::{Attr, ModuleDef, no_args};
use crate::builtins::Kw;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "micropython",
    attrs: &[
        ("const", Attr::Func(const_)),
        ("opt_level", Attr::Func(opt_level)),
        (
            "alloc_emergency_exception_buf",
            Attr::Func(alloc_emergency_exception_buf),
        ),
        ("mem_info", Attr::Func(mem_info)),
        ("qstr_info", Attr::Func(qstr_info)),
        ("stack_use", Attr::Func(stack_use)),
        ("heap_lock", Attr::Func(heap_lock)),
        ("heap_unlock", Attr::Func(heap_unlock)),
        ("heap_locked", Attr::Func(heap_locked)),
        ("kbd_intr", Attr::Func(kbd_intr)),
        ("schedule", Attr::Func(schedule)),
    ],
    init: None,
};

/// How many calls `schedule` can queue.
pub const SCHEDULE_DEPTH: usize = 8;

fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    kw.check(vm, name, &[])?;
    crate::builtins::args::parse_tuple_arity(vm, name, args, 1, 1)?;
    Ok(args[0])
}

/// `const(x)`: `x` (the compiler may fold it; at run time it is the identity).
fn const_(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    one_arg(vm, "const", args, kw)
}

/// `opt_level([level])`: the level code compiled from now on uses (1 and up drop `assert`
/// statements and make `__debug__` False), or, without an argument, the current one.
fn opt_level(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "opt_level", &[])?;
    crate::builtins::args::parse_tuple_arity(vm, "opt_level", args, 0, 1)?;
    match args.first() {
        None => vm.new_int(i64::from(vm.opt_level)),
        Some(&level) => {
            let n = vm.index_ssize(level)?;
            vm.opt_level = n.clamp(0, 3) as u8;
            Ok(Value::NONE)
        }
    }
}

/// `alloc_emergency_exception_buf(size)`: nothing to do, the MemoryError an exhausted heap
/// raises is made when the VM starts.
fn alloc_emergency_exception_buf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let size = one_arg(vm, "alloc_emergency_exception_buf", args, kw)?;
    vm.index_ssize(size)?;
    Ok(Value::NONE)
}

/// `mem_info([verbose])`: prints the stack and heap figures.
fn mem_info(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "mem_info", &[])?;
    crate::builtins::args::parse_tuple_arity(vm, "mem_info", args, 0, 1)?;
    let (used, budget) = (vm.heap.in_use(), vm.heap.budget());
    let mut text = format!(
        "stack: {} out of {}\nGC: total: {budget}, used: {used}, free: {}\n",
        vm.stack_used(),
        vm.config().stack_limit,
        budget.saturating_sub(used)
    );
    if args.first().is_some_and(|v| !v.is_none()) {
        text.push_str(&format!(
            " objects: {}, collections: {}\n",
            vm.heap.live_objects(),
            vm.heap.collections()
        ));
    }
    vm.write_out(&text);
    Ok(Value::NONE)
}

/// `qstr_info([verbose])`: prints how many strings are interned and their bytes; verbose
/// lists those interned at run time.
fn qstr_info(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "qstr_info", &[])?;
    crate::builtins::args::parse_tuple_arity(vm, "qstr_info", args, 0, 1)?;
    let count = vm.qstrs.len();
    let bytes: usize = (0..count)
        .map(|i| vm.qstrs.text(crate::qstr::Qstr(i as u32)).len())
        .sum();
    let mut text = format!(
        "qstr pool: n_pool=1, n_qstr={count}, n_str_data_bytes={bytes}, n_total_bytes={}\n",
        bytes + count * core::mem::size_of::<usize>() * 3
    );
    if args.first().is_some_and(|v| !v.is_none()) {
        for i in crate::qstr::STATIC.len()..count {
            let name = String::from(vm.qstrs.text(crate::qstr::Qstr(i as u32)));
            text.push_str(&format!("Q({name})\n"));
        }
    }
    vm.write_out(&text);
    Ok(Value::NONE)
}

/// `stack_use()`: bytes of the Rust stack the VM uses below where it was entered.
fn stack_use(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "micropython.stack_use", args, kw)?;
    vm.new_int(vm.stack_used() as i64)
}

/// `heap_lock()`: from now until the matching `heap_unlock()`, allocating raises
/// MemoryError.
fn heap_lock(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "micropython.heap_lock", args, kw)?;
    if vm.locked_error.is_none() {
        vm.locked_error = vm.make_exception(
            crate::types::TypeId::MemoryError,
            "memory allocation failed, heap is locked",
        )?;
    }
    vm.heap.lock();
    Ok(Value::NONE)
}

fn heap_unlock(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "micropython.heap_unlock", args, kw)?;
    let depth = vm.heap.unlock();
    Ok(Value::small(i64::from(depth)).unwrap_or(Value::NONE))
}

fn heap_locked(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "micropython.heap_locked", args, kw)?;
    Ok(Value::small(i64::from(vm.heap.lock_depth())).unwrap_or(Value::NONE))
}

/// `kbd_intr(chr)`: the character that interrupts running code (3, Ctrl-C); -1 turns
/// interruption off.
fn kbd_intr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let c = one_arg(vm, "kbd_intr", args, kw)?;
    let c = vm.index_c_int(c)?;
    vm.kbd_intr = c;
    Ok(Value::NONE)
}

/// `schedule(func, arg)`: queues `func(arg)` to run very soon.
fn schedule(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "schedule", &[])?;
    crate::builtins::args::parse_tuple_arity(vm, "schedule", args, 2, 2)?;
    if vm.scheduled.len() >= SCHEDULE_DEPTH {
        return Err(vm.raise_new(crate::types::TypeId::RuntimeError, "schedule queue full"));
    }
    vm.schedule(args[0], args[1]);
    Ok(Value::NONE)
}
