//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction, `message`,
//! `exceptions`, `str()`, and the structural operations `derive`, `subgroup` and `split`.
//!
//! A group is an ordinary exception object (`Obj::Exception`) whose `group` field holds the
//! tuple `(message, exceptions)` fixed by `__new__`; `args` keeps what the constructor was
//! given, as in CPython. Invariants: `exceptions` is a non-empty tuple of exception
//! instances, and a group whose class derives from `Exception` holds none that is only a
//! `BaseException`.
//!
//! `split` rebuilds the matching and the remaining parts of a nested group with the
//! original's `derive`, then copies the original's `__traceback__`, `__cause__`,
//! `__context__` and a copy of its `__notes__` onto each part. `except*` uses the same
//! machinery (`vm/exc_star.rs`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::{Kw, wrong_receiver};
use crate::heap::Obj;
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What `split` and `subgroup` match the leaves of a group against.
#[derive(Clone, Copy)]
pub(crate) enum Matcher<'a> {
    /// An exception class or a tuple of them (`isinstance`).
    Type(Value),
    /// A callable returning a truth value.
    Predicate(Value),
    /// These very exception objects (by identity): `except*` keeps the re-raised leaves.
    Leaves(&'a [Value]),
}

/// The parts `split` returns: each a group, or None when nothing went there.
pub(crate) struct Split {
    pub matched: Value,
    pub rest: Value,
}

