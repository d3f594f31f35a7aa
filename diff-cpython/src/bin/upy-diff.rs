//! `upy-diff`: runs Python programs on CPython and on upy and shows where they differ.
//! `cargo xtask diff` builds and runs it.
//!
//! ```text
//! upy-diff FILE.py [--minimize] [--any] [--timeout S] [--width N]
//! upy-diff --generate SEED
//! upy-diff --generate-from INPUT
//! upy-diff --fuzz [--seed N] [--count N | --time S] [--minimize] [--out DIR]
//! upy-diff --api [--seed K] [--count N] [--generate K] [--all] [--bless] [--out DIR]
//! ```
//!
//! With a file: both transcripts side by side, a unified diff and the tracebacks; exit status 0
//! when they agree and 1 when they diverge. `--minimize` then reduces the file to the smallest
//! program that still diverges the same way (same kind, same first differing line; with
//! `--any`, any divergence of the same kind) and prints it.
//!
//! `--generate` prints the generated program for a seed, `--generate-from` the one a
//! `differential` fuzz input stands for; `--fuzz` runs generated programs
//! from a seed on and reports (and with `--minimize`, minimizes) each divergence, writing the
//! programs to `--out` (default `target/upy-diff`). A seed whose program CPython does not finish
//! within the timeout is reported as skipped, and the run goes on.
//!
//! `--api` runs the API-surface programs (`diff_cpython::api`), from program `--seed` on,
//! `--count` of them (default all), and lists every call whose outcome differs, grouped by
//! category, with counts, marking those not in `diff-cpython/api-known.txt` as new; calls in
//! `diff-cpython/api-allow.txt` (deliberate differences) are left out unless `--all`.
//! `--bless` rewrites `api-known.txt` from a run of the whole surface.
//! `--api --generate K` prints program K.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use diff_cpython::compare::report;
use diff_cpython::differ::Differ;
use diff_cpython::generate::{Options, from_seed};

const USAGE: &str = "\
usage: upy-diff FILE.py [--minimize] [--any] [--timeout S] [--width N]
       upy-diff --generate SEED
       upy-diff --generate-from INPUT
       upy-diff --fuzz [--seed N] [--count N | --time S] [--minimize] [--out DIR]
       upy-diff --api [--seed K] [--count N] [--generate K] [--all] [--bless] [--out DIR]";

#[derive(Default)]
struct Args {
    file: Option<PathBuf>,
    minimize: bool,
    any: bool,
    timeout: Option<f64>,
    width: Option<usize>,
    generate: Option<u64>,
    generate_from: Option<PathBuf>,
    fuzz: bool,
    api: bool,
    all: bool,
    bless: bool,
    seed: u64,
    count: Option<u64>,
    time: Option<f64>,
    out: Option<PathBuf>,
}

