//! The `Port` trait: everything the core needs from the world outside it.
//!
//! The core never prints, reads or sleeps by itself; a port (the unix binary, the pyboard
//! firmware, the conformance harness) implements this trait and hands it to the VM.

use alloc::string::String;
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

    /// Opens the file at `path` as `open()` asks (see [`OpenFlags`]); the handle names it in
    /// the calls below until [`Port::close`]. A port without files says `ENOENT`.
    fn open(&mut self, path: &str, flags: OpenFlags) -> Result<FileHandle, i32> {
        let _ = (path, flags);
        Err(ENOENT)
    }

    /// Reads at most `buf.len()` bytes at the handle's position into `buf`: how many were
    /// read, 0 at the end of the file.
    fn read(&mut self, handle: FileHandle, buf: &mut [u8]) -> Result<usize, i32> {
        let _ = (handle, buf);
        Err(EBADF)
    }

    /// Writes `bytes` at the handle's position (at the end for an append handle): how many
    /// were written (the caller writes the rest again).
    fn write(&mut self, handle: FileHandle, bytes: &[u8]) -> Result<usize, i32> {
        let _ = (handle, bytes);
        Err(EBADF)
    }

    /// Moves the handle's position to `offset` from the start (`whence` 0), the current
    /// position (1) or the end (2); the new position from the start.
    fn seek(&mut self, handle: FileHandle, offset: i64, whence: u8) -> Result<u64, i32> {
        let _ = (handle, offset, whence);
        Err(EBADF)
    }

    /// Cuts or extends the file to `len` bytes (the position stays).
    fn truncate(&mut self, handle: FileHandle, len: u64) -> Result<(), i32> {
        let _ = (handle, len);
        Err(EBADF)
    }

    /// Closes the handle; it names nothing afterwards.
    fn close(&mut self, handle: FileHandle) {
        let _ = handle;
    }

    /// Readiness of streams (`select`, `asyncio`): sets each entry's `revents` to which of
    /// its `events` (and `POLLERR`, `POLLHUP`, `POLLNVAL`) hold, waiting at most
    /// `timeout_ms` milliseconds (not at all for 0, without limit when negative) for one to
    /// hold; how many entries have a non-zero `revents`, or the system's error number.
    /// The core waits in slices of a few milliseconds, serving Ctrl-C and scheduled calls
    /// between them, so a port need not wake up early.
    ///
    /// The default suits a port without file descriptors: standard output and error are
    /// always writable; standard input and files are ready for what is asked (a read then
    /// waits as a blocking read does, as a regular file's readiness works in POSIX); any
    /// other descriptor is `POLLNVAL`. When nothing is ready it sleeps for the timeout.
    fn poll(&mut self, fds: &mut [PollFd], timeout_ms: i32) -> Result<usize, i32> {
        let ready = poll_without_descriptors(fds);
        if ready == 0 && timeout_ms > 0 {
            self.sleep_us(timeout_ms as u64 * 1000);
        }
        Ok(ready)
    }

    // The file system and system services of the `os` module. Paths are relative to the
    // port's current directory unless absolute; failures are the system's error numbers
    // (Linux's). A port without them leaves the defaults, which fail with `ENOSYS` (or give
    // nothing), so `os` still imports and its calls raise `OSError`.

    /// The entries of the directory at `path` (not `.` and `..`), in the order the file
    /// system gives them.
    fn list_dir(&mut self, path: &str) -> Result<Vec<DirEntry>, i32> {
        let _ = path;
        Err(ENOSYS)
    }

    /// What `os.stat` reports of `path`; of a symbolic link itself, not what it points to,
    /// when `follow` is false.
    fn stat_path(&mut self, path: &str, follow: bool) -> Result<Stat, i32> {
        let _ = (path, follow);
        Err(ENOSYS)
    }

    /// Makes the directory `path`, with permission bits `mode` (less the port's umask).
    fn mkdir(&mut self, path: &str, mode: u32) -> Result<(), i32> {
        let _ = (path, mode);
        Err(ENOSYS)
    }

    /// Removes the empty directory `path`.
    fn rmdir(&mut self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(ENOSYS)
    }

    /// Removes the file `path` (not a directory).
    fn remove(&mut self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(ENOSYS)
    }

    /// Renames `from` to `to`, replacing a file at `to`.
    fn rename(&mut self, from: &str, to: &str) -> Result<(), i32> {
        let _ = (from, to);
        Err(ENOSYS)
    }

    /// The absolute path of the current directory.
    fn getcwd(&mut self) -> Result<String, i32> {
        Err(ENOSYS)
    }

    /// Makes `path` the current directory.
    fn chdir(&mut self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(ENOSYS)
    }

    /// The environment variables (`os.environ`); none by default.
    fn environ(&mut self) -> Vec<(String, String)> {
        Vec::new()
    }

    /// What `os.uname()` reports; `sysname` is the platform name by default.
    fn uname(&mut self) -> Uname {
        Uname {
            sysname: String::from(self.platform()),
            ..Uname::default()
        }
    }

    /// Fills `buf` with random bytes fit for cryptography (`os.urandom`).
    fn urandom(&mut self, buf: &mut [u8]) -> Result<(), i32> {
        let _ = buf;
        Err(ENOSYS)
    }

    /// The process id, where there is one (`os.getpid`).
    fn getpid(&mut self) -> Option<u32> {
        None
    }
}

