//! Reports of a run: failure details and a per-area table for people, JSON for machines.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context;
use serde::Serialize;

use crate::runner::{CaseResult, Status};

/// Counts of statuses, for one area or for the whole run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub passed: usize,
    /// Fails, timeouts, crashes and unexpected passes: everything that fails the run.
    pub failed: usize,
    pub known_failures: usize,
    pub skipped: usize,
    pub timeouts: usize,
    pub crashes: usize,
    pub total: usize,
}

impl Tally {
    fn add(&mut self, status: Status) {
        self.total += 1;
        match status {
            Status::Pass => self.passed += 1,
            Status::Skip => self.skipped += 1,
            Status::KnownFailure => self.known_failures += 1,
            Status::Fail | Status::UnexpectedPass => self.failed += 1,
            Status::Timeout => {
                self.failed += 1;
                self.timeouts += 1;
            }
            Status::Crash => {
                self.failed += 1;
                self.crashes += 1;
            }
        }
    }

    /// Counts `results`.
    pub fn of<'a>(results: impl IntoIterator<Item = &'a CaseResult>) -> Tally {
        let mut t = Tally::default();
        for r in results {
            t.add(r.status);
        }
        t
    }
}

/// Per-area tallies, in area order.
pub fn by_area(results: &[CaseResult]) -> BTreeMap<&str, Tally> {
    let mut areas: BTreeMap<&str, Tally> = BTreeMap::new();
    for r in results {
        areas.entry(r.area.as_str()).or_default().add(r.status);
    }
    areas
}

/// The lines for individual cases: every failure with its diff; with `verbose`, one line for
/// every other case too.
pub fn case_lines(results: &[CaseResult], verbose: bool, cases_dir: &Path) -> String {
    let mut out = String::new();
    for r in results {
        if r.status.is_failure() {
            let _ = writeln!(
                out,
                "{} {} ({}, {} ms)",
                r.status.label(),
                r.id,
                cases_dir.join(&r.path).display(),
                r.duration_ms
            );
            for line in r.detail.lines() {
                let _ = writeln!(out, "    {line}");
            }
        } else if verbose {
            let _ = write!(out, "{} {} ({} ms)", r.status.label(), r.id, r.duration_ms);
            let first = r.detail.lines().next().unwrap_or("");
            if matches!(r.status, Status::Skip | Status::KnownFailure) {
                let _ = write!(out, ": {first}");
            }
            out.push('\n');
        }
    }
    out
}

/// The table of areas and the closing summary line (`N passed, N failed, N skipped`, where
/// skipped counts both unmet requirements and known failures, broken down the line before).
pub fn table(results: &[CaseResult]) -> String {
    let areas = by_area(results);
    let width = areas.keys().map(|a| a.len()).max().unwrap_or(0).max(5);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<width$}  {:>6}  {:>6}  {:>6}  {:>6}  {:>6}",
        "area", "passed", "failed", "known", "skip", "total"
    );
    let row = |out: &mut String, name: &str, t: &Tally| {
        let _ = writeln!(
            out,
            "{:<width$}  {:>6}  {:>6}  {:>6}  {:>6}  {:>6}",
            name, t.passed, t.failed, t.known_failures, t.skipped, t.total
        );
    };
    for (area, t) in &areas {
        row(&mut out, area, t);
    }
    let total = Tally::of(results);
    row(&mut out, "total", &total);
    let _ = writeln!(
        out,
        "({} timed out, {} crashed; {} known failures and {} with unmet requirements are counted as skipped)",
        total.timeouts, total.crashes, total.known_failures, total.skipped
    );
    let _ = writeln!(
        out,
        "conformance: {} passed, {} failed, {} skipped",
        total.passed,
        total.failed,
        total.known_failures + total.skipped
    );
    out
}

#[derive(Serialize)]
struct Json<'a> {
    target: &'a str,
    cpython: &'a str,
    totals: Tally,
    areas: BTreeMap<&'a str, Tally>,
    cases: &'a [CaseResult],
}

/// Writes the machine-readable report to `path`, creating its folder.
pub fn write_json(
    path: &Path,
    target: &str,
    cpython: &str,
    results: &[CaseResult],
) -> anyhow::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let json = Json {
        target,
        cpython,
        totals: Tally::of(results),
        areas: by_area(results),
        cases: results,
    };
    std::fs::write(path, serde_json::to_vec_pretty(&json)?)
        .with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(area: &str, status: Status) -> CaseResult {
        CaseResult {
            id: format!("{area}/x"),
            area: area.into(),
            path: format!("{area}/x.py"),
            status,
            detail: "d".into(),
            duration_ms: 1,
        }
    }

    #[test]
    fn tallies_and_summary_line() {
        let results = [
            r("int", Status::Pass),
            r("int", Status::Fail),
            r("str", Status::Skip),
            r("str", Status::KnownFailure),
            r("str", Status::Timeout),
        ];
        let areas = by_area(&results);
        assert_eq!(areas["int"].passed, 1);
        assert_eq!(areas["str"].failed, 1);
        let text = table(&results);
        assert!(
            text.ends_with("conformance: 1 passed, 2 failed, 2 skipped\n"),
            "{text}"
        );
    }
}
