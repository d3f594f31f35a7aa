//! `eval`, `exec`, `compile`, `globals`, `locals` and `dir`: running source given at run
//! time in namespaces the program chooses, and looking at namespaces.
//!
//! Code compiled here keeps its module-level names in the namespace dicts it runs with
//! (`Mode::Exec`, `Mode::Eval`), so `exec(src, g, l)` reads and writes `l` then `g`, as in
//! CPython. A function's `locals()` is a snapshot dict, as CPython's is.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Kw, arity};
use crate::bytecode::Code;
use crate::compile::Mode;
use crate::heap::Obj;
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The source text of an `eval`/`exec`/`compile` argument (str or bytes).
/// A null byte in it is a SyntaxError without a location, as CPython reports for strings.
fn source_text(vm: &mut Vm, v: Value, func: &str) -> PyResult<Option<String>> {
    let text = match vm.str_text(v) {
        Some(t) => Some(String::from(t)),
        None => source_bytes(vm, v, func)?,
    };
    if text.as_deref().is_some_and(|t| t.contains('\0')) {
        return Err(vm.raise_new(
            crate::types::TypeId::SyntaxError,
            "source code string cannot contain null bytes",
        ));
    }
    Ok(text)
}

fn source_bytes(vm: &mut Vm, v: Value, func: &str) -> PyResult<Option<String>> {
    if let Some(b) = vm.buffer_of(v) {
        return match String::from_utf8(b) {
            Ok(s) => Ok(Some(s)),
            Err(_) => Err(vm.raise_new(
                crate::types::TypeId::SyntaxError,
                "source code string cannot contain invalid UTF-8",
            )),
        };
    }
    if matches!(vm.heap.get(v), Some(Obj::Code(_))) {
        return Ok(None);
    }
    let msg = if func == "compile" {
        String::from("compile() arg 1 must be a string, bytes or AST object")
    } else {
        format!("{func}() arg 1 must be a string, bytes or code object")
    };
    Err(vm.type_error(&msg))
}

/// The globals and locals an `eval`/`exec` runs with.
fn namespaces(vm: &mut Vm, args: &[Value], func: &str) -> PyResult<(Value, Value)> {
    let g = args.get(1).copied().filter(|v| !v.is_none());
    let l = args.get(2).copied().filter(|v| !v.is_none());
    // eval checks the locals first; exec the globals first, naming the wrong type.
    let mapping = |vm: &Vm, v: Value| vm.lookup(vm.type_of(v), Q::__getitem__).is_some();
    if func == "eval"
        && let Some(l) = l
        && !mapping(vm, l)
    {
        return Err(vm.type_error("locals must be a mapping"));
    }
    let globals = match g {
        Some(g) => {
            if !matches!(vm.heap.get(g), Some(Obj::Dict(_))) {
                let msg = if func == "exec" {
                    format!("exec() globals must be a dict, not {}", vm.type_name_of(g))
                } else if mapping(vm, g) {
                    String::from("globals must be a real dict; try eval(expr, {}, mapping)")
                } else {
                    String::from("globals must be a dict")
                };
                return Err(vm.type_error(&msg));
            }
            if vm.dict_get_qstr(g, Q::__builtins__).is_none() {
                let b = vm.builtins;
                vm.dict_set(g, Value::qstr(Q::__builtins__), b)?;
            }
            g
        }
        None => vm.current_globals(),
    };
    let locals = match (l, g) {
        (Some(l), _) => {
            if !mapping(vm, l) {
                let msg = format!(
                    "locals must be a mapping or None, not {}",
                    vm.type_name_of(l)
                );
                return Err(vm.type_error(&msg));
            }
            l
        }
        (None, Some(g)) => g,
        (None, None) => vm.current_locals()?,
    };
    Ok((globals, locals))
}

impl Vm {
    /// The namespace `locals()` gives: the module's globals, a class body's namespace, or a
    /// snapshot of a function's variables.
    pub(crate) fn current_locals(&mut self) -> PyResult {
        let Some(frame) = self.frames.last() else {
            return Ok(self.main_globals);
        };
        if frame.locals != Value::UNBOUND {
            return Ok(frame.locals);
        }
        let code = frame.code.clone();
        let base = frame.base;
        // A module frame's names are its globals.
        if code.argcount == 0 && code.varnames.is_empty() && code.name == Q::module {
            return Ok(frame.globals);
        }
        let d = self.new_dict()?;
        self.roots.push(d);
        let r = (|| {
            for (i, &name) in code.varnames.iter().enumerate() {
                let mut v = self.stack.get(base + i).copied().unwrap_or(Value::UNBOUND);
                let is_cell = code.cellslots.contains(&(i as u16)) || i >= code.freestart as usize;
                if is_cell && let Some(Obj::Cell(inner)) = self.heap.get(v) {
                    v = *inner;
                }
                if v != Value::UNBOUND {
                    self.dict_set(d, Value::qstr(name), v)?;
                }
            }
            Ok(())
        })();
        self.roots.pop();
        r.map(|()| d)
    }