/// One entry of a directory ([`Port::list_dir`]): what `os.ilistdir` yields.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct DirEntry {
    /// The entry's name (not a path).
    pub name: String,
    /// Its type bits: [`S_IFDIR`], [`S_IFREG`], [`S_IFLNK`] or 0 for anything else.
    pub kind: u32,
    /// Its inode number, 0 where the file system has none.
    pub ino: u64,
    /// Its size in bytes (0 for a directory where the file system says nothing).
    pub size: u64,
}

/// What [`Port::stat_path`] reports, field by field as `os.stat_result` holds them; a port
/// leaves 0 where its file system has nothing to say. Times are nanoseconds since the epoch.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Stat {
    /// Type and permission bits (`S_IFDIR | 0o755`).
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    pub atime_ns: i128,
    pub mtime_ns: i128,
    pub ctime_ns: i128,
    pub blksize: u64,
    pub blocks: u64,
    pub rdev: u64,
}

/// What [`Port::uname`] reports (`os.uname()`'s five fields).
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Uname {
    pub sysname: String,
    pub nodename: String,
    pub release: String,
    pub version: String,
    pub machine: String,
}

/// The type bits of a directory in [`Stat::mode`] and [`DirEntry::kind`].
pub const S_IFDIR: u32 = 0o040000;
/// The type bits of a regular file.
pub const S_IFREG: u32 = 0o100000;
/// The type bits of a symbolic link.
pub const S_IFLNK: u32 = 0o120000;
/// "Function not implemented": what a port without a file system answers.
pub const ENOSYS: i32 = 38;

/// A file opened through [`Port::open`].
pub type FileHandle = u32;

/// One stream whose readiness [`Port::poll`] asks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct PollFd {
    pub target: PollTarget,
    /// The conditions asked for: [`POLLIN`], [`POLLPRI`], [`POLLOUT`].
    pub events: u16,
    /// The conditions that hold, set by the port.
    pub revents: u16,
}

/// What a [`PollFd`] names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PollTarget {
    /// A file descriptor number: 0, 1 and 2 are the standard streams.
    Fd(i32),
    /// A file opened through [`Port::open`].
    File(FileHandle),
}

/// [`PollFd`] condition bits, numbered as on Linux (and so in `select`'s constants).
pub const POLLIN: u16 = 0x1;
/// Urgent data to read.
pub const POLLPRI: u16 = 0x2;
/// Writing will not block.
pub const POLLOUT: u16 = 0x4;
/// An error condition (reported whether asked or not).
pub const POLLERR: u16 = 0x8;
/// Hung up (reported whether asked or not).
pub const POLLHUP: u16 = 0x10;
/// Not an open descriptor (reported whether asked or not).
pub const POLLNVAL: u16 = 0x20;

/// The readiness [`Port::poll`]'s default reports, without waiting: how many entries are
/// ready.
pub fn poll_without_descriptors(fds: &mut [PollFd]) -> usize {
    let mut ready = 0;
    for fd in fds.iter_mut() {
        fd.revents = match fd.target {
            PollTarget::Fd(1 | 2) => fd.events & POLLOUT,
            PollTarget::Fd(0) => fd.events & POLLIN,
            PollTarget::File(_) => fd.events & (POLLIN | POLLOUT),
            PollTarget::Fd(_) => POLLNVAL,
        };
        ready += usize::from(fd.revents != 0);
    }
    ready
}

