//! The format strings of `struct`: parsing one into a [`Layout`] (each code's offset and
//! size), and packing values into bytes and unpacking bytes into values by that layout.
//!
//! Native mode (`@` or no prefix) uses the sizes and alignment of a 64-bit unix host and
//! little-endian byte order whatever the target, as `memview_fmt` does, so a program packs the
//! same bytes everywhere. `=` and `<` are standard sizes in little-endian order, `>` and `!`
//! in big-endian order; standard modes never align. The range errors follow CPython's
//! per-mode wording (`short format requires ...` where it packs natively, `'h' format
//! requires ...` for big-endian).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// The byte order and size rules of a format.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// `@`: native sizes with alignment.
    Native,
    /// `=`, `<`: standard sizes, little-endian.
    Little,
    /// `>`, `!`: standard sizes, big-endian.
    Big,
}

/// One run of a format: `count` items of `code` starting at `offset` (for `s` and `p`,
/// one item of `count` bytes; for `x`, `count` pad bytes).
#[derive(Clone, Copy, Debug)]
pub struct Code {
    pub code: u8,
    pub count: usize,
    pub offset: usize,
    /// The bytes one item takes (the whole run for `s`, `p` and `x`).
    pub size: usize,
}

/// A parsed format.
#[derive(Clone, Debug)]
pub struct Layout {
    pub mode: Mode,
    pub codes: Vec<Code>,
    /// The bytes a packed record takes.
    pub size: usize,
    /// The number of values a record packs.
    pub values: usize,
}

/// The size of one item of `c` in `mode`, or `None` for a character the mode lacks.
fn item_size(c: u8, mode: Mode) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'l' | b'L' if mode == Mode::Native => 8,
        b'l' | b'L' => 4,
        b'n' | b'N' | b'P' if mode == Mode::Native => 8,
        _ => return None,
    })
}

const TOO_LONG: &str = "total struct size too long";

/// Parses `fmt`; the error is the message of the `struct.error` to raise.
pub fn parse(fmt: &[u8]) -> Result<Layout, &'static str> {
    if fmt.contains(&0) {
        return Err("embedded null character");
    }
    let (mode, rest) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'=' | b'<') => (Mode::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Mode::Big, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let max = isize::MAX as usize;
    let mut codes = Vec::new();
    let (mut size, mut values) = (0usize, 0usize);
    let mut i = 0;
    while i < rest.len() {
        let mut c = rest[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = usize::from(c - b'0');
            loop {
                let Some(&d) = rest.get(i) else {
                    return Err("repeat count given without format specifier");
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(d - b'0')))
                    .filter(|&n| n <= max)
                    .ok_or(TOO_LONG)?;
            }
        }
        let item = item_size(c, mode).ok_or("bad char in struct format")?;
        if mode == Mode::Native && item > 1 {
            size = size.checked_next_multiple_of(item).ok_or(TOO_LONG)?;
        }
        let whole = matches!(c, b's' | b'p' | b'x');
        let bytes = count.checked_mul(item).ok_or(TOO_LONG)?;
        codes.push(Code {
            code: c,
            count,
            offset: size,
            size: if whole { count } else { item },
        });
        size = size
            .checked_add(bytes)
            .filter(|&n| n <= max)
            .ok_or(TOO_LONG)?;
        values += match c {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
    }
    Ok(Layout {
        mode,
        codes,
        size,
        values,
    })
}

/// `struct.error(msg)`.
pub(crate) fn struct_error(vm: &mut Vm, msg: &str) -> Raised {
    vm.raise_new(TypeId::StructError, msg)
}

