//! The CPython oracle: runs a Python source in CPython embedded through pyo3 and reports what
//! `python3 FILE` would have shown — everything written to stdout and the uncaught exception, if
//! any — as an [`Outcome`].
//!
//! Each run gets a fresh `__main__` namespace (`__name__`, `__file__`, `__builtins__`), is
//! compiled under the given file name so tracebacks name it, reads standard input as empty, and
//! captures stdout per thread (see `oracle.py`), so an [`Oracle`] may be shared by many threads.
//! The GIL serialises the actual execution; that is why results are cached on disk, keyed by the
//! SHA-256 of the CPython version, the file name and the source ([`Oracle::run`]).
//!
//! Invariants:
//! - `SystemExit` is an exception like any other here; callers decide what an exit means.
//! - A program that runs past [`Oracle::timeout`] is an error, not an outcome: expectations come
//!   from CPython, and a case that does not terminate under CPython is a broken case.
//! - Runs execute on a fresh thread with a large stack, so deep recursion in a case cannot
//!   overflow the caller's stack.

pub mod api;
mod cache;
pub mod compare;
#[cfg(feature = "upy")]
pub mod differ;
pub mod generate;
pub mod isolate;
pub mod minimize;
#[cfg(feature = "upy")]
pub mod run_upy;

use std::ffi::CString;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, anyhow};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use serde::{Deserialize, Serialize};

pub use cache::cache_key;

/// Cargo's target folder of the workspace this crate was built in (`CARGO_TARGET_DIR`,
/// relative to the workspace root, or `target`): where the CPython cache and `upy-diff`'s
/// programs live.
pub fn workspace_target() -> PathBuf {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("diff-cpython lives in the workspace")
        .to_path_buf();
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map_or_else(|| root.join("target"), |t| root.join(t))
}

/// What a program did: its standard output and the exception that ended it, if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// Everything written to `sys.stdout`, in order.
    pub stdout: String,
    /// The uncaught exception that ended the program, or `None` if it ran to its end.
    pub exception: Option<PyException>,
}

/// What a case's module folder reads as in outcomes of runs with one ([`Oracle::run_in_dir`]):
/// the folder itself is a fresh temporary directory each time.
pub const CASE_DIR: &str = "<case-dir>";

impl Outcome {
    /// This outcome with every mention of folder `dir` replaced by [`CASE_DIR`].
    pub fn with_dir_hidden(mut self, dir: &str) -> Outcome {
        if dir.is_empty() {
            return self;
        }
        self.stdout = self.stdout.replace(dir, CASE_DIR);
        if let Some(exc) = &mut self.exception {
            exc.message = exc.message.replace(dir, CASE_DIR);
            exc.traceback = exc.traceback.replace(dir, CASE_DIR);
        }
        self
    }
}

/// An uncaught exception as CPython reports it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PyException {
    /// `type(exc).__name__`, e.g. `ZeroDivisionError`.
    pub type_name: String,
    /// `str(exc)`, e.g. `division by zero`.
    pub message: String,
    /// The full text CPython prints: `Traceback (most recent call last):\n  File ...` ending
    /// with `TypeName: message\n` (no header for a `SyntaxError` raised while compiling).
    pub traceback: String,
}

/// The Python half of the oracle, executed once per process as module `_upy_oracle`.
const ORACLE_PY: &str = include_str!("oracle.py");

/// Bumped whenever the capture logic changes what an outcome holds, so old cache entries die.
const FORMAT_VERSION: u32 = 2;

/// Stack size of the thread that runs CPython: deep recursion in a case must not overflow it.
const RUN_STACK_SIZE: usize = 64 << 20;

static ORACLE_MODULE: PyOnceLock<Py<PyModule>> = PyOnceLock::new();

