//! Argument parsing for builtins declared with named parameters, with CPython's messages
//! for each way a call can go wrong (too many, too few, unknown or repeated keywords).
//!
//! A [`Params`] lists a function's parameters in order: the first `posonly` can only be
//! passed by position, the first `required` must be passed, and at most `maxpos` may be
//! passed by position (the rest are keyword-only).

use alloc::format;

use super::Kw;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The parameters of a builtin, in order.
pub(crate) struct Params<'a> {
    pub names: &'a [Qstr],
    pub posonly: usize,
    pub required: usize,
    pub maxpos: usize,
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Matches `args` and `kw` to `params`: each parameter's value, or `None` where it was not
/// passed. `name` is the function's name as messages show it (`round`, `str.split`).
pub(crate) fn parse<const N: usize>(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    params: &Params,
) -> PyResult<[Option<Value>; N]> {
    debug_assert_eq!(params.names.len(), N);
    keyword_arity(vm, name, args, kw, N)?;
    let nargs = args.len();
    let minpos = params.required.min(params.posonly);
    if nargs > params.maxpos {
        let msg = if params.maxpos == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            format!(
                "{name}() takes {} {} positional argument{} ({nargs} given)",
                if minpos < params.maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                params.maxpos,
                plural(params.maxpos)
            )
        };
        return Err(vm.type_error(&msg));
    }
    if nargs < minpos {
        let msg = format!(
            "{name}() takes {} {minpos} positional argument{} ({nargs} given)",
            if minpos < params.maxpos {
                "at least"
            } else {
                "exactly"
            },
            plural(minpos)
        );
        return Err(vm.type_error(&msg));
    }
    let mut out = [None; N];
    for (slot, &a) in out.iter_mut().zip(args) {
        *slot = Some(a);
    }
    // CPython reports, in this order: a missing required argument, one given by name and
    // position, then an unknown keyword.
    let mut twice = None;
    let mut unknown = None;
    for (&k, &v) in kw.names.iter().zip(kw.values) {
        match (params.posonly..N).find(|&j| Value::qstr(params.names[j]) == k) {
            Some(j) if j < args.len() => {
                twice.get_or_insert((k, j));
            }
            Some(j) => out[j] = Some(v),
            None => {
                unknown.get_or_insert(k);
            }
        }
    }
    if let Some(j) = out[..params.required].iter().position(Option::is_none) {
        let text = vm.qstr_text(params.names[j]);
        let msg = format!(
            "{name}() missing required argument '{text}' (pos {})",
            j + 1
        );
        return Err(vm.type_error(&msg));
    }
    if let Some((k, j)) = twice {
        let text = vm.string_of(k);
        let msg = format!(
            "argument for {name}() given by name ('{text}') and position ({})",
            j + 1
        );
        return Err(vm.type_error(&msg));
    }
    if let Some(k) = unknown {
        let text = vm.string_of(k);
        let msg = format!("'{text}' is an invalid keyword argument for {name}()");
        return Err(vm.type_error(&msg));
    }
    Ok(out)
}

/// Checks the count of positional arguments of a function that takes some of its
/// parameters by keyword: `to_bytes() takes at most 2 positional arguments (3 given)`.
pub(crate) fn max_positional(vm: &mut Vm, name: &str, args: &[Value], max: usize) -> PyResult<()> {
    if args.len() > max {
        let msg = format!(
            "{name}() takes at most {max} positional argument{} ({} given)",
            plural(max),
            args.len()
        );
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

/// Checks the total count for a method whose parameters all take keywords too:
/// `split() takes at most 2 arguments (5 given)`.
pub(crate) fn keyword_arity(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    max: usize,
) -> PyResult<()> {
    let given = args.len() + kw.names.len();
    if given > max {
        let msg = format!(
            "{name}() takes at most {max} {}argument{} ({given} given)",
            if args.is_empty() { "keyword " } else { "" },
            plural(max)
        );
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

/// Checks the count of positional arguments the way CPython's older tuple parsing words
/// it: `count() takes at least 1 argument (0 given)`.
pub(crate) fn parse_tuple_arity(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    let (bound, limit) = if n < min {
        (if min == max { "exactly" } else { "at least" }, min)
    } else if n > max {
        (if min == max { "exactly" } else { "at most" }, max)
    } else {
        return Ok(());
    };
    let msg = format!(
        "{name}() takes {bound} {limit} argument{} ({n} given)",
        plural(limit)
    );
    Err(vm.type_error(&msg))
}

/// Checks the count of a function that takes only positional arguments, as CPython's
/// `name expected at least 1 argument, got 0` messages say it.
pub(crate) fn positional(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    if n < min {
        let msg = format!(
            "{name} expected {}{min} argument{}, got {n}",
            if min == max { "" } else { "at least " },
            plural(min)
        );
        return Err(vm.type_error(&msg));
    }
    if n > max {
        let msg = format!(
            "{name} expected {}{max} argument{}, got {n}",
            if min == max { "" } else { "at most " },
            plural(max)
        );
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

/// The signature of a native that stands in for a function CPython writes in Python (the
/// methods of `random.Random`): its argument errors are worded as a Python function's, with
/// the bound `self` counted among the positional arguments.
#[cfg_attr(not(feature = "random"), allow(dead_code))]
pub(crate) struct PySig<'a> {
    /// As messages name it: `Random.uniform`.
    pub qualname: &'a str,
    /// Every parameter after `self`: the positional-or-keyword ones, then keyword-only.
    pub names: &'a [Qstr],
    /// How many of `names` can be passed by position.
    pub positional: usize,
    /// How many of the positional ones must be passed.
    pub required: usize,
}

/// Matches `args` and `kw` to `sig`, with a Python function's messages.
#[cfg_attr(not(feature = "random"), allow(dead_code))]
pub(crate) fn parse_py<const N: usize>(
    vm: &mut Vm,
    sig: &PySig,
    args: &[Value],
    kw: Kw,
) -> PyResult<[Option<Value>; N]> {
    debug_assert_eq!(sig.names.len(), N);
    let q = sig.qualname;
    if args.len() > sig.positional {
        let takes = if sig.required < sig.positional {
            format!(
                "from {} to {} positional arguments",
                sig.required + 1,
                sig.positional + 1
            )
        } else {
            format!(
                "{} positional argument{}",
                sig.positional + 1,
                plural(sig.positional + 1)
            )
        };
        let msg = format!("{q}() takes {takes} but {} were given", args.len() + 1);
        return Err(vm.type_error(&msg));
    }
    let mut out = [None; N];
    for (slot, &a) in out.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for (&name, &value) in kw.names.iter().zip(kw.values) {
        let Some(i) = sig.names.iter().position(|&n| Value::qstr(n) == name) else {
            let msg = format!(
                "{q}() got an unexpected keyword argument '{}'",
                vm.string_of(name)
            );
            return Err(vm.type_error(&msg));
        };
        if out[i].is_some() {
            let msg = format!(
                "{q}() got multiple values for argument '{}'",
                vm.string_of(name)
            );
            return Err(vm.type_error(&msg));
        }
        out[i] = Some(value);
    }
    let missing: alloc::vec::Vec<alloc::string::String> = (0..sig.required)
        .filter(|&i| out[i].is_none())
        .map(|i| format!("'{}'", vm.qstr_text(sig.names[i])))
        .collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        let msg = format!(
            "{q}() missing {} required positional argument{}: {list}",
            missing.len(),
            plural(missing.len())
        );
        return Err(vm.type_error(&msg));
    }
    Ok(out)
}
