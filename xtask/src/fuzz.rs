//! `cargo xtask fuzz [--target T]... [--time SECONDS] [--jobs N] [--sanitizer S]`: runs the
//! cargo-fuzz targets of `fuzz/` for a time budget and turns every crash into a regression
//! test.
//!
//! Steps: install cargo-fuzz if it is missing (`cargo install cargo-fuzz --locked`); prepare
//! each target's seed corpus in `fuzz/corpus/<target>/` (the conformance cases, the saved
//! regressions); build every target once; run each in turn for its share of `--time`; then
//! minimize each new crash (`cargo fuzz tmin`) and save it as
//! `fuzz/regressions/<target>/<hash>`, which `cargo test` replays from then on (the
//! `regressions` test of `fuzz-targets/`). The exit status is non-zero if anything was found.
//!
//! Hangs (libFuzzer's `timeout-`), memory blow-ups (`oom-`) and leaks are findings too; they
//! are saved as found, without minimizing (each try would take the whole timeout).
//!
//! The sanitizer defaults to `none`, which works on the stable toolchain; `--sanitizer address`
//! sets `RUSTC_BOOTSTRAP=1` so stable accepts the nightly flag it needs.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, bail};

use crate::{cargo, root, run};

const USAGE: &str =
    "usage: cargo xtask fuzz [--target T]... [--time SECONDS] [--jobs N] [--sanitizer S]

  --target T      a target to run (repeatable; default: every target `cargo fuzz list` shows)
  --time SECONDS  the total budget, shared evenly by the targets (default 300; nightly: 3600)
  --jobs N        fuzzing processes per target (libFuzzer's -fork=N; default 1)
  --sanitizer S   none (default, stable toolchain), address, ...";

/// libFuzzer's limit for one input: a run this slow is a hang, reported as a finding.
const TIMEOUT_SECS: u32 = 10;

/// The seed prefix of the exec target: the largest heap, no GC stress, the full step budget
/// (`upy_fuzz_targets::exec::SEED_PREFIX`; xtask does not link the targets).
const EXEC_SEED_PREFIX: [u8; 2] = [0x0f, 0xff];

/// The seed prefix of the image target: an intact image of the source
/// (`upy_fuzz_targets::image::SEED_PREFIX`).
const IMAGE_SEED_PREFIX: [u8; 4] = [3, 0, 0, 0];

/// Targets whose inputs are Python source and whose corpus starts from the conformance cases.
const SOURCE_TARGETS: [&str; 5] = ["lex", "parse", "compile", "exec", "image"];

struct Options {
    targets: Vec<String>,
    time: u64,
    jobs: u32,
    sanitizer: String,
}

/// What one target's run did.
struct Outcome {
    target: String,
    runs: Option<u64>,
    exec_per_sec: Option<u64>,
    findings: Vec<PathBuf>,
}

/// The smoke budget CI gives all targets together, in seconds.
const CI_SECONDS: u64 = 100;

/// The `fuzz` step of `cargo xtask ci`: every target for a share of [`CI_SECONDS`].
pub fn ci_step() -> anyhow::Result<bool> {
    main(&["--time".into(), CI_SECONDS.to_string()])
}

pub fn main(args: &[String]) -> anyhow::Result<bool> {
    let options = parse_args(args)?;
    ensure_cargo_fuzz()?;
    let targets = if options.targets.is_empty() {
        list_targets()?
    } else {
        options.targets.clone()
    };
    if targets.is_empty() {
        bail!("no fuzz targets in fuzz/");
    }
    for target in &targets {
        prepare_corpus(target)?;
    }
    if !run(&mut fuzz_command("build", &options.sanitizer))? {
        bail!("building the fuzz targets failed");
    }
    let share = (options.time / targets.len() as u64).max(1);
    let mut outcomes = Vec::new();
    for target in &targets {
        outcomes.push(fuzz_target(target, share, &options)?);
    }

    let mut saved = Vec::new();
    for outcome in &outcomes {
        for artifact in &outcome.findings {
            let input = minimize(&outcome.target, artifact, &options.sanitizer)?;
            saved.push((artifact.clone(), save_regression(&outcome.target, &input)?));
        }
    }

    println!(
        "\nfuzz summary ({share} s per target, {} job(s)):",
        options.jobs
    );
    println!(
        "  {:<12} {:>12} {:>9} {:>9}",
        "target", "runs", "exec/s", "findings"
    );
    for o in &outcomes {
        let show = |n: Option<u64>| n.map_or_else(|| "?".to_string(), |n| n.to_string());
        println!(
            "  {:<12} {:>12} {:>9} {:>9}",
            o.target,
            show(o.runs),
            show(o.exec_per_sec),
            o.findings.len()
        );
    }
    for (artifact, regression) in &saved {
        println!(
            "  found: {} -> {}",
            artifact.display(),
            regression
                .strip_prefix(root())
                .unwrap_or(regression)
                .display()
        );
    }
    if !saved.is_empty() {
        println!(
            "  replay with `cargo test -p upy-fuzz-targets --test regressions`; fix each bug, with a case beside the fix"
        );
    }
    Ok(saved.is_empty())
}

fn parse_args(args: &[String]) -> anyhow::Result<Options> {
    let mut options = Options {
        targets: Vec::new(),
        time: 300,
        jobs: 1,
        sanitizer: "none".into(),
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = || {
            iter.next()
                .with_context(|| format!("{arg} needs a value\n\n{USAGE}"))
        };
        match arg.as_str() {
            "--target" => options.targets.push(value()?.clone()),
            "--time" => options.time = value()?.parse().context("--time takes seconds")?,
            "--jobs" => options.jobs = value()?.parse().context("--jobs takes a count")?,
            "--sanitizer" => options.sanitizer = value()?.clone(),
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => bail!("fuzz: unknown option {other}\n\n{USAGE}"),
        }
    }
    if options.jobs == 0 {
        bail!("--jobs must be at least 1");
    }
    Ok(options)
}

fn fuzz_dir() -> PathBuf {
    root().join("fuzz")
}

/// `cargo fuzz <sub> --sanitizer S --fuzz-dir fuzz`.
fn fuzz_command(sub: &str, sanitizer: &str) -> Command {
    let mut cmd = cargo();
    cmd.args(["fuzz", sub, "--sanitizer", sanitizer, "--fuzz-dir"])
        .arg(fuzz_dir());
    if sanitizer != "none" {
        // The sanitizers need `-Zsanitizer`, which stable accepts only under this flag.
        cmd.env("RUSTC_BOOTSTRAP", "1");
    }
    cmd
}

/// Installs cargo-fuzz unless `cargo fuzz` already works.
fn ensure_cargo_fuzz() -> anyhow::Result<()> {
    let present = cargo()
        .args(["fuzz", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !present && !run(cargo().args(["install", "cargo-fuzz", "--locked"]))? {
        bail!("cannot install cargo-fuzz");
    }
    Ok(())
}

/// The targets `cargo fuzz list` reports.
fn list_targets() -> anyhow::Result<Vec<String>> {
    let out = cargo()
        .args(["fuzz", "list", "--fuzz-dir"])
        .arg(fuzz_dir())
        .output()
        .context("cannot run cargo fuzz list")?;
    if !out.status.success() {
        bail!(
            "cargo fuzz list failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect())
}

/// Fills `fuzz/corpus/<target>/` with seeds: every conformance case for the source targets
/// (behind the exec target's configuration bytes for `exec`), fixed pseudo-random inputs for
/// `gc` and `differential` (whose bytes are choices, not text), and every saved regression input of the target. Existing files are left alone, so
/// what the fuzzer learned in earlier runs stays.
fn prepare_corpus(target: &str) -> anyhow::Result<()> {
    let dir = fuzz_dir().join("corpus").join(target);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut seeds: Vec<(String, Vec<u8>)> = Vec::new();
    if SOURCE_TARGETS.contains(&target) {
        for case in conformance_cases()? {
            let mut data = std::fs::read(&case)?;
            if target == "exec" {
                data.splice(0..0, EXEC_SEED_PREFIX);
            } else if target == "image" {
                data.splice(0..0, IMAGE_SEED_PREFIX);
            }
            let rel = case.strip_prefix(root().join("conformance/cases"))?;
            let name = rel.to_string_lossy().replace(['/', '\\'], "-");
            seeds.push((format!("seed-{name}"), data));
        }
    } else if target == "gc" || target == "differential" {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for i in 0..32 {
            let len = 64 << (i % 6);
            let data = (0..len).map(|_| xorshift(&mut state) as u8).collect();
            seeds.push((format!("seed-random-{i}"), data));
        }
    }
    let regressions = fuzz_dir().join("regressions").join(target);
    if regressions.is_dir() {
        for entry in std::fs::read_dir(&regressions)? {
            let path = entry?.path();
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            seeds.push((format!("regression-{name}"), std::fs::read(&path)?));
        }
    }
    for (name, data) in seeds {
        let path = dir.join(name);
        if !path.exists() {
            std::fs::write(&path, data).with_context(|| format!("writing {}", path.display()))?;
        }
    }
    Ok(())
}

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Every `conformance/cases/**/*.py`, sorted.
fn conformance_cases() -> anyhow::Result<Vec<PathBuf>> {
    let mut cases = Vec::new();
    let mut dirs = vec![root().join("conformance/cases")];
    while let Some(dir) = dirs.pop() {
        for entry in
            std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))?
        {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                cases.push(path);
            }
        }
    }
    cases.sort();
    Ok(cases)
}

/// The finding files in the target's artifact folder (not the minimized copies or logs).
fn artifacts(target: &str) -> BTreeSet<PathBuf> {
    let dir = fuzz_dir().join("artifacts").join(target);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeSet::new();
    };
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            ["crash-", "timeout-", "oom-", "leak-"]
                .iter()
                .any(|prefix| name.starts_with(prefix))
        })
        .collect()
}

