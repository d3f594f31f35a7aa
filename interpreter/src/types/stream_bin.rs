//! The binary layer of streams: reading, writing and seeking bytes of a `BytesIO` or of a
//! binary file (`FileIO`, `Buffered*`, and the buffers under the standard streams), in Rust
//! terms. The text layer (`stream_text`) and the methods (`stream_methods`) build on it.
//!
//! A file reads ahead into its `buf` (`fill`) and gathers writes there until `BUFFER_SIZE`
//! (`FileIO` and the standard output streams write through at once). Every growth of `buf`
//! is reserved against the heap first and counted in the object's size.

use alloc::vec::Vec;

use super::stream::{BUFFER_SIZE, Raw, Stream, flags};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Whether a stream's writes skip the buffer.
fn writes_through(s: &Stream) -> bool {
    s.kind == TypeId::FileIO || matches!(s.raw, Raw::Stdout | Raw::Stderr)
}

impl Vm {
    /// Runs `f` on stream `v`'s buffer (taken out of the heap meanwhile, so `f` may use the
    /// VM), then counts what the buffer grew by.
    fn with_buf<R>(&mut self, v: Value, f: impl FnOnce(&mut Vm, &mut Vec<u8>) -> R) -> R {
        let mut buf = self
            .stream_mut(v)
            .map(|s| core::mem::take(&mut s.buf))
            .unwrap_or_default();
        let before = buf.capacity();
        let r = f(self, &mut buf);
        let grew = buf.capacity().saturating_sub(before);
        if let Some(s) = self.stream_mut(v) {
            s.buf = buf;
        }
        self.heap.grew(grew);
        r
    }

    /// Reads from `raw` into `out`: how many bytes (0 at the end). Standard input gives a
    /// line at most, so an interactive reader is not kept waiting.
    fn raw_read(&mut self, raw: Raw, out: &mut [u8]) -> Result<usize, i32> {
        match raw {
            Raw::File(h) => self.port_mut().read(h, out),
            Raw::Stdin => {
                let mut n = 0;
                while n < out.len() {
                    let Some(b) = self.port_mut().read_byte() else {
                        break;
                    };
                    out[n] = b;
                    n += 1;
                    if b == b'\n' {
                        break;
                    }
                }
                Ok(n)
            }
            _ => Err(crate::port::EBADF),
        }
    }

    /// Makes a file's buffer a read-ahead buffer (writing out pending bytes first).
    pub(crate) fn bin_to_reading(&mut self, v: Value) -> PyResult<()> {
        if self.stream(v).is_some_and(|s| s.writing) {
            self.bin_flush(v)?;
        }
        Ok(())
    }

    /// Reads up to `BUFFER_SIZE` more bytes into a file's read-ahead (keeping what is not
    /// consumed): how many came, 0 at the end (and always for a `BytesIO`).
    pub(crate) fn bin_fill(&mut self, v: Value) -> PyResult<usize> {
        self.bin_to_reading(v)?;
        let Some(raw) = self.stream(v).map(|s| s.raw) else {
            return Ok(0);
        };
        if raw == Raw::None {
            return Ok(0);
        }
        self.reserve_bytes(BUFFER_SIZE)?;
        let pos = self.stream(v).map_or(0, |s| s.pos);
        let r = self.with_buf(v, |vm, buf| {
            buf.drain(..pos.min(buf.len()));
            let old = buf.len();
            buf.resize(old + BUFFER_SIZE, 0);
            let r = vm.raw_read(raw, &mut buf[old..]);
            buf.truncate(old + *r.as_ref().unwrap_or(&0));
            r
        });
        if let Some(s) = self.stream_mut(v) {
            s.pos = 0;
        }
        r.map_err(|e| self.os_error_errno(e, None))
    }

    /// The bytes read ahead and not consumed yet (a `BytesIO`'s rest).
    pub(crate) fn bin_avail(&self, v: Value) -> &[u8] {
        match self.stream(v) {
            Some(s) if !s.writing => s.buf.get(s.pos..).unwrap_or(&[]),
            _ => &[],
        }
    }

