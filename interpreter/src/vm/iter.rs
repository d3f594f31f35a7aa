//! Iteration: `iter()`, `next()`, collecting an iterable, and unpacking into the stack.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::heap::{DictViewKind, IterObj, Obj};
use crate::types::TypeId;
use crate::types::dict::Dict;
use crate::value::Value;

impl Vm {
    /// `iter(v)`.
    pub(crate) fn get_iter(&mut self, v: Value) -> PyResult {
        if let Some(m) = self.proxied(v) {
            return self.get_iter(m);
        }
        if v.as_qstr().is_some() {
            return self.alloc(Obj::Iter(Box::new(IterObj::Seq { seq: v, pos: 0 })));
        }
        if self.is_released_view(v) {
            return Err(self.released_error());
        }
        let it = match self.heap.get(v) {
            Some(
                Obj::Str(_)
                | Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Bytes(_)
                | Obj::ByteArray(_)
                | Obj::MemoryView(_)
                | Obj::Array(_),
            ) => IterObj::Seq { seq: v, pos: 0 },
            Some(Obj::Range(r)) => IterObj::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Some(Obj::Dict(d)) => IterObj::Dict {
                dict: v,
                pos: 0,
                kind: DictViewKind::Keys,
                len: d.len(),
                left: d.len(),
                version: d.version(),
            },
            Some(Obj::DictView { dict, kind }) => {
                let len = self.dict_len(*dict);
                IterObj::Dict {
                    dict: *dict,
                    pos: 0,
                    kind: *kind,
                    len,
                    left: len,
                    version: self.dict_ref(*dict).map_or(0, |d| d.version()),
                }
            }
            Some(Obj::Iter(_)) => return Ok(v),
            Some(Obj::Stream(_)) => return self.stream_iter(v),
            Some(Obj::Deque(_)) => return self.deque_iter(v, false),
            Some(Obj::Set(s)) => IterObj::Set {
                set: v,
                pos: 0,
                len: s.table.len(),
            },
            Some(Obj::Generator(g)) if g.code.flags & crate::bytecode::flags::GENERATOR != 0 => {
                return Ok(v);
            }
            Some(Obj::Instance(_) | Obj::Class(_) | Obj::Exception(_)) if self.is_user_obj(v) => {
                return self.iter_dunder(v);
            }
            _ => {
                let msg = format!("'{}' object is not iterable", self.type_name_of(v));
                return Err(self.type_error(&msg));
            }
        };
        self.alloc(Obj::Iter(Box::new(it)))
    }

    /// Whether `iter(v)` could succeed: a builtin iterable, or an object whose class has
    /// `__iter__` (not None) or `__getitem__`. (The call itself may still raise.)
    pub(crate) fn is_iterable(&self, v: Value) -> bool {
        if v.as_qstr().is_some() {
            return true;
        }
        match self.heap.get(v) {
            Some(
                Obj::Str(_)
                | Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Bytes(_)
                | Obj::ByteArray(_)
                | Obj::MemoryView(_)
                | Obj::Array(_)
                | Obj::Range(_)
                | Obj::Dict(_)
                | Obj::DictView { .. }
                | Obj::Iter(_)
                | Obj::Stream(_)
                | Obj::Set(_)
                | Obj::Deque(_),
            ) => true,
            Some(Obj::Generator(g)) => g.code.flags & crate::bytecode::flags::GENERATOR != 0,
            Some(Obj::Instance(_) | Obj::Class(_) | Obj::Exception(_)) if self.is_user_obj(v) => {
                let t = self.type_of(v);
                self.lookup(t, crate::qstr::Q::__iter__)
                    .is_some_and(|f| !f.is_none())
                    || self.lookup(t, crate::qstr::Q::__getitem__).is_some()
            }
            _ => false,
        }
    }

