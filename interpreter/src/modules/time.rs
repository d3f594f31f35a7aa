//! The `time` module: CPython's clocks and calendar conversions (`time`, `time_ns`,
//! `monotonic`, `perf_counter`, `sleep`, `gmtime`, `localtime`, `mktime`) and MicroPython's
//! tick counters (`ticks_ms`, `ticks_us`, `ticks_cpu`, `ticks_add`, `ticks_diff`,
//! `sleep_ms`, `sleep_us`), over the `Port`'s clocks.
//!
//! Ticks wrap at `TICKS_PERIOD` (2**30, so they stay small ints on every target);
//! `ticks_diff` gives the signed distance on that circle. Sleeping waits in slices of at most
//! `SLEEP_SLICE_US`, polling for Ctrl-C and running scheduled calls between them.
//! `gmtime`/`localtime` return `struct_time` records, a class of the frozen `_time`
//! (over `_structseq`) that `init` copies in.

use alloc::vec::Vec;

use super::{Attr, ModuleDef, no_args, one_arg};
use crate::builtins::Kw;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "time",
    attrs: &[
        ("time", Attr::Func(time)),
        ("time_ns", Attr::Func(time_ns)),
        ("monotonic", Attr::Func(monotonic)),
        ("monotonic_ns", Attr::Func(monotonic_ns)),
        ("perf_counter", Attr::Func(monotonic)),
        ("perf_counter_ns", Attr::Func(monotonic_ns)),
        ("sleep", Attr::Func(sleep)),
        ("sleep_ms", Attr::Func(sleep_ms)),
        ("sleep_us", Attr::Func(sleep_us)),
        ("ticks_ms", Attr::Func(ticks_ms)),
        ("ticks_us", Attr::Func(ticks_us)),
        ("ticks_cpu", Attr::Func(ticks_us)),
        ("ticks_add", Attr::Func(ticks_add)),
        ("ticks_diff", Attr::Func(ticks_diff)),
        ("gmtime", Attr::Func(gmtime)),
        ("localtime", Attr::Func(localtime)),
        ("mktime", Attr::Func(mktime)),
    ],
    init: Some(init),
};

/// Copies `struct_time` in from the frozen `_time`.
fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let class = struct_time(vm)?;
    vm.module_set(module, "struct_time", class)
}

/// The `struct_time` class.
fn struct_time(vm: &mut Vm) -> PyResult {
    let helpers = vm.import_absolute("_time")?;
    let q = vm.intern("struct_time");
    vm.load_attr(helpers, q)
}

/// Tick counters count modulo this.
const TICKS_PERIOD: i64 = 1 << 30;

/// The longest single wait of a sleep between polls for Ctrl-C.
const SLEEP_SLICE_US: u64 = 10_000;

/// Seconds since the epoch, by the port's wall clock (its tick clock when it has none).
fn now_ns(vm: &mut Vm) -> i128 {
    match vm.port_mut().time_ns() {
        Some(ns) => ns,
        None => i128::from(vm.port_mut().ticks_us()) * 1000,
    }
}

fn time(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "time.time", args, kw)?;
    let ns = now_ns(vm);
    vm.new_float(ns as f64 / 1e9)
}

fn time_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "time.time_ns", args, kw)?;
    let ns = now_ns(vm);
    vm.new_bigint(num_bigint::BigInt::from(ns))
}

fn monotonic(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "time.monotonic", args, kw)?;
    let us = vm.port_mut().ticks_us();
    vm.new_float(us as f64 / 1e6)
}

fn monotonic_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "time.monotonic_ns", args, kw)?;
    let us = vm.port_mut().ticks_us();
    vm.new_bigint(num_bigint::BigInt::from(i128::from(us) * 1000))
}

fn ticks_ms(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "time.ticks_ms", args, kw)?;
    let us = vm.port_mut().ticks_us();
    Ok(ticks_value((us / 1000) as i64))
}

fn ticks_us(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    no_args(vm, "time.ticks_us", args, kw)?;
    let us = vm.port_mut().ticks_us();
    Ok(ticks_value(us as i64))
}

