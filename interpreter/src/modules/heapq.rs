//! `heapq`: binary min-heaps kept in plain lists (`heap[k] <= heap[2k+1]` and
//! `heap[2k+2]`), ordered with `<` only, as CPython's are; `nlargest` and `nsmallest`
//! (`types::select`); and `merge`, a lazy iterator over sorted iterables.
//!
//! The sifts are the textbook ones CPython uses (a pop moves the smaller child up to a leaf,
//! then sifts the moved item back down), so a heap ends up in the same arrangement. A
//! comparison that changes the list's length raises RuntimeError.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

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

/// The parts of a merge entry `[key, order, item, iterator]`.
const ITEM: usize = 2;
const ITER: usize = 3;

impl Vm {
    fn merge_state(&self, it: Value) -> Option<(Value, Value, bool, bool)> {
        match self.heap.get(it) {
            Some(Obj::Iter(s)) => match **s {
                IterObj::HeapqMerge {
                    heap,
                    key,
                    reversed,
                    pending,
                } => Some((heap, key, reversed, pending)),
                _ => None,
            },
            _ => None,
        }
    }

    fn set_merge_state(&mut self, it: Value, new_heap: Option<Value>, new_pending: bool) {
        if let Some(Obj::Iter(s)) = self.heap.get_mut(it)
            && let IterObj::HeapqMerge { heap, pending, .. } = &mut **s
        {
            if let Some(h) = new_heap {
                *heap = h;
            }
            *pending = new_pending;
        }
    }

    /// The entry for an iterator's next item (keyed), or `None` when it is exhausted.
    fn merge_entry(&mut self, iter: Value, key: Value, order: i64) -> PyResult<Option<Value>> {
        let Some(x) = self.iter_next(iter)? else {
            return Ok(None);
        };
        self.roots.push(x);
        let r = (|| {
            let k = if key.is_none() {
                x
            } else {
                self.call_value(key, &[x])?
            };
            self.roots.push(k);
            let order = self.new_int(order);
            let entry = order.and_then(|o| self.new_list(alloc::vec![k, o, x, iter]));
            self.roots.pop();
            entry
        })();
        self.roots.pop();
        r.map(Some)
    }

    /// Starts a merge: an entry per iterable that has an item, made a heap.
    fn merge_start(&mut self, iterables: Value, key: Value, reversed: bool) -> PyResult {
        let heap = self.new_list(Vec::new())?;
        self.roots.push(heap);
        let r = (|| {
            let sources = self.tuple_items(iterables).to_vec();
            let direction = if reversed { -1 } else { 1 };
            for (order, src) in sources.into_iter().enumerate() {
                let iter = self.get_iter(src)?;
                self.roots.push(iter);
                let entry = self.merge_entry(iter, key, order as i64 * direction);
                self.roots.pop();
                if let Some(e) = entry? {
                    self.list_push(heap, e)?;
                }
            }
            make_heap(self, heap, reversed)?;
            Ok(heap)
        })();
        self.roots.pop();
        r
    }

    /// The next item of a merge.
    pub(crate) fn heapq_merge_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Some((mut heap, key, reversed, pending)) = self.merge_state(it) else {
            return Ok(None);
        };
        if !matches!(self.heap.get(heap), Some(Obj::List(_))) {
            heap = self.merge_start(heap, key, reversed)?;
            self.set_merge_state(it, Some(heap), false);
        } else if pending {
            let len = self.list_items(heap).len();
            if len == 0 {
                return Ok(None);
            }
            let top = item(self, heap, 0);
            let iter = self
                .list_items(top)
                .get(ITER)
                .copied()
                .unwrap_or(Value::NONE);
            if len == 1 {
                // The last iterator left: its items follow as they come, unkeyed.
                let next = self.iter_next(iter)?;
                if next.is_none() {
                    let _ = pop_top(self, heap, reversed)?;
                }
                return Ok(next);
            }
            let order = self.list_items(top).get(1).copied().unwrap_or(Value::NONE);
            let order = self.int_as_i64(order).unwrap_or(0);
            match self.merge_entry(iter, key, order)? {
                Some(entry) => {
                    self.roots.push(entry);
                    let r = replace_top(self, heap, entry, reversed);
                    self.roots.pop();
                    r?;
                }
                None => {
                    pop_top(self, heap, reversed)?;
                }
            }
            self.set_merge_state(it, None, false);
        }
        let Some(&top) = self.list_items(heap).first() else {
            return Ok(None);
        };
        self.set_merge_state(it, None, true);
        Ok(self.list_items(top).get(ITEM).copied())
    }
}
