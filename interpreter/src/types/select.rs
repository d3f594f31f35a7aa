//! Picking the `n` largest or smallest items of an iterable by a key, stably: what
//! `heapq.nlargest`/`nsmallest` and `Counter.most_common` return (the first `n` of the items
//! sorted by key, largest or smallest first, equal keys keeping their order).
//!
//! As CPython does it: `n == 1` is `max`/`min`; when the iterable's length is known and
//! `n` covers it, everything is sorted; otherwise a heap (`heap_order`) keeps the best `n`
//! seen, each entry `(item, order)` or `(key, order, item)` so that ties go by arrival,
//! and is sorted at the end. Only `<` is used, on the same pairs CPython compares.

use alloc::vec::Vec;

use crate::bytecode::CompareOp;
use crate::types::heap_order::{item, make_heap, replace_top};
use crate::types::sort::{Pair, timsort};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What items are ordered by (`Identity` and `Call` come from `heapq`).
#[derive(Clone, Copy)]
#[cfg_attr(not(feature = "heapq"), allow(dead_code))]
pub(crate) enum Key {
    /// The items themselves.
    Identity,
    /// What a function returns for each (`key=`).
    Call(Value),
    /// The second item of each (a tuple): `Counter.most_common` orders pairs by count.
    Second,
}

/// `items` ordered by `keys` (one per item), largest first when `largest`, stably.
pub(crate) fn sort_by_keys(
    vm: &mut Vm,
    items: Vec<Value>,
    keys: Vec<Value>,
    largest: bool,
) -> PyResult<Vec<Value>> {
    let mut pairs: Vec<Pair> = keys.into_iter().zip(items).collect();
    if largest {
        pairs.reverse();
    }
    timsort(vm, &mut pairs)?;
    if largest {
        pairs.reverse();
    }
    Ok(pairs.into_iter().map(|(_, item)| item).collect())
}

/// The items of `iterable` with their keys (`key(item)`, or the items themselves), all
/// rooted from `base` on until the caller truncates `vm.roots` back to it.
fn keyed(vm: &mut Vm, iterable: Value, key: Key) -> PyResult<(Vec<Value>, Vec<Value>)> {
    let items = vm.collect_iterable(iterable)?;
    vm.roots.extend_from_slice(&items);
    let mut keys = Vec::with_capacity(items.len());
    for &item in &items {
        let k = match key {
            Key::Call(f) => vm.call_value(f, &[item])?,
            Key::Identity => item,
            Key::Second => vm.tuple_items(item).get(1).copied().unwrap_or(Value::NONE),
        };
        vm.roots.push(k);
        keys.push(k);
    }
    Ok((items, keys))
}

/// `nlargest(n, iterable, key=None)` (or `nsmallest` when not `largest`) as a list.
/// `key` is `Key::Call` of a function, `Key::Identity` for None.
pub(crate) fn n_best(vm: &mut Vm, n: Value, iterable: Value, key: Key, largest: bool) -> PyResult {
    let base = vm.roots.len();
    let r = n_best_rooted(vm, n, iterable, key, largest);
    vm.roots.truncate(base);
    r
}