    /// Compiles `source` for `eval`/`exec`/`compile` as a code value. `eval` of a string
    /// drops leading spaces and tabs first (`compile` does not: there they are an
    /// unexpected indent).
    fn compile_to_code(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
        strip: bool,
    ) -> PyResult<Rc<Code>> {
        let text = if strip && mode == Mode::Eval {
            source.trim_start_matches([' ', '\t'])
        } else {
            source
        };
        self.compile(text, filename, mode)
    }

    /// Runs a code object with `globals` and `locals`.
    /// The name `name` in namespace `ns` (a frame's locals or globals): a dict is read
    /// directly; any other mapping (the locals `exec` and `eval` may be given) through its
    /// `__getitem__`, a KeyError meaning "not there".
    pub(crate) fn namespace_get(&mut self, ns: Value, name: Qstr) -> PyResult<Option<Value>> {
        if matches!(self.heap.get(ns), Some(Obj::Dict(_))) {
            return self.dict_get(ns, Value::qstr(name));
        }
        match self.subscr(ns, Value::qstr(name)) {
            Ok(v) => Ok(Some(v)),
            Err(raised) => {
                if self.is_instance(self.pending, Value::builtin_type(TypeId::KeyError)) {
                    self.pending = Value::NONE;
                    return Ok(None);
                }
                Err(raised)
            }
        }
    }

    /// Binds `name` in namespace `ns` (see [`Vm::namespace_get`]).
    pub(crate) fn namespace_set(&mut self, ns: Value, name: Qstr, v: Value) -> PyResult<()> {
        if matches!(self.heap.get(ns), Some(Obj::Dict(_))) {
            return self.dict_set(ns, Value::qstr(name), v);
        }
        self.store_subscr(ns, Value::qstr(name), v)
    }

    /// Unbinds `name` in namespace `ns`; false if it was not bound.
    pub(crate) fn namespace_delete(&mut self, ns: Value, name: Qstr) -> PyResult<bool> {
        if matches!(self.heap.get(ns), Some(Obj::Dict(_))) {
            return self.dict_delete(ns, Value::qstr(name));
        }
        match self.delete_subscr(ns, Value::qstr(name)) {
            Ok(()) => Ok(true),
            Err(raised) => {
                if self.is_instance(self.pending, Value::builtin_type(TypeId::KeyError)) {
                    self.pending = Value::NONE;
                    return Ok(false);
                }
                Err(raised)
            }
        }
    }

    pub(crate) fn run_code_in(
        &mut self,
        code: Rc<Code>,
        globals: Value,
        locals: Value,
    ) -> PyResult {
        let sp = self.stack.len();
        self.push_frame_raw(code, sp, sp, globals)?;
        if let Some(f) = self.frames.last_mut()
            && locals != globals
        {
            f.locals = locals;
        }
        self.roots.extend([globals, locals]);
        self.native_depth += 1;
        let r = if self.too_deep() {
            self.frames.pop();
            self.stack.truncate(sp);
            Err(self.raise_new(
                crate::types::TypeId::RecursionError,
                "maximum recursion depth exceeded",
            ))
        } else {
            self.run_frames()
        };
        self.native_depth -= 1;
        self.roots.truncate(self.roots.len() - 2);
        self.keep_young(r)
    }
}

