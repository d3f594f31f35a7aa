//! What streams show of themselves: their reprs (`<_io.TextIOWrapper name='f.txt' mode='r'
//! encoding='UTF-8'>`) and data attributes (`closed`, `name`, `mode`, `encoding`, `errors`,
//! `newlines`, `buffer`, `line_buffering`, `closefd`).

use alloc::string::String;

use super::stream::{Newline, flags};
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Appends the repr of stream `v`.
    pub(crate) fn stream_repr_into(&mut self, v: Value, out: &mut String) -> PyResult<()> {
        let Some(s) = self.stream(v) else {
            return Ok(());
        };
        let (kind, name, mode, enc, closed) = (s.kind, s.name, s.mode, s.enc_name, s.closed());
        let closefd = s.has(flags::CLOSEFD);
        if matches!(kind, TypeId::StringIO | TypeId::BytesIO) {
            out.push_str(&self.default_repr(v));
            return Ok(());
        }
        out.push('<');
        out.push_str(kind.name());
        if kind == TypeId::FileIO && closed {
            out.push_str(" [closed]>");
            return Ok(());
        }
        if name != Value::UNBOUND {
            out.push_str(" name=");
            self.repr_into(name, out)?;
        }
        if kind != TypeId::FileIO && kind != TypeId::TextIOWrapper {
            out.push('>');
            return Ok(());
        }
        if mode != Value::UNBOUND {
            out.push_str(" mode=");
            self.repr_into(mode, out)?;
        }
        if kind == TypeId::FileIO {
            out.push_str(if closefd {
                " closefd=True>"
            } else {
                " closefd=False>"
            });
            return Ok(());
        }
        out.push_str(" encoding=");
        self.repr_into(enc, out)?;
        out.push('>');
        Ok(())
    }

    /// Data attribute `name` of stream `v`, if it has one.
    pub(crate) fn stream_attr(&mut self, v: Value, name: Qstr) -> PyResult<Option<Value>> {
        let Some(s) = self.stream(v) else {
            return Ok(None);
        };
        let kind = s.kind;
        let memory = matches!(kind, TypeId::StringIO | TypeId::BytesIO);
        let text = matches!(kind, TypeId::StringIO | TypeId::TextIOWrapper);
        Ok(match name {
            Q::closed => Some(Value::bool(s.closed())),
            Q::name | Q::mode if memory => None,
            Q::name => Some(s.name).filter(|&n| n != Value::UNBOUND),
            Q::mode => Some(s.mode).filter(|&m| m != Value::UNBOUND),
            Q::closefd if kind == TypeId::FileIO => Some(Value::bool(s.has(flags::CLOSEFD))),
            Q::buffer if kind == TypeId::TextIOWrapper => Some(s.inner),
            Q::encoding | Q::errors if kind == TypeId::StringIO => Some(Value::NONE),
            Q::encoding if kind == TypeId::TextIOWrapper => Some(s.enc_name),
            Q::errors if kind == TypeId::TextIOWrapper => Some(s.errors),
            Q::line_buffering if text => Some(Value::bool(s.has(flags::LINE_BUFFERING))),
            Q::write_through if kind == TypeId::TextIOWrapper => Some(Value::FALSE),
            Q::newlines if text => {
                let universal = matches!(s.newline, Newline::Universal | Newline::Untranslated);
                let seen = if universal { s.seen } else { 0 };
                if kind == TypeId::StringIO && s.closed() {
                    return Err(self.value_error("I/O operation on closed file"));
                }
                let kinds: alloc::vec::Vec<&str> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
                    .iter()
                    .filter(|(bit, _)| seen & bit != 0)
                    .map(|&(_, t)| t)
                    .collect();
                Some(match kinds.as_slice() {
                    [] => Value::NONE,
                    [one] => self.new_str_from(one)?,
                    many => {
                        let mut items = alloc::vec::Vec::new();
                        for t in many {
                            let s = self.new_str_from(t)?;
                            self.roots.push(s);
                            items.push(s);
                        }
                        self.roots.truncate(self.roots.len() - items.len());
                        self.new_tuple(items)?
                    }
                })
            }
            _ => None,
        })
    }
}
