//! The operators of `collections.deque`: `==` and the orderings between deques (item by
//! item, raising if a comparison changes either), `+` and `*` and their in-place forms (the
//! left deque's maxlen bounds the result; a subclass instance's result is made by its
//! class), and `copy`.

use alloc::format;

use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Where two deques first differ (their items there), and their lengths.
type Mismatch = (Option<(Value, Value)>, usize, usize);

impl Vm {
    /// A new deque of the items of `d` (and its maxlen), then of `more` when given.
    pub(crate) fn deque_copy(&mut self, d: Value, maxlen: Option<usize>) -> PyResult {
        let len = self.deque_len(d);
        let new = self.new_deque(maxlen)?;
        self.roots.push(new);
        let r = self.deque_room(new, len.min(maxlen.unwrap_or(usize::MAX)));
        let r = r.and_then(|()| {
            let items: alloc::vec::Vec<Value> = self
                .deque_ref(d)
                .map(|q| q.items.iter().copied().collect())
                .unwrap_or_default();
            for x in items {
                self.deque_push(new, x, false)?;
            }
            Ok(new)
        });
        self.roots.pop();
        r
    }

    /// `d + other` (another deque), or `d += other` (any iterable).
    pub(crate) fn deque_add(&mut self, d: Value, other: Value, inplace: bool) -> PyResult {
        if inplace {
            self.deque_extend(d, other, false)?;
            return Ok(d);
        }
        if !self.is_deque(self.payload(other)) {
            let msg = format!(
                "can only concatenate deque (not \"{}\") to deque",
                self.type_name_of(other)
            );
            return Err(self.type_error(&msg));
        }
        let maxlen = self.deque_ref(d).and_then(|q| q.maxlen);
        let new = self.deque_copy(d, maxlen)?;
        self.roots.push(new);
        let r = self.deque_extend(new, self.payload(other), false);
        self.roots.pop();
        r.map(|()| new)
    }

    /// `d * n` (a new deque) or `d *= n`: the items `n` times over, of which a bounded
    /// deque keeps the last `maxlen`.
    pub(crate) fn deque_repeat(&mut self, d: Value, n: i64, inplace: bool) -> PyResult {
        let (len, maxlen) = match self.deque_ref(d) {
            Some(q) => (q.items.len(), q.maxlen),
            None => return Ok(Value::NOT_IMPLEMENTED),
        };
        let n = n.max(0) as u64;
        let total = (len as u64).saturating_mul(n);
        let keep = match maxlen {
            Some(m) => total.min(m as u64),
            None => total,
        };
        let bytes = keep.saturating_mul(core::mem::size_of::<Value>() as u64);
        if total > isize::MAX as u64 || bytes > self.heap.budget() as u64 {
            return Err(self.raise_new(TypeId::MemoryError, ""));
        }
        let (total, keep) = (total as usize, keep as usize);
        let target = if inplace { d } else { self.new_deque(maxlen)? };
        self.roots.push(target);
        let r = self.deque_room(target, keep.saturating_sub(self.deque_len(target)));
        self.roots.pop();
        r?;
        let items: alloc::vec::Vec<Value> = self
            .deque_ref(d)
            .map(|q| q.items.iter().copied().collect())
            .unwrap_or_default();
        if let Some(q) = self.deque_mut(target) {
            q.state = q.state.wrapping_add(1);
            q.items.clear();
            if !items.is_empty() {
                q.items
                    .extend((total - keep..total).map(|p| items[p % items.len()]));
            }
        }
        Ok(target)
    }

    /// The first position where two deques' items differ by `==`, their items there, and
    /// both lengths: a change to either while comparing raises.
    fn deque_mismatch(&mut self, a: Value, b: Value) -> PyResult<Mismatch> {
        let (sa, sb) = (self.deque_state(a), self.deque_state(b));
        self.enter_recursion()?;
        let r = (|| {
            let mut i = 0;
            loop {
                let (Some(x), Some(y)) = (self.deque_get(a, i), self.deque_get(b, i)) else {
                    return Ok(None);
                };
                self.roots.extend([x, y]);
                let same = if x == y { Ok(true) } else { self.eq(x, y) };
                self.roots.truncate(self.roots.len() - 2);
                if !same? {
                    return Ok(Some((x, y)));
                }
                // The next step would find the change.
                if self.deque_state(a) != sa || self.deque_state(b) != sb {
                    return Err(self.deque_mutated(TypeId::RuntimeError));
                }
                i += 1;
            }
        })();
        self.native_depth -= 1;
        Ok((r?, self.deque_len(a), self.deque_len(b)))
    }

