//! Targets: the implementations a case can run on. A target takes a case and a time limit and
//! says what happened; comparing that with the expectation is the runner's business.

mod in_process;
mod subprocess;
#[cfg(feature = "upy")]
mod upy;

use std::time::Duration;

use diff_cpython::Outcome;

use crate::case::{Case, Features};

pub use in_process::{CaseIo, Engine, InProcess};
pub use subprocess::{Subprocess, parse_stderr_exception};
#[cfg(feature = "upy")]
pub use upy::{Upy, UpyInProcess};

/// How one run of a case on a target ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Run {
    /// The program ran to its end or to an uncaught exception.
    Finished(Outcome),
    /// The program ran past the time limit and was stopped; `stdout` is what it wrote before.
    Timeout { stdout: String },
    /// The implementation itself failed: a Rust panic, a signal, a protocol error.
    Crash { message: String, stdout: String },
}

/// An implementation of Python the cases can run on.
pub trait Target: Sync {
    /// A short name for reports, e.g. `upy (in-process)` or `python3`.
    fn name(&self) -> String;

    /// The features this target offers, for `# requires:` lines.
    fn features(&self) -> &Features;

    /// Runs `case` to its end, stopping it after `timeout`.
    fn run(&self, case: &Case, timeout: Duration) -> Run;
}
