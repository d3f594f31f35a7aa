//! Cases: discovery under `cases/<area>/*.py`, the `# requires:` header, and `.exp` files.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use diff_cpython::{Outcome, PyException};

/// One conformance case: a Python source file under `cases/<area>/`.
#[derive(Clone, Debug)]
pub struct Case {
    /// The folder the case lives in, e.g. `int`.
    pub area: String,
    /// The file name without `.py`, e.g. `floordiv_negative`.
    pub name: String,
    /// The absolute path of the `.py` file.
    pub path: PathBuf,
    /// The path relative to the cases folder, `area/name.py`: the file name every target and
    /// the oracle run the case under, so tracebacks agree.
    pub rel_path: String,
    /// The source text.
    pub source: String,
    /// The features named by a `# requires:` header line.
    pub requires: BTreeSet<String>,
    /// The intended output from `NAME.py.exp`, when it exists; otherwise CPython decides.
    pub exp: Option<Outcome>,
}

impl Case {
    /// `area/name`: how reports and the known-failures list name the case.
    pub fn id(&self) -> String {
        format!("{}/{}", self.area, self.name)
    }

    /// Reads one case file; `cases_dir` is the root that `area/name.py` is relative to.
    pub fn load(cases_dir: &Path, path: &Path) -> anyhow::Result<Case> {
        let rel = path
            .strip_prefix(cases_dir)
            .with_context(|| format!("{} is not under {}", path.display(), cases_dir.display()))?;
        let area = rel
            .parent()
            .and_then(|p| p.to_str())
            .filter(|p| !p.is_empty())
            .with_context(|| format!("{}: a case must live in an area folder", path.display()))?
            .to_string();
        let name = rel
            .file_stem()
            .and_then(|s| s.to_str())
            .with_context(|| format!("{}: bad file name", path.display()))?
            .to_string();
        let source = fs::read_to_string(path)
            .with_context(|| format!("reading {} (cases are UTF-8)", path.display()))?;
        let exp_path = path.with_extension("py.exp");
        let exp = match fs::read_to_string(&exp_path) {
            Ok(text) => Some(parse_exp(&text)),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
            Err(err) => return Err(err).with_context(|| format!("reading {}", exp_path.display())),
        };
        Ok(Case {
            area,
            name,
            path: path.to_path_buf(),
            rel_path: rel.to_string_lossy().replace('\\', "/"),
            requires: parse_requires(&source),
            source,
            exp,
        })
    }
}

/// Finds every `cases_dir/<area>/*.py`, sorted by area then name.
pub fn discover(cases_dir: &Path) -> anyhow::Result<Vec<Case>> {
    let mut paths = Vec::new();
    let areas = fs::read_dir(cases_dir)
        .with_context(|| format!("reading the cases folder {}", cases_dir.display()))?;
    for area in areas {
        let area = area?.path();
        if !area.is_dir() {
            continue;
        }
        for entry in fs::read_dir(&area)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "py") && path.is_file() {
                paths.push(path);
            }
        }
    }
    paths.sort();
    if paths.is_empty() {
        bail!("no cases under {}", cases_dir.display());
    }
    paths.iter().map(|p| Case::load(cases_dir, p)).collect()
}

/// The features a case requires: the comma-separated names on a `# requires:` line among the
/// comment lines that open the file (conventionally the first line).
pub fn parse_requires(source: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in source.lines() {
        let line = line.trim();
        let Some(comment) = line.strip_prefix('#') else {
            break;
        };
        if let Some(list) = comment.trim_start().strip_prefix("requires:") {
            out.extend(
                list.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
        }
    }
    out
}

/// The marker that ends a `.exp` file whose case ends in an uncaught exception.
pub const EXP_EXCEPTION_PREFIX: &str = "Exception: ";

/// Parses a `.exp` file: the exact expected stdout, except that a last line
/// `Exception: TypeName` says the case ends with that uncaught exception.
pub fn parse_exp(text: &str) -> Outcome {
    let body = text.strip_suffix('\n').unwrap_or(text);
    let (before, last) = match body.rfind('\n') {
        Some(i) => (&text[..=i], &body[i + 1..]),
        None => ("", body),
    };
    match last.strip_prefix(EXP_EXCEPTION_PREFIX) {
        Some(type_name) if !type_name.trim().is_empty() => Outcome {
            stdout: before.to_string(),
            exception: Some(PyException {
                type_name: type_name.trim().to_string(),
                message: String::new(),
                traceback: String::new(),
            }),
        },
        _ => Outcome {
            stdout: text.to_string(),
            exception: None,
        },
    }
}

/// What a target offers, for `# requires:` lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Features {
    /// A full implementation: every requirement is met.
    All,
    /// Only these features; a case requiring anything else is skipped.
    Only(BTreeSet<String>),
}

impl Features {
    /// Parses `all` or a comma-separated list such as `float,bigint` (empty: none).
    pub fn parse(spec: &str) -> Features {
        if spec.trim() == "all" {
            return Features::All;
        }
        Features::Only(
            spec.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect(),
        )
    }

