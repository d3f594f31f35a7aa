//! `upy-cross`: upy's ahead-of-time compiler. It compiles a module's source to a `.upyc`
//! image (the format is documented in `upy::image`), which `import` loads instead of the
//! `.py` beside it, and turns a folder of Python modules into frozen code: a Rust source file
//! of static [`upy::image::FrozenCode`] that a port (or the core) compiles into its binary.
//!
//! Compilation is upy's own compiler, so an image holds exactly the code that importing the
//! source would make.

mod rust;

use std::path::{Path, PathBuf};

use upy::{Config, Port, Vm};

pub use rust::freeze_rust;

/// A port that owns nothing: compiling needs a VM, not its outside world.
struct Quiet;

impl Port for Quiet {
    fn write_stdout(&mut self, _: &[u8]) {}
}

/// Compiles module `source`, named `filename` in its tracebacks, to a `.upyc` image; a
/// syntax error comes back as CPython's report of it.
pub fn compile(source: &str, filename: &str) -> Result<Vec<u8>, String> {
    let mut vm = Vm::new(Config::default(), Box::new(Quiet));
    vm.compile_image(source, filename).map_err(|e| e.traceback)
}

/// A Python module found for freezing.
pub struct FrozenSource {
    /// Its dotted name (`asyncio.core`); a package's `__init__.py` gives the package's name.
    pub name: String,
    pub package: bool,
    pub path: PathBuf,
    /// The cargo features that build it in (with `--gated`, any of them): a
    /// `# feature: NAME...` line among the file's opening comments, else its top-level
    /// package's name.
    pub feature: String,
}

/// The feature a frozen module's source names in its opening comments, if any.
fn feature_line(path: &Path) -> std::io::Result<Option<String>> {
    let text = std::fs::read_to_string(path)?;
    Ok(text
        .lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# feature:"))
        .map(|f| f.trim().to_string()))
}

/// The modules under folder `dir`: `x.py` is `x`, `p/__init__.py` the package `p`,
/// `p/m.py` its submodule `p.m`; in name order, so the output does not depend on the file
/// system's.
pub fn find_modules(dir: &Path) -> std::io::Result<Vec<FrozenSource>> {
    let mut found = Vec::new();
    walk(dir, "", &mut found)?;
    found.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(found)
}

fn walk(dir: &Path, prefix: &str, found: &mut Vec<FrozenSource>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.is_dir() {
            if path.join("__init__.py").is_file() {
                walk(&path, &format!("{prefix}{stem}."), found)?;
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            let (name, package) = if stem == "__init__" {
                (prefix.trim_end_matches('.').to_string(), true)
            } else {
                (format!("{prefix}{stem}"), false)
            };
            let top = name.split('.').next().unwrap_or_default().to_string();
            let feature = feature_line(&path)?.unwrap_or(top);
            found.push(FrozenSource {
                name,
                package,
                path,
                feature,
            });
        }
    }
    Ok(())
}
