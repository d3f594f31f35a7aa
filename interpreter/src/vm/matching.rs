//! Structural pattern matching at run time: walks the pattern trees `compile/pattern.rs`
//! builds against a subject, collecting captures.

use alloc::format;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::heap::Obj;
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;

impl Vm {
    /// `MATCH_PATTERN`: the captures tuple, or None.
    pub(crate) fn match_case(&mut self, pattern: Value, subject: Value, values: Value) -> PyResult {
        let values = self.tuple_items(values).to_vec();
        let mut caps: Vec<Value> = Vec::new();
        let base = self.roots.len();
        self.roots.extend([pattern, subject]);
        let r = self.match_node(pattern, subject, &values, &mut caps);
        let r = match r {
            Ok(true) => {
                let n = count_slots(self, pattern);
                caps.resize(n.max(caps.len()), Value::NONE);
                self.new_tuple(caps)
            }
            Ok(false) => Ok(Value::NONE),
            Err(e) => Err(e),
        };
        self.roots.truncate(base);
        r
    }

    fn capture(&mut self, caps: &mut Vec<Value>, slot: Value, v: Value) {
        if let Some(s) = slot.as_small().filter(|&s| s >= 0) {
            let s = s as usize;
            if caps.len() <= s {
                caps.resize(s + 1, Value::NONE);
            }
            caps[s] = v;
            self.roots.push(v);
        }
    }

