//! The builtin functions: `print`, `len`, `min`, `sorted`, ... and the few methods of int,
//! float and exceptions.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::args::{self, Params};
use super::{Kw, arity};
use crate::heap::Obj;
use crate::qstr::Q;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(crate) fn print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "print", &[Q::sep, Q::end, Q::file, Q::flush])?;
    let text_arg = |vm: &mut Vm, name: &str, v: Option<Value>, default: &str| -> PyResult<String> {
        match v {
            None => Ok(String::from(default)),
            Some(v) if v.is_none() => Ok(String::from(default)),
            Some(v) => match vm.str_text(v) {
                Some(t) => Ok(String::from(t)),
                None => {
                    let msg = format!(
                        "{name} must be None or a string, not {}",
                        vm.type_name_of(v)
                    );
                    Err(vm.type_error(&msg))
                }
            },
        }
    };
    let sep = text_arg(vm, "sep", kw.get(Q::sep), " ")?;
    let end = text_arg(vm, "end", kw.get(Q::end), "\n")?;
    let file = match kw.get(Q::file).filter(|f| !f.is_none()) {
        Some(f) => f,
        None => match vm.sys_stdout() {
            Some(f) if f.is_none() => return Ok(Value::NONE),
            Some(f) => f,
            None => return Err(vm.raise_new(crate::types::TypeId::RuntimeError, "lost sys.stdout")),
        },
    };
    let std = vm.std_streams;
    if (file == std[1] || file == std[2]) && vm.stream(file).is_some_and(|s| !s.closed()) {
        let to_err = file == std[2];
        // Standard output: the text before an argument whose str() fails is out, as in
        // CPython. Pieces are gathered into few writes, and written once they pass a
        // chunk, so the line a program prints is never held whole outside the heap.
        const CHUNK: usize = 8 << 10;
        let mut out = String::new();
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            let before = out.len();
            let r = vm.str_into(a, &mut out);
            if r.is_err() {
                // Nothing of the argument that failed.
                out.truncate(before);
                vm.write_std(to_err, &out);
                return r.map(|_| Value::NONE);
            }
            if out.len() >= CHUNK {
                vm.write_std(to_err, &out);
                out.clear();
            }
        }
        out.push_str(&end);
        vm.write_std(to_err, &out);
        return Ok(Value::NONE);
    }
    // Any object with a `write` method: called once per piece, each looked up anew.
    let write = |vm: &mut Vm, piece: Value| -> PyResult<()> {
        let w = vm.load_attr(file, Q::write)?;
        vm.roots.push(w);
        let text = vm.str_value(piece);
        let r = text.and_then(|t| vm.call_value(w, &[t]));
        vm.roots.pop();
        r.map(|_| ())
    };
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            let s = vm.new_str(sep.clone())?;
            write(vm, s)?;
        }
        write(vm, a)?;
    }
    let e = vm.new_str(end)?;
    write(vm, e)?;
    if let Some(flush) = kw.get(Q::flush)
        && vm.truthy(flush)?
    {
        let f = vm.load_attr(file, Q::flush)?;
        vm.call_value(f, &[])?;
    }
    Ok(Value::NONE)
}

pub(super) fn len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "len", &[])?;
    arity(vm, "len", args, 1, 1)?;
    let n = vm.len_of(args[0])?;
    vm.new_int(n as i64)
}

impl Vm {
    /// `len(v)` for sized builtins.
    pub(crate) fn length(&self, v: Value) -> Option<usize> {
        if let Some(q) = v.as_qstr() {
            return Some(crate::vm::char_len(self.qstrs.text(q)));
        }
        match self.heap.get(v)? {
            Obj::Str(s) => Some(s.chars()),
            Obj::List(items) => Some(items.len()),
            Obj::Tuple(items) => Some(items.len()),
            Obj::Dict(d) => Some(d.len()),
            Obj::Set(set) => Some(set.table.len()),
            Obj::Deque(q) => Some(q.items.len()),
            Obj::Bytes(b) => Some(b.len()),
            Obj::ByteArray(b) => Some(b.len()),
            Obj::MemoryView(m) if m.released => None,
            Obj::MemoryView(m) => Some(m.len),
            Obj::Array(a) => Some(a.len()),
            Obj::Descr(d) => match **d {
                crate::heap::Descr::MappingProxy { mapping } => self.length(mapping),
                _ => None,
            },
            Obj::Range(r) => usize::try_from(r.len())
                .ok()
                .filter(|&n| n <= isize::MAX as usize),
            Obj::DictView { dict, .. } => Some(self.dict_len(*dict)),
            _ => None,
        }
    }
}

