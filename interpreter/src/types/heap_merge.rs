//! The iterator `heapq.merge` returns (`IterObj::HeapqMerge`): it reads nothing until
//! the first item is asked for, then keeps a heap (`heap_order`) of one entry
//! `[key, order, item, iterator]` per iterable that still has items, and gives out the
//! top's item, moving that iterator on next time. `order` (the iterable's position, negated
//! when reversed) breaks ties in favour of the earlier iterable, so items are never
//! compared with each other beyond their keys. Once one iterable is left its items follow
//! as they come, unkeyed, as CPython's generator does.

use alloc::vec::Vec;

use crate::heap::{IterObj, Obj};
use crate::types::heap_order::{item, make_heap, pop_top, replace_top};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

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
