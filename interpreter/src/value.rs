//! `Value`: the one-word representation of every Python value.
//!
//! ```text
//!   63                                  3 2 1 0
//!  +-------------------------------------+-+-+-+
//!  |        signed 63-bit integer          | |1|   small int (i63), `value << 1 | 1`
//!  |        heap handle (slot index)     |0|0|0|   object in the `Heap`
//!  |        qstr index                   |0|1|0|   interned string
//!  |        immediate id               |0|1|0|0|   None, False, True, Ellipsis, ...
//!  | exp7 |    mantissa (52)        |s|1|1|0|0|   float (most of them, see below)
//!  |        static index           |kind |1|1|0|   builtin type (kind 0) or native fn (kind 1)
//!  |  0 |1| module (16) |  entry (16)   |1|1|1|0|   native module function (bit 36 set)
//!  +-------------------------------------+-+-+-+
//! ```
//!
//! An immediate float keeps a double's sign and mantissa whole and its exponent in 7 bits:
//! zero (either sign) and every double with a biased exponent in 961..=1087 (magnitudes from
//! about 2.2e-19 up to 3.7e19) are exact immediates; every other float (NaN, infinities,
//! subnormals, huge or tiny magnitudes) lives in the heap as `Obj::Float`. So float
//! arithmetic on ordinary magnitudes allocates nothing.
//!
//! Invariants: a `Value` is `Copy` and exactly 64 bits; a small int is always used for an int
//! in the i63 range (big ints never hold a value that fits), so equal ints have equal words
//! when small. A float that fits the immediate form is always made immediate (`float`), so
//! a NaN is never immediate. Handles are only meaningful to the `Heap` that made them.

use crate::qstr::Qstr;
use crate::types::TypeId;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

const TAG_MASK: u64 = 0b111;
const TAG_HEAP: u64 = 0b000;
const TAG_QSTR: u64 = 0b010;
const TAG_IMM: u64 = 0b0100;
const TAG_FLOAT: u64 = 0b1100;
const TAG_STATIC: u64 = 0b110;

/// What is taken off a double's rotated bits (exponent in bits 53..64) so the window's biased
/// exponents 961..=1087 become 1..=127 and fit in 7 bits (0 stands for a zero).
const FLOAT_REBASE: u64 = 960 << 53;

/// Set in a native function's static index when it is a native module's function (module
/// number in bits 20..36, table entry in bits 4..20) rather than an index into `NATIVES`.
const MODULE_FN: u64 = 1 << 36;

/// Smallest and largest small ints.
pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

impl Value {
    pub const NONE: Value = Value::imm(0);
    pub const FALSE: Value = Value::imm(1);
    pub const TRUE: Value = Value::imm(2);
    pub const ELLIPSIS: Value = Value::imm(3);
    pub const NOT_IMPLEMENTED: Value = Value::imm(4);
    /// Marks an unassigned local slot or a missing dict entry; never visible to Python.
    pub const UNBOUND: Value = Value::imm(5);
    /// A tombstone in a dict's entry list; never visible to Python.
    pub const DELETED: Value = Value::imm(6);

    const fn imm(id: u64) -> Value {
        Value(id << 4 | TAG_IMM)
    }

    /// `f` as an immediate float, or `None` when it must live in the heap.
    ///
    /// The double is rotated left by one (sign into bit 0, exponent into the top 11 bits) and
    /// rebased so the window's exponents take 7 bits; a zero keeps exponent field 0. Decoding
    /// is a shift, a conditional add and a rotate.
    #[inline]
    pub fn float(f: f64) -> Option<Value> {
        let r = f.to_bits().rotate_left(1);
        let p = r.wrapping_sub(FLOAT_REBASE);
        // In the window: the rebased exponent field is 1..=127. A zero: r is 0 or 1.
        if p.wrapping_sub(1 << 53) < 127 << 53 {
            Some(Value(p << 4 | TAG_FLOAT))
        } else if r <= 1 {
            Some(Value(r << 4 | TAG_FLOAT))
        } else {
            None
        }
    }

