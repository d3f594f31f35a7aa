//! `bytes`, `bytearray` and `memoryview`: construction, the buffer protocol between them,
//! printing, indexing and slicing, item assignment, and the operators. Their methods are in
//! `bytes_methods.rs`.
//!
//! A memoryview (`memview.rs`) is a window onto the buffer of a bytes or bytearray; writes
//! through a view of a bytearray show in it. Every size a program chooses (`bytes(n)`, a
//! repeat count) is checked against the heap budget before any memory is asked for.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::Kw;
use crate::heap::Obj;
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The bytes of a simple (contiguous) bytes-like object (bytes, bytearray, a memoryview
    /// whose items are adjacent, or a subclass instance of one), copied out. A strided view
    /// is not one (`buffer_items` reads it).
    pub(crate) fn buffer_of(&self, v: Value) -> Option<Vec<u8>> {
        self.with_buffer(v, |b| b.to_vec())
    }

    /// Calls `f` with the bytes of a bytes-like object.
    pub(crate) fn with_buffer<R>(&self, v: Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        self.raw_buffer(v).map(f)
    }

    /// The bytes of a simple bytes-like object. A memoryview always looks at a bytes or
    /// bytearray directly (views of views are flattened when made); a view of a bytearray
    /// that has since shrunk sees what is left of its window.
    fn raw_buffer(&self, v: Value) -> Option<&[u8]> {
        let v = self.payload(v);
        match self.heap.get(v)? {
            Obj::Bytes(b) => Some(b),
            Obj::ByteArray(b) => Some(b),
            Obj::Array(a) => Some(&a.data),
            Obj::MemoryView(m) if !m.contiguous() || m.released => None,
            Obj::MemoryView(m) => {
                let base: &[u8] = match self.heap.get(m.obj)? {
                    Obj::Bytes(b) => b,
                    Obj::ByteArray(b) => b,
                    Obj::Array(a) => &a.data,
                    _ => return None,
                };
                let end = (m.start + m.nbytes()).min(base.len());
                Some(base.get(m.start.min(end)..end).unwrap_or(&[]))
            }
            _ => None,
        }
    }

    pub(crate) fn is_bytes_like(&self, v: Value) -> bool {
        matches!(
            self.heap.get(self.payload(v)),
            Some(Obj::Bytes(_) | Obj::ByteArray(_) | Obj::MemoryView(_))
        )
    }

    pub(crate) fn new_bytes(&mut self, b: Vec<u8>) -> PyResult {
        self.alloc(Obj::Bytes(b.into_boxed_slice()))
    }

    pub(crate) fn new_bytearray(&mut self, b: Vec<u8>) -> PyResult {
        self.alloc(Obj::ByteArray(b))
    }

    /// A bytes-like result of the same kind as `like` (bytearray stays bytearray).
    pub(crate) fn new_bytes_like(&mut self, like: Value, b: Vec<u8>) -> PyResult {
        if matches!(self.heap.get(self.payload(like)), Some(Obj::ByteArray(_))) {
            self.new_bytearray(b)
        } else {
            self.new_bytes(b)
        }
    }

    /// `repr` of bytes: `b'...'`, quotes chosen as for str; bytearray's always escapes `'`.
    pub(crate) fn bytes_repr_into(&self, b: &[u8], bytearray: bool, out: &mut String) {
        bytes_repr(b, bytearray, out);
    }
}

/// `repr` of bytes, for code without a VM (the compiler's messages).
pub(crate) fn bytes_repr(b: &[u8], bytearray: bool, out: &mut String) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\\' => out.push_str("\\\\"),
            b'\'' if quote == '\'' || bytearray => out.push_str("\\'"),
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
}

impl Vm {
    /// What `%s` and `%b` of `bytes %` make of `v`: its class's `__bytes__` first (which must
    /// return bytes), else its buffer; `None` when it has neither.
    fn percent_bytes_of(&mut self, v: Value) -> PyResult<Option<Vec<u8>>> {
        if let Some(t) = self.user_class_of(v)
            && let Some(f) = self.lookup_user(t, Q::__bytes__)
        {
            let r = self.call_method_value(f, v, t, &[])?;
            return match self.heap.get(r) {
                Some(Obj::Bytes(_)) => Ok(self.buffer_of(r)),
                _ => {
                    let msg = format!(
                        "__bytes__ returned non-bytes (type {})",
                        self.type_name_of(r)
                    );
                    Err(self.type_error(&msg))
                }
            };
        }
        Ok(self.buffer_of(v))
    }

