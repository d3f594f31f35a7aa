//! The other side of a differential run: a program on the upy core, in this process, through
//! [`run_isolated`] (its own thread, panics caught, the time limit delivered as Ctrl-C).
//! stderr (where upy prints tracebacks) is dropped, since the uncaught exception comes back as
//! a value.

use std::time::Duration;

use crate::PyException;
pub use crate::compare::Run;
use crate::isolate::{Io, run_isolated};

/// upy's `Port` onto an [`Io`], with the host's files.
struct IoPort(Io, upy::port::host::Files);

impl upy::Port for IoPort {
    upy::host_port_methods!(1);

    fn write_stdout(&mut self, bytes: &[u8]) {
        self.0.write_stdout(bytes);
    }

    fn write_stderr(&mut self, _bytes: &[u8]) {}

    fn take_interrupt(&mut self) -> bool {
        self.0.take_interrupt()
    }

    fn sleep_us(&mut self, us: u64) {
        upy::port::host::sleep_us(us);
    }
}

/// Runs `source` as the main module `filename` on a fresh upy `Vm` with `config`, for at most
/// `timeout`.
pub fn run_upy(source: &str, filename: &str, config: upy::Config, timeout: Duration) -> Run {
    let (source, filename) = (source.to_string(), filename.to_string());
    run_isolated(
        move |io| run_on(config, io, &source, &filename, None),
        timeout,
    )
}

/// Runs `source` on a fresh upy `Vm` with `config` whose output goes to `io`, with `dir` (a
/// case's module folder) as `sys.path`; the uncaught exception, if any. For use inside
/// [`run_isolated`].
pub fn run_on(
    config: upy::Config,
    io: Io,
    source: &str,
    filename: &str,
    dir: Option<&str>,
) -> Result<(), PyException> {
    let mut vm = upy::Vm::new(config, Box::new(IoPort(io, Default::default())));
    vm.set_argv(&[filename]);
    if let Some(dir) = dir {
        vm.set_path(&[dir]);
    }
    vm.run_module(source, filename)
        .map_err(|uncaught| PyException {
            type_name: uncaught.type_name,
            message: uncaught.message,
            traceback: uncaught.traceback,
        })
}
