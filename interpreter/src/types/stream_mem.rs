//! The memory streams: `io.StringIO` (text, its position counted in characters, which may
//! lie past the end: a write there pads with NULs) and `io.BytesIO` (bytes, through the
//! binary layer), and their construction with CPython's argument checks.

use alloc::format;
use alloc::string::String;

use super::stream::{Newline, Raw, Stream, flags};
use crate::builtins::Kw;
use crate::builtins::args::{Params, parse};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The byte offset of character `pos` in `text` (its length when past the end).
fn byte_at(text: &[u8], ascii: bool, pos: usize) -> usize {
    if ascii {
        return pos.min(text.len());
    }
    let mut chars = 0;
    for (i, &b) in text.iter().enumerate() {
        if b & 0xc0 != 0x80 {
            if chars == pos {
                return i;
            }
            chars += 1;
        }
    }
    text.len()
}

/// The number of characters in UTF-8 `text`.
pub(crate) fn chars_in(text: &[u8]) -> usize {
    text.iter().filter(|&&b| b & 0xc0 != 0x80).count()
}

/// The kinds of line end in `text` (`Stream::seen`'s bits).
pub(crate) fn line_ends(text: &str) -> u8 {
    let b = text.as_bytes();
    let mut seen = 0;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'\n' if i > 0 && b[i - 1] == b'\r' => seen |= 4,
            b'\n' => seen |= 2,
            b'\r' if b.get(i + 1) != Some(&b'\n') => seen |= 1,
            _ => {}
        }
    }
    seen
}

/// `newline=` of a text stream: None, or one of `''`, `'\n'`, `'\r'`, `'\r\n'`.
pub(crate) fn newline_arg(vm: &mut Vm, v: Option<Value>, quoted: bool) -> PyResult<Newline> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(Newline::Universal);
    };
    let Some(text) = vm.str_text(v) else {
        let msg = format!("newline must be str or None, not {}", vm.type_name_of(v));
        return Err(vm.type_error(&msg));
    };
    Ok(match text {
        "" => Newline::Untranslated,
        "\n" => Newline::Lf,
        "\r" => Newline::Cr,
        "\r\n" => Newline::CrLf,
        _ => {
            let mut shown = String::new();
            if quoted {
                crate::vm::repr_text(text, &mut shown);
            } else {
                shown.push_str(text);
            }
            let msg = format!("illegal newline value: {shown}");
            return Err(vm.value_error(&msg));
        }
    })
}

/// `io.StringIO(initial_value='', newline='\n')`.
pub(crate) fn construct_stringio(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::initial_value, Q::newline],
        posonly: 0,
        required: 0,
        maxpos: 2,
    };
    let [initial, newline] = parse(vm, "StringIO", args, kw, &params)?;
    let newline = match newline {
        None => Newline::Lf,
        some => newline_arg(vm, some, true)?,
    };
    let initial = initial.filter(|v| !v.is_none());
    if let Some(v) = initial
        && vm.str_text(v).is_none()
    {
        let msg = format!(
            "initial_value must be str or None, not {}",
            vm.type_name_of(v)
        );
        return Err(vm.type_error(&msg));
    }
    let mut s = Stream::new(
        TypeId::StringIO,
        flags::READ | flags::WRITE | flags::SEEK,
        Raw::None,
    );
    s.newline = newline;
    let v = vm.new_stream(s)?;
    if let Some(text) = initial {
        let text = vm.string_of(text);
        vm.roots.push(v);
        let r = vm.sio_write(v, &text);
        vm.roots.pop();
        r?;
        if let Some(s) = vm.stream_mut(v) {
            s.pos = 0;
        }
    }
    Ok(v)
}

/// `io.BytesIO(initial_bytes=b'')`.
pub(crate) fn construct_bytesio(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::initial_bytes],
        posonly: 0,
        required: 0,
        maxpos: 1,
    };
    let [initial] = parse(vm, "BytesIO", args, kw, &params)?;
    let bytes = match initial.filter(|v| !v.is_none()) {
        None => alloc::vec::Vec::new(),
        Some(v) => vm.bytes_arg(v)?,
    };
    vm.check_building(bytes.len())?;
    let mut s = Stream::new(
        TypeId::BytesIO,
        flags::READ | flags::WRITE | flags::SEEK,
        Raw::None,
    );
    s.buf = bytes;
    vm.new_stream(s)
}