    /// The double of an immediate float.
    #[inline]
    pub fn as_float(self) -> Option<f64> {
        if self.0 & 0b1111 != TAG_FLOAT {
            return None;
        }
        Some(self.float_unchecked())
    }

    /// The double of a value known to be an immediate float.
    #[inline]
    pub fn float_unchecked(self) -> f64 {
        let p = self.0 >> 4;
        let r = if p > 1 { p + FLOAT_REBASE } else { p };
        f64::from_bits(r.rotate_right(1))
    }

    /// True for an immediate float.
    #[inline]
    pub const fn is_imm_float(self) -> bool {
        self.0 & 0b1111 == TAG_FLOAT
    }

    #[inline]
    pub const fn raw(self) -> u64 {
        self.0
    }

    #[inline]
    pub fn bool(b: bool) -> Value {
        if b { Value::TRUE } else { Value::FALSE }
    }

    /// A small int, or `None` when `i` is outside the i63 range.
    #[inline]
    pub fn small(i: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            Some(Value(((i as u64) << 1) | 1))
        } else {
            None
        }
    }

    #[inline]
    pub fn is_small(self) -> bool {
        self.0 & 1 == 1
    }

    #[inline]
    pub fn as_small(self) -> Option<i64> {
        if self.is_small() {
            Some((self.0 as i64) >> 1)
        } else {
            None
        }
    }

    /// The small int payload; only meaningful when `is_small()`.
    /// A small int from an instruction operand (every i16 is small).
    #[inline]
    pub fn small_i16(i: i16) -> Value {
        Value(((i64::from(i) as u64) << 1) | 1)
    }

    #[inline]
    pub fn small_unchecked(self) -> i64 {
        (self.0 as i64) >> 1
    }

    #[inline]
    pub fn handle(index: u32) -> Value {
        Value((index as u64) << 3 | TAG_HEAP)
    }

    #[inline]
    pub fn as_handle(self) -> Option<u32> {
        if self.0 & TAG_MASK == TAG_HEAP {
            Some((self.0 >> 3) as u32)
        } else {
            None
        }
    }

    #[inline]
    pub fn qstr(q: Qstr) -> Value {
        Value((q.0 as u64) << 3 | TAG_QSTR)
    }

    #[inline]
    pub fn as_qstr(self) -> Option<Qstr> {
        if self.0 & TAG_MASK == TAG_QSTR {
            Some(Qstr((self.0 >> 3) as u32))
        } else {
            None
        }
    }

    #[inline]
    pub fn builtin_type(t: TypeId) -> Value {
        Value((t as u64) << 4 | TAG_STATIC)
    }

    #[inline]
    pub fn as_builtin_type(self) -> Option<TypeId> {
        if self.0 & 0b1111 == TAG_STATIC {
            TypeId::from_index((self.0 >> 4) as usize)
        } else {
            None
        }
    }

    /// A native function: an index into `builtins::NATIVES`.
    #[inline]
    pub fn native(index: u16) -> Value {
        Value((index as u64) << 4 | 0b1000 | TAG_STATIC)
    }

    #[inline]
    pub fn as_native(self) -> Option<u16> {
        if self.0 & (MODULE_FN | 0b1111) == 0b1000 | TAG_STATIC {
            Some((self.0 >> 4) as u16)
        } else {
            None
        }
    }

    /// A function of a native module (`modules::ModuleDef`): entry `attr` of the table of
    /// the VM's native module number `module`.
    #[inline]
    pub fn module_fn(module: u16, attr: u16) -> Value {
        Value(MODULE_FN | (module as u64) << 20 | (attr as u64) << 4 | 0b1000 | TAG_STATIC)
    }

    /// The module number and table entry of a native module's function.
    #[inline]
    pub fn as_module_fn(self) -> Option<(u16, u16)> {
        if self.0 & (MODULE_FN | 0b1111) == MODULE_FN | 0b1000 | TAG_STATIC {
            Some(((self.0 >> 20) as u16, (self.0 >> 4) as u16))
        } else {
            None
        }
    }

    #[inline]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }

    #[inline]
    pub fn is_bool(self) -> bool {
        self == Value::TRUE || self == Value::FALSE
    }
}

