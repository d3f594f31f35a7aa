//! `collections.deque`: a double-ended queue on a ring buffer (`VecDeque`), optionally
//! bounded by `maxlen` (adding at one end then drops items from the other). This file owns
//! the object and what the VM's protocols ask of it: growth accounted against the heap
//! budget, indexing, iteration, `in` and the repr. Comparison, `+` and `*` are in
//! `deque_ops`, the methods in `deque_methods`.
//!
//! Invariants: `items.len() <= maxlen` when there is a maxlen; `state` changes whenever
//! items are added, removed or rotated (not when one is replaced, nor on `reverse`), and an
//! iterator or a comparison that sees it change raises "deque mutated during iteration".

use alloc::collections::VecDeque;
use alloc::format;
use alloc::string::String;

use crate::heap::{IterObj, Obj};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// The payload of a deque.
pub struct Deque {
    pub items: VecDeque<Value>,
    /// The bound on the length, `None` for an unbounded deque.
    pub maxlen: Option<usize>,
    /// Moves on every change of the item positions (see the module invariants).
    pub state: u32,
}

impl Deque {
    /// Bytes the ring buffer takes outside the slot.
    pub fn heap_bytes(&self) -> usize {
        self.items.capacity() * core::mem::size_of::<Value>()
    }
}

impl Vm {
    /// A new empty deque.
    pub(crate) fn new_deque(&mut self, maxlen: Option<usize>) -> PyResult {
        self.alloc(Obj::Deque(alloc::boxed::Box::new(Deque {
            items: VecDeque::new(),
            maxlen,
            state: 0,
        })))
    }

    pub(crate) fn deque_ref(&self, d: Value) -> Option<&Deque> {
        match self.heap.get(d) {
            Some(Obj::Deque(q)) => Some(q),
            _ => None,
        }
    }

    pub(crate) fn deque_mut(&mut self, d: Value) -> Option<&mut Deque> {
        match self.heap.get_mut(d) {
            Some(Obj::Deque(q)) => Some(q),
            _ => None,
        }
    }

    pub(crate) fn is_deque(&self, v: Value) -> bool {
        self.deque_ref(v).is_some()
    }

    pub(crate) fn deque_len(&self, d: Value) -> usize {
        self.deque_ref(d).map_or(0, |q| q.items.len())
    }

    pub(crate) fn deque_state(&self, d: Value) -> u32 {
        self.deque_ref(d).map_or(0, |q| q.state)
    }

    pub(crate) fn deque_get(&self, d: Value, i: usize) -> Option<Value> {
        self.deque_ref(d).and_then(|q| q.items.get(i).copied())
    }

    /// Makes room for `extra` more items, counting what the buffer grows by.
    pub(crate) fn deque_room(&mut self, d: Value, extra: usize) -> PyResult<()> {
        let Some(q) = self.deque_ref(d) else {
            return Ok(());
        };
        let (len, cap) = (q.items.len(), q.items.capacity());
        let need = len.saturating_add(extra);
        if need <= cap {
            return Ok(());
        }
        let want = need.max(cap.saturating_mul(2)).max(4);
        let bytes = (want - cap).saturating_mul(core::mem::size_of::<Value>());
        self.check_building(bytes)?;
        self.reserve_bytes(bytes)?;
        let ok = match self.deque_mut(d) {
            Some(q) => q.items.try_reserve_exact(want - len).is_ok(),
            None => true,
        };
        if !ok {
            return Err(self.raise_new(TypeId::MemoryError, ""));
        }
        let grown = self.deque_ref(d).map_or(cap, |q| q.items.capacity());
        self.heap
            .grew(grown.saturating_sub(cap) * core::mem::size_of::<Value>());
        Ok(())
    }

    /// Adds `v` at the right end (or the left), dropping an item from the other end when
    /// the deque is full.
    pub(crate) fn deque_push(&mut self, d: Value, v: Value, left: bool) -> PyResult<()> {
        self.deque_room(d, 1)?;
        if let Some(q) = self.deque_mut(d) {
            q.state = q.state.wrapping_add(1);
            if left {
                q.items.push_front(v);
            } else {
                q.items.push_back(v);
            }
            if q.maxlen.is_some_and(|m| q.items.len() > m) {
                if left {
                    q.items.pop_back();
                } else {
                    q.items.pop_front();
                }
            }
        }
        Ok(())
    }

    /// `extend` (or `extendleft`): each item of `iterable` pushed in turn. A deque extended
    /// from itself takes a snapshot of its items first.
    pub(crate) fn deque_extend(&mut self, d: Value, iterable: Value, left: bool) -> PyResult<()> {
        if iterable == d {
            let items: alloc::vec::Vec<Value> = self
                .deque_ref(d)
                .map(|q| q.items.iter().copied().collect())
                .unwrap_or_default();
            let copy = self.new_list(items)?;
            self.roots.push(copy);
            let r = self.deque_extend(d, copy, left);
            self.roots.pop();
            return r;
        }
        self.for_each_item(iterable, |vm, x| vm.deque_push(d, x, left).map(|()| true))
    }

    /// Removes every item.
    pub(crate) fn deque_clear(&mut self, d: Value) {
        if let Some(q) = self.deque_mut(d)
            && !q.items.is_empty()
        {
            q.state = q.state.wrapping_add(1);
            q.items.clear();
        }
    }

