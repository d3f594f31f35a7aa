//! The `upy` core as an in-process [`Engine`]: a fresh `Vm` per case, whose `Port` is the
//! case's [`CaseIo`] (`diff_cpython::run_upy::run_on`, the same run the differential tests
//! make; stderr, where tracebacks go, is dropped: the uncaught exception comes back as a
//! value).

use diff_cpython::PyException;

use super::in_process::{CaseIo, Engine, InProcess};
use crate::case::Features;

/// Runs cases on `upy::Vm` with this configuration.
#[derive(Clone, Debug, Default)]
pub struct Upy {
    pub config: upy::Config,
}

/// The upy in-process target.
pub type UpyInProcess = InProcess<Upy>;

impl UpyInProcess {
    /// upy in-process with the default `Config`, offering `features`.
    pub fn upy(features: Features) -> UpyInProcess {
        UpyInProcess::with_config(upy::Config::default(), features)
    }

    /// upy in-process with `config` (a small heap, GC stress).
    pub fn with_config(config: upy::Config, features: Features) -> UpyInProcess {
        InProcess::new("upy (in-process)", Upy { config }, features)
    }
}

impl Engine for Upy {
    fn run(
        &self,
        io: CaseIo,
        source: &str,
        filename: &str,
        dir: Option<&str>,
    ) -> Result<(), PyException> {
        diff_cpython::run_upy::run_on(self.config.clone(), io, source, filename, dir)
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::time::{Duration, Instant};

    use diff_cpython::Outcome;

    use super::*;
    use crate::case::Case;
    use crate::target::{Run, Target};

    fn run(source: &str, timeout: Duration) -> Run {
        let case = Case {
            area: "t".into(),
            name: "c".into(),
            path: PathBuf::from("t/c.py"),
            rel_path: "t/c.py".into(),
            source: source.into(),
            requires: Default::default(),
            exp: None,
        };
        UpyInProcess::upy(Features::All).run(&case, timeout)
    }

    #[test]
    fn output_and_uncaught_exception() {
        let Run::Finished(Outcome { stdout, exception }) =
            run("print('hi', 1 + 2)\n1 // 0\n", Duration::from_secs(10))
        else {
            panic!("did not finish")
        };
        assert_eq!(stdout, "hi 3\n");
        assert_eq!(exception.unwrap().type_name, "ZeroDivisionError");
    }

    #[test]
    fn endless_loop_is_interrupted() {
        let start = Instant::now();
        let run = run(
            "print('go')\nwhile True:\n    pass\n",
            Duration::from_millis(300),
        );
        assert_eq!(
            run,
            Run::Timeout {
                stdout: "go\n".into()
            }
        );
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "{:?}",
            start.elapsed()
        );
    }
}
