//! `upy`: the unix port. Runs a script file, a `-c` string, a module found on `sys.path`
//! (`-m`), a script piped on stdin, or the REPL when stdin is a terminal. Modules are imported
//! from the host's file system: `sys.path` starts with the script's directory (the current
//! directory for `-c`, `-m`, stdin and the REPL).
//!
//! Usage: `upy [-O] [-X heapsize=N[k|m|g]] [-c CODE | -m MODULE | FILE | -] [args...]`. An uncaught exception
//! prints its traceback on stderr and exits with status 1 (`SystemExit` chooses its own).

use std::io::{BufWriter, IsTerminal, Read, Stdout, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use upy::{Config, Port, Vm};

mod pools;

#[global_allocator]
static ALLOC: pools::PoolAlloc = pools::PoolAlloc;

/// Set by the SIGINT handler, taken by the VM's interrupt poll.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Routes Ctrl-C to `INTERRUPTED`. Without `SA_RESTART`, so a read at the REPL prompt
/// returns `Interrupted` and the line can be abandoned.
fn install_sigint_handler() {
    // SAFETY: `sigaction` is given a zeroed, then filled, `struct sigaction` whose handler
    // only stores to an atomic, which is async-signal-safe.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as *const () as libc::sighandler_t;
        libc::sigemptyset(&mut action.sa_mask);
        action.sa_flags = 0;
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// The host's standard streams. Output is buffered and flushed before input is read, before
/// anything goes to stderr, and at exit; on a terminal, at every line.
struct UnixPort {
    stdin: std::io::Stdin,
    out: BufWriter<Stdout>,
    line_buffered: bool,
    files: upy::port::host::Files,
}

impl Port for UnixPort {
    upy::host_port_methods!(files);

    fn write_stdout(&mut self, bytes: &[u8]) {
        let _ = self.out.write_all(bytes);
        if self.line_buffered && bytes.contains(&b'\n') {
            let _ = self.out.flush();
        }
    }

    fn write_stderr(&mut self, bytes: &[u8]) {
        let _ = self.out.flush();
        let _ = std::io::stderr().write_all(bytes);
    }

    fn take_interrupt(&mut self) -> bool {
        INTERRUPTED.swap(false, Ordering::Relaxed)
    }

    fn sleep_us(&mut self, us: u64) {
        let _ = self.out.flush();
        upy::port::host::sleep_us(us);
    }

    fn utc_offset(&mut self, secs: i64) -> i64 {
        let t = secs as libc::time_t;
        // SAFETY: `localtime_r` reads `t` and fills the zeroed `tm` it is given; both live
        // on this stack frame for the call.
        unsafe {
            let mut tm: libc::tm = std::mem::zeroed();
            if libc::localtime_r(&t, &mut tm).is_null() {
                return 0;
            }
            tm.tm_gmtoff as i64
        }
    }

    fn read_byte(&mut self) -> Option<u8> {
        let _ = self.out.flush();
        let mut b = [0u8; 1];
        loop {
            match self.stdin.read(&mut b) {
                Ok(1) => return Some(b[0]),
                // Ctrl-C while waiting for input reads as ETX, as on a raw terminal.
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    if INTERRUPTED.swap(false, Ordering::Relaxed) {
                        return Some(0x03);
                    }
                }
                _ => return None,
            }
        }
    }
}

impl Drop for UnixPort {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}

enum Input {
    File(String),
    Code(String),
    Module(String),
    Stdin,
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: upy [-O] [-X heapsize=N[k|m|g]] [-X gcstress] [-c CODE | -m MODULE | FILE | -] [args...]"
    );
    ExitCode::from(2)
}

/// Parses `N`, `Nk` or `Nm` into bytes.
fn parse_size(text: &str) -> Option<usize> {
    let (digits, scale) = match text.as_bytes().last()? {
        b'k' | b'K' => (&text[..text.len() - 1], 1024),
        b'm' | b'M' => (&text[..text.len() - 1], 1024 * 1024),
        b'g' | b'G' => (&text[..text.len() - 1], 1024 * 1024 * 1024),
        _ => (text, 1),
    };
    digits.parse::<usize>().ok()?.checked_mul(scale)
}

