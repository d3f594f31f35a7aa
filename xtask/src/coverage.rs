//! `cargo xtask coverage [--html] [--no-gate]`: line and region coverage of the interpreter
//! core, per module, checked against `coverage/thresholds.toml`.
//!
//! What runs: every unit and integration test of the workspace (`cargo test --tests
//! --workspace`: the core's tests, and the whole conformance corpus, which runs upy in-process),
//! built with LLVM's source-based coverage by cargo-llvm-cov. What counts: only the core's
//! sources, `interpreter/src/**` (cargo-llvm-cov already leaves out `tests/` folders and
//! `tests.rs` files; inline `#[cfg(test)]` modules cannot be left out on stable Rust).
//!
//! Figures are grouped by module: the first path component under `interpreter/src/`, so
//! `vm/frame.rs` (and a `vm.rs`, were there one) count towards `vm`, and a top-level file such
//! as `value.rs` is a module of its own. The run prints a table, writes llvm-cov's summary
//! export to `target/coverage/summary.json`, and with `--html` an HTML report to
//! `target/coverage/html/index.html`.
//!
//! The gate: any figure below its threshold in `coverage/thresholds.toml` fails the run, naming
//! it (`--no-gate` only reports). Thresholds only ever go up; the run says which ones the
//! measured figures would allow raising.
//!
//! CI splits the run in two: its `test` step is the instrumented test run (so the tests are
//! built once, not once plain and once instrumented), its `coverage` step the figures and the
//! gate.
//!
//! Tools are installed on demand: `cargo install cargo-llvm-cov --locked`, and rustup's
//! `llvm-tools-preview`; where rustup cannot add that component, Debian's `llvm-N` (N being
//! rustc's LLVM major version) reads rustc's profiles just as well.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use anyhow::{Context, bail};

use crate::{cargo, root, run};

/// The share of `interpreter/` lines the project covers at least: `thresholds.toml` may not set
/// the core's `lines` threshold lower.
const LINES_FLOOR: f64 = 85.0;

/// How many of the least-covered files the run lists.
const WORST_FILES: usize = 10;

pub fn main(args: &[String]) -> anyhow::Result<bool> {
    let (mut html, mut gate) = (false, true);
    for arg in args {
        match arg.as_str() {
            "--html" => html = true,
            "--no-gate" => gate = false,
            "-h" | "--help" => {
                println!("usage: cargo xtask coverage [--html] [--no-gate]");
                return Ok(true);
            }
            other => bail!(
                "coverage: unknown option {other} (usage: cargo xtask coverage [--html] [--no-gate])"
            ),
        }
    }
    // Read first, so a malformed file fails before minutes of building.
    let thresholds = read_thresholds()?;
    if !run_tests()? {
        eprintln!("coverage: the tests failed, so there are no figures");
        return Ok(false);
    }
    report(&thresholds, html, gate)
}

/// CI's `test` step: every workspace test, built with coverage instrumentation, leaving the
/// profiles for the `coverage` step, so CI builds the tests once, not twice. cargo-llvm-cov
/// runs `cargo test --tests`: every unit and integration test, but no doctests (there are
/// none; instrumenting them needs nightly) and no build of the examples.
pub fn test_step() -> anyhow::Result<bool> {
    run_tests()
}

/// CI's `coverage` step: the figures and the gate from the profiles of the `test` step
/// (`tests`: whether it passed; `None` when it was skipped, and this step runs the tests).
pub fn ci_step(tests: Option<bool>) -> anyhow::Result<bool> {
    let thresholds = read_thresholds()?;
    match tests {
        Some(true) => report(&thresholds, false, true),
        Some(false) => {
            eprintln!("coverage: no figures, because the test step failed");
            Ok(false)
        }
        None => Ok(run_tests()? && report(&thresholds, false, true)?),
    }
}

/// A binary of the workspace as the instrumented test build made it (the conformance runner,
/// which `cargo test` builds for the corpus test), to run from the workspace root. Its
/// profile goes to `target/coverage/profiles/`, apart from the tests' profiles, so it never
/// changes the figures.
pub fn instrumented_binary(name: &str) -> Command {
    let root = root();
    let target = std::env::var_os("CARGO_LLVM_COV_TARGET_DIR")
        .map_or_else(|| target_dir(&root).join("llvm-cov-target"), PathBuf::from);
    let profile = target_dir(&root)
        .join("coverage")
        .join("profiles")
        .join(format!("{name}-%p.profraw"));
    let mut cmd = Command::new(target.join("debug").join(name));
    cmd.current_dir(root).env("LLVM_PROFILE_FILE", profile);
    cmd
}

