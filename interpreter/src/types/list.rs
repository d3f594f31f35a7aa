//! `list` (and the shared `index`/`count` of tuples): methods and growth accounting; `list.sort`
//! and `sorted` compute keys here and sort with [`super::sort`].

use alloc::format;
use alloc::vec::Vec;

use crate::builtins::{Kw, arity};
use crate::heap::Obj;
use crate::qstr::Q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::sort;

impl Vm {
    /// Appends to a list, accounting for its growth.
    pub(crate) fn list_push(&mut self, list: Value, v: Value) -> PyResult<()> {
        let (len, cap) = match self.heap.get(list) {
            Some(Obj::List(items)) => (items.len(), items.capacity()),
            _ => return Ok(()),
        };
        if len == cap {
            let extra = cap.max(4) * core::mem::size_of::<Value>();
            self.reserve_bytes(extra)?;
            self.heap.grew(extra);
        }
        if let Some(Obj::List(items)) = self.heap.get_mut(list) {
            if items.len() == items.capacity() {
                let want = items.capacity().max(4);
                items.reserve_exact(want);
            }
            items.push(v);
        }
        Ok(())
    }

    pub(crate) fn list_extend_from(&mut self, list: Value, new: &[Value]) -> PyResult<()> {
        let extra = core::mem::size_of_val(new);
        self.reserve_bytes(extra)?;
        self.heap.grew(extra);
        if let Some(Obj::List(items)) = self.heap.get_mut(list) {
            items.extend_from_slice(new);
        }
        Ok(())
    }

    /// `list.extend(iterable)`.
    /// Items of a list or tuple are copied at once (`l.extend(l)` doubles `l`); any other
    /// iterable is appended item by item, so an iterator over the list sees what it added.
    pub(crate) fn list_extend(&mut self, list: Value, iterable: Value) -> PyResult<()> {
        let new = match self.heap.get(iterable) {
            Some(Obj::List(items)) => Some(items.clone()),
            Some(Obj::Tuple(items)) => Some(items.to_vec()),
            _ => None,
        };
        if let Some(new) = new {
            return self.list_extend_from(list, &new);
        }
        self.for_each_item(iterable, |vm, item| vm.list_push(list, item).map(|()| true))
    }

    /// Sorts a list in place: stable, by `<` on the keys, optionally reversed.
    pub(crate) fn sort_list(
        &mut self,
        list: Value,
        key: Option<Value>,
        reverse: Option<Value>,
    ) -> PyResult<()> {
        let key = key.filter(|k| !k.is_none());
        // `reverse` is an int flag (bools are ints); anything else is refused, as CPython does.
        let reverse = match reverse {
            Some(r) if self.is_int(r) => self.index_c_int(r)? != 0,
            Some(r) => return Err(self.not_an_integer(r)),
            None => false,
        };
        // While it is sorted the list looks empty: a key function sees `[]`, and whatever it
        // adds is dropped afterwards ("list modified during sort").
        let mut items = match self.heap.get_mut(list) {
            Some(Obj::List(items)) => core::mem::take(items),
            _ => return Ok(()),
        };
        let base = self.roots.len();
        self.roots.extend_from_slice(&items);
        let r = self.sort_items(&mut items, key, reverse);
        self.roots.truncate(base);
        let Some(Obj::List(slot)) = self.heap.get_mut(list) else {
            return r;
        };
        let modified = slot.capacity() != 0;
        *slot = items;
        match r {
            Ok(()) if modified => Err(self.value_error("list modified during sort")),
            r => r,
        }
    }

    /// Sorts `items` (rooted by the caller) by `key`, stably. A key function that raises
    /// leaves them as they were; a comparison that raises leaves the permutation reached.
    fn sort_items(
        &mut self,
        items: &mut [Value],
        key: Option<Value>,
        reverse: bool,
    ) -> PyResult<()> {
        let base = self.roots.len();
        let mut pairs: Vec<sort::Pair> = Vec::with_capacity(items.len());
        for &item in items.iter() {
            let k = match key {
                Some(f) => match self.call_value(f, &[item]) {
                    Ok(k) => k,
                    Err(e) => {
                        self.roots.truncate(base);
                        return Err(e);
                    }
                },
                None => item,
            };
            self.roots.push(k);
            pairs.push((k, item));
        }
        // Reversing keeps stability: reverse, sort, reverse back.
        if reverse {
            pairs.reverse();
        }
        let r = sort::timsort(self, &mut pairs);
        self.roots.truncate(base);
        if reverse {
            pairs.reverse();
        }
        for (slot, &(_, item)) in items.iter_mut().zip(&pairs) {
            *slot = item;
        }
        r
    }
}

fn list_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if matches!(vm.heap.get(v), Some(Obj::List(_))) => Ok(v),
        _ => {
            let receiver = args.first().copied();
            Err(crate::builtins::wrong_receiver(vm, name, "list", receiver))
        }
    }
}

pub fn append(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "list.append", &[])?;
    arity(vm, "list.append", &args[1.min(args.len())..], 1, 1)?;
    let list = list_arg(vm, args, "append")?;
    vm.list_push(list, args[1])?;
    Ok(Value::NONE)
}

