//! The report of an uncaught exception: what CPython prints after the traceback lines.

mod common;

use upy::Config;

#[test]
fn notes_follow_the_exception_line_in_order() {
    let source = "e = KeyError('k')\ne.add_note('first note')\ne.add_note('second')\nraise e\n";
    let (_, err) = common::run(Config::default(), source);
    let err = err.expect("the raise is uncaught");
    assert!(
        err.traceback
            .ends_with("KeyError: 'k'\nfirst note\nsecond\n"),
        "{}",
        err.traceback
    );
}

#[test]
fn an_exception_without_notes_ends_at_its_own_line() {
    let (_, err) = common::run(Config::default(), "raise ValueError('plain')\n");
    let err = err.expect("the raise is uncaught");
    assert!(
        err.traceback.ends_with("ValueError: plain\n"),
        "{}",
        err.traceback
    );
}
