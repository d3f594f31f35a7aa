//! The operators of `array.array`: `a[i]`, `a[i:j:k]`, their assignment and deletion, and
//! `+`, `*`, `+=`, `*=`. Slices of an array are arrays; only an array of the same typecode
//! may be assigned to a slice or concatenated.

use alloc::format;
use alloc::vec::Vec;

use crate::bytecode::BinaryOp;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// An int index into an array of `len` items (IndexError with `what` past either end).
    fn array_index(&mut self, index: Value, len: usize, what: &str) -> PyResult<usize> {
        let i = self.index_value(index)?;
        self.seq_index(i, len, what)
    }

    /// Whether `index` is an int (or has `__index__`) rather than a slice.
    fn is_int_key(&mut self, index: Value) -> PyResult<bool> {
        Ok(self.is_int(index) || self.index_dunder(index)?.is_some())
    }

    /// `a[index]`.
    pub(crate) fn array_subscr(&mut self, a: Value, index: Value) -> PyResult {
        let (c, len, size) = self.array_shape(a);
        if let Some(parts) = self.slice_parts(index) {
            let s = self.slice_indices(parts, len)?;
            self.check_building(s.len.saturating_mul(size))?;
            let data = match self.array_ref(a) {
                Some(arr) => s
                    .positions()
                    .filter_map(|i| arr.item(i))
                    .flatten()
                    .copied()
                    .collect(),
                None => Vec::new(),
            };
            return self.new_array(c, data);
        }
        if !self.is_int_key(index)? {
            return Err(self.type_error("array indices must be integers"));
        }
        let i = self.array_index(index, len, "array")?;
        match self.array_get(a, i)? {
            Some(v) => Ok(v),
            None => Err(self.raise_new(TypeId::IndexError, "array index out of range")),
        }
    }

    /// Typecode, length and item size of array `a`.
    pub(crate) fn array_shape(&self, a: Value) -> (u8, usize, usize) {
        match self.array_ref(a) {
            Some(arr) => (arr.typecode, arr.len(), arr.itemsize()),
            None => (b'b', 0, 1),
        }
    }

    /// `a[index] = value`, or `del a[index]` when `value` is `UNBOUND`.
    pub(crate) fn array_store(&mut self, a: Value, index: Value, value: Value) -> PyResult<()> {
        let (c, len, size) = self.array_shape(a);
        let Some(parts) = self.slice_parts(index) else {
            if !self.is_int_key(index)? {
                return Err(self.type_error("array indices must be integers"));
            }
            let i = self.array_index(index, len, "array assignment")?;
            if value == Value::UNBOUND {
                if let Some(arr) = self.array_mut(a) {
                    arr.data.drain(i * size..(i + 1) * size);
                }
                return Ok(());
            }
            let bytes = self.array_item_bytes(c, value)?;
            if let Some(slot) = self
                .array_mut(a)
                .and_then(|arr| arr.data.get_mut(i * size..(i + 1) * size))
            {
                slot.copy_from_slice(&bytes[..size]);
            }
            return Ok(());
        };
        let s = self.slice_indices(parts, len)?;
        let new: Vec<u8> = if value == Value::UNBOUND {
            Vec::new()
        } else {
            match self.array_ref(value) {
                Some(arr) if arr.typecode == c => arr.data.clone(),
                Some(_) => return Err(self.bad_array_operand()),
                None => {
                    let msg = format!(
                        "can only assign array (not \"{}\") to array slice",
                        self.type_name_of(value)
                    );
                    return Err(self.type_error(&msg));
                }
            }
        };
        let count = new.len() / size;
        if s.step == 1 {
            // A plain slice: replace the run, growing or shrinking the array.
            let start = (s.start.max(0) as usize).min(len);
            let end = start + s.len;
            if value != Value::UNBOUND {
                let grown = (len - s.len).saturating_add(count).saturating_mul(size);
                self.check_building(grown)?;
            }
            if let Some(arr) = self.array_mut(a) {
                arr.data.splice(start * size..end * size, new);
            }
            return Ok(());
        }
        if value == Value::UNBOUND {
            let mut doomed: Vec<usize> = s.positions().collect();
            doomed.sort_unstable();
            if let Some(arr) = self.array_mut(a) {
                let old = core::mem::take(&mut arr.data);
                let mut k = 0;
                for (i, item) in old.chunks(size).enumerate() {
                    if k < doomed.len() && doomed[k] == i {
                        k += 1;
                    } else {
                        arr.data.extend_from_slice(item);
                    }
                }
            }
            return Ok(());
        }
        if count != s.len {
            let msg = format!(
                "attempt to assign array of size {count} to extended slice of size {}",
                s.len
            );
            return Err(self.value_error(&msg));
        }
        if let Some(arr) = self.array_mut(a) {
            for (i, item) in s.positions().zip(new.chunks(size)) {
                if let Some(slot) = arr.data.get_mut(i * size..(i + 1) * size) {
                    slot.copy_from_slice(item);
                }
            }
        }
        Ok(())
    }

    /// `a op b` where either side is an array: `NotImplemented` where arrays do not apply.
    pub(crate) fn array_binary(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult {
        match op {
            BinaryOp::Add if self.is_array(a) => {
                let (ca, cb) = (self.array_shape(a).0, self.array_ref(b).map(|x| x.typecode));
                match cb {
                    Some(cb) if cb == ca => {}
                    Some(_) => return Err(self.bad_array_operand()),
                    None => {
                        let msg = if inplace {
                            format!(
                                "can only extend array with array (not \"{}\")",
                                self.type_name_of(b)
                            )
                        } else {
                            format!(
                                "can only append array (not \"{}\") to array",
                                self.type_name_of(b)
                            )
                        };
                        return Err(self.type_error(&msg));
                    }
                }
                let extra = self
                    .array_ref(b)
                    .map(|x| x.data.clone())
                    .unwrap_or_default();
                let old = self.array_ref(a).map_or(0, |x| x.data.len());
                self.check_building(old.saturating_add(extra.len()))?;
                if inplace {
                    if let Some(arr) = self.array_mut(a) {
                        arr.data.extend_from_slice(&extra);
                    }
                    return Ok(a);
                }
                let mut data = self
                    .array_ref(a)
                    .map(|x| x.data.clone())
                    .unwrap_or_default();
                data.extend_from_slice(&extra);
                self.new_array(ca, data)
            }
            BinaryOp::Mul => {
                let (arr, count) = if self.is_array(a) { (a, b) } else { (b, a) };
                let Some(n) = self.as_index(count)? else {
                    if arr != a {
                        return Ok(Value::NOT_IMPLEMENTED);
                    }
                    let msg = format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name_of(count)
                    );
                    return Err(self.type_error(&msg));
                };
                let Some(n) = self.int_as_i64(n) else {
                    return Err(self.raise_new(
                        TypeId::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    ));
                };
                let n = n.max(0) as u64;
                let (c, _, _) = self.array_shape(arr);
                let unit = self
                    .array_ref(arr)
                    .map(|x| x.data.clone())
                    .unwrap_or_default();
                let total = (unit.len() as u64).saturating_mul(n);
                if total > isize::MAX as u64 {
                    return Err(self.raise_new(TypeId::MemoryError, ""));
                }
                self.check_building(total as usize)?;
                let data = unit.repeat(n as usize);
                if inplace && arr == a {
                    if let Some(x) = self.array_mut(a) {
                        x.data = data;
                    }
                    return Ok(a);
                }
                self.new_array(c, data)
            }
            _ => Ok(Value::NOT_IMPLEMENTED),
        }
    }
}
