//! The dispatch loop, frame entry and exit, and exception unwinding.
//!
//! `run_frames` runs the frame on top of the frame stack until it returns. Calls to Python
//! functions push a frame and continue in the same loop; returns pop it. An exception makes
//! `dispatch` return `Err`; `unwind` then finds the innermost handler block, in this frame
//! or a caller's, adding a traceback entry for each frame it passes.

use alloc::rc::Rc;

use super::{Block, Frame, PyResult, Raised, Resume, Vm};
use crate::bytecode::{BinaryOp, Code, CompareOp, op};
use crate::heap::{Obj, TracebackEntry};
use crate::types::TypeId;
use crate::value::Value;

impl Vm {
    /// Pushes a frame for `code` whose locals start at `base`; `ret_sp` is where the stack is
    /// cut back to when it returns.
    pub(crate) fn push_frame_raw(
        &mut self,
        code: Rc<Code>,
        base: usize,
        ret_sp: usize,
        globals: Value,
    ) -> PyResult<()> {
        if self.frames.len() >= self.config.max_depth {
            self.stack.truncate(ret_sp);
            return Err(self.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let nlocals = code.nlocals as usize;
        self.stack.resize(base + nlocals, Value::UNBOUND);
        self.push_frame_unchecked(code, base, ret_sp, globals);
        Ok(())
    }

    /// `push_frame_raw` for a caller that has checked the depth and laid out the locals.
    #[inline]
    pub(crate) fn push_frame_unchecked(
        &mut self,
        code: Rc<Code>,
        base: usize,
        ret_sp: usize,
        globals: Value,
    ) {
        self.stack.reserve(code.stacksize as usize);
        self.frames.push(Frame {
            code,
            ip: 0,
            base,
            ret_sp,
            globals,
            locals: Value::UNBOUND,
            block_base: self.blocks.len(),
            handled_base: self.handled.len(),
            generator: Value::UNBOUND,
            resume: Resume::None,
        });
    }

    /// Runs the top frame (and everything it calls) until it returns.
    pub(crate) fn run_frames(&mut self) -> PyResult {
        self.run_frames_from(false)
    }

    /// Like `run_frames`, but the top frame starts by raising the pending exception where
    /// it stands (`gen.throw`).
    pub(crate) fn run_frames_raising(&mut self) -> PyResult {
        self.run_frames_from(true)
    }

    fn run_frames_from(&mut self, raising: bool) -> PyResult {
        let entry = self.frames.len() - 1;
        let young_base = self.young.len();
        if raising && !self.unwind(entry) {
            return Err(Raised);
        }
        loop {
            match self.dispatch(entry, young_base) {
                Ok(v) => return Ok(v),
                Err(Raised) => {
                    if !self.unwind(entry) {
                        return Err(Raised);
                    }
                }
            }
        }
    }

    /// Finds a handler for the pending exception in frames above `entry`; false when the
    /// exception escapes the entry frame (which is then popped).
    fn unwind(&mut self, entry: usize) -> bool {
        let mut exc = self.pending;
        let mut first = true;
        loop {
            let Some(frame) = self.frames.last() else {
                return false;
            };
            let block_base = frame.block_base;
            if !(first && self.reraising) {
                let line = frame.code.line_at(frame.ip.saturating_sub(1));
                let entry = TracebackEntry {
                    code: frame.code.clone(),
                    line,
                };
                self.add_traceback(exc, entry);
                if first {
                    self.set_context(exc);
                }
            }
            first = false;
            if self.blocks.len() > block_base {
                let block = self.blocks.pop().unwrap_or(Block { handler: 0, sp: 0 });
                self.stack.truncate(block.sp as usize);
                self.stack.push(exc);
                if let Some(frame) = self.frames.last_mut() {
                    frame.ip = block.handler as usize;
                }
                self.pending = Value::NONE;
                self.reraising = false;
                return true;
            }
            let frame = self.frames.pop();
            if let Some(frame) = frame {
                self.stack.truncate(frame.ret_sp);
                self.blocks.truncate(frame.block_base);
                self.handled.truncate(frame.handled_base);
                if frame.generator != Value::UNBOUND {
                    // An exception ends a generator; a StopIteration escaping it becomes a
                    // RuntimeError (PEP 479).
                    self.finish_generator(frame.generator);
                    if let Some(new) = self.stop_iteration_escaping(frame.generator, exc) {
                        exc = new;
                        self.pending = new;
                        self.reraising = false;
                        first = true;
                    }
                }
            }
            if self.frames.len() <= entry {
                self.reraising = false;
                return false;
            }
        }
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::NONE)
    }

    #[inline]
    fn top(&self) -> Value {
        self.stack.last().copied().unwrap_or(Value::NONE)
    }

    /// Replaces the top of the stack.
    #[inline]
    fn set_top(&mut self, v: Value) {
        if let Some(top) = self.stack.last_mut() {
            *top = v;
        }
    }

    /// Pops one value and replaces the new top: a binary operation's result.
    #[inline]
    fn pop_set_top(&mut self, v: Value) {
        self.stack.pop();
        self.set_top(v);
    }

    #[inline]
    fn peek(&self, depth: usize) -> Value {
        let len = self.stack.len();
        if depth < len {
            self.stack[len - 1 - depth]
        } else {
            Value::NONE
        }
    }

    fn bad_bytecode(&mut self) -> Raised {
        self.raise_new(TypeId::SystemError, "bad bytecode")
    }

    fn dispatch(&mut self, entry: usize, young_base: usize) -> PyResult {
        let Some(frame) = self.frames.last() else {
            return Ok(Value::NONE);
        };
        let mut code = frame.code.clone();
        // The instructions, held apart from `code` so their address and length stay in
        // locals (`Code` has interior mutability, so its fields are re-read after any call):
        // `held` keeps them alive, `ops` is the slice the loop reads (so a fetch does not ask
        // again whether they are on the heap or in the binary).
        let mut held = code.ops.clone();
        let mut ops: &[u32] = &held;
        let mut ip = frame.ip;
        let mut base = frame.base;

        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(r) => {
                        if let Some(f) = self.frames.last_mut() {
                            f.ip = ip;
                        }
                        return Err(r);
                    }
                }
            };
        }
        macro_rules! reload {
            () => {{
                let Some(f) = self.frames.last() else {
                    return Ok(Value::NONE);
                };
                code = f.code.clone();
                held = code.ops.clone();
                ops = &held;
                ip = f.ip;
                base = f.base;
                self.young.truncate(young_base);
            }};
        }

        /// The value of local slot `$i`, or UnboundLocalError.
        macro_rules! local {
            ($i:expr) => {{
                let i: u32 = $i;
                let v = self
                    .stack
                    .get(base + i as usize)
                    .copied()
                    .unwrap_or(Value::UNBOUND);
                if v == Value::UNBOUND {
                    tri!(Err(self.unbound_local(&code, i)));
                }
                v
            }};
        }
        /// An instruction that usually ends a statement (a store, `POP_TOP`): what earlier
        /// instructions left young is not needed any more, so straight-line code does not
        /// keep every temporary of a long run of statements alive.
        macro_rules! end_statement {
            () => {
                self.young.truncate(young_base);
            };
        }
        /// Stores `$v` in local slot `$i`.
        macro_rules! store_local {
            ($i:expr, $v:expr) => {{
                let (i, v): (usize, Value) = ($i, $v);
                if let Some(slot) = self.stack.get_mut(base + i) {
                    *slot = v;
                }
            }};
        }
        /// Replaces the top `$pop` values by `$v`, the result of the instruction that ends at
        /// `$next`; when a `STORE_FAST` follows, stores it there and skips that instruction.
        macro_rules! push_or_store {
            ($v:expr, $pop:expr, $next:expr) => {{
                let (v, next): (Value, usize) = ($v, $next);
                let pop: usize = $pop;
                if let Some(&w) = ops.get(next)
                    && w as u8 == op::STORE_FAST
                {
                    self.stack.truncate(self.stack.len().saturating_sub(pop));
                    end_statement!();
                    store_local!((w >> 8) as usize, v);
                    ip = next + 1;
                    continue;
                }
                if pop == 0 {
                    self.stack.push(v);
                } else {
                    // The result takes the deepest operand's place.
                    self.stack
                        .truncate(self.stack.len().saturating_sub(pop - 1));
                    self.set_top(v);
                }
            }};
        }
        /// `a op b` (`arg` a `BinaryOp` operand) off the fast paths, `a` and `b` on top of
        /// the stack: a user class's operator method runs as a frame of this loop, with the
        /// two operands already in place as its arguments.
        macro_rules! binary_general {
            ($arg:expr, $a:expr, $b:expr, $next:expr) => {{
                let (arg, a, b, next) = ($arg, $a, $b, $next);
                let Some(bop) = BinaryOp::from_arg(arg as u16) else {
                    return Err(self.bad_bytecode());
                };
                if let Some(r) = self.str_concat_exact(bop, a, b) {
                    let r = tri!(r);
                    self.pop_set_top(r);
                    continue;
                }
                let inplace = arg as u16 & BinaryOp::INPLACE != 0;
                if let Some((f, stage)) = self.binary_dunder_plan(bop, a, b, inplace) {
                    let fpos = self.stack.len() - 2;
                    self.save_ip(next);
                    tri!(self.enter_function(f, fpos, 2, None, fpos));
                    if let Some(frame) = self.frames.last_mut() {
                        frame.resume = Resume::Binary {
                            a,
                            b,
                            arg: arg as u16,
                            stage,
                        };
                    }
                    reload!();
                    continue;
                }
                let r = tri!(self.binary_op(bop, a, b, inplace));
                self.pop_set_top(r);
            }};
        }

        // What an instruction allocates stays young (a root) until the next backward jump or
        // frame change, not just to the end of the instruction: straight-line code between
        // those is bounded by the code's length, and not truncating per instruction keeps
        // the loop's head short.
        self.young.truncate(young_base);
        loop {
            let Some(&w) = ops.get(ip) else {
                return Err(self.bad_bytecode());
            };
            let (opcode, arg) = (w as u8, w >> 8);
            // `ip` moves past the instruction before it runs; the frame's line lookup takes
            // `ip - 1`, so an error reports this instruction's line.
            ip += 1;
            let next = ip;
            match opcode {
                op::NOP => {}
                op::POP_TOP => {
                    end_statement!();
                    self.stack.pop();
                }
                op::DUP_TOP => {
                    let v = self.top();
                    self.stack.push(v);
                }
                op::DUP_TOP_TWO => {
                    let (a, b) = (self.peek(1), self.peek(0));
                    self.stack.push(a);
                    self.stack.push(b);
                }
                op::ROT_TWO => {
                    let len = self.stack.len();
                    if len >= 2 {
                        self.stack.swap(len - 1, len - 2);
                    }
                }
                op::ROT_THREE => {
                    let len = self.stack.len();
                    if len >= 3 {
                        let top = self.stack[len - 1];
                        self.stack[len - 1] = self.stack[len - 2];
                        self.stack[len - 2] = self.stack[len - 3];
                        self.stack[len - 3] = top;
                    }
                }
                op::LOAD_NONE => self.stack.push(Value::NONE),
                op::LOAD_TRUE => self.stack.push(Value::TRUE),
                op::LOAD_FALSE => self.stack.push(Value::FALSE),
                op::LOAD_CONST => {
                    let v = code
                        .consts
                        .get(arg as usize)
                        .copied()
                        .unwrap_or(Value::NONE);
                    self.stack.push(v);
                }
                op::LOAD_SMALL_INT => {
                    let v = Value::small_i16(arg as u16 as i16);
                    self.stack.push(v);
                }
                op::LOAD_FAST => {
                    let v = local!(arg);
                    self.stack.push(v);
                }
                op::STORE_FAST => {
                    end_statement!();
                    let v = self.pop();
                    store_local!(arg as usize, v);
                }
                op::LOAD_FAST2 => {
                    for i in [arg & 0xff, arg >> 8] {
                        let v = local!(i);
                        self.stack.push(v);
                    }
                }
                op::STORE_FAST_LOAD_FAST => {
                    end_statement!();
                    let v = self.pop();
                    store_local!((arg & 0xff) as usize, v);
                    let v = local!(arg >> 8);
                    self.stack.push(v);
                }
                op::LOAD_FAST_ATTR => {
                    let obj = local!(arg & 0xff);
                    let v = tri!(self.load_attr_at(&code, arg >> 8, obj));
                    self.stack.push(v);
                }
                op::DELETE_FAST => {
                    let slot = base + arg as usize;
                    if self.stack.get(slot).copied().unwrap_or(Value::UNBOUND) == Value::UNBOUND {
                        tri!(Err(self.unbound_local(&code, arg)));
                    }
                    self.stack[slot] = Value::UNBOUND;
                }
                op::LOAD_DEREF => {
                    let cell = self
                        .stack
                        .get(base + arg as usize)
                        .copied()
                        .unwrap_or(Value::NONE);
                    let v = match self.heap.get(cell) {
                        Some(Obj::Cell(v)) => *v,
                        _ => Value::UNBOUND,
                    };
                    if v == Value::UNBOUND {
                        tri!(Err(self.unbound_deref(&code, arg)));
                    }
                    self.stack.push(v);
                }
                op::STORE_DEREF | op::DELETE_DEREF => {
                    let v = if opcode == op::STORE_DEREF {
                        self.pop()
                    } else {
                        Value::UNBOUND
                    };
                    let cell = self
                        .stack
                        .get(base + arg as usize)
                        .copied()
                        .unwrap_or(Value::NONE);
                    if let Some(Obj::Cell(slot)) = self.heap.get_mut(cell) {
                        let was = *slot;
                        *slot = v;
                        if opcode == op::DELETE_DEREF && was == Value::UNBOUND {
                            tri!(Err(self.unbound_deref(&code, arg)));
                        }
                    }
                }
                op::LOAD_CLOSURE => {
                    let cell = self
                        .stack
                        .get(base + arg as usize)
                        .copied()
                        .unwrap_or(Value::NONE);
                    self.stack.push(cell);
                }
                op::LOAD_GLOBAL => {
                    let name = code
                        .names
                        .get(arg as usize)
                        .copied()
                        .unwrap_or(crate::qstr::Q::empty);
                    let globals = self.frames.last().map_or(self.main_globals, |f| f.globals);
                    let v = match self.site_global(&code.sites, arg, globals, name) {
                        Some(v) => v,
                        None => {
                            let v = tri!(self.load_global(globals, name));
                            self.fill_global_site(&code.sites, arg, globals, name);
                            v
                        }
                    };
                    self.stack.push(v);
                }
                op::STORE_GLOBAL => {
                    end_statement!();
                    let name = code
                        .names
                        .get(arg as usize)
                        .copied()
                        .unwrap_or(crate::qstr::Q::empty);
                    let globals = self.frames.last().map_or(self.main_globals, |f| f.globals);
                    let v = self.top();
                    tri!(self.dict_set(globals, Value::qstr(name), v));
                    self.stack.pop();
                }
                op::DELETE_GLOBAL => {
                    let name = code
                        .names
                        .get(arg as usize)
                        .copied()
                        .unwrap_or(crate::qstr::Q::empty);
                    let globals = self.frames.last().map_or(self.main_globals, |f| f.globals);
                    if !tri!(self.dict_delete(globals, Value::qstr(name))) {
                        let msg = alloc::format!("name '{}' is not defined", self.qstr_text(name));
                        let r = self.raise_new(TypeId::NameError, &msg);
                        tri!(Err(self.annotate_raised(
                            r,
                            &[(crate::qstr::Q::name, Value::qstr(name))]
                        )));
                    }
                }
                op::LOAD_NAME | op::STORE_NAME | op::DELETE_NAME => {
                    let name = code
                        .names
                        .get(arg as usize)
                        .copied()
                        .unwrap_or(crate::qstr::Q::empty);
                    let (locals, globals) = self
                        .frames
                        .last()
                        .map_or((Value::UNBOUND, self.main_globals), |f| {
                            (f.locals, f.globals)
                        });
                    let ns = if locals == Value::UNBOUND {
                        globals
                    } else {
                        locals
                    };
                    match opcode {
                        op::LOAD_NAME => {
                            let v = match tri!(self.namespace_get(ns, name)) {
                                Some(v) => v,
                                None => tri!(self.load_global(globals, name)),
                            };
                            self.stack.push(v);
                        }
                        op::STORE_NAME => {
                            end_statement!();
                            let v = self.top();
                            tri!(self.namespace_set(ns, name, v));
                            self.stack.pop();
                        }
                        _ => {
                            if !tri!(self.namespace_delete(ns, name)) {
                                let msg = alloc::format!(
                                    "name '{}' is not defined",
                                    self.qstr_text(name)
                                );
                                let r = self.raise_new(TypeId::NameError, &msg);
                                tri!(Err(self.annotate_raised(
                                    r,
                                    &[(crate::qstr::Q::name, Value::qstr(name))]
                                )));
                            }
                        }
                    }
                }
                op::BEFORE_WITH => {
                    let mgr = self.top();
                    let (exit, value) = tri!(self.enter_context(mgr, false));
                    self.set_top(exit);
                    self.stack.push(value);
                }
                op::WITH_EXCEPT_START => {
                    let (exit, exc) = (self.peek(1), self.peek(0));
                    let typ = self.exc_type(exc);
                    let tb = tri!(self.exc_traceback(exc));
                    let r = tri!(self.call_value(exit, &[typ, exc, tb]));
                    self.stack.push(r);
                }
                op::BEFORE_ASYNC_WITH => {
                    let mgr = self.top();
                    let (exit, awaitable) = tri!(self.enter_context(mgr, true));
                    self.set_top(exit);
                    self.stack.push(awaitable);
                }
                op::GET_AITER => {
                    let v = self.top();
                    let it = tri!(self.get_aiter(v));
                    self.set_top(it);
                }
                op::GET_ANEXT => {
                    let it = self.top();
                    let a = tri!(self.get_anext(it));
                    self.stack.push(a);
                }
                op::END_ASYNC_FOR => {
                    let exc = self.pop();
                    let stop = Value::builtin_type(TypeId::StopAsyncIteration);
                    if self.is_instance(exc, stop) {
                        self.stack.pop();
                    } else {
                        self.pending = exc;
                        self.reraising = true;
                        tri!(Err(Raised));
                    }
                }
                op::MATCH_PATTERN => {
                    let (subject, values) = (self.peek(1), self.peek(0));
                    let Some(&pattern) = code.consts.get(arg as usize) else {
                        return Err(self.bad_bytecode());
                    };
                    let r = tri!(self.match_case(pattern, subject, values));
                    self.pop_set_top(r);
                }
                op::IMPORT_NAME | op::IMPORT_FROM | op::IMPORT_STAR => {
                    tri!(self.import_step(&code, opcode, arg));
                }
                op::LOAD_BUILD_CLASS => {
                    let v = match self.dict_get_qstr(self.builtins, crate::qstr::Q::__build_class__)
                    {
                        Some(v) => v,
                        None => tri!(Err(
                            self.raise_new(TypeId::NameError, "__build_class__ not found")
                        )),
                    };
                    self.stack.push(v);
                }
                op::LOAD_ATTR => {
                    let obj = self.top();
                    let v = tri!(self.load_attr_at(&code, arg, obj));
                    self.set_top(v);
                }
                op::STORE_ATTR => {
                    end_statement!();
                    let name = code
                        .names
                        .get(arg as usize)
                        .copied()
                        .unwrap_or(crate::qstr::Q::empty);
                    let (value, obj) = (self.peek(1), self.peek(0));
                    if !tri!(self.site_store(&code.sites, arg, obj, name, value)) {
                        tri!(self.store_attr(obj, name, value));
                        self.fill_store_site(&code.sites, arg, obj, name);
                    }
                    self.stack.truncate(self.stack.len().saturating_sub(2));
                }
                op::DELETE_ATTR => {
                    let name = code
                        .names
                        .get(arg as usize)
                        .copied()
                        .unwrap_or(crate::qstr::Q::empty);
                    let obj = self.top();
                    tri!(self.delete_attr(obj, name));
                    self.stack.pop();
                }
                op::LOAD_METHOD => {
                    let name = code
                        .names
                        .get(arg as usize)
                        .copied()
                        .unwrap_or(crate::qstr::Q::empty);
                    let obj = self.top();
                    let (method, receiver) = match self.site_method(&code.sites, arg, obj, name) {
                        Some(f) => (f, obj),
                        None => tri!(self.load_method_at(&code.sites, arg, obj, name)),
                    };
                    self.stack.pop();
                    self.stack.push(method);
                    self.stack.push(receiver);
                }
                op::CALL_METHOD => {
                    let n = arg as usize;
                    let fpos = self.stack.len() - n - 2;
                    let receiver = self.stack[fpos + 1];
                    let (args_at, nargs) = if receiver == Value::UNBOUND {
                        // A plain attribute: drop the placeholder and call it.
                        self.stack.remove(fpos + 1);
                        (fpos + 1, n)
                    } else {
                        (fpos + 1, n + 1)
                    };
                    let f = self.stack[fpos];
                    if self.is_function(f) {
                        self.save_ip(next);
                        tri!(self.enter_function(f, args_at, nargs, None, fpos));
                        reload!();
                        continue;
                    }
                    let r = tri!(self.call_stacked(f, args_at, nargs, None));
                    self.stack.truncate(fpos);
                    self.stack.push(r);
                }
                op::CALL_FUNCTION | op::CALL_FUNCTION_KW => {
                    let kwnames = if opcode == op::CALL_FUNCTION_KW {
                        Some(self.pop())
                    } else {
                        None
                    };
                    let total = arg as usize;
                    let nkw = kwnames.map_or(0, |t| self.tuple_items(t).len());
                    let n = total - nkw.min(total);
                    let fpos = self.stack.len() - total - 1;
                    let mut f = self.stack[fpos];
                    let mut n = n;
                    // A bound Python method: its receiver becomes the first argument.
                    if let Some(Obj::BoundMethod { func, receiver }) = self.heap.get(f)
                        && self.is_function(*func)
                    {
                        let (func, receiver) = (*func, *receiver);
                        self.stack[fpos] = func;
                        self.stack.insert(fpos + 1, receiver);
                        f = func;
                        n += 1;
                    }
                    if self.is_function(f) {
                        self.save_ip(next);
                        tri!(self.enter_function(f, fpos + 1, n, kwnames, fpos));
                        reload!();
                        continue;
                    }
                    if let Some(init) = self.inline_init(f) {
                        // A class whose instances `object.__new__` makes and whose
                        // `__init__` is a Python function: the instance is made here and
                        // `__init__` runs in this loop, returning the instance.
                        let obj = tri!(self.new_instance(f, Value::UNBOUND));
                        self.stack[fpos] = init;
                        self.stack.insert(fpos + 1, obj);
                        self.save_ip(next);
                        tri!(self.enter_function(init, fpos + 1, n + 1, kwnames, fpos));
                        if let Some(frame) = self.frames.last_mut() {
                            frame.resume = Resume::Init(obj);
                        }
                        reload!();
                        continue;
                    }
                    if let Some(names) = kwnames {
                        self.roots.push(names);
                    }
                    let r = self.call_stacked(f, fpos + 1, n, kwnames);
                    if kwnames.is_some() {
                        self.roots.pop();
                    }
                    let r = tri!(r);
                    self.stack.truncate(fpos);
                    self.stack.push(r);
                }
                op::CALL_FUNCTION_EX => {
                    let (f, args, kwargs) = (self.peek(2), self.peek(1), self.peek(0));
                    let fpos = self.stack.len() - 3;
                    if self.is_function(f) {
                        // A Python function runs as a frame of this loop, its arguments laid
                        // out above the call's operands (which it drops when it returns).
                        let at = self.stack.len();
                        let (n, kwnames) = tri!(self.stack_ex_args(f, args, kwargs));
                        self.save_ip(next);
                        if let Some(t) = kwnames {
                            self.roots.push(t);
                        }
                        let entered = self.enter_function(f, at + 1, n, kwnames, fpos);
                        if kwnames.is_some() {
                            self.roots.pop();
                        }
                        tri!(entered);
                        reload!();
                        continue;
                    }
                    let r = tri!(self.call_ex(f, args, kwargs));
                    self.stack.truncate(fpos);
                    self.stack.push(r);
                }
                op::RETURN_VALUE => {
                    let mut v = self.pop();
                    let mut resume = Resume::None;
                    if let Some(frame) = self.frames.pop() {
                        self.stack.truncate(frame.ret_sp);
                        self.blocks.truncate(frame.block_base);
                        self.handled.truncate(frame.handled_base);
                        if frame.generator != Value::UNBOUND {
                            self.finish_generator(frame.generator);
                            resume = frame.resume;
                        }
                        if let Resume::Init(obj) = frame.resume {
                            if !v.is_none() {
                                // Raised at the call, in the caller.
                                ip = self.frames.last().map_or(ip, |f| f.ip);
                                let msg = alloc::format!(
                                    "__init__() should return None, not '{}'",
                                    self.type_name_of(v)
                                );
                                tri!(Err(self.type_error(&msg)));
                            }
                            v = obj;
                        }
                        if let Resume::Binary { a, b, arg, stage } = frame.resume
                            && v == Value::NOT_IMPLEMENTED
                        {
                            // The rest of the operator protocol, at the operator.
                            ip = self.frames.last().map_or(ip, |f| f.ip);
                            let Some(bop) = BinaryOp::from_arg(arg) else {
                                return Err(self.bad_bytecode());
                            };
                            let inplace = arg & BinaryOp::INPLACE != 0;
                            v = tri!(self.binary_dunder_from(bop, a, b, inplace, stage));
                        }
                    }
                    if let Resume::ForIter(target) = resume {
                        // The loop over the generator is over: drop the iterator and leave.
                        self.stack.pop();
                        if let Some(f) = self.frames.last_mut() {
                            f.ip = target as usize;
                        }
                        reload!();
                        continue;
                    }
                    if self.frames.len() <= entry {
                        self.gen_yielded = false;
                        return Ok(v);
                    }
                    self.stack.push(v);
                    reload!();
                    continue;
                }
                op::YIELD_VALUE => {
                    let v = self.pop();
                    if let Some(v) = self.yield_out(v, next, Value::UNBOUND, entry)? {
                        return Ok(v);
                    }
                    reload!();
                    continue;
                }
                op::YIELD_FROM => {
                    let (sub, sent) = (self.peek(1), self.peek(0));
                    let step = tri!(self.delegate_step(sub, sent));
                    self.stack.pop();
                    match step {
                        crate::types::generator::GenStep::Returned(r) => self.set_top(r),
                        crate::types::generator::GenStep::Yielded(v) => {
                            // Suspend at this instruction: resuming pushes the next value
                            // to send and runs it again.
                            if let Some(v) = self.yield_out(v, ip - 1, sub, entry)? {
                                return Ok(v);
                            }
                            reload!();
                            continue;
                        }
                    }
                }
                op::GET_YIELD_FROM_ITER => {
                    let v = self.top();
                    if self.is_coroutine(v) && !self.is_coroutine_code(&code) {
                        tri!(Err(self.type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator"
                        )));
                    }
                    if self.gen_ref(v).is_none() {
                        let it = tri!(self.get_iter(v));
                        self.set_top(it);
                    }
                }
                op::GET_AWAITABLE => {
                    let v = self.top();
                    let a = tri!(self.get_awaitable(v));
                    self.set_top(a);
                }
                op::BINARY_OP_SMALL | op::BINARY_OP_CONST => {
                    // `a op k` with `k` from the operand: the fast paths without pushing
                    // `k`; anything else pushes it and continues as `BINARY_OP`.
                    let b = if opcode == op::BINARY_OP_SMALL {
                        Value::small_i16((arg as u16 as i16) >> 6)
                    } else {
                        code.consts
                            .get((arg >> 6) as usize)
                            .copied()
                            .unwrap_or(Value::NONE)
                    };
                    let (arg, a) = (arg & 63, self.top());
                    if let Some(r) = self.binary_fast(arg, a, b) {
                        let r = tri!(r);
                        push_or_store!(r, 1, next);
                    } else {
                        self.stack.push(b);
                        binary_general!(arg, a, b, next);
                    }
                }
                op::BINARY_OP => {
                    let (a, b) = (self.peek(1), self.peek(0));
                    if let Some(r) = self.binary_fast(arg, a, b) {
                        let r = tri!(r);
                        push_or_store!(r, 2, next);
                    } else {
                        binary_general!(arg, a, b, next);
                    }
                }
                op::COMPARE_OP => {
                    let (a, b) = (self.peek(1), self.peek(0));
                    let fast = match arg {
                        6 => Some(a == b),
                        7 => Some(a != b),
                        _ => match (a.as_small(), b.as_small()) {
                            (Some(x), Some(y)) => crate::vm::fast::ordered(arg, x, y),
                            _ => self.compare_fast(arg, a, b),
                        },
                    };
                    let r = match fast {
                        Some(r) => {
                            if let Some(&w) = ops.get(next)
                                && let jump = w as u8
                                && (jump == op::POP_JUMP_IF_FALSE || jump == op::POP_JUMP_IF_TRUE)
                            {
                                // A comparison feeding a conditional jump (the test of a loop
                                // or an `if`): both instructions at once, no bool pushed.
                                self.stack.truncate(self.stack.len().saturating_sub(2));
                                let target = (w >> 8) as usize;
                                if r == (jump == op::POP_JUMP_IF_TRUE) {
                                    if target < next {
                                        ip = next + 1;
                                        tri!(self.tick());
                                        self.young.truncate(young_base);
                                    }
                                    ip = target;
                                } else {
                                    ip = next + 1;
                                }
                                continue;
                            }
                            Value::bool(r)
                        }
                        None => {
                            let Some(cop) = CompareOp::from_arg(arg as u16) else {
                                return Err(self.bad_bytecode());
                            };
                            tri!(self.compare_op(cop, a, b))
                        }
                    };
                    self.pop_set_top(r);
                }
                op::NEG | op::POS | op::INVERT => {
                    let v = self.top();
                    let r = tri!(match opcode {
                        op::NEG => self.unary_neg(v),
                        op::POS => self.unary_pos(v),
                        _ => self.unary_invert(v),
                    });
                    self.set_top(r);
                }
                op::NOT => {
                    let v = self.top();
                    let t = tri!(self.truthy(v));
                    self.set_top(Value::bool(!t));
                }
                op::SUBSCR => {
                    let (obj, index) = (self.peek(1), self.peek(0));
                    let r = match self.subscr_fast(obj, index) {
                        Some(r) => r,
                        None => tri!(self.subscr(obj, index)),
                    };
                    self.pop_set_top(r);
                }
                op::SUBSCR_SMALL => {
                    let (obj, index) = (self.top(), Value::small_i16(arg as u16 as i16));
                    let r = match self.subscr_fast(obj, index) {
                        Some(r) => r,
                        None => tri!(self.subscr(obj, index)),
                    };
                    self.set_top(r);
                }
                op::SLICE_SUBSCR => {
                    let (obj, lower, upper) = (self.peek(2), self.peek(1), self.peek(0));
                    let r = match self.slice_fast(obj, lower, upper) {
                        Some(r) => tri!(r),
                        None => {
                            let parts = [lower, upper, Value::NONE];
                            let s = tri!(self.alloc(Obj::Slice(alloc::boxed::Box::new(parts))));
                            tri!(self.subscr(obj, s))
                        }
                    };
                    self.stack.truncate(self.stack.len().saturating_sub(3));
                    self.stack.push(r);
                }
                op::STORE_SLICE => {
                    let (value, obj) = (self.peek(3), self.peek(2));
                    let (lower, upper) = (self.peek(1), self.peek(0));
                    if !tri!(self.store_slice_fast(obj, lower, upper, value)) {
                        let parts = [lower, upper, Value::NONE];
                        let s = tri!(self.alloc(Obj::Slice(alloc::boxed::Box::new(parts))));
                        tri!(self.store_subscr(obj, s, value));
                    }
                    self.stack.truncate(self.stack.len().saturating_sub(4));
                }
                op::STORE_SUBSCR => {
                    end_statement!();
                    let (value, obj, index) = (self.peek(2), self.peek(1), self.peek(0));
                    if !self.store_subscr_fast(obj, index, value) {
                        tri!(self.store_subscr(obj, index, value));
                    }
                    self.stack.truncate(self.stack.len().saturating_sub(3));
                }
                op::DELETE_SUBSCR => {
                    let (obj, index) = (self.peek(1), self.peek(0));
                    tri!(self.delete_subscr(obj, index));
                    self.stack.truncate(self.stack.len().saturating_sub(2));
                }
                op::BUILD_SLICE => {
                    let n = arg as usize;
                    let parts = [
                        self.peek(n - 1),
                        self.peek(n - 2),
                        if n == 3 { self.peek(0) } else { Value::NONE },
                    ];
                    let s = tri!(self.alloc(Obj::Slice(alloc::boxed::Box::new(parts))));
                    self.stack.truncate(self.stack.len() - n);
                    self.stack.push(s);
                }
                op::BUILD_TUPLE | op::BUILD_LIST => {
                    let n = arg as usize;
                    let at = self.stack.len() - n;
                    let items = self.stack[at..].to_vec();
                    let v = tri!(if opcode == op::BUILD_TUPLE {
                        self.new_tuple(items)
                    } else {
                        self.new_list(items)
                    });
                    self.stack.truncate(at);
                    self.stack.push(v);
                }
                op::BUILD_MAP => {
                    let n = arg as usize;
                    let at = self.stack.len() - 2 * n;
                    let d = tri!(self.new_dict());
                    for i in 0..n {
                        let (k, v) = (self.stack[at + 2 * i], self.stack[at + 2 * i + 1]);
                        tri!(self.dict_set(d, k, v));
                    }
                    self.stack.truncate(at);
                    self.stack.push(d);
                }
                op::BUILD_SET => {
                    let n = arg as usize;
                    let at = self.stack.len() - n;
                    let s = tri!(self.new_set(false));
                    self.stack.push(s);
                    for i in 0..n {
                        let item = self.stack[at + i];
                        tri!(self.set_add(s, item));
                    }
                    self.stack.truncate(at);
                    self.stack.push(s);
                }
                op::COMP_SET_ADD => {
                    let (s, v) = (self.peek(arg as usize + 1), self.peek(0));
                    tri!(self.set_add(s, v));
                    self.stack.pop();
                }
                op::SET_UPDATE => {
                    let (s, it) = (self.peek(1), self.peek(0));
                    tri!(self.set_update(s, it));
                    self.stack.pop();
                }
                op::LIST_APPEND => {
                    let (list, v) = (self.peek(1), self.peek(0));
                    tri!(self.list_push(list, v));
                    self.stack.pop();
                }
                op::COMP_LIST_APPEND => {
                    let (list, v) = (self.peek(arg as usize + 1), self.peek(0));
                    tri!(self.list_push(list, v));
                    self.stack.pop();
                }
                op::LIST_EXTEND | op::CALL_LIST_EXTEND => {
                    let (list, it) = (self.peek(1), self.peek(0));
                    if !self.is_iterable(it) {
                        let f = (opcode == op::CALL_LIST_EXTEND).then(|| self.peek(2));
                        tri!(Err(self.star_error(f, it, "*", "an iterable")));
                    }
                    tri!(self.list_extend(list, it));
                    self.stack.pop();
                }
                op::DICT_MERGE => {
                    let (f, d, m) = (self.peek(3), self.peek(1), self.peek(0));
                    tri!(self.dict_merge(f, d, m));
                    self.stack.pop();
                }
                op::CALL_MAP_ADD => {
                    let (f, d, k, v) = (self.peek(4), self.peek(2), self.peek(1), self.peek(0));
                    if tri!(self.dict_get(d, k)).is_some() {
                        tri!(Err(self.repeated_keyword(f, k)));
                    }
                    tri!(self.dict_set(d, k, v));
                    self.stack.truncate(self.stack.len() - 2);
                }
                op::LIST_TO_TUPLE => {
                    let list = self.top();
                    let items = match self.heap.get(list) {
                        Some(Obj::List(items)) => items.clone(),
                        _ => alloc::vec::Vec::new(),
                    };
                    let t = tri!(self.new_tuple(items));
                    self.set_top(t);
                }
                op::MAP_ADD => {
                    let (d, k, v) = (self.peek(2), self.peek(1), self.peek(0));
                    tri!(self.dict_set(d, k, v));
                    self.stack.truncate(self.stack.len() - 2);
                }
                op::COMP_MAP_ADD => {
                    let (d, k, v) = (self.peek(arg as usize + 2), self.peek(1), self.peek(0));
                    tri!(self.dict_set(d, k, v));
                    self.stack.truncate(self.stack.len() - 2);
                }
                op::DICT_UPDATE => {
                    let (d, m) = (self.peek(1), self.peek(0));
                    if !self.is_mapping(m) {
                        let msg =
                            alloc::format!("'{}' object is not a mapping", self.type_name_of(m));
                        tri!(Err(self.type_error(&msg)));
                    }
                    tri!(self.dict_update_from(d, m));
                    self.stack.pop();
                }
                op::UNPACK_SEQUENCE => {
                    let seq = self.top();
                    tri!(self.unpack(seq, arg as usize, None));
                }
                op::UNPACK_EX => {
                    let seq = self.top();
                    tri!(self.unpack(seq, (arg & 0xff) as usize, Some((arg >> 8) as usize)));
                }
                op::GET_ITER => {
                    let v = self.top();
                    let it = tri!(self.get_iter(v));
                    self.set_top(it);
                }
                op::FOR_ITER => {
                    let it = self.top();
                    if let Some(item) = self.next_fast(it) {
                        let Some(v) = item else {
                            self.stack.pop();
                            ip = arg as usize;
                            continue;
                        };
                        push_or_store!(v, 0, next);
                        ip = next;
                        continue;
                    }
                    if let Some(g) = self.gen_ref(it)
                        && g.code.flags & crate::bytecode::flags::GENERATOR != 0
                    {
                        if g.state == crate::heap::GenState::Done {
                            self.stack.pop();
                            ip = arg as usize;
                            continue;
                        }
                        // Resume the generator in this loop: its yields come back here.
                        self.save_ip(next);
                        tri!(self.push_generator_frame(
                            it,
                            Some(Value::NONE),
                            Resume::ForIter(arg)
                        ));
                        reload!();
                        continue;
                    }
                    match tri!(self.iter_next(it)) {
                        Some(v) => self.stack.push(v),
                        None => {
                            self.stack.pop();
                            ip = arg as usize;
                            continue;
                        }
                    }
                }
                op::JUMP => {
                    let target = arg as usize;
                    if target < ip {
                        tri!(self.tick());
                        self.young.truncate(young_base);
                        // The back edge of a `for` over a range, list or tuple: the next
                        // item (and its store) without dispatching `FOR_ITER`.
                        if let Some(&w) = ops.get(target)
                            && w as u8 == op::FOR_ITER
                        {
                            let it = self.top();
                            if let Some(item) = self.next_fast(it) {
                                let Some(v) = item else {
                                    self.stack.pop();
                                    ip = (w >> 8) as usize;
                                    continue;
                                };
                                push_or_store!(v, 0, target + 1);
                                ip = target + 1;
                                continue;
                            }
                        }
                    }
                    ip = target;
                    continue;
                }
                op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE => {
                    let v = self.top();
                    let t = if v == Value::TRUE {
                        true
                    } else if v == Value::FALSE {
                        false
                    } else {
                        tri!(self.truthy(v))
                    };
                    self.stack.pop();
                    if t == (opcode == op::POP_JUMP_IF_TRUE) {
                        if (arg as usize) < ip {
                            tri!(self.tick());
                            self.young.truncate(young_base);
                        }
                        ip = arg as usize;
                        continue;
                    }
                }
                op::JUMP_IF_FALSE_OR_POP | op::JUMP_IF_TRUE_OR_POP => {
                    let v = self.top();
                    let t = tri!(self.truthy(v));
                    if t == (opcode == op::JUMP_IF_TRUE_OR_POP) {
                        ip = arg as usize;
                        continue;
                    }
                    self.stack.pop();
                }
                op::SETUP_EXCEPT => {
                    self.blocks.push(Block {
                        handler: arg,
                        sp: self.stack.len() as u32,
                    });
                }
                op::POP_BLOCK => {
                    self.blocks.pop();
                }
                op::PUSH_EXC_INFO => {
                    let exc = self.top();
                    self.handled.push(exc);
                }
                op::POP_EXCEPT => {
                    self.handled.pop();
                }
                op::RERAISE => {
                    let exc = self.pop();
                    self.pending = exc;
                    self.reraising = true;
                    tri!(Err(Raised));
                }
                op::POP_EXCEPT_RERAISE => {
                    let new = self.pop();
                    self.stack.pop();
                    self.handled.pop();
                    self.pending = new;
                    self.reraising = true;
                    tri!(Err(Raised));
                }
                op::CHECK_EG_MATCH => {
                    let (rest, typ) = (self.peek(1), self.peek(0));
                    match tri!(self.check_eg_match(rest, typ)) {
                        Some((rest, matched)) => {
                            self.stack.pop();
                            self.set_top(rest);
                            self.stack.push(matched);
                        }
                        None => {
                            self.stack.pop();
                            ip = arg as usize;
                            continue;
                        }
                    }
                }
                op::RERAISE_STAR => {
                    let (orig, raised) = (self.peek(1), self.peek(0));
                    let result = tri!(self.reraise_star(orig, raised));
                    self.stack.pop();
                    self.stack.pop();
                    if let Some(exc) = result {
                        tri!(Err(self.raise_star_result(exc)));
                    }
                }
                op::EXC_MATCH => {
                    let (exc, typ) = (self.peek(1), self.peek(0));
                    let m = tri!(self.exception_matches(exc, typ));
                    self.set_top(Value::bool(m));
                }
                op::RAISE => {
                    let r = match arg {
                        0 => self.reraise_handled(),
                        1 => {
                            let exc = self.top();
                            self.raise_value(exc, None)
                        }
                        _ => {
                            let (exc, cause) = (self.peek(1), self.peek(0));
                            self.raise_value(exc, Some(cause))
                        }
                    };
                    tri!(Err(r));
                }
                op::LOAD_ASSERTION_ERROR => {
                    self.stack.push(Value::builtin_type(TypeId::AssertionError))
                }
                op::MAKE_FUNCTION => {
                    let Some(child) = code.codes.get(arg as usize).cloned() else {
                        return Err(self.bad_bytecode());
                    };
                    let f = tri!(self.make_function(child));
                    self.stack.push(f);
                }
                op::PRINT_EXPR => {
                    let v = self.top();
                    tri!(self.print_expr(v));
                    self.stack.pop();
                }
                op::FORMAT_VALUE => {
                    let v = self.top();
                    let s = tri!(self.format_conversion(v, arg));
                    self.set_top(s);
                }
                op::FORMAT_WITH_SPEC => {
                    let (v, spec) = (self.peek(1), self.peek(0));
                    let s = tri!(self.format_with_spec(v, spec));
                    self.pop_set_top(s);
                }
                op::BUILD_STRING => {
                    let n = arg as usize;
                    let at = self.stack.len() - n;
                    let mut out = alloc::string::String::new();
                    for i in at..self.stack.len() {
                        let v = self.stack[i];
                        out.push_str(self.str_text(v).unwrap_or(""));
                    }
                    let s = tri!(self.new_str(out));
                    self.stack.truncate(at);
                    self.stack.push(s);
                }
                _ => return Err(self.bad_bytecode()),
            }
            ip = next;
        }
    }

    /// Suspends the running generator frame, to resume at `resume_ip`, and hands `v` to
    /// whoever resumed it: `Some(v)` when that is native code (the dispatch loop returns it),
    /// `None` when it was a `for` loop in this loop (`v` is then on that frame's stack).
    fn yield_out(
        &mut self,
        v: Value,
        resume_ip: usize,
        yield_from: Value,
        entry: usize,
    ) -> PyResult<Option<Value>> {
        let Some(frame) = self.suspend_top_frame(resume_ip, yield_from) else {
            return Err(self.bad_bytecode());
        };
        if frame.resume == Resume::Native || self.frames.len() <= entry {
            self.gen_yielded = true;
            return Ok(Some(v));
        }
        self.stack.push(v);
        Ok(None)
    }

    /// `obj.names[index]` through the code object's attribute site for that name.
    #[inline]
    fn load_attr_at(&mut self, code: &Code, index: u32, obj: Value) -> PyResult {
        let name = code
            .names
            .get(index as usize)
            .copied()
            .unwrap_or(crate::qstr::Q::empty);
        match self.site_load(&code.sites, index, obj, name) {
            Some(v) => Ok(v),
            None => {
                if let Some(v) = self.site_load_class(&code.sites, index, obj, name) {
                    return Ok(v);
                }
                let v = self.load_attr(obj, name)?;
                self.fill_load_site(&code.sites, index, obj, name);
                Ok(v)
            }
        }
    }

    fn save_ip(&mut self, next: usize) {
        if let Some(f) = self.frames.last_mut() {
            f.ip = next;
        }
    }

    fn unbound_local(&mut self, code: &Code, slot: u32) -> Raised {
        let name = code
            .varnames
            .get(slot as usize)
            .map_or("?", |&q| self.qstrs.text(q));
        let msg = alloc::format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        );
        self.raise_new(TypeId::UnboundLocalError, &msg)
    }

    fn unbound_deref(&mut self, code: &Code, slot: u32) -> Raised {
        let name = code
            .varnames
            .get(slot as usize)
            .map_or("?", |&q| self.qstrs.text(q));
        let msg = if (slot as u16) < code.freestart {
            alloc::format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            )
        } else {
            alloc::format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            )
        };
        let typ = if (slot as u16) < code.freestart {
            TypeId::UnboundLocalError
        } else {
            TypeId::NameError
        };
        self.raise_new(typ, &msg)
    }

    fn load_global(&mut self, globals: Value, name: crate::qstr::Qstr) -> PyResult {
        if let Some(v) = self.dict_get_qstr(globals, name) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_qstr(self.builtins_of(globals), name) {
            return Ok(v);
        }
        let msg = alloc::format!("name '{}' is not defined", self.qstr_text(name));
        let r = self.raise_new(TypeId::NameError, &msg);
        Err(self.annotate_raised(r, &[(crate::qstr::Q::name, Value::qstr(name))]))
    }

    /// The builtins code running in `globals` sees: a dict under `__builtins__` there (as
    /// `eval` and `exec` may be given), else the interpreter's own.
    pub(crate) fn builtins_of(&self, globals: Value) -> Value {
        match self.dict_get_qstr(globals, crate::qstr::Q::__builtins__) {
            Some(b) if b != self.builtins && matches!(self.heap.get(b), Some(Obj::Dict(_))) => b,
            _ => self.builtins,
        }
    }

    fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let r = self.repr(v)?;
        let mut text = self.string_of(r);
        text.push('\n');
        self.write_out(&text);
        let underscore = Value::qstr(self.qstrs.intern("_"));
        let _ = self.dict_set(self.builtins, underscore, v);
        Ok(())
    }
}