pub fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "list.pop", &[])?;
    let list = list_arg(vm, args, "pop")?;
    arity(vm, "list.pop", &args[1..], 0, 1)?;
    let len = vm.list_items(list).len();
    if len == 0 {
        return Err(vm.raise_new(crate::types::TypeId::IndexError, "pop from empty list"));
    }
    let i = match args.get(1) {
        None => len - 1,
        Some(&ix) => {
            let i = vm.index_ssize(ix)?;
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j >= len as i64 {
                return Err(
                    vm.raise_new(crate::types::TypeId::IndexError, "pop index out of range")
                );
            }
            j as usize
        }
    };
    match vm.heap.get_mut(list) {
        Some(Obj::List(items)) => Ok(items.remove(i)),
        _ => Ok(Value::NONE),
    }
}

pub fn insert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "list.insert", &[])?;
    let list = list_arg(vm, args, "insert")?;
    arity(vm, "list.insert", &args[1..], 2, 2)?;
    let i = vm.index_ssize(args[1])?;
    let len = vm.list_items(list).len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    vm.list_push(list, Value::NONE)?;
    if let Some(Obj::List(items)) = vm.heap.get_mut(list) {
        items.pop();
        items.insert(at, args[2]);
    }
    Ok(Value::NONE)
}

pub fn extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "list.extend", &[])?;
    let list = list_arg(vm, args, "extend")?;
    arity(vm, "list.extend", &args[1..], 1, 1)?;
    vm.list_extend(list, args[1])?;
    Ok(Value::NONE)
}

fn position(vm: &mut Vm, seq: Value, x: Value) -> PyResult<Option<usize>> {
    let items = match vm.heap.get(seq) {
        Some(Obj::List(items)) => items.clone(),
        Some(Obj::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    };
    for (i, &item) in items.iter().enumerate() {
        if item == x || vm.eq(item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

pub fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "list.remove", &[])?;
    let list = list_arg(vm, args, "remove")?;
    arity(vm, "list.remove", &args[1..], 1, 1)?;
    match position(vm, list, args[1])? {
        Some(i) => {
            if let Some(Obj::List(items)) = vm.heap.get_mut(list) {
                items.remove(i);
            }
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

/// `list` or `tuple`: which of the two a shared method is running for.
fn seq_kind(vm: &Vm, args: &[Value]) -> &'static str {
    match args.first().and_then(|&v| vm.heap.get(v)) {
        Some(Obj::Tuple(_)) => "tuple",
        _ => "list",
    }
}

/// `index` of lists and tuples.
pub fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let name = if seq_kind(vm, args) == "tuple" {
        "tuple.index"
    } else {
        "list.index"
    };
    kw.check(vm, name, &[])?;
    arity(vm, name, &args[1.min(args.len())..], 1, 3)?;
    let seq = args[0];
    let len = vm.length(seq).unwrap_or(0) as i64;
    // The bounds clamp like slice bounds; one past the i64 range clamps to its end.
    let mut bounds = [0, len];
    for (slot, &b) in bounds.iter_mut().zip(&args[2.min(args.len())..]) {
        let Some(b) = vm.as_index(b)? else {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
        };
        let i = vm.clamped_i64(b);
        *slot = if i < 0 { (i + len).max(0) } else { i.min(len) };
    }
    let [start, stop] = bounds;
    let items = match vm.heap.get(seq) {
        Some(Obj::List(items)) => items.clone(),
        Some(Obj::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    };
    for i in start..stop {
        let item = items[i as usize];
        if item == args[1] || vm.eq(item, args[1])? {
            return vm.new_int(i);
        }
    }
    let is_list = matches!(vm.heap.get(seq), Some(Obj::List(_)));
    if is_list {
        let r = vm.repr(args[1])?;
        let msg = format!("{} is not in list", vm.string_of(r));
        return Err(vm.value_error(&msg));
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

/// `count` of lists and tuples.
pub fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let name = if seq_kind(vm, args) == "tuple" {
        "tuple.count"
    } else {
        "list.count"
    };
    kw.check(vm, name, &[])?;
    arity(vm, name, &args[1.min(args.len())..], 1, 1)?;
    let items = match vm.heap.get(args[0]) {
        Some(Obj::List(items)) => items.clone(),
        Some(Obj::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    };
    let mut n = 0;
    for item in items {
        if item == args[1] || vm.eq(item, args[1])? {
            n += 1;
        }
    }
    vm.new_int(n)
}

pub fn clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "list.clear", &[])?;
    let list = list_arg(vm, args, "clear")?;
    arity(vm, "list.clear", &args[1..], 0, 0)?;
    if let Some(Obj::List(items)) = vm.heap.get_mut(list) {
        items.clear();
    }
    Ok(Value::NONE)
}

pub fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "list.copy", &[])?;
    let list = list_arg(vm, args, "copy")?;
    arity(vm, "list.copy", &args[1..], 0, 0)?;
    let items = vm.list_items(list).to_vec();
    vm.new_list(items)
}

pub fn reverse(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "list.reverse", &[])?;
    let list = list_arg(vm, args, "reverse")?;
    arity(vm, "list.reverse", &args[1..], 0, 0)?;
    if let Some(Obj::List(items)) = vm.heap.get_mut(list) {
        items.reverse();
    }
    Ok(Value::NONE)
}

pub fn sort(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let list = list_arg(vm, args, "sort")?;
    // Keyword-only parameters: too many in all is counted before the names are checked
    // and positional ones refused.
    crate::builtins::args::keyword_arity(vm, "sort", &args[1..], kw, 2)?;
    kw.check(vm, "sort", &[Q::key, Q::reverse])?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    vm.sort_list(list, kw.get(Q::key), kw.get(Q::reverse))?;
    Ok(Value::NONE)
}
