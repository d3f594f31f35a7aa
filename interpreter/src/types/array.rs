//! `array.array`: a typed sequence whose items are kept as their machine bytes, one
//! `itemsize` run per item, so the array is its own buffer (`bytes(a)`, `memoryview(a)`).
//!
//! The item sizes are those of a 64-bit unix host (`l` and `L` take eight bytes, `u` four)
//! and items are stored little-endian on every target, as `memview_fmt` reads them. This
//! file owns the storage, item conversion with CPython's overflow messages, construction,
//! repr, indexing and slicing, comparison and the operators; `array_methods` the methods.
//!
//! Unlike CPython, an array does not refuse to resize while a memoryview exports it (as
//! with bytearray, see `memview`): a view of an array that shrank sees what is left.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::heap::Obj;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// The typecodes, in CPython's order.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// An array: its typecode and the bytes of its items.
pub struct ArrayObj {
    pub typecode: u8,
    pub data: Vec<u8>,
}

impl ArrayObj {
    pub fn itemsize(&self) -> usize {
        itemsize(self.typecode)
    }

    pub fn len(&self) -> usize {
        self.data.len() / self.itemsize()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The bytes of item `i`, if there is one.
    pub fn item(&self, i: usize) -> Option<&[u8]> {
        let n = self.itemsize();
        self.data
            .get(i.checked_mul(n)?..i.checked_mul(n)?.checked_add(n)?)
    }
}

/// The bytes an item of typecode `c` takes (`c` is one of `TYPECODES`).
pub fn itemsize(c: u8) -> usize {
    match c {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// An item read from its bytes, before it becomes a Value.
enum Item {
    Int(i128),
    Float(f64),
    Char(u32),
}

fn read(c: u8, bytes: &[u8]) -> Item {
    let mut raw = [0u8; 8];
    let n = bytes.len().min(8);
    raw[..n].copy_from_slice(&bytes[..n]);
    let word = u64::from_le_bytes(raw);
    match c {
        b'f' => Item::Float(f64::from(f32::from_bits(word as u32))),
        b'd' => Item::Float(f64::from_bits(word)),
        b'u' => Item::Char(word as u32),
        b'b' => Item::Int(i128::from(word as u8 as i8)),
        b'h' => Item::Int(i128::from(word as u16 as i16)),
        b'i' => Item::Int(i128::from(word as u32 as i32)),
        b'l' | b'q' => Item::Int(i128::from(word as i64)),
        _ => Item::Int(i128::from(word)),
    }
}

impl Vm {
    pub(crate) fn is_array(&self, v: Value) -> bool {
        matches!(self.heap.get(v), Some(Obj::Array(_)))
    }

    pub(crate) fn array_ref(&self, v: Value) -> Option<&ArrayObj> {
        match self.heap.get(v) {
            Some(Obj::Array(a)) => Some(a),
            _ => None,
        }
    }

    pub(crate) fn array_mut(&mut self, v: Value) -> Option<&mut ArrayObj> {
        match self.heap.get_mut(v) {
            Some(Obj::Array(a)) => Some(a),
            _ => None,
        }
    }

    /// A new array of typecode `c` holding `data`.
    pub(crate) fn new_array(&mut self, typecode: u8, data: Vec<u8>) -> PyResult {
        self.alloc(Obj::Array(Box::new(ArrayObj { typecode, data })))
    }

    /// Item `i` of array `a` as a value (`None` past its end).
    pub(crate) fn array_get(&mut self, a: Value, i: usize) -> PyResult<Option<Value>> {
        let Some(arr) = self.array_ref(a) else {
            return Ok(None);
        };
        let Some(bytes) = arr.item(i) else {
            return Ok(None);
        };
        let item = read(arr.typecode, bytes);
        self.item_value(item).map(Some)
    }

    fn item_value(&mut self, item: Item) -> PyResult {
        match item {
            Item::Int(n) => self.new_i128(n),
            Item::Float(x) => self.new_float(x),
            Item::Char(c) => match char::from_u32(c) {
                Some(ch) => self.new_char(ch),
                None => {
                    let msg = format!("character U+{c:x} is not in range [U+0000; U+10ffff]");
                    Err(self.value_error(&msg))
                }
            },
        }
    }

    /// Every item of array `a`, as values.
    pub(crate) fn array_values(&mut self, a: Value) -> PyResult<Vec<Value>> {
        let len = self.array_ref(a).map_or(0, ArrayObj::len);
        self.check_building(len.saturating_mul(core::mem::size_of::<Value>()))?;
        let base = self.roots.len();
        for i in 0..len {
            match self.array_get(a, i) {
                Ok(Some(v)) => self.roots.push(v),
                Ok(None) => break,
                Err(e) => {
                    self.roots.truncate(base);
                    return Err(e);
                }
            }
        }
        Ok(self.roots.split_off(base))
    }

    /// The bytes item `v` takes in an array of typecode `c`, with CPython's errors.
    pub(crate) fn array_item_bytes(&mut self, c: u8, v: Value) -> PyResult<[u8; 8]> {
        let word: u64 = match c {
            b'f' | b'd' => {
                let Some(x) = self.real_to_f64(v)? else {
                    let msg = format!("must be real number, not {}", self.type_name_of(v));
                    return Err(self.type_error(&msg));
                };
                if c == b'f' {
                    u64::from((x as f32).to_bits())
                } else {
                    x.to_bits()
                }
            }
            b'u' => {
                let ch = self
                    .str_text(v)
                    .filter(|t| t.chars().count() == 1)
                    .and_then(|t| t.chars().next());
                match ch {
                    Some(ch) => u64::from(u32::from(ch)),
                    None => return Err(self.type_error("array item must be unicode character")),
                }
            }
            _ => self.array_int(c, v)? as u64,
        };
        Ok(word.to_le_bytes())
    }

    /// An int item for typecode `c`, range-checked with CPython's messages.
    fn array_int(&mut self, c: u8, v: Value) -> PyResult<i128> {
        let i = self.index_value(v)?;
        let n = self
            .int_of(i)
            .and_then(|b| num_traits::ToPrimitive::to_i128(&*b));
        let overflow = |vm: &mut Vm, msg: &str| vm.raise_new(TypeId::OverflowError, msg);
        let fits_long = n.filter(|&n| i64::try_from(n).is_ok());
        match c {
            b'b' | b'B' | b'h' | b'H' | b'i' => {
                let Some(n) = fits_long else {
                    return Err(overflow(self, "Python int too large to convert to C long"));
                };
                const SHORT: (&str, i128, i128) = ("signed short integer", -32768, 32767);
                const INT: (&str, i128, i128) = ("signed integer", -(1 << 31), (1 << 31) - 1);
                // `b` goes through a C short and `H` through a C int before their own
                // range: each step has its own message.
                let steps: &[(&str, i128, i128)] = match c {
                    b'b' => &[SHORT, ("signed char", -128, 127)],
                    b'B' => &[("unsigned byte integer", 0, 255)],
                    b'h' => &[SHORT],
                    b'H' => &[INT, ("unsigned short", 0, 65535)],
                    _ => &[INT],
                };
                for &(name, lo, hi) in steps {
                    if n < lo {
                        return Err(overflow(self, &format!("{name} is less than minimum")));
                    }
                    if n > hi {
                        return Err(overflow(self, &format!("{name} is greater than maximum")));
                    }
                }
                Ok(n)
            }
            b'I' | b'L' => match n {
                Some(n) if n < 0 => Err(overflow(
                    self,
                    "can't convert negative value to unsigned int",
                )),
                Some(n) if u64::try_from(n).is_ok() => {
                    if c == b'I' && n > i128::from(u32::MAX) {
                        return Err(overflow(self, "unsigned int is greater than maximum"));
                    }
                    Ok(n)
                }
                _ if self
                    .int_of(i)
                    .is_some_and(|b| b.sign() == num_bigint::Sign::Minus) =>
                {
                    Err(overflow(
                        self,
                        "can't convert negative value to unsigned int",
                    ))
                }
                _ => Err(overflow(
                    self,
                    "Python int too large to convert to C unsigned long",
                )),
            },
            b'l' => {
                fits_long.ok_or_else(|| overflow(self, "Python int too large to convert to C long"))
            }
            b'q' => fits_long.ok_or_else(|| overflow(self, "int too big to convert")),
            _ => {
                if self
                    .int_of(i)
                    .is_some_and(|b| b.sign() == num_bigint::Sign::Minus)
                {
                    return Err(overflow(self, "can't convert negative int to unsigned"));
                }
                n.filter(|&n| u64::try_from(n).is_ok())
                    .ok_or_else(|| overflow(self, "int too big to convert"))
            }
        }
    }

    /// The bytes of `values` as items of typecode `c`; an item that does not fit stops it
    /// with nothing added.
    pub(crate) fn array_pack_all(&mut self, c: u8, values: &[Value]) -> PyResult<Vec<u8>> {
        let size = itemsize(c);
        self.check_building(values.len().saturating_mul(size))?;
        let mut out = Vec::with_capacity(values.len() * size);
        for &v in values {
            let bytes = self.array_item_bytes(c, v)?;
            out.extend_from_slice(&bytes[..size]);
        }
        Ok(out)
    }

    /// Appends each item of iterable `it` to array `a` (those before a bad one stay).
    pub(crate) fn array_extend_iter(&mut self, a: Value, it: Value) -> PyResult<()> {
        let c = self.array_ref(a).map_or(b'b', |x| x.typecode);
        let size = itemsize(c);
        self.for_each_item(it, |vm, item| {
            let bytes = vm.array_item_bytes(c, item)?;
            let len = vm.array_ref(a).map_or(0, |x| x.data.len());
            if len % 4096 < size {
                vm.check_building(len + size)?;
            }
            if let Some(arr) = vm.array_mut(a) {
                arr.data.extend_from_slice(&bytes[..size]);
            }
            Ok(true)
        })
    }

    /// `repr(a)`: `array('i', [1, 2])`, `array('u', 'ab')`, `array('d')`.
    pub(crate) fn array_repr_into(&mut self, a: Value, out: &mut String) -> PyResult<()> {
        let (c, empty) = match self.array_ref(a) {
            Some(arr) => (arr.typecode, arr.is_empty()),
            None => return Ok(()),
        };
        out.push_str(&format!("array('{}'", c as char));
        if !empty {
            out.push_str(", ");
            let inner = if c == b'u' {
                let text = self.array_text(a)?;
                self.new_str_from(&text)?
            } else {
                let items = self.array_values(a)?;
                self.new_list(items)?
            };
            self.roots.push(inner);
            let r = self.repr(inner);
            self.roots.pop();
            let r = r?;
            out.push_str(self.str_text(r).unwrap_or(""));
        }
        out.push(')');
        Ok(())
    }

    /// The text of a `'u'` array.
    pub(crate) fn array_text(&mut self, a: Value) -> PyResult<String> {
        let data = self
            .array_ref(a)
            .map(|x| x.data.clone())
            .unwrap_or_default();
        let mut s = String::with_capacity(data.len() / 4);
        for chunk in data.chunks_exact(4) {
            let c = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
            match char::from_u32(c) {
                Some(ch) => s.push(ch),
                None => {
                    let msg = format!("character U+{c:x} is not in range [U+0000; U+10ffff]");
                    return Err(self.value_error(&msg));
                }
            }
        }
        Ok(s)
    }

    /// The items of `text` as a `'u'` array's bytes.
    pub(crate) fn unicode_bytes(&mut self, text: &str) -> PyResult<Vec<u8>> {
        self.check_building(text.len().saturating_mul(4))?;
        Ok(text
            .chars()
            .flat_map(|c| u32::from(c).to_le_bytes())
            .collect())
    }

    /// `a == b` for two arrays: the same items.
    pub(crate) fn array_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let (la, lb) = (self.array_len(a), self.array_len(b));
        if la != lb {
            return Ok(false);
        }
        Ok(self.array_first_difference(a, b)?.is_none())
    }

    fn array_len(&self, a: Value) -> usize {
        self.array_ref(a).map_or(0, ArrayObj::len)
    }

    /// The first index where two arrays' items differ (`!=`), and those items.
    fn array_first_difference(&mut self, a: Value, b: Value) -> PyResult<Option<(Value, Value)>> {
        let n = self.array_len(a).min(self.array_len(b));
        for i in 0..n {
            let (Some(x), Some(y)) = (self.array_get(a, i)?, self.array_get(b, i)?) else {
                break;
            };
            self.roots.extend([x, y]);
            let same = self.eq(x, y);
            self.roots.truncate(self.roots.len() - 2);
            if !same? {
                return Ok(Some((x, y)));
            }
        }
        Ok(None)
    }

    /// `<`, `<=`, `>`, `>=` between two arrays: by the first differing items, else lengths.
    pub(crate) fn array_order(
        &mut self,
        op: crate::bytecode::CompareOp,
        a: Value,
        b: Value,
    ) -> PyResult<bool> {
        use crate::bytecode::CompareOp;
        if let Some((x, y)) = self.array_first_difference(a, b)? {
            self.roots.extend([x, y]);
            let r = self.order(op, x, y);
            self.roots.truncate(self.roots.len() - 2);
            return r;
        }
        let (la, lb) = (self.array_len(a), self.array_len(b));
        Ok(match op {
            CompareOp::Lt => la < lb,
            CompareOp::Le => la <= lb,
            CompareOp::Gt => la > lb,
            _ => la >= lb,
        })
    }

    /// `x in a`.
    pub(crate) fn array_contains(&mut self, a: Value, x: Value) -> PyResult<bool> {
        let mut i = 0;
        while let Some(v) = self.array_get(a, i)? {
            if self.eq(v, x)? {
                return Ok(true);
            }
            i += 1;
        }
        Ok(false)
    }

    /// The TypeError when an array meets something that is not an array of its kind.
    pub(crate) fn bad_array_operand(&mut self) -> Raised {
        self.type_error("bad argument type for built-in operation")
    }
}

/// CPython's message for a typecode that is not one of `TYPECODES`.
pub const BAD_TYPECODE: &str = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)";