    /// The next item of iterator `it`, or `None` when exhausted.
    pub(crate) fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Some(Obj::Iter(state)) = self.heap.get(it) else {
            if self.is_user_obj(it) {
                return self.next_dunder(it);
            }
            if let Some(g) = self.gen_ref(it)
                && g.code.flags & crate::bytecode::flags::GENERATOR != 0
            {
                return self.gen_next(it);
            }
            if self.stream(it).is_some() {
                return self.stream_next(it);
            }
            let msg = format!("'{}' object is not an iterator", self.type_name_of(it));
            return Err(self.type_error(&msg));
        };
        match **state {
            IterObj::Deque { .. } => self.deque_iter_next(it),
            IterObj::HeapqMerge { .. } => self.heapq_merge_next(it),
            IterObj::GetItem { obj, index } => {
                if index == usize::MAX {
                    return Ok(None);
                }
                self.getitem_iter_next(it, obj, index)
            }
            IterObj::Seq { seq, pos } => {
                if let Some(text) = self.str_text(seq) {
                    let Some(c) = text.get(pos..).and_then(|rest| rest.chars().next()) else {
                        return Ok(None);
                    };
                    self.set_iter_pos(it, pos + c.len_utf8());
                    return self.new_char(c).map(Some);
                }
                let item = match self.heap.get(seq) {
                    Some(Obj::List(items)) => items.get(pos).copied(),
                    Some(Obj::Tuple(items)) => items.get(pos).copied(),
                    Some(Obj::MemoryView(_)) => self.view_get(seq, pos)?,
                    Some(Obj::Array(_)) => self.array_get(seq, pos)?,
                    Some(Obj::Bytes(_) | Obj::ByteArray(_)) => self
                        .with_buffer(seq, |b| b.get(pos).copied())
                        .flatten()
                        .and_then(|c| Value::small(c as i64)),
                    _ => None,
                };
                // An exhausted iterator stays exhausted, even if its list grows later.
                self.set_iter_pos(it, if item.is_some() { pos + 1 } else { usize::MAX });
                Ok(item)
            }
            IterObj::Unpack { st, buf, pos } => {
                if pos == usize::MAX {
                    return Ok(None);
                }
                self.unpack_iter_next(it, st, buf, pos)
            }
            IterObj::Range { next, stop, step } => {
                let more = if step > 0 { next < stop } else { next > stop };
                if !more {
                    return Ok(None);
                }
                if let Some(Obj::Iter(state)) = self.heap.get_mut(it)
                    && let IterObj::Range { next: n, .. } = &mut **state
                {
                    *n = next.saturating_add(step);
                    if (step > 0 && *n < next) || (step < 0 && *n > next) {
                        *n = stop;
                    }
                }
                self.new_i128(next).map(Some)
            }
            IterObj::Enumerate { it: inner, count } => {
                let Some(item) = self.iter_next(inner)? else {
                    return Ok(None);
                };
                self.roots.push(item);
                let next = self.binary_op(
                    crate::bytecode::BinaryOp::Add,
                    count,
                    Value::small(1).unwrap_or(count),
                    false,
                );
                let next = match next {
                    Ok(next) => next,
                    Err(e) => {
                        self.roots.pop();
                        return Err(e);
                    }
                };
                // Once the iterator holds the next count, this one (a big int made by an
                // earlier step) lives only here: keep it rooted while the pair is made.
                self.roots.push(count);
                if let Some(Obj::Iter(state)) = self.heap.get_mut(it)
                    && let IterObj::Enumerate { count: c, .. } = &mut **state
                {
                    *c = next;
                }
                let pair = self.new_tuple(alloc::vec![count, item]);
                self.roots.pop();
                self.roots.pop();
                pair.map(Some)
            }
            IterObj::Map { func, iters } => {
                let Some(items) = self.next_of_each(iters)? else {
                    return Ok(None);
                };
                self.roots.push(items);
                let args = self.tuple_items(items).to_vec();
                let r = self.call_value(func, &args);
                self.roots.pop();
                r.map(Some)
            }
            IterObj::Filter { func, it } => loop {
                let Some(x) = self.iter_next(it)? else {
                    return Ok(None);
                };
                self.roots.push(x);
                let keep = if func.is_none() {
                    self.truthy(x)
                } else {
                    self.call_value(func, &[x]).and_then(|r| self.truthy(r))
                };
                self.roots.pop();
                if keep? {
                    return Ok(Some(x));
                }
                self.tick()?;
            },
            IterObj::Reversed { seq, left } => {
                if left == 0 {
                    return Ok(None);
                }
                let item = if self.is_user_obj(seq) {
                    // `seq[left - 1]` by the sequence protocol; an IndexError or
                    // StopIteration from it ends the iteration.
                    let idx = self.new_int(left as i64 - 1)?;
                    match self.subscr(seq, idx) {
                        Ok(v) => Some(v),
                        Err(raised) => {
                            let ends = [TypeId::IndexError, TypeId::StopIteration]
                                .iter()
                                .any(|&t| self.is_instance(self.pending, Value::builtin_type(t)));
                            if !ends {
                                return Err(raised);
                            }
                            self.pending = Value::NONE;
                            None
                        }
                    }
                } else {
                    self.seq_item(seq, left - 1)
                };
                let left = if item.is_some() { left - 1 } else { 0 };
                if let Some(Obj::Iter(state)) = self.heap.get_mut(it)
                    && let IterObj::Reversed { left: l, .. } = &mut **state
                {
                    *l = left;
                }
                Ok(item)
            }
            IterObj::Zip { iters } => self.next_of_each(iters),
            IterObj::StrictZip { iters } => self.next_of_each_strict(iters),
            IterObj::AsyncGenStep { .. } => self.async_gen_advance(it, Value::NONE, None),
            IterObj::AnextAwaitable { .. } => self.anext_advance(it, Value::NONE),
            IterObj::Callable { func, sentinel } => {
                if func == Value::UNBOUND {
                    return Ok(None);
                }
                let v = match self.call_value(func, &[]) {
                    Ok(v) => Some(v),
                    // A StopIteration from the callable ends the iteration, as the sentinel
                    // does.
                    Err(raised) => {
                        let stop = Value::builtin_type(TypeId::StopIteration);
                        if !self.is_instance(self.pending, stop) {
                            return Err(raised);
                        }
                        self.pending = Value::NONE;
                        None
                    }
                };
                let done = match v {
                    Some(v) => v == sentinel || self.eq(v, sentinel)?,
                    None => true,
                };
                if done {
                    if let Some(Obj::Iter(state)) = self.heap.get_mut(it)
                        && let IterObj::Callable { func, .. } = &mut **state
                    {
                        *func = Value::UNBOUND;
                    }
                    return Ok(None);
                }
                Ok(v)
            }
            IterObj::Set { set, pos, len } => {
                let Some(Obj::Set(s)) = self.heap.get(set) else {
                    return Ok(None);
                };
                if s.table.len() != len {
                    if let Some(Obj::Iter(state)) = self.heap.get_mut(it)
                        && let IterObj::Set { len, .. } = &mut **state
                    {
                        // Report once; the iterator is spent afterwards.
                        *len = usize::MAX;
                    }
                    if len == usize::MAX {
                        return Ok(None);
                    }
                    return Err(
                        self.raise_new(TypeId::RuntimeError, "Set changed size during iteration")
                    );
                }
                match s.table.next_from(pos) {
                    Some((i, key)) => {
                        if let Some(Obj::Iter(state)) = self.heap.get_mut(it)
                            && let IterObj::Set { pos, .. } = &mut **state
                        {
                            *pos = i + 1;
                        }
                        Ok(Some(key))
                    }
                    None => Ok(None),
                }
            }
            IterObj::DictReversed {
                dict,
                pos,
                kind,
                len,
                version,
            } => {
                let Some(d) = self.dict_unchanged(dict, len, version)? else {
                    return Ok(None);
                };
                let Some((at, e)) = d.prev_before(pos) else {
                    return Ok(None);
                };
                let (k, v) = (e.key, e.value);
                if let Some(Obj::Iter(state)) = self.heap.get_mut(it)
                    && let IterObj::DictReversed { pos, .. } = &mut **state
                {
                    *pos = at;
                }
                self.dict_view_item(kind, k, v).map(Some)
            }
            IterObj::Dict {
                dict,
                pos,
                kind,
                len,
                left,
                version,
            } => {
                let Some(d) = self.dict_unchanged(dict, len, version)? else {
                    return Ok(None);
                };
                let Some((at, e)) = d.next_from(pos) else {
                    return Ok(None);
                };
                let (k, v) = (e.key, e.value);
                if left == 0 {
                    return Err(self.raise_new(
                        TypeId::RuntimeError,
                        "dictionary keys changed during iteration",
                    ));
                }
                if let Some(Obj::Iter(state)) = self.heap.get_mut(it)
                    && let IterObj::Dict { pos, left, .. } = &mut **state
                {
                    (*pos, *left) = (at + 1, *left - 1);
                }
                self.dict_view_item(kind, k, v).map(Some)
            }
        }
    }

    /// The dict an iterator walks, checked to still have the `len` it started with (an
    /// OrderedDict: to be at the `version` it started at).
    fn dict_unchanged(&mut self, dict: Value, len: usize, version: u32) -> PyResult<Option<&Dict>> {
        match self.heap.get(dict) {
            Some(Obj::Dict(d))
                if d.kind() == crate::types::dict::DictKind::OrderedDict
                    && d.version() != version =>
            {
                Err(self.raise_new(TypeId::RuntimeError, "OrderedDict mutated during iteration"))
            }
            Some(Obj::Dict(d)) if d.len() != len => Err(self.raise_new(
                TypeId::RuntimeError,
                "dictionary changed size during iteration",
            )),
            Some(Obj::Dict(_)) => match self.heap.get(dict) {
                Some(Obj::Dict(d)) => Ok(Some(d)),
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// What a dict iterator of `kind` yields for the entry `k: v`.
    fn dict_view_item(&mut self, kind: DictViewKind, k: Value, v: Value) -> PyResult {
        match kind {
            DictViewKind::Keys => Ok(k),
            DictViewKind::Values => Ok(v),
            DictViewKind::Items => self.new_tuple(alloc::vec![k, v]),
        }
    }

    /// `enumerate(iterable, start=0)`.
    pub(crate) fn new_enumerate(&mut self, iterable: Value, start: Value) -> PyResult {
        let it = self.get_iter(iterable)?;
        self.alloc(Obj::Iter(Box::new(IterObj::Enumerate { it, count: start })))
    }

    /// `zip(*iterables)`.
    pub(crate) fn new_zip(&mut self, iterables: &[Value]) -> PyResult {
        let mut iters = Vec::with_capacity(iterables.len());
        for (i, &x) in iterables.iter().enumerate() {
            match self.get_iter(x) {
                Ok(it) => iters.push(it),
                Err(r) => {
                    if self.type_id_of(self.pending) == TypeId::TypeError {
                        self.pending = Value::NONE;
                        let msg = format!("'{}' object is not iterable", self.type_name_of(x));
                        let _ = i;
                        return Err(self.type_error(&msg));
                    }
                    return Err(r);
                }
            }
        }
        let iters = self.new_tuple(iters)?;
        self.alloc(Obj::Iter(Box::new(IterObj::Zip { iters })))
    }

    /// `reversed(seq)`.
    pub(crate) fn reversed(&mut self, seq: Value) -> PyResult {
        if let Some(m) = self.proxied(seq) {
            return self.reversed(m);
        }
        if self.is_user_obj(seq) {
            let t = self.type_of(seq);
            if let Some(f) = self.lookup_user(t, crate::qstr::Q::__reversed__) {
                if f.is_none() {
                    let msg = format!("'{}' object is not reversible", self.type_name(t));
                    return Err(self.type_error(&msg));
                }
                return self.call_method_value(f, seq, t, &[]);
            }
        }
        let p = self.payload(seq);
        let seq = match self.heap.get(p) {
            Some(Obj::Deque(_)) => return self.deque_iter(p, true),
            Some(Obj::List(_) | Obj::Tuple(_)) => p,
            Some(Obj::Range(r)) => {
                let n = r.len();
                let (start, step) = (r.start, r.step);
                let last = start + (n - 1) * step;
                let it = IterObj::Range {
                    next: if n == 0 { start } else { last },
                    stop: if n == 0 { start } else { start - step },
                    step: -step,
                };
                return self.alloc(Obj::Iter(Box::new(it)));
            }
            Some(Obj::Dict(_) | Obj::DictView { .. }) => {
                let (dict, kind) = match self.heap.get(p) {
                    Some(Obj::DictView { dict, kind }) => (*dict, *kind),
                    _ => (p, DictViewKind::Keys),
                };
                let (pos, len, version) = match self.heap.get(dict) {
                    Some(Obj::Dict(d)) => (d.positions(), d.len(), d.version()),
                    _ => (0, 0, 0),
                };
                let it = IterObj::DictReversed {
                    dict,
                    pos,
                    kind,
                    len,
                    version,
                };
                return self.alloc(Obj::Iter(Box::new(it)));
            }
            Some(Obj::MemoryView(_)) => {
                let items = self.view_values(p)?;
                self.new_tuple(items)?
            }
            Some(Obj::Array(_)) => {
                let items = self.array_values(p)?;
                self.new_tuple(items)?
            }
            Some(Obj::Bytes(_) | Obj::ByteArray(_)) => {
                let items: Vec<Value> = self
                    .buffer_items(p)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|&c| Value::small(c as i64))
                    .collect();
                self.new_tuple(items)?
            }
            _ if self.str_text(p).is_some() => {
                let chars: Vec<char> = self.str_text(p).unwrap_or("").chars().collect();
                let mut items = Vec::with_capacity(chars.len());
                let base = self.roots.len();
                for c in chars {
                    let v = self.new_char(c)?;
                    self.roots.push(v);
                    items.push(v);
                }
                let t = self.new_tuple(items);
                self.roots.truncate(base);
                t?
            }
            _ if self.is_user_obj(seq)
                && self
                    .lookup_user(self.type_of(seq), crate::qstr::Q::__getitem__)
                    .is_some() =>
            {
                // The sequence protocol: items are asked for one at a time, from the end.
                if self
                    .lookup_user(self.type_of(seq), crate::qstr::Q::__len__)
                    .is_none()
                {
                    let msg = format!("object of type '{}' has no len()", self.type_name_of(seq));
                    return Err(self.type_error(&msg));
                }
                let left = self.len_of(seq)?;
                self.roots.push(seq);
                let r = self.alloc(Obj::Iter(Box::new(IterObj::Reversed { seq, left })));
                self.roots.pop();
                return r;
            }
            _ => {
                let msg = format!("'{}' object is not reversible", self.type_name_of(seq));
                return Err(self.type_error(&msg));
            }
        };
        let left = match self.heap.get(seq) {
            Some(Obj::List(items)) => items.len(),
            Some(Obj::Tuple(items)) => items.len(),
            _ => 0,
        };
        self.roots.push(seq);
        let r = self.alloc(Obj::Iter(Box::new(IterObj::Reversed { seq, left })));
        self.roots.pop();
        r
    }

    /// `zip(strict=True)`'s next item: the iterators must run out together.
    fn next_of_each_strict(&mut self, iters: Value) -> PyResult<Option<Value>> {
        let list = self.tuple_items(iters).to_vec();
        // `zip(strict=True)` of nothing is empty, as `zip()` is.
        if list.is_empty() {
            return Ok(None);
        }
        let base = self.roots.len();
        let mut items = Vec::with_capacity(list.len());
        for (i, &inner) in list.iter().enumerate() {
            match self.iter_next(inner) {
                Ok(Some(x)) => {
                    items.push(x);
                    self.roots.push(x);
                }
                Ok(None) => {
                    self.roots.truncate(base);
                    let plural = |n: usize| {
                        if n == 1 {
                            alloc::string::String::from("argument 1")
                        } else {
                            format!("arguments 1-{n}")
                        }
                    };
                    if i > 0 {
                        let msg = format!("zip() argument {} is shorter than {}", i + 1, plural(i));
                        return Err(self.value_error(&msg));
                    }
                    for (j, &other) in list.iter().enumerate().skip(1) {
                        if self.iter_next(other)?.is_some() {
                            let msg =
                                format!("zip() argument {} is longer than {}", j + 1, plural(j));
                            return Err(self.value_error(&msg));
                        }
                    }
                    return Ok(None);
                }
                Err(e) => {
                    self.roots.truncate(base);
                    return Err(e);
                }
            }
        }
        let t = self.new_tuple(items);
        self.roots.truncate(base);
        t.map(Some)
    }

    /// The next item of each iterator in the tuple `iters`, as a tuple; `None` when one of
    /// them is exhausted (`zip`, `map`).
    fn next_of_each(&mut self, iters: Value) -> PyResult<Option<Value>> {
        let iters = self.tuple_items(iters).to_vec();
        if iters.is_empty() {
            return Ok(None);
        }
        let base = self.roots.len();
        let mut items = Vec::with_capacity(iters.len());
        for inner in iters {
            match self.iter_next(inner) {
                Ok(Some(x)) => {
                    items.push(x);
                    self.roots.push(x);
                }
                Ok(None) => {
                    self.roots.truncate(base);
                    return Ok(None);
                }
                Err(e) => {
                    self.roots.truncate(base);
                    return Err(e);
                }
            }
        }
        let t = self.new_tuple(items);
        self.roots.truncate(base);
        t.map(Some)
    }

    fn set_iter_pos(&mut self, it: Value, new: usize) {
        if let Some(Obj::Iter(state)) = self.heap.get_mut(it) {
            match &mut **state {
                IterObj::Seq { pos, .. } | IterObj::Dict { pos, .. } => *pos = new,
                _ => {}
            }
        }
    }

    /// Calls `f` with each item of `iterable` in turn while it returns `Ok(true)`; the
    /// iterator and the item being handled are rooted. Counts a step per item (so the step
    /// budget and Ctrl-C end `sum(range(10**15))`) and, unlike [`Vm::collect_iterable`],
    /// holds no item after `f` returns: `sum(range(10**9))` runs in constant memory.
    pub(crate) fn for_each_item(
        &mut self,
        iterable: Value,
        mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        let it = self.get_iter(iterable)?;
        let base = self.roots.len();
        self.roots.push(it);
        let r = loop {
            let young = self.young.len();
            match self.iter_next(it) {
                Ok(Some(x)) => {
                    self.roots.push(x);
                    // What producing the item left young is not needed any more (the item
                    // is a root now): a long native loop keeps the young list short.
                    self.young.truncate(young);
                    let go = self.tick().and_then(|()| f(self, x));
                    self.roots.truncate(base + 1);
                    match go {
                        Ok(true) => {}
                        Ok(false) => break Ok(()),
                        Err(e) => break Err(e),
                    }
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.roots.truncate(base);
        r
    }

    /// Item `i` of a list or tuple, if it has one.
    pub(crate) fn seq_item(&self, seq: Value, i: usize) -> Option<Value> {
        match self.heap.get(seq) {
            Some(Obj::List(items)) => items.get(i).copied(),
            Some(Obj::Tuple(items)) => items.get(i).copied(),
            _ => None,
        }
    }

    /// All items of an iterable.
    pub(crate) fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        match self.heap.get(v) {
            Some(Obj::List(items)) => return Ok(items.clone()),
            Some(Obj::Tuple(items)) => return Ok(items.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        self.roots.push(it);
        let mut out = Vec::new();
        // Each batch of items is charged once, as it is collected: the vector and the
        // roots that keep its items alive hold two words per item.
        const BATCH: usize = 1024;
        let batch_bytes = BATCH * 2 * size_of::<Value>();
        let mut held = 0;
        let r = loop {
            let young = self.young.len();
            match self.iter_next(it) {
                Ok(Some(x)) => {
                    out.push(x);
                    // Keep collected items rooted: they may be fresh allocations.
                    self.roots.push(x);
                    self.young.truncate(young);
                    // A native loop counts its steps as a Python loop does, so the step
                    // budget and Ctrl-C end `sum(range(10**15))`; and the items count
                    // against the heap, so `list(range(10**10))` raises MemoryError rather
                    // than growing this vector without bound.
                    if let Err(e) = self.tick() {
                        break Err(e);
                    }
                    if out.len() % BATCH == 0 {
                        if let Err(e) = self.reserve_bytes(batch_bytes) {
                            break Err(e);
                        }
                        self.heap.hold(batch_bytes);
                        held += batch_bytes;
                    }
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.heap.release(held);
        self.roots.truncate(self.roots.len() - out.len() - 1);
        // The items stay roots until the caller has stored them (young until the next
        // instruction), since they may have come from nested Python frames.
        self.young
            .extend(out.iter().copied().filter(|v| v.as_handle().is_some()));
        r.map(|_| out)
    }

    /// Replaces the sequence on top of the stack with its items, first item on top; with
    /// `after`, a list of the middle items stands for the starred target.
    pub(crate) fn unpack(
        &mut self,
        seq: Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<()> {
        if !self.is_iterable(seq) {
            let msg = format!(
                "cannot unpack non-iterable {} object",
                self.type_name_of(seq)
            );
            return Err(self.type_error(&msg));
        }
        let sequence = matches!(self.heap.get(seq), Some(Obj::List(_) | Obj::Tuple(_)));
        if after.is_none() && !sequence {
            // Without a starred target only one item past the count is drawn, as in
            // CPython: an iterator keeps the rest.
            let it = self.get_iter(seq)?;
            let base = self.roots.len();
            self.roots.push(it);
            let r = (|| {
                let mut items = Vec::with_capacity(before + 1);
                while items.len() <= before {
                    match self.iter_next(it)? {
                        Some(v) => {
                            self.roots.push(v);
                            items.push(v);
                        }
                        None => break,
                    }
                }
                self.unpack_items(&items, before, after)
            })();
            self.roots.truncate(base);
            return r;
        }
        let items = self.collect_iterable(seq)?;
        self.roots.extend_from_slice(&items);
        let r = self.unpack_items(&items, before, after);
        self.roots.truncate(self.roots.len() - items.len());
        r
    }

    fn unpack_items(
        &mut self,
        items: &[Value],
        before: usize,
        after: Option<usize>,
    ) -> PyResult<()> {
        match after {
            None => {
                if items.len() != before {
                    let msg = if items.len() > before {
                        format!("too many values to unpack (expected {before})")
                    } else {
                        format!(
                            "not enough values to unpack (expected {before}, got {})",
                            items.len()
                        )
                    };
                    return Err(self.value_error(&msg));
                }
                self.stack.pop();
                self.stack.extend(items.iter().rev());
            }
            Some(after) => {
                if items.len() < before + after {
                    let msg = format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    );
                    return Err(self.value_error(&msg));
                }
                let middle = self.new_list(items[before..items.len() - after].to_vec())?;
                self.stack.pop();
                self.stack.extend(items[items.len() - after..].iter().rev());
                self.stack.push(middle);
                self.stack.extend(items[..before].iter().rev());
            }
        }
        Ok(())
    }

    /// A one-character str.
    pub(crate) fn new_char(&mut self, c: char) -> PyResult {
        if c.is_ascii() {
            let slot = c as usize;
            if self.ascii_chars[slot] != 0 {
                return Ok(Value::qstr(crate::qstr::Qstr(self.ascii_chars[slot])));
            }
            let mut buf = [0u8; 1];
            let q = self.qstrs.intern(c.encode_utf8(&mut buf));
            self.ascii_chars[slot] = q.0;
            return Ok(Value::qstr(q));
        }
        let mut buf = [0u8; 4];
        let s: &str = c.encode_utf8(&mut buf);
        if let Some(q) = self.qstrs.lookup(s) {
            return Ok(Value::qstr(q));
        }
        if c.is_ascii() {
            return Ok(Value::qstr(self.qstrs.intern(s)));
        }
        self.new_str_from(s)
    }
}
