//! `cargo xtask diff FILE.py [--minimize] [--any] [--timeout S] [--width N]`: runs a file on
//! upy and on CPython and shows both transcripts side by side with a unified diff; with
//! `--minimize`, reduces a diverging file to the smallest program that still diverges the same
//! way and prints it. Exit status 0 when they agree, 1 when they diverge.
//!
//! `cargo xtask diff --generate SEED` prints a generated program; `cargo xtask diff --fuzz
//! [--seed N] [--count N | --time S] [--minimize]` runs generated programs on both and reports
//! each divergence. `cargo xtask diff --api [--seed K] [--count N] [--all]` runs the
//! API-surface programs and lists every call whose outcome differs.
//!
//! The work is done by the `upy-diff` binary of `diff-cpython` (which links the core and the
//! CPython oracle), built with the conformance runner's `harness` profile, so the two share
//! their build of the core and of pyo3.

use std::path::Path;

use anyhow::bail;

use crate::cargo;
use crate::conformance::DEFAULT_PROFILE;

/// Options of `upy-diff` that take a value.
const VALUED: [&str; 8] = [
    "--timeout",
    "--width",
    "--generate",
    "--seed",
    "--count",
    "--time",
    "--out",
    "--profile",
];

pub fn main(args: &[String]) -> anyhow::Result<bool> {
    let mut profile = DEFAULT_PROFILE.to_string();
    let mut passed = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if VALUED.contains(&arg.as_str()) {
            let Some(value) = iter.next() else {
                bail!("{arg} needs a value");
            };
            match arg.as_str() {
                "--profile" => profile = value.clone(),
                "--out" => passed.extend([arg.clone(), absolute(value)?]),
                _ => passed.extend([arg.clone(), value.clone()]),
            }
        } else if arg.starts_with('-') {
            passed.push(arg.clone());
        } else {
            // The binary runs in the workspace root; a relative path means the caller's folder.
            passed.push(absolute(arg)?);
        }
    }
    let mut cmd = cargo();
    cmd.args([
        "run",
        "--quiet",
        "--profile",
        &profile,
        "--package",
        "diff-cpython",
        "--bin",
        "upy-diff",
        "--",
    ]);
    cmd.args(&passed);
    let status = cmd
        .status()
        .map_err(|e| anyhow::anyhow!("cannot run cargo: {e}"))?;
    match status.code() {
        Some(0) => Ok(true),
        Some(1) => Ok(false),
        _ => bail!("upy-diff failed ({status})"),
    }
}

fn absolute(path: &str) -> anyhow::Result<String> {
    let p = Path::new(path);
    if p.is_absolute() {
        return Ok(path.to_string());
    }
    Ok(std::env::current_dir()?
        .join(p)
        .to_string_lossy()
        .into_owned())
}
