//! Raising exceptions, and printing them the way CPython does.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::{PyResult, Raised, Vm};
use crate::heap::{Obj, TracebackEntry, TracebackObj};
use crate::qstr::{Q, Qstr};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use crate::types::TypeId;
use crate::value::Value;

/// An exception that escaped to the top: what the port reports and the harness compares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uncaught {
    /// The class name, e.g. `ZeroDivisionError`.
    pub type_name: String,
    /// `str(exc)`.
    pub message: String,
    /// The whole report CPython would print, from `Traceback (most recent call last):` to
    /// the final `Type: message` line, with its chained exceptions.
    pub traceback: String,
    /// For `SystemExit`: the process exit status it asks for.
    pub exit_code: Option<i32>,
}

impl Vm {
    /// Raises `exc` (an exception instance).
    pub(crate) fn raise(&mut self, exc: Value) -> Raised {
        self.pending = exc;
        self.reraising = false;
        Raised
    }

    /// Raises a new exception of a builtin class with a message (no args when empty).
    pub(crate) fn raise_new(&mut self, typ: TypeId, msg: &str) -> Raised {
        match self.make_exception(typ, msg) {
            Ok(exc) => self.raise(exc),
            Err(raised) => raised,
        }
    }

    /// Records attributes of the exception being raised in its dict (a NameError's `name`,
    /// an AttributeError's `name` and `obj`), as the raising code knows them. Returns the
    /// same `Raised`; under memory exhaustion the attributes are left out.
    pub(crate) fn annotate_raised(&mut self, raised: Raised, attrs: &[(Qstr, Value)]) -> Raised {
        let exc = self.pending;
        self.roots.push(exc);
        if let Ok(Some(d)) = self.instance_dict_mut(exc) {
            for &(k, v) in attrs {
                if self.dict_set(d, Value::qstr(k), v).is_err() {
                    break;
                }
            }
        }
        self.roots.pop();
        self.pending = exc;
        raised
    }

    pub(crate) fn make_exception(&mut self, typ: TypeId, msg: &str) -> super::PyResult {
        let args = if msg.is_empty() {
            self.new_tuple(Vec::new())?
        } else {
            let s = self.new_str_from(msg)?;
            self.new_tuple(vec![s])?
        };
        self.new_exception(Value::builtin_type(typ), args)
    }

    pub(crate) fn type_error(&mut self, msg: &str) -> Raised {
        self.raise_new(TypeId::TypeError, msg)
    }

    pub(crate) fn value_error(&mut self, msg: &str) -> Raised {
        self.raise_new(TypeId::ValueError, msg)
    }

    /// Raises `SyntaxError` (or a subclass) for a front-end error in `source`.
    pub(crate) fn raise_syntax_error(
        &mut self,
        err: &SyntaxError,
        source: &str,
        filename: &str,
    ) -> Raised {
        let typ = match err.kind {
            SyntaxErrorKind::Syntax => TypeId::SyntaxError,
            SyntaxErrorKind::Indentation => TypeId::IndentationError,
            SyntaxErrorKind::Tab => TypeId::TabError,
            SyntaxErrorKind::TooDeep => {
                return self.raise_new(
                    TypeId::RecursionError,
                    "maximum recursion depth exceeded during compilation",
                );
            }
            SyntaxErrorKind::Unsupported => {
                return self.raise_new(TypeId::NotImplementedError, &err.msg);
            }
        };
        let index = crate::lex::LineIndex::new(source);
        let (line, col) = index.line_col(err.span.start);
        let text = String::from(index.line_text(source, line));
        let result = (|| {
            let msg = self.new_str_from(&err.msg)?;
            let file = self.new_str_from(filename)?;
            let text = self.new_str(text)?;
            let details = self.new_tuple(vec![
                file,
                Value::small(line as i64).unwrap_or(Value::NONE),
                Value::small(col as i64).unwrap_or(Value::NONE),
                text,
            ])?;
            let args = self.new_tuple(vec![msg, details])?;
            self.new_exception(Value::builtin_type(typ), args)
        })();
        match result {
            Ok(exc) => self.raise(exc),
            Err(raised) => raised,
        }
    }

    /// The class of an exception instance.
    pub(crate) fn exc_type(&self, exc: Value) -> Value {
        match self.heap.get(exc) {
            Some(Obj::Exception(e)) => e.typ,
            _ => Value::builtin_type(TypeId::BaseException),
        }
    }

