//! `collections.namedtuple`: makes a tuple subclass through the class machinery
//! (`type(name, (tuple,), ns)`), whose namespace holds `_fields`, `_field_defaults`,
//! `__match_args__`, `__slots__ = ()`, one `_tuplegetter` per field, and the shared native
//! methods of `namedtuple_methods` (`__new__`, `_make`, `_replace`, `_asdict`, `__repr__`,
//! `__getnewargs__`). This file owns the factory: its arguments (bound as CPython binds
//! those of its Python function), the field names and their validation, and the class.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::{Kw, N};
use crate::heap::{Descr, Obj};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::types::signature::{Signature, bind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The field names `field_names` gives: a str split at commas and whitespace, or the str of
/// each item of an iterable.
fn field_list(vm: &mut Vm, field_names: Value) -> PyResult<Vec<String>> {
    if let Some(text) = vm.str_text(vm.payload(field_names)) {
        return Ok(text
            .replace(',', " ")
            .split_whitespace()
            .map(String::from)
            .collect());
    }
    let items = vm.collect_iterable(field_names)?;
    let base = vm.roots.len();
    vm.roots.extend_from_slice(&items);
    let mut out = Vec::with_capacity(items.len());
    let r = (|| {
        for item in items {
            let s = vm.str_value(item)?;
            out.push(vm.string_of(s));
        }
        Ok(())
    })();
    vm.roots.truncate(base);
    r.map(|()| out)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(crate::lex::cursor::is_id_start)
        && chars.all(crate::lex::cursor::is_id_continue)
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
pub(crate) fn namedtuple(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let sig = Signature {
        fname: "namedtuple",
        names: &[
            Q::typename,
            Q::field_names,
            Q::rename,
            Q::defaults,
            Q::module_name,
        ],
        npos: 2,
        ndefaults: 0,
    };
    let bound = bind(vm, &sig, args, kw)?;
    let (typename, field_names) = (
        bound[0].unwrap_or(Value::NONE),
        bound[1].unwrap_or(Value::NONE),
    );
    let rename = match bound[2] {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let (defaults, module) = (bound[3], bound[4]);
    let mut fields = field_list(vm, field_names)?;
    let typename = {
        let s = vm.str_value(typename)?;
        vm.string_of(s)
    };
    if rename {
        let mut seen: Vec<String> = Vec::new();
        for (i, name) in fields.iter_mut().enumerate() {
            if !is_identifier(name)
                || crate::lex::is_keyword(name)
                || name.starts_with('_')
                || seen.contains(name)
            {
                *name = format!("_{i}");
            }
            seen.push(name.clone());
        }
    }
    for name in core::iter::once(&typename).chain(fields.iter()) {
        let quoted = vm.repr_str(name);
        if !is_identifier(name) {
            let msg = format!("Type names and field names must be valid identifiers: {quoted}");
            return Err(vm.value_error(&msg));
        }
        if crate::lex::is_keyword(name) {
            let msg = format!("Type names and field names cannot be a keyword: {quoted}");
            return Err(vm.value_error(&msg));
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for name in &fields {
        let quoted = vm.repr_str(name);
        if name.starts_with('_') && !rename {
            let msg = format!("Field names cannot start with an underscore: {quoted}");
            return Err(vm.value_error(&msg));
        }
        if seen.contains(&name.as_str()) {
            let msg = format!("Encountered duplicate field name: {quoted}");
            return Err(vm.value_error(&msg));
        }
        seen.push(name);
    }
    let defaults = match defaults.filter(|d| !d.is_none()) {
        Some(d) => vm.collect_iterable(d)?,
        None => Vec::new(),
    };
    if defaults.len() > fields.len() {
        return Err(vm.type_error("Got more default values than field names"));
    }
    let base = vm.roots.len();
    vm.roots.extend_from_slice(&defaults);
    let r = make_class(vm, &typename, &fields, &defaults, module);
    vm.roots.truncate(base);
    r
}

/// Builds the class: its namespace, then `type(typename, (tuple,), ns)`.
fn make_class(
    vm: &mut Vm,
    typename: &str,
    fields: &[String],
    defaults: &[Value],
    module: Option<Value>,
) -> PyResult {
    let ns = vm.new_dict()?;
    vm.roots.push(ns);
    let r = (|| {
        let names: Vec<Value> = fields.iter().map(|f| Value::qstr(vm.intern(f))).collect();
        let doc = vm.new_str(format!("{typename}({})", fields.join(", ")))?;
        vm.dict_set(ns, Value::qstr(Q::__doc__), doc)?;
        let empty = vm.new_tuple(Vec::new())?;
        vm.dict_set(ns, Value::qstr(Q::__slots__), empty)?;
        let tuple = vm.new_tuple(names.clone())?;
        vm.dict_set(ns, Value::qstr(Q::_fields), tuple)?;
        vm.dict_set(ns, Value::qstr(Q::__match_args__), tuple)?;
        let field_defaults = vm.new_dict()?;
        vm.dict_set(ns, Value::qstr(Q::_field_defaults), field_defaults)?;
        let first = names.len() - defaults.len();
        for (&name, &d) in names[first..].iter().zip(defaults) {
            vm.dict_set(field_defaults, name, d)?;
        }
        let make = Obj::Descr(alloc::boxed::Box::new(Descr::ClassMethod(Value::native(
            N::NtMake as u16,
        ))));
        let make = vm.alloc(make)?;
        for (name, v) in [
            (Q::__new__, Value::native(N::NtNew as u16)),
            (Q::_make, make),
            (Q::_replace, Value::native(N::NtReplace as u16)),
            (Q::__repr__, Value::native(N::NtRepr as u16)),
            (Q::_asdict, Value::native(N::NtAsdict as u16)),
            (Q::__getnewargs__, Value::native(N::NtGetnewargs as u16)),
        ] {
            vm.dict_set(ns, Value::qstr(name), v)?;
        }
        for (index, &name) in names.iter().enumerate() {
            let doc = Value::qstr(vm.intern(&format!("Alias for field number {index}")));
            let getter = Obj::Descr(alloc::boxed::Box::new(Descr::TupleGetter { index, doc }));
            let getter = vm.alloc(getter)?;
            vm.dict_set(ns, name, getter)?;
        }
        if let Some(m) = module.filter(|m| !m.is_none()) {
            vm.dict_set(ns, Value::qstr(Q::__module__), m)?;
        }
        let name = Value::qstr(vm.intern(typename));
        let bases = vm.new_tuple(alloc::vec![Value::builtin_type(TypeId::Tuple)])?;
        vm.roots.push(bases);
        let meta = Value::builtin_type(TypeId::Type);
        let cls = vm.new_class(meta, name, bases, ns, Kw::NONE);
        vm.roots.pop();
        cls
    })();
    vm.roots.pop();
    r
}
