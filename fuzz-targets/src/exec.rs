//! The `exec` target: compiles and runs the input under a tiny heap and a step budget, so
//! every run ends, then checks the heap's invariants.
//!
//! Input layout: byte 0 chooses the heap (low nibble: `4 KiB * (1 + n)`, so 4 to 64 KiB) and
//! whether to collect before every allocation (bit 4, the VM's `gc_stress`, which turns a
//! value that native code forgot to root into a dangling handle at once); byte 1 chooses the
//! step budget (`STEP_UNIT * (1 + n)` calls and backward jumps); the rest is the source,
//! decoded lossily. Nothing is caught: a panic anywhere is a finding, and so is a heap whose
//! invariants fail after the run (a reachable object that an earlier collection freed).

use upy::{Config, Port, Vm};

use crate::source;

/// Steps per unit of the budget byte: at most 256 units, a few milliseconds of work.
const STEP_UNIT: u64 = 100;

/// Output past this many bytes asks the VM to stop, as Ctrl-C would.
const OUTPUT_LIMIT: usize = 1 << 20;

/// The seed prefix for a program: the largest heap (64 KiB), no GC stress, the full budget.
pub const SEED_PREFIX: [u8; 2] = [0x0f, 0xff];

/// The VM configuration that the first two input bytes choose, and the source after them.
pub fn config(data: &[u8]) -> (Config, &[u8]) {
    let (a, b, rest) = match data {
        [a, b, rest @ ..] => (*a, *b, rest),
        [a] => (*a, 0, &[][..]),
        [] => (0, 0, &[][..]),
    };
    let config = Config {
        heap_size: 4096 * (1 + usize::from(a & 0x0f)),
        gc_stress: a & 0x10 != 0,
        step_budget: Some(STEP_UNIT * (1 + u64::from(b))),
        ..Config::default()
    };
    (config, rest)
}

/// `exec`: runs the program and checks the heap afterwards.
pub fn exec(data: &[u8]) {
    let (config, rest) = config(data);
    let src = source(rest);
    let mut vm = quiet_vm(config);
    let _ = vm.run_module(&src, "<fuzz>");
    if let Err(broken) = vm.check_heap() {
        panic!("heap invariant broken after the run: {broken}");
    }
}

/// A VM whose output goes nowhere.
pub(crate) fn quiet_vm(config: Config) -> Vm {
    Vm::new(config, Box::new(Sink::default()))
}

/// A port that counts and discards output, and interrupts a program that prints too much.
#[derive(Default)]
struct Sink {
    written: usize,
}

impl Port for Sink {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.written = self.written.saturating_add(bytes.len());
    }

    fn take_interrupt(&mut self) -> bool {
        self.written > OUTPUT_LIMIT
    }
}