    pub(crate) fn exc_args(&self, exc: Value) -> Value {
        match self.heap.get(exc) {
            Some(Obj::Exception(e)) => e.args,
            _ => Value::NONE,
        }
    }

    /// Records that `exc` passed through `code` at `line`.
    pub(crate) fn add_traceback(&mut self, exc: Value, entry: TracebackEntry) {
        if let Some(Obj::Exception(e)) = self.heap.get_mut(exc) {
            e.traceback.push(entry);
        }
    }

    /// `exc.__traceback__`: the chain of traceback objects from the outermost frame the
    /// exception has passed through to the one that raised it, or None. The links made
    /// earlier are kept, so asking twice gives the same objects.
    pub(crate) fn exc_traceback(&mut self, exc: Value) -> PyResult {
        let exc = self.payload(exc);
        let Some(Obj::Exception(e)) = self.heap.get(exc) else {
            return Ok(Value::NONE);
        };
        let (mut head, from) = if e.tb_head == Value::UNBOUND {
            (Value::NONE, 0)
        } else {
            (e.tb_head, e.tb_links)
        };
        let entries: Vec<TracebackEntry> = e.traceback.get(from..).unwrap_or(&[]).to_vec();
        let total = from + entries.len();
        if entries.is_empty() && from == 0 {
            return Ok(Value::NONE);
        }
        for entry in entries {
            // The new link is young (a root) until the next one holds it.
            head = self.alloc(Obj::Traceback(alloc::boxed::Box::new(TracebackObj {
                entry,
                next: head,
            })))?;
        }
        if let Some(Obj::Exception(e)) = self.heap.get_mut(exc) {
            e.tb_head = head;
            e.tb_links = total;
        }
        Ok(head)
    }

    /// `exc.__traceback__ = value` (and `with_traceback(value)`): None forgets the frames
    /// passed so far; a traceback object's chain becomes them.
    pub(crate) fn set_exc_traceback(&mut self, exc: Value, value: Value) -> PyResult<()> {
        let exc = self.payload(exc);
        let mut entries = Vec::new();
        let mut link = value;
        while let Some(Obj::Traceback(tb)) = self.heap.get(link) {
            entries.push(tb.entry.clone());
            link = tb.next;
        }
        if !value.is_none() && entries.is_empty() {
            return Err(self.type_error("__traceback__ must be a traceback or None"));
        }
        // The chain runs outermost first; entries are kept innermost first.
        entries.reverse();
        if let Some(Obj::Exception(e)) = self.heap.get_mut(exc) {
            e.tb_links = entries.len();
            e.traceback = entries;
            e.tb_head = if value.is_none() {
                Value::UNBOUND
            } else {
                value
            };
        }
        Ok(())
    }

    /// Sets `exc.__context__` to the exception being handled, as CPython does at raise time.
    pub(crate) fn set_context(&mut self, exc: Value) {
        let Some(&handled) = self.handled.last() else {
            return;
        };
        if handled == exc {
            return;
        }
        // Never create a cycle: walk handled's context chain.
        let mut link = handled;
        for _ in 0..1000 {
            match self.heap.get(link) {
                Some(Obj::Exception(e)) if e.context != Value::NONE => {
                    if e.context == exc {
                        if let Some(Obj::Exception(e)) = self.heap.get_mut(link) {
                            e.context = Value::NONE;
                        }
                        break;
                    }
                    link = e.context;
                }
                _ => break,
            }
        }
        if let Some(Obj::Exception(e)) = self.heap.get_mut(exc)
            && e.context == Value::NONE
        {
            e.context = handled;
        }
    }

    /// `str(exc)`: the message of an exception.
    pub(crate) fn exc_message(&mut self, exc: Value) -> String {
        match self.str_value(exc) {
            Ok(v) => self.string_of(v),
            Err(_) => String::from("<exception str() failed>"),
        }
    }

