//! Subscription: `obj[index]`, `obj[index] = v`, `del obj[index]`, with integers and slices.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{PyResult, Raised, Vm};
use crate::heap::{Obj, RangeObj};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;

/// A slice resolved against a length: `start`, `step` and the number of items.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SliceIndices {
    pub start: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Vm {
    /// The `(start, stop, step)` of a slice object, if `v` is one.
    pub(crate) fn slice_parts(&self, v: Value) -> Option<[Value; 3]> {
        match self.heap.get(v) {
            Some(Obj::Slice(parts)) => Some(**parts),
            _ => None,
        }
    }

    /// A slice bound (or a search method's start/end): `None` for None, else the int it
    /// stands for (`__index__` included), clamped when past the i64 range.
    pub(crate) fn slice_bound(&mut self, v: Value) -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        let Some(v) = self.as_index(v)? else {
            return Err(self
                .type_error("slice indices must be integers or None or have an __index__ method"));
        };
        // Out-of-range bounds clamp; anything beyond i64 behaves like a huge bound.
        Ok(Some(self.clamped_i64(v)))
    }

    /// A slice bound as a wide integer (None stays None); beyond i128 it saturates, which
    /// clamps the same way against any length a range can have.
    fn slice_bound_wide(&mut self, v: Value) -> PyResult<Option<i128>> {
        if v.is_none() {
            return Ok(None);
        }
        let Some(v) = self.as_index(v)? else {
            return Err(self
                .type_error("slice indices must be integers or None or have an __index__ method"));
        };
        let Some(b) = self.int_of(v) else {
            return Ok(Some(0));
        };
        let wide = num_traits::ToPrimitive::to_i128(b.as_ref()).unwrap_or(
            if b.sign() == num_bigint::Sign::Minus {
                i128::MIN / 2
            } else {
                i128::MAX / 2
            },
        );
        Ok(Some(wide.clamp(i128::MIN / 2, i128::MAX / 2)))
    }

    /// `(start, stop, step)` of a slice resolved against a length of `n` items (a range's,
    /// which may pass the machine's sizes), as CPython's slice.indices() does.
    pub(crate) fn slice_indices_wide(
        &mut self,
        parts: [Value; 3],
        n: i128,
    ) -> PyResult<(i128, i128, i128)> {
        let step = self.slice_bound_wide(parts[2])?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, n - 1) } else { (0, n) };
        let clamp = |v: Option<i128>, default: i128| -> i128 {
            match v {
                None => default,
                Some(i) if i < 0 => (i + n).max(lower),
                Some(i) => i.min(upper),
            }
        };
        let start = clamp(
            self.slice_bound_wide(parts[0])?,
            if step < 0 { upper } else { lower },
        );
        let stop = clamp(
            self.slice_bound_wide(parts[1])?,
            if step < 0 { lower } else { upper },
        );
        Ok((start, stop, step))
    }

    /// Resolves a slice against `len`, as CPython's slice.indices() does.
    pub(crate) fn slice_indices(
        &mut self,
        parts: [Value; 3],
        len: usize,
    ) -> PyResult<SliceIndices> {
        // The wide resolution clamps start and stop into [-1, len]; CPython clamps the step
        // to ±(2**63 - 1), so its negation always fits.
        let (start, stop, step) = self.slice_indices_wide(parts, len as i128)?;
        let (start, stop) = (start as i64, stop as i64);
        let step = step.clamp(-(i64::MAX as i128), i64::MAX as i128) as i64;
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            step,
            len: n as usize,
        })
    }

    /// Normalises an int index against `len`; IndexError with `what` when out of range.
    pub(crate) fn seq_index(&mut self, index: Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match self.int_as_i64(index) {
            Some(i) => i,
            None => {
                return Err(self.raise_new(
                    TypeId::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.raise_new(TypeId::IndexError, &format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    pub(crate) fn bad_index_type(&mut self, container: &str, index: Value) -> Raised {
        let t = String::from(self.type_name_of(index));
        let msg = if container == "str" {
            format!("string indices must be integers, not '{t}'")
        } else {
            format!("{container} indices must be integers or slices, not {t}")
        };
        self.type_error(&msg)
    }

    /// `obj[index]`.
    pub(crate) fn subscr(&mut self, obj: Value, index: Value) -> PyResult {
        if let Some(t) = obj.as_builtin_type() {
            return self.builtin_type_subscr(t, index);
        }
        if obj.as_handle().is_some()
            && matches!(self.heap.get(obj), Some(Obj::Instance(_) | Obj::Class(_)))
        {
            return self.subscr_dunder(obj, index);
        }
        let index = match self.index_dunder(index)? {
            Some(i) => i,
            None => index,
        };
        self.subscr_builtin(obj, index)
    }

    /// `obj[index]` for builtin containers.
    pub(crate) fn subscr_builtin(&mut self, obj: Value, index: Value) -> PyResult {
        if let Some(m) = self.proxied(obj) {
            return self.subscr(m, index);
        }
        if matches!(
            self.heap.get(obj),
            Some(Obj::Bytes(_) | Obj::ByteArray(_) | Obj::MemoryView(_))
        ) {
            return self.bytes_subscr(obj, index);
        }
        if self.is_array(obj) {
            return self.array_subscr(obj, index);
        }
        if self.str_text(obj).is_some() {
            return self.str_subscr(obj, index);
        }
        let is_int = self.is_int(index);
        let slice = self.slice_parts(index);
        match self.heap.get(obj) {
            Some(Obj::List(items)) => {
                let len = items.len();
                if is_int {
                    let i = self.seq_index(index, len, "list")?;
                    return Ok(self.list_items(obj)[i]);
                }
                let Some(parts) = slice else {
                    return Err(self.bad_index_type("list", index));
                };
                let s = self.slice_indices(parts, len)?;
                let items = self.list_items(obj);
                let picked: Vec<Value> = s.positions().map(|p| items[p]).collect();
                self.new_list(picked)
            }
            Some(Obj::Tuple(items)) => {
                let len = items.len();
                if is_int {
                    let i = self.seq_index(index, len, "tuple")?;
                    return Ok(self.tuple_items(obj)[i]);
                }
                let Some(parts) = slice else {
                    return Err(self.bad_index_type("tuple", index));
                };
                let s = self.slice_indices(parts, len)?;
                if s.start == 0 && s.step == 1 && s.len == len {
                    return Ok(obj);
                }
                let items = self.tuple_items(obj);
                let picked: Vec<Value> = s.positions().map(|p| items[p]).collect();
                self.new_tuple(picked)
            }
            Some(Obj::Deque(_)) => self.deque_getitem(obj, index),
            Some(Obj::Dict(_)) => match self.dict_get(obj, index)? {
                Some(v) => Ok(v),
                None => {
                    if let Some(v) = self.dict_missing(obj, index)? {
                        return Ok(v);
                    }
                    let args = self.new_tuple(alloc::vec![index])?;
                    let exc = self.new_exception(Value::builtin_type(TypeId::KeyError), args)?;
                    Err(self.raise(exc))
                }
            },
            Some(Obj::Range(r)) => {
                let (start, step, n) = (r.start, r.step, r.len());
                if is_int {
                    // Ranges index in their own (big) integers, not the machine's.
                    let i = self
                        .int_of(index)
                        .and_then(|b| num_traits::ToPrimitive::to_i128(b.as_ref()));
                    let j = match i {
                        Some(i) if i < 0 => i.checked_add(n),
                        other => other,
                    };
                    return match j {
                        Some(j) if (0..n).contains(&j) => self.new_i128(start + j * step),
                        _ => {
                            Err(self
                                .raise_new(TypeId::IndexError, "range object index out of range"))
                        }
                    };
                }
                let Some(parts) = slice else {
                    return Err(self.bad_index_type("range", index));
                };
                let (s_start, s_stop, s_step) = self.slice_indices_wide(parts, n)?;
                // CPython maps the clamped stop itself, not the length.
                let mapped = (|| {
                    Some(RangeObj {
                        start: start.checked_add(s_start.checked_mul(step)?)?,
                        stop: start.checked_add(s_stop.checked_mul(step)?)?,
                        step: step.checked_mul(s_step)?,
                    })
                })();
                let Some(r) = mapped else {
                    return Err(self.raise_new(TypeId::OverflowError, "range too large"));
                };
                self.alloc(Obj::Range(Box::new(r)))
            }
            _ => {
                let msg = format!("'{}' object is not subscriptable", self.type_name_of(obj));
                Err(self.type_error(&msg))
            }
        }
    }

    /// `s[index]` for a str `s`: reads the text in place (an index costs no copy of it).
    fn str_subscr(&mut self, obj: Value, index: Value) -> PyResult {
        let len = self.str_chars(obj);
        let ascii = len == self.str_text(obj).map_or(0, str::len);
        if self.is_int(index) {
            let i = self.seq_index(index, len, "string")?;
            let text = self.str_text(obj).unwrap_or("");
            let c = if ascii {
                text.as_bytes()[i] as char
            } else {
                text.chars().nth(i).unwrap_or(' ')
            };
            return self.new_char(c);
        }
        let Some(parts) = self.slice_parts(index) else {
            return Err(self.bad_index_type("str", index));
        };
        let s = self.slice_indices(parts, len)?;
        if s.step == 1 && s.len == len && !matches!(self.heap.get(obj), Some(Obj::Instance(_))) {
            // The whole of an exact str is that str.
            return Ok(obj);
        }
        let text = self.str_text(obj).unwrap_or("");
        let out: String = if ascii {
            if s.step == 1 {
                let start = s.start as usize;
                String::from(&text[start..start + s.len])
            } else {
                s.positions().map(|p| text.as_bytes()[p] as char).collect()
            }
        } else {
            let chars: Vec<char> = text.chars().collect();
            s.positions().map(|p| chars[p]).collect()
        };
        self.new_str(out)
    }

    /// `obj[index] = value`.
    pub(crate) fn store_subscr(&mut self, obj: Value, index: Value, value: Value) -> PyResult<()> {
        if self.is_user_obj(obj) {
            return self.store_subscr_dunder(obj, index, value);
        }
        let index = match self.index_dunder(index)? {
            Some(i) => i,
            None => index,
        };
        self.store_subscr_builtin(obj, index, value)
    }

    /// `obj[index] = value` for builtin containers.
    pub(crate) fn store_subscr_builtin(
        &mut self,
        obj: Value,
        index: Value,
        value: Value,
    ) -> PyResult<()> {
        if matches!(
            self.heap.get(obj),
            Some(Obj::ByteArray(_) | Obj::MemoryView(_))
        ) {
            return self.bytes_store(obj, index, value);
        }
        if self.is_array(obj) {
            return self.array_store(obj, index, value);
        }
        match self.heap.get(obj) {
            Some(Obj::List(items)) => {
                let len = items.len();
                if self.is_int(index) {
                    let i = self.seq_index(index, len, "list assignment")?;
                    if let Some(Obj::List(items)) = self.heap.get_mut(obj) {
                        items[i] = value;
                    }
                    return Ok(());
                }
                let Some(parts) = self.slice_parts(index) else {
                    return Err(self.bad_index_type("list", index));
                };
                self.list_assign_slice(obj, parts, value)
            }
            Some(Obj::Dict(_)) => self.dict_set(obj, index, value),
            Some(Obj::Deque(_)) => self.deque_setitem(obj, index, value),
            _ => {
                let msg = format!(
                    "'{}' object does not support item assignment",
                    self.type_name_of(obj)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// `list[slice] = value`: the bounds are resolved first, then `value` is taken (any
    /// iterable), as CPython does.
    fn list_assign_slice(&mut self, list: Value, parts: [Value; 3], value: Value) -> PyResult<()> {
        let len = self.list_items(list).len();
        let s = self.slice_indices(parts, len)?;
        let new = if value == list {
            self.list_items(list).to_vec()
        } else if self.is_iterable(value) {
            self.collect_iterable(value)?
        } else {
            return Err(self.type_error(if s.step == 1 || parts[2].is_none() {
                "can only assign an iterable"
            } else {
                "must assign iterable to extended slice"
            }));
        };
        if s.step == 1 || parts[2].is_none() {
            // Iterating `value` may have shrunk the list.
            let len = self.list_items(list).len();
            let start = (s.start.max(0) as usize).min(len);
            let end = (start + s.len).min(len);
            self.reserve_bytes(new.len() * 8)?;
            if let Some(Obj::List(items)) = self.heap.get_mut(list) {
                items.splice(start..end, new);
            }
            return Ok(());
        }
        if new.len() != s.len {
            let msg = format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new.len(),
                s.len
            );
            return Err(self.value_error(&msg));
        }
        if let Some(Obj::List(items)) = self.heap.get_mut(list) {
            for (p, v) in s.positions().zip(new) {
                items[p] = v;
            }
        }
        Ok(())
    }

    /// `del obj[index]`.
    pub(crate) fn delete_subscr(&mut self, obj: Value, index: Value) -> PyResult<()> {
        if self.is_user_obj(obj) {
            return self.store_subscr_dunder(obj, index, Value::UNBOUND);
        }
        let index = match self.index_dunder(index)? {
            Some(i) => i,
            None => index,
        };
        self.delete_subscr_builtin(obj, index)
    }

    /// `del obj[index]` for builtin containers.
    pub(crate) fn delete_subscr_builtin(&mut self, obj: Value, index: Value) -> PyResult<()> {
        if matches!(
            self.heap.get(obj),
            Some(Obj::ByteArray(_) | Obj::MemoryView(_))
        ) {
            return self.bytes_store(obj, index, Value::UNBOUND);
        }
        if self.is_array(obj) {
            return self.array_store(obj, index, Value::UNBOUND);
        }
        match self.heap.get(obj) {
            Some(Obj::List(items)) => {
                let len = items.len();
                if self.is_int(index) {
                    let i = self.seq_index(index, len, "list assignment")?;
                    if let Some(Obj::List(items)) = self.heap.get_mut(obj) {
                        items.remove(i);
                    }
                    return Ok(());
                }
                let Some(parts) = self.slice_parts(index) else {
                    return Err(self.bad_index_type("list", index));
                };
                let s = self.slice_indices(parts, len)?;
                let mut doomed: Vec<usize> = s.positions().collect();
                doomed.sort_unstable();
                if let Some(Obj::List(items)) = self.heap.get_mut(obj) {
                    let mut k = 0;
                    let mut i = 0;
                    items.retain(|_| {
                        let keep = !(k < doomed.len() && doomed[k] == i);
                        if !keep {
                            k += 1;
                        }
                        i += 1;
                        keep
                    });
                }
                Ok(())
            }
            Some(Obj::Deque(_)) => self.deque_setitem(obj, index, Value::UNBOUND),
            Some(Obj::Dict(d)) => {
                // A Counter forgets a missing key without complaint.
                let counter = d.kind() == crate::types::dict::DictKind::Counter;
                if self.dict_delete(obj, index)? || counter {
                    return Ok(());
                }
                let args = self.new_tuple(alloc::vec![index])?;
                let exc = self.new_exception(Value::builtin_type(TypeId::KeyError), args)?;
                Err(self.raise(exc))
            }
            _ => Err(self.no_item_deletion(obj, index)),
        }
    }

    /// The TypeError for `del obj[index]` on a type without item deletion: an immutable
    /// builtin sequence with an integer index "doesn't", anything else "does not" (CPython
    /// words its sequence and mapping paths differently).
    pub(crate) fn no_item_deletion(&mut self, obj: Value, index: Value) -> super::Raised {
        let p = self.payload(obj);
        let sequence = self.str_text(p).is_some()
            || matches!(
                self.heap.get(p),
                Some(
                    Obj::Tuple(_)
                        | Obj::Bytes(_)
                        | Obj::Range(_)
                        | Obj::MemoryView(_)
                        | Obj::Set(_)
                )
            );
        // A class's instances take the sequence path too.
        let sequence = sequence || matches!(self.heap.get(obj), Some(Obj::Instance(_)));
        let indexable = self.is_int(index)
            || (self.is_user_obj(index)
                && self.lookup(self.type_of(index), Q::__index__).is_some());
        let word = if sequence && indexable {
            "doesn't"
        } else {
            "does not"
        };
        let msg = format!(
            "'{}' object {word} support item deletion",
            self.type_name_of(obj)
        );
        self.type_error(&msg)
    }

    /// The items of a list (empty for anything else).
    pub(crate) fn list_items(&self, v: Value) -> &[Value] {
        match self.heap.get(v) {
            Some(Obj::List(items)) => items,
            _ => &[],
        }
    }

    /// The items of a tuple (empty for anything else).
    pub(crate) fn tuple_items(&self, v: Value) -> &[Value] {
        match self.heap.get(v) {
            Some(Obj::Tuple(items)) => items,
            _ => &[],
        }
    }
}
