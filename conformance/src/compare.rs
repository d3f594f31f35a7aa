//! Comparison of an expected outcome with an actual one, and the diff shown on a mismatch.
//!
//! The rules:
//! - stdout must match exactly, byte for byte;
//! - if the expectation ends in an uncaught exception, the actual run must end in one of the
//!   same type name (the message and the traceback are not compared: wording differs between
//!   implementations and cases pin the messages they care about by printing them);
//! - if the expectation ends normally, the actual run must too.
//!
//! A clean `SystemExit` (`sys.exit()`, `sys.exit(0)`, `sys.exit(None)`) counts as ending
//! normally on both sides, since from outside a process it is indistinguishable from one.

use diff_cpython::{Outcome, PyException};
use similar::TextDiff;

/// The exception that ended a run, or `None` for a normal end or a clean `SystemExit`.
pub fn effective_exception(outcome: &Outcome) -> Option<&PyException> {
    outcome.exception.as_ref().filter(|e| {
        !(e.type_name == "SystemExit" && matches!(e.message.as_str(), "" | "0" | "None"))
    })
}

/// `None` if `actual` meets `expected`; otherwise a readable diff of the two.
pub fn compare(expected: &Outcome, actual: &Outcome) -> Option<String> {
    let want = effective_exception(expected);
    let got = effective_exception(actual);
    let same_exception = match (want, got) {
        (None, None) => true,
        (Some(w), Some(g)) => w.type_name == g.type_name,
        _ => false,
    };
    if expected.stdout == actual.stdout && same_exception {
        return None;
    }
    let mut out = String::new();
    if expected.stdout != actual.stdout {
        out.push_str(&stdout_diff(&expected.stdout, &actual.stdout));
    }
    if !same_exception {
        out.push_str(&format!("expected: {}\n", describe(want)));
        out.push_str(&format!("actual:   {}\n", describe(got)));
        if let Some(g) = got.filter(|g| !g.traceback.is_empty()) {
            out.push_str("actual traceback:\n");
            for line in g.traceback.lines() {
                out.push_str("  ");
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    Some(out)
}

/// A unified diff of expected vs actual stdout.
pub fn stdout_diff(expected: &str, actual: &str) -> String {
    TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header("expected stdout", "actual stdout")
        .missing_newline_hint(true)
        .to_string()
}

fn describe(exc: Option<&PyException>) -> String {
    match exc {
        None => "no uncaught exception".into(),
        Some(e) if e.message.is_empty() => format!("uncaught {}", e.type_name),
        Some(e) => {
            let first = e.message.lines().next().unwrap_or("");
            format!("uncaught {}: {first}", e.type_name)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(stdout: &str, exc: Option<(&str, &str)>) -> Outcome {
        Outcome {
            stdout: stdout.into(),
            exception: exc.map(|(t, m)| PyException {
                type_name: t.into(),
                message: m.into(),
                traceback: String::new(),
            }),
        }
    }

    #[test]
    fn equal_outcomes_pass() {
        let a = outcome("1\n", Some(("ValueError", "x")));
        let b = outcome("1\n", Some(("ValueError", "different wording")));
        assert_eq!(compare(&a, &b), None);
    }

    #[test]
    fn stdout_difference_is_a_unified_diff() {
        let diff = compare(&outcome("a\nb\n", None), &outcome("a\nc\n", None)).unwrap();
        assert!(diff.contains("--- expected stdout"), "{diff}");
        assert!(diff.contains("-b\n+c\n"), "{diff}");
    }

    #[test]
    fn exception_type_must_match() {
        let diff = compare(
            &outcome("", Some(("KeyError", "'a'"))),
            &outcome("", Some(("IndexError", "oops"))),
        )
        .unwrap();
        assert!(diff.contains("expected: uncaught KeyError"), "{diff}");
        assert!(
            diff.contains("actual:   uncaught IndexError: oops"),
            "{diff}"
        );
        assert!(compare(&outcome("", Some(("KeyError", ""))), &outcome("", None)).is_some());
        assert!(compare(&outcome("", None), &outcome("", Some(("KeyError", "")))).is_some());
    }

    #[test]
    fn clean_exit_is_a_normal_end() {
        let exit0 = outcome("x\n", Some(("SystemExit", "")));
        assert_eq!(compare(&exit0, &outcome("x\n", None)), None);
        let exit3 = outcome("x\n", Some(("SystemExit", "3")));
        assert!(compare(&exit3, &outcome("x\n", None)).is_some());
        assert_eq!(
            compare(&exit3, &outcome("x\n", Some(("SystemExit", "3")))),
            None
        );
    }
}
