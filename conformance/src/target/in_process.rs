//! The in-process target: the `upy` core linked into the runner, one fresh `Vm` per case.
//!
//! Each case runs on its own thread with a large stack, inside `catch_unwind`, so a panic in
//! the core is reported as a crash of that case and the run goes on. The time limit works the
//! way Ctrl-C does: a watchdog raises the port's interrupt flag, the VM polls it at calls and
//! backward jumps and raises `KeyboardInterrupt`. A case that swallows the interrupt gets it
//! again every few milliseconds; one that still has not stopped after a grace period is
//! abandoned (its thread is left behind) and reported as a timeout all the same.

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, Once};
use std::thread;
use std::time::Duration;

use diff_cpython::{Outcome, PyException};

use super::{Run, Target};
use crate::case::{Case, Features};

/// Stack size of a case's thread; the VM's own depth limit should trip long before it.
const CASE_STACK_SIZE: usize = 64 << 20;

/// How long a case may ignore the interrupt before it is abandoned.
const GRACE: Duration = Duration::from_secs(2);

/// Threads running a case carry this name, so the panic hook knows whose panic to keep quiet.
const CASE_THREAD_NAME: &str = "conformance-case";

/// Runs cases on the `upy` core inside this process.
#[derive(Debug)]
pub struct InProcess {
    config: upy::Config,
    features: Features,
}

impl InProcess {
    /// A target running each case on a fresh `Vm` built from `config`.
    pub fn new(config: upy::Config, features: Features) -> InProcess {
        InProcess { config, features }
    }
}

impl Default for InProcess {
    fn default() -> InProcess {
        InProcess::new(upy::Config::default(), Features::All)
    }
}

/// The port a case's VM talks to: stdout into a shared buffer, stderr dropped, no input, and
/// the watchdog's interrupt flag.
struct CasePort {
    stdout: Arc<Mutex<Vec<u8>>>,
    interrupt: Arc<AtomicBool>,
}

impl upy::Port for CasePort {
    fn write_stdout(&mut self, bytes: &[u8]) {
        lock(&self.stdout).extend_from_slice(bytes);
    }

    fn write_stderr(&mut self, _bytes: &[u8]) {}

    fn take_interrupt(&mut self) -> bool {
        self.interrupt.swap(false, Ordering::Relaxed)
    }
}

fn lock(buf: &Mutex<Vec<u8>>) -> std::sync::MutexGuard<'_, Vec<u8>> {
    // A panic while the VM held the lock leaves the bytes intact; keep them.
    buf.lock().unwrap_or_else(|e| e.into_inner())
}

impl Target for InProcess {
    fn name(&self) -> String {
        "upy (in-process)".into()
    }

    fn features(&self) -> &Features {
        &self.features
    }

    fn run(&self, case: &Case, timeout: Duration) -> Run {
        install_panic_hook();
        let stdout = Arc::new(Mutex::new(Vec::new()));
        let interrupt = Arc::new(AtomicBool::new(false));
        let port = CasePort {
            stdout: Arc::clone(&stdout),
            interrupt: Arc::clone(&interrupt),
        };
        let config = self.config.clone();
        let source = case.source.clone();
        let filename = case.rel_path.clone();
        let (done, result) = mpsc::channel();
        let spawned = thread::Builder::new()
            .name(CASE_THREAD_NAME.into())
            .stack_size(CASE_STACK_SIZE)
            .spawn(move || {
                let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
                    let mut vm = upy::Vm::new(config, Box::new(port));
                    vm.run_module(&source, &filename)
                }));
                let outcome = outcome.map_err(|payload| {
                    LAST_PANIC
                        .with(|p| p.borrow_mut().take())
                        .unwrap_or_else(|| panic_message(payload.as_ref()))
                });
                let _ = done.send(outcome);
            });
        if let Err(err) = spawned {
            return Run::Crash {
                message: format!("cannot spawn a thread for the case: {err}"),
                stdout: String::new(),
            };
        }
        let captured = || String::from_utf8_lossy(&lock(&stdout)).into_owned();
        let first = match result.recv_timeout(timeout) {
            Ok(outcome) => outcome,
            Err(RecvTimeoutError::Disconnected) => Err("the case's thread vanished".into()),
            Err(RecvTimeoutError::Timeout) => {
                // Interrupt until the case stops or the grace period ends.
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
        match first {
            Ok(Ok(())) => Run::Finished(Outcome {
                stdout: captured(),
                exception: None,
            }),
            Ok(Err(uncaught)) => Run::Finished(Outcome {
                stdout: captured(),
                exception: Some(PyException {
                    type_name: uncaught.type_name,
                    message: uncaught.message,
                    traceback: uncaught.traceback,
                }),
            }),
            Err(message) => Run::Crash {
                message,
                stdout: captured(),
            },
        }
    }
}

thread_local! {
    /// The message and location of the last panic on this case thread.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps panics on case threads quiet (they become crash reports) and records where they
/// happened; panics anywhere else go to the hook that was there before.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if thread::current().name() == Some(CASE_THREAD_NAME) {
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
