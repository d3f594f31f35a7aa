//! `cargo xtask conformance [--profile P] [runner options]`: builds and runs the conformance
//! runner (the `conformance` binary), passing every other option through to it.
//!
//! The runner is built with the `harness` profile by default: optimised like `release`, but
//! unwinding, so the in-process target can turn a panic into a crash report (`release` aborts).
//! Without `--target-bin` it runs upy in-process (the runner's default `upy` feature); with
//! it, the runner is built without the core, so a broken core does not stop that run.

use std::path::Path;

use crate::{cargo, run};

/// The profile the runner is built with unless `--profile` says otherwise.
pub const DEFAULT_PROFILE: &str = "harness";

pub fn main(args: &[String]) -> anyhow::Result<bool> {
    let mut profile = DEFAULT_PROFILE.to_string();
    let mut passed = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--profile" => {
                profile = iter
                    .next()
                    .cloned()
                    .ok_or_else(|| anyhow::anyhow!("--profile needs a value"))?;
            }
            // The runner starts in the workspace root; a relative path given here means the
            // caller's folder.
            "--target-bin" | "--cases" | "--report" | "--known-failures" => {
                let value = iter
                    .next()
                    .ok_or_else(|| anyhow::anyhow!("{arg} needs a value"))?;
                passed.push(arg.clone());
                passed.push(absolute(value, arg == "--target-bin")?);
            }
            _ => passed.push(arg.clone()),
        }
    }
    run_runner(&profile, &passed)
}

/// `path` made absolute against the current folder, except a bare program name (`python3`),
/// which `PATH` resolves.
fn absolute(path: &str, is_program: bool) -> anyhow::Result<String> {
    let p = Path::new(path);
    if p.is_absolute() || (is_program && p.components().count() < 2) {
        return Ok(path.to_string());
    }
    Ok(std::env::current_dir()?
        .join(p)
        .to_string_lossy()
        .into_owned())
}

/// Runs the conformance runner built with `profile`, with `args`.
pub fn run_runner(profile: &str, args: &[String]) -> anyhow::Result<bool> {
    let in_process = !args.iter().any(|a| a == "--target-bin");
    let mut cmd = cargo();
    cmd.args([
        "run",
        "--quiet",
        "--package",
        "conformance",
        "--bin",
        "conformance",
    ]);
    cmd.args(["--profile", profile]);
    if !in_process {
        // Another interpreter is under test: do not build the core into the runner.
        cmd.arg("--no-default-features");
    }
    cmd.arg("--").args(args);
    run(&mut cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_absolute_but_program_names_stay() {
        let here = std::env::current_dir().unwrap();
        assert_eq!(absolute("python3", true).unwrap(), "python3");
        assert_eq!(
            absolute("/usr/bin/python3", true).unwrap(),
            "/usr/bin/python3"
        );
        let upy = absolute("target/release/upy", true).unwrap();
        assert_eq!(Path::new(&upy), here.join("target/release/upy"));
        let report = absolute("r.json", false).unwrap();
        assert_eq!(Path::new(&report), here.join("r.json"));
    }
}
