//! The `random` module: the Mersenne Twister (MT19937) and the functions CPython builds on
//! it, drawing numbers exactly as CPython 3.11 does, so a program seeded with an int, a
//! float, a str or bytes gets CPython's sequence.
//!
//! Every function is a method of one module-wide generator (`Vm::rng`), seeded at first use
//! from the port's clocks. Integers below a bound come from `getrandbits` with rejection
//! (`randbelow`), floats from two 32-bit outputs (53 bits). Function bodies follow the
//! documented algorithms (`random.py`'s), whose draws a seeded sequence depends on.

use alloc::boxed::Box;
use alloc::vec::Vec;

use num_bigint::BigInt;
use num_traits::Signed;

use super::{Attr, ModuleDef, no_args, one_arg};
use crate::builtins::Kw;
use crate::builtins::args::{PySig, parse_py};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[path = "random_dist.rs"]
mod dist;

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "random",
    attrs: &[
        ("seed", Attr::Func(seed)),
        ("random", Attr::Func(random)),
        ("getrandbits", Attr::Func(getrandbits)),
        ("randrange", Attr::Func(randrange)),
        ("randint", Attr::Func(randint)),
        ("choice", Attr::Func(choice)),
        ("shuffle", Attr::Func(shuffle)),
        ("uniform", Attr::Func(dist::uniform)),
        ("randbytes", Attr::Func(randbytes)),
        ("sample", Attr::Func(dist::sample)),
        ("choices", Attr::Func(dist::choices)),
        ("gauss", Attr::Func(dist::gauss)),
        ("normalvariate", Attr::Func(dist::normalvariate)),
        ("expovariate", Attr::Func(dist::expovariate)),
        ("triangular", Attr::Func(dist::triangular)),
    ],
    init: None,
};

const N: usize = 624;
const M: usize = 397;

