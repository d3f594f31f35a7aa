//! Operations on objects whose class is made by Python code: each operation looks for the
//! special method the class defines (`__add__`, `__eq__`, `__getitem__`, `__len__`, ...)
//! and otherwise falls back to the builtin behaviour of the value a subclass of a builtin
//! type extends, then to `object`'s.
//!
//! The builtin fast paths in `ops.rs`, `compare.rs`, `subscr.rs` and `iter.rs` call in here
//! only when an operand is such an object, so operations on builtin values pay one heap
//! tag check at most.

use alloc::format;

use super::{PyResult, Raised, Vm};
use crate::bytecode::{BinaryOp, CompareOp};
use crate::heap::{IterObj, Obj};
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;

/// The special method names of a binary operator: normal, reflected, in-place.
fn binary_names(op: BinaryOp) -> (Qstr, Qstr, Qstr) {
    match op {
        BinaryOp::Add => (Q::__add__, Q::__radd__, Q::__iadd__),
        BinaryOp::Sub => (Q::__sub__, Q::__rsub__, Q::__isub__),
        BinaryOp::Mul => (Q::__mul__, Q::__rmul__, Q::__imul__),
        BinaryOp::TrueDiv => (Q::__truediv__, Q::__rtruediv__, Q::__itruediv__),
        BinaryOp::FloorDiv => (Q::__floordiv__, Q::__rfloordiv__, Q::__ifloordiv__),
        BinaryOp::Mod => (Q::__mod__, Q::__rmod__, Q::__imod__),
        BinaryOp::Pow => (Q::__pow__, Q::__rpow__, Q::__ipow__),
        BinaryOp::LShift => (Q::__lshift__, Q::__rlshift__, Q::__ilshift__),
        BinaryOp::RShift => (Q::__rshift__, Q::__rrshift__, Q::__irshift__),
        BinaryOp::And => (Q::__and__, Q::__rand__, Q::__iand__),
        BinaryOp::Or => (Q::__or__, Q::__ror__, Q::__ior__),
        BinaryOp::Xor => (Q::__xor__, Q::__rxor__, Q::__ixor__),
        BinaryOp::MatMul => (Q::__matmul__, Q::__rmatmul__, Q::__imatmul__),
    }
}

/// A comparison's method and its reflection (`a < b` is also `b > a`).
fn compare_names(op: CompareOp) -> (Qstr, Qstr) {
    match op {
        CompareOp::Lt => (Q::__lt__, Q::__gt__),
        CompareOp::Le => (Q::__le__, Q::__ge__),
        CompareOp::Gt => (Q::__gt__, Q::__lt__),
        CompareOp::Ge => (Q::__ge__, Q::__le__),
        CompareOp::Ne => (Q::__ne__, Q::__ne__),
        _ => (Q::__eq__, Q::__eq__),
    }
}

/// How far `binary_dunder` got before a method of Python code answered NotImplemented.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum BinaryStage {
    /// Nothing ran yet.
    Start,
    /// The in-place method (`__iadd__`) declined.
    InplaceDeclined,
    /// The forward method (`__add__`) declined (the in-place one was absent).
    ForwardDeclined,
}

impl Vm {
    /// Whether `v` is an object whose class is made by Python code (or a class whose
    /// metaclass is).
    #[inline]
    pub(crate) fn is_user_obj(&self, v: Value) -> bool {
        v.as_handle().is_some() && self.user_class_of(v).is_some()
    }

    /// Whether `v` behaves as a builtin value: not a user object, or one extending a
    /// builtin value.
    fn has_builtin_behaviour(&self, v: Value) -> bool {
        !self.is_user_obj(v) || self.payload(v) != v
    }

