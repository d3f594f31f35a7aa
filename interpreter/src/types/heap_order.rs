//! Binary heaps kept in lists, as `heapq` and the selections of `types::select` use them:
//! `heap[k] <= heap[2k+1]` and `heap[2k+2]` (`>=` for a max-heap), ordered with `<` only.
//!
//! The sifts are the textbook ones CPython uses (a pop moves the smaller child up to a leaf,
//! then sifts the moved item back down), comparing the same pairs in the same order, so a
//! heap ends up in the same arrangement and a failing comparison names the same operands.
//! A comparison that changes the list's length raises RuntimeError.

use crate::bytecode::CompareOp;
use crate::heap::Obj;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(crate) fn item(vm: &Vm, list: Value, i: usize) -> Value {
    vm.list_items(list).get(i).copied().unwrap_or(Value::NONE)
}

fn swap(vm: &mut Vm, list: Value, i: usize, j: usize) {
    if let Some(Obj::List(items)) = vm.heap.get_mut(list)
        && i < items.len()
        && j < items.len()
    {
        items.swap(i, j);
    }
}

fn set(vm: &mut Vm, list: Value, i: usize, v: Value) {
    if let Some(Obj::List(items)) = vm.heap.get_mut(list)
        && let Some(slot) = items.get_mut(i)
    {
        *slot = v;
    }
}

/// `a < b` for a min-heap, `b < a` for a max-heap; RuntimeError if the list's length
/// changed meanwhile.
fn less(vm: &mut Vm, list: Value, a: Value, b: Value, max: bool, size: usize) -> PyResult<bool> {
    let r = if max {
        vm.order(CompareOp::Lt, b, a)?
    } else {
        vm.order(CompareOp::Lt, a, b)?
    };
    if vm.list_items(list).len() != size {
        return Err(vm.raise_new(TypeId::RuntimeError, "list changed size during iteration"));
    }
    Ok(r)
}

/// Moves the item at `pos` up towards `start` past every parent it is less than.
pub(crate) fn sift_down(
    vm: &mut Vm,
    list: Value,
    start: usize,
    mut pos: usize,
    max: bool,
) -> PyResult<()> {
    let size = vm.list_items(list).len();
    if pos >= size {
        return Ok(());
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (x, p) = (item(vm, list, pos), item(vm, list, parent));
        if !less(vm, list, x, p, max, size)? {
            break;
        }
        swap(vm, list, pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Moves the smaller child up from `pos` until a leaf, then sifts the item that was at
/// `pos` back towards it.
pub(crate) fn sift_up(vm: &mut Vm, list: Value, mut pos: usize, max: bool) -> PyResult<()> {
    let (start, end) = (pos, vm.list_items(list).len());
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = (item(vm, list, child), item(vm, list, child + 1));
            if !less(vm, list, a, b, max, end)? {
                child += 1;
            }
        }
        swap(vm, list, child, pos);
        pos = child;
    }
    sift_down(vm, list, start, pos, max)
}

/// Rearranges a list into a heap in place.
pub(crate) fn make_heap(vm: &mut Vm, list: Value, max: bool) -> PyResult<()> {
    let n = vm.list_items(list).len();
    for i in (0..n / 2).rev() {
        sift_up(vm, list, i, max)?;
    }
    Ok(())
}

/// Removes and returns the top of a heap; IndexError when empty.
pub(crate) fn pop_top(vm: &mut Vm, list: Value, max: bool) -> PyResult {
    let last = match vm.heap.get_mut(list) {
        Some(Obj::List(items)) => items.pop(),
        _ => None,
    };
    let Some(last) = last else {
        return Err(vm.raise_new(TypeId::IndexError, "index out of range"));
    };
    if vm.list_items(list).is_empty() {
        return Ok(last);
    }
    let top = item(vm, list, 0);
    set(vm, list, 0, last);
    vm.roots.push(top);
    let r = sift_up(vm, list, 0, max);
    vm.roots.pop();
    r.map(|()| top)
}

/// Puts `new` at the top of a non-empty heap and sifts it into place; returns the old top.
pub(crate) fn replace_top(vm: &mut Vm, list: Value, new: Value, max: bool) -> PyResult {
    if vm.list_items(list).is_empty() {
        return Err(vm.raise_new(TypeId::IndexError, "index out of range"));
    }
    let top = item(vm, list, 0);
    set(vm, list, 0, new);
    vm.roots.push(top);
    let r = sift_up(vm, list, 0, max);
    vm.roots.pop();
    r.map(|()| top)
}