/// How [`Port::open`] opens a file, from `open()`'s mode: `r` reads, `w` writes, creates and
/// truncates, `a` appends (and creates), `x` creates exclusively; `+` adds the other
/// direction.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct OpenFlags {
    pub read: bool,
    pub write: bool,
    /// Every write goes to the end of the file.
    pub append: bool,
    /// Create the file when it is missing.
    pub create: bool,
    /// Empty the file on opening.
    pub truncate: bool,
    /// Fail with `EEXIST` when the file exists (with `create`).
    pub exclusive: bool,
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
/// "Bad file descriptor": a handle that is not open.
pub const EBADF: i32 = 9;
/// "Is a directory".
pub const EISDIR: i32 = 21;
/// "Invalid argument".
pub const EINVAL: i32 = 22;

/// The file services of a hosted port, through the standard library (the `std` feature):
/// the unix port and the in-process harness share them.
#[cfg(feature = "std")]
pub mod host {
    extern crate std;

    use super::{
        DirEntry, EBADF, EINVAL, EISDIR, ENOENT, FileError, FileHandle, FileKind, OpenFlags,
        POLLNVAL, PollFd, PollTarget, Stat, Uname,
    };
    use alloc::string::String;
    use alloc::vec::Vec;
    use std::io::{Read, Seek, SeekFrom, Write};

    /// `Port::stat` on the host's file system.
    pub fn stat(path: impl AsRef<std::path::Path>) -> Option<FileKind> {
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
    pub fn read_file(path: impl AsRef<std::path::Path>, max: usize) -> Result<Vec<u8>, FileError> {
        let path = path.as_ref();
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

    /// The `Port` methods a hosted port takes from the standard library unchanged: the
    /// platform name, the clocks, and the file system through the port's [`Files`] field
    /// `$files`. Used inside `impl Port for ...`; the port writes its own I/O, sleeping
    /// and time zone.
    #[macro_export]
    macro_rules! host_port_methods {
        ($files:tt) => {
            fn platform(&self) -> &'static str {
                $crate::port::host::platform()
            }

            fn ticks_us(&mut self) -> u64 {
                $crate::port::host::ticks_us()
            }

            fn time_ns(&mut self) -> Option<i128> {
                $crate::port::host::time_ns()
            }

            fn stat(&mut self, path: &str) -> Option<$crate::port::FileKind> {
                $crate::port::host::stat(self.$files.resolve(path))
            }

            fn read_file(
                &mut self,
                path: &str,
                max: usize,
            ) -> Result<Vec<u8>, $crate::port::FileError> {
                $crate::port::host::read_file(self.$files.resolve(path), max)
            }

            fn open(
                &mut self,
                path: &str,
                flags: $crate::port::OpenFlags,
            ) -> Result<$crate::port::FileHandle, i32> {
                self.$files.open(path, flags)
            }

            fn read(
                &mut self,
                handle: $crate::port::FileHandle,
                buf: &mut [u8],
            ) -> Result<usize, i32> {
                self.$files.read(handle, buf)
            }

            fn write(
                &mut self,
                handle: $crate::port::FileHandle,
                bytes: &[u8],
            ) -> Result<usize, i32> {
                self.$files.write(handle, bytes)
            }

            fn seek(
                &mut self,
                handle: $crate::port::FileHandle,
                offset: i64,
                whence: u8,
            ) -> Result<u64, i32> {
                self.$files.seek(handle, offset, whence)
            }

            fn truncate(&mut self, handle: $crate::port::FileHandle, len: u64) -> Result<(), i32> {
                self.$files.truncate(handle, len)
            }

            fn close(&mut self, handle: $crate::port::FileHandle) {
                self.$files.close(handle)
            }

            fn poll(
                &mut self,
                fds: &mut [$crate::port::PollFd],
                timeout_ms: i32,
            ) -> Result<usize, i32> {
                self.$files.poll(fds, timeout_ms)
            }

            fn list_dir(&mut self, path: &str) -> Result<Vec<$crate::port::DirEntry>, i32> {
                self.$files.list_dir(path)
            }

            fn stat_path(&mut self, path: &str, follow: bool) -> Result<$crate::port::Stat, i32> {
                self.$files.stat_path(path, follow)
            }

            fn mkdir(&mut self, path: &str, mode: u32) -> Result<(), i32> {
                self.$files.mkdir(path, mode)
            }

            fn rmdir(&mut self, path: &str) -> Result<(), i32> {
                self.$files.rmdir(path)
            }

            fn remove(&mut self, path: &str) -> Result<(), i32> {
                self.$files.remove(path)
            }

            fn rename(&mut self, from: &str, to: &str) -> Result<(), i32> {
                self.$files.rename(from, to)
            }

            fn getcwd(&mut self) -> Result<String, i32> {
                self.$files.getcwd()
            }

            fn chdir(&mut self, path: &str) -> Result<(), i32> {
                self.$files.chdir(path)
            }

            fn environ(&mut self) -> Vec<(String, String)> {
                $crate::port::host::environ()
            }

            fn uname(&mut self) -> $crate::port::Uname {
                $crate::port::host::uname()
            }

            fn urandom(&mut self, buf: &mut [u8]) -> Result<(), i32> {
                $crate::port::host::urandom(buf)
            }

            fn getpid(&mut self) -> Option<u32> {
                Some(std::process::id())
            }
        };
    }

    /// `sys.platform` on this host, named as CPython names it.
    pub fn platform() -> &'static str {
        match std::env::consts::OS {
            "macos" => "darwin",
            "windows" => "win32",
            os => os,
        }
    }

