//! The `module` type: a namespace dict with a name, made by `import` (from a file or a native
//! module's table) or by `type(sys)(name)`.
//!
//! Attribute reads look in the module's dict first (a module's dict shadows the methods of
//! its type, which has no data descriptors but `__dict__` and `__class__`), then the type, then
//! a `__getattr__` function in the dict (PEP 562). Writes and deletions go to the dict.

use alloc::format;
use alloc::string::String;

use crate::heap::Obj;
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// A new module named `name`, with the dict entries every module has; `native` is the
    /// number of the native module it is made from.
    pub(crate) fn new_module(&mut self, name: Qstr, native: Option<u16>) -> PyResult {
        let dict = self.new_dict()?;
        self.roots.push(dict);
        let r = self.new_module_in(dict, name, native);
        self.roots.pop();
        r
    }

    /// A module whose namespace is `dict` (the `__main__` module wraps the globals the VM
    /// already has); sets `__name__` and the other standard entries it lacks.
    pub(crate) fn new_module_in(
        &mut self,
        dict: Value,
        name: Qstr,
        native: Option<u16>,
    ) -> PyResult {
        self.module_dict_init(dict, name)?;
        self.alloc(Obj::Module { dict, native })
    }

    /// Sets `__name__` in a module's `dict`, and the other standard entries it lacks.
    pub(crate) fn module_dict_init(&mut self, dict: Value, name: Qstr) -> PyResult<()> {
        self.dict_set(dict, Value::qstr(Q::__name__), Value::qstr(name))?;
        for key in [Q::__doc__, Q::__package__, Q::__loader__, Q::__spec__] {
            if self.dict_get_qstr(dict, key).is_none() {
                self.dict_set(dict, Value::qstr(key), Value::NONE)?;
            }
        }
        Ok(())
    }

    /// The namespace dict of a module.
    pub(crate) fn module_dict(&self, v: Value) -> Option<Value> {
        match self.heap.get(v)? {
            Obj::Module { dict, .. } => Some(*dict),
            _ => None,
        }
    }

    /// The `__name__` of a module, if it is a str.
    pub(crate) fn module_name(&self, module: Value) -> Option<String> {
        let dict = self.module_dict(module)?;
        let name = self.dict_get_qstr(dict, Q::__name__)?;
        self.str_text(name).map(String::from)
    }

    /// `module.name`: `Ok(None)` when the dict, the type and `__getattr__` all lack it.
    pub(crate) fn module_getattr(&mut self, module: Value, name: Qstr) -> PyResult<Value> {
        let Some(dict) = self.module_dict(module) else {
            return Err(self.type_error("not a module"));
        };
        match name {
            Q::__dict__ => return Ok(dict),
            Q::__class__ => return Ok(Value::builtin_type(TypeId::Module)),
            _ => {}
        }
        if let Some(v) = self.dict_get_qstr(dict, name) {
            return Ok(v);
        }
        if let Some(n) = TypeId::Module
            .mro()
            .find_map(|t| crate::builtins::method_of(t, name))
        {
            return self.alloc(Obj::BoundMethod {
                func: Value::native(n),
                receiver: module,
            });
        }
        if name != Q::__getattr__
            && let Some(hook) = self.dict_get_qstr(dict, Q::__getattr__)
        {
            return self.call_value(hook, &[Value::qstr(name)]);
        }
        let attr = String::from(self.qstr_text(name));
        let msg = match self.module_name(module) {
            Some(m) => format!("module '{m}' has no attribute '{attr}'"),
            None => format!("module has no attribute '{attr}'"),
        };
        let r = self.raise_new(TypeId::AttributeError, &msg);
        Err(self.annotate_raised(r, &[(Q::name, Value::qstr(name)), (Q::obj, module)]))
    }

    /// `repr(module)`: `<module 'sys' (built-in)>`, `<module 'm' from 'path/m.py'>`.
    pub(crate) fn module_repr(&self, module: Value, out: &mut String) {
        let (dict, native) = match self.heap.get(module) {
            Some(&Obj::Module { dict, native }) => (dict, native),
            _ => return,
        };
        let name = self
            .module_name(module)
            .unwrap_or_else(|| String::from("?"));
        let file = self
            .dict_get_qstr(dict, Q::__file__)
            .and_then(|f| self.str_text(f));
        match (native, file) {
            (_, Some(file)) => out.push_str(&format!("<module '{name}' from '{file}'>")),
            (Some(_), None) => out.push_str(&format!("<module '{name}' (built-in)>")),
            (None, None) => out.push_str(&format!("<module '{name}'>")),
        }
    }
}

/// `module(name, doc=None)` (`types.ModuleType`).
pub(crate) fn construct(vm: &mut Vm, args: &[Value], kw: crate::builtins::Kw) -> PyResult {
    let params = crate::builtins::args::Params {
        names: &[Q::name, Q::doc],
        posonly: 0,
        required: 1,
        maxpos: 2,
    };
    let [name, doc] = crate::builtins::args::parse::<2>(vm, "module", args, kw, &params)?;
    let name = name.unwrap_or(Value::NONE);
    if vm.str_text(vm.payload(name)).is_none() {
        let msg = format!(
            "module() argument 'name' must be str, not {}",
            vm.type_name_of(name)
        );
        return Err(vm.type_error(&msg));
    }
    let dict = vm.new_dict()?;
    vm.roots.push(dict);
    let r = (|| {
        vm.dict_set(dict, Value::qstr(Q::__name__), name)?;
        vm.dict_set(dict, Value::qstr(Q::__doc__), doc.unwrap_or(Value::NONE))?;
        let text = vm.string_of(vm.payload(name));
        let q = vm.qstrs.intern(&text);
        let module = vm.new_module_in(dict, q, None)?;
        // The name object itself, as given (a str subclass stays one).
        vm.dict_set(dict, Value::qstr(Q::__name__), name)?;
        Ok(module)
    })();
    vm.roots.pop();
    r
}
