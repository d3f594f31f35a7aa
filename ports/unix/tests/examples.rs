//! The example programs (`examples/*.py`) print the same on the `upy` binary as on CPython
//! (`python3` on the PATH, which the conformance oracle needs too).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The output of `program` on `interpreter`, or why it could not run.
fn run(interpreter: &Path, program: &Path) -> Result<String, String> {
    let out = Command::new(interpreter)
        .arg(program)
        // python3 must not leave `__pycache__` folders in the examples' packages.
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", interpreter.display()))?;
    if !out.status.success() {
        return Err(format!(
            "{} {} failed: {}",
            interpreter.display(),
            program.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the examples folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    found.sort();
    found
}

fn same_as_python(name: &str) {
    let program = examples()
        .into_iter()
        .find(|p| p.file_name().is_some_and(|n| n == name))
        .expect("the example exists");
    let upy = run(Path::new(env!("CARGO_BIN_EXE_upy")), &program).expect("upy runs it");
    let python = run(Path::new("python3"), &program).expect("python3 runs it");
    assert_eq!(upy, python, "{name}: upy's output differs from python3's");
}

#[test]
fn hello_matches_python() {
    same_as_python("hello.py");
}

#[test]
fn asyncio_pipeline_matches_python() {
    same_as_python("asyncio_pipeline.py");
}

#[test]
fn shop_receipt_matches_python() {
    same_as_python("shop_receipt.py");
}

#[test]
fn log_summary_matches_python() {
    same_as_python("log_summary.py");
}

#[test]
fn every_example_is_tested() {
    let names: Vec<String> = examples()
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    assert_eq!(
        names,
        [
            "asyncio_pipeline.py",
            "hello.py",
            "log_summary.py",
            "shop_receipt.py"
        ]
    );
}
