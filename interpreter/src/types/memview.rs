//! `memoryview`: a one-dimensional view onto the buffer of a bytes or bytearray, possibly
//! strided (`m[::2]`, `m[::-1]`), whose items are single bytes (format `'B'`) or, after
//! `cast`, items of another native format (`memview_fmt`).
//!
//! Layout: item `i` of a view is the `itemsize` bytes from position `start + i * step` of
//! `obj`'s buffer, for `i` in `0..len`; positions and `step` count bytes, and `step` may be
//! negative (then `start` is the highest item's position). Views of views are flattened
//! when made: slicing composes the steps (`m[a::k]` of a view with step `s` starts at item
//! `a` and steps `k * s`), so `obj` is always a bytes or bytearray itself.
//!
//! Which consumers take a strided view follows CPython: a contiguous view (items adjacent,
//! or at most one item) is a plain run of bytes to everything that reads buffers
//! (`Vm::buffer_of`); a strided one is read item by item (`Vm::buffer_items`) by
//! `bytes()`, `bytearray()`, `memoryview()`, comparison, `tobytes`/`tolist`/`hex`,
//! iteration and indexing, and as the right side of a slice assignment. Elsewhere it is not
//! a simple buffer: bytes methods raise `BufferError` ("not C-contiguous"), the rest say
//! they need a bytes-like object.
//!
//! Invariant: every position of items `0..len` lay inside the buffer when the view was
//! made. CPython refuses to resize a bytearray while a view exports it; upy does not track
//! exports (a tracing collector cannot tell when a view dies), so a bytearray may shrink
//! under a view: items past its end then read as absent (skipped) and take no writes.
//!
//! A released view (`release()`, or the end of a `with` block) drops its buffer (`obj`
//! becomes None, so it holds nothing alive) and every operation on it raises ValueError,
//! except `release()` again, `__exit__`, its repr and comparison by identity.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use crate::heap::Obj;
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::types::memview_fmt::itemsize;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// A memoryview: `len` items of `obj`'s buffer, from byte position `start`, `step` bytes
/// apart, each an item of format `fmt`.
#[derive(Clone, Copy)]
pub struct MemView {
    pub obj: Value,
    pub start: usize,
    pub len: usize,
    pub step: isize,
    pub readonly: bool,
    /// The item format: an ASCII character `memview_fmt::itemsize` knows.
    pub fmt: u8,
    /// Whether the format was spelt with the native-mode prefix (`'@H'`), which the
    /// `format` attribute shows.
    pub at: bool,
    /// Set by `release()`; every operation but a few then raises ValueError.
    pub released: bool,
}

impl MemView {
    /// A view of all of a buffer of `len` bytes, as single bytes.
    fn whole(obj: Value, len: usize, readonly: bool) -> MemView {
        MemView {
            obj,
            start: 0,
            len,
            step: 1,
            readonly,
            fmt: b'B',
            at: false,
            released: false,
        }
    }

    /// The bytes an item takes.
    pub fn itemsize(&self) -> usize {
        itemsize(self.fmt).unwrap_or(1)
    }

    /// The bytes all items take.
    pub fn nbytes(&self) -> usize {
        self.len * self.itemsize()
    }

