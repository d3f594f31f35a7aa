//! The virtual machine: frames, the value stack, the heap and everything that runs code.
//!
//! `Vm` owns all state of one interpreter. Python-to-Python calls push a [`Frame`] and stay
//! in the same dispatch loop (`run.rs`); only native code calling back into Python (and the
//! REPL) re-enters the loop, so deep Python recursion never grows the Rust stack beyond the
//! configured `max_depth`.
//!
//! Errors: every fallible operation returns `Result<_, Raised>`; the exception itself is in
//! `Vm::pending` (a GC root) until a handler takes it.
//!
//! GC safety: a collection can happen at any allocation. Values held only in Rust locals
//! survive it if they were allocated since the last safe point (the `young` list, cleared
//! between instructions) or are reachable from the roots listed in `collect_garbage`.

mod alloc_;
mod attr;
mod call;
mod compare;
mod dunder;
mod exc;
mod exc_star;
mod fast;
mod iter;
mod matching;
mod ops;
mod repr;
pub(crate) use repr::repr_text;
mod import;
mod run;
pub(crate) use import::import_builtin;
pub mod sites;
mod subscr;

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::Code;
use crate::config::Config;
use crate::heap::Heap;
use crate::port::Port;
use crate::qstr::{Q, QstrTable};
use crate::value::Value;

pub use exc::Uncaught;

/// Marks a raised Python exception; the exception is in `Vm::pending`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Raised;

pub type PyResult<T = Value> = Result<T, Raised>;

/// The hash of an object compared by identity (`object.__hash__`).
pub(crate) fn identity_hash(v: Value) -> u64 {
    v.raw().rotate_right(3)
}

/// Steps between two polls of the port's interrupt flag.
const INTERRUPT_POLL_MASK: u32 = 0x3ff;

/// One activation of a Python function (or module body).
pub(crate) struct Frame {
    pub code: Rc<Code>,
    /// Offset of the next instruction; while a call is in progress, of the call instruction.
    pub ip: usize,
    /// Stack index of local slot 0.
    pub base: usize,
    /// Stack length to restore when the frame returns (drops the callee and its arguments).
    pub ret_sp: usize,
    pub globals: Value,
    /// The namespace dict of a class body (`LOAD_NAME`), else `UNBOUND`.
    pub locals: Value,
    /// `Vm::blocks` length at entry: this frame's handler blocks lie above it.
    pub block_base: usize,
    /// `Vm::handled` length at entry.
    pub handled_base: usize,
    /// The generator this frame runs, else `UNBOUND`.
    pub generator: Value,
    /// Where a generator frame's yields and return go.
    pub resume: Resume,
}

/// How a generator frame was resumed, so its `yield` and `return` know where their value
/// goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Resume {
    /// Not a generator frame.
    None,
    /// By a `for` loop's `FOR_ITER` in the frame below, which jumps to this target when the
    /// generator returns (the iterator is on that frame's stack).
    ForIter(u32),
    /// By native code, in a nested dispatch loop that ends at this frame.
    Native,
    /// Not a generator: the `__init__` of a class called from the dispatch loop, run in the
    /// same loop. Its return value must be None; the caller gets this new instance instead.
    Init(Value),
    /// Not a generator: the operator method of `a op b` (`BINARY_OP`'s operand `arg`) run in
    /// the dispatch loop; NotImplemented from it continues the protocol from `stage`.
    Binary {
        a: Value,
        b: Value,
        arg: u16,
        stage: dunder::BinaryStage,
    },
}

/// An exception handler pushed by `SETUP_EXCEPT`.
#[derive(Clone, Copy)]
pub(crate) struct Block {
    pub handler: u32,
    pub sp: u32,
}