impl Vm {
    /// `(message, exceptions)` of a group; None for any other value.
    pub(crate) fn group_parts(&self, v: Value) -> Option<(Value, Value)> {
        match self.heap.get(v) {
            Some(Obj::Exception(e)) if e.group != Value::UNBOUND => match self.heap.get(e.group) {
                Some(Obj::Tuple(t)) if t.len() == 2 => Some((t[0], t[1])),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` is an exception instance (of any class).
    pub(crate) fn is_exception_value(&self, v: Value) -> bool {
        matches!(self.heap.get(v), Some(Obj::Exception(_)))
    }

    /// `cls.__new__(cls, message, exceptions)` for `cls` deriving from BaseExceptionGroup,
    /// with CPython's checks; `BaseExceptionGroup` itself gives an `ExceptionGroup` when
    /// every exception is an `Exception`.
    pub(crate) fn new_exception_group(&mut self, cls: Value, args: &[Value]) -> PyResult {
        let [msg, excs] = *args else {
            let msg = format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.len()
            );
            return Err(self.type_error(&msg));
        };
        if self.str_text(self.payload(msg)).is_none() {
            let msg = format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                self.type_name_of(msg)
            );
            return Err(self.type_error(&msg));
        }
        if !self.is_sequence(excs) {
            return Err(self.type_error("second argument (exceptions) must be a sequence"));
        }
        let items = self.collect_iterable(excs)?;
        if items.is_empty() {
            return Err(
                self.value_error("second argument (exceptions) must be a non-empty sequence")
            );
        }
        let exception = Value::builtin_type(TypeId::Exception);
        let mut nested_base = false;
        for (i, &item) in items.iter().enumerate() {
            if !self.is_exception_value(item) {
                let msg = format!("Item {i} of second argument (exceptions) is not an exception");
                return Err(self.value_error(&msg));
            }
            nested_base |= !self.is_instance(item, exception);
        }
        let mut cls = cls;
        if cls == Value::builtin_type(TypeId::BaseExceptionGroup) {
            if !nested_base {
                cls = Value::builtin_type(TypeId::ExceptionGroup);
            }
        } else if nested_base && self.is_subclass(cls, exception) {
            let msg = if cls == Value::builtin_type(TypeId::ExceptionGroup) {
                String::from("Cannot nest BaseExceptions in an ExceptionGroup")
            } else {
                format!("Cannot nest BaseExceptions in '{}'", self.type_name(cls))
            };
            return Err(self.type_error(&msg));
        }
        let excs = self.new_tuple(items)?;
        let group = self.new_tuple(alloc::vec![msg, excs])?;
        let given = self.new_tuple(args.to_vec())?;
        let eg = self.new_exception(cls, given)?;
        if let Some(Obj::Exception(e)) = self.heap.get_mut(eg) {
            e.group = group;
        }
        Ok(eg)
    }

    /// CPython's `PySequence_Check`: the type has `__getitem__` and is not a mapping.
    fn is_sequence(&self, v: Value) -> bool {
        let t = self.type_of(v);
        let mapping = [TypeId::Dict, TypeId::MappingProxy]
            .iter()
            .any(|&m| self.is_subclass(t, Value::builtin_type(m)));
        !mapping && self.lookup(t, Q::__getitem__).is_some()
    }

    /// `str(group)`: `message (n sub-exceptions)`.
    pub(crate) fn group_str_into(&mut self, eg: Value, out: &mut String) -> PyResult<()> {
        let Some((msg, excs)) = self.group_parts(eg) else {
            return Ok(());
        };
        self.str_into(msg, out)?;
        let n = self.tuple_items(excs).len();
        let s = if n == 1 { "" } else { "s" };
        out.push_str(&format!(" ({n} sub-exception{s})"));
        Ok(())
    }

    /// Reads `split`'s argument: a callable that is not a type is a predicate; otherwise an
    /// exception class or a tuple of them.
    pub(crate) fn group_matcher(&mut self, v: Value) -> PyResult<Matcher<'static>> {
        let callable = crate::builtins::functions::callable(self, &[v], Kw::NONE)?;
        if callable == Value::TRUE && !self.is_type(v) {
            return Ok(Matcher::Predicate(v));
        }
        let base = Value::builtin_type(TypeId::BaseException);
        let is_exc_class = |vm: &Vm, t: Value| vm.is_type(t) && vm.is_subclass(t, base);
        let ok = match self.heap.get(v) {
            Some(Obj::Tuple(items)) => items.iter().all(|&t| is_exc_class(self, t)),
            _ => is_exc_class(self, v),
        };
        if !ok {
            return Err(
                self.type_error("expected a function, exception type or tuple of exception types")
            );
        }
        Ok(Matcher::Type(v))
    }

    fn group_matches(&mut self, exc: Value, m: Matcher) -> PyResult<bool> {
        match m {
            Matcher::Type(t) => {
                let classes = match self.heap.get(t) {
                    Some(Obj::Tuple(items)) => items.to_vec(),
                    _ => alloc::vec![t],
                };
                Ok(classes.iter().any(|&c| self.is_instance(exc, c)))
            }
            Matcher::Predicate(f) => {
                let r = self.call_value(f, &[exc])?;
                self.young.push(r);
                self.truthy(r)
            }
            Matcher::Leaves(leaves) => Ok(leaves.contains(&exc)),
        }
    }

    /// Splits `exc` by `m` into the part that matches and, with `with_rest`, the rest,
    /// keeping the nesting: a matching exception (group or leaf) goes whole.
    pub(crate) fn split_group(
        &mut self,
        exc: Value,
        m: Matcher,
        with_rest: bool,
    ) -> PyResult<Split> {
        if self.group_matches(exc, m)? {
            return Ok(Split {
                matched: exc,
                rest: Value::NONE,
            });
        }
        let Some((_, excs)) = self.group_parts(exc) else {
            let rest = if with_rest { exc } else { Value::NONE };
            return Ok(Split {
                matched: Value::NONE,
                rest,
            });
        };
        let children = self.tuple_items(excs).to_vec();
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for child in children {
            let part = self.deeper(|vm| vm.split_group(child, m, with_rest))?;
            // Parts made by `derive` are held only here: keep them rooted.
            for (v, into) in [(part.matched, &mut matched), (part.rest, &mut rest)] {
                if !v.is_none() {
                    self.young.push(v);
                    into.push(v);
                }
            }
        }
        let matched = self.group_subset(exc, matched)?;
        self.young.push(matched);
        let rest = if with_rest {
            self.group_subset(exc, rest)?
        } else {
            Value::NONE
        };
        Ok(Split { matched, rest })
    }

    /// Runs `f` one level deeper in Rust recursion, as a RecursionError past the limit (a
    /// group can be nested as deep as a program likes).
    fn deeper<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.native_depth += 1;
        let r = if self.too_deep() {
            Err(self.raise_new(TypeId::RecursionError, "maximum recursion depth exceeded"))
        } else {
            f(self)
        };
        self.native_depth -= 1;
        r
    }

    /// A group like `orig` holding `excs` (None when empty): `orig.derive(excs)`, with the
    /// traceback, cause, context and a copy of the notes of `orig`.
    fn group_subset(&mut self, orig: Value, excs: Vec<Value>) -> PyResult {
        if excs.is_empty() {
            return Ok(Value::NONE);
        }
        let list = self.new_list(excs)?;
        let derive = self.load_attr(orig, Q::derive)?;
        self.young.push(derive);
        let eg = self.call_value(derive, &[list])?;
        self.young.push(eg);
        if self.group_parts(eg).is_none() {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        let (tb, cause, context) = match self.heap.get(orig) {
            Some(Obj::Exception(e)) => (e.traceback.clone(), e.cause, e.context),
            _ => (Vec::new(), Value::NONE, Value::NONE),
        };
        let head = self.exc_traceback(orig)?;
        if let Some(Obj::Exception(e)) = self.heap.get_mut(eg) {
            e.tb_links = if head.is_none() { 0 } else { tb.len() };
            e.traceback = tb;
            e.tb_head = if head.is_none() { Value::UNBOUND } else { head };
            e.cause = cause;
            e.context = context;
            e.suppress_context = true;
        }
        let notes = match self.instance_dict(orig).filter(|&d| d != Value::UNBOUND) {
            Some(d) => self.dict_get_qstr(d, Q::__notes__),
            None => None,
        };
        if let Some(notes) = notes
            && self.is_sequence(notes)
        {
            let items = self.collect_iterable(notes)?;
            let copy = self.new_list(items)?;
            self.store_attr(eg, Q::__notes__, copy)?;
        }
        Ok(eg)
    }
}

/// The group a method of BaseExceptionGroup was called on.
fn receiver(vm: &mut Vm, args: &[Value], name: &str) -> PyResult {
    match args.first() {
        Some(&v) if vm.group_parts(v).is_some() => Ok(v),
        other => Err(wrong_receiver(
            vm,
            name,
            "BaseExceptionGroup",
            other.copied(),
        )),
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
pub(crate) fn group_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    let base = Value::builtin_type(TypeId::BaseExceptionGroup);
    if !vm.is_type(cls) {
        let msg = format!(
            "BaseExceptionGroup.__new__(X): X is not a type object ({})",
            vm.type_name_of(cls)
        );
        return Err(vm.type_error(&msg));
    }
    if !vm.is_subclass(cls, base) {
        let name = vm.type_name(cls);
        let msg = format!(
            "BaseExceptionGroup.__new__({name}): {name} is not a subtype of BaseExceptionGroup"
        );
        return Err(vm.type_error(&msg));
    }
    vm.new_exception_group(cls, &args[1..])
}

/// `BaseExceptionGroup.__str__`.
pub(crate) fn group_str(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let eg = receiver(vm, args, "__str__")?;
    kw.check(vm, "__str__", &[])?;
    let mut out = String::new();
    vm.group_str_into(eg, &mut out)?;
    vm.new_str(out)
}

/// `BaseExceptionGroup.derive(excs)`: `BaseExceptionGroup(self.message, excs)`.
pub(crate) fn group_derive(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let eg = receiver(vm, args, "derive")?;
    kw.check(vm, "BaseExceptionGroup.derive", &[])?;
    if args.len() != 2 {
        let msg = format!(
            "function takes exactly 1 argument ({} given)",
            args.len() - 1
        );
        return Err(vm.type_error(&msg));
    }
    let Some((msg, _)) = vm.group_parts(eg) else {
        return Ok(Value::NONE);
    };
    let base = Value::builtin_type(TypeId::BaseExceptionGroup);
    vm.new_exception_group(base, &[msg, args[1]])
}

/// `BaseExceptionGroup.subgroup(condition)`: the matching part, or None.
pub(crate) fn group_subgroup(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (eg, m) = split_args(vm, args, kw, "subgroup")?;
    Ok(vm.split_group(eg, m, false)?.matched)
}

/// `BaseExceptionGroup.split(condition)`: `(match, rest)`, either None when empty.
pub(crate) fn group_split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (eg, m) = split_args(vm, args, kw, "split")?;
    let s = vm.split_group(eg, m, true)?;
    vm.new_tuple(alloc::vec![s.matched, s.rest])
}

fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
) -> PyResult<(Value, Matcher<'static>)> {
    let eg = receiver(vm, args, name)?;
    kw.check(vm, &format!("BaseExceptionGroup.{name}"), &[])?;
    if args.len() != 2 {
        let msg = format!("{name} expected 1 argument, got {}", args.len() - 1);
        return Err(vm.type_error(&msg));
    }
    let m = vm.group_matcher(args[1])?;
    Ok((eg, m))
}
