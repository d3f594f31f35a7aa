//! Type expressions: `X | Y` of types (PEP 604), a `UnionType` holding its members in
//! `__args__`, and `list[int]` (PEP 585), a `GenericAlias` of a builtin container type.
//!
//! A union is made by `|` between types, None and unions (`int | None`); its members are
//! flattened, deduplicated and kept in order, None standing for `NoneType`, and a union of
//! one member is that member. `isinstance`/`issubclass` accept a union as they accept a
//! tuple; two unions are equal when they have the same members in any order.

use alloc::string::String;
use alloc::vec::Vec;

use crate::heap::{Descr, Obj};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The members of union `v`, if it is one.
    pub(crate) fn union_args(&self, v: Value) -> Option<Value> {
        match self.heap.get(v) {
            Some(Obj::Descr(d)) => match **d {
                Descr::Union { args } => Some(args),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` can be a side of a type union: a type, None, a union or a generic alias.
    fn union_operand(&self, v: Value) -> bool {
        v.is_none()
            || self.is_type(v)
            || self.union_args(v).is_some()
            || self.alias_parts(v).is_some()
    }

    /// The origin and arguments of generic alias `v`, if it is one.
    pub(crate) fn alias_parts(&self, v: Value) -> Option<(Value, Value)> {
        match self.heap.get(v) {
            Some(Obj::Descr(d)) => match **d {
                Descr::Alias { origin, args } => Some((origin, args)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `t[index]` for a builtin type: a generic alias of the containers that take type
    /// arguments, CPython's error for the others.
    pub(crate) fn builtin_type_subscr(&mut self, t: TypeId, index: Value) -> PyResult {
        if !matches!(
            t,
            TypeId::List
                | TypeId::Tuple
                | TypeId::Dict
                | TypeId::Set
                | TypeId::FrozenSet
                | TypeId::Type
                | TypeId::Enumerate
                | TypeId::Deque
                | TypeId::DefaultDict
                | TypeId::OrderedDict
                | TypeId::Counter
        ) {
            let msg = alloc::format!("type '{}' is not subscriptable", t.name());
            return Err(self.type_error(&msg));
        }
        let args = if matches!(self.heap.get(index), Some(Obj::Tuple(_))) {
            index
        } else {
            self.new_tuple(alloc::vec![index])?
        };
        self.roots.push(args);
        let origin = Value::builtin_type(t);
        let a = self.alloc(Obj::Descr(alloc::boxed::Box::new(Descr::Alias {
            origin,
            args,
        })));
        self.roots.pop();
        a
    }

    /// How a type expression shows in the repr of a union or alias: a type by its
    /// qualified name, None and `NoneType` as None, `...` for Ellipsis, aliases and unions
    /// by their own reprs.
    pub(crate) fn type_expr_repr(&mut self, v: Value) -> PyResult<String> {
        if v.is_none() || v == Value::builtin_type(TypeId::NoneType) {
            return Ok(String::from("None"));
        }
        if v == Value::ELLIPSIS {
            return Ok(String::from("..."));
        }
        if self.is_type(v) {
            return Ok(self.qualified_name(v));
        }
        if let Some(args) = self.union_args(v) {
            return self.union_repr(args);
        }
        if let Some((origin, args)) = self.alias_parts(v) {
            return self.alias_repr(origin, args);
        }
        let r = self.repr(v)?;
        Ok(self.string_of(r))
    }

    /// `repr(list[int])`: `list[int]`.
    pub(crate) fn alias_repr(&mut self, origin: Value, args: Value) -> PyResult<String> {
        let mut out = self.qualified_name(origin);
        out.push('[');
        let items = self.tuple_items(args).to_vec();
        for (i, a) in items.into_iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.type_expr_repr(a)?);
        }
        out.push(']');
        Ok(out)
    }

    /// Two generic aliases are equal when their origins and arguments are.
    pub(crate) fn alias_eq(&mut self, a: Value, b: Value) -> PyResult<Option<bool>> {
        let (Some((oa, xa)), Some((ob, xb))) = (self.alias_parts(a), self.alias_parts(b)) else {
            return Ok(None);
        };
        if oa != ob {
            return Ok(Some(false));
        }
        self.eq(xa, xb).map(Some)
    }

    /// `a | b` as a union, when both sides can be one and no metaclass defines its own
    /// operator: `None` otherwise (the general operator path then runs).
    pub(crate) fn type_union(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        if !self.union_operand(a) || !self.union_operand(b) || (a.is_none() && b.is_none()) {
            return Ok(None);
        }
        for (v, name) in [(a, crate::qstr::Q::__or__), (b, crate::qstr::Q::__ror__)] {
            if self.class_ref(v).is_some() {
                let meta = self.type_of(v);
                if self.lookup_user(meta, name).is_some() {
                    return Ok(None);
                }
            }
        }
        let mut members: Vec<Value> = Vec::new();
        for side in [a, b] {
            let items: Vec<Value> = match self.union_args(side) {
                Some(args) => self.tuple_items(args).to_vec(),
                None if side.is_none() => alloc::vec![Value::builtin_type(TypeId::NoneType)],
                None => alloc::vec![side],
            };
            for t in items {
                if !members.contains(&t) {
                    members.push(t);
                }
            }
        }
        if members.len() == 1 {
            return Ok(Some(members[0]));
        }
        let args = self.new_tuple(members)?;
        self.roots.push(args);
        let u = self.alloc(Obj::Descr(alloc::boxed::Box::new(Descr::Union { args })));
        self.roots.pop();
        u.map(Some)
    }

    /// `repr(u)`: the members joined by ` | `, None for `NoneType`.
    pub(crate) fn union_repr(&mut self, args: Value) -> PyResult<String> {
        let members = self.tuple_items(args).to_vec();
        let mut parts: Vec<String> = Vec::with_capacity(members.len());
        for t in members {
            parts.push(self.type_expr_repr(t)?);
        }
        Ok(parts.join(" | "))
    }

    /// Two unions are equal when they have the same members, in any order.
    pub(crate) fn union_eq(&self, a: Value, b: Value) -> Option<bool> {
        let (x, y) = (self.union_args(a)?, self.union_args(b)?);
        let (x, y) = (self.tuple_items(x), self.tuple_items(y));
        Some(x.len() == y.len() && x.iter().all(|t| y.contains(t)))
    }
}
