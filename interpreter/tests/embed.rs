//! The embedder's entry points beyond `run_module`: `call_main` enters a function of a
//! program already run, without compiling anything again.

mod common;

use upy::Config;

#[test]
fn call_main_runs_a_global_function_again_and_again() {
    let (mut vm, io) = common::vm_with(Config::default(), "");
    vm.run_module(
        "n = 0\ndef step():\n    global n\n    n += 1\n    print(n)\n",
        "t.py",
    )
    .unwrap();
    vm.call_main("step").unwrap();
    vm.call_main("step").unwrap();
    assert_eq!(String::from_utf8_lossy(&io.borrow().out), "1\n2\n");
}

#[test]
fn call_main_reports_a_missing_name_and_an_uncaught_exception() {
    let (mut vm, _io) = common::vm_with(Config::default(), "");
    vm.run_module("def boom():\n    raise ValueError('no')\n", "t.py")
        .unwrap();
    let missing = vm.call_main("nothing").unwrap_err();
    assert_eq!(missing.type_name, "NameError");
    assert_eq!(missing.message, "name 'nothing' is not defined");
    let raised = vm.call_main("boom").unwrap_err();
    assert_eq!(raised.type_name, "ValueError");
    assert_eq!(raised.message, "no");
}
