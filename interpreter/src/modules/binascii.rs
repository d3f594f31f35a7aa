//! The `binascii` module: hex (`hexlify`, `unhexlify` and their `b2a_hex`/`a2b_hex`
//! names), base64 lines (`b2a_base64`, `a2b_base64` with `strict_mode`), the checksums
//! `crc32` and `crc_hqx`, and the exceptions `Error` (a ValueError) and `Incomplete`.

use alloc::format;
use alloc::vec::Vec;

use super::{Attr, ModuleDef};
use crate::builtins::Kw;
use crate::builtins::args::{Params, parse};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// The module's table.
pub static MODULE: ModuleDef = ModuleDef {
    name: "binascii",
    attrs: &[
        ("hexlify", Attr::Func(hexlify)),
        ("b2a_hex", Attr::Func(b2a_hex)),
        ("unhexlify", Attr::Func(unhexlify)),
        ("a2b_hex", Attr::Func(a2b_hex)),
        ("b2a_base64", Attr::Func(b2a_base64)),
        ("a2b_base64", Attr::Func(a2b_base64)),
        ("crc32", Attr::Func(crc32)),
        ("crc_hqx", Attr::Func(crc_hqx)),
        ("Error", Attr::Type(TypeId::BinasciiError)),
        ("Incomplete", Attr::Type(TypeId::BinasciiIncomplete)),
    ],
    init: None,
};

fn error(vm: &mut Vm, msg: &str) -> Raised {
    vm.raise_new(TypeId::BinasciiError, msg)
}

/// An `a2b_*` argument: a bytes-like, or a str of ASCII characters.
fn ascii_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(text) = vm.str_text(v) {
        if !text.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(text.as_bytes().to_vec());
    }
    if let Some(b) = vm.buffer_of(v) {
        return Ok(b);
    }
    if vm.is_strided_view(v) {
        return Err(vm.not_contiguous());
    }
    let msg = format!(
        "argument should be bytes, buffer or ASCII string, not '{}'",
        vm.type_name_of(v)
    );
    Err(vm.type_error(&msg))
}

fn hex_common(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult {
    if args.len() > 3 {
        let msg = format!("{name}() takes at most 3 arguments ({} given)", args.len());
        return Err(vm.type_error(&msg));
    }
    let params = Params {
        names: &[Q::data, Q::sep, Q::bytes_per_sep],
        posonly: 0,
        required: 1,
        maxpos: 3,
    };
    let [data, sep, group] = parse(vm, name, args, kw, &params)?;
    let data = crate::types::bytes_methods::bytes_arg(vm, data.unwrap_or(Value::NONE))?;
    let data = vm.new_bytes(data)?;
    vm.roots.push(data);
    let mut call = alloc::vec![data];
    call.extend(sep);
    if sep.is_some() {
        call.extend(group);
    }
    let text = crate::types::bytes_methods::hex(vm, &call, Kw::NONE);
    vm.roots.pop();
    let text = text?;
    let bytes = vm.str_text(text).unwrap_or("").as_bytes().to_vec();
    vm.new_bytes(bytes)
}

fn hexlify(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    hex_common(vm, "hexlify", args, kw)
}

fn b2a_hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    hex_common(vm, "b2a_hex", args, kw)
}

fn unhex_common(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult {
    let full = format!("binascii.{name}");
    if !kw.is_empty() {
        return Err(vm.type_error(&format!("{full}() takes no keyword arguments")));
    }
    crate::builtins::arity(vm, &full, args, 1, 1)?;
    let text = ascii_arg(vm, args[0])?;
    if text.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(text.len() / 2);
    for pair in text.chunks_exact(2) {
        let digit = |c: u8| char::from(c).to_digit(16);
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    vm.new_bytes(out)
}

fn unhexlify(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    unhex_common(vm, "unhexlify", args, kw)
}

fn a2b_hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    unhex_common(vm, "a2b_hex", args, kw)
}

/// A keyword-only flag (`strict_mode`, `newline`): an int that fits a C int, as CPython's
/// converter takes it.
fn flag(vm: &mut Vm, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => Ok(vm.index_c_int(v)? != 0),
        None => Ok(default),
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::data, Q::newline],
        posonly: 1,
        required: 1,
        maxpos: 1,
    };
    let [data, newline] = parse(vm, "b2a_base64", args, kw, &params)?;
    let data = crate::types::bytes_methods::bytes_arg(vm, data.unwrap_or(Value::NONE))?;
    let newline = flag(vm, newline, true)?;
    vm.check_building(data.len().div_ceil(3).saturating_mul(4).saturating_add(1))?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    vm.new_bytes(out)
}