/// Runs one target for `secs` seconds, echoing libFuzzer's progress (without its per-input
/// NEW, REDUCE and NEW_FUNC lines and its recommended dictionary) and keeping the full log in `fuzz/artifacts/<target>/last-run.log`.
fn fuzz_target(target: &str, secs: u64, options: &Options) -> anyhow::Result<Outcome> {
    let before = artifacts(target);
    let artifact_dir = fuzz_dir().join("artifacts").join(target);
    std::fs::create_dir_all(&artifact_dir)?;
    let mut cmd = fuzz_command("run", &options.sanitizer);
    cmd.arg(target)
        .arg(fuzz_dir().join("corpus").join(target))
        .arg("--")
        .arg(format!("-max_total_time={secs}"))
        .arg(format!("-timeout={TIMEOUT_SECS}"))
        .arg("-rss_limit_mb=2048")
        .arg("-print_final_stats=1");
    if SOURCE_TARGETS.contains(&target) {
        cmd.arg(format!(
            "-dict={}",
            fuzz_dir().join("python.dict").display()
        ));
    }
    if options.jobs > 1 {
        cmd.arg(format!("-fork={}", options.jobs)).args([
            "-ignore_crashes=1",
            "-ignore_timeouts=1",
            "-ignore_ooms=1",
        ]);
    }
    eprintln!("\n==> fuzz {target} for {secs} s");
    let start = Instant::now();
    let mut child = cmd
        .stdout(Stdio::inherit())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot run cargo fuzz")?;
    let log_path = artifact_dir.join("last-run.log");
    let mut log = std::fs::File::create(&log_path)?;
    // The final stats when libFuzzer prints them; else (fork mode) the last progress line's.
    let (mut runs, mut exec_per_sec, mut last_rate, mut last_runs) = (None, None, None, None);
    if let Some(stderr) = child.stderr.take() {
        for line in BufReader::new(stderr).lines() {
            let line = line?;
            writeln!(log, "{line}")?;
            if let Some(n) = stat(&line, "stat::number_of_executed_units:") {
                runs = Some(n);
            }
            if let Some(n) = stat(&line, "stat::average_exec_per_sec:") {
                exec_per_sec = Some(n);
            }
            if let Some(n) = line.split("exec/s: ").nth(1).and_then(|r| stat(r, "")) {
                last_rate = Some(n);
                last_runs = stat(&line, "#").or(last_runs);
            }
            let event = line.split_whitespace().nth(1);
            let noise = matches!(event, Some("NEW" | "REDUCE"))
                || line.trim_start().starts_with("NEW_FUNC")
                || line.contains("\" # Uses: ");
            if !noise {
                eprintln!("{line}");
            }
        }
    }
    let status = child.wait()?;
    let findings: Vec<PathBuf> = artifacts(target).difference(&before).cloned().collect();
    if !status.success() && findings.is_empty() {
        bail!(
            "fuzzing {target} failed with no finding after {:.0} s (log: {})",
            start.elapsed().as_secs_f64(),
            log_path.display()
        );
    }
    Ok(Outcome {
        target: target.to_string(),
        runs: runs.or(last_runs),
        exec_per_sec: exec_per_sec.or(last_rate),
        findings,
    })
}

