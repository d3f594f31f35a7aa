//! `repr()`, `str()` and `format()` of every builtin value.
//!
//! Containers print recursively; one that contains itself prints `[...]` / `{...}` where it
//! recurs (the repr stack), and nesting deeper than the depth limit raises RecursionError.

use alloc::format;
use alloc::string::String;

use super::{PyResult, Vm};
use crate::heap::{IterObj, Obj};
use crate::qstr::Q;
use crate::types::TypeId;
use crate::types::format as fmt;
use crate::value::Value;

/// CPython's `repr` of a str: quotes chosen to avoid escaping, non-printables escaped.
pub fn repr_text(text: &str, out: &mut String) {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if crate::unicode::is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
}

/// The address a repr shows for `v` (`<A object at 0x7f...>`): made from the value's bits,
/// so it is stable for one object and distinct between objects alive at once. Any value may
/// be shown (an immediate int too), so the arithmetic wraps.
fn display_address(v: Value) -> u64 {
    (v.raw() >> 3)
        .wrapping_mul(16)
        .wrapping_add(0x7f00_0000_0000)
}

impl Vm {
    /// `repr(v)` as a str value.
    pub(crate) fn repr(&mut self, v: Value) -> PyResult {
        if let Some(text) = self.str_text(v) {
            let mut out = String::with_capacity(text.len() + 2);
            repr_text(text, &mut out);
            return self.new_str(out);
        }
        // A class's own `__repr__` result is returned as it is (a str subclass stays one).
        if let Some(t) = self.user_class_of(v)
            && let Some(f) = self.lookup_user(t, Q::__repr__)
        {
            let r = self.call_method_value(f, v, t, &[])?;
            if self.str_text(self.payload(r)).is_some() {
                return Ok(r);
            }
            let msg = format!(
                "__repr__ returned non-string (type {})",
                self.type_name_of(r)
            );
            return Err(self.type_error(&msg));
        }
        let mut out = String::new();
        self.repr_into(v, &mut out)?;
        self.new_str(out)
    }

    /// `str(v)` as a str value.
    pub(crate) fn str_value(&mut self, v: Value) -> PyResult {
        if self.str_text(v).is_some() {
            return Ok(v);
        }
        let mut out = String::new();
        self.str_into(v, &mut out)?;
        if out.is_empty() {
            return Ok(Value::qstr(crate::qstr::Q::empty));
        }
        self.new_str(out)
    }

    /// The quoted repr of some text.
    pub(crate) fn repr_str(&self, text: &str) -> String {
        let mut out = String::new();
        repr_text(text, &mut out);
        out
    }

    /// Appends `str(v)`.
    pub(crate) fn str_into(&mut self, v: Value, out: &mut String) -> PyResult<()> {
        if let Some(text) = self.str_text(v) {
            out.push_str(text);
            return Ok(());
        }
        // A mappingproxy prints as its mapping.
        if let Some(m) = self.proxied(v) {
            return self.str_into(m, out);
        }
        if let Some(t) = self.user_class_of(v) {
            if let Some(f) = self.lookup_user(t, Q::__str__) {
                let r = self.call_method_value(f, v, t, &[])?;
                return self.push_str_result(r, "__str__", out);
            }
            let p = self.payload(v);
            if p != v {
                if self.str_text(p).is_some() {
                    return self.str_into(p, out);
                }
                return self.repr_into(v, out);
            }
            if matches!(self.heap.get(v), Some(Obj::Exception(_))) {
                return self.exc_str_into(v, out);
            }
            // `object.__str__` is `repr`, and its result is checked as `__str__`'s.
            if let Some(f) = self.lookup_user(t, Q::__repr__) {
                let r = self.call_method_value(f, v, t, &[])?;
                return self.push_str_result(r, "__str__", out);
            }
            return self.repr_into(v, out);
        }
        self.exc_str_into(v, out)
    }

    /// Appends the text a `__str__` or `__repr__` returned, which must be a str.
    fn push_str_result(&mut self, r: Value, what: &str, out: &mut String) -> PyResult<()> {
        match self.str_text(self.payload(r)) {
            Some(text) => {
                out.push_str(text);
                Ok(())
            }
            None => {
                let msg = format!("{what} returned non-string (type {})", self.type_name_of(r));
                Err(self.type_error(&msg))
            }
        }
    }

