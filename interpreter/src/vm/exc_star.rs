//! The runtime of `except*` (`compile/try_star.rs`): matching a clause against what is
//! still unhandled, and combining at the end what the clauses raised with the rest.
//!
//! As in CPython 3.11, an exception a clause raises counts as a re-raise of the part it
//! handled when it carries the same metadata as the caught group (traceback, `__cause__`,
//! `__context__`): a bare `raise` keeps them, a new exception does not. The re-raised leaves
//! and the unhandled rest are put back in the caught group's shape (a projection of it);
//! newly raised exceptions come first, then that projection, in a new `ExceptionGroup('',
//! ...)` when there is more than one.

use alloc::vec;
use alloc::vec::Vec;

use super::{PyResult, Raised, Vm};
use crate::heap::Obj;
use crate::types::TypeId;
use crate::types::exc_group::Matcher;
use crate::value::Value;

impl Vm {
    /// `CHECK_EG_MATCH`: the part of `rest` that `except* typ` takes and what stays
    /// unhandled, or None when nothing matches. The matched part becomes the exception being
    /// handled; a naked exception is wrapped in `ExceptionGroup('', (exc,))`.
    pub(super) fn check_eg_match(
        &mut self,
        rest: Value,
        typ: Value,
    ) -> PyResult<Option<(Value, Value)>> {
        self.check_star_type(typ)?;
        if rest.is_none() {
            return Ok(None);
        }
        let classes = match self.heap.get(typ) {
            Some(Obj::Tuple(items)) => items.to_vec(),
            _ => vec![typ],
        };
        let matched = if classes.iter().any(|&c| self.is_instance(rest, c)) {
            if self.group_parts(rest).is_some() {
                Some((Value::NONE, rest))
            } else {
                let excs = self.new_tuple(vec![rest])?;
                let eg = self.new_wrapper_group(excs)?;
                Some((Value::NONE, eg))
            }
        } else if self.group_parts(rest).is_some() {
            let s = self.split_group(rest, Matcher::Type(typ), true)?;
            (!s.matched.is_none()).then_some((s.rest, s.matched))
        } else {
            None
        };
        if let Some((_, m)) = matched
            && let Some(top) = self.handled.last_mut()
        {
            *top = m;
        }
        Ok(matched)
    }

    /// The classes of `except* typ` must be exception classes and not groups.
    fn check_star_type(&mut self, typ: Value) -> PyResult<()> {
        let classes = match self.heap.get(typ) {
            Some(Obj::Tuple(items)) => items.to_vec(),
            _ => vec![typ],
        };
        let base = Value::builtin_type(TypeId::BaseException);
        let group = Value::builtin_type(TypeId::BaseExceptionGroup);
        for &c in &classes {
            if !(self.is_type(c) && self.is_subclass(c, base)) {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        if classes.iter().any(|&c| self.is_subclass(c, group)) {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    }

    /// `BaseExceptionGroup('', excs)`, as the machinery (not a program) makes it.
    fn new_wrapper_group(&mut self, excs: Value) -> PyResult {
        let base = Value::builtin_type(TypeId::BaseExceptionGroup);
        self.new_exception_group(base, &[Value::qstr(crate::qstr::Q::empty), excs])
    }

    /// `RERAISE_STAR`: what the `try` raises once every clause ran, from the caught `orig`
    /// and the list of what the clauses raised followed by the unhandled rest (or None).
    pub(super) fn reraise_star(&mut self, orig: Value, raised: Value) -> PyResult<Option<Value>> {
        let excs: Vec<Value> = match self.heap.get(raised) {
            Some(Obj::List(items)) => items.iter().copied().filter(|v| !v.is_none()).collect(),
            _ => Vec::new(),
        };
        let Some(&first) = excs.first() else {
            return Ok(None);
        };
        if self.group_parts(orig).is_none() {
            // A naked exception was caught: at most one clause ran, raising `first`.
            return Ok(Some(first));
        }
        let (mut new, mut again) = (Vec::new(), Vec::new());
        for e in excs {
            if self.same_metadata(e, orig) {
                again.push(e);
            } else {
                new.push(e);
            }
        }
        let mut leaves = Vec::new();
        for e in again {
            self.collect_leaves(e, &mut leaves);
        }
        let projection = self
            .split_group(orig, Matcher::Leaves(&leaves), false)?
            .matched;
        if !projection.is_none() {
            self.young.push(projection);
            new.push(projection);
        }
        Ok(match new.len() {
            0 => None,
            1 => Some(new[0]),
            _ => {
                let list = self.new_list(new)?;
                Some(self.new_wrapper_group(list)?)
            }
        })
    }

    /// Whether `a` and `b` share traceback, cause and context (`a` re-raises part of `b`).
    fn same_metadata(&self, a: Value, b: Value) -> bool {
        let (Some(Obj::Exception(x)), Some(Obj::Exception(y))) =
            (self.heap.get(a), self.heap.get(b))
        else {
            return false;
        };
        let same_tb = x.traceback.len() == y.traceback.len()
            && x.traceback
                .iter()
                .zip(&y.traceback)
                .all(|(p, q)| alloc::rc::Rc::ptr_eq(&p.code, &q.code) && p.line == q.line);
        same_tb && x.cause == y.cause && x.context == y.context
    }

    /// The leaf exceptions of `e` (itself when it is not a group), depth first.
    fn collect_leaves(&self, e: Value, out: &mut Vec<Value>) {
        let mut work = vec![e];
        while let Some(v) = work.pop() {
            match self.group_parts(v) {
                Some((_, excs)) => work.extend(self.tuple_items(excs).iter().rev()),
                None => out.push(v),
            }
        }
    }

    /// Raises `exc` from `RERAISE_STAR` as a re-raise: it keeps its traceback and context.
    pub(super) fn raise_star_result(&mut self, exc: Value) -> Raised {
        self.pending = exc;
        self.reraising = true;
        Raised
    }
}