pub(super) fn repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "repr", &[])?;
    arity(vm, "repr", args, 1, 1)?;
    vm.repr(args[0])
}

/// `ascii(x)`: `repr(x)` with every non-ASCII character escaped.
pub(super) fn ascii(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "ascii", &[])?;
    arity(vm, "ascii", args, 1, 1)?;
    let r = vm.repr(args[0])?;
    let text = vm.string_of(r);
    if text.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let code = c as u32;
        if c.is_ascii() {
            out.push(c);
        } else if code < 0x100 {
            out.push_str(&format!("\\x{code:02x}"));
        } else if code < 0x10000 {
            out.push_str(&format!("\\u{code:04x}"));
        } else {
            out.push_str(&format!("\\U{code:08x}"));
        }
    }
    vm.new_str(out)
}

pub(super) fn abs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "abs", &[])?;
    arity(vm, "abs", args, 1, 1)?;
    vm.abs(args[0])
}

pub(super) fn min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    min_max(vm, args, kw, "min", crate::bytecode::CompareOp::Lt)
}

pub(super) fn max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    min_max(vm, args, kw, "max", crate::bytecode::CompareOp::Gt)
}

pub(super) fn min_max(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    op: crate::bytecode::CompareOp,
) -> PyResult {
    // CPython counts the positional arguments before it looks at the keywords.
    if args.is_empty() {
        let msg = format!("{name} expected at least 1 argument, got 0");
        return Err(vm.type_error(&msg));
    }
    kw.check(vm, name, &[Q::key, Q::default])?;
    let key = kw.get(Q::key).filter(|k| !k.is_none());
    if args.len() > 1 && kw.get(Q::default).is_some() {
        let msg =
            format!("Cannot specify a default for {name}() with multiple positional arguments");
        return Err(vm.type_error(&msg));
    }
    // The best item so far and its key, rooted in two slots.
    let slot = vm.roots.len();
    vm.roots.extend([Value::NONE, Value::NONE]);
    let mut best: Option<(Value, Value)> = None;
    let mut consider = |vm: &mut Vm, item: Value| -> PyResult<bool> {
        let k = match key {
            Some(kf) => vm.call_value(kf, &[item])?,
            None => item,
        };
        let better = match best {
            None => true,
            Some((_, best_key)) => vm.order(op, k, best_key)?,
        };
        if better {
            best = Some((item, k));
            vm.roots[slot] = item;
            vm.roots[slot + 1] = k;
        }
        Ok(true)
    };
    let r = match args {
        [iterable] => vm.for_each_item(*iterable, &mut consider),
        _ => args
            .iter()
            .try_for_each(|&item| consider(vm, item).map(drop)),
    };
    vm.roots.truncate(slot);
    r?;
    match best {
        Some((item, _)) => Ok(item),
        None => match kw.get(Q::default) {
            Some(d) => Ok(d),
            None => {
                let msg = format!("{name}() arg is an empty sequence");
                Err(vm.value_error(&msg))
            }
        },
    }
}

pub(super) fn isinstance(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "isinstance", &[])?;
    arity(vm, "isinstance", args, 2, 2)?;
    let r = class_check(
        vm,
        args[1],
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
        &|vm, t| {
            // The exact type needs no hook; a metaclass may define `__instancecheck__`.
            if vm.type_of(args[0]) == t {
                return Ok(true);
            }
            let meta = vm.type_of(t);
            if let Some(f) = vm.lookup_user(meta, Q::__instancecheck__) {
                let r = vm.call_method_value(f, t, meta, &[args[0]])?;
                return vm.truthy(r);
            }
            Ok(vm.is_instance(args[0], t))
        },
    )?;
    Ok(Value::bool(r))
}

