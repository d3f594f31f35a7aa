//! The API surface (see `diff_cpython::api`): every builtin function and method called with
//! arguments of every kind must behave as under CPython, except the deliberate differences of
//! `api-allow.txt` and the known bugs of `api-known.txt`. The test fails on a divergence in
//! neither, and on a known entry that no longer diverges (run `upy-diff --api --bless` then).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use diff_cpython::api;
use diff_cpython::differ::Differ;

fn read(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn api_surface_agrees_with_cpython() {
    let allow = api::AllowList::parse(&read("api-allow.txt")).expect("api-allow.txt parses");
    let known = api::known_calls(&read("api-known.txt"));
    let differ = Differ::new(
        diff_cpython::workspace_target().join("cpython-cache"),
        Duration::from_secs(30),
    );
    let surface = api::surface();
    let start = Instant::now();
    let found = api::run(&differ, &surface, 0..api::programs(&surface)).expect("both sides run");
    eprintln!(
        "api: {} calls in {:.1} s",
        surface.len(),
        start.elapsed().as_secs_f64()
    );
    let mut problems = Vec::new();
    let mut diverging = std::collections::BTreeSet::new();
    for d in found.iter().filter(|d| !allow.allows(&d.call)) {
        diverging.insert(d.call.clone());
        if !known.contains(&d.call) {
            problems.push(format!(
                "new divergence [{:?}] {}\n    CPython: {}\n    upy:     {}",
                d.category, d.call, d.cpython, d.upy
            ));
        }
    }
    for call in known.difference(&diverging) {
        problems.push(format!(
            "now agrees with CPython (remove it from api-known.txt): {call}"
        ));
    }
    assert!(
        problems.is_empty(),
        "{} problems (update api-known.txt with `cargo xtask diff --api --bless` once reviewed):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
