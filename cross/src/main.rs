//! `upy-cross FILE.py [-o FILE.upyc]`: compiles a module to a `.upyc` image.
//! `upy-cross --freeze DIR -o FILE.rs [--crate PATH] [--gated]`: writes the Python modules
//! under `DIR` as frozen code (Rust source for a port's binary).

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::from(1)
        }
    }
}

const USAGE: &str = "usage: upy-cross FILE.py [-o FILE.upyc]\n       \
                     upy-cross --freeze DIR -o FILE.rs [--crate PATH] [--gated]";

fn run(args: &[String]) -> Result<(), String> {
    let mut input = None;
    let mut output = None;
    let mut freeze = false;
    let mut krate = String::from("upy");
    let mut gated = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-o" => output = Some(it.next().ok_or(USAGE)?.clone()),
            "--crate" => krate = it.next().ok_or(USAGE)?.clone(),
            "--freeze" => freeze = true,
            "--gated" => gated = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if input.is_none() && !arg.starts_with('-') => input = Some(arg.clone()),
            _ => return Err(USAGE.into()),
        }
    }
    let input = input.ok_or(USAGE)?;
    if freeze {
        let output = output.ok_or(USAGE)?;
        let modules =
            upy_cross::find_modules(Path::new(&input)).map_err(|e| format!("{input}: {e}"))?;
        let text = upy_cross::freeze_rust(&modules, &krate, gated)?;
        return std::fs::write(&output, text).map_err(|e| format!("{output}: {e}"));
    }
    let source = std::fs::read_to_string(&input).map_err(|e| format!("{input}: {e}"))?;
    let image = upy_cross::compile(&source, &input)?;
    let output = output.unwrap_or_else(|| {
        let stem = input.strip_suffix(".py").unwrap_or(&input);
        format!("{stem}.upyc")
    });
    std::fs::write(&output, image).map_err(|e| format!("{output}: {e}"))
}
