//! Calls: binding arguments to parameters, entering Python functions, and calling natives,
//! types and bound methods.
//!
//! Arguments are passed on the value stack: a Python callee's locals start where its first
//! argument already lies, so a call copies nothing in the common case.

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::builtins::{Kw, NATIVES};
use crate::bytecode::{Code, flags};
use crate::heap::{Function, Obj};
use crate::types::TypeId;
use crate::value::Value;

/// Arguments a native call takes on the Rust stack instead of in a `Vec`.
const SMALL_ARGS: usize = 6;

impl Vm {
    #[inline]
    pub(crate) fn is_function(&self, f: Value) -> bool {
        matches!(self.heap.get(f), Some(Obj::Function(_)))
    }

    pub(crate) fn make_function(&mut self, code: Rc<Code>) -> PyResult {
        let closure = if code.flags & flags::HAS_CLOSURE != 0 {
            self.stack.pop().unwrap_or(Value::UNBOUND)
        } else {
            Value::UNBOUND
        };
        let kwdefaults = if code.flags & flags::HAS_KWDEFAULTS != 0 {
            self.stack.pop().unwrap_or(Value::UNBOUND)
        } else {
            Value::UNBOUND
        };
        let defaults = if code.flags & flags::HAS_DEFAULTS != 0 {
            self.stack.pop().unwrap_or(Value::UNBOUND)
        } else {
            Value::UNBOUND
        };
        let globals = self.frames.last().map_or(self.main_globals, |f| f.globals);
        // Keep the popped parts rooted while allocating.
        self.roots.extend([closure, kwdefaults, defaults]);
        let f = self.alloc(Obj::Function(Box::new(Function {
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            dict: Value::UNBOUND,
            meta: Value::UNBOUND,
        })));
        self.roots.truncate(self.roots.len() - 3);
        f
    }

    /// Pushes a frame for Python function `f` called with `nargs` positional arguments at
    /// `args_at` (and keyword values after them, named by the tuple `kwnames`). The callee
    /// and arguments start at `ret_sp`, dropped when the frame returns.
    pub(crate) fn enter_function(
        &mut self,
        f: Value,
        args_at: usize,
        nargs: usize,
        kwnames: Option<Value>,
        ret_sp: usize,
    ) -> PyResult<()> {
        let Some(Obj::Function(func)) = self.heap.get(f) else {
            return Err(self.type_error("not a function"));
        };
        let code = func.code.clone();
        let globals = func.globals;
        let (defaults, kwdefaults, closure) = (func.defaults, func.kwdefaults, func.closure);
        let simple = kwnames.is_none()
            && nargs == code.argcount as usize
            && code.kwonlycount == 0
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0;
        if !simple && !self.fill_defaults(&code, defaults, args_at, nargs, kwnames) {
            self.bind_arguments(&code, defaults, kwdefaults, args_at, nargs, kwnames)?;
        }
        if self.frames.len() >= self.config.max_depth {
            return Err(self.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"));
        }
        let nlocals = code.nlocals as usize;
        self.stack.resize(args_at + nlocals, Value::UNBOUND);
        // Captured locals live in cells; free variables come from the closure.
        for i in 0..code.cellslots.len() {
            let slot = args_at + code.cellslots[i] as usize;
            let cell = self.alloc(Obj::Cell(self.stack[slot]))?;
            self.stack[slot] = cell;
        }
        if let Some(Obj::Tuple(cells)) = self.heap.get(closure) {
            let start = args_at + code.freestart as usize;
            for (i, &cell) in cells.iter().enumerate() {
                if let Some(slot) = self.stack.get_mut(start + i) {
                    *slot = cell;
                }
            }
        }
        self.tick()?;
        if code.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
            // The call makes a generator holding the bound locals; no frame runs yet.
            self.stack.truncate(args_at + nlocals);
            let g = self.make_generator(code, globals, args_at)?;
            self.stack.truncate(ret_sp);
            self.stack.push(g);
            return Ok(());
        }
        self.push_frame_unchecked(code, args_at, ret_sp, globals);
        Ok(())
    }

