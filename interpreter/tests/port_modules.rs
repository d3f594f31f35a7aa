//! A port's own modules, added from outside the core through the public API: a native
//! module table (`Vm::add_module`) and a frozen Python module (`Vm::add_frozen`).

use std::cell::RefCell;
use std::rc::Rc;

use upy::builtins::Kw;
use upy::modules::frozen::{Frozen, FrozenModule};
use upy::modules::{Attr, ModuleDef};
use upy::vm::PyResult;
use upy::{Config, Port, Value, Vm};

struct Capture(Rc<RefCell<Vec<u8>>>);

impl Port for Capture {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.0.borrow_mut().extend_from_slice(bytes);
    }
}

fn count_args(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::small(args.len() as i64).unwrap_or(Value::NONE))
}

static LED: ModuleDef = ModuleDef {
    name: "led",
    attrs: &[
        ("count_args", Attr::Func(count_args)),
        ("COUNT", Attr::Int(4)),
        ("NAME", Attr::Str("led")),
    ],
    init: None,
};

static HELPERS: FrozenModule = FrozenModule {
    name: "helpers",
    code: Frozen::Source("import led\ndef twice(x):\n    return 2 * x + led.COUNT - 4\n"),
    package: false,
};

fn run(source: &str) -> String {
    let out = Rc::new(RefCell::new(Vec::new()));
    let mut vm = Vm::new(Config::default(), Box::new(Capture(out.clone())));
    vm.add_module(&LED);
    vm.add_frozen(&HELPERS);
    if let Err(e) = vm.run_module(source, "<test>") {
        panic!("{}", e.traceback);
    }
    let bytes = out.borrow().clone();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn a_port_module_imports_and_its_functions_are_called() {
    let out = run(
        "import led, sys\nprint(led.count_args(1, 2, 3), led.COUNT, led.NAME, led)\nprint('led' in sys.builtin_module_names)\n",
    );
    assert_eq!(out, "3 4 led <module 'led' (built-in)>\nTrue\n");
}

#[test]
fn a_frozen_module_imports_the_port_module() {
    let out = run("from helpers import twice\nprint(twice(21))\n");
    assert_eq!(out, "42\n");
}

#[test]
fn the_embedder_sets_the_optimisation_level() {
    let out = Rc::new(RefCell::new(Vec::new()));
    let mut vm = Vm::new(Config::default(), Box::new(Capture(out.clone())));
    vm.set_opt_level(1);
    vm.run_module("assert False\nprint(__debug__)\n", "<test>")
        .unwrap_or_else(|e| panic!("{}", e.traceback));
    assert_eq!(String::from_utf8(out.borrow().clone()).unwrap(), "False\n");
}

#[test]
fn os_on_a_port_without_a_file_system_raises_enosys() {
    let out = run(concat!(
        "import os, os.path\n",
        "for f in (os.listdir, os.getcwd, lambda: os.stat('x'), lambda: os.mkdir('d'),\n",
        "          lambda: os.rename('a', 'b'), lambda: os.urandom(4), os.getpid):\n",
        "    try:\n",
        "        f()\n",
        "    except OSError as e:\n",
        "        print(type(e).__name__, e)\n",
        "print(os.environ, os.getenv('HOME'), os.uname().sysname, os.path.exists('x'))\n",
    ));
    assert_eq!(
        out,
        concat!(
            "OSError [Errno 38] Function not implemented: '.'\n",
            "OSError [Errno 38] Function not implemented\n",
            "OSError [Errno 38] Function not implemented: 'x'\n",
            "OSError [Errno 38] Function not implemented: 'd'\n",
            "OSError [Errno 38] Function not implemented: 'a' -> 'b'\n",
            "OSError [Errno 38] Function not implemented\n",
            "OSError [Errno 38] Function not implemented\n",
            "{} None upy False\n",
        )
    );
}

#[test]
fn help_lists_the_modules_built_in_the_port_s_included() {
    let out = run(concat!(
        "import io, sys, led\n",
        "help('modules')\n",
        "saved, sys.stdout = sys.stdout, io.StringIO()\n",
        "help(led)\n",
        "text, sys.stdout = sys.stdout.getvalue(), saved\n",
        "print(text.splitlines()[:2])\n",
        "try:\n    help(1, 2)\nexcept TypeError as e:\n    print(e)\n",
    ));
    let modules: Vec<&str> = out.lines().take_while(|l| !l.starts_with("Plus")).collect();
    let names: Vec<&str> = modules.iter().flat_map(|l| l.split_whitespace()).collect();
    for name in ["led", "helpers", "sys", "builtins"] {
        assert!(names.contains(&name), "{name} missing from {out}");
    }
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(names, sorted);
    assert!(
        out.contains("[\"object <module 'led' (built-in)> is of type module\", '  COUNT -- 4']"),
        "{out}"
    );
    assert!(
        out.ends_with("help expected at most 1 argument, got 2\n"),
        "{out}"
    );
}
