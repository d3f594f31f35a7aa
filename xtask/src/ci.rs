//! `cargo xtask ci [--skip STEP]...`: every check, in the order CI runs them.
//!
//! Steps: `fmt` (rustfmt check), `clippy` (all targets, warnings denied), `no_std` (the core
//! built for a Cortex-M4F, proving it needs no `std`), `test` (the workspace's tests, the
//! conformance corpus among them, and the replay of every saved fuzzer finding), `conformance`
//! (the runner's table and JSON report), `fuzz` (every fuzz target for a short smoke budget;
//! `cargo xtask fuzz`).
//! Every step runs even after one fails, so one CI run shows every problem; the exit status is
//! non-zero if any failed.
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

const STEPS: [&str; 6] = ["fmt", "clippy", "no_std", "test", "conformance", "fuzz"];

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
        let ok = run_step(step)?;
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

fn run_step(step: &str) -> anyhow::Result<bool> {
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
        "no_std" => run(cargo().args(["build", "--package", "upy", "--target", NO_STD_TARGET])),
        "test" => run(cargo().args(["test", "--workspace"])),
        "conformance" => conformance_step(),
        "fuzz" => crate::fuzz::ci_step(),
        _ => unreachable!("unknown step {step}"),
    }
}

/// The conformance runner as `cargo test --workspace` built it (the `dev` profile, with the
/// workspace's unified features), so this step costs no second build of the core and the
/// oracle; `cargo build` with the same selection only checks that it is up to date.
fn conformance_step() -> anyhow::Result<bool> {
    if !run(cargo().args(["build", "--workspace", "--all-targets"]))? {
        return Ok(false);
    }
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map_or_else(|| root().join("target"), |dir| root().join(dir));
    let runner = target_dir.join("debug").join("conformance");
    run(Command::new(runner).current_dir(root()))
}
