//! Generators and coroutines: a frame that can stop at `yield` and be resumed.
//!
//! A generator owns its frame's state while it is not running (`GenObj`: locals and value
//! stack, handler blocks and handled exceptions, all relative to its slot 0). Resuming moves
//! that state onto the VM's stacks above whatever is there and pushes a `Frame` for it;
//! suspending moves it back. A `for` loop over a generator resumes it inside the same
//! dispatch loop (`Resume::ForIter`); native code (`next`, `send`, `list(gn)`) resumes it in
//! a nested loop (`Resume::Native`), bounded like every native call back into Python.
//!
//! Invariants: a generator's state is `Running` exactly while a frame for it is on the frame
//! stack; its saved stack is empty then. `Done` generators hold no frame state.

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::vec::Vec;

use crate::builtins::{Kw, arity};
use crate::bytecode::{Code, flags};
use crate::heap::{GenObj, GenState, Obj};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{Block, Frame, PyResult, Raised, Resume, Vm};

/// What resuming a generator led to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum GenStep {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Makes the generator or coroutine of a call to `code`, whose locals are already bound
    /// at `stack[base..]`; the stack is cut back to `base`.
    pub(crate) fn make_generator(
        &mut self,
        code: Rc<Code>,
        globals: Value,
        base: usize,
    ) -> PyResult {
        let stack: Vec<Value> = self.stack[base..].to_vec();
        self.stack.truncate(base);
        // Keep the locals rooted while the generator is allocated.
        let at = self.roots.len();
        self.roots.extend_from_slice(&stack);
        let (name, qualname) = (code.name, code.qualname);
        let g = self.alloc(Obj::Generator(Box::new(GenObj {
            name,
            qualname,
            code,
            globals,
            state: GenState::Created,
            ip: 0,
            stack,
            blocks: Vec::new(),
            handled: Vec::new(),
            yield_from: Value::UNBOUND,
        })));
        self.roots.truncate(at);
        g
    }

    pub(crate) fn gen_ref(&self, g: Value) -> Option<&GenObj> {
        match self.heap.get(g) {
            Some(Obj::Generator(gn)) => Some(gn),
            _ => None,
        }
    }

    fn gen_mut(&mut self, g: Value) -> Option<&mut GenObj> {
        match self.heap.get_mut(g) {
            Some(Obj::Generator(gn)) => Some(gn),
            _ => None,
        }
    }

    /// Whether `g` is a coroutine (made by `async def`).
    pub(crate) fn is_coroutine(&self, g: Value) -> bool {
        self.gen_ref(g)
            .is_some_and(|gn| gn.code.flags & flags::COROUTINE != 0)
    }

    /// "generator", "coroutine" or "async generator", for messages.
    fn gen_kind(&self, g: Value) -> &'static str {
        if self.is_coroutine(g) {
            "coroutine"
        } else if self.is_async_gen(g) {
            "async generator"
        } else {
            "generator"
        }
    }

    /// Pushes the frame of suspended or new generator `g`, with `sent` as the value of the
    /// `yield` it stopped at (`None` to push nothing: a new generator, or a throw).
    pub(crate) fn push_generator_frame(
        &mut self,
        g: Value,
        sent: Option<Value>,
        resume: Resume,
    ) -> PyResult<()> {
        let Some(gn) = self.gen_ref(g) else {
            return Err(self.type_error("not a generator"));
        };
        match gn.state {
            GenState::Running => {
                let msg = format!("{} already executing", self.gen_kind(g));
                return Err(self.value_error(&msg));
            }
            GenState::Created if sent.is_some_and(|v| !v.is_none()) => {
                let msg = format!(
                    "can't send non-None value to a just-started {}",
                    self.gen_kind(g)
                );
                return Err(self.type_error(&msg));
            }
            _ => {}
        }
        if self.frames.len() >= self.config.max_depth {
            return Err(self.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let created = gn.state == GenState::Created;
        let base = self.stack.len();
        let block_base = self.blocks.len();
        let handled_base = self.handled.len();
        let (code, globals, ip) = (gn.code.clone(), gn.globals, gn.ip as usize);
        if let Some(Obj::Generator(gn)) = self.heap.get(g) {
            self.stack.extend_from_slice(&gn.stack);
            for &(handler, sp) in &gn.blocks {
                self.blocks.push(Block {
                    handler,
                    sp: sp + base as u32,
                });
            }
            self.handled.extend_from_slice(&gn.handled);
        }
        self.stack.reserve(code.stacksize as usize);
        if let Some(gn) = self.gen_mut(g) {
            gn.stack.clear();
            gn.blocks.clear();
            gn.handled.clear();
            gn.state = GenState::Running;
            gn.yield_from = Value::UNBOUND;
        }
        if let Some(v) = sent
            && !created
        {
            self.stack.push(v);
        }
        self.frames.push(Frame {
            code,
            ip,
            base,
            ret_sp: base,
            globals,
            locals: Value::UNBOUND,
            block_base,
            handled_base,
            generator: g,
            resume,
        });
        Ok(())
    }

    /// Moves the top frame (a generator's) back into its generator, to resume at
    /// `resume_ip`; `yield_from` is the iterator it is delegating to, if any.
    pub(crate) fn suspend_top_frame(
        &mut self,
        resume_ip: usize,
        yield_from: Value,
    ) -> Option<Frame> {
        let frame = self.frames.pop()?;
        let base = frame.base;
        let g = frame.generator;
        let before = self.gen_ref(g).map_or(0, gen_bytes);
        let (stack, blocks, handled) = (&self.stack, &self.blocks, &self.handled);
        if let Some(Obj::Generator(gn)) = self.heap.get_mut(g) {
            gn.stack.extend_from_slice(stack.get(base..).unwrap_or(&[]));
            gn.blocks.extend(
                blocks
                    .get(frame.block_base..)
                    .unwrap_or(&[])
                    .iter()
                    .map(|b| (b.handler, b.sp.saturating_sub(base as u32))),
            );
            gn.handled
                .extend_from_slice(handled.get(frame.handled_base..).unwrap_or(&[]));
            gn.ip = resume_ip as u32;
            gn.state = GenState::Suspended;
            gn.yield_from = yield_from;
        }
        let after = self.gen_ref(g).map_or(0, gen_bytes);
        self.heap.grew(after.saturating_sub(before));
        self.stack.truncate(frame.ret_sp);
        self.blocks.truncate(frame.block_base);
        self.handled.truncate(frame.handled_base);
        Some(frame)
    }

    /// Marks generator `g` finished and drops its frame state.
    pub(crate) fn finish_generator(&mut self, g: Value) {
        if let Some(gn) = self.gen_mut(g) {
            gn.state = GenState::Done;
            gn.stack = Vec::new();
            gn.blocks = Vec::new();
            gn.handled = Vec::new();
            gn.yield_from = Value::UNBOUND;
        }
    }

    /// The exception that replaces a StopIteration escaping generator `g` (PEP 479), if
    /// `exc` is one.
    pub(crate) fn stop_iteration_escaping(&mut self, g: Value, exc: Value) -> Option<Value> {
        if !self.is_instance(exc, Value::builtin_type(TypeId::StopIteration)) {
            return None;
        }
        let msg = format!("{} raised StopIteration", self.gen_kind(g));
        let new = self.make_exception(TypeId::RuntimeError, &msg).ok()?;
        if let Some(Obj::Exception(e)) = self.heap.get_mut(new) {
            e.cause = exc;
            e.context = exc;
            e.suppress_context = true;
        }
        Some(new)
    }

    /// Resumes `g` from native code: with `sent` as the value of its `yield`, or with `exc`
    /// raised at it.
    pub(crate) fn gen_resume(
        &mut self,
        g: Value,
        sent: Option<Value>,
        exc: Option<Value>,
    ) -> PyResult<GenStep> {
        let Some(gn) = self.gen_ref(g) else {
            return Err(self.type_error("not a generator"));
        };
        if gn.state == GenState::Done {
            return match exc {
                // A finished coroutine refuses a throw as it refuses a send (closing it is
                // still fine); a finished generator raises what is thrown.
                Some(e)
                    if self.is_coroutine(g)
                        && !self.is_instance(e, Value::builtin_type(TypeId::GeneratorExit)) =>
                {
                    Err(self.raise_new(
                        TypeId::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ))
                }
                Some(e) => Err(self.raise(e)),
                None => {
                    if self.is_coroutine(g) {
                        return Err(self.raise_new(
                            TypeId::RuntimeError,
                            "cannot reuse already awaited coroutine",
                        ));
                    }
                    Ok(GenStep::Returned(Value::NONE))
                }
            };
        }
        self.push_generator_frame(g, sent, Resume::Native)?;
        self.native_depth += 1;
        let r = if self.too_deep() {
            let frame = self.frames.pop();
            if let Some(frame) = frame {
                self.stack.truncate(frame.ret_sp);
                self.blocks.truncate(frame.block_base);
                self.handled.truncate(frame.handled_base);
            }
            self.finish_generator(g);
            Err(self.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"))
        } else {
            match exc {
                Some(e) => {
                    self.pending = e;
                    self.reraising = false;
                    self.run_frames_raising()
                }
                None => self.run_frames(),
            }
        };
        self.native_depth -= 1;
        let v = self.keep_young(r)?;
        Ok(if self.gen_yielded {
            GenStep::Yielded(v)
        } else {
            GenStep::Returned(v)
        })
    }

    /// `gn.throw(exc)`: into the iterator it delegates to first, if that is a generator.
    pub(crate) fn gen_throw(&mut self, g: Value, exc: Value) -> PyResult<GenStep> {
        let sub = self.gen_ref(g).map_or(Value::UNBOUND, |gn| gn.yield_from);
        if sub != Value::UNBOUND && self.gen_ref(sub).is_some() {
            let is_exit = self.is_instance(exc, Value::builtin_type(TypeId::GeneratorExit));
            if is_exit {
                self.gen_close(sub)?;
            } else {
                match self.gen_throw(sub, exc) {
                    Ok(GenStep::Yielded(v)) => return Ok(GenStep::Yielded(v)),
                    Ok(GenStep::Returned(r)) => {
                        // The delegation ended: `g` goes on after its `YIELD_FROM` with `r`
                        // as its value, in place of the sub-iterator on its stack.
                        if let Some(gn) = self.gen_mut(g) {
                            if let Some(top) = gn.stack.last_mut() {
                                *top = r;
                            }
                            gn.ip += 1;
                            gn.yield_from = Value::UNBOUND;
                        }
                        return self.gen_resume(g, None, None);
                    }
                    Err(_) => {
                        let e = self.pending;
                        self.pending = Value::NONE;
                        return self.gen_resume(g, None, Some(e));
                    }
                }
            }
        }
        self.gen_resume(g, None, Some(exc))
    }

    /// `gn.close()`.
    pub(crate) fn gen_close(&mut self, g: Value) -> PyResult<()> {
        let state = self.gen_ref(g).map(|gn| gn.state);
        match state {
            None | Some(GenState::Done) => return Ok(()),
            Some(GenState::Created) => {
                self.finish_generator(g);
                return Ok(());
            }
            _ => {}
        }
        let exit = self.make_exception(TypeId::GeneratorExit, "")?;
        match self.gen_throw(g, exit) {
            Ok(GenStep::Yielded(_)) => {
                let msg = format!("{} ignored GeneratorExit", self.gen_kind(g));
                Err(self.raise_new(TypeId::RuntimeError, &msg))
            }
            Ok(GenStep::Returned(_)) => Ok(()),
            Err(raised) => {
                let p = self.pending;
                if self.is_instance(p, Value::builtin_type(TypeId::GeneratorExit))
                    || self.is_instance(p, Value::builtin_type(TypeId::StopIteration))
                {
                    self.pending = Value::NONE;
                    return Ok(());
                }
                Err(raised)
            }
        }
    }

    /// One step of `yield from sub` / `await sub` with `sent`.
    pub(crate) fn delegate_step(&mut self, sub: Value, sent: Value) -> PyResult<GenStep> {
        if self.gen_ref(sub).is_some() {
            return self.gen_resume(sub, Some(sent), None);
        }
        if sent.is_none() {
            // A value left by an earlier native iteration that nobody took must not be
            // mistaken for this one's.
            self.last_stop_value = Value::NONE;
            return match self.iter_next(sub)? {
                Some(v) => Ok(GenStep::Yielded(v)),
                None => Ok(GenStep::Returned(self.take_stop_value())),
            };
        }
        let send = self.load_attr(sub, crate::qstr::Q::send)?;
        match self.call_value(send, &[sent]) {
            Ok(v) => Ok(GenStep::Yielded(v)),
            Err(raised) => {
                if self.is_instance(self.pending, Value::builtin_type(TypeId::StopIteration)) {
                    let v = self.stop_value(self.pending);
                    self.pending = Value::NONE;
                    return Ok(GenStep::Returned(v));
                }
                Err(raised)
            }
        }
    }

    /// The value a StopIteration carries (its first argument, else None).
    fn stop_value(&self, exc: Value) -> Value {
        let args = self.exc_args(exc);
        self.tuple_items(args)
            .first()
            .copied()
            .unwrap_or(Value::NONE)
    }

    /// The value of the StopIteration that ended the last native iteration (kept by
    /// `next_dunder`), else None.
    pub(crate) fn take_stop_value(&mut self) -> Value {
        core::mem::replace(&mut self.last_stop_value, Value::NONE)
    }

    /// A StopIteration carrying `v` (what a generator's `return v` raises in `next`).
    pub(crate) fn stop_iteration_with(&mut self, v: Value) -> Raised {
        if v.is_none() {
            return self.raise_new(TypeId::StopIteration, "");
        }
        match self.new_tuple(alloc::vec![v]) {
            Ok(args) => {
                match self.new_exception(Value::builtin_type(TypeId::StopIteration), args) {
                    Ok(e) => self.raise(e),
                    Err(r) => r,
                }
            }
            Err(r) => r,
        }
    }
}

impl Vm {
    /// Whether `code` is an `async def` body.
    pub(crate) fn is_coroutine_code(&self, code: &Code) -> bool {
        code.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// What `await v` iterates: a coroutine itself, or the iterator `v.__await__()` gives.
    pub(crate) fn get_awaitable(&mut self, v: Value) -> PyResult {
        if self.is_coroutine(v)
            || self.is_anext_awaitable(v)
            || matches!(self.heap.get(v), Some(Obj::Iter(it)) if matches!(**it, crate::heap::IterObj::AsyncGenStep { .. }))
        {
            return Ok(v);
        }
        if let Some(t) = self.user_class_of(v)
            && let Some(f) = self.lookup_user(t, crate::qstr::Q::__await__)
        {
            let it = self.call_method_value(f, v, t, &[])?;
            if self.is_coroutine(it) {
                return Err(self.type_error("__await__() returned a coroutine"));
            }
            let is_iter = matches!(self.heap.get(it), Some(Obj::Iter(_)))
                || self.gen_ref(it).is_some()
                || self
                    .user_class_of(it)
                    .is_some_and(|c| self.lookup_user(c, crate::qstr::Q::__next__).is_some());
            if !is_iter {
                let msg = format!(
                    "__await__() returned non-iterator of type '{}'",
                    self.type_name_of(it)
                );
                return Err(self.type_error(&msg));
            }
            return Ok(it);
        }
        let msg = format!(
            "object {} can't be used in 'await' expression",
            self.type_name_of(v)
        );
        Err(self.type_error(&msg))
    }

    /// The next item of generator `g` for native iteration: `None` when it returns.
    pub(crate) fn gen_next(&mut self, g: Value) -> PyResult<Option<Value>> {
        match self.gen_resume(g, Some(Value::NONE), None)? {
            GenStep::Yielded(v) => Ok(Some(v)),
            GenStep::Returned(v) => {
                self.last_stop_value = v;
                Ok(None)
            }
        }
    }
}

fn gen_bytes(gn: &GenObj) -> usize {
    use core::mem::size_of;
    gn.stack.capacity() * size_of::<Value>()
        + gn.blocks.capacity() * 8
        + gn.handled.capacity() * size_of::<Value>()
}

fn gen_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    crate::builtins::checked_receiver(vm, args, name, "generator", |vm, g| vm.gen_ref(g).is_some())
}

/// `gn.send(value)`.
pub(crate) fn send(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "send", &[])?;
    let g = gen_arg(vm, args, "send")?;
    let owner = vm.type_name_of(g);
    let owner = alloc::string::String::from(owner);
    crate::types::slots::method_arity(vm, args, &owner, "send", 1)?;
    match vm.gen_resume(g, Some(args[1]), None)? {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(v) => Err(vm.stop_iteration_with(v)),
    }
}

/// `gn.__next__()`.
pub(crate) fn next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let g = gen_arg(vm, args, "__next__")?;
    crate::types::slots::wrapper_arity(vm, args, 0, 0, false)?;
    match vm.gen_resume(g, Some(Value::NONE), None)? {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(v) => Err(vm.stop_iteration_with(v)),
    }
}

