//! The `differential` target: the input's bytes drive the program generator
//! (`diff_cpython::generate`), and the program runs on embedded CPython and on upy. Any
//! difference in output or exception is a finding: the target panics with both transcripts
//! and the program, which `cargo xtask diff --minimize` then reduces.
//!
//! Inputs from which the generator cannot build a program, programs CPython itself does not
//! finish within [`TIMEOUT`] and programs out of the generator's range
//! (`diff_cpython::generate::MAX_OUTPUT`) are skipped. Nothing is cached: every input is new.

use std::sync::OnceLock;
use std::time::Duration;

use arbitrary::Unstructured;
use diff_cpython::compare::report;
use diff_cpython::differ::Differ;

/// How long either side may run one program: both together stay under libFuzzer's 10 s.
pub const TIMEOUT: Duration = Duration::from_secs(3);

/// `differential`: generates a program and compares the two interpreters on it.
pub fn differential(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(source) = diff_cpython::generate::program(&mut u) else {
        return;
    };
    let Ok(both) = differ().run_uncached(&source, "<fuzz>") else {
        return;
    };
    if both.divergence.is_some() && !diff_cpython::generate::out_of_range(&both.cpython) {
        panic!(
            "upy diverges from CPython on this program:\n{source}\n{}",
            report("CPython", &both.cpython, &both.upy, 60)
        );
    }
}

/// One differ per process: starting CPython is the slow part.
fn differ() -> &'static Differ {
    static DIFFER: OnceLock<Differ> = OnceLock::new();
    // The cache directory is never touched (`run_uncached`).
    DIFFER.get_or_init(|| Differ::new(std::env::temp_dir(), TIMEOUT))
}