pub(super) fn issubclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "issubclass", &[])?;
    arity(vm, "issubclass", args, 2, 2)?;
    let r = class_check(
        vm,
        args[1],
        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        &|vm, t| {
            let meta = vm.type_of(t);
            if let Some(f) = vm.lookup_user(meta, Q::__subclasscheck__) {
                let r = vm.call_method_value(f, t, meta, &[args[0]])?;
                return vm.truthy(r);
            }
            if !vm.is_type(args[0]) {
                return Err(vm.type_error("issubclass() arg 1 must be a class"));
            }
            Ok(vm.is_subclass(args[0], t))
        },
    )?;
    Ok(Value::bool(r))
}

pub(super) fn class_check(
    vm: &mut Vm,
    spec: Value,
    err: &str,
    test: &dyn Fn(&mut Vm, Value) -> PyResult<bool>,
) -> PyResult<bool> {
    if vm.is_type(spec) {
        return test(vm, spec);
    }
    if vm.alias_parts(spec).is_some() {
        let which = if err.starts_with("isinstance") {
            "isinstance"
        } else {
            "issubclass"
        };
        let msg = format!("{which}() argument 2 cannot be a parameterized generic");
        return Err(vm.type_error(&msg));
    }
    let spec = vm.union_args(spec).unwrap_or(spec);
    if let Some(Obj::Tuple(items)) = vm.heap.get(spec) {
        for &t in items.clone().iter() {
            if class_check(vm, t, err, test)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(vm.type_error(err))
}

pub(super) fn iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "iter", &[])?;
    if args.len() == 2 {
        // iter(callable, sentinel)
        let callable_args = [args[0]];
        if callable(vm, &callable_args, Kw::NONE)? != Value::TRUE {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return vm.alloc(Obj::Iter(alloc::boxed::Box::new(
            crate::heap::IterObj::Callable {
                func: args[0],
                sentinel: args[1],
            },
        )));
    }
    if args.len() != 1 {
        let msg = format!("iter expected at most 2 arguments, got {}", args.len());
        if args.is_empty() {
            return Err(vm.type_error("iter expected at least 1 argument, got 0"));
        }
        return Err(vm.type_error(&msg));
    }
    vm.get_iter(args[0])
}

pub(crate) fn next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "next", &[])?;
    arity(vm, "next", args, 1, 2)?;
    vm.last_stop_value = Value::NONE;
    match vm.iter_next(args[0])? {
        Some(v) => Ok(v),
        None if args.len() == 2 => Ok(args[1]),
        None => {
            // A generator's return value (or a StopIteration's) travels on.
            let v = core::mem::replace(&mut vm.last_stop_value, Value::NONE);
            Err(vm.stop_iteration_with(v))
        }
    }
}

pub(super) fn sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::iterable, Q::start],
        posonly: 1,
        required: 1,
        maxpos: 2,
    };
    let [iterable, start] = args::parse(vm, "sum", args, kw, &params)?;
    let iterable = iterable.unwrap_or(Value::NONE);
    let mut total = start.unwrap_or(Value::small(0).unwrap_or(Value::NONE));
    if vm.str_text(total).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(vm.heap.get(total), Some(Obj::Bytes(_))) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if matches!(vm.heap.get(total), Some(Obj::ByteArray(_))) {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let slot = vm.roots.len();
    vm.roots.push(total);
    let r = vm.for_each_item(iterable, |vm, item| {
        total = match vm.binary_fast(0, total, item) {
            Some(r) => r?,
            None => vm.binary_op(crate::bytecode::BinaryOp::Add, total, item, false)?,
        };
        vm.roots[slot] = total;
        Ok(true)
    });
    vm.roots.truncate(slot);
    r.map(|()| total)
}

pub(super) fn any(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "any", &[])?;
    arity(vm, "any", args, 1, 1)?;
    let mut found = false;
    vm.for_each_item(args[0], |vm, item| {
        found = vm.truthy(item)?;
        Ok(!found)
    })?;
    Ok(Value::bool(found))
}

pub(super) fn all(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "all", &[])?;
    arity(vm, "all", args, 1, 1)?;
    let mut failed = false;
    vm.for_each_item(args[0], |vm, item| {
        failed = !vm.truthy(item)?;
        Ok(!failed)
    })?;
    Ok(Value::bool(!failed))
}

