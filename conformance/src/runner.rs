//! Running cases: work out each case's expectation, run it on a target, judge the result.
//!
//! [`run_all`] works in two passes: first every expectation (from `.exp` files, or from the
//! CPython oracle, whose cache makes reruns cheap and whose GIL serialises first runs anyway),
//! then every case on the target, in parallel on a rayon pool.

use std::time::{Duration, Instant};

use diff_cpython::{Oracle, Outcome};
use rayon::prelude::*;
use serde::Serialize;

use crate::case::Case;
use crate::compare::compare;
use crate::known::KnownFailures;
use crate::target::{Run, Target};

/// How a case fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Output and exception matched the expectation.
    Pass,
    /// Output or exception differed from the expectation.
    Fail,
    /// The target lacks a feature the case requires.
    Skip,
    /// The case ran past the time limit.
    Timeout,
    /// The implementation crashed (a panic, a signal).
    Crash,
    /// Failed (or timed out, or crashed), and is on the known-failures list.
    #[serde(rename = "known-failure")]
    KnownFailure,
    /// Passed although it is on the known-failures list: the list must be updated.
    #[serde(rename = "unexpected-pass")]
    UnexpectedPass,
}

impl Status {
    /// Whether this status makes the whole run fail.
    pub fn is_failure(self) -> bool {
        matches!(
            self,
            Status::Fail | Status::Timeout | Status::Crash | Status::UnexpectedPass
        )
    }

    /// A short label for people.
    pub fn label(self) -> &'static str {
        match self {
            Status::Pass => "ok",
            Status::Fail => "FAIL",
            Status::Skip => "skip",
            Status::Timeout => "TIMEOUT",
            Status::Crash => "CRASH",
            Status::KnownFailure => "known failure",
            Status::UnexpectedPass => "UNEXPECTED PASS",
        }
    }
}

/// The verdict on one case.
#[derive(Clone, Debug, Serialize)]
pub struct CaseResult {
    /// `area/name`.
    pub id: String,
    /// The area (folder) of the case.
    pub area: String,
    /// The case file, relative to the cases folder.
    pub path: String,
    pub status: Status,
    /// The diff or message explaining a status other than pass; empty for a pass.
    pub detail: String,
    /// Wall time of the target's run, in milliseconds.
    pub duration_ms: u64,
}

/// Settings of a run.
#[derive(Clone, Debug)]
pub struct Options {
    /// How long one case may run on the target.
    pub timeout: Duration,
    /// Cases the target is known to fail.
    pub known: KnownFailures,
    /// Worker threads (0: one per core).
    pub jobs: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            timeout: Duration::from_secs(10),
            known: KnownFailures::none(),
            jobs: 0,
        }
    }
}

/// What the case should produce: its `.exp` file, or what CPython does with it.
pub fn expectation(case: &Case, oracle: &Oracle) -> anyhow::Result<Outcome> {
    if let Some(exp) = &case.exp {
        return Ok(exp.clone());
    }
    match crate::case::CaseDir::create(case, false)? {
        Some(dir) => oracle.run_in_dir(&case.source, &case.rel_path, dir.dir()),
        None => oracle.run(&case.source, &case.rel_path),
    }
}

/// Runs one case on `target` and judges it against `expected`.
pub fn check(
    case: &Case,
    expected: &anyhow::Result<Outcome>,
    target: &dyn Target,
    options: &Options,
) -> CaseResult {
    let result = |status, detail: String, duration_ms| CaseResult {
        id: case.id(),
        area: case.area.clone(),
        path: case.rel_path.clone(),
        status,
        detail,
        duration_ms,
    };
    let missing = target.features().missing(case);
    if !missing.is_empty() {
        return result(Status::Skip, format!("requires: {}", missing.join(", ")), 0);
    }
    let expected = match expected {
        Ok(expected) => expected,
        Err(err) => return result(Status::Fail, format!("no expectation: {err:#}"), 0),
    };
    let start = Instant::now();
    let run = target.run(case, options.timeout);
    let ms = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);
    let (status, detail) = match run {
        Run::Finished(actual) => match compare(expected, &actual) {
            None => (Status::Pass, String::new()),
            Some(diff) => (Status::Fail, diff),
        },
        Run::Timeout { stdout } => (
            Status::Timeout,
            format!(
                "ran past {} s; stdout so far:\n{}",
                options.timeout.as_secs_f64(),
                tail(&stdout, 20)
            ),
        ),
        Run::Crash { message, stdout } => (
            Status::Crash,
            format!("{message}\nstdout so far:\n{}", tail(&stdout, 20)),
        ),
    };
    let status = match (status, options.known.contains(&case.id())) {
        (Status::Pass, true) => Status::UnexpectedPass,
        (Status::Fail | Status::Timeout | Status::Crash, true) => Status::KnownFailure,
        (status, _) => status,
    };
    let detail = if status == Status::UnexpectedPass {
        let list = options
            .known
            .path()
            .map_or("the known-failures list".into(), |p| {
                p.display().to_string()
            });
        format!("passes now: remove it from {list} (or run with --bless)")
    } else {
        detail
    };
    result(status, detail, ms)
}

/// The last `n` lines of `text`, marking what was cut.
fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let from = lines.len().saturating_sub(n);
    let mut out = if from > 0 {
        format!("[{from} lines cut]\n")
    } else {
        String::new()
    };
    out.push_str(&lines[from..].join("\n"));
    out
}

/// Runs every case on `target`: expectations first, then the target, in parallel.
pub fn run_all(
    cases: &[Case],
    oracle: &Oracle,
    target: &dyn Target,
    options: &Options,
) -> anyhow::Result<Vec<CaseResult>> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs)
        .thread_name(|i| format!("conformance-worker-{i}"))
        .stack_size(16 << 20)
        .build()?;
    Ok(pool.install(|| {
        let expectations: Vec<_> = cases.par_iter().map(|c| expectation(c, oracle)).collect();
        cases
            .par_iter()
            .zip(expectations.par_iter())
            .map(|(case, expected)| check(case, expected, target, options))
            .collect()
    }))
}
