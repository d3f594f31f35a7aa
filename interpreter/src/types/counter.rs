//! `collections.Counter`: a dict of kind `Counter` (`dict::DictKind`) whose missing keys
//! count 0. This file owns what it adds to a dict: counting from iterables and mappings
//! (`update`, `subtract`), `most_common`, `elements`, `total` and the repr (most common
//! first). The multiset arithmetic and comparisons are in `counter_ops`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::Kw;
use crate::bytecode::BinaryOp;
use crate::types::TypeId;
use crate::types::dict::DictKind;
use crate::types::signature::{Signature, bind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(crate) fn zero() -> Value {
    Value::small(0).unwrap_or(Value::NONE)
}

impl Vm {
    pub(crate) fn is_counter(&self, v: Value) -> bool {
        self.dict_kind(v) == Some(DictKind::Counter)
    }

    /// `c[k]` of a Counter: its count, 0 when missing.
    pub(crate) fn count_of(&mut self, c: Value, k: Value) -> PyResult {
        Ok(self.dict_get(c, k)?.unwrap_or(zero()))
    }

    /// `Counter.__init__(self, iterable=None, /, **kwds)` on the Counter `d`.
    pub(crate) fn counter_init(&mut self, d: Value, args: &[Value], kw: Kw) -> PyResult<()> {
        if args.len() > 1 {
            let msg = format!(
                "Counter.__init__() takes from 1 to 2 positional arguments but {} were given",
                args.len() + 1
            );
            return Err(self.type_error(&msg));
        }
        self.counter_add_from(d, args.first().copied(), kw, false)
    }

    /// `update` (or `subtract`) from an iterable of items (counted one each) or a mapping
    /// of counts, then from the keywords.
    fn counter_add_from(
        &mut self,
        c: Value,
        source: Option<Value>,
        kw: Kw,
        subtract: bool,
    ) -> PyResult<()> {
        if let Some(src) = source.filter(|s| !s.is_none()) {
            let m = self.payload(src);
            if self.dict_ref(m).is_some() {
                // An empty Counter takes a mapping's values as they are.
                if !subtract && self.dict_len(c) == 0 {
                    self.dict_update_from(c, m)?;
                } else {
                    for (k, v) in self.dict_items(m) {
                        self.counter_bump(c, k, v, subtract)?;
                    }
                }
            } else {
                let one = Value::small(1).unwrap_or(Value::NONE);
                self.for_each_item(src, |vm, k| {
                    vm.counter_bump(c, k, one, subtract).map(|()| true)
                })?;
            }
        }
        // The keywords are a mapping too: an empty Counter takes them as they are.
        let plain = !subtract && self.dict_len(c) == 0;
        for (&k, &v) in kw.names.iter().zip(kw.values) {
            if plain {
                self.dict_set(c, k, v)?;
            } else {
                self.counter_bump(c, k, v, subtract)?;
            }
        }
        Ok(())
    }

    /// `c[k] = n + c[k]` (or `c[k] - n`).
    fn counter_bump(&mut self, c: Value, k: Value, n: Value, subtract: bool) -> PyResult<()> {
        let old = self.count_of(c, k)?;
        let new = if subtract {
            self.binary_op(BinaryOp::Sub, old, n, false)?
        } else {
            self.binary_op(BinaryOp::Add, n, old, false)?
        };
        self.roots.push(new);
        let r = self.dict_set(c, k, new);
        self.roots.pop();
        r
    }

    /// The repr: the items most common first (as inserted when the counts do not order).
    pub(crate) fn counter_repr_into(
        &mut self,
        c: Value,
        name: &str,
        out: &mut String,
    ) -> PyResult<()> {
        if self.dict_len(c) == 0 {
            out.push_str(name);
            out.push_str("()");
            return Ok(());
        }
        if !self.repr_enter(c, "", "", out)? {
            return Ok(());
        }
        let r = (|| {
            let pairs = match self.most_common_pairs(c) {
                Ok(p) => p,
                Err(e)
                    if self.is_instance(self.pending, Value::builtin_type(TypeId::TypeError)) =>
                {
                    let _ = e;
                    self.pending = Value::NONE;
                    self.dict_items(c)
                }
                Err(e) => return Err(e),
            };
            out.push_str(name);
            out.push_str("({");
            for (i, (k, v)) in pairs.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                self.repr_into(k, out)?;
                out.push_str(": ");
                self.repr_into(v, out)?;
            }
            out.push_str("})");
            Ok(())
        })();
        self.repr_stack.pop();
        r
    }

    /// The (key, count) pairs by count, largest first, stably.
    fn most_common_pairs(&mut self, c: Value) -> PyResult<Vec<(Value, Value)>> {
        let pairs = self.dict_items(c);
        let base = self.roots.len();
        let mut items = Vec::with_capacity(pairs.len());
        let r = (|| {
            for &(k, v) in &pairs {
                let t = self.new_tuple(alloc::vec![k, v])?;
                self.roots.push(t);
                items.push(t);
            }
            let keys = pairs.iter().map(|&(_, v)| v).collect();
            crate::types::select::sort_by_keys(self, items, keys, true)
        })();
        let sorted = r.map(|items| {
            items
                .iter()
                .map(|&t| {
                    let p = self.tuple_items(t);
                    (
                        p.first().copied().unwrap_or(Value::NONE),
                        p.get(1).copied().unwrap_or(Value::NONE),
                    )
                })
                .collect()
        });
        self.roots.truncate(base);
        sorted
    }
}

