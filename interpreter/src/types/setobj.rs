//! The `set` and `frozenset` types on the heap: building, membership, the set algebra, their
//! methods, comparison, hashing and printing. The table itself is `set.rs`.
//!
//! Results follow CPython's algorithms step by step where the order of a result's table
//! depends on them (`|` copies the left operand then adds the right one's keys in slot
//! order; `&` walks the smaller operand; `-` copies or filters by the operands' sizes),
//! so printed sets agree with CPython's.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::{Kw, arity};
use crate::heap::Obj;
use crate::types::TypeId;
use crate::types::set::{Probe, SetTable};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// A set or frozenset.
pub struct SetObj {
    pub table: SetTable,
    pub frozen: bool,
}

impl Vm {
    pub(crate) fn set_ref(&self, s: Value) -> Option<&SetObj> {
        match self.heap.get(s) {
            Some(Obj::Set(set)) => Some(set),
            _ => None,
        }
    }

    fn set_mut(&mut self, s: Value) -> Option<&mut SetObj> {
        match self.heap.get_mut(s) {
            Some(Obj::Set(set)) => Some(set),
            _ => None,
        }
    }

    /// Whether `v` is a set or frozenset (not a subclass instance).
    pub(crate) fn is_set(&self, v: Value) -> bool {
        self.set_ref(v).is_some()
    }

    pub(crate) fn new_set(&mut self, frozen: bool) -> PyResult {
        self.alloc(Obj::Set(Box::new(SetObj {
            table: SetTable::new(),
            frozen,
        })))
    }

    /// The slot of `key` (with `hash`) in set `s`, or where it would go.
    fn set_probe(&mut self, s: Value, hash: u64, key: Value) -> PyResult<Result<usize, usize>> {
        let mut skip: Vec<usize> = Vec::new();
        loop {
            let Some(set) = self.set_ref(s) else {
                return Ok(Err(0));
            };
            let probe = set.table.find(hash, key, &skip, |k| {
                if self.needs_python_eq(k, key) {
                    None
                } else {
                    Some(self.key_eq(k, key, 0))
                }
            });
            match probe {
                Probe::Found(i) => return Ok(Ok(i)),
                Probe::Absent(i) => return Ok(Err(i)),
                Probe::Compare(i) => {
                    let version = set.table.version();
                    let Some(k) = set.table.entry(i).map(|e| e.key) else {
                        return Ok(Err(i));
                    };
                    self.roots.push(k);
                    let equal = self.eq(k, key);
                    self.roots.pop();
                    let equal = equal?;
                    let same = self.set_ref(s).is_some_and(|set| {
                        set.table.version() == version
                            && set.table.entry(i).is_some_and(|e| e.key == k)
                    });
                    if !same {
                        // The table changed under the comparison: start again.
                        skip.clear();
                        self.tick()?;
                        continue;
                    }
                    if equal {
                        return Ok(Ok(i));
                    }
                    skip.push(i);
                }
            }
        }
    }

    /// Adds `key` to set `s`.
    pub(crate) fn set_add(&mut self, s: Value, key: Value) -> PyResult<()> {
        let hash = self.hash(key)?;
        if let Err(slot) = self.set_probe(s, hash, key)? {
            self.reserve_bytes(64)?;
            if let Some(set) = self.set_mut(s) {
                let grew = set.table.insert_at(slot, hash, key);
                self.heap.grew(grew);
            }
        }
        Ok(())
    }

    /// Whether set `s` holds `key`.
    pub(crate) fn set_contains(&mut self, s: Value, key: Value) -> PyResult<bool> {
        // A set being looked up in a set stands for the frozenset of its items.
        let hash = match self.set_ref(key) {
            Some(k) if !k.frozen => self.frozenset_hash(key),
            _ => self.hash(key)?,
        };
        Ok(self.set_probe(s, hash, key)?.is_ok())
    }