    /// `a op b` when either operand is a user object.
    pub(crate) fn binary_dunder(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult {
        self.binary_dunder_from(op, a, b, inplace, BinaryStage::Start)
    }

    /// The method the first step of `binary_dunder` calls, when the dispatch loop can run it
    /// as a frame of its own: a Python function (not a generator) found on `a`'s class,
    /// either the in-place method or, when the right operand does not go first, the forward
    /// one. With the stage the rest of the protocol continues from if it answers
    /// NotImplemented.
    pub(crate) fn binary_dunder_plan(
        &self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> Option<(Value, BinaryStage)> {
        if !matches!(self.heap.get(a), Some(Obj::Instance(i)) if i.class.as_handle().is_some()) {
            return None;
        }
        let (name, rname, iname) = binary_names(op);
        let ta = self.type_of(a);
        let (f, stage) = match inplace.then(|| self.lookup_user(ta, iname)).flatten() {
            Some(f) => (f, BinaryStage::InplaceDeclined),
            None => {
                let tb = self.type_of(b);
                let fb = if ta != tb {
                    self.lookup_user(tb, rname)
                } else {
                    None
                };
                if fb.is_some() && fb != self.lookup_user(ta, rname) {
                    return None;
                }
                (self.lookup_user(ta, name)?, BinaryStage::ForwardDeclined)
            }
        };
        match self.heap.get(f) {
            Some(Obj::Function(func))
                if func.code.flags
                    & (crate::bytecode::flags::GENERATOR
                        | crate::bytecode::flags::COROUTINE
                        | crate::bytecode::flags::ASYNC_GENERATOR)
                    == 0 =>
            {
                Some((f, stage))
            }
            _ => None,
        }
    }

    /// `binary_dunder` from `stage`: the steps before it ran and declined.
    pub(crate) fn binary_dunder_from(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
        stage: BinaryStage,
    ) -> PyResult {
        let (name, rname, iname) = binary_names(op);
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if stage == BinaryStage::Start
            && inplace
            && let Some(f) = self.lookup_user(ta, iname)
        {
            let r = self.call_method_value(f, a, ta, &[b])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        let fa = if stage == BinaryStage::ForwardDeclined {
            None
        } else {
            self.lookup_user(ta, name)
        };
        let fb = if ta != tb {
            self.lookup_user(tb, rname)
        } else {
            None
        };
        // The right operand goes first only when its class overrides the reflected method.
        let overrides = fb.is_some() && fb != self.lookup_user(ta, rname);
        // `str % x` and `bytes % x` always answer (a result or an error): `x`'s `__rmod__`
        // runs only when its class derives from the left operand's and goes first.
        let pa = self.payload(a);
        let formats = op == BinaryOp::Mod
            && fa.is_none()
            && (self.str_text(pa).is_some()
                || (self.is_bytes_like(pa)
                    && !matches!(self.heap.get(pa), Some(Obj::MemoryView(_)))));
        let fb = if formats && !(overrides && ta != tb && self.is_subclass(tb, ta)) {
            None
        } else {
            fb
        };
        if let Some(r) = self.try_forward_reflected(a, b, fa, fb, overrides)? {
            return Ok(r);
        }
        if self.str_text(self.payload(a)).is_some() && op == BinaryOp::Mod {
            // `str % x` formats `x` itself (its `__str__`), unpacking only a tuple.
            let pa = self.payload(a);
            let pb = self.payload(b);
            let arg = if matches!(self.heap.get(pb), Some(Obj::Tuple(_))) {
                pb
            } else {
                b
            };
            let template = alloc::string::String::from(self.str_text(pa).unwrap_or(""));
            return self.percent_format(&template, arg);
        }
        let pa = self.payload(a);
        let bytes_left =
            self.is_bytes_like(pa) && !matches!(self.heap.get(pa), Some(Obj::MemoryView(_)));
        if op == BinaryOp::Add && bytes_left && !self.is_bytes_like(b) {
            // `bytes + x` words its complaint its own way: `can't concat X to bytes`.
            return self.bytes_binary(op, pa, b, inplace);
        }
        if op == BinaryOp::Mod && bytes_left {
            // `bytes % x` formats `x` itself too, whatever it is.
            let pb = self.payload(b);
            let arg = if matches!(self.heap.get(pb), Some(Obj::Tuple(_))) {
                pb
            } else {
                b
            };
            return self.bytes_binary(op, pa, arg, inplace);
        }
        if inplace && op == BinaryOp::Add && matches!(self.heap.get(pa), Some(Obj::List(_))) {
            // `lst += x` when no operator method answered: the list extends itself from any
            // iterable, as `extend` does.
            self.list_extend(pa, b)?;
            return Ok(a);
        }
        if !inplace && let Some(r) = self.deque_subclass_op(op, a, b)? {
            return Ok(r);
        }
        if self.has_builtin_behaviour(a) && self.has_builtin_behaviour(b) {
            let (pa, pb) = (self.payload(a), self.payload(b));
            let r = self.binary_op_builtin(op, pa, pb, inplace)?;
            if r != Value::NOT_IMPLEMENTED {
                // An in-place list `+=` extends the list inside the instance: the result is
                // the instance.
                return Ok(if inplace && r == pa && pa != a { a } else { r });
            }
        }
        if op == BinaryOp::Mul
            && let Some(r) = self.repeat_by_index(a, b, inplace)?
        {
            return Ok(r);
        }
        Err(self.unsupported_operands(op, a, b, inplace))
    }

    /// `seq * n` or `n * seq` where `n` is an object with `__index__` (after its own
    /// operator methods declined): the sequence repeated that many times.
    fn repeat_by_index(&mut self, a: Value, b: Value, inplace: bool) -> PyResult<Option<Value>> {
        let is_seq = |vm: &Vm, v: Value| {
            let p = vm.payload(v);
            vm.str_text(p).is_some()
                || vm.is_bytes_like(p)
                || matches!(vm.heap.get(p), Some(Obj::List(_) | Obj::Tuple(_)))
        };
        let (seq, count) = if is_seq(self, a) && !self.is_int(b) {
            (a, b)
        } else if is_seq(self, b) && !self.is_int(a) {
            (b, a)
        } else {
            return Ok(None);
        };
        let Some(n) = self.index_dunder(count)? else {
            return Ok(None);
        };
        let pseq = self.payload(seq);
        let (x, y) = if seq == a { (pseq, n) } else { (n, pseq) };
        let r = self.binary_op_builtin(BinaryOp::Mul, x, y, inplace)?;
        Ok(
            (r != Value::NOT_IMPLEMENTED).then_some(if inplace && r == pseq && pseq != seq {
                seq
            } else {
                r
            }),
        )
    }

    /// Calls `fa(a, b)` then the reflected `fb(b, a)` (the reflected first when `b`'s type
    /// is a proper subclass of `a`'s and `may_go_first`, so a subclass can override its
    /// base's operator); the first answer that is not NotImplemented wins.
    fn try_forward_reflected(
        &mut self,
        a: Value,
        b: Value,
        fa: Option<Value>,
        fb: Option<Value>,
        may_go_first: bool,
    ) -> PyResult<Option<Value>> {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let b_first = may_go_first && ta != tb && self.is_subclass(tb, ta);
        let order = if b_first {
            [(fb, b, tb, a), (fa, a, ta, b)]
        } else {
            [(fa, a, ta, b), (fb, b, tb, a)]
        };
        for (f, x, tx, y) in order {
            if let Some(f) = f {
                let r = self.call_method_value(f, x, tx, &[y])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// `a op b` for a rich comparison when either operand is a user object: the result
    /// value (any object, as `__eq__` may return one).
    pub(crate) fn compare_dunder(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult {
        let (name, rname) = compare_names(op);
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let fa = self.lookup_user(ta, name);
        let fb = self.lookup_user(tb, rname);
        if let Some(r) = self.try_forward_reflected(a, b, fa, fb, true)? {
            return Ok(r);
        }
        let builtin = self.has_builtin_behaviour(a) && self.has_builtin_behaviour(b);
        let (pa, pb) = (self.payload(a), self.payload(b));
        match op {
            CompareOp::Eq => {
                if a == b || pa == pb {
                    return Ok(Value::TRUE);
                }
                if builtin {
                    return self.eq(pa, pb).map(Value::bool);
                }
                Ok(Value::FALSE)
            }
            CompareOp::Ne => {
                // A subclass of a builtin type inherits that type's `__ne__`, which compares
                // the builtin values; otherwise `object.__ne__` negates `__eq__`.
                if builtin && (pa != a || pb != b) {
                    return self.eq(pa, pb).map(|e| Value::bool(!e));
                }
                let r = self.compare_dunder(CompareOp::Eq, a, b)?;
                self.truthy(r).map(|t| Value::bool(!t))
            }
            _ => {
                if builtin && let Some(r) = self.partial_order_opt(op, pa, pb)? {
                    return Ok(Value::bool(r));
                }
                let msg = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.type_name_of(a),
                    self.type_name_of(b)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// A binary special method outside the operators (`divmod`): `a.name(b)`, then
    /// `b.rname(a)`; `None` when neither operand is a user object or both decline.
    pub(crate) fn binary_special(
        &mut self,
        a: Value,
        b: Value,
        name: Qstr,
        rname: Qstr,
    ) -> PyResult<Option<Value>> {
        if !self.is_user_obj(a) && !self.is_user_obj(b) {
            return Ok(None);
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if let Some(f) = self.lookup_user(ta, name) {
            let r = self.call_method_value(f, a, ta, &[b])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
        if ta != tb
            && let Some(f) = self.lookup_user(tb, rname)
        {
            let r = self.call_method_value(f, b, tb, &[a])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
        if self.has_builtin_behaviour(a) && self.has_builtin_behaviour(b) {
            return Ok(None);
        }
        let msg = format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            self.type_name_of(a),
            self.type_name_of(b)
        );
        Err(self.type_error(&msg))
    }

    /// The start of a `with` (`(bound __exit__, __enter__())`) or, with `is_async`, of an
    /// `async with` (`(bound __aexit__, __aenter__())`, the latter still to be awaited).
    pub(crate) fn enter_context(&mut self, mgr: Value, is_async: bool) -> PyResult<(Value, Value)> {
        let (enter_name, exit_name, protocol) = if is_async {
            (Q::__aenter__, Q::__aexit__, "asynchronous context manager")
        } else {
            (Q::__enter__, Q::__exit__, "context manager")
        };
        let t = self.type_of(mgr);
        let Some(enter) = self.lookup(t, enter_name) else {
            let msg = format!(
                "'{}' object does not support the {protocol} protocol",
                self.type_name(t)
            );
            return Err(self.type_error(&msg));
        };
        let Some(exit) = self.lookup(t, exit_name) else {
            let msg = format!(
                "'{}' object does not support the {protocol} protocol (missed {} method)",
                self.type_name(t),
                self.qstr_text(exit_name)
            );
            return Err(self.type_error(&msg));
        };
        let exit = self.bind_special(exit, mgr, t)?;
        self.roots.push(exit);
        let value = self.call_method_value(enter, mgr, t, &[]);
        self.roots.pop();
        Ok((exit, value?))
    }

    /// `obj.__aiter__()` for `async for`.
    pub(crate) fn get_aiter(&mut self, obj: Value) -> PyResult {
        let t = self.type_of(obj);
        let Some(f) = self.lookup(t, Q::__aiter__) else {
            let msg = format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(t)
            );
            return Err(self.type_error(&msg));
        };
        let it = self.call_method_value(f, obj, t, &[])?;
        let it_t = self.type_of(it);
        if self.lookup(it_t, Q::__anext__).is_none() {
            let msg = format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(it_t)
            );
            return Err(self.type_error(&msg));
        }
        Ok(it)
    }

    /// `aiter.__anext__()` for `async for`, checked to be awaitable.
    pub(crate) fn get_anext(&mut self, it: Value) -> PyResult {
        let t = self.type_of(it);
        let Some(f) = self.lookup(t, Q::__anext__) else {
            let msg = format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(t)
            );
            return Err(self.type_error(&msg));
        };
        let a = self.call_method_value(f, it, t, &[])?;
        match self.get_awaitable(a) {
            Ok(a) => Ok(a),
            Err(_) => {
                self.pending = Value::NONE;
                let msg = format!(
                    "'async for' received an invalid object from __anext__: {}",
                    self.type_name_of(a)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// A special method found on `t`, bound to `obj` as attribute access would.
    pub(crate) fn bind_special(&mut self, f: Value, obj: Value, t: Value) -> PyResult {
        if self.is_function(f) || f.as_native().is_some() {
            return self.bind(f, obj);
        }
        self.bind_descriptor_to_class(f, t)
    }

    /// `hash(v)` for a user object.
    pub(crate) fn hash_dunder(&mut self, v: Value) -> PyResult<u64> {
        let t = self.type_of(v);
        match self.lookup_user(t, Q::__hash__) {
            Some(f) if f.is_none() => {
                let msg = format!("unhashable type: '{}'", self.type_name(t));
                Err(self.type_error(&msg))
            }
            Some(f) => {
                let r = self.call_method_value(f, v, t, &[])?;
                let r = self.payload(r);
                if !self.is_int(r) {
                    return Err(self.type_error("__hash__ method should return an integer"));
                }
                // An int that fits a machine word is the hash itself (-1 is taken by
                // errors, so it becomes -2); a larger one is hashed as an int is.
                match self.int_as_i64(r) {
                    Some(-1) => Ok(-2i64 as u64),
                    Some(i) => Ok(i as u64),
                    None => self.hash(r),
                }
            }
            None => {
                let p = self.payload(v);
                if p != v {
                    return self.hash(p);
                }
                Ok(super::identity_hash(v))
            }
        }
    }

    /// `bool(v)` for a user object: `__bool__`, else `__len__`, else true.
    pub(crate) fn truthy_dunder(&mut self, v: Value) -> PyResult<bool> {
        let t = self.type_of(v);
        if let Some(f) = self.lookup_user(t, Q::__bool__) {
            let r = self.call_method_value(f, v, t, &[])?;
            if !r.is_bool() {
                let msg = format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name_of(r)
                );
                return Err(self.type_error(&msg));
            }
            return Ok(r == Value::TRUE);
        }
        if self.lookup_user(t, Q::__len__).is_some() {
            return Ok(self.len_of(v)? != 0);
        }
        let p = self.payload(v);
        if p != v {
            return self.truthy(p);
        }
        Ok(true)
    }

    /// `len(v)` for every value.
    pub(crate) fn len_of(&mut self, v: Value) -> PyResult<usize> {
        // Builtin containers first: `length` answers only for them (never for instances).
        if let Some(n) = self.length(v) {
            return Ok(n);
        }
        if let Some(m) = self.proxied(v) {
            return self.len_of(m);
        }
        if self.is_user_obj(v) {
            let t = self.type_of(v);
            if let Some(f) = self.lookup_user(t, Q::__len__) {
                let r = self.call_method_value(f, v, t, &[])?;
                let r = self.index_value(r)?;
                return match self.int_as_i64(r) {
                    Some(n) if n < 0 => Err(self.value_error("__len__() should return >= 0")),
                    Some(n) => Ok(n as usize),
                    None if self
                        .int_of(r)
                        .is_some_and(|b| b.sign() == num_bigint::Sign::Minus) =>
                    {
                        Err(self.value_error("__len__() should return >= 0"))
                    }
                    None => Err(self.raise_new(
                        TypeId::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    )),
                };
            }
            let p = self.payload(v);
            if p != v {
                return self.len_builtin(p);
            }
        }
        self.len_builtin(v)
    }

    /// `len(v)` of a builtin value, with CPython's errors.
    pub(crate) fn len_builtin(&mut self, v: Value) -> PyResult<usize> {
        match self.length(v) {
            Some(n) => Ok(n),
            None if self.is_released_view(v) => Err(self.released_error()),
            None if matches!(self.heap.get(v), Some(Obj::Range(_))) => Err(self.raise_new(
                TypeId::OverflowError,
                "Python int too large to convert to C ssize_t",
            )),
            None => {
                let msg = format!("object of type '{}' has no len()", self.type_name_of(v));
                Err(self.type_error(&msg))
            }
        }
    }

    /// A unary operator's special method, or the builtin operator on the extended value.
    pub(crate) fn unary_dunder(&mut self, v: Value, name: Qstr) -> PyResult<Option<Value>> {
        if !self.is_user_obj(v) {
            return Ok(None);
        }
        if let Some(r) = self.call_dunder(v, name, &[])? {
            return Ok(Some(r));
        }
        let p = self.payload(v);
        if p == v {
            let symbol = match name {
                Q::__neg__ => "unary -",
                Q::__pos__ => "unary +",
                Q::__invert__ => "unary ~",
                _ => "abs()",
            };
            let msg = format!("bad operand type for {symbol}: '{}'", self.type_name_of(v));
            return Err(self.type_error(&msg));
        }
        Ok(Some(match name {
            Q::__neg__ => self.unary_neg(p)?,
            Q::__pos__ => self.unary_pos(p)?,
            Q::__invert__ => self.unary_invert(p)?,
            _ => self.abs(p)?,
        }))
    }

    /// `obj[index]` for a user object or class.
    pub(crate) fn subscr_dunder(&mut self, obj: Value, index: Value) -> PyResult {
        if matches!(self.heap.get(obj), Some(Obj::Class(_))) {
            // A metaclass's `__getitem__` goes before the class's own `__class_getitem__`.
            if let Some(r) = self.call_dunder(obj, Q::__getitem__, &[index])? {
                return Ok(r);
            }
            if let Some(f) = self.lookup(obj, Q::__class_getitem__) {
                let f = self.bind_descriptor_to_class(f, obj)?;
                return self.call_value(f, &[index]);
            }
            let msg = format!("type '{}' is not subscriptable", self.type_name(obj));
            return Err(self.type_error(&msg));
        }
        if let Some(r) = self.call_dunder(obj, Q::__getitem__, &[index])? {
            return Ok(r);
        }
        let p = self.payload(obj);
        if p == obj {
            let msg = format!("'{}' object is not subscriptable", self.type_name_of(obj));
            return Err(self.type_error(&msg));
        }
        if matches!(self.heap.get(p), Some(Obj::Dict(_))) {
            let t = self.type_of(obj);
            if let Some(missing) = self.lookup_user(t, Q::__missing__) {
                return match self.dict_get(p, index)? {
                    Some(v) => Ok(v),
                    None => self.call_method_value(missing, obj, t, &[index]),
                };
            }
        }
        self.subscr_builtin(p, index)
    }

    /// `obj[index] = value`, or `del obj[index]` when `value` is `UNBOUND`.
    pub(crate) fn store_subscr_dunder(
        &mut self,
        obj: Value,
        index: Value,
        value: Value,
    ) -> PyResult<()> {
        let name = if value == Value::UNBOUND {
            Q::__delitem__
        } else {
            Q::__setitem__
        };
        let args = [index, value];
        let args = if value == Value::UNBOUND {
            &args[..1]
        } else {
            &args[..]
        };
        if self.call_dunder(obj, name, args)?.is_some() {
            return Ok(());
        }
        let p = self.payload(obj);
        let mutable = matches!(
            self.heap.get(p),
            Some(Obj::List(_) | Obj::Dict(_) | Obj::Deque(_))
        );
        if p == obj || !mutable {
            if value == Value::UNBOUND {
                return Err(self.no_item_deletion(obj, index));
            }
            let msg = format!(
                "'{}' object does not support item assignment",
                self.type_name_of(obj)
            );
            return Err(self.type_error(&msg));
        }
        if value == Value::UNBOUND {
            self.delete_subscr_builtin(p, index)
        } else {
            self.store_subscr_builtin(p, index, value)
        }
    }

    /// `item in obj` for a user object.
    pub(crate) fn contains_dunder(&mut self, obj: Value, item: Value) -> PyResult<bool> {
        let t = self.type_of(obj);
        match self.lookup(t, Q::__contains__) {
            Some(f) if f.is_none() => {
                let msg = format!("'{}' object is not a container", self.type_name(t));
                return Err(self.type_error(&msg));
            }
            Some(f) if f.as_native().is_none() => {
                let r = self.call_method_value(f, obj, t, &[item])?;
                return self.truthy(r);
            }
            Some(_) => {
                let p = self.payload(obj);
                return self.contains(p, item);
            }
            None => {}
        }
        let iter = self.lookup(t, Q::__iter__);
        let blocked = iter.is_some_and(|f| f.is_none());
        if !blocked && (iter.is_some() || self.lookup_user(t, Q::__getitem__).is_some()) {
            let mut found = false;
            self.for_each_item(obj, |vm, x| {
                found = x == item || vm.eq(x, item)?;
                Ok(!found)
            })?;
            return Ok(found);
        }
        let p = self.payload(obj);
        if p != obj && iter.is_none() {
            return self.contains(p, item);
        }
        let msg = format!("argument of type '{}' is not iterable", self.type_name(t));
        Err(self.type_error(&msg))
    }

    /// `iter(obj)` for a user object.
    pub(crate) fn iter_dunder(&mut self, obj: Value) -> PyResult {
        let t = self.type_of(obj);
        let found = self.lookup(t, Q::__iter__);
        if let Some(f) = found
            && f.as_native().is_some()
        {
            let p = self.payload(obj);
            return self.get_iter(p);
        }
        if let Some(f) = found {
            if f.is_none() {
                let msg = format!("'{}' object is not iterable", self.type_name(t));
                return Err(self.type_error(&msg));
            }
            let it = self.call_method_value(f, obj, t, &[])?;
            let is_iter = match self.heap.get(it) {
                Some(Obj::Iter(_)) => true,
                Some(Obj::Generator(g)) => g.code.flags & crate::bytecode::flags::GENERATOR != 0,
                _ => self
                    .user_class_of(it)
                    .is_some_and(|c| self.lookup_user(c, Q::__next__).is_some()),
            };
            if !is_iter {
                let msg = format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name_of(it)
                );
                return Err(self.type_error(&msg));
            }
            return Ok(it);
        }
        if self.lookup_user(t, Q::__getitem__).is_some() {
            return self.alloc(Obj::Iter(alloc::boxed::Box::new(IterObj::GetItem {
                obj,
                index: 0,
            })));
        }
        let p = self.payload(obj);
        if p != obj {
            return self.get_iter(p);
        }
        let msg = format!("'{}' object is not iterable", self.type_name(t));
        Err(self.type_error(&msg))
    }

    /// `next(it)` for a user iterator: `None` when it raises StopIteration.
    pub(crate) fn next_dunder(&mut self, it: Value) -> PyResult<Option<Value>> {
        let t = self.type_of(it);
        let Some(f) = self.lookup_user(t, Q::__next__) else {
            let msg = format!("'{}' object is not an iterator", self.type_name(t));
            return Err(self.type_error(&msg));
        };
        match self.call_method_value(f, it, t, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(raised) => self.stop_iteration_ends(raised),
        }
    }

    /// Turns a pending StopIteration into the end of an iteration.
    pub(crate) fn stop_iteration_ends(&mut self, raised: Raised) -> PyResult<Option<Value>> {
        if self.is_instance(self.pending, Value::builtin_type(TypeId::StopIteration)) {
            let args = self.exc_args(self.pending);
            self.last_stop_value = self
                .tuple_items(args)
                .first()
                .copied()
                .unwrap_or(Value::NONE);
            self.pending = Value::NONE;
            return Ok(None);
        }
        Err(raised)
    }

    /// The next item of a `__getitem__` iterator: IndexError or StopIteration ends it.
    pub(crate) fn getitem_iter_next(
        &mut self,
        it: Value,
        obj: Value,
        index: usize,
    ) -> PyResult<Option<Value>> {
        let i = self.new_int(index as i64)?;
        match self.subscr(obj, i) {
            Ok(v) => {
                if let Some(Obj::Iter(state)) = self.heap.get_mut(it)
                    && let IterObj::GetItem { index, .. } = &mut **state
                {
                    *index += 1;
                }
                Ok(Some(v))
            }
            Err(raised) => {
                let p = self.pending;
                if self.is_instance(p, Value::builtin_type(TypeId::IndexError))
                    || self.is_instance(p, Value::builtin_type(TypeId::StopIteration))
                {
                    self.pending = Value::NONE;
                    // An exhausted iterator stays exhausted.
                    if let Some(Obj::Iter(state)) = self.heap.get_mut(it)
                        && let IterObj::GetItem { index, .. } = &mut **state
                    {
                        *index = usize::MAX;
                    }
                    return Ok(None);
                }
                Err(raised)
            }
        }
    }

    /// `__index__` of a user object: the int it stands for, when it has one.
    pub(crate) fn index_dunder(&mut self, v: Value) -> PyResult<Option<Value>> {
        if !self.is_user_obj(v) {
            return Ok(None);
        }
        let Some(r) = self.call_dunder(v, Q::__index__, &[])? else {
            let p = self.payload(v);
            return Ok((p != v && self.is_int(p)).then_some(p));
        };
        if !self.is_int(r) {
            let msg = format!("__index__ returned non-int (type {})", self.type_name_of(r));
            return Err(self.type_error(&msg));
        }
        Ok(Some(self.payload(r)))
    }

    /// A conversion dunder (`__int__`, `__float__`) of a user object.
    pub(crate) fn convert_dunder(&mut self, v: Value, name: Qstr) -> PyResult<Option<Value>> {
        if !self.is_user_obj(v) {
            return Ok(None);
        }
        let r = self.call_dunder(v, name, &[])?;
        if let Some(r) = r {
            let ok = if name == Q::__float__ {
                self.is_float(self.payload(r))
            } else {
                self.is_int(self.payload(r))
            };
            if !ok {
                let msg = if name == Q::__float__ {
                    format!(
                        "{}.__float__ returned non-float (type {})",
                        self.type_name_of(v),
                        self.type_name_of(r)
                    )
                } else {
                    format!("__int__ returned non-int (type {})", self.type_name_of(r))
                };
                return Err(self.type_error(&msg));
            }
            return Ok(Some(self.payload(r)));
        }
        Ok(None)
    }
}