/// A tick count, wrapped onto the tick circle, as a small int.
fn ticks_value(t: i64) -> Value {
    Value::small(t.rem_euclid(TICKS_PERIOD)).unwrap_or(Value::NONE)
}

/// An int argument of a ticks function, wrapped onto the tick circle (only its low bits
/// matter, so a big int is reduced first).
fn tick_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let i = vm.index_value(v)?;
    if let Some(n) = vm.int_as_i64(i) {
        return Ok(n.rem_euclid(TICKS_PERIOD));
    }
    let period = Value::small(TICKS_PERIOD).unwrap_or(Value::NONE);
    let r = vm.int_binary(crate::bytecode::BinaryOp::Mod, i, period)?;
    Ok(vm.int_as_i64(r).unwrap_or(0))
}

fn ticks_add(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "ticks_add", &[])?;
    crate::builtins::args::parse_tuple_arity(vm, "ticks_add", args, 2, 2)?;
    let t = tick_arg(vm, args[0])?;
    let delta = tick_arg(vm, args[1])?;
    Ok(ticks_value(t + delta))
}

/// `ticks_diff(end, start)`: `end - start` on the tick circle, in
/// `-TICKS_PERIOD/2 .. TICKS_PERIOD/2`.
fn ticks_diff(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "ticks_diff", &[])?;
    crate::builtins::args::parse_tuple_arity(vm, "ticks_diff", args, 2, 2)?;
    let end = tick_arg(vm, args[0])?;
    let start = tick_arg(vm, args[1])?;
    let half = TICKS_PERIOD / 2;
    let d = (end - start + half).rem_euclid(TICKS_PERIOD) - half;
    Ok(Value::small(d).unwrap_or(Value::NONE))
}

/// Waits `us` microseconds in slices, serving Ctrl-C and scheduled calls between them.
fn wait_us(vm: &mut Vm, us: u64) -> PyResult<()> {
    let start = vm.port_mut().ticks_us();
    let mut left = us;
    loop {
        vm.tick()?;
        if left == 0 {
            return Ok(());
        }
        vm.port_mut().sleep_us(left.min(SLEEP_SLICE_US));
        let now = vm.port_mut().ticks_us();
        let done = now.saturating_sub(start);
        if done == 0 {
            // A port without a clock: count the slices themselves.
            left = left.saturating_sub(SLEEP_SLICE_US);
        } else {
            left = us.saturating_sub(done);
        }
    }
}

