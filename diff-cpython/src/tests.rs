use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

use super::*;

/// A fresh cache directory for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static N: AtomicU32 = AtomicU32::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("diff-cpython-test-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn oracle() -> (Oracle, TempDir) {
    let dir = TempDir::new();
    (Oracle::new(&dir.0), dir)
}

#[test]
fn version_is_dotted_triple() {
    let (oracle, _dir) = oracle();
    let version = oracle.version();
    assert_eq!(version.split('.').count(), 3, "{version}");
    assert!(version.starts_with("3."), "{version}");
}

#[test]
fn the_displayhook_underscore_does_not_leak_between_runs() {
    let (oracle, _dir) = oracle();
    let out = oracle
        .run_uncached("exec(compile('6 * 7', 's', 'single'))\n", "single.py")
        .unwrap();
    assert_eq!(out.stdout, "42\n");
    let out = oracle.run_uncached("print(_)\n", "after.py").unwrap();
    let exc = out.exception.expect("`_` is not defined in a fresh run");
    assert_eq!(exc.type_name, "NameError");
}

#[test]
fn captures_print() {
    let (oracle, _dir) = oracle();
    let out = oracle
        .run_uncached(
            "print('hello', 42)\nprint(1, 2, sep='-', end='!')\n",
            "p.py",
        )
        .unwrap();
    assert_eq!(out.stdout, "hello 42\n1-2!");
    assert_eq!(out.exception, None);
}

#[test]
fn captures_sys_stdout_write_and_not_stderr() {
    let (oracle, _dir) = oracle();
    let src = "import sys\nsys.stdout.write('a')\nsys.stderr.write('noise')\nprint('b', file=sys.stderr)\nprint('c')\n";
    let out = oracle.run_uncached(src, "w.py").unwrap();
    assert_eq!(out.stdout, "ac\n");
}

#[test]
fn captures_exception() {
    let (oracle, _dir) = oracle();
    let out = oracle
        .run_uncached("print('before')\n1/0\n", "zero.py")
        .unwrap();
    assert_eq!(out.stdout, "before\n");
    let exc = out.exception.expect("an exception");
    assert_eq!(exc.type_name, "ZeroDivisionError");
    assert_eq!(exc.message, "division by zero");
    assert!(
        exc.traceback
            .starts_with("Traceback (most recent call last):\n"),
        "{}",
        exc.traceback
    );
    assert!(
        exc.traceback
            .contains("  File \"zero.py\", line 2, in <module>\n    1/0\n"),
        "{}",
        exc.traceback
    );
    assert!(
        exc.traceback
            .ends_with("ZeroDivisionError: division by zero\n"),
        "{}",
        exc.traceback
    );
    // The oracle's own frames are not part of the story.
    assert!(!exc.traceback.contains("upy-oracle"), "{}", exc.traceback);
}

#[test]
fn captures_syntax_error_without_traceback_header() {
    let (oracle, _dir) = oracle();
    let out = oracle.run_uncached("x = (\n", "bad.py").unwrap();
    let exc = out.exception.expect("an exception");
    assert_eq!(exc.type_name, "SyntaxError");
    assert!(
        exc.traceback.contains("File \"bad.py\", line 1"),
        "{}",
        exc.traceback
    );
    assert!(!exc.traceback.starts_with("Traceback"), "{}", exc.traceback);
}

#[test]
fn system_exit_is_an_exception() {
    let (oracle, _dir) = oracle();
    let out = oracle
        .run_uncached("import sys\nprint(1)\nsys.exit(3)\nprint(2)\n", "exit.py")
        .unwrap();
    assert_eq!(out.stdout, "1\n");
    let exc = out.exception.unwrap();
    assert_eq!(
        (exc.type_name.as_str(), exc.message.as_str()),
        ("SystemExit", "3")
    );
}

#[test]
fn main_namespace_and_empty_stdin() {
    let (oracle, _dir) = oracle();
    let src =
        "print(__name__, __file__)\ntry:\n    input()\nexcept EOFError as e:\n    print('EOF')\n";
    let out = oracle.run_uncached(src, "cases/ns.py").unwrap();
    assert_eq!(out.stdout, "__main__ cases/ns.py\nEOF\n");
}