/// `coverage/thresholds.toml`, parsed.
fn read_thresholds() -> anyhow::Result<Thresholds> {
    let path = root().join("coverage").join("thresholds.toml");
    std::fs::read_to_string(&path)
        .with_context(|| format!("reading {}", path.display()))
        .and_then(|text| parse_thresholds(&text))
        .with_context(|| format!("in {}", path.display()))
}

/// `cargo llvm-cov ARGS`, with the tools in place.
fn llvm_cov(args: &[&str]) -> anyhow::Result<Command> {
    static ENV: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    let env = match ENV.get() {
        Some(env) => env,
        None => {
            let env = ensure_tools()?;
            ENV.get_or_init(|| env)
        }
    };
    let mut cmd = cargo();
    cmd.arg("llvm-cov").args(args);
    cmd.envs(env.iter().map(|(k, v)| (k, v)));
    // The figures depend a little on how the code is split into codegen units: an incremental
    // build counted 3 more lines of `heap/` than a non-incremental one of the same commit. CI
    // builds non-incrementally, so every coverage build does, and local figures match CI's.
    cmd.env("CARGO_INCREMENTAL", "0");
    Ok(cmd)
}

/// Runs every workspace test instrumented; `Ok(false)` if one failed.
fn run_tests() -> anyhow::Result<bool> {
    // `--no-report` runs add to the profiles already there (of older builds too), and the
    // report reads every test binary left in the target directory, stale ones too (whose
    // functions then count as never run: a local figure once fell from 90% to 74% that way).
    // Start afresh: the workspace's own artifacts and the profiles go, dependencies stay.
    if !run(&mut llvm_cov(&["clean", "--workspace"])?)? {
        bail!("cargo llvm-cov clean failed");
    }
    run(&mut llvm_cov(&["--workspace", "--no-report"])?)
}

/// Merges the tests' profiles into the figures, prints them, and applies the gate.
fn report(thresholds: &Thresholds, html: bool, gate: bool) -> anyhow::Result<bool> {
    let root = root();
    let out_dir = target_dir(&root).join("coverage");
    std::fs::create_dir_all(&out_dir)?;
    let summary_path = out_dir.join("summary.json");
    let ignore = ignore_regex(&root)?;
    let summary_arg = summary_path.to_string_lossy();
    let reported = run(&mut llvm_cov(&[
        "report",
        "--json",
        "--summary-only",
        "--output-path",
        &summary_arg,
        "--ignore-filename-regex",
        &ignore,
    ])?)?;
    if !reported {
        bail!("cargo llvm-cov report failed");
    }
    if html {
        let dir = out_dir.to_string_lossy();
        let args = ["report", "--html", "--output-dir", &dir];
        if !run(llvm_cov(&args)?.args(["--ignore-filename-regex", &ignore]))? {
            bail!("cargo llvm-cov report --html failed");
        }
    }

    let json = std::fs::read_to_string(&summary_path)
        .with_context(|| format!("reading {}", summary_path.display()))?;
    let files = parse_summary(&json, &root.join("interpreter").join("src"))?;
    let figures = Figures::from_files(&files);
    print!("{}", figures.table(thresholds));
    print!("{}", worst_files(&files, WORST_FILES));
    println!("summary: {}", summary_path.display());
    if html {
        println!(
            "html: {}",
            out_dir.join("html").join("index.html").display()
        );
    }
    if !gate {
        return Ok(true);
    }
    let verdict = figures.check(thresholds)?;
    for line in &verdict.raisable {
        println!("coverage: may be raised: {line}");
    }
    for line in &verdict.failures {
        eprintln!("coverage: FAILED: {line}");
    }
    if verdict.failures.is_empty() {
        println!("coverage: gate ok ({} thresholds met)", verdict.checked);
    }
    Ok(verdict.failures.is_empty())
}

