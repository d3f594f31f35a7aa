//! `cargo xtask`: the project's automation, one subcommand per file.
//!
//! xtask itself stays small and quick to build: it parses its arguments by hand, depends on
//! nothing but `anyhow` (and `serde_json`, to read coverage reports), and drives everything
//! else through `cargo` (so the CPython oracle is linked into the conformance runner, never
//! into xtask).

mod bench;
mod ci;
mod conformance;
mod coverage;
mod diff;
mod fuzz;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::OnceLock;

const HELP: &str = "\
usage: cargo xtask <command> [args]

commands:
  bench [--runs N] [--filter S]
                          the bench/ programs on upy, python3 and micropython: times, peak memory, ratios
  bench --micro [--filter REGEX]
                          criterion micro-benchmarks of the VM's hot paths (bench/micro/)
  conformance [options]   run the conformance cases against CPython (`-- --help` for options)
  coverage [--html] [--no-gate]
                          line and region coverage of interpreter/, gated by coverage/thresholds.toml
  diff FILE.py [--minimize]
                          run a file on upy and CPython side by side; shrink a divergence
  freeze                  compile the core's frozen Python modules (interpreter/src/modules/frozen/)
                          into frozen code (images.rs), after a change to them or to the compiler
  fuzz [options]          run the fuzz targets for a time budget, saving crashes as regression tests
  ci                      every check CI runs: fmt, clippy, no_std build, tests, conformance
  help                    this text

planned: pyboard, certify
";

/// `cargo xtask freeze`: `upy-cross --freeze` over the core's frozen modules.
fn freeze(args: &[String]) -> anyhow::Result<bool> {
    if !args.is_empty() {
        anyhow::bail!("freeze takes no arguments");
    }
    let dir = root().join("interpreter/src/modules/frozen");
    run(cargo()
        .args(["run", "--quiet", "--package", "upy-cross", "--", "--freeze"])
        .arg(&dir)
        .arg("-o")
        .arg(dir.join("images.rs"))
        .args(["--crate", "crate", "--gated"]))
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next();
    let rest: Vec<String> = args.collect();
    let result = match command.as_deref() {
        Some("bench") => bench::main(&rest),
        Some("conformance") => conformance::main(&rest),
        Some("coverage") => coverage::main(&rest),
        Some("diff") => diff::main(&rest),
        Some("fuzz") => fuzz::main(&rest),
        Some("freeze") => freeze(&rest),
        Some("ci") => ci::main(&rest),
        None | Some("help" | "-h" | "--help") => {
            print!("{HELP}");
            Ok(true)
        }
        Some(other) => {
            eprint!("xtask: unknown command `{other}`\n\n{HELP}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("xtask: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (the folder above `xtask/`).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// `RUSTFLAGS` for every cargo that xtask starts from now on, when set.
static RUSTFLAGS: OnceLock<String> = OnceLock::new();

/// Sets `RUSTFLAGS` for the cargo commands xtask starts (the first setting wins).
fn set_rustflags(flags: &str) {
    let _ = RUSTFLAGS.set(flags.to_string());
}

/// A `cargo` command run from the workspace root, with the cargo that started xtask.
fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(root());
    if let Some(flags) = RUSTFLAGS.get() {
        cmd.env("RUSTFLAGS", flags);
    }
    cmd
}

/// Runs `cmd` with inherited output; `Ok(false)` if it exited unsuccessfully.
fn run(cmd: &mut Command) -> anyhow::Result<bool> {
    let shown = std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| a.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ");
    eprintln!("$ {shown}");
    let status = cmd
        .status()
        .map_err(|e| anyhow::anyhow!("cannot run {shown}: {e}"))?;
    Ok(status.success())
}