pub struct Vm {
    pub(crate) heap: Heap,
    pub(crate) qstrs: QstrTable,
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) blocks: Vec<Block>,
    /// Exceptions being handled (innermost last): the targets of a bare `raise` and the
    /// `__context__` of new exceptions.
    pub(crate) handled: Vec<Value>,
    /// The exception being raised.
    pub(crate) pending: Value,
    /// Set when the pending exception is re-raised, so no traceback entry is added for the
    /// frame it surfaces in.
    pub(crate) reraising: bool,
    /// Values allocated since the last safe point (GC roots until then).
    pub(crate) young: Vec<Value>,
    /// Extra roots pushed by native code around re-entrant calls.
    pub(crate) roots: Vec<Value>,
    /// The builtins namespace (a dict).
    pub(crate) builtins: Value,
    /// The `__main__` module's globals (a dict).
    pub(crate) main_globals: Value,
    /// Every module imported so far, by name (`sys.modules`, a dict).
    pub(crate) modules: Value,
    /// The `sys` module, whose `path` the importer searches.
    pub(crate) sys_module: Value,
    /// The standard streams `sys` started with (`sys.__stdin__`, `__stdout__`,
    /// `__stderr__`): `print` writes to the port directly while `sys.stdout` is the second.
    pub(crate) std_streams: [Value; 3],
    /// `micropython.opt_level()`: 1 and up compile without `assert` and with `__debug__`
    /// False.
    pub(crate) opt_level: u8,
    /// `micropython.kbd_intr()`: the interrupt character, -1 when interrupts are off.
    pub(crate) kbd_intr: i32,
    /// Calls queued by `micropython.schedule` (function, argument), first first.
    pub(crate) scheduled: alloc::collections::VecDeque<(Value, Value)>,
    /// While calls are queued: the step budget, parked so that the next step takes the slow
    /// path of `tick` and runs them.
    parked_steps: Option<u64>,
    /// Set while a scheduled call runs (scheduled calls never interrupt each other).
    in_scheduled: bool,
    /// `random`'s generator, made on first use.
    #[cfg(feature = "random")]
    pub(crate) rng: Option<Box<crate::modules::random::Mt>>,
    /// The modules whose code is running, innermost last.
    pub(crate) importing: Vec<Value>,
    /// The frozen modules `import` can find (`modules::frozen::CORE`, then the port's).
    pub(crate) frozen: Vec<&'static crate::modules::frozen::FrozenModule>,
    /// The native modules `import` can find (`modules::CORE`, then the port's).
    pub(crate) native_modules: Vec<&'static crate::modules::ModuleDef>,
    /// Preallocated, so running out of memory can always be reported.
    pub(crate) memory_error: Value,
    /// The MemoryError an allocation raises while the heap is locked (made by the lock).
    pub(crate) locked_error: Value,
    /// Containers being printed or compared, to cut cycles and bound recursion.
    pub(crate) repr_stack: Vec<Value>,
    /// The method descriptors of builtin types made so far, by `(owner, native)`: reading
    /// `str.upper` twice gives the same object, as in CPython.
    pub(crate) method_descrs: alloc::collections::BTreeMap<(u16, u16), Value>,
    /// Nesting of native recursion (repr, comparison, re-entrant calls).
    pub(crate) native_depth: usize,
    /// Whether the nested dispatch loop that just ended stopped at a `yield` (else a
    /// `return`): read by native code resuming a generator.
    pub(crate) gen_yielded: bool,
    /// The value of the last StopIteration that ended a native iteration (`yield from`
    /// over an iterator returns it).
    pub(crate) last_stop_value: Value,
    /// Steps counted by `tick`.
    ticks: u32,
    /// Steps left in the budget (`Config::step_budget`).
    steps_left: u64,
    pub(crate) config: Config,
    port: Box<dyn Port>,
    /// Answers of MRO lookups (`lookup`, `lookup_user`).
    pub(crate) attr_cache: crate::types::attr_cache::AttrCache,
    /// The qstr of each one-character ASCII string, once made (0: not yet; qstr 0 is "").
    pub(crate) ascii_chars: [u32; 128],
    /// The Rust stack address where the embedder entered the VM (0 while outside it): the
    /// stack used below it is checked against `Config::stack_limit`.
    stack_base: usize,
}

impl Drop for Vm {
    /// Writes out and closes the files a program left open, as CPython does at exit.
    fn drop(&mut self) {
        self.close_all_streams();
    }
}

/// An address in the current Rust stack frame (the stack grows down on every target).
#[inline(always)]
fn stack_address() -> usize {
    let marker = 0u8;
    core::hint::black_box(&marker) as *const u8 as usize
}