/// The Counter a method runs on (a subclass instance itself for `copy`).
fn counter_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    crate::builtins::checked_receiver(vm, args, name, "Counter", |vm, v| {
        vm.is_counter(vm.payload(v))
    })
}

/// Binds a method's arguments after its receiver the way Python binds `def name(self, ...)`.
fn method_args(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    params: &[crate::qstr::Qstr],
    ndefaults: usize,
) -> PyResult<Vec<Option<Value>>> {
    let fname = format!("Counter.{name}");
    let mut names = alloc::vec![vm.intern("self")];
    names.extend_from_slice(params);
    let sig = Signature {
        fname: &fname,
        names: &names,
        npos: names.len(),
        ndefaults,
    };
    bind(vm, &sig, args, kw)
}

/// `most_common(n=None)`: the `(key, count)` pairs, most common first.
pub fn most_common(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let c = counter_arg(vm, args, "most_common")?;
    let n_name = vm.intern("n");
    let bound = method_args(vm, args, kw, "most_common", &[n_name], 1)?;
    match bound[1].filter(|n| !n.is_none()) {
        None => {
            let pairs = vm.most_common_pairs(c)?;
            let base = vm.roots.len();
            let mut out = Vec::with_capacity(pairs.len());
            let r = (|| {
                for (k, v) in pairs {
                    let t = vm.new_tuple(alloc::vec![k, v])?;
                    vm.roots.push(t);
                    out.push(t);
                }
                vm.new_list(out)
            })();
            vm.roots.truncate(base);
            r
        }
        Some(n) => {
            let items = crate::types::dict::items(vm, &[c], Kw::NONE)?;
            vm.roots.push(items);
            // The count of a pair is its second item.
            let key = crate::types::select::Key::Second;
            let r = crate::types::select::n_best(vm, n, items, key, true);
            vm.roots.pop();
            r
        }
    }
}

/// `elements()`: each key repeated by its count (those above 0), in insertion order.
pub fn elements(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let c = counter_arg(vm, args, "elements")?;
    method_args(vm, args, kw, "elements", &[], 0)?;
    let mut plan: Vec<(Value, usize)> = Vec::new();
    let mut total: usize = 0;
    for (k, n) in vm.dict_items(c) {
        let n = vm.index_ssize(n)?;
        if n > 0 {
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            total = total.saturating_add(n);
            plan.push((k, n));
        }
    }
    vm.check_building(total.saturating_mul(core::mem::size_of::<Value>()))?;
    let mut out = Vec::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(vm.raise_new(TypeId::MemoryError, ""));
    }
    for (k, n) in plan {
        out.extend(core::iter::repeat_n(k, n));
    }
    let list = vm.new_list(out)?;
    vm.roots.push(list);
    let it = vm.get_iter(list);
    vm.roots.pop();
    it
}

/// `total()`: the sum of the counts.
pub fn total(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let c = counter_arg(vm, args, "total")?;
    method_args(vm, args, kw, "total", &[], 0)?;
    let mut sum = zero();
    let base = vm.roots.len();
    vm.roots.push(sum);
    let r = (|| {
        for (_, n) in vm.dict_items(c) {
            sum = vm.binary_op(BinaryOp::Add, sum, n, false)?;
            vm.roots[base] = sum;
        }
        Ok(sum)
    })();
    vm.roots.truncate(base);
    r
}

fn update_or_subtract(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, subtract: bool) -> PyResult {
    let c = counter_arg(vm, args, name)?;
    if args.len() > 2 {
        let msg = format!(
            "Counter.{name}() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        );
        return Err(vm.type_error(&msg));
    }
    vm.counter_add_from(c, args.get(1).copied(), kw, subtract)?;
    Ok(Value::NONE)
}

/// `update(iterable=None, /, **kwds)`: adds the counts.
pub fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    update_or_subtract(vm, args, kw, "update", false)
}

/// `subtract(iterable=None, /, **kwds)`: takes the counts away (they may go negative).
pub fn subtract(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    update_or_subtract(vm, args, kw, "subtract", true)
}

/// `copy()`: `type(c)(c)`, so a subclass instance copies into its own class.
pub fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let c = counter_arg(vm, args, "copy")?;
    method_args(vm, args, kw, "copy", &[], 0)?;
    let cls = vm.type_of(c);
    vm.call_value(cls, &[c])
}

/// `Counter.fromkeys`: refused, as counting from keys alone means nothing.
pub fn fromkeys(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult {
    Err(vm.raise_new(
        TypeId::NotImplementedError,
        "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
    ))
}
