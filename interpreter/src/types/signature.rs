//! Binding a native function's arguments the way CPython binds those of a Python function
//! (`def f(a, b=1, *, c=None)`), with the same messages: for the natives that stand in for
//! functions CPython writes in Python (`namedtuple` and its classes' methods, `Counter`'s
//! methods, `heapq.nlargest`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::Kw;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The parameters of a function bound Python's way: the first `npos` positional or
/// keyword (the last `ndefaults` of them optional), the rest keyword-only and optional.
pub(crate) struct Signature<'a> {
    pub fname: &'a str,
    pub names: &'a [Qstr],
    pub npos: usize,
    pub ndefaults: usize,
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Each parameter's value, or `None` where it was not passed (and has a default).
pub(crate) fn bind(
    vm: &mut Vm,
    sig: &Signature,
    args: &[Value],
    kw: Kw,
) -> PyResult<Vec<Option<Value>>> {
    let (npos, nargs) = (sig.npos, args.len());
    if nargs > npos {
        let given_kwonly = kw
            .names
            .iter()
            .filter(|&&k| sig.names[npos..].iter().any(|&q| Value::qstr(q) == k))
            .count();
        let takes = if sig.ndefaults > 0 {
            format!(
                "from {} to {npos} positional arguments",
                npos - sig.ndefaults
            )
        } else {
            format!("{npos} positional argument{}", plural(npos))
        };
        let note = if given_kwonly > 0 {
            format!(
                " positional argument{} (and {given_kwonly} keyword-only argument{})",
                plural(nargs),
                plural(given_kwonly)
            )
        } else {
            String::new()
        };
        let was = if nargs == 1 && given_kwonly == 0 {
            "was"
        } else {
            "were"
        };
        let msg = format!(
            "{}() takes {takes} but {nargs}{note} {was} given",
            sig.fname
        );
        return Err(vm.type_error(&msg));
    }
    let mut out: Vec<Option<Value>> = alloc::vec![None; sig.names.len()];
    for (slot, &a) in out.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for (&k, &v) in kw.names.iter().zip(kw.values) {
        let Some(i) = sig.names.iter().position(|&q| Value::qstr(q) == k) else {
            let msg = format!(
                "{}() got an unexpected keyword argument '{}'",
                sig.fname,
                vm.string_of(k)
            );
            return Err(vm.type_error(&msg));
        };
        if out[i].is_some() {
            let msg = format!(
                "{}() got multiple values for argument '{}'",
                sig.fname,
                vm.string_of(k)
            );
            return Err(vm.type_error(&msg));
        }
        out[i] = Some(v);
    }
    let required = npos - sig.ndefaults;
    let missing: Vec<Qstr> = (0..required)
        .filter(|&i| out[i].is_none())
        .map(|i| sig.names[i])
        .collect();
    if !missing.is_empty() {
        return Err(vm.missing_arguments(sig.fname, &missing, "positional"));
    }
    Ok(out)
}