fn run(vm: &mut Vm, args: &[Value], kw: Kw, func: &str, mode: Mode) -> PyResult {
    // Both take their source and namespaces by position only; exec also takes `closure=`,
    // for a code object's free variables, which upy's compiled code never has.
    let keywords: &[crate::qstr::Qstr] = if func == "exec" { &[Q::closure] } else { &[] };
    kw.check(vm, func, keywords)?;
    if kw.get(Q::closure).is_some_and(|c| !c.is_none())
        && let Some(&src) = args.first()
    {
        let msg = if matches!(vm.heap.get(src), Some(Obj::Code(_))) {
            "cannot use a closure with this code object"
        } else {
            "closure can only be used when source is a code object"
        };
        return Err(vm.type_error(msg));
    }
    if args.is_empty() {
        let msg = if func == "exec" {
            String::from("exec() takes at least 1 positional argument (0 given)")
        } else {
            format!("{func} expected at least 1 argument, got 0")
        };
        return Err(vm.type_error(&msg));
    }
    if func == "exec" {
        crate::builtins::args::max_positional(vm, func, args, 3)?;
    }
    arity(vm, func, args, 1, 3)?;
    let (globals, locals) = namespaces(vm, args, func)?;
    let code = match source_text(vm, args[0], func)? {
        Some(text) => vm.compile_to_code(&text, "<string>", mode, true)?,
        None => match vm.heap.get(args[0]) {
            Some(Obj::Code(c)) => c.clone(),
            _ => return Err(vm.type_error("expected a code object")),
        },
    };
    let r = vm.run_code_in(code, globals, locals)?;
    Ok(if mode == Mode::Exec { Value::NONE } else { r })
}

/// `eval(source, globals=None, locals=None)`.
pub(super) fn eval(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    run(vm, args, kw, "eval", Mode::Eval)
}

/// `exec(source, globals=None, locals=None)`.
pub(super) fn exec(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    run(vm, args, kw, "exec", Mode::Exec)
}

/// The `flags` bits `compile` knows: the `__future__` features, the obsolete nested-scopes
/// bit, and the compiler options (AST only, type comments, top-level await, incomplete
/// input).
const KNOWN_COMPILE_FLAGS: i32 = 0x01fe_0000 | 0x0010 | 0x0400 | 0x1000 | 0x2000 | 0x4000;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub(super) fn compile(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(
        vm,
        "compile",
        &[
            Q::source,
            Q::filename,
            Q::mode,
            Q::flags,
            Q::dont_inherit,
            Q::optimize,
        ],
    )?;
    crate::builtins::args::max_positional(vm, "compile", args, 6)?;
    let get = |i: usize, q| args.get(i).copied().or(kw.get(q));
    let (Some(src), Some(file), Some(mode)) =
        (get(0, Q::source), get(1, Q::filename), get(2, Q::mode))
    else {
        let missing = if get(0, Q::source).is_none() {
            "'source' (pos 1)"
        } else if get(1, Q::filename).is_none() {
            "'filename' (pos 2)"
        } else {
            "'mode' (pos 3)"
        };
        let msg = format!("compile() missing required argument {missing}");
        return Err(vm.type_error(&msg));
    };
    let Some(mode_text) = vm.str_text(mode).map(String::from) else {
        let msg = format!(
            "compile() argument 'mode' must be str, not {}",
            vm.arg_type_name(mode)
        );
        return Err(vm.type_error(&msg));
    };
    // The flags are C ints; upy honours none of them, but refuses what CPython refuses.
    let mut ints = [0i32; 3];
    for (slot, (i, q)) in
        ints.iter_mut()
            .zip([(3, Q::flags), (4, Q::dont_inherit), (5, Q::optimize)])
    {
        if let Some(v) = get(i, q) {
            *slot = vm.index_c_int(v)?;
        }
    }
    if ints[0] & !KNOWN_COMPILE_FLAGS != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if get(5, Q::optimize).is_some() && !(-1..=2).contains(&ints[2]) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let mode = match mode_text.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    let filename = match vm.str_text(file) {
        Some(f) => String::from(f),
        None => {
            // The filename goes through the path protocol, which words its own error.
            let msg = format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name_of(file)
            );
            return Err(vm.type_error(&msg));
        }
    };
    let Some(text) = source_text(vm, src, "compile")? else {
        return Ok(src);
    };
    let code = vm.compile_to_code(&text, &filename, mode, false)?;
    vm.alloc(Obj::Code(code))
}

/// `globals()`.
pub(super) fn globals(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "globals", &[])?;
    arity(vm, "globals", args, 0, 0)?;
    Ok(vm.current_globals())
}

/// `locals()`.
pub(super) fn locals(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "locals", &[])?;
    arity(vm, "locals", args, 0, 0)?;
    vm.current_locals()
}

