//! The REPL, driven through a scripted port.

mod common;

use upy::Config;

fn session(input: &str) -> (String, String) {
    let (mut vm, io) = common::vm_with(Config::default(), input);
    upy::repl::run(&mut vm);
    let io = io.borrow();
    (
        String::from_utf8_lossy(&io.out).into_owned(),
        String::from_utf8_lossy(&io.err).into_owned(),
    )
}

#[test]
fn expressions_echo_their_repr_and_none_is_silent() {
    let (out, err) = session("1 + 1\n'a'\nNone\nx = 5\nx * 2\n");
    assert_eq!(out, ">>> 2\n>>> 'a'\n>>> >>> >>> 10\n>>> \n");
    assert_eq!(err, "");
}

#[test]
fn blocks_continue_until_an_empty_line() {
    let (out, _) =
        session("for i in range(3):\n    print(i)\n\nif True:\n    y = 1\nelse:\n    y = 2\n\ny\n");
    assert_eq!(
        out,
        ">>> ... ... 0\n1\n2\n>>> ... ... ... ... >>> 1\n>>> \n"
    );
}

#[test]
fn open_brackets_continue_the_input() {
    let (out, _) = session("(1 +\n 2)\n");
    assert_eq!(out, ">>> ... 3\n>>> \n");
}

#[test]
fn errors_print_a_traceback_and_the_session_goes_on() {
    let (out, err) = session("1/0\nx = (\n\n)\nprint('still here')\n");
    assert!(err.contains("ZeroDivisionError: division by zero"), "{err}");
    assert!(out.ends_with("still here\n>>> \n"), "{out}");
}

#[test]
fn ctrl_c_abandons_the_line_being_typed() {
    let (out, err) = session("x = 1\nif x:\n  print('no')\x03x + 1\n");
    assert_eq!(out, ">>> >>> ... \nKeyboardInterrupt\n>>> 2\n>>> \n");
    assert_eq!(err, "");
}