fn oracle_module(py: Python<'_>) -> PyResult<&Bound<'_, PyModule>> {
    let module = ORACLE_MODULE.get_or_try_init(py, || -> PyResult<Py<PyModule>> {
        let code = CString::new(ORACLE_PY).expect("oracle.py has no NUL byte");
        let module = PyModule::from_code(py, &code, c"<upy-oracle>", c"_upy_oracle")?;
        Ok(module.unbind())
    })?;
    Ok(module.bind(py))
}

fn describe(py: Python<'_>, err: PyErr) -> anyhow::Error {
    let text = err
        .traceback(py)
        .and_then(|tb| tb.format().ok())
        .unwrap_or_default();
    anyhow!("the CPython oracle failed: {err}\n{text}")
}

/// Runs programs in embedded CPython, with an on-disk cache of the outcomes.
#[derive(Debug, Clone)]
pub struct Oracle {
    cache_dir: PathBuf,
    version: String,
    timeout: Duration,
}

impl Oracle {
    /// An oracle whose cache lives in `cache_dir` (created on first write), e.g.
    /// `target/cpython-cache`. Starts CPython if this process has not yet done so.
    pub fn new(cache_dir: impl Into<PathBuf>) -> Oracle {
        let version = Python::attach(|py| -> PyResult<String> {
            oracle_module(py)?.getattr("version")?.call0()?.extract()
        })
        .unwrap_or_else(|err| panic!("cannot start the CPython oracle: {err}"));
        Oracle {
            cache_dir: cache_dir.into(),
            version,
            timeout: Duration::from_secs(60),
        }
    }

    /// Sets how long one program may run before the oracle gives up on it (default 60 s).
    pub fn with_timeout(mut self, timeout: Duration) -> Oracle {
        self.timeout = timeout;
        self
    }

    /// How long one program may run before the oracle gives up on it.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The version of the embedded CPython, e.g. `3.11.7`.
    pub fn version(&self) -> String {
        self.version.clone()
    }

    /// The directory holding cached outcomes.
    pub fn cache_dir(&self) -> &std::path::Path {
        &self.cache_dir
    }

    /// Runs `source` as the main module named `filename`, or returns the cached outcome of an
    /// identical earlier run (same CPython version, file name and source).
    pub fn run(&self, source: &str, filename: &str) -> anyhow::Result<Outcome> {
        let key = cache_key(&self.version, FORMAT_VERSION, filename, source);
        if let Some(outcome) = cache::load(&self.cache_dir, &key) {
            return Ok(outcome);
        }
        let outcome = self.run_uncached(source, filename)?;
        cache::store(&self.cache_dir, &key, &outcome)
            .with_context(|| format!("writing the oracle cache in {}", self.cache_dir.display()))?;
        Ok(outcome)
    }

    /// `None` if `source` compiles under CPython, else the compiler's error (`SyntaxError: ...`).
    /// Nothing runs. The minimizer uses it to keep only candidates that are Python.
    pub fn syntax_error(&self, source: &str, filename: &str) -> anyhow::Result<Option<String>> {
        Python::attach(|py| {
            oracle_module(py)
                .and_then(|m| {
                    m.getattr("syntax_error")?
                        .call1((source, filename))?
                        .extract()
                })
                .map_err(|err| describe(py, err))
        })
    }

    /// Runs `source` as the main module named `filename` with `dir` first on `sys.path` (the
    /// folder a case laid its modules out in), or returns the cached outcome of an identical
    /// earlier run. Every mention of `dir` in the outcome reads [`CASE_DIR`], so the outcome
    /// does not depend on where the folder was made. Runs of this kind take turns: they
    /// change `sys.path` and `sys.modules`, which every run in the process shares.
    pub fn run_in_dir(
        &self,
        source: &str,
        filename: &str,
        dir: &std::path::Path,
    ) -> anyhow::Result<Outcome> {
        let key = cache_key(
            &self.version,
            FORMAT_VERSION,
            &format!("{filename}\0{CASE_DIR}"),
            source,
        );
        if let Some(outcome) = cache::load(&self.cache_dir, &key) {
            return Ok(outcome);
        }
        let dir_text = dir.to_string_lossy().into_owned();
        let outcome = self.run_with(source, filename, Some(&dir_text))?;
        let outcome = outcome.with_dir_hidden(&dir_text);
        cache::store(&self.cache_dir, &key, &outcome)
            .with_context(|| format!("writing the oracle cache in {}", self.cache_dir.display()))?;
        Ok(outcome)
    }

    /// Runs `source` as the main module named `filename`, without looking at the cache.
    pub fn run_uncached(&self, source: &str, filename: &str) -> anyhow::Result<Outcome> {
        self.run_with(source, filename, None)
    }

    fn run_with(&self, source: &str, filename: &str, dir: Option<&str>) -> anyhow::Result<Outcome> {
        let timeout = self.timeout.as_secs_f64();
        let result = std::thread::scope(|scope| {
            std::thread::Builder::new()
                .name("cpython-oracle".into())
                .stack_size(RUN_STACK_SIZE)
                .spawn_scoped(scope, || run_attached(source, filename, timeout, dir))
                .context("spawning the oracle thread")?
                .join()
                .map_err(|_| anyhow!("the oracle thread panicked"))?
        })?;
        match &result.exception {
            Some(exc) if exc.type_name == "OracleTimeout" => {
                anyhow::bail!("{filename}: {}", exc.message)
            }
            _ => Ok(result),
        }
    }
}

fn run_attached(
    source: &str,
    filename: &str,
    timeout: f64,
    dir: Option<&str>,
) -> anyhow::Result<Outcome> {
    Python::attach(|py| {
        let run = || -> PyResult<Outcome> {
            let result = oracle_module(py)?
                .getattr("run")?
                .call1((source, filename, timeout, dir))?;
            let (stdout, exception): (String, Option<(String, String, String)>) =
                result.extract()?;
            Ok(Outcome {
                stdout,
                exception: exception.map(|(type_name, message, traceback)| PyException {
                    type_name,
                    message,
                    traceback,
                }),
            })
        };
        run().map_err(|err| describe(py, err))
    })
}

#[cfg(test)]
mod tests;
