//! The in-process target: an interpreter linked into the runner (the `upy` core, see
//! `upy.rs`), one fresh interpreter per case, behind the small [`Engine`] trait. Each case
//! runs through [`run_isolated`]: on its own thread, a panic reported as a crash of that case,
//! the time limit delivered as Ctrl-C, a case that ignores it abandoned after a grace period.

use std::sync::Arc;
use std::time::Duration;

use diff_cpython::PyException;
pub use diff_cpython::isolate::Io as CaseIo;
use diff_cpython::isolate::run_isolated;

use super::{Run, Target};
use crate::case::{Case, Features};

/// An interpreter the in-process target can drive: runs one program to its end.
pub trait Engine: Send + Sync + 'static {
    /// Runs `source` as the main module `filename`, writing output to and polling interrupts
    /// from `io`, with `dir` (the case's module folder, if it has one) as `sys.path`; returns
    /// the uncaught exception, if any.
    fn run(
        &self,
        io: CaseIo,
        source: &str,
        filename: &str,
        dir: Option<&str>,
    ) -> Result<(), PyException>;
}

/// Runs cases on an [`Engine`] inside this process.
#[derive(Debug)]
pub struct InProcess<E> {
    name: String,
    engine: Arc<E>,
    features: Features,
}

impl<E: Engine> InProcess<E> {
    /// A target named `name` (for reports) running each case on `engine`.
    pub fn new(name: impl Into<String>, engine: E, features: Features) -> InProcess<E> {
        InProcess {
            name: name.into(),
            engine: Arc::new(engine),
            features,
        }
    }
}

impl<E: Engine> Target for InProcess<E> {
    fn name(&self) -> String {
        self.name.clone()
    }

    fn features(&self) -> &Features {
        &self.features
    }

    fn run(&self, case: &Case, timeout: Duration) -> Run {
        let engine = Arc::clone(&self.engine);
        let source = case.source.clone();
        let filename = case.rel_path.clone();
        let case_dir = match crate::case::CaseDir::create(case, false) {
            Ok(d) => d,
            Err(err) => {
                return Run::Crash {
                    message: format!("{err:#}"),
                    stdout: String::new(),
                };
            }
        };
        let dir = case_dir.as_ref().map(|d| d.dir_text());
        let shown = dir.clone().unwrap_or_default();
        let run = run_isolated(
            move |io| engine.run(io, &source, &filename, dir.as_deref()),
            timeout,
        );
        match run {
            Run::Finished(outcome) => Run::Finished(outcome.with_dir_hidden(&shown)),
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::thread;
    use std::time::Instant;

    use diff_cpython::Outcome;
    use diff_cpython::isolate::GRACE;

    use super::*;

    /// A toy engine: each source line is a command.
    struct Toy;

    impl Engine for Toy {
        fn run(
            &self,
            mut io: CaseIo,
            source: &str,
            _filename: &str,
            _dir: Option<&str>,
        ) -> Result<(), PyException> {
            let raise = |type_name: &str| PyException {
                type_name: type_name.into(),
                message: String::new(),
                traceback: String::new(),
            };
            for line in source.lines() {
                match line.split_once(' ').unwrap_or((line, "")) {
                    ("print", text) => io.write_stdout(format!("{text}\n").as_bytes()),
                    ("raise", type_name) => return Err(raise(type_name)),
                    ("panic", text) => panic!("{text}"),
                    ("loop", _) => loop {
                        if io.take_interrupt() {
                            return Err(raise("KeyboardInterrupt"));
                        }
                        thread::sleep(Duration::from_millis(1));
                    },
                    ("stubborn", _) => {
                        // Ignores interrupts, but ends eventually so the test process does not
                        // keep a spinning thread.
                        thread::sleep(Duration::from_secs(5));
                    }
                    _ => return Err(raise("SyntaxError")),
                }
            }
            Ok(())
        }
    }

    fn case(source: &str) -> Case {
        Case {
            area: "toy".into(),
            name: "case".into(),
            path: PathBuf::from("toy/case.py"),
            rel_path: "toy/case.py".into(),
            source: source.into(),
            requires: Default::default(),
            exp: None,
        }
    }

    fn run(source: &str) -> Run {
        InProcess::new("toy", Toy, Features::All).run(&case(source), Duration::from_millis(200))
    }

    #[test]
    fn output_and_exceptions() {
        let Run::Finished(out) = run("print a\nprint b\nraise ValueError\nprint c") else {
            panic!("not finished")
        };
        assert_eq!(out.stdout, "a\nb\n");
        assert_eq!(out.exception.unwrap().type_name, "ValueError");
        assert_eq!(
            run("print x"),
            Run::Finished(Outcome {
                stdout: "x\n".into(),
                exception: None
            })
        );
    }

    #[test]
    fn panic_is_a_crash_with_location() {
        let Run::Crash { message, stdout } = run("print before\npanic boom") else {
            panic!("not a crash")
        };
        assert_eq!(stdout, "before\n");
        assert!(message.contains("boom"), "{message}");
        assert!(message.contains("in_process.rs"), "{message}");
    }

    #[test]
    fn runaway_case_is_interrupted() {
        let start = Instant::now();
        assert_eq!(
            run("print started\nloop"),
            Run::Timeout {
                stdout: "started\n".into()
            }
        );
        assert!(start.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn case_ignoring_interrupts_is_abandoned() {
        let start = Instant::now();
        assert_eq!(
            run("stubborn"),
            Run::Timeout {
                stdout: String::new()
            }
        );
        let took = start.elapsed();
        assert!(
            took >= GRACE && took < GRACE + Duration::from_secs(2),
            "{took:?}"
        );
    }
}
