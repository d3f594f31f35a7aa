//! `memoryview`: a one-dimensional view of unsigned bytes (format `'B'`) onto the buffer of
//! a bytes or bytearray, possibly strided (`m[::2]`, `m[::-1]`).
//!
//! Layout: item `i` of a view is byte `start + i * step` of `obj`'s buffer, for `i` in
//! `0..len`; `step` may be negative (then `start` is the highest position). Views of views
//! are flattened when made: slicing composes the steps (`m[a::k]` of a view with step `s`
//! starts at item `a` and steps `k * s`), so `obj` is always a bytes or bytearray itself.
//!
//! Which consumers take a strided view follows CPython: a contiguous view (step 1, or at
//! most one item) is a plain run of bytes to everything that reads buffers
//! (`Vm::buffer_of`); a strided one is read item by item (`Vm::buffer_items`) by
//! `bytes()`, `bytearray()`, `memoryview()`, comparison, `tobytes`/`tolist`/`hex`,
//! iteration and indexing, and as the right side of a slice assignment. Elsewhere it is not
//! a simple buffer: bytes methods raise `BufferError` ("not C-contiguous"), the rest say
//! they need a bytes-like object.
//!
//! Invariant: every position of items `0..len` lay inside the buffer when the view was
//! made. CPython refuses to resize a bytearray while a view exports it; upy does not track
//! exports, so a bytearray may shrink under a view: positions past its end then read as
//! absent (skipped) and take no writes.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use crate::builtins::Kw;
use crate::heap::Obj;
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A memoryview: `len` items of `obj`'s buffer, from position `start`, `step` apart.
pub struct MemView {
    pub obj: Value,
    pub start: usize,
    pub len: usize,
    pub step: isize,
    pub readonly: bool,
}

impl MemView {
    /// Whether the items are adjacent and in order (CPython's C-contiguous for one
    /// dimension): a step of one, or at most one item.
    pub fn contiguous(&self) -> bool {
        self.step == 1 || self.len <= 1
    }

    /// The buffer position of item `i`.
    fn pos(&self, i: usize) -> isize {
        self.start as isize + i as isize * self.step
    }

    /// The buffer positions of the items, in order.
    fn positions(&self) -> impl Iterator<Item = isize> + '_ {
        (0..self.len).map(|i| self.pos(i))
    }
}

impl Vm {
    /// The bytes of any bytes-like object in item order, strided memoryviews included
    /// (gathered into a copy).
    pub(crate) fn buffer_items(&self, v: Value) -> Option<Vec<u8>> {
        let p = self.payload(v);
        match self.heap.get(p) {
            Some(Obj::MemoryView(m)) if !m.contiguous() => {
                let base = self.view_base(m)?;
                Some(
                    m.positions()
                        .filter_map(|at| usize::try_from(at).ok().and_then(|at| base.get(at)))
                        .copied()
                        .collect(),
                )
            }
            _ => self.buffer_of(p),
        }
    }

    /// The bytes of the bytes or bytearray under a view.
    fn view_base(&self, m: &MemView) -> Option<&[u8]> {
        match self.heap.get(m.obj)? {
            Obj::Bytes(b) => Some(b),
            Obj::ByteArray(b) => Some(b),
            _ => None,
        }
    }

    /// Item `i` of memoryview `v` (`None` past its end or its buffer's).
    pub(crate) fn view_item(&self, v: Value, i: usize) -> Option<u8> {
        let Some(Obj::MemoryView(m)) = self.heap.get(v) else {
            return None;
        };
        if i >= m.len {
            return None;
        }
        let at = usize::try_from(m.pos(i)).ok()?;
        self.view_base(m)?.get(at).copied()
    }

    /// Whether `v` is a memoryview whose items are not adjacent.
    pub(crate) fn is_strided_view(&self, v: Value) -> bool {
        matches!(self.heap.get(self.payload(v)), Some(Obj::MemoryView(m)) if !m.contiguous())
    }

    /// `BufferError` for a strided view where a simple buffer is needed.
    pub(crate) fn not_contiguous(&mut self) -> crate::vm::Raised {
        self.raise_new(
            TypeId::BufferError,
            "memoryview: underlying buffer is not C-contiguous",
        )
    }