    /// Removes `key` from set `s`: false when it was absent.
    pub(crate) fn set_discard(&mut self, s: Value, key: Value) -> PyResult<bool> {
        let hash = match self.set_ref(key) {
            Some(k) if !k.frozen => self.frozenset_hash(key),
            _ => self.hash(key)?,
        };
        match self.set_probe(s, hash, key)? {
            Ok(i) => {
                if let Some(set) = self.set_mut(s) {
                    set.table.remove_at(i);
                }
                Ok(true)
            }
            Err(_) => Ok(false),
        }
    }

    /// The keys of set `s` in slot order.
    pub(crate) fn set_items(&self, s: Value) -> Vec<Value> {
        self.set_ref(s)
            .map(|set| set.table.iter().map(|e| e.key).collect())
            .unwrap_or_default()
    }

    pub(crate) fn set_len(&self, s: Value) -> usize {
        self.set_ref(s).map_or(0, |set| set.table.len())
    }

    /// Adds every item of `iterable` to set `s`.
    pub(crate) fn set_update(&mut self, s: Value, iterable: Value) -> PyResult<()> {
        let other = self.payload(iterable);
        if let Some(o) = self.set_ref(other) {
            let n = o.table.len();
            let items = self.set_items(other);
            if let Some(set) = self.set_mut(s) {
                set.table.reserve_for(n);
            }
            for k in items {
                self.set_add(s, k)?;
            }
            return Ok(());
        }
        if matches!(self.heap.get(other), Some(Obj::Dict(_))) {
            for (k, _) in self.dict_items(other) {
                self.set_add(s, k)?;
            }
            return Ok(());
        }
        self.for_each_item(iterable, |vm, x| {
            vm.set_add(s, x)?;
            Ok(true)
        })
    }

    /// A new set (or frozenset) of the items of `iterable`.
    pub(crate) fn set_from(&mut self, iterable: Value, frozen: bool) -> PyResult {
        let s = self.new_set(frozen)?;
        self.roots.push(s);
        let r = self.set_update(s, iterable);
        self.roots.pop();
        r.map(|()| s)
    }

    /// A copy of set `s`, frozen or not.
    fn set_copy(&mut self, s: Value, frozen: bool) -> PyResult {
        self.set_from(s, frozen)
    }