impl core::fmt::Debug for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if let Some(i) = self.as_small() {
            write!(f, "Int({i})")
        } else if let Some(h) = self.as_handle() {
            write!(f, "Handle({h})")
        } else if let Some(q) = self.as_qstr() {
            write!(f, "Qstr({})", q.0)
        } else if let Some(t) = self.as_builtin_type() {
            write!(f, "Type({t:?})")
        } else if let Some(n) = self.as_native() {
            write!(f, "Native({n})")
        } else if let Some((m, a)) = self.as_module_fn() {
            write!(f, "ModuleFn({m}, {a})")
        } else if let Some(x) = self.as_float() {
            write!(f, "Float({x:?})")
        } else {
            write!(f, "Imm({})", self.0 >> 4)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_one_word() {
        assert_eq!(core::mem::size_of::<Value>(), 8);
        assert_eq!(core::mem::size_of::<Option<Value>>(), 16);
    }

    #[test]
    fn small_ints_round_trip_at_the_edges() {
        for i in [0, 1, -1, SMALL_MIN, SMALL_MAX, 12345, -98765] {
            assert_eq!(Value::small(i).unwrap().as_small(), Some(i));
        }
        assert!(Value::small(SMALL_MAX + 1).is_none());
        assert!(Value::small(SMALL_MIN - 1).is_none());
    }

    #[test]
    fn tags_do_not_overlap() {
        let h = Value::handle(7);
        let q = Value::qstr(Qstr(7));
        let t = Value::builtin_type(TypeId::Int);
        let n = Value::native(7);
        assert_eq!(h.as_handle(), Some(7));
        assert_eq!(q.as_handle(), None);
        assert_eq!(q.as_qstr(), Some(Qstr(7)));
        assert_eq!(t.as_native(), None);
        assert_eq!(n.as_builtin_type(), None);
        assert_eq!(n.as_native(), Some(7));
        let m = Value::module_fn(3, 7);
        assert_eq!((m.as_native(), m.as_module_fn()), (None, Some((3, 7))));
        assert_eq!((n.as_module_fn(), t.as_module_fn()), (None, None));
        assert_eq!(m.as_builtin_type(), None);
        assert_eq!(Value::NONE.as_small(), None);
        assert!(!Value::TRUE.is_small());
        let f = Value::float(1.5).unwrap();
        for v in [h, q, t, n, Value::NONE, Value::TRUE, Value::UNBOUND] {
            assert_eq!(v.as_float(), None, "{v:?}");
        }
        assert_eq!(
            (f.as_small(), f.as_handle(), f.as_qstr()),
            (None, None, None)
        );
        assert_eq!((f.as_builtin_type(), f.as_native()), (None, None));
        assert!(!f.is_none() && !f.is_bool() && f != Value::UNBOUND && f != Value::DELETED);
    }

    #[test]
    fn floats_in_the_window_are_exact_immediates() {
        let inside = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            0.1,
            3.25e-7,
            3e-19,
            3.6e19,
            -2.5e-10,
            1e18,
            f64::from_bits(961 << 52),
            f64::from_bits(1087 << 52 | ((1 << 52) - 1)),
        ];
        for x in inside.into_iter().flat_map(|x| [x, -x]) {
            let v = Value::float(x).unwrap_or_else(|| panic!("{x:e} should be immediate"));
            assert_eq!(v.as_float().map(f64::to_bits), Some(x.to_bits()), "{x:e}");
        }
        let outside = [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e-19,
            4e19,
            1e300,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::from_bits(960 << 52),
            f64::from_bits(1088 << 52),
        ];
        for x in outside.into_iter().flat_map(|x| [x, -x]) {
            assert!(Value::float(x).is_none(), "{x:e} should be boxed");
        }
    }
}
