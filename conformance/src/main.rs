//! `conformance`: runs the conformance cases on a target and reports. See `--help`.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use conformance::target::Subprocess;
use conformance::{Features, KnownFailures, Options, Paths, Status, Target, report};
use diff_cpython::Oracle;

const USAGE: &str = "\
usage: conformance [options]

Runs conformance/cases/<area>/*.py on a target and compares each with CPython.

options:
  --area A              only cases of area A (repeatable, or A,B)
  --filter S            only cases whose `area/name` contains S
  --target-bin BIN      run cases with the interpreter BIN as a subprocess
                        (default: upy in-process)
  --target-arg ARG      pass ARG to BIN before the case file (repeatable)
  --features F          features the target offers, `all` or a list like float,bigint
                        (default: all); cases requiring others are skipped
  --timeout SECS        time limit of one case (default: 10)
  -j, --jobs N          parallel cases (default: one per core)
  --known-failures P    known-failures list (default: conformance/known-failures.txt for
                        upy targets, none for others)
  --no-known-failures   treat every failure as a failure
  --bless               rewrite the known-failures list from this run's failures
  --gc-stress           upy in-process: collect garbage before every allocation (slow)
  --heap-size BYTES     upy in-process: the heap's byte budget
  --cases DIR           the cases folder (default: conformance/cases)
  --report PATH         the JSON report (default: target/conformance/report.json)
  -v, --verbose         a line for every case, not only failures
";

#[derive(Debug)]
struct Args {
    areas: Vec<String>,
    filter: Option<String>,
    target_bin: Option<PathBuf>,
    target_args: Vec<String>,
    features: Features,
    timeout: Duration,
    jobs: usize,
    known_failures: Option<PathBuf>,
    no_known_failures: bool,
    bless: bool,
    cases: Option<PathBuf>,
    report: Option<PathBuf>,
    verbose: bool,
    gc_stress: bool,
    heap_size: Option<usize>,
}

fn parse_args(mut argv: impl Iterator<Item = String>) -> anyhow::Result<Option<Args>> {
    let mut args = Args {
        areas: Vec::new(),
        filter: None,
        target_bin: None,
        target_args: Vec::new(),
        features: Features::All,
        timeout: Duration::from_secs(10),
        jobs: 0,
        known_failures: None,
        no_known_failures: false,
        bless: false,
        cases: None,
        report: None,
        verbose: false,
        gc_stress: false,
        heap_size: None,
    };
    while let Some(arg) = argv.next() {
        let mut value = || argv.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--area" => args
                .areas
                .extend(value()?.split(',').map(|s| s.trim().to_string())),
            "--filter" => args.filter = Some(value()?),
            "--target-bin" => args.target_bin = Some(program_path(value()?)?),
            "--target-arg" => args.target_args.push(value()?),
            "--features" => args.features = Features::parse(&value()?),
            "--timeout" => {
                let secs: f64 = value()?.parse().context("--timeout takes seconds")?;
                args.timeout = Duration::try_from_secs_f64(secs).context("--timeout")?;
            }
            "-j" | "--jobs" => args.jobs = value()?.parse().context("--jobs takes a number")?,
            "--known-failures" => args.known_failures = Some(value()?.into()),
            "--no-known-failures" => args.no_known_failures = true,
            "--bless" => args.bless = true,
            "--cases" => args.cases = Some(value()?.into()),
            "--report" => args.report = Some(value()?.into()),
            "-v" | "--verbose" => args.verbose = true,
            "--gc-stress" => args.gc_stress = true,
            "--heap-size" => {
                args.heap_size = Some(value()?.parse().context("--heap-size takes bytes")?)
            }
            other => bail!("unknown option {other}"),
        }
    }
    Ok(Some(args))
}

/// A program named by a path (`target/release/upy`) made absolute, since the subprocess runs
/// in the cases folder; a bare name (`python3`) is left for `PATH` to resolve.
fn program_path(bin: String) -> anyhow::Result<PathBuf> {
    let path = PathBuf::from(&bin);
    if path.components().count() > 1 && path.is_relative() {
        Ok(std::env::current_dir()?.join(path))
    } else {
        Ok(path)
    }
}

/// Whether `bin` names an existing file, directly or through `PATH`.
fn is_program(bin: &std::path::Path) -> bool {
    if bin.components().count() > 1 {
        return bin.is_file();
    }
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(bin).is_file()))
}

#[cfg(feature = "upy")]
fn in_process(args: &Args) -> anyhow::Result<Box<dyn Target>> {
    let default = upy::Config::default();
    let config = upy::Config {
        gc_stress: args.gc_stress,
        heap_size: args.heap_size.unwrap_or(default.heap_size),
        ..default
    };
    Ok(Box::new(conformance::target::UpyInProcess::with_config(
        config,
        args.features.clone(),
    )))
}

#[cfg(not(feature = "upy"))]
fn in_process(_: &Args) -> anyhow::Result<Box<dyn Target>> {
    bail!("this runner was built without the `upy` feature: pass --target-bin BIN")
}

fn run(args: Args) -> anyhow::Result<bool> {
    let paths = Paths::workspace();
    let cases_dir = args.cases.clone().unwrap_or_else(|| paths.cases.clone());
    let cases_dir = cases_dir
        .canonicalize()
        .with_context(|| format!("the cases folder {}", cases_dir.display()))?;
    let mut cases = conformance::discover(&cases_dir)?;
    cases.retain(|c| args.areas.is_empty() || args.areas.contains(&c.area));
    if let Some(filter) = &args.filter {
        cases.retain(|c| c.id().contains(filter.as_str()));
    }
    if cases.is_empty() {
        bail!("no case matches the --area/--filter given");
    }

    let is_upy = args.target_bin.is_none();
    let target: Box<dyn Target> = match &args.target_bin {
        None => in_process(&args)?,
        Some(bin) if !is_program(bin) => bail!("--target-bin {}: no such program", bin.display()),
        Some(bin) => Box::new(Subprocess::new(
            bin,
            args.target_args.clone(),
            &cases_dir,
            args.features.clone(),
        )),
    };
    let known = match (&args.known_failures, args.no_known_failures) {
        (_, true) => KnownFailures::none(),
        (Some(path), false) => KnownFailures::load(path)?,
        (None, false) if is_upy => KnownFailures::load(&paths.known_failures)?,
        (None, false) => KnownFailures::none(),
    };
    if args.bless && known.path().is_none() {
        bail!(
            "--bless needs a known-failures list: upy's by default, --known-failures P otherwise"
        );
    }
    let options = Options {
        timeout: args.timeout,
        known: known.clone(),
        jobs: args.jobs,
    };
    // CPython is the faster implementation: a case it cannot finish in the target's time
    // limit is a broken case.
    let oracle = Oracle::new(paths.oracle_cache()).with_timeout(args.timeout);

    let start = Instant::now();
    let results = conformance::run_all(&cases, &oracle, target.as_ref(), &options)?;
    let elapsed = start.elapsed();

    print!("{}", report::case_lines(&results, args.verbose, &cases_dir));
    println!(
        "\n{} cases on {} against CPython {} in {:.1} s",
        results.len(),
        target.name(),
        oracle.version(),
        elapsed.as_secs_f64()
    );
    print!("{}", report::table(&results));
    let report_path = args.report.clone().unwrap_or_else(|| paths.report());
    report::write_json(&report_path, &target.name(), &oracle.version(), &results)?;
    println!("report: {}", report_path.display());

    if args.bless {
        let ran: BTreeSet<String> = results.iter().map(|r| r.id.clone()).collect();
        let failing: BTreeSet<String> = results
            .iter()
            .filter(|r| {
                matches!(
                    r.status,
                    Status::Fail | Status::Timeout | Status::Crash | Status::KnownFailure
                )
            })
            .map(|r| r.id.clone())
            .collect();
        let n = known.bless(&ran, &failing)?;
        println!(
            "blessed: {} now lists {n} known failures",
            known
                .path()
                .map_or(String::new(), |p| p.display().to_string())
        );
        return Ok(true);
    }
    Ok(!results.iter().any(|r| r.status.is_failure()))
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(err) => {
            eprintln!("conformance: {err:#}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("conformance: {err:#}");
            ExitCode::from(2)
        }
    }
}
