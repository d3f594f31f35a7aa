//! The `Port` trait: everything the core needs from the world outside it.
//!
//! The core never prints, reads or sleeps by itself; a port (the unix binary, the pyboard
//! firmware, the conformance harness) implements this trait and hands it to the VM.

use alloc::vec::Vec;

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

    /// Microseconds since some fixed moment (the port's start): a clock that never goes
    /// back, for `time.ticks_us`, `time.monotonic` and sleeping. 0 where there is no clock.
    fn ticks_us(&mut self) -> u64 {
        0
    }

    /// The wall-clock time in nanoseconds since 1970-01-01 UTC, if the port knows it.
    fn time_ns(&mut self) -> Option<i128> {
        None
    }

    /// Seconds east of UTC of local time at `secs` since the epoch (for `time.localtime`
    /// and `time.mktime`); 0 where the port knows no time zone.
    fn utc_offset(&mut self, secs: i64) -> i64 {
        let _ = secs;
        0
    }

    /// Waits about `us` microseconds (the VM sleeps in short slices, so Ctrl-C and
    /// scheduled calls are served while it waits). Returns at once where it cannot wait.
    fn sleep_us(&mut self, us: u64) {
        let _ = us;
    }

    /// What `sys.platform` says (`linux` on a Linux host, `pyboard` on the board).
    fn platform(&self) -> &'static str {
        "upy"
    }

    /// What is at `path` (relative to the current directory unless absolute): the importer
    /// asks this of each candidate file and package directory.
    fn stat(&mut self, path: &str) -> Option<FileKind> {
        let _ = path;
        None
    }

    /// The whole contents of the file at `path`, at most `max` bytes (the heap budget left:
    /// a longer file is [`FileError::TooBig`], so reading it never asks for more memory
    /// than a program may use).
    fn read_file(&mut self, path: &str, max: usize) -> Result<Vec<u8>, FileError> {
        let _ = (path, max);
        Err(FileError::Os(ENOENT))
    }
}

/// What a path names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FileKind {
    File,
    Dir,
}

/// Why a file could not be read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FileError {
    /// The system's error number (`ENOENT`, `EACCES`, ...), which becomes an `OSError`.
    Os(i32),
    /// Longer than the caller's limit.
    TooBig,
}

/// "No such file or directory".
pub const ENOENT: i32 = 2;

/// The file services of a hosted port, through the standard library (the `std` feature):
/// the unix port and the in-process harness share them.
#[cfg(feature = "std")]
pub mod host {
    extern crate std;

    use super::{FileError, FileKind};
    use alloc::vec::Vec;

    /// `Port::stat` on the host's file system.
    pub fn stat(path: &str) -> Option<FileKind> {
        let meta = std::fs::metadata(path).ok()?;
        if meta.is_dir() {
            Some(FileKind::Dir)
        } else if meta.is_file() {
            Some(FileKind::File)
        } else {
            None
        }
    }

    /// `Port::read_file` on the host's file system.
    pub fn read_file(path: &str, max: usize) -> Result<Vec<u8>, FileError> {
        let os = |e: std::io::Error| FileError::Os(e.raw_os_error().unwrap_or(super::ENOENT));
        let meta = std::fs::metadata(path).map_err(os)?;
        if meta.len() > max as u64 {
            return Err(FileError::TooBig);
        }
        std::fs::read(path).map_err(os)
    }

    /// `Port::ticks_us` on the host: microseconds since the first call.
    pub fn ticks_us() -> u64 {
        static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
        let start = START.get_or_init(std::time::Instant::now);
        u64::try_from(start.elapsed().as_micros()).unwrap_or(u64::MAX)
    }

    /// `Port::time_ns` on the host.
    pub fn time_ns() -> Option<i128> {
        let now = std::time::SystemTime::now();
        Some(match now.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => d.as_nanos() as i128,
            Err(e) => -(e.duration().as_nanos() as i128),
        })
    }

    /// `Port::sleep_us` on the host.
    pub fn sleep_us(us: u64) {
        std::thread::sleep(std::time::Duration::from_micros(us));
    }

    /// `sys.platform` on this host, named as CPython names it.
    pub fn platform() -> &'static str {
        match std::env::consts::OS {
            "macos" => "darwin",
            "windows" => "win32",
            os => os,
        }
    }
}
