//! `struct.Struct`: a compiled format (`types::struct_fmt`) and its methods `pack`,
//! `pack_into`, `unpack`, `unpack_from` and `iter_unpack`, which the `struct` module's
//! functions share; and the `unpack_iterator` that `iter_unpack` returns.
//!
//! Buffers are read whole when a method starts (a contiguous bytes-like, or an array);
//! `pack_into` writes into a bytearray, an array or a writable memoryview. The iterator
//! keeps the buffer object and reads each record when asked, stopping early if the buffer
//! has shrunk.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use super::struct_fmt::{Layout, format_text, parse, struct_error};
use crate::builtins::Kw;
use crate::heap::{IterObj, Obj};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A `Struct`: its format as given (a str) and the layout parsed from it.
pub struct StructObj {
    pub format: Value,
    pub layout: Layout,
}

impl Vm {
    /// `Struct(format)`.
    pub(crate) fn new_struct(&mut self, fmt: Value) -> PyResult {
        let text = format_text(self, fmt)?;
        let layout = parse(text.as_bytes()).map_err(|m| struct_error(self, m))?;
        let format = if self.str_text(fmt).is_some() {
            fmt
        } else {
            self.new_str_from(&text)?
        };
        self.alloc(Obj::Struct(Box::new(StructObj { format, layout })))
    }

    /// The layout of a Struct.
    fn struct_layout(&self, st: Value) -> Option<&Layout> {
        match self.heap.get(st) {
            Some(Obj::Struct(s)) => Some(&s.layout),
            _ => None,
        }
    }

    /// `format` and `size` of a Struct.
    pub(crate) fn struct_attr(
        &mut self,
        st: Value,
        name: crate::qstr::Qstr,
    ) -> PyResult<Option<Value>> {
        let Some(Obj::Struct(s)) = self.heap.get(st) else {
            return Ok(None);
        };
        let (format, size) = (s.format, s.layout.size);
        Ok(match name {
            Q::format => Some(format),
            Q::size => Some(self.new_int(size as i64)?),
            _ => None,
        })
    }

    /// The bytes of a buffer argument that must be contiguous.
    pub(crate) fn contiguous_arg(&mut self, v: Value) -> PyResult<Vec<u8>> {
        super::bytes_methods::bytes_arg(self, v)
    }

    /// The length of a writable buffer (a bytearray, an array or a writable contiguous
    /// memoryview), or the TypeError for anything else.
    pub(crate) fn writable_len(&mut self, v: Value) -> PyResult<usize> {
        let p = self.payload(v);
        match self.heap.get(p) {
            Some(Obj::ByteArray(b)) => return Ok(b.len()),
            Some(Obj::Array(a)) => return Ok(a.data.len()),
            Some(Obj::MemoryView(m)) if m.released => return Err(self.released_error()),
            Some(Obj::MemoryView(m)) if !m.readonly && !m.contiguous() => {
                return Err(self.not_contiguous());
            }
            Some(Obj::MemoryView(m)) if !m.readonly => return Ok(m.nbytes()),
            _ => {}
        }
        let msg = format!(
            "argument must be read-write bytes-like object, not {}",
            self.type_name_of(v)
        );
        Err(self.type_error(&msg))
    }

    /// Writes `data` at byte `at` of a buffer `writable_len` accepted (what no longer fits,
    /// after a resize, is dropped).
    pub(crate) fn write_buffer(&mut self, v: Value, at: usize, data: &[u8]) {
        let p = self.payload(v);
        let (target, at) = match self.heap.get(p) {
            Some(Obj::MemoryView(m)) => (m.obj, m.start.saturating_add(at)),
            _ => (p, at),
        };
        let buf: &mut [u8] = match self.heap.get_mut(target) {
            Some(Obj::ByteArray(b)) => b,
            Some(Obj::Array(a)) => &mut a.data,
            _ => return,
        };
        let end = at.saturating_add(data.len()).min(buf.len());
        if let Some(slot) = buf.get_mut(at.min(end)..end) {
            let n = slot.len();
            slot.copy_from_slice(&data[..n]);
        }
    }