    /// The keys of `v` as a set: `v` itself when it is one, else a new set of its items.
    fn as_set(&mut self, v: Value) -> PyResult {
        let p = self.payload(v);
        if self.is_set(p) {
            return Ok(p);
        }
        self.set_from(v, true)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets: the result has `a`'s kind.
    pub(crate) fn set_binary(
        &mut self,
        op: crate::bytecode::BinaryOp,
        a: Value,
        b: Value,
    ) -> PyResult {
        use crate::bytecode::BinaryOp;
        let frozen = self.set_ref(a).is_some_and(|s| s.frozen);
        match op {
            BinaryOp::Or => {
                let r = self.set_copy(a, frozen)?;
                self.roots.push(r);
                let u = self.set_update(r, b);
                self.roots.pop();
                u.map(|()| r)
            }
            BinaryOp::And => self.set_intersection(a, b, frozen),
            BinaryOp::Sub => self.set_difference(a, b, frozen),
            BinaryOp::Xor => {
                let r = self.set_copy(a, frozen)?;
                self.roots.push(r);
                let u = self.set_symmetric_update(r, b);
                self.roots.pop();
                u.map(|()| r)
            }
            _ => Ok(Value::NOT_IMPLEMENTED),
        }
    }

    fn set_intersection(&mut self, a: Value, b: Value, frozen: bool) -> PyResult {
        let r = self.new_set(frozen)?;
        self.roots.push(r);
        let res = (|| {
            let b = self.as_set(b)?;
            self.roots.push(b);
            // Walk the smaller one, as CPython does.
            let (small, big) = if self.set_len(b) > self.set_len(a) {
                (a, b)
            } else {
                (b, a)
            };
            let r2 = (|| {
                for k in self.set_items(small) {
                    if self.set_contains(big, k)? {
                        self.set_add(r, k)?;
                    }
                }
                Ok(())
            })();
            self.roots.pop();
            r2
        })();
        self.roots.pop();
        res.map(|()| r)
    }

    fn set_difference(&mut self, a: Value, b: Value, frozen: bool) -> PyResult {
        let b = self.as_set(b)?;
        self.roots.push(b);
        let res = (|| {
            if self.set_len(a) >> 2 > self.set_len(b) {
                let r = self.set_copy(a, frozen)?;
                self.roots.push(r);
                let d = (|| {
                    for k in self.set_items(b) {
                        self.set_discard(r, k)?;
                    }
                    Ok(())
                })();
                self.roots.pop();
                return d.map(|()| r);
            }
            let r = self.new_set(frozen)?;
            self.roots.push(r);
            let d = (|| {
                for k in self.set_items(a) {
                    if !self.set_contains(b, k)? {
                        self.set_add(r, k)?;
                    }
                }
                Ok(())
            })();
            self.roots.pop();
            d.map(|()| r)
        })();
        self.roots.pop();
        res
    }

    /// `s ^= other`, in place.
    fn set_symmetric_update(&mut self, s: Value, other: Value) -> PyResult<()> {
        let o = self.as_set(other)?;
        self.roots.push(o);
        let r = (|| {
            for k in self.set_items(o) {
                if !self.set_discard(s, k)? {
                    self.set_add(s, k)?;
                }
            }
            Ok(())
        })();
        self.roots.pop();
        r
    }

    /// Whether every key of `a` is in `b`.
    pub(crate) fn set_is_subset(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if self.set_len(a) > self.set_len(b) {
            return Ok(false);
        }
        for k in self.set_items(a) {
            if !self.set_contains(b, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a == b` for two sets.
    pub(crate) fn set_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        Ok(self.set_len(a) == self.set_len(b) && self.set_is_subset(a, b)?)
    }

    /// `a < b` etc. for two sets.
    pub(crate) fn set_order(
        &mut self,
        op: crate::bytecode::CompareOp,
        a: Value,
        b: Value,
    ) -> PyResult<bool> {
        use crate::bytecode::CompareOp;
        let (la, lb) = (self.set_len(a), self.set_len(b));
        Ok(match op {
            CompareOp::Le => self.set_is_subset(a, b)?,
            CompareOp::Lt => la < lb && self.set_is_subset(a, b)?,
            CompareOp::Ge => self.set_is_subset(b, a)?,
            _ => la > lb && self.set_is_subset(b, a)?,
        })
    }

    /// CPython's frozenset hash: the keys' hashes shuffled and xored, then dispersed.
    pub(crate) fn frozenset_hash(&self, s: Value) -> u64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let Some(set) = self.set_ref(s) else {
            return 0;
        };
        // Only active entries count: CPython xors in the empty and dummy slots too, then
        // takes the odd ones back out, which leaves the same.
        let mut hash: u64 = 0;
        for e in set.table.iter() {
            hash ^= shuffle(e.hash);
        }
        hash ^= (set.table.len() as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash
    }

    /// `repr` of a set: `{1, 2}`, `set()`, `frozenset({1})`.
    pub(crate) fn set_repr_into(&mut self, s: Value, name: &str, out: &mut String) -> PyResult<()> {
        let frozen = self.set_ref(s).is_some_and(|set| set.frozen);
        let items = self.set_items(s);
        if items.is_empty() {
            out.push_str(name);
            out.push_str("()");
            return Ok(());
        }
        let wrapped = frozen || name != "set";
        if wrapped {
            out.push_str(name);
            out.push('(');
        }
        if self.repr_stack.contains(&s) {
            out.push_str("...");
        } else {
            self.repr_stack.push(s);
            out.push('{');
            let r = (|| {
                for (i, k) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_into(*k, out)?;
                }
                Ok(())
            })();
            self.repr_stack.pop();
            r?;
            out.push('}');
        }
        if wrapped {
            out.push(')');
        }
        Ok(())
    }
}

/// The set argument of a method (a subclass instance stands for its set).
fn set_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let Some(&s) = args.first() else {
        let msg = format!("unbound method set.{name}() needs an argument");
        return Err(vm.type_error(&msg));
    };
    let s = vm.payload(s);
    if vm.is_set(s) {
        return Ok(s);
    }
    if vm.is_set_like(s) {
        // A dict view's set methods act on a set of its items.
        return vm.set_from(s, true);
    }
    let msg = format!(
        "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
        vm.type_name_of(s)
    );
    Err(vm.type_error(&msg))
}

fn no_kw(vm: &mut Vm, kw: Kw, name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        let msg = format!("set.{name}() takes no keyword arguments");
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

pub(crate) fn add(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_kw(vm, kw, "add")?;
    arity(vm, "set.add", &args[1..], 1, 1)?;
    let s = set_self(vm, args, "add")?;
    vm.set_add(s, args[1])?;
    Ok(Value::NONE)
}

pub(crate) fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_kw(vm, kw, "remove")?;
    arity(vm, "set.remove", &args[1..], 1, 1)?;
    let s = set_self(vm, args, "remove")?;
    if !vm.set_discard(s, args[1])? {
        return Err(vm.key_error(args[1]));
    }
    Ok(Value::NONE)
}

pub(crate) fn discard(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_kw(vm, kw, "discard")?;
    arity(vm, "set.discard", &args[1..], 1, 1)?;
    let s = set_self(vm, args, "discard")?;
    vm.set_discard(s, args[1])?;
    Ok(Value::NONE)
}

pub(crate) fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_kw(vm, kw, "pop")?;
    arity(vm, "set.pop", &args[1..], 0, 0)?;
    let s = set_self(vm, args, "pop")?;
    match vm.set_mut(s).and_then(|set| set.table.pop()) {
        Some(k) => Ok(k),
        None => Err(vm.raise_new(TypeId::KeyError, "pop from an empty set")),
    }
}

pub(crate) fn clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_kw(vm, kw, "clear")?;
    arity(vm, "set.clear", &args[1..], 0, 0)?;
    let s = set_self(vm, args, "clear")?;
    if let Some(set) = vm.set_mut(s) {
        set.table.clear();
    }
    Ok(Value::NONE)
}

pub(crate) fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_kw(vm, kw, "copy")?;
    arity(vm, "set.copy", &args[1..], 0, 0)?;
    let s = set_self(vm, args, "copy")?;
    let frozen = vm.set_ref(s).is_some_and(|set| set.frozen);
    if frozen && vm.payload(args[0]) == args[0] {
        return Ok(s);
    }
    vm.set_copy(s, frozen)
}

/// The methods that fold several iterables into a new set.
fn fold(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    op: crate::bytecode::BinaryOp,
) -> PyResult {
    no_kw(vm, kw, name)?;
    let s = set_self(vm, args, name)?;
    let frozen = vm.set_ref(s).is_some_and(|set| set.frozen);
    let mut acc = vm.set_copy(s, frozen)?;
    let base = vm.roots.len();
    vm.roots.push(acc);
    let r = (|| {
        for &other in &args[1..] {
            let o = vm.as_set(other)?;
            vm.roots.push(o);
            acc = vm.set_binary(op, acc, o)?;
            vm.roots.push(acc);
        }
        Ok(acc)
    })();
    vm.roots.truncate(base);
    r
}

pub(crate) fn union(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    fold(vm, args, kw, "union", crate::bytecode::BinaryOp::Or)
}

pub(crate) fn intersection(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    fold(vm, args, kw, "intersection", crate::bytecode::BinaryOp::And)
}

pub(crate) fn difference(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    fold(vm, args, kw, "difference", crate::bytecode::BinaryOp::Sub)
}

pub(crate) fn symmetric_difference(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    // Errors name the receiver's builtin type: `frozenset.symmetric_difference()`.
    let owner = args
        .first()
        .map_or("set", |&a| vm.type_name_of(vm.payload(a)));
    let owner = String::from(owner);
    if !kw.is_empty() {
        let msg = format!("{owner}.symmetric_difference() takes no keyword arguments");
        return Err(vm.type_error(&msg));
    }
    arity(
        vm,
        &format!("{owner}.symmetric_difference"),
        &args[1..],
        1,
        1,
    )?;
    fold(
        vm,
        args,
        kw,
        "symmetric_difference",
        crate::bytecode::BinaryOp::Xor,
    )
}

/// The in-place methods: the result replaces the set's contents.
fn fold_in_place(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    op: crate::bytecode::BinaryOp,
) -> PyResult {
    no_kw(vm, kw, name)?;
    let s = set_self(vm, args, name)?;
    for &other in &args[1..] {
        vm.set_in_place(op, s, other)?;
    }
    Ok(Value::NONE)
}

impl Vm {
    /// `s |= o` and friends: `s`'s table takes the result's.
    pub(crate) fn set_in_place(
        &mut self,
        op: crate::bytecode::BinaryOp,
        s: Value,
        other: Value,
    ) -> PyResult<()> {
        use crate::bytecode::BinaryOp;
        match op {
            BinaryOp::Or => self.set_update(s, other),
            BinaryOp::Xor => self.set_symmetric_update(s, other),
            BinaryOp::Sub => {
                let o = self.as_set(other)?;
                self.roots.push(o);
                let r = (|| {
                    for k in self.set_items(o) {
                        self.set_discard(s, k)?;
                    }
                    Ok(())
                })();
                self.roots.pop();
                r
            }
            _ => {
                let r = self.set_intersection(s, other, false)?;
                let table = match self.heap.get_mut(r) {
                    Some(Obj::Set(set)) => core::mem::take(&mut set.table),
                    _ => SetTable::new(),
                };
                if let Some(set) = self.set_mut(s) {
                    set.table = table;
                }
                Ok(())
            }
        }
    }

    fn key_error(&mut self, key: Value) -> Raised {
        match self.new_tuple(alloc::vec![key]) {
            Ok(args) => match self.new_exception(Value::builtin_type(TypeId::KeyError), args) {
                Ok(e) => self.raise(e),
                Err(r) => r,
            },
            Err(r) => r,
        }
    }
}

pub(crate) fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    fold_in_place(vm, args, kw, "update", crate::bytecode::BinaryOp::Or)
}

pub(crate) fn intersection_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    fold_in_place(
        vm,
        args,
        kw,
        "intersection_update",
        crate::bytecode::BinaryOp::And,
    )
}

pub(crate) fn difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    fold_in_place(
        vm,
        args,
        kw,
        "difference_update",
        crate::bytecode::BinaryOp::Sub,
    )
}

pub(crate) fn symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    arity(vm, "set.symmetric_difference_update", &args[1..], 1, 1)?;
    fold_in_place(
        vm,
        args,
        kw,
        "symmetric_difference_update",
        crate::bytecode::BinaryOp::Xor,
    )
}

fn relation(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<(Value, Value)> {
    no_kw(vm, kw, name)?;
    let full = format!("set.{name}");
    arity(vm, &full, &args[1..], 1, 1)?;
    let s = set_self(vm, args, name)?;
    let o = vm.as_set(args[1])?;
    Ok((s, o))
}

pub(crate) fn issubset(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (s, o) = relation(vm, args, kw, "issubset")?;
    vm.roots.push(o);
    let r = vm.set_is_subset(s, o);
    vm.roots.pop();
    r.map(Value::bool)
}

pub(crate) fn issuperset(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (s, o) = relation(vm, args, kw, "issuperset")?;
    vm.roots.push(o);
    let r = vm.set_is_subset(o, s);
    vm.roots.pop();
    r.map(Value::bool)
}

pub(crate) fn isdisjoint(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (s, o) = relation(vm, args, kw, "isdisjoint")?;
    vm.roots.push(o);
    let r = (|| {
        for k in vm.set_items(s) {
            if vm.set_contains(o, k)? {
                return Ok(false);
            }
        }
        Ok(true)
    })();
    vm.roots.pop();
    r.map(Value::bool)
}
