//! The text layer of files (`TextIOWrapper`): characters read from and written to the
//! binary stream under it (`buffer`), decoded and encoded (UTF-8, ASCII or Latin-1), with
//! line ends translated as `newline` asks: on reading, `None` makes `\r\n` and `\r` into
//! `\n` and `''` keeps them but ends lines at all three; on writing, `'\r'` and `'\r\n'`
//! replace `\n`.
//!
//! Reading works on the bytes the buffer has read ahead, a byte at a time, so a read never
//! asks the port for more than one buffer beyond what it returns; what it gathers is checked
//! against the heap as it grows.

use alloc::string::String;
use alloc::vec::Vec;

use super::stream::{Encoding, Newline, flags};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// How many bytes a read gathers between two checks against the heap.
const CHECK_EVERY: usize = 4096;

impl Vm {
    /// Reads `size` characters (all for `None`) from text file `v`, or with `line` one line
    /// of at most `size` characters.
    pub(crate) fn text_read(&mut self, v: Value, size: Option<usize>, line: bool) -> PyResult {
        let Some(s) = self.stream(v) else {
            return Ok(Value::NONE);
        };
        let (inner, newline, enc) = (s.inner, s.newline, s.encoding);
        self.bin_to_reading(inner)?;
        let mut out: Vec<u8> = Vec::new();
        let mut chars = 0usize;
        let mut seen = 0u8;
        let mut at_eof = false;
        let mut checked = 0;
        let utf8 = enc == Encoding::Utf8;
        'outer: loop {
            let avail = self.bin_avail(inner);
            if avail.is_empty() {
                if at_eof || self.bin_fill(inner)? == 0 {
                    break;
                }
                continue;
            }
            let mut i = 0;
            let mut stop = false;
            let mut more = false;
            while i < avail.len() {
                let b = avail[i];
                let lead = !(utf8 && b & 0xc0 == 0x80);
                if lead && size.is_some_and(|n| chars >= n) {
                    stop = true;
                    break;
                }
                let cr_special = matches!(
                    newline,
                    Newline::Universal | Newline::Untranslated | Newline::CrLf
                );
                if b == b'\r' && cr_special {
                    let next = avail.get(i + 1).copied();
                    if next.is_none() && !at_eof {
                        more = true;
                        break;
                    }
                    let crlf = next == Some(b'\n');
                    match newline {
                        Newline::Universal => {
                            out.push(b'\n');
                            i += if crlf { 2 } else { 1 };
                            seen |= if crlf { 4 } else { 1 };
                            chars += 1;
                            stop = line;
                        }
                        Newline::Untranslated => {
                            out.push(b'\r');
                            i += 1;
                            chars += 1;
                            seen |= if crlf { 4 } else { 1 };
                            let room = size.is_none_or(|n| chars < n);
                            if crlf && line && room {
                                out.push(b'\n');
                                i += 1;
                                chars += 1;
                            }
                            stop = line;
                        }
                        _ => {
                            out.push(b'\r');
                            i += 1;
                            chars += 1;
                            let room = size.is_none_or(|n| chars < n);
                            if crlf && room {
                                out.push(b'\n');
                                i += 1;
                                chars += 1;
                                stop = line;
                            }
                        }
                    }
                } else {
                    out.push(b);
                    i += 1;
                    if lead {
                        chars += 1;
                    }
                    match (b, newline) {
                        (b'\n', Newline::Universal | Newline::Untranslated) => {
                            seen |= 2;
                            stop = line;
                        }
                        (b'\n', Newline::Lf) | (b'\r', Newline::Cr) => stop = line,
                        _ => {}
                    }
                }
                if stop {
                    break;
                }
            }
            self.bin_consume(inner, i);
            if out.len() >= checked + CHECK_EVERY {
                checked = out.len();
                self.check_building(checked)?;
            }
            if stop {
                break 'outer;
            }
            if more && self.bin_fill(inner)? == 0 {
                at_eof = true;
            }
        }
        if let Some(s) = self.stream_mut(v) {
            s.seen |= seen;
        }
        self.check_building(out.len())?;
        let text = match (enc, String::from_utf8(out)) {
            (Encoding::Utf8 | Encoding::Ascii, Ok(t)) if enc == Encoding::Utf8 || t.is_ascii() => t,
            (_, r) => {
                let bytes = r.map_or_else(|e| e.into_bytes(), String::into_bytes);
                let errors = self.stream(v).map_or(Value::NONE, |s| s.errors);
                let errors = self
                    .str_text(errors)
                    .map_or(String::from("strict"), String::from);
                let name = match enc {
                    Encoding::Utf8 => "utf-8",
                    Encoding::Ascii => "ascii",
                    Encoding::Latin1 => "latin-1",
                };
                self.decode_bytes(&bytes, name, &errors)?
            }
        };
        self.new_str(text)
    }

    /// Writes `text` to text file `v`, encoded, with `\n` translated.
    pub(crate) fn text_write(&mut self, v: Value, text: &str) -> PyResult<()> {
        let Some(s) = self.stream(v) else {
            return Ok(());
        };
        let (inner, newline, enc, errors) = (s.inner, s.newline, s.encoding, s.errors);
        let line_buffered = s.has(flags::LINE_BUFFERING);
        let translated;
        let text = match newline.written() {
            Some(nl) if text.contains('\n') => {
                translated = text.replace('\n', nl);
                translated.as_str()
            }
            _ => text,
        };
        let encoded;
        let bytes = match enc {
            Encoding::Utf8 => text.as_bytes(),
            _ => {
                let errors = self
                    .str_text(errors)
                    .map_or(String::from("strict"), String::from);
                let name = if enc == Encoding::Ascii {
                    "ascii"
                } else {
                    "latin-1"
                };
                encoded = self.encode_text(text, name, &errors)?;
                &encoded
            }
        };
        self.bin_write(inner, bytes)?;
        if line_buffered && (text.contains('\n') || text.contains('\r')) {
            self.bin_flush(inner)?;
        }
        Ok(())
    }
}
