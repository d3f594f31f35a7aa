//! The item formats of a `memoryview`: which single-character formats a view may be cast to,
//! how many bytes an item of each takes, and how an item is read from and written to its
//! bytes.
//!
//! The formats are the native single-character ones, with the sizes of a 64-bit unix host
//! (the `long` formats `'l'`/`'L'` and the size formats `'n'`/`'N'`/`'P'` take eight bytes)
//! and little-endian byte order, so a program reads the same items on every target.
//! Invariant: every view's format is one `itemsize` answers for.

use alloc::vec::Vec;

use num_traits::ToPrimitive;

use crate::heap::Obj;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The bytes an item of format `f` takes, or `None` for a format upy does not know.
pub(crate) fn itemsize(f: u8) -> Option<usize> {
    Some(match f {
        b'B' | b'b' | b'c' | b'?' => 1,
        b'H' | b'h' => 2,
        b'I' | b'i' | b'f' => 4,
        // Only a view of a `'u'` array has it: its items cannot be read or written.
        b'w' => 4,
        b'L' | b'l' | b'Q' | b'q' | b'N' | b'n' | b'P' | b'd' => 8,
        _ => return None,
    })
}

/// Whether format `f` reads single bytes (the formats a cast may start or end at).
pub(crate) fn is_byte_format(f: u8) -> bool {
    matches!(f, b'B' | b'b' | b'c')
}

/// The integer range of an integer format: `(signed, bytes)`.
fn int_kind(f: u8) -> Option<bool> {
    match f {
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => Some(true),
        b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' | b'P' => Some(false),
        _ => None,
    }
}

impl Vm {
    /// NotImplementedError for a format whose items a view cannot convert.
    fn format_unsupported(&mut self, f: u8) -> crate::vm::Raised {
        let msg = alloc::format!("memoryview: format {} not supported", f as char);
        self.raise_new(TypeId::NotImplementedError, &msg)
    }

    /// The item of format `f` stored in `bytes` (exactly one item's worth).
    pub(crate) fn view_unpack(&mut self, f: u8, bytes: &[u8]) -> PyResult {
        if f == b'w' {
            return Err(self.format_unsupported(f));
        }
        let mut raw = [0u8; 8];
        let n = bytes.len().min(8);
        raw[..n].copy_from_slice(&bytes[..n]);
        let word = u64::from_le_bytes(raw);
        match f {
            b'c' => self.new_bytes(bytes.to_vec()),
            b'?' => Ok(Value::bool(word != 0)),
            b'f' => self.new_float(f32::from_bits(word as u32) as f64),
            b'd' => self.new_float(f64::from_bits(word)),
            _ => {
                let bits = 8 * bytes.len() as u32;
                let n = if int_kind(f) == Some(true) && bits < 64 {
                    // Sign-extend from the item's width.
                    ((word << (64 - bits)) as i64 >> (64 - bits)) as i128
                } else if int_kind(f) == Some(true) {
                    word as i64 as i128
                } else {
                    word as i128
                };
                self.new_i128(n)
            }
        }
    }

    /// The bytes of `v` as an item of format `f`, with CPython's errors for a value of the
    /// wrong type or out of range.
    pub(crate) fn view_pack(&mut self, f: u8, v: Value) -> PyResult<Vec<u8>> {
        if f == b'w' {
            return Err(self.format_unsupported(f));
        }
        let size = itemsize(f).unwrap_or(1);
        let invalid = |vm: &mut Vm, what: &str, ty| {
            let msg = alloc::format!("memoryview: invalid {what} for format '{}'", f as char);
            match ty {
                TypeId::TypeError => vm.type_error(&msg),
                _ => vm.value_error(&msg),
            }
        };
        match f {
            b'c' => match self.heap.get(v) {
                Some(Obj::Bytes(b)) if b.len() == 1 => Ok(b.to_vec()),
                Some(Obj::Bytes(_)) => Err(invalid(self, "value", TypeId::ValueError)),
                _ => Err(invalid(self, "type", TypeId::TypeError)),
            },
            b'?' => Ok(alloc::vec![self.truthy(v)? as u8]),
            b'f' | b'd' => {
                let x = if self.float_of(v).is_some() || self.is_int(v) {
                    self.number_to_f64(v)?
                } else {
                    None
                };
                let Some(x) = x else {
                    return Err(invalid(self, "type", TypeId::TypeError));
                };
                Ok(if f == b'f' {
                    (x as f32).to_le_bytes().to_vec()
                } else {
                    x.to_le_bytes().to_vec()
                })
            }
            _ => {
                let i = match self.index_dunder(v)? {
                    Some(i) => i,
                    None if self.is_int(v) => v,
                    None => return Err(invalid(self, "type", TypeId::TypeError)),
                };
                let signed = int_kind(f) == Some(true);
                let bits = 8 * size as u32;
                let (lo, hi) = if signed {
                    (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
                } else {
                    (0, (1i128 << bits) - 1)
                };
                match self.int_of(i).and_then(|b| b.to_i128()) {
                    Some(n) if (lo..=hi).contains(&n) => Ok(n.to_le_bytes()[..size].to_vec()),
                    _ => Err(invalid(self, "value", TypeId::ValueError)),
                }
            }
        }
    }
}
