//! `_select`: the native half of `select` (the frozen `select.py` holds the `poll` class and
//! `select()` over it). It turns what a program registers into the `Port`'s poll targets,
//! checks event masks and timeouts with CPython's messages, and waits for readiness.
//!
//! A target's key is an int: a descriptor number (0, 1 and 2 are the standard streams), or
//! for a file `open()` made, `-1 - handle` (the port's files have no descriptor number).
//! Waiting goes to `Port::poll` in slices of at most `SLICE_MS`, serving Ctrl-C and
//! scheduled calls between them, as `time.sleep` does; a stream that holds data it has read
//! ahead is readable at once, whatever the port says.

use alloc::vec::Vec;

use super::{Attr, ModuleDef, one_arg};
use crate::builtins::Kw;
use crate::builtins::args::parse_tuple_arity;
use crate::heap::Obj;
use crate::port::{POLLERR, POLLHUP, POLLIN, POLLNVAL, POLLOUT, POLLPRI, PollFd, PollTarget};
use crate::types::TypeId;
use crate::types::stream::Raw;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "_select",
    attrs: &[
        ("key", Attr::Func(key)),
        ("mask", Attr::Func(mask)),
        ("poll_ms", Attr::Func(poll_ms)),
        ("select_ms", Attr::Func(select_ms)),
        ("wait", Attr::Func(wait)),
        ("POLLIN", Attr::Int(POLLIN as i64)),
        ("POLLPRI", Attr::Int(POLLPRI as i64)),
        ("POLLOUT", Attr::Int(POLLOUT as i64)),
        ("POLLERR", Attr::Int(POLLERR as i64)),
        ("POLLHUP", Attr::Int(POLLHUP as i64)),
        ("POLLNVAL", Attr::Int(POLLNVAL as i64)),
    ],
    init: None,
};

/// The longest single wait in the port between polls for Ctrl-C.
const SLICE_MS: i32 = 10;

/// `key(obj)`: the poll key of an int descriptor or of a stream of the core; None for any
/// other object (the caller asks its `fileno()` and passes the answer here).
fn key(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "key", args, kw)?;
    if let Some(s) = vm.stream(v) {
        let raw = match vm.stream(s.inner) {
            Some(inner) if s.kind == TypeId::TextIOWrapper => inner.raw,
            _ => s.raw,
        };
        let closed = s.closed();
        return Ok(match raw {
            Raw::File(h) if !closed => Value::small(-1 - i64::from(h)).unwrap_or(Value::NONE),
            // A closed file or a memory stream: its `fileno()` says why it has no number.
            Raw::File(_) | Raw::None => Value::NONE,
            Raw::Stdin => Value::small(0).unwrap_or(Value::NONE),
            Raw::Stdout => Value::small(1).unwrap_or(Value::NONE),
            Raw::Stderr => Value::small(2).unwrap_or(Value::NONE),
        });
    }
    if !vm.is_int(vm.payload(v)) {
        return Ok(Value::NONE);
    }
    let i = vm.index_value(v)?;
    match vm.int_as_i64(i).filter(|n| i32::try_from(*n).is_ok()) {
        Some(n) if n < 0 => {
            let msg = alloc::format!("file descriptor cannot be a negative integer ({n})");
            Err(vm.value_error(&msg))
        }
        Some(n) => Ok(Value::small(n).unwrap_or(Value::NONE)),
        None => Err(vm.raise_new(
            TypeId::OverflowError,
            "Python int too large to convert to C int",
        )),
    }
}

/// `mask(v)`: an event mask as `poll.register` reads it (a C unsigned short).
fn mask(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "mask", args, kw)?;
    if !vm.is_int(vm.payload(v)) {
        return Err(vm.type_error("an integer is required"));
    }
    let i = vm.index_value(v)?;
    match vm.int_as_i64(i) {
        Some(n) if n < 0 => Err(vm.value_error("value must be positive")),
        Some(n) if n <= i64::from(u16::MAX) => Ok(Value::small(n).unwrap_or(Value::NONE)),
        _ if vm
            .int_of(i)
            .is_some_and(|b| b.sign() == num_bigint::Sign::Minus) =>
        {
            Err(vm.value_error("value must be positive"))
        }
        _ => Err(vm.raise_new(
            TypeId::OverflowError,
            "Python int too large for C unsigned short",
        )),
    }
}

/// Milliseconds of a timeout, rounded up; `None` for a NaN.
fn millis(vm: &mut Vm, v: Value, scale: f64) -> PyResult<Option<f64>> {
    let f = match vm.float_of(v) {
        Some(f) => f,
        None => {
            let i = vm.index_value(v)?;
            vm.int_to_f64(i)?
        }
    };
    if f.is_nan() {
        return Ok(None);
    }
    Ok(Some(libm::ceil(f * scale)))
}

/// `poll_ms(timeout)`: `poll.poll`'s timeout (milliseconds, an int or a float, None or
/// negative for no limit) as an int, -1 for no limit.
fn poll_ms(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "poll_ms", args, kw)?;
    if v.is_none() {
        return Ok(Value::small(-1).unwrap_or(Value::NONE));
    }
    let numeric = vm.float_of(v).is_some() || vm.is_int(vm.payload(v));
    if !numeric {
        return Err(vm.type_error("timeout must be an integer or None"));
    }
    let is_float = vm.float_of(v).is_some();
    let Some(ms) = millis(vm, v, 1.0)? else {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    };
    if ms.abs() > 9.2e15 {
        let msg = if is_float {
            "timestamp out of range for platform time_t"
        } else {
            "timestamp too large to convert to C _PyTime_t"
        };
        return Err(vm.raise_new(TypeId::OverflowError, msg));
    }
    if ms > f64::from(i32::MAX) {
        return Err(vm.raise_new(
            TypeId::OverflowError,
            "Python int too large to convert to C int",
        ));
    }
    let ms = if ms < 0.0 { -1 } else { ms as i64 };
    Ok(Value::small(ms).unwrap_or(Value::NONE))
}

