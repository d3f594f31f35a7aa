//! The builtins `aiter(obj)` and `anext(it[, default])`, and the awaitable
//! `anext(it, default)` returns.
//!
//! `aiter` and `anext` without a default only call `__aiter__`/`__anext__` on the object's
//! type. With a default, `anext` returns an `anext_awaitable` (`IterObj::AnextAwaitable`):
//! stepped the first time, it calls `__anext__` and takes that result's awaitable
//! (`Vm::get_awaitable`) as its inner iterator, then passes every step through to it. When
//! the inner iterator raises StopAsyncIteration, the awaitable finishes with the default
//! as its value instead.

use crate::builtins::{Kw, arity};
use crate::heap::{IterObj, Obj};
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::types::generator::GenStep;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `aiter(obj)`: `obj.__aiter__()`, checked to be an async iterator.
pub(crate) fn aiter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "aiter", &[])?;
    if args.len() != 1 {
        let msg = alloc::format!("aiter() takes exactly one argument ({} given)", args.len());
        return Err(vm.type_error(&msg));
    }
    let obj = args[0];
    let t = vm.type_of(obj);
    let Some(f) = vm.lookup(t, Q::__aiter__) else {
        let msg = alloc::format!("'{}' object is not an async iterable", vm.type_name(t));
        return Err(vm.type_error(&msg));
    };
    let it = vm.call_method_value(f, obj, t, &[])?;
    let it_t = vm.type_of(it);
    if vm.lookup(it_t, Q::__anext__).is_none() {
        let msg = alloc::format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(it_t)
        );
        return Err(vm.type_error(&msg));
    }
    Ok(it)
}

/// `anext(it[, default])`: `it.__anext__()`, or with a default an awaitable that gives
/// the default when the iterator is exhausted.
pub(crate) fn anext(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "anext", &[])?;
    match args.len() {
        0 => return Err(vm.type_error("anext expected at least 1 argument, got 0")),
        1 | 2 => {}
        n => {
            let msg = alloc::format!("anext expected at most 2 arguments, got {n}");
            return Err(vm.type_error(&msg));
        }
    }
    let it = args[0];
    let t = vm.type_of(it);
    let Some(f) = vm.lookup(t, Q::__anext__) else {
        let msg = alloc::format!("'{}' object is not an async iterator", vm.type_name(t));
        return Err(vm.type_error(&msg));
    };
    let Some(&default) = args.get(1) else {
        return vm.call_method_value(f, it, t, &[]);
    };
    vm.alloc(Obj::Iter(alloc::boxed::Box::new(IterObj::AnextAwaitable {
        aiter: it,
        inner: Value::UNBOUND,
        default,
    })))
}

impl Vm {
    /// Whether `v` is an `anext_awaitable`.
    pub(crate) fn is_anext_awaitable(&self, v: Value) -> bool {
        matches!(self.heap.get(v), Some(Obj::Iter(it)) if matches!(**it, IterObj::AnextAwaitable { .. }))
    }

    /// One step of an `anext_awaitable`, sending `sent`: `Some(v)` when the inner awaitable
    /// passed `v` through; `None` when finished, its value in `last_stop_value`.
    pub(crate) fn anext_advance(&mut self, aw: Value, sent: Value) -> PyResult<Option<Value>> {
        let Some(Obj::Iter(state)) = self.heap.get(aw) else {
            return Ok(None);
        };
        let IterObj::AnextAwaitable {
            aiter,
            inner,
            default,
        } = **state
        else {
            return Ok(None);
        };
        let inner = self.anext_start(aw, aiter, inner)?;
        match self.delegate_step(inner, sent) {
            Ok(GenStep::Yielded(v)) => Ok(Some(v)),
            Ok(GenStep::Returned(v)) => {
                self.last_stop_value = v;
                Ok(None)
            }
            Err(raised) => {
                let stop = Value::builtin_type(TypeId::StopAsyncIteration);
                if self.is_instance(self.pending, stop) {
                    self.pending = Value::NONE;
                    self.last_stop_value = default;
                    return Ok(None);
                }
                Err(raised)
            }
        }
    }
}

impl Vm {
    /// The inner awaitable of `anext_awaitable` `aw`, made from `aiter.__anext__()` on
    /// first use.
    fn anext_start(&mut self, aw: Value, aiter: Value, inner: Value) -> PyResult {
        if inner != Value::UNBOUND {
            return Ok(inner);
        }
        let t = self.type_of(aiter);
        let f = self.lookup(t, Q::__anext__).unwrap_or(Value::NONE);
        let awaitable = self.call_method_value(f, aiter, t, &[])?;
        let inner = self.get_awaitable(awaitable)?;
        if let Some(Obj::Iter(state)) = self.heap.get_mut(aw)
            && let IterObj::AnextAwaitable { inner: slot, .. } = &mut **state
        {
            *slot = inner;
        }
        Ok(inner)
    }
}

/// `throw(...)` and `close()` of an `anext_awaitable`: the inner awaitable's own method;
/// its StopAsyncIteration becomes StopIteration with the default.
fn proxy(vm: &mut Vm, args: &[Value], name: Qstr, label: &str) -> PyResult {
    let aw = awaitable_arg(vm, args, label)?;
    let Some(Obj::Iter(state)) = vm.heap.get(aw) else {
        return Ok(Value::NONE);
    };
    let IterObj::AnextAwaitable {
        aiter,
        inner,
        default,
    } = **state
    else {
        return Ok(Value::NONE);
    };
    let inner = vm.anext_start(aw, aiter, inner)?;
    let method = vm.load_attr(inner, name)?;
    match vm.call_value(method, &args[1..]) {
        Ok(v) => Ok(v),
        Err(raised) => {
            let stop = Value::builtin_type(TypeId::StopAsyncIteration);
            if vm.is_instance(vm.pending, stop) {
                vm.pending = Value::NONE;
                return Err(vm.stop_iteration_with(default));
            }
            Err(raised)
        }
    }
}

/// `anext_awaitable.throw(...)`.
pub(crate) fn awaitable_throw(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    proxy(vm, args, Q::throw, "throw")
}

/// `anext_awaitable.close()`.
pub(crate) fn awaitable_close(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    proxy(vm, args, Q::close, "close")
}

fn awaitable_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    crate::builtins::checked_receiver(vm, args, name, "anext_awaitable", Vm::is_anext_awaitable)
}

/// `__await__()` and `__iter__()` of an `anext_awaitable`: itself.
pub(crate) fn awaitable_self(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "__await__", args, 1, 1)?;
    awaitable_arg(vm, args, "__await__")
}

/// `send(v)` and `__next__()` of an `anext_awaitable`: one step; the finished awaitable
/// raises StopIteration with its value.
pub(crate) fn awaitable_send(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "send", args, 1, 2)?;
    let aw = awaitable_arg(vm, args, "send")?;
    let sent = args.get(1).copied().unwrap_or(Value::NONE);
    match vm.anext_advance(aw, sent)? {
        Some(v) => Ok(v),
        None => {
            let v = vm.take_stop_value();
            Err(vm.stop_iteration_with(v))
        }
    }
}