    /// `BaseException.__str__`, and the builtin `str` of everything else.
    pub(crate) fn exc_str_into(&mut self, v: Value, out: &mut String) -> PyResult<()> {
        if self.group_parts(v).is_some() {
            return self.group_str_into(v, out);
        }
        self.exc_args_str_into(v, out)
    }

    /// `BaseException.__str__`: the text of an exception's `args`.
    pub(crate) fn exc_args_str_into(&mut self, v: Value, out: &mut String) -> PyResult<()> {
        if let Some(Obj::Exception(e)) = self.heap.get(v) {
            let args = e.args;
            let typ = e.typ;
            let is_key_error = self.is_subclass(typ, Value::builtin_type(TypeId::KeyError));
            let items = self.tuple_items(args).to_vec();
            if self.is_subclass(typ, Value::builtin_type(TypeId::SyntaxError))
                && let [msg, detail] = items.as_slice()
                && let Some(Obj::Tuple(d)) = self.heap.get(*detail)
                && d.len() >= 4
            {
                // `msg (file, line N)`, the file by its last path component.
                let (file, line) = (d[0], d[1]);
                let file = self
                    .str_text(file)
                    .map(|f| String::from(f.rsplit('/').next().unwrap_or(f)));
                let line = self.int_as_i64(line);
                self.str_into(*msg, out)?;
                match (file, line) {
                    (Some(f), Some(n)) => out.push_str(&format!(" ({f}, line {n})")),
                    (Some(f), None) => out.push_str(&format!(" ({f})")),
                    (None, Some(n)) => out.push_str(&format!(" (line {n})")),
                    (None, None) => {}
                }
                return Ok(());
            }
            if self.is_subclass(typ, Value::builtin_type(TypeId::OSError))
                && let Some([errno, strerror, filename, filename2]) = self.os_error_fields(v)
            {
                out.push_str("[Errno ");
                self.str_into(errno, out)?;
                out.push_str("] ");
                self.str_into(strerror, out)?;
                if !filename.is_none() {
                    out.push_str(": ");
                    self.repr_into(filename, out)?;
                    if !filename2.is_none() {
                        out.push_str(" -> ");
                        self.repr_into(filename2, out)?;
                    }
                }
                return Ok(());
            }
            return match items.as_slice() {
                [] => Ok(()),
                [one] if is_key_error => self.repr_into(*one, out),
                [one] => self.str_into(*one, out),
                _ => self.repr_into(args, out),
            };
        }
        self.repr_into(v, out)
    }

    /// Appends `repr(v)`.
    pub(crate) fn repr_into(&mut self, v: Value, out: &mut String) -> PyResult<()> {
        // The text of a container grows item by item outside the heap.
        self.check_building(out.len())?;
        if let Some(t) = self.user_class_of(v)
            && let Some(f) = self.lookup_user(t, Q::__repr__)
        {
            let r = self.call_method_value(f, v, t, &[])?;
            return self.push_str_result(r, "__repr__", out);
        }
        self.repr_builtin_into(v, out)
    }

    /// `<__main__.A object at 0x7f...>`.
    pub(crate) fn default_repr(&self, v: Value) -> String {
        let t = self.type_of(v);
        let addr = display_address(v);
        format!("<{} object at {addr:#x}>", self.qualified_name(t))
    }

    /// `module.QualName` of a type, as reprs show it (builtins bare).
    pub(crate) fn qualified_name(&self, t: Value) -> String {
        if let Some(id) = t.as_builtin_type()
            && id.module() != "builtins"
        {
            return format!("{}.{}", id.module(), id.short_name());
        }
        let Some(c) = self.class_ref(t) else {
            if let Some(b) = t.as_builtin_type() {
                return String::from(b.name());
            }
            return String::from(self.type_name(t));
        };
        let qual = self.str_text(c.qualname).unwrap_or("?");
        match self
            .dict_get_qstr(c.dict, Q::__module__)
            .and_then(|m| self.str_text(m))
        {
            Some("builtins") | None => String::from(qual),
            Some(m) => format!("{m}.{qual}"),
        }
    }

