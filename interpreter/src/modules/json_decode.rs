//! The JSON scanner of `json.loads` and the `JSONDecodeError` it raises.
//!
//! The scanner reads the document's UTF-8 bytes (every character JSON's grammar names is
//! ASCII) and turns byte offsets into character positions only for an error. It accepts and
//! rejects what CPython 3.11's does, with the same message at the same position: values,
//! objects (duplicate keys: the last wins), arrays, strings with every escape (`\uXXXX`
//! pairs joined), numbers (`-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`), `NaN`, `Infinity`,
//! `-Infinity`, and the whitespace ` \t\n\r` between tokens. Each nested object or array
//! counts against the VM's depth, so deep nesting ends in RecursionError.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::Kw;
use crate::builtins::args::{PySig, parse_py};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// The decoder's options (`None`: the default behaviour).
pub(super) struct Options {
    pub object_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    /// Whether control characters in strings are refused.
    pub strict: bool,
}

/// Why a scan stopped: no value where one was expected (at this byte), or an exception.
enum Fail {
    Stop(usize),
    Raised(Raised),
}

impl From<Raised> for Fail {
    fn from(r: Raised) -> Fail {
        Fail::Raised(r)
    }
}

type Scan<T> = Result<T, Fail>;

struct Scanner<'a> {
    doc: Value,
    text: &'a str,
    b: &'a [u8],
    o: &'a Options,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while b.get(i).copied().is_some_and(is_ws) {
        i += 1;
    }
    i
}

/// Decodes the whole document: one value, whitespace around it.
pub(super) fn decode(vm: &mut Vm, doc: Value, text: &str, o: &Options) -> PyResult {
    let s = Scanner {
        doc,
        text,
        b: text.as_bytes(),
        o,
    };
    let start = skip_ws(s.b, 0);
    let (v, end) = match s.value(vm, start) {
        Ok(r) => r,
        Err(Fail::Raised(r)) => return Err(r),
        Err(Fail::Stop(at)) => return Err(s.error(vm, "Expecting value", at)),
    };
    let end = skip_ws(s.b, end);
    if end != s.b.len() {
        return Err(s.error(vm, "Extra data", end));
    }
    Ok(v)
}

