//! `cargo xtask bench [--runs N] [--filter S]`: runs the programs of `bench/` on upy (a
//! release build), python3 and `micropython` when it is on PATH, interleaved so that machine
//! noise falls on all of them alike, and prints for each program the median wall time and
//! peak memory per interpreter, upy's time as a ratio to python3's, and the geometric mean
//! of the ratios. Outputs must agree with python3's; a program whose output differs is
//! reported and left out of the mean.
//!
//! Peak memory is the child's maximum resident set size, from `wait4`.
//!
//! `cargo xtask bench --micro [--filter S]` runs the criterion micro-benchmarks of
//! `bench/micro/` instead (the VM's hot paths, timed in-process, release build), passing the
//! filter on to criterion, which matches it against the benchmark names (`attr/class`, ...).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

use crate::{cargo, root, run};

/// The heap upy runs the suite with: the largest program keeps ~200 MB live.
const UPY_HEAP: &str = "heapsize=1g";

/// An interpreter of the comparison: its name and how to run a program with it.
type Interpreter = (&'static str, Box<dyn Fn(&Path) -> Command>);

struct Sample {
    time: Duration,
    peak_kb: u64,
    output: Vec<u8>,
    ok: bool,
}

/// Runs `cmd` to completion, measuring wall time and peak RSS.
fn measure(mut cmd: Command) -> anyhow::Result<Sample> {
    cmd.stdout(Stdio::piped()).stderr(Stdio::null());
    let start = Instant::now();
    let child = cmd.spawn().context("starting an interpreter")?;
    let pid = child.id() as libc::pid_t;
    // Read stdout on another thread while this one waits with `wait4` for the usage.
    let mut stdout = child.stdout.context("no stdout")?;
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut out);
        out
    });
    let mut status: libc::c_int = 0;
    // SAFETY: `usage` is a plain C struct that `wait4` fills in; `pid` is our own child,
    // not yet reaped (we never call `wait` on the `Child`, which we have taken apart).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let time = start.elapsed();
    if r < 0 {
        bail!("wait4 failed");
    }
    let output = reader.join().unwrap_or_default();
    let ok = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    Ok(Sample {
        time,
        peak_kb: usage.ru_maxrss as u64,
        output,
        ok,
    })
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

