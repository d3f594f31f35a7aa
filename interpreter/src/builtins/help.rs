//! `help`, as MicroPython has it (CPython's is the interactive pydoc, which a board has no
//! room for): `help()` tells how to get help, `help('modules')` lists the modules built
//! into this build (native, the port's included, and frozen), `help(obj)` lists an
//! object's attributes. The text goes through `print`, so it honours a reassigned
//! `sys.stdout`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Kw, arity};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const WELCOME: &str = "Welcome to upy, Python 3 in Rust.

help(obj) lists the attributes of obj; help('modules') lists the modules built in.
Control keys at the REPL:
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, exit (on a board: soft reset)
  CTRL-E        -- paste mode";

pub(super) fn help(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "help", &[])?;
    arity(vm, "help", args, 0, 1)?;
    let text = match args.first() {
        None => String::from(WELCOME),
        Some(&v) if vm.str_text(v) == Some("modules") => modules_text(vm),
        Some(&v) => object_text(vm, v)?,
    };
    let s = vm.new_str(text)?;
    super::functions::print(vm, &[s], Kw::NONE)
}

/// The names of the modules built in, in columns.
fn modules_text(vm: &Vm) -> String {
    let mut names: Vec<&str> = vm.native_module_names().collect();
    names.extend(vm.frozen.iter().map(|m| m.name));
    names.sort_unstable();
    names.dedup();
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0) + 2;
    let mut out = String::new();
    for row in names.chunks(4) {
        let line: String = row.iter().map(|n| format!("{n:<width$}")).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str("Plus any modules on the file system (sys.path)");
    out
}

/// `object <repr> is of type <type>`, then the attributes of the object if it is a module
/// or a class, else of its type, one `name -- repr` line each (dunder names left out).
fn object_text(vm: &mut Vm, v: Value) -> PyResult<String> {
    let mut out = String::from("object ");
    vm.repr_into(v, &mut out)?;
    let type_name = String::from(vm.type_name_of(v));
    out.push_str(&format!(" is of type {type_name}"));
    let is_module = vm.module_dict(v).is_some();
    let target = if is_module || vm.is_type(v) {
        v
    } else {
        vm.type_of(v)
    };
    vm.roots.push(target);
    let r = attribute_lines(vm, target, &mut out);
    vm.roots.pop();
    r.map(|()| out)
}

fn attribute_lines(vm: &mut Vm, target: Value, out: &mut String) -> PyResult<()> {
    let names = super::eval::dir(vm, &[target], Kw::NONE)?;
    vm.roots.push(names);
    let r = (|| {
        for name in vm.collect_iterable(names)? {
            let Some(text) = vm.str_text(name).map(String::from) else {
                continue;
            };
            if text.starts_with("__") {
                continue;
            }
            let q = vm.qstrs.intern(&text);
            let Ok(value) = vm.load_attr(target, q) else {
                vm.pending = Value::NONE;
                continue;
            };
            out.push_str(&format!("\n  {text} -- "));
            vm.repr_into(value, out)?;
        }
        Ok(())
    })();
    vm.roots.pop();
    r
}