/// Makes sure cargo-llvm-cov and an `llvm-cov` matching rustc's LLVM are at hand; returns the
/// environment cargo-llvm-cov needs to find the latter (empty for rustup's llvm-tools).
fn ensure_tools() -> anyhow::Result<Vec<(&'static str, String)>> {
    if !succeeds(cargo().args(["llvm-cov", "--version"])) {
        eprintln!("coverage: cargo-llvm-cov is missing; installing it");
        if !run(cargo().args(["install", "cargo-llvm-cov", "--locked"]))? {
            bail!("could not install cargo-llvm-cov (cargo install cargo-llvm-cov --locked)");
        }
    }
    if std::env::var_os("LLVM_COV").is_some() && std::env::var_os("LLVM_PROFDATA").is_some() {
        return Ok(Vec::new());
    }
    let (tools, llvm_major) = rustc_llvm_tools()?;
    let present = || tools.join("llvm-cov").exists() && tools.join("llvm-profdata").exists();
    if present() {
        return Ok(Vec::new());
    }
    let mut rustup = Command::new("rustup");
    rustup.args(["component", "add", "llvm-tools-preview"]);
    if run(&mut rustup).unwrap_or(false) && present() {
        return Ok(Vec::new());
    }
    let (cov, profdata) = (
        format!("llvm-cov-{llvm_major}"),
        format!("llvm-profdata-{llvm_major}"),
    );
    if succeeds(Command::new(&cov).arg("--version"))
        && succeeds(Command::new(&profdata).arg("--version"))
    {
        eprintln!("coverage: using {cov} and {profdata}");
        return Ok(vec![("LLVM_COV", cov), ("LLVM_PROFDATA", profdata)]);
    }
    bail!(
        "no llvm-cov for rustc's LLVM {llvm_major}: run `rustup component add llvm-tools-preview`, \
         or install Debian's llvm-{llvm_major}"
    )
}

/// The folder where rustup's llvm-tools live for this toolchain, and rustc's LLVM major version.
fn rustc_llvm_tools() -> anyhow::Result<(PathBuf, String)> {
    let rustc = || {
        let mut cmd = Command::new("rustc");
        cmd.current_dir(root());
        cmd
    };
    let capture = |cmd: &mut Command| -> anyhow::Result<String> {
        let out = cmd.output().context("running rustc")?;
        if !out.status.success() {
            bail!("rustc failed: {}", String::from_utf8_lossy(&out.stderr));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let sysroot = capture(rustc().args(["--print", "sysroot"]))?;
    let version = capture(rustc().arg("-vV"))?;
    let field = |name: &str| {
        version
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(str::trim)
            .with_context(|| format!("rustc -vV has no `{name}` line"))
    };
    let host = field("host:")?;
    let llvm_major = field("LLVM version:")?
        .split('.')
        .next()
        .unwrap_or_default()
        .to_string();
    let tools = Path::new(sysroot.trim())
        .join("lib")
        .join("rustlib")
        .join(host)
        .join("bin");
    Ok((tools, llvm_major))
}

/// Whether `cmd` runs and exits successfully, its output discarded.
fn succeeds(cmd: &mut Command) -> bool {
    cmd.stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Cargo's target folder (`CARGO_TARGET_DIR`, relative to the root, or `target`).
pub(crate) fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), |d| root.join(d))
}

/// An llvm-cov filename regex (POSIX extended) matching every source outside
/// `interpreter/src/` within the workspace: the other top-level folders, and the core's own
/// tests, benches and examples. Sources outside the workspace (the standard library, crates
/// from the registry) are left out by cargo-llvm-cov's default regex.
fn ignore_regex(root: &Path) -> anyhow::Result<String> {
    let mut others = Vec::new();
    for entry in std::fs::read_dir(root)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type()?.is_dir() && name != "interpreter" {
            others.push(escape_regex(&name));
        }
    }
    others.sort();
    let root = escape_regex(&root.to_string_lossy());
    Ok(format!(
        "^{root}/({})/|^{root}/interpreter/(tests|benches|examples)/",
        others.join("|")
    ))
}

/// `text` with the POSIX extended regex metacharacters escaped.
fn escape_regex(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\^$.|?*+()[]{}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Covered and total lines and regions of some code.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Counts {
    lines_covered: u64,
    lines: u64,
    regions_covered: u64,
    regions: u64,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.lines_covered += other.lines_covered;
        self.lines += other.lines;
        self.regions_covered += other.regions_covered;
        self.regions += other.regions;
    }

    fn lines_pct(&self) -> f64 {
        percent(self.lines_covered, self.lines)
    }

    fn regions_pct(&self) -> f64 {
        percent(self.regions_covered, self.regions)
    }
}

fn percent(covered: u64, total: u64) -> f64 {
    if total == 0 {
        100.0
    } else {
        100.0 * covered as f64 / total as f64
    }
}

/// A percentage shown with one decimal, rounded down, so a figure never looks as if it met a
/// threshold it misses.
fn shown(pct: f64) -> String {
    format!("{:.1}%", (pct * 10.0).floor() / 10.0)
}