    /// A view of `obj` (a bytes, bytearray or memoryview, or a subclass instance of the
    /// first two), flattened onto the bytes or bytearray underneath.
    pub(crate) fn new_view_of(&mut self, obj: Value) -> PyResult<Option<Value>> {
        let p = self.payload(obj);
        let view = match self.heap.get(p) {
            Some(Obj::Bytes(b)) => MemView {
                obj: p,
                start: 0,
                len: b.len(),
                step: 1,
                readonly: true,
            },
            Some(Obj::ByteArray(b)) => MemView {
                obj: p,
                start: 0,
                len: b.len(),
                step: 1,
                readonly: false,
            },
            Some(Obj::MemoryView(m)) => MemView { ..copy(m) },
            _ => return Ok(None),
        };
        self.alloc(Obj::MemoryView(Box::new(view))).map(Some)
    }

    /// `m[i]`, `m[i:j:k]` and `m[(i,)]`.
    pub(crate) fn view_subscr(&mut self, obj: Value, index: Value) -> PyResult {
        let Some(Obj::MemoryView(m)) = self.heap.get(obj) else {
            return Err(self.type_error("memoryview: invalid slice key"));
        };
        let view = copy(m);
        if let Some(parts) = self.slice_parts(index) {
            let s = self.slice_indices(parts, view.len)?;
            let start = if s.len == 0 {
                view.start
            } else {
                usize::try_from(view.pos(s.start as usize)).unwrap_or(0)
            };
            let sliced = MemView {
                start,
                len: s.len,
                step: view.step * s.step as isize,
                ..view
            };
            return self.alloc(Obj::MemoryView(Box::new(sliced)));
        }
        let i = self.view_index(index, view.len)?;
        match self.view_item(obj, i) {
            Some(b) => Ok(Value::small(b as i64).unwrap_or(Value::NONE)),
            None => Err(self.raise_new(TypeId::IndexError, "index out of bounds on dimension 1")),
        }
    }

    /// An item index into a view of `len` items: an int (or `__index__`), or a tuple of
    /// one.
    fn view_index(&mut self, index: Value, len: usize) -> PyResult<usize> {
        let index = match self.heap.get(index) {
            Some(Obj::Tuple(items)) if items.len() == 1 => items[0],
            Some(Obj::Tuple(items)) => {
                let msg = format!(
                    "cannot index 1-dimension view with {}-element tuple",
                    items.len()
                );
                return Err(self.type_error(&msg));
            }
            _ => index,
        };
        let index = self.index_dunder(index)?.unwrap_or(index);
        if !self.is_int(index) {
            return Err(self.type_error("memoryview: invalid slice key"));
        }
        let Some(i) = self.int_as_i64(index) else {
            return Err(self.raise_new(
                TypeId::IndexError,
                "cannot fit 'int' into an index-sized integer",
            ));
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.raise_new(TypeId::IndexError, "index out of bounds on dimension 1"));
        }
        Ok(j as usize)
    }

    /// `m[i] = v`, `m[i:j:k] = buffer` and `del m[...]` (`value` is `UNBOUND`): writes
    /// through to the bytearray underneath; the shape never changes.
    pub(crate) fn view_store(&mut self, obj: Value, index: Value, value: Value) -> PyResult<()> {
        let Some(Obj::MemoryView(m)) = self.heap.get(obj) else {
            return Err(self.type_error("memoryview: invalid slice key"));
        };
        let view = copy(m);
        if view.readonly {
            return Err(self.type_error("cannot modify read-only memory"));
        }
        if value == Value::UNBOUND {
            return Err(self.type_error("cannot delete memory"));
        }
        let (positions, new): (Vec<isize>, Vec<u8>) = match self.slice_parts(index) {
            Some(parts) => {
                let s = self.slice_indices(parts, view.len)?;
                let Some(new) = self.buffer_items(value) else {
                    let msg = format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name_of(value)
                    );
                    return Err(self.type_error(&msg));
                };
                if new.len() != s.len {
                    return Err(self.value_error(
                        "memoryview assignment: lvalue and rvalue have different structures",
                    ));
                }
                (s.positions().map(|i| view.pos(i)).collect(), new)
            }
            None => {
                let i = self.view_index(index, view.len)?;
                let byte = self.view_byte_value(value)?;
                (alloc::vec![view.pos(i)], alloc::vec![byte])
            }
        };
        if let Some(Obj::ByteArray(b)) = self.heap.get_mut(view.obj) {
            for (at, byte) in positions.into_iter().zip(new) {
                if let Some(slot) = usize::try_from(at).ok().and_then(|at| b.get_mut(at)) {
                    *slot = byte;
                }
            }
        }
        Ok(())
    }

    /// An item for format `'B'`: an int (or `__index__`) in `range(256)`.
    fn view_byte_value(&mut self, v: Value) -> PyResult<u8> {
        let i = match self.index_dunder(v)? {
            Some(i) => i,
            None if self.is_int(v) => v,
            None => return Err(self.type_error("memoryview: invalid type for format 'B'")),
        };
        match self.int_as_i64(i) {
            Some(n) if (0..256).contains(&n) => Ok(n as u8),
            _ => Err(self.value_error("memoryview: invalid value for format 'B'")),
        }
    }

    /// The data attributes of a memoryview.
    pub(crate) fn view_attr(&mut self, v: Value, name: Qstr) -> PyResult<Option<Value>> {
        let Some(Obj::MemoryView(m)) = self.heap.get(v) else {
            return Ok(None);
        };
        let view = copy(m);
        let int = |n: i64| Value::small(n).unwrap_or(Value::NONE);
        Ok(Some(match name {
            Q::readonly => Value::bool(view.readonly),
            Q::nbytes => int(view.len as i64),
            Q::obj => view.obj,
            Q::itemsize | Q::ndim => int(1),
            Q::format => self.new_str_from("B")?,
            Q::shape => self.new_tuple(alloc::vec![int(view.len as i64)])?,
            Q::strides => self.new_tuple(alloc::vec![int(view.step as i64)])?,
            Q::suboffsets => self.new_tuple(Vec::new())?,
            Q::contiguous | Q::c_contiguous | Q::f_contiguous => Value::bool(view.contiguous()),
            _ => return Ok(None),
        }))
    }
}