impl Vm {
    /// The bytes of a bytes-like argument, or "a bytes-like object is required, not 'str'".
    pub(crate) fn bytes_arg(&mut self, v: Value) -> PyResult<alloc::vec::Vec<u8>> {
        match self.buffer_of(v) {
            Some(b) => Ok(b),
            None => {
                let msg = format!(
                    "a bytes-like object is required, not '{}'",
                    self.type_name_of(v)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// Writes `text` into a StringIO at its position (translating line ends as its
    /// `newline` asks); the position moves past it.
    pub(crate) fn sio_write(&mut self, v: Value, text: &str) -> PyResult<()> {
        let Some(s) = self.stream(v) else {
            return Ok(());
        };
        let newline = s.newline;
        if matches!(newline, Newline::Universal | Newline::Untranslated) {
            let seen = line_ends(text);
            if let Some(s) = self.stream_mut(v) {
                s.seen |= seen;
            }
        }
        let mut owned;
        let mut text = text;
        if newline == Newline::Universal && text.contains('\r') {
            owned = text.replace("\r\n", "\n").replace('\r', "\n");
            text = &owned;
        }
        if let Some(nl) = newline.written()
            && text.contains('\n')
        {
            owned = text.replace('\n', nl);
            text = &owned;
        }
        let Some(s) = self.stream(v) else {
            return Ok(());
        };
        let len = if s.ascii {
            s.buf.len()
        } else {
            chars_in(&s.buf)
        };
        let pad = s.pos.saturating_sub(len);
        let n = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        self.reserve_bytes(pad.saturating_add(text.len()))?;
        let before = self.stream(v).map_or(0, |s| s.buf.capacity());
        if let Some(s) = self.stream_mut(v) {
            s.buf.resize(s.buf.len() + pad, 0);
            let start = byte_at(&s.buf, s.ascii, s.pos);
            let end = byte_at(&s.buf, s.ascii, s.pos.saturating_add(n));
            s.buf.splice(start..end, text.bytes());
            s.ascii &= text.is_ascii();
            s.pos = s.pos.saturating_add(n);
            let grew = s.buf.capacity().saturating_sub(before);
            self.heap.grew(grew);
        }
        Ok(())
    }

    /// Reads `size` characters from a StringIO (to the end for `None`).
    pub(crate) fn sio_read(&mut self, v: Value, size: Option<usize>) -> PyResult {
        let Some(s) = self.stream(v) else {
            return Ok(Value::NONE);
        };
        let start = byte_at(&s.buf, s.ascii, s.pos);
        let rest = s.buf.get(start..).unwrap_or(&[]);
        let end = match size {
            Some(n) => byte_at(rest, s.ascii, n),
            None => rest.len(),
        };
        let piece = &rest[..end];
        let n = if s.ascii {
            piece.len()
        } else {
            chars_in(piece)
        };
        let text = String::from(core::str::from_utf8(piece).unwrap_or(""));
        if let Some(s) = self.stream_mut(v) {
            s.pos = s.pos.saturating_add(n);
        }
        self.new_str(text)
    }

    /// Reads a line from a StringIO, of `limit` characters at most.
    pub(crate) fn sio_readline(&mut self, v: Value, limit: Option<usize>) -> PyResult {
        let Some(s) = self.stream(v) else {
            return Ok(Value::NONE);
        };
        let start = byte_at(&s.buf, s.ascii, s.pos);
        let rest = s.buf.get(start..).unwrap_or(&[]);
        let limit_at = match limit {
            Some(n) => byte_at(rest, s.ascii, n),
            None => rest.len(),
        };
        let end = line_end(&rest[..limit_at], s.newline).unwrap_or(limit_at);
        let piece = &rest[..end];
        let n = if s.ascii {
            piece.len()
        } else {
            chars_in(piece)
        };
        let text = String::from(core::str::from_utf8(piece).unwrap_or(""));
        if let Some(s) = self.stream_mut(v) {
            s.pos = s.pos.saturating_add(n);
        }
        self.new_str(text)
    }

    /// The whole text of a StringIO.
    pub(crate) fn sio_getvalue(&mut self, v: Value) -> PyResult {
        let text = self
            .stream(v)
            .and_then(|s| core::str::from_utf8(&s.buf).ok())
            .map(String::from)
            .unwrap_or_default();
        self.new_str(text)
    }

    /// Cuts a StringIO or BytesIO to `size` characters or bytes.
    pub(crate) fn mem_truncate(&mut self, v: Value, size: usize) {
        if let Some(s) = self.stream_mut(v) {
            let at = if s.kind == TypeId::StringIO {
                byte_at(&s.buf, s.ascii, size)
            } else {
                size
            };
            s.buf.truncate(at);
        }
    }

    /// The length of a StringIO (characters) or BytesIO (bytes).
    pub(crate) fn mem_len(&self, v: Value) -> usize {
        match self.stream(v) {
            Some(s) if s.kind == TypeId::StringIO && !s.ascii => chars_in(&s.buf),
            Some(s) => s.buf.len(),
            None => 0,
        }
    }
}

/// Where the first line of `text` ends (just after its line end), if it has one.
pub(crate) fn line_end(text: &[u8], newline: Newline) -> Option<usize> {
    match newline {
        Newline::Universal | Newline::Lf => text.iter().position(|&b| b == b'\n').map(|i| i + 1),
        Newline::Cr => text.iter().position(|&b| b == b'\r').map(|i| i + 1),
        Newline::CrLf => text.windows(2).position(|w| w == b"\r\n").map(|i| i + 2),
        Newline::Untranslated => {
            let i = text.iter().position(|&b| b == b'\n' || b == b'\r')?;
            Some(if text[i] == b'\r' && text.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            })
        }
    }
}
