//! Targets: the implementations a case can run on. A target takes a case and a time limit and
//! says what happened; comparing that with the expectation is the runner's business.

mod in_process;
mod subprocess;
#[cfg(feature = "upy")]
mod upy;

use std::time::Duration;

use crate::case::{Case, Features};

pub use in_process::{CaseIo, Engine, InProcess};
pub use subprocess::{Subprocess, parse_stderr_exception};
#[cfg(feature = "upy")]
pub use upy::{Upy, UpyInProcess};

/// How one run of a case on a target ended.
pub use diff_cpython::compare::Run;

/// An implementation of Python the cases can run on.
pub trait Target: Sync {
    /// A short name for reports, e.g. `upy (in-process)` or `python3`.
    fn name(&self) -> String;

    /// The features this target offers, for `# requires:` lines.
    fn features(&self) -> &Features;

    /// Runs `case` to its end, stopping it after `timeout`.
    fn run(&self, case: &Case, timeout: Duration) -> Run;
}