impl Scanner<'_> {
    fn error(&self, vm: &mut Vm, msg: &str, at: usize) -> Raised {
        raise_error(vm, msg, self.doc, self.text, at)
    }

    fn fail(&self, vm: &mut Vm, msg: &str, at: usize) -> Fail {
        Fail::Raised(self.error(vm, msg, at))
    }

    /// The value starting at byte `i`, and the byte after it.
    fn value(&self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        let b = self.b;
        let rest = b.get(i..).unwrap_or(&[]);
        match rest.first() {
            None => Err(Fail::Stop(i)),
            Some(b'"') => {
                let (text, end) = self.string(vm, i + 1)?;
                Ok((vm.new_str(text)?, end))
            }
            Some(b'{') | Some(b'[') => {
                let object = rest[0] == b'{';
                vm.native_depth += 1;
                let r = if vm.too_deep() {
                    let what = if object { "object" } else { "array" };
                    let msg = format!(
                        "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
                    );
                    Err(Fail::Raised(vm.raise_new(TypeId::RecursionError, &msg)))
                } else if object {
                    self.object(vm, i + 1)
                } else {
                    self.array(vm, i + 1)
                };
                vm.native_depth -= 1;
                r
            }
            _ if rest.starts_with(b"null") => Ok((Value::NONE, i + 4)),
            _ if rest.starts_with(b"true") => Ok((Value::TRUE, i + 4)),
            _ if rest.starts_with(b"false") => Ok((Value::FALSE, i + 5)),
            _ if rest.starts_with(b"NaN") => self.constant(vm, "NaN", f64::NAN, i),
            _ if rest.starts_with(b"Infinity") => self.constant(vm, "Infinity", f64::INFINITY, i),
            _ if rest.starts_with(b"-Infinity") => {
                self.constant(vm, "-Infinity", f64::NEG_INFINITY, i)
            }
            _ => self.number(vm, i),
        }
    }

    fn constant(&self, vm: &mut Vm, name: &str, x: f64, i: usize) -> Scan<(Value, usize)> {
        let end = i + name.len();
        let v = match self.o.parse_constant {
            Some(f) => {
                let s = vm.new_str_from(name)?;
                vm.call_value(f, &[s])?
            }
            None => vm.new_float(x)?,
        };
        Ok((v, end))
    }

    fn number(&self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let b = self.b;
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'1'..=b'9') => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            Some(b'0') => i += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            i += 2;
            while digit(i) {
                i += 1;
            }
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            let digits = j;
            while digit(j) {
                j += 1;
            }
            if j > digits {
                is_float = true;
                i = j;
            }
        }
        let text = self.text.get(start..i).unwrap_or("");
        let hook = if is_float {
            self.o.parse_float
        } else {
            self.o.parse_int
        };
        let v = match hook {
            Some(f) => {
                let s = vm.new_str_from(text)?;
                vm.call_value(f, &[s])?
            }
            None if is_float => {
                let x = crate::types::float_parse::parse_decimal(text).unwrap_or(f64::NAN);
                vm.new_float(x)?
            }
            None => match text.parse::<i64>() {
                Ok(n) => vm.new_int(n)?,
                Err(_) => vm.parse_int_of(text, 10, None)?,
            },
        };
        Ok((v, i))
    }

    /// The string whose text starts at byte `start` (after its opening quote), and the byte
    /// after its closing quote.
    fn string(&self, vm: &mut Vm, start: usize) -> Scan<(String, usize)> {
        let b = self.b;
        let begin = start - 1;
        let mut out = String::new();
        let mut lone_surrogate = false;
        let mut end = start;
        loop {
            let mut next = end;
            while let Some(&c) = b.get(next) {
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c <= 0x1f && self.o.strict {
                    return Err(self.fail(vm, "Invalid control character at", next));
                }
                next += 1;
            }
            let Some(&c) = b.get(next) else {
                return Err(self.fail(vm, "Unterminated string starting at", begin));
            };
            let chunk = self.text.get(end..next).unwrap_or("");
            vm.check_building(out.len() + chunk.len())?;
            out.push_str(chunk);
            next += 1;
            if c == b'"' {
                end = next;
                break;
            }
            let Some(&esc) = b.get(next) else {
                return Err(self.fail(vm, "Unterminated string starting at", begin));
            };
            let ch = if esc != b'u' {
                end = next + 1;
                match esc {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(self.fail(vm, "Invalid \\escape", end - 2)),
                }
            } else {
                let u = next;
                end = u + 5;
                if end >= b.len() {
                    return Err(self.fail(vm, "Invalid \\uXXXX escape", u));
                }
                let Some(mut c) = hex4(&b[u + 1..end]) else {
                    return Err(self.fail(vm, "Invalid \\uXXXX escape", u));
                };
                if (0xd800..0xdc00).contains(&c)
                    && end + 6 < b.len()
                    && b[end] == b'\\'
                    && b[end + 1] == b'u'
                {
                    let u2 = end + 1;
                    let Some(c2) = hex4(&b[u2 + 1..u2 + 5]) else {
                        return Err(self.fail(vm, "Invalid \\uXXXX escape", u2));
                    };
                    if (0xdc00..0xe000).contains(&c2) {
                        c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
                        end += 6;
                    }
                }
                match char::from_u32(c) {
                    Some(ch) => ch,
                    None => {
                        lone_surrogate = true;
                        '\u{fffd}'
                    }
                }
            };
            vm.check_building(out.len() + 4)?;
            out.push(ch);
        }
        if lone_surrogate {
            return Err(Fail::Raised(
                vm.value_error("surrogate code points are not supported"),
            ));
        }
        Ok((out, end))
    }

    fn object(&self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let b = self.b;
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = skip_ws(b, start);
        if b.get(i) != Some(&b'}') {
            loop {
                if b.get(i) != Some(&b'"') {
                    let msg = "Expecting property name enclosed in double quotes";
                    return Err(self.fail(vm, msg, i));
                }
                let (key, next) = self.string(vm, i + 1)?;
                let key = vm.new_str(key)?;
                i = skip_ws(b, next);
                if b.get(i) != Some(&b':') {
                    return Err(self.fail(vm, "Expecting ':' delimiter", i));
                }
                i = skip_ws(b, i + 1);
                let (value, next) = self.value(vm, i)?;
                vm.reserve_bytes(2 * core::mem::size_of::<Value>())?;
                pairs.push((key, value));
                i = skip_ws(b, next);
                if b.get(i) == Some(&b'}') {
                    break;
                }
                if b.get(i) != Some(&b',') {
                    return Err(self.fail(vm, "Expecting ',' delimiter", i));
                }
                i = skip_ws(b, i + 1);
            }
        }
        let end = i + 1;
        if let Some(hook) = self.o.object_pairs_hook {
            let mut items = Vec::with_capacity(pairs.len());
            for (k, v) in pairs {
                items.push(vm.new_tuple(alloc::vec![k, v])?);
            }
            let list = vm.new_list(items)?;
            return Ok((vm.call_value(hook, &[list])?, end));
        }
        let d = vm.new_dict()?;
        for (k, v) in pairs {
            vm.dict_set(d, k, v)?;
        }
        match self.o.object_hook {
            Some(hook) => Ok((vm.call_value(hook, &[d])?, end)),
            None => Ok((d, end)),
        }
    }

    fn array(&self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let b = self.b;
        let mut items = Vec::new();
        let mut i = skip_ws(b, start);
        if b.get(i) != Some(&b']') {
            loop {
                let (value, next) = self.value(vm, i)?;
                vm.reserve_bytes(core::mem::size_of::<Value>())?;
                items.push(value);
                i = skip_ws(b, next);
                if b.get(i) == Some(&b']') {
                    break;
                }
                if b.get(i) != Some(&b',') {
                    return Err(self.fail(vm, "Expecting ',' delimiter", i));
                }
                i = skip_ws(b, i + 1);
            }
        }
        Ok((vm.new_list(items)?, i + 1))
    }
}

