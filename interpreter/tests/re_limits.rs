//! The `re` matcher under the VM's limits: a catastrophic pattern ends with the step
//! budget's KeyboardInterrupt (or Ctrl-C), and a backtracking stack past the heap budget is a
//! MemoryError, never an abort or a hang.

mod common;

use common::run;
use upy::Config;

#[test]
fn a_catastrophic_pattern_ends_with_the_step_budget() {
    let budget = Config {
        step_budget: Some(10_000),
        ..Config::default()
    };
    for source in [
        "import re\nre.match('(a*)*b', 'a' * 40)\n",
        "import re\nre.search('(x+x+)+y', 'x' * 50)\n",
        "import re\nre.findall('(a|aa)*c', 'a' * 60)\n",
    ] {
        let (_, err) = run(budget.clone(), source);
        let err = err.expect("the budget stops it");
        assert_eq!(err.type_name, "KeyboardInterrupt", "{source}");
    }
    let (out, err) = run(
        budget,
        "import re\nprint(re.match('(a*)*b', 'aaab').span())\n",
    );
    assert!(err.is_none(), "{err:?}");
    assert_eq!(out, "(0, 4)\n");
}

#[test]
fn ctrl_c_interrupts_a_catastrophic_pattern() {
    let (mut vm, io) = common::vm_with(Config::default(), "");
    io.borrow_mut().interrupt_after = Some(2);
    let source = "import re\ntry:\n    re.match('(a*)*b', 'a' * 40)\nexcept KeyboardInterrupt:\n    print('interrupted')\n";
    let result = vm.run_module(source, "test.py");
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(String::from_utf8_lossy(&io.borrow().out), "interrupted\n");
}

#[test]
fn a_deep_backtracking_stack_raises_memory_error() {
    let small = Config {
        heap_size: 256 * 1024,
        ..Config::default()
    };
    // Every `(?:a|b)` iteration leaves a choice behind: a stack of a million entries.
    let source = "import re\ntry:\n    re.match('(?:a|b)*c', 'a' * 20000)\nexcept MemoryError:\n    print('MemoryError')\n";
    let (out, err) = run(small, source);
    assert!(err.is_none(), "{err:?}");
    assert_eq!(out, "MemoryError\n");
}
