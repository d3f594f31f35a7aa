//! `str % args`: printf-style formatting (`%s`, `%r`, `%d`, `%x`, `%f`, `%(key)s`, ...),
//! built on the format mini-language of `format.rs`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;

use crate::qstr::Q;
use crate::types::format;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Whether `%` formatting takes `args` as a mapping: any subscriptable object but a
    /// tuple, a str or a bytes-like object (those count for `str % x` only, see
    /// [`Vm::percent_format`]); then `%(key)s` subscripts it and extra arguments are not an
    /// error.
    pub(crate) fn percent_mapping(&self, args: Value) -> bool {
        matches!(
            self.heap.get(args),
            Some(
                crate::heap::Obj::Dict(_)
                    | crate::heap::Obj::List(_)
                    | crate::heap::Obj::Range(_)
                    | crate::heap::Obj::Bytes(_)
                    | crate::heap::Obj::ByteArray(_)
                    | crate::heap::Obj::MemoryView(_)
            )
        ) || (self.is_user_obj(args)
            && self.str_text(self.payload(args)).is_none()
            && self
                .lookup(self.type_of(args), crate::qstr::Q::__getitem__)
                .is_some())
    }

    /// `template % args`: printf-style formatting. Bytes, bytearrays and memoryviews are
    /// subscriptable, so here they count as a mapping too.
    pub(crate) fn percent_format(&mut self, template: &str, args: Value) -> PyResult {
        let is_dict = self.percent_mapping(args) || self.is_bytes_like(args);
        self.percent_format_as(template, args, is_dict)
    }

    /// [`Vm::percent_format`] with `args` taken as a mapping or not as `is_dict` says.
    pub(crate) fn percent_format_as(
        &mut self,
        template: &str,
        args: Value,
        is_dict: bool,
    ) -> PyResult {
        let is_tuple = matches!(self.heap.get(args), Some(crate::heap::Obj::Tuple(_)));
        let items: Vec<Value> = if is_tuple {
            self.tuple_items(args).to_vec()
        } else {
            alloc::vec![args]
        };
        let mut next = 0usize;
        let mut mapping_arg_taken = false;
        let mut out = String::new();
        let chars: Vec<char> = template.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            if c != '%' {
                out.push(c);
                continue;
            }
            let spec_start = i;
            let mut key = None;
            if chars.get(i) == Some(&'(') {
                // Parentheses nest inside a key: `%((x))s` names the key `(x)`.
                let mut depth = 0usize;
                let close = (i..chars.len()).find(|&p| {
                    match chars[p] {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                });
                let Some(close) = close else {
                    return Err(vm_err(self, "incomplete format key"));
                };
                key = Some(chars[i + 1..close].iter().collect::<String>());
                i = close + 1;
            }
            let mut spec = format::Spec::default();
            while let Some(&f) = chars.get(i) {
                match f {
                    '-' => spec.align = Some('<'),
                    '+' => spec.sign = Some('+'),
                    ' ' => {
                        if spec.sign.is_none() {
                            spec.sign = Some(' ')
                        }
                    }
                    '0' => spec.zero = true,
                    '#' => spec.alternate = true,
                    _ => break,
                }
                i += 1;
            }
            let take_star = |vm: &mut Vm, next: &mut usize| -> PyResult<i64> {
                let Some(v) = items.get(*next).copied() else {
                    return Err(vm.type_error("not enough arguments for format string"));
                };
                *next += 1;
                match vm.int_as_i64(v) {
                    Some(n) => Ok(n),
                    None => Err(vm.type_error("* wants int")),
                }
            };
            if let Some(k) = &key
                && (chars.get(i) == Some(&'*')
                    || chars.get(i) == Some(&'.') && chars.get(i + 1) == Some(&'*'))
            {
                // With a key, a '*' takes the key's value, and the conversion then finds no
                // argument left.
                let kv = self.new_str_from(k)?;
                let v = self.subscr(args, kv)?;
                return Err(self.type_error(if self.int_as_i64(v).is_some() {
                    "not enough arguments for format string"
                } else {
                    "* wants int"
                }));
            }
            if chars.get(i) == Some(&'*') {
                // A negative width from the arguments left-aligns, as the '-' flag does.
                let w = take_star(self, &mut next)?;
                if w < 0 {
                    spec.align = Some('<');
                }
                spec.width = usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX);
                i += 1;
            } else {
                while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                    spec.width = spec.width.saturating_mul(10).saturating_add(d as usize);
                    i += 1;
                }
            }
            if chars.get(i) == Some(&'.') {
                i += 1;
                let mut p = 0usize;
                if chars.get(i) == Some(&'*') {
                    p = take_star(self, &mut next)?.max(0) as usize;
                    i += 1;
                } else {
                    while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                        p = p.saturating_mul(10).saturating_add(d as usize);
                        i += 1;
                    }
                }
                spec.precision = Some(p);
            }
            // Length modifiers (`%ld`, `%hd`, `%Ld`) are accepted and mean nothing.
            while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
                i += 1;
            }
            let Some(&kind) = chars.get(i) else {
                return Err(vm_err(self, "incomplete format"));
            };
            i += 1;
            // Only `%%` is a literal percent; after a flag, width or key it is a conversion
            // that takes an argument and is then refused.
            if kind == '%' && i == spec_start + 1 {
                out.push('%');
                continue;
            }
            if spec.align == Some('<') {
                spec.zero = false;
            }
            let value = match &key {
                Some(k) => {
                    if !is_dict {
                        return Err(self.type_error("format requires a mapping"));
                    }
                    let kv = self.new_str_from(k)?;
                    // A key's value is the one argument its conversion takes.
                    mapping_arg_taken = true;
                    self.subscr(args, kv)?
                }
                None => {
                    // With a mapping, the one positional argument is the mapping itself,
                    // and only while no key has been used.
                    let v = if is_dict && !is_tuple {
                        (!core::mem::replace(&mut mapping_arg_taken, true)).then_some(args)
                    } else {
                        items.get(next).copied()
                    };
                    next += 1;
                    match v {
                        Some(v) => v,
                        None => {
                            return Err(self.type_error("not enough arguments for format string"));
                        }
                    }
                }
            };
            // A result that cannot fit the heap is a MemoryError before any of it is built.
            // The precision of an integer conversion is its minimum number of digits.
            let digits = match kind {
                k if is_radix(k) || matches!(k, 'd' | 'i' | 'u') => {
                    let bits = self.int_bits(self.payload(value));
                    spec.precision
                        .unwrap_or(0)
                        .max(format::int_digits_len(bits, k))
                }
                _ => 0,
            };
            self.reserve_bytes(spec.min_len(Some(kind)).max(digits))?;
            let text = match kind {
                's' | 'r' | 'a' => {
                    let s = match kind {
                        's' => self.str_value(value)?,
                        'r' => self.repr(value)?,
                        _ => self.format_conversion(value, 3)?,
                    };
                    let text = self.string_of(s);
                    // Only the width, '-' and the precision apply to a string.
                    let sp = format::Spec {
                        align: Some(spec.align.unwrap_or('>')),
                        width: spec.width,
                        precision: spec.precision,
                        ..format::Spec::default()
                    };
                    format::format_str(&text, &sp).unwrap_or(text)
                }
                'c' => {
                    let code = if self.is_int(value) {
                        self.int_of(value).map(|b| b.into_owned())
                    } else {
                        let mut chars = self.str_text(value).map(str::chars);
                        match chars.as_mut().map(|c| (c.next(), c.next())) {
                            Some((Some(c), None)) => Some(BigInt::from(u32::from(c))),
                            _ => None,
                        }
                    };
                    let Some(code) = code else {
                        return Err(self.type_error("%c requires int or char"));
                    };
                    format::printf_char(&code, &spec).map_err(|e| self.format_error(e))?
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    // %d truncates a float and takes `__int__` or `__index__`; %x and %o want
                    // an int or `__index__`. An int subclass counts as its int value.
                    let pv = self.payload(value);
                    let n = if self.is_int(pv) {
                        self.int_of(pv).map(|b| b.into_owned())
                    } else if let Some(f) = self.float_of(value).filter(|_| !is_radix(kind)) {
                        let v = self.float_to_int(f)?;
                        self.int_of(v).map(|b| b.into_owned())
                    } else if self.is_user_obj(value) {
                        let int = if is_radix(kind) {
                            None
                        } else {
                            self.convert_dunder(value, Q::__int__)?
                        };
                        let int = match int {
                            Some(i) => Some(i),
                            None => self.index_dunder(value)?,
                        };
                        int.and_then(|i| self.int_of(i).map(|b| b.into_owned()))
                    } else {
                        None
                    };
                    let Some(n) = n else {
                        let what = if is_radix(kind) {
                            "an integer is required"
                        } else {
                            "a real number is required"
                        };
                        let msg =
                            format!("%{kind} format: {what}, not {}", self.type_name_of(value));
                        return Err(self.type_error(&msg));
                    };
                    let mut sp = spec.clone();
                    sp.kind = Some(kind);
                    format::printf_int(&n, &sp).map_err(|e| self.format_error(e))?
                }
                'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                    let Some(f) = self.real_to_f64(value)? else {
                        let msg = format!("must be real number, not {}", self.type_name_of(value));
                        return Err(self.type_error(&msg));
                    };
                    let mut sp = spec.clone();
                    sp.kind = Some(kind);
                    if sp.precision.is_none() {
                        sp.precision = Some(6);
                    }
                    format::format_float(f, &sp).map_err(|e| self.format_error(e))?
                }
                k => {
                    let msg = format!(
                        "unsupported format character '{k}' (0x{:x}) at index {}",
                        k as u32,
                        i - 1
                    );
                    return Err(self.value_error(&msg));
                }
            };
            // The result grows conversion by conversion outside the heap.
            self.check_building(out.len() + text.len())?;
            out.push_str(&text);
        }
        if !is_dict && next < items.len() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        self.new_str(out)
    }
}

/// `%x`, `%X` and `%o`, which take only ints.
fn is_radix(kind: char) -> bool {
    matches!(kind, 'x' | 'X' | 'o')
}

fn vm_err(vm: &mut Vm, msg: &str) -> crate::vm::Raised {
    vm.value_error(msg)
}
