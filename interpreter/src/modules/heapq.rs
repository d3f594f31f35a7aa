//! `heapq`: binary min-heaps kept in plain lists (`heap[k] <= heap[2k+1]` and
//! `heap[2k+2]`), ordered with `<` only, as CPython's are; `nlargest` and `nsmallest`
//! (`types::select`); and `merge`, a lazy iterator over sorted iterables.
//!
//! The sifts are the textbook ones CPython uses (a pop moves the smaller child up to a leaf,
//! then sifts the moved item back down), so a heap ends up in the same arrangement. A
//! comparison that changes the list's length raises RuntimeError.

use alloc::boxed::Box;
use alloc::format;

use super::{Attr, ModuleDef};
use crate::builtins::Kw;
use crate::bytecode::CompareOp;
use crate::heap::{IterObj, Obj};
use crate::qstr::Q;
use crate::types::heap_order::{item, make_heap, pop_top, replace_top, sift_down};
use crate::types::select::{Key, n_best};
use crate::types::signature::{Signature, bind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "heapq",
    attrs: &[
        ("heappush", Attr::Func(heappush)),
        ("heappop", Attr::Func(heappop)),
        ("heapify", Attr::Func(heapify)),
        ("heapreplace", Attr::Func(heapreplace)),
        ("heappushpop", Attr::Func(heappushpop)),
        ("nlargest", Attr::Func(nlargest)),
        ("nsmallest", Attr::Func(nsmallest)),
        ("merge", Attr::Func(merge)),
    ],
    init: None,
};

/// The list a heap function works on (a list subclass instance's list).
fn heap_arg(vm: &mut Vm, heap: Value, name: &str, two: bool) -> PyResult<Value> {
    let p = vm.payload(heap);
    if matches!(vm.heap.get(p), Some(Obj::List(_))) {
        return Ok(p);
    }
    let which = if two { "argument 1" } else { "argument" };
    let msg = format!(
        "{name}() {which} must be list, not {}",
        vm.arg_type_name(heap)
    );
    Err(vm.type_error(&msg))
}

/// The argument checks of the two-argument functions (`heappush(heap, item)`).
fn two_args(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    kw.check(vm, &format!("_heapq.{name}"), &[])?;
    crate::builtins::args::positional(vm, name, args, 2, 2)?;
    heap_arg(vm, args[0], name, true)
}

/// The argument checks of the one-argument functions (`heappop(heap)`).
fn one_arg(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    let full = format!("_heapq.{name}");
    kw.check(vm, &full, &[])?;
    crate::builtins::arity(vm, &full, args, 1, 1)?;
    heap_arg(vm, args[0], name, false)
}

/// `heappush(heap, item)`.
fn heappush(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let list = two_args(vm, args, kw, "heappush")?;
    vm.list_push(list, args[1])?;
    let last = vm.list_items(list).len().saturating_sub(1);
    sift_down(vm, list, 0, last, false)?;
    Ok(Value::NONE)
}

/// `heappop(heap)`: the smallest item, removed.
fn heappop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let list = one_arg(vm, args, kw, "heappop")?;
    pop_top(vm, list, false)
}

/// `heapify(x)`: makes a list a heap, in place.
fn heapify(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let list = one_arg(vm, args, kw, "heapify")?;
    make_heap(vm, list, false)?;
    Ok(Value::NONE)
}

/// `heapreplace(heap, item)`: pops the smallest, then pushes `item`.
fn heapreplace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let list = two_args(vm, args, kw, "heapreplace")?;
    replace_top(vm, list, args[1], false)
}

/// `heappushpop(heap, item)`: pushes `item`, then pops the smallest (`item` itself when it
/// is not greater than the top).
fn heappushpop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let list = two_args(vm, args, kw, "heappushpop")?;
    let new = args[1];
    if vm.list_items(list).is_empty() {
        return Ok(new);
    }
    let top = item(vm, list, 0);
    if !vm.order(CompareOp::Lt, top, new)? {
        return Ok(new);
    }
    replace_top(vm, list, new, false)
}

/// `nlargest(n, iterable, key=None)` and `nsmallest`.
fn select(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, largest: bool) -> PyResult {
    let sig = Signature {
        fname: name,
        names: &[Q::n, Q::iterable, Q::key],
        npos: 3,
        ndefaults: 1,
    };
    let bound = bind(vm, &sig, args, kw)?;
    let key = match bound[2].filter(|k| !k.is_none()) {
        Some(f) => Key::Call(f),
        None => Key::Identity,
    };
    let (n, iterable) = (
        bound[0].unwrap_or(Value::NONE),
        bound[1].unwrap_or(Value::NONE),
    );
    n_best(vm, n, iterable, key, largest)
}

fn nlargest(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    select(vm, args, kw, "nlargest", true)
}

fn nsmallest(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    select(vm, args, kw, "nsmallest", false)
}

/// `merge(*iterables, key=None, reverse=False)`: an iterator over the items of sorted
/// iterables in sorted order. Nothing is read until the first item is asked for.
fn merge(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (mut key, mut reversed) = (Value::NONE, false);
    for (&k, &v) in kw.names.iter().zip(kw.values) {
        if k == Value::qstr(Q::key) {
            key = v;
        } else if k == Value::qstr(Q::reverse) {
            reversed = vm.truthy(v)?;
        } else {
            let msg = format!(
                "merge() got an unexpected keyword argument '{}'",
                vm.string_of(k)
            );
            return Err(vm.type_error(&msg));
        }
    }
    let iterables = vm.new_tuple(args.to_vec())?;
    vm.roots.push(iterables);
    let r = vm.alloc(Obj::Iter(Box::new(IterObj::HeapqMerge {
        heap: iterables,
        key,
        reversed,
        pending: false,
    })));
    vm.roots.pop();
    r
}
