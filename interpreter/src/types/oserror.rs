//! What OSError makes of its arguments, as CPython does: `OSError(errno, strerror[,
//! filename[, winerror[, filename2]]])`.
//!
//! Called as `OSError(...)` itself with an errno that names a subclass, it makes that
//! subclass (`OSError(2, 'x')` is a FileNotFoundError). Made with two to five arguments it
//! has `errno` and `strerror` (the first two) and `filename` and `filename2` (the third and
//! fifth); a filename that is not None is kept out of `args`, which then holds the first two
//! only, and lives in the exception's dict beside anything the program sets. Its str is then
//! `[Errno 2] strerror`, with `: 'filename'` and ` -> 'filename2'` after it when they are set.
//! The errno numbers are the Linux ones, which MicroPython's ports share.

use alloc::vec::Vec;

use crate::heap::Obj;
use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The subclass `OSError(errno, ...)` makes for an errno, if one is named for it.
fn subclass_for(errno: i64) -> Option<TypeId> {
    Some(match errno {
        1 | 13 => TypeId::PermissionError,
        2 => TypeId::FileNotFoundError,
        3 => TypeId::ProcessLookupError,
        4 => TypeId::InterruptedError,
        10 => TypeId::ChildProcessError,
        11 | 114 | 115 => TypeId::BlockingIOError,
        17 => TypeId::FileExistsError,
        20 => TypeId::NotADirectoryError,
        21 => TypeId::IsADirectoryError,
        32 | 108 => TypeId::BrokenPipeError,
        103 => TypeId::ConnectionAbortedError,
        104 => TypeId::ConnectionResetError,
        110 => TypeId::TimeoutError,
        111 => TypeId::ConnectionRefusedError,
        _ => return None,
    })
}

impl Vm {
    /// Makes builtin exception `t` (an OSError or a subclass) from `args`.
    pub(crate) fn new_os_error(&mut self, t: TypeId, args: &[Value]) -> PyResult {
        let t = match args {
            [errno, _, ..] if t == TypeId::OSError && args.len() <= 5 => self
                .int_as_i64(*errno)
                .filter(|_| self.is_int(*errno))
                .and_then(subclass_for)
                .unwrap_or(t),
            _ => t,
        };
        let filenames: Vec<(Qstr, Value)> = match args.len() {
            3..=5 if !args[2].is_none() => {
                let mut names = alloc::vec![(Q::filename, args[2])];
                if let Some(&f2) = args.get(4) {
                    names.push((Q::filename2, f2));
                }
                names
            }
            _ => Vec::new(),
        };
        let kept = if filenames.is_empty() {
            args
        } else {
            &args[..2]
        };
        let tuple = self.new_tuple(kept.to_vec())?;
        let exc = self.new_exception(Value::builtin_type(t), tuple)?;
        if filenames.is_empty() {
            return Ok(exc);
        }
        self.roots.push(exc);
        let r = (|| {
            let d = self.instance_dict_mut(exc)?.unwrap_or(Value::NONE);
            for (name, v) in filenames {
                self.dict_set(d, Value::qstr(name), v)?;
            }
            Ok(())
        })();
        self.roots.pop();
        r.map(|()| exc)
    }

    /// `errno`, `strerror`, `filename` and `filename2` of OSError `exc`, each as the program
    /// last set it or as its arguments gave it; `None` for all when it was not made with two
    /// to five arguments and nothing was set.
    pub(crate) fn os_error_fields(&self, exc: Value) -> Option<[Value; 4]> {
        let Some(Obj::Exception(e)) = self.heap.get(exc) else {
            return None;
        };
        let (args, dict) = (e.args, e.dict);
        let items = self.tuple_items(args);
        let from_args = (2..=5).contains(&items.len());
        let set = |name: Qstr| {
            (dict != Value::UNBOUND)
                .then(|| self.dict_get_qstr(dict, name))
                .flatten()
        };
        let arg = |i: usize| {
            from_args
                .then(|| items.get(i).copied())
                .flatten()
                .unwrap_or(Value::NONE)
        };
        let fields = [
            set(Q::errno).unwrap_or_else(|| arg(0)),
            set(Q::strerror).unwrap_or_else(|| arg(1)),
            set(Q::filename).unwrap_or_else(|| arg(2)),
            set(Q::filename2).unwrap_or_else(|| arg(4)),
        ];
        (from_args || fields.iter().any(|f| !f.is_none())).then_some(fields)
    }
}
