//! Judging a upy run against CPython's outcome, and showing the two side by side.
//!
//! Both sides are reduced to a *transcript*: the program's stdout followed by one line for how
//! it ended (`Type: message` for an uncaught exception, or a timeout or crash marker). Two runs
//! agree when their transcripts are equal, which is stdout, exception type and message all
//! equal; tracebacks are shown but never compared.

use std::fmt::Write;

use similar::{ChangeTag, TextDiff};

use crate::Outcome;

/// How a run of a program on an implementation (upy in-process, or any conformance target)
/// ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Run {
    /// It ran to its end, or to an uncaught exception.
    Finished(Outcome),
    /// It ran past the time limit and was stopped; `stdout` is what it wrote before.
    Timeout { stdout: String },
    /// The implementation itself failed (a Rust panic, a signal, a protocol error): a bug
    /// whatever the program.
    Crash { message: String, stdout: String },
}

impl Run {
    /// What the program printed before it ended.
    pub fn stdout(&self) -> &str {
        match self {
            Run::Finished(o) => &o.stdout,
            Run::Timeout { stdout } | Run::Crash { stdout, .. } => stdout,
        }
    }
}

/// How a upy run differs from CPython's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Divergence {
    /// Different stdout, or a different uncaught exception (type or message).
    Output,
    /// upy did not finish in time.
    Timeout,
    /// upy panicked.
    Crash,
}

/// How `upy` differs from `cpython`, if it does.
pub fn compare(cpython: &Outcome, upy: &Run) -> Option<Divergence> {
    match upy {
        Run::Crash { .. } => Some(Divergence::Crash),
        Run::Timeout { .. } => Some(Divergence::Timeout),
        Run::Finished(_) => {
            (transcript_of_outcome(cpython) != transcript(upy)).then_some(Divergence::Output)
        }
    }
}

/// What identifies one divergence while a program around it shrinks: its kind and the first
/// line where the transcripts differ (CPython's, upy's; `None` past the end), or the crash
/// message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub kind: Divergence,
    pub detail: Option<(Option<String>, Option<String>)>,
}

/// The signature of the divergence of `upy` from `cpython`, if they diverge.
pub fn signature(cpython: &Outcome, upy: &Run) -> Option<Signature> {
    let kind = compare(cpython, upy)?;
    let detail = match upy {
        Run::Crash { message, .. } => Some((None, Some(message.clone()))),
        Run::Timeout { .. } => None,
        Run::Finished(_) => {
            let left = transcript_of_outcome(cpython);
            let right = transcript(upy);
            let (mut l, mut r) = (left.lines(), right.lines());
            loop {
                match (l.next(), r.next()) {
                    (a, b) if a == b && a.is_some() => continue,
                    (a, b) => break Some((a.map(String::from), b.map(String::from))),
                }
            }
        }
    };
    Some(Signature { kind, detail })
}

/// The line that says how a program ended, if not normally.
fn ending(outcome: &Outcome) -> Option<String> {
    outcome
        .exception
        .as_ref()
        .map(|e| match e.message.as_str() {
            "" => format!("{}\n", e.type_name),
            m => format!("{}: {m}\n", e.type_name),
        })
}

fn transcript_of_outcome(outcome: &Outcome) -> String {
    let mut text = outcome.stdout.clone();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push_str("<no newline>\n");
    }
    if let Some(end) = ending(outcome) {
        text.push_str("<exception> ");
        text.push_str(&end);
    }
    text
}

/// A run's stdout and how it ended, as text to compare and show.
pub fn transcript(run: &Run) -> String {
    match run {
        Run::Finished(outcome) => transcript_of_outcome(outcome),
        Run::Timeout { stdout } => {
            let mut text = stdout.clone();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push_str("<no newline>\n");
            }
            text.push_str("<timeout>\n");
            text
        }
        Run::Crash { message, stdout } => {
            let mut text = stdout.clone();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push_str("<no newline>\n");
            }
            let _ = writeln!(text, "<crash> {message}");
            text
        }
    }
}

