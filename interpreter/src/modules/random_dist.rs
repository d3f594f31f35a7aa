//! `random`'s functions built on `random()` and `randbelow`: `uniform`, `triangular`,
//! `gauss`, `normalvariate`, `expovariate`, `choices` and `sample`, each drawing from the
//! generator in the order CPython 3.11's do, so a seeded program gets the same values.

use alloc::vec::Vec;

use crate::builtins::Kw;
use crate::builtins::args::{PySig, parse_py};
use crate::heap::Obj;
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A float argument, as CPython's arithmetic on it would take an int or a float.
fn real(vm: &mut Vm, v: Option<Value>, default: f64) -> PyResult<f64> {
    let Some(v) = v else {
        return Ok(default);
    };
    match vm.real_to_f64(v)? {
        Some(f) => Ok(f),
        None => {
            let msg = alloc::format!(
                "unsupported operand type(s) for -: '{}' and 'float'",
                vm.type_name_of(v)
            );
            Err(vm.type_error(&msg))
        }
    }
}

fn draw(vm: &mut Vm) -> f64 {
    vm.rng().next_f64()
}

/// `uniform(a, b)`: `a + (b - a) * random()`.
pub(super) fn uniform(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let sig = PySig {
        qualname: "Random.uniform",
        names: &[Q::a, Q::b],
        positional: 2,
        required: 2,
    };
    let [a, b] = parse_py::<2>(vm, &sig, args, kw)?;
    let (a, b) = (real(vm, a, 0.0)?, real(vm, b, 0.0)?);
    let u = draw(vm);
    vm.new_float(a + (b - a) * u)
}

/// `triangular(low=0.0, high=1.0, mode=None)`.
pub(super) fn triangular(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let sig = PySig {
        qualname: "Random.triangular",
        names: &[Q::low, Q::high, Q::mode],
        positional: 3,
        required: 0,
    };
    let [low_arg, high, mode] = parse_py::<3>(vm, &sig, args, kw)?;
    let (mut low, mut high) = (real(vm, low_arg, 0.0)?, real(vm, high, 1.0)?);
    let mut u = draw(vm);
    let mut c = match mode.filter(|m| !m.is_none()) {
        None => 0.5,
        Some(m) => {
            let m = real(vm, Some(m), 0.0)?;
            if high - low == 0.0 {
                // CPython's division fails and it returns `low` as given.
                return match low_arg {
                    Some(v) => Ok(v),
                    None => vm.new_float(low),
                };
            }
            (m - low) / (high - low)
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        core::mem::swap(&mut low, &mut high);
    }
    vm.new_float(low + (high - low) * libm::sqrt(u * c))
}

fn mu_sigma(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<(f64, f64)> {
    let sig = PySig {
        qualname: name,
        names: &[Q::mu, Q::sigma],
        positional: 2,
        required: 0,
    };
    let [mu, sigma] = parse_py::<2>(vm, &sig, args, kw)?;
    Ok((real(vm, mu, 0.0)?, real(vm, sigma, 1.0)?))
}

/// `gauss(mu=0.0, sigma=1.0)`: Box-Muller, keeping the second deviate for the next call.
pub(super) fn gauss(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (mu, sigma) = mu_sigma(vm, "Random.gauss", args, kw)?;
    let rng = vm.rng();
    let z = match rng.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = rng.next_f64() * core::f64::consts::TAU;
            let g2rad = libm::sqrt(-2.0 * libm::log(1.0 - rng.next_f64()));
            rng.gauss_next = Some(libm::sin(x2pi) * g2rad);
            libm::cos(x2pi) * g2rad
        }
    };
    vm.new_float(mu + z * sigma)
}

/// `normalvariate(mu=0.0, sigma=1.0)`: Kinderman and Monahan's ratio method.
pub(super) fn normalvariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let (mu, sigma) = mu_sigma(vm, "Random.normalvariate", args, kw)?;
    let magic = 4.0 * libm::exp(-0.5) / libm::sqrt(2.0);
    let rng = vm.rng();
    let z = loop {
        let u1 = rng.next_f64();
        let u2 = 1.0 - rng.next_f64();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -libm::log(u2) {
            break z;
        }
    };
    vm.new_float(mu + z * sigma)
}