/// Four hex digits' value.
fn hex4(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |acc, &d| {
        let v = char::from(d).to_digit(16)?;
        Some((acc << 4) | v)
    })
}

/// Raises `JSONDecodeError(msg, doc, pos)` for byte offset `at` of `text` (the text of
/// `doc`).
pub(super) fn raise_error(vm: &mut Vm, msg: &str, doc: Value, text: &str, at: usize) -> Raised {
    let head = text.as_bytes().get(..at).unwrap_or(text.as_bytes());
    // Characters before `at`: every byte that does not continue a UTF-8 sequence.
    let pos = head.iter().filter(|&&c| (c & 0xc0) != 0x80).count();
    let msg = match vm.new_str_from(msg) {
        Ok(m) => m,
        Err(r) => return r,
    };
    vm.roots.push(msg);
    let r = new_error(vm, msg, doc, pos as i64);
    vm.roots.pop();
    match r {
        Ok(exc) => vm.raise(exc),
        Err(r) => r,
    }
}

/// Makes a `JSONDecodeError` with `msg` (any object), `doc` (a str) and `pos` (a character
/// index, counted from the end when negative, as slicing does).
fn new_error(vm: &mut Vm, msg: Value, doc: Value, pos: i64) -> PyResult {
    let text = vm.str_text(vm.payload(doc)).unwrap_or("");
    let n = text.chars().count() as i64;
    let stop = if pos < 0 {
        (n + pos).max(0)
    } else {
        pos.min(n)
    };
    let stop = usize::try_from(stop).unwrap_or(0);
    let mut lines = 0i64;
    let mut last_newline = -1i64;
    for (i, c) in text.chars().take(stop).enumerate() {
        if c == '\n' {
            lines += 1;
            last_newline = i as i64;
        }
    }
    let lineno = lines + 1;
    let colno = pos.saturating_sub(last_newline);
    let mut m = String::new();
    vm.str_into(msg, &mut m)?;
    let full = format!("{m}: line {lineno} column {colno} (char {pos})");
    let full = vm.new_str(full)?;
    let args = vm.new_tuple(alloc::vec![full])?;
    let exc = vm.new_exception(Value::builtin_type(TypeId::JSONDecodeError), args)?;
    vm.roots.push(exc);
    let r = (|| {
        let d = vm.instance_dict_mut(exc)?.unwrap_or(Value::NONE);
        let pos_v = vm.new_int(pos)?;
        let lineno_v = vm.new_int(lineno)?;
        let colno_v = vm.new_int(colno)?;
        for (name, v) in [
            ("msg", msg),
            ("doc", doc),
            ("pos", pos_v),
            ("lineno", lineno_v),
            ("colno", colno_v),
        ] {
            let key = Value::qstr(vm.intern(name));
            vm.dict_set(d, key, v)?;
        }
        Ok(())
    })();
    vm.roots.pop();
    r.map(|()| exc)
}

/// `JSONDecodeError(msg, doc, pos)` called by a program.
pub(crate) fn new_decode_error_from_args(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    let names = [vm.intern("msg"), vm.intern("doc"), vm.intern("pos")];
    let sig = PySig {
        qualname: "JSONDecodeError.__init__",
        names: &names,
        positional: 3,
        required: 3,
    };
    let [msg, doc, pos] = parse_py::<3>(vm, &sig, args, kw)?;
    let (msg, doc, pos) = (
        msg.unwrap_or(Value::NONE),
        doc.unwrap_or(Value::NONE),
        pos.unwrap_or(Value::NONE),
    );
    if !vm.is_instance(doc, Value::builtin_type(TypeId::Str)) {
        let msg = format!("'{}' object has no attribute 'count'", vm.type_name_of(doc));
        return Err(vm.raise_new(TypeId::AttributeError, &msg));
    }
    let Some(pos) = vm.int_as_i64(vm.payload(pos)).filter(|_| vm.is_int(pos)) else {
        let msg = "slice indices must be integers or None or have an __index__ method";
        return Err(vm.type_error(msg));
    };
    new_error(vm, msg, doc, pos)
}