    pub(crate) fn bin_consume(&mut self, v: Value, n: usize) {
        if let Some(s) = self.stream_mut(v) {
            s.pos = s.pos.saturating_add(n);
        }
    }

    /// Reads `size` bytes, or to the end (`None`); fewer at the end of the file.
    pub(crate) fn bin_read(&mut self, v: Value, size: Option<usize>) -> PyResult<Vec<u8>> {
        self.bin_to_reading(v)?;
        let mut out = Vec::new();
        loop {
            let want = size.map_or(usize::MAX, |n| n - out.len());
            let take = self.bin_avail(v).len().min(want);
            self.check_building(out.len().saturating_add(take))?;
            out.extend_from_slice(&self.bin_avail(v)[..take]);
            self.bin_consume(v, take);
            if size.is_some_and(|n| out.len() >= n) || self.bin_fill(v)? == 0 {
                return Ok(out);
            }
        }
    }

    /// A line of bytes with its `\n`, of `limit` bytes at most.
    pub(crate) fn bin_readline(&mut self, v: Value, limit: Option<usize>) -> PyResult<Vec<u8>> {
        self.bin_to_reading(v)?;
        let mut out = Vec::new();
        loop {
            let want = limit.map_or(usize::MAX, |n| n - out.len());
            let avail = self.bin_avail(v);
            let (take, done) = match avail.iter().position(|&b| b == b'\n') {
                Some(i) if i < want => (i + 1, true),
                _ => (avail.len().min(want), avail.len() >= want),
            };
            self.check_building(out.len().saturating_add(take))?;
            out.extend_from_slice(&self.bin_avail(v)[..take]);
            self.bin_consume(v, take);
            if done || self.bin_fill(v)? == 0 {
                return Ok(out);
            }
        }
    }

    /// Writes `bytes`: into a `BytesIO` at its position, else through the buffer.
    pub(crate) fn bin_write(&mut self, v: Value, bytes: &[u8]) -> PyResult<()> {
        let Some(s) = self.stream(v) else {
            return Ok(());
        };
        if s.kind == TypeId::BytesIO {
            let end = s.pos.saturating_add(bytes.len());
            self.reserve_bytes(end.saturating_sub(s.buf.len()))?;
            return self.with_buf(v, |vm, buf| {
                let pos = vm.stream(v).map_or(0, |s| s.pos);
                if buf.len() < end {
                    buf.resize(end, 0);
                }
                buf[pos..end].copy_from_slice(bytes);
                if let Some(s) = vm.stream_mut(v) {
                    s.pos = end;
                }
                Ok(())
            });
        }
        if !s.writing {
            // Read-ahead not consumed: the file's position is where the reader is.
            let unread = s.buf.len().saturating_sub(s.pos);
            if unread > 0
                && let Raw::File(h) = s.raw
            {
                let back = -(unread as i64);
                if let Err(e) = self.port_mut().seek(h, back, 1) {
                    return Err(self.os_error_errno(e, None));
                }
            }
            if let Some(s) = self.stream_mut(v) {
                s.buf.clear();
                s.pos = 0;
                s.writing = true;
            }
        }
        let through = self.stream(v).is_some_and(writes_through);
        if through || bytes.len() >= BUFFER_SIZE {
            self.bin_flush(v)?;
            let raw = self.stream(v).map_or(Raw::None, |s| s.raw);
            if let Err(e) = self.raw_write_all(raw, bytes) {
                return Err(self.os_error_errno(e, None));
            }
            return Ok(());
        }
        if self
            .stream(v)
            .is_some_and(|s| s.buf.len() + bytes.len() > BUFFER_SIZE)
        {
            self.bin_flush(v)?;
        }
        self.reserve_bytes(bytes.len())?;
        self.with_buf(v, |_, buf| buf.extend_from_slice(bytes));
        if let Some(s) = self.stream_mut(v) {
            s.writing = true;
        }
        Ok(())
    }

