//! The methods every namedtuple class shares (natives of the `natives!` table): `__new__`,
//! `_make`, `_replace`, `_asdict`, `__repr__` and `__getnewargs__`, and reading a
//! `_tuplegetter` field. They receive the instance itself (`builtins::receives_instance`)
//! and read the field names from its class's `_fields`, so a subclass of a namedtuple
//! class works as one.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::{Kw, N};
use crate::heap::Obj;
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::types::signature::{Signature, bind};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// The field names of namedtuple class `cls` (its `_fields`), interned.
fn fields_of(vm: &mut Vm, cls: Value) -> PyResult<Vec<Qstr>> {
    let fields = vm.load_attr(cls, Q::_fields)?;
    let items = vm.collect_iterable(fields)?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let Some(text) = vm.str_text(item).map(String::from) else {
            return Err(vm.type_error("Type names and field names must be strings"));
        };
        out.push(vm.intern(&text));
    }
    Ok(out)
}

/// A new instance of tuple subclass `cls` holding `items`.
fn instance_of(vm: &mut Vm, cls: Value, items: Vec<Value>) -> PyResult {
    if vm.native_type(cls) != TypeId::Tuple || cls.as_builtin_type().is_some() {
        let msg = format!(
            "tuple.__new__({0}): {0} is not a subtype of tuple",
            vm.type_name(cls)
        );
        return Err(vm.type_error(&msg));
    }
    let t = vm.new_tuple(items)?;
    vm.roots.push(t);
    let r = vm.new_instance(cls, t);
    vm.roots.pop();
    r
}

/// The name of the namedtuple class whose `__new__` a call of `cls` runs.
fn new_owner(vm: &Vm, cls: Value) -> String {
    let new = Value::native(N::NtNew as u16);
    vm.mro_of(cls)
        .into_iter()
        .find(|&k| vm.own_attr(k, Q::__new__) == Some(new))
        .map_or_else(
            || String::from(vm.type_name(cls)),
            |k| String::from(vm.type_name(k)),
        )
}

/// `__new__(_cls, field0, field1, ...)`, with the class's defaults for the last fields.
pub fn new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("__new__(): not enough arguments"));
    };
    if !vm.is_type(cls) {
        let msg = format!(
            "tuple.__new__(X): X is not a type object ({})",
            vm.type_name_of(cls)
        );
        return Err(vm.type_error(&msg));
    }
    let fields = fields_of(vm, cls)?;
    let defaults = vm.load_attr(cls, Q::_field_defaults)?;
    let mut ndefaults = 0;
    for &f in fields.iter().rev() {
        if vm.dict_ref(defaults).is_none() || vm.dict_get(defaults, Value::qstr(f))?.is_none() {
            break;
        }
        ndefaults += 1;
    }
    let mut names = Vec::with_capacity(fields.len() + 1);
    names.push(vm.intern("_cls"));
    names.extend_from_slice(&fields);
    let fname = format!("{}.__new__", new_owner(vm, cls));
    let sig = Signature {
        fname: &fname,
        names: &names,
        npos: names.len(),
        ndefaults,
    };
    let bound = bind(vm, &sig, args, kw)?;
    let mut items = Vec::with_capacity(fields.len());
    for (&f, v) in fields.iter().zip(&bound[1..]) {
        items.push(match v {
            Some(v) => *v,
            None => vm
                .dict_get(defaults, Value::qstr(f))?
                .unwrap_or(Value::NONE),
        });
    }
    instance_of(vm, cls, items)
}

/// `_make(iterable)` (a class method): an instance of the class from the items.
pub fn make(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let Some(&cls) = args.first().filter(|&&c| vm.is_type(c)) else {
        return Err(vm.type_error("_make() needs a class"));
    };
    let fname = format!("{}._make", vm.type_name(cls));
    let names = [vm.intern("cls"), Q::iterable];
    let sig = Signature {
        fname: &fname,
        names: &names,
        npos: 2,
        ndefaults: 0,
    };
    let bound = bind(vm, &sig, args, kw)?;
    let items = vm.collect_iterable(bound[1].unwrap_or(Value::NONE))?;
    let base = vm.roots.len();
    vm.roots.extend_from_slice(&items);
    let r = (|| {
        let n = fields_of(vm, cls)?.len();
        if items.len() != n {
            let msg = format!("Expected {n} arguments, got {}", items.len());
            return Err(vm.type_error(&msg));
        }
        instance_of(vm, cls, items.clone())
    })();
    vm.roots.truncate(base);
    r
}

