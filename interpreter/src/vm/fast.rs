//! Fast paths of the dispatch loop: the operations on small ints, floats, lists and tuples
//! that need no error, no allocation beyond a float, and no Python code. Each answers
//! `None` whenever the general path might do anything else (raise, convert, call a dunder),
//! so it can never disagree with it; the general path stays the definition.

use super::{PyResult, Vm};
use crate::heap::{IterObj, Obj};
use crate::value::Value;

/// `x op y` for the six orderings of `CompareOp`'s numbering; `None` for the others.
#[inline(always)]
pub(crate) fn ordered<T: PartialOrd>(arg: u32, x: T, y: T) -> Option<bool> {
    Some(match arg {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        5 => x >= y,
        _ => return None,
    })
}

/// `x op y` on two small ints, for the operand numbering of `BinaryOp` (in-place forms
/// included): `None` when the result is not a small int or the operation may raise.
#[inline]
fn small_binary(arg: u32, x: i64, y: i64) -> Option<Value> {
    match arg & !32 {
        0 => Value::small(x + y),
        1 => Value::small(x - y),
        2 => x.checked_mul(y).and_then(Value::small),
        4 if y != 0 => {
            let (q, r) = (x / y, x % y);
            Value::small(if r != 0 && (r < 0) != (y < 0) {
                q - 1
            } else {
                q
            })
        }
        5 if y != 0 => {
            let r = x % y;
            Value::small(if r != 0 && (r < 0) != (y < 0) {
                r + y
            } else {
                r
            })
        }
        7 if (0..63).contains(&y) => {
            let r = x << y;
            if r >> y == x { Value::small(r) } else { None }
        }
        8 if y >= 0 => Value::small(x >> y.min(63)),
        9 => Value::small(x & y),
        10 => Value::small(x | y),
        11 => Value::small(x ^ y),
        _ => None,
    }
}

/// `x op y` on two floats where no error is possible.
#[inline]
fn float_binary(arg: u32, x: f64, y: f64) -> Option<f64> {
    match arg & !32 {
        0 => Some(x + y),
        1 => Some(x - y),
        2 => Some(x * y),
        3 if y != 0.0 => Some(x / y),
        4 if y != 0.0 => Some(crate::types::float::divmod(x, y).0),
        5 if y != 0.0 => Some(crate::types::float::divmod(x, y).1),
        6 => crate::types::float::float_pow(x, y).ok(),
        _ => None,
    }
}

/// A small int as a float when the conversion is exact (CPython compares and combines ints
/// with floats exactly; within 2**53 the float is the int).
#[inline]
fn exact_float(v: Value) -> Option<f64> {
    let i = v.as_small()?;
    (i.unsigned_abs() <= 1 << 53).then_some(i as f64)
}

impl Vm {
    #[inline]
    fn float_operand(&self, v: Value) -> Option<f64> {
        if let Some(f) = v.as_float() {
            return Some(f);
        }
        match self.heap.get(v) {
            Some(Obj::Float(f)) => Some(*f),
            _ => exact_float(v),
        }
    }

    /// Both operands as floats when at least one is a float and the other a float or an
    /// exactly convertible small int.
    #[inline]
    fn float_pair(&self, a: Value, b: Value) -> Option<(f64, f64)> {
        if a.is_small() && b.is_small() {
            return None;
        }
        let (x, y) = (self.float_operand(a)?, self.float_operand(b)?);
        Some((x, y))
    }