    /// Writes out a file's pending bytes.
    pub(crate) fn bin_flush(&mut self, v: Value) -> PyResult<()> {
        let Some(s) = self.stream_mut(v) else {
            return Ok(());
        };
        if !s.writing || s.raw == Raw::None {
            return Ok(());
        }
        let mut taken = Stream::new(s.kind, 0, s.raw);
        taken.writing = true;
        taken.buf = core::mem::take(&mut s.buf);
        s.writing = false;
        s.pos = 0;
        match self.raw_flush(&mut taken) {
            Ok(()) => Ok(()),
            Err(e) => Err(self.os_error_errno(e, None)),
        }
    }

    /// The position of a file's reader or writer, from the start.
    pub(crate) fn bin_tell(&mut self, v: Value) -> PyResult<u64> {
        let Some(s) = self.stream(v) else {
            return Ok(0);
        };
        if s.kind == TypeId::BytesIO {
            return Ok(s.pos as u64);
        }
        let Raw::File(h) = s.raw else {
            return Err(self.os_error_errno(29, None));
        };
        let pending = if s.writing {
            s.buf.len() as i64
        } else {
            -(s.buf.len().saturating_sub(s.pos) as i64)
        };
        match self.port_mut().seek(h, 0, 1) {
            Ok(at) => Ok(at.saturating_add_signed(pending)),
            Err(e) => Err(self.os_error_errno(e, None)),
        }
    }

    /// Moves a file to `offset` from `whence` (0 start, 1 here, 2 end): the new position.
    pub(crate) fn bin_seek(&mut self, v: Value, offset: i64, whence: u8) -> PyResult<u64> {
        self.bin_flush(v)?;
        let len = self.mem_len(v) as i64;
        let Some(s) = self.stream_mut(v) else {
            return Ok(0);
        };
        if s.kind == TypeId::BytesIO {
            let base = match whence {
                0 => 0,
                1 => s.pos as i64,
                _ => len,
            };
            s.pos = usize::try_from(base.saturating_add(offset).max(0)).unwrap_or(usize::MAX);
            return Ok(s.pos as u64);
        }
        let Raw::File(h) = s.raw else {
            return Err(self.os_error_errno(29, None));
        };
        let unread = s.buf.len().saturating_sub(s.pos) as i64;
        s.buf.clear();
        s.pos = 0;
        let offset = if whence == 1 {
            offset.saturating_sub(unread)
        } else {
            offset
        };
        match self.port_mut().seek(h, offset, whence) {
            Ok(at) => Ok(at),
            Err(e) => Err(self.os_error_errno(e, None)),
        }
    }

    /// Cuts a file to `len` bytes (its position stays).
    pub(crate) fn bin_truncate(&mut self, v: Value, len: u64) -> PyResult<()> {
        if self.stream(v).is_some_and(|s| s.kind == TypeId::BytesIO) {
            self.mem_truncate(v, usize::try_from(len).unwrap_or(usize::MAX));
            return Ok(());
        }
        let at = self.bin_tell(v)?;
        self.bin_seek(v, at as i64, 0)?;
        let Some(s) = self.stream(v) else {
            return Ok(());
        };
        let raw = s.raw;
        let r = match raw {
            Raw::File(h) => self.port_mut().truncate(h, len),
            _ => Err(crate::port::EBADF),
        };
        r.map_err(|e| self.os_error_errno(e, None))
    }

    /// Writes out and closes a binary stream (its file too, unless `closefd` is off).
    pub(crate) fn bin_close(&mut self, v: Value) -> PyResult<()> {
        if self.stream(v).is_none_or(Stream::closed) {
            return Ok(());
        }
        let flushed = self.bin_flush(v);
        if let Some(s) = self.stream_mut(v) {
            s.flags |= flags::CLOSED;
            let raw = s.raw;
            let closefd = s.has(flags::CLOSEFD);
            if s.kind != TypeId::BytesIO {
                s.buf = Vec::new();
            }
            if let (Raw::File(h), true) = (raw, closefd) {
                self.port_mut().close(h);
            }
        }
        flushed
    }
}
