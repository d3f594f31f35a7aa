//! The whole corpus as ordinary tests: each case `cases/<area>/<name>.py` is the test
//! `area::name`, run on upy in-process and judged against CPython (or its `.exp` file).
//!
//! A case on `known-failures.txt` passes while it fails and fails once it passes, so the list
//! is kept honest. A case whose requirements the target lacks is reported as ignored.
//! `cargo test -p conformance -- int::` runs one area.

use std::sync::Arc;

use conformance::target::UpyInProcess;
use conformance::{Features, KnownFailures, Options, Paths, Status, Target};
use diff_cpython::Oracle;
use libtest_mimic::{Arguments, Failed, Trial};

fn main() -> std::process::ExitCode {
    let args = Arguments::from_args();
    let paths = Paths::workspace();
    let cases = conformance::discover(&paths.cases).expect("discovering cases");
    let known = KnownFailures::load(&paths.known_failures).expect("reading known failures");
    let oracle = Arc::new(Oracle::new(paths.oracle_cache()));
    let target: Arc<dyn Target + Send> = Arc::new(UpyInProcess::upy(Features::All));
    let options = Arc::new(Options {
        known,
        ..Options::default()
    });
    let trials = cases
        .into_iter()
        .map(|case| {
            let name = format!("{}::{}", case.area, case.name);
            let ignored = !target.features().missing(&case).is_empty();
            let (oracle, target, options) = (oracle.clone(), target.clone(), options.clone());
            Trial::test(name, move || {
                let expected = conformance::expectation(&case, &oracle);
                let result = conformance::check(&case, &expected, target.as_ref(), &options);
                match result.status {
                    Status::Pass | Status::Skip | Status::KnownFailure => Ok(()),
                    status => Err(Failed::from(format!(
                        "{} {}\n{}",
                        status.label(),
                        case.path.display(),
                        result.detail
                    ))),
                }
            })
            .with_ignored_flag(ignored)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit_code()
}