/// `dir([obj])`: the sorted attribute names.
pub(super) fn dir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "dir", &[])?;
    arity(vm, "dir", args, 0, 1)?;
    let Some(&obj) = args.first() else {
        let l = vm.current_locals()?;
        let mut names: Vec<Value> = vm.dict_items(l).into_iter().map(|(k, _)| k).collect();
        vm.sort_values(&mut names)?;
        return vm.new_list(names);
    };
    if let Some(t) = vm.user_class_of(obj)
        && let Some(f) = vm.lookup_user(t, Q::__dir__)
    {
        let r = vm.call_method_value(f, obj, t, &[])?;
        let mut items = vm.collect_iterable(r)?;
        vm.sort_values(&mut items)?;
        return vm.new_list(items);
    }
    if let Some(d) = vm.module_dict(obj) {
        // A module lists its dict, or what a `__dir__` function in it returns (PEP 562).
        let mut items = match vm.dict_get_qstr(d, Q::__dir__) {
            Some(f) => {
                let r = vm.call_value(f, &[])?;
                vm.collect_iterable(r)?
            }
            None => vm.dict_items(d).into_iter().map(|(k, _)| k).collect(),
        };
        vm.sort_values(&mut items)?;
        return vm.new_list(items);
    }
    let mut names: Vec<crate::qstr::Qstr> = Vec::new();
    let add_dict = |vm: &mut Vm, d: Value, names: &mut Vec<crate::qstr::Qstr>| {
        for (k, _) in vm.dict_items(d) {
            if let Some(q) = k.as_qstr() {
                names.push(q);
            } else if let Some(t) = vm.str_text(k).map(String::from) {
                names.push(vm.qstrs.intern(&t));
            }
        }
    };
    if let Some(d) = vm.instance_dict(obj)
        && d != Value::UNBOUND
    {
        add_dict(vm, d, &mut names);
    }
    let types = if vm.is_type(obj) {
        vm.mro_of(obj)
    } else {
        let t = vm.type_of(obj);
        vm.mro_of(t)
    };
    for t in types {
        if let Some(c) = vm.class_ref(t) {
            let d = c.dict;
            add_dict(vm, d, &mut names);
        } else if let Some(id) = t.as_builtin_type() {
            names.extend(crate::builtins::method_names(id));
            for text in data_attributes(id) {
                names.push(vm.qstrs.intern(text));
            }
        }
    }
    // What `object` gives everything; a type's own attributes (`__name__`, `__mro__`, ...)
    // belong to its metaclass, which `dir` of a class leaves out.
    names.extend([Q::__class__, Q::__doc__]);
    if !vm.is_type(obj) && vm.instance_dict(obj).is_some() {
        names.push(Q::__dict__);
    }
    // A class made by Python code describes its instances' `__dict__` and `__weakref__`.
    let cls = if vm.is_type(obj) {
        obj
    } else {
        vm.type_of(obj)
    };
    if let Some(c) = vm.class_ref(cls) {
        let (dict, weakref) = (!c.layout.no_dict, c.layout.weakref);
        if dict {
            names.push(Q::__dict__);
        }
        if weakref {
            names.push(vm.qstrs.intern("__weakref__"));
        }
    }
    let mut texts: Vec<String> = names
        .iter()
        .map(|&q| String::from(vm.qstr_text(q)))
        .collect();
    texts.sort();
    texts.dedup();
    let mut items = Vec::with_capacity(texts.len());
    for t in texts {
        items.push(Value::qstr(vm.qstrs.intern(&t)));
    }
    vm.new_list(items)
}

/// The data attributes (not methods) instances of a builtin type read, for `dir`.
fn data_attributes(t: TypeId) -> &'static [&'static str] {
    match t {
        TypeId::Int => &["real", "imag", "numerator", "denominator"],
        TypeId::Float | TypeId::Complex => &["real", "imag"],
        TypeId::Range | TypeId::Slice => &["start", "stop", "step"],
        TypeId::Property => &["fget", "fset", "fdel"],
        TypeId::BaseException => &[
            "args",
            "__traceback__",
            "__cause__",
            "__context__",
            "__suppress_context__",
            "__dict__",
        ],
        TypeId::Type => &[
            "__name__",
            "__qualname__",
            "__module__",
            "__mro__",
            "__bases__",
            "__dict__",
        ],
        _ => &[],
    }
}

impl Vm {
    /// Sorts values as `sorted()` would.
    fn sort_values(&mut self, items: &mut Vec<Value>) -> PyResult<()> {
        let list = self.new_list(core::mem::take(items))?;
        self.roots.push(list);
        let r = crate::types::list::sort(self, &[list], Kw::NONE);
        self.roots.pop();
        r?;
        *items = self.list_items(list).to_vec();
        Ok(())
    }
}
