//! `upy-cross`'s output: images that load and run as their source does, corrupt images that
//! are refused with a ValueError, and the core's frozen modules kept current.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use upy::{Config, Port, Vm};

struct Capture(Rc<RefCell<Vec<u8>>>);

impl Port for Capture {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.0.borrow_mut().extend_from_slice(bytes);
    }
}

/// A port with the host's files, for importing compiled modules from a folder.
struct Hosted {
    out: Rc<RefCell<Vec<u8>>>,
    files: upy::port::host::Files,
}

impl Port for Hosted {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.out.borrow_mut().extend_from_slice(bytes);
    }

    upy::host_port_methods!(files);
}

/// What `run` prints through a fresh VM, and its uncaught exception's last line.
fn output(run: impl FnOnce(&mut Vm) -> Result<(), upy::Uncaught>) -> (String, Option<String>) {
    let out = Rc::new(RefCell::new(Vec::new()));
    let mut vm = Vm::new(Config::default(), Box::new(Capture(out.clone())));
    let r = run(&mut vm);
    let text = String::from_utf8_lossy(&out.borrow()).into_owned();
    (
        text,
        r.err().map(|e| format!("{}: {}", e.type_name, e.message)),
    )
}

fn run_image(image: &[u8]) -> (String, Option<String>) {
    output(|vm| vm.run_image(image, "prog.upyc"))
}

fn run_source(source: &str) -> (String, Option<String>) {
    output(|vm| vm.run_module(source, "prog.py"))
}

const PROGRAM: &str = r#""""A module with every kind of constant."""
import sys
K = (0, -1, 2**62, -2**63, 2**64 + 1, -(10**40), 1.5, float('nan') != 0.0, -0.0, 1e308 * 10,
     2j, -1.5+0.25j, b'\x00\xff', 'caf\u00e9 \U0001f600', 'x' * 100, None, ..., True, False)
def outer(a, /, b=2, *args, c, d=[1], **kw):
    "outer's doc"
    total = a + b
    def inner(n):
        nonlocal total
        total += n
        return total
    return inner(c) + sum(args) + len(kw)
class Shape:
    """A class."""
    sides = 0
    def __init__(self, n): self.sides = n
    def __repr__(self): return f"Shape({self.sides!r})"
async def co(): return 7
def gen():
    yield from range(3)
    return 'done'
match Shape(4):
    case Shape(sides=4): print("square")
    case _: print("other")
try:
    {}['missing']
except KeyError as e:
    print("KeyError", e)
finally:
    print("finally")
print(K)
print(outer(1, c=3), outer(1, 2, 3, 4, c=5, x=1), outer.__doc__, Shape.__doc__, __doc__)
print(Shape(3), list(gen()), [x * x for x in range(5) if x % 2], {k: v for k, v in zip('ab', 'cd')})
c = co()
try:
    c.send(None)
except StopIteration as s:
    print("coroutine", s.value)
print(sum(i for i in range(10)), f"{3.14159:.2f}", lambda: 1)
raise ValueError("at the end")
"#;

#[test]
fn an_image_runs_as_its_source_does() {
    let image = upy_cross::compile(PROGRAM, "prog.py").expect("compiles");
    let (out, err) = run_image(&image);
    let (src_out, src_err) = run_source(PROGRAM);
    // The lambda's repr differs by its address only.
    let strip = |s: &str| s.split(" at 0x").next().unwrap_or("").to_string();
    assert_eq!(strip(&out), strip(&src_out));
    assert!(
        out.contains("square\nKeyError 'missing'\nfinally\n"),
        "{out}"
    );
    assert!(
        out.contains("outer's doc A class. A module with every kind"),
        "{out}"
    );
    assert_eq!(err.as_deref(), Some("ValueError: at the end"));
    assert_eq!(err, src_err);
}

#[test]
fn compiling_is_deterministic() {
    let a = upy_cross::compile(PROGRAM, "prog.py").unwrap();
    let b = upy_cross::compile(PROGRAM, "prog.py").unwrap();
    assert_eq!(a, b);
}

#[test]
fn a_syntax_error_is_reported_with_its_line() {
    let err = upy_cross::compile("x = 1\ndef f(:\n", "bad.py").unwrap_err();
    assert!(err.contains("SyntaxError"), "{err}");
    assert!(err.contains("line 2"), "{err}");
}

fn load_error(image: &[u8]) -> String {
    let (out, err) = run_image(image);
    assert_eq!(out, "", "a corrupt image ran");
    err.expect("a corrupt image was accepted")
}