    /// The requirements of `case` this target lacks, in order; empty if it can run.
    pub fn missing<'a>(&self, case: &'a Case) -> Vec<&'a str> {
        match self {
            Features::All => Vec::new(),
            Features::Only(have) => case
                .requires
                .iter()
                .filter(|r| !have.contains(*r))
                .map(String::as_str)
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requires_on_first_line() {
        let r = parse_requires("# requires: float, bigint\nprint(1)\n# requires: nope\n");
        assert_eq!(r.into_iter().collect::<Vec<_>>(), ["bigint", "float"]);
        assert!(parse_requires("print(1)\n# requires: float\n").is_empty());
        let r = parse_requires("# A documented difference.\n#requires: complex\nx = 1\n");
        assert_eq!(r.into_iter().collect::<Vec<_>>(), ["complex"]);
    }

    #[test]
    fn exp_plain_stdout() {
        let o = parse_exp("a\nb\n");
        assert_eq!(o.stdout, "a\nb\n");
        assert_eq!(o.exception, None);
    }

    #[test]
    fn exp_with_exception() {
        let o = parse_exp("a\nException: ZeroDivisionError\n");
        assert_eq!(o.stdout, "a\n");
        assert_eq!(o.exception.unwrap().type_name, "ZeroDivisionError");
        let o = parse_exp("Exception: KeyError");
        assert_eq!(o.stdout, "");
        assert_eq!(o.exception.unwrap().type_name, "KeyError");
    }

    #[test]
    fn features() {
        let case = Case {
            area: "a".into(),
            name: "n".into(),
            path: PathBuf::new(),
            rel_path: "a/n.py".into(),
            source: String::new(),
            requires: ["float".to_string(), "bigint".to_string()].into(),
            exp: None,
        };
        assert!(Features::All.missing(&case).is_empty());
        assert_eq!(Features::parse("float").missing(&case), ["bigint"]);
        assert!(Features::parse(" bigint ,float").missing(&case).is_empty());
        assert_eq!(Features::parse("").missing(&case), ["bigint", "float"]);
    }
}

/// The module files a case declares, for cases about `import`: a line `# file: PATH` starts
/// a file (PATH relative to the case's folder, `/`-separated, without `..`), and the `#| `
/// lines after it are its text (`#|` alone is an empty line). The declarations are comments,
/// so the case stays one runnable file.
pub fn parse_files(source: &str) -> anyhow::Result<Vec<(String, String)>> {
    let mut files: Vec<(String, String)> = Vec::new();
    for line in source.lines() {
        if let Some(path) = line.strip_prefix("# file:") {
            let path = path.trim();
            let bad = path.is_empty()
                || path.starts_with('/')
                || path.contains('\\')
                || path
                    .split('/')
                    .any(|part| part.is_empty() || part == "." || part == "..");
            if bad {
                bail!("bad `# file:` path {path:?}");
            }
            files.push((path.to_string(), String::new()));
        } else if let Some(text) = line.strip_prefix("#|") {
            let Some((_, body)) = files.last_mut() else {
                bail!("a `#|` line before any `# file:` line");
            };
            body.push_str(text.strip_prefix(' ').unwrap_or(text));
            body.push('\n');
        }
    }
    Ok(files)
}

/// A fresh temporary folder holding a case's module files under `<area>/`, the folder a run
/// of the case puts first on `sys.path` (where `python3 area/name.py` would look). Removed
/// when dropped.
pub struct CaseDir {
    root: tempfile::TempDir,
    dir: PathBuf,
}

impl CaseDir {
    /// Lays out `case`'s files, and with `with_script` the case itself (for interpreters run
    /// as `BIN area/name.py` from [`CaseDir::root`]); `None` when it declares no files.
    pub fn create(case: &Case, with_script: bool) -> anyhow::Result<Option<CaseDir>> {
        let files = parse_files(&case.source)?;
        if files.is_empty() {
            return Ok(None);
        }
        let root = tempfile::Builder::new()
            .prefix("upy-case-")
            .tempdir()
            .context("making a case folder")?;
        let dir = root.path().join(&case.area);
        let script = (with_script).then(|| (format!("{}.py", case.name), case.source.clone()));
        for (path, text) in files.iter().cloned().chain(script) {
            let full = dir.join(&path);
            if let Some(parent) = full.parent() {
                fs::create_dir_all(parent)
                    .with_context(|| format!("making {}", parent.display()))?;
            }
            fs::write(&full, text).with_context(|| format!("writing {}", full.display()))?;
        }
        Ok(Some(CaseDir { root, dir }))
    }

    /// The folder the files are in: `sys.path[0]` of the run.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The folder above it, where `area/name.py` is the case.
    pub fn root(&self) -> &Path {
        self.root.path()
    }

    /// [`CaseDir::dir`] as text, as the outcome of a run shows it.
    pub fn dir_text(&self) -> String {
        self.dir.to_string_lossy().into_owned()
    }
}

#[cfg(test)]
mod file_tests {
    use super::*;

    #[test]
    fn files_are_declared_in_comments() {
        let source =
            "# file: pkg/__init__.py\n#| x = 1\n#|\n#|     y = 2\n# file: m.py\nimport pkg\n";
        let files = parse_files(source).unwrap();
        assert_eq!(
            files,
            vec![
                (
                    "pkg/__init__.py".to_string(),
                    "x = 1\n\n    y = 2\n".to_string()
                ),
                ("m.py".to_string(), String::new()),
            ]
        );
        assert!(parse_files("#| orphan\n").is_err());
        assert!(parse_files("# file: ../x.py\n").is_err());
        assert!(parse_files("# file: /abs.py\n").is_err());
    }
}