/// The number after `key` at the start of `line` (after trimming).
fn stat(line: &str, key: &str) -> Option<u64> {
    let rest = line.trim().strip_prefix(key)?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Minimizes a crash with `cargo fuzz tmin`; hangs, OOMs and leaks are kept as found.
fn minimize(target: &str, artifact: &Path, sanitizer: &str) -> anyhow::Result<PathBuf> {
    let name = artifact.file_name().unwrap_or_default().to_string_lossy();
    if !name.starts_with("crash-") {
        return Ok(artifact.to_path_buf());
    }
    let dir = fuzz_dir().join("artifacts").join(target);
    let minimized = |p: &PathBuf| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("minimized-from-"))
    };
    let before: BTreeSet<PathBuf> = list(&dir).into_iter().filter(minimized).collect();
    let mut cmd = fuzz_command("tmin", sanitizer);
    cmd.arg(target)
        .arg(artifact)
        .arg("--")
        .arg(format!("-timeout={TIMEOUT_SECS}"));
    let ok = run(&mut cmd)?;
    let after: Vec<PathBuf> = list(&dir)
        .into_iter()
        .filter(minimized)
        .filter(|p| !before.contains(p))
        .collect();
    // The newest file tmin wrote is the smallest input that still crashes.
    let newest = after
        .into_iter()
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
    match newest {
        Some(path) if ok => Ok(path),
        _ => {
            eprintln!(
                "fuzz: could not minimize {}; saving it as found",
                artifact.display()
            );
            Ok(artifact.to_path_buf())
        }
    }
}

