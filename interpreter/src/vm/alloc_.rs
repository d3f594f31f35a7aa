//! Allocation: every new heap object goes through `Vm::alloc`, which collects garbage when
//! the heap passes its threshold and raises `MemoryError` when the budget is exhausted.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{PyResult, Raised, Vm};
use crate::heap::{ExcObj, Obj, StrObj};
use crate::types::TypeId;
use crate::types::dict::Dict;
use crate::value::Value;

impl Vm {
    /// Moves `obj` into the heap.
    pub(crate) fn alloc(&mut self, obj: Obj) -> PyResult {
        let size = obj.size();
        if self.heap.wants_collection(size) || self.config.gc_stress {
            if self.heap.locked() {
                return Err(self.raise_heap_locked());
            }
            self.collect_garbage();
            if !self.heap.fits(size) {
                return Err(self.raise_memory_error());
            }
        }
        let v = self.heap.insert(obj);
        self.young.push(v);
        Ok(v)
    }

    /// Checks that `extra` more bytes fit before a container grows by them.
    pub(crate) fn reserve_bytes(&mut self, extra: usize) -> PyResult<()> {
        if self.heap.wants_collection(extra) {
            if self.heap.locked() {
                return Err(self.raise_heap_locked());
            }
            self.collect_garbage();
            if !self.heap.fits(extra) {
                return Err(self.raise_memory_error());
            }
        }
        Ok(())
    }

    /// Checks that text or bytes of `len` bytes, built outside the heap before it becomes an
    /// object, still fit the budget (collecting first when they might not): a size a program
    /// chose ends in MemoryError, never in an allocation the budget did not see.
    #[inline]
    pub(crate) fn check_building(&mut self, len: usize) -> PyResult<()> {
        if self.heap.fits(len) {
            Ok(())
        } else {
            self.reserve_bytes(len)
        }
    }

    /// Marks from every root and frees the rest.
    pub fn collect_garbage(&mut self) {
        let roots = self.gc_roots();
        self.heap.collect(roots);
        self.finalize_streams();
    }

    /// Collects garbage, then checks the heap's invariants against the same roots (see
    /// `Heap::check`): a handle freed while still reachable shows up here. For fuzzing and
    /// tests.
    pub fn check_heap(&mut self) -> Result<(), String> {
        let roots = self.gc_roots();
        self.heap.collect(roots.iter().copied());
        let r = self.heap.check(&roots);
        self.finalize_streams();
        r
    }

    /// Every GC root: the value stack, the frames, the exceptions in flight, the values
    /// native code holds, and the VM's own namespaces.
    fn gc_roots(&self) -> Vec<Value> {
        let mut roots: Vec<Value> = Vec::with_capacity(self.stack.len() + 64);
        roots.extend_from_slice(&self.stack);
        for frame in &self.frames {
            roots.push(frame.globals);
            roots.push(frame.locals);
            roots.push(frame.generator);
            match frame.resume {
                super::Resume::Init(obj) => roots.push(obj),
                super::Resume::Binary { a, b, .. } => roots.extend([a, b]),
                _ => {}
            }
            frame.code.trace(|v| roots.push(v));
        }
        roots.extend_from_slice(&self.handled);
        roots.extend_from_slice(&self.young);
        roots.extend_from_slice(&self.roots);
        roots.extend_from_slice(&self.repr_stack);
        roots.extend_from_slice(&self.importing);
        for &(func, arg) in &self.scheduled {
            roots.extend([func, arg]);
        }
        roots.extend(self.method_descrs.values().copied());
        roots.extend(self.std_streams);
        roots.extend([
            self.pending,
            self.builtins,
            self.main_globals,
            self.modules,
            self.sys_module,
            self.memory_error,
            self.locked_error,
            self.last_stop_value,
        ]);
        roots
    }

    /// MemoryError for an allocation while `micropython.heap_lock()` holds the heap: the
    /// exception made when the heap was locked.
    #[inline(never)]
    fn raise_heap_locked(&mut self) -> Raised {
        if self.locked_error.is_none() {
            return self.raise_memory_error();
        }
        self.pending = self.locked_error;
        self.reraising = false;
        if let Some(Obj::Exception(e)) = self.heap.get_mut(self.locked_error) {
            e.traceback.clear();
            e.context = Value::NONE;
        }
        Raised
    }

