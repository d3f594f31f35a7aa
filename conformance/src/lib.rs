//! The conformance runner: runs the cases under `conformance/cases/` on a target and checks
//! each against what CPython does with it.
//!
//! # Cases
//!
//! A case is a Python file `cases/<area>/<name>.py`, named `area/name` in reports and
//! `area::name` as a `cargo test` test. Its expectation is CPython's outcome for it — stdout
//! and the uncaught exception, if any — computed by the [`diff_cpython`] oracle and cached in
//! `target/cpython-cache`.
//!
//! **Requirements.** A first-line comment `# requires: float, bigint` names features the case
//! needs; a target that lacks one reports the case as skipped, not failed. (The line may
//! also follow other opening comment lines.)
//!
//! **`.exp` files.** Where upy deliberately differs from CPython, `NAME.py.exp` beside the case
//! holds the intended output, and CPython is not consulted. The format: the exact expected
//! stdout; if the case is meant to end in an uncaught exception, the last line is
//! `Exception: TypeName`. The case opens with a comment giving the reason for the difference.
//!
//! # Comparison
//!
//! See [`compare`]: stdout exactly, the uncaught exception by type name only.
//!
//! # Targets
//!
//! [`target::InProcess`] (cargo feature `upy`) runs the core inside the runner;
//! [`target::Subprocess`] runs any interpreter binary. Both stop a case after a time limit and
//! turn a crash into a result instead of ending the run.
//!
//! # Reports
//!
//! The runner prints a diff for every failing case, a table per area and a closing
//! `conformance: N passed, N failed, N skipped` line, and writes `target/conformance/report.json`:
//! the target, the CPython version, totals, per-area tallies, and per case its `id`, `area`,
//! `path`, `status` (`pass`, `fail`, `skip`, `timeout`, `crash`, `known-failure`,
//! `unexpected-pass`), `detail` (the diff or message) and `duration_ms`.
//!
//! # Known failures
//!
//! `known-failures.txt` (see [`known`]) lists the cases upy fails today; they are reported as
//! known failures, and one that starts passing fails the run until it is taken off the list.

pub mod case;
pub mod compare;
pub mod known;
pub mod report;
pub mod runner;
pub mod target;

use std::path::PathBuf;

pub use case::{Case, Features, discover};
pub use known::KnownFailures;
pub use runner::{CaseResult, Options, Status, check, expectation, run_all};
pub use target::{Run, Target};

/// Where things live in this workspace.
#[derive(Clone, Debug)]
pub struct Paths {
    /// `conformance/cases`.
    pub cases: PathBuf,
    /// `conformance/known-failures.txt`, for the upy targets.
    pub known_failures: PathBuf,
    /// The cargo target folder (`$CARGO_TARGET_DIR`, or `target/` at the workspace root).
    pub target_dir: PathBuf,
}

impl Paths {
    /// The paths of the workspace this crate was built in.
    pub fn workspace() -> Paths {
        let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let root = crate_dir
            .parent()
            .map_or_else(|| crate_dir.clone(), PathBuf::from);
        let target_dir = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .map_or_else(|| root.join("target"), |t| root.join(t));
        Paths {
            cases: crate_dir.join("cases"),
            known_failures: crate_dir.join("known-failures.txt"),
            target_dir,
        }
    }

    /// The oracle's cache: `target/cpython-cache`.
    pub fn oracle_cache(&self) -> PathBuf {
        self.target_dir.join("cpython-cache")
    }

    /// The JSON report: `target/conformance/report.json`.
    pub fn report(&self) -> PathBuf {
        self.target_dir.join("conformance").join("report.json")
    }
}