    /// Builds the bytes of `bytes(x)` / `bytearray(x)` (not `bytes(str, encoding)`).
    pub(crate) fn bytes_from_value(&mut self, x: Value, name: &str) -> PyResult<Vec<u8>> {
        if self.is_released_view(x) {
            return Err(self.released_error());
        }
        // `bytes(x)` asks a class's `__bytes__` first, even one extending bytes.
        let own_bytes = match self.user_class_of(x) {
            Some(t) if name == "bytes" => self.lookup_user(t, Q::__bytes__).map(|f| (t, f)),
            _ => None,
        };
        if own_bytes.is_none()
            && let Some(b) = self.buffer_items(x)
        {
            return Ok(b);
        }
        if self.str_text(x).is_some() {
            return Err(self.type_error("string argument without an encoding"));
        }
        if let Some((t, f)) = own_bytes {
            let r = self.call_method_value(f, x, t, &[])?;
            return match self.buffer_of(r) {
                Some(b) if matches!(self.heap.get(r), Some(Obj::Bytes(_))) => Ok(b),
                _ => {
                    let msg = format!(
                        "__bytes__ returned non-bytes (type {})",
                        self.type_name_of(r)
                    );
                    Err(self.type_error(&msg))
                }
            };
        }
        let n = match self.index_dunder(x)? {
            Some(i) => Some(i),
            None if self.is_int(x) => Some(x),
            None => None,
        };
        if let Some(n) = n {
            let Some(n) = self.int_as_i64(n) else {
                return Err(self.raise_new(
                    TypeId::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ));
            };
            if n < 0 {
                return Err(self.value_error("negative count"));
            }
            self.reserve_bytes(n as usize)?;
            return Ok(alloc::vec![0; n as usize]);
        }
        let is_iterable = self.get_iter(x);
        if is_iterable.is_err() {
            self.pending = Value::NONE;
            let msg = format!("cannot convert '{}' object to {name}", self.type_name_of(x));
            return Err(self.type_error(&msg));
        }
        let mut out = Vec::new();
        self.for_each_item(x, |vm, item| {
            let b = vm.byte_value(item).map_err(|r| {
                // bytes() calls its items "bytes"; bytearray() keeps "byte".
                if name == "bytes"
                    && vm.is_instance(vm.pending, Value::builtin_type(TypeId::ValueError))
                {
                    vm.pending = Value::NONE;
                    return vm.value_error("bytes must be in range(0, 256)");
                }
                r
            })?;
            out.push(b);
            // The bytes gathered so far live outside the heap: check them all, a page at
            // a time.
            if out.len() % 4096 == 0 {
                vm.check_building(out.len())?;
            }
            Ok(true)
        })?;
        Ok(out)
    }

    /// An item of a bytes-like: an int in range(0, 256).
    pub(crate) fn byte_value(&mut self, v: Value) -> PyResult<u8> {
        let i = match self.index_dunder(v)? {
            Some(i) => i,
            None if self.is_int(v) => v,
            None => return Err(self.not_an_integer(v)),
        };
        match self.int_as_i64(i) {
            Some(n) if (0..256).contains(&n) => Ok(n as u8),
            _ => Err(self.value_error("byte must be in range(0, 256)")),
        }
    }