#[test]
fn every_truncation_is_a_value_error() {
    let image = upy_cross::compile(PROGRAM, "prog.py").unwrap();
    for len in 0..image.len() {
        let err = load_error(&image[..len]);
        assert!(
            err.starts_with("ValueError: bad compiled module: "),
            "{len}: {err}"
        );
    }
    let mut longer = image.clone();
    longer.push(0);
    assert!(load_error(&longer).contains("trailing bytes"));
}

#[test]
fn corruption_is_a_value_error() {
    let image = upy_cross::compile(PROGRAM, "prog.py").unwrap();
    for at in (0..image.len()).step_by(7) {
        let mut bad = image.clone();
        bad[at] ^= 0x10;
        let err = load_error(&bad);
        assert!(
            err.starts_with("ValueError: bad compiled module: "),
            "{at}: {err}"
        );
    }
    let mut other = image.clone();
    other[5] = other[5].wrapping_add(1);
    assert!(load_error(&other).contains("compiled module version"));
    assert!(load_error(b"print('hello')\n#padding").contains("bad magic number"));
}

/// The core's frozen modules are what `upy-cross` makes of their sources today: run
/// `cargo xtask freeze` after changing a frozen `.py` file, the compiler or the bytecode.
#[test]
fn the_core_frozen_modules_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../interpreter/src/modules/frozen");
    let modules = upy_cross::find_modules(&dir).unwrap();
    assert!(modules.iter().any(|m| m.name == "abc"));
    let fresh = upy_cross::freeze_rust(&modules, "crate", true).unwrap();
    let committed = std::fs::read_to_string(dir.join("images.rs")).unwrap();
    assert!(
        fresh == committed,
        "interpreter/src/modules/frozen/images.rs is stale: run `cargo xtask freeze`"
    );
}

/// A builder that makes nothing: decoding with it runs every check of the loader.
struct Nothing;

impl upy::image::Build for Nothing {
    type Const = ();
    type Code = ();
    fn konst(&mut self, _: upy::image::Const<'_, ()>) -> Result<(), upy::image::Fail> {
        Ok(())
    }
    fn code(&mut self, _: upy::image::Parts<'_, (), ()>) -> Result<(), upy::image::Fail> {
        Ok(())
    }
}

/// The loader's checks (operands in range, a balanced stack on every path) accept all the
/// code the compiler makes: every conformance case's.
#[test]
fn the_loader_accepts_every_conformance_program() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/cases");
    let mut checked = 0;
    let mut refused = Vec::new();
    for area in std::fs::read_dir(&root).unwrap() {
        for case in std::fs::read_dir(area.unwrap().path()).unwrap() {
            let path = case.unwrap().path();
            if path.extension().is_none_or(|e| e != "py") {
                continue;
            }
            let source = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            let Ok(image) = upy_cross::compile(&source, "case.py") else {
                continue;
            };
            checked += 1;
            if let Err(upy::image::Fail::Format(what)) = upy::image::decode(&image, &mut Nothing) {
                refused.push(format!("{}: {what}", path.display()));
            }
        }
    }
    assert!(checked > 1500, "only {checked} cases compiled");
    assert!(
        refused.is_empty(),
        "{} refused:\n{}",
        refused.len(),
        refused.join("\n")
    );
}

/// Copies folder `from` into `to`, compiling each `.py` file to a `.upyc` in its place.
fn compile_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            compile_tree(&path, &to.join(&name));
        } else if let Some(stem) = name.strip_suffix(".py") {
            let source = std::fs::read_to_string(&path).unwrap();
            let image = upy_cross::compile(&source, &path.to_string_lossy()).unwrap();
            std::fs::write(to.join(format!("{stem}.upyc")), image).unwrap();
        }
    }
}

/// The shop example, its package and its script compiled, runs from the images alone
/// (relative imports, packages' `__init__`) and prints what python3 prints of the sources.
#[test]
fn a_compiled_package_runs_without_its_sources() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let dir = std::env::temp_dir().join(format!("upy-cross-shop-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    compile_tree(&examples.join("shop"), &dir.join("shop"));
    let script = std::fs::read_to_string(examples.join("shop_receipt.py")).unwrap();
    let image = upy_cross::compile(&script, "shop_receipt.py").unwrap();
    let out = Rc::new(RefCell::new(Vec::new()));
    let port = Hosted {
        out: out.clone(),
        files: upy::port::host::Files::default(),
    };
    let mut vm = Vm::new(Config::default(), Box::new(port));
    vm.set_path(&[dir.to_str().unwrap()]);
    let r = vm.run_image(&image, "shop_receipt.upyc");
    let _ = std::fs::remove_dir_all(&dir);
    r.map_err(|e| e.traceback).unwrap();
    let python = std::process::Command::new("python3")
        .arg(examples.join("shop_receipt.py"))
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.borrow()),
        String::from_utf8_lossy(&python.stdout)
    );
}