pub(super) fn sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    // CPython names `sort` in the keyword complaint: sorted() hands its keywords to it.
    args::positional(vm, "sorted", args, 1, 1)?;
    args::keyword_arity(vm, "sort", &[], kw, 2)?;
    kw.check(vm, "sort", &[Q::key, Q::reverse])?;
    let items = vm.collect_iterable(args[0])?;
    let list = vm.new_list(items)?;
    vm.roots.push(list);
    let r = vm.sort_list(list, kw.get(Q::key), kw.get(Q::reverse));
    vm.roots.pop();
    r.map(|_| list)
}

pub(super) fn chr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "chr", &[])?;
    arity(vm, "chr", args, 1, 1)?;
    let x = vm.index_value(args[0])?;
    // CPython reads the argument as a C int first: outside its range is an OverflowError.
    let Some(code) = vm.int_as_i64(x).and_then(|i| i32::try_from(i).ok()) else {
        let msg = "Python int too large to convert to C int";
        return Err(vm.raise_new(TypeId::OverflowError, msg));
    };
    match u32::try_from(code).ok().and_then(char::from_u32) {
        Some(c) => vm.new_char(c),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

pub(super) fn ord(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "ord", &[])?;
    arity(vm, "ord", args, 1, 1)?;
    if let Some(b) = vm.buffer_of(args[0])
        && !matches!(vm.heap.get(args[0]), Some(Obj::MemoryView(_)))
    {
        if b.len() != 1 {
            let msg = format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            );
            return Err(vm.type_error(&msg));
        }
        return vm.new_int(b[0] as i64);
    }
    let Some(text) = vm.str_text(args[0]) else {
        let msg = format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name_of(args[0])
        );
        return Err(vm.type_error(&msg));
    };
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => vm.new_int(c as i64),
        _ => {
            let msg = format!(
                "ord() expected a character, but string of length {} found",
                text.chars().count()
            );
            Err(vm.type_error(&msg))
        }
    }
}

pub(super) fn radix(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    radix: u32,
    prefix: &str,
) -> PyResult {
    kw.check(vm, name, &[])?;
    arity(vm, name, args, 1, 1)?;
    let x = vm.index_dunder(args[0])?.unwrap_or(args[0]);
    let Some(n) = vm.int_of(x).map(|b| b.into_owned()) else {
        return Err(vm.not_an_integer(args[0]));
    };
    // A digit holds 1, 3 or 4 bits: the text's length is known before it is built (bin()
    // of a megabyte int is eight megabytes of text).
    let per_digit = u64::from(radix.trailing_zeros());
    let len = n.bits().div_ceil(per_digit).max(1).saturating_add(3);
    vm.check_building(usize::try_from(len).unwrap_or(usize::MAX))?;
    let digits = num_traits::Signed::abs(&n).to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + 3);
    if n.sign() == num_bigint::Sign::Minus {
        out.push('-');
    }
    out.push_str(prefix);
    out.push_str(&digits);
    vm.new_str(out)
}

pub(super) fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    radix(vm, args, kw, "hex", 16, "0x")
}

pub(super) fn oct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    radix(vm, args, kw, "oct", 8, "0o")
}

pub(super) fn bin(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    radix(vm, args, kw, "bin", 2, "0b")
}

pub(super) fn divmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "divmod", &[])?;
    arity(vm, "divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if let Some(r) = vm.binary_special(a, b, Q::__divmod__, Q::__rdivmod__)? {
        return Ok(r);
    }
    divmod_numbers(vm, a, b)
}

/// `divmod(a, b)` of two ints or floats (or subclass instances of them).
pub(crate) fn divmod_numbers(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    let (a, b) = (vm.payload(a), vm.payload(b));
    let numbers = (vm.is_int(a) || vm.is_float(a)) && (vm.is_int(b) || vm.is_float(b));
    if !numbers {
        let msg = format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name_of(a),
            vm.type_name_of(b)
        );
        return Err(vm.type_error(&msg));
    }
    if vm.is_float(a) || vm.is_float(b) {
        let x = vm.number_to_f64(a)?.unwrap_or(0.0);
        let y = vm.number_to_f64(b)?.unwrap_or(0.0);
        if y == 0.0 {
            return Err(vm.raise_new(TypeId::ZeroDivisionError, "float divmod()"));
        }
        let (q, r) = crate::types::float::divmod(x, y);
        let q = vm.new_float(q)?;
        let r = vm.new_float(r)?;
        return vm.new_tuple(vec![q, r]);
    }
    let q = vm.binary_op(crate::bytecode::BinaryOp::FloorDiv, a, b, false)?;
    vm.roots.push(q);
    let r = vm.binary_op(crate::bytecode::BinaryOp::Mod, a, b, false);
    vm.roots.pop();
    let r = r?;
    vm.new_tuple(vec![q, r])
}

