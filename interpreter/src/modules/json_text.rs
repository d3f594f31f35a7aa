//! The document `json.loads` scans: a str as it is, or bytes / bytearray decoded from the
//! encoding their first bytes show (UTF-8, UTF-16 or UTF-32, either byte order, with or
//! without a byte order mark), as CPython's `json.detect_encoding` decides.
//!
//! Decoding is done with surrogates let through, as CPython's `surrogatepass`; upy strs hold
//! no surrogate code points, so a document that has one is refused with ValueError.

use alloc::format;
use alloc::string::String;

use super::decode;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The str value of the document and a copy of its text (the scanner allocates as it goes,
/// so it cannot borrow the heap's).
pub(super) fn document(vm: &mut Vm, s: Value) -> PyResult<(Value, String)> {
    if vm.is_instance(s, Value::builtin_type(TypeId::Str)) {
        let p = vm.payload(s);
        let len = vm.str_text(p).map_or(0, str::len);
        vm.check_building(len)?;
        let text = vm.string_of(p);
        if text.starts_with('\u{feff}') {
            return Err(decode::raise_error(
                vm,
                "Unexpected UTF-8 BOM (decode using utf-8-sig)",
                s,
                &text,
                0,
            ));
        }
        return Ok((s, text));
    }
    let is_bytes = vm.is_instance(s, Value::builtin_type(TypeId::Bytes))
        || vm.is_instance(s, Value::builtin_type(TypeId::ByteArray));
    if !is_bytes {
        let msg = format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            vm.type_name_of(s)
        );
        return Err(vm.type_error(&msg));
    }
    let p = vm.payload(s);
    let bytes = vm.with_buffer(p, <[u8]>::to_vec).unwrap_or_default();
    // Every encoding takes at most as many bytes of UTF-8 as of input, but for UTF-16's
    // three-byte characters: 1.5 times.
    vm.check_building(bytes.len().saturating_mul(2))?;
    let text = decode_bytes(vm, &bytes)?;
    let doc = vm.new_str_from(&text)?;
    Ok((doc, text))
}

/// The encoding `detect_encoding` names for `b`.
fn detect(b: &[u8]) -> &'static str {
    if b.starts_with(&[0, 0, 0xfe, 0xff]) || b.starts_with(&[0xff, 0xfe, 0, 0]) {
        return "utf-32";
    }
    if b.starts_with(&[0xfe, 0xff]) || b.starts_with(&[0xff, 0xfe]) {
        return "utf-16";
    }
    if b.starts_with(&[0xef, 0xbb, 0xbf]) {
        return "utf-8-sig";
    }
    match *b {
        [0, b1, _, _, ..] => {
            if b1 != 0 {
                "utf-16-be"
            } else {
                "utf-32-be"
            }
        }
        [_, 0, b2, b3, ..] => {
            if b2 != 0 || b3 != 0 {
                "utf-16-le"
            } else {
                "utf-32-le"
            }
        }
        [0, _] => "utf-16-be",
        [_, 0] => "utf-16-le",
        _ => "utf-8",
    }
}

fn decode_bytes(vm: &mut Vm, b: &[u8]) -> PyResult<String> {
    match detect(b) {
        "utf-8" => vm.decode_bytes(b, "utf-8", "strict"),
        "utf-8-sig" => vm.decode_bytes(b.get(3..).unwrap_or(&[]), "utf-8", "strict"),
        "utf-16" => {
            let big = b.starts_with(&[0xfe, 0xff]);
            decode_wide(vm, b, 2, 2, big, "utf-16")
        }
        "utf-16-be" => decode_wide(vm, b, 0, 2, true, "utf-16-be"),
        "utf-16-le" => decode_wide(vm, b, 0, 2, false, "utf-16-le"),
        "utf-32" => {
            let big = b.starts_with(&[0, 0, 0xfe, 0xff]);
            decode_wide(vm, b, 4, 4, big, "utf-32")
        }
        "utf-32-be" => decode_wide(vm, b, 0, 4, true, "utf-32-be"),
        _ => decode_wide(vm, b, 0, 4, false, "utf-32-le"),
    }
}

fn codec_error(
    vm: &mut Vm,
    codec: &str,
    b: &[u8],
    start: usize,
    end: usize,
    why: &str,
) -> crate::vm::Raised {
    let what = if end - start > 1 {
        format!("bytes in position {start}-{}", end - 1)
    } else {
        format!(
            "byte 0x{:02x} in position {start}",
            b.get(start).copied().unwrap_or(0)
        )
    };
    let msg = format!("'{codec}' codec can't decode {what}: {why}");
    vm.raise_new(TypeId::UnicodeDecodeError, &msg)
}

fn surrogate_error(vm: &mut Vm) -> crate::vm::Raised {
    vm.value_error("surrogate code points are not supported")
}

/// Decodes UTF-16 (`width` 2) or UTF-32 (`width` 4) from byte `skip` on (past a byte order
/// mark), with surrogates let through as `surrogatepass` does.
fn decode_wide(
    vm: &mut Vm,
    b: &[u8],
    skip: usize,
    width: usize,
    big: bool,
    codec: &str,
) -> PyResult<String> {
    let mut out = String::new();
    let unit = |i: usize| -> u32 {
        let bytes = &b[i..i + width];
        let mut v = 0u32;
        for k in 0..width {
            let byte = if big { bytes[k] } else { bytes[width - 1 - k] };
            v = (v << 8) | u32::from(byte);
        }
        v
    };
    let mut i = skip;
    while i < b.len() {
        if b.len() - i < width {
            return Err(codec_error(vm, codec, b, i, b.len(), "truncated data"));
        }
        let u = unit(i);
        let c = if width == 4 {
            if u > 0x10_ffff {
                let why = "code point not in range(0x110000)";
                return Err(codec_error(vm, codec, b, i, i + 4, why));
            }
            i += 4;
            u
        } else if (0xd800..0xdc00).contains(&u) && b.len() - i >= 4 {
            let low = unit(i + 2);
            if (0xdc00..0xe000).contains(&low) {
                i += 4;
                0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00)
            } else {
                return Err(surrogate_error(vm));
            }
        } else {
            i += 2;
            u
        };
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None => return Err(surrogate_error(vm)),
        }
    }
    Ok(out)
}