/// The generator's state: MT19937's 624 words and the position in them, and the second
/// normal deviate `gauss` keeps for its next call.
pub struct Mt {
    state: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl Mt {
    fn from_seed(seed: u32) -> Mt {
        let mut state = [0u32; N];
        state[0] = seed;
        for i in 1..N {
            let prev = state[i - 1];
            state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt {
            state,
            index: N,
            gauss_next: None,
        }
    }

    /// Seeds from a key of 32-bit words (the words of an int, least significant first).
    fn from_key(key: &[u32]) -> Mt {
        let mut mt = Mt::from_seed(19_650_218);
        let s = &mut mt.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = s[i - 1];
            s[i] = (s[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                s[0] = s[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = s[i - 1];
            s[i] =
                (s[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                s[0] = s[N - 1];
                i = 1;
            }
        }
        s[0] = 0x8000_0000;
        mt
    }

    fn twist(&mut self) {
        let s = &mut self.state;
        for i in 0..N {
            let y = (s[i] & 0x8000_0000) | (s[(i + 1) % N] & 0x7fff_ffff);
            let mut v = s[(i + M) % N] ^ (y >> 1);
            if y & 1 != 0 {
                v ^= 0x9908_b0df;
            }
            s[i] = v;
        }
        self.index = 0;
    }

    /// The next 32-bit output.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    pub fn next_f64(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits (k at most 64), as `getrandbits` draws them.
    fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.next_u32() >> (32 - k)),
            _ => {
                let low = u64::from(self.next_u32());
                let high = u64::from(self.next_u32() >> (64 - k));
                low | high << 32
            }
        }
    }

    /// `k` random bits as words, least significant first.
    fn bits_words(&mut self, k: u64) -> Vec<u32> {
        let words = k.div_ceil(32) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        out
    }
}

/// The one parameter of a Python-defined method of `Random`.
fn py_one(
    vm: &mut Vm,
    qualname: &str,
    name: crate::qstr::Qstr,
    args: &[Value],
    kw: Kw,
) -> PyResult {
    let sig = PySig {
        qualname,
        names: &[name],
        positional: 1,
        required: 1,
    };
    let [v] = parse_py::<1>(vm, &sig, args, kw)?;
    Ok(v.unwrap_or(Value::NONE))
}

/// The value of an int.
pub(crate) fn big(vm: &Vm, v: Value) -> BigInt {
    vm.int_of(v).map(|b| b.into_owned()).unwrap_or_default()
}

/// The sign of an int: -1, 0 or 1.
pub(crate) fn sign(vm: &Vm, v: Value) -> i32 {
    match vm.int_as_i64(v) {
        Some(i) => i.signum() as i32,
        None => match vm.int_of(v).map(|b| b.sign()) {
            Some(num_bigint::Sign::Minus) => -1,
            Some(num_bigint::Sign::Plus) => 1,
            _ => 0,
        },
    }
}

impl Vm {
    /// The module's generator, seeded from the port's clocks on first use.
    pub(crate) fn rng(&mut self) -> &mut Mt {
        if self.rng.is_none() {
            let ns = self.port_mut().time_ns().unwrap_or(0);
            let us = self.port_mut().ticks_us();
            let mixed = (ns as u128) ^ (u128::from(us) << 64);
            let key: Vec<u32> = (0..4).map(|i| (mixed >> (32 * i)) as u32).collect();
            self.rng = Some(Box::new(Mt::from_key(&key)));
        }
        self.rng.as_mut().expect("seeded just above")
    }

    /// A uniformly random int in `0..n` for an int `n > 0` (CPython's `_randbelow`).
    pub(crate) fn randbelow(&mut self, n: Value) -> PyResult {
        if let Some(n) = self.int_as_i64(n) {
            let n = n as u64;
            let k = 64 - n.leading_zeros();
            let rng = self.rng();
            loop {
                let r = rng.bits_u64(k);
                if r < n {
                    return Ok(Value::small(r as i64).unwrap_or(Value::NONE));
                }
            }
        }
        let big = big(self, n);
        let k = big.bits();
        self.check_building((k / 8) as usize)?;
        loop {
            let words = self.rng().bits_words(k);
            let r = BigInt::from_slice(num_bigint::Sign::Plus, &words);
            if r < big {
                return self.new_bigint(r);
            }
        }
    }
}

/// `seed(a=None, version=2)`.
fn seed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let sig = PySig {
        qualname: "Random.seed",
        names: &[crate::qstr::Q::a, crate::qstr::Q::version],
        positional: 2,
        required: 0,
    };
    let [a, _version] = parse_py::<2>(vm, &sig, args, kw)?;
    let a = a.unwrap_or(Value::NONE);
    let key: Vec<u32> = if a.is_none() {
        vm.rng = None;
        vm.rng();
        return Ok(Value::NONE);
    } else if vm.is_int(vm.payload(a)) {
        let big = big(vm, vm.payload(a));
        let (_, mut words) = big.abs().to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        words
    } else if vm.float_of(vm.payload(a)).is_some() {
        let h = vm.hash(a)?;
        let (_, mut words) = BigInt::from(h).to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        words
    } else if let Some(bytes) = seed_bytes(vm, a) {
        // A str or bytes: its bytes followed by their SHA-512, read as a big-endian int.
        let mut all = bytes.clone();
        all.extend_from_slice(&crate::digest::sha512::digest(&bytes));
        let (_, mut words) = BigInt::from_bytes_be(num_bigint::Sign::Plus, &all).to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        words
    } else {
        return Err(vm.type_error(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        ));
    };
    vm.rng = Some(Box::new(Mt::from_key(&key)));
    Ok(Value::NONE)
}

/// The bytes a str (UTF-8), bytes or bytearray seed stands for.
fn seed_bytes(vm: &Vm, a: Value) -> Option<Vec<u8>> {
    let p = vm.payload(a);
    if let Some(text) = vm.str_text(p) {
        return Some(text.as_bytes().to_vec());
    }
    match vm.heap.get(p)? {
        crate::heap::Obj::Bytes(b) => Some(b.to_vec()),
        crate::heap::Obj::ByteArray(b) => Some(b.clone()),
        _ => None,
    }
}

fn random(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "Random.random", args, kw)?;
    let x = vm.rng().next_f64();
    vm.new_float(x)
}