/// The two transcripts in two columns (`|` marks a changed line, `<` and `>` a line on one
/// side only), each column `width` characters wide, then the unified diff from CPython to
/// upy, then both tracebacks.
pub fn report(cpython_name: &str, cpython: &Outcome, upy: &Run, width: usize) -> String {
    let left = transcript_of_outcome(cpython);
    let right = transcript(upy);
    let mut out = String::new();
    let _ = writeln!(out, "{:<width$}   upy", cpython_name);
    let _ = writeln!(out, "{:-<width$}   {:-<width$}", "", "");
    let diff = TextDiff::from_lines(&left, &right);
    for op in diff.ops() {
        let mut olds = Vec::new();
        let mut news = Vec::new();
        for change in diff.iter_changes(op) {
            let line = change.value().trim_end_matches('\n').to_string();
            match change.tag() {
                ChangeTag::Equal => {
                    let _ = writeln!(out, "{}   {}", column(&line, width), clip(&line, width));
                }
                ChangeTag::Delete => olds.push(line),
                ChangeTag::Insert => news.push(line),
            }
        }
        for i in 0..olds.len().max(news.len()) {
            let (l, r) = (olds.get(i), news.get(i));
            let mark = match (l, r) {
                (Some(_), Some(_)) => '|',
                (Some(_), None) => '<',
                _ => '>',
            };
            let l = l.map_or(String::new(), |l| column(l, width));
            let r = r.map_or(String::new(), |r| clip(r, width));
            let _ = writeln!(out, "{:<width$} {mark} {r}", l);
        }
    }
    if left != right {
        let _ = writeln!(out, "\nunified diff (CPython -> upy):");
        let unified = diff
            .unified_diff()
            .context_radius(3)
            .header(cpython_name, "upy")
            .to_string();
        out.push_str(&unified);
    }
    if let Some(e) = &cpython.exception {
        let _ = write!(out, "\n{cpython_name} traceback:\n{}", e.traceback);
    }
    if let Run::Finished(Outcome {
        exception: Some(e), ..
    }) = upy
    {
        let _ = write!(out, "\nupy traceback:\n{}", e.traceback);
    }
    out
}

/// `line` cut to `width` characters, padded to exactly `width`.
fn column(line: &str, width: usize) -> String {
    format!("{:<width$}", clip(line, width))
}

/// `line` cut to `width` characters, with `…` where it was cut.
fn clip(line: &str, width: usize) -> String {
    if line.chars().count() <= width {
        line.to_string()
    } else {
        let mut s: String = line.chars().take(width.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PyException;

    fn outcome(stdout: &str, exc: Option<(&str, &str)>) -> Outcome {
        Outcome {
            stdout: stdout.into(),
            exception: exc.map(|(t, m)| PyException {
                type_name: t.into(),
                message: m.into(),
                traceback: format!("Traceback\n{t}: {m}\n"),
            }),
        }
    }

    #[test]
    fn same_output_and_exception_agree() {
        let a = outcome("1\n2\n", Some(("ValueError", "x")));
        assert_eq!(compare(&a, &Run::Finished(a.clone())), None);
    }

    #[test]
    fn differences_are_classified() {
        let a = outcome("1\n", None);
        let b = outcome("1\n", Some(("ValueError", "x")));
        assert_eq!(compare(&a, &Run::Finished(b)), Some(Divergence::Output));
        let c = outcome("1\n", Some(("ValueError", "y")));
        let d = outcome("1\n", Some(("ValueError", "x")));
        assert_eq!(compare(&c, &Run::Finished(d)), Some(Divergence::Output));
        let t = Run::Timeout {
            stdout: "1\n".into(),
        };
        assert_eq!(compare(&a, &t), Some(Divergence::Timeout));
        let e = outcome("1\n2\n3\n", None);
        let f = outcome("1\n2\n4\n", None);
        let sig = signature(&e, &Run::Finished(f)).unwrap();
        assert_eq!(sig.detail, Some((Some("3".into()), Some("4".into()))));
    }

    #[test]
    fn report_marks_changed_lines() {
        let a = outcome("same\nold\n", None);
        let b = outcome("same\nnew\n", Some(("TypeError", "bad")));
        let text = report("CPython", &a, &Run::Finished(b), 30);
        assert!(text.contains(&format!("{:<30}   same", "same")), "{text}");
        assert!(text.contains(&format!("{:<30} | new", "old")), "{text}");
        assert!(text.contains("> <exception> TypeError: bad"), "{text}");
        assert!(text.contains("-old\n+new\n"), "{text}");
    }
}