impl Vm {
    pub fn new(config: Config, port: Box<dyn Port>) -> Vm {
        let mut vm = Vm {
            heap: Heap::new(config.heap_size),
            qstrs: QstrTable::new(),
            stack: Vec::with_capacity(256),
            frames: Vec::with_capacity(16),
            blocks: Vec::new(),
            handled: Vec::new(),
            pending: Value::NONE,
            reraising: false,
            young: Vec::new(),
            roots: Vec::new(),
            builtins: Value::NONE,
            main_globals: Value::NONE,
            modules: Value::NONE,
            sys_module: Value::NONE,
            std_streams: [Value::NONE; 3],
            opt_level: 0,
            kbd_intr: 3,
            scheduled: alloc::collections::VecDeque::new(),
            parked_steps: None,
            in_scheduled: false,
            #[cfg(feature = "random")]
            rng: None,
            importing: Vec::new(),
            native_modules: crate::modules::CORE.to_vec(),
            frozen: crate::modules::frozen::CORE.to_vec(),
            memory_error: Value::NONE,
            locked_error: Value::NONE,
            repr_stack: Vec::new(),
            method_descrs: alloc::collections::BTreeMap::new(),
            native_depth: 0,
            gen_yielded: false,
            last_stop_value: Value::NONE,
            ticks: 0,
            steps_left: config.step_budget.unwrap_or(u64::MAX),
            config,
            port,
            attr_cache: Default::default(),
            ascii_chars: [0; 128],
            stack_base: 0,
        };
        vm.init();
        vm
    }

    fn init(&mut self) {
        // Start-up allocations are small; if even they fail the budget is unusable, and the
        // VM still works with whatever did fit (lookups of missing names raise NameError).
        self.memory_error = self.new_exception_raw(crate::types::TypeId::MemoryError, Value::NONE);
        self.builtins = crate::builtins::make_builtins(self);
        self.main_globals = self.new_globals(Q::__main__);
        self.modules = self.new_dict().unwrap_or(Value::NONE);
        let _ = self.init_modules();
        self.young.clear();
    }

    /// A fresh module namespace named `name`.
    pub(crate) fn new_globals(&mut self, name: crate::qstr::Qstr) -> Value {
        let Ok(globals) = self.new_dict() else {
            return Value::NONE;
        };
        let _ = self.dict_set(globals, Value::qstr(Q::__name__), Value::qstr(name));
        globals
    }