/// `getrandbits(k)`: an int of `k` random bits.
fn getrandbits(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let k = one_arg(vm, "Random.getrandbits", args, kw)?;
    let k = vm.index_ssize(k)?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let k = k as u64;
    if k <= 62 {
        let r = vm.rng().bits_u64(k as u32);
        return Ok(Value::small(r as i64).unwrap_or(Value::NONE));
    }
    vm.check_building((k / 8) as usize)?;
    let words = vm.rng().bits_words(k);
    vm.new_bigint(BigInt::from_slice(num_bigint::Sign::Plus, &words))
}

/// `randbytes(n)`: `n` random bytes (`getrandbits(n * 8)` in little-endian order).
fn randbytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let n = py_one(vm, "Random.randbytes", crate::qstr::Q::n, args, kw)?;
    let n = vm.index_ssize(n)?;
    if n < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let n = n as usize;
    vm.check_building(n)?;
    let words = vm.rng().bits_words(n as u64 * 8);
    let mut bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    bytes.truncate(n);
    vm.alloc(crate::heap::Obj::Bytes(bytes.into_boxed_slice()))
}

/// A `randrange` argument as an int: an int (or `__index__`), or an integral float (which
/// CPython 3.11 still takes, with a deprecation warning); `what` names it in errors.
fn range_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult {
    if let Some(i) = vm.as_index(v)? {
        return Ok(i);
    }
    let i = vm.call_value(Value::builtin_type(TypeId::Int), &[v])?;
    vm.roots.push(i);
    let same = vm.eq(i, v);
    vm.roots.pop();
    if !same? {
        let msg = alloc::format!("non-integer {what} for randrange()");
        return Err(vm.value_error(&msg));
    }
    Ok(i)
}

/// `start + step * randbelow(n)` with int values.
fn pick(vm: &mut Vm, start: Value, step: Value, n: Value) -> PyResult {
    let r = vm.randbelow(n)?;
    vm.roots.push(r);
    let scaled = vm.int_binary(crate::bytecode::BinaryOp::Mul, step, r);
    vm.roots.pop();
    let scaled = scaled?;
    vm.roots.push(scaled);
    let out = vm.int_binary(crate::bytecode::BinaryOp::Add, start, scaled);
    vm.roots.pop();
    out
}

/// `randrange(start, stop=None, step=1)`, as CPython 3.11 computes it.
fn randrange(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let sig = PySig {
        qualname: "Random.randrange",
        names: &[
            crate::qstr::Q::start,
            crate::qstr::Q::stop,
            crate::qstr::Q::step,
        ],
        positional: 3,
        required: 1,
    };
    let [start, stop, step] = parse_py::<3>(vm, &sig, args, kw)?;
    let start = range_arg(vm, start.unwrap_or(Value::NONE), "arg 1")?;
    vm.roots.push(start);
    let r = randrange_from(vm, start, stop, step);
    vm.roots.pop();
    r
}

fn randrange_from(vm: &mut Vm, start: Value, stop: Option<Value>, step: Option<Value>) -> PyResult {
    let one = Value::small_i16(1);
    let Some(stop) = stop.filter(|s| !s.is_none()) else {
        if step.is_some() {
            return Err(vm.type_error("Missing a non-None stop argument"));
        }
        if sign(vm, start) > 0 {
            return vm.randbelow(start);
        }
        return Err(vm.value_error("empty range for randrange()"));
    };
    let stop = range_arg(vm, stop, "stop")?;
    vm.roots.push(stop);
    let r = (|| {
        let width = vm.int_binary(crate::bytecode::BinaryOp::Sub, stop, start)?;
        vm.roots.push(width);
        let r = randrange_width(vm, start, stop, width, step.unwrap_or(one));
        vm.roots.pop();
        r
    })();
    vm.roots.pop();
    r
}