    /// Whether the items are adjacent and in order (CPython's C-contiguous for one
    /// dimension): a step of one item, or at most one item.
    pub fn contiguous(&self) -> bool {
        self.step == self.itemsize() as isize || self.len <= 1
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
    /// (gathered into a copy); `None` for a released view.
    pub(crate) fn buffer_items(&self, v: Value) -> Option<Vec<u8>> {
        let p = self.payload(v);
        match self.heap.get(p) {
            Some(Obj::MemoryView(m)) if !m.contiguous() && !m.released => {
                let base = self.view_base(m)?;
                let size = m.itemsize();
                let mut out = Vec::with_capacity(m.nbytes());
                for at in m.positions() {
                    if let Some(item) = item_at(base, at, size) {
                        out.extend_from_slice(item);
                    }
                }
                Some(out)
            }
            _ => self.buffer_of(p),
        }
    }

    /// The bytes of the bytes or bytearray under a view.
    fn view_base(&self, m: &MemView) -> Option<&[u8]> {
        match self.heap.get(m.obj)? {
            Obj::Bytes(b) => Some(b),
            Obj::ByteArray(b) => Some(b),
            Obj::Array(a) => Some(&a.data),
            _ => None,
        }
    }

    /// The view `v` is, or ValueError when it has been released.
    pub(crate) fn live_view(&mut self, v: Value) -> PyResult<MemView> {
        match self.heap.get(v) {
            Some(Obj::MemoryView(m)) if !m.released => Ok(**m),
            Some(Obj::MemoryView(_)) => Err(self.released_error()),
            _ => Err(self.type_error("expected a memoryview")),
        }
    }

    /// Whether `v` is a memoryview that has been released.
    pub(crate) fn is_released_view(&self, v: Value) -> bool {
        matches!(self.heap.get(v), Some(Obj::MemoryView(m)) if m.released)
    }

    /// CPython's error for any use of a released view.
    pub(crate) fn released_error(&mut self) -> Raised {
        self.value_error("operation forbidden on released memoryview object")
    }

    /// Item `i` of memoryview `v`, unpacked (`None` past its end or its buffer's).
    pub(crate) fn view_get(&mut self, v: Value, i: usize) -> PyResult<Option<Value>> {
        let m = self.live_view(v)?;
        if i >= m.len {
            return Ok(None);
        }
        let Some(bytes) = self
            .view_base(&m)
            .and_then(|base| item_at(base, m.pos(i), m.itemsize()))
            .map(<[u8]>::to_vec)
        else {
            return Ok(None);
        };
        self.view_unpack(m.fmt, &bytes).map(Some)
    }

    /// All items of memoryview `v`, unpacked (those past a shrunk buffer's end skipped).
    pub(crate) fn view_values(&mut self, v: Value) -> PyResult<Vec<Value>> {
        let m = self.live_view(v)?;
        let mut out = Vec::with_capacity(m.len);
        for i in 0..m.len {
            if let Some(item) = self.view_get(v, i)? {
                out.push(item);
            }
        }
        Ok(out)
    }

    /// Whether `v` is a memoryview whose items are not adjacent.
    pub(crate) fn is_strided_view(&self, v: Value) -> bool {
        matches!(self.heap.get(self.payload(v)), Some(Obj::MemoryView(m)) if !m.contiguous())
    }

    /// `BufferError` for a strided view where a simple buffer is needed.
    pub(crate) fn not_contiguous(&mut self) -> Raised {
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
            Some(Obj::Bytes(b)) => MemView::whole(p, b.len(), true),
            Some(Obj::ByteArray(b)) => MemView::whole(p, b.len(), false),
            Some(Obj::Array(a)) => MemView {
                len: a.len(),
                step: a.itemsize() as isize,
                // A `'u'` array shows its items as format `'w'` (four-byte code points).
                fmt: if a.typecode == b'u' { b'w' } else { a.typecode },
                ..MemView::whole(p, a.data.len(), false)
            },
            Some(Obj::MemoryView(_)) => self.live_view(p)?,
            _ => return Ok(None),
        };
        self.alloc(Obj::MemoryView(Box::new(view))).map(Some)
    }