    pub fn port_mut(&mut self) -> &mut dyn Port {
        &mut *self.port
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Writes text to the port's standard output.
    pub(crate) fn write_out(&mut self, text: &str) {
        self.port.write_stdout(text.as_bytes());
    }

    /// Writes text to the standard output, or with `err` to the error stream.
    pub(crate) fn write_std(&mut self, err: bool, text: &str) {
        if err {
            self.port.write_stderr(text.as_bytes());
        } else {
            self.port.write_stdout(text.as_bytes());
        }
    }

    /// What `sys.stdout` is now (`None` when a program deleted it).
    pub(crate) fn sys_stdout(&self) -> Option<Value> {
        let dict = self.module_dict(self.sys_module)?;
        self.dict_get_qstr(dict, Q::stdout)
    }

    pub(crate) fn write_err(&mut self, text: &str) {
        self.port.write_stderr(text.as_bytes());
    }

    /// Counts one step (a backward jump or a call): polls the port's interrupt flag every
    /// so often, and spends the step budget. Either ends the program with
    /// `KeyboardInterrupt`; an exhausted budget raises again at every later step, so even a
    /// program that catches it ends.
    #[inline]
    pub(crate) fn tick(&mut self) -> PyResult<()> {
        self.ticks = self.ticks.wrapping_add(1);
        if self.ticks & INTERRUPT_POLL_MASK == 0
            && self.port.take_interrupt()
            && self.kbd_intr != -1
        {
            return Err(self.raise_new(crate::types::TypeId::KeyboardInterrupt, ""));
        }
        if self.steps_left == 0 {
            if let Some(steps) = self.parked_steps.take() {
                self.steps_left = steps;
                return self.run_scheduled();
            }
            return Err(self.raise_new(
                crate::types::TypeId::KeyboardInterrupt,
                "step budget exhausted",
            ));
        }
        self.steps_left -= 1;
        Ok(())
    }

    /// Queues `func(arg)` (`micropython.schedule`) and parks the step budget so that the
    /// next step runs it.
    #[cfg_attr(not(feature = "micropython"), allow(dead_code))]
    pub(crate) fn schedule(&mut self, func: Value, arg: Value) {
        self.scheduled.push_back((func, arg));
        if !self.in_scheduled && self.parked_steps.is_none() {
            self.parked_steps = Some(self.steps_left);
            self.steps_left = 0;
        }
    }

    /// Runs the queued calls, in order, including any they queue.
    #[inline(never)]
    fn run_scheduled(&mut self) -> PyResult<()> {
        self.in_scheduled = true;
        let mut result = Ok(());
        while let Some((func, arg)) = self.scheduled.pop_front() {
            self.roots.extend([func, arg]);
            let r = self.call_value(func, &[arg]);
            self.roots.truncate(self.roots.len() - 2);
            if let Err(raised) = r {
                result = Err(raised);
                break;
            }
        }
        self.in_scheduled = false;
        if !self.scheduled.is_empty() && self.parked_steps.is_none() {
            self.parked_steps = Some(self.steps_left);
            self.steps_left = 0;
        }
        result
    }

    /// Bytes of the Rust stack used below the point where the embedder entered the VM.
    #[cfg_attr(not(feature = "micropython"), allow(dead_code))]
    pub(crate) fn stack_used(&self) -> usize {
        if self.stack_base == 0 {
            0
        } else {
            self.stack_base.saturating_sub(stack_address())
        }
    }

    /// Spends `cost` steps at once, for work whose time grows with its size (a big int of
    /// thousands of digits), so that a step budget bounds a program's time and not only its
    /// loops.
    pub(crate) fn spend(&mut self, cost: u64) -> PyResult<()> {
        match self.steps_left.checked_sub(cost) {
            Some(left) => {
                self.steps_left = left;
                Ok(())
            }
            None => {
                self.steps_left = 0;
                self.tick()
            }
        }
    }

    /// Runs `f` with the stack guard measuring from here, unless the VM is already running
    /// (an embedder's entry point called from inside a native function).
    pub(crate) fn entered<R>(&mut self, f: impl FnOnce(&mut Vm) -> R) -> R {
        if self.stack_base != 0 {
            return f(self);
        }
        self.stack_base = stack_address();
        let r = f(self);
        self.stack_base = 0;
        r
    }

    /// Whether native code nested deeper than the VM allows: `native_depth` past
    /// `max_depth`, or the Rust stack used past `Config::stack_limit`.
    #[inline]
    pub(crate) fn too_deep(&self) -> bool {
        self.native_depth > self.config.max_depth
            || (self.stack_base != 0
                && self.stack_base.saturating_sub(stack_address()) > self.config.stack_limit)
    }

    /// Compiles and runs `source` as the `__main__` module.
    pub fn run_module(&mut self, source: &str, filename: &str) -> Result<(), Uncaught> {
        self.entered(|vm| vm.run_module_here(source, filename))
    }

    fn run_module_here(&mut self, source: &str, filename: &str) -> Result<(), Uncaught> {
        let globals = self.main_globals;
        let _ = self.dict_set(globals, Value::qstr(Q::__file__), Value::NONE);
        let file = self.qstrs.intern(filename);
        let _ = self.dict_set(globals, Value::qstr(Q::__file__), Value::qstr(file));
        let result = self.exec_source(source, filename, globals, crate::compile::Mode::File);
        result.map(|_| ()).map_err(|Raised| self.take_uncaught())
    }

    /// Runs a compiled module image (a `.upyc` file's bytes, see [`crate::image`]) as the
    /// `__main__` module; a corrupt image is a ValueError.
    pub fn run_image(&mut self, image: &[u8], filename: &str) -> Result<(), Uncaught> {
        self.entered(|vm| {
            let globals = vm.main_globals;
            let file = vm.qstrs.intern(filename);
            let _ = vm.dict_set(globals, Value::qstr(Q::__file__), Value::qstr(file));
            let result = crate::image::load(vm, image).and_then(|code| vm.run_code(code, globals));
            result.map(|_| ()).map_err(|Raised| vm.take_uncaught())
        })
    }

    /// Compiles module `source` to a compiled module image (what `upy-cross` writes): a
    /// syntax error comes back as the exception it would raise.
    pub fn compile_image(
        &mut self,
        source: &str,
        filename: &str,
    ) -> Result<alloc::vec::Vec<u8>, Uncaught> {
        let result = self
            .compile(source, filename, crate::compile::Mode::File)
            .and_then(|code| {
                crate::image::write(self, &code)
                    .map_err(|msg| self.raise_new(crate::types::TypeId::ValueError, &msg))
            });
        self.young.clear();
        result.map_err(|Raised| self.take_uncaught())
    }

    /// Compiles `source` without running it: a syntax error (or a construct this build
    /// cannot run yet) comes back as the exception it would raise.
    pub fn compile_module(&mut self, source: &str, filename: &str) -> Result<(), Uncaught> {
        let result = self.compile(source, filename, crate::compile::Mode::File);
        self.young.clear();
        result.map(|_| ()).map_err(|Raised| self.take_uncaught())
    }

    /// Calls the `__main__` global `name` with no arguments, as an embedder's entry point: a
    /// program run once by `run_module` can then be entered again and again without being
    /// compiled again (the micro-benchmarks time their bodies this way). The result is
    /// dropped; a missing name raises NameError.
    pub fn call_main(&mut self, name: &str) -> Result<(), Uncaught> {
        self.entered(|vm| {
            let q = vm.qstrs.intern(name);
            let result = match vm.dict_get_qstr(vm.main_globals, q) {
                Some(f) => vm.call_value(f, &[]).map(|_| ()),
                None => Err(vm.raise_new(
                    crate::types::TypeId::NameError,
                    &alloc::format!("name '{name}' is not defined"),
                )),
            };
            // Nothing the call made is held any more: the next collection may free it.
            vm.young.clear();
            result.map_err(|Raised| vm.take_uncaught())
        })
    }

    /// Compiles `source` and runs it in `globals`; in `Mode::Interactive`, expression
    /// statements echo their value.
    pub(crate) fn exec_source(
        &mut self,
        source: &str,
        filename: &str,
        globals: Value,
        mode: crate::compile::Mode,
    ) -> PyResult {
        let code = self.compile(source, filename, mode)?;
        self.run_code(code, globals)
    }

    pub(crate) fn compile(
        &mut self,
        source: &str,
        filename: &str,
        mode: crate::compile::Mode,
    ) -> PyResult<Rc<Code>> {
        match crate::compile::compile_source(self, source, filename, mode) {
            Ok(code) => Ok(code),
            Err(err) => Err(self.raise_syntax_error(&err, source, filename)),
        }
    }

    /// Runs a module-level code object to completion.
    pub(crate) fn run_code(&mut self, code: Rc<Code>, globals: Value) -> PyResult {
        let sp = self.stack.len();
        self.push_frame_raw(code, sp, sp, globals)?;
        self.run_frames()
    }

    /// The globals of the running Python code.
    pub(crate) fn current_globals(&self) -> Value {
        self.frames.last().map_or(self.main_globals, |f| f.globals)
    }

    /// Number of Python frames active.
    pub fn depth(&self) -> usize {
        self.frames.len()
    }

    /// Text of a str value (qstr or heap string).
    pub(crate) fn str_text(&self, v: Value) -> Option<&str> {
        if let Some(q) = v.as_qstr() {
            return Some(self.qstrs.text(q));
        }
        match self.heap.get(v)? {
            crate::heap::Obj::Str(s) => Some(s.text()),
            _ => None,
        }
    }

    /// The length in characters of a str value (0 for anything else).
    pub(crate) fn str_chars(&self, v: Value) -> usize {
        if let Some(crate::heap::Obj::Str(s)) = self.heap.get(v) {
            return s.chars();
        }
        self.str_text(v).map_or(0, char_len)
    }

    pub(crate) fn qstr_text(&self, q: crate::qstr::Qstr) -> &str {
        self.qstrs.text(q)
    }

    /// Copies out the text of a str value.
    pub(crate) fn string_of(&self, v: Value) -> String {
        String::from(self.str_text(v).unwrap_or(""))
    }
}

/// The length of `text` in characters (an ASCII check first: most texts are, and it is
/// quicker than counting).
#[inline]
pub(crate) fn char_len(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}
