//! Picking the `n` largest or smallest items of an iterable by a key, stably: what
//! `heapq.nlargest`/`nsmallest` and `Counter.most_common` return (the first `n` of the items
//! sorted by key, largest or smallest first, equal keys keeping their order). The sort is
//! the VM's timsort, which compares with `<` only.

use alloc::vec::Vec;

use crate::bytecode::CompareOp;
use crate::types::sort::{Pair, timsort};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What items are ordered by.
#[derive(Clone, Copy)]
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
    let count = match vm.length(iterable) {
        Some(size) => {
            let size = vm.new_int(size as i64)?;
            if vm.order(CompareOp::Ge, n, size)? {
                match vm.as_index(n)? {
                    Some(i) => vm.clamped_i64(i),
                    None => {
                        return Err(vm.type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        ));
                    }
                }
            } else {
                vm.index_ssize(n)?
            }
        }
        None => vm.index_ssize(n)?,
    };
    if count <= 0 {
        // The iterable is still taken apart, as the selection would.
        vm.get_iter(iterable)?;
        return vm.new_list(Vec::new());
    }
    let (items, keys) = keyed(vm, iterable, key)?;
    let mut sorted = sort_by_keys(vm, items, keys, largest)?;
    sorted.truncate(usize::try_from(count).unwrap_or(usize::MAX));
    vm.new_list(sorted)
}
