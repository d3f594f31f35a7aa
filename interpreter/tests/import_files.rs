//! `import` and `Vm::run_main_module` over a port whose files are in memory: modules,
//! packages, namespace packages, `-m` on a module and on a package, and the errors of
//! unreadable, oversized, undecodable and broken module files.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use upy::port::{FileError, FileKind};
use upy::{Config, Port, Vm};

/// Files by path; a directory exists where some file's path runs through it.
struct MemFs {
    files: BTreeMap<String, Vec<u8>>,
    out: Rc<RefCell<Vec<u8>>>,
}

impl Port for MemFs {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.out.borrow_mut().extend_from_slice(bytes);
    }

    fn stat(&mut self, path: &str) -> Option<FileKind> {
        if self.files.contains_key(path) {
            return Some(FileKind::File);
        }
        let dir = format!("{path}/");
        self.files
            .keys()
            .any(|k| k.starts_with(&dir))
            .then_some(FileKind::Dir)
    }

    fn read_file(&mut self, path: &str, max: usize) -> Result<Vec<u8>, FileError> {
        if path.ends_with("denied.py") {
            return Err(FileError::Os(13));
        }
        match self.files.get(path) {
            Some(b) if b.len() > max => Err(FileError::TooBig),
            Some(b) => Ok(b.clone()),
            None => Err(FileError::Os(2)),
        }
    }
}

fn vm_with(files: &[(&str, &[u8])], heap: usize) -> (Vm, Rc<RefCell<Vec<u8>>>) {
    let out = Rc::new(RefCell::new(Vec::new()));
    let fs = MemFs {
        files: files
            .iter()
            .map(|(p, b)| (format!("lib/{p}"), b.to_vec()))
            .collect(),
        out: out.clone(),
    };
    let config = Config {
        heap_size: heap,
        ..Config::default()
    };
    let mut vm = Vm::new(config, Box::new(fs));
    vm.set_path(&["lib"]);
    vm.set_argv(&["prog", "arg"]);
    (vm, out)
}

fn text(out: &Rc<RefCell<Vec<u8>>>) -> String {
    String::from_utf8(out.borrow().clone()).unwrap()
}

const FILES: &[(&str, &[u8])] = &[
    (
        "tool.py",
        b"import sys\nprint('tool', __name__, sys.argv[0].endswith('tool.py'))\n",
    ),
    ("pkg/__init__.py", b"print('pkg init')\n"),
    (
        "pkg/__main__.py",
        b"print('pkg main', __name__, __package__)\n",
    ),
    ("pkg/sub.py", b"print('sub', __name__, __package__)\n"),
    ("plain/__init__.py", b""),
    ("ns/part.py", b"value = 'namespace part'\n"),
    ("broken.py", b"def f(:\n"),
    ("latin.py", b"s = '\xe9'\n"),
    ("denied.py", b""),
];

#[test]
fn modules_packages_and_namespace_packages_import() {
    let (mut vm, out) = vm_with(FILES, 8 << 20);
    let src = "import pkg.sub, ns.part\nprint(ns.part.value, ns.__path__, pkg.sub.__file__)\n";
    vm.run_module(src, "<t>").map_err(|e| e.traceback).unwrap();
    assert_eq!(
        text(&out),
        "pkg init\nsub pkg.sub pkg\nnamespace part ['lib/ns'] lib/pkg/sub.py\n"
    );
}

#[test]
fn module_files_that_cannot_be_used_raise() {
    let (mut vm, out) = vm_with(FILES, 8 << 20);
    let src = "for m in ['broken', 'latin', 'denied']:\n    try:\n        __import__(m)\n    except Exception as e:\n        print(type(e).__name__, e)\n";
    vm.run_module(src, "<t>").map_err(|e| e.traceback).unwrap();
    let t = text(&out);
    assert!(
        t.starts_with("SyntaxError invalid syntax (broken.py, line 1)\n"),
        "{t}"
    );
    assert!(
        t.contains(
            "SyntaxError (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 5"
        ),
        "{t}"
    );
    assert!(
        t.contains("PermissionError [Errno 13] Permission denied: 'lib/denied.py'"),
        "{t}"
    );
}

#[test]
fn a_module_larger_than_the_heap_is_a_memory_error() {
    let big = vec![b'#'; 300_000];
    let files: &[(&str, &[u8])] = &[("big.py", &big)];
    let (mut vm, out) = vm_with(files, 256 << 10);
    let src = "try:\n    import big\nexcept MemoryError:\n    print('MemoryError')\n";
    vm.run_module(src, "<t>").map_err(|e| e.traceback).unwrap();
    assert_eq!(text(&out), "MemoryError\n");
}

#[test]
fn run_main_module_runs_a_module_or_a_package_main() {
    let (mut vm, out) = vm_with(FILES, 8 << 20);
    vm.run_main_module("tool").map_err(|e| e.traceback).unwrap();
    vm.run_main_module("pkg").map_err(|e| e.traceback).unwrap();
    vm.run_main_module("pkg.sub")
        .map_err(|e| e.traceback)
        .unwrap();
    assert_eq!(
        text(&out),
        "tool __main__ True\npkg init\npkg main __main__ pkg\nsub __main__ pkg\n"
    );
}

#[test]
fn run_main_module_reports_what_it_cannot_run() {
    let (mut vm, _) = vm_with(FILES, 8 << 20);
    let cases = [
        ("nosuch", "ModuleNotFoundError", "No module named nosuch"),
        (
            "plain",
            "ImportError",
            "No module named plain.__main__; 'plain' is a package and cannot be directly executed",
        ),
        ("sys", "ImportError", "No code object available for sys"),
        (
            "tool.x",
            "ImportError",
            "Error while finding module specification for 'tool.x'",
        ),
    ];
    for (name, typ, msg) in cases {
        let e = vm.run_main_module(name).unwrap_err();
        assert_eq!(e.type_name, typ, "{name}");
        assert!(e.message.starts_with(msg), "{name}: {}", e.message);
    }
}

/// The image `upy-cross` would write for `source` (the same compiler, through the VM).
fn image_of(source: &str, file: &str) -> Vec<u8> {
    let (mut vm, _) = vm_with(&[], 8 << 20);
    vm.compile_image(source, file)
        .map_err(|e| e.traceback)
        .unwrap()
}

#[test]
fn a_compiled_module_is_preferred_to_its_source() {
    let compiled = image_of("print('compiled', __name__, __file__)\n", "lib/fast.py");
    let init = image_of("print('package from image')\nfrom . import inner\n", "x");
    let files: &[(&str, &[u8])] = &[
        ("fast.py", b"print('source')\n"),
        ("fast.upyc", &compiled),
        ("cpkg/__init__.upyc", &init),
        ("cpkg/inner.py", b"print('inner', __package__)\n"),
        ("damaged.upyc", &compiled[..compiled.len() - 3]),
    ];
    let (mut vm, out) = vm_with(files, 8 << 20);
    let src = "import fast, cpkg\ntry:\n    import damaged\nexcept ValueError as e:\n    print(type(e).__name__, e)\n";
    vm.run_module(src, "<t>").map_err(|e| e.traceback).unwrap();
    assert_eq!(
        text(&out),
        "compiled fast lib/fast.upyc\npackage from image\ninner cpkg\n\
         ValueError bad compiled module: truncated compiled module\n"
    );
}