/// `sleep(secs)`: an int or a float of seconds.
fn sleep(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let secs = one_arg(vm, "time.sleep", args, kw)?;
    let secs = match vm.float_of(secs) {
        Some(f) => f,
        None => {
            let i = vm.index_value(secs)?;
            vm.int_to_f64(i)?
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e12 {
        return Err(vm.raise_new(
            TypeId::OverflowError,
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    wait_us(vm, (secs * 1e6) as u64)?;
    Ok(Value::NONE)
}

/// A non-negative int count for `sleep_ms` / `sleep_us` (negative counts wait nothing).
fn count_arg(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<u64> {
    let v = one_arg(vm, name, args, kw)?;
    let n = vm.index_ssize(v)?;
    Ok(u64::try_from(n).unwrap_or(0))
}

fn sleep_ms(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let ms = count_arg(vm, "time.sleep_ms", args, kw)?;
    wait_us(vm, ms.saturating_mul(1000))?;
    Ok(Value::NONE)
}

fn sleep_us(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let us = count_arg(vm, "time.sleep_us", args, kw)?;
    wait_us(vm, us)?;
    Ok(Value::NONE)
}

/// The seconds argument of `gmtime`/`localtime`: now when absent or None, else an int or a
/// float rounded toward minus infinity.
fn seconds_arg(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<i64> {
    kw.check(vm, name, &[])?;
    crate::builtins::args::parse_tuple_arity(vm, name, args, 0, 1)?;
    let out_of_range = |vm: &mut Vm| {
        vm.raise_new(
            TypeId::OverflowError,
            "timestamp out of range for platform time_t",
        )
    };
    match args.first() {
        None => Ok(now_ns(vm).div_euclid(1_000_000_000) as i64),
        Some(v) if v.is_none() => Ok(now_ns(vm).div_euclid(1_000_000_000) as i64),
        Some(&v) => {
            if let Some(f) = vm.float_of(v) {
                if f.is_nan() {
                    return Err(vm.value_error("Invalid value NaN (not a number)"));
                }
                let f = libm::floor(f);
                if !(-9.2e18..9.2e18).contains(&f) {
                    return Err(out_of_range(vm));
                }
                return Ok(f as i64);
            }
            let i = vm.index_value(v)?;
            match vm.int_as_i64(i) {
                Some(n) => Ok(n),
                None => Err(out_of_range(vm)),
            }
        }
    }
}

/// Days since 1970-01-01 to a civil date (year, month 1..=12, day 1..=31).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days since 1970-01-01 of a civil date (any month and day, normalised as `mktime` does).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    // Months outside 1..=12 carry into the year.
    let year = year + (month - 1).div_euclid(12);
    let month = (month - 1).rem_euclid(12) + 1;
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * mp + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468 + (day - 1)
}

/// The `struct_time` of `secs` since the epoch in a zone `offset` seconds east of UTC,
/// named `zone` (`gmtime`'s is `GMT`; local time's is `UTC` without an offset, else unknown).
fn broken_down(vm: &mut Vm, secs: i64, offset: i64, zone: Option<&str>) -> PyResult {
    let isdst = 0;
    let secs = secs.saturating_add(offset);
    if !(-67_767_976_233_316_800..=67_767_976_233_316_800).contains(&secs) {
        return Err(vm.raise_new(
            TypeId::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7);
    let yday = days - days_from_civil(year, 1, 1) + 1;
    let fields = [
        year,
        month,
        day,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        wday,
        yday,
        isdst,
    ];
    let mut items: Vec<Value> = fields
        .iter()
        .map(|&f| Value::small(f).unwrap_or(Value::NONE))
        .collect();
    items.push(match zone {
        Some(zone) => Value::qstr(vm.intern(zone)),
        None => Value::NONE,
    });
    items.push(vm.new_int(offset)?);
    let tuple = vm.new_tuple(items)?;
    vm.roots.push(tuple);
    let r = struct_time(vm).and_then(|class| vm.call_value(class, &[tuple]));
    vm.roots.pop();
    r
}

fn gmtime(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let secs = seconds_arg(vm, "gmtime", args, kw)?;
    broken_down(vm, secs, 0, Some("GMT"))
}

fn localtime(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let secs = seconds_arg(vm, "localtime", args, kw)?;
    let offset = vm.port_mut().utc_offset(secs);
    broken_down(vm, secs, offset, (offset == 0).then_some("UTC"))
}

/// `mktime(t)`: the seconds since the epoch of local time tuple `t` (a float).
fn mktime(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let t = one_arg(vm, "time.mktime", args, kw)?;
    let items = match vm.heap.get(vm.payload(t)) {
        Some(crate::heap::Obj::Tuple(items)) => items.to_vec(),
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error("mktime(): illegal time tuple argument"));
    }
    let mut fields = [0i64; 9];
    for (slot, &item) in fields.iter_mut().zip(&items) {
        let i = vm.index_value(item)?;
        *slot = match vm.int_as_i64(i).filter(|n| i32::try_from(*n).is_ok()) {
            Some(n) => n,
            None => {
                return Err(vm.raise_new(
                    TypeId::OverflowError,
                    "Python int too large to convert to C int",
                ));
            }
        };
    }
    let [year, month, day, hour, min, sec, ..] = fields;
    if !(-100_000_000..=100_000_000).contains(&year) {
        return Err(vm.raise_new(TypeId::OverflowError, "mktime argument out of range"));
    }
    let local = days_from_civil(year, month, day) * 86_400 + hour * 3600 + min * 60 + sec;
    let offset = vm.port_mut().utc_offset(local);
    vm.new_float((local - offset) as f64)
}
