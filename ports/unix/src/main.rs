//! `upy`: the unix port. Runs a script file, a `-c` string, a script piped on stdin, or the
//! REPL when stdin is a terminal.
//!
//! Usage: `upy [-X heapsize=N[k|m]] [-c CODE | FILE | -] [args...]`. An uncaught exception
//! prints its traceback on stderr and exits with status 1 (`SystemExit` chooses its own).

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use upy::{Config, Port, Vm};

/// The host's standard streams.
struct UnixPort {
    stdin: std::io::Stdin,
}

impl Port for UnixPort {
    fn write_stdout(&mut self, bytes: &[u8]) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(bytes);
        if bytes.contains(&b'\n') || bytes.ends_with(b" ") {
            let _ = out.flush();
        }
    }

    fn write_stderr(&mut self, bytes: &[u8]) {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(bytes);
    }

    fn read_byte(&mut self) -> Option<u8> {
        let _ = std::io::stdout().flush();
        let mut b = [0u8; 1];
        match self.stdin.read(&mut b) {
            Ok(1) => Some(b[0]),
            _ => None,
        }
    }
}

enum Input {
    File(String),
    Code(String),
    Stdin,
}

fn usage() -> ExitCode {
    eprintln!("usage: upy [-X heapsize=N[k|m]] [-X gcstress] [-c CODE | FILE | -] [args...]");
    ExitCode::from(2)
}

/// Parses `N`, `Nk` or `Nm` into bytes.
fn parse_size(text: &str) -> Option<usize> {
    let (digits, scale) = match text.as_bytes().last()? {
        b'k' | b'K' => (&text[..text.len() - 1], 1024),
        b'm' | b'M' => (&text[..text.len() - 1], 1024 * 1024),
        _ => (text, 1),
    };
    digits.parse::<usize>().ok()?.checked_mul(scale)
}

fn main() -> ExitCode {
    let mut config = Config::default();
    let mut args = std::env::args().skip(1);
    let mut input = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-c" => match args.next() {
                Some(code) => {
                    input = Some(Input::Code(code));
                    break;
                }
                None => return usage(),
            },
            "-X" => {
                let Some(opt) = args.next() else {
                    return usage();
                };
                if opt == "gcstress" {
                    config.gc_stress = true;
                    continue;
                }
                match opt.strip_prefix("heapsize=").and_then(parse_size) {
                    Some(n) => config.heap_size = n,
                    None => {
                        eprintln!("upy: bad -X option: {opt}");
                        return usage();
                    }
                }
            }
            "-" => {
                input = Some(Input::Stdin);
                break;
            }
            "-h" | "--help" => {
                usage();
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') => return usage(),
            _ => {
                input = Some(Input::File(arg));
                break;
            }
        }
    }
    let port = UnixPort {
        stdin: std::io::stdin(),
    };
    let interactive = input.is_none() && std::io::stdin().is_terminal();
    let mut vm = Vm::new(config, Box::new(port));
    let (source, filename) = match input {
        Some(Input::File(path)) => match std::fs::read(&path) {
            Ok(bytes) => (String::from_utf8_lossy(&bytes).into_owned(), path),
            Err(e) => {
                eprintln!(
                    "upy: can't open file '{path}': [Errno {}] {e}",
                    e.raw_os_error().unwrap_or(0)
                );
                return ExitCode::from(2);
            }
        },
        Some(Input::Code(code)) => (code, String::from("<string>")),
        Some(Input::Stdin) | None if !interactive => {
            let mut text = String::new();
            if std::io::stdin().read_to_string(&mut text).is_err() {
                eprintln!("upy: stdin is not UTF-8");
                return ExitCode::from(2);
            }
            (text, String::from("<stdin>"))
        }
        _ => {
            println!(
                "upy {} ; Python 3 in Rust. Ctrl-D to exit.",
                env!("CARGO_PKG_VERSION")
            );
            upy::repl::run(&mut vm);
            return ExitCode::SUCCESS;
        }
    };
    match vm.run_module(&source, &filename) {
        Ok(()) => ExitCode::SUCCESS,
        Err(uncaught) => {
            if let Some(code) = uncaught.exit_code {
                if uncaught.type_name == "SystemExit"
                    && !uncaught.message.is_empty()
                    && uncaught.message.parse::<i64>().is_err()
                {
                    eprintln!("{}", uncaught.message);
                }
                return ExitCode::from(code as u8);
            }
            let _ = std::io::stdout().flush();
            eprint!("{}", uncaught.traceback);
            ExitCode::from(1)
        }
    }
}
