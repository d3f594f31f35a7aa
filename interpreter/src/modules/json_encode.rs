//! The JSON encoder of `json.dumps` and `json.dump`, producing CPython 3.11's text byte for
//! byte: its separators, indentation, escapes (`\u00e9`, surrogate pairs for astral
//! characters under `ensure_ascii`), float reprs, key conversions and errors.
//!
//! CPython has two encoders that differ only in some messages: the C one (`dumps` without
//! `indent`) and the Python one (`indent` given, and always for `dump`). `Encoder::py` says
//! which one's messages apply. Containers being encoded are kept on a marker stack for
//! `check_circular`, and each nesting level counts against the VM's depth.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The encoder's options, as `dumps` binds them.
pub(super) struct Options {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub indent: Option<Value>,
    pub separators: Option<Value>,
    pub default: Option<Value>,
    pub sort_keys: bool,
}

struct Encoder<'a> {
    o: &'a Options,
    py: bool,
    indent: Option<String>,
    level: usize,
    item_sep: String,
    key_sep: String,
    markers: Vec<Value>,
    out: String,
}

/// Encodes `obj`; `dump` is true for `json.dump` (CPython's Python encoder).
pub(super) fn encode(vm: &mut Vm, obj: Value, o: &Options, dump: bool) -> PyResult<String> {
    let seps = match o.separators {
        Some(s) => Some(unpack_pair(vm, s)?),
        None => None,
    };
    if !dump && vm.is_instance(obj, Value::builtin_type(TypeId::Str)) {
        let mut out = String::new();
        let text = vm.string_of(vm.payload(obj));
        vm.check_building(text.len().saturating_mul(6).saturating_add(2))?;
        push_string(&mut out, &text, o.ensure_ascii);
        return Ok(out);
    }
    let py = dump || o.indent.is_some();
    let indent = match o.indent {
        None => None,
        Some(v) => Some(indent_text(vm, v)?),
    };
    let sep_text = |vm: &mut Vm, v: Value, arg: usize| -> PyResult<String> {
        match vm.str_text(vm.payload(v)) {
            Some(t) if vm.is_instance(v, Value::builtin_type(TypeId::Str)) => Ok(String::from(t)),
            _ => {
                let msg = format!(
                    "make_encoder() argument {arg} must be str, not {}",
                    vm.type_name_of(v)
                );
                Err(vm.type_error(&msg))
            }
        }
    };
    let (item_sep, key_sep) = match seps {
        Some((item, key)) => {
            let k = sep_text(vm, key, 5)?;
            (sep_text(vm, item, 6)?, k)
        }
        None if indent.is_some() => (String::from(","), String::from(": ")),
        None => (String::from(", "), String::from(": ")),
    };
    let mut e = Encoder {
        o,
        py,
        indent,
        level: 0,
        item_sep,
        key_sep,
        markers: Vec::new(),
        out: String::new(),
    };
    e.value(vm, obj)?;
    Ok(e.out)
}

/// `item_separator, key_separator = separators`.
fn unpack_pair(vm: &mut Vm, s: Value) -> PyResult<(Value, Value)> {
    let p = vm.payload(s);
    let items: Vec<Value> = match vm.heap.get(p) {
        Some(crate::heap::Obj::Tuple(t)) => t.to_vec(),
        Some(crate::heap::Obj::List(l)) => l.clone(),
        _ => {
            let msg = format!("cannot unpack non-iterable {} object", vm.type_name_of(s));
            return Err(vm.type_error(&msg));
        }
    };
    match items.as_slice() {
        [a, b] => Ok((*a, *b)),
        [_, _, ..] => Err(vm.value_error("too many values to unpack (expected 2)")),
        _ => {
            let msg = format!(
                "not enough values to unpack (expected 2, got {})",
                items.len()
            );
            Err(vm.value_error(&msg))
        }
    }
}

/// The indentation one level adds: a str as it is, an int as that many spaces.
fn indent_text(vm: &mut Vm, v: Value) -> PyResult<String> {
    if vm.is_instance(v, Value::builtin_type(TypeId::Str)) {
        return Ok(vm.string_of(vm.payload(v)));
    }
    if !vm.is_instance(v, Value::builtin_type(TypeId::Int)) {
        let msg = format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name_of(v)
        );
        return Err(vm.type_error(&msg));
    }
    let p = vm.payload(v);
    let n = match vm.int_as_i64(p) {
        Some(n) => usize::try_from(n.max(0)).unwrap_or(usize::MAX),
        None if vm
            .int_of(p)
            .is_some_and(|b| b.sign() == num_bigint::Sign::Minus) =>
        {
            0
        }
        None => {
            let msg = "cannot fit 'int' into an index-sized integer";
            return Err(vm.raise_new(TypeId::OverflowError, msg));
        }
    };
    vm.check_building(n)?;
    Ok(" ".repeat(n))
}