    /// Encodes text as `encoding` (utf-8, ascii, latin-1).
    pub(crate) fn encode_text(
        &mut self,
        text: &str,
        encoding: &str,
        errors: &str,
    ) -> PyResult<Vec<u8>> {
        let enc = normalize_encoding(encoding);
        match enc.as_str() {
            "utf-8" | "utf8" => Ok(text.as_bytes().to_vec()),
            "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
                let limit = if enc == "ascii" { 0x80 } else { 0x100 };
                let mut out = Vec::with_capacity(text.len());
                for (i, c) in text.chars().enumerate() {
                    if (c as u32) < limit {
                        out.push(c as u32 as u8);
                        continue;
                    }
                    let code = c as u32;
                    match errors {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        "backslashreplace" => {
                            let esc = if code < 0x100 {
                                format!("\\x{code:02x}")
                            } else if code < 0x10000 {
                                format!("\\u{code:04x}")
                            } else {
                                format!("\\U{code:08x}")
                            };
                            out.extend_from_slice(esc.as_bytes());
                        }
                        "xmlcharrefreplace" => {
                            out.extend_from_slice(format!("&#{code};").as_bytes());
                        }
                        _ => {
                            let codec = if enc == "ascii" { "ascii" } else { "latin-1" };
                            let shown = if code < 0x100 {
                                format!("\\x{code:02x}")
                            } else if code < 0x10000 {
                                format!("\\u{code:04x}")
                            } else {
                                format!("\\U{code:08x}")
                            };
                            // CPython names the whole run of characters it cannot encode.
                            let run = text
                                .chars()
                                .skip(i)
                                .take_while(|&ch| (ch as u32) >= limit)
                                .count();
                            let msg = if run > 1 {
                                format!(
                                    "'{codec}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                                    i + run - 1
                                )
                            } else {
                                format!(
                                    "'{codec}' codec can't encode character '{shown}' in position {i}: ordinal not in range({limit})"
                                )
                            };
                            return Err(self.raise_new(TypeId::UnicodeEncodeError, &msg));
                        }
                    }
                }
                Ok(out)
            }
            _ => {
                let msg = format!("unknown encoding: {encoding}");
                Err(self.raise_new(TypeId::LookupError, &msg))
            }
        }
    }

    /// Decodes bytes as `encoding`.
    pub(crate) fn decode_bytes(
        &mut self,
        b: &[u8],
        encoding: &str,
        errors: &str,
    ) -> PyResult<String> {
        let enc = normalize_encoding(encoding);
        match enc.as_str() {
            "utf-8" | "utf8" => {
                let mut out = String::with_capacity(b.len());
                let mut rest = b;
                let mut offset = 0;
                loop {
                    match core::str::from_utf8(rest) {
                        Ok(s) => {
                            out.push_str(s);
                            return Ok(out);
                        }
                        Err(e) => {
                            let good = e.valid_up_to();
                            out.push_str(core::str::from_utf8(&rest[..good]).unwrap_or(""));
                            let bad = e.error_len().unwrap_or(rest.len() - good);
                            match errors {
                                "ignore" => {}
                                "replace" => out.push('\u{fffd}'),
                                _ => {
                                    let pos = offset + good;
                                    let reason = if e.error_len().is_none() {
                                        "unexpected end of data"
                                    } else if rest[good] >= 0x80 && rest[good] < 0xc2
                                        || rest[good] > 0xf4
                                    {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    };
                                    // The whole maximal invalid sequence is named, a range
                                    // when it is longer than a byte.
                                    let what = if bad > 1 {
                                        format!("bytes in position {pos}-{}", pos + bad - 1)
                                    } else {
                                        format!("byte 0x{:02x} in position {pos}", rest[good])
                                    };
                                    let msg =
                                        format!("'utf-8' codec can't decode {what}: {reason}");
                                    return Err(self.raise_new(TypeId::UnicodeDecodeError, &msg));
                                }
                            }
                            offset += good + bad;
                            rest = &rest[good + bad..];
                        }
                    }
                }
            }
            "ascii" => {
                let mut out = String::with_capacity(b.len());
                for (i, &c) in b.iter().enumerate() {
                    if c < 0x80 {
                        out.push(c as char);
                        continue;
                    }
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            let msg = format!(
                                "'ascii' codec can't decode byte 0x{c:02x} in position {i}: ordinal not in range(128)"
                            );
                            return Err(self.raise_new(TypeId::UnicodeDecodeError, &msg));
                        }
                    }
                }
                Ok(out)
            }
            "latin-1" | "latin1" | "iso-8859-1" => Ok(b.iter().map(|&c| c as char).collect()),
            _ => {
                let msg = format!("unknown encoding: {encoding}");
                Err(self.raise_new(TypeId::LookupError, &msg))
            }
        }
    }

    /// `b[i]` and `b[i:j:k]` for bytes-likes.
    pub(crate) fn bytes_subscr(&mut self, obj: Value, index: Value) -> PyResult {
        if matches!(self.heap.get(obj), Some(Obj::MemoryView(_))) {
            return self.view_subscr(obj, index);
        }
        let data = self.buffer_of(obj).unwrap_or_default();
        if let Some(parts) = self.slice_parts(index) {
            let s = self.slice_indices(parts, data.len())?;
            let out = s.positions().map(|i| data[i]).collect();
            return self.new_bytes_like(obj, out);
        }
        let kind = match self.heap.get(self.payload(obj)) {
            Some(Obj::ByteArray(_)) => "bytearray",
            _ => "byte",
        };
        let i = self.bytes_index(index, data.len(), kind)?;
        Ok(Value::small(data[i] as i64).unwrap_or(Value::NONE))
    }

    /// An int index into a bytes-like of `len` items, with CPython's messages.
    fn bytes_index(&mut self, index: Value, len: usize, kind: &str) -> PyResult<usize> {
        let index = self.index_dunder(index)?.unwrap_or(index);
        if !self.is_int(index) {
            return Err(self.bad_index_type(kind, index));
        }
        match kind {
            "bytearray" => self.seq_index(index, len, "bytearray"),
            _ if self.int_as_i64(index).is_none() => Err(self.raise_new(
                TypeId::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
            _ => {
                let r = self.seq_index(index, len, "x");
                if r.is_err() {
                    self.pending = Value::NONE;
                    return Err(self.raise_new(TypeId::IndexError, "index out of range"));
                }
                r
            }
        }
    }

    /// `ba[i] = v` and `ba[i:j] = iterable` for bytearrays and memoryviews.
    pub(crate) fn bytes_store(&mut self, obj: Value, index: Value, value: Value) -> PyResult<()> {
        let (target, len) = match self.heap.get(obj) {
            Some(Obj::ByteArray(b)) => (obj, Some(b.len())),
            Some(Obj::MemoryView(_)) => return self.view_store(obj, index, value),
            _ => (obj, None),
        };
        let Some(len) = len else {
            let msg = format!(
                "'{}' object does not support item assignment",
                self.type_name_of(obj)
            );
            return Err(self.type_error(&msg));
        };
        if let Some(parts) = self.slice_parts(index) {
            let s = self.slice_indices(parts, len)?;
            let (start, step, n) = (s.start, s.step, s.len);
            let new = if value == Value::UNBOUND {
                None
            } else if self.is_int(value) || self.str_text(value).is_some() {
                return Err(self.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            } else {
                Some(self.bytes_from_value(value, "bytearray")?)
            };
            // `del ba[i:j:k]`; as in CPython, assigning an empty value to an extended slice
            // deletes it too (a plain slice goes on below and splices).
            if new.as_ref().is_none_or(|v| v.is_empty()) && step != 1 {
                let mut positions: Vec<usize> = s.positions().collect();
                positions.sort_unstable();
                if let Some(Obj::ByteArray(b)) = self.heap.get_mut(target) {
                    for p in positions.into_iter().rev() {
                        if p < b.len() {
                            b.remove(p);
                        }
                    }
                }
                return Ok(());
            }
            let new = new.unwrap_or_default();
            // Reading `value` may have run Python code that resized the bytearray: the
            // positions are clamped to what is there now.
            if step == 1 {
                if let Some(Obj::ByteArray(b)) = self.heap.get_mut(target) {
                    let end = (start as usize + n).min(b.len());
                    b.splice((start as usize).min(end)..end, new);
                }
                return Ok(());
            }
            if new.len() != n {
                let msg = format!(
                    "attempt to assign bytes of size {} to extended slice of size {n}",
                    new.len()
                );
                return Err(self.value_error(&msg));
            }
            if let Some(Obj::ByteArray(b)) = self.heap.get_mut(target) {
                for (p, byte) in s.positions().zip(new) {
                    if let Some(slot) = b.get_mut(p) {
                        *slot = byte;
                    }
                }
            }
            return Ok(());
        }
        // As in CPython: the index is made an int, then the value a byte (its `__index__` may
        // resize the bytearray), and only then is the index checked against the length.
        let index = self.index_dunder(index)?.unwrap_or(index);
        if !self.is_int(index) {
            return Err(self.bad_index_type("bytearray", index));
        }
        let Some(n) = self.int_as_i64(index) else {
            return Err(self.raise_new(
                TypeId::IndexError,
                "cannot fit 'int' into an index-sized integer",
            ));
        };
        let byte = if value == Value::UNBOUND {
            None
        } else {
            Some(self.byte_value(value)?)
        };
        let Some(Obj::ByteArray(b)) = self.heap.get_mut(target) else {
            return Ok(());
        };
        let len = b.len() as i64;
        let i = if n < 0 { n + len } else { n };
        if !(0..len).contains(&i) {
            return Err(self.raise_new(TypeId::IndexError, "bytearray index out of range"));
        }
        match byte {
            Some(byte) => b[i as usize] = byte,
            None => {
                b.remove(i as usize);
            }
        }
        Ok(())
    }

    /// `a + b`, `a * n` and `a % args` with a bytes-like left operand: NotImplemented when
    /// they do not apply.
    pub(crate) fn bytes_binary(
        &mut self,
        op: crate::bytecode::BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult {
        use crate::bytecode::BinaryOp;
        let Some(x) = self.buffer_of(a) else {
            // `n * b`
            if op == BinaryOp::Mul && self.is_int(a) && self.is_bytes_like(b) {
                return self.bytes_binary(op, b, a, false);
            }
            return Ok(Value::NOT_IMPLEMENTED);
        };
        if matches!(self.heap.get(a), Some(Obj::MemoryView(_))) {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        match op {
            BinaryOp::Add => {
                if inplace
                    && a == b
                    && matches!(self.heap.get(a), Some(Obj::ByteArray(v)) if !v.is_empty())
                {
                    // Reading `b` exports the bytearray's buffer, which then cannot grow (an
                    // empty one keeps its size, so it need not).
                    return Err(self.raise_new(
                        TypeId::BufferError,
                        "Existing exports of data: object cannot be re-sized",
                    ));
                }
                let Some(y) = self.buffer_of(b) else {
                    let msg = format!(
                        "can't concat {} to {}",
                        self.type_name_of(b),
                        self.type_name_of(a)
                    );
                    return Err(self.type_error(&msg));
                };
                self.reserve_bytes(x.len() + y.len())?;
                if inplace && let Some(Obj::ByteArray(v)) = self.heap.get_mut(a) {
                    v.extend_from_slice(&y);
                    return Ok(a);
                }
                let mut out = x;
                out.extend_from_slice(&y);
                self.new_bytes_like(a, out)
            }
            BinaryOp::Mul => {
                if !self.is_int(b) {
                    if self.is_user_obj(b) {
                        return Ok(Value::NOT_IMPLEMENTED);
                    }
                    let msg = format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name_of(b)
                    );
                    return Err(self.type_error(&msg));
                }
                // A count beyond the machine's index range fails whatever its sign.
                let n = match self.int_as_i64(b) {
                    Some(n) => n.max(0) as usize,
                    None => {
                        return Err(self.raise_new(
                            TypeId::OverflowError,
                            "cannot fit 'int' into an index-sized integer",
                        ));
                    }
                };
                let total = x.len().checked_mul(n);
                match total {
                    Some(t) => self.reserve_bytes(t)?,
                    None => return Err(self.raise_new(TypeId::MemoryError, "")),
                }
                let out = x.repeat(n);
                if inplace && let Some(Obj::ByteArray(v)) = self.heap.get_mut(a) {
                    *v = out;
                    return Ok(a);
                }
                self.new_bytes_like(a, out)
            }
            BinaryOp::Mod => {
                let r = self.bytes_percent(&x, b)?;
                self.new_bytes_like(a, r)
            }
            _ => Ok(Value::NOT_IMPLEMENTED),
        }
    }

    /// `b'...' % args`: printf-style formatting of bytes.
    fn bytes_percent(&mut self, template: &[u8], args: Value) -> PyResult<Vec<u8>> {
        // Whatever way the formatting ends, the values it rooted are let go.
        let base = self.roots.len();
        let r = self.bytes_percent_rooted(template, args);
        self.roots.truncate(base);
        r
    }

    fn bytes_percent_rooted(&mut self, template: &[u8], args: Value) -> PyResult<Vec<u8>> {
        // Format as text (latin-1), with %s and %b taking bytes-likes and %a/%r giving
        // ASCII reprs, then convert back.
        let text: String = template.iter().map(|&c| c as char).collect();
        let items: Vec<Value> = match self.heap.get(args) {
            Some(Obj::Tuple(t)) => t.to_vec(),
            _ => alloc::vec![args],
        };
        let mut converted = Vec::with_capacity(items.len());
        // `%(key)s` takes its value from a mapping by a bytes key; the text template then
        // reads it from a dict keyed by the same key as a str.
        // A memoryview is a mapping here; bytes and bytearrays are not (they are to `str %`).
        let is_mapping = (self.percent_mapping(args)
            || matches!(self.heap.get(args), Some(Obj::MemoryView(_))))
            && !matches!(self.heap.get(args), Some(Obj::Bytes(_) | Obj::ByteArray(_)));
        let keyed = if is_mapping {
            let d = self.new_dict()?;
            self.roots.push(d);
            Some(d)
        } else {
            None
        };
        let chars: Vec<char> = text.chars().collect();
        let mut k = 0;
        let mut used_key = false;
        let mut new_template = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            new_template.push(c);
            if c == '%' && i + 1 < chars.len() {
                let mut j = i + 1;
                let mut key = None;
                if chars[j] == '(' && keyed.is_some() {
                    let Some(close) = (j..chars.len()).find(|&x| chars[x] == ')') else {
                        return Err(self.value_error("incomplete format key"));
                    };
                    let name: String = chars[j + 1..close].iter().collect();
                    let raw: Vec<u8> = name.chars().map(|ch| ch as u32 as u8).collect();
                    let kb = self.new_bytes(raw)?;
                    self.roots.push(kb);
                    let v = self.subscr(args, kb)?;
                    self.roots.push(v);
                    new_template.extend(&chars[j..=close]);
                    let name = self.new_str(name)?;
                    self.roots.push(name);
                    key = Some((name, v));
                    used_key = true;
                    j = close + 1;
                }
                let source = match key {
                    Some((_, v)) => Some(v),
                    None => items.get(k).copied(),
                };
                let before = converted.len();
                while j < chars.len() && !chars[j].is_ascii_alphabetic() && chars[j] != '%' {
                    new_template.push(chars[j]);
                    j += 1;
                }
                if j < chars.len() {
                    let conv = chars[j];
                    let conv = match conv {
                        'b' | 's' => {
                            if let Some(v) = source {
                                if self.is_released_view(v) {
                                    return Err(self.released_error());
                                }
                                let Some(data) = self.percent_bytes_of(v)? else {
                                    let msg = format!(
                                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                        self.type_name_of(v)
                                    );
                                    return Err(self.type_error(&msg));
                                };
                                let s: String = data.iter().map(|&c| c as char).collect();
                                let sv = self.new_str(s)?;
                                self.roots.push(sv);
                                converted.push(sv);
                            }
                            's'
                        }
                        'r' | 'a' => {
                            if let Some(v) = source {
                                let r = self.repr(v)?;
                                let text = self.string_of(r);
                                let mut ascii = String::new();
                                for ch in text.chars() {
                                    if ch.is_ascii() {
                                        ascii.push(ch);
                                    } else if (ch as u32) < 0x100 {
                                        ascii.push_str(&format!("\\x{:02x}", ch as u32));
                                    } else if (ch as u32) < 0x10000 {
                                        ascii.push_str(&format!("\\u{:04x}", ch as u32));
                                    } else {
                                        ascii.push_str(&format!("\\U{:08x}", ch as u32));
                                    }
                                }
                                let sv = self.new_str(ascii)?;
                                self.roots.push(sv);
                                converted.push(sv);
                            }
                            's'
                        }
                        'c' => {
                            if let Some(v) = source {
                                let byte = match self.int_as_i64(v) {
                                    Some(n) => match u8::try_from(n) {
                                        Ok(b) => Some(b),
                                        Err(_) => {
                                            return Err(self.raise_new(
                                                TypeId::OverflowError,
                                                "%c arg not in range(256)",
                                            ));
                                        }
                                    },
                                    None if !self.is_int(v) => {
                                        self.buffer_of(v).filter(|b| b.len() == 1).map(|b| b[0])
                                    }
                                    // An int past 64 bits is as far out of range as any.
                                    None => {
                                        return Err(self.raise_new(
                                            TypeId::OverflowError,
                                            "%c arg not in range(256)",
                                        ));
                                    }
                                };
                                let Some(byte) = byte else {
                                    return Err(self.type_error(
                                        "%c requires an integer in range(256) or a single byte",
                                    ));
                                };
                                let sv = self.new_str(String::from(char::from(byte)))?;
                                self.roots.push(sv);
                                converted.push(sv);
                            }
                            's'
                        }
                        '%' => '%',
                        other => {
                            if let Some(v) = source {
                                // Bytes word the float conversions' complaint their own way.
                                if "fFeEgG".contains(other) && self.real_to_f64(v)?.is_none() {
                                    let msg = format!(
                                        "float argument required, not {}",
                                        self.type_name_of(v)
                                    );
                                    return Err(self.type_error(&msg));
                                }
                                converted.push(v);
                            }
                            other
                        }
                    };
                    if let (Some((name, _)), Some(d)) = (key, keyed) {
                        // The converted value goes to the str-keyed dict, not the tuple.
                        if converted.len() > before
                            && let Some(v) = converted.pop()
                        {
                            self.dict_set(d, name, v)?;
                        }
                    } else if conv != '%' {
                        k += 1;
                    }
                    new_template.push(conv);
                    i = j + 1;
                    continue;
                }
            }
            i += 1;
        }
        if k < items.len() && !is_mapping {
            return Err(self.type_error("not all arguments converted during bytes formatting"));
        }
        let arg = if let Some(d) = keyed.filter(|_| used_key) {
            d
        } else if matches!(self.heap.get(args), Some(Obj::Tuple(_))) {
            self.new_tuple(converted)?
        } else {
            converted.first().copied().unwrap_or(args)
        };
        self.roots.push(arg);
        let bytes_arg =
            |vm: &Vm, v: Value| matches!(vm.heap.get(v), Some(Obj::Bytes(_) | Obj::ByteArray(_)));
        let is_dict = is_mapping
            || (self.percent_mapping(arg) && !bytes_arg(self, arg) && !bytes_arg(self, args));
        let r = self.percent_format_as(&new_template, arg, is_dict)?;
        let text = self.string_of(r);
        let mut out = Vec::with_capacity(text.len());
        for ch in text.chars() {
            if (ch as u32) > 0xff {
                return Err(
                    self.type_error("%c requires an integer in range(256) or a single byte")
                );
            }
            out.push(ch as u32 as u8);
        }
        Ok(out)
    }
}

/// The canonical spelling of an encoding name (`UTF8`, `utf_8` -> `utf-8`).
fn normalize_encoding(e: &str) -> String {
    let lower: String = e
        .chars()
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    match lower.as_str() {
        "utf8" | "utf-8" | "u8" => String::from("utf-8"),
        "us-ascii" | "ascii" | "646" => String::from("ascii"),
        "latin1" | "latin-1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" => {
            String::from("latin-1")
        }
        _ => lower,
    }
}

/// `bytes(...)`, `bytearray(...)` and `memoryview(...)`.
pub(crate) fn construct(vm: &mut Vm, t: TypeId, args: &[Value], kw: Kw) -> PyResult {
    let name = t.name();
    if t == TypeId::MemoryView {
        return crate::types::memview_methods::construct(vm, args, kw);
    }
    kw.check(vm, name, &[Q::source, Q::encoding, Q::errors])?;
    crate::builtins::args::keyword_arity(vm, name, args, kw, 3)?;
    let source = args.first().copied().or(kw.get(Q::source));
    let encoding = args.get(1).copied().or(kw.get(Q::encoding));
    let errors = args.get(2).copied().or(kw.get(Q::errors));
    if source.is_some_and(|s| vm.is_released_view(s)) {
        return Err(vm.released_error());
    }
    let data = match (source, encoding) {
        (None, None) => {
            if errors.is_some() {
                return Err(vm.type_error("errors without a string argument"));
            }
            Vec::new()
        }
        (None, Some(_)) => return Err(vm.type_error("encoding without a string argument")),
        (Some(s), Some(e)) => {
            let Some(text) = vm.str_text(s).map(String::from) else {
                let msg = if vm.str_text(e).is_none() {
                    format!(
                        "{name}() argument 'encoding' must be str, not {}",
                        vm.arg_type_name(e)
                    )
                } else {
                    String::from("encoding without a string argument")
                };
                return Err(vm.type_error(&msg));
            };
            let Some(enc) = vm.str_text(e).map(String::from) else {
                let msg = format!(
                    "{name}() argument 'encoding' must be str, not {}",
                    vm.arg_type_name(e)
                );
                return Err(vm.type_error(&msg));
            };
            let errs =
                crate::types::bytes_methods::codec_text(vm, errors, name, "errors", "strict")?;
            vm.encode_text(&text, &enc, &errs)?
        }
        (Some(s), None) => {
            if errors.is_some() && vm.str_text(s).is_some() {
                return Err(vm.type_error("string argument without an encoding"));
            }
            vm.bytes_from_value(s, name)?
        }
    };
    if t == TypeId::ByteArray {
        vm.new_bytearray(data)
    } else {
        if let Some(s) = source
            && encoding.is_none()
            && matches!(vm.heap.get(s), Some(Obj::Bytes(_)))
        {
            return Ok(s);
        }
        vm.new_bytes(data)
    }
}
