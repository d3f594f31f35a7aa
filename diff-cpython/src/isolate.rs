//! Running an interpreter inside this process, isolated from it: the in-process side of the
//! differential runs and the conformance runner's in-process target both go through
//! [`run_isolated`].
//!
//! Each program runs on its own thread with a large stack, inside `catch_unwind`, so a panic
//! in the interpreter comes back as [`Run::Crash`] (with where it happened) and the caller goes
//! on. Output goes to a buffer ([`Io`]). The time limit works the way Ctrl-C does: after the
//! timeout the interrupt flag is raised, and raised again every few milliseconds; the
//! interpreter polls it and raises `KeyboardInterrupt`. A program that still has not stopped
//! after a grace period is abandoned (its thread is left behind) and reported as a timeout.

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, Once};
use std::thread;
use std::time::Duration;

pub use crate::compare::Run;
use crate::{Outcome, PyException};

/// Stack size of a program's thread; the interpreter's own depth limit should trip first.
const STACK_SIZE: usize = 64 << 20;

/// How long a program may ignore the interrupt before it is abandoned.
pub const GRACE: Duration = Duration::from_secs(2);

/// Threads running a program carry this name, so the panic hook knows whose panic to keep
/// quiet.
const THREAD_NAME: &str = "isolated-program";

/// A program's connection to its runner: its stdout buffer and the interrupt flag.
#[derive(Debug)]
pub struct Io {
    stdout: Arc<Mutex<Vec<u8>>>,
    interrupt: Arc<AtomicBool>,
}

impl Io {
    /// Appends to the program's stdout.
    pub fn write_stdout(&mut self, bytes: &[u8]) {
        lock(&self.stdout).extend_from_slice(bytes);
    }

    /// True once after the runner asked the program to stop (the interpreter should raise
    /// `KeyboardInterrupt`).
    pub fn take_interrupt(&mut self) -> bool {
        self.interrupt.swap(false, Ordering::Relaxed)
    }
}

fn lock(buf: &Mutex<Vec<u8>>) -> std::sync::MutexGuard<'_, Vec<u8>> {
    // A panic while the interpreter held the lock leaves the bytes intact; keep them.
    buf.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `program` (which returns the uncaught exception, if any) on a fresh thread for at
/// most `timeout`, and says how it ended.
pub fn run_isolated(
    program: impl FnOnce(Io) -> Result<(), PyException> + Send + 'static,
    timeout: Duration,
) -> Run {
    install_panic_hook();
    let stdout = Arc::new(Mutex::new(Vec::new()));
    let interrupt = Arc::new(AtomicBool::new(false));
    let io = Io {
        stdout: Arc::clone(&stdout),
        interrupt: Arc::clone(&interrupt),
    };
    let (done, result) = mpsc::channel();
    let spawned = thread::Builder::new()
        .name(THREAD_NAME.into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let outcome = panic::catch_unwind(AssertUnwindSafe(|| program(io)));
            let outcome = outcome.map_err(|payload| {
                LAST_PANIC
                    .with(|p| p.borrow_mut().take())
                    .unwrap_or_else(|| panic_message(payload.as_ref()))
            });
            let _ = done.send(outcome);
        });
    if let Err(err) = spawned {
        return Run::Crash {
            message: format!("cannot spawn a thread for the program: {err}"),
            stdout: String::new(),
        };
    }
    let captured = || String::from_utf8_lossy(&lock(&stdout)).into_owned();
    let outcome = match result.recv_timeout(timeout) {
        Ok(outcome) => outcome,
        Err(RecvTimeoutError::Disconnected) => Err("the program's thread vanished".into()),
        Err(RecvTimeoutError::Timeout) => {
            // Interrupt until the program stops or the grace period ends.
            let tick = Duration::from_millis(10);
            let mut waited = Duration::ZERO;
            while waited < GRACE {
                interrupt.store(true, Ordering::Relaxed);
                if result.recv_timeout(tick).is_ok() {
                    break;
                }
                waited += tick;
            }
            return Run::Timeout { stdout: captured() };
        }
    };
    match outcome {
        Ok(result) => Run::Finished(Outcome {
            stdout: captured(),
            exception: result.err(),
        }),
        Err(message) => Run::Crash {
            message,
            stdout: captured(),
        },
    }
}

thread_local! {
    /// The message and location of the last panic on this thread.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps panics on program threads quiet (they become [`Run::Crash`]) and records where they
/// happened; panics anywhere else go to the hook that was there before.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if thread::current().name() == Some(THREAD_NAME) {
                let location = info
                    .location()
                    .map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column()))
                    .unwrap_or_default();
                let text = format!("panicked{location}: {}", panic_message(info.payload()));
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(text));
            } else {
                previous(info);
            }
        }));
    });
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic with a non-string payload".into()
    }
}
