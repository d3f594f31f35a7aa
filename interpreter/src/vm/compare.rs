//! Truth, equality, ordering, membership and hashing.
//!
//! Equality of containers is structural with an identity shortcut per item (so a NaN inside
//! a list equals itself there, as in CPython); recursion through nested containers is
//! bounded by the configured depth and raises `RecursionError`.

use alloc::format;
use core::cmp::Ordering;

use num_traits::Zero;

use super::{PyResult, Raised, Vm};
use crate::bytecode::CompareOp;
use crate::heap::Obj;
use crate::types::TypeId;
use crate::types::float::float_to_bigint;
use crate::value::Value;

impl Vm {
    /// `bool(v)`.
    pub(crate) fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if let Some(i) = v.as_small() {
            return Ok(i != 0);
        }
        if v == Value::TRUE {
            return Ok(true);
        }
        if v == Value::FALSE || v == Value::NONE {
            return Ok(false);
        }
        if let Some(q) = v.as_qstr() {
            return Ok(!self.qstrs.text(q).is_empty());
        }
        if let Some(f) = v.as_float() {
            return Ok(f != 0.0);
        }
        Ok(match self.heap.get(v) {
            Some(Obj::Instance(_)) => return self.truthy_dunder(v),
            Some(Obj::Descr(d)) if matches!(**d, crate::heap::Descr::MappingProxy { .. }) => {
                let m = self.proxied(v).unwrap_or(Value::NONE);
                return self.truthy(m);
            }
            Some(Obj::Str(s)) => !s.text().is_empty(),
            Some(Obj::BigInt(b)) => !b.is_zero(),
            Some(Obj::Float(f)) => *f != 0.0,
            Some(Obj::List(items)) => !items.is_empty(),
            Some(Obj::Tuple(items)) => !items.is_empty(),
            Some(Obj::Dict(d)) => !d.is_empty(),
            Some(Obj::Set(s)) => !s.table.is_empty(),
            Some(Obj::Deque(q)) => !q.items.is_empty(),
            Some(Obj::Complex([re, im])) => *re != 0.0 || *im != 0.0,
            Some(Obj::MemoryView(m)) if m.released => return Err(self.released_error()),
            Some(Obj::MemoryView(m)) => m.len > 0,
            Some(Obj::Array(a)) => !a.is_empty(),
            Some(Obj::Bytes(_) | Obj::ByteArray(_)) => {
                self.with_buffer(v, |b| !b.is_empty()).unwrap_or(false)
            }
            Some(Obj::Range(r)) => !r.is_empty(),
            Some(Obj::DictView { dict, .. }) => {
                matches!(self.heap.get(*dict), Some(Obj::Dict(d)) if !d.is_empty())
            }
            _ => true,
        })
    }

    pub(crate) fn compare_op(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult {
        if matches!(
            op,
            CompareOp::Eq
                | CompareOp::Ne
                | CompareOp::Lt
                | CompareOp::Le
                | CompareOp::Gt
                | CompareOp::Ge
        ) && (self.is_user_obj(a) || self.is_user_obj(b))
        {
            return self.compare_dunder(op, a, b);
        }
        let r = match op {
            CompareOp::Eq => self.eq(a, b)?,
            CompareOp::Ne => !self.eq(a, b)?,
            CompareOp::Is => a == b,
            CompareOp::IsNot => a != b,
            CompareOp::In => self.contains(b, a)?,
            CompareOp::NotIn => !self.contains(b, a)?,
            CompareOp::Lt | CompareOp::Le | CompareOp::Gt | CompareOp::Ge => {
                return self.order(op, a, b).map(Value::bool);
            }
        };
        Ok(Value::bool(r))
    }

    pub(crate) fn enter_recursion(&mut self) -> PyResult<()> {
        self.native_depth += 1;
        if self.too_deep() {
            self.native_depth -= 1;
            return Err(self.raise_new(
                TypeId::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        Ok(())
    }

    /// `a == b`.
    pub(crate) fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            // The same object: equal, except a float NaN (or a complex with a NaN part)
            // compared with itself directly, and a view whose items compare unequal.
            return Ok(!match self.heap.get(a) {
                Some(Obj::Float(f)) => f.is_nan(),
                Some(Obj::Complex([re, im])) => re.is_nan() || im.is_nan(),
                Some(Obj::MemoryView(m)) if matches!(m.fmt, b'f' | b'd') => {
                    return self.view_eq(a, b);
                }
                _ => false,
            });
        }
        if a.is_small() && b.is_small() {
            return Ok(false);
        }
        if let (Some(x), Some(y)) = (self.str_text(a), self.str_text(b)) {
            return Ok(x == y);
        }
        // A mappingproxy compares as its mapping.
        if let Some(m) = self.proxied(a) {
            return self.eq(m, b);
        }
        if let Some(m) = self.proxied(b) {
            return self.eq(a, m);
        }
        if self.is_user_obj(a) || self.is_user_obj(b) {
            let r = self.compare_dunder(CompareOp::Eq, a, b)?;
            return self.truthy(r);
        }
        let (ai, bi) = (self.is_int(a), self.is_int(b));
        if ai && bi {
            return Ok(self.int_of(a) == self.int_of(b));
        }
        if self.complex_of(a).is_some() || self.complex_of(b).is_some() {
            let (x, y) = (self.as_complex_operand(a)?, self.as_complex_operand(b)?);
            return Ok(match (x, y) {
                (Some(x), Some(y)) => {
                    // An int compares exactly with the real part.
                    let real_eq = if ai {
                        self.int_float_cmp(a, y.re) == Some(Ordering::Equal)
                    } else if bi {
                        self.int_float_cmp(b, x.re) == Some(Ordering::Equal)
                    } else {
                        x.re == y.re
                    };
                    real_eq && x.im == y.im
                }
                _ => false,
            });
        }
        if let Some(ord) = self.number_cmp(a, b) {
            return Ok(ord == Some(Ordering::Equal));
        }
        if let Some((x, y)) = self.slice_pair(a, b)? {
            return self.eq(x, y);
        }
        if self.is_set_like(a) && self.is_set_like(b) && !(self.is_set(a) && self.is_set(b)) {
            let (x, y) = self.as_sets(a, b)?;
            self.roots.extend([x, y]);
            let r = self.set_eq(x, y);
            self.roots.truncate(self.roots.len() - 2);
            return r;
        }
        if let Some(r) = self.union_eq(a, b) {
            return Ok(r);
        }
        if let Some(r) = self.alias_eq(a, b)? {
            return Ok(r);
        }
        let (Some(oa), Some(ob)) = (self.heap.get(a), self.heap.get(b)) else {
            return Ok(false);
        };
        match (oa, ob) {
            (Obj::List(x), Obj::List(y)) => {
                let (x, y) = (x.clone(), y.clone());
                self.seq_eq(&x, &y, a, b)
            }
            (Obj::Tuple(x), Obj::Tuple(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                self.seq_eq(&x, &y, a, b)
            }
            (Obj::Dict(x), Obj::Dict(y)) => {
                use crate::types::dict::DictKind;
                let kinds = (x.kind(), y.kind());
                if kinds == (DictKind::Counter, DictKind::Counter) {
                    return self.counter_eq(a, b);
                }
                if x.len() != y.len() {
                    return Ok(false);
                }
                let entries: alloc::vec::Vec<(Value, Value)> =
                    x.iter().map(|e| (e.key, e.value)).collect();
                if kinds == (DictKind::OrderedDict, DictKind::OrderedDict)
                    && !self.odict_same_order(a, b)?
                {
                    return Ok(false);
                }
                self.enter_recursion()?;
                let r = (|| {
                    for (k, v) in entries {
                        match self.dict_get(b, k)? {
                            Some(w) if w == v || self.eq(v, w)? => {}
                            _ => return Ok(false),
                        }
                    }
                    Ok(true)
                })();
                self.native_depth -= 1;
                r
            }
            (
                Obj::BoundMethod {
                    func: f1,
                    receiver: r1,
                },
                Obj::BoundMethod {
                    func: f2,
                    receiver: r2,
                },
            ) => Ok(f1 == f2 && r1 == r2),
            (Obj::Set(_), Obj::Set(_)) => self.set_eq(a, b),
            (Obj::Deque(_), Obj::Deque(_)) => self.deque_eq(a, b),
            (Obj::MemoryView(_), Obj::Bytes(_) | Obj::ByteArray(_) | Obj::MemoryView(_))
            | (Obj::Bytes(_) | Obj::ByteArray(_), Obj::MemoryView(_)) => self.view_eq(a, b),
            (Obj::Bytes(_) | Obj::ByteArray(_), Obj::Bytes(_) | Obj::ByteArray(_)) => {
                Ok(self.buffer_items(a) == self.buffer_items(b))
            }
            (Obj::Range(x), Obj::Range(y)) => Ok(x.same_items(y)),
            (Obj::Array(_), Obj::Array(_)) => self.array_eq(a, b),
            _ => Ok(false),
        }
    }

    /// Equality of two item sequences; `a` and `b` are kept rooted on the repr stack.
    fn seq_eq(&mut self, x: &[Value], y: &[Value], a: Value, b: Value) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.enter_recursion()?;
        self.repr_stack.push(a);
        self.repr_stack.push(b);
        let mut r = Ok(true);
        for (&p, &q) in x.iter().zip(y) {
            if p == q {
                continue;
            }
            match self.eq(p, q) {
                Ok(true) => {}
                other => {
                    r = other;
                    break;
                }
            }
        }
        self.repr_stack.truncate(self.repr_stack.len() - 2);
        self.native_depth -= 1;
        r
    }

    /// Compares two numbers exactly (ints of any size against floats); `None` when either is
    /// not a number, `Some(None)` when unordered (NaN).
    pub(crate) fn number_cmp(&self, a: Value, b: Value) -> Option<Option<Ordering>> {
        let (fa, fb) = (self.float_of(a), self.float_of(b));
        match (fa, fb) {
            (Some(x), Some(y)) => Some(x.partial_cmp(&y)),
            (Some(x), None) if self.is_int(b) => {
                Some(self.int_float_cmp(b, x).map(Ordering::reverse))
            }
            (None, Some(y)) if self.is_int(a) => Some(self.int_float_cmp(a, y)),
            (None, None) if self.is_int(a) && self.is_int(b) => {
                if let (Some(x), Some(y)) = (self.int_as_i64(a), self.int_as_i64(b)) {
                    return Some(Some(x.cmp(&y)));
                }
                Some(
                    self.int_of(a)?
                        .as_ref()
                        .partial_cmp(self.int_of(b)?.as_ref()),
                )
            }
            _ => None,
        }
    }

    /// Exact comparison of an int with a float.
    fn int_float_cmp(&self, i: Value, f: f64) -> Option<Ordering> {
        if f.is_nan() {
            return None;
        }
        if f.is_infinite() {
            return Some(if f > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
        if let Some(x) = self.int_as_i64(i)
            && x.unsigned_abs() < (1 << 53)
        {
            return (x as f64).partial_cmp(&f);
        }
        let big = self.int_of(i)?.into_owned();
        let t = libm::trunc(f);
        match big.cmp(&float_to_bigint(t)) {
            Ordering::Equal => 0.0f64.partial_cmp(&(f - t)),
            other => Some(other),
        }
    }

    /// Two set-like operands as sets (a dict view becomes a set of its items).
    fn as_sets(&mut self, a: Value, b: Value) -> PyResult<(Value, Value)> {
        let x = if self.is_set(a) {
            a
        } else {
            self.set_from(a, true)?
        };
        self.roots.push(x);
        let y = if self.is_set(b) {
            Ok(b)
        } else {
            self.set_from(b, true)
        };
        self.roots.pop();
        Ok((x, y?))
    }

    /// `<`, `<=`, `>`, `>=`.
    pub(crate) fn order(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = self.compare_fast(op as u32, a, b) {
            return Ok(r);
        }
        if self.is_user_obj(a) || self.is_user_obj(b) {
            let r = self.compare_dunder(op, a, b)?;
            return self.truthy(r);
        }
        if self.is_bytes_like(a)
            && self.is_bytes_like(b)
            && !matches!(self.heap.get(a), Some(Obj::MemoryView(_)))
            && !matches!(self.heap.get(b), Some(Obj::MemoryView(_)))
        {
            let (x, y) = (self.buffer_of(a), self.buffer_of(b));
            let o = x.cmp(&y);
            return Ok(match op {
                CompareOp::Lt => o == Ordering::Less,
                CompareOp::Le => o != Ordering::Greater,
                CompareOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            });
        }
        if self.is_set_like(a) && self.is_set_like(b) {
            let (x, y) = self.as_sets(a, b)?;
            self.roots.extend([x, y]);
            let r = self.set_order(op, x, y);
            self.roots.truncate(self.roots.len() - 2);
            return r;
        }
        if matches!(
            (self.heap.get(a), self.heap.get(b)),
            (Some(Obj::List(_)), Some(Obj::List(_))) | (Some(Obj::Tuple(_)), Some(Obj::Tuple(_)))
        ) {
            return self.seq_order(op, a, b);
        }
        if self.is_deque(a) && self.is_deque(b) {
            return self.deque_order(op, a, b);
        }
        if self.is_counter(a) && self.is_counter(b) {
            return self.counter_order(op, a, b);
        }
        if let Some((x, y)) = self.slice_pair(a, b)? {
            return self.seq_order(op, x, y);
        }
        if self.is_array(a) && self.is_array(b) {
            return self.array_order(op, a, b);
        }
        let ord = self.partial_order(op, a, b)?;
        Ok(match ord {
            None => false,
            Some(o) => match op {
                CompareOp::Lt => o == Ordering::Less,
                CompareOp::Le => o != Ordering::Greater,
                CompareOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            },
        })
    }

    /// `a op b` for builtin values, or `None` when their types do not order.
    pub(crate) fn partial_order_opt(
        &mut self,
        op: CompareOp,
        a: Value,
        b: Value,
    ) -> PyResult<Option<bool>> {
        let orders = self.number_cmp(a, b).is_some()
            || (self.str_text(a).is_some() && self.str_text(b).is_some())
            || matches!(
                (self.heap.get(a), self.heap.get(b)),
                (Some(Obj::List(_)), Some(Obj::List(_)))
                    | (Some(Obj::Tuple(_)), Some(Obj::Tuple(_)))
                    | (Some(Obj::Deque(_)), Some(Obj::Deque(_)))
            )
            || (self.is_counter(a) && self.is_counter(b))
            || (self.is_set_like(a) && self.is_set_like(b))
            || (matches!(self.heap.get(a), Some(Obj::Bytes(_) | Obj::ByteArray(_)))
                && matches!(self.heap.get(b), Some(Obj::Bytes(_) | Obj::ByteArray(_))));
        if !orders {
            return Ok(None);
        }
        self.order(op, a, b).map(Some)
    }

    fn partial_order(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Option<Ordering>> {
        if let Some(ord) = self.number_cmp(a, b) {
            return Ok(ord);
        }
        if matches!(self.heap.get(a), Some(Obj::Bytes(_) | Obj::ByteArray(_)))
            && matches!(self.heap.get(b), Some(Obj::Bytes(_) | Obj::ByteArray(_)))
        {
            return Ok(Some(self.buffer_of(a).cmp(&self.buffer_of(b))));
        }
        if let (Some(x), Some(y)) = (self.str_text(a), self.str_text(b)) {
            return Ok(Some(x.cmp(y)));
        }
        let msg = format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name_of(a),
            self.type_name_of(b)
        );
        Err(self.type_error(&msg))
    }

    /// Two slices as the tuples `(start, stop, step)` they compare as.
    fn slice_pair(&mut self, a: Value, b: Value) -> PyResult<Option<(Value, Value)>> {
        let (Some(Obj::Slice(x)), Some(Obj::Slice(y))) = (self.heap.get(a), self.heap.get(b))
        else {
            return Ok(None);
        };
        let (x, y) = (x.to_vec(), y.to_vec());
        let x = self.new_tuple(x)?;
        self.roots.push(x);
        let y = self.new_tuple(y);
        self.roots.pop();
        Ok(Some((x, y?)))
    }

    /// `a op b` for two lists or two tuples: the first items that differ (by `==`) decide,
    /// compared with `op` itself (so items need only the operator asked for); else the
    /// lengths. Items are read by index as the comparison goes, since `==` may run code that
    /// changes the sequences.
    fn seq_order(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<bool> {
        self.enter_recursion()?;
        self.repr_stack.push(a);
        self.repr_stack.push(b);
        let r = (|| {
            let mut i = 0;
            while let (Some(p), Some(q)) = (self.seq_item(a, i), self.seq_item(b, i)) {
                let same = p == q
                    || match self.compare_fast(CompareOp::Eq as u32, p, q) {
                        Some(e) => e,
                        None => self.eq(p, q)?,
                    };
                if !same {
                    if let Some(r) = self.compare_fast(op as u32, p, q) {
                        return Ok(r);
                    }
                    return self.order(op, p, q);
                }
                i += 1;
            }
            let len = |v: Value| match self.heap.get(v) {
                Some(Obj::List(items)) => items.len(),
                Some(Obj::Tuple(items)) => items.len(),
                _ => 0,
            };
            let (x, y) = (len(a), len(b));
            Ok(match op {
                CompareOp::Lt => x < y,
                CompareOp::Le => x <= y,
                CompareOp::Gt => x > y,
                _ => x >= y,
            })
        })();
        self.repr_stack.truncate(self.repr_stack.len() - 2);
        self.native_depth -= 1;
        r
    }

    /// `item in container`.
    pub(crate) fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Some(m) = self.proxied(container) {
            return self.contains(m, item);
        }
        if let Some(hay) = self.str_text(container) {
            // A str subclass instance searches by the text it extends.
            let Some(needle) = self.str_text(self.payload(item)) else {
                let msg = format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name_of(item)
                );
                return Err(self.type_error(&msg));
            };
            return Ok(hay.contains(needle));
        }
        if self.is_user_obj(container) {
            return self.contains_dunder(container, item);
        }
        match self.heap.get(container) {
            Some(Obj::List(_) | Obj::Tuple(_)) => {
                // By index, re-reading the item each time: an `==` may run code.
                let mut i = 0;
                while let Some(x) = self.seq_item(container, i) {
                    if x == item || self.eq(x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                Ok(false)
            }
            Some(Obj::Dict(_)) => Ok(self.dict_get(container, item)?.is_some()),
            Some(Obj::Set(_)) => self.set_contains(container, item),
            Some(Obj::Array(_)) => self.array_contains(container, item),
            Some(Obj::Deque(_)) => self.deque_contains(container, item),
            // A memoryview has no `__contains__`: `in` compares its items one by one.
            Some(Obj::MemoryView(_)) => {
                let items = self.view_values(container)?;
                for v in items {
                    if v == item || self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Obj::Bytes(_) | Obj::ByteArray(_)) => {
                let hay = self.buffer_of(container).unwrap_or_default();
                if self.is_int(item) {
                    let c = self.byte_value(item)?;
                    return Ok(hay.contains(&c));
                }
                if self.is_strided_view(item) {
                    return Err(self.not_contiguous());
                }
                let Some(needle) = self.buffer_of(item) else {
                    let msg = format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name_of(item)
                    );
                    return Err(self.type_error(&msg));
                };
                Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle))
            }
            Some(Obj::DictView {
                dict,
                kind: crate::heap::DictViewKind::Keys,
            }) => {
                let dict = *dict;
                Ok(self.dict_get(dict, item)?.is_some())
            }
            Some(Obj::DictView {
                dict,
                kind: crate::heap::DictViewKind::Items,
            }) => {
                // A pair whose key is in the dict with an equal value.
                let dict = *dict;
                let pair = match self.heap.get(item) {
                    Some(Obj::Tuple(t)) if t.len() == 2 => [t[0], t[1]],
                    _ => return Ok(false),
                };
                match self.dict_get(dict, pair[0])? {
                    Some(v) => Ok(v == pair[1] || self.eq(v, pair[1])?),
                    None => Ok(false),
                }
            }
            Some(Obj::Range(r)) if self.is_int(item) => {
                let (start, stop, step) = (r.start, r.stop, r.step);
                let Some(i) = self
                    .int_of(item)
                    .and_then(|b| num_traits::ToPrimitive::to_i128(b.as_ref()))
                else {
                    return Ok(false);
                };
                let inside = if step > 0 {
                    start <= i && i < stop
                } else {
                    stop < i && i <= start
                };
                Ok(inside && (i - start) % step == 0)
            }
            Some(Obj::Range(_) | Obj::DictView { .. } | Obj::Iter(_) | Obj::Generator(_)) => {
                let mut found = false;
                self.for_each_item(container, |vm, x| {
                    found = x == item || vm.eq(x, item)?;
                    Ok(!found)
                })?;
                Ok(found)
            }
            _ => {
                let msg = format!(
                    "argument of type '{}' is not iterable",
                    self.type_name_of(container)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// `hash(v)`; TypeError for unhashable values.
    pub(crate) fn hash(&mut self, v: Value) -> PyResult<u64> {
        if let Some(i) = v.as_small() {
            let _ = i;
            return Ok(self.int_hash(v) as u64);
        }
        if let Some(q) = v.as_qstr() {
            return Ok(self.qstrs.hash(q));
        }
        if v == Value::TRUE {
            return Ok(1);
        }
        if v == Value::FALSE {
            return Ok(0);
        }
        if let Some(f) = v.as_float() {
            return Ok(crate::types::float::hash(f) as u64);
        }
        if self.is_user_obj(v) {
            return self.hash_dunder(v);
        }
        match self.heap.get(v) {
            None => Ok(v.raw().rotate_right(3)),
            Some(Obj::Str(s)) => {
                if let Some(h) = s.hash() {
                    return Ok(h);
                }
                let h = crate::qstr::str_hash(s.text().as_bytes());
                if let Some(Obj::Str(s)) = self.heap.get_mut(v) {
                    s.set_hash(h);
                }
                Ok(h)
            }
            Some(Obj::BigInt(_)) => Ok(self.int_hash(v) as u64),
            // A bound method hashes by what it is bound to and its function, as equal
            // bound methods must hash alike.
            Some(&Obj::BoundMethod { func, receiver }) => {
                let f = self.hash(func)?;
                Ok(receiver.raw().rotate_right(3) ^ f)
            }
            Some(Obj::Descr(d)) if matches!(**d, crate::heap::Descr::MappingProxy { .. }) => {
                Err(self.unhashable(v))
            }
            Some(Obj::Descr(d)) if matches!(**d, crate::heap::Descr::Alias { .. }) => {
                let (origin, args) = self.alias_parts(v).unwrap_or((Value::NONE, Value::NONE));
                Ok(self.hash(origin)? ^ self.hash(args)?.rotate_left(7))
            }
            // A union hashes by its members, in any order (as equality compares them).
            Some(Obj::Descr(d)) if matches!(**d, crate::heap::Descr::Union { .. }) => {
                let args = self.union_args(v).unwrap_or(Value::NONE);
                let members = self.tuple_items(args).to_vec();
                let mut h = 0x5155_u64;
                for m in members {
                    h ^= self.hash(m)?;
                }
                Ok(h)
            }
            Some(Obj::Float(f)) => Ok(crate::types::float::hash(*f) as u64),
            Some(Obj::Tuple(items)) => {
                let items = items.to_vec();
                self.enter_recursion()?;
                let r = self.tuple_hash(&items);
                self.native_depth -= 1;
                r
            }
            Some(Obj::Range(r)) => {
                // Equal ranges (the same items) hash alike: as CPython, the hash of
                // (len, start, step) with the start and step that do not matter as None.
                let (len, start, step) = (r.len(), r.start, r.step);
                let mut parts = alloc::vec![self.new_i128(len)?];
                self.roots.push(parts[0]);
                let start = if len == 0 {
                    Ok(Value::NONE)
                } else {
                    self.new_i128(start)
                };
                let step = if len <= 1 {
                    Ok(Value::NONE)
                } else {
                    self.new_i128(step)
                };
                self.roots.pop();
                parts.push(start?);
                parts.push(step?);
                self.tuple_hash(&parts)
            }
            Some(Obj::Set(s)) if s.frozen => Ok(self.frozenset_hash(v)),
            Some(Obj::Bytes(b)) => Ok(crate::qstr::str_hash(b)),
            // A read-only view hashes as the bytes it shows (they compare equal).
            Some(Obj::MemoryView(m)) => {
                if m.released {
                    return Err(self.released_error());
                }
                if !m.readonly {
                    return Err(self.value_error("cannot hash writable memoryview object"));
                }
                if !crate::types::memview_fmt::is_byte_format(m.fmt) {
                    return Err(self.value_error(
                        "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
                    ));
                }
                let items = self.buffer_items(v).unwrap_or_default();
                Ok(crate::qstr::str_hash(&items))
            }
            Some(Obj::Complex([re, im])) => Ok(crate::types::complex::hash(
                crate::types::complex::C { re: *re, im: *im },
            ) as u64),
            Some(
                Obj::List(_)
                | Obj::Dict(_)
                | Obj::Slice(_)
                | Obj::Set(_)
                | Obj::ByteArray(_)
                | Obj::Deque(_),
            ) => Err(self.unhashable(v)),
            // A values view has identity; keys and items views compare like sets.
            Some(Obj::DictView { kind, .. }) if *kind != crate::heap::DictViewKind::Values => {
                Err(self.unhashable(v))
            }
            Some(Obj::Array(_)) => Err(self.unhashable(v)),
            Some(_) => Ok(v.raw().rotate_right(3)),
        }
    }

    fn unhashable(&mut self, v: Value) -> Raised {
        let msg = format!("unhashable type: '{}'", self.type_name_of(v));
        self.type_error(&msg)
    }

    /// CPython's tuple hash (the xxHash-based mix).
    fn tuple_hash(&mut self, items: &[Value]) -> PyResult<u64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc = P5;
        for &item in items {
            let lane = self.hash(item)?;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3527539));
        if acc == u64::MAX {
            return Ok(1546275796);
        }
        Ok(acc)
    }

    /// Key equality inside dicts: like `eq`, without raising (keys are hashable builtins).
    pub(crate) fn key_eq(&self, a: Value, b: Value, depth: usize) -> bool {
        if a == b {
            return true;
        }
        if a.is_small() && b.is_small() {
            return false;
        }
        if let (Some(x), Some(y)) = (self.str_text(a), self.str_text(b)) {
            return x == y;
        }
        if let Some(ord) = self.number_cmp(a, b) {
            return ord == Some(Ordering::Equal);
        }
        match (self.heap.get(a), self.heap.get(b)) {
            (Some(Obj::Bytes(x)), Some(Obj::Bytes(y))) => x == y,
            // A read-only memoryview is a key equal to the bytes it shows.
            (
                Some(Obj::Bytes(_) | Obj::MemoryView(_)),
                Some(Obj::Bytes(_) | Obj::MemoryView(_)),
            ) => self.buffer_items(a) == self.buffer_items(b),
            (Some(Obj::Range(x)), Some(Obj::Range(y))) => x.same_items(y),
            (Some(Obj::Descr(_)), Some(Obj::Descr(_))) => {
                if let (Some((oa, xa)), Some((ob, xb))) = (self.alias_parts(a), self.alias_parts(b))
                {
                    return oa == ob && self.key_eq(xa, xb, depth + 1);
                }
                self.union_eq(a, b).unwrap_or(false)
            }
            (Some(Obj::Tuple(x)), Some(Obj::Tuple(y))) if depth < 200 => {
                x.len() == y.len()
                    && x.iter()
                        .zip(y.iter())
                        .all(|(&p, &q)| self.key_eq(p, q, depth + 1))
            }
            _ => false,
        }
    }

    pub(crate) fn type_id_of(&self, v: Value) -> TypeId {
        // Heap objects first: most receivers of a method call are.
        if v.as_handle().is_none() {
            if v.is_small() {
                return TypeId::Int;
            }
            if v.as_float().is_some() {
                return TypeId::Float;
            }
            if v.as_qstr().is_some() {
                return TypeId::Str;
            }
            if v.is_bool() {
                return TypeId::Bool;
            }
            if v == Value::NONE {
                return TypeId::NoneType;
            }
            if v == Value::ELLIPSIS {
                return TypeId::Ellipsis;
            }
            if v == Value::NOT_IMPLEMENTED {
                return TypeId::NotImplementedType;
            }
            if v.as_builtin_type().is_some() {
                return TypeId::Type;
            }
            if v.as_native().is_some() || v.as_module_fn().is_some() {
                return TypeId::BuiltinFunction;
            }
        }
        match self.heap.get(v) {
            Some(Obj::Str(_)) => TypeId::Str,
            Some(Obj::BigInt(_)) => TypeId::Int,
            Some(Obj::Float(_)) => TypeId::Float,
            Some(Obj::List(_)) => TypeId::List,
            Some(Obj::Tuple(_)) => TypeId::Tuple,
            Some(Obj::Dict(d)) => d.kind().type_id(),
            Some(Obj::Deque(_)) => TypeId::Deque,
            Some(Obj::Range(_)) => TypeId::Range,
            Some(Obj::Function(_)) => TypeId::Function,
            Some(Obj::Module { .. }) => TypeId::Module,
            Some(Obj::BoundMethod { func, .. }) => {
                if func.as_native().is_some() && !crate::builtins::is_builtin_function(*func) {
                    TypeId::BuiltinFunction
                } else {
                    TypeId::Method
                }
            }
            Some(Obj::Cell(_)) => TypeId::Cell,
            Some(Obj::Exception(e)) => e.typ.as_builtin_type().unwrap_or(TypeId::Exception),
            Some(Obj::Class(_)) => TypeId::Type,
            Some(Obj::Complex(_)) => TypeId::Complex,
            Some(Obj::Bytes(_)) => TypeId::Bytes,
            Some(Obj::ByteArray(_)) => TypeId::ByteArray,
            Some(Obj::MemoryView(_)) => TypeId::MemoryView,
            Some(Obj::Struct(_)) => TypeId::Struct,
            Some(Obj::Hash(_)) => TypeId::Hash,
            Some(Obj::Array(_)) => TypeId::Array,
            Some(Obj::Stream(s)) => s.kind,
            Some(Obj::Set(s)) => {
                if s.frozen {
                    TypeId::FrozenSet
                } else {
                    TypeId::Set
                }
            }
            Some(Obj::Generator(g)) => {
                if g.code.flags & crate::bytecode::flags::COROUTINE != 0 {
                    TypeId::Coroutine
                } else if g.code.flags & crate::bytecode::flags::ASYNC_GENERATOR != 0 {
                    TypeId::AsyncGenerator
                } else {
                    TypeId::Generator
                }
            }
            Some(Obj::Instance(_)) => TypeId::Object,
            Some(Obj::Descr(d)) => match **d {
                crate::heap::Descr::ClassMethod(_) => TypeId::ClassMethod,
                crate::heap::Descr::StaticMethod(_) => TypeId::StaticMethod,
                crate::heap::Descr::Property(_) => TypeId::Property,
                crate::heap::Descr::Super { .. } => TypeId::Super,
                crate::heap::Descr::Union { .. } => TypeId::UnionType,
                crate::heap::Descr::Alias { .. } => TypeId::GenericAlias,
                crate::heap::Descr::Member { .. } => TypeId::MemberDescriptor,
                crate::heap::Descr::MappingProxy { .. } => TypeId::MappingProxy,
                crate::heap::Descr::TupleGetter { .. } => TypeId::TupleGetter,
                crate::heap::Descr::Method { func, .. } => {
                    if func.as_native().unwrap_or(0) >= crate::builtins::FIRST_SPECIAL {
                        TypeId::WrapperDescriptor
                    } else {
                        TypeId::MethodDescriptor
                    }
                }
            },
            Some(Obj::Iter(it)) => match **it {
                crate::heap::IterObj::Seq { seq, .. } => match self.heap.get(seq) {
                    Some(Obj::List(_)) => TypeId::ListIterator,
                    Some(Obj::Tuple(_)) => TypeId::TupleIterator,
                    Some(Obj::Bytes(_)) => TypeId::BytesIterator,
                    Some(Obj::ByteArray(_)) => TypeId::ByteArrayIterator,
                    Some(Obj::MemoryView(_)) => TypeId::MemoryIterator,
                    Some(Obj::Array(_)) => TypeId::ArrayIterator,
                    // CPython iterates an all-ASCII string with an iterator of its own type.
                    _ if self.str_text(seq).is_some_and(|t| !t.is_ascii()) => TypeId::StrIterator,
                    _ => TypeId::StrAsciiIterator,
                },
                crate::heap::IterObj::Range { next, stop, step } => {
                    // CPython's fast iterator takes bounds and a length that fit a C long.
                    let fits = |x: i128| i64::try_from(x).is_ok();
                    let len = if step > 0 {
                        (stop - next).max(0) / step
                    } else {
                        (next - stop).max(0) / -step
                    };
                    if fits(next) && fits(stop) && fits(step) && fits(len) {
                        TypeId::RangeIterator
                    } else {
                        TypeId::LongRangeIterator
                    }
                }
                crate::heap::IterObj::Enumerate { .. } => TypeId::Enumerate,
                crate::heap::IterObj::Unpack { .. } => TypeId::UnpackIterator,
                crate::heap::IterObj::Zip { .. } | crate::heap::IterObj::StrictZip { .. } => {
                    TypeId::Zip
                }
                crate::heap::IterObj::GetItem { .. } => TypeId::Iterator,
                crate::heap::IterObj::Map { .. } => TypeId::Map,
                crate::heap::IterObj::Filter { .. } => TypeId::Filter,
                crate::heap::IterObj::Reversed { seq, .. } => match self.heap.get(seq) {
                    Some(Obj::List(_)) => TypeId::ListReverseIterator,
                    _ => TypeId::Reversed,
                },
                crate::heap::IterObj::Set { .. } => TypeId::SetIterator,
                crate::heap::IterObj::Deque { reversed, .. } => {
                    if reversed {
                        TypeId::DequeReverseIterator
                    } else {
                        TypeId::DequeIterator
                    }
                }
                crate::heap::IterObj::HeapqMerge { .. } => TypeId::HeapqMerge,
                crate::heap::IterObj::Callable { .. } => TypeId::CallableIterator,
                crate::heap::IterObj::AnextAwaitable { .. } => TypeId::AnextAwaitable,
                crate::heap::IterObj::AsyncGenStep { mode, .. } => {
                    if mode == crate::types::async_gen::SEND {
                        TypeId::AsyncGenASend
                    } else {
                        TypeId::AsyncGenAThrow
                    }
                }
                crate::heap::IterObj::DictReversed { kind, .. } => match kind {
                    crate::heap::DictViewKind::Keys => TypeId::DictReverseKeyIterator,
                    crate::heap::DictViewKind::Values => TypeId::DictReverseValueIterator,
                    crate::heap::DictViewKind::Items => TypeId::DictReverseItemIterator,
                },
                crate::heap::IterObj::Dict { kind, .. } => match kind {
                    crate::heap::DictViewKind::Keys => TypeId::DictKeyIterator,
                    crate::heap::DictViewKind::Values => TypeId::DictValueIterator,
                    crate::heap::DictViewKind::Items => TypeId::DictItemIterator,
                },
            },
            Some(Obj::DictView { kind, .. }) => match kind {
                crate::heap::DictViewKind::Keys => TypeId::DictKeys,
                crate::heap::DictViewKind::Values => TypeId::DictValues,
                crate::heap::DictViewKind::Items => TypeId::DictItems,
            },
            Some(Obj::Slice(_)) => TypeId::Slice,
            Some(Obj::Code(_)) => TypeId::Code,
            Some(Obj::Traceback(_)) => TypeId::Traceback,
            Some(Obj::Free { .. } | Obj::SlotValues(_)) | None => TypeId::Object,
        }
    }
}