    /// The common call that leaves trailing parameters to their defaults (positional
    /// arguments only, no `*`/`**` parameters): appends the defaults after the arguments.
    /// False, touching nothing, for every other call.
    fn fill_defaults(
        &mut self,
        code: &Code,
        defaults: Value,
        args_at: usize,
        nargs: usize,
        kwnames: Option<Value>,
    ) -> bool {
        let argcount = code.argcount as usize;
        if kwnames.is_some()
            || nargs >= argcount
            || code.kwonlycount != 0
            || code.flags & (flags::VARARGS | flags::VARKEYWORDS) != 0
            || self.stack.len() != args_at + nargs
        {
            return false;
        }
        let Some(Obj::Tuple(items)) = self.heap.get(defaults) else {
            return false;
        };
        let missing = argcount - nargs;
        if missing > items.len() {
            return false;
        }
        self.stack
            .extend_from_slice(&items[items.len() - missing..]);
        true
    }

    /// Whether calling `f` runs a frame (else it makes a generator or coroutine).
    pub(crate) fn runs_frame(&self, f: Value) -> bool {
        match self.heap.get(f) {
            Some(Obj::Function(func)) => {
                func.code.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR)
                    == 0
            }
            _ => false,
        }
    }

    /// The general case of binding: defaults, keywords, `*args`, `**kwargs`, and CPython's
    /// messages for every mismatch. Leaves exactly the parameters at `args_at..`.
    fn bind_arguments(
        &mut self,
        code: &Code,
        defaults: Value,
        kwdefaults: Value,
        args_at: usize,
        nargs: usize,
        kwnames: Option<Value>,
    ) -> PyResult<()> {
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlycount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let nparams = argcount + kwonly + has_varargs as usize + has_varkw as usize;
        let names: Vec<Value> = match kwnames {
            Some(t) => self.tuple_items(t).to_vec(),
            None => Vec::new(),
        };
        let kwvalues: Vec<Value> =
            self.stack[args_at + nargs..args_at + nargs + names.len()].to_vec();
        let positional: Vec<Value> = self.stack[args_at..args_at + nargs].to_vec();
        let fname = String::from(self.qstr_text(code.qualname));
        let mut params = vec![Value::UNBOUND; nparams];
        let ndefaults = self.tuple_items(defaults).len();
        if nargs > argcount && !has_varargs {
            let given_kwonly = names
                .iter()
                .filter(|n| {
                    code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|&q| Value::qstr(q) == **n)
                })
                .count();
            let takes = if ndefaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - ndefaults,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let kw_note = if given_kwonly > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if nargs == 1 { "" } else { "s" },
                    given_kwonly,
                    if given_kwonly == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let was = if nargs == 1 && given_kwonly == 0 {
                "was"
            } else {
                "were"
            };
            let msg = format!("{fname}() takes {takes} but {nargs}{kw_note} {was} given");
            return Err(self.type_error(&msg));
        }
        for (i, &v) in positional.iter().enumerate().take(argcount) {
            params[i] = v;
        }
        if has_varargs {
            let extra = positional
                .get(argcount..)
                .map(|s| s.to_vec())
                .unwrap_or_default();
            params[argcount + kwonly] = self.new_tuple(extra)?;
            self.roots.push(params[argcount + kwonly]);
        }
        let varkw_at = argcount + kwonly + has_varargs as usize;
        let mut varkw = Value::UNBOUND;
        if has_varkw {
            varkw = self.new_dict()?;
            params[varkw_at] = varkw;
            self.roots.push(varkw);
        }
        let result = (|| {
            for (name, &value) in names.iter().zip(&kwvalues) {
                let slot = code.varnames[code.posonlycount as usize..argcount + kwonly]
                    .iter()
                    .position(|&q| Value::qstr(q) == *name)
                    .map(|i| i + code.posonlycount as usize);
                match slot {
                    Some(i) => {
                        if params[i] != Value::UNBOUND {
                            let msg = format!(
                                "{fname}() got multiple values for argument '{}'",
                                self.string_of(*name)
                            );
                            return Err(self.type_error(&msg));
                        }
                        params[i] = value;
                    }
                    None if has_varkw => self.dict_set(varkw, *name, value)?,
                    None => {
                        let n = self.string_of(*name);
                        let posonly = code.varnames[..code.posonlycount as usize]
                            .iter()
                            .any(|&q| Value::qstr(q) == *name);
                        let msg = if posonly {
                            format!(
                                "{fname}() got some positional-only arguments passed as keyword arguments: '{n}'"
                            )
                        } else {
                            format!("{fname}() got an unexpected keyword argument '{n}'")
                        };
                        return Err(self.type_error(&msg));
                    }
                }
            }
            // Defaults for missing positional parameters.
            let defaults_items = self.tuple_items(defaults).to_vec();
            let first_default = argcount - defaults_items.len();
            let mut missing = Vec::new();
            for i in 0..argcount {
                if params[i] == Value::UNBOUND {
                    if i >= first_default {
                        params[i] = defaults_items[i - first_default];
                    } else {
                        missing.push(code.varnames[i]);
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_arguments(&fname, &missing, "positional"));
            }
            let mut missing = Vec::new();
            for (i, &name) in code
                .varnames
                .iter()
                .enumerate()
                .take(argcount + kwonly)
                .skip(argcount)
            {
                if params[i] == Value::UNBOUND {
                    match self.dict_get(kwdefaults, Value::qstr(name))? {
                        Some(v) => params[i] = v,
                        None => missing.push(name),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_arguments(&fname, &missing, "keyword-only"));
            }
            Ok(())
        })();
        self.roots
            .truncate(self.roots.len() - has_varargs as usize - has_varkw as usize);
        result?;
        self.stack.truncate(args_at);
        self.stack.extend_from_slice(&params);
        Ok(())
    }

    pub(crate) fn missing_arguments(
        &mut self,
        fname: &str,
        missing: &[crate::qstr::Qstr],
        kind: &str,
    ) -> super::Raised {
        let names: Vec<String> = missing
            .iter()
            .map(|&q| format!("'{}'", self.qstr_text(q)))
            .collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
        };
        let plural = if names.len() == 1 { "" } else { "s" };
        let msg = format!(
            "{fname}() missing {} required {kind} argument{plural}: {list}",
            names.len()
        );
        self.type_error(&msg)
    }

    /// Calls `f` with arguments already on the stack (`nargs` positional at `args_at`, then
    /// keyword values named by `kwnames`), for callables that are not Python functions, or
    /// for Python functions from native code (re-entering the loop).
    pub(crate) fn call_stacked(
        &mut self,
        f: Value,
        args_at: usize,
        nargs: usize,
        kwnames: Option<Value>,
    ) -> PyResult {
        let nkw = kwnames.map_or(0, |t| self.tuple_items(t).len());
        if self.is_function(f) {
            let ret_sp = self.stack.len();
            // Copy the arguments above everything, so the callee owns its locals.
            self.stack
                .extend_from_within(args_at..args_at + nargs + nkw);
            let frame = self.runs_frame(f);
            self.enter_function(f, ret_sp, nargs, kwnames, ret_sp)?;
            if !frame {
                let g = self.stack.pop().unwrap_or(Value::NONE);
                return Ok(g);
            }
            return self.run_nested();
        }
        if let Some(Obj::BoundMethod { func, receiver }) = self.heap.get(f) {
            let (func, receiver) = (*func, *receiver);
            let mut buf: Vec<Value> = Vec::with_capacity(nargs + nkw + 1);
            buf.push(receiver);
            buf.extend_from_slice(&self.stack[args_at..args_at + nargs + nkw]);
            let at = self.stack.len();
            self.stack.extend_from_slice(&buf);
            let r = self.call_stacked(func, at, nargs + 1, kwnames);
            self.stack.truncate(at);
            return r;
        }
        let mut buf: Vec<Value> = Vec::new();
        if nkw == 0 && nargs <= SMALL_ARGS {
            // The common call: positional arguments copied to the Rust stack, no allocation.
            let mut small = [Value::NONE; SMALL_ARGS];
            small[..nargs].copy_from_slice(&self.stack[args_at..args_at + nargs]);
            return self.call_native_or_type(f, &small[..nargs], Kw::NONE);
        }
        buf.extend_from_slice(&self.stack[args_at..args_at + nargs]);
        let kw_names: Vec<Value> = kwnames
            .map(|t| self.tuple_items(t).to_vec())
            .unwrap_or_default();
        let kw_values: Vec<Value> = self.stack[args_at + nargs..args_at + nargs + nkw].to_vec();
        let kw = Kw {
            names: &kw_names,
            values: &kw_values,
        };
        self.call_native_or_type(f, &buf, kw)
    }

    /// CPython names the class that defines a method in three of its argument errors
    /// ("bytes.upper() takes no arguments (1 given)", "... takes exactly one argument",
    /// "... takes no keyword arguments"). Natives are shared between types (bytes and
    /// bytearray, set and frozenset), so the owner is known only here, from the receiver:
    /// such an error from method `n` is raised again with the owner's name in front.
    fn qualify_method_error(
        &mut self,
        raised: super::Raised,
        n: u16,
        receiver: Value,
    ) -> super::Raised {
        let name = NATIVES[usize::from(n)].name;
        let pending = self.pending;
        if !self.is_instance(pending, Value::builtin_type(TypeId::TypeError)) {
            return raised;
        }
        let Some(Obj::Exception(e)) = self.heap.get(pending) else {
            return raised;
        };
        let message = match self.tuple_items(e.args) {
            [m] => self.str_text(*m).map(String::from),
            _ => None,
        };
        // The set methods that frozenset and the dict views share name set already.
        let Some(rest) = message
            .as_deref()
            .map(|m| m.strip_prefix("set.").unwrap_or(m))
            .and_then(|m| m.strip_prefix(name))
        else {
            return raised;
        };
        if !(rest.starts_with("() takes no arguments (")
            || rest.starts_with("() takes exactly one argument (")
            || rest == "() takes no keyword arguments")
        {
            return raised;
        }
        let owner = match crate::builtins::native_owner(self, n) {
            Some(TypeId::BaseException) => "BaseException",
            _ if self.is_type(receiver) => self.type_name(receiver),
            _ => self.type_id_of(self.payload(receiver)).short_name(),
        };
        let msg = format!("{owner}.{name}{rest}");
        self.pending = Value::NONE;
        self.type_error(&msg)
    }

    fn call_native_or_type(&mut self, f: Value, args: &[Value], kw: Kw) -> PyResult {
        if f.as_module_fn().is_some() {
            return self.call_module_fn(f, args, kw);
        }
        if let Some(i) = f.as_native() {
            let Some(native) = NATIVES.get(i as usize) else {
                return Err(self.type_error("bad native"));
            };
            // A method taken from its type and called with no receiver: `int.bit_length()`.
            if (crate::builtins::FIRST_METHOD..crate::builtins::FIRST_SPECIAL).contains(&i)
                && args.is_empty()
                && !crate::builtins::is_class_method(i)
            {
                let owner = crate::builtins::native_owner(self, i);
                let msg = match owner {
                    Some(t) => format!(
                        "unbound method {}.{}() needs an argument",
                        t.short_name(),
                        native.name
                    ),
                    None => format!("unbound method {}() needs an argument", native.name),
                };
                return Err(self.type_error(&msg));
            }
            if (crate::builtins::FIRST_METHOD..crate::builtins::FIRST_SPECIAL).contains(&i)
                && !kw.is_empty()
                && let Some(&first) = args.first()
                && match crate::builtins::native_owner(self, i) {
                    Some(TypeId::Bytes | TypeId::ByteArray | TypeId::MemoryView) => {
                        !crate::builtins::bytes_method_takes_keywords(native.name)
                    }
                    Some(TypeId::MappingProxy) => true,
                    _ => false,
                }
            {
                // A class method (`bytes.fromhex`) receives its type first.
                let owner = if self.is_type(first) {
                    self.type_name(first)
                } else {
                    self.type_name_of(first)
                };
                let msg = format!("{owner}.{}() takes no keyword arguments", native.name);
                return Err(self.type_error(&msg));
            }
            if i >= crate::builtins::FIRST_SPECIAL
                && !kw.is_empty()
                && !crate::builtins::special_takes_keywords(i)
            {
                let msg = match args.first() {
                    Some(&first)
                        if crate::builtins::special_is_method(
                            i,
                            self.type_id_of(self.payload(first)),
                        ) =>
                    {
                        // The class that defines the method: an exception's come from
                        // BaseException, an instance of a class uses object's; a method
                        // bound to a class names that class.
                        let owner = if self.is_type(first) {
                            self.type_name(first)
                        } else if native.name == "__format__" {
                            crate::types::object::format_owner(self, first)
                        } else if self
                            .is_instance(first, Value::builtin_type(TypeId::BaseException))
                        {
                            "BaseException"
                        } else if self.user_class_of(self.payload(first)).is_some() {
                            "object"
                        } else {
                            self.type_name_of(self.payload(first))
                        };
                        format!("{owner}.{}() takes no keyword arguments", native.name)
                    }
                    _ => format!("wrapper {}() takes no keyword arguments", native.name),
                };
                return Err(self.type_error(&msg));
            }
            // A plain method of a builtin type called on a subclass instance
            // (`list.append(my_list, x)`) acts on the builtin value it extends.
            if (crate::builtins::FIRST_METHOD..crate::builtins::FIRST_SPECIAL).contains(&i)
                && !crate::builtins::receives_instance(i)
                && let Some(&first) = args.first()
                && self.payload(first) != first
            {
                let mut buf = args.to_vec();
                buf[0] = self.payload(first);
                let r = (native.f)(self, &buf, kw);
                return r.map_err(|e| self.qualify_method_error(e, i, first));
            }
            let r = (native.f)(self, args, kw);
            if (crate::builtins::FIRST_METHOD..crate::builtins::FIRST_SPECIAL).contains(&i)
                && let Some(&first) = args.first()
            {
                return r.map_err(|e| self.qualify_method_error(e, i, first));
            }
            return r;
        }
        if let Some(t) = f.as_builtin_type() {
            return crate::builtins::construct(self, t, args, kw);
        }
        match self.heap.get(f) {
            Some(Obj::Class(_)) => return self.call_class(f, args, kw),
            Some(Obj::Descr(d)) => match **d {
                crate::heap::Descr::StaticMethod(inner) => {
                    return self.call_with_kw(inner, args, kw);
                }
                // Calling `list[int]` calls `list`.
                crate::heap::Descr::Alias { origin, .. } => {
                    return self.call_with_kw(origin, args, kw);
                }
                crate::heap::Descr::Method { owner, func } => {
                    if let Some(&first) = args.first()
                        && !self.is_instance(first, owner)
                    {
                        return Err(self.descriptor_mismatch(owner, func, first));
                    }
                    // A special method taken from its type and called with nothing (the
                    // constructors and class hooks have their own checks).
                    if args.is_empty()
                        && let Some(n) = func.as_native()
                        && n >= crate::builtins::FIRST_SPECIAL
                        && !crate::builtins::special_takes_keywords(n)
                    {
                        let msg = format!(
                            "descriptor '{}' of '{}' object needs an argument",
                            NATIVES[usize::from(n)].name,
                            self.type_name(owner)
                        );
                        return Err(self.type_error(&msg));
                    }
                    return self.call_native_or_type(func, args, kw);
                }
                _ => {}
            },
            _ => {}
        }
        if let Some(t) = self.user_class_of(f)
            && let Some(call) = self.lookup_user(t, crate::qstr::Q::__call__)
        {
            if call.is_none() {
                // `__call__ = None` is calling None.
                return Err(self.type_error("'NoneType' object is not callable"));
            }
            let mut buf = Vec::with_capacity(args.len() + 1);
            buf.push(f);
            buf.extend_from_slice(args);
            return self.call_with_kw(call, &buf, kw);
        }
        let name = String::from(self.type_name_of(f));
        Err(self.type_error(&format!("'{name}' object is not callable")))
    }

    /// The error of a method descriptor of builtin type `owner` called on `first`, worded
    /// as CPython words it for methods and for slot wrappers.
    fn descriptor_mismatch(&mut self, owner: Value, func: Value, first: Value) -> super::Raised {
        let n = func.as_native().unwrap_or(0);
        let name = NATIVES.get(n as usize).map_or("?", |n| n.name);
        let (tn, got) = (
            String::from(self.type_name(owner)),
            String::from(self.type_name_of(first)),
        );
        // Slot wrappers and plain methods word it differently.
        let plain = owner
            .as_builtin_type()
            .is_some_and(|t| crate::builtins::special_is_method(n, t));
        let msg = if n >= crate::builtins::FIRST_SPECIAL && !plain {
            format!("descriptor '{name}' requires a '{tn}' object but received a '{got}'")
        } else {
            format!("descriptor '{name}' for '{tn}' objects doesn't apply to a '{got}' object")
        };
        self.type_error(&msg)
    }

    /// Calls `f(*args, **kw)` from native code.
    pub(crate) fn call_with_kw(&mut self, f: Value, args: &[Value], kw: Kw) -> PyResult {
        if kw.is_empty() {
            return self.call_value(f, args);
        }
        let names = self.new_tuple(kw.names.to_vec())?;
        let at = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        self.stack.extend_from_slice(kw.values);
        self.roots.push(names);
        let r = self.call_stacked(f, at + 1, args.len(), Some(names));
        self.roots.pop();
        self.stack.truncate(at);
        r
    }

    /// Runs a class body function with `ns` as its namespace.
    pub(crate) fn run_class_body(&mut self, body: Value, ns: Value) -> PyResult {
        let at = self.stack.len();
        self.stack.push(body);
        let r = self.enter_function(body, at + 1, 0, None, at);
        if let Err(raised) = r {
            self.stack.truncate(at);
            return Err(raised);
        }
        if let Some(frame) = self.frames.last_mut() {
            frame.locals = ns;
        }
        let r = self.run_nested();
        self.stack.truncate(at);
        r
    }

    /// Runs a frame pushed by native code to completion (re-entering the dispatch loop).
    fn run_nested(&mut self) -> PyResult {
        self.native_depth += 1;
        let r = if self.too_deep() {
            self.frames.pop();
            Err(self.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"))
        } else {
            self.run_frames()
        };
        self.native_depth -= 1;
        self.keep_young(r)
    }

    /// A value Python code hands back to native code is fresh to it, as an allocation is:
    /// it stays a root until the native code's caller reaches its next instruction (the
    /// nested dispatch loop that made it has already let go of it).
    #[inline]
    pub(crate) fn keep_young(&mut self, r: PyResult) -> PyResult {
        if let Ok(v) = r
            && v.as_handle().is_some()
        {
            self.young.push(v);
        }
        r
    }

    /// Calls `f(*args)` from native code.
    pub(crate) fn call_value(&mut self, f: Value, args: &[Value]) -> PyResult {
        let at = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        let r = self.call_stacked(f, at + 1, args.len(), None);
        self.stack.truncate(at);
        r
    }

    /// `f(*args, **kwargs)`: `args` is a tuple, `kwargs` a dict or None.
    pub(crate) fn call_ex(&mut self, f: Value, args: Value, kwargs: Value) -> PyResult {
        let at = self.stack.len();
        let (nargs, kwnames) = self.stack_ex_args(f, args, kwargs)?;
        if let Some(t) = kwnames {
            self.roots.push(t);
        }
        let r = self.call_stacked(f, at + 1, nargs, kwnames);
        if kwnames.is_some() {
            self.roots.pop();
        }
        self.stack.truncate(at);
        r
    }

    /// Lays out `f(*args, **kwargs)` as a stacked call: pushes `f`, the positional
    /// arguments and the keyword values; gives the positional count and the keyword names
    /// (a tuple, for `call_stacked`/`enter_function`). On error the stack is as before.
    pub(crate) fn stack_ex_args(
        &mut self,
        f: Value,
        args: Value,
        kwargs: Value,
    ) -> PyResult<(usize, Option<Value>)> {
        let at = self.stack.len();
        let positional = self.tuple_items(args).to_vec();
        self.stack.push(f);
        self.stack.extend_from_slice(&positional);
        let mut names = Vec::new();
        if let Some(Obj::Dict(d)) = self.heap.get(kwargs) {
            let entries: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
            for (k, v) in entries {
                if self.str_text(k).is_none() {
                    self.stack.truncate(at);
                    return Err(self.type_error("keywords must be strings"));
                }
                let q = match k.as_qstr() {
                    Some(q) => q,
                    None => {
                        let text = self.string_of(k);
                        self.qstrs.intern(&text)
                    }
                };
                names.push(Value::qstr(q));
                self.stack.push(v);
            }
        }
        let kwnames = if names.is_empty() {
            None
        } else {
            match self.new_tuple(names) {
                Ok(t) => Some(t),
                Err(r) => {
                    self.stack.truncate(at);
                    return Err(r);
                }
            }
        };
        Ok((positional.len(), kwnames))
    }
}
