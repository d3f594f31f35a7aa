//! The on-disk cache of oracle outcomes: one JSON file per outcome, named by the SHA-256 of
//! everything the outcome depends on. Files are written to a temporary name and renamed into
//! place, so concurrent writers and readers never see a partial file; a file that does not parse
//! is treated as a miss and overwritten.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use sha2::{Digest, Sha256};

use crate::Outcome;

/// The cache key of a run: hex SHA-256 over the CPython version, the capture format, the file
/// name and the source, each length-prefixed so no two inputs collide by concatenation.
pub fn cache_key(version: &str, format: u32, filename: &str, source: &str) -> String {
    let mut hasher = Sha256::new();
    for part in [version, &format.to_string(), filename, source] {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    let digest = hasher.finalize();
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn path_of(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{key}.json"))
}

pub(crate) fn load(dir: &Path, key: &str) -> Option<Outcome> {
    let text = fs::read(path_of(dir, key)).ok()?;
    serde_json::from_slice(&text).ok()
}

pub(crate) fn store(dir: &Path, key: &str, outcome: &Outcome) -> anyhow::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    fs::create_dir_all(dir)?;
    let unique = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".{key}.{}.{unique}.tmp", std::process::id()));
    fs::write(&tmp, serde_json::to_vec_pretty(outcome)?)?;
    if let Err(err) = fs::rename(&tmp, path_of(dir, key)) {
        let _ = fs::remove_file(&tmp);
        return Err(err.into());
    }
    Ok(())
}