pub(crate) fn pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::base, Q::exp, Q::mod_],
        posonly: 0,
        required: 2,
        maxpos: 3,
    };
    let [base, exp, modulus] = args::parse(vm, "pow", args, kw, &params)?;
    let all: Vec<Value> = [base, exp, modulus].into_iter().flatten().collect();
    pow_of(vm, &all)
}

/// `pow(base, exp[, mod])` once the arguments are matched.
fn pow_of(vm: &mut Vm, args: &[Value]) -> PyResult {
    if args.len() == 3
        && !args[2].is_none()
        && vm.is_user_obj(args[0])
        && let Some(r) = vm.call_dunder(args[0], Q::__pow__, &args[1..])?
        && r != Value::NOT_IMPLEMENTED
    {
        return Ok(r);
    }
    if args.len() == 3
        && !args[2].is_none()
        && (vm.is_user_obj(args[0]) || vm.is_user_obj(args[1]) || vm.is_user_obj(args[2]))
    {
        let msg = format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name_of(args[0]),
            vm.type_name_of(args[1]),
            vm.type_name_of(args[2])
        );
        return Err(vm.type_error(&msg));
    }
    if args.len() == 3 && !args[2].is_none() {
        // Which operand's `**` answers decides the error, as in CPython: none of them
        // (a non-number among the base and exponent, or a non-number modulus with int
        // operands), a complex's, or a float's.
        let is_number =
            |vm: &Vm, v: Value| vm.is_int(v) || vm.is_float(v) || vm.complex_of(v).is_some();
        let unsupported = |vm: &mut Vm| {
            let msg = format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vm.type_name_of(args[0]),
                vm.type_name_of(args[1]),
                vm.type_name_of(args[2])
            );
            vm.type_error(&msg)
        };
        if !is_number(vm, args[0]) || !is_number(vm, args[1]) {
            return Err(unsupported(vm));
        }
        if args.iter().any(|&a| vm.complex_of(a).is_some()) {
            return Err(vm.value_error("complex modulo"));
        }
        if !vm.is_float(args[0]) && !vm.is_float(args[1]) && !is_number(vm, args[2]) {
            return Err(unsupported(vm));
        }
        let (Some(b), Some(e), Some(m)) =
            (vm.int_of(args[0]), vm.int_of(args[1]), vm.int_of(args[2]))
        else {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        let (mut b, mut e, m) = (b.into_owned(), e.into_owned(), m.into_owned());
        if num_traits::Zero::is_zero(&m) {
            return Err(vm.value_error("pow() 3rd argument cannot be 0"));
        }
        if num_traits::One::is_one(m.magnitude()) {
            return Ok(Value::small(0).unwrap_or(Value::NONE));
        }
        if e.sign() == num_bigint::Sign::Minus {
            // b**-e is (b's inverse modulo m)**e.
            let Some(inverse) = b.modinv(&num_traits::Signed::abs(&m)) else {
                return Err(vm.value_error("base is not invertible for the given modulus"));
            };
            (b, e) = (inverse, -e);
        }
        let r = b.modpow(&e, &m);
        // modpow's result takes the sign of the base; Python's takes the modulus's.
        let r = num_integer::Integer::mod_floor(&r, &m);
        return vm.new_bigint(r);
    }
    vm.binary_op(crate::bytecode::BinaryOp::Pow, args[0], args[1], false)
}