pub fn main(args: &[String]) -> anyhow::Result<bool> {
    let mut runs = None;
    let mut filter = String::new();
    let mut micro = false;
    let mut iter = args.iter();
    while let Some(a) = iter.next() {
        match a.as_str() {
            "--runs" => {
                runs = Some(
                    iter.next()
                        .context("--runs needs a value")?
                        .parse::<usize>()
                        .context("--runs takes a number")?,
                );
            }
            "--filter" => filter = iter.next().context("--filter needs a value")?.clone(),
            "--micro" => micro = true,
            "-h" | "--help" => {
                println!(
                    "usage: cargo xtask bench [--runs N] [--filter SUBSTRING]\n       \
                     cargo xtask bench --micro [--filter REGEX]"
                );
                return Ok(true);
            }
            other => bail!("unknown option {other}"),
        }
    }
    if micro {
        if runs.is_some() {
            bail!("--runs is for the program suite; criterion chooses its own sample count");
        }
        return run_micro(&filter);
    }
    let runs = runs.unwrap_or(3).max(1);
    let root = root();
    let status = cargo()
        .args(["build", "--release", "--quiet", "-p", "upy-unix"])
        .status()
        .context("building upy")?;
    if !status.success() {
        bail!("building upy failed");
    }
    let upy = crate::coverage::target_dir(&root).join("release/upy");
    let python = on_path("python3").context("python3 is not on PATH")?;
    let micropython = on_path("micropython");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(root.join("bench"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| p.to_string_lossy().contains(&filter))
        .collect();
    programs.sort();
    if programs.is_empty() {
        bail!("no programs in bench/ match");
    }
    let mut interpreters: Vec<Interpreter> = vec![
        (
            "upy",
            Box::new(move |p: &Path| {
                let mut c = Command::new(&upy);
                c.args(["-X", UPY_HEAP]).arg(p);
                c
            }),
        ),
        (
            "python3",
            Box::new(move |p: &Path| {
                let mut c = Command::new(&python);
                c.arg(p);
                c
            }),
        ),
    ];
    if let Some(mp) = micropython {
        interpreters.push((
            "micropython",
            Box::new(move |p: &Path| {
                let mut c = Command::new(&mp);
                c.args(["-X", "heapsize=256m"]).arg(p);
                c
            }),
        ));
    }
    let n = interpreters.len();
    // samples[program][interpreter]
    let mut samples: Vec<Vec<Vec<Sample>>> = programs
        .iter()
        .map(|_| (0..n).map(|_| Vec::new()).collect())
        .collect();
    for round in 0..runs {
        for (pi, prog) in programs.iter().enumerate() {
            // Interleave, rotating who goes first each round.
            for k in 0..n {
                let ii = (k + round) % n;
                let s = measure((interpreters[ii].1)(prog))?;
                samples[pi][ii].push(s);
            }
        }
    }
    let names: Vec<&str> = interpreters.iter().map(|(n, _)| *n).collect();
    print!("{:<18}", "program");
    for name in &names {
        print!(" {:>12} {:>8}", format!("{name} s"), "MB");
    }
    print!(" {:>10}", "upy/py3");
    let with_mpy = names.len() > 2;
    if with_mpy {
        print!(" {:>10}", "upy/mpy");
    }
    println!();
    let mut log_sum = 0.0;
    let mut counted = 0;
    // upy against micropython, over the programs both run correctly.
    let (mut mpy_log_sum, mut mpy_counted) = (0.0, 0);
    let mut all_ok = true;
    let mut worst: f64 = 0.0;
    for (pi, prog) in programs.iter().enumerate() {
        let name = prog.file_stem().unwrap_or_default().to_string_lossy();
        print!("{name:<18}");
        let mut medians = Vec::new();
        for ss in &samples[pi] {
            let t = median(ss.iter().map(|s| s.time).collect());
            let peak = ss.iter().map(|s| s.peak_kb).max().unwrap_or(0);
            medians.push(t);
            print!(" {:>12.3} {:>8.1}", t.as_secs_f64(), peak as f64 / 1024.0);
        }
        let reference = &samples[pi][1][0].output;
        let upy_ok = samples[pi][0]
            .iter()
            .all(|s| s.ok && &s.output == reference);
        if upy_ok {
            let ratio = medians[0].as_secs_f64() / medians[1].as_secs_f64();
            worst = worst.max(ratio);
            log_sum += ratio.ln();
            counted += 1;
            print!(" {ratio:>10.2}");
        } else {
            all_ok = false;
            print!(" {:>10}", "WRONG");
        }
        if with_mpy {
            // A micropython that fails or prints something else has no time worth comparing
            // (it may lack a feature the program uses).
            let mpy_ok = samples[pi][2]
                .iter()
                .all(|s| s.ok && &s.output == reference);
            if upy_ok && mpy_ok {
                let ratio = medians[0].as_secs_f64() / medians[2].as_secs_f64();
                mpy_log_sum += ratio.ln();
                mpy_counted += 1;
                print!(" {ratio:>10.2}");
            } else if !mpy_ok {
                print!(" {:>10}", "mpy-fail");
            }
        }
        println!();
    }
    if counted > 0 {
        let geo = (log_sum / counted as f64).exp();
        println!("geometric mean upy/python3: {geo:.2} (worst {worst:.2}) over {counted} programs");
    }
    if mpy_counted > 0 {
        let geo = (mpy_log_sum / mpy_counted as f64).exp();
        println!("geometric mean upy/micropython: {geo:.2} over {mpy_counted} programs");
    }
    if !all_ok {
        println!(
            "bench: upy's output differs from python3's (or it failed) on the programs marked WRONG"
        );
    }
    Ok(all_ok)
}

/// The criterion micro-benchmarks (`bench/micro/`), built and run by `cargo bench` in the
/// release profile; criterion prints its own report.
fn run_micro(filter: &str) -> anyhow::Result<bool> {
    let mut cmd = cargo();
    cmd.args(["bench", "-p", "upy-bench-micro", "--bench", "micro", "--"]);
    if !filter.is_empty() {
        cmd.arg(filter);
    }
    run(&mut cmd)
}
