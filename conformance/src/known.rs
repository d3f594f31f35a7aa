//! The known-failures list: cases a target is known to fail today, one `area/name` per line.
//!
//! A listed case that fails is reported as a known failure and does not fail the run; a listed
//! case that passes *does* fail the run, so the list can only shrink by an explicit edit (or
//! `--bless`, which rewrites it from the latest run). Text after `#` is a comment; a comment on
//! an entry's line (the reason) survives a bless while the case keeps failing.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Context;

const HEADER: &str = "\
# Conformance cases that upy is known to fail, one `area/name` per line (`# reason` optional).
# A listed case that fails does not fail the run; a listed case that passes does, so that this
# list only ever shrinks. Rewrite it from a run with `cargo xtask conformance --bless`.
";

/// A parsed known-failures file.
#[derive(Clone, Debug, Default)]
pub struct KnownFailures {
    path: Option<PathBuf>,
    /// Case id -> the comment on its line (empty if none).
    entries: BTreeMap<String, String>,
}

impl KnownFailures {
    /// An empty list: every failure counts.
    pub fn none() -> KnownFailures {
        KnownFailures::default()
    }

    /// Reads `path`; a missing file is an empty list.
    pub fn load(path: impl Into<PathBuf>) -> anyhow::Result<KnownFailures> {
        let path = path.into();
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        };
        Ok(KnownFailures {
            entries: parse(&text),
            path: Some(path),
        })
    }

    /// The file this list came from, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether the case `id` (`area/name`) is listed.
    pub fn contains(&self, id: &str) -> bool {
        self.entries.contains_key(id)
    }

    /// How many cases are listed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no case is listed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Rewrites the file from a run: entries for cases that did not run are kept; of the cases
    /// that ran, exactly those in `failing` are listed. Returns the number of entries written.
    pub fn bless(
        &self,
        ran: &BTreeSet<String>,
        failing: &BTreeSet<String>,
    ) -> anyhow::Result<usize> {
        let path = self
            .path
            .as_ref()
            .context("this known-failures list has no file")?;
        let mut entries: BTreeMap<String, String> = self
            .entries
            .iter()
            .filter(|(id, _)| !ran.contains(*id))
            .map(|(id, c)| (id.clone(), c.clone()))
            .collect();
        for id in failing {
            let comment = self.entries.get(id).cloned().unwrap_or_default();
            entries.insert(id.clone(), comment);
        }
        fs::write(path, render(&entries)).with_context(|| format!("writing {}", path.display()))?;
        Ok(entries.len())
    }
}

fn parse(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|line| {
            let (id, comment) = match line.split_once('#') {
                Some((id, comment)) => (id.trim(), comment.trim()),
                None => (line.trim(), ""),
            };
            (!id.is_empty()).then(|| (id.to_string(), comment.to_string()))
        })
        .collect()
}

fn render(entries: &BTreeMap<String, String>) -> String {
    let mut out = HEADER.to_string();
    for (id, comment) in entries {
        out.push_str(id);
        if !comment.is_empty() {
            out.push_str("  # ");
            out.push_str(comment);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_ids_and_comments() {
        let e = parse("# header\n\nint/a  # needs bigint\nstr/b\n");
        assert_eq!(e.len(), 2);
        assert_eq!(e["int/a"], "needs bigint");
        assert_eq!(e["str/b"], "");
    }

    #[test]
    fn bless_keeps_unrun_entries_and_reasons() {
        let dir = std::env::temp_dir().join(format!("known-failures-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("known.txt");
        fs::write(&path, "int/a  # reason a\nint/b\nstr/c  # not run\n").unwrap();
        let known = KnownFailures::load(&path).unwrap();
        let ran: BTreeSet<String> = ["int/a", "int/b", "int/d"].map(String::from).into();
        let failing: BTreeSet<String> = ["int/a", "int/d"].map(String::from).into();
        assert_eq!(known.bless(&ran, &failing).unwrap(), 3);
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            text.ends_with("int/a  # reason a\nint/d\nstr/c  # not run\n"),
            "{text}"
        );
        let again = KnownFailures::load(&path).unwrap();
        assert!(again.contains("int/d") && !again.contains("int/b"));
        fs::remove_dir_all(&dir).unwrap();
    }
}