    /// Packs `values` by Struct `st` (`what` names the caller in the count error).
    pub(crate) fn struct_pack_values(
        &mut self,
        st: Value,
        values: &[Value],
        what: &str,
    ) -> PyResult<Vec<u8>> {
        let Some(layout) = self.struct_layout(st).cloned() else {
            return Err(self.type_error("expected a Struct"));
        };
        if values.len() != layout.values {
            let msg = format!(
                "{what} expected {} items for packing (got {})",
                layout.values,
                values.len()
            );
            return Err(struct_error(self, &msg));
        }
        self.check_building(layout.size)?;
        let mut out = alloc::vec![0u8; layout.size];
        self.struct_pack(&layout, values, &mut out)?;
        Ok(out)
    }

    /// `Struct.pack_into(buffer, offset, *values)` by Struct `st`.
    pub(crate) fn struct_pack_into(&mut self, st: Value, args: &[Value]) -> PyResult {
        let Some(layout) = self.struct_layout(st).cloned() else {
            return Err(self.type_error("expected a Struct"));
        };
        let given = args.len().saturating_sub(2);
        if given != layout.values {
            let msg = if args.is_empty() {
                String::from("pack_into expected buffer argument")
            } else if args.len() == 1 {
                String::from("pack_into expected offset argument")
            } else {
                format!(
                    "pack_into expected {} items for packing (got {given})",
                    layout.values
                )
            };
            return Err(struct_error(self, &msg));
        }
        let buf = args[0];
        let len = self.writable_len(buf)?;
        let i = self.index_value(args[1])?;
        let Some(offset) = self.int_as_i64(i) else {
            return Err(self.raise_new(
                TypeId::IndexError,
                "cannot fit 'int' into an index-sized integer",
            ));
        };
        let at = self.struct_offset(offset, len, layout.size, "pack_into", "no space to pack")?;
        let data = self.struct_pack_values(st, &args[2..], "pack_into")?;
        self.write_buffer(buf, at, &data);
        Ok(Value::NONE)
    }

    /// Resolves an offset into a buffer of `len` bytes for a record of `size`, with
    /// CPython's errors (a negative offset counts from the end).
    fn struct_offset(
        &mut self,
        offset: i64,
        len: usize,
        size: usize,
        what: &str,
        short: &str,
    ) -> PyResult<usize> {
        let (ilen, isize_) = (len as i64, size as i64);
        let at = if offset < 0 {
            if offset.saturating_add(isize_) > 0 {
                let msg = format!("{short} {size} bytes at offset {offset}");
                return Err(struct_error(self, &msg));
            }
            if offset.saturating_add(ilen) < 0 {
                let msg = format!("offset {offset} out of range for {len}-byte buffer");
                return Err(struct_error(self, &msg));
            }
            offset + ilen
        } else {
            offset
        };
        if ilen.saturating_sub(at) < isize_ {
            let verb = if what == "pack_into" {
                "packing"
            } else {
                "unpacking"
            };
            let msg = format!(
                "{what} requires a buffer of at least {} bytes for {verb} {size} bytes at offset {at} (actual buffer size is {len})",
                (size as u64).saturating_add(at as u64)
            );
            return Err(struct_error(self, &msg));
        }
        Ok(at as usize)
    }

    /// `Struct.unpack(buffer)` by Struct `st`.
    pub(crate) fn struct_unpack_buffer(&mut self, st: Value, buf: Value) -> PyResult {
        let data = self.contiguous_arg(buf)?;
        let Some(layout) = self.struct_layout(st).cloned() else {
            return Err(self.type_error("expected a Struct"));
        };
        if data.len() != layout.size {
            let msg = format!("unpack requires a buffer of {} bytes", layout.size);
            return Err(struct_error(self, &msg));
        }
        self.struct_unpack(&layout, &data)
    }

    /// `Struct.unpack_from(buffer, offset=0)` by Struct `st`.
    pub(crate) fn struct_unpack_from(
        &mut self,
        st: Value,
        buf: Value,
        offset: Option<Value>,
    ) -> PyResult {
        let offset = match offset {
            Some(o) => self.index_ssize(o)?,
            None => 0,
        };
        let data = self.contiguous_arg(buf)?;
        let Some(layout) = self.struct_layout(st).cloned() else {
            return Err(self.type_error("expected a Struct"));
        };
        let short = "not enough data to unpack";
        let at = self.struct_offset(offset, data.len(), layout.size, "unpack_from", short)?;
        let record = data.get(at..at + layout.size).unwrap_or(&[]);
        self.struct_unpack(&layout, record)
    }