/// The per-file counts of llvm-cov's JSON summary export, for the files under `src` only,
/// keyed by their path relative to `src` (with `/` separators).
fn parse_summary(json: &str, src: &Path) -> anyhow::Result<BTreeMap<String, Counts>> {
    let doc: serde_json::Value = serde_json::from_str(json).context("llvm-cov summary JSON")?;
    let files = doc["data"][0]["files"]
        .as_array()
        .context("llvm-cov summary JSON has no data[0].files")?;
    let count = |file: &serde_json::Value, kind: &str, field: &str| {
        file["summary"][kind][field]
            .as_u64()
            .with_context(|| format!("llvm-cov summary JSON: no summary.{kind}.{field}"))
    };
    let mut out = BTreeMap::new();
    for file in files {
        let name = file["filename"]
            .as_str()
            .context("llvm-cov summary JSON: a file without a filename")?;
        let Ok(rel) = Path::new(name).strip_prefix(src) else {
            continue;
        };
        let rel = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let counts = Counts {
            lines_covered: count(file, "lines", "covered")?,
            lines: count(file, "lines", "count")?,
            regions_covered: count(file, "regions", "covered")?,
            regions: count(file, "regions", "count")?,
        };
        out.insert(rel, counts);
    }
    if out.is_empty() {
        bail!(
            "the coverage data has no file under {} (was the core built?)",
            src.display()
        );
    }
    Ok(out)
}

/// The module a source file (relative to `interpreter/src/`) belongs to.
fn module_of(rel: &str) -> &str {
    let first = rel.split('/').next().unwrap_or(rel);
    first.strip_suffix(".rs").unwrap_or(first)
}

/// The figures of the whole core and of each module.
#[derive(Debug)]
struct Figures {
    total: Counts,
    modules: BTreeMap<String, Counts>,
}

/// What the gate found: one line per figure below its threshold, one per threshold the
/// figures would allow raising, and how many thresholds it checked.
#[derive(Debug, Default)]
struct Verdict {
    failures: Vec<String>,
    raisable: Vec<String>,
    checked: usize,
}

impl Figures {
    fn from_files(files: &BTreeMap<String, Counts>) -> Figures {
        let mut total = Counts::default();
        let mut modules: BTreeMap<String, Counts> = BTreeMap::new();
        for (rel, counts) in files {
            total.add(*counts);
            modules
                .entry(module_of(rel).to_string())
                .or_default()
                .add(*counts);
        }
        Figures { total, modules }
    }

    /// The counts a thresholds section names: `interpreter` or `interpreter.<module>`.
    fn scope(&self, section: &str) -> Option<Counts> {
        match section.strip_prefix("interpreter") {
            Some("") => Some(self.total),
            Some(rest) => rest
                .strip_prefix('.')
                .and_then(|m| self.modules.get(m).copied()),
            None => None,
        }
    }

    fn table(&self, thresholds: &Thresholds) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "\ncoverage of interpreter/src by the workspace's tests (the conformance corpus among them)\n"
        );
        let _ = writeln!(
            out,
            "{:<16} {:>15} {:>8} {:>9}   threshold (lines/regions)",
            "module", "lines", "lines %", "regions %"
        );
        let row = |out: &mut String, name: &str, c: &Counts, section: &str| {
            let limit = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |v| format!("{v}%"));
            let threshold = thresholds.get(section).map_or(String::new(), |t| {
                format!("{} / {}", limit(t.lines), limit(t.regions))
            });
            let _ = writeln!(
                out,
                "{:<16} {:>15} {:>8} {:>9}   {}",
                name,
                format!("{}/{}", c.lines_covered, c.lines),
                shown(c.lines_pct()),
                shown(c.regions_pct()),
                threshold
            );
        };
        for (name, counts) in &self.modules {
            row(&mut out, name, counts, &format!("interpreter.{name}"));
        }
        row(&mut out, "interpreter/", &self.total, "interpreter");
        out
    }

    /// Applies the gate. A section naming a module that has no code is an error, so a renamed
    /// module cannot silently lose its threshold.
    fn check(&self, thresholds: &Thresholds) -> anyhow::Result<Verdict> {
        let mut verdict = Verdict::default();
        for (section, limits) in thresholds {
            let Some(counts) = self.scope(section) else {
                bail!("coverage/thresholds.toml: [{section}] names no measured module");
            };
            let name = match section.strip_prefix("interpreter.") {
                Some(module) => format!("interpreter/{module}"),
                None => "interpreter/".to_string(),
            };
            for (kind, limit, pct) in [
                ("lines", limits.lines, counts.lines_pct()),
                ("regions", limits.regions, counts.regions_pct()),
            ] {
                let Some(limit) = limit else { continue };
                verdict.checked += 1;
                // A hair of tolerance: the figure is a ratio of integers, the limit decimal.
                if pct + 1e-9 < limit {
                    verdict.failures.push(format!(
                        "{name} {kind} {pct:.2}% is below its threshold {limit}% (coverage/thresholds.toml)"
                    ));
                } else if pct.floor() > limit {
                    verdict
                        .raisable
                        .push(format!("[{section}] {kind} = {limit} -> {}", pct.floor()));
                }
            }
        }
        Ok(verdict)
    }
}