fn parse_args() -> anyhow::Result<Args> {
    let mut args = Args::default();
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .with_context(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--minimize" => args.minimize = true,
            "--any" => args.any = true,
            "--fuzz" => args.fuzz = true,
            "--api" => args.api = true,
            "--all" => args.all = true,
            "--bless" => args.bless = true,
            "--timeout" => args.timeout = Some(value("--timeout")?.parse()?),
            "--width" => args.width = Some(value("--width")?.parse()?),
            "--generate" => args.generate = Some(value("--generate")?.parse()?),
            "--generate-from" => args.generate_from = Some(value("--generate-from")?.into()),
            "--seed" => args.seed = value("--seed")?.parse()?,
            "--count" => args.count = Some(value("--count")?.parse()?),
            "--time" => args.time = Some(value("--time")?.parse()?),
            "--out" => args.out = Some(value("--out")?.into()),
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other if other.starts_with('-') => bail!("unknown option {other}\n{USAGE}"),
            file => {
                if args.file.replace(file.into()).is_some() {
                    bail!("one file at a time\n{USAGE}");
                }
            }
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let result = parse_args().and_then(|args| {
        if args.api {
            api(&args)
        } else if let Some(seed) = args.generate {
            print!("{}", from_seed(seed, &Options::default()).to_source());
            Ok(true)
        } else if let Some(input) = &args.generate_from {
            let data =
                std::fs::read(input).with_context(|| format!("reading {}", input.display()))?;
            let mut u = arbitrary::Unstructured::new(&data);
            let source = diff_cpython::generate::program(&mut u)
                .map_err(|e| anyhow::anyhow!("no program from {}: {e}", input.display()))?;
            print!("{source}");
            Ok(true)
        } else if args.fuzz {
            fuzz(&args)
        } else if let Some(file) = &args.file {
            diff_file(file, &args)
        } else {
            bail!("{USAGE}")
        }
    });
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(err) => {
            eprintln!("upy-diff: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn differ(args: &Args) -> Differ {
    let timeout = Duration::from_secs_f64(args.timeout.unwrap_or(10.0));
    Differ::new(
        diff_cpython::workspace_target().join("cpython-cache"),
        timeout,
    )
}

fn diff_file(file: &Path, args: &Args) -> anyhow::Result<bool> {
    let source =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let filename = file
        .file_name()
        .map_or_else(|| "main.py".into(), |n| n.to_string_lossy().into_owned());
    let mut differ = differ(args);
    let cpython = format!("CPython {}", differ.oracle().version());
    let width = args.width.unwrap_or(60);
    let started = Instant::now();
    let both = differ.run(&source, &filename)?;
    let took = started.elapsed();
    print!("{}", report(&cpython, &both.cpython, &both.upy, width));
    let Some(signature) = both.divergence else {
        println!("\nsame output and exception on both");
        return Ok(true);
    };
    println!("\ndivergence: {:?}", signature.kind);
    if !args.minimize {
        return Ok(false);
    }
    // Candidates that loop forever should not cost the full timeout each.
    if args.timeout.is_none() {
        differ.timeout = (took * 20).clamp(Duration::from_secs(1), Duration::from_secs(10));
    }
    eprintln!("minimizing {} lines...", source.lines().count());
    let small = differ.minimize(&source, &filename, &signature, args.any);
    let before = source.lines().count();
    let after = small.source.lines().count();
    println!(
        "\nminimized: {before} lines -> {after} lines ({} candidates tried):\n",
        small.tests
    );
    println!("{}", small.source);
    let both = differ.run(&small.source, &filename)?;
    print!("{}", report(&cpython, &both.cpython, &both.upy, width));
    Ok(false)
}

fn fuzz(args: &Args) -> anyhow::Result<bool> {
    let differ = differ(args);
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| diff_cpython::workspace_target().join("upy-diff"));
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let options = Options::default();
    let deadline = args
        .time
        .map(|s| Instant::now() + Duration::from_secs_f64(s));
    let count = match (args.count, deadline) {
        (Some(n), _) => n,
        (None, Some(_)) => u64::MAX,
        (None, None) => 1000,
    };
    let (mut ran, mut diverged, mut skipped) = (0u64, 0u64, 0u64);
    let started = Instant::now();
    for seed in args.seed..args.seed.saturating_add(count) {
        if deadline.is_some_and(|d| Instant::now() >= d) {
            break;
        }
        let source = from_seed(seed, &options).to_source();
        let filename = format!("gen{seed}.py");
        let cpython = match differ.oracle().run_uncached(&source, &filename) {
            Ok(outcome) => outcome,
            // A program CPython itself does not finish (its timeout) says nothing about upy;
            // one seed must not end the whole run.
            Err(err) => {
                skipped += 1;
                println!("seed {seed}: skipped: CPython failed on it: {err:#}");
                continue;
            }
        };
        if diff_cpython::generate::out_of_range(&cpython) {
            continue;
        }
        ran += 1;
        let upy = diff_cpython::run_upy::run_upy(
            &source,
            &filename,
            differ.config.clone(),
            differ.timeout,
        );
        let Some(signature) = diff_cpython::compare::signature(&cpython, &upy) else {
            continue;
        };
        diverged += 1;
        let program = if args.minimize {
            differ
                .minimize(&source, &filename, &signature, args.any)
                .source
        } else {
            source
        };
        let path = out.join(&filename);
        std::fs::write(&path, &program).with_context(|| format!("writing {}", path.display()))?;
        let (left, right) = signature.detail.clone().unwrap_or_default();
        println!(
            "seed {seed}: {:?} ({}): CPython {:?} / upy {:?}",
            signature.kind,
            path.display(),
            left.unwrap_or_default(),
            right.unwrap_or_default()
        );
    }
    println!(
        "upy-diff fuzz: {ran} programs from seed {} in {:.1} s: {} passed, {diverged} failed, \
         {skipped} skipped",
        args.seed,
        started.elapsed().as_secs_f64(),
        ran - diverged
    );
    Ok(diverged == 0)
}

fn api(args: &Args) -> anyhow::Result<bool> {
    use diff_cpython::api;
    let surface = api::surface();
    let total = api::programs(&surface);
    if let Some(k) = args.generate {
        print!("{}", api::program(&surface, usize::try_from(k)?));
        return Ok(true);
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))
    };
    let allow = api::AllowList::parse(&read("api-allow.txt")?)?;
    let known = api::known_calls(&read("api-known.txt").unwrap_or_default());
    let differ = differ(args);
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| diff_cpython::workspace_target().join("upy-diff"));
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let first = usize::try_from(args.seed)?;
    let end = args
        .count
        .map_or(total, |c| first.saturating_add(c as usize))
        .min(total);
    if args.bless && (first, end) != (0, total) {
        bail!("--bless needs the whole surface (no --seed or --count)");
    }
    let mut found = Vec::new();
    for k in first..end {
        std::fs::write(out.join(format!("api{k}.py")), api::program(&surface, k))?;
        found.extend(api::run(&differ, &surface, k..k + 1)?);
    }
    found.retain(|d| args.all || !allow.allows(&d.call));
    found.sort_by_key(|d| (d.category, d.number));
    let mut counts = std::collections::BTreeMap::new();
    let mut new = 0;
    for d in &found {
        let mark = if known.contains(&d.call) {
            ""
        } else {
            new += 1;
            " (new)"
        };
        println!(
            "[{:?}] #{} {}{mark}\n    CPython: {}\n    upy:     {}",
            d.category, d.number, d.call, d.cpython, d.upy
        );
        *counts.entry(d.category).or_insert(0) += 1;
    }
    let calls = surface.len().min(end * api::CHUNK) - first * api::CHUNK;
    println!(
        "upy-diff api: {calls} calls in programs {first}..{end} of {total} (in {}): {} differ, {new} not known {counts:?}",
        out.display(),
        found.len()
    );
    if args.bless {
        let path = dir.join("api-known.txt");
        std::fs::write(&path, api::known_text(&found))
            .with_context(|| format!("writing {}", path.display()))?;
        println!("wrote {}", path.display());
        return Ok(true);
    }
    Ok(new == 0)
}