/// Appends `text` as a JSON string.
fn push_string(out: &mut String, text: &str, ensure_ascii: bool) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ if !ensure_ascii && c > '\u{1f}' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{:04x}", u));
                }
            }
        }
    }
    out.push('"');
}

impl Encoder<'_> {
    /// Appends `s`, checking the budget whenever the output must grow.
    fn push(&mut self, vm: &mut Vm, s: &str) -> PyResult<()> {
        let need = self.out.len().saturating_add(s.len());
        if need > self.out.capacity() {
            vm.check_building(need.max(self.out.capacity().saturating_mul(2)))?;
        }
        self.out.push_str(s);
        Ok(())
    }

    fn push_str_value(&mut self, vm: &mut Vm, text: &str) -> PyResult<()> {
        let worst = text.len().saturating_mul(6).saturating_add(2);
        vm.check_building(self.out.len().saturating_add(worst))?;
        push_string(&mut self.out, text, self.o.ensure_ascii);
        Ok(())
    }

    fn float_text(&self, vm: &mut Vm, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(crate::types::float::repr(x));
        }
        if !self.o.allow_nan {
            let mut msg = String::from("Out of range float values are not JSON compliant");
            if self.py {
                msg.push_str(": ");
                msg.push_str(&crate::types::float::repr(x));
            }
            return Err(vm.value_error(&msg));
        }
        Ok(String::from(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }))
    }

    fn int_text(&self, vm: &mut Vm, v: Value) -> PyResult<String> {
        let p = vm.payload(v);
        if let Some(i) = vm.int_as_i64(p) {
            return Ok(format!("{i}"));
        }
        let r = vm.repr(p)?;
        Ok(vm.string_of(r))
    }

    /// Enters a container or a value passed to `default`: the circular check and the depth.
    fn enter(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        if self.o.check_circular {
            if self.markers.contains(&v) {
                return Err(vm.value_error("Circular reference detected"));
            }
            self.markers.push(v);
        }
        vm.native_depth += 1;
        if vm.too_deep() {
            vm.native_depth -= 1;
            if self.o.check_circular {
                self.markers.pop();
            }
            let msg = if self.py {
                "maximum recursion depth exceeded while calling a Python object"
            } else {
                "maximum recursion depth exceeded while encoding a JSON object"
            };
            return Err(vm.raise_new(TypeId::RecursionError, msg));
        }
        Ok(())
    }

    fn leave(&mut self, vm: &mut Vm) {
        vm.native_depth -= 1;
        if self.o.check_circular {
            self.markers.pop();
        }
    }

    /// Opens a container's level of indentation.
    fn open(&mut self, vm: &mut Vm, bracket: &str) -> PyResult<()> {
        self.push(vm, bracket)?;
        if self.indent.is_some() {
            self.level += 1;
            self.newline(vm)?;
        }
        Ok(())
    }

    fn close(&mut self, vm: &mut Vm, bracket: &str) -> PyResult<()> {
        if self.indent.is_some() {
            self.level -= 1;
            self.newline(vm)?;
        }
        self.push(vm, bracket)
    }

    fn newline(&mut self, vm: &mut Vm) -> PyResult<()> {
        let step = self.indent.as_deref().unwrap_or("");
        let need = step.len().saturating_mul(self.level).saturating_add(1);
        vm.check_building(self.out.len().saturating_add(need))?;
        self.out.push('\n');
        for _ in 0..self.level {
            self.out.push_str(step);
        }
        Ok(())
    }

    fn separator(&mut self, vm: &mut Vm) -> PyResult<()> {
        let sep = core::mem::take(&mut self.item_sep);
        let r = self.push(vm, &sep);
        self.item_sep = sep;
        r?;
        if self.indent.is_some() {
            self.newline(vm)?;
        }
        Ok(())
    }

    fn value(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        if v.is_none() {
            return self.push(vm, "null");
        }
        if v == Value::TRUE {
            return self.push(vm, "true");
        }
        if v == Value::FALSE {
            return self.push(vm, "false");
        }
        let is = |vm: &Vm, t: TypeId| vm.is_instance(v, Value::builtin_type(t));
        if is(vm, TypeId::Str) {
            let text = vm.string_of(vm.payload(v));
            return self.push_str_value(vm, &text);
        }
        if is(vm, TypeId::Int) {
            let t = self.int_text(vm, v)?;
            return self.push(vm, &t);
        }
        if is(vm, TypeId::Float) {
            let x = vm.float_of(vm.payload(v)).unwrap_or(f64::NAN);
            let t = self.float_text(vm, x)?;
            return self.push(vm, &t);
        }
        if is(vm, TypeId::List) || is(vm, TypeId::Tuple) {
            return self.list(vm, v);
        }
        if is(vm, TypeId::Dict) {
            return self.dict(vm, v);
        }
        self.enter(vm, v)?;
        let r = self.with_default(vm, v);
        self.leave(vm);
        r
    }

    fn with_default(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let Some(f) = self.o.default else {
            let t = vm.type_of(v);
            let name = match t.as_builtin_type() {
                Some(id) => String::from(id.short_name()),
                None => String::from(vm.type_name(t)),
            };
            let msg = format!("Object of type {name} is not JSON serializable");
            return Err(vm.type_error(&msg));
        };
        let r = vm.call_value(f, &[v])?;
        vm.roots.push(r);
        let out = self.value(vm, r);
        vm.roots.pop();
        out
    }

    fn list(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let seq = vm.payload(v);
        let item = |vm: &Vm, i: usize| match vm.heap.get(seq) {
            Some(crate::heap::Obj::List(l)) => l.get(i).copied(),
            Some(crate::heap::Obj::Tuple(t)) => t.get(i).copied(),
            _ => None,
        };
        if item(vm, 0).is_none() {
            return self.push(vm, "[]");
        }
        self.enter(vm, v)?;
        let r = (|| {
            self.open(vm, "[")?;
            let mut i = 0;
            while let Some(x) = item(vm, i) {
                if i > 0 {
                    self.separator(vm)?;
                }
                vm.roots.push(x);
                let r = self.value(vm, x);
                vm.roots.pop();
                r?;
                i += 1;
            }
            self.close(vm, "]")
        })();
        self.leave(vm);
        r
    }

    fn dict(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let d = vm.payload(v);
        if vm.dict_len(d) == 0 {
            return self.push(vm, "{}");
        }
        self.enter(vm, v)?;
        let mut items = vm.dict_items(d);
        let base = vm.roots.len();
        for &(k, x) in &items {
            vm.roots.push(k);
            vm.roots.push(x);
        }
        let r = (|| {
            if self.o.sort_keys {
                crate::types::sort::timsort(vm, &mut items)?;
            }
            self.open(vm, "{")?;
            let mut first = true;
            for &(k, x) in &items {
                let key = match self.key_text(vm, k)? {
                    Some(key) => key,
                    None => continue,
                };
                if !first {
                    self.separator(vm)?;
                }
                first = false;
                self.push_str_value(vm, &key)?;
                let sep = core::mem::take(&mut self.key_sep);
                let r = self.push(vm, &sep);
                self.key_sep = sep;
                r?;
                self.value(vm, x)?;
            }
            self.close(vm, "}")
        })();
        vm.roots.truncate(base);
        self.leave(vm);
        r
    }

    /// The text a key is written as; `None` to skip it (`skipkeys`).
    fn key_text(&self, vm: &mut Vm, k: Value) -> PyResult<Option<String>> {
        let is = |vm: &Vm, t: TypeId| vm.is_instance(k, Value::builtin_type(t));
        if is(vm, TypeId::Str) {
            return Ok(Some(vm.string_of(vm.payload(k))));
        }
        if is(vm, TypeId::Float) {
            let x = vm.float_of(vm.payload(k)).unwrap_or(f64::NAN);
            return self.float_text(vm, x).map(Some);
        }
        if k == Value::TRUE {
            return Ok(Some(String::from("true")));
        }
        if k == Value::FALSE {
            return Ok(Some(String::from("false")));
        }
        if k.is_none() {
            return Ok(Some(String::from("null")));
        }
        if is(vm, TypeId::Int) {
            return self.int_text(vm, k).map(Some);
        }
        if self.o.skipkeys {
            return Ok(None);
        }
        let msg = format!(
            "keys must be str, int, float, bool or None, not {}",
            vm.type_name_of(k)
        );
        Err(vm.type_error(&msg))
    }
}
