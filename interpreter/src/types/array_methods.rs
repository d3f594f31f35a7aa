//! The methods of `array.array` (each a native receiving the array first), its
//! constructor, and its data attributes `typecode` and `itemsize`.

use alloc::format;
use alloc::vec::Vec;

use super::array::{BAD_TYPECODE, TYPECODES, itemsize};
use crate::builtins::{Kw, arity};
use crate::heap::Obj;
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `array(typecode[, initializer])`.
pub(crate) fn construct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        let msg = if args.is_empty() {
            "array() takes at least 1 argument (0 given)".into()
        } else {
            format!("array() takes at most 2 arguments ({} given)", args.len())
        };
        return Err(vm.type_error(&msg));
    }
    let code = vm.str_text(args[0]).map(|t| {
        let mut chars = t.chars();
        (chars.next(), chars.next().is_none())
    });
    let c = match code {
        Some((Some(c), true)) => c,
        Some(_) => {
            return Err(vm.type_error("array() argument 1 must be a unicode character, not str"));
        }
        None => {
            let msg = format!(
                "array() argument 1 must be a unicode character, not {}",
                vm.arg_type_name(args[0])
            );
            return Err(vm.type_error(&msg));
        }
    };
    if !c.is_ascii() || !TYPECODES.contains(c) {
        return Err(vm.value_error(BAD_TYPECODE));
    }
    let c = c as u8;
    let Some(&init) = args.get(1) else {
        return vm.new_array(c, Vec::new());
    };
    if let Some(text) = vm.str_text(init) {
        if c != b'u' {
            let msg = format!(
                "cannot use a str to initialize an array with typecode '{}'",
                c as char
            );
            return Err(vm.type_error(&msg));
        }
        let text = alloc::string::String::from(text);
        let data = vm.unicode_bytes(&text)?;
        return vm.new_array(c, data);
    }
    if let Some(other) = vm.array_ref(init) {
        if other.typecode == b'u' && c != b'u' {
            let msg = format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                c as char
            );
            return Err(vm.type_error(&msg));
        }
    }
    if matches!(
        vm.heap.get(vm.payload(init)),
        Some(Obj::Bytes(_) | Obj::ByteArray(_))
    ) {
        let data = vm.buffer_of(init).unwrap_or_default();
        if data.len() % itemsize(c) != 0 {
            return Err(vm.value_error("bytes length not a multiple of item size"));
        }
        return vm.new_array(c, data);
    }
    let a = vm.new_array(c, Vec::new())?;
    vm.roots.push(a);
    let r = vm.array_extend_iter(a, init);
    vm.roots.pop();
    r.map(|()| a)
}

/// The array a method is called on.
fn receiver(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    crate::builtins::checked_receiver(vm, args, name, "array.array", |vm, v| vm.is_array(v))
}

/// The receiver of a method taking exactly `n` more arguments and no keywords, with the
/// messages of CPython's `array.name()` methods.
fn method(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, n: usize) -> PyResult<Value> {
    let a = receiver(vm, args, name)?;
    let full = format!("array.{name}");
    if !kw.is_empty() {
        return Err(vm.type_error(&format!("{full}() takes no keyword arguments")));
    }
    arity(vm, &full, &args[1..], n, n)?;
    Ok(a)
}

/// The data attributes of an array.
impl Vm {
    pub(crate) fn array_attr(&mut self, a: Value, name: Qstr) -> PyResult<Option<Value>> {
        let (c, _, size) = self.array_shape(a);
        Ok(match name {
            Q::typecode => Some(self.new_char(c as char)?),
            Q::itemsize => Some(self.new_int(size as i64)?),
            _ => None,
        })
    }
}

pub fn append(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "append", 1)?;
    let (c, _, size) = vm.array_shape(a);
    let bytes = vm.array_item_bytes(c, args[1])?;
    let len = vm.array_ref(a).map_or(0, |x| x.data.len());
    vm.check_building(len + size)?;
    if let Some(arr) = vm.array_mut(a) {
        arr.data.extend_from_slice(&bytes[..size]);
    }
    Ok(Value::NONE)
}

pub fn extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = receiver(vm, args, "extend")?;
    kw.check(vm, "extend", &[])?;
    match args.len() {
        2 => {}
        1 => return Err(vm.type_error("extend() takes exactly 1 positional argument (0 given)")),
        n => {
            let msg = format!("extend() takes at most 1 argument ({} given)", n - 1);
            return Err(vm.type_error(&msg));
        }
    }
    let other = args[1];
    if let Some(o) = vm.array_ref(other) {
        if o.typecode != vm.array_shape(a).0 {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        return vm
            .array_binary(crate::bytecode::BinaryOp::Add, a, other, true)
            .map(|_| Value::NONE);
    }
    vm.array_extend_iter(a, other).map(|()| Value::NONE)
}

/// Counts "expected N arguments, got M" the way `insert`, `pop` and `index` word it.
fn expected(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<Value> {
    let a = receiver(vm, args, name)?;
    if !kw.is_empty() {
        return Err(vm.type_error(&format!("array.{name}() takes no keyword arguments")));
    }
    let n = args.len() - 1;
    if n < min || n > max {
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        return Err(vm.type_error(&msg));
    }
    Ok(a)
}

pub fn insert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = expected(vm, "insert", args, kw, 2, 2)?;
    let i = vm.index_ssize(args[1])?;
    let (c, len, size) = vm.array_shape(a);
    let bytes = vm.array_item_bytes(c, args[2])?;
    let len = len as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    vm.check_building((len as usize + 1).saturating_mul(size))?;
    if let Some(arr) = vm.array_mut(a) {
        arr.data
            .splice(at * size..at * size, bytes[..size].iter().copied());
    }
    Ok(Value::NONE)
}

