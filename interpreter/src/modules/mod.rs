//! Native modules: the tables through which the core and ports add modules written in Rust
//! (the core's `sys`; a port's `time` or `pyb`), and the registry `import` finds them in.
//!
//! A native module is a [`ModuleDef`]: its name and a table of attributes, all `const` data
//! that can stay in flash. Importing it makes a module object whose dict holds the table's
//! values; a function entry becomes a static value ([`Value::module_fn`]: the module's number
//! in the VM's registry and the entry's index), so it costs no heap. An optional `init`
//! function adds what must be made at run time (lists, dicts, objects) after the table.
//!
//! Invariants: the registry only grows, so a module number stays valid for the VM's life; a
//! `module_fn` value always names a `Attr::Func` entry (they are made only from one).

use crate::builtins::{Kw, NativeFn};
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[cfg(feature = "array")]
pub mod array;
#[cfg(feature = "binascii")]
pub mod binascii;
#[cfg(feature = "cmath")]
pub mod cmath;
#[cfg(feature = "collections")]
pub mod collections;
#[cfg(any(feature = "errno", feature = "os"))]
pub mod errno;
#[cfg(any(feature = "math", feature = "cmath"))]
pub(crate) mod fmath;
pub mod frozen;
#[cfg(feature = "future")]
pub mod future;
#[cfg(feature = "gc")]
pub mod gc;
#[cfg(feature = "hashlib")]
pub mod hashlib;
#[cfg(feature = "hashlib")]
mod hashlib_file;
#[cfg(feature = "heapq")]
pub mod heapq;
#[cfg(feature = "io")]
pub mod io;
#[cfg(feature = "json")]
pub mod json;
#[cfg(any(feature = "math", feature = "cmath"))]
pub mod math;
#[cfg(feature = "micropython")]
pub mod micropython;
#[cfg(feature = "os")]
pub mod os;
#[cfg(feature = "os")]
pub(crate) mod os_args;
#[cfg(feature = "random")]
pub mod random;
#[cfg(feature = "re")]
pub mod re;
#[cfg(feature = "select")]
pub mod select;
#[cfg(feature = "struct")]
pub mod structmod;
pub mod sys;
#[cfg(feature = "time")]
pub mod time;

/// A module implemented in Rust.
pub struct ModuleDef {
    /// The name `import` finds it by (`sys`, `time`, `os.path` is not one: submodules are
    /// attributes).
    pub name: &'static str,
    /// Its attributes, in the order `dir()` does not care about.
    pub attrs: &'static [(&'static str, Attr)],
    /// Called once per import of the module, after the table's attributes are set, with the
    /// new module: for attributes made at run time.
    pub init: Option<fn(&mut Vm, Value) -> PyResult<()>>,
}

/// The value of a native module's attribute.
pub enum Attr {
    /// A function: called with the positional arguments and the keywords.
    Func(NativeFn),
    Int(i64),
    Float(f64),
    Str(&'static str),
    Bool(bool),
    None,
    /// A builtin type whose behaviour lives in `types/` (`array.array`, `collections.deque`).
    Type(crate::types::TypeId),
}

/// The native modules of the core. `builtins` and `sys` are always there; each other module
/// is a cargo feature of `upy` (all on by default), so a small build can leave it out.
pub const CORE: &[&ModuleDef] = &[
    &BUILTINS,
    &sys::MODULE,
    #[cfg(feature = "future")]
    &future::MODULE,
    #[cfg(feature = "gc")]
    &gc::MODULE,
    #[cfg(feature = "micropython")]
    &micropython::MODULE,
    #[cfg(feature = "random")]
    &random::MODULE,
    #[cfg(feature = "time")]
    &time::MODULE,
    #[cfg(feature = "struct")]
    &structmod::MODULE,
    #[cfg(feature = "array")]
    &array::MODULE,
    #[cfg(feature = "binascii")]
    &binascii::MODULE,
    #[cfg(feature = "math")]
    &math::MODULE,
    #[cfg(feature = "cmath")]
    &cmath::MODULE,
    #[cfg(feature = "io")]
    &io::MODULE,
    #[cfg(feature = "collections")]
    &collections::MODULE,
    #[cfg(feature = "heapq")]
    &heapq::MODULE,
    #[cfg(feature = "json")]
    &json::MODULE,
    #[cfg(feature = "re")]
    &re::MODULE,
    #[cfg(feature = "select")]
    &select::MODULE,
    #[cfg(feature = "hashlib")]
    &hashlib::MODULE,
    #[cfg(feature = "errno")]
    &errno::MODULE,
    #[cfg(feature = "os")]
    &os::MODULE,
];

/// `builtins`: a module over the VM's builtins namespace (made at start-up; made again over
/// the same dict if a program removes it from `sys.modules` and imports it).
pub static BUILTINS: ModuleDef = ModuleDef {
    name: "builtins",
    attrs: &[],
    init: Some(builtins_init),
};

fn builtins_init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let builtins = vm.builtins;
    if let Some(crate::heap::Obj::Module { dict, .. }) = vm.heap.get_mut(module) {
        *dict = builtins;
    }
    let doc = vm.new_str_from("Built-in functions, types, exceptions, and other objects.")?;
    vm.module_set(module, "__doc__", doc)?;
    vm.module_dict_init(builtins, crate::qstr::Q::builtins)
}

