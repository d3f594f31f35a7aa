//! `cargo xtask ci [--skip STEP]...`: every check, in the order CI runs them.
//!
//! Steps: `fmt` (rustfmt check), `clippy` (all targets, warnings denied), `no_std` (the core
//! built for a Cortex-M4F, proving it needs no `std`), `test` (the workspace's tests, the
//! conformance corpus among them, and the replay of every saved fuzzer finding, built with
//! coverage instrumentation), `conformance` (the runner's table and JSON report), `coverage`
//! (the figures from the `test` step's profiles, and the gate of `coverage/thresholds.toml`;
//! `cargo xtask coverage`), `fuzz` (every fuzz target for a short smoke budget;
//! `cargo xtask fuzz`).
//! Every step runs even after one fails, so one CI run shows every problem; the exit status is
//! non-zero if any failed.
//!
//! The tests are built once, instrumented (`cargo llvm-cov --workspace`, in
//! `target/llvm-cov-target`): an ordinary `cargo test --workspace` beside it would be a second
//! full build of the workspace for little the instrumented run does not check. That run is
//! `cargo test --tests --workspace`: every unit and integration test of every package, but no
//! doctests (the workspace has none; add a `cargo test --doc` step along with the first) and no
//! build of the examples (the clippy step checks that they compile).
//!
//! Warnings are errors in CI: with `CI=true`, `RUSTFLAGS` defaults to `-D warnings` for every
//! step. Locally it is left alone, because changing `RUSTFLAGS` rebuilds everything; clippy's
//! `-D warnings` still catches the warnings of host code there.

use std::time::{Duration, Instant};

use anyhow::bail;

use std::path::PathBuf;
use std::process::Command;

use crate::{cargo, root, run};

/// The bare-metal target that proves the core is `no_std` (the pyboard's Cortex-M4F).
const NO_STD_TARGET: &str = "thumbv7em-none-eabihf";

const STEPS: [&str; 7] = [
    "fmt",
    "clippy",
    "no_std",
    "test",
    "conformance",
    "coverage",
    "fuzz",
];

pub fn main(args: &[String]) -> anyhow::Result<bool> {
    let mut skip = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--skip" => match iter.next() {
                Some(step) if STEPS.contains(&step.as_str()) => skip.push(step.clone()),
                _ => bail!("--skip takes one of: {}", STEPS.join(", ")),
            },
            other => bail!("ci: unknown option {other} (usage: cargo xtask ci [--skip STEP]...)"),
        }
    }
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true");
    if in_ci && std::env::var_os("RUSTFLAGS").is_none() {
        crate::set_rustflags("-D warnings");
    }

    let mut results: Vec<(&str, Option<(bool, Duration)>)> = Vec::new();
    for step in STEPS {
        if skip.iter().any(|s| s == step) {
            results.push((step, None));
            continue;
        }
        eprintln!("\n==> {step}");
        let start = Instant::now();
        let ok = run_step(step, &results)?;
        results.push((step, Some((ok, start.elapsed()))));
    }

    let mut all_ok = true;
    let mut total = Duration::ZERO;
    println!("\nci summary:");
    for (step, result) in &results {
        match result {
            None => println!("  {step:<12} skipped"),
            Some((ok, took)) => {
                all_ok &= ok;
                total += *took;
                let verdict = if *ok { "ok" } else { "FAILED" };
                println!("  {step:<12} {verdict:<7} {:>7.1} s", took.as_secs_f64());
            }
        }
    }
    println!(
        "  {:<12} {:<7} {:>7.1} s",
        "total",
        if all_ok { "ok" } else { "FAILED" },
        total.as_secs_f64()
    );
    Ok(all_ok)
}

/// The outcome of an earlier step: `None` if it was skipped.
type Outcomes<'a> = [(&'a str, Option<(bool, Duration)>)];

fn run_step(step: &str, done: &Outcomes) -> anyhow::Result<bool> {
    let tests = done
        .iter()
        .find(|(s, _)| *s == "test")
        .and_then(|(_, r)| r.map(|(ok, _)| ok));
    match step {
        "fmt" => run(cargo().args(["fmt", "--all", "--check"])),
        "clippy" => run(cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ])),
        // With every module, and with none (each module's feature must be optional).
        "no_std" => {
            Ok(
                run(cargo().args(["build", "--package", "upy", "--target", NO_STD_TARGET]))?
                    && run(cargo().args([
                        "build",
                        "--package",
                        "upy",
                        "--target",
                        NO_STD_TARGET,
                        "--no-default-features",
                    ]))?,
            )
        }
        "test" => crate::coverage::test_step(),
        "conformance" => conformance_step(tests == Some(true)),
        "coverage" => crate::coverage::ci_step(tests),
        "fuzz" => crate::fuzz::ci_step(),
        _ => unreachable!("unknown step {step}"),
    }
}

/// The conformance runner as the `test` step built it (instrumented, with the workspace's
/// unified features), so this step costs no second build of the core and the oracle. Without
/// a passing `test` step, an ordinary build of the workspace provides it.
fn conformance_step(tests_built: bool) -> anyhow::Result<bool> {
    // The runner here is a debug build (instrumented, too, after the `test` step), many times
    // slower than the release build the default 10 s limit per case is set for: a case that
    // streams ten million items (builtins/reductions_stream_over_iterators) took over 10 s.
    // The limit is there to catch hangs; 60 s still does.
    const TIMEOUT: [&str; 2] = ["--timeout", "60"];
    if tests_built {
        return run(crate::coverage::instrumented_binary("conformance").args(TIMEOUT));
    }
    if !run(cargo().args(["build", "--workspace", "--all-targets"]))? {
        return Ok(false);
    }
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map_or_else(|| root().join("target"), |dir| root().join(dir));
    let runner = target_dir.join("debug").join("conformance");
    run(Command::new(runner).args(TIMEOUT).current_dir(root()))
}