/// `expovariate(lambd)`.
pub(super) fn expovariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let sig = PySig {
        qualname: "Random.expovariate",
        names: &[Q::lambd],
        positional: 1,
        required: 1,
    };
    let [lambd] = parse_py::<1>(vm, &sig, args, kw)?;
    let lambd = real(vm, lambd, 1.0)?;
    let u = draw(vm);
    if lambd == 0.0 {
        return Err(vm.raise_new(TypeId::ZeroDivisionError, "float division by zero"));
    }
    vm.new_float(-libm::log(1.0 - u) / lambd)
}

/// The first index in `cum` (sorted) whose value is above `x`, searching `0..hi`.
fn bisect_right(cum: &[f64], x: f64, hi: usize) -> usize {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < cum[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// The running sums of an iterable of numbers.
fn accumulate(vm: &mut Vm, weights: Value) -> PyResult<Vec<f64>> {
    let items = vm.collect_iterable(weights)?;
    let mut out = Vec::with_capacity(items.len());
    let mut total = 0.0;
    for w in items {
        total += real(vm, Some(w), 0.0)?;
        out.push(total);
    }
    Ok(out)
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`.
pub(super) fn choices(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let sig = PySig {
        qualname: "Random.choices",
        names: &[Q::population, Q::weights, Q::cum_weights, Q::k],
        positional: 2,
        required: 1,
    };
    let [population, weights, cum_weights, k] = parse_py::<4>(vm, &sig, args, kw)?;
    let population = population.unwrap_or(Value::NONE);
    let n = vm.len_of(population)?;
    let k = match k {
        Some(k) => vm.index_ssize(k)?.max(0) as usize,
        None => 1,
    };
    vm.reserve_bytes(k.saturating_mul(core::mem::size_of::<Value>()))?;
    let weights = weights.filter(|w| !w.is_none());
    let cum_weights = cum_weights.filter(|w| !w.is_none());
    let cum = match (weights, cum_weights) {
        (None, None) => {
            let mut out = Vec::with_capacity(k);
            for _ in 0..k {
                let i = libm::floor(draw(vm) * n as f64) as i64;
                let item = vm.subscr(population, Value::small(i).unwrap_or(Value::NONE))?;
                vm.roots.push(item);
                out.push(item);
            }
            vm.roots.truncate(vm.roots.len() - out.len());
            return vm.new_list(out);
        }
        (Some(w), None) => {
            if vm.is_int(w) {
                let msg = alloc::format!(
                    "The number of choices must be a keyword argument: k={}",
                    crate::modules::random::big(vm, w)
                );
                return Err(vm.type_error(&msg));
            }
            accumulate(vm, w)?
        }
        (None, Some(c)) => {
            let items = vm.collect_iterable(c)?;
            let mut out = Vec::with_capacity(items.len());
            for v in items {
                out.push(real(vm, Some(v), 0.0)?);
            }
            out
        }
        (Some(_), Some(_)) => {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
        }
    };
    if cum.len() != n {
        return Err(vm.value_error("The number of weights does not match the population"));
    }
    let total = cum.last().copied().unwrap_or(0.0);
    if total <= 0.0 {
        return Err(vm.value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(vm.value_error("Total of weights must be finite"));
    }
    let mut out = Vec::with_capacity(k);
    for _ in 0..k {
        let i = bisect_right(&cum, draw(vm) * total, n - 1);
        let item = vm.subscr(population, Value::small(i as i64).unwrap_or(Value::NONE))?;
        vm.roots.push(item);
        out.push(item);
    }
    vm.roots.truncate(vm.roots.len() - out.len());
    vm.new_list(out)
}

/// Whether `v` is a sequence as `sample` requires one (a list, tuple, str, range, bytes or
/// bytearray, or an instance of a subclass of one).
fn is_sequence(vm: &Vm, v: Value) -> bool {
    let p = vm.payload(v);
    vm.str_text(p).is_some()
        || matches!(
            vm.heap.get(p),
            Some(
                Obj::List(_)
                    | Obj::Tuple(_)
                    | Obj::Range(_)
                    | Obj::Bytes(_)
                    | Obj::ByteArray(_)
                    | Obj::MemoryView(_)
            )
        )
}

/// `sample(population, k, *, counts=None)`: `k` distinct items (by position).
pub(super) fn sample(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let sig = PySig {
        qualname: "Random.sample",
        names: &[Q::population, Q::k, Q::counts],
        positional: 2,
        required: 2,
    };
    let [population, k, counts] = parse_py::<3>(vm, &sig, args, kw)?;
    let population = population.unwrap_or(Value::NONE);
    if !is_sequence(vm, population) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = vm.len_of(population)?;
    let k = vm.index_ssize(k.unwrap_or(Value::NONE))?;
    if let Some(counts) = counts.filter(|c| !c.is_none()) {
        return sample_counts(vm, population, n, k, counts);
    }
    let indices = sample_indices(vm, n, k)?;
    let mut out = Vec::with_capacity(indices.len());
    for i in indices {
        let item = vm.subscr(population, Value::small(i as i64).unwrap_or(Value::NONE))?;
        vm.roots.push(item);
        out.push(item);
    }
    vm.roots.truncate(vm.roots.len() - out.len());
    vm.new_list(out)
}

/// The positions `sample` picks: from a pool when the population is small, else by
/// drawing until a new position comes up.
fn sample_indices(vm: &mut Vm, n: usize, k: i64) -> PyResult<Vec<usize>> {
    if k < 0 || k as u64 > n as u64 {
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    let k = k as usize;
    vm.reserve_bytes(k.saturating_mul(core::mem::size_of::<Value>()))?;
    let mut setsize = 21usize;
    if k > 5 {
        let e = libm::ceil(libm::log((k * 3) as f64) / libm::log(4.0)) as u32;
        setsize = setsize.saturating_add(4usize.saturating_pow(e));
    }
    let below = |vm: &mut Vm, m: usize| -> PyResult<usize> {
        let r = vm.randbelow(Value::small(m as i64).unwrap_or(Value::NONE))?;
        Ok(vm.int_as_i64(r).unwrap_or(0) as usize)
    };
    let mut out = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool: Vec<usize> = (0..n).collect();
        for i in 0..k {
            let j = below(vm, n - i)?;
            out.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
    } else {
        let mut selected = hashbrown::HashSet::with_capacity(k);
        for _ in 0..k {
            let mut j = below(vm, n)?;
            while selected.contains(&j) {
                j = below(vm, n)?;
            }
            selected.insert(j);
            out.push(j);
        }
    }
    Ok(out)
}

/// `sample(population, k, counts=...)`: each item repeated as often as its count.
fn sample_counts(vm: &mut Vm, population: Value, n: usize, k: i64, counts: Value) -> PyResult {
    let items = vm.collect_iterable(counts)?;
    let mut cum: Vec<i64> = Vec::with_capacity(items.len());
    let mut total: i64 = 0;
    for c in items {
        if !vm.is_int(c) {
            return Err(vm.type_error("Counts must be integers"));
        }
        let c = vm.int_as_i64(c).unwrap_or(i64::MAX);
        total = total.saturating_add(c);
        cum.push(total);
    }
    if cum.len() != n {
        return Err(vm.value_error("The number of counts does not match the population"));
    }
    cum.pop();
    if total <= 0 {
        return Err(vm.value_error("Total of counts must be greater than zero"));
    }
    let picks = sample_indices(vm, usize::try_from(total).unwrap_or(usize::MAX), k)?;
    let mut out = Vec::with_capacity(picks.len());
    for s in picks {
        let i = cum.partition_point(|&c| c <= s as i64);
        let item = vm.subscr(population, Value::small(i as i64).unwrap_or(Value::NONE))?;
        vm.roots.push(item);
        out.push(item);
    }
    vm.roots.truncate(vm.roots.len() - out.len());
    vm.new_list(out)
}