fn list(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default()
}

/// Copies an input to `fuzz/regressions/<target>/<hash>`, named by a hash of its bytes.
fn save_regression(target: &str, input: &Path) -> anyhow::Result<PathBuf> {
    let data = std::fs::read(input).with_context(|| format!("reading {}", input.display()))?;
    let dir = fuzz_dir().join("regressions").join(target);
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("{:016x}", fnv1a(&data)));
    std::fs::write(&path, data).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

/// FNV-1a, 64 bits: a stable name for an input without a hashing dependency.
fn fnv1a(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libfuzzer_stats_are_read() {
        assert_eq!(
            stat(
                "stat::number_of_executed_units: 12345",
                "stat::number_of_executed_units:"
            ),
            Some(12345)
        );
        assert_eq!(
            stat(
                "  stat::average_exec_per_sec:     678",
                "stat::average_exec_per_sec:"
            ),
            Some(678)
        );
        assert_eq!(stat("#712244: cov: 846 exec/s: 24749", "#"), Some(712244));
        let pulse =
            "#4096\tpulse  cov: 1234 ft: 5678 corp: 90/1234b lim: 43 exec/s: 2048 rss: 45Mb";
        assert_eq!(
            pulse.split("exec/s: ").nth(1).and_then(|r| stat(r, "")),
            Some(2048)
        );
        assert_eq!(stat("nothing here", "stat::"), None);
    }

    #[test]
    fn options_parse_and_reject_nonsense() {
        let args = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
        let o = parse_args(&args("--target lex --target gc --time 60 --jobs 2")).unwrap();
        assert_eq!(o.targets, ["lex", "gc"]);
        assert_eq!((o.time, o.jobs, o.sanitizer.as_str()), (60, 2, "none"));
        assert!(parse_args(&args("--time soon")).is_err());
        assert!(parse_args(&args("--jobs 0")).is_err());
        assert!(parse_args(&args("--target")).is_err());
        assert!(parse_args(&args("--frobnicate")).is_err());
    }

    #[test]
    fn regression_names_are_stable_hashes() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(format!("{:016x}", fnv1a(b"a")), "af63dc4c8601ec8c");
    }
}