pub fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = expected(vm, "pop", args, kw, 0, 1)?;
    let i = match args.get(1) {
        Some(&v) => vm.index_ssize(v)?,
        None => -1,
    };
    let (_, len, size) = vm.array_shape(a);
    if len == 0 {
        return Err(vm.raise_new(TypeId::IndexError, "pop from empty array"));
    }
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.raise_new(TypeId::IndexError, "pop index out of range"));
    }
    let j = j as usize;
    let v = vm.array_get(a, j)?.unwrap_or(Value::NONE);
    if let Some(arr) = vm.array_mut(a) {
        arr.data.drain(j * size..(j + 1) * size);
    }
    Ok(v)
}

/// The index of the first item equal to `x` in `start..stop`.
fn find(vm: &mut Vm, a: Value, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(v) = vm.array_get(a, i)? else {
            break;
        };
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

pub fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "remove", 1)?;
    let len = vm.array_shape(a).1;
    match find(vm, a, args[1], 0, len)? {
        Some(i) => {
            let size = vm.array_shape(a).2;
            if let Some(arr) = vm.array_mut(a) {
                arr.data.drain(i * size..(i + 1) * size);
            }
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

pub fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = expected(vm, "index", args, kw, 1, 3)?;
    let len = vm.array_shape(a).1 as i64;
    let bound = |vm: &mut Vm, at: usize, default: i64| -> PyResult<i64> {
        let Some(&v) = args.get(at) else {
            return Ok(default);
        };
        let Some(i) = vm.as_index(v)? else {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
        };
        let i = vm.clamped_i64(i);
        Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
    };
    let start = bound(vm, 2, 0)?;
    let stop = bound(vm, 3, len)?;
    match find(vm, a, args[1], start as usize, stop as usize)? {
        Some(i) => vm.new_int(i as i64),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

pub fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "count", 1)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = vm.array_get(a, i)? {
        if vm.eq(v, args[1])? {
            n += 1;
        }
        i += 1;
    }
    vm.new_int(n)
}

pub fn reverse(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "reverse", 0)?;
    let size = vm.array_shape(a).2;
    if let Some(arr) = vm.array_mut(a) {
        let items: Vec<u8> = arr.data.chunks(size).rev().flatten().copied().collect();
        arr.data = items;
    }
    Ok(Value::NONE)
}

pub fn byteswap(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "byteswap", 0)?;
    let size = vm.array_shape(a).2;
    if let Some(arr) = vm.array_mut(a) {
        arr.data.chunks_mut(size).for_each(<[u8]>::reverse);
    }
    Ok(Value::NONE)
}

/// `buffer_info()`: an address and the length in items. upy has no stable addresses, so
/// the first is the array's handle as `id()` shows it.
pub fn buffer_info(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "buffer_info", 0)?;
    let addr = vm.new_int((a.raw() >> 1) as i64)?;
    vm.roots.push(addr);
    let len = vm.new_int(vm.array_shape(a).1 as i64);
    let r = len.and_then(|len| vm.new_tuple(alloc::vec![addr, len]));
    vm.roots.pop();
    r
}

pub fn frombytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "frombytes", 1)?;
    let data = vm.contiguous_arg(args[1])?;
    let (_, _, size) = vm.array_shape(a);
    if data.len() % size != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    let len = vm.array_ref(a).map_or(0, |x| x.data.len());
    vm.check_building(len.saturating_add(data.len()))?;
    if let Some(arr) = vm.array_mut(a) {
        arr.data.extend_from_slice(&data);
    }
    Ok(Value::NONE)
}

pub fn tobytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "tobytes", 0)?;
    let data = vm.array_ref(a).map(|x| x.data.clone()).unwrap_or_default();
    vm.new_bytes(data)
}

pub fn fromlist(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "fromlist", 1)?;
    let Some(Obj::List(items)) = vm.heap.get(args[1]) else {
        return Err(vm.type_error("arg must be list"));
    };
    let items = items.clone();
    let c = vm.array_shape(a).0;
    let data = vm.array_pack_all(c, &items)?;
    let len = vm.array_ref(a).map_or(0, |x| x.data.len());
    vm.check_building(len.saturating_add(data.len()))?;
    if let Some(arr) = vm.array_mut(a) {
        arr.data.extend_from_slice(&data);
    }
    Ok(Value::NONE)
}

pub fn tolist(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "tolist", 0)?;
    let items = vm.array_values(a)?;
    vm.new_list(items)
}

pub fn fromunicode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "fromunicode", 1)?;
    let Some(text) = vm.str_text(args[1]).map(alloc::string::String::from) else {
        let msg = format!(
            "fromunicode() argument must be str, not {}",
            vm.arg_type_name(args[1])
        );
        return Err(vm.type_error(&msg));
    };
    if vm.array_shape(a).0 != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let data = vm.unicode_bytes(&text)?;
    if let Some(arr) = vm.array_mut(a) {
        arr.data.extend_from_slice(&data);
    }
    Ok(Value::NONE)
}

pub fn tounicode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "tounicode", 0)?;
    if vm.array_shape(a).0 != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let text = vm.array_text(a)?;
    vm.new_str_from(&text)
}

/// `__copy__()` and `__deepcopy__(memo)`: a new array with the same items.
pub fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "__copy__", 0)?;
    let (c, _, _) = vm.array_shape(a);
    let data = vm.array_ref(a).map(|x| x.data.clone()).unwrap_or_default();
    vm.check_building(data.len())?;
    vm.new_array(c, data)
}

pub fn deepcopy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let a = method(vm, args, kw, "__deepcopy__", 1)?;
    copy(vm, &[a], Kw::NONE)
}
