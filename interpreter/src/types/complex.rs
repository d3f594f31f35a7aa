//! `complex`: construction (numbers, strings, `__complex__`), printing, arithmetic with
//! CPython's algorithms (Smith's division, integer powers by repeated squaring up to 100,
//! polar form beyond), comparison and hashing.

use alloc::format;
use alloc::string::String;

use crate::builtins::{Kw, arity};
use crate::bytecode::BinaryOp;
use crate::heap::Obj;
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A complex number's parts.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct C {
    pub re: f64,
    pub im: f64,
}

fn c(re: f64, im: f64) -> C {
    C { re, im }
}

fn mul(a: C, b: C) -> C {
    c(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// CPython's `_Py_c_quot`: scales by the larger part of the divisor.
pub(crate) fn quot(a: C, b: C) -> Option<C> {
    let (abs_breal, abs_bimag) = (b.re.abs(), b.im.abs());
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(c(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(c(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        Some(c(f64::NAN, f64::NAN))
    }
}

/// `a ** b` for complex numbers; `Err` for 0 to a negative or complex power, or overflow.
pub(crate) fn pow(a: C, b: C) -> Result<C, &'static str> {
    if b.im == 0.0 && b.re == libm::trunc(b.re) && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if a.re == 0.0 && a.im == 0.0 && n < 0 {
            return Err("0.0 to a negative or complex power");
        }
        let r = powu(a, n.unsigned_abs());
        let r = if n < 0 {
            quot(c(1.0, 0.0), r).ok_or("0.0 to a negative or complex power")?
        } else {
            r
        };
        return check(r);
    }
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(c(1.0, 0.0));
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err("0.0 to a negative or complex power");
        }
        return Ok(c(0.0, 0.0));
    }
    let vabs = hypot(a.re, a.im);
    let mut len = libm::pow(vabs, b.re);
    let at = libm::atan2(a.im, a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= libm::exp(at * b.im);
        phase += b.im * libm::log(vabs);
    }
    check(c(len * libm::cos(phase), len * libm::sin(phase)))
}

fn check(r: C) -> Result<C, &'static str> {
    if r.re.is_infinite() || r.im.is_infinite() {
        // An infinite part is an overflow, even when an operand was infinite already.
        return Err("complex exponentiation");
    }
    Ok(r)
}

fn powu(x: C, mut n: u64) -> C {
    let mut r = c(1.0, 0.0);
    let mut p = x;
    while n > 0 {
        if n & 1 == 1 {
            r = mul(r, p);
        }
        n >>= 1;
        p = mul(p, p);
    }
    r
}

/// `abs(complex(x, y))`: the hypotenuse as glibc computes it (the C library CPython is built
/// on here), which is not always correctly rounded, so a result can differ from
/// `libm::hypot`'s in the last bit. A first square root is corrected by one step that
/// accounts for the rounding of the squares; inputs are scaled first when squaring them
/// could overflow or underflow.
pub(crate) fn hypot(x: f64, y: f64) -> f64 {
    if !x.is_finite() || !y.is_finite() {
        if x.is_infinite() || y.is_infinite() {
            return f64::INFINITY;
        }
        return x + y;
    }
    let (x, y) = (x.abs(), y.abs());
    let (ax, ay) = if x < y { (y, x) } else { (x, y) };
    let scale = libm::ldexp(1.0, -600);
    let large = libm::ldexp(1.0, 511);
    let tiny = libm::ldexp(1.0, -511);
    let eps = libm::ldexp(1.0, -54);
    if ax > large {
        if ay <= ax * eps {
            return ax + ay;
        }
        return hypot_kernel(ax * scale, ay * scale) / scale;
    }
    if ay < tiny {
        if ax >= ay / eps {
            return ax + ay;
        }
        return hypot_kernel(ax / scale, ay / scale) * scale;
    }
    if ay <= ax * eps {
        return ax + ay;
    }
    hypot_kernel(ax, ay)
}

/// The core of [`hypot`], for `ax >= ay >= 0` whose squares neither overflow nor underflow.
fn hypot_kernel(ax: f64, ay: f64) -> f64 {
    let h = libm::sqrt(ax * ax + ay * ay);
    let (t1, t2) = if h <= 2.0 * ay {
        let delta = h - ay;
        (ax * (2.0 * delta - ax), (delta - 2.0 * (ax - ay)) * delta)
    } else {
        let delta = h - ax;
        (
            2.0 * delta * (ax - 2.0 * ay),
            (4.0 * delta - ay) * ay + delta * delta,
        )
    };
    h - (t1 + t2) / (2.0 * h)
}