impl Vm {
    /// Packs `values` (as many as the layout takes) into `out`, which has `layout.size`
    /// bytes.
    pub(crate) fn struct_pack(
        &mut self,
        layout: &Layout,
        values: &[Value],
        out: &mut [u8],
    ) -> PyResult<()> {
        let mut next = values.iter().copied();
        for code in &layout.codes {
            let at = code.offset;
            match code.code {
                b'x' => {}
                b's' | b'p' => {
                    let v = next.next().unwrap_or(Value::NONE);
                    let Some(data) = self.bytes_or_bytearray(v) else {
                        let msg = format!(
                            "argument for '{}' must be a bytes object",
                            code.code as char
                        );
                        return Err(struct_error(self, &msg));
                    };
                    let field = out.get_mut(at..at + code.count).unwrap_or(&mut []);
                    if code.code == b's' {
                        let n = data.len().min(field.len());
                        field[..n].copy_from_slice(&data[..n]);
                    } else if let Some((len, rest)) = field.split_first_mut() {
                        let n = data.len().min(rest.len());
                        rest[..n].copy_from_slice(&data[..n]);
                        *len = n.min(255) as u8;
                    }
                }
                c => {
                    for k in 0..code.count {
                        let v = next.next().unwrap_or(Value::NONE);
                        let start = at + k * code.size;
                        let field = out.get_mut(start..start + code.size).unwrap_or(&mut []);
                        self.pack_item(c, layout.mode, v, field)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// The bytes of a bytes or bytearray (the only buffers `c`, `s` and `p` take).
    fn bytes_or_bytearray(&self, v: Value) -> Option<Vec<u8>> {
        match self.heap.get(self.payload(v)) {
            Some(crate::heap::Obj::Bytes(b)) => Some(b.to_vec()),
            Some(crate::heap::Obj::ByteArray(b)) => Some(b.clone()),
            _ => None,
        }
    }

    /// Packs one item of code `c` into `field` (its size).
    fn pack_item(&mut self, c: u8, mode: Mode, v: Value, field: &mut [u8]) -> PyResult<()> {
        let big = mode == Mode::Big;
        let put = |field: &mut [u8], bits: u64| {
            let n = field.len();
            for (k, b) in field.iter_mut().enumerate() {
                let shift = if big { 8 * (n - 1 - k) } else { 8 * k };
                *b = (bits >> shift) as u8;
            }
        };
        match c {
            b'?' => {
                let t = self.truthy(v)?;
                put(field, u64::from(t));
            }
            b'c' => match self.heap.get(self.payload(v)) {
                Some(crate::heap::Obj::Bytes(b)) if b.len() == 1 => put(field, u64::from(b[0])),
                _ => {
                    return Err(struct_error(
                        self,
                        "char format requires a bytes object of length 1",
                    ));
                }
            },
            b'e' | b'f' | b'd' => {
                let x = self.struct_float(v)?;
                let bits = match c {
                    b'e' => match half_bits(x) {
                        Some(h) => u64::from(h),
                        None => return Err(self.float_overflow('e')),
                    },
                    b'f' => {
                        // Only the standard modes check the range; native mode rounds a
                        // huge double to an infinity.
                        let y = x as f32;
                        if y.is_infinite() && !x.is_infinite() && mode != Mode::Native {
                            return Err(self.float_overflow('f'));
                        }
                        u64::from(y.to_bits())
                    }
                    _ => x.to_bits(),
                };
                put(field, bits);
            }
            _ => {
                let n = self.struct_int(c, mode, v)?;
                put(field, n as u64);
            }
        }
        Ok(())
    }

    fn float_overflow(&mut self, c: char) -> Raised {
        let msg = format!("float too large to pack with {c} format");
        self.raise_new(TypeId::OverflowError, &msg)
    }

    /// A value for `e`, `f` or `d`: anything `float()` takes without parsing text.
    fn struct_float(&mut self, v: Value) -> PyResult<f64> {
        let r = if self.is_int(self.payload(v)) {
            self.int_to_f64(self.payload(v)).ok()
        } else {
            self.real_to_f64(v)?
        };
        match r {
            Some(x) => Ok(x),
            None => {
                self.pending = Value::NONE;
                Err(struct_error(self, "required argument is not a float"))
            }
        }
    }

    /// A value for an integer code, range-checked as CPython checks it in `mode`, as the
    /// two's complement bits to store.
    fn struct_int(&mut self, c: u8, mode: Mode, v: Value) -> PyResult<i128> {
        let Some(i) = self.as_index(v)? else {
            return Err(struct_error(self, "required argument is not an integer"));
        };
        let n: Option<i128> = self
            .int_of(i)
            .and_then(|b| num_traits::ToPrimitive::to_i128(&*b));
        let size = item_size(c, mode).unwrap_or(8) as u32;
        let signed = c.is_ascii_lowercase();
        let fits_i64 = n.filter(|&n| i64::try_from(n).is_ok());
        let fits_u64 = n.filter(|&n| u64::try_from(n).is_ok());
        let out_of_range = |vm: &mut Vm| struct_error(vm, "argument out of range");
        // Big-endian 8-byte codes and native pointers convert through a byte array.
        if (mode == Mode::Big && matches!(c, b'q' | b'Q')) || c == b'P' {
            let ok = match c {
                b'q' => fits_i64,
                b'Q' => fits_u64,
                _ => n.filter(|&n| n >= i128::from(i64::MIN) && n <= i128::from(u64::MAX)),
            };
            return ok.ok_or_else(|| struct_error(self, "int too large to convert"));
        }
        let n = if signed
            || matches!(
                (c, mode),
                (b'B' | b'b', _) | (b'H', Mode::Native | Mode::Little)
            ) {
            fits_i64.ok_or_else(|| out_of_range(self))?
        } else {
            fits_u64.ok_or_else(|| out_of_range(self))?
        };
        if size == 8 {
            return Ok(n);
        }
        let bits = 8 * size;
        let (lo, hi) = if signed {
            (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
        } else {
            (0, (1i128 << bits) - 1)
        };
        if n < lo || n > hi {
            let named = match (c, mode) {
                (b'b', _) => Some("byte"),
                (b'B', _) => Some("ubyte"),
                (b'h', Mode::Native | Mode::Little) => Some("short"),
                (b'H', Mode::Native | Mode::Little) => Some("ushort"),
                _ => None,
            };
            let msg = match named {
                Some(name) => format!("{name} format requires {lo} <= number <= {hi}"),
                None => format!("'{}' format requires {lo} <= number <= {hi}", c as char),
            };
            return Err(struct_error(self, &msg));
        }
        Ok(n)
    }

    /// Unpacks one record of `layout` from `data` (exactly `layout.size` bytes) into a tuple.
    pub(crate) fn struct_unpack(&mut self, layout: &Layout, data: &[u8]) -> PyResult {
        self.check_building(layout.values.saturating_mul(core::mem::size_of::<Value>()))?;
        let base = self.roots.len();
        let r = self.struct_unpack_items(layout, data, base);
        let items = self.roots.split_off(base);
        r?;
        self.new_tuple(items)
    }

    fn struct_unpack_items(&mut self, layout: &Layout, data: &[u8], base: usize) -> PyResult<()> {
        let big = layout.mode == Mode::Big;
        for code in &layout.codes {
            let field = |k: usize, size: usize| {
                let start = code.offset + k * size;
                data.get(start..start + size).unwrap_or(&[])
            };
            let v = match code.code {
                b'x' => continue,
                b's' => self.new_bytes(field(0, code.count).to_vec())?,
                b'p' => {
                    let f = field(0, code.count);
                    let n = f.first().map_or(0, |&n| usize::from(n));
                    let body = f.get(1..).unwrap_or(&[]);
                    self.new_bytes(body[..n.min(body.len())].to_vec())?
                }
                c => {
                    for k in 0..code.count {
                        let bytes = field(k, code.size);
                        let mut bits: u64 = 0;
                        for (j, &b) in bytes.iter().enumerate() {
                            let shift = if big {
                                8 * (bytes.len() - 1 - j)
                            } else {
                                8 * j
                            };
                            bits |= u64::from(b) << shift;
                        }
                        let v = self.unpack_item(c, bits, bytes.len())?;
                        self.roots.push(v);
                    }
                    continue;
                }
            };
            self.roots.push(v);
        }
        debug_assert!(self.roots.len() >= base);
        Ok(())
    }

    /// The value of one item of code `c` whose `size` bytes read as `bits`.
    fn unpack_item(&mut self, c: u8, bits: u64, size: usize) -> PyResult {
        match c {
            b'?' => Ok(Value::bool(bits != 0)),
            b'c' => self.new_bytes(alloc::vec![bits as u8]),
            b'e' => self.new_float(half_value(bits as u16)),
            b'f' => self.new_float(f64::from(f32::from_bits(bits as u32))),
            b'd' => self.new_float(f64::from_bits(bits)),
            c if c.is_ascii_lowercase() && size < 8 => {
                let shift = 64 - 8 * size as u32;
                self.new_int(((bits << shift) as i64) >> shift)
            }
            c if c.is_ascii_lowercase() => self.new_int(bits as i64),
            _ => self.new_i128(i128::from(bits)),
        }
    }
}

/// The IEEE half-precision bits nearest `x` (ties to even); `None` when a finite `x` is too
/// large for one.
pub fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let raw = x.to_bits();
    let exp = ((raw >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Zero or a double subnormal: far below half a half's smallest step.
        return Some(sign);
    }
    let mant = (raw & ((1u64 << 52) - 1)) | (1u64 << 52);
    let e = exp - 1023;
    // The number of low bits of `mant` below a half's last mantissa bit.
    let shift = if e >= -14 { 42 } else { (28 - e) as u32 };
    if shift >= 64 {
        return Some(sign);
    }
    let mut q = mant >> shift;
    let rem = mant & ((1u64 << shift) - 1);
    let half = 1u64 << (shift - 1);
    if rem > half || (rem == half && q & 1 == 1) {
        q += 1;
    }
    if e < -14 {
        // Subnormal (or, rounded up, the smallest normal: q == 1024 sets the exponent).
        return Some(sign | q as u16);
    }
    let mut biased = e + 15;
    if q == 2048 {
        q = 1024;
        biased += 1;
    }
    if biased >= 31 {
        return None;
    }
    Some(sign | ((biased as u16) << 10) | (q as u16 - 1024))
}

/// The value of IEEE half-precision bits.
pub fn half_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((h >> 10) & 0x1f);
    let m = f64::from(h & 0x3ff);
    let magnitude = match e {
        0 => libm::ldexp(m, -24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => libm::ldexp(m + 1024.0, e - 25),
    };
    sign * magnitude
}

/// The text of a format argument: a str, or bytes taken as ASCII.
pub(crate) fn format_text(vm: &mut Vm, fmt: Value) -> PyResult<String> {
    if let Some(s) = vm.str_text(fmt) {
        return Ok(String::from(s));
    }
    if let Some(crate::heap::Obj::Bytes(b)) = vm.heap.get(vm.payload(fmt)) {
        return Ok(b.iter().map(|&c| c as char).collect());
    }
    let msg = format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        vm.type_name_of(fmt)
    );
    Err(vm.type_error(&msg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_alignment() {
        assert_eq!(parse(b"@bhiq").map(|l| l.size), Ok(16));
        assert_eq!(parse(b"<bhiq0q").map(|l| l.size), Ok(15));
        assert_eq!(parse(b"@?cxP e").map(|l| l.size), Ok(18));
        assert_eq!(
            parse(b"<P").map(|l| l.size),
            Err("bad char in struct format")
        );
        assert_eq!(
            parse(b"99999999999999999999999h").map(|l| l.size),
            Err(TOO_LONG)
        );
        assert_eq!(
            parse(b"3").map(|l| l.size),
            Err("repeat count given without format specifier")
        );
    }

    #[test]
    fn halves_round_trip() {
        for (x, h) in [
            (1.0, 0x3c00),
            (65504.0, 0x7bff),
            (-0.0, 0x8000),
            (5.960464477539063e-08, 1),
        ] {
            assert_eq!(half_bits(x), Some(h));
            assert_eq!(half_value(h), x);
        }
        assert_eq!(half_bits(65520.0), None);
        assert_eq!(half_bits(0.1), Some(0x2e66));
    }
}