/// `gn.throw(exc)` or `gn.throw(type[, value])`.
pub(crate) fn throw(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "throw", &[])?;
    let g = gen_arg(vm, args, "throw")?;
    crate::builtins::args::positional(vm, "throw", &args[1..], 1, 3)?;
    let (typ, val) = (args[1], args.get(2).copied().unwrap_or(Value::NONE));
    let exc = thrown_exception(vm, typ, val)?;
    match vm.gen_throw(g, exc)? {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(v) => Err(vm.stop_iteration_with(v)),
    }
}

/// The exception `throw(typ, val)` raises: `typ` itself when it is an exception instance,
/// else an instance of class `typ` made from `val`.
pub(crate) fn thrown_exception(vm: &mut Vm, typ: Value, val: Value) -> PyResult<Value> {
    let exc = if matches!(vm.heap.get(typ), Some(Obj::Exception(_))) {
        if !val.is_none() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ
    } else if vm.is_type(typ) && vm.is_subclass(typ, Value::builtin_type(TypeId::BaseException)) {
        if matches!(vm.heap.get(val), Some(Obj::Exception(_))) && vm.is_instance(val, typ) {
            val
        } else {
            let call_args: Vec<Value> = if val.is_none() {
                Vec::new()
            } else if let Some(Obj::Tuple(items)) = vm.heap.get(val) {
                items.to_vec()
            } else {
                alloc::vec![val]
            };
            vm.call_value(typ, &call_args)?
        }
    } else {
        let msg = format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name_of(typ)
        );
        return Err(vm.type_error(&msg));
    };
    Ok(exc)
}

/// `gn.close()`.
pub(crate) fn close(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "close", &[])?;
    let g = gen_arg(vm, args, "close")?;
    let owner = alloc::string::String::from(vm.type_name_of(g));
    crate::types::slots::method_arity(vm, args, &owner, "close", 0)?;
    vm.gen_close(g)?;
    Ok(Value::NONE)
}

/// `coro.__await__()`: the iterator `await` drives, which for upy's coroutines is the
/// coroutine itself (CPython wraps it in a `coroutine_wrapper`).
pub(crate) fn await_self(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "__await__", args, 1, 1)?;
    crate::builtins::checked_receiver(vm, args, "__await__", "coroutine", Vm::is_coroutine)
}

/// `gn.__iter__()`: the generator itself.
pub(crate) fn iter_self(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    crate::types::slots::wrapper_arity(vm, args, 0, 0, false)?;
    Ok(args[0])
}