/// A float as complex repr shows a part: shortest form, no `.0` for whole numbers.
pub fn part(x: f64) -> String {
    if x.is_nan() {
        return String::from("nan");
    }
    if x.is_infinite() {
        return String::from(if x > 0.0 { "inf" } else { "-inf" });
    }
    let s = crate::types::float::repr(x);
    match s.strip_suffix(".0") {
        Some(t) => String::from(t),
        None => s,
    }
}

/// `repr(complex)`.
pub fn repr(z: C) -> String {
    let im = part(z.im);
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{im}j");
    }
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part(z.re))
}

/// CPython's hash of a complex: the real part's hash plus 1000003 times the imaginary's.
pub fn hash(z: C) -> i64 {
    let hr = crate::types::float::hash(z.re) as u64;
    let hi = crate::types::float::hash(z.im) as u64;
    let h = hr.wrapping_add(hi.wrapping_mul(1000003)) as i64;
    if h == -1 { -2 } else { h }
}

impl Vm {
    pub(crate) fn complex_of(&self, v: Value) -> Option<C> {
        match self.heap.get(self.payload(v)) {
            Some(Obj::Complex([re, im])) => Some(c(*re, *im)),
            _ => None,
        }
    }

    pub(crate) fn new_complex(&mut self, z: C) -> PyResult {
        self.alloc(Obj::Complex([z.re, z.im]))
    }

    /// `v` as a complex operand: ints and floats count, with their value.
    pub(crate) fn as_complex_operand(&mut self, v: Value) -> PyResult<Option<C>> {
        if let Some(z) = self.complex_of(v) {
            return Ok(Some(z));
        }
        let p = self.payload(v);
        if self.is_int(p) || self.is_float(p) {
            let f = self.number_to_f64(p)?.unwrap_or(0.0);
            return Ok(Some(c(f, 0.0)));
        }
        Ok(None)
    }

    /// `a op b` where one side is complex: NotImplemented when the other is not a number.
    pub(crate) fn complex_binary(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult {
        let (Some(x), Some(y)) = (self.as_complex_operand(a)?, self.as_complex_operand(b)?) else {
            return Ok(Value::NOT_IMPLEMENTED);
        };
        let r = match op {
            BinaryOp::Add => c(x.re + y.re, x.im + y.im),
            BinaryOp::Sub => c(x.re - y.re, x.im - y.im),
            BinaryOp::Mul => mul(x, y),
            BinaryOp::TrueDiv => match quot(x, y) {
                Some(r) => r,
                None => {
                    return Err(
                        self.raise_new(TypeId::ZeroDivisionError, "complex division by zero")
                    );
                }
            },
            BinaryOp::Pow => match pow(x, y) {
                Ok(r) => r,
                Err("complex exponentiation") => {
                    return Err(self.raise_new(TypeId::OverflowError, "complex exponentiation"));
                }
                Err(msg) => return Err(self.raise_new(TypeId::ZeroDivisionError, msg)),
            },
            _ => return Ok(Value::NOT_IMPLEMENTED),
        };
        self.new_complex(r)
    }

    /// Parses `complex(text)`.
    fn parse_complex(&mut self, text: &str) -> PyResult<C> {
        let malformed = |vm: &mut Vm| vm.value_error("complex() arg is a malformed string");
        // As in CPython, an underscore anywhere but between two digits (checked before
        // anything else) is not malformed syntax but an unconvertible string.
        if !crate::types::float_parse::underscores_between_digits(text) {
            let msg = format!(
                "could not convert string to complex: {}",
                self.repr_str(text)
            );
            return Err(self.value_error(&msg));
        }
        let s = text.trim();
        let s = match s.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
            Some(inner) => inner.trim(),
            None => s,
        };
        if s.is_empty() {
            return Err(malformed(self));
        }
        let parse = |t: &str| crate::types::float_parse::parse_decimal(&t.replace('_', ""));
        let Some(body) = s.strip_suffix(['j', 'J']) else {
            return match parse(s) {
                Some(re) => Ok(c(re, 0.0)),
                None => Err(malformed(self)),
            };
        };
        // The imaginary part starts at the last sign that is not an exponent's.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("", body),
        };
        let im = match im {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            t => parse(t),
        };
        let re = if re.is_empty() { Some(0.0) } else { parse(re) };
        match (re, im) {
            (Some(re), Some(im)) => Ok(c(re, im)),
            _ => Err(malformed(self)),
        }
    }

    /// `__complex__` of a user object (the first argument of `complex()` only): its
    /// value, or `None` when its class defines none.
    fn complex_dunder(&mut self, v: Value) -> PyResult<Option<C>> {
        let Some(t) = self.user_class_of(v) else {
            return Ok(None);
        };
        let Some(f) = self.lookup_user(t, Q::__complex__) else {
            return Ok(None);
        };
        let r = self.call_method_value(f, v, t, &[])?;
        match self.complex_of(r) {
            Some(z) => Ok(Some(z)),
            None => {
                let msg = format!(
                    "__complex__ returned non-complex (type {})",
                    self.type_name_of(r)
                );
                Err(self.type_error(&msg))
            }
        }
    }

    /// Whether `complex()` takes `v` as a number: a complex, int or float value, or an
    /// object whose class defines `__float__` or `__index__`.
    fn complex_accepts(&self, v: Value) -> bool {
        let p = self.payload(v);
        if self.complex_of(p).is_some() || self.is_int(p) || self.is_float(p) {
            return true;
        }
        self.user_class_of(v).is_some_and(|t| {
            self.lookup_user(t, Q::__float__).is_some()
                || self.lookup_user(t, Q::__index__).is_some()
        })
    }

    /// An accepted argument of `complex()` as a complex value, and whether it was one: any
    /// other number goes through `__float__`, then `__index__`, as `float()` does.
    fn complex_part(&mut self, v: Value) -> PyResult<(C, bool)> {
        if let Some(z) = self.complex_of(v) {
            return Ok((z, true));
        }
        let f = if let Some(r) = self.convert_dunder(v, Q::__float__)? {
            self.float_of(r).unwrap_or(0.0)
        } else if let Some(r) = self.index_dunder(v)? {
            self.number_to_f64(r)?.unwrap_or(0.0)
        } else {
            let p = self.payload(v);
            self.number_to_f64(p)?.unwrap_or(0.0)
        };
        Ok((c(f, 0.0), false))
    }
}

