//! Depth bounds: no input overflows the stack, on the default 2 MiB test-thread stack.
//!
//! Each case must return (an AST or an error) and drop its result without overflowing.

use alloc::format;
use alloc::string::String;

use super::parse;
use crate::parse::{MAX_HEIGHT, parse_module};
use crate::syntax_error::SyntaxErrorKind;

fn rep(s: &str, n: usize) -> String {
    s.repeat(n)
}

fn assert_too_deep(src: &str) {
    match parse_module(src) {
        Err(e) => assert_eq!(e.kind, SyntaxErrorKind::TooDeep, "{}", e.msg),
        Ok(_) => panic!("expected a depth error"),
    }
}

#[test]
fn nested_brackets() {
    let e = parse_module(&rep("(", 100_000)).unwrap_err();
    assert_eq!(e.msg, "too many nested parentheses");
    let e = parse_module(&rep("[", 100_000)).unwrap_err();
    assert_eq!(e.msg, "too many nested parentheses");
    let e = parse_module(&format!("x = {}", rep("{", 100_000))).unwrap_err();
    assert_eq!(e.msg, "too many nested parentheses");
    // Within the bracket limit, nesting is fine.
    let src = format!("x = {}1{}\n", rep("(", 150), rep(")", 150));
    parse(&src);
    let src = format!("x = {}{}\n", rep("[", 150), rep("]", 150));
    parse(&src);
    let src = format!("x = {}1{}\n", rep("f(", 150), rep(")", 150));
    parse(&src);
}

#[test]
fn prefix_operators() {
    assert_too_deep(&format!("{}1\n", rep("- ", 100_000)));
    assert_too_deep(&format!("{}1\n", rep("-", 100_000)));
    assert_too_deep(&format!("{}x\n", rep("not ", 100_000)));
    assert_too_deep(&format!("{}x\n", rep("~", 100_000)));
    parse(&format!("{}1\n", rep("-", 500)));
    parse(&format!("{}x\n", rep("not ", 500)));
}

#[test]
fn nested_lambdas_and_conditionals() {
    assert_too_deep(&format!("{}1\n", rep("lambda: ", 100_000)));
    assert_too_deep(&format!(
        "{}0{}\n",
        rep("lambda a=", 100_000),
        rep(": 0", 100_000)
    ));
    assert_too_deep(&format!(
        "def f(a={}0{}): pass\n",
        rep("lambda a=", 100_000),
        rep(": 0", 100_000)
    ));
    assert_too_deep(&format!("{}1\n", rep("1 if x else ", 100_000)));
    assert_too_deep(&format!("{}1\n", rep("2 ** ", 100_000)));
    parse(&format!("{}1\n", rep("lambda: ", 100)));
    parse(&format!("{}1\n", rep("2 ** ", 100)));
}

#[test]
fn long_left_chains() {
    // Chains are built in loops, so parsing them needs no stack; the tree they would build
    // is bounded, though, because dropping (and compiling) a tree recurses over its height.
    assert_too_deep(&format!("x{}\n", rep(".b", 100_000)));
    assert_too_deep(&format!("x{}\n", rep("[0]", 100_000)));
    assert_too_deep(&format!("x{}\n", rep("()", 100_000)));
    assert_too_deep(&format!("1{}\n", rep("+1", 100_000)));
    assert_too_deep(&format!(
        "{}\n",
        rep("(a+", 190) + "1" + &rep("+1)", 190) + &rep("+1", 900)
    ));
    let n = MAX_HEIGHT as usize - 10;
    parse(&format!("x{}\n", rep(".b", n)));
    parse(&format!("x{}\n", rep("[0]", n)));
    parse(&format!("1{}\n", rep("+1", n)));
    // Flat constructs have no height limit.
    parse(&format!("x = [{}]\n", rep("1, ", 100_000)));
    parse(&format!("x = {}\n", rep("a < ", 100_000) + "b"));
    parse(&format!("x = {}\n", rep("a and ", 100_000) + "b"));
    parse(&format!("x = {}\n", rep("'s' ", 100_000)));
    parse(&rep("x = 1\n", 100_000));
}

#[test]
fn nested_blocks() {
    let mut src = String::new();
    for i in 0..150 {
        src.push_str(&rep(" ", i));
        src.push_str("if x:\n");
    }
    let e = parse_module(&src).unwrap_err();
    assert_eq!(e.msg, "too many levels of indentation");
    let mut src = String::new();
    for i in 0..90 {
        src.push_str(&rep(" ", i));
        src.push_str("if x:\n");
    }
    src.push_str(&rep(" ", 90));
    src.push_str("pass\n");
    parse(&src);
    assert_too_deep(&format!("if a: pass\n{}", rep("elif b: pass\n", 100_000)));
    parse(&format!("if a: pass\n{}", rep("elif b: pass\n", 500)));
}

#[test]
fn nested_fstrings_and_patterns() {
    let e = parse_module(&format!(
        "f'{{{}x{}}}'\n",
        rep("(", 100_000),
        rep(")", 100_000)
    ))
    .unwrap_err();
    assert!(e.msg.contains("too many nested parenthesis"), "{}", e.msg);
    let e = parse_module(&format!(
        "match x:\n case {}1{}: pass\n",
        rep("[", 100_000),
        rep("]", 100_000)
    ))
    .unwrap_err();
    assert_eq!(e.msg, "too many nested parentheses");
    let src = format!(
        "match x:\n case {}1{}: pass\n",
        rep("[", 150),
        rep("]", 150)
    );
    parse(&src);
}