    /// `d.rotate(n)`: `n` steps to the right (to the left when negative).
    pub(crate) fn deque_rotate(&mut self, d: Value, n: i64) {
        if let Some(q) = self.deque_mut(d) {
            let len = q.items.len();
            if len <= 1 {
                return;
            }
            q.state = q.state.wrapping_add(1);
            let k = n.rem_euclid(len as i64) as usize;
            q.items.rotate_right(k);
        }
    }

    /// The position `index` (an int, negative from the end) names, or IndexError.
    fn deque_position(&mut self, d: Value, index: Value) -> PyResult<usize> {
        if !self.is_int(index) {
            let msg = format!(
                "sequence index must be integer, not '{}'",
                self.type_name_of(index)
            );
            return Err(self.type_error(&msg));
        }
        self.seq_index(index, self.deque_len(d), "deque")
    }

    /// `d[i]`.
    pub(crate) fn deque_getitem(&mut self, d: Value, index: Value) -> PyResult {
        let i = self.deque_position(d, index)?;
        Ok(self.deque_get(d, i).unwrap_or(Value::NONE))
    }

    /// `d[i] = v`, or `del d[i]` when `value` is `UNBOUND`.
    pub(crate) fn deque_setitem(&mut self, d: Value, index: Value, value: Value) -> PyResult<()> {
        let i = self.deque_position(d, index)?;
        self.deque_store_at(d, i, value);
        Ok(())
    }

    /// Replaces the item at `i`, or removes it when `value` is `UNBOUND`.
    pub(crate) fn deque_store_at(&mut self, d: Value, i: usize, value: Value) {
        if let Some(q) = self.deque_mut(d) {
            if value == Value::UNBOUND {
                if q.items.remove(i).is_some() {
                    q.state = q.state.wrapping_add(1);
                }
            } else if let Some(slot) = q.items.get_mut(i) {
                *slot = value;
            }
        }
    }

    /// The error of an item comparison that found the deque changed under it.
    pub(crate) fn deque_mutated(&mut self, kind: TypeId) -> Raised {
        self.raise_new(kind, "deque mutated during iteration")
    }

    /// The first position from `start` below `stop` whose item equals `x`, comparing with
    /// `==` item by item: RuntimeError (or `kind`) if a comparison changes the deque.
    pub(crate) fn deque_find(
        &mut self,
        d: Value,
        x: Value,
        start: usize,
        stop: usize,
        kind: TypeId,
    ) -> PyResult<Option<usize>> {
        let state = self.deque_state(d);
        for i in start..stop {
            let Some(item) = self.deque_get(d, i) else {
                break;
            };
            self.roots.push(item);
            let same = if item == x {
                Ok(true)
            } else {
                self.eq(item, x)
            };
            self.roots.pop();
            let same = same?;
            if self.deque_state(d) != state {
                return Err(self.deque_mutated(kind));
            }
            if same {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// `x in d`.
    pub(crate) fn deque_contains(&mut self, d: Value, x: Value) -> PyResult<bool> {
        let len = self.deque_len(d);
        Ok(self
            .deque_find(d, x, 0, len, TypeId::RuntimeError)?
            .is_some())
    }

    /// `iter(d)` or `reversed(d)`.
    pub(crate) fn deque_iter(&mut self, d: Value, reversed: bool) -> PyResult {
        let state = self.deque_state(d);
        let left = self.deque_len(d);
        self.alloc(Obj::Iter(alloc::boxed::Box::new(IterObj::Deque {
            deque: d,
            pos: 0,
            left,
            state,
            reversed,
        })))
    }

    /// The next item of a deque iterator.
    pub(crate) fn deque_iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Some(Obj::Iter(state)) = self.heap.get(it) else {
            return Ok(None);
        };
        let IterObj::Deque {
            deque,
            pos,
            left,
            state,
            reversed,
        } = **state
        else {
            return Ok(None);
        };
        if self.deque_state(deque) != state {
            return Err(self.deque_mutated(TypeId::RuntimeError));
        }
        if left == 0 {
            return Ok(None);
        }
        let len = self.deque_len(deque);
        let at = if reversed {
            len.checked_sub(pos + 1)
        } else {
            Some(pos)
        };
        let item = at.and_then(|i| self.deque_get(deque, i));
        if let Some(Obj::Iter(s)) = self.heap.get_mut(it)
            && let IterObj::Deque { pos, left, .. } = &mut **s
        {
            *pos += 1;
            *left -= 1;
        }
        Ok(item)
    }

    /// `repr(d)` for a deque, or a subclass instance named `name`.
    pub(crate) fn deque_repr_into(
        &mut self,
        d: Value,
        name: &str,
        out: &mut String,
    ) -> PyResult<()> {
        if !self.repr_enter(d, "[", "]", out)? {
            return Ok(());
        }
        out.push_str(name);
        out.push_str("([");
        let mut i = 0;
        let r = loop {
            let Some(item) = self.deque_get(d, i) else {
                break Ok(());
            };
            if i > 0 {
                out.push_str(", ");
            }
            if let Err(e) = self.repr_into(item, out) {
                break Err(e);
            }
            i += 1;
        };
        self.repr_stack.pop();
        r?;
        out.push(']');
        if let Some(m) = self.deque_ref(d).and_then(|q| q.maxlen) {
            out.push_str(&format!(", maxlen={m}"));
        }
        out.push(')');
        Ok(())
    }
}
