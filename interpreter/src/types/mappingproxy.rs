//! `mappingproxy`: a read-only view of a mapping. A class's `__dict__` is one over the class
//! namespace (which only `setattr` on the class may change, so attribute caches stay
//! right), and so is a dict view's `mapping`.
//!
//! A proxy holds its mapping and nothing else (`Descr::MappingProxy`); each read goes to the
//! mapping (`p[k]`, `len`, `in`, iteration, `==`, `|`, `keys()`, `get()`, ...), while item
//! assignment and deletion fail as on any type without them. Each `C.__dict__` makes a new
//! proxy, as in CPython.

use alloc::boxed::Box;
use alloc::format;

use crate::builtins::{Kw, arity};
use crate::heap::{Descr, Obj};
use crate::qstr::{Q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// A read-only proxy of `mapping`.
    pub(crate) fn new_mappingproxy(&mut self, mapping: Value) -> PyResult {
        self.alloc(Obj::Descr(Box::new(Descr::MappingProxy { mapping })))
    }

    /// The mapping behind `v` when it is a mappingproxy.
    pub(crate) fn proxied(&self, v: Value) -> Option<Value> {
        match self.heap.get(v) {
            Some(Obj::Descr(d)) => match **d {
                Descr::MappingProxy { mapping } => Some(mapping),
                _ => None,
            },
            _ => None,
        }
    }

    /// `a | b` where either side is a mappingproxy: the same with its mapping (`|=` is
    /// refused, a proxy being read-only).
    pub(crate) fn mappingproxy_or(&mut self, a: Value, b: Value, inplace: bool) -> PyResult {
        if inplace && self.proxied(a).is_some() {
            return Err(self.type_error("'|=' is not supported by mappingproxy; use '|' instead"));
        }
        let a = self.proxied(a).unwrap_or(a);
        let b = self.proxied(b).unwrap_or(b);
        self.binary_op(crate::bytecode::BinaryOp::Or, a, b, false)
    }
}

/// The mapping of the proxy a method is called on.
fn mapping_of(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first().and_then(|&p| vm.proxied(p)) {
        Some(m) => Ok(m),
        None => {
            let first = args.first().copied();
            Err(crate::builtins::wrong_receiver(
                vm,
                name,
                "mappingproxy",
                first,
            ))
        }
    }
}

/// Calls method `name` of the proxied mapping with the arguments after the proxy.
fn forward(vm: &mut Vm, args: &[Value], name: Qstr, text: &str) -> PyResult {
    let mapping = mapping_of(vm, args, text)?;
    let f = vm.load_attr(mapping, name)?;
    vm.call_value(f, &args[1..])
}

/// `mappingproxy.keys()`.
pub(crate) fn keys(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "mappingproxy.keys", &args[1.min(args.len())..], 0, 0)?;
    forward(vm, args, Q::keys, "keys")
}

/// `mappingproxy.values()`.
pub(crate) fn values(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "mappingproxy.values", &args[1.min(args.len())..], 0, 0)?;
    forward(vm, args, Q::values, "values")
}

/// `mappingproxy.items()`.
pub(crate) fn items(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "mappingproxy.items", &args[1.min(args.len())..], 0, 0)?;
    forward(vm, args, Q::items, "items")
}

/// `mappingproxy.copy()`: a copy of the mapping (a dict for a dict).
pub(crate) fn copy(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "mappingproxy.copy", &args[1.min(args.len())..], 0, 0)?;
    forward(vm, args, Q::copy, "copy")
}

/// `mappingproxy.get(key, default=None)`.
pub(crate) fn get(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    arity(vm, "get", &args[1.min(args.len())..], 1, 2)?;
    forward(vm, args, Q::get, "get")
}

/// `mappingproxy(mapping)`: any mapping but a list or tuple.
pub(crate) fn construct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "mappingproxy", &[Q::mapping])?;
    if args.len() > 1 {
        let msg = format!(
            "mappingproxy() takes at most 1 argument ({} given)",
            args.len()
        );
        return Err(vm.type_error(&msg));
    }
    let Some(mapping) = args.first().copied().or(kw.get(Q::mapping)) else {
        return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    };
    let t = vm.type_of(mapping);
    let is_mapping = vm.proxied(mapping).is_some()
        || matches!(vm.heap.get(vm.payload(mapping)), Some(Obj::Dict(_)))
        || (vm.user_class_of(mapping).is_some()
            && vm.lookup(t, Q::__getitem__).is_some()
            && !matches!(
                vm.heap.get(vm.payload(mapping)),
                Some(Obj::List(_) | Obj::Tuple(_))
            ));
    if !is_mapping {
        let msg = format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name_of(mapping)
        );
        return Err(vm.type_error(&msg));
    }
    vm.new_mappingproxy(mapping)
}
