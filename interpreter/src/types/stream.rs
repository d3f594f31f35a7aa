//! The stream objects of `io`: `StringIO`, `BytesIO`, and the files `open()` makes
//! (`FileIO`, `BufferedReader`/`Writer`/`Random`, `TextIOWrapper`), and `sys.stdin`,
//! `sys.stdout`, `sys.stderr`. All are one heap object, [`Stream`], told apart by `kind`.
//!
//! Layers, as in CPython: a text stream (`TextIOWrapper`) holds a binary one (`buffer`) and
//! decodes and encodes over it; a binary file reads ahead into, or gathers writes in, `buf`
//! (at most [`BUFFER_SIZE`] bytes, counted in the object's size) over a [`Raw`] channel of
//! the port. The memory streams keep their whole contents in `buf`.
//!
//! Invariants: a `StringIO`'s `buf` is always valid UTF-8 and `pos` counts characters (it
//! may lie past the end); a binary file's `buf` holds pending writes when `writing`, else
//! read-ahead of which `buf[pos..]` is not consumed yet. A stream whose `raw` is a file is
//! finalized (written out and closed) when collected (`Vm::finalize_streams`).

use alloc::vec::Vec;

use crate::heap::Obj;
use crate::port::FileHandle;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// How many bytes a binary file reads ahead or gathers before writing
/// (`io.DEFAULT_BUFFER_SIZE`).
pub const BUFFER_SIZE: usize = 8192;

/// What a stream's bytes come from and go to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Raw {
    /// A memory stream, or a text stream (its `buffer` does the I/O).
    None,
    File(FileHandle),
    /// `Port::read_byte`.
    Stdin,
    /// `Port::write_stdout`.
    Stdout,
    /// `Port::write_stderr`.
    Stderr,
}

/// Where a text stream's lines end (`newline=`), as CPython reads the argument.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// `None`: universal newlines on reading, translated to `\n`.
    Universal,
    /// `''`: universal newlines on reading, kept as they are.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

impl Newline {
    /// What `\n` is written as (`None` for no translation).
    pub fn written(self) -> Option<&'static str> {
        match self {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        }
    }
}

/// The text encodings a text file speaks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

pub mod flags {
    pub const READ: u8 = 1;
    pub const WRITE: u8 = 2;
    pub const SEEK: u8 = 4;
    pub const APPEND: u8 = 8;
    pub const CLOSED: u8 = 16;
    pub const CLOSEFD: u8 = 32;
    pub const LINE_BUFFERING: u8 = 64;
}

/// A stream.
pub struct Stream {
    pub kind: TypeId,
    pub flags: u8,
    pub raw: Raw,
    pub buf: Vec<u8>,
    pub pos: usize,
    /// A binary file's `buf` holds writes not yet made.
    pub writing: bool,
    /// A `StringIO` whose text is all ASCII (characters are bytes).
    pub ascii: bool,
    pub newline: Newline,
    pub encoding: Encoding,
    /// The kinds of line end read so far (`newlines`): 1 `\r`, 2 `\n`, 4 `\r\n`.
    pub seen: u8,
    /// `name` (a str or int, or `UNBOUND`), `mode` (a str or `UNBOUND`).
    pub name: Value,
    pub mode: Value,
    /// A text stream's binary stream (`buffer`), else `UNBOUND`.
    pub inner: Value,
    /// A text stream's `encoding` and `errors` as given (str values), else `UNBOUND`.
    pub enc_name: Value,
    pub errors: Value,
}

impl Stream {
    pub fn new(kind: TypeId, flags: u8, raw: Raw) -> Stream {
        Stream {
            kind,
            flags,
            raw,
            buf: Vec::new(),
            pos: 0,
            writing: false,
            ascii: true,
            newline: Newline::Lf,
            encoding: Encoding::Utf8,
            seen: 0,
            name: Value::UNBOUND,
            mode: Value::UNBOUND,
            inner: Value::UNBOUND,
            enc_name: Value::UNBOUND,
            errors: Value::UNBOUND,
        }
    }

    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    pub fn closed(&self) -> bool {
        self.has(flags::CLOSED)
    }

    pub fn is_text(&self) -> bool {
        matches!(self.kind, TypeId::TextIOWrapper | TypeId::StringIO)
    }

    /// Whether dropping the stream would lose something of the port's: an open file.
    pub fn needs_finalizing(&self) -> bool {
        matches!(self.raw, Raw::File(_)) && !self.closed()
    }

    pub fn trace(&self, mut f: impl FnMut(Value)) {
        f(self.name);
        f(self.mode);
        f(self.inner);
        f(self.enc_name);
        f(self.errors);
    }

    /// The bytes this stream accounts for outside its slot.
    pub fn heap_bytes(&self) -> usize {
        core::mem::size_of::<Stream>() + self.buf.capacity()
    }
}

