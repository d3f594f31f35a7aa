//! A program on both sides: CPython through the [`Oracle`], upy in-process through
//! [`run_upy`], judged with [`compare`], and minimized while it keeps diverging the same way.

use std::path::PathBuf;
use std::time::Duration;

use crate::compare::{Signature, signature};
use crate::minimize::{Minimized, minimize};
use crate::run_upy::{Run, run_upy};
use crate::{Oracle, Outcome};

/// Runs programs on CPython and upy and compares them.
#[derive(Debug, Clone)]
pub struct Differ {
    oracle: Oracle,
    /// How long either side may run one program.
    pub timeout: Duration,
    /// upy's configuration for every run.
    pub config: upy::Config,
}

/// Both sides of one program.
#[derive(Debug, Clone)]
pub struct Both {
    pub cpython: Outcome,
    pub upy: Run,
    /// How upy differs, if it does.
    pub divergence: Option<Signature>,
}

impl Differ {
    /// A differ whose oracle caches in `cache_dir`, giving each side `timeout` per program.
    pub fn new(cache_dir: impl Into<PathBuf>, timeout: Duration) -> Differ {
        Differ {
            oracle: Oracle::new(cache_dir).with_timeout(timeout),
            timeout,
            config: upy::Config::default(),
        }
    }

    /// The CPython oracle.
    pub fn oracle(&self) -> &Oracle {
        &self.oracle
    }

    /// Runs `source` on both sides (CPython's outcome from the cache when it is there).
    pub fn run(&self, source: &str, filename: &str) -> anyhow::Result<Both> {
        let cpython = self.oracle.run(source, filename)?;
        Ok(self.run_upy_against(source, filename, cpython))
    }

    /// Runs `source` on both sides without reading or writing the cache (for fuzzing, where
    /// every program is new).
    pub fn run_uncached(&self, source: &str, filename: &str) -> anyhow::Result<Both> {
        let cpython = self.oracle.run_uncached(source, filename)?;
        Ok(self.run_upy_against(source, filename, cpython))
    }

    fn run_upy_against(&self, source: &str, filename: &str, cpython: Outcome) -> Both {
        let upy = run_upy(source, filename, self.config.clone(), self.timeout);
        let divergence = signature(&cpython, &upy);
        Both {
            cpython,
            upy,
            divergence,
        }
    }

    /// True if `source` is valid Python, ends under CPython, and upy differs from it the way
    /// `wanted` says: the same kind of divergence, and unless `any` is set, the same first
    /// differing line (or crash message). Nothing is cached: minimization tries many throwaway
    /// candidates.
    pub fn diverges_as(&self, source: &str, filename: &str, wanted: &Signature, any: bool) -> bool {
        if !matches!(self.oracle.syntax_error(source, filename), Ok(None)) {
            return false;
        }
        let Ok(cpython) = self.oracle.run_uncached(source, filename) else {
            return false;
        };
        match self.run_upy_against(source, filename, cpython).divergence {
            Some(found) if any => found.kind == wanted.kind,
            Some(found) => found == *wanted,
            None => false,
        }
    }

    /// The smallest program found that diverges from CPython the way `source` does
    /// (see [`Differ::diverges_as`] for `any`).
    pub fn minimize(
        &self,
        source: &str,
        filename: &str,
        wanted: &Signature,
        any: bool,
    ) -> Minimized {
        minimize(source, &mut |candidate| {
            self.diverges_as(candidate, filename, wanted, any)
        })
    }
}
