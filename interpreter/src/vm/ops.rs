//! Arithmetic and sequence operators: `binary_op` and the unary operators, dispatched on the
//! operand types, with CPython's `TypeError` wording when no operation applies.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::bytecode::BinaryOp;
use crate::heap::Obj;
use crate::types::TypeId;
use crate::value::Value;

impl Vm {
    /// `a op b`; `inplace` for augmented assignment (lists extend in place).
    pub(crate) fn binary_op(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult {
        if op == BinaryOp::Or
            && let Some(u) = self.type_union(a, b)?
        {
            return Ok(u);
        }
        if op == BinaryOp::Or && (self.proxied(a).is_some() || self.proxied(b).is_some()) {
            return self.mappingproxy_or(a, b, inplace);
        }
        if self.is_user_obj(a) || self.is_user_obj(b) {
            return self.binary_dunder(op, a, b, inplace);
        }
        let r = self.binary_op_builtin(op, a, b, inplace)?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
        Err(self.unsupported_operands(op, a, b, inplace))
    }

    /// `a op b` for builtin values: `NotImplemented` where no builtin operation applies.
    pub(crate) fn binary_op_builtin(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult {
        let (ai, bi) = (self.is_int(a), self.is_int(b));
        if ai && bi {
            return self.int_binary(op, a, b);
        }
        if op == BinaryOp::Add
            && let (Some(x), Some(y)) = (self.str_text(a), self.str_text(b))
        {
            return self.str_concat(x.len() + y.len(), a, b);
        }
        // `text % z` formats a complex; any other operation with one is complex arithmetic,
        // and where that declines (`b'' + 1j`) the other operand's type has its say.
        if (self.complex_of(a).is_some() || self.complex_of(b).is_some())
            && !(op == BinaryOp::Mod && (self.str_text(a).is_some() || self.is_bytes_like(a)))
        {
            let r = self.complex_binary(op, a, b)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        let (af, bf) = (self.is_float(a), self.is_float(b));
        if (af || ai) && (bf || bi) {
            let x = self.number_to_f64(a)?.unwrap_or(0.0);
            let y = self.number_to_f64(b)?.unwrap_or(0.0);
            return self.float_binary(op, x, y);
        }
        // Before bytes and dicts, which take no set operator themselves: the view's
        // reflected operator takes them as iterables (but `d |= x` is a dict's own update).
        let dict_update =
            inplace && op == BinaryOp::Or && matches!(self.heap.get(a), Some(Obj::Dict(_)));
        if !dict_update
            && matches!(
                op,
                BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor
            )
        {
            let (sa, sb) = (self.is_set_like(a), self.is_set_like(b));
            // Two sets combine; a dict view combines with any iterable, on either side.
            let (view_a, view_b) = (sa && !self.is_set(a), sb && !self.is_set(b));
            if (sa && sb) || view_a || view_b {
                return self.set_like_op(op, a, b, inplace);
            }
        }
        if self.is_array(a) || (op == BinaryOp::Mul && self.is_array(b)) {
            let r = self.array_binary(op, a, b, inplace)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        if self.is_bytes_like(a) || (op == BinaryOp::Mul && self.is_bytes_like(b)) {
            return self.bytes_binary(op, a, b, inplace);
        }
        if self.is_counter(a) || self.is_counter(b) {
            let r = self.counter_binary(op, a, b, inplace)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        if op == BinaryOp::Or && matches!(self.heap.get(a), Some(Obj::Dict(_))) {
            return self.dict_or(a, b, inplace);
        }
        if self.is_deque(a) || self.is_deque(b) {
            return self.deque_binary(op, a, b, inplace);
        }
        self.sequence_op(op, a, b, inplace)
    }

    /// `a | b` with a dict on the left: a merged copy when `b` is a dict; `a |= b` updates
    /// `a` from any mapping or iterable of pairs, as `update` does.
    fn dict_or(&mut self, a: Value, b: Value, inplace: bool) -> PyResult {
        if inplace {
            self.dict_update_from(a, b)?;
            return Ok(a);
        }
        if !matches!(self.heap.get(b), Some(Obj::Dict(_))) {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        if let Some(merged) = self.dict_kind_or(a, b)? {
            return Ok(merged);
        }
        let merged = self.new_dict()?;
        self.dict_update_from(merged, a)?;
        self.dict_update_from(merged, b)?;
        Ok(merged)
    }

    /// A set, frozenset, or a dict's keys or items view.
    pub(crate) fn is_set_like(&self, v: Value) -> bool {
        match self.heap.get(v) {
            Some(Obj::Set(_)) => true,
            Some(Obj::DictView { kind, .. }) => *kind != crate::heap::DictViewKind::Values,
            _ => false,
        }
    }

    /// `|`, `&`, `-`, `^` between set-like operands: a mutable left set is updated in
    /// place for the augmented forms; a view operand stands for a set of its items.
    fn set_like_op(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyResult {
        let mutable_left = matches!(self.heap.get(a), Some(Obj::Set(s)) if !s.frozen);
        if inplace && mutable_left {
            self.set_in_place(op, a, b)?;
            return Ok(a);
        }
        let left = if self.is_set(a) {
            a
        } else {
            self.set_from(a, false)?
        };
        self.roots.push(left);
        let r = self.set_binary(op, left, b);
        self.roots.pop();
        r
    }

    pub(crate) fn unsupported_operands(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> super::Raised {
        let (ta, tb) = (
            String::from(self.type_name_of(a)),
            String::from(self.type_name_of(b)),
        );
        let (ka, kb) = (
            self.type_id_of(self.payload(a)),
            self.type_id_of(self.payload(b)),
        );
        let repeats = |t: TypeId| {
            matches!(
                t,
                TypeId::Str
                    | TypeId::List
                    | TypeId::Tuple
                    | TypeId::Bytes
                    | TypeId::ByteArray
                    | TypeId::Deque
            )
        };
        // An augmented `*=` asks the right operand to repeat only when the left one has no
        // sequence methods at all (CPython's `tp_as_sequence`): not a container, not an
        // instance of a class.
        let left_has_sequence_methods = self.user_class_of(a).is_some()
            || matches!(
                ka,
                TypeId::Dict
                    | TypeId::Set
                    | TypeId::FrozenSet
                    | TypeId::Range
                    | TypeId::MemoryView
                    | TypeId::DictKeys
                    | TypeId::DictValues
                    | TypeId::DictItems
            );
        let msg = if op == BinaryOp::Add && matches!(ka, TypeId::Bytes | TypeId::ByteArray) {
            format!("can't concat {tb} to {ta}")
        } else if op == BinaryOp::Add && repeats(ka) && ta != tb {
            format!("can only concatenate {ta} (not \"{tb}\") to {ta}")
        } else if op == BinaryOp::Mul
            && (repeats(ka) || repeats(kb) && !(inplace && left_has_sequence_methods))
        {
            let other = if repeats(ka) { tb } else { ta };
            format!("can't multiply sequence by non-int of type '{other}'")
        } else {
            // Augmented assignment names its own operator: `+=`, `**=`.
            let symbol = match (op, inplace) {
                (BinaryOp::Pow, true) => String::from("**="),
                (_, true) => format!("{}=", op.symbol()),
                _ => String::from(op.symbol()),
            };
            format!("unsupported operand type(s) for {symbol}: '{ta}' and '{tb}'")
        };
        self.type_error(&msg)
    }

    /// `a + b` for two strs of `len` bytes together.
    /// `a + b` (or `a += b`) for two exact strs, before the operator protocol: `None` for
    /// anything else.
    #[inline]
    pub(crate) fn str_concat_exact(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
    ) -> Option<PyResult> {
        if op != BinaryOp::Add {
            return None;
        }
        let len = self.str_text(a)?.len() + self.str_text(b)?.len();
        Some(self.str_concat(len, a, b))
    }

    fn str_concat(&mut self, len: usize, a: Value, b: Value) -> PyResult {
        let mut s = String::with_capacity(len);
        s.push_str(self.str_text(a).unwrap_or(""));
        s.push_str(self.str_text(b).unwrap_or(""));
        self.new_str(s)
    }

    /// Concatenation and repetition of str, list and tuple.
    fn sequence_op(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyResult {
        match op {
            BinaryOp::Add => {
                if let (Some(x), Some(y)) = (self.str_text(a), self.str_text(b)) {
                    return self.str_concat(x.len() + y.len(), a, b);
                }
                match (self.heap.get(a), self.heap.get(b)) {
                    (Some(Obj::List(_)), Some(Obj::List(y))) if inplace => {
                        let y = y.clone();
                        self.list_extend_from(a, &y)?;
                        Ok(a)
                    }
                    (Some(Obj::List(_)), _) if inplace => {
                        self.list_extend(a, b)?;
                        Ok(a)
                    }
                    (Some(Obj::List(x)), Some(Obj::List(y))) => {
                        let v: Vec<Value> = x.iter().chain(y.iter()).copied().collect();
                        self.new_list(v)
                    }
                    (Some(Obj::Tuple(x)), Some(Obj::Tuple(y))) => {
                        let v: Vec<Value> = x.iter().chain(y.iter()).copied().collect();
                        self.new_tuple(v)
                    }
                    _ => Ok(Value::NOT_IMPLEMENTED),
                }
            }
            BinaryOp::Mul => {
                let (seq, count) = if self.is_int(b) {
                    (a, b)
                } else if self.is_int(a) {
                    (b, a)
                } else {
                    return Ok(Value::NOT_IMPLEMENTED);
                };
                // A count beyond the machine's index range fails whatever its sign.
                let n = match self.int_as_i64(count) {
                    Some(n) => n.max(0) as u64,
                    None => {
                        let name = String::from(self.type_name_of(seq));
                        if !matches!(name.as_str(), "str" | "list" | "tuple") {
                            return Ok(Value::NOT_IMPLEMENTED);
                        }
                        return Err(self.raise_new(
                            TypeId::OverflowError,
                            "cannot fit 'int' into an index-sized integer",
                        ));
                    }
                };
                self.repeat(seq, n, inplace)
            }
            BinaryOp::Mod if self.str_text(a).is_some() => {
                let template = String::from(self.str_text(a).unwrap_or(""));
                self.percent_format(&template, b)
            }
            _ => Ok(Value::NOT_IMPLEMENTED),
        }
    }

    fn repeat(&mut self, seq: Value, n: u64, inplace: bool) -> PyResult {
        let unit_len = if let Some(s) = self.str_text(seq) {
            s.len()
        } else {
            match self.heap.get(seq) {
                Some(Obj::List(items)) => items.len() * 8,
                Some(Obj::Tuple(items)) => items.len() * 8,
                _ => return Ok(Value::NOT_IMPLEMENTED),
            }
        };
        let total = (unit_len as u64).saturating_mul(n);
        if total > self.heap.budget() as u64 {
            return Err(self.raise_new(TypeId::MemoryError, ""));
        }
        self.reserve_bytes(total as usize)?;
        let n = n as usize;
        if let Some(s) = self.str_text(seq) {
            let r = s.repeat(n);
            return self.new_str(r);
        }
        match self.heap.get(seq) {
            Some(Obj::List(items)) => {
                let r: Vec<Value> = items
                    .iter()
                    .copied()
                    .cycle()
                    .take(items.len() * n)
                    .collect();
                if inplace {
                    let grew = r.len().saturating_sub(items.len()) * 8;
                    if let Some(Obj::List(items)) = self.heap.get_mut(seq) {
                        *items = r;
                    }
                    self.heap.grew(grew);
                    return Ok(seq);
                }
                self.new_list(r)
            }
            Some(Obj::Tuple(items)) => {
                if n == 1 {
                    return Ok(seq);
                }
                let r: Vec<Value> = items
                    .iter()
                    .copied()
                    .cycle()
                    .take(items.len() * n)
                    .collect();
                self.new_tuple(r)
            }
            _ => Ok(Value::NOT_IMPLEMENTED),
        }
    }

    fn bad_unary(&mut self, symbol: &str, v: Value) -> super::Raised {
        let msg = format!(
            "bad operand type for unary {symbol}: '{}'",
            self.type_name_of(v)
        );
        self.type_error(&msg)
    }

    pub(crate) fn unary_neg(&mut self, v: Value) -> PyResult {
        if self.is_int(v) {
            return self.int_neg(v);
        }
        if let Some(z) = self.complex_of(v)
            && !self.is_user_obj(v)
        {
            return self.new_complex(crate::types::complex::C {
                re: -z.re,
                im: -z.im,
            });
        }
        if let Some(f) = self.float_of(v) {
            return self.new_float(-f);
        }
        if self.is_counter(v) {
            return self.counter_unary(v, true);
        }
        if let Some(r) = self.unary_dunder(v, crate::qstr::Q::__neg__)? {
            return Ok(r);
        }
        Err(self.bad_unary("-", v))
    }

    pub(crate) fn unary_pos(&mut self, v: Value) -> PyResult {
        if v.is_bool() {
            return Ok(Value::small((v == Value::TRUE) as i64).unwrap_or(v));
        }
        if self.is_int(v) || self.is_float(v) {
            return Ok(v);
        }
        if matches!(self.heap.get(v), Some(Obj::Complex(_))) {
            return Ok(v);
        }
        if self.is_counter(v) {
            return self.counter_unary(v, false);
        }
        if let Some(r) = self.unary_dunder(v, crate::qstr::Q::__pos__)? {
            return Ok(r);
        }
        Err(self.bad_unary("+", v))
    }

    pub(crate) fn unary_invert(&mut self, v: Value) -> PyResult {
        if self.is_int(v) {
            return self.int_invert(v);
        }
        if let Some(r) = self.unary_dunder(v, crate::qstr::Q::__invert__)? {
            return Ok(r);
        }
        Err(self.bad_unary("~", v))
    }

    /// `abs(v)`.
    pub(crate) fn abs(&mut self, v: Value) -> PyResult {
        if let Some(f) = v.as_float() {
            return self.new_float(f.abs());
        }
        if self.is_int(v) {
            return self.int_abs(v);
        }
        if let Some(f) = self.float_of(v) {
            return self.new_float(f.abs());
        }
        if let Some(z) = self.complex_of(v)
            && !self.is_user_obj(v)
        {
            let r = crate::types::complex::hypot(z.re, z.im);
            if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
                return Err(self.raise_new(TypeId::OverflowError, "absolute value too large"));
            }
            return self.new_float(r);
        }
        if let Some(r) = self.unary_dunder(v, crate::qstr::Q::__abs__)? {
            return Ok(r);
        }
        let msg = format!("bad operand type for abs(): '{}'", self.type_name_of(v));
        Err(self.type_error(&msg))
    }
}
