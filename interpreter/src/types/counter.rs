//! `collections.Counter`: a dict of kind `Counter` (`dict::DictKind`) whose missing keys
//! count 0. This file owns what it adds to a dict: counting from iterables and mappings
//! (`update`, `subtract`), `most_common`, `elements`, `total`, the repr (most common
//! first), the multiset arithmetic (`+ - | &`, unary `+ -`, in place too) and comparisons
//! (missing keys equal to 0; `<=` as inclusion).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::Kw;
use crate::bytecode::{BinaryOp, CompareOp};
use crate::types::TypeId;
use crate::types::dict::DictKind;
use crate::types::namedtuple::{Signature, bind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn zero() -> Value {
    Value::small(0).unwrap_or(Value::NONE)
}

impl Vm {
    pub(crate) fn is_counter(&self, v: Value) -> bool {
        self.dict_kind(v) == Some(DictKind::Counter)
    }

    /// `c[k]` of a Counter: its count, 0 when missing.
    fn count_of(&mut self, c: Value, k: Value) -> PyResult {
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

    /// `a == b` for two Counters: every key of either has the same count in both.
    pub(crate) fn counter_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        self.counter_all(a, b, CompareOp::Eq)
    }

    /// Whether `a[k] op b[k]` holds for every key of either Counter.
    fn counter_all(&mut self, a: Value, b: Value, op: CompareOp) -> PyResult<bool> {
        let keys: Vec<Value> = self
            .dict_items(a)
            .into_iter()
            .chain(self.dict_items(b))
            .map(|(k, _)| k)
            .collect();
        for k in keys {
            let (x, y) = (self.count_of(a, k)?, self.count_of(b, k)?);
            let r = self.compare_op(op, x, y)?;
            if !self.truthy(r)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a < b` and the other orderings of two Counters: inclusion of multisets.
    pub(crate) fn counter_order(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<bool> {
        Ok(match op {
            CompareOp::Le => self.counter_all(a, b, CompareOp::Le)?,
            CompareOp::Ge => self.counter_all(a, b, CompareOp::Ge)?,
            CompareOp::Lt => self.counter_all(a, b, CompareOp::Le)? && !self.counter_eq(a, b)?,
            _ => self.counter_all(a, b, CompareOp::Ge)? && !self.counter_eq(a, b)?,
        })
    }

    /// Whether `n > 0`.
    fn positive(&mut self, n: Value) -> PyResult<bool> {
        let r = self.compare_op(CompareOp::Gt, n, zero())?;
        self.truthy(r)
    }

    /// `+ - | &` with a Counter: a new Counter of the positive results (the left one
    /// updated in place, then kept positive, for the augmented forms). NotImplemented
    /// unless both are Counters (any mapping on the right in place).
    pub(crate) fn counter_binary(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult {
        if !matches!(
            op,
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Or | BinaryOp::And
        ) || !self.is_counter(a)
        {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        if inplace && self.dict_ref(b).is_some() {
            // `&=` walks its own keys, the others the right operand's.
            let pairs = if op == BinaryOp::And {
                self.dict_items(a)
            } else {
                self.dict_items(b)
            };
            for (k, n) in pairs {
                let (mine, theirs) = if op == BinaryOp::And {
                    (n, self.count_of(b, k)?)
                } else {
                    (self.count_of(a, k)?, n)
                };
                let new = match op {
                    BinaryOp::Add | BinaryOp::Sub => Some(self.binary_op(op, mine, theirs, false)?),
                    BinaryOp::Or => self.order(CompareOp::Gt, theirs, mine)?.then_some(theirs),
                    _ => self.order(CompareOp::Lt, theirs, mine)?.then_some(theirs),
                };
                if let Some(new) = new {
                    self.roots.push(new);
                    let r = self.dict_set(a, k, new);
                    self.roots.pop();
                    r?;
                }
            }
            for (k, n) in self.dict_items(a) {
                if !self.positive(n)? {
                    self.dict_delete(a, k)?;
                }
            }
            return Ok(a);
        }
        if !self.is_counter(b) {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        let out = self.new_dict_kind(DictKind::Counter)?;
        self.roots.push(out);
        let r = self.counter_combine(op, a, b, out);
        self.roots.pop();
        r.map(|()| out)
    }

    fn counter_combine(&mut self, op: BinaryOp, a: Value, b: Value, out: Value) -> PyResult<()> {
        for (k, n) in self.dict_items(a) {
            let other = self.count_of(b, k)?;
            let new = match op {
                BinaryOp::Add | BinaryOp::Sub => self.binary_op(op, n, other, false)?,
                BinaryOp::Or => {
                    if self.order(CompareOp::Lt, n, other)? {
                        other
                    } else {
                        n
                    }
                }
                _ => {
                    if self.order(CompareOp::Lt, n, other)? {
                        n
                    } else {
                        other
                    }
                }
            };
            self.roots.push(new);
            let r = match self.positive(new) {
                Ok(true) => self.dict_set(out, k, new),
                Ok(false) => Ok(()),
                Err(e) => Err(e),
            };
            self.roots.pop();
            r?;
        }
        if op == BinaryOp::And {
            return Ok(());
        }
        for (k, n) in self.dict_items(b) {
            if self.dict_get(a, k)?.is_some() {
                continue;
            }
            if op == BinaryOp::Sub {
                let r = self.compare_op(CompareOp::Lt, n, zero())?;
                if self.truthy(r)? {
                    let neg = self.binary_op(BinaryOp::Sub, zero(), n, false)?;
                    self.roots.push(neg);
                    let r = self.dict_set(out, k, neg);
                    self.roots.pop();
                    r?;
                }
            } else if self.positive(n)? {
                self.dict_set(out, k, n)?;
            }
        }
        Ok(())
    }

    /// `+c` (the positive counts) or `-c` (the negative ones, negated).
    pub(crate) fn counter_unary(&mut self, c: Value, negate: bool) -> PyResult {
        let out = self.new_dict_kind(DictKind::Counter)?;
        self.roots.push(out);
        let r = (|| {
            for (k, n) in self.dict_items(c) {
                if negate {
                    let r = self.compare_op(CompareOp::Lt, n, zero())?;
                    if self.truthy(r)? {
                        let neg = self.binary_op(BinaryOp::Sub, zero(), n, false)?;
                        self.roots.push(neg);
                        let r = self.dict_set(out, k, neg);
                        self.roots.pop();
                        r?;
                    }
                } else if self.positive(n)? {
                    self.dict_set(out, k, n)?;
                }
            }
            Ok(out)
        })();
        self.roots.pop();
        r
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
