//! The REPL: reads lines through the `Port`, compiles each complete input in interactive
//! mode (expression statements echo their repr) and prints tracebacks of errors.
//!
//! A line is complete unless it opens a block (ends with `:`), leaves a bracket or a
//! triple-quoted string open, or continues with a backslash; a block ends at an empty line.
//! Line editing belongs to the port's terminal for now (the unix port reads cooked lines).

use alloc::string::String;
use alloc::vec::Vec;

use crate::compile::Mode;
use crate::vm::Vm;

pub const PRIMARY: &str = ">>> ";
pub const CONTINUATION: &str = "... ";

/// What one read from the port gave.
enum Line {
    Text(String),
    /// Ctrl-C (ETX): the input so far is abandoned.
    Interrupt,
    Eof,
}

/// Reads one line (without its newline).
fn read_line(vm: &mut Vm) -> Line {
    let mut bytes = Vec::new();
    loop {
        match vm.port_mut().read_byte() {
            None if bytes.is_empty() => return Line::Eof,
            None | Some(b'\n') => break,
            Some(0x03) => return Line::Interrupt,
            Some(b'\r') => {}
            Some(b) => bytes.push(b),
        }
    }
    Line::Text(String::from_utf8_lossy(&bytes).into_owned())
}

/// Whether an input so far can run.
enum Status {
    /// The input ended too early (open bracket, block header without a body, ...).
    Incomplete,
    /// It parses, and starts with a compound statement: more of its block may follow.
    Block,
    /// It parses (or fails for good): run it (or report the error).
    Ready,
}

fn status(source: &str) -> Status {
    use crate::ast::StmtKind as S;
    match crate::parse::parse_module(source) {
        Err(e) if e.incomplete => Status::Incomplete,
        Err(_) => Status::Ready,
        Ok(module) => match module.body.first().map(|s| &s.kind) {
            Some(
                S::If { .. }
                | S::While { .. }
                | S::For { .. }
                | S::With { .. }
                | S::Try { .. }
                | S::FunctionDef(_)
                | S::ClassDef(_)
                | S::Match { .. },
            ) => Status::Block,
            _ => Status::Ready,
        },
    }
}

/// Runs the REPL until the end of input.
pub fn run(vm: &mut Vm) {
    loop {
        vm.write_out(PRIMARY);
        let first = match read_line(vm) {
            Line::Text(text) => text,
            Line::Interrupt => {
                vm.write_out("\nKeyboardInterrupt\n");
                continue;
            }
            Line::Eof => {
                vm.write_out("\n");
                return;
            }
        };
        if first.trim().is_empty() {
            continue;
        }
        let mut source = first;
        let mut interrupted = false;
        loop {
            match status(&source) {
                Status::Ready => break,
                // A block ends at an empty line.
                Status::Block if source.ends_with('\n') => break,
                Status::Block | Status::Incomplete => {}
            }
            vm.write_out(CONTINUATION);
            let line = match read_line(vm) {
                Line::Text(text) => text,
                Line::Interrupt => {
                    vm.write_out("\nKeyboardInterrupt\n");
                    interrupted = true;
                    break;
                }
                Line::Eof => break,
            };
            source.push('\n');
            if line.trim().is_empty() {
                // An empty line closes a block; inside brackets it is just whitespace.
                if !matches!(status(&source), Status::Incomplete) {
                    break;
                }
            } else {
                source.push_str(&line);
            }
        }
        if interrupted {
            continue;
        }
        source.push('\n');
        // A Ctrl-C that arrived while nothing ran must not interrupt this input.
        let _ = vm.port_mut().take_interrupt();
        vm.run_interactive(&source);
    }
}

impl Vm {
    /// Runs one REPL input in `__main__`, printing any uncaught exception's traceback.
    pub fn run_interactive(&mut self, source: &str) {
        self.entered(|vm| vm.run_interactive_here(source));
    }

    fn run_interactive_here(&mut self, source: &str) {
        let globals = self.main_globals;
        if self
            .exec_source(source, "<stdin>", globals, Mode::Interactive)
            .is_err()
        {
            let uncaught = self.take_uncaught();
            self.write_err(&uncaught.traceback);
        }
    }
}