/// A view's fields, to build a new view from.
fn copy(m: &MemView) -> MemView {
    MemView {
        obj: m.obj,
        start: m.start,
        len: m.len,
        step: m.step,
        readonly: m.readonly,
    }
}

/// The memoryview a method is called on.
fn receiver(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if matches!(vm.heap.get(v), Some(Obj::MemoryView(_))) => Ok(v),
        first => {
            let first = first.copied();
            Err(crate::builtins::wrong_receiver(
                vm,
                name,
                "memoryview",
                first,
            ))
        }
    }
}

/// `memoryview(object)`.
pub(crate) fn construct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    crate::builtins::args::keyword_arity(vm, "memoryview", args, kw, 1)?;
    kw.check(vm, "memoryview", &[Q::object])?;
    let Some(obj) = args.first().copied().or(kw.get(Q::object)) else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    match vm.new_view_of(obj)? {
        Some(v) => Ok(v),
        None => {
            let msg = format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name_of(obj)
            );
            Err(vm.type_error(&msg))
        }
    }
}

/// `memoryview.tobytes()`.
pub(crate) fn tobytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let m = receiver(vm, args, "tobytes")?;
    let [order] = crate::builtins::args::parse(
        vm,
        "tobytes",
        &args[1..],
        kw,
        &crate::builtins::args::Params {
            names: &[crate::qstr::Q::order],
            posonly: 0,
            required: 0,
            maxpos: 1,
        },
    )?;
    // Order only matters for views of more than one dimension, which upy does not make.
    if let Some(order) = order.filter(|o| !o.is_none()) {
        match vm.str_text(order) {
            Some("C" | "F" | "A") => {}
            Some(_) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
            None => {
                let msg = alloc::format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    vm.type_name_of(order)
                );
                return Err(vm.type_error(&msg));
            }
        }
    }
    let b = vm.buffer_items(m).unwrap_or_default();
    vm.new_bytes(b)
}

/// `memoryview.tolist()`.
pub(crate) fn tolist(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let m = receiver(vm, args, "tolist")?;
    crate::builtins::arity(vm, "memoryview.tolist", &args[1..], 0, 0)?;
    let items = vm
        .buffer_items(m)
        .unwrap_or_default()
        .iter()
        .map(|&c| Value::small(c as i64).unwrap_or(Value::NONE))
        .collect();
    vm.new_list(items)
}

/// `memoryview.toreadonly()`.
pub(crate) fn toreadonly(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    let m = receiver(vm, args, "toreadonly")?;
    crate::builtins::arity(vm, "memoryview.toreadonly", &args[1..], 0, 0)?;
    let Some(Obj::MemoryView(view)) = vm.heap.get(m) else {
        return Err(vm.type_error("descriptor 'toreadonly' requires a 'memoryview' object"));
    };
    let view = MemView {
        readonly: true,
        ..copy(view)
    };
    vm.alloc(Obj::MemoryView(Box::new(view)))
}