pub(crate) fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let params = Params {
        names: &[Q::number, Q::ndigits],
        posonly: 0,
        required: 1,
        maxpos: 2,
    };
    let [number, ndigits] = args::parse(vm, "round", args, kw, &params)?;
    let ndigits = ndigits.filter(|v| !v.is_none());
    let x = number.unwrap_or(Value::NONE);
    if vm.is_user_obj(x) {
        let t = vm.type_of(x);
        if let Some(f) = vm.lookup_user(t, Q::__round__) {
            let extra: Vec<Value> = ndigits.into_iter().collect();
            return vm.call_method_value(f, x, t, &extra);
        }
    }
    let x = vm.payload(x);
    if vm.is_int(x) {
        let Some(nd) = ndigits else {
            return vm.unary_pos(x);
        };
        let nd = ndigits_of(vm, nd)?;
        if nd >= 0 {
            return vm.unary_pos(x);
        }
        // Round half to even at 10**-nd.
        let n = vm.int_of(x).map(|b| b.into_owned()).unwrap_or_default();
        // |x| < 10**exp / 2 rounds to 0: no need to build 10**exp.
        let exp = nd.unsigned_abs();
        if exp > n.bits() / 3 + 2 {
            return vm.new_int(0);
        }
        let p = num_traits::Pow::pow(num_bigint::BigInt::from(10), exp);
        let (q, r) = num_integer::Integer::div_mod_floor(&n, &p);
        let twice = &r * 2;
        let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
            q + 1
        } else {
            q
        };
        return vm.new_bigint(q * p);
    }
    let Some(f) = vm.float_of(x) else {
        let msg = format!(
            "type {} doesn't define __round__ method",
            vm.type_name_of(x)
        );
        return Err(vm.type_error(&msg));
    };
    match ndigits {
        None => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.raise_new(
                    TypeId::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let r = libm::rint(f);
            vm.float_to_int(r)
        }
        Some(nd) => {
            let nd = ndigits_of(vm, nd)?;
            if !f.is_finite() {
                return vm.new_float(f);
            }
            match crate::types::float::round_to_digits(f, nd) {
                Some(r) => vm.new_float(r),
                None => Err(vm.raise_new(
                    TypeId::OverflowError,
                    "rounded value too large to represent",
                )),
            }
        }
    }
}

/// `round`'s `ndigits` as an i64, clamped (only its sign matters past the range).
fn ndigits_of(vm: &mut Vm, nd: Value) -> PyResult<i64> {
    let nd = vm.index_value(nd)?;
    let negative = vm
        .int_of(nd)
        .is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
    Ok(vm
        .int_as_i64(nd)
        .unwrap_or(if negative { i64::MIN } else { i64::MAX }))
}

pub(super) fn hash(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "hash", &[])?;
    arity(vm, "hash", args, 1, 1)?;
    let h = vm.hash(args[0])?;
    vm.new_int(h as i64)
}

pub(super) fn id(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "id", &[])?;
    arity(vm, "id", args, 1, 1)?;
    vm.new_int((args[0].raw() >> 1) as i64)
}

pub(crate) fn callable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "callable", &[])?;
    arity(vm, "callable", args, 1, 1)?;
    let v = args[0];
    let r = v.as_native().is_some()
        || v.as_module_fn().is_some()
        || vm.is_type(v)
        || matches!(
            vm.heap.get(v),
            Some(Obj::Function(_) | Obj::BoundMethod { .. })
        )
        || matches!(vm.heap.get(v), Some(Obj::Descr(d)) if matches!(**d, crate::heap::Descr::StaticMethod(_) | crate::heap::Descr::Method { .. } | crate::heap::Descr::Alias { .. }))
        || vm
            .user_class_of(v)
            .and_then(|t| vm.lookup_user(t, Q::__call__))
            .is_some_and(|f| !f.is_none());
    Ok(Value::bool(r))
}

pub(super) fn format_(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "format", &[])?;
    arity(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(&s) => match vm.str_text(s) {
            Some(t) => String::from(t),
            None => {
                let msg = format!(
                    "format() argument 2 must be str, not {}",
                    vm.arg_type_name(s)
                );
                return Err(vm.type_error(&msg));
            }
        },
        None => String::new(),
    };
    vm.format(args[0], &spec)
}

pub(super) fn int_bit_length(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "int.bit_length", &[])?;
    super::arity(vm, "int.bit_length", &args[1..], 0, 0)?;
    let bits = vm.int_bits(args[0]);
    vm.new_int(bits as i64)
}

pub(super) fn int_bit_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "bit_count", &[])?;
    super::arity(vm, "int.bit_count", &args[1..], 0, 0)?;
    let ones = match args[0].as_small() {
        Some(i) => u64::from(i.unsigned_abs().count_ones()),
        None => vm.int_of(args[0]).map_or(0, |b| b.magnitude().count_ones()),
    };
    vm.new_int(ones as i64)
}