fn randrange_width(vm: &mut Vm, start: Value, stop: Value, width: Value, step: Value) -> PyResult {
    use crate::bytecode::BinaryOp::{Add, FloorDiv, Sub};
    let step = range_arg(vm, step, "step")?;
    vm.roots.push(step);
    let r = (|| {
        if vm.int_as_i64(step) == Some(1) {
            if sign(vm, width) > 0 {
                return pick(vm, start, step, width);
            }
            let msg = alloc::format!(
                "empty range for randrange() ({}, {}, {})",
                big(vm, start),
                big(vm, stop),
                big(vm, width)
            );
            return Err(vm.value_error(&msg));
        }
        let n = match sign(vm, step) {
            0 => return Err(vm.value_error("zero step for randrange()")),
            s => {
                let adjust = if s > 0 {
                    vm.int_binary(Sub, step, Value::small_i16(1))?
                } else {
                    vm.int_binary(Add, step, Value::small_i16(1))?
                };
                vm.roots.push(adjust);
                let sum = vm.int_binary(Add, width, adjust);
                vm.roots.pop();
                let sum = sum?;
                vm.roots.push(sum);
                let n = vm.int_binary(FloorDiv, sum, step);
                vm.roots.pop();
                n?
            }
        };
        if sign(vm, n) <= 0 {
            return Err(vm.value_error("empty range for randrange()"));
        }
        vm.roots.push(n);
        let r = pick(vm, start, step, n);
        vm.roots.pop();
        r
    })();
    vm.roots.pop();
    r
}

/// `randint(a, b)`: `randrange(a, b + 1)`.
fn randint(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let sig = PySig {
        qualname: "Random.randint",
        names: &[crate::qstr::Q::a, crate::qstr::Q::b],
        positional: 2,
        required: 2,
    };
    let [a, b] = parse_py::<2>(vm, &sig, args, kw)?;
    let (a, b) = (a.unwrap_or(Value::NONE), b.unwrap_or(Value::NONE));
    let start = range_arg(vm, a, "arg 1")?;
    vm.roots.push(start);
    let r = (|| {
        let stop = match vm.as_index(b)? {
            Some(b) => vm.int_binary(crate::bytecode::BinaryOp::Add, b, Value::small_i16(1))?,
            None => vm.binary_op(
                crate::bytecode::BinaryOp::Add,
                b,
                Value::small_i16(1),
                false,
            )?,
        };
        randrange_from(vm, start, Some(stop), None)
    })();
    vm.roots.pop();
    r
}

/// `choice(seq)`: one item of a non-empty sequence.
fn choice(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let seq = py_one(vm, "Random.choice", crate::qstr::Q::seq, args, kw)?;
    let n = vm.len_of(seq)?;
    if n == 0 {
        return Err(vm.raise_new(TypeId::IndexError, "Cannot choose from an empty sequence"));
    }
    let i = vm.randbelow(Value::small(n as i64).unwrap_or(Value::NONE))?;
    vm.subscr(seq, i)
}

/// `shuffle(x)`: shuffles a mutable sequence in place.
fn shuffle(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let x = py_one(vm, "Random.shuffle", crate::qstr::Q::x, args, kw)?;
    let n = vm.len_of(x)?;
    for i in (1..n).rev() {
        let j = vm.randbelow(Value::small(i as i64 + 1).unwrap_or(Value::NONE))?;
        let iv = Value::small(i as i64).unwrap_or(Value::NONE);
        let a = vm.subscr(x, iv)?;
        vm.roots.push(a);
        let b = vm.subscr(x, j);
        let r = b.and_then(|b| {
            vm.roots.push(b);
            let r = vm
                .store_subscr(x, iv, b)
                .and_then(|()| vm.store_subscr(x, j, a));
            vm.roots.pop();
            r
        });
        vm.roots.pop();
        r?;
    }
    Ok(Value::NONE)
}
