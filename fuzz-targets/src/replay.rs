//! Running one saved input the way the fuzzer ran it, but under a time limit: on a thread
//! with libFuzzer's stack, so a stack overflow reproduces as found, and waited for no longer
//! than [`TIME_LIMIT`], so a slow input fails its test with its name instead of hanging the
//! whole replay (and CI with it).
//!
//! A run past the limit cannot be stopped from outside: its thread is left running, detached,
//! and ends with the test process.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// The stack of libFuzzer's main thread (the usual `ulimit -s`).
pub const FUZZER_STACK: usize = 8 << 20;

/// How long one replay may take: libFuzzer's `-timeout` in `cargo xtask fuzz`, which is
/// generous for one input even in a debug build with coverage instrumentation.
pub const TIME_LIMIT: Duration = Duration::from_secs(10);

/// Why a replay failed.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure {
    /// The run panicked, with this message.
    Panicked(String),
    /// The run was still going when the limit passed.
    TimedOut(Duration),
    /// No thread could be started for the run.
    Spawn(String),
}

/// Runs `work` on a thread of its own with [`FUZZER_STACK`], waiting at most `limit`.
pub fn run_limited<F>(work: F, limit: Duration) -> Result<(), Failure>
where
    F: FnOnce() + Send + 'static,
{
    let (done, finished) = mpsc::channel();
    let worker = thread::Builder::new()
        .stack_size(FUZZER_STACK)
        .spawn(move || {
            work();
            // The receiver is gone only once the wait timed out; nothing is left to tell.
            let _ = done.send(());
        })
        .map_err(|e| Failure::Spawn(e.to_string()))?;
    match finished.recv_timeout(limit) {
        Ok(()) => worker.join().map_err(|p| Failure::Panicked(message(&*p))),
        // The sender was dropped without a message: the work panicked.
        Err(mpsc::RecvTimeoutError::Disconnected) => match worker.join() {
            Err(p) => Err(Failure::Panicked(message(&*p))),
            Ok(()) => Err(Failure::Panicked(
                "(the run ended without finishing)".into(),
            )),
        },
        Err(mpsc::RecvTimeoutError::Timeout) => Err(Failure::TimedOut(limit)),
    }
}

/// The text of a panic's payload.
fn message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn a_quick_run_passes() {
        assert_eq!(run_limited(|| {}, Duration::from_secs(5)), Ok(()));
    }

    #[test]
    fn a_run_past_the_limit_fails_without_waiting_for_it() {
        let start = Instant::now();
        let limit = Duration::from_millis(20);
        let r = run_limited(|| thread::sleep(Duration::from_secs(5)), limit);
        assert_eq!(r, Err(Failure::TimedOut(limit)));
        assert!(start.elapsed() < Duration::from_secs(4));
    }

    #[test]
    fn a_panic_is_reported_with_its_message() {
        let r = run_limited(|| panic!("found {}", 42), Duration::from_secs(5));
        assert_eq!(r, Err(Failure::Panicked("found 42".into())));
    }

    #[test]
    fn the_run_has_the_fuzzers_stack() {
        // Half a megabyte of locals: more than a default 2 MiB thread manages four times over.
        fn deep(n: u32) -> u32 {
            let pad = std::hint::black_box([n as u8; 1 << 19]);
            if n == 0 {
                0
            } else {
                deep(n - 1) + u32::from(pad[7])
            }
        }
        assert_eq!(
            run_limited(|| assert!(deep(8) > 0), Duration::from_secs(5)),
            Ok(())
        );
    }
}
