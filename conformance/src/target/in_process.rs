//! The in-process target: an interpreter linked into the runner (the `upy` core, see
//! `upy.rs`), one fresh interpreter per case, behind the small [`Engine`] trait.
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

/// An interpreter the in-process target can drive: runs one program to its end.
pub trait Engine: Send + Sync + 'static {
    /// Runs `source` as the main module `filename`, writing output to and polling interrupts
    /// from `io`; returns the uncaught exception, if any.
    fn run(&self, io: CaseIo, source: &str, filename: &str) -> Result<(), PyException>;
}

/// A case's connection to the runner: its stdout buffer and the watchdog's interrupt flag.
#[derive(Debug)]
pub struct CaseIo {
    stdout: Arc<Mutex<Vec<u8>>>,
    interrupt: Arc<AtomicBool>,
}

impl CaseIo {
    /// Appends to the case's stdout.
    pub fn write_stdout(&mut self, bytes: &[u8]) {
        lock(&self.stdout).extend_from_slice(bytes);
    }

    /// True once after the watchdog asked the case to stop (the interpreter should raise
    /// `KeyboardInterrupt`).
    pub fn take_interrupt(&mut self) -> bool {
        self.interrupt.swap(false, Ordering::Relaxed)
    }
}

fn lock(buf: &Mutex<Vec<u8>>) -> std::sync::MutexGuard<'_, Vec<u8>> {
    // A panic while the interpreter held the lock leaves the bytes intact; keep them.
    buf.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs cases on an [`Engine`] inside this process.
#[derive(Debug)]
pub struct InProcess<E> {
    name: String,
    engine: Arc<E>,
    features: Features,
}

impl<E: Engine> InProcess<E> {
    /// A target named `name` (for reports) running each case on `engine`.
    pub fn new(name: impl Into<String>, engine: E, features: Features) -> InProcess<E> {
        InProcess {
            name: name.into(),
            engine: Arc::new(engine),
            features,
        }
    }
}

impl<E: Engine> Target for InProcess<E> {
    fn name(&self) -> String {
        self.name.clone()
    }

    fn features(&self) -> &Features {
        &self.features
    }

    fn run(&self, case: &Case, timeout: Duration) -> Run {
        install_panic_hook();
        let stdout = Arc::new(Mutex::new(Vec::new()));
        let interrupt = Arc::new(AtomicBool::new(false));
        let io = CaseIo {
            stdout: Arc::clone(&stdout),
            interrupt: Arc::clone(&interrupt),
        };
        let engine = Arc::clone(&self.engine);
        let source = case.source.clone();
        let filename = case.rel_path.clone();
        let (done, result) = mpsc::channel();
        let spawned = thread::Builder::new()
            .name(CASE_THREAD_NAME.into())
            .stack_size(CASE_STACK_SIZE)
            .spawn(move || {
                let outcome =
                    panic::catch_unwind(AssertUnwindSafe(|| engine.run(io, &source, &filename)));
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
            Ok(Err(exception)) => Run::Finished(Outcome {
                stdout: captured(),
                exception: Some(exception),
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

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::time::Instant;

    use super::*;

    /// A toy engine: each source line is a command.
    struct Toy;

    impl Engine for Toy {
        fn run(&self, mut io: CaseIo, source: &str, _filename: &str) -> Result<(), PyException> {
            let raise = |type_name: &str| PyException {
                type_name: type_name.into(),
                message: String::new(),
                traceback: String::new(),
            };
            for line in source.lines() {
                match line.split_once(' ').unwrap_or((line, "")) {
                    ("print", text) => io.write_stdout(format!("{text}\n").as_bytes()),
                    ("raise", type_name) => return Err(raise(type_name)),
                    ("panic", text) => panic!("{text}"),
                    ("loop", _) => loop {
                        if io.take_interrupt() {
                            return Err(raise("KeyboardInterrupt"));
                        }
                        thread::sleep(Duration::from_millis(1));
                    },
                    ("stubborn", _) => {
                        // Ignores interrupts, but ends eventually so the test process does not
                        // keep a spinning thread.
                        thread::sleep(Duration::from_secs(5));
                    }
                    _ => return Err(raise("SyntaxError")),
                }
            }
            Ok(())
        }
    }

    fn case(source: &str) -> Case {
        Case {
            area: "toy".into(),
            name: "case".into(),
            path: PathBuf::from("toy/case.py"),
            rel_path: "toy/case.py".into(),
            source: source.into(),
            requires: Default::default(),
            exp: None,
        }
    }

    fn run(source: &str) -> Run {
        InProcess::new("toy", Toy, Features::All).run(&case(source), Duration::from_millis(200))
    }

    #[test]
    fn output_and_exceptions() {
        let Run::Finished(out) = run("print a\nprint b\nraise ValueError\nprint c") else {
            panic!("not finished")
        };
        assert_eq!(out.stdout, "a\nb\n");
        assert_eq!(out.exception.unwrap().type_name, "ValueError");
        assert_eq!(
            run("print x"),
            Run::Finished(Outcome {
                stdout: "x\n".into(),
                exception: None
            })
        );
    }

    #[test]
    fn panic_is_a_crash_with_location() {
        let Run::Crash { message, stdout } = run("print before\npanic boom") else {
            panic!("not a crash")
        };
        assert_eq!(stdout, "before\n");
        assert!(message.contains("boom"), "{message}");
        assert!(message.contains("in_process.rs"), "{message}");
    }

    #[test]
    fn runaway_case_is_interrupted() {
        let start = Instant::now();
        assert_eq!(
            run("print started\nloop"),
            Run::Timeout {
                stdout: "started\n".into()
            }
        );
        assert!(start.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn case_ignoring_interrupts_is_abandoned() {
        let start = Instant::now();
        assert_eq!(
            run("stubborn"),
            Run::Timeout {
                stdout: String::new()
            }
        );
        let took = start.elapsed();
        assert!(
            took >= GRACE && took < GRACE + Duration::from_secs(2),
            "{took:?}"
        );
    }
}