    /// `a op b` (a `BINARY_OP` operand) without the general dispatch, when it is certain.
    /// The caller puts the result on the value stack before anything else allocates.
    #[inline]
    pub(crate) fn binary_fast(&mut self, arg: u32, a: Value, b: Value) -> Option<PyResult> {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            return small_binary(arg, x, y).map(Ok);
        }
        let (x, y) = if a.is_imm_float() && b.is_imm_float() {
            (a.float_unchecked(), b.float_unchecked())
        } else {
            self.float_pair(a, b)?
        };
        let r = float_binary(arg, x, y)?;
        Some(match Value::float(r) {
            Some(v) => Ok(v),
            None => self.new_float_unrooted(r),
        })
    }

    /// `a op b` (a `COMPARE_OP` operand, the six orderings) on two small ints, or on floats
    /// and exact ints.
    #[inline]
    pub(crate) fn compare_fast(&self, arg: u32, a: Value, b: Value) -> Option<bool> {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            return ordered(arg, x, y);
        }
        if let Some((x, y)) = self.float_pair(a, b) {
            return ordered(arg, x, y);
        }
        self.compare_strs(arg, a, b)
    }

    /// `compare_fast` for two exact strs (UTF-8 orders as code points do), `x in s`
    /// included; kept apart so the number paths above stay small enough to inline.
    #[inline(never)]
    fn compare_strs(&self, arg: u32, a: Value, b: Value) -> Option<bool> {
        let (x, y) = (self.str_text(a)?, self.str_text(b)?);
        match arg {
            8 => Some(y.contains(x)),
            9 => Some(!y.contains(x)),
            _ => ordered(arg, x, y),
        }
    }

    /// `obj[index]` for a list or tuple and an in-range small int.
    #[inline]
    pub(crate) fn subscr_fast(&self, obj: Value, index: Value) -> Option<Value> {
        let i = index.as_small()?;
        let items: &[Value] = match self.heap.get(obj)? {
            Obj::List(items) => items,
            Obj::Tuple(items) => items,
            _ => return None,
        };
        let j = if i < 0 { i + items.len() as i64 } else { i };
        items.get(usize::try_from(j).ok()?).copied()
    }

    /// `obj[index] = value` for a list and an in-range small int; false when not done.
    #[inline]
    pub(crate) fn store_subscr_fast(&mut self, obj: Value, index: Value, value: Value) -> bool {
        let Some(i) = index.as_small() else {
            return false;
        };
        let Some(Obj::List(items)) = self.heap.get_mut(obj) else {
            return false;
        };
        let j = if i < 0 { i + items.len() as i64 } else { i };
        match usize::try_from(j).ok().and_then(|j| items.get_mut(j)) {
            Some(slot) => {
                *slot = value;
                true
            }
            None => false,
        }
    }

    /// `next(it)` for a range iterator with small-int items or a list or tuple iterator:
    /// `Some(None)` when exhausted, `None` when the general path must run.
    #[inline]
    pub(crate) fn next_fast(&mut self, it: Value) -> Option<Option<Value>> {
        let Some(Obj::Iter(state)) = self.heap.get_mut(it) else {
            return None;
        };
        let (seq, pos) = match &mut **state {
            IterObj::Range { next, stop, step } => {
                let cur = *next;
                if !(if *step > 0 { cur < *stop } else { cur > *stop }) {
                    return Some(None);
                }
                let v = i64::try_from(cur).ok().and_then(Value::small)?;
                // Past the stop (or an overflow) clamps to it, as the general path does.
                let n = cur.saturating_add(*step);
                *next = if (*step > 0 && n < cur) || (*step < 0 && n > cur) {
                    *stop
                } else {
                    n
                };
                return Some(Some(v));
            }
            IterObj::Seq { seq, pos } => (*seq, *pos),
            _ => return None,
        };
        let item = match self.heap.get(seq)? {
            Obj::List(items) => items.get(pos).copied(),
            Obj::Tuple(items) => items.get(pos).copied(),
            _ => return None,
        };
        if let Some(Obj::Iter(state)) = self.heap.get_mut(it)
            && let IterObj::Seq { pos: p, .. } = &mut **state
        {
            // An exhausted iterator stays exhausted, even if its list grows later.
            *p = if item.is_some() { pos + 1 } else { usize::MAX };
        }
        Some(item)
    }
}

/// The clamped `[start, stop)` of `seq[lower:upper]` on a sequence of `len` items, when
/// both bounds are small ints or None (any other bound may call `__index__` or raise).
#[inline]
fn simple_bounds(lower: Value, upper: Value, len: usize) -> Option<(usize, usize)> {
    let bound = |v: Value, default: usize| -> Option<usize> {
        if v.is_none() {
            return Some(default);
        }
        let i = v.as_small()?;
        let n = len as i64;
        Some(if i < 0 { (i + n).max(0) } else { i.min(n) } as usize)
    };
    let start = bound(lower, 0)?;
    let stop = bound(upper, len)?.max(start);
    Some((start, stop))
}

impl Vm {
    /// `obj[lower:upper]` for a list, tuple or ASCII str with small-int or None bounds: a
    /// new list, tuple or str (the same tuple or str when the slice takes all of it, as in
    /// CPython).
    #[inline]
    pub(crate) fn slice_fast(
        &mut self,
        obj: Value,
        lower: Value,
        upper: Value,
    ) -> Option<PyResult> {
        let (items, tuple) = match self.heap.get(obj)? {
            Obj::List(items) => (&items[..], false),
            Obj::Tuple(items) => (&items[..], true),
            Obj::Str(s) if s.is_ascii() => {
                // Characters are bytes.
                let text = s.text();
                let (start, stop) = simple_bounds(lower, upper, text.len())?;
                if start == 0 && stop == text.len() {
                    return Some(Ok(obj));
                }
                let piece = alloc::string::String::from(&text[start..stop]);
                return Some(self.new_str(piece));
            }
            _ => return None,
        };
        let (start, stop) = simple_bounds(lower, upper, items.len())?;
        if tuple && start == 0 && stop == items.len() {
            return Some(Ok(obj));
        }
        let picked = items[start..stop].to_vec();
        Some(if tuple {
            self.new_tuple(picked)
        } else {
            self.new_list(picked)
        })
    }

    /// `obj[lower:upper] = value` for a list, small-int or None bounds and a list or tuple
    /// value: `Ok(false)` when the general path must run.
    #[inline]
    pub(crate) fn store_slice_fast(
        &mut self,
        obj: Value,
        lower: Value,
        upper: Value,
        value: Value,
    ) -> PyResult<bool> {
        let Some(Obj::List(items)) = self.heap.get(obj) else {
            return Ok(false);
        };
        let Some((start, stop)) = simple_bounds(lower, upper, items.len()) else {
            return Ok(false);
        };
        let new: alloc::vec::Vec<Value> = match self.heap.get(value) {
            Some(Obj::List(items)) => items.to_vec(),
            Some(Obj::Tuple(items)) => items.to_vec(),
            _ => return Ok(false),
        };
        if new.len() > stop - start {
            self.reserve_bytes((new.len() - (stop - start)) * core::mem::size_of::<Value>())?;
        }
        if let Some(Obj::List(items)) = self.heap.get_mut(obj) {
            items.splice(start..stop, new);
        }
        Ok(true)
    }
}