    /// `Struct.iter_unpack(buffer)` by Struct `st`.
    pub(crate) fn struct_iter_unpack(&mut self, st: Value, buf: Value) -> PyResult {
        let len = self.contiguous_arg(buf)?.len();
        let size = self.struct_layout(st).map_or(0, |l| l.size);
        if size == 0 {
            return Err(struct_error(
                self,
                "cannot iteratively unpack with a struct of length 0",
            ));
        }
        if len % size != 0 {
            let msg =
                format!("iterative unpacking requires a buffer of a multiple of {size} bytes");
            return Err(struct_error(self, &msg));
        }
        self.alloc(Obj::Iter(Box::new(IterObj::Unpack { st, buf, pos: 0 })))
    }

    /// The next record of an `unpack_iterator`, or `None` at the end of its buffer.
    pub(crate) fn unpack_iter_next(
        &mut self,
        it: Value,
        st: Value,
        buf: Value,
        pos: usize,
    ) -> PyResult<Option<Value>> {
        let Some(layout) = self.struct_layout(st).cloned() else {
            return Ok(None);
        };
        let record = self
            .with_buffer(buf, |b| {
                b.get(pos..pos.saturating_add(layout.size))
                    .map(<[u8]>::to_vec)
            })
            .flatten();
        let Some(record) = record else {
            self.set_unpack_pos(it, usize::MAX);
            return Ok(None);
        };
        self.set_unpack_pos(it, pos + layout.size);
        self.struct_unpack(&layout, &record).map(Some)
    }

    fn set_unpack_pos(&mut self, it: Value, to: usize) {
        if let Some(Obj::Iter(state)) = self.heap.get_mut(it)
            && let IterObj::Unpack { pos, .. } = &mut **state
        {
            *pos = to;
        }
    }

    /// `len(it)` still to come of an `unpack_iterator` (its `__length_hint__`).
    pub(crate) fn unpack_iter_left(&self, st: Value, buf: Value, pos: usize) -> usize {
        let size = self.struct_layout(st).map_or(0, |l| l.size);
        let len = self.with_buffer(buf, <[u8]>::len).unwrap_or(0);
        if size == 0 || pos >= len {
            0
        } else {
            (len - pos) / size
        }
    }
}

use alloc::string::String;

/// The Struct a method is called on.
fn receiver(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    crate::builtins::checked_receiver(vm, args, name, "_struct.Struct", |vm, v| {
        matches!(vm.heap.get(v), Some(Obj::Struct(_)))
    })
}

/// `Struct.pack(*values)`.
pub fn pack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let st = receiver(vm, args, "pack")?;
    kw.check(vm, "pack", &[])?;
    let data = vm.struct_pack_values(st, &args[1..], "pack")?;
    vm.new_bytes(data)
}

/// `Struct.pack_into(buffer, offset, *values)`.
pub fn pack_into(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let st = receiver(vm, args, "pack_into")?;
    kw.check(vm, "pack_into", &[])?;
    vm.struct_pack_into(st, &args[1..])
}

/// `Struct.unpack(buffer)`.
pub fn unpack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let st = receiver(vm, args, "unpack")?;
    kw.check(vm, "unpack", &[])?;
    crate::builtins::arity(vm, "unpack", &args[1..], 1, 1)?;
    vm.struct_unpack_buffer(st, args[1])
}

/// `Struct.unpack_from(buffer, offset=0)`.
pub fn unpack_from(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let st = receiver(vm, args, "unpack_from")?;
    let params = crate::builtins::args::Params {
        names: &[Q::buffer, Q::offset],
        posonly: 0,
        required: 1,
        maxpos: 2,
    };
    let [buf, offset] = crate::builtins::args::parse(vm, "unpack_from", &args[1..], kw, &params)?;
    vm.struct_unpack_from(st, buf.unwrap_or(Value::NONE), offset)
}

/// `Struct.iter_unpack(buffer)`.
pub fn iter_unpack(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let st = receiver(vm, args, "iter_unpack")?;
    kw.check(vm, "iter_unpack", &[])?;
    crate::builtins::arity(vm, "iter_unpack", &args[1..], 1, 1)?;
    vm.struct_iter_unpack(st, args[1])
}
