//! `input([prompt])`: a line from the port's input.
//!
//! The prompt goes to the standard output; the line is read a byte at a time through
//! `Port::read_byte` (the one input channel a port offers, shared with the REPL), up to a
//! newline that is not kept. The end of input before any byte is `EOFError`, as in CPython.
//! The line grows outside the heap, so it is measured against the heap as it grows.

use alloc::vec::Vec;

use super::{Kw, arity};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// How many bytes the line may grow by between two checks against the heap.
const CHECK_EVERY: usize = 4 << 10;

pub(super) fn input(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult {
    kw.check(vm, "input", &[])?;
    arity(vm, "input", args, 0, 1)?;
    if let Some(&prompt) = args.first() {
        let mut text = alloc::string::String::new();
        vm.str_into(prompt, &mut text)?;
        vm.write_out(&text);
    }
    let mut line = Vec::new();
    let mut ended = true;
    while let Some(b) = vm.port_mut().read_byte() {
        ended = false;
        if b == b'\n' {
            break;
        }
        line.push(b);
        if line.len() % CHECK_EVERY == 0 {
            vm.check_building(line.len())?;
        }
    }
    if ended && line.is_empty() {
        return Err(vm.raise_new(TypeId::EOFError, "EOF when reading a line"));
    }
    let text = alloc::string::String::from_utf8_lossy(&line).into_owned();
    vm.new_str(text)
}