fn n_best_rooted(vm: &mut Vm, n: Value, iterable: Value, key: Key, largest: bool) -> PyResult {
    let one = Value::small(1).unwrap_or(Value::NONE);
    if n == one || vm.eq(n, one)? {
        // The first of the extreme items, as `max` and `min` find it.
        let (items, keys) = keyed(vm, iterable, key)?;
        let op = if largest {
            CompareOp::Gt
        } else {
            CompareOp::Lt
        };
        let mut best: Option<usize> = None;
        for i in 0..items.len() {
            best = match best {
                Some(b) if !vm.order(op, keys[i], keys[b])? => Some(b),
                _ => Some(i),
            };
        }
        let out = best.map(|b| alloc::vec![items[b]]).unwrap_or_default();
        return vm.new_list(out);
    }
    // When everything is wanted anyway: all of it, sorted.
    if let Some(size) = vm.length(iterable) {
        let size = vm.new_int(size as i64)?;
        if vm.order(CompareOp::Ge, n, size)? {
            let (items, keys) = keyed(vm, iterable, key)?;
            let mut sorted = sort_by_keys(vm, items, keys, largest)?;
            let Some(count) = vm.as_index(n)? else {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            };
            let count = vm.clamped_i64(count).max(0);
            sorted.truncate(usize::try_from(count).unwrap_or(usize::MAX));
            return vm.new_list(sorted);
        }
    }
    // Else a heap of the best `n` so far (the worst of them on top), then sorted.
    // A count as `range` takes it: any int (one beyond the machine's range just never
    // runs out before the iterable does).
    let index = if largest { vm.unary_neg(n)? } else { n };
    let index = vm.index_value(index)?;
    let count = vm.clamped_i64(index);
    let count = if largest {
        count.saturating_neg()
    } else {
        count
    };
    let it = vm.get_iter(iterable)?;
    vm.roots.push(it);
    let heap = vm.new_list(Vec::new())?;
    vm.roots.push(heap);
    let step = if largest { -1 } else { 1 };
    let mut order: i64 = 0;
    while order.abs() < count {
        let Some(x) = vm.iter_next(it)? else { break };
        let entry = entry(vm, x, key, order)?;
        vm.list_push(heap, entry)?;
        order += step;
    }
    if vm.list_items(heap).is_empty() {
        return vm.new_list(Vec::new());
    }
    make_heap(vm, heap, !largest)?;
    let mut top = first_of(vm, item(vm, heap, 0));
    while let Some(x) = vm.iter_next(it)? {
        vm.roots.push(x);
        let k = match key {
            Key::Call(f) => vm.call_value(f, &[x])?,
            _ => key_of(vm, x, key),
        };
        vm.roots.push(k);
        let better = if largest {
            vm.order(CompareOp::Lt, top, k)?
        } else {
            vm.order(CompareOp::Lt, k, top)?
        };
        if better {
            let e = entry_keyed(vm, x, k, key, order)?;
            vm.roots.push(e);
            replace_top(vm, heap, e, !largest)?;
            top = first_of(vm, item(vm, heap, 0));
            order += step;
        }
        vm.roots.truncate(vm.roots.len() - 2 - usize::from(better));
    }
    let reverse = largest.then_some(Value::TRUE);
    vm.sort_list(heap, None, reverse)?;
    let picked: Vec<Value> = vm
        .list_items(heap)
        .iter()
        .map(|&e| {
            let parts = vm.tuple_items(e);
            let at = if matches!(key, Key::Identity) { 0 } else { 2 };
            parts.get(at).copied().unwrap_or(Value::NONE)
        })
        .collect();
    vm.new_list(picked)
}

/// The key of `x` without calling anything (`Key::Call` is handled by the caller).
fn key_of(vm: &Vm, x: Value, key: Key) -> Value {
    match key {
        Key::Second => vm.tuple_items(x).get(1).copied().unwrap_or(Value::NONE),
        _ => x,
    }
}

/// The first item of a heap entry.
fn first_of(vm: &Vm, entry: Value) -> Value {
    vm.tuple_items(entry)
        .first()
        .copied()
        .unwrap_or(Value::NONE)
}

/// A heap entry: `(item, order)`, or `(key, order, item)` with a key.
fn entry(vm: &mut Vm, x: Value, key: Key, order: i64) -> PyResult {
    vm.roots.push(x);
    let k = match key {
        Key::Call(f) => vm.call_value(f, &[x]),
        _ => Ok(key_of(vm, x, key)),
    };
    let r = k.and_then(|k| {
        vm.roots.push(k);
        let e = entry_keyed(vm, x, k, key, order);
        vm.roots.pop();
        e
    });
    vm.roots.pop();
    r
}

fn entry_keyed(vm: &mut Vm, x: Value, k: Value, key: Key, order: i64) -> PyResult {
    let order = vm.new_int(order)?;
    match key {
        Key::Identity => vm.new_tuple(alloc::vec![x, order]),
        _ => vm.new_tuple(alloc::vec![k, order, x]),
    }
}
