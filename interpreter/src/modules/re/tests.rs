//! Unit tests of the parser, compiler and matcher, without a VM.

use alloc::vec::Vec;

use super::exec::{Exec, Mode, Outcome};
use super::{compile, parse};

fn chars(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

fn program(pattern: &str, flags: u32) -> Vec<u32> {
    let parsed = parse::parse(&chars(pattern), false, flags).expect("parses");
    compile::compile(&parsed, false).unwrap_or_else(|_| panic!("compiles"))
}

/// The span of group 0 of the first match, run with unbounded fuel and stack.
fn find(pattern: &str, subject: &str, mode: Mode) -> Option<(usize, usize)> {
    let code = program(pattern, 0);
    let s = chars(subject);
    let mut exec = Exec::new(&code, 0, s.len(), mode);
    exec.grant(1 << 20);
    loop {
        match exec.run(&code, &s[..], 1 << 20) {
            Outcome::Match => return Some((exec.marks[0], exec.marks[1])),
            Outcome::NoMatch => return None,
            Outcome::Paused => {}
            Outcome::NeedMemory => exec.grant(1 << 20),
        }
    }
}

#[test]
fn literals_classes_and_repeats() {
    assert_eq!(find("abc", "xxabc", Mode::Search), Some((2, 5)));
    assert_eq!(find("a+b", "caaab", Mode::Search), Some((1, 5)));
    assert_eq!(find("a+?", "aaa", Mode::Match), Some((0, 1)));
    assert_eq!(find("[0-9]{2,3}", "a12345", Mode::Search), Some((1, 4)));
    assert_eq!(find(r"\d+", "ab٣4", Mode::Search), Some((2, 4)));
    assert_eq!(find("a*+a", "aaa", Mode::Match), None);
    assert_eq!(find("(?>a|ab)c", "abc", Mode::Match), None);
    assert_eq!(find("a|ab", "ab", Mode::Full), Some((0, 2)));
    assert_eq!(find(".*foo", "xfooyfoo", Mode::Match), Some((0, 8)));
    assert_eq!(find("(?i)straße", "STRASSE", Mode::Match), None);
    assert_eq!(find("(?i)ſ", "S", Mode::Match), Some((0, 1)));
}

#[test]
fn groups_lookarounds_and_backreferences() {
    assert_eq!(find(r"(a)\1", "aa", Mode::Match), Some((0, 2)));
    assert_eq!(find(r"(?<=a)b", "ab", Mode::Search), Some((1, 2)));
    assert_eq!(find(r"(?<!a)b", "ab", Mode::Search), None);
    assert_eq!(find(r"a(?=b)", "ab", Mode::Match), Some((0, 1)));
    assert_eq!(find(r"a(?!b)", "ab", Mode::Match), None);
    assert_eq!(find(r"(a)?(?(1)b|c)", "c", Mode::Match), Some((0, 1)));
    assert_eq!(find(r"(a*)*b", "aaab", Mode::Match), Some((0, 4)));
    assert_eq!(find(r"(?:x*)*y", "xxy", Mode::Match), Some((0, 3)));
}

#[test]
fn a_catastrophic_pattern_pauses_rather_than_running_on() {
    let code = program("(a*)*b", 0);
    let s = chars(&"a".repeat(40));
    let mut exec = Exec::new(&code, 0, s.len(), Mode::Match);
    exec.grant(1 << 16);
    let mut slices = 0;
    loop {
        match exec.run(&code, &s[..], 1000) {
            Outcome::Paused => slices += 1,
            Outcome::NeedMemory => exec.grant(1 << 16),
            _ => panic!("cannot finish this soon"),
        }
        if slices == 100 {
            break;
        }
    }
    // Nothing was captured for good: the attempt is still running.
    assert_eq!(slices, 100);
}

#[test]
fn syntax_errors_carry_cpython_messages() {
    let cases = [
        ("(", "missing ), unterminated subpattern", Some(0)),
        ("*", "nothing to repeat", Some(0)),
        ("(?<x", "unknown extension ?<x", Some(1)),
        ("a**", "multiple repeat", Some(2)),
        ("[a", "unterminated character set", Some(0)),
        (
            "(?P<a>x)(?P<a>y)",
            "redefinition of group name 'a' as group 2; was group 1",
            Some(12),
        ),
        (
            r"\777",
            r"octal escape value \777 outside of range 0-0o377",
            Some(0),
        ),
    ];
    for (pattern, msg, pos) in cases {
        let e = parse::parse(&chars(pattern), false, 0)
            .err()
            .expect("an error");
        assert_eq!((e.msg.as_str(), e.pos), (msg, pos), "{pattern}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_an_overflow() {
    let pattern = "(".repeat(10_000) + &")".repeat(10_000);
    let e = parse::parse(&chars(&pattern), false, 0)
        .err()
        .expect("too deep");
    assert!(matches!(e.kind, parse::ErrorKind::Recursion));
}
