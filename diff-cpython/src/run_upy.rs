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
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.0.write_stdout(bytes);
    }

    fn write_stderr(&mut self, _bytes: &[u8]) {}

    fn take_interrupt(&mut self) -> bool {
        self.0.take_interrupt()
    }

    fn platform(&self) -> &'static str {
        upy::port::host::platform()
    }

    fn ticks_us(&mut self) -> u64 {
        upy::port::host::ticks_us()
    }

    fn time_ns(&mut self) -> Option<i128> {
        upy::port::host::time_ns()
    }

    fn sleep_us(&mut self, us: u64) {
        upy::port::host::sleep_us(us);
    }

    fn stat(&mut self, path: &str) -> Option<upy::port::FileKind> {
        upy::port::host::stat(path)
    }

    fn read_file(&mut self, path: &str, max: usize) -> Result<Vec<u8>, upy::port::FileError> {
        upy::port::host::read_file(path, max)
    }

    fn open(
        &mut self,
        path: &str,
        flags: upy::port::OpenFlags,
    ) -> Result<upy::port::FileHandle, i32> {
        self.1.open(path, flags)
    }

    fn read(&mut self, handle: upy::port::FileHandle, buf: &mut [u8]) -> Result<usize, i32> {
        self.1.read(handle, buf)
    }

    fn write(&mut self, handle: upy::port::FileHandle, bytes: &[u8]) -> Result<usize, i32> {
        self.1.write(handle, bytes)
    }

    fn seek(&mut self, handle: upy::port::FileHandle, offset: i64, whence: u8) -> Result<u64, i32> {
        self.1.seek(handle, offset, whence)
    }

    fn truncate(&mut self, handle: upy::port::FileHandle, len: u64) -> Result<(), i32> {
        self.1.truncate(handle, len)
    }

    fn close(&mut self, handle: upy::port::FileHandle) {
        self.1.close(handle)
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
