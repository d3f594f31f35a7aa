//! Async generators (`async def` with `yield`) and the awaitables their methods return.
//!
//! An async generator is a generator object whose code has the `ASYNC_GENERATOR` flag: its
//! frame suspends both at `yield v` (a value for the consumer) and inside `await x` (a value
//! for the event loop, passed through). The two are told apart by where the frame stopped:
//! an `await` suspends at a `YIELD_FROM` with the awaited iterator in `yield_from`, a
//! `yield` with none.
//!
//! `__anext__()`, `asend(v)`, `athrow(...)` and `aclose()` return an awaitable
//! (`IterObj::AsyncGenStep`) that drives the generator one `yield` further: values the
//! generator passes through from its awaits come out of the awaitable's `send`, and the
//! awaitable finishes with `StopIteration(value)` at the generator's next `yield` (or, for
//! `aclose`, when the generator closes). Each awaitable can be awaited once.

use crate::builtins::{Kw, arity};
use crate::heap::{GenState, IterObj, Obj};
use crate::types::TypeId;
use crate::types::generator::GenStep;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What an awaitable asks of its generator.
pub(crate) const SEND: u8 = 0;
pub(crate) const THROW: u8 = 1;
pub(crate) const CLOSE: u8 = 2;

/// Where an awaitable is: not started, passing its generator's awaits through, finished.
const INIT: u8 = 0;
const RUNNING: u8 = 1;
const DONE: u8 = 2;

impl Vm {
    /// Whether `g` is an async generator.
    pub(crate) fn is_async_gen(&self, g: Value) -> bool {
        self.gen_ref(g)
            .is_some_and(|gn| gn.code.flags & crate::bytecode::flags::ASYNC_GENERATOR != 0)
    }

    /// A new awaitable for `agen`: `mode` with `arg` (the value to send, or the exception to
    /// throw).
    fn async_gen_step(&mut self, agen: Value, mode: u8, arg: Value) -> PyResult {
        self.alloc(Obj::Iter(alloc::boxed::Box::new(IterObj::AsyncGenStep {
            agen,
            arg,
            mode,
            state: INIT,
        })))
    }

    /// The parts of awaitable `aw`.
    fn step_parts(&self, aw: Value) -> Option<(Value, Value, u8, u8)> {
        match self.heap.get(aw) {
            Some(Obj::Iter(it)) => match **it {
                IterObj::AsyncGenStep {
                    agen,
                    arg,
                    mode,
                    state,
                } => Some((agen, arg, mode, state)),
                _ => None,
            },
            _ => None,
        }
    }

    fn set_step_state(&mut self, aw: Value, new: u8) {
        if let Some(Obj::Iter(it)) = self.heap.get_mut(aw)
            && let IterObj::AsyncGenStep { state, .. } = &mut **it
        {
            *state = new;
        }
    }

    /// Drives awaitable `aw` one step, sending `sent` or throwing `thrown` into it: `Some(v)`
    /// when its generator passed `v` through from an await; `None` when the awaitable is
    /// finished with the value left in `last_stop_value` (its `StopIteration` value).
    pub(crate) fn async_gen_advance(
        &mut self,
        aw: Value,
        sent: Value,
        thrown: Option<Value>,
    ) -> PyResult<Option<Value>> {
        let Some((agen, arg, mode, state)) = self.step_parts(aw) else {
            return Err(self.type_error("not an async generator awaitable"));
        };
        if state == DONE {
            let msg = if mode == SEND {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            };
            return Err(self.raise_new(TypeId::RuntimeError, msg));
        }
        let gen_state = self.gen_ref(agen).map(|g| g.state);
        let step = if state == INIT {
            self.set_step_state(aw, RUNNING);
            if gen_state == Some(GenState::Running) {
                self.set_step_state(aw, DONE);
                let msg = if mode == SEND {
                    "anext(): asynchronous generator is already running"
                } else {
                    "athrow(): asynchronous generator is already running"
                };
                return Err(self.raise_new(TypeId::RuntimeError, msg));
            }
            if gen_state == Some(GenState::Done) {
                self.set_step_state(aw, DONE);
                if mode == CLOSE {
                    self.last_stop_value = Value::NONE;
                    return Ok(None);
                }
                return Err(self.raise_new(TypeId::StopAsyncIteration, ""));
            }
            if mode == CLOSE && gen_state == Some(GenState::Created) {
                // Closing a generator that never ran only marks it finished.
                self.finish_generator(agen);
                self.set_step_state(aw, DONE);
                self.last_stop_value = Value::NONE;
                return Ok(None);
            }
            match (mode, thrown) {
                (SEND, None) => {
                    let value = if sent.is_none() { arg } else { sent };
                    if !value.is_none() && gen_state == Some(GenState::Created) {
                        self.set_step_state(aw, DONE);
                        return Err(self.type_error(
                            "can't send non-None value to a just-started async generator",
                        ));
                    }
                    self.gen_resume(agen, Some(value), None)
                }
                (SEND, Some(e)) => self.gen_throw(agen, e),
                (_, thrown) => self.gen_throw(agen, thrown.unwrap_or(arg)),
            }
        } else {
            match thrown {
                Some(e) => self.gen_throw(agen, e),
                None => self.gen_resume(agen, Some(sent), None),
            }
        };
        match step {
            Ok(GenStep::Yielded(v)) => {
                let awaiting = self
                    .gen_ref(agen)
                    .is_some_and(|g| g.yield_from != Value::UNBOUND);
                if awaiting {
                    return Ok(Some(v));
                }
                // The generator reached a `yield`: this awaitable is done.
                self.set_step_state(aw, DONE);
                if mode == CLOSE {
                    return Err(self.raise_new(
                        TypeId::RuntimeError,
                        "async generator ignored GeneratorExit",
                    ));
                }
                self.last_stop_value = v;
                Ok(None)
            }
            Ok(GenStep::Returned(_)) => {
                self.set_step_state(aw, DONE);
                if mode == CLOSE {
                    self.last_stop_value = Value::NONE;
                    return Ok(None);
                }
                Err(self.raise_new(TypeId::StopAsyncIteration, ""))
            }
            Err(raised) => {
                self.set_step_state(aw, DONE);
                let p = self.pending;
                if mode == CLOSE
                    && (self.is_instance(p, Value::builtin_type(TypeId::GeneratorExit))
                        || self.is_instance(p, Value::builtin_type(TypeId::StopAsyncIteration)))
                {
                    self.pending = Value::NONE;
                    self.last_stop_value = Value::NONE;
                    return Ok(None);
                }
                Err(raised)
            }
        }
    }

