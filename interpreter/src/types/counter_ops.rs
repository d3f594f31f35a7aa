//! The multiset operations of `collections.Counter`: `+ - | &` (keeping the positive
//! counts), unary `+` and `-`, their in-place forms, and the comparisons (missing keys
//! equal to 0; `<=` as inclusion).

use alloc::vec::Vec;

use crate::bytecode::{BinaryOp, CompareOp};
use crate::types::counter::zero;
use crate::types::dict::DictKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
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