    fn raise_memory_error(&mut self) -> Raised {
        self.pending = self.memory_error;
        self.reraising = false;
        if let Some(Obj::Exception(e)) = self.heap.get_mut(self.memory_error) {
            e.traceback.clear();
            e.context = Value::NONE;
        }
        Raised
    }

    pub(crate) fn new_str(&mut self, text: String) -> PyResult {
        self.alloc(Obj::Str(StrObj::new(text)))
    }

    pub(crate) fn new_str_from(&mut self, text: &str) -> PyResult {
        self.new_str(String::from(text))
    }

    #[inline]
    pub(crate) fn new_float(&mut self, f: f64) -> PyResult {
        if let Some(v) = Value::float(f) {
            return Ok(v);
        }
        let v = self.new_float_unrooted(f)?;
        self.young.push(v);
        Ok(v)
    }

    /// `new_float` for a caller that stores the float where the collector sees it (the value
    /// stack) before anything else can allocate, so it need not stay young.
    #[inline(never)]
    pub(crate) fn new_float_unrooted(&mut self, f: f64) -> PyResult {
        if let Some(v) = Value::float(f) {
            return Ok(v);
        }
        const SIZE: usize = core::mem::size_of::<Obj>();
        if self.heap.wants_collection(SIZE) || self.config.gc_stress {
            return self.alloc(Obj::Float(f));
        }
        Ok(self.heap.insert_sized(Obj::Float(f), SIZE))
    }

    pub(crate) fn new_int(&mut self, i: i64) -> PyResult {
        match Value::small(i) {
            Some(v) => Ok(v),
            None => self.alloc(Obj::BigInt(Box::new(BigInt::from(i)))),
        }
    }

    /// An int value for an i128.
    pub(crate) fn new_i128(&mut self, i: i128) -> PyResult {
        match i64::try_from(i) {
            Ok(i) => self.new_int(i),
            Err(_) => self.new_bigint(BigInt::from(i)),
        }
    }

    /// An int value for `b`, small when it fits. Making a big one spends a step per 1024
    /// bits: computing it took time in proportion (or more).
    pub(crate) fn new_bigint(&mut self, b: BigInt) -> PyResult {
        if let Some(v) = b.to_i64().and_then(Value::small) {
            return Ok(v);
        }
        let cost = b.bits() / 1024;
        if cost > 0 {
            self.spend(cost)?;
        }
        self.alloc(Obj::BigInt(Box::new(b)))
    }

    pub(crate) fn new_list(&mut self, items: Vec<Value>) -> PyResult {
        self.alloc(Obj::List(items))
    }

    pub(crate) fn new_tuple(&mut self, items: Vec<Value>) -> PyResult {
        self.alloc(Obj::Tuple(items.into_boxed_slice()))
    }

    pub(crate) fn new_dict(&mut self) -> PyResult {
        self.alloc(Obj::Dict(Box::new(Dict::new())))
    }

    /// An exception object, without the allocation checks (start-up only).
    pub(crate) fn new_exception_raw(&mut self, typ: TypeId, args: Value) -> Value {
        let args = if args.is_none() {
            self.heap.insert(Obj::Tuple(Box::new([])))
        } else {
            args
        };
        self.heap.insert(Obj::Exception(Box::new(ExcObj {
            typ: Value::builtin_type(typ),
            args,
            traceback: Vec::new(),
            cause: Value::NONE,
            context: Value::NONE,
            suppress_context: false,
            dict: Value::UNBOUND,
            tb_head: Value::UNBOUND,
            tb_links: 0,
            slots: Value::UNBOUND,
            group: Value::UNBOUND,
        })))
    }

    /// A new exception of class `typ` with `args` (a tuple).
    pub(crate) fn new_exception(&mut self, typ: Value, args: Value) -> PyResult {
        self.alloc(Obj::Exception(Box::new(ExcObj {
            typ,
            args,
            traceback: Vec::new(),
            cause: Value::NONE,
            context: Value::NONE,
            suppress_context: false,
            dict: Value::UNBOUND,
            tb_head: Value::UNBOUND,
            tb_links: 0,
            slots: Value::UNBOUND,
            group: Value::UNBOUND,
        })))
    }
}
