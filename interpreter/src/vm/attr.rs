//! Attribute access on builtin values: methods of builtin types and a few data attributes.

use alloc::format;
use alloc::string::String;

use super::{PyResult, Raised, Vm};
use crate::heap::Obj;
use crate::qstr::{Q, Qstr};
use crate::value::Value;

impl Vm {
    /// The native method `name` of `v`'s type, if any.
    fn find_method(&self, v: Value, name: Qstr) -> Option<u16> {
        let mut t = Some(self.type_id_of(v));
        while let Some(ty) = t {
            if let Some(n) = crate::builtins::method_of(ty, name) {
                return Some(n);
            }
            t = ty.base();
        }
        None
    }

    /// `obj.name` followed by a call: `(method, obj)`, or `(attribute, UNBOUND)`.
    pub(crate) fn load_method(&mut self, obj: Value, name: Qstr) -> PyResult<(Value, Value)> {
        if obj.as_builtin_type().is_none()
            && let Some(n) = self.find_method(obj, name)
        {
            return Ok((Value::native(n), obj));
        }
        let attr = self.load_attr(obj, name)?;
        Ok((attr, Value::UNBOUND))
    }

    /// `obj.name`.
    pub(crate) fn load_attr(&mut self, obj: Value, name: Qstr) -> PyResult {
        if let Some(v) = self.data_attr(obj, name)? {
            return Ok(v);
        }
        if obj.as_builtin_type().is_none()
            && let Some(n) = self.find_method(obj, name)
        {
            return self.alloc(Obj::BoundMethod {
                func: Value::native(n),
                receiver: obj,
            });
        }
        if let Some(t) = obj.as_builtin_type() {
            // An unbound method of a builtin type: `str.upper`.
            let mut ty = Some(t);
            while let Some(tt) = ty {
                if let Some(n) = crate::builtins::method_of(tt, name) {
                    return Ok(Value::native(n));
                }
                ty = tt.base();
            }
        }
        Err(self.no_attribute(obj, name))
    }

    fn data_attr(&mut self, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
        if name == Q::__class__ {
            return Ok(Some(self.type_of(obj)));
        }
        if let Some(t) = obj.as_builtin_type() {
            return Ok(match name {
                Q::__name__ | Q::__qualname__ => Some(Value::qstr(self.qstrs.intern(t.name()))),
                _ => None,
            });
        }
        if self.is_int(obj) {
            return Ok(match name {
                Q::real => Some(self.unary_pos(obj)?),
                Q::imag => Some(Value::small(0).unwrap_or(Value::NONE)),
                _ => None,
            });
        }
        if let Some(f) = self.float_of(obj) {
            return Ok(match name {
                Q::real => Some(obj),
                Q::imag => Some(self.new_float(0.0 * f.signum().abs())?),
                _ => None,
            });
        }
        match self.heap.get(obj) {
            Some(Obj::Exception(e)) => Ok(match name {
                Q::args => Some(e.args),
                Q::__cause__ => Some(e.cause),
                Q::__context__ => Some(e.context),
                Q::__suppress_context__ => Some(Value::bool(e.suppress_context)),
                Q::__traceback__ => Some(Value::NONE),
                _ => None,
            }),
            Some(Obj::Function(f)) => Ok(match name {
                Q::__name__ => Some(Value::qstr(f.code.name)),
                Q::__qualname__ => Some(Value::qstr(f.code.qualname)),
                _ => None,
            }),
            Some(Obj::Range(r)) => {
                let v = match name {
                    Q::start => r.start,
                    Q::stop => r.stop,
                    Q::step => r.step,
                    _ => return Ok(None),
                };
                Ok(Some(self.new_i128(v)?))
            }
            _ => Ok(None),
        }
    }

    fn no_attribute(&mut self, obj: Value, name: Qstr) -> Raised {
        let attr = String::from(self.qstr_text(name));
        let msg = match obj.as_builtin_type() {
            Some(t) => format!("type object '{}' has no attribute '{attr}'", t.name()),
            None => format!(
                "'{}' object has no attribute '{attr}'",
                self.type_name_of(obj)
            ),
        };
        self.raise_new(crate::types::TypeId::AttributeError, &msg)
    }

    /// `obj.name = value`.
    pub(crate) fn store_attr(&mut self, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
        if let Some(Obj::Exception(e)) = self.heap.get_mut(obj) {
            match name {
                Q::__cause__ => {
                    e.cause = value;
                    e.suppress_context = true;
                    return Ok(());
                }
                Q::__context__ => {
                    e.context = value;
                    return Ok(());
                }
                Q::__suppress_context__ => {
                    e.suppress_context = value == Value::TRUE;
                    return Ok(());
                }
                _ => {}
            }
        }
        let attr = String::from(self.qstr_text(name));
        let msg = match obj.as_builtin_type() {
            Some(t) => format!(
                "cannot set '{attr}' attribute of immutable type '{}'",
                t.name()
            ),
            None => format!(
                "'{}' object has no attribute '{attr}'",
                self.type_name_of(obj)
            ),
        };
        Err(self.raise_new(crate::types::TypeId::AttributeError, &msg))
    }

    /// `del obj.name`.
    pub(crate) fn delete_attr(&mut self, obj: Value, name: Qstr) -> PyResult<()> {
        Err(self.no_attribute(obj, name))
    }
}