    /// The whole CPython-style report of an uncaught `exc`, chained exceptions first.
    pub(crate) fn format_exception(&mut self, exc: Value) -> String {
        let mut chain = vec![(exc, "")];
        let mut cur = exc;
        while chain.len() < 64 {
            let Some(Obj::Exception(e)) = self.heap.get(cur) else {
                break;
            };
            let (next, why) = if e.cause != Value::NONE {
                (
                    e.cause,
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                )
            } else if e.context != Value::NONE && !e.suppress_context {
                (
                    e.context,
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                )
            } else {
                break;
            };
            if chain.iter().any(|&(v, _)| v == next) {
                break;
            }
            // The separator follows the earlier exception, which is printed first.
            chain.push((next, why));
            cur = next;
        }
        let mut out = String::new();
        for &(exc, why) in chain.iter().rev() {
            self.format_one(exc, &mut out);
            out.push_str(why);
        }
        out
    }

    pub(crate) fn format_one(&mut self, exc: Value, out: &mut String) {
        let entries: Vec<TracebackEntry> = match self.heap.get(exc) {
            Some(Obj::Exception(e)) => e.traceback.clone(),
            _ => Vec::new(),
        };
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // Like CPython, a line repeated more than three times in a row is summarised.
            let mut last: Option<String> = None;
            let mut repeats = 0usize;
            let flush = |out: &mut String, repeats: usize| {
                if repeats > 3 {
                    let n = repeats - 3;
                    out.push_str(&format!(
                        "  [Previous line repeated {n} more time{}]\n",
                        if n == 1 { "" } else { "s" }
                    ));
                }
            };
            for entry in entries.iter().rev() {
                let file = self.qstr_text(entry.code.filename);
                let name = self.qstr_text(entry.code.name);
                let line = format!("  File \"{file}\", line {}, in {name}\n", entry.line);
                if last.as_deref() == Some(line.as_str()) {
                    repeats += 1;
                    if repeats > 3 {
                        continue;
                    }
                } else {
                    flush(out, repeats);
                    repeats = 1;
                }
                out.push_str(&line);
                last = Some(line);
            }
            flush(out, repeats);
        }
        let typ = self.exc_type(exc);
        let name = self.qualified_name(typ);
        let is_syntax = typ
            .as_builtin_type()
            .is_some_and(|t| t.is_subtype(TypeId::SyntaxError));
        if is_syntax && let Some(report) = self.format_syntax_error(exc) {
            out.push_str(&report);
        }
        let msg = if is_syntax {
            self.syntax_error_msg(exc)
        } else {
            self.exc_message(exc)
        };
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
        self.format_notes(exc, out);
    }

    /// The notes `add_note` attached, one per line after the exception's own line (a note
    /// that is not a str shows as its repr).
    fn format_notes(&mut self, exc: Value, out: &mut String) {
        let Some(d) = self.instance_dict(exc).filter(|&d| d != Value::UNBOUND) else {
            return;
        };
        let Some(notes) = self.dict_get_qstr(d, Q::__notes__) else {
            return;
        };
        let items = match self.heap.get(notes) {
            Some(Obj::List(items)) => items.clone(),
            Some(Obj::Tuple(items)) => items.to_vec(),
            _ => return,
        };
        for note in items {
            let text = match self.str_text(note) {
                Some(t) => String::from(t),
                None => match self.repr(note) {
                    Ok(r) => self.string_of(r),
                    Err(_) => {
                        self.pending = Value::NONE;
                        String::from("<note repr failed>")
                    }
                },
            };
            out.push_str(&text);
            out.push('\n');
        }
    }

    /// The `msg` of a SyntaxError whose args are `(msg, (file, line, col, text))`.
    fn syntax_error_msg(&mut self, exc: Value) -> String {
        let args = self.exc_args(exc);
        match self.tuple_items(args).first() {
            Some(&msg) => self.string_of(msg),
            None => String::new(),
        }
    }

    /// The `  File "x", line N` header, source line and caret of a SyntaxError.
    fn format_syntax_error(&mut self, exc: Value) -> Option<String> {
        let args = self.exc_args(exc);
        let details = *self.tuple_items(args).get(1)?;
        let parts = self.tuple_items(details).to_vec();
        let [file, line, col, text] = parts[..] else {
            return None;
        };
        let file = self.string_of(file);
        let line = line.as_small()?;
        let col = col.as_small().unwrap_or(1).max(1) as usize;
        let text = self.string_of(text);
        let mut out = format!("  File \"{file}\", line {line}\n");
        let trimmed = text.trim_start();
        if !trimmed.is_empty() {
            let indent = text.chars().count() - trimmed.chars().count();
            out.push_str(&format!("    {}\n", trimmed.trim_end()));
            let caret = col.saturating_sub(1).saturating_sub(indent);
            out.push_str(&format!("    {}^\n", " ".repeat(caret)));
        }
        Some(out)
    }

    /// Takes the pending exception as an `Uncaught` report.
    pub(crate) fn take_uncaught(&mut self) -> Uncaught {
        // Reporting allocates: a program that ended with the heap locked gets it back.
        self.heap.force_unlock();
        let exc = self.pending;
        let typ = self.exc_type(exc);
        let type_name = match typ.as_builtin_type() {
            Some(t) => String::from(t.name()),
            None => String::from(self.type_name(typ)),
        };
        let exit_code = if self.is_subclass(typ, Value::builtin_type(TypeId::SystemExit)) {
            let args = self.exc_args(exc);
            let code = match self.tuple_items(args) {
                [] => Some(0),
                [v] if v.is_none() => Some(0),
                [v] => v.as_small().map(|i| i as i32),
                _ => None,
            };
            Some(code.unwrap_or(1))
        } else {
            None
        };
        let message = if typ
            .as_builtin_type()
            .is_some_and(|t| t.is_subtype(TypeId::SyntaxError))
        {
            self.syntax_error_msg(exc)
        } else {
            self.exc_message(exc)
        };
        let traceback = self.format_exception(exc);
        self.pending = Value::NONE;
        Uncaught {
            type_name,
            message,
            traceback,
            exit_code,
        }
    }

    /// `raise` with no operand: the exception being handled, again.
    pub(super) fn reraise_handled(&mut self) -> Raised {
        match self.handled.last() {
            Some(&exc) => {
                self.pending = exc;
                self.reraising = true;
                Raised
            }
            None => self.raise_new(TypeId::RuntimeError, "No active exception to reraise"),
        }
    }

    /// `raise exc [from cause]`: `exc` may be a class (instantiated with no arguments).
    pub(super) fn raise_value(&mut self, exc: Value, cause: Option<Value>) -> Raised {
        let exc = match self.instantiate_exception(exc) {
            Ok(e) => e,
            Err(r) => return r,
        };
        if let Some(cause) = cause {
            let cause = if cause.is_none() {
                Value::NONE
            } else {
                match self.instantiate_exception(cause) {
                    Ok(c) => c,
                    Err(_) => {
                        self.pending = Value::NONE;
                        return self.type_error("exception causes must derive from BaseException");
                    }
                }
            };
            if let Some(Obj::Exception(e)) = self.heap.get_mut(exc) {
                e.cause = cause;
                e.suppress_context = true;
            }
        }
        self.raise(exc)
    }

    /// An exception instance from a class or instance; TypeError for anything else.
    fn instantiate_exception(&mut self, v: Value) -> PyResult {
        if let Some(Obj::Exception(_)) = self.heap.get(v) {
            return Ok(v);
        }
        if let Some(t) = v.as_builtin_type()
            && t.is_exception()
        {
            let args = self.new_tuple(alloc::vec::Vec::new())?;
            return self.new_exception(v, args);
        }
        if self.is_type(v) && self.is_subclass(v, Value::builtin_type(TypeId::BaseException)) {
            let e = self.call_value(v, &[])?;
            if !matches!(self.heap.get(e), Some(Obj::Exception(_))) {
                let msg = format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    self.qualified_name(v),
                    self.type_name_of(e)
                );
                return Err(self.type_error(&msg));
            }
            return Ok(e);
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Whether `exc` is caught by `except typ`: a class, or a flat tuple of classes, each
    /// checked (before any is matched) to derive from BaseException, as CPython does.
    pub(super) fn exception_matches(&mut self, exc: Value, typ: Value) -> PyResult<bool> {
        let exc_type = self.exc_type(exc);
        let classes = match self.heap.get(typ) {
            Some(Obj::Tuple(items)) => items.to_vec(),
            _ => vec![typ],
        };
        let base = Value::builtin_type(TypeId::BaseException);
        if classes
            .iter()
            .any(|&t| !(self.is_type(t) && self.is_subclass(t, base)))
        {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(classes.iter().any(|&t| self.is_subclass(exc_type, t)))
    }
}