/// The Rust stack the interpreter runs on: its own thread's, so the depth guard
/// (`Config::stack_limit`) does not depend on the shell's `ulimit -s`.
const STACK_SIZE: usize = 16 << 20;

fn main() -> ExitCode {
    let runner = std::thread::Builder::new()
        .name("upy".into())
        .stack_size(STACK_SIZE)
        .spawn(run);
    match runner.map(|t| t.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("upy: could not start the interpreter thread");
            ExitCode::from(3)
        }
    }
}

fn run() -> ExitCode {
    let mut config = Config {
        stack_limit: STACK_SIZE - (1 << 20),
        ..Config::default()
    };
    let mut args = std::env::args().skip(1);
    let mut input = None;
    let mut opt_level = 0u8;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-c" => match args.next() {
                Some(code) => {
                    input = Some(Input::Code(code));
                    break;
                }
                None => return usage(),
            },
            "-O" => opt_level = opt_level.saturating_add(1),
            "-OO" => opt_level = opt_level.saturating_add(2),
            "-m" => match args.next() {
                Some(module) => {
                    input = Some(Input::Module(module));
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
    install_sigint_handler();
    let port = UnixPort {
        stdin: std::io::stdin(),
        out: BufWriter::with_capacity(8192, std::io::stdout()),
        line_buffered: std::io::stdout().is_terminal(),
        files: Default::default(),
    };
    let interactive = input.is_none() && std::io::stdin().is_terminal();
    let rest: Vec<String> = args.collect();
    let mut vm = Vm::new(config, Box::new(port));
    let (argv0, path0) = match &input {
        Some(Input::File(path)) => (path.clone(), script_dir(path)),
        Some(Input::Code(_)) => (String::from("-c"), String::new()),
        // Replaced by the module's file once it is found.
        Some(Input::Module(_)) => (
            String::from("-m"),
            std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
        Some(Input::Stdin) => (String::from("-"), String::new()),
        None => (String::new(), String::new()),
    };
    let argv: Vec<&str> = std::iter::once(argv0.as_str())
        .chain(rest.iter().map(String::as_str))
        .collect();
    vm.set_argv(&argv);
    vm.set_opt_level(opt_level);
    vm.set_path(&[path0.as_str()]);
    let (source, filename) = match input {
        Some(Input::File(path)) => match std::fs::read(&path) {
            Ok(bytes) if path.ends_with(".upyc") => {
                let result = vm.run_image(&bytes, &path);
                return exit_status(&mut vm, result);
            }
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
        Some(Input::Module(name)) => {
            let result = vm.run_main_module(&name);
            return exit_status(&mut vm, result);
        }
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
    let result = vm.run_module(&source, &filename);
    exit_status(&mut vm, result)
}

/// The directory of script `path`, made absolute, for `sys.path[0]` (as CPython has it).
fn script_dir(path: &str) -> String {
    let full = std::fs::canonicalize(path).unwrap_or_else(|_| std::path::PathBuf::from(path));
    full.parent()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reports how a program ended (a traceback on stderr) and the process's exit status.
fn exit_status(vm: &mut Vm, result: Result<(), upy::Uncaught>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(uncaught) => {
            if let Some(code) = uncaught.exit_code {
                if uncaught.type_name == "SystemExit"
                    && !uncaught.message.is_empty()
                    && uncaught.message.parse::<i64>().is_err()
                {
                    let text = format!("{}\n", uncaught.message);
                    vm.port_mut().write_stderr(text.as_bytes());
                }
                return ExitCode::from(code as u8);
            }
            vm.port_mut().write_stderr(uncaught.traceback.as_bytes());
            ExitCode::from(1)
        }
    }
}