    /// The files a hosted port has open: `Port::open` and the calls after it, on the
    /// standard library. A handle is an index into the table.
    ///
    /// It also keeps the port's current directory (`os.chdir`): the process's own until a
    /// program changes it, then one of its own, against which every relative path of this
    /// port is resolved. So two interpreters in one process (the test harness runs many at
    /// once) never move each other's current directory.
    #[derive(Default)]
    pub struct Files {
        open: Vec<Option<std::fs::File>>,
        cwd: Option<std::path::PathBuf>,
    }

    fn errno(e: std::io::Error) -> i32 {
        e.raw_os_error().unwrap_or(EINVAL)
    }

    impl Files {
        fn file(&mut self, handle: FileHandle) -> Result<&mut std::fs::File, i32> {
            match self.open.get_mut(handle as usize) {
                Some(Some(f)) => Ok(f),
                _ => Err(EBADF),
            }
        }

        /// `Port::open`.
        pub fn open(&mut self, path: &str, flags: OpenFlags) -> Result<FileHandle, i32> {
            // A directory opens for reading on some systems; `open()` refuses it everywhere.
            let path = self.resolve(path);
            if std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
                return Err(EISDIR);
            }
            let file = std::fs::OpenOptions::new()
                .read(flags.read)
                .write(flags.write && !flags.append)
                .append(flags.append)
                .create(flags.create && !flags.exclusive)
                .create_new(flags.exclusive)
                .truncate(flags.truncate)
                .open(&path)
                .map_err(errno)?;
            let slot = match self.open.iter().position(Option::is_none) {
                Some(i) => i,
                None => {
                    self.open.push(None);
                    self.open.len() - 1
                }
            };
            self.open[slot] = Some(file);
            FileHandle::try_from(slot).map_err(|_| ENOENT)
        }

        /// `Port::read`.
        pub fn read(&mut self, handle: FileHandle, buf: &mut [u8]) -> Result<usize, i32> {
            loop {
                match self.file(handle)?.read(buf) {
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    r => return r.map_err(errno),
                }
            }
        }

        /// `Port::write`.
        pub fn write(&mut self, handle: FileHandle, bytes: &[u8]) -> Result<usize, i32> {
            self.file(handle)?.write(bytes).map_err(errno)
        }

        /// `Port::seek`.
        pub fn seek(&mut self, handle: FileHandle, offset: i64, whence: u8) -> Result<u64, i32> {
            let to = match whence {
                0 => SeekFrom::Start(u64::try_from(offset).map_err(|_| EINVAL)?),
                1 => SeekFrom::Current(offset),
                2 => SeekFrom::End(offset),
                _ => return Err(EINVAL),
            };
            self.file(handle)?.seek(to).map_err(errno)
        }

        /// `Port::truncate`.
        pub fn truncate(&mut self, handle: FileHandle, len: u64) -> Result<(), i32> {
            self.file(handle)?.set_len(len).map_err(errno)
        }

        /// `Port::close`.
        pub fn close(&mut self, handle: FileHandle) {
            if let Some(slot) = self.open.get_mut(handle as usize) {
                *slot = None;
            }
        }