/// `select_ms(timeout)`: `select.select`'s timeout (seconds, None for no limit) in
/// milliseconds, -1 for no limit.
fn select_ms(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(vm, "select_ms", args, kw)?;
    if v.is_none() {
        return Ok(Value::small(-1).unwrap_or(Value::NONE));
    }
    let numeric = vm.float_of(v).is_some() || vm.is_int(vm.payload(v));
    if !numeric {
        return Err(vm.type_error("timeout must be a float or None"));
    }
    let Some(ms) = millis(vm, v, 1000.0)? else {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    };
    if ms.abs() > 9.2e15 {
        return Err(vm.raise_new(
            TypeId::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    if ms < 0.0 {
        return Err(vm.value_error("timeout must be non-negative"));
    }
    // Longer than the port's int of milliseconds: waits in turns of the longest it takes.
    Ok(Value::small(ms as i64).unwrap_or(Value::NONE))
}

/// `wait(entries, ms)`: waits until one of `entries` (a list of `(obj, key, mask)` tuples)
/// is ready or `ms` milliseconds have passed (-1: no limit); the ready ones as a flat list
/// `[index, revents, index, revents, ...]` in entry order.
fn wait(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "wait", &[])?;
    parse_tuple_arity(vm, "wait", args, 2, 2)?;
    let (list, ms) = (args[0], args[1]);
    let timeout = vm.int_as_i64(ms).unwrap_or(-1);
    let mut fds = Vec::new();
    let mut objs = Vec::new();
    let items = match vm.heap.get(list) {
        Some(Obj::List(_)) => vm.list_items(list).to_vec(),
        _ => return Err(vm.type_error("wait() needs a list")),
    };
    vm.check_building(
        items
            .len()
            .saturating_mul(core::mem::size_of::<PollFd>() * 2),
    )?;
    for item in items {
        let fields = match vm.heap.get(item) {
            Some(Obj::Tuple(t)) if t.len() == 3 => [t[0], t[1], t[2]],
            _ => return Err(vm.type_error("wait() entries are (obj, key, mask)")),
        };
        let key = vm.int_as_i64(fields[1]).unwrap_or(i64::MIN);
        let events = vm.int_as_i64(fields[2]).unwrap_or(0);
        let target = if key >= 0 {
            PollTarget::Fd(i32::try_from(key).unwrap_or(-1))
        } else {
            PollTarget::File(u32::try_from(-1 - key).unwrap_or(u32::MAX))
        };
        fds.push(PollFd {
            target,
            events: u16::try_from(events).unwrap_or(0),
            revents: 0,
        });
        objs.push(fields[0]);
    }
    let start = vm.port_mut().ticks_us();
    loop {
        let slice = match timeout {
            t if t < 0 => SLICE_MS,
            t => {
                let done = vm.port_mut().ticks_us().saturating_sub(start) / 1000;
                let left = u64::try_from(t).unwrap_or(0).saturating_sub(done);
                i32::try_from(left.min(SLICE_MS as u64)).unwrap_or(SLICE_MS)
            }
        };
        let port_ready = match vm.port_mut().poll(&mut fds, 0) {
            Ok(n) => n,
            Err(errno) => return Err(vm.os_error_errno(errno, None)),
        };
        let buffered = mark_buffered(vm, &objs, &mut fds);
        if port_ready + buffered > 0 || slice <= 0 {
            break;
        }
        check_interrupt(vm)?;
        match vm.port_mut().poll(&mut fds, slice) {
            Ok(0) => {}
            Ok(_) => break,
            Err(errno) => return Err(vm.os_error_errno(errno, None)),
        }
        check_interrupt(vm)?;
    }
    let mut out = Vec::new();
    for (i, fd) in fds.iter().enumerate() {
        if fd.revents != 0 {
            out.push(Value::small(i as i64).unwrap_or(Value::NONE));
            out.push(Value::small(i64::from(fd.revents)).unwrap_or(Value::NONE));
        }
    }
    vm.new_list(out)
}

/// Sets `POLLIN` on the entries asking it whose stream has read ahead data not consumed yet;
/// how many entries that made ready.
fn mark_buffered(vm: &Vm, objs: &[Value], fds: &mut [PollFd]) -> usize {
    let mut made = 0;
    for (obj, fd) in objs.iter().zip(fds.iter_mut()) {
        if fd.events & POLLIN == 0 || fd.revents & POLLIN != 0 {
            continue;
        }
        let Some(s) = vm.stream(*obj) else { continue };
        let pending = |s: &crate::types::stream::Stream| {
            s.raw != Raw::None && !s.writing && s.pos < s.buf.len()
        };
        if pending(s) || vm.stream(s.inner).is_some_and(pending) {
            made += usize::from(fd.revents == 0);
            fd.revents |= POLLIN;
        }
    }
    made
}

/// Serves Ctrl-C and scheduled calls between two slices of a wait.
fn check_interrupt(vm: &mut Vm) -> PyResult<()> {
    if vm.kbd_intr != -1 && vm.port_mut().take_interrupt() {
        return Err(vm.raise_new(TypeId::KeyboardInterrupt, ""));
    }
    vm.tick()
}
