//! Differential testing: generated programs (see `diff_cpython::generate`) run on CPython and
//! on upy in-process must print the same thing. A divergence is minimized (delta debugging
//! over lines, blocks and tokens) and the test fails showing the smallest program.
//!
//! A fixed range of seeds runs on every `cargo test`; `UPY_DIFF_SEED=N` picks the first seed
//! and `UPY_DIFF_PROGRAMS=N` how many (`cargo xtask fuzz` runs many more).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use diff_cpython::differ::Differ;
use diff_cpython::generate::{Options, from_seed};

/// Programs per `cargo test`.
const DEFAULT_PROGRAMS: u64 = 300;

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn cache_dir() -> PathBuf {
    diff_cpython::workspace_target().join("cpython-cache")
}

#[test]
fn generated_programs_agree_with_cpython() {
    let first = env_u64("UPY_DIFF_SEED", 0);
    let count = env_u64("UPY_DIFF_PROGRAMS", DEFAULT_PROGRAMS);
    let differ = Differ::new(cache_dir(), Duration::from_secs(10));
    let options = Options::default();
    let start = Instant::now();
    let mut failures = Vec::new();
    for seed in first..first + count {
        let source = from_seed(seed, &options).to_source();
        let filename = format!("gen{seed}.py");
        let both = differ.run(&source, &filename).unwrap_or_else(|e| {
            panic!("seed {seed}: CPython failed on a generated program: {e:#}\n{source}")
        });
        if diff_cpython::generate::out_of_range(&both.cpython) {
            continue;
        }
        if let Some(sig) = both.divergence {
            let kind = sig.kind;
            let small = differ.minimize(&source, &filename, &sig, false);
            let small_both = differ
                .run(&small.source, &filename)
                .expect("the minimized program runs");
            let report =
                diff_cpython::compare::report("CPython", &small_both.cpython, &small_both.upy, 50);
            failures.push(format!(
                "seed {seed}: {kind:?} divergence; minimized in {} tests to:\n{}\n{report}",
                small.tests, small.source
            ));
            if failures.len() >= 3 {
                break;
            }
        }
    }
    eprintln!(
        "differential: {count} programs from seed {first} in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