/// The value of a base64 digit.
fn b64_value(c: u8) -> Option<u32> {
    B64.iter().position(|&d| d == c).map(|i| i as u32)
}

fn a2b_base64(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::data, Q::strict_mode],
        posonly: 1,
        required: 1,
        maxpos: 1,
    };
    let [data, strict] = parse(vm, "a2b_base64", args, kw, &params)?;
    let data = ascii_arg(vm, data.unwrap_or(Value::NONE))?;
    let strict = flag(vm, strict, false)?;
    match decode_base64(&data, strict) {
        Ok(out) => vm.new_bytes(out),
        Err(msg) => Err(error(vm, &msg)),
    }
}

/// Decodes base64 text as `a2b_base64` does: outside strict mode, characters that are not
/// base64 digits are skipped and decoding stops at the padding that completes a quad.
fn decode_base64(data: &[u8], strict: bool) -> Result<Vec<u8>, alloc::string::String> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let (mut quad, mut left, mut pads, mut digits) = (0u32, 0u32, 0u32, 0usize);
    let mut padding = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if strict && i == 0 {
                return Err("Leading padding not allowed".into());
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        digits += 1;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
                quad = 2;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
                quad = 3;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                quad = 0;
            }
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({digits}) cannot be 1 more than a multiple of 4"
        )),
        _ => Err("Incorrect padding".into()),
    }
}

/// Positional arguments only: `name expected ...` counts as CPython words them.
fn positional_only(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(&format!("binascii.{name}() takes no keyword arguments")));
    }
    let n = args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if min == max && n != min {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else if n > max {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    } else {
        return Ok(());
    };
    Err(vm.type_error(&msg))
}

/// An unsigned checksum argument, reduced modulo `2**bits` as CPython's converter does.
fn masked(vm: &mut Vm, v: Value, bits: u32) -> PyResult<u32> {
    let i = vm.index_value(v)?;
    let low = match vm.int_of(i) {
        Some(b) => {
            let m = num_bigint::BigInt::from(1u64 << bits);
            let r = ((&*b % &m) + &m) % &m;
            num_traits::ToPrimitive::to_u32(&r).unwrap_or(0)
        }
        None => 0,
    };
    Ok(low)
}

fn crc32(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    positional_only(vm, "crc32", args, kw, 1, 2)?;
    let data = crate::types::bytes_methods::bytes_arg(vm, args[0])?;
    let start = match args.get(1) {
        Some(&v) => masked(vm, v, 32)?,
        None => 0,
    };
    vm.new_int(i64::from(crate::image::crc32(start, &data)))
}

fn crc_hqx(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    positional_only(vm, "crc_hqx", args, kw, 2, 2)?;
    let data = crate::types::bytes_methods::bytes_arg(vm, args[0])?;
    let mut crc = masked(vm, args[1], 16)? as u16;
    for &b in &data {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    vm.new_int(i64::from(crc))
}

#[cfg(test)]
mod tests {
    use super::decode_base64;
    use alloc::vec::Vec;

    #[test]
    fn base64_padding_rules() {
        assert_eq!(decode_base64(b"aGVsbG8=", true), Ok(b"hello".to_vec()));
        assert_eq!(decode_base64(b"aGVsbA===", false), Ok(b"hell".to_vec()));
        assert!(decode_base64(b"aGVsbA=a", true).is_err());
        assert_eq!(decode_base64(b"====", false), Ok(Vec::new()));
    }
}