/// `complex(real=0, imag=0)` and `complex(string)`.
pub(crate) fn construct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let [real, imag] = crate::builtins::args::parse(
        vm,
        "complex",
        args,
        kw,
        &crate::builtins::args::Params {
            names: &[Q::real, Q::imag],
            posonly: 0,
            required: 0,
            maxpos: 2,
        },
    )?;
    if let Some(r) = real
        && let Some(text) = vm.str_text(r).map(String::from)
    {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let z = vm.parse_complex(&text)?;
        return vm.new_complex(z);
    }
    if let Some(i) = imag
        && vm.str_text(i).is_some()
    {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    if imag.is_none()
        && let Some(r) = real
        && matches!(vm.heap.get(r), Some(Obj::Complex(_)))
    {
        return Ok(r);
    }
    // CPython's order: the first argument's `__complex__`, then both arguments' types are
    // checked, and only then are they converted (the second never through `__complex__`).
    let special = match real {
        Some(r) => vm.complex_dunder(r)?,
        None => None,
    };
    if special.is_none()
        && let Some(r) = real
        && !vm.complex_accepts(r)
    {
        let msg = format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name_of(r)
        );
        return Err(vm.type_error(&msg));
    }
    if let Some(i) = imag
        && !vm.complex_accepts(i)
    {
        let msg = format!(
            "complex() second argument must be a number, not '{}'",
            vm.type_name_of(i)
        );
        return Err(vm.type_error(&msg));
    }
    let (a, a_complex) = match (special, real) {
        (Some(z), _) => (z, true),
        (None, Some(r)) => vm.complex_part(r)?,
        (None, None) => (c(0.0, 0.0), false),
    };
    let Some(i) = imag else {
        return vm.new_complex(a);
    };
    let (b, b_complex) = vm.complex_part(i)?;
    // real + imag * 1j, part by part as CPython does, so signed zeros survive: only a
    // complex argument's other part is added in.
    let mut re = a.re;
    let mut im = b.re;
    if b_complex {
        re -= b.im;
    }
    if a_complex {
        im += a.im;
    }
    vm.new_complex(c(re, im))
}

/// `z.__complex__()`: the value itself (the plain complex a subclass instance extends).
pub(crate) fn dunder_complex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "complex.__complex__", &[])?;
    arity(vm, "complex.__complex__", &args[1.min(args.len())..], 0, 0)?;
    let z = crate::builtins::checked_receiver(vm, args, "__complex__", "complex", |vm, v| {
        vm.complex_of(v).is_some()
    })?;
    Ok(vm.payload(z))
}

/// `z.conjugate()`.
pub(crate) fn conjugate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "complex.conjugate", &[])?;
    arity(vm, "complex.conjugate", &args[1.min(args.len())..], 0, 0)?;
    let Some(z) = args.first().and_then(|&v| vm.complex_of(v)) else {
        return Err(vm.type_error("descriptor 'conjugate' requires a 'complex' object"));
    };
    vm.new_complex(c(z.re, -z.im))
}