/// The receiver of a namedtuple method (an instance, or any tuple), its class and items.
fn receiver(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Value, Value, Vec<Value>)> {
    let Some(&obj) = args.first() else {
        let msg = format!("{name}() missing 1 required positional argument: 'self'");
        return Err(vm.type_error(&msg));
    };
    let items = match vm.heap.get(vm.payload(obj)) {
        Some(Obj::Tuple(items)) => items.to_vec(),
        _ => {
            let msg = format!(
                "descriptor '{name}' for 'tuple' objects doesn't apply to a '{}' object",
                vm.type_name_of(obj)
            );
            return Err(vm.type_error(&msg));
        }
    };
    Ok((obj, vm.type_of(obj), items))
}

/// Checks a method that takes nothing but its receiver, as a Python method words it.
fn no_more(vm: &mut Vm, args: &[Value], kw: Kw, cls: Value, name: &str) -> PyResult<()> {
    let fname = format!("{}.{name}", vm.type_name(cls));
    let names = [vm.intern("self")];
    let sig = Signature {
        fname: &fname,
        names: &names,
        npos: 1,
        ndefaults: 0,
    };
    bind(vm, &sig, args, kw).map(|_| ())
}

/// `_replace(**kwds)`: a new instance with the named fields replaced.
pub fn replace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (obj, cls, mut items) = receiver(vm, args, "_replace")?;
    if args.len() > 1 {
        no_more(vm, args, Kw::NONE, cls, "_replace")?;
    }
    let fields = fields_of(vm, cls)?;
    let mut used = alloc::vec![false; kw.names.len()];
    for (slot, &f) in items.iter_mut().zip(&fields) {
        if let Some(i) = kw.names.iter().position(|&k| k == Value::qstr(f)) {
            *slot = kw.values[i];
            used[i] = true;
        }
    }
    let unknown: Vec<Value> = kw
        .names
        .iter()
        .zip(&used)
        .filter(|&(_, &u)| !u)
        .map(|(&k, _)| k)
        .collect();
    if !unknown.is_empty() {
        let list = vm.new_list(unknown)?;
        let r = vm.repr(list)?;
        let msg = format!("Got unexpected field names: {}", vm.string_of(r));
        return Err(vm.value_error(&msg));
    }
    vm.roots.push(obj);
    let r = instance_of(vm, cls, items);
    vm.roots.pop();
    r
}

/// `_asdict()`: a dict of the field names and values, in order.
pub fn asdict(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (_, cls, items) = receiver(vm, args, "_asdict")?;
    no_more(vm, args, kw, cls, "_asdict")?;
    let fields = fields_of(vm, cls)?;
    let d = vm.new_dict()?;
    vm.roots.push(d);
    let r = (|| {
        for (&f, &v) in fields.iter().zip(&items) {
            vm.dict_set(d, Value::qstr(f), v)?;
        }
        Ok(d)
    })();
    vm.roots.pop();
    r
}

/// `__repr__()`: `Point(x=1, y=2)`.
pub fn repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (obj, cls, items) = receiver(vm, args, "__repr__")?;
    no_more(vm, args, kw, cls, "__repr__")?;
    let fields = fields_of(vm, cls)?;
    if fields.len() != items.len() {
        let msg = if fields.len() > items.len() {
            "not enough arguments for format string"
        } else {
            "not all arguments converted during string formatting"
        };
        return Err(vm.type_error(msg));
    }
    let mut out = String::from(vm.type_name(cls));
    out.push('(');
    vm.roots.push(obj);
    let r = (|| {
        for (i, (&f, &v)) in fields.iter().zip(&items).enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(vm.qstr_text(f));
            out.push('=');
            vm.repr_into(v, &mut out)?;
        }
        Ok(())
    })();
    vm.roots.pop();
    r?;
    out.push(')');
    vm.new_str(out)
}

/// `__getnewargs__()`: the items as a plain tuple.
pub fn getnewargs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (_, cls, items) = receiver(vm, args, "__getnewargs__")?;
    no_more(vm, args, kw, cls, "__getnewargs__")?;
    vm.new_tuple(items)
}

impl Vm {
    /// Reading a `_tuplegetter` for field `index` through `obj`: the tuple's item there.
    pub(crate) fn tuple_getter_get(&mut self, index: usize, obj: Value) -> PyResult {
        let item = match self.heap.get(self.payload(obj)) {
            Some(Obj::Tuple(items)) => items.get(index).copied(),
            _ => {
                let msg = format!(
                    "descriptor for index '{index}' for tuple subclasses doesn't apply to '{}' object",
                    self.type_name_of(obj)
                );
                return Err(self.type_error(&msg));
            }
        };
        match item {
            Some(v) => Ok(v),
            None => Err(self.tuple_index_error()),
        }
    }

    fn tuple_index_error(&mut self) -> Raised {
        self.raise_new(TypeId::IndexError, "tuple index out of range")
    }
}