#[test]
fn runs_are_isolated() {
    let (oracle, _dir) = oracle();
    oracle
        .run_uncached(
            "leaked = 1\nimport sys\nsys.setrecursionlimit(50)\n",
            "a.py",
        )
        .unwrap();
    let out = oracle
        .run_uncached(
            "import sys\nprint(sys.getrecursionlimit() > 50)\nprint(leaked)\n",
            "b.py",
        )
        .unwrap();
    assert_eq!(out.stdout, "True\n");
    assert_eq!(out.exception.unwrap().type_name, "NameError");
}

#[test]
fn cache_hit_returns_stored_outcome() {
    let (oracle, dir) = oracle();
    let src = "print('cached')\n";
    let first = oracle.run(src, "c.py").unwrap();
    let key = cache_key(&oracle.version(), FORMAT_VERSION, "c.py", src);
    let path = dir.0.join(format!("{key}.json"));
    assert!(path.exists());
    // Doctor the cache entry: a hit must return it without running CPython.
    let mut doctored = first.clone();
    doctored.stdout = "from the cache\n".into();
    std::fs::write(&path, serde_json::to_vec(&doctored).unwrap()).unwrap();
    assert_eq!(oracle.run(src, "c.py").unwrap(), doctored);
    // A different file name is a different key.
    assert_eq!(oracle.run(src, "d.py").unwrap(), first);
}

#[test]
fn corrupt_cache_entry_is_a_miss() {
    let (oracle, dir) = oracle();
    let src = "print(7)\n";
    let key = cache_key(&oracle.version(), FORMAT_VERSION, "e.py", src);
    std::fs::create_dir_all(&dir.0).unwrap();
    std::fs::write(dir.0.join(format!("{key}.json")), "{ not json").unwrap();
    assert_eq!(oracle.run(src, "e.py").unwrap().stdout, "7\n");
    assert_eq!(oracle.run(src, "e.py").unwrap().stdout, "7\n");
}

#[test]
fn parallel_runs_keep_their_own_output() {
    let (oracle, _dir) = oracle();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|t| {
                let oracle = &oracle;
                scope.spawn(move || {
                    // Long enough that the GIL switches between threads mid-run.
                    let src = format!("for i in range(2000):\n    print({t}, i)\n");
                    let expected: String = (0..2000).map(|i| format!("{t} {i}\n")).collect();
                    for round in 0..3 {
                        let out = oracle.run(&src, &format!("t{t}.py")).unwrap();
                        assert_eq!(out.stdout, expected, "thread {t} round {round}");
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
    });
}

#[test]
fn runaway_program_times_out() {
    let dir = TempDir::new();
    let oracle = Oracle::new(&dir.0).with_timeout(Duration::from_millis(300));
    let err = oracle
        .run_uncached("while True:\n    pass\n", "loop.py")
        .unwrap_err();
    assert!(err.to_string().contains("ran past"), "{err}");
    // The oracle is still usable afterwards.
    assert_eq!(
        oracle
            .run_uncached("print(1)\n", "after.py")
            .unwrap()
            .stdout,
        "1\n"
    );
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let (oracle, _dir) = oracle();
    let out = oracle
        .run_uncached("def f(n):\n    return f(n + 1)\nf(0)\n", "rec.py")
        .unwrap();
    assert_eq!(out.exception.unwrap().type_name, "RecursionError");
}

#[test]
fn lone_surrogate_cannot_be_printed() {
    let (oracle, _dir) = oracle();
    let out = oracle
        .run_uncached("print('a')\nprint('\\ud800')\n", "s.py")
        .unwrap();
    assert_eq!(out.stdout, "a\n");
    assert_eq!(out.exception.unwrap().type_name, "UnicodeEncodeError");
}

#[test]
fn syntax_error_compiles_without_running() {
    let (oracle, _dir) = oracle();
    assert_eq!(
        oracle
            .syntax_error("print(1)\nx = 1 is 1\n", "ok.py")
            .unwrap(),
        None
    );
    let err = oracle.syntax_error("if x\n", "bad.py").unwrap().unwrap();
    assert!(err.starts_with("SyntaxError: "), "{err}");
    let err = oracle
        .syntax_error("if x:\nprint(1)\n", "bad.py")
        .unwrap()
        .unwrap();
    assert!(err.starts_with("IndentationError: "), "{err}");
}