/// `int.conjugate()`: the int itself (an int subclass gives a plain int).
pub(super) fn int_conjugate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "int.conjugate", &[])?;
    super::arity(vm, "int.conjugate", &args[1..], 0, 0)?;
    vm.unary_pos(args[0])
}

/// `float.conjugate()`: the float itself (a float subclass gives a plain float).
pub(super) fn float_conjugate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "float.conjugate", &[])?;
    super::arity(vm, "float.conjugate", &args[1..], 0, 0)?;
    let f = vm.float_of(args[0]).unwrap_or(0.0);
    vm.new_float(f)
}

pub(super) fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "int.as_integer_ratio", &[])?;
    super::arity(vm, "int.as_integer_ratio", &args[1..], 0, 0)?;
    let n = vm.unary_pos(args[0])?;
    vm.new_tuple(alloc::vec![n, Value::small(1).unwrap_or(Value::NONE)])
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms.
pub(super) fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "float.as_integer_ratio", &[])?;
    super::arity(vm, "float.as_integer_ratio", &args[1..], 0, 0)?;
    let f = vm.float_of(args[0]).unwrap_or(0.0);
    if f.is_infinite() {
        return Err(vm.raise_new(
            TypeId::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    // f = mantissa * 2**exp with an integer mantissa of at most 53 bits.
    let bits = f.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exp) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), raw_exp - 1075)
    };
    if mantissa == 0 {
        exp = 0;
    } else {
        let tz = mantissa.trailing_zeros().min(exp.unsigned_abs() as u32);
        if exp < 0 {
            mantissa >>= tz;
            exp += i64::from(tz);
        }
    }
    let sign = if f < 0.0 { -1 } else { 1 };
    let mut num = num_bigint::BigInt::from(mantissa) * sign;
    let mut den = num_bigint::BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let n = vm.new_bigint(num)?;
    vm.roots.push(n);
    let d = vm.new_bigint(den);
    vm.roots.pop();
    let d = d?;
    vm.new_tuple(alloc::vec![n, d])
}

pub(super) fn float_is_integer(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "float.is_integer", &[])?;
    super::arity(vm, "float.is_integer", &args[1.min(args.len())..], 0, 0)?;
    let f = vm.float_of(args[0]).unwrap_or(0.0);
    Ok(Value::bool(f.is_finite() && libm::floor(f) == f))
}

/// `BaseException.with_traceback(tb)`: sets `__traceback__` and returns the exception.
pub(super) fn exc_with_traceback(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "with_traceback", &[])?;
    arity(
        vm,
        "BaseException.with_traceback",
        &args[1.min(args.len())..],
        1,
        1,
    )?;
    vm.set_exc_traceback(args[0], args[1])?;
    Ok(args[0])
}

/// `BaseException.add_note(note)`: appends a str to the exception's `__notes__` list,
/// making the list on the first note.
pub(super) fn exc_add_note(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "add_note", &[])?;
    arity(
        vm,
        "BaseException.add_note",
        &args[1.min(args.len())..],
        1,
        1,
    )?;
    let (exc, note) = (args[0], args[1]);
    if vm.str_text(vm.payload(note)).is_none() {
        let msg = format!("note must be a str, not '{}'", vm.type_name_of(note));
        return Err(vm.type_error(&msg));
    }
    let notes = match vm.load_attr(exc, Q::__notes__) {
        Ok(n) => n,
        Err(raised) => {
            // Absent until the first note; any other failure to read it propagates.
            let missing = Value::builtin_type(TypeId::AttributeError);
            if !vm.is_instance(vm.pending, missing) {
                return Err(raised);
            }
            vm.pending = Value::NONE;
            let list = vm.new_list(Vec::new())?;
            vm.roots.push(list);
            let r = vm.store_attr(exc, Q::__notes__, list);
            vm.roots.pop();
            r?;
            list
        }
    };
    if !matches!(vm.heap.get(notes), Some(Obj::List(_))) {
        return Err(vm.type_error("Cannot add note: __notes__ is not a list"));
    }
    vm.list_push(notes, note)?;
    Ok(Value::NONE)
}
