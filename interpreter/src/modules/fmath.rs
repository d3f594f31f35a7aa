//! The elementary float functions behind `math` and `cmath`: which C library computes them.
//!
//! With the `std` feature (hosted builds) a function the Rust standard library forwards to
//! the host's C library (`sin`, `exp`, `log`, `cbrt`, `hypot`, ...) is called there, the
//! same code CPython calls on that host, so results agree to the last bit even where the C
//! library is not correctly rounded (glibc's `cbrt(27.0)` is `3.0000000000000004`). Without
//! it (bare metal), and for the functions the standard library lacks (`erf`, `erfc`) or
//! computes in its own way (`cbrt`, which its runtime takes from its own `libm`), the `libm`
//! crate's port of the same classic algorithms answers, which may differ in the last bit.
//! `asinh`, `acosh` and `atanh` are written here with the classic formulas and thresholds
//! (Sun's fdlibm, which the C library uses too) over this file's `log`, `log1p` and
//! `sqrt`, so they agree with the C library's wherever those do.

/// Functions of one argument: the host's under `std`, `libm`'s otherwise.
macro_rules! host_or_libm {
    ($($(#[$doc:meta])* $name:ident => $host:ident / $libm:ident;)*) => {
        $(
            $(#[$doc])*
            #[inline]
            pub(crate) fn $name(x: f64) -> f64 {
                #[cfg(feature = "std")]
                {
                    extern crate std;
                    x.$host()
                }
                #[cfg(not(feature = "std"))]
                {
                    libm::$libm(x)
                }
            }
        )*
    };
}

host_or_libm! {
    sin => sin / sin;
    cos => cos / cos;
    tan => tan / tan;
    asin => asin / asin;
    acos => acos / acos;
    atan => atan / atan;
    sinh => sinh / sinh;
    cosh => cosh / cosh;
    tanh => tanh / tanh;
    exp => exp / exp;
    exp2 => exp2 / exp2;
    expm1 => exp_m1 / expm1;
    /// The natural logarithm.
    log => ln / log;
    log2 => log2 / log2;
    log10 => log10 / log10;
    log1p => ln_1p / log1p;
    cbrt => cbrt / cbrt;
}

pub(crate) use libm::{erf, erfc, sqrt};

use core::f64::consts::LN_2;

/// The high 32 bits of `x` without the sign: fdlibm's thresholds compare them.
fn high_word(x: f64) -> u32 {
    ((x.to_bits() >> 32) as u32) & 0x7fff_ffff
}

/// `asinh(x)`.
pub(crate) fn asinh(x: f64) -> f64 {
    let ix = high_word(x);
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    // |x| < 2**-28: asinh(x) rounds to x.
    if ix < 0x3e30_0000 {
        return x;
    }
    let ax = x.abs();
    let w = if ix > 0x41b0_0000 {
        // |x| > 2**28: log(2|x|).
        log(ax) + LN_2
    } else if ix > 0x4000_0000 {
        log(2.0 * ax + 1.0 / (sqrt(x * x + 1.0) + ax))
    } else {
        let t = x * x;
        log1p(ax + t / (1.0 + sqrt(1.0 + t)))
    };
    if x > 0.0 { w } else { -w }
}

/// `acosh(x)`: NaN below 1.
pub(crate) fn acosh(x: f64) -> f64 {
    let bits = x.to_bits();
    let hx = (bits >> 32) as u32;
    if x.is_nan() {
        return x + x;
    }
    if x < 1.0 {
        return f64::NAN;
    }
    if hx >= 0x41b0_0000 {
        // x > 2**28 (or inf): log(2x).
        return if x.is_infinite() { x } else { log(x) + LN_2 };
    }
    if x == 1.0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return log(2.0 * x - 1.0 / (x + sqrt(t - 1.0)));
    }
    let t = x - 1.0;
    log1p(t + sqrt(2.0 * t + t * t))
}

/// `atanh(x)`: NaN past 1, infinite at ±1.
pub(crate) fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        // |x| < 2**-28: atanh(x) rounds to x.
        if xa < 1.0 / 268_435_456.0 {
            return x;
        }
        let t = xa + xa;
        0.5 * log1p(t + t * xa / (1.0 - xa))
    } else if xa < 1.0 {
        0.5 * log1p((xa + xa) / (1.0 - xa))
    } else if xa > 1.0 {
        return f64::NAN;
    } else {
        // ±1 gives ±inf; NaN stays NaN.
        return x / 0.0;
    };
    libm::copysign(t, x)
}

/// `atan2(y, x)`.
#[inline]
pub(crate) fn atan2(y: f64, x: f64) -> f64 {
    #[cfg(feature = "std")]
    {
        extern crate std;
        y.atan2(x)
    }
    #[cfg(not(feature = "std"))]
    {
        libm::atan2(y, x)
    }
}

/// `hypot(x, y)` as the C library computes it (`cmath` and `abs(complex)` use it; `math.hypot`
/// has its own, more accurate, sum).
#[inline]
#[cfg_attr(not(feature = "cmath"), allow(dead_code))]
pub(crate) fn hypot(x: f64, y: f64) -> f64 {
    #[cfg(feature = "std")]
    {
        extern crate std;
        x.hypot(y)
    }
    #[cfg(not(feature = "std"))]
    {
        crate::types::complex::hypot(x, y)
    }
}

/// `pow(x, y)` of the C library, past Python's special cases.
#[inline]
pub(crate) fn pow(x: f64, y: f64) -> f64 {
    crate::types::float::pow(x, y)
}
