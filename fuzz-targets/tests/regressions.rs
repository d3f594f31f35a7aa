//! Replays every saved fuzzer finding: one test per file `fuzz/regressions/<target>/<hash>`,
//! named `<target>::<hash>`, run through the same function the fuzz target calls.
//!
//! `cargo xtask fuzz` saves each crash it finds there, minimized; the test fails until the
//! bug is fixed and guards it from then on. Each input runs on a thread with the 8 MiB stack
//! that libFuzzer's main thread has, so a stack overflow reproduces as it did when found, and
//! fails its test if it runs longer than `replay::TIME_LIMIT` (10 s), naming the file.

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use upy_fuzz_targets::replay::{Failure, TIME_LIMIT, run_limited};

fn main() {
    let args = Arguments::from_args();
    let trials = match trials() {
        Ok(trials) => trials,
        Err(err) => {
            eprintln!("regressions: {err}");
            std::process::exit(1);
        }
    };
    libtest_mimic::run(&args, trials).exit();
}

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions")
}

fn trials() -> std::io::Result<Vec<Trial>> {
    let dir = regressions_dir();
    let mut trials = Vec::new();
    if !dir.exists() {
        return Ok(trials);
    }
    let mut targets: Vec<_> = std::fs::read_dir(&dir)?.collect::<Result<_, _>>()?;
    targets.sort_by_key(|e| e.file_name());
    for target in targets.into_iter().filter(|e| e.path().is_dir()) {
        let name = target.file_name().to_string_lossy().into_owned();
        let mut inputs: Vec<_> = std::fs::read_dir(target.path())?.collect::<Result<_, _>>()?;
        inputs.sort_by_key(|e| e.file_name());
        for input in inputs {
            let file = input.file_name().to_string_lossy().into_owned();
            if file.starts_with('.') {
                continue;
            }
            let path = input.path();
            let target_name = name.clone();
            trials.push(Trial::test(format!("{name}::{file}"), move || {
                replay(&target_name, &path)
            }));
        }
    }
    Ok(trials)
}

fn replay(target: &str, path: &Path) -> Result<(), Failed> {
    let Some(run) = upy_fuzz_targets::target(target) else {
        return Err(format!(
            "no fuzz target `{target}`: add it to upy_fuzz_targets::TARGETS to replay {}",
            path.display()
        )
        .into());
    };
    let data = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    run_limited(move || run(&data), TIME_LIMIT).map_err(|failure| {
        Failed::from(match failure {
            Failure::Panicked(msg) => format!("{target} panics on {}: {msg}", path.display()),
            Failure::TimedOut(limit) => format!(
                "{target} takes longer than {} s on {}: a slow input (a hang?), left running",
                limit.as_secs(),
                path.display()
            ),
            Failure::Spawn(e) => format!("cannot start a thread: {e}"),
        })
    })
}