impl Vm {
    /// Adds a native module for `import` to find; a port calls it once per module before
    /// running code. A module of the same name added earlier (or a core one) is shadowed.
    pub fn add_module(&mut self, def: &'static ModuleDef) {
        self.native_modules.push(def);
        if !self.sys_module.is_none() {
            let _ = sys::set_builtin_module_names(self, self.sys_module);
        }
    }

    /// The number of the native module named `name`, the last added winning.
    pub(crate) fn native_module_index(&self, name: &str) -> Option<u16> {
        let i = self.native_modules.iter().rposition(|m| m.name == name)?;
        u16::try_from(i).ok()
    }

    /// The names of every native module (`sys.builtin_module_names`, `help('modules')`).
    pub(crate) fn native_module_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.native_modules.iter().map(|m| m.name)
    }

    /// The name and function of a native module's function value.
    pub(crate) fn module_fn(&self, f: Value) -> Option<(&'static str, NativeFn)> {
        let (m, a) = f.as_module_fn()?;
        let def: &'static ModuleDef = self.native_modules.get(usize::from(m))?;
        match def.attrs.get(usize::from(a))? {
            (name, Attr::Func(f)) => Some((name, *f)),
            _ => None,
        }
    }

    /// The name of the module a native module function belongs to.
    pub(crate) fn module_fn_owner(&self, f: Value) -> Option<&'static str> {
        let (m, _) = f.as_module_fn()?;
        Some(self.native_modules.get(usize::from(m))?.name)
    }

    /// Calls a native module's function.
    pub(crate) fn call_module_fn(&mut self, f: Value, args: &[Value], kw: Kw) -> PyResult {
        match self.module_fn(f) {
            Some((_, func)) => func(self, args, kw),
            None => Err(self.type_error("bad native module function")),
        }
    }

    /// Makes the module object of native module number `index`: its table, then its `init`.
    pub(crate) fn make_native_module(&mut self, index: u16) -> PyResult {
        let def: &'static ModuleDef = self.native_modules[usize::from(index)];
        let name = self.qstrs.intern(def.name);
        let module = self.new_module(name, Some(index))?;
        self.roots.push(module);
        let r = self.fill_native_module(module, def, index);
        self.roots.pop();
        r.map(|()| module)
    }

    fn fill_native_module(&mut self, module: Value, def: &ModuleDef, index: u16) -> PyResult<()> {
        let dict = self.module_dict(module).unwrap_or(Value::NONE);
        for (i, (name, attr)) in def.attrs.iter().enumerate() {
            let key = Value::qstr(self.qstrs.intern(name));
            let value = match attr {
                Attr::Func(_) => Value::module_fn(index, i as u16),
                Attr::Int(n) => self.new_int(*n)?,
                Attr::Float(x) => self.new_float(*x)?,
                Attr::Str(s) => Value::qstr(self.qstrs.intern(s)),
                Attr::Bool(b) => Value::bool(*b),
                Attr::None => Value::NONE,
                Attr::Type(t) => Value::builtin_type(*t),
            };
            self.dict_set(dict, key, value)?;
        }
        if let Some(init) = def.init {
            init(self, module)?;
        }
        Ok(())
    }

    /// Sets attribute `name` of `module` (for a native module's `init`).
    pub fn module_set(&mut self, module: Value, name: &str, value: Value) -> PyResult<()> {
        let Some(dict) = self.module_dict(module) else {
            return Err(self.type_error("not a module"));
        };
        let key = Value::qstr(self.qstrs.intern(name));
        self.dict_set(dict, key, value)
    }

    /// The qstr of `name`, interned.
    pub fn intern(&mut self, name: &str) -> Qstr {
        self.qstrs.intern(name)
    }
}

/// Checks that a module function taking nothing got nothing; `name` is qualified as CPython
/// words it (`gc.enable() takes no arguments (1 given)`).
pub(crate) fn no_args(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    kw.check(vm, name, &[])?;
    if !args.is_empty() {
        let msg = alloc::format!("{name}() takes no arguments ({} given)", args.len());
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

/// The one argument of a module function that takes exactly one, positionally
/// (`sys.intern() takes exactly one argument (0 given)`).
pub(crate) fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    kw.check(vm, name, &[])?;
    match args {
        [one] => Ok(*one),
        _ => {
            let msg = alloc::format!("{name}() takes exactly one argument ({} given)", args.len());
            Err(vm.type_error(&msg))
        }
    }
}

impl Vm {
    /// `__name__`, `__qualname__`, `__module__`, `__self__` and `__doc__` of a native module's
    /// function.
    pub(crate) fn module_fn_attr(&mut self, f: Value, name: Qstr) -> PyResult<Option<Value>> {
        let Some((fname, _)) = self.module_fn(f) else {
            return Ok(None);
        };
        let owner = self.module_fn_owner(f).unwrap_or("?");
        Ok(match name {
            crate::qstr::Q::__name__ | crate::qstr::Q::__qualname__ => {
                Some(Value::qstr(self.qstrs.intern(fname)))
            }
            crate::qstr::Q::__module__ => Some(Value::qstr(self.qstrs.intern(owner))),
            crate::qstr::Q::__doc__ => Some(Value::NONE),
            crate::qstr::Q::__self__ => {
                let key = Value::qstr(self.qstrs.intern(owner));
                Some(self.dict_get(self.modules, key)?.unwrap_or(Value::NONE))
            }
            _ => None,
        })
    }
}