    fn match_node(
        &mut self,
        node: Value,
        subject: Value,
        values: &[Value],
        caps: &mut Vec<Value>,
    ) -> PyResult<bool> {
        let items = self.tuple_items(node).to_vec();
        let kind = items.first().and_then(|v| v.as_small()).unwrap_or(-1);
        let value = |i: usize| -> Value {
            items
                .get(i)
                .and_then(|v| v.as_small())
                .and_then(|k| values.get(k as usize).copied())
                .unwrap_or(Value::NONE)
        };
        match kind {
            0 => Ok(true),
            1 => {
                self.capture(caps, items[1], subject);
                Ok(true)
            }
            2 => {
                let v = value(1);
                if subject == v {
                    return Ok(true);
                }
                let r = self.compare_op(crate::bytecode::CompareOp::Eq, subject, v)?;
                self.truthy(r)
            }
            3 => Ok(subject == items[1]),
            4 => self.match_sequence(&items, subject, values, caps),
            5 => self.match_mapping(&items, subject, values, caps),
            6 => self.match_class(&items, value(1), subject, values, caps),
            7 => {
                if !self.match_node(items[2], subject, values, caps)? {
                    return Ok(false);
                }
                self.capture(caps, items[1], subject);
                Ok(true)
            }
            8 => {
                for &alt in &items[1..] {
                    let mut trial = caps.clone();
                    if self.match_node(alt, subject, values, &mut trial)? {
                        *caps = trial;
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.raise_new(TypeId::SystemError, "bad pattern")),
        }
    }

    /// Whether `v` matches sequence patterns: lists, tuples, ranges and the like, never
    /// str, bytes or bytearray.
    fn is_match_sequence(&self, v: Value) -> bool {
        matches!(
            self.heap.get(self.payload(v)),
            Some(Obj::List(_) | Obj::Tuple(_) | Obj::Range(_) | Obj::MemoryView(_))
        )
    }

    fn match_sequence(
        &mut self,
        items: &[Value],
        subject: Value,
        values: &[Value],
        caps: &mut Vec<Value>,
    ) -> PyResult<bool> {
        if !self.is_match_sequence(subject) {
            return Ok(false);
        }
        let star = items[1].as_small().unwrap_or(-1);
        let subs = &items[3..];
        let n = self.len_of(subject)?;
        if star < 0 && n != subs.len() || star >= 0 && n < subs.len() - 1 {
            return Ok(false);
        }
        let elems = self.collect_iterable(subject)?;
        if elems.len() != n {
            return Ok(false);
        }
        let base = self.roots.len();
        self.roots.extend_from_slice(&elems);
        let r = (|| {
            if star < 0 {
                for (p, &e) in subs.iter().zip(&elems) {
                    if !self.match_node(*p, e, values, caps)? {
                        return Ok(false);
                    }
                }
                return Ok(true);
            }
            let star = star as usize;
            let after = subs.len() - star - 1;
            for (p, &e) in subs[..star].iter().zip(&elems) {
                if !self.match_node(*p, e, values, caps)? {
                    return Ok(false);
                }
            }
            let tail_start = elems.len() - after;
            for (p, &e) in subs[star + 1..].iter().zip(&elems[tail_start..]) {
                if !self.match_node(*p, e, values, caps)? {
                    return Ok(false);
                }
            }
            if items[2].as_small().is_some_and(|s| s >= 0) {
                let middle = self.new_list(elems[star..tail_start].to_vec())?;
                self.capture(caps, items[2], middle);
            }
            Ok(true)
        })();
        self.roots.truncate(base);
        r
    }

    fn match_mapping(
        &mut self,
        items: &[Value],
        subject: Value,
        values: &[Value],
        caps: &mut Vec<Value>,
    ) -> PyResult<bool> {
        // Mappings: dicts, their subclasses and mappingproxies of dicts. A subclass is asked
        // through its own `get`, as CPython asks every mapping.
        let proxied = self.proxied(subject);
        let d = proxied.unwrap_or_else(|| self.payload(subject));
        if !matches!(self.heap.get(d), Some(Obj::Dict(_))) {
            return Ok(false);
        }
        let getter = if proxied.is_none() && d != subject {
            let get = self.load_attr(subject, crate::qstr::Q::get)?;
            self.roots.push(get);
            let missing = self.new_list(alloc::vec::Vec::new());
            self.roots.pop();
            Some((get, missing?))
        } else {
            None
        };
        let base = self.roots.len();
        if let Some((get, missing)) = getter {
            self.roots.extend([get, missing]);
        }
        let r = self.match_mapping_items(items, d, getter, values, caps);
        self.roots.truncate(base);
        r
    }

    /// `match_mapping` once the mapping's dict `d` (and, for a dict subclass, its bound
    /// `get` and a unique missing marker) are known.
    fn match_mapping_items(
        &mut self,
        items: &[Value],
        d: Value,
        getter: Option<(Value, Value)>,
        values: &[Value],
        caps: &mut Vec<Value>,
    ) -> PyResult<bool> {
        let keys: Vec<Value> = self
            .tuple_items(items[2])
            .iter()
            .filter_map(|k| k.as_small())
            .map(|k| values.get(k as usize).copied().unwrap_or(Value::NONE))
            .collect();
        let subs = self.tuple_items(items[3]).to_vec();
        if self.dict_len(d) < keys.len() {
            return Ok(false);
        }
        for (i, &k) in keys.iter().enumerate() {
            for &earlier in &keys[..i] {
                if self.eq(earlier, k)? {
                    let r = self.repr(k)?;
                    let msg = format!(
                        "mapping pattern checks duplicate key ({})",
                        self.string_of(r)
                    );
                    return Err(self.value_error(&msg));
                }
            }
        }
        for (&k, &p) in keys.iter().zip(&subs) {
            let found = match getter {
                Some((get, missing)) => {
                    Some(self.call_value(get, &[k, missing])?).filter(|&v| v != missing)
                }
                None => self.dict_get(d, k)?,
            };
            let Some(v) = found else {
                return Ok(false);
            };
            if !self.match_node(p, v, values, caps)? {
                return Ok(false);
            }
        }
        if items[1].as_small().is_some_and(|s| s >= 0) {
            let rest = self.new_dict()?;
            self.roots.push(rest);
            for (k, v) in self.dict_items(d) {
                let mut used = false;
                for &key in &keys {
                    if self.eq(k, key)? {
                        used = true;
                        break;
                    }
                }
                if !used {
                    self.dict_set(rest, k, v)?;
                }
            }
            self.roots.pop();
            self.capture(caps, items[1], rest);
        }
        Ok(true)
    }

    fn match_class(
        &mut self,
        items: &[Value],
        cls: Value,
        subject: Value,
        values: &[Value],
        caps: &mut Vec<Value>,
    ) -> PyResult<bool> {
        if !self.is_type(cls) {
            return Err(self.type_error("called match pattern must be a type"));
        }
        if !self.is_instance(subject, cls) {
            return Ok(false);
        }
        let positional = self.tuple_items(items[2]).to_vec();
        let names = self.tuple_items(items[3]).to_vec();
        let kw_subs = self.tuple_items(items[4]).to_vec();
        let mut attrs: Vec<crate::qstr::Qstr> = Vec::new();
        if !positional.is_empty() {
            // A few builtins match a single positional sub-pattern against the subject.
            let self_matching = cls.as_builtin_type().is_some_and(|t| {
                matches!(
                    t,
                    TypeId::Bool
                        | TypeId::ByteArray
                        | TypeId::Bytes
                        | TypeId::Dict
                        | TypeId::Float
                        | TypeId::FrozenSet
                        | TypeId::Int
                        | TypeId::List
                        | TypeId::Set
                        | TypeId::Str
                        | TypeId::Tuple
                )
            });
            if self_matching {
                if positional.len() > 1 {
                    let msg = format!(
                        "{}() accepts 1 positional sub-pattern ({} given)",
                        self.type_name(cls),
                        positional.len()
                    );
                    return Err(self.type_error(&msg));
                }
                if !self.match_node(positional[0], subject, values, caps)? {
                    return Ok(false);
                }
            } else {
                let match_args = match self.lookup(cls, Q::__match_args__) {
                    Some(m) => {
                        if !matches!(self.heap.get(m), Some(Obj::Tuple(_))) {
                            let msg = format!(
                                "{}.__match_args__ must be a tuple (got {})",
                                self.type_name(cls),
                                self.type_name_of(m)
                            );
                            return Err(self.type_error(&msg));
                        }
                        self.tuple_items(m).to_vec()
                    }
                    None => Vec::new(),
                };
                if positional.len() > match_args.len() {
                    let msg = format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        self.type_name(cls),
                        match_args.len(),
                        if match_args.len() == 1 { "" } else { "s" },
                        positional.len()
                    );
                    return Err(self.type_error(&msg));
                }
                for (i, &p) in positional.iter().enumerate() {
                    let Some(name) = self
                        .str_text(match_args[i])
                        .map(alloc::string::String::from)
                    else {
                        let msg = format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name_of(match_args[i])
                        );
                        return Err(self.type_error(&msg));
                    };
                    let q = self.qstrs.intern(&name);
                    attrs.push(q);
                    if !self.match_attr(subject, q, p, values, caps)? {
                        return Ok(false);
                    }
                }
            }
        }
        for (&n, &p) in names.iter().zip(&kw_subs) {
            let Some(q) = n.as_qstr() else { continue };
            if attrs.contains(&q) {
                let msg = format!(
                    "{}() got multiple sub-patterns for attribute '{}'",
                    self.type_name(cls),
                    self.qstr_text(q)
                );
                return Err(self.type_error(&msg));
            }
            if !self.match_attr(subject, q, p, values, caps)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Matches `getattr(subject, name)` against `p`; a missing attribute is no match.
    fn match_attr(
        &mut self,
        subject: Value,
        name: crate::qstr::Qstr,
        p: Value,
        values: &[Value],
        caps: &mut Vec<Value>,
    ) -> PyResult<bool> {
        let v = match self.load_attr(subject, name) {
            Ok(v) => v,
            Err(r) => {
                if self.is_instance(self.pending, Value::builtin_type(TypeId::AttributeError)) {
                    self.pending = Value::NONE;
                    return Ok(false);
                }
                return Err(r);
            }
        };
        self.roots.push(v);
        let r = self.match_node(p, v, values, caps);
        self.roots.pop();
        r
    }
}

/// The number of capture slots a pattern tree uses.
fn count_slots(vm: &Vm, node: Value) -> usize {
    let items = vm.tuple_items(node).to_vec();
    let kind = items.first().and_then(|v| v.as_small()).unwrap_or(-1);
    let slot = |v: Value| {
        v.as_small()
            .filter(|&s| s >= 0)
            .map_or(0, |s| s as usize + 1)
    };
    let subs = |v: Value| {
        vm.tuple_items(v)
            .iter()
            .map(|&p| count_slots(vm, p))
            .max()
            .unwrap_or(0)
    };
    match kind {
        1 => slot(items[1]),
        4 => items[3..]
            .iter()
            .map(|&p| count_slots(vm, p))
            .chain([slot(items[2])])
            .max()
            .unwrap_or(0),
        5 => slot(items[1]).max(subs(items[3])),
        6 => subs(items[2]).max(subs(items[4])),
        7 => slot(items[1]).max(count_slots(vm, items[2])),
        8 => items[1..]
            .iter()
            .map(|&p| count_slots(vm, p))
            .max()
            .unwrap_or(0),
        _ => 0,
    }
}