        /// `Port::poll` through the system's `poll`: the standard streams by their numbers and
        /// the files of this table; any other number is `POLLNVAL` (a hosted port hands out no
        /// other descriptors).
        #[cfg(unix)]
        pub fn poll(&mut self, fds: &mut [PollFd], timeout_ms: i32) -> Result<usize, i32> {
            use rustix::event::{PollFlags, Timespec};
            use std::os::fd::{AsFd, BorrowedFd};
            let (stdin, stdout, stderr) = (std::io::stdin(), std::io::stdout(), std::io::stderr());
            // The entries the system can answer, by their index in `fds`.
            let mut asked: Vec<usize> = Vec::new();
            let mut polled: Vec<rustix::event::PollFd<'_>> = Vec::new();
            for (i, fd) in fds.iter_mut().enumerate() {
                fd.revents = 0;
                let borrowed: BorrowedFd<'_> = match fd.target {
                    PollTarget::Fd(0) => stdin.as_fd(),
                    PollTarget::Fd(1) => stdout.as_fd(),
                    PollTarget::Fd(2) => stderr.as_fd(),
                    PollTarget::File(h) => match self.open.get(h as usize) {
                        Some(Some(f)) => f.as_fd(),
                        _ => {
                            fd.revents = POLLNVAL;
                            continue;
                        }
                    },
                    PollTarget::Fd(_) => {
                        fd.revents = POLLNVAL;
                        continue;
                    }
                };
                let flags = PollFlags::from_bits_truncate(fd.events);
                asked.push(i);
                polled.push(rustix::event::PollFd::from_borrowed_fd(borrowed, flags));
            }
            let invalid = fds.iter().filter(|f| f.revents != 0).count();
            // Already an answer: look without waiting.
            let wait = if invalid > 0 { 0 } else { timeout_ms };
            let timeout = (wait >= 0).then(|| Timespec {
                tv_sec: i64::from(wait / 1000),
                tv_nsec: i64::from(wait % 1000) * 1_000_000,
            });
            // A signal (Ctrl-C) ends the wait early: the caller polls for it and asks again.
            match rustix::event::poll(&mut polled, timeout.as_ref()) {
                Ok(_) => {}
                Err(rustix::io::Errno::INTR) => return Ok(invalid),
                Err(e) => return Err(e.raw_os_error()),
            }
            for (i, p) in asked.iter().zip(&polled) {
                if let Some(fd) = fds.get_mut(*i) {
                    fd.revents = p.revents().bits();
                }
            }
            Ok(fds.iter().filter(|f| f.revents != 0).count())
        }

        /// `Port::poll` where the system has no `poll`: the default's answers.
        #[cfg(not(unix))]
        pub fn poll(&mut self, fds: &mut [PollFd], timeout_ms: i32) -> Result<usize, i32> {
            let ready = super::poll_without_descriptors(fds);
            if ready == 0 && timeout_ms > 0 {
                sleep_us(timeout_ms as u64 * 1000);
            }
            Ok(ready)
        }
    }

    /// The `os` services of a hosted port, on the standard library.
    impl Files {
        /// `path` as this port sees it: under its current directory unless absolute (an
        /// empty path stays empty, so it names nothing).
        pub fn resolve(&self, path: &str) -> std::path::PathBuf {
            match &self.cwd {
                Some(cwd) if !path.is_empty() => cwd.join(path),
                _ => std::path::PathBuf::from(path),
            }
        }

        /// `Port::list_dir`.
        pub fn list_dir(&mut self, path: &str) -> Result<Vec<DirEntry>, i32> {
            let mut out = Vec::new();
            for entry in std::fs::read_dir(self.resolve(path)).map_err(errno)? {
                let entry = entry.map_err(errno)?;
                let meta = entry.metadata().ok();
                let kind = entry.file_type().map_or(0, |t| kind_bits(&t));
                #[cfg(unix)]
                let ino = std::os::unix::fs::DirEntryExt::ino(&entry);
                #[cfg(not(unix))]
                let ino = 0;
                out.push(DirEntry {
                    name: entry.file_name().to_string_lossy().into_owned(),
                    kind,
                    ino,
                    size: meta.filter(|m| m.is_file()).map_or(0, |m| m.len()),
                });
            }
            Ok(out)
        }

        /// `Port::stat_path`.
        pub fn stat_path(&mut self, path: &str, follow: bool) -> Result<Stat, i32> {
            let path = self.resolve(path);
            let meta = if follow {
                std::fs::metadata(&path)
            } else {
                std::fs::symlink_metadata(&path)
            };
            Ok(stat_of(&meta.map_err(errno)?))
        }

        /// `Port::mkdir`.
        pub fn mkdir(&mut self, path: &str, mode: u32) -> Result<(), i32> {
            let mut builder = std::fs::DirBuilder::new();
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut builder, mode);
            #[cfg(not(unix))]
            let _ = mode;
            builder.create(self.resolve(path)).map_err(errno)
        }

        /// `Port::rmdir`.
        pub fn rmdir(&mut self, path: &str) -> Result<(), i32> {
            std::fs::remove_dir(self.resolve(path)).map_err(errno)
        }

        /// `Port::remove`.
        pub fn remove(&mut self, path: &str) -> Result<(), i32> {
            std::fs::remove_file(self.resolve(path)).map_err(errno)
        }

        /// `Port::rename`.
        pub fn rename(&mut self, from: &str, to: &str) -> Result<(), i32> {
            std::fs::rename(self.resolve(from), self.resolve(to)).map_err(errno)
        }

        /// `Port::getcwd`.
        pub fn getcwd(&mut self) -> Result<String, i32> {
            let cwd = match &self.cwd {
                Some(c) => c.clone(),
                None => std::env::current_dir().map_err(errno)?,
            };
            Ok(cwd.to_string_lossy().into_owned())
        }

        /// `Port::chdir`: the directory's real path becomes this port's current directory.
        pub fn chdir(&mut self, path: &str) -> Result<(), i32> {
            if path.is_empty() {
                return Err(ENOENT);
            }
            let target = std::fs::canonicalize(self.resolve(path)).map_err(errno)?;
            if !std::fs::metadata(&target).map_err(errno)?.is_dir() {
                return Err(ENOTDIR);
            }
            // A directory that cannot be searched cannot be entered (its `.` cannot be
            // looked up).
            std::fs::metadata(target.join(".")).map_err(errno)?;
            self.cwd = Some(target);
            Ok(())
        }
    }

    /// "Not a directory".
    const ENOTDIR: i32 = 20;

    /// The type bits of a file type.
    fn kind_bits(t: &std::fs::FileType) -> u32 {
        if t.is_dir() {
            super::S_IFDIR
        } else if t.is_file() {
            super::S_IFREG
        } else if t.is_symlink() {
            super::S_IFLNK
        } else {
            0
        }
    }

    /// `os.stat`'s fields of a file's metadata.
    fn stat_of(meta: &std::fs::Metadata) -> Stat {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
            Stat {
                mode: meta.mode(),
                ino: meta.ino(),
                dev: meta.dev(),
                nlink: meta.nlink(),
                uid: meta.uid(),
                gid: meta.gid(),
                size: meta.size(),
                atime_ns: ns(meta.atime(), meta.atime_nsec()),
                mtime_ns: ns(meta.mtime(), meta.mtime_nsec()),
                ctime_ns: ns(meta.ctime(), meta.ctime_nsec()),
                blksize: meta.blksize(),
                blocks: meta.blocks(),
                rdev: meta.rdev(),
            }
        }
        #[cfg(not(unix))]
        {
            let since = |t: std::io::Result<std::time::SystemTime>| {
                t.ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos() as i128)
            };
            let perm = if meta.permissions().readonly() {
                0o444
            } else {
                0o666
            };
            Stat {
                mode: kind_bits(&meta.file_type()) | perm,
                nlink: 1,
                size: meta.len(),
                atime_ns: since(meta.accessed()),
                mtime_ns: since(meta.modified()),
                ctime_ns: since(meta.created()),
                ..Stat::default()
            }
        }
    }

    /// `Port::environ` on the host: the process's variables (those that are text).
    pub fn environ() -> Vec<(String, String)> {
        std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .collect()
    }

    /// `Port::uname` on the host: Linux's answers from `/proc`, the build's names elsewhere.
    pub fn uname() -> Uname {
        let read = |name: &str| {
            std::fs::read_to_string(alloc::format!("/proc/sys/kernel/{name}"))
                .map(|s| String::from(s.trim_end()))
                .ok()
        };
        let sysname = read("ostype").unwrap_or_else(|| {
            let mut os = String::from(std::env::consts::OS);
            if let Some(first) = os.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            os
        });
        Uname {
            sysname,
            nodename: read("hostname").unwrap_or_default(),
            release: read("osrelease").unwrap_or_default(),
            version: read("version").unwrap_or_default(),
            machine: String::from(std::env::consts::ARCH),
        }
    }

    /// `Port::urandom` on the host: the kernel's random device.
    pub fn urandom(buf: &mut [u8]) -> Result<(), i32> {
        let mut dev = std::fs::File::open("/dev/urandom").map_err(|_| super::ENOSYS)?;
        dev.read_exact(buf).map_err(errno)
    }
}