/// The `WORST_FILES` files with the most uncovered lines, as lines of text.
fn worst_files(files: &BTreeMap<String, Counts>, n: usize) -> String {
    let mut by_missed: Vec<_> = files.iter().collect();
    by_missed.sort_by_key(|(rel, c)| (std::cmp::Reverse(c.lines - c.lines_covered), *rel));
    let mut out = String::from("\nmost uncovered lines (interpreter/src/):\n");
    for (rel, c) in by_missed.into_iter().take(n) {
        let _ = writeln!(
            out,
            "  {:<28} {:>5} of {:>5} lines uncovered ({} covered)",
            rel,
            c.lines - c.lines_covered,
            c.lines,
            shown(c.lines_pct())
        );
    }
    out
}

/// The minimum line and region percentages of one section of `thresholds.toml`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Limits {
    lines: Option<f64>,
    regions: Option<f64>,
}

/// The sections of `thresholds.toml`, by name.
type Thresholds = BTreeMap<String, Limits>;

/// Reads the small subset of TOML that `thresholds.toml` uses: `[section]` headers, and
/// `lines = N` / `regions = N` (a percentage, 0 to 100) under them; `#` comments and blank
/// lines anywhere. Anything else is an error, so a typo cannot switch a threshold off.
fn parse_thresholds(text: &str) -> anyhow::Result<Thresholds> {
    let mut out = Thresholds::new();
    let mut section: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let at = || format!("line {}", i + 1);
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let name = name.trim().to_string();
            let valid = name == "interpreter"
                || name.strip_prefix("interpreter.").is_some_and(|m| {
                    !m.is_empty() && m.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                });
            if !valid {
                bail!(
                    "{}: sections are [interpreter] or [interpreter.<module>], not [{name}]",
                    at()
                );
            }
            if out.insert(name.clone(), Limits::default()).is_some() {
                bail!("{}: [{name}] appears twice", at());
            }
            section = Some(name);
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            bail!(
                "{}: expected `[section]` or `key = number`, found `{line}`",
                at()
            );
        };
        let Some(name) = &section else {
            bail!("{}: `{line}` comes before any [section]", at());
        };
        let value: f64 = value
            .trim()
            .parse()
            .ok()
            .filter(|v: &f64| (0.0..=100.0).contains(v))
            .with_context(|| format!("{}: `{}` is not a percentage", at(), value.trim()))?;
        let limits = out.get_mut(name).expect("the section was inserted");
        let slot = match key.trim() {
            "lines" => &mut limits.lines,
            "regions" => &mut limits.regions,
            other => bail!("{}: unknown key `{other}` (lines, regions)", at()),
        };
        if slot.replace(value).is_some() {
            bail!("{}: `{}` set twice in [{name}]", at(), key.trim());
        }
    }
    match out.get("interpreter").and_then(|t| t.lines) {
        Some(lines) if lines >= LINES_FLOOR => Ok(out),
        _ => bail!("[interpreter] must set `lines` to at least {LINES_FLOOR}, the project's floor"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(lines_covered: u64, lines: u64, regions_covered: u64, regions: u64) -> Counts {
        Counts {
            lines_covered,
            lines,
            regions_covered,
            regions,
        }
    }

    #[test]
    fn thresholds_parse_and_reject_what_they_do_not_understand() {
        let t = parse_thresholds(
            "# only ever raised\n[interpreter]\nlines = 85 # floor\nregions = 80.5\n\n[interpreter.vm]\nlines = 90\n",
        )
        .unwrap();
        // The core's lines threshold must be there, and not below the floor.
        assert!(parse_thresholds("[interpreter.vm]\nlines = 90\n").is_err());
        assert!(parse_thresholds("[interpreter]\nlines = 84.9\n").is_err());
        assert_eq!(t["interpreter"].lines, Some(85.0));
        assert_eq!(t["interpreter"].regions, Some(80.5));
        assert_eq!(t["interpreter.vm"].regions, None);
        let floor = "[interpreter]\nlines = 85\n";
        assert!(parse_thresholds(floor).is_ok());
        for bad in [
            "lines = 1\n",
            "[interpreter.vm]\nline = 1\n",
            "[interpreter.vm]\nlines = 101\n",
            "[interpreter.vm]\nlines = many\n",
            "[interpreter.vm]\nlines = 1\nlines = 2\n",
            "[vm]\nlines = 1\n",
            "[interpreter.]\n",
            "[interpreter.vm]\n[interpreter.vm]\n",
            "[interpreter.vm]\nlines 80\n",
        ] {
            assert!(
                parse_thresholds(&format!("{bad}{floor}")).is_err(),
                "accepted {bad:?}"
            );
        }
    }

    #[test]
    fn files_group_by_their_first_component() {
        assert_eq!(module_of("vm/frame.rs"), "vm");
        assert_eq!(module_of("vm.rs"), "vm");
        assert_eq!(module_of("types/str/format.rs"), "types");
        assert_eq!(module_of("value.rs"), "value");
        let files = BTreeMap::from([
            ("vm/run.rs".to_string(), counts(8, 10, 1, 2)),
            ("vm/attr.rs".to_string(), counts(2, 10, 1, 2)),
            ("value.rs".to_string(), counts(5, 5, 3, 3)),
        ]);
        let f = Figures::from_files(&files);
        assert_eq!(f.modules["vm"], counts(10, 20, 2, 4));
        assert_eq!(f.total, counts(15, 25, 5, 7));
        assert_eq!(f.scope("interpreter"), Some(f.total));
        assert_eq!(f.scope("interpreter.value"), Some(counts(5, 5, 3, 3)));
        assert_eq!(f.scope("interpreter.lex"), None);
    }

    #[test]
    fn the_gate_fails_below_a_threshold_and_names_it() {
        let files = BTreeMap::from([
            ("vm/run.rs".to_string(), counts(80, 100, 70, 100)),
            ("lex/mod.rs".to_string(), counts(95, 100, 93, 100)),
        ]);
        let f = Figures::from_files(&files);
        let ok = parse_thresholds("[interpreter]\nlines = 87.5\n[interpreter.lex]\nlines = 90\n");
        let v = f.check(&ok.unwrap()).unwrap();
        assert!(v.failures.is_empty(), "{:?}", v.failures);
        assert_eq!(v.checked, 2);
        assert_eq!(v.raisable, ["[interpreter.lex] lines = 90 -> 95"]);
        let bad = "[interpreter]\nlines = 85\n[interpreter.vm]\nlines = 80\nregions = 71\n";
        let bad = parse_thresholds(bad).unwrap();
        let v = f.check(&bad).unwrap();
        assert_eq!(v.failures.len(), 1);
        assert!(v.failures[0].starts_with("interpreter/vm regions 70.00%"));
        let unknown =
            parse_thresholds("[interpreter]\nlines = 85\n[interpreter.gone]\nlines = 1\n");
        let unknown = unknown.unwrap();
        assert!(f.check(&unknown).is_err());
    }

    #[test]
    fn the_summary_keeps_only_the_core_sources() {
        let json = r#"{"data":[{"files":[
            {"filename":"/w/interpreter/src/vm/run.rs",
             "summary":{"lines":{"count":10,"covered":7},"regions":{"count":20,"covered":11}}},
            {"filename":"/w/conformance/src/lib.rs",
             "summary":{"lines":{"count":10,"covered":1},"regions":{"count":20,"covered":1}}}
        ],"totals":{}}],"type":"llvm.coverage.json.export"}"#;
        let files = parse_summary(json, Path::new("/w/interpreter/src")).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files["vm/run.rs"], counts(7, 10, 11, 20));
        assert!(parse_summary(json, Path::new("/elsewhere")).is_err());
    }

    #[test]
    fn regex_metacharacters_are_escaped() {
        assert_eq!(escape_regex("/a.b/c+d(1)"), "/a\\.b/c\\+d\\(1\\)");
        assert_eq!(shown(84.99), "84.9%");
        assert_eq!(shown(100.0), "100.0%");
    }
}