    /// `a == b` for two deques: the same items in the same order (maxlen aside).
    pub(crate) fn deque_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        if self.deque_len(a) != self.deque_len(b) {
            return Ok(false);
        }
        let (diff, _, _) = self.deque_mismatch(a, b)?;
        Ok(diff.is_none())
    }

    /// `a < b` (and the other orderings) for two deques: the first items that differ
    /// decide, compared with `op` itself; else the lengths.
    pub(crate) fn deque_order(
        &mut self,
        op: crate::bytecode::CompareOp,
        a: Value,
        b: Value,
    ) -> PyResult<bool> {
        use crate::bytecode::CompareOp;
        let (diff, x, y) = self.deque_mismatch(a, b)?;
        if let Some((p, q)) = diff {
            self.roots.extend([p, q]);
            let r = self.order(op, p, q);
            self.roots.truncate(self.roots.len() - 2);
            return r;
        }
        Ok(match op {
            CompareOp::Lt => x < y,
            CompareOp::Le => x <= y,
            CompareOp::Gt => x > y,
            _ => x >= y,
        })
    }

    /// `+` and `*` (and `+=`, `*=`) with a deque operand; NotImplemented for the rest.
    pub(crate) fn deque_binary(
        &mut self,
        op: crate::bytecode::BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult {
        use crate::bytecode::BinaryOp;
        match op {
            BinaryOp::Add if self.is_deque(a) => self.deque_add(a, b, inplace),
            BinaryOp::Mul => {
                let (d, count, inplace) = if self.is_deque(a) && self.is_int(b) {
                    (a, b, inplace)
                } else if self.is_deque(b) && self.is_int(a) {
                    (b, a, false)
                } else {
                    return Ok(Value::NOT_IMPLEMENTED);
                };
                let Some(n) = self.int_as_i64(count) else {
                    return Err(self.raise_new(
                        TypeId::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    ));
                };
                self.deque_repeat(d, n, inplace)
            }
            _ => Ok(Value::NOT_IMPLEMENTED),
        }
    }

    /// `d + other` and `d * n` (or `n * d`) for an instance `d` of a deque subclass: the
    /// result is a copy made by its class (`type(d)(d[, maxlen])`), then extended or
    /// repeated. `None` when neither operand is one.
    pub(crate) fn deque_subclass_op(
        &mut self,
        op: crate::bytecode::BinaryOp,
        a: Value,
        b: Value,
    ) -> PyResult<Option<Value>> {
        use crate::bytecode::BinaryOp;
        let sub = |vm: &Vm, v: Value| vm.payload(v) != v && vm.is_deque(vm.payload(v));
        let (d, other) = match op {
            BinaryOp::Add if sub(self, a) => (a, b),
            BinaryOp::Mul if sub(self, a) && self.is_int(b) => (a, b),
            BinaryOp::Mul if sub(self, b) && self.is_int(a) => (b, a),
            _ => return Ok(None),
        };
        if op == BinaryOp::Add && !self.is_deque(self.payload(other)) {
            return self.deque_add(self.payload(d), other, false).map(Some);
        }
        let count = if op == BinaryOp::Mul {
            match self.int_as_i64(other) {
                Some(n) => n,
                None => {
                    return Err(self.raise_new(
                        TypeId::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    ));
                }
            }
        } else {
            0
        };
        let new = crate::types::deque_methods::copy(self, &[d], crate::builtins::Kw::NONE)?;
        self.roots.push(new);
        let target = self.payload(new);
        let r = if !self.is_deque(target) {
            Ok(new)
        } else if op == BinaryOp::Add {
            let src = self.payload(other);
            self.deque_extend(target, src, false).map(|()| new)
        } else {
            self.deque_repeat(target, count, true).map(|_| new)
        };
        self.roots.pop();
        r.map(Some)
    }
}
