//! The subprocess target: any interpreter binary (`python3`, `micropython`, `target/release/upy`)
//! run as `BIN [ARGS] area/name.py` from the cases folder, with empty standard input.
//!
//! The uncaught exception is read from standard error the way a person would: the first line
//! at column 0 after the last `  File "..."` line of the traceback (`TypeName: message`, or
//! `module.TypeName: message`, reduced to `TypeName`). It only counts when the exit status is
//! non-zero. A non-zero exit without a traceback is reported as `SystemExit` with the status as
//! its message, which is what `sys.exit(3)` looks like from outside.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use diff_cpython::{Outcome, PyException};

use super::{Run, Target};
use crate::case::{Case, Features};

/// Runs cases in a child process of an interpreter binary.
#[derive(Debug)]
pub struct Subprocess {
    bin: PathBuf,
    args: Vec<String>,
    cases_dir: PathBuf,
    features: Features,
}

impl Subprocess {
    /// A target running `bin args... area/name.py` in `cases_dir`.
    pub fn new(
        bin: impl Into<PathBuf>,
        args: Vec<String>,
        cases_dir: impl Into<PathBuf>,
        features: Features,
    ) -> Subprocess {
        Subprocess {
            bin: bin.into(),
            args,
            cases_dir: cases_dir.into(),
            features,
        }
    }
}

impl Target for Subprocess {
    fn name(&self) -> String {
        let mut name = self.bin.display().to_string();
        for arg in &self.args {
            name.push(' ');
            name.push_str(arg);
        }
        name
    }

    fn features(&self) -> &Features {
        &self.features
    }

    fn run(&self, case: &Case, timeout: Duration) -> Run {
        // A case with module files runs from a folder holding them and a copy of itself.
        let case_dir = match crate::case::CaseDir::create(case, true) {
            Ok(d) => d,
            Err(err) => {
                return Run::Crash {
                    message: format!("{err:#}"),
                    stdout: String::new(),
                };
            }
        };
        let from = case_dir
            .as_ref()
            .map_or(self.cases_dir.as_path(), |d| d.root());
        match run_child(&self.bin, &self.args, from, &case.rel_path, timeout) {
            Ok(child) => match (interpret(child), &case_dir) {
                (Run::Finished(outcome), Some(d)) => {
                    Run::Finished(outcome.with_dir_hidden(&d.dir_text()))
                }
                (run, _) => run,
            },
            Err(err) => Run::Crash {
                message: format!("cannot run {}: {err}", self.bin.display()),
                stdout: String::new(),
            },
        }
    }
}

/// What came back from the child.
struct ChildResult {
    status: Option<ExitStatus>,
    stdout: String,
    stderr: String,
}

fn run_child(
    bin: &Path,
    args: &[String],
    dir: &Path,
    file: &str,
    timeout: Duration,
) -> std::io::Result<ChildResult> {
    let mut child = Command::new(bin)
        .args(args)
        .arg(file)
        .current_dir(dir)
        // CPython: UTF-8 output whatever the locale, and no __pycache__ in the cases folder.
        .env("PYTHONIOENCODING", "utf-8:strict")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    // The readers report when their pipe closes, which is normally when the child exits: the
    // common case then needs no polling.
    let (closed, pipes) = mpsc::channel();
    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
    let out_closed = closed.clone();
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out.read_to_end(&mut buf);
        let _ = out_closed.send(());
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err.read_to_end(&mut buf);
        let _ = closed.send(());
        buf
    });
    let deadline = Instant::now() + timeout;
    for _ in 0..2 {
        let left = deadline.saturating_duration_since(Instant::now());
        if pipes.recv_timeout(left).is_err() {
            break;
        }
    }
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(ChildResult {
        status,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    })
}

fn interpret(child: ChildResult) -> Run {
    let ChildResult {
        status,
        stdout,
        stderr,
    } = child;
    let Some(status) = status else {
        return Run::Timeout { stdout };
    };
    if status.success() {
        return Run::Finished(Outcome {
            stdout,
            exception: None,
        });
    }
    let Some(code) = status.code() else {
        let mut message = status.to_string();
        for line in tail(&stderr, 20) {
            message.push('\n');
            message.push_str(line);
        }
        return Run::Crash { message, stdout };
    };
    let exception = parse_stderr_exception(&stderr).unwrap_or_else(|| PyException {
        type_name: "SystemExit".into(),
        message: code.to_string(),
        traceback: stderr.clone(),
    });
    Run::Finished(Outcome {
        stdout,
        exception: Some(exception),
    })
}

/// The last `n` lines of `text`.
fn tail(text: &str, n: usize) -> Vec<&str> {
    let mut lines: Vec<&str> = text.lines().collect();
    lines.drain(..lines.len().saturating_sub(n));
    lines
}

/// Finds the uncaught exception in an interpreter's standard error: the first line at column 0
/// after the last `  File "` line, as `TypeName: message` or `TypeName`. Returns `None` when
/// there is no traceback or the line does not name a type.
pub fn parse_stderr_exception(stderr: &str) -> Option<PyException> {
    let lines: Vec<&str> = stderr.lines().collect();
    let last_frame = lines.iter().rposition(|l| l.starts_with("  File \""))?;
    let at = last_frame
        + 1
        + lines[last_frame + 1..]
            .iter()
            .position(|l| !l.is_empty() && !l.starts_with(' '))?;
    let (head, first) = match lines[at].split_once(':') {
        Some((head, rest)) => (head, rest.strip_prefix(' ').unwrap_or(rest)),
        None => (lines[at], ""),
    };
    let is_name = head
        .split('.')
        .all(|part| !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '_'));
    if !is_name {
        return None;
    }
    // A message may span several lines: everything after the type name belongs to it.
    let mut message = first.to_string();
    for extra in &lines[at + 1..] {
        message.push('\n');
        message.push_str(extra);
    }
    Some(PyException {
        type_name: head.rsplit('.').next().unwrap_or(head).to_string(),
        message,
        traceback: stderr.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpython_traceback() {
        let err = "Traceback (most recent call last):\n  File \"a/b.py\", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n";
        let exc = parse_stderr_exception(err).unwrap();
        assert_eq!(exc.type_name, "ZeroDivisionError");
        assert_eq!(exc.message, "division by zero");
    }

    #[test]
    fn qualified_name_and_multiline_message() {
        let err = "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\njson.decoder.JSONDecodeError: first\nsecond\n";
        let exc = parse_stderr_exception(err).unwrap();
        assert_eq!(exc.type_name, "JSONDecodeError");
        assert_eq!(exc.message, "first\nsecond");
    }

    #[test]
    fn chained_uses_the_last_traceback() {
        let err = "Traceback (most recent call last):\n  File \"x.py\", line 2, in <module>\nKeyError: 'a'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"x.py\", line 4, in <module>\nValueError\n";
        let exc = parse_stderr_exception(err).unwrap();
        assert_eq!(exc.type_name, "ValueError");
        assert_eq!(exc.message, "");
    }

    #[test]
    fn syntax_error_without_header() {
        let err =
            "  File \"x.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n";
        let exc = parse_stderr_exception(err).unwrap();
        assert_eq!(exc.type_name, "SyntaxError");
    }

    #[test]
    fn no_traceback() {
        assert_eq!(parse_stderr_exception("some message\n"), None);
        assert_eq!(parse_stderr_exception(""), None);
    }
}