impl Vm {
    pub(crate) fn new_stream(&mut self, s: Stream) -> PyResult {
        self.alloc(Obj::Stream(alloc::boxed::Box::new(s)))
    }

    pub(crate) fn stream(&self, v: Value) -> Option<&Stream> {
        match self.heap.get(v)? {
            Obj::Stream(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn stream_mut(&mut self, v: Value) -> Option<&mut Stream> {
        match self.heap.get_mut(v)? {
            Obj::Stream(s) => Some(s),
            _ => None,
        }
    }

    /// ValueError `msg` (CPython's wording for the operation on a closed stream).
    pub(crate) fn closed_error(&mut self, msg: &str) -> Raised {
        self.value_error(msg)
    }

    /// `io.UnsupportedOperation(msg)`.
    pub(crate) fn unsupported(&mut self, msg: &str) -> Raised {
        self.raise_new(TypeId::UnsupportedOperation, msg)
    }

    /// The OSError for system error `errno`, about `file` when given, as CPython words it:
    /// `[Errno 2] No such file or directory: 'x'`, of the subclass the errno names.
    pub(crate) fn os_error_errno(&mut self, errno: i32, file: Option<Value>) -> Raised {
        let made = (|| {
            let n = self.new_int(i64::from(errno))?;
            let text = self.new_str_from(strerror(errno))?;
            self.roots.push(text);
            let mut args = alloc::vec![n, text];
            if let Some(f) = file {
                args.push(f);
            }
            let r = self.new_os_error(TypeId::OSError, &args);
            self.roots.pop();
            r
        })();
        match made {
            Ok(exc) => self.raise(exc),
            Err(raised) => raised,
        }
    }

    /// Writes out and closes the files of the streams the collector found unreachable.
    pub(crate) fn finalize_streams(&mut self) {
        for mut s in self.heap.take_finalized() {
            let _ = self.raw_flush(&mut s);
            if let Raw::File(h) = s.raw {
                self.port_mut().close(h);
            }
        }
    }

    /// Writes out and closes every open file (the VM is going away).
    pub(crate) fn close_all_streams(&mut self) {
        let open = self.heap.open_streams();
        for v in open {
            if let Some(Obj::Stream(s)) = self.heap.get_mut(v) {
                let mut s =
                    core::mem::replace(&mut **s, Stream::new(TypeId::BytesIO, 0, Raw::None));
                let _ = self.raw_flush(&mut s);
                if let Raw::File(h) = s.raw {
                    self.port_mut().close(h);
                }
                s.flags |= flags::CLOSED;
                if let Some(Obj::Stream(slot)) = self.heap.get_mut(v) {
                    **slot = s;
                }
            }
        }
    }

    /// Writes a binary file's pending bytes through the port (outside the heap: for
    /// finalizing); the errno of a failed write.
    pub(crate) fn raw_flush(&mut self, s: &mut Stream) -> Result<(), i32> {
        if !s.writing {
            return Ok(());
        }
        let pending = core::mem::take(&mut s.buf);
        s.writing = false;
        s.pos = 0;
        self.raw_write_all(s.raw, &pending)
    }

    /// Writes all of `bytes` to `raw`.
    pub(crate) fn raw_write_all(&mut self, raw: Raw, mut bytes: &[u8]) -> Result<(), i32> {
        match raw {
            Raw::Stdout => self.port_mut().write_stdout(bytes),
            Raw::Stderr => self.port_mut().write_stderr(bytes),
            Raw::File(h) => {
                while !bytes.is_empty() {
                    let n = self.port_mut().write(h, bytes)?;
                    if n == 0 {
                        return Err(crate::port::EINVAL);
                    }
                    bytes = bytes.get(n..).unwrap_or(&[]);
                }
            }
            Raw::None | Raw::Stdin => return Err(crate::port::EBADF),
        }
        Ok(())
    }
}

/// The text of system error `errno`, as the C library words it.
pub fn strerror(errno: i32) -> &'static str {
    #[cfg(any(feature = "errno", feature = "os"))]
    if let Some(text) = crate::modules::errno::message(errno) {
        return text;
    }
    match errno {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        5 => "Input/output error",
        9 => "Bad file descriptor",
        12 => "Cannot allocate memory",
        13 => "Permission denied",
        16 => "Device or resource busy",
        17 => "File exists",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        23 => "Too many open files in system",
        24 => "Too many open files",
        26 => "Text file busy",
        27 => "File too large",
        28 => "No space left on device",
        29 => "Illegal seek",
        30 => "Read-only file system",
        36 => "File name too long",
        39 => "Directory not empty",
        40 => "Too many levels of symbolic links",
        _ => "Unknown error",
    }
}
