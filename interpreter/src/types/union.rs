//! `X | Y` of types (PEP 604): a `UnionType` holding its members in `__args__`.
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

    /// Whether `v` can be a side of a type union: a type, None or a union.
    fn union_operand(&self, v: Value) -> bool {
        v.is_none() || self.is_type(v) || self.union_args(v).is_some()
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
    pub(crate) fn union_repr(&self, args: Value) -> String {
        let parts: Vec<String> = self
            .tuple_items(args)
            .iter()
            .map(|&t| {
                if t == Value::builtin_type(TypeId::NoneType) {
                    String::from("None")
                } else {
                    self.qualified_name(t)
                }
            })
            .collect();
        parts.join(" | ")
    }

    /// Two unions are equal when they have the same members, in any order.
    pub(crate) fn union_eq(&self, a: Value, b: Value) -> Option<bool> {
        let (x, y) = (self.union_args(a)?, self.union_args(b)?);
        let (x, y) = (self.tuple_items(x), self.tuple_items(y));
        Some(x.len() == y.len() && x.iter().all(|t| y.contains(t)))
    }
}
