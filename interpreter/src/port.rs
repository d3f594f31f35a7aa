//! The `Port` trait: everything the core needs from the world outside it.
//!
//! The core never prints, reads or sleeps by itself; a port (the unix binary, the pyboard
//! firmware, the conformance harness) implements this trait and hands it to the VM.

/// The services a port provides to the core.
pub trait Port {
    /// Writes bytes to the standard output (`print`).
    fn write_stdout(&mut self, bytes: &[u8]);

    /// Writes bytes to the error stream (tracebacks); the standard output by default.
    fn write_stderr(&mut self, bytes: &[u8]) {
        self.write_stdout(bytes);
    }

    /// True once after the user asked to interrupt (Ctrl-C): the VM polls this at calls and
    /// backward jumps and raises `KeyboardInterrupt`.
    fn take_interrupt(&mut self) -> bool {
        false
    }

    /// Reads one byte of input for the REPL and `input()`; `None` at the end of input.
    fn read_byte(&mut self) -> Option<u8> {
        None
    }
}