    /// `m[i]`, `m[i:j:k]` and `m[(i,)]`.
    pub(crate) fn view_subscr(&mut self, obj: Value, index: Value) -> PyResult {
        let view = self.live_view(obj)?;
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
        match self.view_get(obj, i)? {
            Some(item) => Ok(item),
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
    /// through to the bytearray underneath; the shape never changes. A slice takes a
    /// buffer of the same format and as many items.
    pub(crate) fn view_store(&mut self, obj: Value, index: Value, value: Value) -> PyResult<()> {
        let view = self.live_view(obj)?;
        if view.readonly {
            return Err(self.type_error("cannot modify read-only memory"));
        }
        if value == Value::UNBOUND {
            return Err(self.type_error("cannot delete memory"));
        }
        let size = view.itemsize();
        let (positions, new): (Vec<isize>, Vec<u8>) = match self.slice_parts(index) {
            Some(parts) => {
                let s = self.slice_indices(parts, view.len)?;
                let Some(new) = self.buffer_items(value) else {
                    if self.is_released_view(value) {
                        return Err(self.released_error());
                    }
                    let msg = format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name_of(value)
                    );
                    return Err(self.type_error(&msg));
                };
                let fmt = match self.heap.get(self.payload(value)) {
                    Some(Obj::MemoryView(m)) => m.fmt,
                    _ => b'B',
                };
                if fmt != view.fmt || new.len() != s.len * size {
                    return Err(self.value_error(
                        "memoryview assignment: lvalue and rvalue have different structures",
                    ));
                }
                (s.positions().map(|i| view.pos(i)).collect(), new)
            }
            None => {
                let i = self.view_index(index, view.len)?;
                let item = self.view_pack(view.fmt, value)?;
                (alloc::vec![view.pos(i)], item)
            }
        };
        let target = match self.heap.get_mut(view.obj) {
            Some(Obj::ByteArray(b)) => Some(b),
            Some(Obj::Array(a)) => Some(&mut a.data),
            _ => None,
        };
        if let Some(b) = target {
            for (at, item) in positions.into_iter().zip(new.chunks(size)) {
                let at = usize::try_from(at).ok();
                if let Some(slot) = at.and_then(|at| b.get_mut(at..at + size)) {
                    slot.copy_from_slice(item);
                }
            }
        }
        Ok(())
    }

    /// The data attributes of a memoryview.
    pub(crate) fn view_attr(&mut self, v: Value, name: Qstr) -> PyResult<Option<Value>> {
        if !matches!(
            name,
            Q::readonly
                | Q::nbytes
                | Q::obj
                | Q::itemsize
                | Q::ndim
                | Q::format
                | Q::shape
                | Q::strides
                | Q::suboffsets
                | Q::contiguous
                | Q::c_contiguous
                | Q::f_contiguous
        ) {
            return Ok(None);
        }
        let view = self.live_view(v)?;
        let int = |n: i64| Value::small(n).unwrap_or(Value::NONE);
        Ok(Some(match name {
            Q::readonly => Value::bool(view.readonly),
            Q::nbytes => int(view.nbytes() as i64),
            Q::obj => view.obj,
            Q::itemsize => int(view.itemsize() as i64),
            Q::ndim => int(1),
            Q::format => {
                let at = if view.at { "@" } else { "" };
                let text = format!("{at}{}", view.fmt as char);
                self.new_str_from(&text)?
            }
            Q::shape => self.new_tuple(alloc::vec![int(view.len as i64)])?,
            Q::strides => self.new_tuple(alloc::vec![int(view.step as i64)])?,
            Q::suboffsets => self.new_tuple(Vec::new())?,
            _ => Value::bool(view.contiguous()),
        }))
    }

    /// `a == b` where either is a memoryview: equal when both show the same number of
    /// items that compare equal once unpacked, so a view of a NaN float is unequal even to
    /// itself (a released view equals only itself).
    pub(crate) fn view_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if self.is_released_view(a) || self.is_released_view(b) {
            return Ok(a == b);
        }
        let fmt_of = |vm: &Vm, v: Value| match vm.heap.get(vm.payload(v)) {
            Some(Obj::MemoryView(m)) => m.fmt,
            _ => b'B',
        };
        let (fa, fb) = (fmt_of(self, a), fmt_of(self, b));
        // Same integer or byte format: equal bytes are equal items.
        if fa == fb && !matches!(fa, b'f' | b'd' | b'?') {
            return Ok(self.buffer_items(a) == self.buffer_items(b));
        }
        let xs = self.seq_values(a)?;
        let ys = self.seq_values(b)?;
        if xs.len() != ys.len() {
            return Ok(false);
        }
        for (x, y) in xs.into_iter().zip(ys) {
            if !self.eq(x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The unpacked items of a memoryview, or a bytes-like's bytes as ints.
    fn seq_values(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Some(Obj::MemoryView(_)) = self.heap.get(v) {
            return self.view_values(v);
        }
        let bytes = self.buffer_items(v).unwrap_or_default();
        Ok(bytes
            .iter()
            .map(|&c| Value::small(c as i64).unwrap_or(Value::NONE))
            .collect())
    }
}

/// The `size` bytes at position `at` of `base`, if they lie inside it.
fn item_at(base: &[u8], at: isize, size: usize) -> Option<&[u8]> {
    let at = usize::try_from(at).ok()?;
    base.get(at..at.checked_add(size)?)
}