    /// `async_gen_advance` for the awaitable's own methods: a finished step raises
    /// StopIteration with its value.
    fn async_gen_method_step(&mut self, aw: Value, sent: Value, thrown: Option<Value>) -> PyResult {
        match self.async_gen_advance(aw, sent, thrown)? {
            Some(v) => Ok(v),
            None => {
                let v = self.take_stop_value();
                Err(self.stop_iteration_with(v))
            }
        }
    }
}

fn agen_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    crate::builtins::checked_receiver(vm, args, name, "async_generator", Vm::is_async_gen)
}

fn step_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    crate::builtins::checked_receiver(vm, args, name, "async_generator_asend", |vm, a| {
        vm.step_parts(a).is_some()
    })
}

/// `agen.__aiter__()`: the generator itself.
pub(crate) fn aiter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "__aiter__", args, 1, 1)?;
    agen_arg(vm, args, "__aiter__")
}

/// `agen.__anext__()`: an awaitable for the next value.
pub(crate) fn anext(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "__anext__", args, 1, 1)?;
    let g = agen_arg(vm, args, "__anext__")?;
    vm.async_gen_step(g, SEND, Value::NONE)
}

/// `agen.asend(value)`.
pub(crate) fn asend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "asend", &[])?;
    arity(vm, "asend", args, 2, 2)?;
    let g = agen_arg(vm, args, "asend")?;
    vm.async_gen_step(g, SEND, args[1])
}

/// `agen.athrow(exc)` or `agen.athrow(type[, value[, tb]])`.
pub(crate) fn athrow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "athrow", &[])?;
    arity(vm, "athrow", args, 2, 4)?;
    let g = agen_arg(vm, args, "athrow")?;
    let (typ, val) = (args[1], args.get(2).copied().unwrap_or(Value::NONE));
    let exc = crate::types::generator::thrown_exception(vm, typ, val)?;
    vm.async_gen_step(g, THROW, exc)
}

/// `agen.aclose()`.
pub(crate) fn aclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "aclose", &[])?;
    arity(vm, "aclose", args, 1, 1)?;
    let g = agen_arg(vm, args, "aclose")?;
    let exit = vm.make_exception(TypeId::GeneratorExit, "")?;
    vm.roots.push(exit);
    let r = vm.async_gen_step(g, CLOSE, exit);
    vm.roots.pop();
    r
}

/// The awaitable's `send(value)`.
pub(crate) fn step_send(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "send", &[])?;
    arity(vm, "send", args, 2, 2)?;
    let aw = step_arg(vm, args, "send")?;
    vm.async_gen_method_step(aw, args[1], None)
}

/// The awaitable's `__next__()`.
pub(crate) fn step_next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let aw = step_arg(vm, args, "__next__")?;
    vm.async_gen_method_step(aw, Value::NONE, None)
}

/// The awaitable's `throw(...)`: into the generator.
pub(crate) fn step_throw(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "throw", &[])?;
    arity(vm, "throw", args, 2, 4)?;
    let aw = step_arg(vm, args, "throw")?;
    let (typ, val) = (args[1], args.get(2).copied().unwrap_or(Value::NONE));
    let exc = crate::types::generator::thrown_exception(vm, typ, val)?;
    vm.async_gen_method_step(aw, Value::NONE, Some(exc))
}

/// The awaitable's `close()`: it is finished without touching the generator.
pub(crate) fn step_close(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "close", &[])?;
    let aw = step_arg(vm, args, "close")?;
    let owner = alloc::string::String::from(vm.type_name_of(aw));
    crate::types::slots::method_arity(vm, args, &owner, "close", 0)?;
    vm.set_step_state(aw, DONE);
    Ok(Value::NONE)
}

/// The awaitable's `__await__()` and `__iter__()`: itself.
pub(crate) fn step_self(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "__await__", args, 1, 1)?;
    let aw = step_arg(vm, args, "__await__")?;
    Ok(aw)
}