    /// `repr(v)` as the builtin types define it, without calling a class's `__repr__`.
    pub(crate) fn repr_builtin_into(&mut self, v: Value, out: &mut String) -> PyResult<()> {
        if let Some(i) = v.as_small() {
            push_int(out, i);
            return Ok(());
        }
        if let Some(text) = self.str_text(v) {
            repr_text(text, out);
            return Ok(());
        }
        if let Some(f) = v.as_float() {
            out.push_str(&crate::types::float::repr(f));
            return Ok(());
        }
        match v {
            Value::NONE => out.push_str("None"),
            Value::TRUE => out.push_str("True"),
            Value::FALSE => out.push_str("False"),
            Value::ELLIPSIS => out.push_str("Ellipsis"),
            Value::NOT_IMPLEMENTED => out.push_str("NotImplemented"),
            _ => {}
        }
        if v.as_handle().is_none() {
            if let Some(t) = v.as_builtin_type() {
                if t.module() == "builtins" {
                    out.push_str(&format!("<class '{}'>", t.name()));
                } else {
                    out.push_str(&format!("<class '{}.{}'>", t.module(), t.short_name()));
                }
            } else if let Some(n) = v.as_native() {
                let name = crate::builtins::NATIVES
                    .get(n as usize)
                    .map_or("?", |n| n.name);
                match crate::builtins::native_owner(self, n) {
                    Some(t) => {
                        out.push_str(&format!("<method '{name}' of '{}' objects>", t.name()))
                    }
                    None => out.push_str(&format!("<built-in function {name}>")),
                }
            } else if let Some((name, _)) = self.module_fn(v) {
                out.push_str(&format!("<built-in function {name}>"));
            }
            return Ok(());
        }
        let addr = display_address(v);
        match self.heap.get(v) {
            Some(Obj::BigInt(b)) => {
                if crate::types::format::exceeds_str_digits(b) {
                    return Err(self.value_error(crate::types::format::TOO_MANY_DIGITS));
                }
                out.push_str(&self.int_to_string(v));
            }
            Some(Obj::Float(f)) => out.push_str(&crate::types::float::repr(*f)),
            Some(Obj::List(_)) => self.repr_seq(v, "[", "]", out)?,
            Some(Obj::Tuple(items)) => {
                let one = items.len() == 1;
                self.repr_seq(v, "(", if one { ",)" } else { ")" }, out)?;
            }
            Some(Obj::Dict(d)) if d.kind() != crate::types::dict::DictKind::Plain => {
                let name = d.kind().type_id().short_name();
                self.dict_kind_repr_into(v, name, out)?;
            }
            Some(Obj::Dict(_)) => self.repr_dict(v, out)?,
            Some(Obj::Deque(_)) => self.deque_repr_into(v, "deque", out)?,
            Some(Obj::Range(r)) => {
                if r.step == 1 {
                    out.push_str(&format!("range({}, {})", r.start, r.stop));
                } else {
                    out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
                }
            }
            Some(Obj::Function(f)) => {
                let name = self.qstrs.text(f.code.qualname);
                out.push_str(&format!("<function {name} at {addr:#x}>"));
            }
            Some(Obj::Instance(_)) => {
                let base = self.payload(v);
                if self.is_set(base) {
                    let name = String::from(self.type_name_of(v));
                    return self.set_repr_into(base, &name, out);
                }
                if let Some(Obj::ByteArray(b)) = self.heap.get(base) {
                    let b = b.clone();
                    out.push_str(self.type_name_of(v));
                    out.push('(');
                    self.bytes_repr_into(&b, true, out);
                    out.push(')');
                    return Ok(());
                }
                // The collections types name the instance's class.
                let kinded = self
                    .dict_kind(base)
                    .is_some_and(|k| k != crate::types::dict::DictKind::Plain);
                if kinded || self.is_deque(base) {
                    let name = String::from(self.type_name_of(v));
                    return if kinded {
                        self.dict_kind_repr_into(base, &name, out)
                    } else {
                        self.deque_repr_into(base, &name, out)
                    };
                }
                if base != v {
                    return self.repr_builtin_into(base, out);
                }
                out.push_str(&self.default_repr(v));
            }
            Some(Obj::Bytes(b)) => {
                let b = b.clone();
                self.bytes_repr_into(&b, false, out);
            }
            Some(Obj::Complex([re, im])) => {
                out.push_str(&crate::types::complex::repr(crate::types::complex::C {
                    re: *re,
                    im: *im,
                }))
            }
            Some(Obj::ByteArray(b)) => {
                let b = b.clone();
                out.push_str("bytearray(");
                self.bytes_repr_into(&b, true, out);
                out.push(')');
            }
            Some(Obj::MemoryView(m)) if m.released => {
                out.push_str(&format!("<released memory at {addr:#x}>"))
            }
            Some(Obj::MemoryView(_)) => out.push_str(&format!("<memory at {addr:#x}>")),
            Some(Obj::Array(_)) => self.array_repr_into(v, out)?,
            Some(Obj::Stream(_)) => self.stream_repr_into(v, out)?,
            Some(Obj::Set(_)) => {
                let name = String::from(self.type_name_of(v));
                self.set_repr_into(v, &name, out)?;
            }
            Some(Obj::Generator(g)) => {
                let name = self.qstrs.text(g.qualname);
                let kind = self.type_name_of(v);
                out.push_str(&format!("<{kind} object {name} at {addr:#x}>"));
            }
            Some(Obj::Class(_)) => {
                let name = self.qualified_name(v);
                out.push_str(&format!("<class '{name}'>"));
            }
            Some(Obj::Descr(d)) => match **d {
                crate::heap::Descr::Union { args } => {
                    let text = self.union_repr(args)?;
                    out.push_str(&text);
                }
                crate::heap::Descr::Alias { origin, args } => {
                    let text = self.alias_repr(origin, args)?;
                    out.push_str(&text);
                }
                crate::heap::Descr::Method { owner, func } => {
                    let n = func.as_native().unwrap_or(0);
                    let name = crate::builtins::NATIVES
                        .get(n as usize)
                        .map_or("?", |n| n.name);
                    let kind = if n >= crate::builtins::FIRST_SPECIAL {
                        "slot wrapper"
                    } else {
                        "method"
                    };
                    let tn = String::from(self.type_name(owner));
                    out.push_str(&format!("<{kind} '{name}' of '{tn}' objects>"));
                }
                crate::heap::Descr::ClassMethod(f) | crate::heap::Descr::StaticMethod(f) => {
                    let kind = if matches!(**d, crate::heap::Descr::ClassMethod(_)) {
                        "classmethod"
                    } else {
                        "staticmethod"
                    };
                    out.push('<');
                    out.push_str(kind);
                    out.push('(');
                    self.repr_into(f, out)?;
                    out.push_str(")>");
                }
                crate::heap::Descr::Member { .. } => out.push_str(&self.member_repr(v)),
                crate::heap::Descr::TupleGetter { index, doc } => {
                    out.push_str(&format!("_tuplegetter({index}, "));
                    self.repr_into(doc, out)?;
                    out.push(')');
                }
                crate::heap::Descr::MappingProxy { mapping } => {
                    out.push_str("mappingproxy(");
                    self.repr_into(mapping, out)?;
                    out.push(')');
                }
                crate::heap::Descr::Super { typ, obj } => {
                    let tn = String::from(self.type_name(typ));
                    out.push_str(&format!("<super: <class '{tn}'>, "));
                    if obj.is_none() {
                        out.push_str("NULL>");
                    } else {
                        let on = String::from(self.type_name_of(obj));
                        out.push_str(&format!("<{on} object>>"));
                    }
                }
                _ => {
                    let name = self.type_name_of(v);
                    out.push_str(&format!("<{name} object at {addr:#x}>"));
                }
            },
            Some(Obj::BoundMethod { func, receiver })
                if func.as_native().is_none() || crate::builtins::is_builtin_function(*func) =>
            {
                let (func, receiver) = (*func, *receiver);
                let name = match self.heap.get(func) {
                    Some(Obj::Function(f)) => String::from(self.qstrs.text(f.code.qualname)),
                    _ => String::from(crate::builtins::native_name(func).unwrap_or("?")),
                };
                out.push_str(&format!("<bound method {name} of "));
                self.repr_into(receiver, out)?;
                out.push('>');
            }
            Some(Obj::BoundMethod { func, receiver }) => {
                let (func, receiver) = (*func, *receiver);
                let name = func
                    .as_native()
                    .and_then(|n| crate::builtins::NATIVES.get(n as usize))
                    .map_or("?", |n| n.name);
                let tname = self.type_name_of(receiver);
                let raddr = display_address(receiver);
                out.push_str(&format!(
                    "<built-in method {name} of {tname} object at {raddr:#x}>"
                ));
            }
            Some(Obj::Exception(e)) => {
                let (typ, args) = (e.typ, e.args);
                // The bare name, even for a native module's exception (`error('x')`).
                match typ.as_builtin_type() {
                    Some(t) => out.push_str(t.short_name()),
                    None => out.push_str(self.type_name(typ)),
                }
                let items = self.tuple_items(args).to_vec();
                if items.len() == 1 {
                    out.push('(');
                    self.repr_into(items[0], out)?;
                    out.push(')');
                } else {
                    self.repr_into(args, out)?;
                }
            }
            Some(Obj::DictView { dict, kind }) => {
                let (dict, kind) = (*dict, *kind);
                let name = match kind {
                    crate::heap::DictViewKind::Keys => "dict_keys",
                    crate::heap::DictViewKind::Values => "dict_values",
                    crate::heap::DictViewKind::Items => "dict_items",
                };
                // A view inside its own dict prints as `...`, as CPython's does.
                if !self.repr_enter(v, "", "", out)? {
                    return Ok(());
                }
                out.push_str(name);
                out.push_str("([");
                let items = self.dict_items(dict);
                let r = (|| {
                    for (i, (k, val)) in items.into_iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        match kind {
                            crate::heap::DictViewKind::Keys => self.repr_into(k, out)?,
                            crate::heap::DictViewKind::Values => self.repr_into(val, out)?,
                            crate::heap::DictViewKind::Items => {
                                out.push('(');
                                self.repr_into(k, out)?;
                                out.push_str(", ");
                                self.repr_into(val, out)?;
                                out.push(')');
                            }
                        }
                    }
                    Ok(())
                })();
                self.repr_stack.pop();
                r?;
                out.push_str("])");
            }
            Some(Obj::Slice(parts)) => {
                let parts = **parts;
                out.push_str("slice(");
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_into(*p, out)?;
                }
                out.push(')');
            }
            Some(Obj::Iter(it)) => {
                let _ = matches!(**it, IterObj::Range { .. });
                let name = self.type_name_of(v);
                out.push_str(&format!("<{name} object at {addr:#x}>"));
            }
            Some(Obj::Cell(_)) => out.push_str(&format!("<cell at {addr:#x}>")),
            Some(Obj::Code(c)) => {
                let name = self.qstrs.text(c.name);
                out.push_str(&format!("<code object {name} at {addr:#x}>"));
            }
            Some(Obj::Traceback(_)) => out.push_str(&format!("<traceback object at {addr:#x}>")),
            Some(Obj::Module { .. }) => self.module_repr(v, out),
            Some(Obj::Struct(_)) => out.push_str(&self.default_repr(v)),
            Some(Obj::Hash(_)) => out.push_str(&self.hash_repr(v, addr)),
            Some(Obj::Str(_) | Obj::Free { .. } | Obj::SlotValues(_)) | None => out.push_str("<?>"),
        }
        Ok(())
    }

    /// Guards recursion: false (after writing `...`) when `v` is already being printed.
    pub(crate) fn repr_enter(
        &mut self,
        v: Value,
        open: &str,
        close: &str,
        out: &mut String,
    ) -> PyResult<bool> {
        if self.repr_stack.contains(&v) {
            out.push_str(open);
            out.push_str("...");
            out.push_str(close);
            return Ok(false);
        }
        if self.repr_stack.len() + self.native_depth >= self.config.max_depth || self.too_deep() {
            return Err(self.raise_new(
                TypeId::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.push(v);
        Ok(true)
    }

    fn repr_seq(&mut self, v: Value, open: &str, close: &str, out: &mut String) -> PyResult<()> {
        if !self.repr_enter(v, open, if close == ",)" { ")" } else { close }, out)? {
            return Ok(());
        }
        out.push_str(open);
        let mut i = 0;
        let r = loop {
            let item = match self.heap.get(v) {
                Some(Obj::List(items)) => items.get(i).copied(),
                Some(Obj::Tuple(items)) => items.get(i).copied(),
                _ => None,
            };
            let Some(item) = item else { break Ok(()) };
            if i > 0 {
                out.push_str(", ");
            }
            if let Err(e) = self.repr_into(item, out) {
                break Err(e);
            }
            i += 1;
        };
        self.repr_stack.pop();
        out.push_str(close);
        r
    }

    pub(crate) fn repr_dict(&mut self, v: Value, out: &mut String) -> PyResult<()> {
        if !self.repr_enter(v, "{", "}", out)? {
            return Ok(());
        }
        out.push('{');
        let items = self.dict_items(v);
        let r = (|| {
            for (i, (k, val)) in items.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                self.repr_into(k, out)?;
                out.push_str(": ");
                self.repr_into(val, out)?;
            }
            Ok(())
        })();
        self.repr_stack.pop();
        out.push('}');
        r
    }

    /// `format(v, spec)`. An empty spec is `str(v)`; otherwise a bool formats as its int.
    pub(crate) fn format(&mut self, v: Value, spec: &str) -> PyResult {
        if let Some(t) = self.user_class_of(v) {
            if let Some(f) = self.lookup_user(t, Q::__format__) {
                let s = self.new_str_from(spec)?;
                let r = self.call_method_value(f, v, t, &[s])?;
                if self.str_text(r).is_none() {
                    let msg = format!("__format__ must return a str, not {}", self.type_name_of(r));
                    return Err(self.type_error(&msg));
                }
                return Ok(r);
            }
            let p = self.payload(v);
            if p != v && !spec.is_empty() {
                return self.format(p, spec);
            }
        }
        if spec.is_empty() {
            return self.str_value(v);
        }
        if let Some(z) = self.complex_of(v) {
            return self.format_complex(z, spec);
        }
        let default_kind = if self.str_text(v).is_some() {
            Some('s')
        } else if self.is_int(v) {
            Some('d')
        } else if self.float_of(v).is_some() {
            None
        } else {
            let msg = format!(
                "unsupported format string passed to {}.__format__",
                self.type_name_of(v)
            );
            return Err(self.type_error(&msg));
        };
        let type_name = self
            .type_of(v)
            .as_builtin_type()
            .map_or("object", TypeId::name);
        let parsed = match fmt::parse_spec(spec, type_name, default_kind) {
            Ok(s) => s,
            Err(msg) => return Err(self.value_error(&msg)),
        };
        // A result that cannot fit the heap is a MemoryError before any of it is built.
        let digits = match parsed.kind {
            Some(k) => fmt::int_digits_len(self.int_bits(v), k),
            None => 0,
        };
        self.reserve_bytes(parsed.min_len(parsed.kind).max(digits))?;
        let result = if let Some(text) = self.str_text(v) {
            fmt::format_str(text, &parsed)
        } else if let Some(f) = self.float_of(v) {
            fmt::format_float(f, &parsed)
        } else {
            let n = self.int_of(v).map(|b| b.into_owned()).unwrap_or_default();
            fmt::format_int(&n, &parsed, type_name)
        };
        match result {
            Ok(s) => self.new_str(s),
            Err(e) => Err(self.format_error(e)),
        }
    }

    /// `format(complex, spec)`: each part formatted with the spec's sign, precision and type
    /// (the imaginary part always signed), then the whole padded to the width.
    fn format_complex(&mut self, z: crate::types::complex::C, spec: &str) -> PyResult {
        let parsed = match fmt::parse_spec(spec, "complex", None) {
            Ok(s) => s,
            Err(msg) => return Err(self.value_error(&msg)),
        };
        if parsed.zero || parsed.align == Some('=') {
            let msg = if parsed.zero {
                "Zero padding is not allowed in complex format specifier"
            } else {
                "'=' alignment flag is not allowed in complex format specifier"
            };
            return Err(self.value_error(msg));
        }
        if let Some(k) = parsed.kind
            && !"eEfFgGn".contains(k)
        {
            let msg = format!("Unknown format code '{k}' for object of type 'complex'");
            return Err(self.value_error(&msg));
        }
        let mut part = parsed.clone();
        part.width = 0;
        part.align = None;
        part.fill = None;
        let no_type = part.kind.is_none();
        if no_type && part.precision.is_none() {
            // No type and no precision: the parts as repr shows them, the real part left out
            // when it is +0.0. A `+` or ` ` sign goes before the first part shown unless it is
            // negative; the imaginary part after a real one is always signed.
            let shown = |x: f64| {
                let x = if parsed.no_neg_zero && x == 0.0 {
                    0.0
                } else {
                    x
                };
                let mut text =
                    fmt::group_leading_digits(&crate::types::complex::part(x), parsed.grouping);
                // `#` keeps the decimal point a whole number's repr leaves out.
                if parsed.alternate && x.is_finite() && !text.contains('.') {
                    let at = text.find('e').unwrap_or(text.len());
                    text.insert(at, '.');
                }
                text
            };
            let signed = |text: String, sign: Option<char>| match sign {
                Some(s) if !text.starts_with('-') => format!("{s}{text}"),
                _ => text,
            };
            let sign = parsed.sign.filter(|s| *s == '+' || *s == ' ');
            let text = if z.re == 0.0 && z.re.is_sign_positive() {
                format!("{}j", signed(shown(z.im), sign))
            } else {
                let re = signed(shown(z.re), sign);
                format!("({re}{}j)", signed(shown(z.im), Some('+')))
            };
            return self.pad_formatted(text, &parsed);
        }
        if no_type {
            part.kind = Some('g');
        }
        // Two parts of that precision: a MemoryError before either is built.
        self.reserve_bytes(part.min_len(part.kind).saturating_mul(2))?;
        let re = fmt::format_float(z.re, &part).map_err(|e| self.format_error(e));
        let re = re?;
        let mut im_spec = part.clone();
        im_spec.sign = Some('+');
        let im = fmt::format_float(z.im, &im_spec).map_err(|e| self.format_error(e))?;
        let text = if no_type && z.re == 0.0 && z.re.is_sign_positive() {
            let im = fmt::format_float(z.im, &part).map_err(|e| self.format_error(e))?;
            format!("{im}j")
        } else if no_type {
            format!("({re}{im}j)")
        } else {
            format!("{re}{im}j")
        };
        self.pad_formatted(text, &parsed)
    }

    /// Pads formatted text to a spec's width with its fill and alignment (right by default).
    fn pad_formatted(&mut self, text: String, spec: &fmt::Spec) -> PyResult {
        let n = text.chars().count();
        if spec.width <= n {
            return self.new_str(text);
        }
        self.reserve_bytes(spec.width)?;
        let pad = spec.width - n;
        let fill = spec.fill.unwrap_or(' ');
        let (left, right) = match spec.align.unwrap_or('>') {
            '<' => (0, pad),
            '^' => (pad / 2, pad - pad / 2),
            _ => (pad, 0),
        };
        let mut out = String::with_capacity(spec.width);
        out.extend(core::iter::repeat_n(fill, left));
        out.push_str(&text);
        out.extend(core::iter::repeat_n(fill, right));
        self.new_str(out)
    }

    /// Raises a formatting failure as the exception CPython raises.
    pub(crate) fn format_error(&mut self, e: fmt::FormatError) -> super::Raised {
        match e {
            fmt::FormatError::Value(msg) => self.value_error(&msg),
            fmt::FormatError::Overflow(msg) => self.raise_new(TypeId::OverflowError, &msg),
        }
    }

    /// An f-string field's conversion: 0 none (str), 1 `!s`, 2 `!r`, 3 `!a`.
    pub(crate) fn format_conversion(&mut self, v: Value, conv: u32) -> PyResult {
        match conv {
            2 => self.repr(v),
            3 => {
                let r = self.repr(v)?;
                let text = self.string_of(r);
                let mut out = String::new();
                for c in text.chars() {
                    match c as u32 {
                        0..=0x7f => out.push(c),
                        u @ 0x80..=0xff => out.push_str(&format!("\\x{u:02x}")),
                        u @ 0x100..=0xffff => out.push_str(&format!("\\u{u:04x}")),
                        u => out.push_str(&format!("\\U{u:08x}")),
                    }
                }
                self.new_str(out)
            }
            1 => self.str_value(v),
            // No conversion: `format(v, '')`, which a class's `__format__` answers.
            _ if self.user_class_of(v).is_some() => self.format(v, ""),
            _ => self.str_value(v),
        }
    }

    pub(crate) fn format_with_spec(&mut self, v: Value, spec: Value) -> PyResult {
        let spec = self.string_of(spec);
        self.format(v, &spec)
    }
}

/// Appends the decimal digits of `i` (with its sign): `format!("{i}")` without the
/// formatting machinery, for the many small ints a program prints or converts.
pub(crate) fn push_int(out: &mut String, i: i64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = i.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        out.push('-');
    }
    for &d in &digits[at..] {
        out.push(d as char);
    }
}

#[cfg(test)]
mod tests {
    use super::display_address;
    use crate::value::Value;

    #[test]
    fn display_address_of_any_value_wraps_instead_of_overflowing() {
        let values = [Value::small(-1), Value::small(-(1 << 40)), Value::small(5)];
        let addrs: alloc::vec::Vec<u64> = values
            .iter()
            .map(|v| display_address(v.expect("a small int")))
            .collect();
        assert_ne!(addrs[0], addrs[1]);
        assert_ne!(addrs[1], addrs[2]);
        assert_eq!(display_address(Value::NONE), display_address(Value::NONE));
    }
}
