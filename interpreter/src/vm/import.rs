//! `import`: finding modules (native tables first, then `.py` files and package directories
//! along `sys.path`, read through the `Port`), running them once, and `sys.modules`.
//!
//! The steps and their errors follow CPython's `importlib._bootstrap`: a relative name is
//! resolved against the importing module's package; each parent package is imported before
//! its submodule, whose search path is the parent's `__path__`; a module is entered in
//! `sys.modules` before its code runs (so a circular import sees the partial module) and
//! removed again if its code raises; a submodule becomes an attribute of its parent.
//!
//! Invariants: a module whose code is running is in `importing` (rooted there even if a
//! program deletes it from `sys.modules`), which is how `from m import x` tells a circular
//! import from a missing name.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::{PyResult, Raised, Vm};
use crate::heap::Obj;
use crate::port::{FileError, FileKind};
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;

/// What a module's code is made from.
enum Body<'a> {
    Source(&'a str),
    /// A compiled module file's bytes (`crate::image`).
    Image(&'a [u8]),
    Frozen(&'static crate::modules::frozen::Frozen),
}

/// Where a module was found.
enum Found {
    Native(u16),
    Frozen(&'static crate::modules::frozen::FrozenModule),
    /// A `.py` file or a compiled `.upyc` beside it; `package` holds the package's directory
    /// when it is an `__init__`.
    Source {
        file: String,
        package: Option<String>,
    },
    /// A directory without `__init__.py` (a namespace package), with every such directory
    /// found along the search path.
    Namespace(Vec<String>),
}

impl Vm {
    /// Makes the modules every VM has from the start: `builtins`, `sys` and `__main__`.
    pub(crate) fn init_modules(&mut self) -> PyResult<()> {
        for name in ["builtins", "sys"] {
            let Some(index) = self.native_module_index(name) else {
                continue;
            };
            let module = self.make_native_module(index)?;
            let key = Value::qstr(self.qstrs.intern(name));
            self.dict_set(self.modules, key, module)?;
            if name == "sys" {
                self.sys_module = module;
            }
        }
        let main = self.new_module_in(self.main_globals, Q::__main__, None)?;
        self.dict_set(self.modules, Value::qstr(Q::__main__), main)
    }

    /// What `sys.platform` says.
    pub(crate) fn platform(&self) -> &'static str {
        self.port.platform()
    }

    /// Sets the recursion limit (`sys.setrecursionlimit`).
    pub(crate) fn set_max_depth(&mut self, depth: usize) {
        self.config.max_depth = depth;
    }

    /// The exception being handled, if any (`sys.exc_info`).
    pub(crate) fn handled_exception(&self) -> Option<Value> {
        self.handled.last().copied().filter(|v| !v.is_none())
    }

    /// Sets the optimisation level of code compiled from now on (`micropython.opt_level`,
    /// the unix port's `-O`): from 1, `assert` statements are left out and `__debug__` is
    /// False.
    pub fn set_opt_level(&mut self, level: u8) {
        self.opt_level = level;
    }

    /// Sets `sys.argv` (the port passes the script and its arguments).
    pub fn set_argv(&mut self, argv: &[&str]) {
        let _ = self.set_sys_list("argv", argv);
    }

    /// Sets `sys.path`, the directories `import` searches, first to last.
    pub fn set_path(&mut self, path: &[&str]) {
        let _ = self.set_sys_list("path", path);
    }

    fn set_sys_list(&mut self, name: &str, items: &[&str]) -> PyResult<()> {
        let mut values = Vec::with_capacity(items.len());
        for item in items {
            let s = self.new_str_from(item)?;
            values.push(s);
            self.roots.push(s);
        }
        self.roots.truncate(self.roots.len() - values.len());
        let list = self.new_list(values)?;
        self.module_set(self.sys_module, name, list)
    }

    /// `IMPORT_NAME`: `__import__(name, globals, locals, fromlist, level)`, through a
    /// replacement `builtins.__import__` if a program installed one.
    pub(crate) fn import_op(
        &mut self,
        name: Qstr,
        globals: Value,
        locals: Value,
        fromlist: Value,
        level: Value,
    ) -> PyResult {
        let builtins = self.builtins_of(globals);
        let hook = self.dict_get_qstr(builtins, Q::__import__);
        match hook {
            Some(f) if f != Value::native(crate::builtins::N::Import as u16) => {
                let locals = if locals == Value::UNBOUND {
                    globals
                } else {
                    locals
                };
                self.call_value(f, &[Value::qstr(name), globals, locals, fromlist, level])
            }
            Some(_) => {
                let text = String::from(self.qstr_text(name));
                let level = level.as_small().unwrap_or(0);
                self.import_module_level(&text, globals, fromlist, level)
            }
            None => Err(self.raise_new(TypeId::ImportError, "__import__ not found")),
        }
    }

    /// What `__import__` does: imports `name` (relative to `globals`' package when `level`
    /// is above 0) and returns the top package, or the module itself when a `fromlist` asks
    /// for names in it.
    pub(crate) fn import_module_level(
        &mut self,
        name: &str,
        globals: Value,
        fromlist: Value,
        level: i64,
    ) -> PyResult {
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        let absolute = if level > 0 {
            let package = self.package_of(globals)?;
            self.resolve_name(name, package.as_deref(), level as usize)?
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            String::from(name)
        };
        let module = self.import_absolute(&absolute)?;
        let wants_names = !fromlist.is_none() && self.truthy(fromlist)?;
        if !wants_names {
            if level == 0 {
                let top = name.split('.').next().unwrap_or(name);
                return self.sys_module_named(top);
            }
            if name.is_empty() {
                return Ok(module);
            }
            // The top of the imported name, counted from the resolved package.
            let first = name.split('.').next().unwrap_or(name);
            let cut = name.len() - first.len();
            return self.sys_module_named(&absolute[..absolute.len() - cut]);
        }
        self.handle_fromlist(module, fromlist, false)?;
        Ok(module)
    }

    /// `sys.modules[name]`, which the import just made (a KeyError if the program removed it).
    fn sys_module_named(&mut self, name: &str) -> PyResult {
        let key = self.new_str_from(name)?;
        match self.dict_get(self.modules, key)? {
            Some(m) => Ok(m),
            None => {
                let msg = format!("'{name}'");
                Err(self.raise_new(TypeId::KeyError, &msg))
            }
        }
    }

    /// Imports the submodules a `from package import a, b` names that are not attributes
    /// yet; `*` imports those of the package's `__all__`.
    fn handle_fromlist(&mut self, module: Value, fromlist: Value, recursive: bool) -> PyResult<()> {
        // Only a package (anything with a `__path__`, asked as `hasattr` asks) has submodules
        // to import; a module `__getattr__` that raises something else is heard.
        match self.load_attr(module, Q::__path__) {
            Ok(_) => {}
            Err(raised) => {
                if self.is_instance(self.pending, Value::builtin_type(TypeId::AttributeError)) {
                    self.pending = Value::NONE;
                    return Ok(());
                }
                return Err(raised);
            }
        }
        let Some(dict) = self.module_dict(module) else {
            return Ok(());
        };
        let items = self.collect_iterable(fromlist)?;
        self.roots.extend_from_slice(&items);
        let r = self.fromlist_items(module, dict, &items, recursive);
        self.roots.truncate(self.roots.len() - items.len());
        r
    }

    fn fromlist_items(
        &mut self,
        module: Value,
        dict: Value,
        items: &[Value],
        recursive: bool,
    ) -> PyResult<()> {
        let package = self.module_name(module).unwrap_or_default();
        for &item in items {
            let Some(text) = self.str_text(item).map(String::from) else {
                let what = if recursive {
                    format!("{package}.__all__")
                } else {
                    String::from("``from list''")
                };
                let msg = format!(
                    "Item in {what} must be str, not {}",
                    self.type_name_of(item)
                );
                return Err(self.type_error(&msg));
            };
            if text == "*" {
                if !recursive && let Some(all) = self.dict_get_qstr(dict, Q::__all__) {
                    self.handle_fromlist(module, all, true)?;
                }
                continue;
            }
            let key = self.new_str_from(&text)?;
            if self.dict_get(dict, key)?.is_some() {
                continue;
            }
            let sub = format!("{package}.{text}");
            if let Err(raised) = self.import_absolute(&sub) {
                // A missing submodule of that name is fine: the name may be looked up (and
                // reported missing) by the `from` import itself.
                if self.is_module_not_found(&sub) {
                    self.pending = Value::NONE;
                    continue;
                }
                return Err(raised);
            }
        }
        Ok(())
    }

    /// Whether the pending exception is a ModuleNotFoundError for module `name`.
    fn is_module_not_found(&mut self, name: &str) -> bool {
        let exc = self.pending;
        if !self.is_instance(exc, Value::builtin_type(TypeId::ModuleNotFoundError)) {
            return false;
        }
        let found = self
            .instance_dict(exc)
            .filter(|&d| d != Value::UNBOUND)
            .and_then(|d| self.dict_get_qstr(d, Q::name));
        found.and_then(|n| self.str_text(n)) == Some(name)
    }

    /// The package a relative import in `globals` is relative to (CPython's
    /// `_calc___package__`): `__package__`, else `__name__` for a package, else its parent.
    fn package_of(&mut self, globals: Value) -> PyResult<Option<String>> {
        if !matches!(self.heap.get(globals), Some(Obj::Dict(_))) {
            return Err(self.type_error("globals must be a dict"));
        }
        if let Some(p) = self.dict_get_qstr(globals, Q::__package__)
            && !p.is_none()
        {
            return match self.str_text(p) {
                Some(text) => Ok(Some(String::from(text))),
                None => Err(self.type_error("package must be a string")),
            };
        }
        let Some(name) = self.dict_get_qstr(globals, Q::__name__) else {
            return Err(self.raise_new(TypeId::KeyError, "'__name__' not in globals"));
        };
        let Some(name) = self.str_text(name).map(String::from) else {
            return Err(self.type_error("__name__ must be a string"));
        };
        if self.dict_get_qstr(globals, Q::__path__).is_some() {
            return Ok(Some(name));
        }
        Ok(Some(match name.rfind('.') {
            Some(dot) => String::from(&name[..dot]),
            None => String::new(),
        }))
    }

    /// The absolute name of `name` imported `level` dots up from `package`.
    fn resolve_name(
        &mut self,
        name: &str,
        package: Option<&str>,
        level: usize,
    ) -> PyResult<String> {
        let package = package.unwrap_or("");
        if package.is_empty() {
            return Err(self.raise_new(
                TypeId::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
        let parts: Vec<&str> = package.rsplitn(level, '.').collect();
        if parts.len() < level {
            return Err(self.raise_new(
                TypeId::ImportError,
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts.last().copied().unwrap_or("");
        Ok(if name.is_empty() {
            String::from(base)
        } else {
            format!("{base}.{name}")
        })
    }

    /// Imports the module with absolute name `name` and each package above it; returns it.
    pub(crate) fn import_absolute(&mut self, name: &str) -> PyResult {
        let key = self.new_str_from(name)?;
        self.roots.push(key);
        let r = self.import_absolute_at(name, key);
        self.roots.pop();
        r
    }

    fn import_absolute_at(&mut self, name: &str, key: Value) -> PyResult {
        if let Some(m) = self.dict_get(self.modules, key)? {
            if m.is_none() {
                let msg = format!("import of {name} halted; None in sys.modules");
                return Err(self.module_not_found(&msg, name));
            }
            return Ok(m);
        }
        let (parent, search) = match name.rfind('.') {
            Some(dot) => {
                let parent_name = &name[..dot];
                let parent = self.import_absolute(parent_name)?;
                // Importing the parent may have imported this module too.
                if let Some(m) = self.dict_get(self.modules, key)? {
                    return Ok(m);
                }
                let path = self
                    .module_dict(parent)
                    .and_then(|d| self.dict_get_qstr(d, Q::__path__));
                let Some(path) = path else {
                    let msg = format!("No module named '{name}'; '{parent_name}' is not a package");
                    return Err(self.module_not_found(&msg, name));
                };
                (Some(parent), Some(path))
            }
            None => (None, None),
        };
        let Some(found) = self.find_module(name, search)? else {
            let msg = format!("No module named '{name}'");
            return Err(self.module_not_found(&msg, name));
        };
        let module = self.load_module(name, key, found)?;
        if let Some(parent) = parent {
            self.roots.push(module);
            let tail = &name[name.rfind('.').map_or(0, |d| d + 1)..];
            let q = self.qstrs.intern(tail);
            let set = self.store_attr(parent, q, module);
            self.roots.pop();
            set?;
        }
        Ok(module)
    }

    /// A ModuleNotFoundError with message `msg` for module `name`.
    fn module_not_found(&mut self, msg: &str, name: &str) -> Raised {
        let r = self.raise_new(TypeId::ModuleNotFoundError, msg);
        match self.new_str_from(name) {
            Ok(n) => self.annotate_raised(r, &[(Q::name, n)]),
            Err(raised) => raised,
        }
    }

    /// Looks for module `name`: a native module (top-level names only), then along `search`
    /// (a package's `__path__`) or `sys.path`.
    fn find_module(&mut self, name: &str, search: Option<Value>) -> PyResult<Option<Found>> {
        if search.is_none()
            && let Some(index) = self.native_module_index(name)
        {
            return Ok(Some(Found::Native(index)));
        }
        if let Some(frozen) = self.frozen_module(name) {
            return Ok(Some(Found::Frozen(frozen)));
        }
        let search = match search {
            Some(path) => path,
            None => {
                let dict = self.module_dict(self.sys_module).unwrap_or(Value::NONE);
                match self.dict_get_qstr(dict, Q::path) {
                    Some(path) => path,
                    None => return Ok(None),
                }
            }
        };
        let entries = self.collect_iterable(search)?;
        let tail = &name[name.rfind('.').map_or(0, |d| d + 1)..];
        let mut namespace = Vec::new();
        for entry in entries {
            // CPython skips entries that are not strs.
            let Some(dir) = self.str_text(entry).map(String::from) else {
                continue;
            };
            let base = join(&dir, tail);
            if self.port.stat(&base) == Some(FileKind::Dir) {
                let init = join(&base, "__init__");
                if let Some(file) = self.module_file(&init) {
                    return Ok(Some(Found::Source {
                        file,
                        package: Some(base),
                    }));
                }
                namespace.push(base.clone());
            }
            if let Some(file) = self.module_file(&base) {
                return Ok(Some(Found::Source {
                    file,
                    package: None,
                }));
            }
        }
        Ok((!namespace.is_empty()).then_some(Found::Namespace(namespace)))
    }

    /// The module file for `base` (a path without extension): its compiled `.upyc` if there
    /// is one, else its `.py`.
    fn module_file(&mut self, base: &str) -> Option<String> {
        ["upyc", "py"].into_iter().find_map(|ext| {
            let file = format!("{base}.{ext}");
            (self.port.stat(&file) == Some(FileKind::File)).then_some(file)
        })
    }

    /// Makes, registers and runs the module `found` for `name` (whose str is `key`).
    fn load_module(&mut self, name: &str, key: Value, found: Found) -> PyResult {
        match found {
            Found::Native(index) => {
                let module = self.make_native_module(index)?;
                self.roots.push(module);
                let r = self.dict_set(self.modules, key, module);
                self.roots.pop();
                r?;
                return Ok(module);
            }
            Found::Namespace(dirs) => {
                let q = self.qstrs.intern(name);
                let module = self.new_module(q, None)?;
                self.roots.push(module);
                let r = self.set_module_path(module, name, &dirs, true);
                let r = r.and_then(|()| self.dict_set(self.modules, key, module));
                self.roots.pop();
                r?;
                return Ok(module);
            }
            Found::Source { file, package } => {
                let bytes = self.read_bytes(&file)?;
                let body = body_of(self, &file, &bytes)?;
                let q = self.qstrs.intern(name);
                let module = self.new_module(q, None)?;
                self.roots.push(module);
                let r = self.run_module_body(module, name, key, Some(&file), package, body);
                self.roots.pop();
                r?;
            }
            Found::Frozen(frozen) => {
                let q = self.qstrs.intern(name);
                let module = self.new_module(q, None)?;
                self.roots.push(module);
                let package = frozen.package.then(|| alloc::format!("<frozen {name}>"));
                let body = Body::Frozen(&frozen.code);
                let r = self.run_module_body(module, name, key, None, package, body);
                self.roots.pop();
                r?;
            }
        }
        // The module's code may have replaced its entry in `sys.modules`.
        match self.dict_get(self.modules, key)? {
            Some(m) => Ok(m),
            // A module that took itself out of `sys.modules`: the lookup's KeyError.
            None => Err(crate::types::dict::key_error(self, key)),
        }
    }

    /// Sets `__path__` (to `dirs`) and `__package__` of a package module.
    fn set_module_path(
        &mut self,
        module: Value,
        name: &str,
        dirs: &[String],
        package: bool,
    ) -> PyResult<()> {
        let dict = self.module_dict(module).unwrap_or(Value::NONE);
        let parent = if package {
            name
        } else {
            name.rfind('.').map_or("", |d| &name[..d])
        };
        let parent = self.new_str_from(parent)?;
        self.dict_set(dict, Value::qstr(Q::__package__), parent)?;
        if !package {
            return Ok(());
        }
        let mut items = Vec::with_capacity(dirs.len());
        for dir in dirs {
            let s = self.new_str_from(dir)?;
            self.roots.push(s);
            items.push(s);
        }
        self.roots.truncate(self.roots.len() - items.len());
        let list = self.new_list(items)?;
        self.dict_set(dict, Value::qstr(Q::__path__), list)
    }

    /// Reads a module file through the port, within what the heap has left.
    fn read_bytes(&mut self, file: &str) -> PyResult<Vec<u8>> {
        let budget = self.heap.budget();
        let left = budget.saturating_sub(self.heap.bytes());
        let bytes = match self.port.read_file(file, left) {
            Ok(bytes) => bytes,
            Err(FileError::TooBig) => {
                self.collect_garbage();
                let left = budget.saturating_sub(self.heap.bytes());
                match self.port.read_file(file, left) {
                    Ok(bytes) => bytes,
                    Err(_) => return Err(self.raise_new(TypeId::MemoryError, "")),
                }
            }
            Err(FileError::Os(errno)) => return Err(self.os_error_for(errno, file)),
        };
        Ok(bytes)
    }

    /// The OSError (subclass) for system error `errno` about `file`.
    fn os_error_for(&mut self, errno: i32, file: &str) -> Raised {
        match self.new_str_from(file) {
            Ok(name) => {
                self.roots.push(name);
                let r = self.os_error_errno(errno, Some(name));
                self.roots.pop();
                r
            }
            Err(raised) => raised,
        }
    }

    /// Makes the code object of a module's `body`, named `file` in tracebacks.
    fn module_code(
        &mut self,
        body: Body,
        file: &str,
    ) -> PyResult<alloc::rc::Rc<crate::bytecode::Code>> {
        match body {
            Body::Source(source) => {
                self.heap.hold(source.len());
                let code = self.compile(source, file, crate::compile::Mode::File);
                self.heap.release(source.len());
                code
            }
            Body::Image(bytes) => crate::image::load(self, bytes),
            Body::Frozen(crate::modules::frozen::Frozen::Source(source)) => {
                self.compile(source, file, crate::compile::Mode::File)
            }
            Body::Frozen(crate::modules::frozen::Frozen::Code(code)) => code.instantiate(self),
        }
    }

    /// Makes and runs a module's code in `module`, entered in `sys.modules` as `key` while it
    /// runs and removed again if it raises.
    fn run_module_body(
        &mut self,
        module: Value,
        name: &str,
        key: Value,
        file: Option<&str>,
        package: Option<String>,
        body: Body,
    ) -> PyResult<()> {
        let dict = self.module_dict(module).unwrap_or(Value::NONE);
        let frozen_name;
        let file = match file {
            Some(file) => {
                let file_value = self.new_str_from(file)?;
                self.dict_set(dict, Value::qstr(Q::__file__), file_value)?;
                file
            }
            None => {
                frozen_name = alloc::format!("<frozen {name}>");
                &frozen_name
            }
        };
        let dirs: Vec<String> = package.into_iter().collect();
        self.set_module_path(module, name, &dirs, !dirs.is_empty())?;
        let code = self.module_code(body, file)?;
        self.dict_set(self.modules, key, module)?;
        self.importing.push(module);
        let r = self.run_code_in(code, dict, dict);
        self.importing.pop();
        if let Err(raised) = r {
            let pending = self.pending;
            self.roots.push(pending);
            let _ = self.dict_delete(self.modules, key);
            self.roots.pop();
            self.pending = pending;
            return Err(raised);
        }
        Ok(())
    }

    /// `IMPORT_FROM`: `module.name`, else the submodule `module.__name__ + '.' + name` from
    /// `sys.modules`, else ImportError.
    pub(crate) fn import_from(&mut self, module: Value, name: Qstr) -> PyResult {
        match self.load_attr(module, name) {
            Ok(v) => return Ok(v),
            Err(raised) => {
                if !self.is_instance(self.pending, Value::builtin_type(TypeId::AttributeError)) {
                    return Err(raised);
                }
                self.pending = Value::NONE;
            }
        }
        let attr = String::from(self.qstr_text(name));
        let module_name = match self.load_attr(module, Q::__name__) {
            Ok(n) => self.str_text(n).map(String::from),
            Err(_) => {
                self.pending = Value::NONE;
                None
            }
        };
        if let Some(m) = &module_name {
            let full = self.new_str_from(&format!("{m}.{attr}"))?;
            if let Some(sub) = self.dict_get(self.modules, full)? {
                return Ok(sub);
            }
        }
        let file = self
            .module_dict(module)
            .and_then(|d| self.dict_get_qstr(d, Q::__file__))
            .and_then(|f| self.str_text(f))
            .map(String::from);
        let shown = module_name
            .clone()
            .unwrap_or_else(|| String::from("<unknown module name>"));
        let partial = self.importing.contains(&module);
        let msg = match (&file, partial) {
            (Some(file), true) => format!(
                "cannot import name '{attr}' from partially initialized module '{shown}' (most likely due to a circular import) ({file})"
            ),
            (None, true) => format!(
                "cannot import name '{attr}' from partially initialized module '{shown}' (most likely due to a circular import) (unknown location)"
            ),
            (Some(file), false) => format!("cannot import name '{attr}' from '{shown}' ({file})"),
            (None, false) => {
                format!("cannot import name '{attr}' from '{shown}' (unknown location)")
            }
        };
        let r = self.raise_new(TypeId::ImportError, &msg);
        let name_value = match &module_name {
            Some(m) => self.new_str_from(m)?,
            None => Value::NONE,
        };
        let path_value = match &file {
            Some(f) => self.new_str_from(f)?,
            None => Value::NONE,
        };
        Err(self.annotate_raised(r, &[(Q::name, name_value), (Q::path, path_value)]))
    }

    /// `IMPORT_STAR`: binds in `ns` every public name of `module` (those of `__all__`, else
    /// those of its dict not starting with `_`).
    pub(crate) fn import_star(&mut self, module: Value, ns: Value) -> PyResult<()> {
        let dict = match self.module_dict(module) {
            Some(d) => d,
            None => self.load_attr(module, Q::__dict__)?,
        };
        let (names, from_all) = match self.dict_get_qstr(dict, Q::__all__) {
            Some(all) => (self.collect_iterable(all)?, true),
            None => (self.dict_keys_of(dict)?, false),
        };
        self.roots.extend_from_slice(&names);
        let r = self.bind_star(module, ns, &names, from_all);
        self.roots.truncate(self.roots.len() - names.len());
        r
    }

    fn dict_keys_of(&mut self, dict: Value) -> PyResult<Vec<Value>> {
        if matches!(self.heap.get(dict), Some(Obj::Dict(_))) {
            return Ok(self.dict_items(dict).into_iter().map(|(k, _)| k).collect());
        }
        let keys = self.load_attr(dict, Q::keys)?;
        let keys = self.call_value(keys, &[])?;
        self.collect_iterable(keys)
    }

    fn bind_star(
        &mut self,
        module: Value,
        ns: Value,
        names: &[Value],
        from_all: bool,
    ) -> PyResult<()> {
        for &name in names {
            let Some(text) = self.str_text(name).map(String::from) else {
                let owner = self.module_name(module).unwrap_or_else(|| "?".to_string());
                let what = if from_all {
                    format!("{owner}.__all__")
                } else {
                    format!("{owner}.__dict__")
                };
                let msg = format!(
                    "Item in {what} must be str, not {}",
                    self.type_name_of(name)
                );
                return Err(self.type_error(&msg));
            };
            if !from_all && text.starts_with('_') {
                continue;
            }
            let q = self.qstrs.intern(&text);
            let v = self.load_attr(module, q)?;
            self.namespace_set(ns, q, v)?;
        }
        Ok(())
    }
}

/// `dir/name`, or `name` alone for the current directory (an empty entry).
fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        String::from(name)
    } else if dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub(crate) fn import_builtin(vm: &mut Vm, args: &[Value], kw: crate::builtins::Kw) -> PyResult {
    let params = crate::builtins::args::Params {
        names: &[Q::name, Q::globals, Q::locals, Q::fromlist, Q::level],
        posonly: 0,
        required: 1,
        maxpos: 5,
    };
    let [name, globals, _locals, fromlist, level] =
        crate::builtins::args::parse::<5>(vm, "__import__", args, kw, &params)?;
    let name = name.unwrap_or(Value::NONE);
    let Some(text) = vm.str_text(name).map(String::from) else {
        return Err(vm.type_error("module name must be a string"));
    };
    let level = match level {
        Some(l) => {
            if vm.is_float(l) {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            i64::from(vm.index_c_int(l)?)
        }
        None => 0,
    };
    let globals = globals.unwrap_or(Value::NONE);
    if level > 0 && !matches!(vm.heap.get(globals), Some(Obj::Dict(_))) {
        return Err(vm.type_error("globals must be a dict"));
    }
    let fromlist = fromlist.unwrap_or(Value::NONE);
    vm.import_module_level(&text, globals, fromlist, level)
}

impl Vm {
    /// Runs one import instruction of the top frame (out of the dispatch loop: imports are
    /// rare and slow).
    #[inline(never)]
    pub(crate) fn import_step(
        &mut self,
        code: &crate::bytecode::Code,
        opcode: u8,
        arg: u32,
    ) -> PyResult<()> {
        let (globals, locals) = self
            .frames
            .last()
            .map_or((self.main_globals, Value::UNBOUND), |f| {
                (f.globals, f.locals)
            });
        let name = code.names.get(arg as usize).copied().unwrap_or(Q::empty);
        let top = self.stack.last().copied().unwrap_or(Value::NONE);
        match opcode {
            crate::bytecode::op::IMPORT_NAME => {
                let level = self
                    .stack
                    .len()
                    .checked_sub(2)
                    .map_or(Value::NONE, |i| self.stack[i]);
                let module = self.import_op(name, globals, locals, top, level)?;
                self.stack.pop();
                if let Some(slot) = self.stack.last_mut() {
                    *slot = module;
                }
            }
            crate::bytecode::op::IMPORT_FROM => {
                let v = self.import_from(top, name)?;
                self.stack.push(v);
            }
            _ => {
                let ns = if locals == Value::UNBOUND {
                    globals
                } else {
                    locals
                };
                self.import_star(top, ns)?;
                self.stack.pop();
            }
        }
        Ok(())
    }
}

impl Vm {
    /// Runs module `name`, found along `sys.path` as `import` would find it, as the
    /// `__main__` module (`upy -m name`): a package runs its `__main__` submodule. Parent
    /// packages are imported first; `sys.argv[0]` becomes the module's file.
    pub fn run_main_module(&mut self, name: &str) -> Result<(), super::Uncaught> {
        self.entered(|vm| {
            let r = vm.run_main_module_here(name);
            vm.young.clear();
            r.map_err(|Raised| vm.take_uncaught())
        })
    }

    fn run_main_module_here(&mut self, name: &str) -> PyResult<()> {
        let (parent, search) = match name.rfind('.') {
            Some(dot) => {
                let parent = self.import_absolute(&name[..dot])?;
                let path = self
                    .module_dict(parent)
                    .and_then(|d| self.dict_get_qstr(d, Q::__path__));
                let Some(path) = path else {
                    let msg = format!(
                        "Error while finding module specification for '{name}' (ModuleNotFoundError: __path__ attribute not found on '{}' while trying to find '{name}')",
                        &name[..dot]
                    );
                    return Err(self.raise_new(TypeId::ImportError, &msg));
                };
                (&name[..dot], Some(path))
            }
            None => ("", None),
        };
        match self.find_module(name, search)? {
            Some(Found::Source {
                package: Some(_), ..
            })
            | Some(Found::Namespace(_)) => {
                self.import_absolute(name)?;
                let main = format!("{name}.__main__");
                if let Err(raised) = self.find_main_source(&main) {
                    if self.is_module_not_found(&main) {
                        self.pending = Value::NONE;
                        let msg = format!(
                            "No module named {main}; '{name}' is a package and cannot be directly executed"
                        );
                        return Err(self.raise_new(TypeId::ImportError, &msg));
                    }
                    return Err(raised);
                }
                self.run_main_module_here(&main)
            }
            Some(Found::Source {
                file,
                package: None,
            }) => {
                let bytes = self.read_bytes(&file)?;
                let body = body_of(self, &file, &bytes)?;
                let globals = self.main_globals;
                let file_value = self.new_str_from(&file)?;
                self.dict_set(globals, Value::qstr(Q::__file__), file_value)?;
                let package = self.new_str_from(parent)?;
                self.dict_set(globals, Value::qstr(Q::__package__), package)?;
                let sys = self.module_dict(self.sys_module).unwrap_or(Value::NONE);
                if let Some(argv) = self.dict_get_qstr(sys, Q::argv)
                    && let Some(Obj::List(items)) = self.heap.get_mut(argv)
                    && !items.is_empty()
                {
                    items[0] = file_value;
                }
                let code = self.module_code(body, &file)?;
                self.run_code(code, globals).map(|_| ())
            }
            Some(Found::Frozen(frozen)) => {
                let file = format!("<frozen {name}>");
                let code = self.module_code(Body::Frozen(&frozen.code), &file)?;
                self.run_code(code, self.main_globals).map(|_| ())
            }
            Some(Found::Native(_)) => {
                let msg = format!("No code object available for {name}");
                Err(self.raise_new(TypeId::ImportError, &msg))
            }
            None => {
                let msg = format!("No module named {name}");
                Err(self.module_not_found(&msg, name))
            }
        }
    }

    /// Checks that module `name` (a package's `__main__`) can be found.
    fn find_main_source(&mut self, name: &str) -> PyResult<()> {
        let dot = name.rfind('.').unwrap_or(0);
        let parent = self.import_absolute(&name[..dot])?;
        let path = self
            .module_dict(parent)
            .and_then(|d| self.dict_get_qstr(d, Q::__path__));
        match self.find_module(name, path)? {
            Some(_) => Ok(()),
            None => {
                let msg = format!("No module named '{name}'");
                Err(self.module_not_found(&msg, name))
            }
        }
    }
}

/// The body of module file `file` read as `bytes`: a compiled image, or source text (with
/// CPython's SyntaxError when it is not UTF-8).
fn body_of<'a>(vm: &mut Vm, file: &str, bytes: &'a [u8]) -> PyResult<Body<'a>> {
    if file.ends_with(".upyc") {
        return Ok(Body::Image(bytes));
    }
    match core::str::from_utf8(bytes) {
        Ok(text) => Ok(Body::Source(text)),
        Err(e) => {
            let at = e.valid_up_to();
            let byte = bytes.get(at).copied().unwrap_or(0);
            let msg = format!(
                "(unicode error) 'utf-8' codec can't decode byte {byte:#04x} in position {at}: invalid start byte"
            );
            Err(vm.raise_new(TypeId::SyntaxError, &msg))
        }
    }
}
