//! Replays every saved fuzzer finding: one test per file `fuzz/regressions/<target>/<hash>`,
//! named `<target>::<hash>`, run through the same function the fuzz target calls.
//!
//! `cargo xtask fuzz` saves each crash it finds there, minimized; the test fails until the
//! bug is fixed and guards it from then on. Each input runs on a thread with the 8 MiB stack
//! that libFuzzer's main thread has, so a stack overflow reproduces as it did when found.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use libtest_mimic::{Arguments, Failed, Trial};

/// The stack of libFuzzer's main thread (the usual `ulimit -s`).
const FUZZER_STACK: usize = 8 << 20;

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
    let data = Arc::new(std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?);
    let worker = std::thread::Builder::new()
        .stack_size(FUZZER_STACK)
        .spawn(move || run(&data))
        .map_err(|e| format!("cannot start a thread: {e}"))?;
    worker.join().map_err(|panic| {
        let msg = panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied())
            .unwrap_or("(no message)");
        Failed::from(format!("{target} panics on {}: {msg}", path.display()))
    })
}
